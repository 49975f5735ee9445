// One rule from YAML: id, kind, severity, messages, description, applies_to,
// then the kind's parameters. Templates are checked against the kind's evidence.
#include "checker/rules/rule_loader.h"

#include <algorithm>

#include "checker/api/names.h"
#include "checker/util/did_you_mean.h"

namespace reportlint {
namespace {

void ReadMessage(ParamReader& rule, Rule* out) {
  rule.Require("message");
  auto message = rule.Map("message");
  if (!message) return;
  message->Require("zh");
  message->Require("en");
  for (const char* lang : {"zh", "en"}) {
    std::string text = message->String(lang);
    if (text.empty()) continue;
    MessageTemplate& t = std::string(lang) == "zh" ? out->message_zh : out->message_en;
    std::string error;
    if (!t.Parse(text, &error)) message->Fail(lang, error);
  }
  message->CheckUnknownKeys();
}

// One text for both languages, or {zh, en} like the message: a custom pack
// may be written in one language, the built-in ones give both.
void ReadDescription(ParamReader& rule, Rule* out) {
  if (!rule.Has("description")) return;
  if (!rule.node()["description"].IsMap()) {
    out->description_zh = out->description_en = rule.String("description");
    return;
  }
  auto description = rule.Map("description");
  description->Require("zh");
  description->Require("en");
  out->description_zh = description->String("zh");
  out->description_en = description->String("en");
  description->CheckUnknownKeys();
}

void CheckTemplateKeys(ParamReader& rule, const Rule& r) {
  std::vector<std::string> allowed = r.impl->EvidenceKeys();
  auto message = rule.Map("message");
  if (!message) return;
  for (const char* lang : {"zh", "en"}) {
    const MessageTemplate& t = r.Message(lang);
    for (const std::string& key : t.keys()) {
      if (std::find(allowed.begin(), allowed.end(), key) != allowed.end()) continue;
      std::string list;
      for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
      std::string msg = "message names '{" + key + "}', which a '" + r.kind +
                        "' rule never provides (available: " + list + ")";
      std::string near = ClosestMatch(key, allowed);
      if (!near.empty()) msg += "; did you mean '{" + near + "}'?";
      message->Fail(lang, msg);
    }
  }
}

std::optional<YearRange> ReadYears(ParamReader& applies) {
  const YAML::Node node = applies.node()["report_years"];
  std::optional<YearRange> range;
  if (!node.IsDefined()) {
    // Absent: reported below. (A missing key gives a zombie node, whose
    // IsScalar() would throw.)
  } else if (node.IsScalar()) {
    int y = 0;
    if (YAML::convert<int>::decode(node, y)) range = YearRange{y, y};
  } else if (node.IsSequence() && node.size() == 2) {
    YearRange r;
    bool ok = YAML::convert<int>::decode(node[0], r.first);
    if (!node[1].IsNull()) {
      int last = 0;
      ok = ok && YAML::convert<int>::decode(node[1], last);
      r.last = last;
    }
    if (ok && (!r.last || *r.last >= r.first)) range = r;
  }
  if (!range) {
    applies.Fail("report_years",
                 "'report_years' must be a year or [first, last] (last may be null)");
  }
  return range;
}

}  // namespace

void ReadApplicability(ParamReader& owner, Applicability* out) {
  auto applies = owner.Map("applies_to");
  // Not a mapping: ParamReader has said so, and yaml-cpp throws on a key of a
  // scalar (found by fuzz/pack_yaml_fuzzer: `applies_to: 2019` ended the run).
  if (!applies || !applies->node().IsMap()) return;
  bool organisation = applies->Has("organisation");
  // Without an organisation condition, report_years is required.
  if (applies->Has("report_years") || !organisation) out->report_years = ReadYears(*applies);
  if (organisation) out->organisation = applies->Pattern("organisation");
  applies->CheckUnknownKeys();
}

std::unique_ptr<Rule> LoadRule(ParamReader& params, const std::string& pack_name,
                               const Applicability& inherited, const KindRegistry& kinds) {
  size_t errors_before = params.error_count();
  auto rule = std::make_unique<Rule>();
  rule->pack = pack_name;
  rule->file = params.file();
  rule->line = params.node().Mark().line + 1;
  rule->yaml = params.node();
  rule->applies = inherited;
  params.Require("id");
  params.Require("kind");
  params.Require("severity");
  rule->id = params.String("id");
  ReadDescription(params, rule.get());
  std::string severity = params.Choice("severity", SeverityNames(), "error");
  rule->severity = *ParseSeverity(severity);
  ReadMessage(params, rule.get());
  if (params.Has("applies_to")) {
    rule->applies = Applicability{};
    ReadApplicability(params, &rule->applies);
  }

  rule->kind = params.String("kind");
  const KindInfo* kind = kinds.Find(rule->kind);
  if (!rule->kind.empty() && kind == nullptr) {
    std::string msg = "unknown rule kind '" + rule->kind + "'";
    std::string near = ClosestMatch(rule->kind, kinds.Names());
    if (!near.empty()) msg += " (did you mean '" + near + "'?)";
    params.Fail("kind", msg);
  }
  if (kind != nullptr) {
    rule->impl = kind->make();
    rule->impl->Configure(params);
    CheckTemplateKeys(params, *rule);
  }
  params.CheckUnknownKeys();
  if (params.error_count() != errors_before) return nullptr;
  return rule;
}

}  // namespace reportlint
