// A finding: one problem a rule found in a report, with where and why.
// Every output format renders the same list of these.
#ifndef REPORTLINT_FINDING_H_
#define REPORTLINT_FINDING_H_

#include <optional>
#include <string>
#include <vector>

#include "reportlint/export.h"
#include "reportlint/location.h"

namespace reportlint {

enum class Severity { kInfo = 0, kWarning = 1, kError = 2 };

REPORTLINT_EXPORT const char* SeverityName(Severity s);  // "info" | "warning" | "error"
REPORTLINT_EXPORT std::optional<Severity> ParseSeverity(const std::string& name);

// One of the values a finding's computed value comes from (a term of a table
// identity): what the HTML page links to from the finding's detail.
struct FindingPart {
  std::string label;  // e.g. "予以公开 × 自然人"
  std::string value;  // as printed in the report ("" when blank)
  Location begin;
  Location end;
};

struct Finding {
  std::string rule_id;  // e.g. "ogi-2008/required-contents"
  std::string kind;     // the rule kind: "sections", "period", "pattern", ...
  Severity severity = Severity::kError;
  Location begin;       // first character of the span
  Location end;         // one past the last character (same line: column + length)
  std::string message;  // rendered in the run's language
  // The facts behind the finding, as one JSON object in compact UTF-8 text,
  // keys in the order the rule wrote them: e.g. {"declared":6,"found":2} or
  // {"year":2016,"report_year":2017}; "{}" when there are none, never empty.
  // Which keys a rule kind writes is listed on its page in docs/kinds/. The
  // JSON output prints this object as is (under "evidence"); parse it with any
  // JSON library to read the values.
  std::string evidence_json = "{}";
  // 16 hex digits that survive line shifts (checker/findings/fingerprint.h):
  // what baselines and SARIF's partialFingerprints use.
  std::string fingerprint;
  // The parts the rule computed with, in the order of its expression; empty
  // for most kinds. Not in the JSON output or the fingerprint.
  std::vector<FindingPart> parts;
};

// A finding of a rule over the whole run (a cross-report check), with the
// file it is in: a report of the run, or the hierarchy file.
struct PlacedFinding {
  std::string path;
  Finding finding;
};

}  // namespace reportlint

#endif  // REPORTLINT_FINDING_H_
