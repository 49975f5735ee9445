// Which files are reports: one list of extensions, the same for a file named on
// the command line and for a folder search.
#include <doctest/doctest.h>

#include "checker/ingest/read_input.h"

namespace reportlint {

TEST_CASE("report extensions: one list for naming a file and searching a folder") {
  CHECK(KindOfExtension(".txt") == InputKind::kText);
  CHECK(KindOfExtension(".markdown") == InputKind::kText);
  CHECK(KindOfExtension(".shtml") == InputKind::kHtml);
  CHECK(KindOfExtension(".docm") == InputKind::kDocx);
  CHECK_FALSE(KindOfExtension(".yaml").has_value());
  CHECK(HasReportExtension("reports/2021/Report.DOCM"));
  CHECK(HasReportExtension("page.XHTML"));
  CHECK_FALSE(HasReportExtension("reports/.reportlint.yaml"));
  CHECK_FALSE(HasReportExtension("README"));
  // What a folder search accepts is read by extension, never sniffed.
  CHECK(SniffFormat(".docm", "") == InputKind::kDocx);
  CHECK(SniffFormat(".asp", "<!DOCTYPE html><html>") == InputKind::kHtml);
}

}  // namespace reportlint
