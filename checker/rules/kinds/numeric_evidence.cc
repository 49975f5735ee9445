#include "checker/rules/kinds/numeric_evidence.h"

#include <charconv>

#include <algorithm>

#include "checker/util/utf.h"
#include "checker/values/unit_table.h"

namespace reportlint {
namespace {

std::vector<std::u32string>* LexiconList(RelationLexicon* lex, const std::string& key) {
  if (key == "part_openers") return &lex->part_openers;
  if (key == "exhaustive_openers") return &lex->exhaustive_openers;
  if (key == "remainder_words") return &lex->remainder_words;
  if (key == "share_words") return &lex->share_words;
  if (key == "rate_links") return &lex->rate_links;
  if (key == "label_lead_words") return &lex->label_lead_words;
  if (key == "closing_totals") return &lex->closing_totals;
  if (key == "list_breakers") return &lex->list_breakers;
  if (key == "overlapping_words") return &lex->overlapping_words;
  if (key == "bounded_rate_stems") return &lex->bounded_rate_stems;
  if (key == "change_words") return &lex->change_words;
  if (key == "scope_nouns") return &lex->scope_nouns;
  if (key == "decrease_words") return &lex->decrease_words;
  if (key == "increase_words") return &lex->increase_words;
  if (key == "external_references") return &lex->external_references;
  return nullptr;
}

}  // namespace

const std::vector<std::string>& ListLexiconKeys() {
  static const std::vector<std::string> keys = {
      "part_openers",  "exhaustive_openers", "remainder_words",   "label_lead_words",
      "closing_totals", "list_breakers",     "overlapping_words", "share_words",
      "change_words",  "scope_nouns"};
  return keys;
}

void ReadLexicon(ParamReader& params, const std::vector<std::string>& keys,
                 std::optional<RelationLexicon>* lexicon) {
  RelationLexicon read;
  bool changed = false;
  for (const std::string& key : keys) {
    if (!params.Has(key)) continue;
    std::vector<std::u32string>* list = LexiconList(&read, key);
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
  if (changed) *lexicon = std::move(read);
}

void ForEachListReading(const Analysis& a, const std::optional<RelationLexicon>& lexicon,
                        const ReadingOptions& reading,
                        const std::function<void(const Relation&, const ListVerdict&)>& f) {
  std::vector<Relation> own;
  for (const Relation& r : RelationsFor(a, lexicon, &own)) {
    if (r.kind != RelationKind::kTotalParts) continue;
    ListVerdict v = ReadList(a.quantities, r, reading);
    if (v.valid) f(r, v);
  }
}

const std::vector<Relation>& RelationsFor(const Analysis& a,
                                          const std::optional<RelationLexicon>& lexicon,
                                          std::vector<Relation>* storage) {
  if (!lexicon) return a.relations;
  *storage = a.RelationsWith(*lexicon);
  return *storage;
}

nlohmann::ordered_json PrintedNumber(Decimal d) {
  std::string s = d.ToString();
  // from_chars: no exception on a number too long for the type, no locale.
  const char* end = s.data() + s.size();
  if (d.FractionDigits() == 0) {
    long long n = 0;
    if (std::from_chars(s.data(), end, n).ec == std::errc()) return n;
  } else {
    double x = 0;
    if (std::from_chars(s.data(), end, x).ec == std::errc()) return x;
  }
  return s;  // beyond what JSON numbers hold exactly: the digits as printed
}

nlohmann::ordered_json ScaledNumber(Decimal value, Decimal scale) {
  auto scaled = value.Div(scale, Decimal::Round::kFloor);
  return PrintedNumber(scaled ? *scaled : value);
}

std::string PrintedUnit(const Quantity& q) {
  std::u32string written(ScaleWordFor(q.scale));
  return U32ToUtf8(written + q.unit);
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

Decimal PrintedTotal(const Analysis& a, const TotalCandidate& c) {
  Decimal sum;
  for (int k : c.quantities) sum += a.quantities[k].printed;
  return sum;
}

Decimal TotalScale(const Analysis& a, const TotalCandidate& c) {
  Decimal scale = a.quantities[c.quantities.front()].scale;
  for (int k : c.quantities) {
    if (a.quantities[k].scale != scale) return Decimal::FromInt(1);
  }
  return scale;
}

void AddReadingEvidence(const Analysis& a, const Relation& r, const ListVerdict& v,
                        nlohmann::ordered_json* evidence) {
  const TotalCandidate& chosen = r.totals[v.chosen.total];
  (*evidence)["total_from"] = TotalSourceName(chosen.source);
  nlohmann::ordered_json rejected = nlohmann::ordered_json::array();
  std::vector<Decimal> seen = {PrintedTotal(a, chosen)};
  for (const ListReading& other : v.rejected) {
    const TotalCandidate& c = r.totals[other.total];
    Decimal printed = PrintedTotal(a, c);
    if (std::find(seen.begin(), seen.end(), printed) != seen.end()) continue;
    seen.push_back(printed);
    Decimal scale = TotalScale(a, c);
    nlohmann::ordered_json alt;
    alt["total"] = ScaledNumber(printed, scale);
    alt["from"] = TotalSourceName(c.source);
    Decimal parts;
    for (size_t i = other.first_part; i < other.part_end; ++i) {
      parts += a.quantities[r.parts[i].quantity].printed;
    }
    alt["computed"] = ScaledNumber(parts, scale);
    alt["contradictions"] = other.Failures();
    rejected.push_back(std::move(alt));
  }
  (*evidence)["rejected"] = std::move(rejected);
}

Decimal Slack(const Interval& a, const Interval& b) {
  auto half = (a.Width() + b.Width()).Div(Decimal::FromInt(2), Decimal::Round::kCeil);
  return half ? *half : a.Width() + b.Width();
}

}  // namespace reportlint
