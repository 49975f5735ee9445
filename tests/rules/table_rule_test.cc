// Tests of kind `table`: strict parameters, and each check (identities with empty
// cells, non-negative, layout, readable, present, absent, prose) on small reports.
#include <doctest/doctest.h>

#include "checker/findings/evidence.h"
#include "tests/test_util.h"

namespace reportlint::testing {
namespace {

// A three-column table: rows a, b and their total t; columns x, y and total.
const char kSpec[] = R"(
    table: {name: 小表, find: [甲项, 合计]}
    rows:
      - {id: a, label: 甲项}
      - {id: b, label: 乙项}
      - {id: t, label: 合计}
    columns:
      - {id: x, label: 自然人}
      - {id: y, label: 法人}
      - {id: total, label: 总计}
)";

std::string Pack(const std::string& check, const std::string& extra,
                 const std::string& message = "{table}") {
  return "pack: t\nrules:\n  - id: t/r\n    kind: table\n    severity: error\n    check: " + check +
         "\n    message: {zh: '" + message + "', en: '" + message + "'}\n" + kSpec + extra;
}

const char kIdentities[] = R"(
    identities:
      - {id: S, each: column, sum: [a..b], equals: [t]}
      - {id: R, each: row, sum: [x, y], equals: [total]}
)";

// The table flattened to text, one value per line.
std::string Report(const std::string& a, const std::string& b, const std::string& t) {
  return "某县2021年报告\n三、申请情况\n自然人\n法人\n总计\n甲项\n" + a + "\n乙项\n" + b + "\n合计\n" + t +
         "\n四、其他\n无。\n";
}

}  // namespace

TEST_CASE("table: parameters are checked when the pack loads") {
  CHECK(PackErrors(Pack("identities", "    identities:\n      - {id: S, sum: [a, z], equals: [t]}\n")) ==
        "pack.yaml:19:22: error: unknown row id 'z'");
  CHECK(PackErrors(Pack("identities", "    identities:\n      - {id: S, sum: [b..a], equals: [t]}\n")) ==
        "pack.yaml:19:22: error: 'b..a' must name two row ids in their order");
  CHECK(PackErrors(Pack("identities", "    identities:\n      - {id: S, each: cols, sum: [a], equals: [t]}\n")) ==
        "pack.yaml:19:23: error: 'each' must be one of column, row, not 'cols'");
  CHECK(PackErrors(Pack("identites", "")) ==
        "pack.yaml:6:12: error: 'check' must be one of identities, non-negative, layout, readable, "
        "present, absent, prose, image, cells, not 'identites' (did you mean 'identities'?)");
  CHECK(PackErrors(Pack("identities", "    identities:\n      - {id: S, sum: [a], equals: [t], sums: 1}\n")) ==
        "pack.yaml:19:40: error: unknown key 'sums' (did you mean 'sum'?)");
  CHECK(PackErrors(Pack("identities", kIdentities, "{tabel}")).find(
            "message names '{tabel}', which a 'table' rule never provides") != std::string::npos);
  CHECK(PackErrors(Pack("prose", "    claims:\n      - {pattern: '受理', row: a}\n")) ==
        "pack.yaml:19:9: error: missing required key 'columns'");
  CHECK(PackErrors(Pack("prose", "    claims:\n      - {pattern: '受理', row: a, columns: [x, y]}\n")) ==
        "pack.yaml:19:42: error: an 'equal' claim must name exactly one column");
  CHECK(PackErrors(Pack("non-negative", "    except: [q]\n")) ==
        "pack.yaml:18:13: error: 'q' is neither a row nor a column id");
  CHECK(PackErrors(Pack("identities", kIdentities)) == "");
}

TEST_CASE("table: identities per column and per row, with stated and computed values") {
  CHECK(DumpFindings(CheckWithPack(Pack("identities", kIdentities), Report("1\n2\n3", "4\n5\n9", "5\n7\n12")))
        == "");
  // Column x: 1 + 4 = 5 but 6 is stated; row 甲项: 1 + 2 = 3 but 4 is stated.
  CHECK(DumpFindings(CheckWithPack(Pack("identities", kIdentities), Report("1\n2\n4", "4\n5\n9", "6\n7\n13")))
        == "9:1 t/r {\"table\":\"小表\",\"identity\":\"R\",\"expression\":\"x + y = total\",\"row\":\"甲项\","
           "\"column\":\"总计\",\"stated\":4,\"computed\":3,\"difference\":1}\n"
           "15:1 t/r {\"table\":\"小表\",\"identity\":\"S\",\"expression\":\"a..b = t\",\"row\":\"合计\","
           "\"column\":\"自然人\",\"stated\":6,\"computed\":5,\"difference\":1}\n");
}

