// What `check` and `export` share about a run's output: how many workers --jobs
// means, and opening an output file with the one message a user sees when it fails.
#ifndef REPORTLINT_CLI_OUTPUT_FILE_H_
#define REPORTLINT_CLI_OUTPUT_FILE_H_

#include <algorithm>
#include <fstream>
#include <iostream>
#include <string>
#include <thread>

namespace reportlint {

// --jobs N: N workers; 0 (the default) one per core; at least one.
inline int WorkerCount(int jobs) {
  return std::max(1, jobs > 0 ? jobs : static_cast<int>(std::thread::hardware_concurrency()));
}

// Opens `path` for binary writing into *file; on failure says so on stderr
// ("PATH: error: cannot write the output file") and returns false.
inline bool OpenOutputFile(const std::string& path, std::ofstream* file) {
  file->open(path, std::ios::binary);
  if (*file) return true;
  std::cerr << path << ": error: cannot write the output file\n";
  return false;
}

}  // namespace reportlint

#endif  // REPORTLINT_CLI_OUTPUT_FILE_H_
