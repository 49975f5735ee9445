// Suppression by directive and the findings about directives themselves
// (reportlint/unused-suppression, reportlint/invalid-suppression).
#include "checker/findings/directive_findings.h"

#include <algorithm>
#include <cstdlib>
#include <string_view>

#include "checker/findings/evidence.h"
#include "checker/util/did_you_mean.h"

namespace reportlint {
namespace {

bool Names(const Directive& d, const std::string& rule) {
  return std::find(d.rules.begin(), d.rules.end(), rule) != d.rules.end();
}

Finding At(const Directive& d, const char* rule) {
  Finding f;
  f.rule_id = rule;
  f.kind = "directive";
  f.severity = ToolCheckOf(rule).severity;
  f.begin.line = f.end.line = d.line;
  f.begin.column = d.column;
  f.end.column = d.end_column;
  return f;
}

std::string Join(const std::vector<std::string>& items, const std::string& sep) {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : sep) + s;
  return out;
}

}  // namespace

const std::vector<ToolCheck>& ToolChecks() {
  static const std::vector<ToolCheck> checks = {
      {kUnusedSuppression, Severity::kWarning,
       "未起作用的抑制指令：它所针对的发现已不存在（或该规则不适用于本报告），这条指令也应删去。",
       "A suppression directive that silences nothing: the finding it was written for is gone "
       "(or the rule does not apply to this report), so the directive should go too.",
       "抑制指令未起作用：{rules} 在此没有可抑制的发现",
       "unused suppression: {rules} reported "
       "nothing here"},
      {kInvalidSuppression, Severity::kError,
       "格式有误的抑制指令：指令名未知、未写规则、未写理由，或所写规则编号不属于任何已加载的规则包。",
       "A malformed suppression directive: unknown directive, no rule, no reason, or a rule id "
       "that no loaded pack defines.",
       "无效的抑制指令：{problem}", "invalid suppression directive: {problem}"},
      {kPatternTooCostly, Severity::kWarning,
       "规则的正则表达式在本报告上达到 PCRE2 的匹配或深度上限而中止（灾难性回溯，如 (a+)+ "
       "这样的嵌套量词）：该规则对本报告得出的结果（计数、缺失）不可信，因此略去。请简化该模式。",
       "A rule's regular expression gave up on this report at PCRE2's match or depth limit "
       "(catastrophic backtracking, e.g. nested quantifiers such as (a+)+): what the rule "
       "found on the report cannot be trusted (a count, an absence), so it is left out. "
       "Simplify the pattern.",
       "规则 {rule} 无法在第{line}行求值：模式过于复杂（超出匹配上限），该规则对本报告的结果已略去",
       "rule {rule} could not be evaluated on line {line}: pattern too costly (PCRE2 match "
       "limit); its findings on this report are left out"},
  };
  return checks;
}

const ToolCheck& ToolCheckOf(const char* id) {
  for (const ToolCheck& c : ToolChecks()) {
    if (std::string_view(c.id) == id) return c;
  }
  std::abort();  // a tool check's id is a constant of this file
}

int ApplySuppressions(std::vector<Directive>* directives, std::vector<Finding>* findings) {
  size_t before = findings->size();
  std::erase_if(*findings, [&](const Finding& f) {
    bool silenced = false;
    for (Directive& d : *directives) {
      if (!d.problem.empty() || !Names(d, f.rule_id)) continue;
      if (d.scope == Directive::Scope::kFile || d.target_line == f.begin.line) {
        d.used = true;
        silenced = true;
      }
    }
    return silenced;
  });
  return static_cast<int>(before - findings->size());
}

std::vector<Finding> DirectiveFindings(const std::vector<Directive>& directives,
                                       const std::set<std::string>* known_rules,
                                       const std::string& lang) {
  const bool en = lang == "en";
  std::vector<Finding> out;
  std::vector<std::string> known;
  if (known_rules) known.assign(known_rules->begin(), known_rules->end());
  for (const Directive& d : directives) {
    // The evidence is English whatever the language, so that fingerprints
    // (and baselines) do not depend on --lang.
    std::string problem_en = d.problem, problem = en ? d.problem : d.problem_zh;
    if (problem.empty() && known_rules) {
      for (const std::string& rule : d.rules) {
        if (known_rules->count(rule)) continue;
        std::string near = SuggestId(rule, known);
        problem_en = "no loaded rule is called '" + rule + "'";
        problem = en ? problem_en : "没有名为“" + rule + "”的规则";
        if (!near.empty()) {
          problem_en += " (did you mean '" + near + "'?)";
          problem += en ? " (did you mean '" + near + "'?)" : "（是否应为“" + near + "”？）";
        }
        break;
      }
    }
    if (!problem.empty()) {
      Finding f = At(d, kInvalidSuppression);
      f.evidence_json = EvidenceText(nlohmann::ordered_json::object({{"problem", problem_en}}));
      f.message =
          (en ? std::string("invalid suppression directive: ") : "无效的抑制指令：") + problem;
      out.push_back(std::move(f));
    } else if (!d.used) {
      Finding f = At(d, kUnusedSuppression);
      f.evidence_json = EvidenceText(nlohmann::ordered_json::object({{"rules", d.rules}}));
      std::string rules = Join(d.rules, en ? ", " : "、");
      f.message = en ? "unused suppression: " + rules + " reported nothing here"
                     : "抑制指令未起作用：" + rules + " 在此没有可抑制的发现";
      out.push_back(std::move(f));
    }
  }
  return out;
}

}  // namespace reportlint
