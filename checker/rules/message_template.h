// Finding messages as templates over the evidence: "缺少必备内容：{missing}".
// Keys are checked against the rule's evidence keys when the pack loads.
#ifndef REPORTLINT_RULES_MESSAGE_TEMPLATE_H_
#define REPORTLINT_RULES_MESSAGE_TEMPLATE_H_

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace reportlint {

class MessageTemplate {
 public:
  MessageTemplate() = default;
  // Parses "{key}" placeholders ("{{" and "}}" are literal braces). A
  // placeholder may select text by the value instead of printing it:
  // "{likely_wrong|total=合计数可能有误|parts=分项可能有误}" prints the text of
  // the matching value and nothing for any other. On a syntax error returns
  // false and sets *error.
  bool Parse(const std::string& text, std::string* error);

  // The keys the template names.
  const std::vector<std::string>& keys() const { return keys_; }

  // Fills the placeholders: strings as they are, numbers as printed, lists
  // joined with `list_separator`.
  std::string Render(const nlohmann::ordered_json& evidence,
                     const std::string& list_separator) const;

  // The template as a sentence about no finding in particular: each printed
  // placeholder as `placeholder` (one for a run of them), each selecting one
  // left out. For a rule's title: "统计期限为…至…，应为…至…".
  std::string Outline(const std::string& placeholder) const;

  const std::string& text() const { return text_; }

 private:
  struct Piece {
    bool is_key;
    std::string text;  // literal text, or the key
    std::vector<std::pair<std::string, std::string>> choices;  // value -> text
  };
  std::string text_;
  std::vector<Piece> pieces_;
  std::vector<std::string> keys_;
};

// Evidence value as a person reads it (used by templates and text output).
std::string EvidenceToText(const nlohmann::ordered_json& value, const std::string& list_separator);

}  // namespace reportlint

#endif  // REPORTLINT_RULES_MESSAGE_TEMPLATE_H_
