// `reportlint export`: every report's metadata, table cells, prose numbers and
// relations as JSON Lines or CSV, for DuckDB, pandas or Spark (docs/export.md).
// Reports are read on --jobs threads and written in input order, one at a time.
#include <filesystem>
#include <iostream>
#include <memory>
#include <thread>

#include "checker/cli/commands.h"
#include "checker/cli/inputs.h"
#include "checker/cli/ordered_pool.h"
#include "checker/cli/output_file.h"
#include "checker/cli/tool_language.h"
#include "checker/facts/analysis.h"
#include "checker/ingest/read_input.h"
#include "checker/output/export_format.h"

namespace reportlint {
namespace {

// The streams the export writes to: stdout or --output for jsonl, one file
// per record type in --output-dir for csv. Null on a usage or a write error,
// which it prints.
std::vector<std::ostream*> OpenStreams(const ExportCommand& cmd, ExportFormat format,
                                       const std::vector<InputFile>& inputs,
                                       const std::string& lang,
                                       std::vector<std::unique_ptr<AtomicFile>>* files) {
  std::vector<std::string> names = ExportFiles(format);
  if (format == ExportFormat::kCsv) {
    std::error_code ec;
    std::filesystem::create_directories(cmd.output_dir, ec);
    for (std::string& n : names) n = (std::filesystem::path(cmd.output_dir) / n).string();
  } else if (!cmd.output.empty()) {
    names = {cmd.output};
  } else {
    return {&std::cout};
  }
  std::vector<std::string> reports;
  for (const InputFile& in : inputs) reports.push_back(in.path);
  std::vector<OutputTarget> targets;
  const char* option = cmd.output.empty() ? "--output-dir" : "--output";
  for (const std::string& n : names) targets.push_back({option, n});
  if (!OutputsAreSafe(targets, reports, lang)) return {};
  std::vector<std::ostream*> out;
  for (const std::string& n : names) {
    files->push_back(std::make_unique<AtomicFile>(n));
    if (!OpenOutputFile(n, files->back().get(), lang)) return {};
    out.push_back(&files->back()->stream());
  }
  return out;
}

bool CheckUsage(const ExportCommand& cmd) {
  const char* problem = nullptr;
  if (cmd.format == "csv" && cmd.output_dir.empty()) {
    problem = "--format csv writes one file per record type: give --output-dir DIR";
  } else if (cmd.format == "csv" && !cmd.output.empty()) {
    problem = "--format csv writes a folder: use --output-dir, not --output";
  } else if (cmd.format == "jsonl" && !cmd.output_dir.empty()) {
    problem = "--format jsonl writes one stream: use --output FILE (or stdout), not --output-dir";
  }
  if (problem) std::cerr << "error: " << problem << "\n";
  return problem == nullptr;
}

}  // namespace

int RunExport(const ExportCommand& cmd) {
  if (!CheckUsage(cmd)) return kExitError;
  ExportFormat format = cmd.format == "csv" ? ExportFormat::kCsv : ExportFormat::kJsonl;
  std::vector<Error> errors;
  std::vector<InputFile> inputs = ExpandInputs(cmd.inputs, &errors);
  if (!errors.empty()) {
    for (const Error& e : errors) std::cerr << e.ToString() << "\n";
    return kExitError;
  }
  const std::string lang = ToolLanguage("");
  std::vector<std::unique_ptr<AtomicFile>> files;
  std::vector<std::ostream*> out = OpenStreams(cmd, format, inputs, lang, &files);
  if (out.empty()) return kExitError;
  StdoutWatch stdout_watch(std::cout);
  std::vector<std::string> headers = ExportHeaders(format);
  for (size_t s = 0; s < out.size(); ++s) *out[s] << headers[s];

  ReadOptions read;
  read.encoding = cmd.encoding;
  int threads = WorkerCount(cmd.jobs);
  bool input_error = false;
  struct Done {
    std::vector<std::string> parts;  // one per stream
    std::optional<Error> error;
  };
  // Workers read, analyse and render; the document and its analysis die in
  // the worker, so only rendered text waits for its turn.
  RunOrdered<Done>(
      inputs.size(), threads,
      [&](size_t i) {
        Done d;
        Error error;
        std::unique_ptr<Document> doc = ReadInput(inputs[i].path, read, &error);
        if (!doc) {
          d.parts = RenderExport(ExportUnreadable(inputs[i].path, error), format);
          d.error = error;
          return d;
        }
        d.parts = RenderExport(ExportAnalysis(Analyze(*doc)), format);
        return d;
      },
      [&](size_t, Done& d) {
        if (d.error) {
          std::cerr << d.error->ToString(lang) << "\n";
          input_error = true;
        }
        for (size_t s = 0; s < out.size(); ++s) *out[s] << d.parts[s];
        // A closed pipe or a full disk: stop.
        return files.empty() ? stdout_watch.Healthy() : out[0]->good();
      });
  if (files.empty()) {
    std::cout.flush();
    if (!stdout_watch.Finish(lang, "导出", "the export")) return kExitError;
  }
  for (const auto& file : files) {
    if (!CommitOutputFile(file->path(), file.get(), lang)) return kExitError;
  }
  return input_error ? kExitError : kExitClean;
}

}  // namespace reportlint
