#include "checker/rules/kinds/pattern_rule.h"

namespace reportlint {

const std::vector<KindCheck<PatternRule>>& PatternRule::Checks() {
  static const std::vector<KindCheck<PatternRule>> checks = {
      {"forbid", &PatternRule::ConfigureForbid, &PatternRule::CheckForbid, {"match"}},
      {"require", &PatternRule::ConfigureRequire, &PatternRule::CheckRequire,
       {"count", "min", "max"}},
  };
  return checks;
}

void PatternRule::Configure(ParamReader& params) {
  ReadCheck(params, "mode");
  params.Require("pattern");
  pattern_ = params.Pattern("pattern");
  ConfigureCheck(params);
}

void PatternRule::ConfigureForbid(ParamReader& params) {
  then_expect_ = params.Pattern("then_expect");
}

void PatternRule::ConfigureRequire(ParamReader& params) {
  min_ = params.Int("min", 1, 0, 1'000'000);
  max_ = params.Int("max", -1, -1, 1'000'000);
  if (max_ >= 0 && max_ < min_) params.Fail("max", "'max' must not be less than 'min'");
}

void PatternRule::CheckForbid(const Analysis& a, RuleReporter& out) const {
  if (!pattern_) return;
  const std::u32string& text = a.folded.text();
  pattern_->ForEach(text, [&](RegexMatch m) {
    if (then_expect_ && then_expect_->Find(text, m.end)) return;
    out.Report(m.begin, m.end, {{"match", a.OriginalText(m.begin, m.end)}});
  });
}

void PatternRule::CheckRequire(const Analysis& a, RuleReporter& out) const {
  if (!pattern_) return;
  int count = 0;
  pattern_->ForEach(a.folded.text(), [&](RegexMatch) { ++count; });
  if (count >= min_ && (max_ < 0 || count <= max_)) return;
  auto [b, e] = a.WholeReportSpan();
  nlohmann::ordered_json ev;
  ev["count"] = count;
  ev["min"] = min_;
  if (max_ >= 0) ev["max"] = max_;
  out.Report(b, e, ev);
}

}  // namespace reportlint
