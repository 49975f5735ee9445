// Registration of every rule kind: one line each.
#include "checker/rules/kinds/carry_over_rule.h"
#include "checker/rules/kinds/copied_text_rule.h"
#include "checker/rules/kinds/coverage_rule.h"
#include "checker/rules/kinds/pattern_rule.h"
#include "checker/rules/kinds/period_rule.h"
#include "checker/rules/kinds/ratio_rule.h"
#include "checker/rules/kinds/rollup_rule.h"
#include "checker/rules/kinds/sections_rule.h"
#include "checker/rules/kinds/table_rule.h"
#include "checker/rules/kinds/sum_rule.h"
#include "checker/rules/registry.h"

namespace reportlint {

const KindRegistry& BuiltinKinds() {
  static const KindRegistry registry = [] {
    KindRegistry r;
    r.Register<SectionsRule>("sections", "required sections, their order, the declared structure, numbering, empty sections");
    r.Register<PeriodRule>("period", "the statistical period, data of other years, the deadline");
    r.Register<PatternRule>("pattern", "text that must or must not occur");
    r.Register<TableRule>("table", "a table found by its labels: identities, cells, layout, prose");
    r.Register<SumRule>("sum", "totals against their parts, stated differences");
    r.Register<RatioRule>("ratio", "shares of a total, shares adding to 100%, rates");
    r.Register<CoverageRule>("coverage", "across reports: missing, unlisted, duplicate and late reports");
    r.Register<CarryOverRule>("carry-over", "across reports: last year's numbers carried into this year's");
    r.Register<RollupRule>("rollup", "across reports: a body's cells against the sum of its parts'");
    r.Register<CopiedTextRule>("copied-text", "across reports: paragraphs copied from another body, a report copied from last year");
    return r;
  }();
  return registry;
}

}  // namespace reportlint
