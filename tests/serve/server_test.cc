// `reportlint serve` over real HTTP on 127.0.0.1: a server in this process on
// a free port, talked to with httplib's client as a browser would.
#include "checker/serve/server.h"

#include <doctest/doctest.h>
#include <httplib.h>

#include <fstream>
#include <future>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>
#include <thread>

#include "checker/output/formats.h"
#include "tests/run_binary.h"

namespace reportlint {
namespace {

using testing::RunReportlint;
using testing::SourcePath;

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// A server on 127.0.0.1, port 0, with the built-in packs and no configuration
// (as `reportlint check --no-config`), serving on its own thread.
class TestServer {
 public:
  explicit TestServer(ServeLimits limits = {}) {
    std::vector<Error> errors;
    Options options;
    options.keep_analysis = true;  // as serve makes them: the html page draws the report
    zh_ = Checker::Create(options, &errors);
    options.lang = "en";
    en_ = Checker::Create(options, &errors);
    REQUIRE(errors.empty());
    limits.workers = 2;
    pool_ = std::make_unique<CheckPool>(limits.workers, limits.max_queued);
    service_.checker_zh = zh_.get();
    service_.checker_en = en_.get();
    service_.rules = zh_->Rules();  // as check gives the writers
    service_.limits = limits;
    service_.pool = pool_.get();
    server_ = std::make_unique<ReportServer>(service_, "zh", 8);
    port_ = server_->Bind("127.0.0.1", 0);
    REQUIRE(port_ > 0);
    thread_ = std::thread([this] { server_->Listen(); });
  }
  ~TestServer() {
    pool_->Close();
    server_->Stop();
    thread_.join();
  }
  httplib::Client Client() const {
    httplib::Client c("127.0.0.1", port_);
    c.set_read_timeout(60, 0);
    return c;
  }

 private:
  std::unique_ptr<Checker> zh_, en_;
  std::unique_ptr<CheckPool> pool_;
  CheckService service_;
  std::unique_ptr<ReportServer> server_;
  int port_ = 0;
  std::thread thread_;
};

httplib::MultipartFormData File(const std::string& name, const std::string& bytes) {
  return {"report", bytes, name, "application/octet-stream"};
}

httplib::MultipartFormData Example(const std::string& name) {
  return File(name, Slurp(SourcePath("examples/" + name)));
}

// The findings of the first file of a `check --format json` document, as text.
std::string FindingsOf(const std::string& json) {
  nlohmann::ordered_json j = nlohmann::ordered_json::parse(json);
  REQUIRE(j["files"].size() >= 1);
  return j["files"][0]["findings"].dump(1);
}

size_t Count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = 0; (at = text.find(what, at)) != std::string::npos; at += what.size()) ++n;
  return n;
}

TEST_CASE("serve: GET / is the upload page, self-contained, Chinese by default") {
  TestServer server;
  auto c = server.Client();
  auto res = c.Get("/");
  REQUIRE(res);
  CHECK(res->status == 200);
  CHECK(res->get_header_value("Content-Type") == "text/html; charset=utf-8");
  CHECK(res->get_header_value("Content-Security-Policy").rfind(
            "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
            "img-src data:",
            0) == 0);
  CHECK(res->get_header_value("X-Content-Type-Options") == "nosniff");
  const std::string& page = res->body;
  CHECK(page.find("<html lang=\"zh-CN\">") != std::string::npos);
  CHECK(page.find("<form id=\"upload\" method=\"post\" enctype=\"multipart/form-data\" "
                  "action=\"/check\"") != std::string::npos);
  CHECK(page.find("<input type=\"file\" id=\"report\" name=\"report\" multiple") !=
        std::string::npos);
  CHECK(page.find("将报告文件拖到这里") != std::string::npos);
  // Nothing is fetched: no address of another site, no external script or style.
  CHECK(page.find("http://") == std::string::npos);
  CHECK(page.find("https://") == std::string::npos);
  CHECK(page.find(" src=") == std::string::npos);
  CHECK(page.find("<link") == std::string::npos);

  auto en = c.Get("/?lang=en");
  REQUIRE(en);
  CHECK(en->body.find("Drop report files here") != std::string::npos);
  CHECK(en->body.find("action=\"/check?lang=en\"") != std::string::npos);
  auto health = c.Get("/healthz");
  REQUIRE(health);
  CHECK(health->body == "ok\n");
}

