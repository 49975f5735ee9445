// The version of reportlint, as CMake's project() declares it: the one place it
// is written. What `--version`, SARIF's tool.driver.version and embedders read.
#ifndef REPORTLINT_VERSION_H_
#define REPORTLINT_VERSION_H_

#include "reportlint/export.h"

namespace reportlint {

// "MAJOR.MINOR.PATCH", e.g. "0.1.0".
REPORTLINT_EXPORT const char* Version();

}  // namespace reportlint

#endif  // REPORTLINT_VERSION_H_
