// End-to-end tests of HTML, DOCX and Markdown reports and the national tables: the
// examples are current and give what the README shows, and the plain-text, HTML,
// DOCX and Markdown versions of one report give the same findings.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "tests/examples/report_2021.h"
#include "tests/examples/report_writer.h"
#include "tests/run_binary.h"

namespace reportlint::testing {
namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// A file in a scratch folder, removed with the object.
class ScratchFile {
 public:
  ScratchFile(const std::string& name, const std::string& content) {
    static int counter = 0;
    dir_ = std::filesystem::temp_directory_path() /
           ("reportlint-tables-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::create_directories(dir_);
    std::ofstream(dir_ / name, std::ios::binary) << content;
    path_ = (dir_ / name).string();
  }
  ~ScratchFile() { std::filesystem::remove_all(dir_); }
  const std::string& path() const { return path_; }

 private:
  std::filesystem::path dir_;
  std::string path_;
};

std::string Findings(const std::string& args) { return FindingsWithoutPlace(args); }

}  // namespace

TEST_CASE("examples: the 2021 reports on disk are what the generator writes") {
  using namespace examples;
  for (bool altered : {false, true}) {
    ReportSpec spec = Report2021(altered);
    std::string base = SourcePath("examples/report-2021-tables") + (altered ? "-errors" : "");
    CHECK(ReadFile(base + ".txt") == WriteText(spec));
    CHECK(ReadFile(base + ".html") == WriteHtml(spec));
    CHECK(ReadFile(base + ".docx") == WriteDocx(spec));
  }
}

TEST_CASE("examples: the consistent 2021 report is silent in every format") {
  for (const char* ext : {"txt", "html", "docx"}) {
    RunResult r = RunReportlint(std::string("check examples/report-2021-tables.") + ext);
    CHECK(r.exit_code == 0);
    CHECK(r.out == "已检查 1 个文件：0 个错误，0 个警告，0 个提示\n");
  }
  // The same report in Markdown, its tables as pipe tables.
  RunResult md = RunReportlint("check examples/report-2021.md");
  CHECK(md.exit_code == 0);
  CHECK(md.out == "已检查 1 个文件：0 个错误，0 个警告，0 个提示\n");
}

TEST_CASE("examples: an altered Table B cell is flagged with identity, labels and values") {
  RunResult r = RunReportlint("check examples/report-2021-tables-errors.html");
  CHECK(r.exit_code == 1);
  CHECK(r.out ==
        "examples/report-2021-tables-errors.html:44:188: error: 表格“收到和处理政府信息公开申请情况”"
        "勾稽关系B3不成立（自然人 + 法人或其他组织 = 总计）：“予以公开”×“总计”填报14，计算得16 "
        "[ogi-2021-tables/table-b-identities]\n"
        "  14\n"
        "  ^~\n"
        "examples/report-2021-tables-errors.html:65:45: error: 表格“收到和处理政府信息公开申请情况”"
        "勾稽关系B2不成立（三（一）至（六） = 三（七）总计）：“总计”×“自然人”填报22，计算得24 "
        "[ogi-2021-tables/table-b-identities]\n"
        "  22\n"
        "  ^~\n"
        "已检查 1 个文件：2 个错误，0 个警告，0 个提示\n");
  // DOCX findings name the table, row and grid column of the cell.
  RunResult d = RunReportlint("check --format json examples/report-2021-tables-errors.docx");
  CHECK(d.exit_code == 1);
  nlohmann::json f = nlohmann::json::parse(d.out)["files"][0]["findings"];
  REQUIRE(f.size() == 2);
  CHECK(f[0]["table"] == 2);
  CHECK(f[0]["row"] == 6);
  CHECK(f[0]["col"] == 10);
  CHECK(f[0]["evidence"]["stated"] == 14);
  CHECK(f[0]["evidence"]["computed"] == 16);
  CHECK(f[1]["table"] == 2);
  CHECK(f[1]["row"] == 27);
  CHECK(f[1]["col"] == 4);
}

TEST_CASE("formats: plain text, HTML and DOCX versions of a report give the same findings") {
  std::string txt = Findings("examples/report-2021-tables-errors.txt");
  CHECK(txt.find("B2") != std::string::npos);
  CHECK(txt.find("B3") != std::string::npos);
  CHECK(Findings("examples/report-2021-tables-errors.html") == txt);
  CHECK(Findings("examples/report-2021-tables-errors.docx") == txt);
  // Traditional script and full-width digits fold to the same findings.
  std::string html = ReadFile(SourcePath("examples/report-2021-tables-errors.html"));
  for (auto [from, to] : {std::pair<std::string, std::string>{"申请", "申請"}, {"总计", "總計"},
                          {"处理", "處理"}, {"<p>14</p>", "<p>１４</p>"}}) {
    for (size_t at; (at = html.find(from)) != std::string::npos;) html.replace(at, from.size(), to);
  }
  ScratchFile trad("trad.html", html);
  CHECK(Findings("'" + trad.path() + "'") == txt);
}

TEST_CASE("formats: a Markdown pipe table gives the same findings, at the cell in the .md file") {
  // Table B's cell （一）予以公开 × 自然人 altered as in the -errors examples.
  std::string md = ReadFile(SourcePath("examples/report-2021.md"));
  const std::string row = "| 三、本年度办理结果 | （一）予以公开 |  | 10 |";
  size_t at = md.find(row);
  REQUIRE(at != std::string::npos);
  md.replace(at + row.size() - 4, 2, "12");
  ScratchFile altered("altered.md", md);
  CHECK(Findings("'" + altered.path() + "'") == Findings("examples/report-2021-tables-errors.txt"));
  RunResult r = RunReportlint("check --format json '" + altered.path() + "'");
  CHECK(r.exit_code == 1);
  nlohmann::json f = nlohmann::json::parse(r.out)["files"][0]["findings"];
  REQUIRE(f.size() == 2);
  // B3 at the row's 总计 cell "14", B2 at the （七）总计 row's 自然人 cell "22".
  CHECK(f[0]["evidence"]["identity"] == "B3");
  CHECK(f[0]["line"] == 37);
  CHECK(f[0]["column"] == 53);
  CHECK(f[0]["end_column"] == 55);
  CHECK(f[1]["evidence"]["identity"] == "B2");
  CHECK(f[1]["line"] == 58);
  CHECK(f[1]["column"] == 17);
}

TEST_CASE("formats: a table whose digits ran together is reported once, as not assessable") {
  // Table B's rows cut in more than one way that B3 allows ("102011014" is
  // 10 2 0 1 1 0 14, or 1 0 2 0 1 10 14 …), or in none (a blank cell lost):
  // one info, no arithmetic. Table C's fifteen digits cut one way only into
  // its fifteen cells, C1 holds, and it is read.
  ScratchFile glued("glued.txt", examples::WriteText(examples::Report2021(true), true));
  CHECK(Findings("'" + glued.path() + "'") ==
        "ogi-tables/table-b-readable info 表格“收到和处理政府信息公开申请情况”无法机读（相邻单元格"
        "的数字粘连在一起），未核对其数据 {\"table\":\"收到和处理政府信息公开申请情况\",\"reason\":"
        "\"glued-digits\"}\n");
}

TEST_CASE("formats: the 2019 tables in a 2021 report, and sections without a table") {
  examples::ReportSpec spec = examples::Report2021(false);
  std::string text = examples::WriteText(spec);
  // Table A as in 2019; Table B's （六）其他处理 as one row, as in 2019.
  auto replace = [&](const std::string& from, const std::string& to) {
    size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
  };
  replace("本年制发件数\n本年废止件数\n现行有效件数", "本年新制作数量\n本年新公开数量\n对外公开总数量");
  replace("（六）其他处理\n1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\n",
          "（六）其他处理\n");
  size_t from = text.find("2.申请人逾期未按收费通知");
  size_t to = text.find("（七）总计");
  text.erase(from, to - from);
  ScratchFile old("old.txt", text);
  CHECK(Findings("'" + old.path() + "'") ==
        "ogi-2021-tables/table-a-2019-layout error 主动公开情况表仍使用2019年版格式（“本年新制作数量”"
        "等），应使用2021年版格式（国办公开办函〔2021〕30号） {\"table\":\"主动公开政府信息情况（2019年版）\","
        "\"found\":\"规章\"}\n"
        "ogi-2021-tables/table-b-layout error 表格“收到和处理政府信息公开申请情况”不是现行（2021年版）"
        "格式：缺少申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请、申请人逾期未按收费通知要求"
        "缴纳费用、行政机关不再处理其政府信息公开申请、其他 {\"table\":\"收到和处理政府信息公开申请情况\","
        "\"missing\":[\"申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\",\"申请人逾期未按收费"
        "通知要求缴纳费用、行政机关不再处理其政府信息公开申请\",\"其他\"],\"count\":3}\n");
  // A table pasted as an image: the section is there, its table is not.
  std::string md = ReadFile(SourcePath("examples/report-2021.md"));
  size_t table = md.find("| （本列数据的勾稽关系");
  size_t table_end = md.find("\n\n", table);
  REQUIRE(table_end != std::string::npos);
  md.replace(table, table_end - table, "![收到和处理政府信息公开申请情况](table-b.png)");
  ScratchFile image("image.md", md);
  // It cannot be assessed: one info, no error.
  CHECK(Findings("'" + image.path() + "'") ==
        "ogi-tables/table-image info “收到和处理政府信息公开申请情况”部分的统计表以图片形式发布（1张图片），"
        "无法核对其数据；建议以文字表格发布 {\"section\":\"收到和处理政府信息公开申请情况\",\"images\":1}\n");
  RunResult r = RunReportlint("check --lang en '" + image.path() + "'");
  CHECK(r.out.find(image.path() + ":27:1: info: the table of the section \"收到和处理政府信息公开申请情况\" "
                   "is published as an image (1 image(s)), so its figures cannot be assessed; publish it "
                   "as a text table [ogi-tables/table-image]\n") != std::string::npos);
  // With no image the section has no table at all: an error.
  md.replace(md.find("![收到和处理政府信息公开申请情况](table-b.png)"),
             std::string("![收到和处理政府信息公开申请情况](table-b.png)").size(), "（表略）");
  ScratchFile none("none.md", md);
  CHECK(Findings("'" + none.path() + "'") ==
        "ogi-tables/table-present error “收到和处理政府信息公开申请情况”部分没有统计表，无法核对数据，"
        "请补充全国统一格式的统计表 {\"section\":\"收到和处理政府信息公开申请情况\",\"images\":0}\n");
}

TEST_CASE("formats: DOCX and HTML files that cannot be read exit 2 with the reason") {
  // The reason, then that nothing was checked (the only report was unreadable).
  const std::string nothing = "错误：没有一份报告可以读取，未检查任何内容\n";
  ScratchFile fake("fake.docx", "这不是压缩包");
  RunResult r = RunReportlint("check '" + fake.path() + "'");
  CHECK(r.exit_code == 2);
  CHECK(r.err == fake.path() + ": 错误：不是 DOCX 文件：它不是 zip 压缩包\n" + nothing);
  r = RunReportlint("check --lang en '" + fake.path() + "'");
  CHECK(r.err == fake.path() + ": error: not a DOCX file: it is not a zip archive\n"
                               "error: no report could be read; nothing was checked\n");
  ScratchFile bomb("bomb.docx", examples::WriteZip({{"word/document.xml", std::string(40u << 20, ' ')}}));
  r = RunReportlint("check '" + bomb.path() + "'");
  CHECK(r.exit_code == 2);
  // libzip's limits have no Chinese: the line is English whole.
  CHECK(r.err == bomb.path() + ": error: the part word/document.xml unpacks to 40 MiB, more than the "
                               "32 MiB limit (a zip bomb?)\n" + nothing);
  ScratchFile pictures("p.html", "<html><body><img src=table.png></body></html>");
  r = RunReportlint("check '" + pictures.path() + "'");
  CHECK(r.exit_code == 2);
  CHECK(r.err == pictures.path() + ": 错误：网页中没有报告文字（是否以图片发布？）\n" + nothing);
}

}  // namespace reportlint::testing