TEST_CASE("serve: an upload's JSON has the findings of check --format json") {
  TestServer server;
  auto c = server.Client();
  for (const char* name : {"report-2021-tables-errors.txt", "report-2021-tables-errors.docx",
                           "report-2021-tables-errors.html"}) {
    INFO(name);
    auto res = c.Post("/check?format=json", {Example(name)});
    REQUIRE(res);
    CHECK(res->status == 200);
    CHECK(res->get_header_value("Content-Type") == "application/json; charset=utf-8");
    auto cli = RunReportlint(std::string("check --no-config --fail-on never --format json "
                                         "examples/") + name);
    REQUIRE(cli.exit_code == 0);
    CHECK(FindingsOf(res->body) == FindingsOf(cli.out));
    CHECK(nlohmann::json::parse(res->body)["files"][0]["path"] == name);
    CHECK(FindingsOf(res->body).find("\"rule\"") != std::string::npos);  // it has findings
  }
  // ?lang=en: the English checker's messages, as check --lang en.
  auto res = c.Post("/check?format=json&lang=en", {Example("report-2021-tables-errors.txt")});
  REQUIRE(res);
  auto cli = RunReportlint(
      "check --no-config --lang en --fail-on never --format json "
      "examples/report-2021-tables-errors.txt");
  CHECK(FindingsOf(res->body) == FindingsOf(cli.out));
}

TEST_CASE("serve: the report page is check --format html's page") {
  TestServer server;
  auto c = server.Client();
  for (const char* name : {"report-2021-tables-errors.txt", "report-2021-tables-errors.docx",
                           "report-2021-tables-errors.html"}) {
    INFO(name);
    auto json = c.Post("/check?format=json", {Example(name)});
    REQUIRE(json);
    size_t findings = nlohmann::json::parse(json->body)["files"][0]["findings"].size();
    auto res = c.Post("/check", {Example(name)});
    REQUIRE(res);
    if (!FindOutputFormat("html")) {  // the html writer is not in this build
      CHECK(res->status == 501);
      CHECK(res->body.find("此版本不能生成网页形式的检查结果") != std::string::npos);
      continue;
    }
    CHECK(res->status == 200);
    CHECK(res->get_header_value("Content-Type") == "text/html; charset=utf-8");
    CHECK(findings > 0);
    CHECK(Count(res->body, "data-rule=\"") == findings);
    // Byte for byte check's page, but for the path: check names the file as given.
    auto cli = RunReportlint(std::string("check --no-config --fail-on never --format html "
                                         "examples/") + name);
    REQUIRE(cli.exit_code == 0);
    std::string page = cli.out;
    for (size_t at; (at = page.find(std::string("examples/") + name)) != std::string::npos;) {
      page.erase(at, std::string("examples/").size());
    }
    // The report's element id is made from its path too.
    std::smatch ours, theirs;
    static const std::regex article_id(R"re(<article class="report" id="(r[0-9a-f]+)")re");
    REQUIRE(std::regex_search(res->body, ours, article_id));
    REQUIRE(std::regex_search(page, theirs, article_id));
    page = std::regex_replace(page, std::regex(theirs[1].str()), ours[1].str());
    CHECK(res->body == page);
    if (res->body != page) {  // both pages, to diff by hand, out of the working tree
      std::string dir = std::filesystem::temp_directory_path().string();
      std::ofstream(dir + "/serve-page-" + name + ".html") << res->body;
      std::ofstream(dir + "/check-page-" + name + ".html") << page;
      MESSAGE("the two pages are in " << dir << "/{serve,check}-page-" << name << ".html");
    }
  }
  if (!FindOutputFormat("html")) return;
  auto en = c.Post("/check?lang=en", {Example("report-2021-tables-errors.docx")});
  REQUIRE(en);
  CHECK(en->status == 200);
  CHECK(en->body.find("<html lang=\"en\"") != std::string::npos);
}

