// The configuration file, .reportlint.yaml: which packs, per-rule severities
// and disables, settings for path globs, and the run's exit policy. Plain
// structs; every default is here, with one comment per field.
#ifndef REPORTLINT_CONFIG_CONFIG_H_
#define REPORTLINT_CONFIG_CONFIG_H_

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "reportlint/checker.h"
#include "reportlint/error.h"

namespace reportlint {

// Where a rule id was written in the configuration, to report an id that no
// loaded pack defines at its file:line:col.
struct RuleReference {
  std::string id;
  Error at;  // file, line, column; message unused
};

// Settings for the files matching `files` (globs relative to the config's folder).
struct PathOverride {
  std::vector<std::string> files;
  RuleSettings rules;
};

struct Config {
  std::string file;  // the .reportlint.yaml read; "" for the defaults
  std::string dir;   // absolute folder that globs and pack paths are relative to

  // Packs. `packs:` absent: every built-in pack.
  bool packs_given = false;                // whether `packs:` was written
  std::vector<std::string> packs;          // as written
  std::vector<std::string> builtin_packs;  // the entries that name built-in packs
  std::vector<std::string> pack_dirs;      // the others, as absolute folders

  RuleSettings rules;                   // `rules:` id -> off | error | warning | info
  std::vector<PathOverride> overrides;  // later entries win
  std::vector<std::string> exclude;     // globs of files that directory walks skip

  // Run settings (command-line flags win over them).
  std::optional<std::string> fail_on;   // error | warning | info | never
  std::optional<int> max_warnings;      // more warnings than this fail the run
  std::optional<std::string> lang;      // zh | en
  std::optional<std::string> baseline;  // absolute path of a baseline file
  std::optional<std::string> hierarchy;  // absolute path of a hierarchy file

  std::vector<RuleReference> rule_refs;  // every rule id named, for validation

  // The settings of the overrides whose globs match `path` (merged in order).
  RuleSettings RulesFor(const std::string& path) const;
  // Whether `path` matches an `exclude` glob.
  bool Excludes(const std::string& path) const;
  // `path` relative to dir, '/'-separated ("" when outside it).
  std::string Relative(const std::string& path) const;
};

// Reads and validates `path`. Unknown keys and bad values are Errors with
// file:line:col; returns nullptr when there is any.
std::unique_ptr<Config> LoadConfig(const std::string& path, std::vector<Error>* errors);
// The same for the file's `text`, already read (the configuration fuzzer's
// way in); `path` still names the file and the folder paths are relative to.
std::unique_ptr<Config> LoadConfigText(const std::string& path, const std::string& text,
                                       std::vector<Error>* errors);

// The defaults, as if an empty file had been found in `dir`.
std::unique_ptr<Config> DefaultConfig(const std::string& dir);

// The file name looked for.
inline constexpr const char* kConfigFileName = ".reportlint.yaml";

// The closest .reportlint.yaml in `dir` or a parent folder; "" when none.
std::string FindConfigFile(const std::string& dir);

}  // namespace reportlint

#endif  // REPORTLINT_CONFIG_CONFIG_H_
