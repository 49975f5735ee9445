#include "checker/output/html_detail.h"

#include <fmt/format.h>

#include "checker/output/formats.h"
#include "checker/output/html_escape.h"
#include "checker/output/html_labels.h"

namespace reportlint {
namespace {

// An evidence value as the officer reads it: text as is, a list of values
// or of places joined, an object's pairs named.
std::string EvidenceValue(const nlohmann::ordered_json& v, const std::string& lang) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_array()) {
    std::string out;
    for (const auto& item : v) {
      if (!out.empty()) out += lang == "en" ? "; " : "；";
      out += EvidenceValue(item, lang);
    }
    return out;
  }
  if (v.is_object()) {
    std::string out;
    std::string line;
    for (const auto& [key, item] : v.items()) {
      if (key == "line" && item.is_number_integer()) {
        line = lang == "en" ? fmt::format(" (line {})", item.get<int>())
                            : fmt::format("（第{}行）", item.get<int>());
        continue;
      }
      if (key == "column") continue;  // the line is enough to find it
      if (!out.empty()) out += lang == "en" ? ", " : "，";
      if (key != "value") out += EvidenceKeyLabel(key, lang) + LabelsFor(lang).colon;
      out += EvidenceValue(item, lang);
    }
    return out + line;
  }
  return JsonText(v);
}

}  // namespace

nlohmann::ordered_json EvidenceOf(const Finding& f) {
  auto ev = nlohmann::ordered_json::parse(f.evidence_json, nullptr, false);
  return ev.is_object() ? ev : nlohmann::ordered_json::object();
}

std::string FindingDetail(const Finding& f, const nlohmann::ordered_json& evidence,
                          const std::string& id, const std::string& place,
                          const std::string& lang,
                          const std::vector<std::string>& part_anchors) {
  const HtmlLabels& l = LabelsFor(lang);
  std::string out = "<div class=\"detail\" id=\"d-" + id + "\"><p class=\"msg\">" +
                    HtmlEscape(f.message) + "</p><table>";
  auto row = [&](const std::string& label, const std::string& value) {
    out += "<tr><th>" + HtmlEscape(label) + "</th><td>" + HtmlEscape(value) + "</td></tr>";
  };
  out += std::string("<tr><th>") + l.severity + "</th><td class=\"sev sev-" +
         SeverityName(f.severity) + "\">" + SeverityLabel(f.severity, lang) + "</td></tr>";
  row(l.rule, f.rule_id);
  row(l.place, place);
  for (const auto& [key, value] : evidence.items()) {
    row(EvidenceKeyLabel(key, lang), EvidenceValue(value, lang));
  }
  for (size_t j = 0; j < f.parts.size(); ++j) {
    const FindingPart& part = f.parts[j];
    std::string value = HtmlEscape(part.value.empty() ? "—" : part.value);
    if (j < part_anchors.size() && !part_anchors[j].empty()) {
      value = "<a href=\"#" + part_anchors[j] + "\">" + value + "</a>";
    }
    out += "<tr class=\"part\"><th>" + std::string(j == 0 ? l.parts : "") + "</th><td>" +
           HtmlEscape(part.label) + l.colon + value + "</td></tr>";
  }
  out += "</table></div>\n";
  return out;
}

}  // namespace reportlint