TEST_CASE("serve: an upload over the limits gets a 413 page") {
  ServeLimits limits;
  limits.max_upload_bytes = 1 << 20;
  limits.max_files = 3;
  TestServer server(limits);
  auto c = server.Client();
  auto big = c.Post("/check", {File("big.txt", std::string(2 << 20, 'x'))});
  REQUIRE(big);
  CHECK(big->status == 413);
  CHECK(big->body.find("上传的文件太大") != std::string::npos);
  CHECK(big->body.find("1 MB") != std::string::npos);
  auto big_en = c.Post("/check?lang=en", {File("big.txt", std::string(2 << 20, 'x'))});
  REQUIRE(big_en);
  CHECK(big_en->status == 413);
  CHECK(big_en->body.find("The upload is too large") != std::string::npos);

  httplib::MultipartFormDataItems four;
  for (const char* n : {"a.txt", "b.txt", "c.txt", "d.txt"}) four.push_back(File(n, "报告"));
  auto many = c.Post("/check", four);
  REQUIRE(many);
  CHECK(many->status == 413);
  CHECK(many->body.find("每次最多上传 3 个文件") != std::string::npos);

  // A chunked body declares no length: it is counted as it arrives.
  httplib::Headers headers = {{"Content-Type", "multipart/form-data; boundary=xyz"}};
  auto chunked = c.Post(
      "/check", headers,
      [](size_t offset, httplib::DataSink& sink) {
        static const std::string head =
            "--xyz\r\nContent-Disposition: form-data; name=\"report\"; filename=\"a.txt\"\r\n\r\n";
        if (offset == 0) sink.write(head.data(), head.size());
        std::string block(64 << 10, 'x');
        if (offset < (3u << 20)) {
          sink.write(block.data(), block.size());
        } else {
          sink.done();
        }
        return true;
      },
      "multipart/form-data; boundary=xyz");
  if (chunked) CHECK(chunked->status == 413);  // or the server closed the connection early
  auto after = server.Client().Get("/");
  REQUIRE(after);
  CHECK(after->status == 200);
}

TEST_CASE("serve: a bad upload gets a clear page with the right status") {
  TestServer server;
  auto c = server.Client();
  // The messages are check's: run it on the same bytes under the same names.
  auto not_zip = c.Post("/check", {File("报告.docx", "PK? no, this is not a zip")});
  REQUIRE(not_zip);
  CHECK(not_zip->status == 422);
  CHECK(not_zip->body.find("无法读取这个文件") != std::string::npos);
  auto cli = RunReportlint("check --no-config - < /dev/null");  // warm: the binary exists
  std::string dir = std::filesystem::temp_directory_path() / "reportlint-serve-bad";
  std::filesystem::create_directories(dir);
  std::ofstream(dir + "/报告.docx") << "PK? no, this is not a zip";
  std::string random(4096, '\0');
  for (size_t i = 0; i < random.size(); ++i) random[i] = static_cast<char>((i * 7919 + 13) % 251);
  std::ofstream(dir + "/scan.pdf", std::ios::binary) << random;
  for (const char* name : {"报告.docx", "scan.pdf"}) {
    INFO(name);
    auto check = RunReportlint("check --no-config '" + dir + "/" + name + "'");
    CHECK(check.exit_code == 2);
    // The first line: the file's own error, in the page's language (zh).
    std::string first = check.err.substr(0, check.err.find('\n'));
    REQUIRE(first.find(": 错误：") != std::string::npos);
    std::string message = first.substr(first.find(": 错误："));
    auto res = c.Post("/check", {File(name, Slurp(dir + "/" + name))});
    REQUIRE(res);
    CHECK(res->status == 422);
    CHECK(res->body.find(std::string(name) + message) != std::string::npos);
  }
  std::filesystem::remove_all(dir);

  auto doc = c.Post("/check?lang=en", {File("report.doc", "\xd0\xcf\x11\xe0 old Word")});
  REQUIRE(doc);
  CHECK(doc->status == 415);
  CHECK(doc->body.find("This kind of file cannot be read") != std::string::npos);
  CHECK(doc->body.find("report.doc: error: reading doc files is not supported") !=
        std::string::npos);
  auto wps = c.Post("/check", {File("report.wps", "x")});
  REQUIRE(wps);
  CHECK(wps->status == 415);
  CHECK(wps->body.find("无法读取这种文件") != std::string::npos);

  auto none = c.Post("/check", {File("", "")});  // the form sent with no file chosen
  REQUIRE(none);
  CHECK(none->status == 400);
  CHECK(none->body.find("没有收到文件") != std::string::npos);
  auto not_form = c.Post("/check", "report=x", "application/x-www-form-urlencoded");
  REQUIRE(not_form);
  CHECK(not_form->status == 400);
  auto json = c.Post("/check?format=json", {File("x.docx", "junk")});
  REQUIRE(json);
  CHECK(json->status == 422);
  CHECK(nlohmann::json::parse(json->body)["files"][0]["error"].is_string());

  // The name is shown, escaped, never used.
  auto evil = c.Post("/check", {File("<img src=x onerror=alert(1)>.doc", "x")});
  REQUIRE(evil);
  CHECK(evil->status == 415);
  CHECK(evil->body.find("<img") == std::string::npos);
  CHECK(evil->body.find("&lt;img src=x onerror=alert(1)&gt;.doc") != std::string::npos);
}