TEST_CASE("table: empty cells count as 0 and are named in the evidence, not reported") {
  CHECK(DumpFindings(CheckWithPack(Pack("identities", kIdentities), Report("1\n/\n1", "—\n5\n5", "1\n5\n6")))
        == "");
  std::vector<Finding> f = CheckWithPack(
      Pack("identities", kIdentities, "{identity} {computed}{has_empty|yes=（空白按0计）}"),
      Report("1\n/\n1", "—\n5\n5", "1\n6\n6"));
  REQUIRE(f.size() == 2);
  CHECK(f[0].message == "S 5（空白按0计）");
  CHECK(EvidenceOf(f[0])["empty_cells"] == nlohmann::ordered_json::array({"甲项 × 法人"}));
  CHECK(f[1].message == "R 7");
}

TEST_CASE("table: printed precision is the tolerance") {
  // 0.45 + 0.5 is [0.895, 1.005]: it may be the 1.0 printed below ([0.95, 1.05]).
  CHECK(CheckWithPack(Pack("identities", kIdentities), Report("0.45\n0.5\n0.95", "0.5\n0.5\n1.0", "1.0\n1\n2.0")).empty());
  CHECK(CheckWithPack(Pack("identities", kIdentities), Report("0.4\n0.5\n0.9", "0.4\n0.5\n0.9", "1.0\n1\n1.8")).size() == 2);
}

TEST_CASE("table: non-negative, layout and absent") {
  CHECK(DumpFindings(CheckWithPack(Pack("non-negative", ""), Report("1\n-2\n-1", "0\n0\n0", "1\n-2\n-1")))
        == "8:1 t/r {\"table\":\"小表\",\"row\":\"甲项\",\"column\":\"法人\",\"value\":-2}\n"
           "9:1 t/r {\"table\":\"小表\",\"row\":\"甲项\",\"column\":\"总计\",\"value\":-1}\n"
           "16:1 t/r {\"table\":\"小表\",\"row\":\"合计\",\"column\":\"法人\",\"value\":-2}\n"
           "17:1 t/r {\"table\":\"小表\",\"row\":\"合计\",\"column\":\"总计\",\"value\":-1}\n");
  CHECK(CheckWithPack(Pack("non-negative", "    except: [y, total]\n"), Report("1\n-2\n-1", "0\n0\n0", "1\n-2\n-1"))
            .empty());
  std::string no_b = "三、申请情况\n自然人\n法人\n总计\n甲项\n1\n2\n3\n丙项\n0\n0\n0\n合计\n1\n2\n3\n";
  CHECK(DumpFindings(CheckWithPack(Pack("layout", ""), no_b)) ==
        "5:1 t/r {\"table\":\"小表\",\"missing\":[\"乙项\"],\"count\":1}\n");
  std::string absent =
      "pack: t\nrules:\n  - id: t/a\n    kind: table\n    check: absent\n    severity: error\n"
      "    table: {name: 旧表, find: [丙项]}\n    message: {zh: '{found}', en: '{found}'}\n";
  CHECK(DumpFindings(CheckWithPack(absent, no_b)) == "5:1 t/a {\"table\":\"旧表\",\"found\":\"甲项\"}\n");
}

TEST_CASE("table: glued digits are reported once as not readable, never as arithmetic") {
  std::string glued = "三、申请情况\n甲项1214\n乙项459\n合计5713\n";
  CHECK(CheckWithPack(Pack("identities", kIdentities), glued).empty());
  CHECK(DumpFindings(CheckWithPack(Pack("readable", ""), glued)) ==
        "2:1 t/r {\"table\":\"小表\",\"reason\":\"glued-digits\"}\n");
  // A row that lost a value cannot be assigned to columns either.
  std::string ragged = Report("1\n2\n3", "4\n9", "5\n7\n12");
  CHECK(CheckWithPack(Pack("identities", kIdentities), ragged).empty());
  CHECK(DumpFindings(CheckWithPack(Pack("readable", ""), ragged)) ==
        "6:1 t/r {\"table\":\"小表\",\"reason\":\"ragged-rows\"}\n");
}

// kSpec with its glued rows split by the row identity x + y = total.
std::string SplitPack(const std::string& check, const std::string& extra = "") {
  std::string spec = kSpec;
  spec.replace(spec.find("    table: {name: 小表, find: [甲项, 合计]}"),
               std::string("    table: {name: 小表, find: [甲项, 合计]}").size(),
               "    table:\n      name: 小表\n      find: [甲项, 合计]\n"
               "      split_glued: {max_digits: 3, identities: [{sum: [x, y], equals: [total]}]}");
  return "pack: t\nrules:\n  - id: t/r\n    kind: table\n    severity: error\n    check: " + check +
         "\n    message: {zh: '{table}', en: '{table}'}\n" + spec + extra;
}

