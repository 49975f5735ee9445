// When a finding answers an `expect` entry, when it flags a `clean` one, and which
// findings an excerpt cut short can be judged on: the semantics of the reference
// scorer ../shared/tools/score_corpus.py, in one place for every C++ caller.
#ifndef REPORTLINT_TESTS_CORPUS_CORPUS_MATCH_H_
#define REPORTLINT_TESTS_CORPUS_CORPUS_MATCH_H_

#include "reportlint/finding.h"
#include "tests/corpus/corpus_expectations.h"

namespace reportlint::corpus {

// Same kind; the entry's line within the finding's lines (unless the entry
// names numbers or a missing content); one of its `stated` numbers among the
// finding's stated/total/stated_total/stated_percent/declared/value or printed
// in its message; its `missing` content named in the evidence or message.
bool Answers(const Entry& expect, const Finding& f);

// Same kind and, with `missing_not`, the finding calls one of those contents
// missing; otherwise the entry's line within the finding's lines and, where the
// entry gives them, one of its `stated` / `stated_percent` numbers among the
// finding's. (A finding that answers an `expect` entry is no false alarm: the
// caller checks that.)
bool Flags(const Entry& clean, const Finding& f);

// On an excerpt that ends mid-report only a declaration whose own list
// disagrees with its count can be judged among `sections` findings.
bool JudgedOnTruncated(const Finding& f);

}  // namespace reportlint::corpus

#endif  // REPORTLINT_TESTS_CORPUS_CORPUS_MATCH_H_
