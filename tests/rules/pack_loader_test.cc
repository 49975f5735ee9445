#include "checker/rules/pack_loader.h"

#include <doctest/doctest.h>

#include "tests/test_util.h"

namespace reportlint {
namespace {

using testing::PackErrors;

// A valid pattern rule; tests break one thing in it at a time.
const char* kValid = R"(pack: t
description: test pack
rules:
  - id: t/a
    kind: pattern
    severity: error
    pattern: 'XX'
    message:
      zh: "占位符“{match}”"
      en: "placeholder \"{match}\""
)";

TEST_CASE("a valid pack loads") {
  CHECK(PackErrors(kValid) == "");
  std::vector<Error> errors;
  auto pack = LoadPack("fallback", "test", {{"pack.yaml", kValid}}, BuiltinKinds(), &errors);
  REQUIRE(pack != nullptr);
  CHECK(pack->name == "t");
  CHECK(pack->description == "test pack");
  CHECK_FALSE(pack->report_years.has_value());
  REQUIRE(pack->rules.size() == 1);
  const Rule& r = *pack->rules[0];
  CHECK(r.id == "t/a");
  CHECK(r.kind == "pattern");
  CHECK(r.severity == Severity::kError);
  CHECK(r.pack == "t");
  CHECK(r.file == "pack.yaml");
  CHECK(r.line == 4);
  CHECK(r.message_en.text() == "placeholder \"{match}\"");
}

TEST_CASE("the built-in packs load without errors") {
  std::vector<Error> errors;
  auto packs = LoadBuiltinPacks(BuiltinKinds(), &errors);
  CheckUniqueRuleIds(packs, &errors);
  std::string all;
  for (const Error& e : errors) all += e.ToString() + "\n";
  CHECK(all == "");
  std::vector<std::string> names;
  for (const auto& p : packs) {
    names.push_back(p->name);
    CHECK_MESSAGE(!p->rules.empty(), p->name);
  }
  CHECK(std::find(names.begin(), names.end(), "ogi-common") != names.end());
  CHECK(std::find(names.begin(), names.end(), "ogi-2008") != names.end());
  CHECK(std::find(names.begin(), names.end(), "ogi-2019") != names.end());
}

TEST_CASE("a misspelt key, with did you mean") {
  CHECK(PackErrors(R"(pack: t
rules:
  - id: t/a
    kind: pattern
    severty: error
    pattern: 'XX'
    message: {zh: "z", en: "e"}
)") == "pack.yaml:3:5: error: missing required key 'severity'\n"
       "pack.yaml:5:5: error: unknown key 'severty' (did you mean 'severity'?)");
  // An optional key: only the unknown key is reported.
  CHECK(PackErrors(R"(pack: t
rules:
  - id: t/a
    kind: pattern
    severity: error
    descripton: typo
    pattern: 'XX'
    message: {zh: "z", en: "e"}
)") == "pack.yaml:6:5: error: unknown key 'descripton' (did you mean 'description'?)");
  // A key of the kind.
  CHECK(PackErrors(R"(pack: t
rules:
  - id: t/a
    kind: pattern
    severity: error
    pattern: 'XX'
    then_expct: 'YY'
    message: {zh: "z", en: "e"}
)") == "pack.yaml:7:5: error: unknown key 'then_expct' (did you mean 'then_expect'?)");
  // At the top of the file, and inside message.
  CHECK(PackErrors("pack: t\nrule:\n  - id: x\n") ==
        "pack.yaml:2:1: error: unknown key 'rule' (did you mean 'rules'?)");
  CHECK(PackErrors(R"(pack: t
rules:
  - id: t/a
    kind: pattern
    severity: error
    pattern: 'XX'
    message: {zh: "z", en: "e", eng: "x"}
)") == "pack.yaml:7:33: error: unknown key 'eng' (did you mean 'en'?)");
  // Nothing close: no suggestion.
  CHECK(PackErrors("pack: t\nfrobnicate: 1\n") == "pack.yaml:2:1: error: unknown key 'frobnicate'");
}

TEST_CASE("a value of the wrong type") {
  CHECK(PackErrors(R"(pack: t
rules:
  - id: t/a
    kind: sections
    check: required
    severity: error
    max_level: two
    required: [{name: A, match: 'A'}]
    message: {zh: "{missing}", en: "{missing}"}
)") == "pack.yaml:7:16: error: 'max_level' must be a whole number");
  CHECK(PackErrors(R"(pack: t
rules:
  - id: t/a
    kind: sections
    check: required
    severity: error
    max_level: 9
    required: [{name: A, match: 'A'}]
    message: {zh: "{missing}", en: "{missing}"}
)") == "pack.yaml:7:16: error: 'max_level' must be between 1 and 6");
  CHECK(PackErrors(R"(pack: t
rules:
  - id: t/a
    kind: sections
    check: required
    severity: error
    required: A
    message: {zh: "{missing}", en: "{missing}"}
)") == "pack.yaml:7:15: error: 'required' must be a list");
  CHECK(PackErrors(R"(pack: t
rules:
  - id: t/a
    kind: pattern
    severity: error
    pattern: [XX, YY]
    message: {zh: "z", en: "e"}
)") == "pack.yaml:6:14: error: 'pattern' must be a regular expression string");
  CHECK(PackErrors("pack: t\nrules: {id: x}\n") == "pack.yaml:2:8: error: 'rules' must be a list");
  CHECK(PackErrors("pack: t\nrules:\n  - just a string\n") ==
        "pack.yaml:3:5: error: expected a mapping of keys to values");
  CHECK(PackErrors("- a\n- b\n") == "pack.yaml:1:1: error: expected a mapping of keys to values");
}

TEST_CASE("a choice outside its set") {
  CHECK(PackErrors(R"(pack: t
rules:
  - id: t/a
    kind: pattern
    severity: eror
    pattern: 'XX'
    message: {zh: "z", en: "e"}
)") == "pack.yaml:5:15: error: 'severity' must be one of error, warning, info, not 'eror' "
       "(did you mean 'error'?)");
  CHECK(PackErrors(R"(pack: t
rules:
  - id: t/a
    kind: period
    check: dedline
    severity: error
    message: {zh: "z", en: "e"}
)") == "pack.yaml:5:12: error: 'check' must be one of stated, range, other-year, deadline, "
       "year-known, not 'dedline' (did you mean 'deadline'?)");
}

TEST_CASE("an unknown rule kind, with did you mean") {
  CHECK(PackErrors(R"(pack: t
rules:
  - id: t/a
    kind: patern
    severity: error
    message: {zh: "z", en: "e"}
)") == "pack.yaml:4:11: error: unknown rule kind 'patern' (did you mean 'pattern'?)");
  CHECK(PackErrors(R"(pack: t
rules:
  - id: t/a
    kind: spelling
    severity: error
    message: {zh: "z", en: "e"}
)") == "pack.yaml:4:11: error: unknown rule kind 'spelling'");
}

TEST_CASE("an invalid regular expression, with its position") {
  CHECK(PackErrors(R"(pack: t
rules:
  - id: t/a
    kind: pattern
    severity: error
    pattern: '统计(期限'
    message: {zh: "z", en: "e"}
)") == "pack.yaml:6:14: error: invalid regular expression '统计(期限': missing closing "
       "parenthesis at character 6");
  // In a list, at the offending entry.
  CHECK(PackErrors(R"(pack: t
rules:
  - id: t/a
    kind: sections
    check: required
    severity: error
    required:
      - {name: A, match: ['总体', '概述[']}
    message: {zh: "{missing}", en: "{missing}"}
)") == "pack.yaml:8:33: error: invalid regular expression '概述[': missing terminating ] for "
       "character class at character 4");
}

TEST_CASE("columns count characters, not bytes") {
  // Each ideograph before the error is one column, though three bytes.
  CHECK(PackErrors(R"(pack: t
rules:
  - id: t/a
    kind: sections
    check: required
    severity: error
    required: [{name: 主动公开, match: '主动公开'}, {name: 依申请, mtch: '依申请'}]
    message: {zh: "缺少{missing}", en: "{missing}"}
)") == "pack.yaml:7:45: error: missing required key 'match'\n"
       "pack.yaml:7:57: error: unknown key 'mtch' (did you mean 'match'?)");
  CHECK(PackErrors("description: 年度报告\npack: [年报\n") ==
        "pack.yaml:3:1: error: invalid YAML: end of sequence flow not found");
  CHECK(PackErrors("description: 年度报告: x\n") ==
        "pack.yaml:1:18: error: invalid YAML: illegal map value");
}

TEST_CASE("duplicate rule ids") {
  CHECK(PackErrors(R"(pack: t
rules:
  - id: t/a
    kind: pattern
    severity: error
    pattern: 'XX'
    message: {zh: "z", en: "e"}
  - id: t/a
    kind: pattern
    severity: error
    pattern: 'YY'
    message: {zh: "z", en: "e"}
)") == "pack.yaml:8: error: duplicate rule id 't/a' (first defined in pack.yaml:3)");
}

TEST_CASE("a message needs both languages") {
  CHECK(PackErrors(R"(pack: t
rules:
  - id: t/a
    kind: pattern
    severity: error
    pattern: 'XX'
    message:
      zh: "占位符"
)") == "pack.yaml:8:7: error: missing required key 'en'");
  CHECK(PackErrors(R"(pack: t
rules:
  - id: t/a
    kind: pattern
    severity: error
    pattern: 'XX'
)") == "pack.yaml:3:5: error: missing required key 'message'");
}

// The pack's rule `description` with `block` in place of kValid's (none).
std::string WithDescription(const std::string& block) {
  std::string pack = kValid;
  return pack.insert(pack.find("    pattern:"), block);
}

TEST_CASE("a description: one text for both languages, or zh and en") {
  auto load = [](const std::string& text) {
    std::vector<Error> errors;
    auto pack = LoadPack("fallback", "test", {{"pack.yaml", text}}, BuiltinKinds(), &errors);
    REQUIRE(pack != nullptr);
    return std::pair(pack->rules[0]->description_zh, pack->rules[0]->description_en);
  };
  CHECK(load(kValid) == std::pair<std::string, std::string>("", ""));
  CHECK(load(WithDescription("    description: Placeholders left in.\n")) ==
        std::pair<std::string, std::string>("Placeholders left in.", "Placeholders left in."));
  CHECK(load(WithDescription("    description:\n      zh: 遗留的占位符。\n"
                             "      en: Placeholders left in.\n")) ==
        std::pair<std::string, std::string>("遗留的占位符。", "Placeholders left in."));
  CHECK(PackErrors(WithDescription("    description:\n      zh: 遗留的占位符。\n")) ==
        "pack.yaml:8:7: error: missing required key 'en'");
  CHECK(PackErrors(WithDescription("    description:\n      zh: 占位符\n      en: x\n"
                                   "      fr: y\n")) ==
        "pack.yaml:10:7: error: unknown key 'fr' (did you mean 'zh'?)");
}

TEST_CASE("a message placeholder the kind never provides") {
  CHECK(PackErrors(R"(pack: t
rules:
  - id: t/a
    kind: sections
    check: required
    severity: error
    required: [{name: A, match: 'A'}]
    message:
      zh: "缺少{missing}"
      en: "missing {missng}"
)") == "pack.yaml:10:11: error: message names '{missng}', which a 'sections' rule never "
       "provides (available: missing); did you mean '{missing}'?");
  // What a kind provides depends on its check.
  CHECK(PackErrors(R"(pack: t
rules:
  - id: t/a
    kind: pattern
    mode: require
    severity: error
    pattern: 'XX'
    message: {zh: "{match}", en: "{count}"}
)") == "pack.yaml:8:19: error: message names '{match}', which a 'pattern' rule never provides "
       "(available: count, min, max)");
  // A template syntax error.
  CHECK(PackErrors(R"(pack: t
rules:
  - id: t/a
    kind: pattern
    severity: error
    pattern: 'XX'
    message: {zh: "{match", en: "e}"}
)") == "pack.yaml:7:19: error: unclosed '{' in message\n"
       "pack.yaml:7:33: error: unmatched '}' in message (write '}}' for a literal brace)");
}

TEST_CASE("applies_to") {
  auto with = [](const std::string& applies) {
    return PackErrors("pack: t\napplies_to:\n" + applies + "rules: []\n");
  };
  CHECK(with("  report_years: [2019, null]\n") == "");
  CHECK(with("  report_years: 2019\n") == "");
  CHECK(with("  report_years: [2008, 2018]\n") == "");
  const std::string kBad =
      "error: 'report_years' must be a year or [first, last] (last may be null)";
  CHECK(with("  report_years: [2019]\n") == "pack.yaml:3:17: " + kBad);
  CHECK(with("  report_years: [2019, 2008]\n") == "pack.yaml:3:17: " + kBad);
  CHECK(with("  report_years: recent\n") == "pack.yaml:3:17: " + kBad);
  // A misspelt key: report_years is missing, and the key is unknown.
  CHECK(with("  report_year: 2019\n") ==
        "pack.yaml:3:3: " + kBad + "\n"
        "pack.yaml:3:3: error: unknown key 'report_year' (did you mean 'report_years'?)");
  // The same in a rule's own applies_to.
  CHECK(PackErrors(R"(pack: t
rules:
  - id: t/a
    kind: pattern
    severity: error
    pattern: 'XX'
    applies_to: {report_year: 2019}
    message: {zh: "z", en: "e"}
)") == "pack.yaml:7:17: " + kBad + "\n"
       "pack.yaml:7:18: error: unknown key 'report_year' (did you mean 'report_years'?)");

  // Not a mapping: an error, not yaml-cpp's BadSubscript (fuzz/corpus/pack_yaml).
  CHECK(PackErrors("pack: t\napplies_to: 2019\nrules: []\n") ==
        "pack.yaml:2:13: error: expected a mapping of keys to values");

  std::vector<Error> errors;
  auto pack = LoadPack("t", "test", {{"pack.yaml", "applies_to: {report_years: [2008, 2018]}\n"}},
                       BuiltinKinds(), &errors);
  REQUIRE(pack != nullptr);
  CHECK(pack->name == "t");  // the fallback name
  CHECK(pack->AppliesTo(2008));
  CHECK(pack->AppliesTo(2018));
  CHECK_FALSE(pack->AppliesTo(2019));
  CHECK_FALSE(pack->AppliesTo(std::nullopt));
}

TEST_CASE("invalid YAML syntax") {
  CHECK(PackErrors("pack: t\nrules:\n  - id: [t/a\n") ==
        "pack.yaml:4:1: error: invalid YAML: end of sequence flow not found");
  CHECK(PackErrors("pack: t\n  bad: indent\n") ==
        "pack.yaml:2:6: error: invalid YAML: illegal map value");
  // An empty file adds nothing and is fine.
  CHECK(PackErrors("") == "");
}

TEST_CASE("errors in several rules are all reported, and no pack is returned") {
  std::vector<Error> errors;
  auto pack = LoadPack("t", "test", {{"a.yaml", R"(rules:
  - id: t/a
    kind: patern
    severity: error
    message: {zh: "z", en: "e"}
  - id: t/b
    kind: pattern
    severity: error
    pattern: '('
    message: {zh: "z", en: "e"}
)"}}, BuiltinKinds(), &errors);
  CHECK(pack == nullptr);
  REQUIRE(errors.size() == 2);
  CHECK(errors[0].ToString() == "a.yaml:3:11: error: unknown rule kind 'patern' (did you mean 'pattern'?)");
  CHECK(errors[1].ToString() ==
        "a.yaml:9:14: error: invalid regular expression '(': missing closing parenthesis at "
        "character 2");
}

}  // namespace
}  // namespace reportlint
