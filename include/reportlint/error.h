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

  // "file:line:col: error: message" (parts that are unknown are left out).
  std::string ToString() const;
};

}  // namespace reportlint

#endif  // REPORTLINT_ERROR_H_
