// Rule texts from a RuleSummary in the run's language: the title from the
// message template, the pack's description, parameters from the rule's YAML,
// help as text and Markdown with Chinese or English labels.
#include "checker/output/rule_help.h"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <system_error>

#include "checker/rules/message_template.h"
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
  MessageTemplate message;
  std::string error;
  // The loader parsed it already; a summary made elsewhere shows as written.
  std::string out = message.Parse(text, &error) ? message.Outline("…") : text;
  TrimEnd(&out);
  return out;
}

std::string RuleDescription(const RuleSummary& rule, const std::string& lang) {
  const std::string& description = lang == "en" ? rule.description_en : rule.description_zh;
  std::string full = description.empty() ? RuleTitle(rule, lang) : description;
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

// The pages as `cmake --install` and the .deb put them (CMakeLists.txt sets
// both folders): a link that exists wherever reportlint is installed, where a
// web address would be a guess until the project is published. The .deb
// installs under /usr and `cmake --install` under its --prefix, so the folder
// next to the running binary comes first; the configured prefix's is for a
// binary not (yet) installed, a build folder's.
#ifndef REPORTLINT_INSTALL_PREFIX
#define REPORTLINT_INSTALL_PREFIX "/usr/local"
#endif
#ifndef REPORTLINT_DOCDIR
#define REPORTLINT_DOCDIR "share/doc/reportlint"
#endif

std::string DefaultRuleDocBase() {
  namespace fs = std::filesystem;
  const fs::path pages = fs::path(REPORTLINT_DOCDIR) / "docs" / "rules";
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  fs::path installed = exe.parent_path().parent_path() / pages;
  fs::path folder = !ec && fs::is_directory(installed, ec)
                        ? installed
                        : fs::path(REPORTLINT_INSTALL_PREFIX) / pages;
  return "file://" + folder.lexically_normal().string() + "/";
}

std::string RuleHelpText(const RuleSummary& rule, const std::string& lang) {
  const Labels& l = LabelsFor(lang);
  std::string params = RuleParameters(rule);
  TrimEnd(&params);
  // A label before a block ends the line: no blank after its colon.
  const char* block_colon = lang == "en" ? ":" : "：";
  return fmt::format("{}\n\n{}{}{}\n\n{}{}\n{}\n\n{}{}{}\n{}", RuleDescription(rule, lang),
                     l.message, l.colon, lang == "en" ? rule.message_en : rule.message_zh,
                     l.parameters, block_colon, params.empty() ? l.none : params, l.example,
                     l.colon, l.example_note, RuleConfigExample(rule));
}

std::string RuleHelpMarkdown(const RuleSummary& rule, const std::string& lang,
                             const std::string& page_url) {
  const Labels& l = LabelsFor(lang);
  std::string params = RuleParameters(rule);
  TrimEnd(&params);
  std::string out =
      fmt::format("**{}** (`{}`, kind `{}`)\n\n{}\n\n#### {}\n\n{}\n\n#### {}\n\n",
                  RuleTitle(rule, lang), rule.id, rule.kind, RuleDescription(rule, lang),
                  l.message, lang == "en" ? rule.message_en : rule.message_zh, l.parameters);
  out += params.empty() ? std::string(l.none) + "\n" : "```yaml\n" + params + "\n```\n";
  out += fmt::format("\n#### {}\n\n{}\n\n```yaml\n{}```\n", l.example, l.example_note,
                     RuleConfigExample(rule));
  if (!page_url.empty()) out += fmt::format("\n{}{}<{}>\n", l.page, l.colon, page_url);
  return out;
}

}  // namespace reportlint