TEST_CASE("serve: 100 malformed uploads, then a good one still works") {
  TestServer server;
  auto c = server.Client();
  int statuses[600] = {};
  for (int i = 0; i < 100; ++i) {
    std::string junk(100 + i * 37, static_cast<char>(i));
    const char* names[] = {"a.docx", "b.pdf", "c.html", "d.doc", "e"};
    auto res = c.Post("/check", {File(names[i % 5], junk)});
    REQUIRE(res);
    INFO(names[i % 5], " ", i, " → ", res->status);
    CHECK((res->status == 415 || res->status == 422 || res->status == 501 || res->status == 200));
    ++statuses[res->status];
  }
  // Junk named .html still reads as a page: 200, or 501 while the html writer is missing.
  CHECK(statuses[200] + statuses[501] + statuses[415] + statuses[422] == 100);
  CHECK(statuses[422] >= 40);  // the .docx and the .pdf, and junk .html that does not decode
  CHECK(statuses[415] == 40);
  auto good = c.Post("/check?format=json", {Example("report-2021-tables-errors.txt")});
  REQUIRE(good);
  CHECK(good->status == 200);
  CHECK(nlohmann::json::parse(good->body)["files"][0]["findings"].size() > 0);
}

TEST_CASE("serve: two concurrent uploads both answer") {
  TestServer server;
  auto upload = [&](const char* name) {
    auto c = server.Client();
    auto res = c.Post("/check?format=json", {Example(name)});
    return res ? res->status * 1000 + static_cast<int>(nlohmann::json::parse(res->body)["files"][0]
                                                         ["findings"]
                                                             .size())
               : -1;
  };
  auto a = std::async(std::launch::async, upload, "report-2021-tables-errors.docx");
  auto b = std::async(std::launch::async, upload, "report-2021-tables-errors.html");
  int ra = a.get(), rb = b.get();
  CHECK(ra / 1000 == 200);
  CHECK(rb / 1000 == 200);
  CHECK(ra % 1000 > 0);
  CHECK(ra % 1000 == rb % 1000);  // the same report in two formats
}

TEST_CASE("serve: only GET / and POST /check; nothing else reaches a file") {
  TestServer server;
  auto c = server.Client();
  for (const char* path : {"/etc/passwd", "/../../etc/passwd", "/check/", "/index.html",
                           "/examples/report-2015.txt", "/%2e%2e/%2e%2e/etc/passwd"}) {
    INFO(path);
    auto res = c.Get(path);
    REQUIRE(res);
    CHECK(res->status == 404);
    CHECK(res->body.find("没有这个页面") != std::string::npos);
    CHECK(res->get_header_value("X-Content-Type-Options") == "nosniff");
  }
  auto get_check = c.Get("/check?lang=en");
  REQUIRE(get_check);
  CHECK(get_check->status == 405);
  CHECK(get_check->get_header_value("Allow") == "POST");
  CHECK(get_check->body.find("This request is not supported here") != std::string::npos);
  auto post_root = c.Post("/", "x", "text/plain");
  REQUIRE(post_root);
  CHECK(post_root->status == 405);
  auto del = c.Delete("/check");
  REQUIRE(del);
  CHECK(del->status == 405);
}

}  // namespace
}  // namespace reportlint
