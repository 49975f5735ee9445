// The committed rule pages (docs/rules/<pack>/<rule>.md) are what
// `reportlint rules --doc-pages` writes now: none stale, none missing, none
// left over from a removed rule.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <set>

#include "checker/util/utf.h"
#include "tests/run_binary.h"
#include "tests/temp_dir.h"

namespace reportlint::testing {
namespace {

namespace fs = std::filesystem;

std::string ReadAll(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

std::set<std::string> PagesUnder(const fs::path& dir) {
  std::set<std::string> out;
  std::error_code ec;
  for (const auto& e : fs::recursive_directory_iterator(dir, ec)) {
    if (e.is_regular_file() && e.path().extension() == ".md")
      out.insert(e.path().lexically_relative(dir).generic_string());
  }
  return out;
}

// A line per page that differs: "missing: P", "stale: P", "left over: P".
std::string PageDifferences(const fs::path& generated, const fs::path& committed) {
  std::string out;
  std::set<std::string> fresh = PagesUnder(generated), kept = PagesUnder(committed);
  for (const std::string& p : fresh) {
    if (!kept.count(p))
      out += "missing: " + p + "\n";
    else if (ReadAll(generated / p) != ReadAll(committed / p))
      out += "stale: " + p + "\n";
  }
  for (const std::string& p : kept) {
    if (!fresh.count(p)) out += "left over: " + p + "\n";
  }
  return out;
}

}  // namespace

TEST_CASE("rule pages: docs/rules/ is what `reportlint rules --doc-pages docs/rules` writes") {
  TempDir dir;
  RunResult r = RunReportlint("rules --doc-pages '" + dir.path() + "/pages'");
  REQUIRE(r.exit_code == 0);
  // One page per rule in force (the built-in packs' and reportlint's own).
  nlohmann::json rules = nlohmann::json::parse(RunReportlint("rules --format json").out);
  CHECK(r.out == dir.path() + "/pages: " + std::to_string(rules.size()) + " rule pages written\n");
  CHECK(PagesUnder(dir.path() + "/pages").size() == rules.size());
  INFO("regenerate with: reportlint rules --doc-pages docs/rules (from the source tree)");
  CHECK(PageDifferences(dir.path() + "/pages", SourcePath("docs/rules")) == "");
}

TEST_CASE("rules: every rule in force describes itself in Chinese and in English") {
  nlohmann::json rules = nlohmann::json::parse(RunReportlint("rules --format json").out);
  REQUIRE(rules.size() > 3);
  for (const auto& rule : rules) {
    CAPTURE(rule["id"].get<std::string>());
    CHECK_FALSE(rule["description"]["en"].get<std::string>().empty());
    // Written in Chinese, not the English copied: more ideographs than Latin
    // letters (ids and option names such as `total_from` stay Latin).
    int ideographs = 0;
    int latin = 0;
    for (char32_t c : Utf8ToU32(rule["description"]["zh"].get<std::string>())) {
      if (IsCjkIdeograph(c)) ++ideographs;
      if ((c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z')) ++latin;
    }
    CHECK(ideographs > latin);
  }
}

TEST_CASE("rule pages: a new rule without a page, an edited rule and a removed one are caught") {
  TempDir dir;
  dir.Write("p/pack.yaml",
            "pack: p\nrules:\n  - id: p/xx\n    kind: pattern\n    severity: warning\n"
            "    pattern: 'XX'\n    description: Placeholders left in.\n"
            "    message: {zh: '占位符“{match}”', en: 'placeholder {match}'}\n");
  RunResult r = RunReportlint("rules --rules '" + dir.path() + "/p' --doc-pages '" + dir.path() +
                              "/pages'");
  REQUIRE(r.exit_code == 0);
  CHECK(PageDifferences(dir.path() + "/pages", SourcePath("docs/rules")) == "missing: p/xx.md\n");
  std::string page = ReadAll(dir.path() + "/pages/p/xx.md");
  CHECK(page.find("# p/xx\n\nplaceholder …\n\nPlaceholders left in.\n") != std::string::npos);

  // The committed pages plus p's, one of them edited and one from a rule that is gone.
  fs::copy(SourcePath("docs/rules"), dir.path() + "/committed", fs::copy_options::recursive);
  fs::copy(dir.path() + "/pages/p", dir.path() + "/committed/p", fs::copy_options::recursive);
  dir.Write("committed/p/old.md", "# p/old\n");
  dir.Write("committed/ogi-common/period-stated.md", "# edited by hand\n");
  CHECK(PageDifferences(dir.path() + "/pages", dir.path() + "/committed") ==
        "stale: ogi-common/period-stated.md\nleft over: p/old.md\n");
}

}  // namespace reportlint::testing
