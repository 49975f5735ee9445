#include "checker/output/dump.h"

#include <fmt/format.h>

#include "checker/facts/list_readings.h"
#include "checker/output/text_or_null.h"
#include "checker/util/utf.h"

namespace reportlint {
namespace {

nlohmann::ordered_json Where(const Analysis& a, size_t begin) {
  Location l = a.document->Locate(a.folded.SourceBegin(begin));
  return {{"line", l.line}, {"column", l.column}};
}

}  // namespace

nlohmann::ordered_json DumpJson(const Analysis& a, bool facts) {
  nlohmann::ordered_json j;
  const Document& doc = *a.document;
  j["path"] = a.document->path();
  j["format"] = FormatName(a.document->format());
  j["encoding"] = a.document->encoding();
  const ReportInfo& info = a.info;
  if (info.title_line) {
    j["title"] = {{"text", a.OriginalText(info.title_begin, info.title_end)},
                  {"at", Where(a, info.title_begin)}};
  } else {
    j["title"] = nullptr;
  }
  j["organisation"] = TextOrNull(info.organisation);
  j["year"] = info.year ? nlohmann::ordered_json(*info.year) : nlohmann::ordered_json(nullptr);
  // As in the JSON report: null when no source gave the year.
  j["year_source"] = info.year_source == YearSource::kNone
                         ? nlohmann::ordered_json(nullptr)
                         : nlohmann::ordered_json(YearSourceName(info.year_source));
  if (info.year) j["year_at"] = Where(a, info.year_begin);
  j["named_years"] = info.named_years;
  j["periods"] = nlohmann::ordered_json::array();
  for (const PeriodStatement& p : a.periods) {
    j["periods"].push_back({{"start", p.start.ToIso()},
                            {"end", p.finish.ToIso()},
                            {"end_year_omitted", p.end_year_omitted},
                            {"text", a.OriginalText(p.begin, p.end)},
                            {"at", Where(a, p.begin)}});
  }
  auto dated = [&](const std::optional<DatedLine>& d) {
    if (!d) return nlohmann::ordered_json(nullptr);
    return nlohmann::ordered_json{{"date", d->date.ToIso()}, {"at", Where(a, d->begin)}};
  };
  j["published"] = dated(info.published);
  j["signed"] = dated(info.signed_on);
  if (a.declaration) {
    nlohmann::ordered_json d;
    d["count"] = a.declaration->count ? nlohmann::ordered_json(*a.declaration->count)
                                      : nlohmann::ordered_json(nullptr);
    d["parts"] = nlohmann::ordered_json::array();
    for (const auto& p : a.declaration->parts) d["parts"].push_back(U32ToUtf8(p));
    d["at"] = Where(a, a.declaration->begin);
    j["declaration"] = d;
  } else {
    j["declaration"] = nullptr;
  }
  j["sections"] = nlohmann::ordered_json::array();
  for (const Heading& h : a.sections.headings) {
    j["sections"].push_back({{"level", h.level},
                             {"number", h.number},
                             {"top_level", h.top_level},
                             {"title", a.OriginalText(h.begin, h.end)},
                             {"at", Where(a, h.begin)}});
  }
  j["sections_readable"] = a.sections.readable;
  j["tables"] = nlohmann::ordered_json::array();
  for (const Table& t : a.tables) {
    j["tables"].push_back({{"table", DebugString(t)}, {"at", Where(a, t.begin)}});
  }
  if (doc.format() == SourceFormat::kPdf) {
    j["text"] = nlohmann::ordered_json::array();
    for (int line = 1; line <= doc.line_count(); ++line) {
      size_t begin = 0;
      for (int k = 1; k < line; ++k) begin += doc.Line(k).size() + 1;
      Location l = doc.Locate(begin);
      j["text"].push_back({{"line", line}, {"page", l.page}, {"text", U32ToUtf8(doc.Line(line))}});
    }
    j["pages_without_text"] = doc.pages_without_text();
  }
  if (!facts) return j;
  const std::u32string& text = a.folded.text();
  j["quantities"] = nlohmann::ordered_json::array();
  for (const Quantity& q : a.quantities) {
    j["quantities"].push_back({{"text", a.OriginalText(q.begin, q.end)},
                               {"means", DebugString(q)},
                               {"at", Where(a, q.begin)}});
  }
  j["relations"] = nlohmann::ordered_json::array();
  for (const Relation& r : a.relations) {
    nlohmann::ordered_json rel = {{"relation", DebugString(r, text, a.quantities)},
                                  {"at", Where(a, r.begin)}};
    if (r.kind == RelationKind::kTotalParts) {
      rel["reading"] = DebugString(ReadList(a.quantities, r, ReadingOptions()), r, text, a.quantities);
    }
    j["relations"].push_back(std::move(rel));
  }
  return j;
}

void WriteDumpText(const Analysis& a, std::ostream& out, bool facts) {
  nlohmann::ordered_json j = DumpJson(a, facts);
  auto line_of = [](const nlohmann::ordered_json& at) {
    return fmt::format("line {}", at["line"].get<int>());
  };
  out << "file:         " << j["path"].get<std::string>() << " (" << j["format"].get<std::string>()
      << ", " << j["encoding"].get<std::string>() << ")\n";
  out << "title:        "
      << (j["title"].is_null() ? "-"
                               : j["title"]["text"].get<std::string>() + "  (" +
                                     line_of(j["title"]["at"]) + ")")
      << "\n";
  out << "organisation: " << (j["organisation"].is_null() ? "-" : j["organisation"].get<std::string>())
      << "\n";
  std::string named = j["named_years"].size() > 1 ? "; the text names " + j["named_years"].dump() : "";
  out << "year:         "
      << (j["year"].is_null() ? "-"
                              : std::to_string(j["year"].get<int>()) + " (from " +
                                    j["year_source"].get<std::string>() + named + ")")
      << "\n";
  if (j["periods"].empty()) out << "period:       -\n";
  for (const auto& p : j["periods"]) {
    out << "period:       " << p["start"].get<std::string>() << " .. " << p["end"].get<std::string>()
        << "  (" << line_of(p["at"]) << ")\n";
  }
  for (const char* key : {"published", "signed"}) {
    out << fmt::format("{:<14}", std::string(key) + ":")
        << (j[key].is_null() ? "-"
                             : j[key]["date"].get<std::string>() + "  (" + line_of(j[key]["at"]) + ")")
        << "\n";
  }
  if (j["declaration"].is_null()) {
    out << "declaration:  -\n";
  } else {
    const auto& d = j["declaration"];
    out << "declaration:  " << (d["count"].is_null() ? "no count" : std::to_string(d["count"].get<int>()) + " parts")
        << ", " << d["parts"].size() << " listed  (" << line_of(d["at"]) << ")\n";
    int i = 0;
    for (const auto& p : d["parts"]) out << fmt::format("  {}. {}\n", ++i, p.get<std::string>());
  }
  out << "sections:\n";
  for (const auto& s : j["sections"]) {
    int level = s["level"].get<int>();
    out << fmt::format("  {:>5}  {}{}{}\n", s["at"]["line"].get<int>(),
                       std::string(static_cast<size_t>(2 * (level - 1)), ' '),
                       s["title"].get<std::string>(), s["top_level"].get<bool>() ? "  [top]" : "");
  }
  if (!j["sections_readable"].get<bool>()) out << "  (the structure cannot be read)\n";
  out << "tables:\n";
  for (const auto& t : j["tables"]) {
    out << fmt::format("  {:>5}  {}\n", t["at"]["line"].get<int>(), t["table"].get<std::string>());
  }
  if (j.contains("text")) {
    // A PDF's reading text, page by page: what was checked.
    out << "text:\n";
    int page = -1;
    for (const auto& l : j["text"]) {
      int p = l["page"].get<int>();
      if (p != page) out << fmt::format("  --- page {} ---\n", p);
      page = p;
      out << fmt::format("  {:>5}  {}\n", l["line"].get<int>(), l["text"].get<std::string>());
    }
    for (const auto& p : j["pages_without_text"]) {
      out << fmt::format("  (page {} has no text)\n", p.get<int>());
    }
  }
  if (!facts) return;
  out << "numbers:\n";
  for (const auto& q : j["quantities"]) {
    out << fmt::format("  {:>5}:{:<4} {} -> {}\n", q["at"]["line"].get<int>(),
                       q["at"]["column"].get<int>(), q["text"].get<std::string>(),
                       q["means"].get<std::string>());
  }
  out << "relations:\n";
  for (const auto& r : j["relations"]) {
    out << fmt::format("  {:>5}:{:<4} {}\n", r["at"]["line"].get<int>(), r["at"]["column"].get<int>(),
                       r["relation"].get<std::string>());
    if (r.contains("reading")) out << "             " << r["reading"].get<std::string>() << "\n";
  }
}

}  // namespace reportlint
