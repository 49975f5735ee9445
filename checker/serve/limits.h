// What one request to `reportlint serve` may cost, each limit with its default
// (docs/serve.md) and its flag (checker/cli/serve_command.cc).
#ifndef REPORTLINT_SERVE_LIMITS_H_
#define REPORTLINT_SERVE_LIMITS_H_

#include <chrono>
#include <cstddef>

namespace reportlint {

struct ServeLimits {
  // The request body: the files plus the form's framing (a few hundred bytes a
  // file). A larger Content-Length is answered 413 before any byte is kept
  // (httplib reads the rest and drops it, so the browser can show the page);
  // the bytes are counted again as they arrive, so a chunked or compressed
  // body cannot go beyond it either. --max-upload-mb (MiB).
  size_t max_upload_bytes = 20u << 20;
  // Files in one request (parts named `report`); more is 413. --max-files.
  int max_files = 20;
  // From the end of the upload to the answer, the wait for a worker included;
  // later is 504. A report's check cannot be interrupted: a late request's
  // checks still running finish (and are dropped), those not started are
  // skipped. --timeout (seconds).
  std::chrono::milliseconds deadline{std::chrono::seconds(60)};
  // Reports checked at once, over every request: the check pool's threads.
  // --jobs (default: one per core).
  int workers = 1;
  // Reports waiting for a worker, over every request. A request whose files
  // would not fit is answered 503 at once, not queued. --max-queued.
  size_t max_queued = 64;
};

}  // namespace reportlint

#endif  // REPORTLINT_SERVE_LIMITS_H_
