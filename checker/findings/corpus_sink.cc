#include "checker/findings/corpus_sink.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "checker/findings/directive_findings.h"
#include "checker/findings/evidence.h"
#include "checker/findings/finding_sink.h"
#include "checker/findings/fingerprint.h"
#include "checker/util/utf.h"

namespace reportlint {
namespace {

// The evidence without where things are (keys `line`, `*_line`, `lines`, at
// any depth): what the fingerprint hashes, so that editing the other report
// above the number it names, or this one, keeps a baselined finding known.
nlohmann::ordered_json WithoutLines(const nlohmann::ordered_json& value) {
  if (value.is_array()) {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const auto& v : value) out.push_back(WithoutLines(v));
    return out;
  }
  if (!value.is_object()) return value;
  nlohmann::ordered_json out = nlohmann::ordered_json::object();
  for (const auto& [key, v] : value.items()) {
    if (key == "line" || key == "lines" || key.ends_with("_line")) continue;
    out[key] = WithoutLines(v);
  }
  return out;
}

auto SortKey(const PlacedFinding& p) {
  return std::tie(p.path, p.finding.begin.line, p.finding.begin.column, p.finding.rule_id,
                  p.finding.message);
}

}  // namespace

bool CorpusSink::Enabled(const std::string& rule_id) const {
  return ConfiguredSeverity(settings_, nullptr, rule_id, Severity::kError).has_value();
}

void CorpusSink::ForRule::Report(const CorpusReport& report, const KeptSpan& at,
                                 nlohmann::ordered_json evidence) {
  Add(report.path, at.begin, at.end(), std::move(evidence));
}

void CorpusSink::ForRule::ReportInHierarchy(const Hierarchy& hierarchy, const HierarchyBody& body,
                                            nlohmann::ordered_json evidence) {
  Location at;
  at.line = body.line;
  at.column = body.column;
  Location end = at;
  end.column += static_cast<int>(Utf8ToU32(body.name).size());
  Add(hierarchy.path(), at, end, std::move(evidence));
}

void CorpusSink::ForRule::Add(const std::string& path, const Location& begin, const Location& end,
                              nlohmann::ordered_json evidence) {
  std::optional<Severity> severity =
      ConfiguredSeverity(sink_->settings_, nullptr, rule_->id, rule_->severity);
  if (!severity) return;
  PlacedFinding p;
  p.path = path;
  Finding& f = p.finding;
  f.rule_id = rule_->id;
  f.kind = rule_->kind;
  f.severity = *severity;
  f.begin = begin;
  f.end = end;
  f.message = rule_->Message(sink_->lang_).Render(evidence, sink_->lang_ == "en" ? ", " : "、");
  f.evidence_json = EvidenceText(evidence);
  // No text is kept: the evidence (which names the other report and the
  // values), less the lines, is what stays the same when a report is edited
  // elsewhere.
  f.fingerprint = Fingerprint(f.rule_id, U"", U"", EvidenceText(WithoutLines(evidence)));
  sink_->findings_.push_back(std::move(p));
}

void CorpusSink::ApplyDirectives(const Corpus& corpus) {
  for (const auto& report : corpus.reports()) {
    if (report->directives.empty()) continue;
    std::vector<Directive> directives = report->directives;
    std::vector<Finding> here;
    std::erase_if(findings_, [&](PlacedFinding& p) {
      if (p.path != report->path) return false;
      here.push_back(std::move(p.finding));
      return true;
    });
    suppressed_ += ApplySuppressions(&directives, &here);
    // Their rule names were checked with the report; only "unused" is left.
    for (Finding& f : DirectiveFindings(directives, nullptr, lang_)) {
      std::optional<Severity> severity = ConfiguredSeverity(settings_, nullptr, f.rule_id, f.severity);
      if (!severity) continue;
      f.severity = *severity;
      f.fingerprint = Fingerprint(f.rule_id, U"", U"", f.evidence_json);
      here.push_back(std::move(f));
    }
    for (Finding& f : here) findings_.push_back({report->path, std::move(f)});
  }
}

std::vector<PlacedFinding> CorpusSink::Take(const Corpus& corpus) {
  ApplyDirectives(corpus);
  std::stable_sort(findings_.begin(), findings_.end(),
                   [](const PlacedFinding& x, const PlacedFinding& y) {
                     return SortKey(x) < SortKey(y);
                   });
  findings_.erase(std::unique(findings_.begin(), findings_.end(),
                              [](const PlacedFinding& x, const PlacedFinding& y) {
                                return SortKey(x) == SortKey(y);
                              }),
                  findings_.end());
  if (baseline_) {
    std::map<std::tuple<std::string, std::string, std::string>, int> seen;
    size_t before = findings_.size();
    std::erase_if(findings_, [&](const PlacedFinding& p) {
      int n = ++seen[{p.path, p.finding.rule_id, p.finding.fingerprint}];
      std::string key = Baseline::RelativeKey(baseline_->file(), p.path);
      return n <= baseline_->Allowance(key, p.finding.rule_id, p.finding.fingerprint);
    });
    baselined_ = static_cast<int>(before - findings_.size());
  }
  return std::move(findings_);
}

}  // namespace reportlint
