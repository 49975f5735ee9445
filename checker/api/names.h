// The names users type and read for the vocabulary's enums, as lists: what the
// command line, the configuration and pack files accept. Spelled in api/vocabulary.cc.
#ifndef REPORTLINT_API_NAMES_H_
#define REPORTLINT_API_NAMES_H_

#include <string>
#include <vector>

namespace reportlint {

// "error", "warning", "info": SeverityName of each severity, highest first.
const std::vector<std::string>& SeverityNames();

// What --fail-on and `fail_on:` take: the severity names and "never".
const std::vector<std::string>& FailOnNames();

}  // namespace reportlint

#endif  // REPORTLINT_API_NAMES_H_
