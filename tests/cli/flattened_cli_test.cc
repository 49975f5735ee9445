// End-to-end tests of reports that lost their line breaks or whose table digits ran
// together: they give no error or warning that the same report with its breaks does not.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "tests/examples/report_2021.h"
#include "tests/examples/report_writer.h"
#include "tests/run_binary.h"
#include "tests/temp_dir.h"

namespace reportlint::testing {
namespace {

std::string Replace(std::string s, const std::string& from, const std::string& to) {
  for (size_t at = 0; (at = s.find(from, at)) != std::string::npos; at += to.size()) {
    s.replace(at, from.size(), to);
  }
  return s;
}

// Every finding of `report` as "severity rule message", without its location.
std::multiset<std::string> FindingSet(const std::string& report) {
  TempDir dir;
  std::string path = dir.Write("r.txt", report);
  RunResult r = RunReportlint("check --format json --fail-on never '" + path + "'");
  REQUIRE(r.exit_code == 0);
  nlohmann::json j = nlohmann::json::parse(r.out);
  std::multiset<std::string> out;
  for (const auto& f : j["files"][0]["findings"]) {
    out.insert(f["severity"].get<std::string>() + " " + f["rule"].get<std::string>() + " " +
               f["message"].get<std::string>());
  }
  return out;
}

// The errors and warnings of `variant` that `line_broken` does not give.
std::string NewSerious(const std::string& variant, const std::string& line_broken) {
  std::multiset<std::string> known = FindingSet(line_broken);
  std::string out;
  for (const std::string& f : FindingSet(variant)) {
    if (f.rfind("info ", 0) == 0) continue;
    auto it = known.find(f);
    if (it != known.end()) {
      known.erase(it);
      continue;
    }
    out += f + "\n";
  }
  return out;
}

// The same, one per line.
std::string Findings(const std::string& report) {
  std::string out;
  for (const std::string& f : FindingSet(report)) out += f + "\n";
  return out;
}

}  // namespace

TEST_CASE("flattened: the 2021 report without its line breaks gives no error of its own") {
  using examples::Report2021;
  using examples::WriteText;
  for (bool altered : {false, true}) {
    INFO("altered: " << altered);
    std::string text = WriteText(Report2021(altered));
    std::string glued = WriteText(Report2021(altered), true);
    // One line, as a crawler stores the page; spaces where the breaks were;
    // Table B's rows glued; and glued, on one line.
    for (const std::string& variant :
         {Replace(text, "\n", ""), Replace(text, "\n", " "), glued, Replace(glued, "\n", "")}) {
      CHECK(NewSerious(variant, text) == "");
    }
  }
  // What the comparison sees: a heading lost from the one-line report is missed.
  std::string without_five = Replace(WriteText(Report2021(false)), "五、存在的主要问题及改进情况\n", "");
  CHECK(NewSerious(Replace(without_five, "\n", ""), WriteText(Report2021(false))) ==
        "error ogi-2019/required-headings 缺少全国统一格式要求的一级标题：存在的主要问题及改进情况\n");
  // The consistent report: nothing at all with its breaks; without them only
  // that Table B cannot be read, as its blank cells were lost with the breaks
  // (glued, its rows cannot be cut into cells; spaced, rows hold six values).
  std::string text = WriteText(Report2021(false));
  CHECK(Findings(text) == "");
  CHECK(Findings(Replace(text, "\n", "")) ==
        "info ogi-tables/table-b-readable 表格“收到和处理政府信息公开申请情况”无法机读（相邻单元格的数字"
        "粘连在一起），未核对其数据\n");
  CHECK(Findings(Replace(text, "\n", " ")) ==
        "info ogi-tables/table-b-readable 表格“收到和处理政府信息公开申请情况”无法机读（各行数值个数与列数"
        "不符），未核对其数据\n");
}

TEST_CASE("flattened: real reports without their line breaks give no error of their own") {
  // The seeds as a crawler would store them: one line, or spaces for the breaks.
  std::filesystem::path dir = std::filesystem::path(REPORTLINT_SOURCE_DIR) / ".." / "shared" / "seeds";
  if (!std::filesystem::exists(dir)) {
    MESSAGE("../shared/seeds not present; skipping");
    return;
  }
  int checked = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() != ".txt") continue;
    std::ifstream in(entry.path());
    std::stringstream text;
    text << in.rdbuf();
    INFO(entry.path().filename().string());
    CHECK(NewSerious(Replace(text.str(), "\n", ""), text.str()) == "");
    CHECK(NewSerious(Replace(text.str(), "\n", " "), text.str()) == "");
    ++checked;
  }
  CHECK(checked == 5);
}

TEST_CASE("flattened: a one-line text with no heading sequence gives one info, no sections error") {
  std::string text = "南屏县2021年政府信息公开工作年度报告本报告由总体情况、主动公开政府信息情况、收到和处理政府"
                     "信息公开申请情况、政府信息公开行政复议行政诉讼情况、存在的主要问题及改进情况、其他需要报告的"
                     "事项六个部分组成。本报告所列数据的统计期限为2021年1月1日至12月31日。";
  for (int i = 0; i < 25; ++i) {
    text += "南屏县深入贯彻落实《条例》，围绕群众关切推进政务公开，各项工作有序开展。";
  }
  TempDir dir;
  std::string path = dir.Write("r.txt", text);
  RunResult r = RunReportlint("check '" + path + "'");
  CHECK(r.exit_code == 0);
  CHECK(r.out.rfind(path + ":1:1: info: 报告正文的换行已丢失（全文仅1行，最长一行1032字），无法识别章节结构，"
                           "未核对标题和结构声明 [ogi-common/structure-readable]\n", 0) == 0);
  CHECK(r.out.find("已检查 1 个文件：0 个错误，0 个警告，1 个提示\n") != std::string::npos);
  RunResult en = RunReportlint("check --lang en '" + path + "'");
  CHECK(en.out.rfind(path + ":1:1: info: the report's line breaks are lost (1 line(s), the longest 1032 "
                            "characters), so its sections cannot be read; headings and the declared "
                            "structure were not checked [ogi-common/structure-readable]\n", 0) == 0);
}

}  // namespace reportlint::testing
