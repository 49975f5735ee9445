// The rows of the spreadsheet formats (sheet_rows.h): a report's row, its JSON
// form, a finding's row, and the localised headers and cells.
#include "checker/output/sheet_rows.h"

#include "checker/corpus/regulation.h"
#include "checker/findings/evidence.h"
#include "checker/output/place.h"
#include "checker/output/text_or_null.h"

namespace reportlint {
namespace {

std::string StatusText(const std::string& status, const std::string& lang) {
  if (lang == "en") return status;
  if (status == "clean") return "无发现";
  if (status == "findings") return "有发现";
  return "无法读取";
}

nlohmann::ordered_json FirstOf(const nlohmann::ordered_json& evidence, const char* const* keys,
                               size_t n) {
  for (size_t i = 0; i < n; ++i) {
    auto it = evidence.find(keys[i]);
    if (it != evidence.end() && !it->is_null()) return *it;
  }
  return nullptr;
}

std::string StringOr(const nlohmann::ordered_json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : "";
}

int IntOr(const nlohmann::ordered_json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_number_integer() ? it->get<int>() : 0;
}

}  // namespace

std::string SeverityText(Severity s, const std::string& lang) {
  if (lang == "en") return SeverityName(s);
  switch (s) {
    case Severity::kError:
      return "错误";
    case Severity::kWarning:
      return "警告";
    case Severity::kInfo:
      break;
  }
  return "提示";
}

const char* const kStatedKeys[6] = {"stated",         "total",    "stated_total",
                                    "stated_percent", "declared", "value"};
const char* const kComputedKeys[4] = {"computed", "computed_percent", "cell", "found"};

ReportRow ReportRowOf(const Result& file, const CannotAssess& cannot_assess,
                      const std::string& reason_lang) {
  ReportRow row;
  row.path = file.path;
  if (file.error) {
    row.status = "unreadable";
    row.reason = file.error->Message(reason_lang);
    return row;
  }
  row.organisation = file.report.organisation;
  row.year = file.report.year;
  row.regulation = Regulation(file.report.packs, file.report.year);
  row.packs = file.report.packs;
  row.status = "clean";
  for (const Finding& f : file.findings) CountInRow(f, cannot_assess, row);
  return row;
}

void CountInRow(const Finding& f, const CannotAssess& cannot_assess, ReportRow& row) {
  switch (f.severity) {
    case Severity::kError:
      ++row.errors;
      break;
    case Severity::kWarning:
      ++row.warnings;
      break;
    case Severity::kInfo:
      ++row.infos;
      break;
  }
  if (cannot_assess(f)) ++row.cannot_assess;
  if (row.status == "clean") row.status = "findings";  // an unreadable report stays so
}

nlohmann::ordered_json ReportRowJson(const ReportRow& row) {
  nlohmann::ordered_json j = {{"path", row.path}, {"type", "report"}, {"status", row.status}};
  if (row.status == "unreadable") {
    j["error"] = row.reason;
    return j;
  }
  j["organisation"] = TextOrNull(row.organisation);
  j["year"] = row.year ? nlohmann::ordered_json(*row.year) : nlohmann::ordered_json(nullptr);
  j["regulation"] = TextOrNull(row.regulation);
  j["packs"] = row.packs;
  j["errors"] = row.errors;
  j["warnings"] = row.warnings;
  j["infos"] = row.infos;
  j["cannot_assess"] = row.cannot_assess;
  return j;
}

ReportRow ReportRowFromJson(const nlohmann::ordered_json& j) {
  ReportRow row;
  row.path = StringOr(j, "path");
  row.status = StringOr(j, "status");
  if (row.status == "unreadable") {
    row.reason = StringOr(j, "error");
    return row;
  }
  row.organisation = StringOr(j, "organisation");
  if (auto it = j.find("year"); it != j.end() && it->is_number_integer()) row.year = it->get<int>();
  row.regulation = StringOr(j, "regulation");
  if (auto it = j.find("packs"); it != j.end() && it->is_array()) {
    row.packs = it->get<std::vector<std::string>>();
  }
  row.errors = IntOr(j, "errors");
  row.warnings = IntOr(j, "warnings");
  row.infos = IntOr(j, "infos");
  row.cannot_assess = IntOr(j, "cannot_assess");
  return row;
}

std::vector<std::string> ReportHeaders(const std::string& lang) {
  if (lang == "en") {
    return {"path",     "organisation", "year",          "regulation", "packs", "errors",
            "warnings", "infos",        "cannot assess", "status",     "reason"};
  }
  return {"路径", "机关", "年度",     "条例", "规则包", "错误",
          "警告", "提示", "无法评估", "状态", "原因"};
}

nlohmann::ordered_json ReportCells(const ReportRow& row, const std::string& lang) {
  std::string packs;
  for (const std::string& p : row.packs) packs += (packs.empty() ? "" : ", ") + p;
  bool unreadable = row.status == "unreadable";
  auto count = [&](int n) {
    return unreadable ? nlohmann::ordered_json() : nlohmann::ordered_json(n);
  };
  return nlohmann::ordered_json::array(
      {row.path, row.organisation,
       row.year ? nlohmann::ordered_json(*row.year) : nlohmann::ordered_json(), row.regulation,
       packs, count(row.errors), count(row.warnings), count(row.infos), count(row.cannot_assess),
       StatusText(row.status, lang), row.reason});
}

std::vector<std::string> FindingHeaders(const std::string& lang) {
  if (lang == "en") {
    return {"path",   "rule",  "severity", "message", "line",
            "column", "place", "stated",   "computed"};
  }
  return {"路径", "规则", "严重程度", "内容", "行", "列", "位置", "报告所述", "核算结果"};
}

nlohmann::ordered_json FindingCells(const std::string& path, const Finding& f,
                                    const std::string& lang) {
  const nlohmann::ordered_json evidence = EvidenceOf(f);
  return nlohmann::ordered_json::array(
      {path, f.rule_id, SeverityText(f.severity, lang), f.message, f.begin.line, f.begin.column,
       PlaceText(f.begin, lang), FirstOf(evidence, kStatedKeys, std::size(kStatedKeys)),
       FirstOf(evidence, kComputedKeys, std::size(kComputedKeys))});
}

}  // namespace reportlint
