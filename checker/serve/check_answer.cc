// Uploads → Checker::CheckBytes on the pool → FindOutputFormat + WriteAll, the
// same writers `reportlint check` streams into, with the display names as paths.
#include "checker/serve/check_answer.h"

#include <cctype>
#include <exception>
#include <filesystem>
#include <memory>
#include <sstream>

#include "checker/ingest/read_input.h"
#include "checker/output/formats.h"

namespace reportlint {
namespace {

// What the tasks of one request share. Owned jointly by the request and its
// tasks: a task may still run after its request answered 504.
struct Job {
  std::vector<Upload> uploads;
  std::vector<Result> results;  // slot i written by task i only
};

// Check's own message for a name it would refuse (.doc, .wps), else ours for
// an extension that is not a report's (check would try it as text).
Error UnsupportedType(const Upload& upload, const Checker& checker) {
  std::string ext = std::filesystem::path(upload.name).extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (ext == ".doc" || ext == ".wps") {
    Result refused = checker.CheckBytes(upload.name, "");
    if (refused.error) return *refused.error;
  }
  std::string message = ext.empty() ? "a file without an extension is not read"
                                    : "reading " + ext.substr(1) + " files is not supported";
  std::string message_zh = ext.empty() ? "没有扩展名的文件不予读取"
                                       : "不支持读取 " + ext.substr(1) + " 文件";
  return {upload.name, 0, 0, message + "; save the report as .docx, .pdf, .html or plain text",
          message_zh + "，请把报告另存为 .docx、.pdf、.html 或纯文本"};
}

Answer Rendered(const OutputFormat& format, const std::vector<Result>& results,
                const CorpusResult* corpus, const std::string& lang,
                const CheckService& service) {
  OutputOptions options;
  options.lang = lang;
  options.rules = service.rules;
  std::ostringstream out;
  WriteAll(format, results, options, out, corpus);
  Answer answer;
  answer.body = std::move(out).str();
  if (std::string(format.name) == "json") answer.content_type = "application/json; charset=utf-8";
  return answer;
}

}  // namespace

Answer AnswerRefusal(Refusal refusal, const std::string& format, const std::string& lang,
                     const ServeLimits& limits, const std::vector<std::string>& details) {
  Answer answer;
  answer.status = StatusOf(refusal);
  if (format == "json") {
    answer.content_type = "application/json; charset=utf-8";
    answer.body = RefusalJson(refusal, lang, limits, details);
  } else {
    answer.body = RefusalPage(refusal, lang, limits, details);
  }
  if (refusal == Refusal::kBusy) answer.retry_after = 10;
  return answer;
}

Answer AnswerUploads(std::vector<Upload> uploads, const std::string& format,
                     const std::string& lang, const CheckService& service) {
  const ServeLimits& limits = service.limits;
  if (uploads.empty()) return AnswerRefusal(Refusal::kNoFile, format, lang, limits);
  const auto deadline = CheckPool::Clock::now() + limits.deadline;
  const Checker& checker = service.CheckerFor(lang);

  auto job = std::make_shared<Job>();
  job->uploads = std::move(uploads);
  job->results.resize(job->uploads.size());
  std::vector<bool> unsupported(job->uploads.size(), false);
  std::vector<std::function<void()>> tasks;
  for (size_t i = 0; i < job->uploads.size(); ++i) {
    const Upload& u = job->uploads[i];
    if (!HasReportExtension(u.name)) {
      unsupported[i] = true;
      job->results[i].path = u.name;
      job->results[i].error = UnsupportedType(u, checker);
      continue;
    }
    tasks.push_back([job, i, &checker] {
      const Upload& upload = job->uploads[i];
      try {
        job->results[i] = checker.CheckBytes(upload.name, upload.bytes);
      } catch (const std::exception& e) {  // CheckBytes does not throw; memory may run out
        job->results[i].path = upload.name;
        job->results[i].error = Error{upload.name, 0, 0, std::string("internal error: ") + e.what()};
      }
    });
  }
  if (!tasks.empty()) {
    switch (service.pool->Run(std::move(tasks), deadline)) {
      case CheckPool::Outcome::kDone:
        break;
      case CheckPool::Outcome::kBusy:
        return AnswerRefusal(Refusal::kBusy, format, lang, limits);
      case CheckPool::Outcome::kLate:
        return AnswerRefusal(Refusal::kLate, format, lang, limits);
    }
  }
  // After kDone no task touches the job any more: its results are ours.
  std::vector<Result>& results = job->results;
  bool any_read = false, all_unsupported = true;
  std::vector<std::string> errors;
  for (size_t i = 0; i < results.size(); ++i) {
    if (!results[i].error) any_read = true;
    if (results[i].error) errors.push_back(results[i].error->ToString(lang));
    if (results[i].error && !unsupported[i]) all_unsupported = false;
  }
  Refusal failure = all_unsupported ? Refusal::kUnsupportedType : Refusal::kUnreadable;
  try {
    if (!any_read && format != "json") return AnswerRefusal(failure, format, lang, limits, errors);
    const OutputFormat* writer = FindOutputFormat(format);
    if (!writer) return AnswerRefusal(Refusal::kNoHtmlFormat, format, lang, limits);
    std::unique_ptr<CorpusResult> corpus;
    if (checker.HasCorpusRules()) {
      std::vector<std::shared_ptr<const CorpusReport>> reports;
      for (const Result& r : results) reports.push_back(r.corpus);
      corpus = std::make_unique<CorpusResult>(checker.CheckCorpus(reports));
    }
    Answer answer = Rendered(*writer, results, corpus.get(), lang, service);
    if (!any_read) answer.status = StatusOf(failure);
    return answer;
  } catch (const std::exception& e) {
    return AnswerRefusal(Refusal::kInternal, format, lang, limits, {e.what()});
  }
}

}  // namespace reportlint
