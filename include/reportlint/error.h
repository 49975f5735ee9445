// Errors of the tool itself (usage, configuration, unreadable input).
// They are values with a location, never findings, and make the run exit 2.
#ifndef REPORTLINT_ERROR_H_
#define REPORTLINT_ERROR_H_

#include <string>

#include "reportlint/export.h"

namespace reportlint {

struct REPORTLINT_EXPORT Error {
  std::string file;  // may be empty for usage errors
  int line = 0;      // 1-based; 0 when the error concerns the whole file
  int column = 0;
  std::string message;
  // The same in Chinese, where its producer has it (the readers of reports:
  // "没有这个文件"); "" otherwise. `message` is what machine formats carry.
  std::string message_zh = {};

  // "file:line:col: error: message" (parts that are unknown are left out).
  std::string ToString() const;
  // For `lang` "zh" and a message_zh: "file:line:col: 错误：message_zh";
  // otherwise ToString().
  std::string ToString(const std::string& lang) const;
  // message_zh for "zh" when there is one, else message.
  const std::string& Message(const std::string& lang) const;
};

}  // namespace reportlint

#endif  // REPORTLINT_ERROR_H_
