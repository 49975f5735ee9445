// Strict, typed access to a YAML mapping from a rule pack. Every problem becomes an
// Error at the offending node's file:line:col; keys nobody asked for are errors too.
#ifndef REPORTLINT_UTIL_PARAM_READER_H_
#define REPORTLINT_UTIL_PARAM_READER_H_

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "checker/util/regex.h"
#include "reportlint/error.h"

namespace reportlint {

class ParamReader {
 public:
  // `map` must outlive the reader. Errors are appended to *errors.
  ParamReader(YAML::Node map, std::string file, std::vector<Error>* errors);

  bool Has(const std::string& key);
  std::string String(const std::string& key, const std::string& fallback = "");
  // One of `choices`; anything else is an error naming them.
  std::string Choice(const std::string& key, const std::vector<std::string>& choices,
                     const std::string& fallback);
  bool Bool(const std::string& key, bool fallback);
  int Int(const std::string& key, int fallback, int min, int max);
  // A scalar or a sequence of scalars.
  std::vector<std::string> StringList(const std::string& key);
  std::shared_ptr<const Regex> Pattern(const std::string& key);
  // Each element compiled; a bad one is an error at its own position.
  std::vector<std::shared_ptr<const Regex>> PatternList(const std::string& key);
  // Readers for a sequence of mappings (e.g. the required sections).
  std::vector<ParamReader> MapList(const std::string& key);
  // A nested mapping; an empty reader when absent.
  std::optional<ParamReader> Map(const std::string& key);

  // An error at `key`'s value (or at the mapping when the key is absent).
  void Fail(const std::string& key, const std::string& message);
  void FailAt(const YAML::Node& node, const std::string& message);
  void Require(const std::string& key);

  // Reports every key of the mapping that no getter asked for, with the
  // closest asked-for key as a suggestion. Call after all getters.
  void CheckUnknownKeys();

  // Whether a getter has asked for `key` (whether or not it is there).
  bool Asked(const std::string& key) const {
    return std::find(asked_.begin(), asked_.end(), key) != asked_.end();
  }

  const YAML::Node& node() const { return map_; }
  const std::string& file() const { return file_; }
  size_t error_count() const { return errors_->size(); }

 private:
  YAML::Node Get(const std::string& key);
  std::shared_ptr<const Regex> CompileAt(const YAML::Node& node);

  YAML::Node map_;
  std::string file_;
  std::vector<Error>* errors_;
  std::vector<std::string> asked_;
};

// The position of a YAML node as an Error location (1-based). yaml-cpp counts
// columns in bytes; CharacterColumns below turns them into characters.
Error ErrorAt(const std::string& file, const YAML::Node& node, const std::string& message);

// The 1-based character column of 1-based byte column `byte_column` on line
// `line` of `content` (UTF-8); `byte_column` itself when the line is not there.
int CharacterColumn(std::string_view content, int line, int byte_column);

// While in scope, collects the errors appended to *errors; when it ends, turns
// the byte columns of those that point into `path` into character columns (as
// Location promises), reading the lines of `content`. `content` must outlive it.
class CharacterColumns {
 public:
  CharacterColumns(std::string path, std::string_view content, std::vector<Error>* errors)
      : path_(std::move(path)), content_(content), errors_(errors), from_(errors->size()) {}
  ~CharacterColumns();
  CharacterColumns(const CharacterColumns&) = delete;
  CharacterColumns& operator=(const CharacterColumns&) = delete;

 private:
  std::string path_;
  std::string_view content_;
  std::vector<Error>* errors_;
  size_t from_;
};

}  // namespace reportlint

#endif  // REPORTLINT_UTIL_PARAM_READER_H_
