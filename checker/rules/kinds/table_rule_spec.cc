#include "checker/rules/kinds/table_rule_spec.h"

#include <algorithm>
#include <set>

#include "checker/normalize/folded_text.h"
#include "checker/structure/tables/labels.h"
#include "checker/util/utf.h"

namespace reportlint {
namespace {

// How well a spec label path fits a table label path (keys): the score of
// the own labels when every group label of the spec is found too, else 0.
int PathScore(const std::vector<std::u32string>& spec, const std::vector<std::u32string>& keys) {
  if (spec.empty() || keys.empty()) return 0;
  int own = LabelScore(spec.back(), keys.back());
  if (own == 0) return 0;
  for (size_t i = 0; i + 1 < spec.size(); ++i) {
    bool found = false;
    for (size_t k = 0; k + 1 < keys.size() && !found; ++k) found = LabelScore(spec[i], keys[k]) > 0;
    if (!found) return 0;
  }
  return own;
}

std::vector<std::u32string> Keys(const std::vector<std::u32string>& labels) {
  std::vector<std::u32string> keys;
  for (const auto& l : labels) keys.push_back(RowLabelKey(l));
  return keys;
}

// Assigns each spec label to a candidate (in order): exact matches first,
// keeping the order, then the best inexact match between its neighbours.
std::vector<int> Assign(const std::vector<AxisLabel>& spec,
                        const std::vector<std::vector<std::u32string>>& candidates) {
  size_t n = spec.size();
  std::vector<int> out(n, -1);
  std::vector<bool> used(candidates.size(), false);
  int last = -1;
  for (size_t i = 0; i < n; ++i) {
    for (int c = last + 1; c < static_cast<int>(candidates.size()); ++c) {
      if (PathScore(spec[i].path, candidates[c]) == 3) {
        out[i] = last = c;
        used[c] = true;
        break;
      }
    }
  }
  for (size_t i = 0; i < n; ++i) {
    if (out[i] >= 0) continue;
    int lo = -1, hi = static_cast<int>(candidates.size());
    for (size_t j = i; j-- > 0;) {
      if (out[j] >= 0) { lo = out[j]; break; }
    }
    for (size_t j = i + 1; j < n; ++j) {
      if (out[j] >= 0) { hi = out[j]; break; }
    }
    int best = 0;
    for (int c = lo + 1; c < hi; ++c) {
      int s = used[c] ? 0 : PathScore(spec[i].path, candidates[c]);
      if (s > best) {
        best = s;
        out[i] = c;
      }
    }
    if (out[i] >= 0) used[out[i]] = true;
  }
  return out;
}

void ReadAxis(ParamReader& params, const std::string& key, bool rows,
              std::vector<AxisLabel>* out) {
  std::set<std::string> ids;
  for (ParamReader& item : params.MapList(key)) {
    AxisLabel a;
    item.Require("id");
    a.id = item.String("id");
    if (!rows) item.Require("label");
    std::vector<std::string> labels = item.StringList("label");
    for (const std::string& l : labels) {
      std::u32string k = LabelKeyOf(l);
      if (k.empty()) {
        item.Fail("label", "a label must contain words, not only punctuation or a list marker");
      }
      a.path.push_back(k);
    }
    a.label = labels.empty() ? "" : labels.back();
    if (!a.id.empty() && !ids.insert(a.id).second) item.Fail("id", "duplicate id '" + a.id + "'");
    if (a.id.find("..") != std::string::npos) item.Fail("id", "an id must not contain '..'");
    item.CheckUnknownKeys();
    out->push_back(std::move(a));
  }
}

}  // namespace

std::u32string LabelKeyOf(const std::string& utf8) {
  return RowLabelKey(FoldedText(Utf8ToU32(utf8)).text());
}

void TableSpec::Configure(ParamReader& params, bool rows, bool columns) {
  params.Require("table");
  std::optional<ParamReader> split;
  if (auto table = params.Map("table")) {
    table->Require("name");
    table->Require("find");
    name_ = table->String("name");
    for (const std::string& w : table->StringList("find")) {
      std::u32string k = NormalizeLabel(FoldedText(Utf8ToU32(w)).text());
      if (k.empty()) table->Fail("find", "a 'find' word must not be empty");
      find_.push_back(k);
    }
    split = table->Map("split_glued");  // read once the columns are known
    table->CheckUnknownKeys();
    if (split && !columns) {
      table->Fail("split_glued", "'split_glued' needs the rule's 'columns'");
      split.reset();
    }
  }
  if (rows) {
    params.Require("rows");
    ReadAxis(params, "rows", true, &rows_);
  }
  if (columns) {
    params.Require("columns");
    ReadAxis(params, "columns", false, &columns_);
  }
  if (split) ReadSplit(*split);
}

void TableSpec::ReadSplit(ParamReader& split) {
  GluedSplit g;
  g.max_digits = split.Int("max_digits", g.max_digits, 1, 9);
  split.Require("identities");
  for (ParamReader& item : split.MapList("identities")) {
    GluedSplit::RowIdentity id;
    id.sum = ReadIds(item, "sum", false);
    id.equals = ReadIds(item, "equals", false);
    item.CheckUnknownKeys();
    g.identities.push_back(std::move(id));
  }
  split.CheckUnknownKeys();
  split_ = std::move(g);
}

std::vector<int> TableSpec::ReadIds(ParamReader& item, const std::string& key, bool rows) const {
  std::vector<int> out;
  auto index = [&](const std::string& id) { return rows ? RowIndex(id) : ColumnIndex(id); };
  item.Require(key);
  for (const std::string& id : item.StringList(key)) {
    size_t dots = id.find("..");
    int from = index(dots == std::string::npos ? id : id.substr(0, dots));
    int to = dots == std::string::npos ? from : index(id.substr(dots + 2));
    if (from < 0 || to < 0 || to < from) {
      std::string what = rows ? "row" : "column";
      item.Fail(key, dots == std::string::npos
                         ? "unknown " + what + " id '" + id + "'"
                         : "'" + id + "' must name two " + what + " ids in their order");
      continue;
    }
    for (int i = from; i <= to; ++i) out.push_back(i);
  }
  return out;
}

int TableSpec::RowIndex(const std::string& id) const {
  for (size_t i = 0; i < rows_.size(); ++i) {
    if (rows_[i].id == id) return static_cast<int>(i);
  }
  return -1;
}

int TableSpec::ColumnIndex(const std::string& id) const {
  for (size_t i = 0; i < columns_.size(); ++i) {
    if (columns_[i].id == id) return static_cast<int>(i);
  }
  return -1;
}

bool TableSpec::Matches(const Table& t) const {
  return std::all_of(find_.begin(), find_.end(), [&](const std::u32string& w) {
    return t.label_text.find(w) != std::u32string::npos;
  });
}

std::vector<int> TableSpec::BindRows(const Table& t, bool labelled_rows) const {
  std::vector<int> data;
  std::vector<std::vector<std::u32string>> keys;
  for (int r = 0; r < t.rows; ++r) {
    bool labelled = labelled_rows && r >= t.header_rows && !t.row_labels[r].empty();
    if (!t.data_row[r] && !labelled) continue;
    data.push_back(r);
    keys.push_back(Keys(t.row_labels[r]));
  }
  std::vector<int> out = Assign(rows_, keys);
  for (size_t i = 0; i < rows_.size(); ++i) {
    if (rows_[i].path.empty() && data.size() == 1) out[i] = 0;  // the only data row
    if (out[i] >= 0) out[i] = data[out[i]];
  }
  return out;
}

std::vector<int> TableSpec::BindColumns(const Table& t) const {
  std::vector<int> out(columns_.size(), -1);
  if (t.source == TableSource::kText) {
    for (size_t j = 0; j < columns_.size() && t.label_cols + j < static_cast<size_t>(t.cols); ++j) {
      out[j] = t.label_cols + static_cast<int>(j);
    }
    return out;
  }
  std::vector<std::vector<std::u32string>> keys;
  for (int c = t.label_cols; c < t.cols; ++c) keys.push_back(Keys(t.col_labels[c]));
  out = Assign(columns_, keys);
  for (int& c : out) {
    if (c >= 0) c += t.label_cols;
  }
  return out;
}

Binding TableSpec::Bind(const Table& found) const {
  Binding b;
  if (!found.readable) {
    std::optional<Table> split = SplitGlued(found);
    if (!split) {
      b.problem = found.problem;
      return b;
    }
    b.split = std::make_shared<const Table>(std::move(*split));
  }
  const Table& t = b.Read(found);
  b.rows = BindRows(t);
  b.cols = BindColumns(t);
  if (t.source == TableSource::kText) {
    // Flattened rows must hold exactly one value per column; blank lines
    // after a row may stand for its last, empty cells.
    // A row that matches no label of the spec counts too when it holds some
    // values but not a full row: "二十一" written for 21 becomes a label of
    // its own, and the row it belongs to then seems missing from the table.
    int want = static_cast<int>(columns_.size());
    std::vector<bool> bound(t.rows, false);
    for (int r : b.rows) {
      if (r >= 0) bound[r] = true;
    }
    for (int r = t.header_rows; r < t.rows; ++r) {
      int have = 0;
      for (int c = t.label_cols; c < t.cols; ++c) have += t.At(r, c).kind != CellKind::kMissing;
      if (!bound[r] && have == 0) continue;
      if (have > want || have + t.spare_blanks[r] < want) b.problem = "ragged-rows";
    }
  }
  return b;
}

Binding TableSpec::BindRowsOnly(const Table& found) const {
  Binding b;
  if (!found.readable) {
    b.problem = found.problem;
    return b;
  }
  b.rows = BindRows(found, true);
  b.cols.assign(columns_.size(), -1);
  return b;
}

}  // namespace reportlint
