// Acceptance test on the real reports in ../shared/seeds: every `expect` entry of
// expected.yaml is found, no `clean` one is flagged, and nothing else of the checked
// kinds is reported beyond the debatable `may` entries.
#include <doctest/doctest.h>
#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>

#include "tests/run_binary.h"

namespace reportlint::testing {
namespace {

// The rule kinds whose expectations this build checks.
const std::set<std::string> kCheckedKinds = {"sections", "period", "pattern", "sum", "ratio"};

std::filesystem::path SeedsDir() {
  return std::filesystem::path(REPORTLINT_SOURCE_DIR) / ".." / "shared" / "seeds";
}

bool SameNumber(const nlohmann::json& evidence, const YAML::Node& expected) {
  return evidence.is_number() && evidence.get<double>() == expected.as<double>();
}

// Whether finding `f` is the one `entry` describes.
bool Matches(const nlohmann::json& f, const YAML::Node& entry) {
  if (f["kind"] != entry["kind"].as<std::string>()) return false;
  if (entry["line"] && f["line"].get<int>() != entry["line"].as<int>()) return false;
  if (entry["missing"] &&
      f["evidence"].value("missing", std::string()) != entry["missing"].as<std::string>()) {
    return false;
  }
  if (entry["stated"] && entry["stated"].IsScalar() &&
      !(f["evidence"].contains("stated") && SameNumber(f["evidence"]["stated"], entry["stated"]))) {
    return false;
  }
  return true;
}

std::string Describe(const YAML::Node& entry) {
  YAML::Emitter e;
  e << YAML::Flow << entry;
  return e.c_str();
}

}  // namespace

TEST_CASE("seeds: expected findings are found, clean ones are not flagged") {
  std::filesystem::path dir = SeedsDir();
  if (!std::filesystem::exists(dir / "expected.yaml")) {
    MESSAGE("../shared/seeds not present; skipping the seeds acceptance test");
    return;
  }
  YAML::Node expected = YAML::LoadFile((dir / "expected.yaml").string());
  int found_expects = 0;
  for (const auto& file : expected) {
    std::string name = file.first.as<std::string>();
    RunResult run = RunReportlint("check --format json --fail-on never '" +
                                  (dir / name).string() + "'");
    REQUIRE_MESSAGE(run.exit_code == 0, name << ": " << run.err);
    nlohmann::json report = nlohmann::json::parse(run.out);
    nlohmann::json findings = report["files"][0]["findings"];
    std::vector<bool> used(findings.size(), false);
    std::set<std::string> matched_rules;  // rules that found an expected problem

    for (const YAML::Node& entry : file.second["expect"]) {
      if (!kCheckedKinds.count(entry["kind"].as<std::string>())) continue;
      bool hit = false;
      for (size_t i = 0; i < findings.size() && !hit; ++i) {
        if (!used[i] && Matches(findings[i], entry)) {
          used[i] = hit = true;
          matched_rules.insert(findings[i]["rule"].get<std::string>());
        }
      }
      CHECK_MESSAGE(hit, name << ": expected finding not reported: " << Describe(entry));
      found_expects += hit;
    }
    for (const YAML::Node& entry : file.second["clean"]) {
      std::string kind = entry["kind"].as<std::string>();
      if (!kCheckedKinds.count(kind)) continue;
      for (size_t i = 0; i < findings.size(); ++i) {
        if (used[i] || findings[i]["kind"] != kind) continue;
        if (entry["line"]) {
          CHECK_MESSAGE(findings[i]["line"].get<int>() != entry["line"].as<int>(),
                        name << ": clean entry flagged: " << Describe(entry) << " by "
                             << findings[i].dump());
        }
        for (const YAML::Node& m : entry["missing_not"]) {
          CHECK_MESSAGE(findings[i]["evidence"].value("missing", std::string()) != m.as<std::string>(),
                        name << ": reported missing although present: " << m.as<std::string>());
        }
      }
    }
    // Anything else of a checked kind must be covered by a debatable entry,
    // or be another instance of an expected problem (expected.yaml describes
    // "five on this line, one more on line 35" as one entry).
    for (const std::string& kind : kCheckedKinds) {
      int extra = 0, may = 0;
      for (size_t i = 0; i < findings.size(); ++i) {
        extra += !used[i] && findings[i]["kind"] == kind &&
                 !matched_rules.count(findings[i]["rule"].get<std::string>());
      }
      for (const YAML::Node& entry : file.second["may"]) may += entry["kind"].as<std::string>() == kind;
      CHECK_MESSAGE(extra <= may, name << ": " << extra << " unexpected '" << kind
                                       << "' findings beyond " << may << " 'may' entries:\n"
                                       << findings.dump(1));
    }
  }
  MESSAGE(found_expects << " expected findings found");
}

}  // namespace reportlint::testing
