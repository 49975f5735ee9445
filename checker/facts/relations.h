// Claims the prose makes about its numbers: a total and its parts, a part's share of
// the total, a rate over a base, a difference. Extracted once per document.
#ifndef REPORTLINT_FACTS_RELATIONS_H_
#define REPORTLINT_FACTS_RELATIONS_H_

#include <string>
#include <string_view>
#include <vector>

#include "checker/facts/quantity.h"

namespace reportlint {

// The words the extractor looks for. The defaults suit Chinese annual reports;
// a rule pack may replace any list for another kind of report.
struct RelationLexicon {
  // Open a list of parts after a total: "…34322件,其中…", "…共3件,分别为…".
  std::vector<std::u32string> part_openers = {U"其中", U"分别为", U"分别是", U"包括"};
  // Openers after which the list is the whole total.
  std::vector<std::u32string> exhaustive_openers = {U"分别为", U"分别是"};
  // A part labelled with one of these closes the list and makes it the whole
  // total: "…其他方式公开21010条".
  std::vector<std::u32string> remainder_words = {U"其他", U"其它", U"其余", U"剩余"};
  // Link a part to its share of the total: "6213条,占74.5%".
  std::vector<std::u32string> share_words = {U"占"};
  // Rates: a percentage right after "<stem>率" ("办结率达到96.92%").
  std::vector<std::u32string> rate_links = {U"为", U"达到", U"达", U"是", U"约为", U"均为"};
  // A difference: "比…减少36万元" (the earlier value minus the later one) or
  // "比…增加…" (the later one minus the earlier one).
  std::vector<std::u32string> decrease_words = {U"减少", U"下降", U"降低", U"节约", U"节省"};
  std::vector<std::u32string> increase_words = {U"增加", U"增长", U"提高", U"上升"};
  // After 比: the comparison is with something the text does not state.
  std::vector<std::u32string> external_references = {U"上年", U"去年", U"同期", U"上一年",
                                                      U"前一年", U"往年"};
};

enum class RelationKind {
  kTotalParts,  // total = Σ parts (or, when partial, each part <= total)
  kRate,        // rate% = numerator / base
  kDifference,  // earlier - later = difference (or later - earlier)
};

// How the extractor knows whether a list of parts is all of the total.
enum class Coverage {
  kPartial,    // only some parts are named: only part <= total can be checked
  kRemainder,  // the list ends with 其他/其余…: it is the whole total
  kOpener,     // the opener says so (分别为)
  kExactSum,   // a leading run of the parts adds up to the total exactly
};

struct Part {
  int quantity = -1;  // index into the quantity list
  int share = -1;     // index of its stated share (占74.5%), or -1
};

struct Relation {
  RelationKind kind = RelationKind::kTotalParts;
  // kTotalParts
  int total = -1;
  std::vector<Part> parts;  // for a partial list: the parts of the first clause
  Coverage coverage = Coverage::kPartial;
  // kRate: stated rate, numerator and the bases the text allows (nearest first).
  int rate = -1;
  int numerator = -1;
  std::vector<int> bases;
  // kDifference: the stated difference, the later value and the earlier
  // values it may be compared with (nearest first).
  int difference = -1;
  int later = -1;
  std::vector<int> earlier;
  bool increase = false;
  // The span the relation was read from and the cue that produced it.
  size_t begin = 0;
  size_t end = 0;
  std::u32string cue;
};

// Reads relations from `text` given the quantities scanned from it.
std::vector<Relation> ExtractRelations(std::u32string_view text,
                                       const std::vector<Quantity>& quantities,
                                       const RelationLexicon& lexicon);

// One line per relation for `reportlint dump --facts`.
std::string DebugString(const Relation& r, std::u32string_view text,
                        const std::vector<Quantity>& quantities);

}  // namespace reportlint

#endif  // REPORTLINT_FACTS_RELATIONS_H_
