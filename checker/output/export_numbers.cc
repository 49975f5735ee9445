// The export's number and relation records: the prose numbers with the
// interval each stands for, and one record per link of a relation to a number,
// so a batch engine joins relations to numbers on (path, id).
#include "checker/output/export_fields.h"
#include "checker/output/export_records.h"
#include "checker/util/sentences.h"

namespace reportlint {
namespace {

// Counts sentences as the text goes: a run of sentence ends after some text
// closes one. Quantities come in text order, so one pass serves them all.
class SentenceCounter {
 public:
  explicit SentenceCounter(std::u32string_view text) : text_(text) {}
  // The 1-based sentence holding position `pos`. REQUIRES: non-decreasing pos.
  int At(size_t pos) {
    for (; scanned_ < pos && scanned_ < text_.size(); ++scanned_) {
      bool end = IsSentenceEnd(text_[scanned_]);
      if (end && !in_end_ && seen_text_) ++closed_;
      seen_text_ |= !end;
      in_end_ = end;
    }
    return closed_ + 1;
  }

 private:
  std::u32string_view text_;
  size_t scanned_ = 0;
  int closed_ = 0;
  bool in_end_ = false;
  bool seen_text_ = false;
};

const char* KindName(RelationKind k) {
  switch (k) {
    case RelationKind::kTotalParts: return "total_parts";
    case RelationKind::kRate: return "rate";
    default: return "difference";
  }
}

const char* CoverageName(Coverage c) {
  switch (c) {
    case Coverage::kPartial: return "partial";
    case Coverage::kRemainder: return "remainder";
    default: return "opener";
  }
}

// The links of one relation, each a record.
class LinkWriter {
 public:
  LinkWriter(const Analysis& a, const Relation& r, size_t id,
             std::vector<nlohmann::ordered_json>* out)
      : a_(a), r_(r), id_(id), out_(out) {}

  // `candidate`: which alternative total, base or earlier value (-1: none);
  // `of`: the number a share or an aside belongs to (-1: none).
  void Link(const char* role, int number, int candidate = -1, const char* total_from = nullptr,
            int of = -1) {
    if (number < 0) return;
    auto opt = [](int v) { return v >= 0 ? nlohmann::ordered_json(v) : nlohmann::ordered_json(nullptr); };
    bool parts = r_.kind == RelationKind::kTotalParts;
    nlohmann::ordered_json j;
    j["path"] = a_.document->path();
    j["relation"] = id_;
    j["kind"] = KindName(r_.kind);
    j["role"] = role;
    j["number"] = number;
    j["candidate"] = opt(candidate);
    j["total_from"] = total_from ? nlohmann::ordered_json(total_from) : nullptr;
    j["of"] = opt(of);
    j["cue"] = TextOrNull(r_.cue);
    j["coverage"] = parts ? nlohmann::ordered_json(CoverageName(r_.coverage)) : nullptr;
    j["bounded"] = r_.kind == RelationKind::kRate ? nlohmann::ordered_json(r_.bounded) : nullptr;
    j["increase"] =
        r_.kind == RelationKind::kDifference ? nlohmann::ordered_json(r_.increase) : nullptr;
    AddLocation(a_, r_.begin, &j, /*source_fields=*/false);
    out_->push_back(std::move(j));
  }

  void Candidates(const char* role, const std::vector<TotalCandidate>& candidates) {
    for (size_t c = 0; c < candidates.size(); ++c) {
      for (int q : candidates[c].quantities) {
        Link(role, q, static_cast<int>(c), TotalSourceName(candidates[c].source));
      }
    }
  }

 private:
  const Analysis& a_;
  const Relation& r_;
  size_t id_;
  std::vector<nlohmann::ordered_json>* out_;
};

}  // namespace

void AddNumberRecords(const Analysis& a, std::vector<nlohmann::ordered_json>* out) {
  SentenceCounter sentences(a.folded.text());
  for (size_t k = 0; k < a.quantities.size(); ++k) {
    const Quantity& q = a.quantities[k];
    int sentence = sentences.At(q.begin);
    if (!IsProseNumber(a, k)) continue;
    nlohmann::ordered_json j;
    j["path"] = a.document->path();
    j["id"] = k;
    j["text"] = a.OriginalText(q.begin, q.end);
    j["value"] = DecimalJson(q.printed);
    j["low"] = DecimalJson(q.value.lo);
    j["high"] = DecimalJson(q.value.hi);
    j["unit"] = TextOrNull(q.unit);
    j["unit_class"] = UnitClassName(q.unit_class);
    j["approx"] = ApproxName(q.approx);
    j["percent"] = q.percent;
    j["chinese_numeral"] = q.chinese_numeral;
    j["sentence"] = sentence;
    AddLocation(a, q.begin, &j);
    out->push_back(std::move(j));
  }
}

void AddRelationRecords(const Analysis& a, std::vector<nlohmann::ordered_json>* out) {
  for (size_t id = 0; id < a.relations.size(); ++id) {
    const Relation& r = a.relations[id];
    LinkWriter w(a, r, id, out);
    switch (r.kind) {
      case RelationKind::kTotalParts:
        w.Candidates("total", r.totals);
        for (const Part& p : r.parts) {
          w.Link("part", p.quantity);
          w.Link("share", p.share, -1, nullptr, p.quantity);
          w.Link("aside", p.aside, -1, nullptr, p.quantity);
        }
        break;
      case RelationKind::kRate:
        w.Link("rate", r.rate);
        w.Link("numerator", r.numerator);
        w.Link("aside", r.numerator_aside, -1, nullptr, r.numerator);
        w.Candidates("base", r.bases);
        break;
      case RelationKind::kDifference:
        w.Link("difference", r.difference);
        w.Link("later", r.later);
        for (size_t c = 0; c < r.earlier.size(); ++c) w.Link("earlier", r.earlier[c], static_cast<int>(c));
        break;
    }
  }
}

}  // namespace reportlint
