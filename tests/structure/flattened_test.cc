// Tests of flattened lines: which lines count as flattened, when a report has lost its
// line breaks, run-in titles, and the pieces a flattened line is read in for tables.
#include "checker/structure/flattened.h"

#include <doctest/doctest.h>

#include "checker/util/utf.h"
#include "tests/test_util.h"

namespace reportlint {
namespace {

using testing::AnalyzeText;

// A short report in the 2019 format, one line per paragraph and heading.
const std::vector<std::string> kReport = {
    "某县2021年政府信息公开工作年度报告",
    "本报告根据《中华人民共和国政府信息公开条例》要求编制,所列数据的统计期限为2021年1月1日至12月31日。",
    "一、总体情况",
    "2021年,某县围绕群众关切推进政务公开,一是完善制度,二是拓宽渠道,各项工作有序开展。",
    "二、主动公开政府信息情况",
    "全年主动公开政府信息1200条,其中规范性文件30件。",
    "三、收到和处理政府信息公开申请情况",
    "全年收到政府信息公开申请15件,均按时答复。",
    "四、政府信息公开行政复议、行政诉讼情况",
    "全年未发生行政复议和行政诉讼。",
    "五、存在的主要问题及改进情况",
    "公开的深度还有待提高。下一步将加强培训。",
    "六、其他需要报告的事项",
    "无。",
};

std::string Join(const std::vector<std::string>& lines, const std::string& sep) {
  std::string s;
  for (const std::string& l : lines) s += (s.empty() ? "" : sep) + l;
  return s;
}

// "1 0 1": per line of `text`, whether it is flattened.
std::string Flattened(const std::string& text) {
  auto t = AnalyzeText(std::string_view(text));
  std::vector<bool> flat = FindFlattenedLines(t.analysis.folded, t.analysis.lines);
  std::string out;
  for (bool f : flat) out += std::string(out.empty() ? "" : " ") + (f ? "1" : "0");
  return out;
}

// The pieces of the text's first line, " | " between them.
std::string Pieces(const std::string& line) {
  auto t = AnalyzeText(std::string_view(line));
  std::string out;
  for (const LineSpan& p : SplitFlattenedLine(t.analysis.folded, t.analysis.lines[0])) {
    out += (out.empty() ? "" : " | ") + U32ToUtf8(LineText(t.analysis.folded.text(), p));
  }
  return out;
}

// The run-in title at the start of `rest`.
std::string Title(const std::string& rest) {
  auto t = AnalyzeText(std::string_view(rest));
  const FoldedText& f = t.analysis.folded;
  bool by_word = false;
  size_t n = RunInTitleLength(f, 0, f.size(), &by_word);
  return U32ToUtf8(f.text().substr(0, n)) + (by_word ? " (word)" : "");
}

}  // namespace

TEST_CASE("flattened: a report whose line breaks were lost, with or without spaces") {
  CHECK(Flattened(Join(kReport, "")) == "1");
  CHECK(Flattened(Join(kReport, " ")) == "1");
  CHECK(Flattened(Join(kReport, "\u3000")) == "1");  // full-width spaces
  // A few long lines: the title and the opening on their own, the body run on.
  std::vector<std::string> head(kReport.begin(), kReport.begin() + 2);
  std::vector<std::string> body(kReport.begin() + 2, kReport.end());
  CHECK(Flattened(Join(head, "\n") + "\n" + Join(body, "")) == "0 0 1");
}

TEST_CASE("flattened: lines that are prose stay as they are") {
  // The line-broken report.
  CHECK(Flattened(Join(kReport, "\n")) == "0 0 0 0 0 0 0 0 0 0 0 0 0 0");
  // Too short to be a whole report run together.
  CHECK(Flattened("一、总体情况。二、主动公开政府信息情况。三、收到和处理申请情况。") == "0");
  std::string filler;
  for (int i = 0; i < 8; ++i) filler += "全县各级各部门按照要求认真做好政府信息公开工作,取得明显成效。";
  // A long paragraph that quotes one "二、", or lists "一是…二是…".
  CHECK(Flattened(filler + "详见本报告第二部分。二、主动公开政府信息情况所列数据均已核实。" + filler) == "0");
  CHECK(Flattened(filler + "一是加强领导。二是完善制度。三是强化监督。" + filler) == "0");
  // Markers in a list after a comma or a semicolon do not stand after a break.
  CHECK(Flattened(filler + "主要做法:一、及时公开;二、准确公开;三、全面公开。" + filler) == "0");
  // A paragraph that runs its sub-items together, in a report whose
  // top-level headings have their own lines: prose, not a flattened report.
  std::string run_on = filler + "(一)主动公开。全年公开信息120条。(二)依申请公开。全年受理申请5件。";
  CHECK(Flattened("一、总体情况\n" + run_on + "\n二、主动公开政府信息情况") == "0 0 0");
  // Without such headings, the same line is all the report has left.
  CHECK(Flattened(run_on) == "1");
  // The marker the line starts with counts.
  CHECK(Flattened("一、总体情况" + filler + "二、主动公开政府信息情况" + filler) == "1");
}

TEST_CASE("flattened: a report has lost its line breaks when most of it is run on") {
  auto lost = [](const std::string& text) {
    auto t = AnalyzeText(std::string_view(text));
    return LostLineBreaks(t.analysis.lines,
                          FindFlattenedLines(t.analysis.folded, t.analysis.lines));
  };
  CHECK(lost(Join(kReport, "")));
  CHECK_FALSE(lost(Join(kReport, "\n")));
  std::string sentence = "全县各级各部门按照要求认真做好政府信息公开工作,取得明显成效。";
  std::string long_line;
  while (long_line.size() < 3 * 1000) long_line += sentence;  // 1000 characters and more
  CHECK(lost("某县2021年政府信息公开工作年度报告\n" + long_line));
  // A long paragraph among many lines is still a paragraph.
  CHECK_FALSE(lost(Join(kReport, "\n") + "\n" + sentence + "\n" + Join(kReport, "\n")));
}

TEST_CASE("flattened: a run-in title ends at its title word, a break, a digit or a stop") {
  CHECK(Title("主动公开政府信息情况本单位的信息公开内容共分五大块") == "主动公开政府信息情况 (word)");
  CHECK(Title("政府信息公开工作的基本概况2018年,我镇按照") == "政府信息公开工作的基本概况 (word)");
  CHECK(Title("其他需要报告的事项本年度未收取信息处理费。") == "其他需要报告的事项 (word)");
  CHECK(Title("存在的主要问题和改进措施一是") == "存在的主要问题和改进措施 (word)");
  CHECK(Title("主动公开2021年,全县") == "主动公开");
  CHECK(Title("进一步完善政府信息管理制度。按照") == "进一步完善政府信息管理制度");
  CHECK(Title("加强组织领导,健全工作机制") == "加强组织领导");
  CHECK(Title("总体情况 2019年") == "总体情况 (word)");
  CHECK(Title("2015年政府信息公开工作要点落实情况本年度") == "2015年政府信息公开工作要点落实情况 (word)");
  CHECK(Title("本年度办理结果(一)予以公开") == "本年度办理结果");
  CHECK(Title("围绕群众关切推进政务公开不断提升公开质量切实增强人民群众的满意度") ==
        "围绕群众关切推进政务公开不断提升公开质量切实增强人民群众的满");  // 30 characters
}

TEST_CASE("flattened: pieces end at breaks, list markers and runs of cell digits") {
  // The lines a one-line report lost: a heading title, a table's label rows
  // with their glued digits, the next heading after the table.
  CHECK(Pieces("有序开展。二、主动公开政府信息情况第二十条第(一)项信息内容本年制发件数规章003"
               "行政规范性文件5142三、收到和处理政府信息公开申请情况本年度共收到申请29件,上年结转2件;"
               "(三)不予公开1.属于国家秘密00/00002.其他法律行政法规禁止公开0000000") ==
        "有序开展。 | 二、主动公开政府信息情况 | 第二十条第(一)项信息内容本年制发件数规章003 | "
        "行政规范性文件5142 | 三、收到和处理政府信息公开申请情况 | 本年度共收到申请29件,上年结转2件; | "
        "(三)不予公开 | 1.属于国家秘密00/0000 | 2.其他法律行政法规禁止公开0000000");
  // Spaces where the line breaks were: one piece per lost line.
  CHECK(Pieces("信息内容 本年制发件数 规章 0 0 3 行政规范性文件 5 1 42 第二十条第(五)项") ==
        "信息内容 | 本年制发件数 | 规章 | 0 | 0 | 3 | 行政规范性文件 | 5 | 1 | 42 | 第二十条第(五)项");
  // Prose numbers keep their unit, dates their date words; "十一、" is one marker.
  CHECK(Pieces("2021年1月共受理申请29件,办结率3.5%。十一、其他事项") ==
        "2021年1月共受理申请29件,办结率3.5%。 | 十一、其他事项");
  // A title without a title word is not cut from what follows.
  CHECK(Pieces("四、结转下年度继续办理1100002四、政府信息公开行政复议、行政诉讼情况全年未发生") ==
        "四、结转下年度继续办理1100002 | 四、政府信息公开行政复议、行政诉讼情况 | 全年未发生");
}

}  // namespace reportlint
