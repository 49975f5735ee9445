// Baselines: today's findings recorded by fingerprint, so that a later run
// reports only new ones (an office adopting reportlint on years of old reports).
#ifndef REPORTLINT_FINDINGS_BASELINE_H_
#define REPORTLINT_FINDINGS_BASELINE_H_

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "reportlint/error.h"
#include "reportlint/finding.h"

namespace reportlint {

// One recorded finding. `path` is relative to the baseline file's folder, with
// '/' separators, so the baseline works from any working directory.
struct BaselineEntry {
  std::string path;
  std::string rule;
  std::string fingerprint;
  std::string message;  // for people reading the file; not matched
};

class Baseline {
 public:
  // Reads a baseline written by Write(). nullptr and *error on failure.
  static std::unique_ptr<Baseline> Load(const std::string& file, Error* error);
  // Writes `entries` (paths as given; made relative to `file`'s folder) sorted
  // by path, rule and fingerprint. False and *error on failure.
  static bool Write(const std::string& file, std::vector<BaselineEntry> entries, Error* error);

  // `path` (as the checker names the report) relative to `baseline_file`'s folder.
  static std::string RelativeKey(const std::string& baseline_file, const std::string& path);

  // How many findings of `rule` with `fingerprint` in the report `key` the
  // baseline accepts (a finding may legitimately occur twice).
  int Allowance(const std::string& key, const std::string& rule,
                const std::string& fingerprint) const;
  const std::string& file() const { return file_; }

 private:
  std::string file_;
  std::map<std::string, int> counts_;  // "path\nrule\nfingerprint" -> occurrences
};

}  // namespace reportlint

#endif  // REPORTLINT_FINDINGS_BASELINE_H_
