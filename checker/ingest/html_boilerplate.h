// What of an HTML page is not the report: scripts, navigation, headers and footers,
// link lists; and which <table> elements hold data rather than page layout.
#ifndef REPORTLINT_INGEST_HTML_BOILERPLATE_H_
#define REPORTLINT_INGEST_HTML_BOILERPLATE_H_

#include <gumbo.h>

#include <unordered_map>
#include <vector>

namespace reportlint {

// Text measured over an element's subtree, computed once per page.
struct NodeStats {
  size_t text = 0;       // characters of text, whitespace excluded
  size_t link_text = 0;  // of which inside <a>
  int links = 0;
  bool has_table = false;  // a <table> below the element (not the element itself)
};

using StatsMap = std::unordered_map<const GumboNode*, NodeStats>;

// Measures every element under `root`. Elements deeper than `max_depth` are
// not measured; returns false when there are any (the page is refused).
bool MeasureTree(const GumboNode* root, int max_depth, StatsMap* stats);

// Whether the element, with everything in it, is page furniture to skip:
// script/style/nav/aside/form controls, <header>/<footer> outside an
// <article> or <main>, hidden elements, ids and classes naming navigation,
// menus, footers, breadcrumbs, share bars, and blocks that are mostly links.
bool IsBoilerplate(const GumboNode* node, const NodeStats& stats, bool in_article);

// Whether a <table> holds data (read as a grid) rather than laying out the
// page (read as blocks): no cell holds a nested table or a long text.
bool IsDataTable(const GumboNode* table, const StatsMap& stats);

// The element's rows in document order (<thead>, <tbody>, <tfoot> and direct
// <tr> children), not those of nested tables.
void TableRows(const GumboNode* table, std::vector<const GumboNode*>* rows);

}  // namespace reportlint

#endif  // REPORTLINT_INGEST_HTML_BOILERPLATE_H_
