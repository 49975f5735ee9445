// The findings of one report laid over its reading text: writes any range of
// the text as HTML with each finding's span marked and its element placed once.
#ifndef REPORTLINT_OUTPUT_HTML_MARKS_H_
#define REPORTLINT_OUTPUT_HTML_MARKS_H_

#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "reportlint/finding.h"

namespace reportlint {

// A finding as the page draws it: its span in the reading text
// (Document::text() indices) and the id of its element.
struct MarkedFinding {
  const Finding* finding = nullptr;
  size_t begin = 0;
  size_t end = 0;  // >= begin
  std::string id;
  int number = 0;  // 1-based, shown on its badge
  std::vector<size_t> parts;  // where each of Finding::parts begins in the reading text
  // False: the finding's element is written elsewhere (about the report as a
  // whole) and its span is not marked in the text.
  bool in_text = true;
  // Finding::evidence_json parsed once (an object; empty when unreadable),
  // for the cell, the outline and the detail that show it.
  nlohmann::ordered_json evidence = nlohmann::ordered_json::object();
};

// Part `part` (0-based) of finding `marked`: a cell the page marks and links to.
struct PartHere {
  const MarkedFinding* marked = nullptr;
  size_t part = 0;
};

// The id of a part's anchor, which the finding's detail links to.
std::string PartAnchor(const MarkedFinding& m, size_t part);

// The finding's element attributes: id, data-rule, data-severity, data-line
// (what tests and users' scripts select findings by).
std::string FindingAttributes(const MarkedFinding& m);

class FindingMarks {
 public:
  // `text` must outlive the marks. Findings are given in any order.
  FindingMarks(const std::u32string& text, std::vector<MarkedFinding> findings);

  // Appends text [begin, end) escaped, each stretch covered by findings in a
  // <mark> naming them (coloured by the worst), and the badge of every
  // finding that starts in the range and has no badge yet. A finding that
  // starts exactly at `end` is placed here when it is empty or `end` ends a
  // line (nothing later would show it).
  void Emit(size_t begin, size_t end, std::string* out);

  // The findings not yet given a place, in the order given.
  std::vector<const MarkedFinding*> Unplaced() const;
  // The findings that start in [begin, end).
  std::vector<const MarkedFinding*> StartingIn(size_t begin, size_t end) const;
  // The parts of any finding that begin in [begin, end).
  std::vector<PartHere> PartsStartingIn(size_t begin, size_t end) const;
  // Records that the anchor of `part` was written (PartAnchor), so links to
  // it lead somewhere; PartDrawn tells.
  void SetPartDrawn(const PartHere& part);
  bool PartDrawn(const MarkedFinding& m, size_t part) const;

  const std::vector<MarkedFinding>& findings() const { return findings_; }

 private:
  size_t LineOf(size_t pos) const;
  void Badge(size_t k, std::string* out);

  const std::u32string& text_;
  std::vector<MarkedFinding> findings_;
  std::vector<bool> placed_;
  std::vector<size_t> line_starts_;
  // Per line of the text: the findings whose span touches it.
  std::vector<std::vector<size_t>> by_line_;
  // Per line: the (finding, part) pairs whose part begins on it.
  std::vector<std::vector<std::pair<size_t, size_t>>> parts_by_line_;
  std::set<std::pair<size_t, size_t>> drawn_parts_;  // (finding, part)
};

}  // namespace reportlint

#endif  // REPORTLINT_OUTPUT_HTML_MARKS_H_
