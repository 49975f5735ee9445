// libFuzzer target for the web application's request handling: the bytes are
// one HTTP request as a browser's connection would carry it, parsed by httplib
// (request line, headers, chunked or multipart body) and answered by
// ReportServer's routes (serve/server, serve/upload_reader, and for a report
// uploaded the check and its page). Every request that has a line gets an
// answer with the security headers, and every refusal a page; a browser's
// file name, whatever its bytes, shows as a safe display name.
#include <httplib.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>

#include "checker/serve/server.h"
#include "fuzz/fuzz_checks.h"

namespace {

using reportlint::fuzz::Require;

// One connection in memory: reads the request, keeps what is written back.
class MemoryStream : public httplib::Stream {
 public:
  explicit MemoryStream(std::string_view in) : in_(in) {}
  bool is_readable() const override { return true; }
  bool is_writable() const override { return true; }
  ssize_t read(char* ptr, size_t size) override {
    size = std::min(size, in_.size());
    std::memcpy(ptr, in_.data(), size);
    in_.remove_prefix(size);
    return static_cast<ssize_t>(size);
  }
  ssize_t write(const char* ptr, size_t size) override {
    out.append(ptr, size);
    return static_cast<ssize_t>(size);
  }
  void get_remote_ip_and_port(std::string& ip, int& port) const override {
    ip = "127.0.0.1";
    port = 50000;
  }
  void get_local_ip_and_port(std::string& ip, int& port) const override {
    ip = "127.0.0.1";
    port = 8080;
  }
  socket_t socket() const override { return INVALID_SOCKET; }

  std::string out;

 private:
  std::string_view in_;
};

// httplib::Server's own request processing (protected), on a stream.
class MemoryServer : public httplib::Server {
 public:
  std::string Answer(std::string_view request) {
    MemoryStream stream(request);
    bool closed = false;
    process_request(stream, true, closed, [](httplib::Request&) {});
    return std::move(stream.out);
  }
};

// The server of `reportlint serve` with the built-in packs, made once; limits
// small enough that the fuzzer reaches each of them.
MemoryServer* Server() {
  static MemoryServer* http = [] {
    std::vector<reportlint::Error> errors;
    reportlint::Options options;
    options.keep_analysis = true;  // as serve makes them
    static auto zh = reportlint::Checker::Create(options, &errors);
    options.lang = "en";
    static auto en = reportlint::Checker::Create(options, &errors);
    Require(errors.empty());
    static reportlint::CheckService service;
    service.checker_zh = zh.get();
    service.checker_en = en.get();
    service.rules = zh->Rules();
    service.limits.max_upload_bytes = 8u << 10;
    service.limits.max_files = 3;
    service.limits.workers = 1;
    service.pool = new reportlint::CheckPool(1, service.limits.max_queued);
    auto owned = std::make_unique<MemoryServer>();
    MemoryServer* raw = owned.get();
    // Lives for the run (held, so the leak checker does not count it).
    static reportlint::ReportServer server(service, "zh", std::move(owned));
    return raw;
  }();
  return http;
}

// The last answer in `out` (a 100 Continue may come first) carries the
// security headers; a refusal (4xx, 5xx) has a page unless the request was HEAD.
void CheckAnswer(std::string_view out, bool head) {
  if (out.substr(0, 25) == "HTTP/1.1 100 Continue\r\n\r\n") out.remove_prefix(25);
  Require(out.substr(0, 9) == "HTTP/1.1 " && out.size() >= 12);
  int status = std::atoi(std::string(out.substr(9, 3)).c_str());
  Require(status >= 100 && status < 600);
  size_t end = out.find("\r\n\r\n");
  Require(end != std::string_view::npos);
  std::string_view headers = out.substr(0, end);
  Require(headers.find("\r\nContent-Security-Policy: default-src 'none'") != std::string_view::npos);
  if (status >= 400 && !head) Require(end + 4 < out.size());
}

void CheckDisplayName(std::string_view filename) {
  std::string shown = reportlint::DisplayName(filename);
  Require(!shown.empty() && shown.find_first_of("/\\") == std::string::npos);
  Require(reportlint::U32ToUtf8(reportlint::Utf8ToU32(shown)) == shown);  // valid UTF-8
  std::u32string chars = reportlint::Utf8ToU32(shown);
  Require(chars.size() <= 121);
  for (char32_t c : chars) Require(c >= 0x20 && c != 0x7f && !(c >= 0x80 && c < 0xa0));
}

// The method as httplib reads it, which it keeps even when the request line
// is refused ("HEAD\r\n" and "  HEAD  x\r\n" are answered 400 without a
// body): the first word of a line ending in CRLF, words split at spaces and
// trimmed of spaces and tabs, empty ones skipped.
std::string_view HttplibMethod(std::string_view request) {
  size_t nl = request.find('\n');
  if (nl == std::string_view::npos || nl == 0 || request[nl - 1] != '\r') return {};
  std::string_view line = request.substr(0, nl - 1);
  for (size_t pos = 0; pos <= line.size();) {
    size_t space = std::min(line.find(' ', pos), line.size());
    std::string_view word = line.substr(pos, space - pos);
    while (!word.empty() && (word.front() == ' ' || word.front() == '\t')) word.remove_prefix(1);
    while (!word.empty() && (word.back() == ' ' || word.back() == '\t')) word.remove_suffix(1);
    if (!word.empty()) return word;
    pos = space + 1;
  }
  return {};
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view request = reportlint::fuzz::Bytes(data, size);
  std::string out = Server()->Answer(request);
  if (!out.empty()) CheckAnswer(out, HttplibMethod(request) == "HEAD");
  CheckDisplayName(request.substr(0, 512));
  return 0;
}
