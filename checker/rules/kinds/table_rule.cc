#include "checker/rules/kinds/table_rule.h"

#include <algorithm>

#include "checker/util/utf.h"

namespace reportlint {

const std::vector<KindCheck<TableRule>>& TableRule::Checks() {
  static const std::vector<KindCheck<TableRule>> checks = {
      {"identities", &TableRule::ConfigureIdentities, &TableRule::RunIdentities,
       {"table", "identity", "expression", "row", "column", "stated", "computed", "difference",
        "empty_cells", "has_empty"}},
      {"non-negative", &TableRule::ConfigureNonNegative, &TableRule::RunNonNegative,
       {"table", "row", "column", "value"}},
      {"layout", &TableRule::ConfigureLayout, &TableRule::RunLayout,
       {"table", "missing", "count"}},
      {"readable", &TableRule::ConfigureReadable, &TableRule::RunReadable,
       {"table", "reason", "row", "column", "cell"}},
      {"present", &TableRule::ConfigureSections, &TableRule::RunPresent, {"section", "images"}},
      {"absent", &TableRule::ConfigureAbsent, &TableRule::RunAbsent, {"table", "found"}},
      {"prose", &TableRule::ConfigureProse, &TableRule::RunProse,
       {"table", "row", "column", "stated", "cell"}},
      {"image", &TableRule::ConfigureSections, &TableRule::RunImage, {"section", "images"}},
      {"cells", &TableRule::ConfigureCells, &TableRule::RunCells,
       {"table", "row", "column", "cell", "problem", "value"}},
  };
  return checks;
}

void TableRule::Configure(ParamReader& params) {
  size_t errors = params.error_count();
  ReadCheck(params, "check");
  if (params.error_count() != errors) {  // the other keys depend on the check: skip them
    for (const char* key : {"table", "rows", "columns", "identities", "except", "claims",
                            "sections", "max_level", "cells", "money", "problems"}) {
      params.Has(key);
    }
    return;
  }
  ConfigureCheck(params);
}

void TableRule::ConfigureIdentities(ParamReader& params) {
  spec_.Configure(params, true, true);
  ReadIdentities(params);
}

void TableRule::ConfigureNonNegative(ParamReader& params) {
  spec_.Configure(params, true, true);
  ReadExcept(params);
}

void TableRule::ReadExcept(ParamReader& params) {
  for (const std::string& id : params.StringList("except")) {
    int r = spec_.RowIndex(id), c = spec_.ColumnIndex(id);
    if (r >= 0) exempt_rows_.push_back(r);
    if (c >= 0) exempt_cols_.push_back(c);
    if (r < 0 && c < 0) params.Fail("except", "'" + id + "' is neither a row nor a column id");
  }
}

void TableRule::ConfigureLayout(ParamReader& params) { spec_.Configure(params, true, true); }

void TableRule::ConfigureReadable(ParamReader& params) {
  spec_.Configure(params, params.Has("rows"), params.Has("columns"));
}

void TableRule::ConfigureAbsent(ParamReader& params) { spec_.Configure(params, false, false); }

void TableRule::ConfigureProse(ParamReader& params) {
  spec_.Configure(params, true, true);
  ReadClaims(params);
}

void TableRule::ConfigureSections(ParamReader& params) {
  max_level_ = params.Int("max_level", 1, 1, 6);
  sections_ = ReadSectionPatterns(params, "sections");
}

void TableRule::ReadIdentities(ParamReader& params) {
  params.Require("identities");
  for (ParamReader& item : params.MapList("identities")) {
    Identity id;
    item.Require("id");
    id.id = item.String("id");
    id.each_column = item.Choice("each", {"column", "row"}, "column") == "column";
    // each column: the sums run down the rows; each row: across the columns.
    id.sum = spec_.ReadIds(item, "sum", id.each_column);
    id.equals = spec_.ReadIds(item, "equals", id.each_column);
    auto side = [&](const std::string& key) {
      std::string s;
      for (const std::string& w : item.StringList(key)) s += (s.empty() ? "" : " + ") + w;
      return s;
    };
    id.expression = item.String("expression", side("sum") + " = " + side("equals"));
    item.CheckUnknownKeys();
    identities_.push_back(std::move(id));
  }
}

void TableRule::ReadClaims(ParamReader& params) {
  params.Require("claims");
  for (ParamReader& item : params.MapList("claims")) {
    Claim c;
    item.Require("pattern");
    c.pattern = item.Pattern("pattern");
    c.zero = item.Choice("expect", {"equal", "zero"}, "equal") == "zero";
    if (item.Has("row")) {
      std::vector<int> rows = spec_.ReadIds(item, "row", true);
      if (rows.size() != 1) item.Fail("row", "'row' must name one row id");
      if (!rows.empty()) c.row = rows[0];
    } else if (spec_.rows().size() == 1) {
      c.row = 0;
    } else {
      item.Fail("pattern", "missing required key 'row' (the table has several rows)");
    }
    c.cols = spec_.ReadIds(item, "columns", false);
    if (!c.zero && c.cols.size() > 1) {
      item.Fail("columns", "an 'equal' claim must name exactly one column");
    }
    item.CheckUnknownKeys();
    claims_.push_back(std::move(c));
  }
}

void TableRule::ForEachTable(
    const Analysis& a, const std::function<void(const Table&, size_t, size_t)>& f) const {
  for (const Table& t : a.tables) {
    if (!spec_.Matches(t)) continue;
    const TableCell& first = t.At(std::min(t.header_rows, t.rows - 1), 0);
    size_t at = t.source == TableSource::kText ? first.begin : t.begin;
    size_t at_end = at;
    while (at_end < a.folded.size() && a.folded.text()[at_end] != U'\n') ++at_end;
    // A table inside a flattened line: its first row, not the rest of the report.
    if (t.source == TableSource::kText && t.lines.empty()) {
      int row = std::min(t.header_rows, t.rows - 1);
      size_t row_end = at;
      for (int c = 0; c < t.cols; ++c) row_end = std::max(row_end, t.At(row, c).end);
      at_end = std::min(at_end, row_end);
    }
    f(t, at, at_end);
  }
}

void TableRule::ForEachReadTable(
    const Analysis& a,
    const std::function<void(const Table&, const Binding&, size_t, size_t)>& f) const {
  ForEachTable(a, [&](const Table& t, size_t at, size_t at_end) {
    Binding b = spec_.Bind(t);
    if (!b.problem.empty()) return;  // not machine-readable: the readable check says so
    f(b.Read(t), b, at, at_end);
  });
}

void TableRule::RunIdentities(const Analysis& a, RuleReporter& out) const {
  ForEachReadTable(a, [&](const Table& t, const Binding& b, size_t, size_t) {
    CheckIdentities(a, t, b, out);
  });
}

void TableRule::RunNonNegative(const Analysis& a, RuleReporter& out) const {
  ForEachReadTable(a, [&](const Table& t, const Binding& b, size_t, size_t) {
    CheckNonNegative(a, t, b, out);
  });
}

void TableRule::RunLayout(const Analysis& a, RuleReporter& out) const {
  ForEachReadTable(a, [&](const Table&, const Binding& b, size_t at, size_t at_end) {
    CheckLayout(at, at_end, b, out);
  });
}

void TableRule::RunReadable(const Analysis& a, RuleReporter& out) const {
  ForEachTable(a, [&](const Table& found, size_t at, size_t at_end) {
    Binding b = spec_.Bind(found);
    if (!b.problem.empty()) {
      out.Report(at, at_end, {{"table", spec_.name()}, {"reason", b.problem}});
      return;
    }
    // A data cell that holds words or an over-long number ("二十一",
    // "123456789012") makes every identity through it unreadable: said once,
    // at the first such cell, instead of the identities skipping it silently.
    const Table& t = b.Read(found);
    for (size_t i = 0; i < b.rows.size(); ++i) {
      for (size_t j = 0; j < b.cols.size(); ++j) {
        if (b.rows[i] < 0 || b.cols[j] < 0) continue;
        const TableCell& c = t.At(b.rows[i], b.cols[j]);
        if (c.kind != CellKind::kText || c.origin_col < t.label_cols) continue;
        out.Report(c.begin, c.end,
                   {{"table", spec_.name()},
                    {"reason", "not-a-number"},
                    {"row", spec_.rows()[i].label},
                    {"column", spec_.columns()[j].label},
                    {"cell", U32ToUtf8(c.text)}});
        return;
      }
    }
  });
}

void TableRule::RunAbsent(const Analysis& a, RuleReporter& out) const {
  ForEachTable(a, [&](const Table&, size_t at, size_t at_end) {
    out.Report(at, at_end, {{"table", spec_.name()}, {"found", a.OriginalText(at, at_end)}});
  });
}

// The prose is checked against the first matching table only.
void TableRule::RunProse(const Analysis& a, RuleReporter& out) const {
  bool done = false;
  ForEachReadTable(a, [&](const Table& t, const Binding& b, size_t, size_t) {
    if (!done) CheckProse(a, t, b, out);
    done = true;
  });
}

void TableRule::RunPresent(const Analysis& a, RuleReporter& out) const {
  CheckPresent(a, false, out);
}

void TableRule::RunImage(const Analysis& a, RuleReporter& out) const { CheckPresent(a, true, out); }

void TableRule::CheckLayout(size_t begin, size_t end, const Binding& b, RuleReporter& out) const {
  nlohmann::ordered_json missing = nlohmann::ordered_json::array();
  for (size_t i = 0; i < b.rows.size(); ++i) {
    if (b.rows[i] < 0) missing.push_back(spec_.rows()[i].label);
  }
  for (size_t j = 0; j < b.cols.size(); ++j) {
    if (b.cols[j] < 0) missing.push_back(spec_.columns()[j].label);
  }
  if (missing.empty()) return;
  size_t count = missing.size();
  out.Report(begin, end, {{"table", spec_.name()}, {"missing", std::move(missing)}, {"count", count}});
}

void TableRule::CheckPresent(const Analysis& a, bool images_wanted, RuleReporter& out) const {
  // Sections that cannot be read have no known body to look for a table in.
  if (!a.sections.readable) return;
  const std::vector<Block>& blocks = a.document->blocks();
  for (const SectionPattern& s : sections_) {
    int found = FindSection(a.sections, s, max_level_);
    if (found < 0) continue;  // a missing heading is the sections rules' business
    const std::vector<Heading>& headings = a.sections.headings;
    const Heading* heading = &headings[found];
    size_t from = heading->end, to = heading->body_end;
    // A top-level section runs to the next heading of the main sequence: a
    // stray "一、本年新收…" that a table lost to the headings (a row label read
    // before the table was recognised) does not end it.
    if (heading->top_level) {
      for (size_t k = found + 1; k < headings.size(); ++k) {
        if (headings[k].top_level) break;
        to = std::max(to, headings[k].body_end);
      }
    }
    bool table = std::any_of(a.tables.begin(), a.tables.end(), [&](const Table& t) {
      return t.begin >= from && t.begin < to;
    });
    if (table) continue;
    int images = 0;
    for (const Block& b : blocks) {
      if (b.kind != BlockKind::kImage || b.first_line >= a.lines.size()) continue;
      size_t at = a.lines[b.first_line].begin;
      images += at >= from && at <= to;
    }
    // A section whose table is an image is not without a table: it cannot be
    // assessed, which the `image` check says (an info), not `present`.
    if ((images > 0) != images_wanted) continue;
    out.Report(heading->begin, heading->end, {{"section", s.name}, {"images", images}});
  }
}

}  // namespace reportlint
