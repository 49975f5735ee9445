// The command line's inputs -> the list of reports to check: files as given,
// directories walked for report files, globs expanded. Order is stable: the
// arguments' order, and within a directory or a glob, sorted by path.
#ifndef REPORTLINT_CLI_INPUTS_H_
#define REPORTLINT_CLI_INPUTS_H_

#include <string>
#include <vector>

#include "reportlint/error.h"

namespace reportlint {

struct InputFile {
  std::string path;
  bool named = false;  // given by name (not found by a walk or a glob): never excluded
};

// Report files found in directories: those with a report extension
// (KindOfExtension, checker/ingest/read_input.h).
// Hidden files and folders (".git") are skipped. A glob that matches nothing
// is an error; a missing plain path is passed through (the checker reports it).
std::vector<InputFile> ExpandInputs(const std::vector<std::string>& args,
                                    std::vector<Error>* errors);

// Why the folder `arg` gave no report, in `lang`, for a run with nothing to
// check: it holds no file, or N files none of which is a report (one named);
// "" when `arg` is not a folder.
std::string WhyNoReport(const std::string& arg, const std::string& lang);

}  // namespace reportlint

#endif  // REPORTLINT_CLI_INPUTS_H_
