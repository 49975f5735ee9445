// What `check` and `export` share about a run's output: how many workers --jobs
// means, and output files that never replace a report and never end half-written.
#ifndef REPORTLINT_CLI_OUTPUT_FILE_H_
#define REPORTLINT_CLI_OUTPUT_FILE_H_

#include <algorithm>
#include <ostream>
#include <string>
#include <thread>
#include <vector>

#include "checker/util/atomic_file.h"

namespace reportlint {

// --jobs N: N workers; 0 (the default) one per core; at least one.
inline int WorkerCount(int jobs) {
  return std::max(1, jobs > 0 ? jobs : static_cast<int>(std::thread::hardware_concurrency()));
}

// A file the run writes (or, `written` false, reads and must not lose: the
// --baseline), by the option that names it ("--output").
struct OutputTarget {
  std::string option;
  std::string path;
  bool written = true;
};

// False, having said why on stderr, when a written target is one of the reports
// being checked (FileIdentity: any spelling, a link), or two targets are one
// file: writing it would lose the report. Each path is looked at once.
bool OutputsAreSafe(const std::vector<OutputTarget>& targets,
                    const std::vector<std::string>& reports, const std::string& lang);

// Opens `path` (AtomicFile: a temporary file renamed into place by
// CommitOutputFile); on failure says so on stderr and returns false.
bool OpenOutputFile(const std::string& path, AtomicFile* file, const std::string& lang);
// Completes the file; on a write error (a full disk) says so and returns false.
bool CommitOutputFile(const std::string& path, AtomicFile* file, const std::string& lang);

// Standard output over a run: the errno of its first failed write is kept (later
// calls change errno). EPIPE means its reader has gone (`| head`, SIGPIPE ignored).
class StdoutWatch {
 public:
  explicit StdoutWatch(const std::ostream& out) : out_(out) {}
  // After a write: whether standard output still takes the run's output.
  bool Healthy();
  bool Closed() const { return error_ == EPIPE; }
  // After the last write (flushed): true when every write went through. Else
  // false, having said "<stdout>: 错误：{zh}无法写入：{reason}" (`en` in English)
  // on stderr, except for a closed pipe, which ends quietly as other tools do.
  bool Finish(const std::string& lang, const char* zh, const char* en);

 private:
  const std::ostream& out_;
  int error_ = 0;
};

}  // namespace reportlint

#endif  // REPORTLINT_CLI_OUTPUT_FILE_H_