TEST_CASE("table: split_glued reads a glued row that has exactly one cut") {
  CHECK(PackErrors(SplitPack("identities", kIdentities)) == "");
  // 1 2 3 / 4 5 9 / 5 7 12: each row cuts one way only so that x + y = total,
  // and the table is checked as if it had its cells.
  std::string consistent = "三、申请情况\n甲项123\n乙项459\n合计5712\n";
  CHECK(CheckWithPack(SplitPack("identities", kIdentities), consistent).empty());
  CHECK(CheckWithPack(SplitPack("readable"), consistent).empty());
  // 6 7 13 is the one cut of "6713"; columns x and total then add up to 5
  // and 12, not 6 and 13: the findings point at "6" and "13" in their line.
  std::string altered = "三、申请情况\n甲项123\n乙项459\n合计6713\n";
  CHECK(DumpFindings(CheckWithPack(SplitPack("identities", kIdentities), altered)) ==
        "4:3 t/r {\"table\":\"小表\",\"identity\":\"S\",\"expression\":\"a..b = t\",\"row\":\"合计\","
        "\"column\":\"自然人\",\"stated\":6,\"computed\":5,\"difference\":1}\n"
        "4:5 t/r {\"table\":\"小表\",\"identity\":\"S\",\"expression\":\"a..b = t\",\"row\":\"合计\","
        "\"column\":\"总计\",\"stated\":13,\"computed\":12,\"difference\":1}\n");
}

TEST_CASE("table: split_glued leaves a table unread when a row has no cut or several") {
  // "11011" is 1 10 11 or 11 0 11; "5713" has no cut with 5 + 7 = 13.
  for (const char* report : {"三、申请情况\n甲项11011\n乙项459\n合计5712\n",
                             "三、申请情况\n甲项123\n乙项459\n合计5713\n"}) {
    CHECK(CheckWithPack(SplitPack("identities", kIdentities), report).empty());
    CHECK(DumpFindings(CheckWithPack(SplitPack("readable"), report)) ==
          "2:1 t/r {\"table\":\"小表\",\"reason\":\"glued-digits\"}\n");
  }
  // A cell may have at most max_digits digits (3 here): 1000 + 1 = 1001 is not read.
  CHECK(DumpFindings(CheckWithPack(SplitPack("readable"), "三、申请情况\n甲项100011001\n乙项459\n合计5712\n")) ==
        "2:1 t/r {\"table\":\"小表\",\"reason\":\"glued-digits\"}\n");
  // The split needs the columns, and names them by their ids.
  CHECK(PackErrors("pack: t\nrules:\n  - id: t/a\n    kind: table\n    check: absent\n    severity: error\n"
                   "    table: {name: 旧表, find: [丙项], split_glued: {identities: [{sum: [x], equals: [y]}]}}\n"
                   "    message: {zh: '{found}', en: '{found}'}\n") ==
        "pack.yaml:7:48: error: 'split_glued' needs the rule's 'columns'");
  std::string bad = SplitPack("identities", kIdentities);
  bad.replace(bad.find("sum: [x, y]"), 11, "sum: [x, q]");
  CHECK(PackErrors(bad) == "pack.yaml:12:55: error: unknown column id 'q'");
}

TEST_CASE("table: sections without a table; the prose against the cells") {
  std::string pack =
      "pack: t\nrules:\n  - id: t/p\n    kind: table\n    check: present\n    severity: error\n"
      "    sections: [{name: 申请, match: '申请'}, {name: 复议, match: '复议'}]\n"
      "    message: {zh: '{section}', en: '{section}'}\n";
  CHECK(DumpFindings(CheckWithPack(pack, Report("1\n2\n3", "4\n5\n9", "5\n7\n12") + "五、复议诉讼\n未发生。\n")) ==
        "20:1 t/p {\"section\":\"复议\",\"images\":0}\n");
  std::string claims =
      "    claims:\n"
      "      - {pattern: '共受理申请', row: t, columns: [total]}\n"
      "      - {pattern: '法人未提出', expect: zero, row: t, columns: [y]}\n";
  std::string report = Report("1\n2\n3", "4\n5\n9", "5\n7\n12") + "全年共受理申请13件，法人未提出申请。\n";
  CHECK(DumpFindings(CheckWithPack(Pack("prose", claims), report)) ==
        "20:8 t/r {\"table\":\"小表\",\"row\":\"合计\",\"column\":\"总计\",\"stated\":13,\"cell\":12}\n"
        "20:12 t/r {\"table\":\"小表\",\"row\":\"合计\",\"column\":\"法人\",\"stated\":0,\"cell\":7}\n");
}

}  // namespace reportlint::testing
