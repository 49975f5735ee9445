#include "checker/findings/finding_sink.h"

#include <algorithm>
#include <tuple>

namespace reportlint {

void FindingSink::ForRule::Report(size_t begin, size_t end, nlohmann::ordered_json evidence) {
  const Analysis& a = sink_->analysis_;
  Finding f;
  f.rule_id = rule_->id;
  f.kind = rule_->kind;
  f.severity = rule_->severity;
  size_t from = a.folded.SourceBegin(begin);
  size_t to = std::max(from, a.folded.SourceEnd(end));
  f.begin = a.document->Locate(from);
  f.end = a.document->Locate(to);
  f.message = rule_->Message(sink_->lang_).Render(evidence, sink_->lang_ == "en" ? ", " : "、");
  f.evidence = std::move(evidence);
  sink_->findings_.push_back(std::move(f));
}

std::vector<Finding> FindingSink::Take() {
  auto key = [](const Finding& f) {
    return std::tie(f.begin.line, f.begin.column, f.rule_id, f.message);
  };
  std::stable_sort(findings_.begin(), findings_.end(),
                   [&](const Finding& x, const Finding& y) { return key(x) < key(y); });
  findings_.erase(std::unique(findings_.begin(), findings_.end(),
                              [&](const Finding& x, const Finding& y) {
                                return key(x) == key(y) && x.end.line == y.end.line &&
                                       x.end.column == y.end.column;
                              }),
                  findings_.end());
  return std::move(findings_);
}

}  // namespace reportlint
