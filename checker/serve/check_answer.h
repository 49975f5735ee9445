// POST /check once the upload is read: each file checked in memory on the
// check pool, then the page `reportlint check --format html` writes for them
// (?format=json: its JSON), or the page that says why not. No socket involved.
#ifndef REPORTLINT_SERVE_CHECK_ANSWER_H_
#define REPORTLINT_SERVE_CHECK_ANSWER_H_

#include <string>
#include <vector>

#include "checker/serve/check_pool.h"
#include "checker/serve/limits.h"
#include "checker/serve/refusal.h"
#include "checker/serve/upload_reader.h"
#include "reportlint/checker.h"

namespace reportlint {

// What answers every request, made once at start-up and shared by them all.
struct CheckService {
  // One checker per message language (the same packs and configuration), so
  // ?lang=en gets English findings too. Not owned; both set.
  const Checker* checker_zh = nullptr;
  const Checker* checker_en = nullptr;
  std::vector<RuleSummary> rules;  // every rule in force, for the writers
  ServeLimits limits;
  CheckPool* pool = nullptr;  // not owned

  const Checker& CheckerFor(const std::string& lang) const {
    return lang == "en" ? *checker_en : *checker_zh;
  }
};

struct Answer {
  int status = 200;
  std::string content_type = "text/html; charset=utf-8";
  std::string body;
  int retry_after = 0;  // seconds, for the Retry-After header (0: none)
};

// `format`: "html" or "json". `lang`: "zh" or "en", of the page and of the
// findings. A file whose extension is not a report's is not read (415 when
// no file could be read for that reason alone); one its reader refuses
// carries `check`'s error message (422 when none could be read). Some files
// read: 200 with the writer's page, which shows the others' errors.
Answer AnswerUploads(std::vector<Upload> uploads, const std::string& format,
                     const std::string& lang, const CheckService& service);

// The answer to a request refused before any check (400, 404, 413, …), as a
// page or, for ?format=json, as JSON.
Answer AnswerRefusal(Refusal refusal, const std::string& format, const std::string& lang,
                     const ServeLimits& limits, const std::vector<std::string>& details = {});

}  // namespace reportlint

#endif  // REPORTLINT_SERVE_CHECK_ANSWER_H_
