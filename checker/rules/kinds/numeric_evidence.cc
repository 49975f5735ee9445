#include "checker/rules/kinds/numeric_evidence.h"

#include "checker/util/utf.h"

namespace reportlint {
namespace {

std::vector<std::u32string>* LexiconList(RelationLexicon* lex, const std::string& key) {
  if (key == "part_openers") return &lex->part_openers;
  if (key == "exhaustive_openers") return &lex->exhaustive_openers;
  if (key == "remainder_words") return &lex->remainder_words;
  if (key == "share_words") return &lex->share_words;
  if (key == "rate_links") return &lex->rate_links;
  if (key == "decrease_words") return &lex->decrease_words;
  if (key == "increase_words") return &lex->increase_words;
  if (key == "external_references") return &lex->external_references;
  return nullptr;
}

}  // namespace

bool ReadLexicon(ParamReader& params, const std::vector<std::string>& keys,
                 RelationLexicon* lexicon) {
  bool changed = false;
  for (const std::string& key : keys) {
    if (!params.Has(key)) continue;
    std::vector<std::u32string>* list = LexiconList(lexicon, key);
    list->clear();
    for (const std::string& word : params.StringList(key)) {
      if (word.empty()) {
        params.Fail(key, "'" + key + "' must not contain empty words");
        continue;
      }
      list->push_back(Utf8ToU32(word));
    }
    changed = true;
  }
  return changed;
}

const std::vector<Relation>& RelationsFor(const Analysis& a,
                                          const std::optional<RelationLexicon>& lexicon,
                                          std::vector<Relation>* storage) {
  if (!lexicon) return a.relations;
  *storage = a.RelationsWith(*lexicon);
  return *storage;
}

Interval SumOfParts(const Analysis& a, const std::vector<Part>& parts, Tolerance t) {
  Interval sum = Interval::Point(Decimal::FromInt(0));
  for (const Part& p : parts) sum = Add(sum, ValueOf(a.quantities[p.quantity], t));
  return sum;
}

std::optional<Interval> Percent(const Interval& numerator, const Interval& denominator) {
  auto r = Div(numerator, denominator);
  if (!r) return std::nullopt;
  return Mul(*r, Interval::Point(Decimal::FromInt(100)));
}

nlohmann::ordered_json ScaledNumber(Decimal value, Decimal scale) {
  auto scaled = value.Div(scale, Decimal::Round::kFloor);
  return nlohmann::ordered_json::parse(scaled ? scaled->ToString() : value.ToString());
}

std::string PrintedUnit(const Quantity& q) {
  std::string scale;
  if (q.scale == Decimal::FromInt(10000)) scale = "万";
  if (q.scale == Decimal::FromInt(100000000)) scale = "亿";
  if (q.scale == Decimal::FromInt(1000)) scale = "千";
  return scale + U32ToUtf8(q.unit);
}

nlohmann::ordered_json QuantityJson(const Analysis& a, int k, Decimal scale) {
  Location l = a.QuantityLocation(k);
  return {{"value", ScaledNumber(a.quantities[k].printed, scale)},
          {"line", l.line},
          {"column", l.column}};
}

Tolerance ReadTolerance(ParamReader& params) {
  return params.Choice("tolerance", {"printed", "exact"}, "printed") == "exact" ? Tolerance::kExact
                                                                              : Tolerance::kPrinted;
}

Interval ValueOf(const Quantity& q, Tolerance t) {
  // "Exact" still honours approximation words: 100738余 is never exactly 100738.
  if (t == Tolerance::kExact && q.approx == Approx::kExact) return Interval::Point(q.printed);
  return q.value;
}

Decimal Slack(const Interval& a, const Interval& b) {
  auto half = (a.Width() + b.Width()).Div(Decimal::FromInt(2), Decimal::Round::kCeil);
  return half ? *half : a.Width() + b.Width();
}

}  // namespace reportlint
