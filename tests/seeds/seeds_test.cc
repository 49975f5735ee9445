// Acceptance test on the real reports in ../shared/seeds: every `expect` entry of
// expected.yaml is found, no `clean` one is flagged, and nothing else is reported
// beyond the debatable `may` entries (matching: tests/corpus/corpus_match.h).
#include <doctest/doctest.h>

#include <filesystem>

#include "reportlint/checker.h"
#include "tests/corpus/corpus_score.h"

namespace reportlint::testing {

TEST_CASE("seeds: expected findings are found, clean ones are not flagged") {
  std::filesystem::path dir =
      std::filesystem::path(REPORTLINT_SOURCE_DIR) / ".." / "shared" / "seeds";
  if (!std::filesystem::exists(dir / "expected.yaml")) {
    MESSAGE("../shared/seeds not present; skipping the seeds acceptance test");
    return;
  }
  std::vector<Error> errors;
  auto checker = Checker::Create(Options{}, &errors);
  REQUIRE(checker);
  corpus::CorpusScore score;
  Error error;
  REQUIRE_MESSAGE(corpus::ScoreCorpus(*checker, dir, &score, &error), error.ToString());
  for (const std::string& e : score.errors) FAIL_CHECK("cannot check " << e);
  for (const corpus::Miss& m : score.misses) {
    FAIL_CHECK(m.file << ": expected finding not reported: " << m.entry);
  }
  for (const corpus::FalseAlarm& f : score.false_alarms) {
    FAIL_CHECK(f.file << ": clean entry flagged: " << f.entry << " by " << f.finding);
  }
  for (const std::string& u : score.unannotated) {
    FAIL_CHECK("reported beyond the file's 'may' entries: " << u);
  }
  MESSAGE(score.Total().found << " expected findings found");
}

}  // namespace reportlint::testing
