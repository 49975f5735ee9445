// The export's report record: what reportlint read about a report as a whole,
// with the body key and regulation a batch engine groups by.
#include "checker/corpus/body_name.h"
#include "checker/corpus/regulation.h"
#include "checker/output/export_fields.h"
#include "checker/output/export_records.h"

namespace reportlint {

nlohmann::ordered_json ReportRecord(const Analysis& a) {
  const ReportInfo& info = a.info;
  const Document& doc = *a.document;
  nlohmann::ordered_json j;
  j["path"] = doc.path();
  j["status"] = "ok";
  j["error"] = nullptr;
  j["title"] = info.title_line ? TextOrNull(a.OriginalText(info.title_begin, info.title_end))
                               : nlohmann::ordered_json(nullptr);
  j["organisation"] = TextOrNull(info.organisation);
  j["body"] = TextOrNull(BodyKey(info.organisation));
  j["year"] = info.year ? nlohmann::ordered_json(*info.year) : nlohmann::ordered_json(nullptr);
  j["year_source"] = info.year_source == YearSource::kNone
                         ? nlohmann::ordered_json(nullptr)
                         : nlohmann::ordered_json(YearSourceName(info.year_source));
  // The export runs no rules, so no pack tells the regulation: the year does
  // (the same answer the built-in packs give, since they apply by year).
  j["regulation"] = TextOrNull(Regulation({}, info.year));
  bool period = !a.periods.empty();
  j["period_start"] = period ? nlohmann::ordered_json(a.periods.front().start.ToIso()) : nullptr;
  j["period_end"] = period ? nlohmann::ordered_json(a.periods.front().finish.ToIso()) : nullptr;
  auto date = [](const std::optional<DatedLine>& d) {
    return d ? nlohmann::ordered_json(d->date.ToIso()) : nlohmann::ordered_json(nullptr);
  };
  j["published"] = date(info.published);
  j["signed"] = date(info.signed_on);
  j["format"] = FormatName(doc.format());
  j["encoding"] = doc.encoding();
  j["tables"] = a.tables.size();
  size_t numbers = 0;
  for (size_t k = 0; k < a.quantities.size(); ++k) numbers += IsProseNumber(a, k);
  j["numbers"] = numbers;
  j["relations"] = a.relations.size();
  return j;
}

}  // namespace reportlint
