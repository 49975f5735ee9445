#include "checker/rules/kinds/table_rule.h"

#include <algorithm>

#include "checker/util/utf.h"

namespace reportlint {

void TableRule::Configure(ParamReader& params) {
  static const std::vector<std::string> kChecks = {
      "identities", "non-negative", "layout", "readable", "present", "absent", "prose", "image"};
  size_t errors = params.error_count();
  std::string check = params.Choice("check", kChecks, "identities");
  if (params.error_count() != errors) {  // the other keys depend on the check: skip them
    for (const char* key : {"table", "rows", "columns", "identities", "except", "claims",
                            "sections", "max_level"}) {
      params.Has(key);
    }
    return;
  }
  check_ = static_cast<CheckType>(std::find(kChecks.begin(), kChecks.end(), check) - kChecks.begin());
  switch (check_) {
    case CheckType::kIdentities:
      spec_.Configure(params, true, true);
      ReadIdentities(params);
      break;
    case CheckType::kNonNegative:
      spec_.Configure(params, true, true);
      for (const std::string& id : params.StringList("except")) {
        int r = spec_.RowIndex(id), c = spec_.ColumnIndex(id);
        if (r >= 0) exempt_rows_.push_back(r);
        if (c >= 0) exempt_cols_.push_back(c);
        if (r < 0 && c < 0) params.Fail("except", "'" + id + "' is neither a row nor a column id");
      }
      break;
    case CheckType::kLayout:
      spec_.Configure(params, true, true);
      break;
    case CheckType::kReadable:
      spec_.Configure(params, params.Has("rows"), params.Has("columns"));
      break;
    case CheckType::kAbsent:
      spec_.Configure(params, false, false);
      break;
    case CheckType::kProse:
      spec_.Configure(params, true, true);
      ReadClaims(params);
      break;
    case CheckType::kPresent:
    case CheckType::kImage:
      max_level_ = params.Int("max_level", 1, 1, 6);
      sections_ = ReadSectionPatterns(params, "sections");
      break;
  }
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

std::vector<std::string> TableRule::EvidenceKeys() const {
  switch (check_) {
    case CheckType::kIdentities:
      return {"table", "identity", "expression", "row", "column", "stated", "computed",
              "difference", "empty_cells", "has_empty"};
    case CheckType::kNonNegative: return {"table", "row", "column", "value"};
    case CheckType::kLayout: return {"table", "missing", "count"};
    case CheckType::kReadable: return {"table", "reason"};
    case CheckType::kPresent:
    case CheckType::kImage: return {"section", "images"};
    case CheckType::kAbsent: return {"table", "found"};
    case CheckType::kProse: return {"table", "row", "column", "stated", "cell"};
  }
  return {};
}

void TableRule::Check(const Analysis& a, RuleReporter& out) const {
  if (check_ == CheckType::kPresent || check_ == CheckType::kImage) return CheckPresent(a, out);
  bool prose_done = false;
  for (const Table& t : a.tables) {
    if (!spec_.Matches(t)) continue;
    // The first line of the table: where findings about it as a whole point.
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
    if (check_ == CheckType::kAbsent) {
      out.Report(at, at_end, {{"table", spec_.name()}, {"found", a.OriginalText(at, at_end)}});
      continue;
    }
    Binding b = spec_.Bind(t);
    if (check_ == CheckType::kReadable) {
      if (!b.problem.empty()) out.Report(at, at_end, {{"table", spec_.name()}, {"reason", b.problem}});
      continue;
    }
    if (!b.problem.empty()) continue;  // not machine-readable: the readable check says so
    const Table& read = b.Read(t);
    switch (check_) {
      case CheckType::kIdentities: CheckIdentities(a, read, b, out); break;
      case CheckType::kNonNegative: CheckNonNegative(a, read, b, out); break;
      case CheckType::kLayout: CheckLayout(at, at_end, b, out); break;
      case CheckType::kProse:
        if (!prose_done) CheckProse(a, read, b, out);
        prose_done = true;
        break;
      default: break;
    }
  }
}

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

void TableRule::CheckPresent(const Analysis& a, RuleReporter& out) const {
  // Sections that cannot be read have no known body to look for a table in.
  if (!a.sections.readable) return;
  const std::vector<Block>& blocks = a.document->blocks();
  for (const SectionPattern& s : sections_) {
    int found = FindSection(a.sections, s, max_level_);
    if (found < 0) continue;  // a missing heading is the sections rules' business
    const Heading* heading = &a.sections.headings[found];
    size_t from = heading->end, to = heading->body_end;
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
    if ((images > 0) != (check_ == CheckType::kImage)) continue;
    out.Report(heading->begin, heading->end, {{"section", s.name}, {"images", images}});
  }
}

}  // namespace reportlint
