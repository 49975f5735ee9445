#include "checker/util/param_reader.h"

#include <algorithm>

#include "checker/util/did_you_mean.h"

namespace reportlint {

Error ErrorAt(const std::string& file, const YAML::Node& node, const std::string& message) {
  YAML::Mark mark = node.Mark();
  if (mark.line < 0) return Error{file, 0, 0, message};
  return Error{file, mark.line + 1, mark.column + 1, message};
}

int CharacterColumn(std::string_view content, int line_number, int byte_column) {
  if (line_number < 1 || byte_column < 1) return byte_column;
  size_t start = 0;
  for (int l = 1; l < line_number && start != std::string_view::npos; ++l) {
    start = content.find('\n', start);
    if (start != std::string_view::npos) ++start;
  }
  if (start == std::string_view::npos) return byte_column;
  std::string_view line = content.substr(start);
  line = line.substr(0, std::min(line.find('\n'), static_cast<size_t>(byte_column - 1)));
  int characters = 0;
  for (char c : line) characters += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return characters + 1;
}

CharacterColumns::~CharacterColumns() {
  for (size_t i = from_; i < errors_->size(); ++i) {
    Error& e = (*errors_)[i];
    if (e.file == path_) e.column = CharacterColumn(content_, e.line, e.column);
  }
}

ParamReader::ParamReader(YAML::Node map, std::string file, std::vector<Error>* errors)
    : map_(std::move(map)), file_(std::move(file)), errors_(errors) {
  if (!map_.IsMap()) FailAt(map_, "expected a mapping of keys to values");
}

YAML::Node ParamReader::Get(const std::string& key) {
  if (std::find(asked_.begin(), asked_.end(), key) == asked_.end()) asked_.push_back(key);
  if (!map_.IsMap()) return YAML::Node();
  const YAML::Node& map = map_;  // const access never inserts the key
  return map[key];
}

bool ParamReader::Has(const std::string& key) {
  YAML::Node n = Get(key);
  return n.IsDefined() && !n.IsNull();
}

void ParamReader::FailAt(const YAML::Node& node, const std::string& message) {
  errors_->push_back(ErrorAt(file_, node.IsDefined() ? node : map_, message));
}

void ParamReader::Fail(const std::string& key, const std::string& message) {
  const YAML::Node& map = map_;
  YAML::Node n = map.IsMap() ? map[key] : YAML::Node();
  FailAt(n.IsDefined() ? n : map_, message);
}

void ParamReader::Require(const std::string& key) {
  if (!Has(key)) FailAt(map_, "missing required key '" + key + "'");
}

std::string ParamReader::String(const std::string& key, const std::string& fallback) {
  YAML::Node n = Get(key);
  if (!n.IsDefined() || n.IsNull()) return fallback;
  if (!n.IsScalar()) {
    FailAt(n, "'" + key + "' must be a string");
    return fallback;
  }
  return n.Scalar();
}

std::string ParamReader::Choice(const std::string& key, const std::vector<std::string>& choices,
                                const std::string& fallback) {
  if (!Has(key)) return fallback;
  std::string v = String(key, fallback);
  if (std::find(choices.begin(), choices.end(), v) != choices.end()) return v;
  std::string list;
  for (const auto& c : choices) list += (list.empty() ? "" : ", ") + c;
  std::string msg = "'" + key + "' must be one of " + list + ", not '" + v + "'";
  std::string near = ClosestMatch(v, choices);
  if (!near.empty()) msg += " (did you mean '" + near + "'?)";
  Fail(key, msg);
  return fallback;
}

bool ParamReader::Bool(const std::string& key, bool fallback) {
  YAML::Node n = Get(key);
  if (!n.IsDefined() || n.IsNull()) return fallback;
  bool v = fallback;
  if (!n.IsScalar() || !YAML::convert<bool>::decode(n, v)) {
    FailAt(n, "'" + key + "' must be true or false");
  }
  return v;
}

int ParamReader::Int(const std::string& key, int fallback, int min, int max) {
  YAML::Node n = Get(key);
  if (!n.IsDefined() || n.IsNull()) return fallback;
  int v = fallback;
  if (!n.IsScalar() || !YAML::convert<int>::decode(n, v)) {
    FailAt(n, "'" + key + "' must be a whole number");
    return fallback;
  }
  if (v < min || v > max) {
    FailAt(n, "'" + key + "' must be between " + std::to_string(min) + " and " +
                  std::to_string(max));
    return fallback;
  }
  return v;
}

std::vector<std::string> ParamReader::StringList(const std::string& key) {
  YAML::Node n = Get(key);
  std::vector<std::string> out;
  if (!n.IsDefined() || n.IsNull()) return out;
  if (n.IsScalar()) return {n.Scalar()};
  if (!n.IsSequence()) {
    FailAt(n, "'" + key + "' must be a string or a list of strings");
    return out;
  }
  for (const YAML::Node& item : n) {
    if (!item.IsScalar()) {
      FailAt(item, "each entry of '" + key + "' must be a string");
      continue;
    }
    out.push_back(item.Scalar());
  }
  return out;
}

std::shared_ptr<const Regex> ParamReader::CompileAt(const YAML::Node& node) {
  std::string error;
  size_t offset = 0;
  auto re = Regex::Compile(node.Scalar(), &error, &offset);
  if (!re) {
    FailAt(node, "invalid regular expression '" + node.Scalar() + "': " + error +
                     " at character " + std::to_string(offset + 1));
  }
  return re;
}

std::shared_ptr<const Regex> ParamReader::Pattern(const std::string& key) {
  YAML::Node n = Get(key);
  if (!n.IsDefined() || n.IsNull()) return nullptr;
  if (!n.IsScalar()) {
    FailAt(n, "'" + key + "' must be a regular expression string");
    return nullptr;
  }
  return CompileAt(n);
}

std::vector<std::shared_ptr<const Regex>> ParamReader::PatternList(const std::string& key) {
  YAML::Node n = Get(key);
  std::vector<std::shared_ptr<const Regex>> out;
  if (!n.IsDefined() || n.IsNull()) return out;
  if (n.IsScalar()) {
    if (auto re = CompileAt(n)) out.push_back(re);
    return out;
  }
  if (!n.IsSequence()) {
    FailAt(n, "'" + key + "' must be a pattern or a list of patterns");
    return out;
  }
  for (const YAML::Node& item : n) {
    if (!item.IsScalar()) {
      FailAt(item, "each entry of '" + key + "' must be a pattern string");
    } else if (auto re = CompileAt(item)) {
      out.push_back(re);
    }
  }
  return out;
}

std::vector<ParamReader> ParamReader::MapList(const std::string& key) {
  YAML::Node n = Get(key);
  std::vector<ParamReader> out;
  if (!n.IsDefined() || n.IsNull()) return out;
  if (!n.IsSequence()) {
    FailAt(n, "'" + key + "' must be a list");
    return out;
  }
  for (const YAML::Node& item : n) out.emplace_back(item, file_, errors_);
  return out;
}

std::optional<ParamReader> ParamReader::Map(const std::string& key) {
  YAML::Node n = Get(key);
  if (!n.IsDefined() || n.IsNull()) return std::nullopt;
  return ParamReader(n, file_, errors_);
}

void ParamReader::CheckUnknownKeys() {
  if (!map_.IsMap()) return;
  for (const auto& kv : map_) {
    std::string key = kv.first.Scalar();
    if (std::find(asked_.begin(), asked_.end(), key) != asked_.end()) continue;
    std::string msg = "unknown key '" + key + "'";
    std::string near = ClosestMatch(key, asked_);
    if (!near.empty()) msg += " (did you mean '" + near + "'?)";
    errors_->push_back(ErrorAt(file_, kv.first, msg));
  }
}

}  // namespace reportlint
