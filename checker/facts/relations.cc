// Relations between the numbers of a report: the three finders run over one
// context, in text order; names and the debug form shown by `reportlint dump`.
#include "checker/facts/relations.h"

#include <algorithm>

#include "checker/facts/relation_context.h"
#include "checker/util/sentences.h"
#include "checker/util/utf.h"

namespace reportlint {

const char* TotalSourceName(TotalSource s) {
  switch (s) {
    case TotalSource::kStated: return "stated";
    case TotalSource::kSameSentence: return "same_sentence";
    case TotalSource::kPreviousSentence: return "previous_sentence";
    case TotalSource::kSumOfCounts: return "sum_of_counts";
    case TotalSource::kFirstPart: return "first_part";
  }
  return "";
}

std::vector<Relation> ExtractRelations(std::u32string_view text,
                                       const std::vector<Quantity>& quantities,
                                       const RelationLexicon& lexicon,
                                       const std::vector<bool>& excluded) {
  std::u32string bounded;
  RelationContext context(WithBoundedSentences(text, &bounded), quantities, lexicon, excluded);
  std::vector<Relation> out;
  FindTotalParts(context, &out);
  FindRates(context, &out);
  FindDifferences(context, &out);
  std::stable_sort(out.begin(), out.end(),
                   [](const Relation& a, const Relation& b) { return a.begin < b.begin; });
  return out;
}

namespace {

const char* CoverageName(Coverage c) {
  switch (c) {
    case Coverage::kPartial: return "partial";
    case Coverage::kRemainder: return "whole (remainder named)";
    case Coverage::kOpener: return "whole (opener)";
  }
  return "";
}

}  // namespace

std::string DebugString(const Relation& r, std::u32string_view text,
                        const std::vector<Quantity>& q) {
  auto str = [&](int k) {
    return U32ToUtf8(text.substr(q[k].begin, q[k].end - q[k].begin));
  };
  std::string out;
  switch (r.kind) {
    case RelationKind::kTotalParts: {
      out = "total ";
      for (size_t t = 0; t < r.totals.size(); ++t) {
        if (t > 0) out += " | ";
        const TotalCandidate& c = r.totals[t];
        for (size_t i = 0; i < c.quantities.size(); ++i) out += (i ? "+" : "") + str(c.quantities[i]);
        if (c.source != TotalSource::kStated) out += std::string(" (") + TotalSourceName(c.source) + ")";
      }
      out += " = ";
      for (size_t i = 0; i < r.parts.size(); ++i) {
        out += (i ? " + " : "") + str(r.parts[i].quantity);
        if (r.parts[i].share >= 0) out += " (" + str(r.parts[i].share) + ")";
      }
      out += std::string("  [") + CoverageName(r.coverage);
      if (r.overlapping) out += ", overlapping";
      if (r.implicit) out += ", implicit";
      out += "]";
      break;
    }
    case RelationKind::kRate:
      out = "rate " + str(r.rate) + " = " + (r.numerator >= 0 ? str(r.numerator) : "?");
      for (size_t i = 0; i < r.bases.size(); ++i) {
        out += i ? " | " : " / ";
        for (size_t j = 0; j < r.bases[i].quantities.size(); ++j) {
          out += (j ? "+" : "") + str(r.bases[i].quantities[j]);
        }
      }
      if (r.bounded) out += "  [at most 100%]";
      break;
    case RelationKind::kDifference:
      out = std::string("difference ") + str(r.difference) + " = " +
            (r.increase ? str(r.later) + " - " + str(r.earlier.front())
                        : str(r.earlier.front()) + " - " + str(r.later));
      for (size_t i = 1; i < r.earlier.size(); ++i) out += " | " + str(r.earlier[i]);
      break;
  }
  return out + "  (cue " + U32ToUtf8(r.cue) + ")";
}

}  // namespace reportlint
