// The folders of checker/ are the stages of the data flow, and a stage never
// includes a later one. This test reads every #include and fails on one that does.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <optional>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

namespace {

// Lowest first: a file may include its own layer and the ones before it.
// The public vocabulary headers (include/reportlint/ but checker.h) and
// checker/api, which implements them, sit below everything.
const std::vector<std::vector<std::string>>& Layers() {
  static const std::vector<std::vector<std::string>> layers = {
      {"include/reportlint/", "checker/api/", "checker/util/"},
      {"checker/values/"},     // numbers, numerals, units, dates: no document knowledge
      {"checker/ingest/"},     // files → Document
      {"checker/normalize/"},  // folded text
      {"checker/structure/"},  // lines, headings, tables
      {"checker/facts/"},      // periods, year mentions, relations, report info
      {"checker/corpus/"},     // the reports of a run: bodies, hierarchy, index
      {"checker/rules/"},      // packs and rule kinds
      {"checker/findings/"},   // sink, directives, baseline
      {"checker/engine/", "include/reportlint/checker.h"},
      {"checker/output/"},
      {"checker/config/"},
      {"checker/fixtures/"},
      {"checker/serve/"},  // reportlint serve: the web pages and the HTTP side
      {"checker/cli/"},
  };
  return layers;
}

// The layer of a path relative to the source root; nullopt: not layered.
std::optional<size_t> LayerOf(const std::string& path) {
  std::optional<size_t> found;
  size_t longest = 0;
  for (size_t i = 0; i < Layers().size(); ++i) {
    for (const std::string& prefix : Layers()[i]) {
      if (path.rfind(prefix, 0) == 0 && prefix.size() > longest) {
        found = i;
        longest = prefix.size();
      }
    }
  }
  return found;
}

struct Violation {
  std::string file;
  int line;
  std::string include;
};

// One #include of a file: its line, whether it is written "..." (not <...>),
// and the path inside the quotes or brackets.
struct Include {
  int line;
  bool quoted;
  std::string path;
};

std::vector<Include> IncludesOf(const std::string& source) {
  static const std::regex include_re(R"re(^\s*#\s*include\s*([<"])([^>"]+)[>"])re");
  std::vector<Include> out;
  std::istringstream lines(source);
  std::string text;
  int line = 0;
  while (std::getline(lines, text)) {
    ++line;
    std::smatch m;
    if (std::regex_search(text, m, include_re)) out.push_back({line, m[1] == "\"", m[2]});
  }
  return out;
}

// Every include in `source` (the text of `file`) of a later layer than the file's.
// Public headers are included as "reportlint/x.h", everything else by its path.
std::vector<Violation> ViolationsIn(const std::string& file, const std::string& source) {
  std::vector<Violation> out;
  std::optional<size_t> own = LayerOf(file);
  if (!own) return out;
  const bool public_header = file.rfind("include/", 0) == 0;
  for (const Include& inc : IncludesOf(source)) {
    if (!inc.quoted) continue;
    std::string included = inc.path;
    if (included.rfind("reportlint/", 0) == 0) included = "include/" + included;
    std::optional<size_t> theirs = LayerOf(included);
    bool internal = included.rfind("include/reportlint/", 0) != 0;
    if ((theirs && *theirs > *own) || (public_header && internal)) {
      out.push_back({file, inc.line, inc.path});
    }
  }
  return out;
}

// Every include in a public header (`file`, text `source`) of something but a
// standard header (<map>: no '/' and no '.') or another public header: a
// program that embeds reportlint needs no other library's headers.
std::vector<Violation> PublicHeaderViolations(const std::string& file, const std::string& source) {
  std::vector<Violation> out;
  for (const Include& inc : IncludesOf(source)) {
    bool standard = !inc.quoted && inc.path.find_first_of("/.") == std::string::npos;
    bool ours = inc.quoted && inc.path.rfind("reportlint/", 0) == 0;
    if (!standard && !ours) out.push_back({file, inc.line, inc.path});
  }
  return out;
}

// Includes of internal headers (checker/...) in a file that may use only the
// public API: the benchmark, the corpus scorer, the examples.
std::vector<Violation> InternalIncludes(const std::string& file, const std::string& source) {
  std::vector<Violation> out;
  for (const Include& inc : IncludesOf(source)) {
    if (inc.quoted && inc.path.rfind("checker/", 0) == 0) out.push_back({file, inc.line, inc.path});
  }
  return out;
}

