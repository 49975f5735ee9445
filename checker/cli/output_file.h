// What `check` and `export` share about a run's output: how many workers --jobs
// means, and output files that never replace a report and never end half-written.
#ifndef REPORTLINT_CLI_OUTPUT_FILE_H_
#define REPORTLINT_CLI_OUTPUT_FILE_H_

#include <algorithm>
#include <string>
#include <thread>
#include <vector>

#include "checker/util/atomic_file.h"

namespace reportlint {

// --jobs N: N workers; 0 (the default) one per core; at least one.
inline int WorkerCount(int jobs) {
  return std::max(1, jobs > 0 ? jobs : static_cast<int>(std::thread::hardware_concurrency()));
}

// A file the run writes, by the option that names it ("--output").
struct OutputTarget {
  std::string option;
  std::string path;
};

// False, having said why on stderr, when a target is one of the reports being
// checked (by inode, or by path for a file not yet made), or two targets are
// one file: writing it would lose the report.
bool OutputsAreSafe(const std::vector<OutputTarget>& targets,
                    const std::vector<std::string>& reports, const std::string& lang);

// Opens `path` (AtomicFile: a temporary file renamed into place by
// CommitOutputFile); on failure says so on stderr and returns false.
bool OpenOutputFile(const std::string& path, AtomicFile* file, const std::string& lang);
// Completes the file; on a write error (a full disk) says so and returns false.
bool CommitOutputFile(const std::string& path, AtomicFile* file, const std::string& lang);

}  // namespace reportlint

#endif  // REPORTLINT_CLI_OUTPUT_FILE_H_
