// Renderings of corpus scores: the per-kind table (Markdown, for notes and the
// test log) and the list of every miss and false alarm behind it.
#ifndef REPORTLINT_TESTS_CORPUS_CORPUS_REPORT_H_
#define REPORTLINT_TESTS_CORPUS_CORPUS_REPORT_H_

#include <string>
#include <vector>

#include "tests/corpus/corpus_score.h"

namespace reportlint::corpus {

// One block of three rows per corpus: found/expect, false alarms/clean and
// unannotated findings, a column per kind and the total.
std::string MarkdownTable(const std::vector<CorpusScore>& scores);

// "MISSED e003.txt: {kind: period, …}" and "FALSE ALARM e007.txt: {…} <- 3:5 rule …"
// lines, then the unannotated findings, then files that could not be checked.
std::string Details(const CorpusScore& score);

}  // namespace reportlint::corpus

#endif  // REPORTLINT_TESTS_CORPUS_CORPUS_REPORT_H_
