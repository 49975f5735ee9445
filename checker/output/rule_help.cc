// Rule texts from a RuleSummary: the title from the message template (the only
// rule text a pack writes in both languages), parameters from the rule's YAML,
// help as text and Markdown with Chinese or English labels.
#include "checker/output/rule_help.h"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "reportlint/version.h"

namespace reportlint {
namespace {

void TrimEnd(std::string* s) {
  while (!s->empty() && (s->back() == '\n' || s->back() == ' ')) s->pop_back();
}

bool IsBuiltin(const RuleSummary& rule) { return rule.pack_source.rfind("builtin:", 0) == 0; }

struct Labels {
  const char* colon;
  const char* message;
  const char* parameters;
  const char* none;
  const char* example;
  const char* example_note;
  const char* page;
};

const Labels& LabelsFor(const std::string& lang) {
  static const Labels kZh = {"：", "消息", "参数", "无（本规则只有所有规则共有的键）", "示例",
                             "在 .reportlint.yaml 中改变其严重程度或关闭它：", "文档"};
  static const Labels kEn = {": ",
                             "Message",
                             "Parameters",
                             "none (only the keys every rule has)",
                             "Example",
                             "change its severity or turn it off in .reportlint.yaml:",
                             "Documentation"};
  return lang == "en" ? kEn : kZh;
}

}  // namespace

std::string RuleConfigExample(const RuleSummary& rule) {
  return fmt::format("# .reportlint.yaml\nrules:\n  {}: {}   # error | warning | info | off\n",
                     rule.id, rule.severity == Severity::kInfo ? "warning" : "info");
}

std::string RuleTitle(const RuleSummary& rule, const std::string& lang) {
  const std::string& text = lang == "en" ? rule.message_en : rule.message_zh;
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((text[i] == '{' || text[i] == '}') && i + 1 < text.size() && text[i + 1] == text[i]) {
      out.push_back(text[i++]);  // a literal brace, written doubled
    } else if (text[i] == '{') {
      size_t close = text.find('}', i);
      if (close == std::string::npos) break;
      // A selecting placeholder ({key|value=text}) prints nothing for most
      // values; a plain one prints a value.
      bool selects = text.find('|', i) < close;
      if (!selects && !out.ends_with("…")) out += "…";
      i = close;
    } else {
      out.push_back(text[i]);
    }
  }
  TrimEnd(&out);
  return out;
}

std::string RuleDescription(const RuleSummary& rule) {
  std::string full = rule.description.empty() ? rule.message_en : rule.description;
  TrimEnd(&full);
  return full;
}

std::string RuleParameters(const RuleSummary& rule) {
  if (rule.parameters.empty()) return "";
  YAML::Node node = YAML::Load(rule.parameters);
  YAML::Node params(YAML::NodeType::Map);
  for (const auto& kv : node) {
    std::string key = kv.first.Scalar();
    if (key == "id" || key == "kind" || key == "severity" || key == "message" ||
        key == "description") {
      continue;
    }
    params[key] = kv.second;
  }
  if (params.size() == 0) return "";
  YAML::Emitter out;
  out << params;
  return out.c_str();
}

std::string RuleDocPath(const RuleSummary& rule) {
  if (!IsBuiltin(rule) || rule.defined_in != rule.pack) return "";
  return rule.pack + "/" + rule.id.substr(rule.id.rfind('/') + 1) + ".md";
}

// The pages as `cmake --install` and the .deb put them (CMakeLists.txt sets the
// folder from the install prefix): a link that exists wherever reportlint is
// installed, where a web address would be a guess until the project is published.
#ifndef REPORTLINT_RULE_DOC_DIR
#define REPORTLINT_RULE_DOC_DIR "/usr/local/share/doc/reportlint/docs/rules"
#endif

std::string DefaultRuleDocBase() { return "file://" REPORTLINT_RULE_DOC_DIR "/"; }

std::string RuleHelpText(const RuleSummary& rule, const std::string& lang) {
  const Labels& l = LabelsFor(lang);
  std::string params = RuleParameters(rule);
  TrimEnd(&params);
  // A label before a block ends the line: no blank after its colon.
  const char* block_colon = lang == "en" ? ":" : "：";
  return fmt::format("{}\n\n{}{}{}\n\n{}{}\n{}\n\n{}{}{}\n{}", RuleDescription(rule), l.message,
                     l.colon, lang == "en" ? rule.message_en : rule.message_zh, l.parameters,
                     block_colon, params.empty() ? l.none : params, l.example, l.colon,
                     l.example_note, RuleConfigExample(rule));
}

std::string RuleHelpMarkdown(const RuleSummary& rule, const std::string& lang,
                             const std::string& page_url) {
  const Labels& l = LabelsFor(lang);
  std::string params = RuleParameters(rule);
  TrimEnd(&params);
  std::string out =
      fmt::format("**{}** (`{}`, kind `{}`)\n\n{}\n\n#### {}\n\n{}\n\n#### {}\n\n",
                  RuleTitle(rule, lang), rule.id, rule.kind, RuleDescription(rule), l.message,
                  lang == "en" ? rule.message_en : rule.message_zh, l.parameters);
  out += params.empty() ? std::string(l.none) + "\n" : "```yaml\n" + params + "\n```\n";
  out += fmt::format("\n#### {}\n\n{}\n\n```yaml\n{}```\n", l.example, l.example_note,
                     RuleConfigExample(rule));
  if (!page_url.empty()) out += fmt::format("\n{}{}<{}>\n", l.page, l.colon, page_url);
  return out;
}

}  // namespace reportlint
