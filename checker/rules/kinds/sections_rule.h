// Kind `sections`: required sections found by alias patterns on the headings, their
// order, the report's declared structure (count and listed parts vs headings), and
// whether the structure could be read at all. A PDF without a text layer (a scan)
// is said once (`text-layer`), a page without text of an otherwise readable PDF
// once per page (`page-text`). The outline's numbering is audited (`numbering`:
// gaps, repeats, another level's markers, the national format's places), and a
// required section that says nothing (`empty`: no text, or only 无 / 暂无) is found.
#ifndef REPORTLINT_RULES_KINDS_SECTIONS_RULE_H_
#define REPORTLINT_RULES_KINDS_SECTIONS_RULE_H_

#include <memory>
#include <string>
#include <vector>

#include "checker/rules/kinds/section_pattern.h"
#include "checker/rules/check_table.h"

namespace reportlint {

class SectionsRule : public CheckTableKind<SectionsRule> {
 public:
  static const std::vector<KindCheck<SectionsRule>>& Checks();
  void Configure(ParamReader& params) override;
  // Only text-layer runs on a scan (it says once that nothing could be read).
  bool RunsWithoutText() const override { return CheckName() == "text-layer"; }

 private:
  void ConfigureRequired(ParamReader& params);
  void ConfigureDeclaredParts(ParamReader& params);
  void CheckRequired(const Analysis& a, RuleReporter& out) const;
  void CheckOrder(const Analysis& a, RuleReporter& out) const;
  void CheckDeclaration(const Analysis& a, RuleReporter& out) const;
  void CheckDeclaredParts(const Analysis& a, RuleReporter& out) const;
  void CheckReadable(const Analysis& a, RuleReporter& out) const;
  void CheckTextLayer(const Analysis& a, RuleReporter& out) const;
  void CheckPageText(const Analysis& a, RuleReporter& out) const;
  // numbering and empty (sections_rule_outline.cc).
  void ConfigureNumbering(ParamReader& params);
  void ConfigureEmpty(ParamReader& params);
  void CheckNumbering(const Analysis& a, RuleReporter& out) const;
  void CheckEmpty(const Analysis& a, RuleReporter& out) const;

  std::vector<SectionPattern> required_;
  int max_level_ = 2;        // headings deeper than this do not count as sections
  double min_overlap_ = 0.5; // declared-parts: share of a part's words a heading must have
  std::vector<SectionPattern> places_;  // numbering: a national format's top headings, in order
  std::vector<std::string> may_be_empty_;  // empty: names of `required_` that may say nothing
  std::vector<std::u32string> nothing_;    // empty: bodies that say there is nothing (folded)
};

}  // namespace reportlint

#endif  // REPORTLINT_RULES_KINDS_SECTIONS_RULE_H_
