// libFuzzer target for the inline directives (facts/directives: the
// `reportlint-disable-next-line` / `-file` comments) on the bytes as a text
// report: each directive stands on a line of the report, in order, its
// columns span "reportlint-…" within that line, the line it silences follows
// it, and it is either well formed (rules and a reason) or says why not in
// both languages.
#include <cstddef>
#include <cstdint>

#include "checker/facts/directives.h"
#include "fuzz/fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using reportlint::Directive;
  using reportlint::fuzz::Require;
  reportlint::Document doc("fuzz.txt", reportlint::SourceFormat::kText, "UTF-8",
                           reportlint::fuzz::TextOf(reportlint::fuzz::Bytes(data, size)));
  int last_line = 0;
  for (const Directive& d : reportlint::FindDirectives(doc)) {
    Require(d.line > last_line && d.line <= doc.line_count());
    last_line = d.line;
    std::u32string_view line = doc.Line(d.line);
    Require(d.column >= 1 && d.column < d.end_column &&
            static_cast<size_t>(d.end_column) <= line.size() + 1);
    Require(line.substr(d.column - 1, 11) == U"reportlint-");
    if (d.scope == Directive::Scope::kFile) Require(d.target_line == 0);
    Require(d.target_line == 0 || (d.target_line > d.line && d.target_line <= doc.line_count()));
    Require(d.problem.empty() == d.problem_zh.empty());
    if (d.problem.empty()) Require(!d.rules.empty() && !d.reason.empty());
    for (const std::string& rule : d.rules) {
      Require(!rule.empty() && rule.find_first_of(" ,\t") == std::string::npos);
    }
  }
  return 0;
}
