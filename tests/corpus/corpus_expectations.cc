// Reads expected.yaml. Numbers are kept both as values and as the text Python's
// str() gives them, because the reference scorer searches messages for that text.
#include "tests/corpus/corpus_expectations.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <regex>

namespace reportlint::corpus {
namespace {

// str() of the number PyYAML reads from `scalar`: "58" for an int, "74.5" or
// "100.0" for a float (repr: shortest round trip, fixed between 1e-4 and 1e16).
std::string PythonStr(const std::string& scalar, double value) {
  static const std::regex kInteger("[-+]?[0-9]+");
  if (std::regex_match(scalar, kInteger)) return std::to_string(std::stoll(scalar));
  double magnitude = std::fabs(value);
  bool fixed = magnitude == 0 || (magnitude >= 1e-4 && magnitude < 1e16);
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, value,
                           fixed ? std::chars_format::fixed : std::chars_format::scientific);
  std::string s(buf, res.ptr);
  if (fixed && s.find('.') == std::string::npos) s += ".0";
  return s;
}

void ReadNumbers(const YAML::Node& node, std::vector<double>* values,
                 std::vector<std::string>* texts) {
  auto one = [&](const YAML::Node& n) {
    double v = n.as<double>();
    values->push_back(v);
    if (texts) texts->push_back(PythonStr(n.Scalar(), v));
  };
  if (node.IsSequence()) {
    for (const YAML::Node& n : node) one(n);
  } else {
    one(node);
  }
}

}  // namespace

Entry ParseEntry(const YAML::Node& node) {
  Entry e;
  e.kind = node["kind"].as<std::string>("");
  if (node["line"]) e.line = node["line"].as<int>();
  if (node["stated"]) ReadNumbers(node["stated"], &e.stated, &e.stated_text);
  if (node["stated_percent"]) ReadNumbers(node["stated_percent"], &e.stated_percent, nullptr);
  if (node["missing"]) e.missing = node["missing"].as<std::string>();
  if (node["missing_not"]) e.missing_not = node["missing_not"].as<std::vector<std::string>>();
  YAML::Node flow = YAML::Clone(node);
  flow.SetStyle(YAML::EmitterStyle::Flow);
  YAML::Emitter out;
  out << flow;
  e.as_written = out.c_str();
  return e;
}

namespace {

std::vector<Entry> ReadEntries(const YAML::Node& list) {
  std::vector<Entry> entries;
  if (!list || !list.IsSequence()) return entries;
  for (const YAML::Node& n : list) entries.push_back(ParseEntry(n));
  return entries;
}

}  // namespace

bool LoadExpectations(const std::string& expected_yaml, std::vector<CaseExpectations>* cases,
                      Error* error) {
  try {
    YAML::Node root = YAML::LoadFile(expected_yaml);
    for (const auto& file : root) {
      CaseExpectations c;
      c.file = file.first.as<std::string>();
      const YAML::Node& spec = file.second;
      c.truncated = spec["truncated"] && spec["truncated"].as<bool>();
      c.expect = ReadEntries(spec["expect"]);
      c.clean = ReadEntries(spec["clean"]);
      c.may = ReadEntries(spec["may"]);
      cases->push_back(std::move(c));
    }
  } catch (const YAML::Exception& e) {
    error->file = expected_yaml;
    error->line = e.mark.line + 1;
    error->column = e.mark.column + 1;
    error->message = e.msg;
    return false;
  }
  std::sort(cases->begin(), cases->end(),
            [](const CaseExpectations& a, const CaseExpectations& b) { return a.file < b.file; });
  return true;
}

}  // namespace reportlint::corpus
