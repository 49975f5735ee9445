// ToolLanguage (tool_language.h): the POSIX order of the locale variables.
#include "checker/cli/tool_language.h"

#include <cstdlib>

namespace reportlint {

std::string LanguageFromEnvironment() {
  for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* value = std::getenv(name);
    if (value == nullptr || *value == '\0') continue;
    std::string locale = value;
    if (locale == "C" || locale == "POSIX" || locale.rfind("C.", 0) == 0) return "zh";
    return locale.rfind("zh", 0) == 0 ? "zh" : "en";
  }
  return "zh";
}

std::string ToolLanguage(const std::string& flag) {
  if (flag == "zh" || flag == "en") return flag;
  return LanguageFromEnvironment();
}

}  // namespace reportlint
