// The real `reportlint serve` binary: started on a free port as a user starts
// it, asked over HTTP, stopped with SIGTERM.
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <doctest/doctest.h>
#include <httplib.h>

#include <regex>
#include <string>

#include "tests/run_binary.h"

namespace reportlint {
namespace {

// `reportlint serve ARGS` with stdout on a pipe; stopped and reaped on exit.
class ServeProcess {
 public:
  explicit ServeProcess(std::vector<std::string> args) {
    int fds[2];
    REQUIRE(pipe(fds) == 0);
    pid_ = fork();
    REQUIRE(pid_ >= 0);
    if (pid_ == 0) {
      dup2(fds[1], STDOUT_FILENO);
      close(fds[0]);
      close(fds[1]);
      std::vector<char*> argv = {const_cast<char*>(REPORTLINT_BIN), const_cast<char*>("serve")};
      for (std::string& a : args) argv.push_back(a.data());
      argv.push_back(nullptr);
      if (chdir(REPORTLINT_SOURCE_DIR) != 0) _exit(127);
      execv(REPORTLINT_BIN, argv.data());
      _exit(127);
    }
    close(fds[1]);
    out_ = fds[0];
  }
  ~ServeProcess() {
    if (pid_ > 0 && !reaped_) {
      kill(pid_, SIGKILL);
      waitpid(pid_, nullptr, 0);
    }
    close(out_);
  }
  // The first line the server prints (the address to open).
  std::string FirstLine() {
    std::string line;
    char c;
    while (read(out_, &c, 1) == 1 && c != '\n') line.push_back(c);
    return line;
  }
  // SIGTERM, then its exit code.
  int Stop() {
    kill(pid_, SIGTERM);
    int status = 0;
    waitpid(pid_, &status, 0);
    reaped_ = true;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }

 private:
  pid_t pid_ = -1;
  int out_ = -1;
  bool reaped_ = false;
};

int PortIn(const std::string& line) {
  std::smatch m;
  static const std::regex url(R"(http://127\.0\.0\.1:(\d+)/)");
  return std::regex_search(line, m, url) ? std::stoi(m[1]) : 0;
}

TEST_CASE("serve cli: reportlint serve --port 0 prints its address and serves it") {
  ServeProcess serve({"--port", "0", "--no-config", "--max-files", "2"});
  std::string line = serve.FirstLine();
  CHECK(line.rfind("在浏览器中打开 http://127.0.0.1:", 0) == 0);
  int port = PortIn(line);
  REQUIRE(port > 0);
  httplib::Client c("127.0.0.1", port);
  c.set_read_timeout(60, 0);
  auto page = c.Get("/");
  REQUIRE(page);
  CHECK(page->status == 200);
  CHECK(page->body.find("每次最多 2 个文件") != std::string::npos);
  auto res = c.Post("/check?format=json",
                    {{"report", "2021年度报告\n", "r.txt", "text/plain"}});
  REQUIRE(res);
  CHECK(res->status == 200);
  CHECK(res->body.find("\"path\": \"r.txt\"") != std::string::npos);
  CHECK(serve.Stop() == 0);
}

TEST_CASE("serve cli: --lang en, and an address not of this machine") {
  {
    ServeProcess serve({"--port", "0", "--no-config", "--lang", "en"});
    std::string line = serve.FirstLine();
    CHECK(line.rfind("Open http://127.0.0.1:", 0) == 0);
    httplib::Client c("127.0.0.1", PortIn(line));
    auto page = c.Get("/");
    REQUIRE(page);
    CHECK(page->body.find("<html lang=\"en\">") != std::string::npos);
    CHECK(serve.Stop() == 0);
  }
  // 203.0.113.1 is a documentation address: not loopback (a warning), and not
  // this machine's (it cannot be bound).
  auto r = testing::RunReportlint("serve --no-config --listen 203.0.113.1 --port 0");
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("警告：正在监听 203.0.113.1") != std::string::npos);
  CHECK(r.err.find("错误：无法监听 203.0.113.1:0") != std::string::npos);
}

}  // namespace
}  // namespace reportlint
