// The language of the tool's own words (help, usage and input errors, the
// progress bar): --lang when given, else the locale, else Chinese.
#ifndef REPORTLINT_CLI_TOOL_LANGUAGE_H_
#define REPORTLINT_CLI_TOOL_LANGUAGE_H_

#include <string>

namespace reportlint {

// From LC_ALL, else LC_MESSAGES, else LANG (the first that is set and not
// empty, as POSIX orders them): "zh" for zh_*, "en" for any other named
// language (en_US.UTF-8, de_DE, …); "zh" for C, POSIX or nothing set — the
// users are Chinese offices, and C is what a bare server or container says.
std::string LanguageFromEnvironment();

// `flag` ("zh" or "en", from --lang) when given, else LanguageFromEnvironment().
std::string ToolLanguage(const std::string& flag);

}  // namespace reportlint

#endif  // REPORTLINT_CLI_TOOL_LANGUAGE_H_
