// Directory walks and glob expansion for `reportlint check`.
// Sorted, de-duplicated, hidden entries skipped.
#include "checker/cli/inputs.h"

#include <algorithm>
#include <filesystem>
#include <set>

#include "checker/config/glob.h"
#include "checker/ingest/read_input.h"

namespace reportlint {
namespace {

namespace fs = std::filesystem;

bool Hidden(const fs::path& p) {
  std::string name = p.filename().string();
  return name.size() > 1 && name[0] == '.' && name != "..";
}

// Every file under `dir` (as a path string that starts with `dir`), sorted.
std::vector<std::string> Walk(const std::string& dir, bool reports_only) {
  std::vector<std::string> out;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    if (Hidden(it->path())) {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (!it->is_regular_file(ec)) continue;
    std::string p = it->path().generic_string();
    if (!reports_only || HasReportExtension(p)) out.push_back(p);
  }
  std::sort(out.begin(), out.end());
  return out;
}

// The folder part of a glob before its first segment with a metacharacter.
std::string GlobBase(const std::string& pattern) {
  size_t meta = pattern.find_first_of("*?[");
  size_t slash = pattern.rfind('/', meta);
  return slash == std::string::npos ? "." : pattern.substr(0, slash == 0 ? 1 : slash);
}

}  // namespace

std::string WhyNoReport(const std::string& arg, const std::string& lang) {
  std::error_code ec;
  if (!fs::is_directory(arg, ec)) return "";
  std::vector<std::string> files = Walk(arg, false);
  const bool en = lang == "en";
  if (files.empty()) return en ? "the folder holds no file" : "文件夹中没有文件";
  std::string example = fs::path(files.front()).filename().string();
  return en ? "none of the folder's " + std::to_string(files.size()) + " files is a report (e.g. " +
                  example + "); reportlint reads .txt, .md, .html, .docx and .pdf files (save .doc "
                  "and .wps as .docx)"
            : "文件夹中的 " + std::to_string(files.size()) + " 个文件都不是报告（如 " + example +
                  "）；reportlint 读取 .txt、.md、.html、.docx 和 .pdf 文件（.doc、.wps 请另存为 "
                  ".docx）";
}

std::vector<InputFile> ExpandInputs(const std::vector<std::string>& args,
                                    std::vector<Error>* errors) {
  std::vector<InputFile> out;
  std::set<std::string> seen;
  auto add = [&](const std::string& path, bool named) {
    if (seen.insert(path).second) out.push_back({path, named});
  };
  std::error_code ec;
  for (const std::string& arg : args) {
    if (arg == "-") {
      add(arg, true);
    } else if (fs::is_directory(arg, ec)) {
      for (const std::string& p : Walk(arg, true)) add(p, false);
    } else if (HasGlobChars(arg) && !fs::exists(arg, ec)) {
      std::string base = GlobBase(arg);
      size_t matched = 0;
      if (fs::is_directory(base, ec)) {
        for (const std::string& p : Walk(base, false)) {
          std::string shown = base == "." ? p.substr(p.rfind("./", 0) == 0 ? 2 : 0) : p;
          if (GlobMatchWhole(arg, shown)) {
            add(shown, false);
            ++matched;
          }
        }
      }
      if (matched == 0) errors->push_back({arg, 0, 0, "no file matches this pattern", "没有文件与此通配符匹配"});
    } else {
      add(arg, true);
    }
  }
  return out;
}

}  // namespace reportlint
