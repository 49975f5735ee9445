// A progress bar on stderr for long batch runs on a terminal. It redraws at
// most ten times a second and erases itself when the run ends.
#ifndef REPORTLINT_CLI_PROGRESS_H_
#define REPORTLINT_CLI_PROGRESS_H_

#include <chrono>
#include <cstdio>
#include <string>

namespace reportlint {

class ProgressBar {
 public:
  // Shown when `enabled`; `total` is the number of files; `lang` that of the
  // word "files" (tool_language.h).
  ProgressBar(bool enabled, size_t total, const std::string& lang, std::FILE* out = stderr);
  ~ProgressBar();  // erases the bar

  void Advance(size_t done);  // `done` files are finished
  // Erases the bar so that other output can be written to the terminal; the
  // next Advance() draws it again.
  void Clear();

 private:
  void Draw(size_t done);

  bool enabled_;
  size_t total_;
  const char* files_;  // "files" or "个文件"
  std::FILE* out_;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
};

// The decision for `--progress auto`: stderr is a terminal and there are
// enough files for it to matter.
bool WantProgress(const std::string& mode, size_t files);

}  // namespace reportlint

#endif  // REPORTLINT_CLI_PROGRESS_H_
