#include "checker/corpus/corpus.h"

#include <set>

namespace reportlint {

bool CorpusReport::GovernedBy(const std::string& rule_id) const {
  for (const auto& entry : facts) {
    if (entry.first == rule_id) return true;
  }
  return false;
}

const CorpusFacts* CorpusReport::FactsOf(const std::string& rule_id) const {
  for (const auto& [id, kept] : facts) {
    if (id == rule_id) return kept.get();
  }
  return nullptr;
}

Corpus::Corpus(const std::vector<std::shared_ptr<const CorpusReport>>& reports,
               const Hierarchy* hierarchy)
    : hierarchy_(hierarchy) {
  for (const auto& r : reports) {
    if (!r || !r->year) {
      ++unreadable_or_undated_;
    } else if (r->body.empty()) {
      ++no_body_by_year_[*r->year];
    }
    if (!r) continue;
    reports_.push_back(r);
    if (!r->body.empty() && r->year) by_body_year_[{r->body, *r->year}].push_back(r.get());
  }
}

std::vector<const CorpusReport*> Corpus::Find(const std::string& body, int year) const {
  auto it = by_body_year_.find({body, year});
  return it == by_body_year_.end() ? std::vector<const CorpusReport*>{} : it->second;
}

int Corpus::UnplacedFor(int year) const {
  auto it = no_body_by_year_.find(year);
  return unreadable_or_undated_ + (it == no_body_by_year_.end() ? 0 : it->second);
}


RuleCorpus::RuleCorpus(const Corpus& corpus, const std::string& rule_id)
    : corpus_(corpus), rule_id_(rule_id) {
  for (const auto& r : corpus.reports()) {
    if (r->GovernedBy(rule_id)) reports_.push_back(r.get());
  }
}

std::vector<const CorpusReport*> RuleCorpus::Find(const std::string& body, int year) const {
  std::vector<const CorpusReport*> out = corpus_.Find(body, year);
  std::erase_if(out, [&](const CorpusReport* r) { return !r->GovernedBy(rule_id_); });
  return out;
}

const CorpusReport* RuleCorpus::Only(const std::string& body, int year) const {
  std::vector<const CorpusReport*> found = Find(body, year);
  return found.size() == 1 ? found.front() : nullptr;
}

void RuleCorpus::ForEachYearPair(
    const std::function<void(const CorpusReport& now, const CorpusReport& before)>& f) const {
  for (const CorpusReport* r : reports_) {
    if (r->body.empty() || !r->year || Only(r->body, *r->year) != r) continue;
    if (const CorpusReport* before = Only(r->body, *r->year - 1)) f(*r, *before);
  }
}

std::vector<int> RuleCorpus::Years() const {
  std::set<int> years;
  for (const CorpusReport* r : reports_) {
    if (r->year) years.insert(*r->year);
  }
  return {years.begin(), years.end()};
}

}  // namespace reportlint
