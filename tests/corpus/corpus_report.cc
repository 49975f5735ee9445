// Text renderings of CorpusScore.
#include "tests/corpus/corpus_report.h"

#include <algorithm>
#include <functional>

namespace reportlint::corpus {
namespace {

std::string Fraction(int a, int b) { return std::to_string(a) + "/" + std::to_string(b); }

// The kinds to show: the built-in ones, then any other kind the file names.
std::vector<std::string> Columns(const std::vector<CorpusScore>& scores) {
  std::vector<std::string> kinds = ScoredKinds();
  for (const CorpusScore& s : scores) {
    for (const auto& [kind, k] : s.by_kind) {
      if (std::find(kinds.begin(), kinds.end(), kind) == kinds.end()) kinds.push_back(kind);
    }
  }
  return kinds;
}

}  // namespace

std::string MarkdownTable(const std::vector<CorpusScore>& scores) {
  std::vector<std::string> kinds = Columns(scores);
  std::string out = "| corpus | measure |";
  for (const std::string& kind : kinds) out += " " + kind + " |";
  out += " total |\n|---|---|";
  for (size_t i = 0; i <= kinds.size(); ++i) out += "---|";
  out += "\n";
  using Cell = std::function<std::string(const KindScore&)>;
  const std::vector<std::pair<std::string, Cell>> rows = {
      {"found / expect", [](const KindScore& k) { return Fraction(k.found, k.expects); }},
      {"false alarms / clean",
       [](const KindScore& k) { return Fraction(k.false_alarms, k.cleans); }},
      {"unannotated findings", [](const KindScore& k) { return std::to_string(k.unannotated); }},
  };
  for (const CorpusScore& s : scores) {
    for (const auto& [label, cell] : rows) {
      out += "| " + s.name + " (" + std::to_string(s.files) + " files) | " + label + " |";
      for (const std::string& kind : kinds) {
        auto it = s.by_kind.find(kind);
        out += " " + cell(it == s.by_kind.end() ? KindScore{} : it->second) + " |";
      }
      out += " " + cell(s.Total()) + " |\n";
    }
  }
  return out;
}

std::string Details(const CorpusScore& score) {
  std::string out;
  for (const Miss& m : score.misses) out += "MISSED " + m.file + ": " + m.entry + "\n";
  for (const FalseAlarm& f : score.false_alarms) {
    out += "FALSE ALARM " + f.file + ": " + f.entry + " <- " + f.finding + "\n";
  }
  for (const std::string& u : score.unannotated) out += "UNANNOTATED " + u + "\n";
  for (const std::string& e : score.errors) out += "ERROR " + e + "\n";
  return out;
}

}  // namespace reportlint::corpus
