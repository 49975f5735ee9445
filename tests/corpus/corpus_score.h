// Scores a checker on a folder of real reports with an expected.yaml: recall of the
// `expect` entries and `clean` entries flagged, per rule kind, with every miss and
// false alarm. The same figures as ../shared/tools/score_corpus.py, in-process.
#ifndef REPORTLINT_TESTS_CORPUS_CORPUS_SCORE_H_
#define REPORTLINT_TESTS_CORPUS_CORPUS_SCORE_H_

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "reportlint/checker.h"
#include "tests/corpus/corpus_expectations.h"

namespace reportlint::corpus {

// The rule kinds of the built-in packs, in the order tables show them.
const std::vector<std::string>& ScoredKinds();

struct KindScore {
  int expects = 0;       // `expect` entries
  int found = 0;         // … answered by a finding
  int cleans = 0;        // `clean` entries
  int false_alarms = 0;  // … flagged by a finding that answers no `expect`
  // Findings that answer no `expect` entry and come from no rule that answered
  // one, beyond the file's `may` entries of the kind: reported, but annotated
  // nowhere. Not in score_corpus.py; the seeds require none.
  int unannotated = 0;
};

struct Miss {
  std::string file;
  std::string entry;  // the `expect` entry as written
};

struct FalseAlarm {
  std::string file;
  std::string entry;    // the `clean` entry as written
  std::string finding;  // "line:col rule message" of the first finding that flags it
};

struct CorpusScore {
  std::string name;                 // the folder's name, e.g. "excerpts"
  int files = 0;                    // entries of expected.yaml
  std::vector<std::string> errors;  // files that could not be checked
  std::map<std::string, KindScore> by_kind;
  std::vector<Miss> misses;
  std::vector<FalseAlarm> false_alarms;
  std::vector<std::string> unannotated;  // "file line:col rule message"

  KindScore Total() const;
};

// Checks every file of `dir` that expected.yaml names (files it names but that
// are absent are skipped, as score_corpus.py does). False with *error set when
// expected.yaml cannot be read.
bool ScoreCorpus(const Checker& checker, const std::filesystem::path& dir, CorpusScore* score,
                 Error* error);

// "recall 44/50 fp 18 clean 243 files 80 errors 0": the last line score_corpus.py prints.
std::string ReferenceLine(const CorpusScore& score);

}  // namespace reportlint::corpus

#endif  // REPORTLINT_TESTS_CORPUS_CORPUS_SCORE_H_
