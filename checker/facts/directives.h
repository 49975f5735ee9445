// Inline suppression directives, read from the source text of a report:
//   <!-- reportlint-disable-next-line RULE[, RULE…] -- reason -->
//   # reportlint-disable-file RULE -- reason
#ifndef REPORTLINT_FACTS_DIRECTIVES_H_
#define REPORTLINT_FACTS_DIRECTIVES_H_

#include <string>
#include <vector>

#include "reportlint/document.h"

namespace reportlint {

// A directive stands in a comment: an HTML/Markdown comment `<!-- … -->`
// anywhere on a line, or a line of a text report that starts with `#` or `//`.
// `next-line` silences the rules on the next non-blank line, `file` in the
// whole report. The reason after ` -- ` is required.
struct Directive {
  enum class Scope { kNextLine, kFile };
  Scope scope = Scope::kNextLine;
  std::vector<std::string> rules;
  std::string reason;
  int line = 0;            // 1-based source line of the directive
  int column = 0;          // 1-based column where "reportlint-" starts
  int end_column = 0;      // one past the directive text
  int target_line = 0;     // kNextLine: the line it silences (0: none follows)
  std::string problem;     // why the directive is malformed ("" when it is fine)
  std::string problem_zh;  // the same in Chinese
  bool used = false;       // set by the sink when it silenced a finding
};

std::vector<Directive> FindDirectives(const Document& document);

}  // namespace reportlint

#endif  // REPORTLINT_FACTS_DIRECTIVES_H_
