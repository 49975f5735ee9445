// `reportlint check`: expand the inputs, find each report's configuration,
// check the reports on --jobs threads, stream the results in input order to
// the chosen format, then decide the exit code.
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <thread>

#include "checker/cli/commands.h"
#include "checker/cli/config_set.h"
#include "checker/cli/inputs.h"
#include "checker/cli/ordered_pool.h"
#include "checker/cli/output_file.h"
#include "checker/cli/progress.h"
#include "checker/cli/tool_language.h"
#include "checker/findings/baseline.h"
#include "checker/output/formats.h"

namespace reportlint {
namespace {

struct Job {
  std::string path;
  const Checker* checker = nullptr;
  RuleSettings file_rules;
};

bool UseColor(const std::string& mode) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  return isatty(STDOUT_FILENO) && std::getenv("NO_COLOR") == nullptr;
}

FlagOverrides ToFlags(const CheckCommand& cmd) {
  FlagOverrides f;
  f.rule_dirs = cmd.packs.rule_dirs;
  f.no_builtin = cmd.packs.no_builtin;
  if (!cmd.packs.lang.empty()) f.lang = cmd.packs.lang;
  if (!cmd.fail_on.empty()) f.fail_on = cmd.fail_on;
  if (cmd.max_warnings >= 0) f.max_warnings = cmd.max_warnings;
  if (!cmd.baseline.empty()) f.baseline = cmd.baseline;
  if (!cmd.write_baseline.empty()) f.baseline = "";  // record everything found today
  if (!cmd.hierarchy.empty()) f.hierarchy = cmd.hierarchy;
  f.encoding = cmd.encoding;
  const OutputFormat* format = FindOutputFormat(cmd.format);
  f.keep_analysis = format && format->draws_report;
  return f;
}

void PrintErrors(const std::vector<Error>& errors, const std::string& lang) {
  for (const Error& e : errors) std::cerr << e.ToString(lang) << "\n";
}

// A run with no report to check fails (exit 2) and says why, per input: an
// empty folder, a folder of other files, or reports all excluded.
int NothingToCheck(const CheckCommand& cmd, size_t found, const std::string& lang) {
  const bool en = lang == "en";
  std::cerr << (en ? "error: nothing to check\n" : "错误：没有可以检查的报告\n");
  if (found > 0) {
    std::cerr << (en ? "  the " + std::to_string(found) +
                           " reports found are all excluded by the configuration (exclude)\n"
                     : "  找到的 " + std::to_string(found) + " 份报告都被配置的 exclude 排除了\n");
  }
  for (const std::string& input : cmd.inputs) {
    std::string why = WhyNoReport(input, lang);
    if (found == 0 && !why.empty()) std::cerr << "  " << input << ": " << why << "\n";
  }
  return kExitError;
}

// More warnings than allowed: the exit code alone does not say so.
bool TooManyWarnings(const CheckCommand& cmd, const RunSettings& run, const RunSummary& s,
                     const std::string& lang) {
  if (!run.max_warnings || s.warnings <= *run.max_warnings) return false;
  const bool flag = cmd.max_warnings >= 0;
  if (lang == "en") {
    std::cerr << s.warnings << " warnings, more than "
              << (flag ? "--max-warnings " : "the configuration's max_warnings ")
              << *run.max_warnings << "\n";
  } else {
    std::cerr << "警告 " << s.warnings << " 个，超过 "
              << (flag ? "--max-warnings " : "配置中的 max_warnings ") << *run.max_warnings << "\n";
  }
  return true;
}

// The reports to check, each with its checker. False on a configuration error.
bool PlanJobs(const std::vector<InputFile>& inputs, ConfigSet* configs, std::vector<Job>* jobs) {
  bool ok = true;
  for (const InputFile& in : inputs) {
    const Config* config = configs->For(in.path);
    const Checker* checker = configs->CheckerFor(config);
    if (!checker) {
      ok = false;
      continue;
    }
    if (!in.named && config->Excludes(in.path)) continue;
    jobs->push_back({in.path, checker, config->RulesFor(in.path)});
  }
  return ok;
}

// The lowest severity that fails the run; nullopt for `never`.
std::optional<Severity> FailThreshold(const RunSettings& run) {
  return run.fail_on == "never" ? std::nullopt : ParseSeverity(run.fail_on);
}

int DecideExit(const RunSettings& run, const RunSummary& s, bool input_error,
               bool too_many_warnings) {
  if (input_error) return kExitError;
  std::optional<Severity> threshold = FailThreshold(run);
  bool failing = false;
  if (threshold) {
    failing = (s.errors > 0 && Severity::kError >= *threshold) ||
              (s.warnings > 0 && Severity::kWarning >= *threshold) ||
              (s.infos > 0 && Severity::kInfo >= *threshold);
  }
  return failing || too_many_warnings ? kExitFindings : kExitClean;
}

}  // namespace

