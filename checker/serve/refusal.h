// Every reason `reportlint serve` answers without a report page, in one table:
// its HTTP status and what it tells the officer, in Chinese and English.
#ifndef REPORTLINT_SERVE_REFUSAL_H_
#define REPORTLINT_SERVE_REFUSAL_H_

#include <string>
#include <vector>

#include "checker/serve/limits.h"

namespace reportlint {

enum class Refusal {
  kNoFile,           // 400: no file in the form
  kNotAForm,         // 400: not multipart/form-data (or its framing is broken)
  kTooLarge,         // 413: over ServeLimits::max_upload_bytes
  kTooManyFiles,     // 413: over ServeLimits::max_files
  kUnsupportedType,  // 415: not a report extension (.doc, .wps, .xls, none)
  kUnreadable,       // 422: the reader gave up (not a zip, a broken PDF, bad encoding)
  kBusy,             // 503: the check queue is full (or the server is stopping)
  kLate,             // 504: ServeLimits::deadline passed
  kNoHtmlFormat,     // 501: this build has no html output format
  kNotFound,         // 404
  kWrongMethod,      // 405
  kInternal,         // 500: an exception while answering
};

int StatusOf(Refusal refusal);

// The page: the headline, what to do (the limits filled in), then `details`
// as they are (the messages `reportlint check` prints), each escaped, and a
// link back to the upload page.
std::string RefusalPage(Refusal refusal, const std::string& lang, const ServeLimits& limits,
                        const std::vector<std::string>& details = {});

// The same for ?format=json: {"schema", "status", "error", "advice", "details"}.
std::string RefusalJson(Refusal refusal, const std::string& lang, const ServeLimits& limits,
                        const std::vector<std::string>& details = {});

}  // namespace reportlint

#endif  // REPORTLINT_SERVE_REFUSAL_H_
