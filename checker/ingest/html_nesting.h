// A quick look at a page's tags before it is parsed: how deep its elements
// nest and how many there are, so a hostile page is refused in linear time.
#ifndef REPORTLINT_INGEST_HTML_NESTING_H_
#define REPORTLINT_INGEST_HTML_NESTING_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace reportlint {

struct TagCount {
  size_t elements = 0;   // start tags (up to where counting stopped)
  size_t max_depth = 0;  // of the open elements, as the parser would close them
};

// Counts the start tags of `page` and the deepest nesting of its elements,
// closing them roughly as the HTML5 parser does: an end tag closes the
// nearest open element of its name (misnested ones with it), a block start
// tag an open <p>, an <li> the open <li>, a cell the open cell; void
// elements never nest. One pass, no tree: the HTML5 parse costs time growing
// with depth × elements, so the limits are checked first. Comments, <script>,
// <style> and the like are skipped. Stops counting once the depth passes
// `stop_at` (the answer is then "too deep" however much deeper it goes).
TagCount CountTags(std::u32string_view page, size_t stop_at = SIZE_MAX);

}  // namespace reportlint

#endif  // REPORTLINT_INGEST_HTML_NESTING_H_
