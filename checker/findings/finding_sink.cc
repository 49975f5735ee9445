// The finding sink: every finding of a report passes here, in this order:
// configured severity -> message and location -> fingerprint -> sort and
// de-duplicate -> inline suppressions -> directive problems -> baseline.
#include "checker/findings/finding_sink.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "checker/findings/directive_findings.h"
#include "checker/findings/evidence.h"
#include "checker/findings/fingerprint.h"
#include "checker/rules/message_template.h"

namespace reportlint {
namespace {

auto SortKey(const Finding& f) {
  return std::tie(f.begin.line, f.begin.column, f.rule_id, f.message);
}

void SortFindings(std::vector<Finding>* findings) {
  std::stable_sort(findings->begin(), findings->end(),
                   [](const Finding& x, const Finding& y) { return SortKey(x) < SortKey(y); });
}

const RuleSetting* Lookup(const RuleSettings* settings, const std::string& id) {
  if (!settings) return nullptr;
  auto it = settings->find(id);
  return it == settings->end() ? nullptr : &it->second;
}

}  // namespace

std::optional<Severity> ConfiguredSeverity(const RuleSettings* settings,
                                           const RuleSettings* file_settings,
                                           const std::string& rule_id, Severity fallback) {
  std::optional<Severity> severity = fallback;
  for (const RuleSettings* layer : {settings, file_settings}) {
    if (const RuleSetting* s = Lookup(layer, rule_id)) {
      if (s->off)
        severity.reset();
      else if (s->severity)
        severity = *s->severity;
    }
  }
  return severity;
}

bool FindingSink::Enabled(const std::string& rule_id) const {
  return ConfiguredSeverity(rule_id, Severity::kError).has_value();
}

void FindingSink::ForRule::Report(size_t begin, size_t end, nlohmann::ordered_json evidence) {
  Add(begin, end, std::move(evidence), std::nullopt);
}

void FindingSink::ForRule::ReportOnPage(int page, size_t begin, size_t end,
                                        nlohmann::ordered_json evidence) {
  Add(begin, end, std::move(evidence), page);
}

void FindingSink::ForRule::ReportWithParts(size_t begin, size_t end,
                                           nlohmann::ordered_json evidence,
                                           std::vector<Part> parts) {
  Add(begin, end, std::move(evidence), std::nullopt, std::move(parts));
}

void FindingSink::ForRule::Add(size_t begin, size_t end, nlohmann::ordered_json evidence,
                               std::optional<int> page, std::vector<Part> parts) {
  std::optional<Severity> severity = sink_->ConfiguredSeverity(rule_->id, rule_->severity);
  if (!severity) return;
  const Analysis& a = sink_->analysis_;
  Finding f;
  f.rule_id = rule_->id;
  f.kind = rule_->kind;
  f.severity = *severity;
  size_t from = a.folded.SourceBegin(begin);
  size_t to = std::max(from, a.folded.SourceEnd(end));
  f.begin = a.document->Locate(from);
  f.end = a.document->Locate(to);
  if (page) {
    for (Location* l : {&f.begin, &f.end}) {
      l->page = *page;
      l->box = {};
      l->table = l->row = l->col = 0;
    }
  }
  for (const Part& part : parts) {
    size_t p_from = a.folded.SourceBegin(part.begin);
    size_t p_to = std::max(p_from, a.folded.SourceEnd(part.end));
    f.parts.push_back({part.label, a.OriginalText(part.begin, part.end), a.document->Locate(p_from),
                       a.document->Locate(p_to)});
  }
  f.message = rule_->Message(sink_->lang_).Render(evidence, sink_->lang_ == "en" ? ", " : "、");
  // The public Finding holds the evidence as text: converted once, here.
  f.evidence_json = EvidenceText(evidence);
  if (std::pair{begin, end} == sink_->whole_report_) {
    // A finding about the report as a whole (a missing section, no period)
    // is the rule and what it found, wherever the title line is and whatever it says.
    f.fingerprint = Fingerprint(f.rule_id, U"", U"", f.evidence_json);
  } else {
    f.fingerprint = sink_->LineHash(f.rule_id, begin)
                        .Finish(a.folded.text().substr(begin, std::max(begin, end) - begin),
                                f.evidence_json);
  }
  sink_->findings_.push_back(std::move(f));
}

const LineFingerprint& FindingSink::LineHash(const std::string& rule_id, size_t at) {
  std::u32string_view text = analysis_.folded.text();
  if (at < line_.begin || at > line_.end || line_.hashes.empty()) {
    size_t b = at == 0 ? std::u32string_view::npos : text.rfind(U'\n', at - 1);
    line_.begin = b == std::u32string_view::npos ? 0 : b + 1;
    line_.end = std::min(text.find(U'\n', at), text.size());
    line_.hashes.clear();
  }
  auto it = line_.hashes.find(rule_id);
  if (it == line_.hashes.end()) {
    it = line_.hashes
             .emplace(rule_id, LineFingerprint(rule_id, text.substr(line_.begin,
                                                                    line_.end - line_.begin)))
             .first;
  }
  return it->second;
}

void FindingSink::ReportPatternLimit(const std::string& rule, size_t at, size_t since) {
  findings_.resize(std::min(since, findings_.size()));
  std::optional<Severity> severity = ConfiguredSeverity(kPatternTooCostly, Severity::kWarning);
  if (!severity) return;
  const Analysis& a = analysis_;
  auto [begin, end] = at == std::u32string::npos ? a.WholeReportSpan() : std::pair{at, at};
  Finding f;
  f.rule_id = kPatternTooCostly;
  f.kind = "directive";
  f.severity = *severity;
  size_t from = a.folded.SourceBegin(begin);
  f.begin = a.document->Locate(from);
  f.end = a.document->Locate(std::max(from, a.folded.SourceEnd(end)));
  f.evidence_json = EvidenceText(nlohmann::ordered_json::object({{"rule", rule}}));
  // The wording is the tool check's own (what `reportlint rules` lists); the
  // line fills it but stays out of the evidence, so the fingerprint survives
  // inserted lines.
  static const auto kMessages = [] {
    std::pair<MessageTemplate, MessageTemplate> m;
    std::string error;
    const ToolCheck& check = ToolCheckOf(kPatternTooCostly);
    m.first.Parse(check.message_zh, &error);
    m.second.Parse(check.message_en, &error);
    return m;
  }();
  f.message = (lang_ == "en" ? kMessages.second : kMessages.first)
                  .Render({{"rule", rule}, {"line", f.begin.line}}, ", ");
  f.fingerprint = Fingerprint(f.rule_id, U"", U"", f.evidence_json);
  findings_.push_back(std::move(f));
}

void FindingSink::ApplyDirectives() {
  std::vector<Directive> directives = FindDirectives(*analysis_.document);
  if (directives.empty()) return;
  suppressed_ = ApplySuppressions(&directives, &findings_);
  for (Directive& d : directives) {
    if (!d.problem.empty() || !options_.corpus_rules) continue;
    bool across = std::any_of(d.rules.begin(), d.rules.end(),
                              [&](const std::string& r) { return options_.corpus_rules->count(r); });
    if (!across) continue;
    deferred_.push_back(d);
    d.used = true;  // whether it silences anything is known after the run
  }
  for (Finding& f : DirectiveFindings(directives, options_.known_rules, lang_)) {
    std::optional<Severity> severity = ConfiguredSeverity(f.rule_id, f.severity);
    if (!severity) continue;
    f.severity = *severity;
    f.fingerprint = Fingerprint(f.rule_id, analysis_.document->Line(f.begin.line), U"", f.evidence_json);
    findings_.push_back(std::move(f));
  }
  SortFindings(&findings_);
}

void FindingSink::ApplyBaseline() {
  if (!options_.baseline) return;
  std::string key = Baseline::RelativeKey(options_.baseline->file(), analysis_.document->path());
  std::map<std::pair<std::string, std::string>, int> seen;
  size_t before = findings_.size();
  std::erase_if(findings_, [&](const Finding& f) {
    int n = ++seen[{f.rule_id, f.fingerprint}];
    return n <= options_.baseline->Allowance(key, f.rule_id, f.fingerprint);
  });
  baselined_ = static_cast<int>(before - findings_.size());
}

std::vector<Finding> FindingSink::Take() {
  SortFindings(&findings_);
  findings_.erase(std::unique(findings_.begin(), findings_.end(),
                              [&](const Finding& x, const Finding& y) {
                                return SortKey(x) == SortKey(y) && x.end.line == y.end.line &&
                                       x.end.column == y.end.column;
                              }),
                  findings_.end());
  ApplyDirectives();
  ApplyBaseline();
  return std::move(findings_);
}

}  // namespace reportlint
