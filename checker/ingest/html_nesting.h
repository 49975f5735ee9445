// A quick look at a page's tags before it is parsed: how deep its elements
// nest and how many there are, so a hostile page is refused in linear time.
#ifndef REPORTLINT_INGEST_HTML_NESTING_H_
#define REPORTLINT_INGEST_HTML_NESTING_H_

#include <cstddef>
#include <string_view>

namespace reportlint {

struct TagCount {
  size_t elements = 0;  // start tags
  size_t max_depth = 0;  // of elements that need an end tag (not void, not auto-closed)
};

// Counts the start tags of `page` and the deepest nesting of those that HTML
// closes only with an end tag (div, font, table, …; not p, li, td, whose
// end tags are optional, nor br or img). One pass, no tree: the HTML5 parse
// costs time growing with depth × elements, so the limits are checked first.
// Comments, <script>, <style> and the like are skipped.
TagCount CountTags(std::u32string_view page);

}  // namespace reportlint

#endif  // REPORTLINT_INGEST_HTML_NESTING_H_
