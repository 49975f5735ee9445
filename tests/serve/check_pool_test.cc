// The parts of `reportlint serve` that need no socket: the check pool's
// bounds, the upload reader's limits and display names, and AnswerUploads.
#include "checker/serve/check_pool.h"

#include <doctest/doctest.h>

#include <atomic>
#include <future>

#include "checker/serve/check_answer.h"
#include "checker/serve/upload_reader.h"

namespace reportlint {
namespace {

using namespace std::chrono_literals;

// Holds the pool's only worker with one task until Release(), so what comes
// next waits in the queue: deterministic, no sleeping.
class WorkerBlocker {
 public:
  explicit WorkerBlocker(CheckPool& pool) {
    std::shared_future<void> released = release_.get_future().share();
    std::promise<void> start;
    std::future<void> started = start.get_future();
    done_ = std::async(std::launch::async, [&pool, released, start = std::move(start)]() mutable {
      return pool.Run({[&start, released] {
                        start.set_value();
                        released.wait();
                      }},
                      CheckPool::Clock::now() + 30s);
    });
    started.wait();
  }
  // Lets the task end; the batch's outcome.
  CheckPool::Outcome Release() {
    release_.set_value();
    return done_.get();
  }

 private:
  std::promise<void> release_;
  std::future<CheckPool::Outcome> done_;
};

TEST_CASE("serve: the check pool runs a batch and answers when it is done") {
  CheckPool pool(2, 8);
  std::atomic<int> ran{0};
  std::vector<std::function<void()>> tasks(5, [&] { ++ran; });
  CHECK(pool.Run(tasks, CheckPool::Clock::now() + 10s) == CheckPool::Outcome::kDone);
  CHECK(ran == 5);
}

TEST_CASE("serve: a full queue refuses a batch, a late batch's waiting tasks never run") {
  CheckPool pool(1, 1);
  std::atomic<bool> late_task_ran{false};
  // One task holds the only worker...
  WorkerBlocker blocker(pool);
  // ...so the next waits in the queue until its deadline, and is dropped.
  auto late = std::async(std::launch::async, [&] {
    return pool.Run({[&] { late_task_ran = true; }}, CheckPool::Clock::now() + 300ms);
  });
  while (pool.queued() != 1) std::this_thread::yield();
  // The queue holds one task: a third request is refused at once.
  CHECK(pool.Run({[] {}}, CheckPool::Clock::now() + 30s) == CheckPool::Outcome::kBusy);
  CHECK(late.get() == CheckPool::Outcome::kLate);
  CHECK(blocker.Release() == CheckPool::Outcome::kDone);
  // The worker skips the abandoned task and takes the next batch.
  CHECK(pool.Run({[] {}}, CheckPool::Clock::now() + 30s) == CheckPool::Outcome::kDone);
  CHECK_FALSE(late_task_ran);
}

TEST_CASE("serve: the upload reader keeps `report` files within the limits") {
  ServeLimits limits;
  limits.max_upload_bytes = 10;
  limits.max_files = 2;
  {
    UploadReader r(limits);
    CHECK(r.OnPart("report", "a.txt"));
    CHECK(r.OnData("abc"));
    CHECK(r.OnPart("note", ""));  // another field: read, not kept
    CHECK(r.OnData("xy"));
    CHECK(r.OnPart("report", ""));  // "no file chosen"
    CHECK(r.OnPart("report", "a.txt"));
    CHECK(r.OnData("de"));
    REQUIRE(r.verdict() == UploadReader::Verdict::kOk);
    std::vector<Upload> u = r.Take();
    REQUIRE(u.size() == 2);
    CHECK(u[0].name == "a.txt");
    CHECK(u[0].bytes == "abc");
    CHECK(u[1].name == "a (2).txt");
    CHECK(u[1].bytes == "de");
  }
  {
    UploadReader r(limits);
    CHECK(r.OnPart("report", "a.txt"));
    CHECK(r.OnData("0123456789"));
    CHECK_FALSE(r.OnData("!"));  // the eleventh byte stops the reading
    CHECK(r.verdict() == UploadReader::Verdict::kTooLarge);
  }
  {
    UploadReader r(limits);
    for (const char* name : {"a.txt", "b.txt", "c.txt"}) CHECK(r.OnPart("report", name));
    CHECK(r.verdict() == UploadReader::Verdict::kTooManyFiles);
  }
  CHECK(UploadReader(limits).verdict() == UploadReader::Verdict::kNoFile);
}

TEST_CASE("serve: a file name is only a name to show") {
  CHECK(DisplayName("C:\\Users\\张三\\年报.docx") == "年报.docx");
  CHECK(DisplayName("../../etc/passwd") == "passwd");
  CHECK(DisplayName("a\r\nb\x01.txt") == "ab.txt");
  CHECK(DisplayName("\xE2\x80\xAEtxt.exe") == "txt.exe");  // U+202E, right-to-left override
  CHECK(DisplayName("bad\xff.txt") == "bad\xef\xbf\xbd.txt");  // U+FFFD
  // An overlong '\\' or '/' is not a separator, nor a character to show
  // (fuzz/corpus/serve_request/overlong-backslash-in-name.http).
  CHECK(DisplayName("a\xC1\x9C" "b.txt") == "a\xef\xbf\xbd\xef\xbf\xbd" "b.txt");
  CHECK(DisplayName("x\xC0\xAF" "y") == "x\xef\xbf\xbd\xef\xbf\xbd" "y");
  CHECK(DisplayName("..") == "report");
  CHECK(DisplayName("dir/") == "report");
  std::string shortened = DisplayName(std::string(300, 'x') + ".docx");
  CHECK(shortened == std::string(110, 'x') + "…" + ".docx");
}

TEST_CASE("serve: AnswerUploads checks in memory and refuses what it cannot read") {
  std::vector<Error> errors;
  Options options;
  auto zh = Checker::Create(options, &errors);
  options.lang = "en";
  auto en = Checker::Create(options, &errors);
  REQUIRE(zh);
  REQUIRE(en);
  CheckPool pool(1, 8);
  CheckService service;
  service.checker_zh = zh.get();
  service.checker_en = en.get();
  service.pool = &pool;

  Answer ok = AnswerUploads({{"r.txt", "2021年政府信息公开工作年度报告\n"}}, "json", "zh", service);
  CHECK(ok.status == 200);
  CHECK(ok.content_type == "application/json; charset=utf-8");
  CHECK(ok.body.find("\"path\": \"r.txt\"") != std::string::npos);

  Answer doc = AnswerUploads({{"r.doc", "\xd0\xcf\x11\xe0"}}, "html", "zh", service);
  CHECK(doc.status == 415);
  CHECK(doc.body.find("r.doc: 错误：不支持读取 doc 文件") != std::string::npos);  // the page's language
  CHECK(doc.body.find("无法读取这种文件") != std::string::npos);

  Answer zip = AnswerUploads({{"r.docx", "not a zip"}}, "html", "en", service);
  CHECK(zip.status == 422);
  CHECK(zip.body.find("The file could not be read") != std::string::npos);

  // One good, one bad: the writer's answer, with the bad one's error in it.
  Answer mixed = AnswerUploads({{"r.txt", "报告\n"}, {"x.pdf", "random"}}, "json", "en", service);
  CHECK(mixed.status == 200);
  CHECK(mixed.body.find("\"error\"") != std::string::npos);

  // The only worker busy: the report waits past the deadline.
  WorkerBlocker blocker(pool);
  service.limits.deadline = 50ms;
  Answer late = AnswerUploads({{"r.txt", "报告\n"}}, "html", "zh", service);
  CHECK(blocker.Release() == CheckPool::Outcome::kDone);
  CHECK(late.status == 504);
  CHECK(late.body.find("检查超时") != std::string::npos);
}

}  // namespace
}  // namespace reportlint
