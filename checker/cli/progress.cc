// [#####.....] 123/1000 个文件 12% 0:04 (files, in English) — drawn with \r on
// one line of stderr.
// Throttled to ten redraws a second.
#include "checker/cli/progress.h"

#include <unistd.h>

namespace reportlint {

bool WantProgress(const std::string& mode, size_t files) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  return files >= 20 && isatty(STDERR_FILENO);
}

ProgressBar::ProgressBar(bool enabled, size_t total, const std::string& lang, std::FILE* out)
    : enabled_(enabled), total_(total), files_(lang == "en" ? "files" : "个文件"), out_(out) {
  start_ = last_draw_ = std::chrono::steady_clock::now();
}

ProgressBar::~ProgressBar() { Clear(); }

void ProgressBar::Clear() {
  if (!enabled_) return;
  std::fputs("\r\033[K", out_);
  std::fflush(out_);
  last_draw_ = {};  // redraw at the next Advance()
}

void ProgressBar::Advance(size_t done) {
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (done < total_ && now - last_draw_ < std::chrono::milliseconds(100)) return;
  last_draw_ = now;
  Draw(done);
}

void ProgressBar::Draw(size_t done) {
  constexpr int kWidth = 30;
  int filled = total_ == 0 ? kWidth : static_cast<int>(kWidth * done / total_);
  std::string bar(filled, '#');
  bar.append(kWidth - filled, '.');
  long secs = static_cast<long>(
      std::chrono::duration_cast<std::chrono::seconds>(last_draw_ - start_).count());
  std::fprintf(out_, "\r[%s] %zu/%zu %s %3d%% %ld:%02ld", bar.c_str(), done, total_, files_,
               total_ == 0 ? 100 : static_cast<int>(100 * done / total_), secs / 60, secs % 60);
  std::fflush(out_);
}

}  // namespace reportlint
