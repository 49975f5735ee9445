// Runs the checker on each file of a corpus folder and scores its findings against
// expected.yaml with the matching rules of corpus_match.
#include "tests/corpus/corpus_score.h"

#include <set>

#include "tests/corpus/corpus_match.h"

namespace reportlint::corpus {
namespace {

std::string Describe(const Finding& f) {
  return std::to_string(f.begin.line) + ":" + std::to_string(f.begin.column) + " " + f.rule_id +
         " " + f.message;
}

bool AnswersAny(const std::vector<Entry>& expects, const Finding& f) {
  for (const Entry& e : expects) {
    if (Answers(e, f)) return true;
  }
  return false;
}

void ScoreFile(const CaseExpectations& c, std::vector<Finding> findings, CorpusScore* score) {
  if (c.truncated) std::erase_if(findings, [](const Finding& f) { return !JudgedOnTruncated(f); });
  std::set<std::string> answering_rules;
  for (const Entry& e : c.expect) {
    KindScore& k = score->by_kind[e.kind];
    ++k.expects;
    bool hit = false;
    for (const Finding& f : findings) {
      if (Answers(e, f)) {
        hit = true;
        answering_rules.insert(f.rule_id);
      }
    }
    if (hit) {
      ++k.found;
    } else {
      score->misses.push_back({c.file, e.as_written});
    }
  }
  for (const Entry& e : c.clean) {
    KindScore& k = score->by_kind[e.kind];
    ++k.cleans;
    for (const Finding& f : findings) {
      if (Flags(e, f) && !AnswersAny(c.expect, f)) {
        ++k.false_alarms;
        score->false_alarms.push_back({c.file, e.as_written, Describe(f)});
        break;
      }
    }
  }
  // Another instance of an expected problem is no surprise: expected.yaml
  // describes "five on this line, one more on line 35" as one entry.
  std::map<std::string, std::vector<const Finding*>> others;
  for (const Finding& f : findings) {
    if (!answering_rules.count(f.rule_id) && !AnswersAny(c.expect, f)) others[f.kind].push_back(&f);
  }
  for (const auto& [kind, list] : others) {
    int may = 0;
    for (const Entry& e : c.may) may += e.kind == kind;
    if (static_cast<int>(list.size()) <= may) continue;
    score->by_kind[kind].unannotated += static_cast<int>(list.size()) - may;
    for (const Finding* f : list) score->unannotated.push_back(c.file + " " + Describe(*f));
  }
}

}  // namespace

const std::vector<std::string>& ScoredKinds() {
  static const std::vector<std::string> kKinds = {"sections", "period", "pattern",
                                                  "sum",      "ratio",  "table"};
  return kKinds;
}

KindScore CorpusScore::Total() const {
  KindScore t;
  for (const auto& [kind, k] : by_kind) {
    t.expects += k.expects;
    t.found += k.found;
    t.cleans += k.cleans;
    t.false_alarms += k.false_alarms;
    t.unannotated += k.unannotated;
  }
  return t;
}

bool ScoreCorpus(const Checker& checker, const std::filesystem::path& dir, CorpusScore* score,
                 Error* error) {
  std::vector<CaseExpectations> cases;
  if (!LoadExpectations((dir / "expected.yaml").string(), &cases, error)) return false;
  score->name = dir.filename().string();
  if (score->name.empty() || score->name == ".")
    score->name = dir.parent_path().filename().string();
  score->files = static_cast<int>(cases.size());
  for (const std::string& kind : ScoredKinds()) score->by_kind[kind];
  for (const CaseExpectations& c : cases) {
    std::filesystem::path path = dir / c.file;
    if (!std::filesystem::exists(path)) continue;
    Result result = checker.Check(path.string());
    if (result.error) {
      score->errors.push_back(c.file + ": " + result.error->ToString());
      continue;
    }
    ScoreFile(c, std::move(result.findings), score);
  }
  return true;
}

std::string ReferenceLine(const CorpusScore& score) {
  KindScore t = score.Total();
  return "recall " + std::to_string(t.found) + "/" + std::to_string(t.expects) + " fp " +
         std::to_string(t.false_alarms) + " clean " + std::to_string(t.cleans) + " files " +
         std::to_string(score.files) + " errors " + std::to_string(score.errors.size());
}

}  // namespace reportlint::corpus
