// Kind `carry-over`: a number of one year's report must follow from the same body's
// report of the year before: a table cell from last year's cells, or a number of the prose.
#ifndef REPORTLINT_RULES_KINDS_CARRY_OVER_RULE_H_
#define REPORTLINT_RULES_KINDS_CARRY_OVER_RULE_H_

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "checker/rules/check_table.h"
#include "checker/rules/kinds/table_cells.h"

namespace reportlint {

class CarryOverRule : public CorpusCheckTableKind<CarryOverRule> {
 public:
  static const std::vector<CorpusKindCheck<CarryOverRule>>& Checks();
  void Configure(ParamReader& params) override;

 private:
  // What the rule keeps of a report: the cells it names, and for `prose`
  // the numbers the prose states.
  struct Facts : CorpusFacts {
    std::shared_ptr<const TableCells> cells;  // null: no single readable table
    std::vector<KeptNumber> claims;
  };
  // The reports of one body for year Y and Y−1, when there is exactly one of each.
  struct Pair {
    const CorpusReport* current;
    const CorpusReport* previous;
    const Facts* current_facts;
    const Facts* previous_facts;
  };

  void ConfigureTable(ParamReader& params);
  void ConfigureProse(ParamReader& params);
  // Reads `key` as one id of the axis the checked ids are on (rows when
  // `each: column`), or -1 after an error.
  int ReadId(ParamReader& params, const std::string& key, bool rows);
  std::shared_ptr<const CorpusFacts> CollectTable(const Analysis& a, CollectMemo&) const;
  std::shared_ptr<const CorpusFacts> CollectProse(const Analysis& a, CollectMemo&) const;
  void CheckTable(const RuleCorpus& corpus, CorpusReporter& out) const;
  void CheckProse(const RuleCorpus& corpus, CorpusReporter& out) const;

  // Calls `f` for every report that has a single report of its body the
  // year before, both with facts: otherwise which report is last year's is
  // unknown (the coverage kind's `duplicates` check reports the second one).
  void ForEachPair(const RuleCorpus& corpus, const std::function<void(const Pair&)>& f) const;
  // The spec cell of id `id` (on the checked axis) at index `k` of the other.
  SpecCell At(int id, size_t k) const;
  // Evidence every finding carries about last year's report and cell.
  nlohmann::ordered_json PreviousEvidence(const Pair& p, const KeptNumber& previous,
                                          SpecCell cell) const;

  TableSpec spec_;
  // table: each column (the ids below are rows) or each row (they are columns).
  bool each_column_ = true;
  int current_ = -1;           // the cell of year Y …
  int previous_ = -1;          // … equals this cell of year Y−1 …
  std::vector<int> plus_;      // … plus these cells of year Y …
  std::vector<int> minus_;     // … minus these.
  // prose: the words after which the prose states last year's cell.
  std::shared_ptr<const Regex> pattern_;
  SpecCell prose_cell_{-1, -1};
};

}  // namespace reportlint

#endif  // REPORTLINT_RULES_KINDS_CARRY_OVER_RULE_H_