// The .h and .cc files under root/top, as (path relative to root, text).
std::vector<std::pair<std::string, std::string>> SourcesUnder(const std::string& top) {
  namespace fs = std::filesystem;
  const fs::path root = REPORTLINT_SOURCE_DIR;
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& entry : fs::recursive_directory_iterator(root / top)) {
    std::string ext = entry.path().extension().string();
    if (!entry.is_regular_file() || (ext != ".h" && ext != ".cc")) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::string source((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    out.emplace_back(fs::relative(entry.path(), root).generic_string(), std::move(source));
  }
  return out;
}

std::string Describe(const std::vector<Violation>& violations) {
  std::string out;
  for (const Violation& v : violations) {
    out += v.file + ":" + std::to_string(v.line) + ": includes " + v.include + "\n";
  }
  return out;
}

}  // namespace

TEST_CASE("layers: no file includes a later stage of the flow") {
  namespace fs = std::filesystem;
  const fs::path root = REPORTLINT_SOURCE_DIR;
  std::vector<Violation> all;
  int files = 0;
  for (const char* top : {"checker", "include"}) {
    for (const auto& entry : fs::recursive_directory_iterator(root / top)) {
      std::string ext = entry.path().extension().string();
      if (!entry.is_regular_file() || (ext != ".h" && ext != ".cc")) continue;
      std::ifstream in(entry.path(), std::ios::binary);
      std::string source((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      std::string rel = fs::relative(entry.path(), root).generic_string();
      INFO(rel);
      CHECK(LayerOf(rel).has_value());  // a new folder must be given its layer
      std::vector<Violation> found = ViolationsIn(rel, source);
      all.insert(all.end(), found.begin(), found.end());
      ++files;
    }
  }
  CHECK(files > 100);
  CHECK_MESSAGE(all.empty(), Describe(all));
}

TEST_CASE("layers: an include against the flow is caught") {
  auto v = ViolationsIn("checker/structure/headings.cc",
                        "#include \"checker/values/decimal.h\"\n"
                        "#include \"checker/rules/pack.h\"\n");
  REQUIRE(v.size() == 1);
  CHECK(v[0].line == 2);
  CHECK(v[0].include == "checker/rules/pack.h");
  // The finding sink may not reach up to the checker's API...
  CHECK(ViolationsIn("checker/findings/finding_sink.h", "#include \"reportlint/checker.h\"\n")
            .size() == 1);
  // ...but every stage may use the vocabulary headers.
  CHECK(ViolationsIn("checker/values/quantity.h", "#include \"reportlint/location.h\"\n").empty());
  // A public header reaches nothing internal.
  CHECK(ViolationsIn("include/reportlint/finding.h", "#include \"checker/util/utf.h\"\n").size() ==
        1);
}

TEST_CASE("layers: public headers include only standard and reportlint/ headers") {
  std::vector<Violation> all;
  int headers = 0;
  for (const auto& [path, source] : SourcesUnder("include")) {
    std::vector<Violation> found = PublicHeaderViolations(path, source);
    all.insert(all.end(), found.begin(), found.end());
    ++headers;
  }
  CHECK(headers >= 6);
  CHECK_MESSAGE(all.empty(), Describe(all));
}

TEST_CASE("layers: a third-party include in a public header is caught") {
  auto v = PublicHeaderViolations("include/reportlint/finding.h",
                                  "#include <optional>\n"
                                  "#include <nlohmann/json.hpp>\n"
                                  "#include \"reportlint/location.h\"\n"
                                  "#include <fmt/format.h>\n"
                                  "#include \"checker/util/utf.h\"\n"
                                  "#include <unicode/utypes.h>\n"
                                  "#include <zip.h>\n");
  REQUIRE(v.size() == 5);
  CHECK(v[0].line == 2);
  CHECK(v[0].include == "nlohmann/json.hpp");
  CHECK(v[2].include == "checker/util/utf.h");
  CHECK(v[4].include == "zip.h");
}

TEST_CASE("layers: the benchmark, the corpus scorer and the examples use the public API only") {
  std::vector<Violation> all;
  for (const char* top : {"bench", "tests/corpus", "examples"}) {
    for (const auto& [path, source] : SourcesUnder(top)) {
      std::vector<Violation> found = InternalIncludes(path, source);
      all.insert(all.end(), found.begin(), found.end());
    }
  }
  CHECK_MESSAGE(all.empty(), Describe(all));
  CHECK(InternalIncludes("bench/bench_main.cc", "#include \"checker/ingest/read_input.h\"\n")
            .size() == 1);
}
