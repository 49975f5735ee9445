#include "checker/rules/kinds/rollup_rule.h"

#include <algorithm>

namespace reportlint {

namespace {
// The values of `relation:`, in the order of RollupRule::Relation.
const char* const kRelationNames[] = {"equal", "at-most", "at-least"};
}  // namespace

const std::vector<CorpusKindCheck<RollupRule>>& RollupRule::Checks() {
  static const std::vector<CorpusKindCheck<RollupRule>> checks = {
      {"sum", &RollupRule::ConfigureSum, &RollupRule::CollectSum, &RollupRule::CheckSum,
       {"table", "row", "column", "relation", "stated", "children_sum", "children",
        "children_count"}},
  };
  return checks;
}

void RollupRule::Configure(ParamReader& params) {
  ReadCheck(params, "check");
  ConfigureCheck(params);
}

void RollupRule::ConfigureSum(ParamReader& params) {
  spec_.Configure(params, true, true);
  std::string r = params.Choice("relation", {std::begin(kRelationNames), std::end(kRelationNames)},
                                kRelationNames[0]);
  for (size_t i = 0; i < std::size(kRelationNames); ++i) {
    if (r == kRelationNames[i]) relation_ = static_cast<Relation>(i);
  }
  // A flattened (text) table binds its columns by position, so the spec must
  // list them all; the rule may still compare only some.
  for (bool rows : {true, false}) {
    std::string key = rows ? "compare_rows" : "compare_columns";
    std::vector<int>& ids = rows ? rows_ : cols_;
    if (params.Has(key)) {
      ids = spec_.ReadIds(params, key, rows);
    } else {
      for (size_t i = 0; i < (rows ? spec_.rows() : spec_.columns()).size(); ++i) {
        ids.push_back(static_cast<int>(i));
      }
    }
  }
}

std::shared_ptr<const CorpusFacts> RollupRule::CollectSum(const Analysis& a, CollectMemo&) const {
  std::vector<SpecCell> wanted;
  for (int i : rows_) {
    for (int j : cols_) wanted.push_back({i, j});
  }
  return TableCells::Collect(a, spec_, wanted);
}

bool RollupRule::Holds(const Interval& parent, const Interval& children) const {
  switch (relation_) {
    case Relation::kAtMost:
      return parent.lo <= children.hi;
    case Relation::kAtLeast:
      return parent.hi >= children.lo;
    case Relation::kEqual:
      break;
  }
  return parent.Overlaps(children);
}

void RollupRule::CheckSum(const RuleCorpus& corpus, CorpusReporter& out) const {
  const Hierarchy* h = corpus.hierarchy();
  if (!h) return;
  // The single report of `key` for `year` with cells, or null: with none or
  // two, what the body stated that year is unknown.
  auto only = [&](const std::string& key, int year) -> const CorpusReport* {
    const CorpusReport* r = corpus.Only(key, year);
    return r && corpus.FactsOf<TableCells>(*r) ? r : nullptr;
  };
  for (int year : corpus.Years()) {
    for (const HierarchyBody& body : h->bodies()) {
      std::vector<const HierarchyBody*> children = h->Children(body.key);
      const CorpusReport* parent = only(body.key, year);
      if (children.empty() || !parent) continue;
      std::vector<const CorpusReport*> parts;
      for (const HierarchyBody* c : children) parts.push_back(only(c->key, year));
      // A sum over the children that are there would be a wrong sum.
      if (std::count(parts.begin(), parts.end(), nullptr) > 0) continue;
      for (int i : rows_) {
        for (int j : cols_) CheckCell(corpus, *parent, children, parts, {i, j}, out);
      }
    }
  }
}

void RollupRule::CheckCell(const RuleCorpus& corpus, const CorpusReport& parent,
                           const std::vector<const HierarchyBody*>& children,
                           const std::vector<const CorpusReport*>& parts, SpecCell cell,
                           CorpusReporter& out) const {
  const KeptNumber* stated = corpus.FactsOf<TableCells>(parent)->Find(cell.first, cell.second);
  if (!stated) return;
  Interval sum;
  Decimal sum_printed;
  nlohmann::ordered_json listed = nlohmann::ordered_json::array();
  for (size_t k = 0; k < parts.size(); ++k) {
    const KeptNumber* n = corpus.FactsOf<TableCells>(*parts[k])->Find(cell.first, cell.second);
    if (!n) return;  // a child without the number: the sum is unknown
    sum = Add(sum, n->value);
    sum_printed += n->printed;
    listed.push_back({{"organisation", children[k]->name},
                      {"value", PrintedNumber(n->printed)},
                      {"path", parts[k]->path},
                      {"line", n->at.begin.line}});
  }
  if (Holds(stated->value, sum)) return;
  nlohmann::ordered_json ev = {{"table", spec_.name()},
                               {"row", spec_.rows()[cell.first].label},
                               {"column", spec_.columns()[cell.second].label},
                               {"relation", kRelationNames[static_cast<int>(relation_)]},
                               {"stated", PrintedNumber(stated->printed)},
                               {"children_sum", PrintedNumber(sum_printed)},
                               {"children", std::move(listed)},
                               {"children_count", parts.size()}};
  out.Report(parent, stated->at, std::move(ev));
}

}  // namespace reportlint
