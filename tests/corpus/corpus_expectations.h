// The hand-made expectations of a folder of real reports (expected.yaml, the format
// of ../shared/seeds and ../shared/corpus/excerpts), read into plain structs.
#ifndef REPORTLINT_TESTS_CORPUS_CORPUS_EXPECTATIONS_H_
#define REPORTLINT_TESTS_CORPUS_CORPUS_EXPECTATIONS_H_

#include <optional>
#include <string>
#include <vector>

#include "reportlint/error.h"

namespace YAML {
class Node;
}

namespace reportlint::corpus {

// One `expect`, `clean` or `may` entry. Only the fields the scoring reads are
// kept, plus the entry as written for reports.
struct Entry {
  std::string kind;
  std::optional<int> line;
  // `stated` (one number or a list): each as a number and as Python's str()
  // of the number, which is what a message is searched for.
  std::vector<double> stated;
  std::vector<std::string> stated_text;
  std::vector<double> stated_percent;  // read on `clean` entries only
  std::optional<std::string> missing;  // a required content, e.g. 依申请公开
  std::optional<std::vector<std::string>> missing_not;
  std::string as_written;  // the entry in YAML flow style
};

struct CaseExpectations {
  std::string file;        // e.g. "e007.txt", relative to the folder
  bool truncated = false;  // the excerpt ends before the report does
  std::vector<Entry> expect, clean, may;
};

// One entry as written in expected.yaml, e.g. {kind: sum, line: 9, stated: 58}.
Entry ParseEntry(const YAML::Node& node);

// The cases of `expected_yaml`, sorted by file name. On a malformed file
// returns false with *error set.
bool LoadExpectations(const std::string& expected_yaml, std::vector<CaseExpectations>* cases,
                      Error* error);

}  // namespace reportlint::corpus

#endif  // REPORTLINT_TESTS_CORPUS_CORPUS_EXPECTATIONS_H_
