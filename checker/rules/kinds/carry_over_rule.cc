#include "checker/rules/kinds/carry_over_rule.h"

#include <optional>

#include "checker/rules/kinds/prose_number.h"

namespace reportlint {

const std::vector<CorpusKindCheck<CarryOverRule>>& CarryOverRule::Checks() {
  static const std::vector<CorpusKindCheck<CarryOverRule>> checks = {
      {"table", &CarryOverRule::ConfigureTable, &CarryOverRule::CollectTable,
       &CarryOverRule::CheckTable,
       {"table", "row", "column", "stated", "expected", "previous", "previous_row",
        "previous_column", "previous_year", "previous_path", "previous_line", "plus", "minus",
        "differing"}},
      {"prose", &CarryOverRule::ConfigureProse, &CarryOverRule::CollectProse,
       &CarryOverRule::CheckProse,
       {"table", "stated", "previous", "previous_row", "previous_column", "previous_year",
        "previous_path", "previous_line"}},
  };
  return checks;
}

void CarryOverRule::Configure(ParamReader& params) {
  ReadCheck(params, "check");
  ConfigureCheck(params);
}

int CarryOverRule::ReadId(ParamReader& params, const std::string& key, bool rows) {
  std::vector<int> ids = spec_.ReadIds(params, key, rows);
  if (ids.size() == 1) return ids[0];
  if (!ids.empty()) params.Fail(key, "'" + key + "' must name one " + (rows ? "row" : "column") + " id");
  return -1;
}

void CarryOverRule::ConfigureTable(ParamReader& params) {
  spec_.Configure(params, true, true);
  each_column_ = params.Choice("each", {"column", "row"}, "column") == "column";
  // each column: the ids name rows, compared in every column of the spec.
  current_ = ReadId(params, "current", each_column_);
  previous_ = ReadId(params, "previous", each_column_);
  if (params.Has("plus")) plus_ = spec_.ReadIds(params, "plus", each_column_);
  if (params.Has("minus")) minus_ = spec_.ReadIds(params, "minus", each_column_);
}

void CarryOverRule::ConfigureProse(ParamReader& params) {
  spec_.Configure(params, true, true);
  params.Require("pattern");
  pattern_ = params.Pattern("pattern");
  prose_cell_ = {ReadId(params, "row", true), ReadId(params, "column", false)};
}

SpecCell CarryOverRule::At(int id, size_t k) const {
  int other = static_cast<int>(k);
  return each_column_ ? SpecCell{id, other} : SpecCell{other, id};
}

std::shared_ptr<const CorpusFacts> CarryOverRule::CollectTable(const Analysis& a, CollectMemo&) const {
  // A report is year Y to the report after it and Y−1 to the one before:
  // keep every cell either role reads.
  std::vector<SpecCell> wanted;
  size_t across = each_column_ ? spec_.columns().size() : spec_.rows().size();
  for (size_t k = 0; k < across; ++k) {
    for (int id : {current_, previous_}) wanted.push_back(At(id, k));
    for (const std::vector<int>* ids : {&plus_, &minus_}) {
      for (int id : *ids) wanted.push_back(At(id, k));
    }
  }
  auto facts = std::make_shared<Facts>();
  facts->cells = TableCells::Collect(a, spec_, wanted);
  return facts->cells ? facts : nullptr;
}

std::shared_ptr<const CorpusFacts> CarryOverRule::CollectProse(const Analysis& a, CollectMemo&) const {
  auto facts = std::make_shared<Facts>();
  facts->cells = TableCells::Collect(a, spec_, {prose_cell_});
  const std::u32string& text = a.folded.text();
  pattern_->ForEach(text, [&](RegexMatch m) {
    if (InTable(a, m.begin)) return;
    std::optional<Quantity> q = NumberAfter(text, m.end);
    if (!q) return;
    facts->claims.push_back({q->value, q->printed, LocateSpan(a, q->begin, q->end)});
  });
  return facts;
}

void CarryOverRule::ForEachPair(const RuleCorpus& corpus,
                                const std::function<void(const Pair&)>& f) const {
  corpus.ForEachYearPair([&](const CorpusReport& r, const CorpusReport& before) {
    const Facts* now = corpus.FactsOf<Facts>(r);
    const Facts* then = corpus.FactsOf<Facts>(before);
    if (now && then) f({&r, &before, now, then});
  });
}

nlohmann::ordered_json CarryOverRule::PreviousEvidence(const Pair& p, const KeptNumber& previous,
                                                       SpecCell cell) const {
  return {{"previous", PrintedNumber(previous.printed)},
          {"previous_row", spec_.rows()[cell.first].label},
          {"previous_column", spec_.columns()[cell.second].label},
          {"previous_year", *p.previous->year},
          {"previous_path", p.previous->path},
          {"previous_line", previous.at.begin.line}};
}

void CarryOverRule::CheckTable(const RuleCorpus& corpus, CorpusReporter& out) const {
  if (current_ < 0 || previous_ < 0) return;
  size_t across = each_column_ ? spec_.columns().size() : spec_.rows().size();
  ForEachPair(corpus, [&](const Pair& p) {
    const TableCells& now = *p.current_facts->cells;
    const TableCells& then = *p.previous_facts->cells;
    // One finding per pair of reports, at the first cell that differs: a
    // part's change also changes the total, which is not a second defect.
    std::optional<nlohmann::ordered_json> first;
    const KeptNumber* first_cell = nullptr;
    nlohmann::ordered_json differing = nlohmann::ordered_json::array();
    for (size_t k = 0; k < across; ++k) {
      SpecCell at = At(current_, k), from = At(previous_, k);
      const KeptNumber* stated = now.Find(at.first, at.second);
      const KeptNumber* previous = then.Find(from.first, from.second);
      if (!stated || !previous) continue;
      // previous + Σ plus − Σ minus, every cell known, as intervals.
      Interval expected = previous->value;
      Decimal expected_printed = previous->printed, plus, minus;
      bool known = true;
      for (bool adding : {true, false}) {
        for (int id : adding ? plus_ : minus_) {
          SpecCell c = At(id, k);
          const KeptNumber* n = now.Find(c.first, c.second);
          if (!n) {
            known = false;
            continue;
          }
          expected = adding ? Add(expected, n->value) : Sub(expected, n->value);
          (adding ? plus : minus) += n->printed;
        }
      }
      if (!known || stated->value.Overlaps(expected)) continue;
      differing.push_back(each_column_ ? spec_.columns()[at.second].label
                                       : spec_.rows()[at.first].label);
      if (first) continue;
      expected_printed = expected_printed + plus - minus;
      first = nlohmann::ordered_json{{"table", spec_.name()},
                                     {"row", spec_.rows()[at.first].label},
                                     {"column", spec_.columns()[at.second].label},
                                     {"stated", PrintedNumber(stated->printed)},
                                     {"expected", PrintedNumber(expected_printed)}};
      first->update(PreviousEvidence(p, *previous, from));
      (*first)["plus"] = PrintedNumber(plus);
      (*first)["minus"] = PrintedNumber(minus);
      first_cell = stated;
    }
    if (!first) return;
    (*first)["differing"] = std::move(differing);
    out.Report(*p.current, first_cell->at, std::move(*first));
  });
}

void CarryOverRule::CheckProse(const RuleCorpus& corpus, CorpusReporter& out) const {
  if (prose_cell_.first < 0 || prose_cell_.second < 0) return;
  ForEachPair(corpus, [&](const Pair& p) {
    // With its own table, the report's prose is checked against that table
    // (the table kind's prose check) and the table against last year's (the
    // `table` check): a third finding would repeat one defect.
    if (p.current_facts->cells || !p.previous_facts->cells) return;
    const KeptNumber* previous = p.previous_facts->cells->Find(prose_cell_.first, prose_cell_.second);
    if (!previous) return;
    for (const KeptNumber& claim : p.current_facts->claims) {
      if (claim.value.Overlaps(previous->value)) continue;
      nlohmann::ordered_json ev = {{"table", spec_.name()},
                                   {"stated", PrintedNumber(claim.printed)}};
      ev.update(PreviousEvidence(p, *previous, prose_cell_));
      out.Report(*p.current, claim.at, std::move(ev));
    }
  });
}

}  // namespace reportlint
