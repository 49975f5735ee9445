// Routes and the headers of every answer. The body of POST /check is read
// through httplib's content reader into UploadReader, so the limits hold while
// the bytes arrive and the files stay in memory (httplib keeps no temp files).
#include "checker/serve/server.h"

#include <httplib.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <algorithm>
#include <cstdlib>
#include <optional>

#include "checker/serve/upload_page.h"

namespace reportlint {
namespace {

// Every answer, error pages included: the pages run only their own inline
// style and script, fetch nothing, are framed by no one and never cached
// (they show a report's content).
httplib::Headers SecurityHeaders() {
  return {
      {"Content-Security-Policy",
       "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
       "img-src data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"},
      {"X-Content-Type-Options", "nosniff"},
      {"Referrer-Policy", "no-referrer"},
      {"Cache-Control", "no-store"},
  };
}

std::string FormatOf(const httplib::Request& req) {
  return req.get_param_value("format") == "json" ? "json" : "html";
}

// Why the upload cannot be checked, if it cannot: `read` whether httplib read
// the whole body, `status` what httplib set when it did not (413: its
// Content-Length is over the limit; 415: a Content-Encoding it cannot undo).
std::optional<Refusal> ReadRefusal(bool read, int status, UploadReader::Verdict verdict) {
  using Verdict = UploadReader::Verdict;
  if (status == 413 || verdict == Verdict::kTooLarge) return Refusal::kTooLarge;
  if (!read) return status == 415 ? Refusal::kUnsupportedType : Refusal::kNotAForm;
  if (verdict == Verdict::kTooManyFiles) return Refusal::kTooManyFiles;
  if (verdict == Verdict::kNoFile) return Refusal::kNoFile;
  return std::nullopt;
}

void Send(const Answer& answer, httplib::Response* res) {
  res->status = answer.status;
  res->set_content(answer.body, answer.content_type.c_str());
  if (answer.retry_after > 0) res->set_header("Retry-After", std::to_string(answer.retry_after));
}

}  // namespace

ReportServer::ReportServer(const CheckService& service, std::string lang, int http_threads)
    : ReportServer(service, std::move(lang), std::make_unique<httplib::Server>()) {
  const size_t threads = static_cast<size_t>(std::max(1, http_threads));
  http_->new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
}

ReportServer::ReportServer(const CheckService& service, std::string lang,
                           std::unique_ptr<httplib::Server> http)
    : service_(service), lang_(std::move(lang)), http_(std::move(http)) {
  // httplib answers a larger Content-Length 413 before keeping a byte; the
  // handler writes the page.
  http_->set_payload_max_length(service_.limits.max_upload_bytes);
  // An idle keep-alive connection or a slow sender holds an HTTP thread:
  // short waits, so a few of them (a browser keeps up to six open) cannot
  // stall the page for everyone.
  http_->set_keep_alive_timeout(2);
  http_->set_read_timeout(2, 0);
  http_->set_write_timeout(5, 0);
  http_->set_default_headers(SecurityHeaders());
  Route();
}

ReportServer::~ReportServer() = default;

int ReportServer::Bind(const std::string& host, int port) {
  if (port == 0) return http_->bind_to_any_port(host);
  return http_->bind_to_port(host, port) ? port : -1;
}

bool ReportServer::Listen() { return http_->listen_after_bind(); }

void ReportServer::Stop() { http_->stop(); }

void ReportServer::Route() {
  auto lang_of = [this](const httplib::Request& req) {
    std::string asked = req.get_param_value("lang");
    return asked == "en" || asked == "zh" ? asked : lang_;
  };
  const ServeLimits& limits = service_.limits;

  http_->Get("/", [=, &limits](const httplib::Request& req, httplib::Response& res) {
    res.set_content(UploadPage(lang_of(req), limits), "text/html; charset=utf-8");
  });
  http_->Get("/healthz", [](const httplib::Request&, httplib::Response& res) {
    res.set_content("ok\n", "text/plain; charset=utf-8");
  });

  http_->Post("/check", [=, this, &limits](const httplib::Request& req, httplib::Response& res,
                                     const httplib::ContentReader& content) {
    const std::string lang = lang_of(req), format = FormatOf(req);
    UploadReader reader(limits);
    bool read;
    if (req.is_multipart_form_data()) {
      read = content(
          [&](const httplib::MultipartFormData& part) {
            return reader.OnPart(part.name, part.filename);
          },
          [&](const char* data, size_t n) { return reader.OnData({data, n}); });
    } else {  // read (within the limit) and drop it, so the connection stays in step
      read = content([&](const char* data, size_t n) { return reader.OnData({data, n}); });
      if (read) return Send(AnswerRefusal(Refusal::kNotAForm, format, lang, limits), &res);
    }
    if (std::optional<Refusal> refusal = ReadRefusal(read, res.status, reader.verdict())) {
      // A body left unread (over the limit as it arrived, broken framing)
      // ends the connection: what follows it is no request.
      if (!read) res.set_header("Connection", "close");
      return Send(AnswerRefusal(*refusal, format, lang, limits), &res);
    }
    const bool large = reader.bytes() > (1u << 20);
    Send(AnswerUploads(reader.Take(), format, lang, service_), &res);
#ifdef __GLIBC__
    // The upload and its check were allocated in this thread's malloc arena,
    // which would keep their peak (tens of MB per HTTP thread) for good.
    if (large) malloc_trim(0);
#endif
  });

  // The two pages with other methods: 405, and what is allowed.
  auto wrong_method = [=, &limits](const char* allow) {
    return [=, &limits](const httplib::Request& req, httplib::Response& res) {
      Send(AnswerRefusal(Refusal::kWrongMethod, FormatOf(req), lang_of(req), limits), &res);
      res.set_header("Allow", allow);
    };
  };
  for (const char* path : {"/", "/healthz"}) {
    http_->Post(path, wrong_method("GET, HEAD"));
    http_->Put(path, wrong_method("GET, HEAD"));
    http_->Patch(path, wrong_method("GET, HEAD"));
    http_->Delete(path, wrong_method("GET, HEAD"));
    http_->Options(path, wrong_method("GET, HEAD"));
  }
  http_->Get("/check", wrong_method("POST"));
  http_->Put("/check", wrong_method("POST"));
  http_->Patch("/check", wrong_method("POST"));
  http_->Delete("/check", wrong_method("POST"));
  http_->Options("/check", wrong_method("POST"));

  // A client that asks before sending (Expect: 100-continue, as curl does for
  // large bodies) learns of the limit before it sends a byte of the body.
  http_->set_expect_100_continue_handler([&limits](const httplib::Request& req,
                                                   httplib::Response& res) {
    std::string length = req.get_header_value("Content-Length");
    char* end = nullptr;
    unsigned long long declared = std::strtoull(length.c_str(), &end, 10);
    if (length.empty() || *end != '\0' || declared <= limits.max_upload_bytes) return 100;
    res.status = 413;  // httplib 0.11 answers with res.status, not with what is returned
    return 413;
  });

  // Whatever httplib answers itself without a body (404 for any other path,
  // 400 for a request it cannot parse, 413 …) gets a page too.
  http_->set_error_handler([=, &limits](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return;
    Refusal refusal = res.status == 404   ? Refusal::kNotFound
                      : res.status == 405 ? Refusal::kWrongMethod
                      : res.status == 413 ? Refusal::kTooLarge
                      : res.status == 415 ? Refusal::kUnsupportedType
                      : res.status < 500  ? Refusal::kNotAForm
                                          : Refusal::kInternal;
    int status = res.status;
    Send(AnswerRefusal(refusal, FormatOf(req), lang_of(req), limits), &res);
    res.status = status;
  });
  http_->set_exception_handler(
      [=, &limits](const httplib::Request& req, httplib::Response& res, std::exception_ptr ep) {
        std::string what = "unknown exception";
        try {
          std::rethrow_exception(ep);
        } catch (const std::exception& e) {
          what = e.what();
        } catch (...) {
        }
        Send(AnswerRefusal(Refusal::kInternal, FormatOf(req), lang_of(req), limits, {what}), &res);
      });
}

}  // namespace reportlint
