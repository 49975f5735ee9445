// Matching a finding against expectation entries, exactly as score_corpus.py does
// (its names: matches -> Answers, is_fp -> Flags, the truncated filter).
#include "tests/corpus/corpus_match.h"

#include <cmath>
#include <cstdlib>
#include <map>
#include <nlohmann/json.hpp>

namespace reportlint::corpus {
namespace {

// A required content as named in the expectations -> words any display name
// of it contains (Simplified and Traditional).
const std::map<std::string, std::vector<std::string>>& ContentKeywords() {
  static const std::map<std::string, std::vector<std::string>> kKeywords = {
      {"主动公开", {"主动公开", "主動公開"}},
      {"依申请公开", {"依申请", "依申請", "申请", "申請"}},
      {"收费及减免", {"收费", "收費", "减免", "減免"}},
      {"复议诉讼", {"复议", "複議", "復議", "诉讼", "訴訟"}},
      {"问题及改进", {"问题", "問題", "改进", "改進"}},
  };
  return kKeywords;
}

std::vector<std::string> KeywordsOf(const std::string& content) {
  auto it = ContentKeywords().find(content);
  return it == ContentKeywords().end() ? std::vector<std::string>{content} : it->second;
}

// A finding's evidence as JSON (the scorer reads it as score_corpus.py reads the
// JSON output); {} when it is not an object.
nlohmann::ordered_json Evidence(const Finding& f) {
  nlohmann::ordered_json j = nlohmann::ordered_json::parse(f.evidence_json, nullptr, false);
  return j.is_object() ? j : nlohmann::ordered_json::object();
}

// Python's float(x) of an evidence value: numbers, booleans and numeric strings.
std::optional<double> AsNumber(const nlohmann::ordered_json& v) {
  if (v.is_boolean()) return v.get<bool>() ? 1.0 : 0.0;
  if (v.is_number()) return v.get<double>();
  if (!v.is_string()) return std::nullopt;
  const std::string& s = v.get_ref<const std::string&>();
  size_t b = s.find_first_not_of(" \t\n\r"), e = s.find_last_not_of(" \t\n\r");
  if (b == std::string::npos || s.find_first_of("xX") != std::string::npos) return std::nullopt;
  std::string trimmed = s.substr(b, e - b + 1);
  char* end = nullptr;
  double d = std::strtod(trimmed.c_str(), &end);
  if (end != trimmed.c_str() + trimmed.size()) return std::nullopt;
  return d;
}

std::vector<double> FindingNumbers(const Finding& f) {
  std::vector<double> out;
  nlohmann::ordered_json evidence = Evidence(f);
  for (const char* key :
       {"stated", "total", "stated_total", "stated_percent", "declared", "value"}) {
    auto it = evidence.find(key);
    if (it == evidence.end()) continue;
    if (auto n = AsNumber(*it)) out.push_back(*n);
  }
  return out;
}

bool Close(double a, double b) { return std::fabs(a - b) <= std::max(1e-6, 1e-9 * std::fabs(b)); }

bool AnyClose(const std::vector<double>& found, const std::vector<double>& wanted) {
  for (double v : found) {
    for (double w : wanted) {
      if (Close(v, w)) return true;
    }
  }
  return false;
}

bool LineWithin(int line, const Finding& f) {
  int lo = f.begin.line, hi = std::max(f.end.line, lo);
  return lo <= line && line <= hi;
}

bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

}  // namespace

bool Answers(const Entry& expect, const Finding& f) {
  if (f.kind != expect.kind) return false;
  if (expect.line && expect.stated.empty() && !expect.missing && !LineWithin(*expect.line, f)) {
    return false;
  }
  if (!expect.stated.empty() && !AnyClose(FindingNumbers(f), expect.stated)) {
    bool printed = false;
    for (const std::string& s : expect.stated_text) printed |= Contains(f.message, s);
    if (!printed) return false;
  }
  if (expect.missing) {
    std::string blob = f.evidence_json + f.message;
    bool named = false;
    for (const std::string& w : KeywordsOf(*expect.missing)) named |= Contains(blob, w);
    if (!named) return false;
  }
  return true;
}

bool Flags(const Entry& clean, const Finding& f) {
  if (f.kind != clean.kind) return false;
  if (clean.missing_not) {
    std::string missing;
    nlohmann::ordered_json evidence = Evidence(f);
    if (auto it = evidence.find("missing"); it != evidence.end()) {
      missing = it->is_string() ? it->get<std::string>() : it->dump();
    }
    if (missing.empty()) return false;
    for (const std::string& name : *clean.missing_not) {
      for (const std::string& w : KeywordsOf(name)) {
        if (Contains(missing, w)) return true;
      }
    }
    return false;
  }
  if (!clean.line || !LineWithin(*clean.line, f)) return false;
  if (!clean.stated.empty()) return AnyClose(FindingNumbers(f), clean.stated);
  if (!clean.stated_percent.empty()) return AnyClose(FindingNumbers(f), clean.stated_percent);
  return true;
}

bool JudgedOnTruncated(const Finding& f) {
  if (f.kind != "sections") return true;
  nlohmann::ordered_json evidence = Evidence(f);
  auto declared = evidence.find("declared");
  auto listed = evidence.find("listed");
  return declared != evidence.end() && listed != evidence.end() && *listed != *declared;
}

}  // namespace reportlint::corpus
