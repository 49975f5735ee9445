// The baseline file: JSON {"schema": "reportlint-baseline/1", "findings": [...]},
// read into a multiset of (path, rule, fingerprint).
#include "checker/findings/baseline.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <tuple>

#include "checker/util/atomic_file.h"
#include "checker/util/read_file.h"

namespace reportlint {
namespace {

constexpr const char* kBaselineSchema = "reportlint-baseline/1";
namespace fs = std::filesystem;

std::string Key(const std::string& path, const std::string& rule, const std::string& fp) {
  return path + "\n" + rule + "\n" + fp;
}

}  // namespace

std::string Baseline::RelativeKey(const std::string& baseline_file, const std::string& path) {
  if (path == "<stdin>") return path;
  std::error_code ec;
  fs::path dir = fs::absolute(fs::path(baseline_file), ec).parent_path();
  fs::path abs = fs::absolute(fs::path(path), ec).lexically_normal();
  fs::path rel = abs.lexically_relative(dir.lexically_normal());
  if (rel.empty()) rel = abs;
  return rel.generic_string();
}

std::unique_ptr<Baseline> Baseline::Load(const std::string& file, Error* error) {
  std::string text;
  ReadFailure failure;
  // A baseline of 10,000 reports' findings is some tens of MiB.
  if (!ReadFileCapped(file, 256u << 20, &text, &failure)) {
    *error = {file, 0, 0, "cannot read the baseline file: " + ReadError(file, failure, 256u << 20).message};
    return nullptr;
  }
  nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
  if (j.is_discarded() || !j.is_object() || j.value("schema", "") != kBaselineSchema ||
      !j.contains("findings") || !j["findings"].is_array()) {
    *error = {file, 0, 0,
              std::string("not a reportlint baseline (expected JSON with \"schema\": \"") +
                  kBaselineSchema + "\"; write one with --write-baseline)"};
    return nullptr;
  }
  auto b = std::unique_ptr<Baseline>(new Baseline());
  b->file_ = file;
  for (const auto& f : j["findings"]) {
    if (!f.is_object()) continue;
    b->counts_[Key(f.value("path", ""), f.value("rule", ""), f.value("fingerprint", ""))]++;
  }
  return b;
}

bool Baseline::Write(const std::string& file, std::vector<BaselineEntry> entries, Error* error) {
  for (BaselineEntry& e : entries) e.path = RelativeKey(file, e.path);
  std::stable_sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) {
    return std::tie(a.path, a.rule, a.fingerprint) < std::tie(b.path, b.rule, b.fingerprint);
  });
  nlohmann::ordered_json root;
  root["schema"] = kBaselineSchema;
  root["findings"] = nlohmann::ordered_json::array();
  for (const BaselineEntry& e : entries) {
    root["findings"].push_back({{"path", e.path},
                                {"rule", e.rule},
                                {"fingerprint", e.fingerprint},
                                {"message", e.message}});
  }
  // The old baseline stays whole until the new one is complete on disk.
  AtomicFile out(file);
  if (out.Open()) out.stream() << root.dump(2) << "\n";
  if (out.error() || !out.Commit()) {
    *error = {file, 0, 0, "cannot write the baseline file: " + SystemErrorText(out.error(), "en"),
              "无法写入基线文件：" + SystemErrorText(out.error(), "zh")};
    return false;
  }
  return true;
}

int Baseline::Allowance(const std::string& key, const std::string& rule,
                        const std::string& fingerprint) const {
  auto it = counts_.find(Key(key, rule, fingerprint));
  return it == counts_.end() ? 0 : it->second;
}

}  // namespace reportlint
