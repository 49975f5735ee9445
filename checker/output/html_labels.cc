#include "checker/output/html_labels.h"

#include <map>

namespace reportlint {
namespace {

const HtmlLabels kZh = {
    "zh-CN",
    "reportlint 检查结果",
    "文件",
    "标题",
    "机关",
    "年度",
    "适用条例",
    "《政府信息公开条例》（2008年）",
    "《政府信息公开条例》（2019年修订）",
    "规则包",
    "格式",
    "错误",
    "警告",
    "提示",
    "目录",
    "发现的问题",
    "发现的问题（{}）",
    "：",
    "未发现问题",
    "关于整篇报告",
    "缺少：",
    "正文中无法标出位置的问题",
    "无法读取",
    "报告一览",
    "筛选",
    "显示",
    "跨报告检查",
    "规则",
    "级别",
    "位置",
    "说明",
    "分项",
    "计算得",
    "关闭",
    "［图片，内容未读取］",
    "由 reportlint 生成",
};

const HtmlLabels kEn = {
    "en",
    "reportlint results",
    "File",
    "Title",
    "Organisation",
    "Year",
    "Regulation",
    "Regulation on Open Government Information (2008)",
    "Regulation on Open Government Information (revised 2019)",
    "Rule packs",
    "Format",
    "errors",
    "warnings",
    "infos",
    "Outline",
    "Findings",
    "Findings ({})",
    ": ",
    "No findings",
    "About the whole report",
    "Missing: ",
    "Findings without a place in the drawn text",
    "Could not be read",
    "Reports",
    "Filter",
    "Show ",
    "Across reports",
    "Rule",
    "Severity",
    "Place",
    "Message",
    "parts",
    "computed",
    "Close",
    "[image, content not read]",
    "Made by reportlint",
};

// The evidence keys the built-in kinds write most (docs/kinds/), named for
// the officer; any other key is shown as it is.
const std::map<std::string, std::pair<const char*, const char*>> kEvidenceKeys = {
    {"stated", {"填报数", "stated"}},
    {"computed", {"计算得", "computed"}},
    {"difference", {"差额", "difference"}},
    {"expression", {"勾稽关系", "identity"}},
    {"identity", {"关系编号", "identity no."}},
    {"table", {"表格", "table"}},
    {"row", {"行", "row"}},
    {"column", {"列", "column"}},
    {"missing", {"缺少的内容", "missing"}},
    {"section", {"部分", "section"}},
    {"expected", {"应为", "expected"}},
    {"expected_after", {"应在其后", "expected after"}},
    {"year", {"年份", "year"}},
    {"report_year", {"报告年度", "report year"}},
    {"stated_start", {"填报起始日", "stated start"}},
    {"stated_end", {"填报截止日", "stated end"}},
    {"expected_start", {"应为起始日", "expected start"}},
    {"expected_end", {"应为截止日", "expected end"}},
    {"deadline", {"期限", "deadline"}},
    {"published", {"发布日期", "published"}},
    {"total", {"合计", "total"}},
    {"sum", {"分项之和", "sum of parts"}},
    {"stated_sum", {"填报合计", "stated total"}},
    {"parts", {"分项", "parts"}},
    {"stated_percent", {"填报比例", "stated share"}},
    {"computed_percent", {"计算比例", "computed share"}},
    {"numerator", {"分子", "numerator"}},
    {"denominator", {"分母", "denominator"}},
    {"declared", {"声明数量", "declared"}},
    {"found", {"实际数量", "found"}},
    {"count", {"次数", "count"}},
    {"organisation", {"机关", "organisation"}},
    {"other", {"另一份报告", "other report"}},
    {"other_line", {"另一份报告的行", "other report's line"}},
    {"previous_path", {"上年报告", "last year's report"}},
    {"previous_line", {"上年报告的行", "last year's line"}},
    {"similarity", {"相似度", "similarity"}},
    {"page", {"页", "page"}},
    {"pages", {"总页数", "pages"}},
    {"value", {"数值", "value"}},
    {"unit", {"单位", "unit"}},
    {"parts_unit", {"分项单位", "unit of the parts"}},
    {"children", {"下级机关", "subordinate bodies"}},
    {"children_sum", {"下级合计", "sum of the subordinate bodies"}},
    {"children_count", {"下级机关数", "subordinate bodies counted"}},
    {"relation", {"关系", "relation"}},
    {"rule", {"规则", "rule"}},
    {"line", {"行", "line"}},
    {"problem", {"问题", "problem"}},
    {"rules", {"规则", "rules"}},
    {"empty_cells", {"空白单元格", "blank cells"}},
    {"share", {"比例", "share"}},
    {"rate", {"比率", "rate"}},
    {"part", {"分项", "part"}},
    {"previous_year", {"上一年度", "previous year"}},
};

}  // namespace

const HtmlLabels& LabelsFor(const std::string& lang) { return lang == "en" ? kEn : kZh; }

const char* SeverityLabel(Severity s, const std::string& lang) {
  bool en = lang == "en";
  switch (s) {
    case Severity::kError:
      return en ? "error" : "错误";
    case Severity::kWarning:
      return en ? "warning" : "警告";
    case Severity::kInfo:
      return en ? "info" : "提示";
  }
  return "";
}

std::string EvidenceKeyLabel(const std::string& key, const std::string& lang) {
  auto it = kEvidenceKeys.find(key);
  if (it == kEvidenceKeys.end()) return key;
  return lang == "en" ? it->second.second : it->second.first;
}

}  // namespace reportlint
