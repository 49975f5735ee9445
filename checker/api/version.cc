// Version() from the REPORTLINT_VERSION definition CMake makes of PROJECT_VERSION.
#include "reportlint/version.h"

#ifndef REPORTLINT_VERSION
#error "REPORTLINT_VERSION must be defined by the build (CMakeLists.txt, from project())"
#endif

namespace reportlint {

const char* Version() { return REPORTLINT_VERSION; }

}  // namespace reportlint
