#include "tests/rules/table_report.h"

#include <doctest/doctest.h>

#include <memory>
#include <sstream>
#include <vector>

#include "checker/corpus/hierarchy.h"
#include "reportlint/checker.h"
#include "tests/temp_dir.h"
#include "tests/test_util.h"

namespace reportlint::testing {
namespace {

std::vector<std::string> Values(const std::string& row) {
  std::istringstream in(row);
  std::vector<std::string> out;
  for (std::string v; in >> v;) out.push_back(v);
  return out;
}

}  // namespace

std::string TableReport::Html() const {
  std::string out = "<html><body>\n<h1>" + organisation + std::to_string(year) +
                    "年政府信息公开工作年度报告</h1>\n<h2>一、总体情况</h2>\n<p>本机关推进政务公开。</p>\n";
  auto note = [&](const std::string& key) {
    auto it = expect.find(key);
    if (it != expect.end()) out += "<!-- " + it->second + " -->\n";
  };
  auto row = [&](const std::string& key, const std::string& label, const std::string& values) {
    out += "<tr><td>" + label + "</td>\n";
    std::vector<std::string> v = Values(values);
    for (size_t i = 0; i < v.size(); ++i) {
      note(key + "/" + std::to_string(i + 1));
      out += "<td>" + v[i] + "</td>\n";
    }
    out += "</tr>\n";
  };
  out += "<h2>二、主动公开政府信息情况</h2>\n<table>\n"
         "<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>\n";
  row("rules", "规章", rules);
  row("normative", "行政规范性文件", normative);
  out += "</table>\n<h2>三、收到和处理政府信息公开申请情况</h2>\n";
  if (!prose.empty()) {
    note("prose");
    out += "<p>" + prose + "</p>\n";
  }
  out += "<table>\n<tr><td>申请人情况</td><td>自然人</td><td>商业企业</td><td>总计</td></tr>\n";
  row("R1", "一、本年新收政府信息公开申请数量", r1);
  row("R2", "二、上年结转政府信息公开申请数量", r2);
  row("R24", "（七）总计", r24);
  row("R25", "四、结转下年度继续办理", r25);
  out += "</table>\n</body></html>\n";
  return out;
}

const char* const kTableBSpec = R"(    table: {name: 收到和处理政府信息公开申请情况, find: [本年新收, 上年结转, 结转下年度]}
    rows:
      - {id: R1, label: 本年新收政府信息公开申请数量}
      - {id: R2, label: 上年结转政府信息公开申请数量}
      - {id: R24, label: 总计}
      - {id: R25, label: 结转下年度继续办理}
    columns:
      - {id: natural, label: 自然人}
      - {id: business, label: 商业企业}
      - {id: total, label: 总计}
)";

const char* const kTableASpec = R"(    table: {name: 主动公开政府信息情况, find: [本年制发件数, 现行有效件数]}
    rows:
      - {id: rules, label: 规章}
      - {id: normative, label: 行政规范性文件}
    columns:
      - {id: issued, label: 本年制发件数}
      - {id: repealed, label: 本年废止件数}
      - {id: valid, label: 现行有效件数}
)";

std::string CorpusFindings(const std::string& yaml_pack,
                           const std::vector<std::pair<std::string, std::string>>& files,
                           const std::string& hierarchy_yaml) {
  TempDir dir;
  dir.Write("pack/pack.yaml", yaml_pack);
  Options options;
  options.builtin_packs = false;
  options.pack_dirs = {dir.path() + "/pack"};
  std::vector<Error> errors;
  std::unique_ptr<Checker> checker = Checker::Create(options, &errors);
  std::unique_ptr<Hierarchy> hierarchy;
  if (!hierarchy_yaml.empty()) hierarchy = Hierarchy::Parse("hierarchy.yaml", hierarchy_yaml, &errors);
  for (const Error& e : errors) FAIL_CHECK(e.ToString());
  REQUIRE(checker != nullptr);
  std::vector<std::shared_ptr<const CorpusReport>> reports;
  for (const auto& [name, text] : files) reports.push_back(checker->CheckBytes(name, text).corpus);
  std::string out;
  for (const PlacedFinding& f : checker->CheckCorpus(reports, hierarchy.get()).findings) {
    out += f.path + ":" + DumpFinding(f.finding) + "\n";
  }
  return out;
}

}  // namespace reportlint::testing
