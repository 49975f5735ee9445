#include "checker/output/html_marks.h"

#include <algorithm>

#include "checker/output/html_escape.h"

namespace reportlint {
namespace {

// A span longer than this many lines is marked on its first lines only: a
// finding never makes the page grow with the report's length.
constexpr size_t kMaxMarkedLines = 50;

}  // namespace

std::string FindingAttributes(const MarkedFinding& m) {
  const Finding& f = *m.finding;
  return "id=\"" + m.id + "\" data-rule=\"" + HtmlEscape(f.rule_id) + "\" data-severity=\"" +
         SeverityName(f.severity) + "\" data-line=\"" + std::to_string(f.begin.line) + "\"";
}

std::string PartAnchor(const MarkedFinding& m, size_t part) {
  return m.id + "-p" + std::to_string(part + 1);
}

FindingMarks::FindingMarks(const std::u32string& text, std::vector<MarkedFinding> findings)
    : text_(text), findings_(std::move(findings)), placed_(findings_.size(), false) {
  line_starts_.push_back(0);
  for (size_t i = 0; i < text_.size(); ++i) {
    if (text_[i] == U'\n') line_starts_.push_back(i + 1);
  }
  by_line_.resize(line_starts_.size());
  parts_by_line_.resize(line_starts_.size());
  for (size_t k = 0; k < findings_.size(); ++k) {
    MarkedFinding& m = findings_[k];
    m.begin = std::min(m.begin, text_.size());
    m.end = std::clamp(m.end, m.begin, text_.size());
    size_t first = LineOf(m.begin);
    size_t last = LineOf(m.end > m.begin ? m.end - 1 : m.begin);
    last = std::min(last, first + kMaxMarkedLines);
    placed_[k] = !m.in_text;
    if (m.in_text) {
      for (size_t l = first; l <= last; ++l) by_line_[l].push_back(k);
    }
    for (size_t j = 0; j < m.parts.size(); ++j) {
      m.parts[j] = std::min(m.parts[j], text_.size());
      parts_by_line_[LineOf(m.parts[j])].push_back({k, j});
    }
  }
}

size_t FindingMarks::LineOf(size_t pos) const {
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), pos);
  return static_cast<size_t>(it - line_starts_.begin()) - 1;
}

void FindingMarks::Badge(size_t k, std::string* out) {
  placed_[k] = true;
  const MarkedFinding& m = findings_[k];
  *out += "<span class=\"finding sev-";
  *out += SeverityName(m.finding->severity);
  *out += "\" " + FindingAttributes(m) + " tabindex=\"0\" role=\"button\" title=\"" +
          HtmlEscape(m.finding->message) + "\">" + std::to_string(m.number) + "</span>";
}

void FindingMarks::Emit(size_t begin, size_t end, std::string* out) {
  end = std::min(end, text_.size());
  begin = std::min(begin, end);
  std::vector<size_t> near;
  for (size_t l = LineOf(begin), last = LineOf(end); l <= last && l < by_line_.size(); ++l) {
    for (size_t k : by_line_[l]) near.push_back(k);
  }
  std::sort(near.begin(), near.end());
  near.erase(std::unique(near.begin(), near.end()), near.end());

  std::vector<size_t> cuts{begin, end};
  for (size_t k : near) {
    for (size_t p : {findings_[k].begin, findings_[k].end}) {
      if (p > begin && p < end) cuts.push_back(p);
    }
  }
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

  for (size_t c = 0; c + 1 < cuts.size(); ++c) {
    size_t from = cuts[c], to = cuts[c + 1];
    std::string ids;
    Severity worst = Severity::kInfo;
    for (size_t k : near) {
      const MarkedFinding& m = findings_[k];
      if (m.begin == from && !placed_[k]) Badge(k, out);
      if (m.begin <= from && m.end >= to && m.end > m.begin) {
        if (!ids.empty()) ids += ' ';
        ids += m.id;
        worst = std::max(worst, m.finding->severity);
      }
    }
    if (!ids.empty()) {
      *out += "<mark class=\"hl sev-";
      *out += SeverityName(worst);
      *out += "\" data-for=\"" + ids + "\">";
    }
    for (size_t i = from; i < to; ++i) AppendHtmlEscaped(text_[i], out);
    if (!ids.empty()) *out += "</mark>";
  }
  bool line_end = end == text_.size() || text_[end] == U'\n';
  for (size_t k : near) {
    const MarkedFinding& m = findings_[k];
    if (placed_[k] || m.begin < begin || m.begin > end) continue;
    if (m.begin < end || m.begin == m.end || line_end) Badge(k, out);
  }
}

std::vector<const MarkedFinding*> FindingMarks::Unplaced() const {
  std::vector<const MarkedFinding*> out;
  for (size_t k = 0; k < findings_.size(); ++k) {
    if (!placed_[k]) out.push_back(&findings_[k]);
  }
  return out;
}

std::vector<const MarkedFinding*> FindingMarks::StartingIn(size_t begin, size_t end) const {
  std::vector<const MarkedFinding*> out;
  if (begin >= end) return out;
  for (size_t l = LineOf(begin), last = LineOf(end - 1); l <= last; ++l) {
    for (size_t k : by_line_[l]) {
      const MarkedFinding& m = findings_[k];
      if (m.begin >= begin && m.begin < end && LineOf(m.begin) == l) out.push_back(&m);
    }
  }
  return out;
}

std::vector<PartHere> FindingMarks::PartsStartingIn(size_t begin, size_t end) const {
  std::vector<PartHere> out;
  if (begin >= end) return out;
  for (size_t l = LineOf(begin), last = LineOf(end - 1); l <= last; ++l) {
    for (auto [k, j] : parts_by_line_[l]) {
      size_t at = findings_[k].parts[j];
      if (at >= begin && at < end) out.push_back({&findings_[k], j});
    }
  }
  return out;
}

void FindingMarks::SetPartDrawn(const PartHere& part) {
  drawn_parts_.insert({static_cast<size_t>(part.marked - findings_.data()), part.part});
}

bool FindingMarks::PartDrawn(const MarkedFinding& m, size_t part) const {
  return drawn_parts_.count({static_cast<size_t>(&m - findings_.data()), part}) > 0;
}


}  // namespace reportlint
