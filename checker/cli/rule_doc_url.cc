// The .deb installs under /usr and `cmake --install` under its --prefix, so the
// folder is found from the running binary, not from the configure prefix.
#include "checker/cli/rule_doc_url.h"

#include <filesystem>
#include <system_error>

#ifndef REPORTLINT_DOCDIR
#define REPORTLINT_DOCDIR "share/doc/reportlint"
#endif

namespace reportlint {

std::string InstalledRuleDocUrl() {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec) return "";
  fs::path rules = exe.parent_path().parent_path() / REPORTLINT_DOCDIR / "docs" / "rules";
  if (!fs::is_directory(rules, ec)) return "";
  return "file://" + rules.lexically_normal().string() + "/";
}

}  // namespace reportlint
