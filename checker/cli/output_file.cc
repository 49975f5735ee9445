// Output files of a run: refused when they name a report being checked, written
// through AtomicFile, and every failure said once with its reason.
#include "checker/cli/output_file.h"

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
  for (size_t t = 0; t < targets.size(); ++t) {
    const OutputTarget& target = targets[t];
    for (const std::string& report : reports) {
      if (!SameFile(target.path, report)) continue;
      std::cerr << report
                << (en ? ": error: " + target.option +
                             " names this report, which is being checked: writing it would "
                             "replace the report; give another file\n"
                       : ": 错误：" + target.option +
                             " 指向的正是被检查的这份报告，写入会覆盖报告；请换一个文件\n");
      return false;
    }
    for (size_t o = 0; o < t; ++o) {
      if (!SameFile(target.path, targets[o].path)) continue;
      std::cerr << target.path
                << (en ? ": error: " + targets[o].option + " and " + target.option +
                             " name the same file; give two files\n"
                       : ": 错误：" + targets[o].option + " 和 " + target.option +
                             " 指向同一个文件；请分别指定\n");
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

}  // namespace reportlint
