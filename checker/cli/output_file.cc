// Output files of a run: refused when they name a report being checked, written
// through AtomicFile, and every failure said once with its reason.
#include "checker/cli/output_file.h"

#include <cerrno>
#include <iostream>

namespace reportlint {
namespace {

void SayCannotWrite(const std::string& path, int error_number, const std::string& lang) {
  std::cerr << path
            << (lang == "en" ? ": error: cannot write the output file: "
                             : ": 错误：无法写入输出文件：")
            << SystemErrorText(error_number, lang) << "\n";
}

}  // namespace

bool OutputsAreSafe(const std::vector<OutputTarget>& targets,
                    const std::vector<std::string>& reports, const std::string& lang) {
  const bool en = lang == "en";
  std::vector<FileIdentity> ids;
  for (size_t t = 0; t < targets.size(); ++t) {
    ids.push_back(IdentityOf(targets[t].path));
    for (size_t o = 0; o < t; ++o) {
      if (ids[o] != ids[t]) continue;
      std::cerr << targets[t].path
                << (en ? ": error: " + targets[o].option + " and " + targets[t].option +
                             " name the same file; give two files\n"
                       : ": 错误：" + targets[o].option + " 和 " + targets[t].option +
                             " 指向同一个文件；请分别指定\n");
      return false;
    }
  }
  for (const std::string& report : reports) {
    FileIdentity id = IdentityOf(report);
    for (size_t t = 0; t < targets.size(); ++t) {
      if (!targets[t].written || ids[t] != id) continue;
      std::cerr << report
                << (en ? ": error: " + targets[t].option +
                             " names this report, which is being checked: writing it would "
                             "replace the report; give another file\n"
                       : ": 错误：" + targets[t].option +
                             " 指向的正是被检查的这份报告，写入会覆盖报告；请换一个文件\n");
      return false;
    }
  }
  return true;
}

bool OpenOutputFile(const std::string& path, AtomicFile* file, const std::string& lang) {
  if (file->Open()) return true;
  SayCannotWrite(path, file->error(), lang);
  return false;
}

bool CommitOutputFile(const std::string& path, AtomicFile* file, const std::string& lang) {
  if (file->Commit()) return true;
  SayCannotWrite(path, file->error(), lang);
  return false;
}

bool StdoutWatch::Healthy() {
  if (!out_ && error_ == 0) error_ = errno ? errno : EIO;
  return error_ == 0;
}

bool StdoutWatch::Finish(const std::string& lang, const char* zh, const char* en) {
  if (Healthy()) return true;
  if (Closed()) return false;
  std::cerr << (lang == "en" ? std::string("<stdout>: error: ") + en + " could not be written: "
                             : std::string("<stdout>: 错误：") + zh + "无法写入：")
            << SystemErrorText(error_, lang) << "\n";
  return false;
}

}  // namespace reportlint
