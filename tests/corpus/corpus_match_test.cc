// The corpus scorer's matching rules on constructed findings and entries, and the
// scoring of a small folder: the semantics of ../shared/tools/score_corpus.py.
#include "tests/corpus/corpus_match.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

#include "tests/corpus/corpus_report.h"
#include "tests/corpus/corpus_score.h"
#include "tests/temp_dir.h"

namespace reportlint::corpus {
namespace {

Entry E(const std::string& flow_yaml) { return ParseEntry(YAML::Load(flow_yaml)); }

Finding F(const std::string& kind, int line, int end_line, nlohmann::ordered_json evidence,
          const std::string& message = "") {
  Finding f;
  f.kind = kind;
  f.rule_id = "t/" + kind;
  f.begin.line = line;
  f.end.line = end_line;
  f.evidence_json = evidence.dump();
  f.message = message;
  return f;
}

TEST_CASE(
    "corpus match: an expect entry is answered by kind, line, stated numbers and missing "
    "contents") {
  Entry on_line = E("{kind: period, line: 6}");
  CHECK(Answers(on_line, F("period", 5, 7, {})));
  CHECK_FALSE(Answers(on_line, F("period", 7, 8, {})));
  CHECK_FALSE(Answers(on_line, F("sum", 6, 6, {})));

  // With numbers the line is not compared: the numbers place the finding.
  Entry stated = E("{kind: sum, line: 56, stated: 100738}");
  CHECK(Answers(stated, F("sum", 12, 12, {{"stated", 100738}})));
  CHECK(Answers(stated, F("sum", 56, 56, {{"total", "100738"}})));
  CHECK(Answers(stated, F("sum", 56, 56, {{"stated", 1}}, "合计100738余条")));
  CHECK_FALSE(Answers(stated, F("sum", 56, 56, {{"stated", 121834}, {"computed", 100738}})));

  // A message is searched for Python's str() of the number: 100.0, not 100.
  CHECK(Answers(E("{kind: ratio, stated: 8.04}"), F("ratio", 1, 1, {}, "合计8.04万亩")));
  CHECK_FALSE(Answers(E("{kind: ratio, stated: 100.0}"), F("ratio", 1, 1, {}, "共100条")));

  Entry missing = E("{kind: sections, line: 3, missing: 依申请公开}");
  CHECK(Answers(missing, F("sections", 1, 1, {{"missing", "依申請公開"}})));
  CHECK_FALSE(Answers(missing, F("sections", 3, 3, {{"missing", "收费及减免"}})));
}

TEST_CASE(
    "corpus match: a clean entry is flagged on its line, by its numbers, or by a content called "
    "missing") {
  Entry clean = E("{kind: sum, line: 3}");
  CHECK(Flags(clean, F("sum", 2, 4, {})));
  CHECK_FALSE(Flags(clean, F("sum", 4, 4, {})));
  CHECK_FALSE(Flags(clean, F("ratio", 3, 3, {})));
  CHECK_FALSE(Flags(E("{kind: sum, note: no line}"), F("sum", 3, 3, {})));

  Entry stated = E("{kind: sum, line: 3, stated: 10220, parts: [4792, 5403]}");
  CHECK(Flags(stated, F("sum", 3, 3, {{"stated", 10220}})));
  CHECK_FALSE(Flags(stated, F("sum", 3, 3, {{"stated", 345}}, "合计10220条")));

  Entry percent = E("{kind: ratio, line: 4, stated_percent: [83, 14.9]}");
  CHECK(Flags(percent, F("ratio", 4, 4, {{"stated_percent", 14.9}})));
  CHECK_FALSE(Flags(percent, F("ratio", 4, 4, {{"stated_percent", 61}})));

  Entry present = E("{kind: sections, missing_not: [主动公开, 复议诉讼]}");
  CHECK(Flags(present, F("sections", 1, 1, {{"missing", "因政府信息公开申请行政复议"}})));
  CHECK_FALSE(Flags(present, F("sections", 1, 1, {{"missing", "收费及减免"}})));
  CHECK_FALSE(Flags(present, F("sections", 1, 1, {{"declared", 6}})));
}

TEST_CASE(
    "corpus match: on a truncated excerpt only a declaration at odds with its own list is judged") {
  CHECK(JudgedOnTruncated(F("sections", 1, 1, {{"declared", 7}, {"listed", 8}, {"found", 1}})));
  CHECK_FALSE(
      JudgedOnTruncated(F("sections", 1, 1, {{"declared", 7}, {"listed", 7}, {"found", 1}})));
  CHECK_FALSE(JudgedOnTruncated(F("sections", 1, 1, {{"missing", "收费及减免"}})));
  CHECK(JudgedOnTruncated(F("sum", 1, 1, {})));
}

TEST_CASE("corpus score: a folder's figures per kind, its misses and false alarms") {
  testing::TempDir dir;
  dir.Write("a.txt",
            "北山县2016年政府信息公开工作年度报告\n"
            "本报告所列数据的统计期限自2016年1月1日起至2016年12月31日止。\n"
            "全年共受理申请1000件，其中网上申请601件，信函申请300件，当面申请90件。\n"
            "主动公开信息8335条。其中，县直各单位6213条，占74.5%；各乡镇2122条，占25.5%。\n");
  dir.Write("expected.yaml",
            "a.txt:\n"
            "  truncated: true\n"
            "  expect:\n"
            "    - {kind: sum, line: 3, stated: 1000}\n"
            "    - {kind: ratio, line: 4, note: not wrong so missed}\n"
            "  clean:\n"
            "    - {kind: sum, line: 3, note: answers the expect so no false alarm}\n"
            "    - {kind: period, line: 2}\n"
            "    - {kind: ratio, line: 4}\n"
            "b.txt:\n"
            "  expect:\n"
            "    - {kind: period, note: the file is absent so not counted}\n");
  std::vector<Error> errors;
  auto checker = Checker::Create(Options{}, &errors);
  REQUIRE(checker);
  CorpusScore score;
  Error error;
  REQUIRE(ScoreCorpus(*checker, dir.path(), &score, &error));
  CHECK(ReferenceLine(score) == "recall 1/2 fp 0 clean 3 files 2 errors 0");
  CHECK(score.by_kind["sum"].found == 1);
  CHECK(score.by_kind["ratio"].expects == 1);
  CHECK(score.by_kind["ratio"].found == 0);
  CHECK(score.by_kind["period"].cleans == 1);
  CHECK(Details(score) == "MISSED a.txt: {kind: ratio, line: 4, note: not wrong so missed}\n");
  std::string table = MarkdownTable({score});
  CHECK(table.find("| found / expect | 0/0 | 0/0 | 0/0 | 1/1 | 0/1 | 0/0 | 1/2 |") !=
        std::string::npos);
}

}  // namespace
}  // namespace reportlint::corpus
