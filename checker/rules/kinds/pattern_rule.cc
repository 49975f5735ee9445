#include "checker/rules/kinds/pattern_rule.h"

namespace reportlint {

void PatternRule::Configure(ParamReader& params) {
  mode_ = params.Choice("mode", {"forbid", "require"}, "forbid") == "require" ? Mode::kRequire
                                                                             : Mode::kForbid;
  params.Require("pattern");
  pattern_ = params.Pattern("pattern");
  if (mode_ == Mode::kForbid) {
    then_expect_ = params.Pattern("then_expect");
  } else {
    min_ = params.Int("min", 1, 0, 1'000'000);
    max_ = params.Int("max", -1, -1, 1'000'000);
    if (max_ >= 0 && max_ < min_) params.Fail("max", "'max' must not be less than 'min'");
  }
}

std::vector<std::string> PatternRule::EvidenceKeys() const {
  if (mode_ == Mode::kRequire) return {"count", "min", "max"};
  return {"match"};
}

void PatternRule::Check(const Analysis& a, RuleReporter& out) const {
  if (!pattern_) return;
  const std::u32string& text = a.folded.text();
  if (mode_ == Mode::kForbid) {
    pattern_->ForEach(text, [&](RegexMatch m) {
      if (then_expect_ && then_expect_->Find(text, m.end)) return;
      out.Report(m.begin, m.end,
                 {{"match", a.OriginalText(m.begin, m.end)}});
    });
    return;
  }
  int count = 0;
  pattern_->ForEach(text, [&](RegexMatch) { ++count; });
  if (count >= min_ && (max_ < 0 || count <= max_)) return;
  auto [b, e] = a.WholeReportSpan();
  nlohmann::ordered_json ev;
  ev["count"] = count;
  ev["min"] = min_;
  if (max_ >= 0) ev["max"] = max_;
  out.Report(b, e, ev);
}

}  // namespace reportlint
