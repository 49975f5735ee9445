// A JSON Schema (draft-04) validator for the keywords the SARIF 2.1.0 schema
// uses, so the SARIF test needs no Python or network on a fresh machine.
#ifndef REPORTLINT_TESTS_OUTPUT_JSON_SCHEMA_H_
#define REPORTLINT_TESTS_OUTPUT_JSON_SCHEMA_H_

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace reportlint::testing {

// Supported: $ref (local JSON pointers), type, enum, const, properties,
// required, additionalProperties, patternProperties, items (one schema or a
// tuple), minItems, maxItems, uniqueItems, minimum, maximum, exclusiveMinimum/
// Maximum (draft-04 booleans), minLength, maxLength, pattern, format (uri,
// uri-reference, date-time), allOf, anyOf, oneOf, not, minProperties.
// Any other keyword is an error of the validator itself (reported as a
// violation), so a schema using more is never silently half-checked.
// Returns the violations, each "json/pointer: what is wrong"; empty when valid.
std::vector<std::string> ValidateJson(const nlohmann::json& schema, const nlohmann::json& doc);

}  // namespace reportlint::testing

#endif  // REPORTLINT_TESTS_OUTPUT_JSON_SCHEMA_H_
