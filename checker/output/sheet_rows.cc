#include "checker/output/sheet_rows.h"

#include "checker/corpus/regulation.h"
#include "checker/findings/evidence.h"
#include "checker/output/summary.h"

namespace reportlint {
namespace {

std::string StatusText(const std::string& status, const std::string& lang) {
  if (lang == "en") return status;
  if (status == "clean") return "无发现";
  if (status == "findings") return "有发现";
  return "无法读取";
}

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

nlohmann::ordered_json FirstOf(const nlohmann::ordered_json& evidence, const char* const* keys, size_t n) {
  for (size_t i = 0; i < n; ++i) {
    auto it = evidence.find(keys[i]);
    if (it != evidence.end() && !it->is_null()) return *it;
  }
  return nullptr;
}

}  // namespace

const char* const kStatedKeys[6] = {"stated",         "total",    "stated_total",
                                    "stated_percent", "declared", "value"};
const char* const kComputedKeys[4] = {"computed", "computed_percent", "cell", "found"};

ReportRow ReportRowOf(const Result& file, const CannotAssess& cannot_assess) {
  ReportRow row;
  row.path = file.path;
  if (file.error) {
    row.status = "unreadable";
    row.reason = file.error->message;
    return row;
  }
  row.organisation = file.report.organisation;
  row.year = file.report.year;
  row.regulation = Regulation(file.report.packs, file.report.year);
  row.packs = file.report.packs;
  RunSummary counts;
  counts.Add(file);
  row.errors = counts.errors;
  row.warnings = counts.warnings;
  row.infos = counts.infos;
  row.cannot_assess = cannot_assess.Count(file);
  row.status = file.findings.empty() ? "clean" : "findings";
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
    return {"path", "rule", "severity", "message", "line", "column", "stated", "computed"};
  }
  return {"路径", "规则", "严重程度", "内容", "行", "列", "报告所述", "核算结果"};
}

nlohmann::ordered_json FindingCells(const std::string& path, const Finding& f,
                                    const std::string& lang) {
  const nlohmann::ordered_json evidence = EvidenceOf(f);
  return nlohmann::ordered_json::array(
      {path, f.rule_id, SeverityText(f.severity, lang), f.message, f.begin.line, f.begin.column,
       FirstOf(evidence, kStatedKeys, std::size(kStatedKeys)),
       FirstOf(evidence, kComputedKeys, std::size(kComputedKeys))});
}

}  // namespace reportlint
