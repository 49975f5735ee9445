// GET /: the page an officer drops reports on. One self-contained page (inline
// style and script, nothing fetched); a plain form that works without script.
#ifndef REPORTLINT_SERVE_UPLOAD_PAGE_H_
#define REPORTLINT_SERVE_UPLOAD_PAGE_H_

#include <string>

#include "checker/serve/limits.h"

namespace reportlint {

// The page in `lang` ("zh" or "en"). Its form posts the field `report`
// (multiple files) to /check, in the same language; the script adds drag and
// drop and tells of a file over the limits before anything is sent.
std::string UploadPage(const std::string& lang, const ServeLimits& limits);

// The extensions the file chooser offers, as its accept attribute lists them.
extern const char kAcceptedExtensions[];

}  // namespace reportlint

#endif  // REPORTLINT_SERVE_UPLOAD_PAGE_H_
