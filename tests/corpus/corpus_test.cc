// The corpus test: the built-in packs on the real reports of ../shared (seeds and
// excerpts) against their expected.yaml, failing below the floors of floors.yaml.
// Prints the per-kind table and every miss and false alarm (ctest -R corpus -V).
#include <doctest/doctest.h>
#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <iostream>

#include "reportlint/checker.h"
#include "tests/corpus/corpus_report.h"
#include "tests/corpus/corpus_score.h"

namespace reportlint::testing {
namespace {

const std::filesystem::path kSourceDir = REPORTLINT_SOURCE_DIR;
const std::filesystem::path kFloorsFile = kSourceDir / "tests" / "corpus" / "floors.yaml";

// Says so when a floor can be raised: the point of floors is to hold gains.
void HintIfAbove(const std::string& corpus, const char* key, int measured, int floor,
                 bool higher_is_better) {
  if (higher_is_better ? measured > floor : measured < floor) {
    std::cout << "hint: " << corpus << " " << key << " is " << measured << ", floor " << floor
              << ": set `" << key << ": " << measured << "` in tests/corpus/floors.yaml\n";
  }
}

}  // namespace

TEST_CASE("corpus: the real reports score at least their floors") {
  YAML::Node floors = YAML::LoadFile(kFloorsFile.string());
  std::vector<Error> errors;
  auto checker = Checker::Create(Options{}, &errors);
  REQUIRE(checker);
  for (const YAML::Node& floor : floors) {
    std::filesystem::path dir = kSourceDir / floor["dir"].as<std::string>();
    if (!std::filesystem::exists(dir / "expected.yaml")) {
      MESSAGE(dir.string() << " not present; skipped");
      continue;
    }
    corpus::CorpusScore score;
    Error error;
    REQUIRE_MESSAGE(corpus::ScoreCorpus(*checker, dir, &score, &error), error.ToString());
    std::cout << "\n"
              << corpus::MarkdownTable({score}) << corpus::Details(score) << score.name << ": "
              << corpus::ReferenceLine(score) << "\n";
    corpus::KindScore total = score.Total();
    CHECK_MESSAGE(score.errors.empty(), score.name << ": files that could not be checked");
    int found = floor["found"].as<int>();
    int false_alarms = floor["false_alarms"].as<int>();
    CHECK_MESSAGE(total.found >= found,
                  score.name << ": " << total.found << " expect entries found, floor " << found);
    CHECK_MESSAGE(total.false_alarms <= false_alarms, score.name << ": " << total.false_alarms
                                                                 << " clean entries flagged, floor "
                                                                 << false_alarms);
    HintIfAbove(score.name, "found", total.found, found, true);
    HintIfAbove(score.name, "false_alarms", total.false_alarms, false_alarms, false);
    if (floor["unannotated"]) {
      int unannotated = floor["unannotated"].as<int>();
      CHECK_MESSAGE(total.unannotated <= unannotated, score.name << ": " << total.unannotated
                                                                 << " unannotated findings, floor "
                                                                 << unannotated);
      HintIfAbove(score.name, "unannotated", total.unannotated, unannotated, false);
    }
  }
}

}  // namespace reportlint::testing
