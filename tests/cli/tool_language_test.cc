// ToolLanguage: --lang wins, else the locale (LC_ALL, LC_MESSAGES, LANG), else
// Chinese — also for C and POSIX.
#include "checker/cli/tool_language.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "checker/cli/cli_text.h"

namespace reportlint {
namespace {

// Sets the three locale variables for the test's scope, restoring them after.
class Locale {
 public:
  Locale(const char* all, const char* messages, const char* lang) {
    Set("LC_ALL", all);
    Set("LC_MESSAGES", messages);
    Set("LANG", lang);
  }
  ~Locale() {
    for (auto& [name, value] : saved_) {
      if (value) {
        setenv(name, value->c_str(), 1);
      } else {
        unsetenv(name);
      }
    }
  }

 private:
  void Set(const char* name, const char* value) {
    const char* old = std::getenv(name);
    saved_.push_back({name, old ? std::optional<std::string>(old) : std::nullopt});
    if (value) {
      setenv(name, value, 1);
    } else {
      unsetenv(name);
    }
  }
  std::vector<std::pair<const char*, std::optional<std::string>>> saved_;
};

TEST_CASE("tool language: the locale, in POSIX order; C, POSIX and nothing are Chinese") {
  {
    Locale l(nullptr, nullptr, nullptr);
    CHECK(LanguageFromEnvironment() == "zh");
  }
  {
    Locale l(nullptr, nullptr, "en_US.UTF-8");
    CHECK(LanguageFromEnvironment() == "en");
    CHECK(ToolLanguage("") == "en");
    CHECK(ToolLanguage("zh") == "zh");  // --lang wins
  }
  {
    Locale l("zh_CN.UTF-8", nullptr, "en_US.UTF-8");
    CHECK(LanguageFromEnvironment() == "zh");
  }
  {
    Locale l("", "de_DE.UTF-8", "zh_CN.UTF-8");  // an empty variable does not count
    CHECK(LanguageFromEnvironment() == "en");
  }
  for (const char* c : {"C", "POSIX", "C.UTF-8"}) {
    Locale l(c, nullptr, nullptr);
    CHECK(LanguageFromEnvironment() == "zh");
    CHECK(ToolLanguage("en") == "en");
  }
}

TEST_CASE("cli text: a description in Chinese, English as given, unknown text unchanged") {
  CHECK(CliText("Output format", "zh") == "输出格式");
  CHECK(CliText("Output format", "en") == "Output format");
  CHECK(CliText("not in the table", "zh") == "not in the table");
  CHECK(HasChineseText("Check reports and print findings"));
  CHECK_FALSE(HasChineseText("not in the table"));
}

}  // namespace
}  // namespace reportlint