int RunCheck(const CheckCommand& cmd) {
  // The tool's own messages; the findings and the summary follow run.lang.
  const std::string tool_lang = ToolLanguage(cmd.packs.lang);
  const bool en = tool_lang == "en";
  std::vector<Error> errors;
  if (!cmd.baseline.empty() && !cmd.write_baseline.empty()) {
    std::cerr << (en ? "error: --baseline and --write-baseline cannot be used together\n"
                     : "错误：--baseline 和 --write-baseline 不能同时使用\n");
    return kExitError;
  }
  ConfigSet configs(cmd.packs, ToFlags(cmd), &errors);
  std::vector<InputFile> inputs = ExpandInputs(cmd.inputs, &errors);
  if (!inputs.empty()) configs.SetFirstInput(inputs.front().path);
  const Config* run_config = configs.RunConfig();
  std::vector<Job> jobs;
  bool ok = run_config && PlanJobs(inputs, &configs, &jobs) && errors.empty();
  if (!ok) {
    PrintErrors(errors, tool_lang);
    return kExitError;
  }
  if (jobs.empty()) return NothingToCheck(cmd, inputs.size(), tool_lang);
  RunSettings run = configs.run_settings();
  const OutputFormat* format = FindOutputFormat(cmd.format);
  std::vector<RuleSummary> rules = configs.AllRules(  // before the run checker joins
      format->shows_rule_parameters ? RuleDetail::kWithParameters : RuleDetail::kSummary);
  // The hierarchy is loaded by the run's checker alone: create it now, so a
  // broken hierarchy stops the run before any output.
  if (!run.hierarchy.empty() && !configs.CheckerFor(run_config)) {
    PrintErrors(errors, tool_lang);
    return kExitError;
  }
  // A workbook is binary: like gzip, never onto a terminal.
  if (format->binary && cmd.output.empty() && isatty(STDOUT_FILENO)) {
    std::cerr << (en ? "error: --format xlsx writes a binary workbook: give -o FILE.xlsx "
                       "(or redirect the output to a file)\n"
                     : "错误：--format xlsx 输出的是二进制工作簿：请用 -o 文件.xlsx 指定文件"
                       "（或把输出重定向到文件）\n");
    return kExitError;
  }

  std::vector<std::string> reports;
  for (const Job& job : jobs) reports.push_back(job.path);
  std::vector<OutputTarget> targets;
  if (!cmd.output.empty()) targets.push_back({"--output", cmd.output});
  if (!cmd.write_baseline.empty()) targets.push_back({"--write-baseline", cmd.write_baseline});
  if (!cmd.baseline.empty()) targets.push_back({"--baseline", cmd.baseline, /*written=*/false});
  if (!OutputsAreSafe(targets, reports, tool_lang)) return kExitError;
  AtomicFile file_out(cmd.output);
  if (!cmd.output.empty() && !OpenOutputFile(cmd.output, &file_out, tool_lang)) return kExitError;
  std::ostream& out = cmd.output.empty() ? std::cout : file_out.stream();
  OutputOptions options;
  options.lang = run.lang;
  options.color = cmd.format == "text" && cmd.output.empty() && UseColor(cmd.color);
  std::error_code ec;
  options.root = std::filesystem::current_path(ec).string();
  options.rules = std::move(rules);
  options.doc_url = cmd.doc_url;
  options.fail_on = FailThreshold(run);
  auto writer = format->make(options, out);
  StdoutWatch stdout_watch(std::cout);

  int threads = WorkerCount(cmd.jobs);
  bool input_error = false;
  RunSummary summary;
  std::vector<BaselineEntry> recorded;
  std::vector<std::shared_ptr<const CorpusReport>> corpus_reports;  // in input order
  {
    ProgressBar bar(WantProgress(cmd.progress, jobs.size()), jobs.size(), tool_lang);
    bool interleave = cmd.output.empty() && isatty(STDOUT_FILENO);
    // Workers check, render and count; this thread only writes, in input
    // order. A result is reduced to what the writer needs in the worker, so
    // its many small allocations are freed on the thread that made them.
    struct Done {
      Result stub;  // path and error only
      std::string rendered;
      RunSummary counts;
      std::vector<BaselineEntry> recorded;
      std::shared_ptr<const CorpusReport> corpus;
    };
    const bool record = !cmd.write_baseline.empty();
    RunOrdered<Done>(
        jobs.size(), threads,
        [&](size_t i) {
          Result r = jobs[i].checker->Check(jobs[i].path, &jobs[i].file_rules);
          Done d;
          d.rendered = writer->Render(r);
          d.counts.Add(r);
          if (record) {
            for (const Finding& f : r.findings) {
              d.recorded.push_back({r.path, f.rule_id, f.fingerprint, f.message});
            }
          }
          d.stub.path = std::move(r.path);
          d.stub.error = std::move(r.error);
          d.corpus = std::move(r.corpus);
          return d;
        },
        [&](size_t i, Done& d) {
          if (interleave && (d.stub.error || !d.rendered.empty())) bar.Clear();
          if (d.stub.error) {
            std::cerr << d.stub.error->ToString(tool_lang) << "\n";
            input_error = true;
          }
          summary.Merge(d.counts);
          writer->Write(d.stub, d.rendered);
          if (interleave) out.flush();
          for (BaselineEntry& e : d.recorded) recorded.push_back(std::move(e));
          corpus_reports.push_back(std::move(d.corpus));
          bar.Advance(i + 1);
          // Standard output that no longer takes the output: the rest of the run
          // would be written to nobody.
          return !cmd.output.empty() || stdout_watch.Healthy();
        });
  }
  if (cmd.output.empty() && !stdout_watch.Healthy()) {
    stdout_watch.Finish(tool_lang, "输出", "the output");
    return kExitError;
  }
  // The cross-report rules, once every report is in: the run's own checker's.
  const Checker* run_checker = configs.CheckerFor(run_config);
  if (run_checker && run_checker->HasCorpusRules()) {
    CorpusResult corpus = run_checker->CheckCorpus(corpus_reports);
    corpus_reports.clear();
    for (const PlacedFinding& p : corpus.findings) {
      recorded.push_back({p.path, p.finding.rule_id, p.finding.fingerprint, p.finding.message});
    }
    summary.AddCorpus(corpus);
    writer->WriteCorpus(corpus);
  }
  writer->End(summary);
  out.flush();
  // A full disk, a closed pipe, or a writer that failed (xlsx).
  if (cmd.output.empty() ? !stdout_watch.Finish(tool_lang, "输出", "the output")
                         : !CommitOutputFile(cmd.output, &file_out, tool_lang)) {
    return kExitError;
  }
  if (!cmd.write_baseline.empty()) {
    Error error;
    if (!Baseline::Write(cmd.write_baseline, recorded, &error)) {
      std::cerr << error.ToString(tool_lang) << "\n";
      return kExitError;
    }
    std::cerr << (run.lang == "en" ? "baseline: " : "基线：") << recorded.size()
              << (run.lang == "en" ? " findings recorded in " : " 个发现已记入 ")
              << cmd.write_baseline << "\n";
    return input_error ? kExitError : kExitClean;
  }
  if (summary.files > 0 && summary.unreadable == summary.files) {
    std::cerr << (en ? "error: no report could be read; nothing was checked\n"
                     : "错误：没有一份报告可以读取，未检查任何内容\n");
  }
  return DecideExit(run, summary, input_error, TooManyWarnings(cmd, run, summary, tool_lang));
}

}  // namespace reportlint
