// The HTTP side of `reportlint serve` (cpp-httplib): GET / the upload page,
// POST /check the check, GET /healthz; every other path 404, other methods 405.
// Nothing from a request names a file to open: the server has no file access.
#ifndef REPORTLINT_SERVE_SERVER_H_
#define REPORTLINT_SERVE_SERVER_H_

#include <memory>
#include <string>

#include "checker/serve/check_answer.h"

namespace httplib {
class Server;
}

namespace reportlint {

class ReportServer {
 public:
  // `service` must outlive the server. `lang`: the pages' language when the
  // request has no ?lang=. `http_threads`: connections served at once (a
  // connection waiting for a check holds one; more wait for a free one).
  ReportServer(const CheckService& service, std::string lang, int http_threads);
  // The same routes on `http`, a server the caller made: the request fuzzer's
  // (fuzz/serve_request_fuzzer.cc), which feeds requests from memory, not a socket.
  ReportServer(const CheckService& service, std::string lang,
               std::unique_ptr<httplib::Server> http);
  ~ReportServer();

  // Binds `host`:`port`; port 0 takes a free port. Returns the port bound, or
  // -1 (the address is taken, or not one of this machine's).
  int Bind(const std::string& host, int port);
  // Serves until Stop(). REQUIRES: Bind succeeded. False if it failed to run.
  bool Listen();
  // Safe from any thread; Listen returns once the connections in progress end.
  void Stop();

 private:
  void Route();

  const CheckService& service_;
  const std::string lang_;
  std::unique_ptr<httplib::Server> http_;
};

}  // namespace reportlint

#endif  // REPORTLINT_SERVE_SERVER_H_
