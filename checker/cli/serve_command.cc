// `reportlint serve`: the checkers made once from --rules and the configuration
// (as `check` makes them), the check pool, then the web server until Ctrl+C.
#include <arpa/inet.h>
#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <thread>

#include "checker/cli/commands.h"
#include "checker/cli/config_set.h"
#include "checker/cli/output_file.h"
#include "checker/serve/server.h"

namespace reportlint {
namespace {

// Whether `host` is reachable from this machine only. A name other than
// localhost may resolve anywhere: it counts as not loopback.
bool IsLoopback(const std::string& host) {
  if (host == "localhost") return true;
  in_addr v4;
  if (inet_pton(AF_INET, host.c_str(), &v4) == 1) return (ntohl(v4.s_addr) >> 24) == 127;
  in6_addr v6;
  return inet_pton(AF_INET6, host.c_str(), &v6) == 1 && IN6_IS_ADDR_LOOPBACK(&v6);
}

// The address to type into a browser: a wildcard address is reached on 127.0.0.1.
std::string UrlOf(const std::string& host, int port) {
  std::string shown = host == "0.0.0.0" ? "127.0.0.1" : host == "::" ? "::1" : host;
  if (shown.find(':') != std::string::npos) shown = "[" + shown + "]";
  return "http://" + shown + ":" + std::to_string(port) + "/";
}

// The checker for one message language, from the same packs and configuration.
const Checker* MakeChecker(ConfigSet* configs) {
  const Config* config = configs->RunConfig();
  return config ? configs->CheckerFor(config) : nullptr;
}

FlagOverrides FlagsFor(const ServeCommand& cmd, const std::string& lang) {
  FlagOverrides flags;
  flags.rule_dirs = cmd.packs.rule_dirs;
  flags.no_builtin = cmd.packs.no_builtin;
  flags.keep_analysis = true;  // the html page draws each report from its analysis
  if (!lang.empty()) flags.lang = lang;
  return flags;
}

}  // namespace

int RunServe(const ServeCommand& cmd) {
  std::vector<Error> errors;
  // The run's language (--lang, else the configuration's) is the pages'
  // default; each language has its checker, so ?lang= changes the findings too.
  ConfigSet configs_run(cmd.packs, FlagsFor(cmd, cmd.packs.lang), &errors);
  if (!configs_run.RunConfig()) {
    for (const Error& e : errors) std::cerr << e.ToString() << "\n";
    return kExitError;
  }
  const std::string lang = configs_run.run_settings().lang;
  ConfigSet configs_zh(cmd.packs, FlagsFor(cmd, "zh"), &errors);
  ConfigSet configs_en(cmd.packs, FlagsFor(cmd, "en"), &errors);
  CheckService service;
  service.checker_zh = MakeChecker(&configs_zh);
  service.checker_en = errors.empty() ? MakeChecker(&configs_en) : nullptr;
  if (!service.checker_zh || !service.checker_en || !errors.empty()) {
    for (const Error& e : errors) std::cerr << e.ToString() << "\n";
    return kExitError;
  }
  service.rules = (lang == "en" ? configs_en : configs_zh).AllRules();
  service.limits.max_upload_bytes = static_cast<size_t>(cmd.max_upload_mb) << 20;
  service.limits.max_files = cmd.max_files;
  service.limits.deadline = std::chrono::seconds(cmd.timeout);
  service.limits.workers = WorkerCount(cmd.jobs);
  service.limits.max_queued = static_cast<size_t>(cmd.max_queued);
  const bool en = lang == "en";

  if (!IsLoopback(cmd.listen)) {
    std::cerr << (en ? "warning: listening on " + cmd.listen +
                           ": other computers can upload reports, and there is no "
                           "password; see docs/serve.md for a proxy with authentication\n"
                     : "警告：正在监听 " + cmd.listen +
                           "，其他计算机也能上传报告，且没有密码保护；"
                           "请参阅 docs/serve.md，在前面加一个带身份验证的代理\n");
  }

  // Ctrl+C and SIGTERM are taken by one thread that stops the server, so no
  // handler runs in the middle of a check: every thread made below inherits
  // the blocked mask.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  signal(SIGPIPE, SIG_IGN);  // a browser that closes early is no reason to die

  CheckPool pool(service.limits.workers, service.limits.max_queued);
  service.pool = &pool;
  // A connection waiting for its check, or an idle keep-alive one, holds an
  // HTTP thread: many more of those than workers (a waiting thread costs
  // little), so the upload page still answers while checks run.
  ReportServer server(service, lang, std::max(32, 4 * service.limits.workers));
  int port = server.Bind(cmd.listen, cmd.port);
  if (port < 0) {
    std::cerr << (en ? "error: cannot listen on " : "错误：无法监听 ") << cmd.listen << ":"
              << cmd.port
              << (en ? " (the port is in use, or the address is not this computer's)\n"
                     : "（端口已被占用，或地址不属于本机）\n");
    return kExitError;
  }
  std::cout << (en ? "Open " : "在浏览器中打开 ") << UrlOf(cmd.listen, port)
            << (en ? " in a browser (Ctrl+C stops the server)\n" : "（按 Ctrl+C 停止）\n")
            << std::flush;

  std::atomic<bool> listened{false};
  std::thread stopper([&] {
    int signal_number = 0;
    sigwait(&stop_signals, &signal_number);
    pool.Close();  // the requests waiting for a check are answered 503 at once
    server.Stop();
    // Listen returns once its connections end; a client sending slowly would
    // keep the process alive. A short grace, then it ends whatever is open.
    for (int i = 0; i < 60 && !listened; ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    if (listened) return;
    std::cout.flush();
    std::cerr.flush();
    std::_Exit(kExitClean);
  });
  bool served = server.Listen();
  listened = true;
  // Listen also returns on its own failure: wake the stopper so it can end.
  pthread_kill(stopper.native_handle(), SIGTERM);
  stopper.join();
  // A check may still be running for a request answered 504: it cannot be
  // interrupted and has nothing to save, and the destructors would wait for
  // it (minutes, for a huge report). End the process here instead.
  std::cout.flush();
  std::cerr.flush();
  std::_Exit(served ? kExitClean : kExitError);
}

}  // namespace reportlint
