// reportlint's benchmark: accuracy of the numeric checks on generated reports with
// injected errors, and checking throughput in MB/s (and pages/s for PDFs) on one core.
//
//   reportlint_bench accuracy [N=200] [SEED=1]   recall and false alarms
//   reportlint_bench throughput FILE... [--repeat R]   MB/s of `check` (one thread);
//                                      with PDFs among the files, also pages/s
//   reportlint_bench corpus [DIR...]   per-kind recall and false alarms on real reports
//                                      (default: ../shared/seeds, ../shared/corpus/excerpts)
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "bench/report_generator.h"
#include "reportlint/checker.h"
#include "tests/corpus/corpus_report.h"
#include "tests/corpus/corpus_score.h"

namespace {

using reportlint::Checker;
using reportlint::Result;

bool Numeric(const reportlint::Finding& f) { return f.kind == "sum" || f.kind == "ratio"; }

int Accuracy(const Checker& checker, int n, unsigned seed) {
  int found = 0, false_alarms = 0, reports_with_false_alarm = 0;
  for (int i = 0; i < n; ++i) {
    reportlint::bench::GeneratedReport r = reportlint::bench::GenerateReport(seed + static_cast<unsigned>(i));
    Result clean = checker.CheckBytes("clean.txt", r.text);
    int clean_alarms = 0;
    for (const auto& f : clean.findings) clean_alarms += Numeric(f);
    Result bad = checker.CheckBytes("altered.txt", r.altered);
    bool hit = false;
    int bad_alarms = 0;
    for (const auto& f : bad.findings) {
      if (!Numeric(f)) continue;
      if (f.begin.line == r.altered_line) {
        hit = true;
      } else {
        ++bad_alarms;
      }
    }
    found += hit;
    false_alarms += clean_alarms + bad_alarms;
    reports_with_false_alarm += (clean_alarms + bad_alarms) > 0;
    if (!hit) std::printf("missed  #%d line %d: %s\n", i, r.altered_line, r.alteration.c_str());
    if (clean_alarms + bad_alarms > 0) {
      std::printf("alarm   #%d:", i);
      for (const auto* res : {&clean, &bad}) {
        for (const auto& f : res->findings) {
          if (Numeric(f) && !(res == &bad && f.begin.line == r.altered_line)) {
            std::printf(" %s@%d", f.rule_id.c_str(), f.begin.line);
          }
        }
      }
      std::printf("\n");
    }
  }
  std::printf("reports: %d (each checked clean and with one altered number)\n", n);
  std::printf("recall: %d/%d = %.1f%%\n", found, n, 100.0 * found / n);
  std::printf("false alarms: %d in %d checks = %.2f per 20 reports\n", false_alarms, 2 * n,
              20.0 * false_alarms / (2 * n));
  return 0;
}

int Throughput(const Checker& checker, const std::vector<std::string>& paths, int repeat) {
  // The files are read into memory first, so the time is decoding and checking
  // (what `check` does per file), not the disk.
  std::vector<std::pair<std::string, std::string>> files;  // path, bytes
  size_t bytes = 0;
  for (const std::string& p : paths) {
    std::ifstream in(p, std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "%s: cannot read\n", p.c_str());
      return 2;
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    bytes += ss.str().size();
    files.emplace_back(p, ss.str());
  }
  size_t findings = 0;
  long pages = 0;  // of the PDFs (Document::page_count), over every repetition
  auto start = std::chrono::steady_clock::now();
  for (int r = 0; r < repeat; ++r) {
    for (const auto& [path, text] : files) {
      Result result = checker.CheckBytes(path, text);
      if (result.error) {
        std::fprintf(stderr, "%s\n", result.error->ToString().c_str());
        return 2;
      }
      findings += result.findings.size();
      if (result.document) pages += result.document->page_count();
    }
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  double mb = static_cast<double>(bytes) * repeat / 1e6;
  std::printf("checked %.1f MB in %.2f s: %.1f MB/s on one thread (%zu findings)\n", mb, seconds,
              mb / seconds, findings);
  if (pages > 0) {
    std::printf("PDF: %ld pages in %.2f s: %.1f pages/s on one thread (read and checked)\n", pages,
                seconds, static_cast<double>(pages) / seconds);
  }
  return 0;
}

// The table for notes (Markdown), then every miss and false alarm per corpus.
int Corpus(const Checker& checker, std::vector<std::string> dirs) {
  if (dirs.empty()) {
    std::filesystem::path shared = std::filesystem::path(REPORTLINT_SOURCE_DIR) / ".." / "shared";
    dirs = {(shared / "seeds").string(), (shared / "corpus" / "excerpts").string()};
  }
  std::vector<reportlint::corpus::CorpusScore> scores;
  for (const std::string& dir : dirs) {
    reportlint::corpus::CorpusScore score;
    reportlint::Error error;
    if (!reportlint::corpus::ScoreCorpus(checker, dir, &score, &error)) {
      std::fprintf(stderr, "%s\n", error.ToString().c_str());
      return 2;
    }
    scores.push_back(std::move(score));
  }
  std::printf("%s", reportlint::corpus::MarkdownTable(scores).c_str());
  for (const auto& s : scores) {
    std::printf("\n%s: %s\n%s", s.name.c_str(), reportlint::corpus::ReferenceLine(s).c_str(),
                reportlint::corpus::Details(s).c_str());
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: reportlint_bench accuracy [N] [SEED] | throughput FILE... [--repeat R] | "
                 "corpus [DIR...]\n");
    return 2;
  }
  std::vector<reportlint::Error> errors;
  auto checker = Checker::Create(reportlint::Options{}, &errors);
  if (!checker) return 2;
  std::string mode = argv[1];
  if (mode == "accuracy") {
    int n = argc > 2 ? std::atoi(argv[2]) : 200;
    unsigned seed = argc > 3 ? static_cast<unsigned>(std::atoi(argv[3])) : 1;
    return Accuracy(*checker, n, seed);
  }
  if (mode == "throughput") {
    std::vector<std::string> paths;
    int repeat = 20;
    for (int i = 2; i < argc; ++i) {
      if (std::strcmp(argv[i], "--repeat") == 0 && i + 1 < argc) {
        repeat = std::atoi(argv[++i]);
      } else {
        paths.push_back(argv[i]);
      }
    }
    return Throughput(*checker, paths, repeat);
  }
  if (mode == "corpus") return Corpus(*checker, std::vector<std::string>(argv + 2, argv + argc));
  std::fprintf(stderr, "unknown mode %s\n", mode.c_str());
  return 2;
}
