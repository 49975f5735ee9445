// A kind is one folder entry: every registered kind has each artifact
// docs/design.md ("Adding a rule kind") lists, and a pack fixture exercises
// each of its checks. MissingArtifacts() is the rule; it is tested on a fake
// tree here, then run on the real one.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <set>
#include <sstream>

#include "checker/ingest/read_input.h"
#include "checker/fixtures/fixture_run.h"
#include "checker/rules/pack_loader.h"
#include "checker/rules/registry.h"
#include "reportlint/checker.h"
#include "tests/corpus/corpus_score.h"

namespace reportlint {
namespace {

namespace fs = std::filesystem;

// The files of a source tree, by path relative to its root; "" for a file
// that does not exist.
using ReadTree = std::function<std::string(const std::string& path)>;

// What a kind is, for the check: its name and the names of its checks.
struct KindEntry {
  std::string name;
  std::vector<std::string> checks;
  bool across = false;  // a kind over the whole run (corpus_rule.h)
};

// The first sentence of a doc page: its first paragraph after the title.
std::string DocSentence(const std::string& page) {
  std::istringstream in(page);
  std::string line, para;
  while (std::getline(in, line)) {
    if (line.rfind("#", 0) == 0) continue;
    if (line.empty()) {
      if (!para.empty()) break;
      continue;
    }
    para += (para.empty() ? "" : " ") + line;
  }
  return para;
}

// The first sentence of a kind's header comment, without "Kind `x`: ", with
// its first letter as the doc page writes it.
std::string HeaderSentence(const std::string& header, const std::string& kind) {
  std::istringstream in(header);
  std::string line, text;
  while (std::getline(in, line) && line.rfind("//", 0) == 0) {
    std::string words = line.size() > 3 ? line.substr(3) : "";
    text += (text.empty() ? "" : " ") + words;
  }
  std::string prefix = "Kind `" + kind + "`: ";
  if (text.rfind(prefix, 0) == 0) text = text.substr(prefix.size());
  size_t end = text.find(". ");
  if (end != std::string::npos) text = text.substr(0, end + 1);
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 32);
  return text;
}

// What kind `k` lacks in `tree`, one line each ("" for nothing). `exercised`
// holds "kind/check" for every check a pack fixture expects and gets.
std::vector<std::string> MissingArtifacts(const KindEntry& k, const ReadTree& tree,
                                          const std::set<std::string>& exercised,
                                          const std::vector<std::string>& scored_kinds) {
  std::vector<std::string> missing;
  auto need = [&](bool ok, const std::string& what) {
    if (!ok) missing.push_back(k.name + ": " + what);
  };
  std::string file = k.name + "_rule";  // carry-over: carry_over_rule
  std::replace(file.begin(), file.end(), '-', '_');
  std::string header = tree("checker/rules/kinds/" + file + ".h");
  need(!header.empty(), "no class header checker/rules/kinds/" + file + ".h");
  need(!tree("checker/rules/kinds/" + file + ".cc").empty(),
       "no class source checker/rules/kinds/" + file + ".cc");
  std::string cmake = tree("CMakeLists.txt");
  need(cmake.find("checker/rules/kinds/" + file + ".cc") != std::string::npos,
       "checker/rules/kinds/" + file + ".cc not in CMakeLists.txt");
  std::string page = tree("docs/kinds/" + k.name + ".md");
  need(!page.empty(), "no doc page docs/kinds/" + k.name + ".md");
  if (!page.empty()) {
    for (const std::string& c : k.checks) {
      need(page.find("`" + c + "`") != std::string::npos,
           "docs/kinds/" + k.name + ".md does not document check `" + c + "`");
    }
    if (!header.empty()) {
      need(DocSentence(page) == HeaderSentence(header, k.name),
           "the first sentence of docs/kinds/" + k.name + ".md (\"" + DocSentence(page) +
               "\") is not its header's (\"" + HeaderSentence(header, k.name) + "\")");
    }
  }
  std::string row = "- [`" + k.name + "`](kinds/" + k.name + ".md)";
  need(tree("docs/rules.md").find(row) != std::string::npos,
       "no row '" + row + "' under \"Rule kinds\" in docs/rules.md");
  need(tree("README.md").find("(docs/kinds/" + k.name + ".md)") != std::string::npos,
       "README.md does not link docs/kinds/" + k.name + ".md");
  std::string test = "tests/rules/" + file + "_test.cc";
  need(!tree(test).empty(), "no unit test " + test);
  need(cmake.find(test) != std::string::npos, test + " not in CMakeLists.txt");
  // One excerpt alone gives a cross-report kind nothing to score: its
  // corpus fixtures and the series tests (tests/corpus_series) stand in.
  need(k.across ||
           std::find(scored_kinds.begin(), scored_kinds.end(), k.name) != scored_kinds.end(),
       "not among the corpus's ScoredKinds() (tests/corpus/corpus_score.cc)");
  for (const std::string& c : k.checks) {
    need(exercised.count(k.name + "/" + c) > 0,
         "no pack fixture (rules/*/tests/, examples/custom-pack/*/tests/) exercises check `" + c +
             "`");
  }
  return missing;
}

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

const fs::path kRoot = REPORTLINT_SOURCE_DIR;

std::string ReadSource(const std::string& path) { return ReadFile(kRoot / path); }

// The folders whose fixtures `reportlint test` runs in ctest.
std::vector<fs::path> FixturePacks() {
  std::vector<fs::path> packs;
  for (const fs::path& parent : {kRoot / "rules", kRoot / "examples/custom-pack"}) {
    for (const auto& e : fs::directory_iterator(parent)) {
      if (e.is_directory() && fs::is_directory(e.path() / "tests")) packs.push_back(e.path());
    }
  }
  std::sort(packs.begin(), packs.end());
  return packs;
}

// "kind/check" of every rule a pack fixture expects and gets (a true positive),
// running each pack's fixtures as `reportlint test` does.
std::set<std::string> ExercisedChecks() {
  std::set<std::string> exercised;
  for (const fs::path& dir : FixturePacks()) {
    std::vector<Error> errors;
    std::unique_ptr<Pack> pack = LoadPackFromDisk(dir.string(), BuiltinKinds(), &errors);
    Options options;
    options.builtin_packs = false;
    options.pack_dirs = {dir.string()};
    std::unique_ptr<Checker> checker = Checker::Create(options, &errors);
    for (const Error& e : errors) FAIL_CHECK(e.ToString());
    REQUIRE(pack != nullptr);
    REQUIRE(checker != nullptr);
    std::map<std::string, std::string> check_of;  // rule id -> "kind/check"
    for (const auto& rule : pack->rules) {
      check_of[rule->id] = rule->kind + "/" + std::string(rule->impl->CheckName());
    }
    for (const std::string& fixture : FindFixtures(dir.string())) {
      for (const FixtureOutcome& o : RunFixtures(*checker, fixture)) {
        for (const auto& [rule, tally] : o.rules) {
          if (tally.tp > 0 && check_of.count(rule)) exercised.insert(check_of[rule]);
        }
      }
    }
  }
  return exercised;
}

TEST_CASE("MissingArtifacts names every artifact a kind lacks") {
  std::map<std::string, std::string> files = {
      {"checker/rules/kinds/demo_rule.h", "// Kind `demo`: counts things.\n#ifndef X\n"},
      {"checker/rules/kinds/demo_rule.cc", "..."},
      {"CMakeLists.txt", "checker/rules/kinds/demo_rule.cc\ntests/rules/demo_rule_test.cc\n"},
      {"docs/kinds/demo.md", "# Rule kind `demo`\n\nCounts things.\n\n`one` and `two`.\n"},
      {"docs/rules.md", "- [`demo`](kinds/demo.md) — counts\n"},
      {"README.md", "[demo](docs/kinds/demo.md)"},
      {"tests/rules/demo_rule_test.cc", "..."},
  };
  ReadTree tree = [&](const std::string& p) { return files.count(p) ? files[p] : ""; };
  KindEntry demo{"demo", {"one", "two"}};
  std::set<std::string> exercised = {"demo/one", "demo/two"};
  std::vector<std::string> scored = {"demo"};
  CHECK(MissingArtifacts(demo, tree, exercised, scored).empty());

  auto without = [&](const std::string& path) {
    std::string kept = files[path];
    files.erase(path);
    std::vector<std::string> m = MissingArtifacts(demo, tree, exercised, scored);
    files[path] = kept;
    return m;
  };
  CHECK(without("docs/kinds/demo.md") ==
        std::vector<std::string>{"demo: no doc page docs/kinds/demo.md"});
  CHECK(without("docs/rules.md") ==
        std::vector<std::string>{
            "demo: no row '- [`demo`](kinds/demo.md)' under \"Rule kinds\" in docs/rules.md"});
  CHECK(without("tests/rules/demo_rule_test.cc") ==
        std::vector<std::string>{"demo: no unit test tests/rules/demo_rule_test.cc"});
  CHECK(without("README.md") ==
        std::vector<std::string>{"demo: README.md does not link docs/kinds/demo.md"});
  CHECK(without("checker/rules/kinds/demo_rule.h").size() == 1);

  CHECK(MissingArtifacts(demo, tree, {"demo/one"}, scored) ==
        std::vector<std::string>{"demo: no pack fixture (rules/*/tests/, "
                                 "examples/custom-pack/*/tests/) exercises check `two`"});
  CHECK(MissingArtifacts(demo, tree, exercised, {}).size() == 1);
  files["docs/kinds/demo.md"] = "# Rule kind `demo`\n\nCounts things.\n\n`one` only.\n";
  CHECK(MissingArtifacts(demo, tree, exercised, scored) ==
        std::vector<std::string>{"demo: docs/kinds/demo.md does not document check `two`"});
  files["docs/kinds/demo.md"] = "# Rule kind `demo`\n\nCounts other things.\n\n`one` `two`\n";
  CHECK(MissingArtifacts(demo, tree, exercised, scored).size() == 1);
}

TEST_CASE("every registered kind has its class, docs, tests and fixtures for each check") {
  std::set<std::string> exercised = ExercisedChecks();
  std::string missing;
  for (const KindInfo& k : BuiltinKinds().kinds()) {
    CHECK_MESSAGE(!k.checks.empty(), k.name);
    for (const std::string& m :
         MissingArtifacts({k.name, k.checks, k.make()->AsCorpusRule() != nullptr}, ReadSource, exercised, corpus::ScoredKinds())) {
      missing += m + "\n";
    }
  }
  CHECK_MESSAGE(missing.empty(), missing);
}

TEST_CASE("a rule names the check it runs, a name of its kind's table") {
  for (const KindInfo& k : BuiltinKinds().kinds()) {
    std::unique_ptr<RuleKind> rule = k.make();
    // Unconfigured, a rule runs its kind's default check: the first row.
    CHECK(rule->CheckName() == k.checks.front());
    std::set<std::string> unique(k.checks.begin(), k.checks.end());
    CHECK(unique.size() == k.checks.size());
  }
  CHECK(BuiltinKinds().Find("sum")->checks ==
        std::vector<std::string>{"total", "part", "near-total", "difference"});
  CHECK(BuiltinKinds().Find("pattern")->checks == std::vector<std::string>{"forbid", "require"});
}

}  // namespace
}  // namespace reportlint
