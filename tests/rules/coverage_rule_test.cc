// The `coverage` kind over small runs: each check fires where it should, and a run
// that is complete, or cannot be judged, stays silent.
#include <doctest/doctest.h>

#include "tests/test_util.h"

namespace reportlint {
namespace {

using Files = std::vector<std::pair<std::string, std::string>>;

std::string Rule(const std::string& check, const std::string& extra = "") {
  return "  - id: t/" + check + "\n    kind: coverage\n    check: " + check +
         "\n    severity: warning\n" + extra + "    message: {zh: \"z\", en: \"e\"}\n";
}

std::string Pack(const std::string& check, const std::string& extra = "") {
  return "pack: t\nrules:\n" + Rule(check, extra);
}

std::string Report(const std::string& org, int year, const std::string& dated = "") {
  return org + std::to_string(year) + "年政府信息公开工作年度报告\n一、总体情况\n本机关推进政务公开。\n" +
         dated;
}

const std::string kHierarchy = R"(
bodies:
  - organisation: 北山市
  - organisation: 东区人民政府
    parent: 北山市
)";

TEST_CASE("missing: a body of the hierarchy without a report for a year of the run") {
  std::string hierarchy = R"(
bodies:
  - organisation: 北山市
# expect: t/missing:19 {"organisation":"东区人民政府","year":2023,"nearest":null}
  - organisation: 东区人民政府
    parent: 北山市
)";
  CHECK_CORPUS_FIXTURE(Pack("missing"), (Files{{"hierarchy.yaml", hierarchy},
                                               {"a.txt", Report("北山市人民政府", 2023)}}));
  // The body's report in another width and script is its report.
  CHECK_CORPUS_FIXTURE(Pack("missing"), (Files{{"hierarchy.yaml", kHierarchy},
                                               {"a.txt", Report("北山市", 2023)},
                                               {"b.txt", Report("東區政府", 2023)}}));
  // Only the years asked for.
  std::string only_2022 = R"(
bodies:
# expect: t/missing {"organisation":"北山市","year":2022,"nearest":null}
  - organisation: 北山市
# expect: t/missing {"organisation":"东区人民政府","year":2022,"nearest":null}
  - organisation: 东区人民政府
    parent: 北山市
)";
  CHECK_CORPUS_FIXTURE(Pack("missing", "    years: [2022]\n"),
                       (Files{{"hierarchy.yaml", only_2022}, {"a.txt", Report("北山市", 2023)}}));
}

TEST_CASE("missing: the closest unclaimed organisation is named; an unplaceable file stops it") {
  std::string hierarchy = R"(
bodies:
  - organisation: 北山市
# expect: t/missing {"organisation":"东区人民政府","year":2023,"nearest":"东城区"}
  - organisation: 东区人民政府
    parent: 北山市
)";
  CHECK_CORPUS_FIXTURE(Pack("missing"), (Files{{"hierarchy.yaml", hierarchy},
                                               {"a.txt", Report("北山市", 2023)},
                                               {"b.txt", Report("东城区", 2023)}}));
  // A report with no title may be the one that seems missing: nothing is said.
  CHECK_CORPUS_FIXTURE(Pack("missing") + Rule("unidentified"),
                       (Files{{"hierarchy.yaml", kHierarchy},
                              {"a.txt", Report("北山市", 2023)},
                              {"b.txt", "# expect: t/unidentified:1 {\"organisation\":null,\"year\":null}\n一、总体情况\n本机关推进政务公开。\n"}}));
}

TEST_CASE("missing: a report of no known body keeps only its own year from being judged") {
  std::string hierarchy = R"(
bodies:
  - organisation: 北山市
# expect: t/missing {"organisation":"东区人民政府","year":2023,"nearest":null}
  - organisation: 东区人民政府
    parent: 北山市
)";
  // 2022 has a report of unknown body (it may be 东区's); 2023 has none.
  CHECK_CORPUS_FIXTURE(
      Pack("missing") + Rule("unidentified"),
      (Files{{"hierarchy.yaml", hierarchy},
             {"a.txt", Report("北山市", 2022)},
             {"b.txt", Report("北山市", 2023)},
             {"c.txt", "# expect: t/unidentified:1 {\"organisation\":null,\"year\":2022}\n" +
                           Report("", 2022)}}));
}

TEST_CASE("unlisted: a report of a body the hierarchy does not list") {
  CHECK_CORPUS_FIXTURE(
      Pack("unlisted"),
      (Files{{"hierarchy.yaml", kHierarchy},
             {"a.txt", Report("北山市", 2023)},
             {"b.txt", "# expect: t/unlisted:1\n" + Report("南区", 2023)}}));
  // Without a hierarchy there is nothing to be unlisted from.
  CHECK_CORPUS_FIXTURE(Pack("unlisted"), (Files{{"b.txt", Report("南区", 2023)}}));
}

TEST_CASE("duplicates: the later of two reports of one body and year, naming the first") {
  CHECK_CORPUS_FIXTURE(
      Pack("duplicates"),
      (Files{{"a.txt", Report("北山市人民政府", 2023)},
             {"b.txt", "# expect: t/duplicates:1\n" + Report("北山市政府", 2023)},
             {"c.txt", Report("北山市", 2022)},
             {"d.txt", Report("东区", 2023)},
             // Offices and departments of the city are bodies of their own.
             {"e.txt", Report("北山市人民政府办公室", 2023)},
             {"f.txt", Report("北山市教育局", 2023)},
             // A title naming only a level ("市政府") names no body: never a duplicate.
             {"g.txt", Report("市政府", 2023)},
             {"h.txt", Report("市人民政府", 2023)}}));
}

TEST_CASE("late: the per-body list of reports dated after the deadline") {
  std::string hierarchy = R"(
bodies:
  - organisation: 北山市
# expect: t/late
  - organisation: 东区人民政府
    parent: 北山市
)";
  // 北山市 is on time (the deadline day itself), 东区 two days late.
  CHECK_CORPUS_FIXTURE(Pack("late"), (Files{{"hierarchy.yaml", hierarchy},
                                            {"a.txt", Report("北山市", 2023, "2024年3月31日\n")},
                                            {"b.txt", Report("东区", 2023, "2024年4月2日\n")}}));
  // A province's own deadline.
  CHECK_CORPUS_FIXTURE(Pack("late", "    deadline: \"04-05\"\n"),
                       (Files{{"hierarchy.yaml", kHierarchy},
                              {"b.txt", Report("东区", 2023, "2024年4月2日\n")}}));
}

}  // namespace
}  // namespace reportlint
