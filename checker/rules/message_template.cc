#include "checker/rules/message_template.h"

#include <algorithm>

namespace reportlint {

bool MessageTemplate::Parse(const std::string& text, std::string* error) {
  text_ = text;
  pieces_.clear();
  keys_.clear();
  std::string literal;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if ((c == '{' || c == '}') && i + 1 < text.size() && text[i + 1] == c) {
      literal.push_back(c);
      ++i;
      continue;
    }
    if (c == '}') {
      *error = "unmatched '}' in message (write '}}' for a literal brace)";
      return false;
    }
    if (c != '{') {
      literal.push_back(c);
      continue;
    }
    size_t close = text.find('}', i);
    if (close == std::string::npos) {
      *error = "unclosed '{' in message";
      return false;
    }
    std::string body = text.substr(i + 1, close - i - 1);
    std::string key = body.substr(0, body.find('|'));
    std::vector<std::pair<std::string, std::string>> choices;
    for (size_t bar = body.find('|'); bar != std::string::npos;) {
      size_t next = body.find('|', bar + 1);
      std::string choice = body.substr(bar + 1, next == std::string::npos ? std::string::npos
                                                                          : next - bar - 1);
      size_t eq = choice.find('=');
      if (eq == std::string::npos || eq == 0) {
        *error = "invalid choice '" + choice + "' in '{" + body + "}' (write value=text)";
        return false;
      }
      choices.emplace_back(choice.substr(0, eq), choice.substr(eq + 1));
      bar = next;
    }
    bool valid = !key.empty() && std::all_of(key.begin(), key.end(), [](char k) {
      return std::isalnum(static_cast<unsigned char>(k)) || k == '_';
    });
    if (!valid) {
      *error = "invalid placeholder '{" + body + "}' in message";
      return false;
    }
    if (!literal.empty()) pieces_.push_back({false, literal, {}});
    literal.clear();
    pieces_.push_back({true, key, std::move(choices)});
    if (std::find(keys_.begin(), keys_.end(), key) == keys_.end()) keys_.push_back(key);
    i = close;
  }
  if (!literal.empty()) pieces_.push_back({false, literal, {}});
  return true;
}

std::string EvidenceToText(const nlohmann::ordered_json& value, const std::string& sep) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_array()) {
    std::string out;
    for (const auto& v : value) {
      if (!out.empty()) out += sep;
      out += EvidenceToText(v, sep);
    }
    return out;
  }
  if (value.is_null()) return "";
  // A located number ({"value": 3.928, "line": …}) reads as its value.
  if (value.is_object() && value.contains("value")) return EvidenceToText(value["value"], sep);
  return value.dump();
}

std::string MessageTemplate::Render(const nlohmann::ordered_json& evidence,
                                   const std::string& list_separator) const {
  std::string out;
  for (const Piece& p : pieces_) {
    if (!p.is_key) {
      out += p.text;
    } else if (!p.choices.empty()) {
      std::string value =
          evidence.contains(p.text) ? EvidenceToText(evidence[p.text], list_separator) : "";
      for (const auto& [when, text] : p.choices) {
        if (when == value) out += text;
      }
    } else if (evidence.contains(p.text)) {
      out += EvidenceToText(evidence[p.text], list_separator);
    } else {
      out += "?";  // a kind that omits a declared key in one case
    }
  }
  return out;
}

std::string MessageTemplate::Outline(const std::string& placeholder) const {
  std::string out;
  for (const Piece& p : pieces_) {
    if (!p.is_key) {
      out += p.text;
    } else if (p.choices.empty() && !out.ends_with(placeholder)) {
      out += placeholder;
    }
  }
  return out;
}

}  // namespace reportlint
