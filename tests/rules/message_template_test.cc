#include "checker/rules/message_template.h"

#include <doctest/doctest.h>

namespace reportlint {
namespace {

using json = nlohmann::ordered_json;

// Parses `text` (REQUIRE: without error) and renders it over `evidence`.
std::string Render(const std::string& text, const json& evidence, const std::string& sep = "、") {
  MessageTemplate t;
  std::string error;
  REQUIRE_MESSAGE(t.Parse(text, &error), error);
  return t.Render(evidence, sep);
}

// The parse error for `text`, or "" when it parses.
std::string ParseError(const std::string& text) {
  MessageTemplate t;
  std::string error;
  if (t.Parse(text, &error)) return "";
  return error;
}

TEST_CASE("placeholders are filled from the evidence") {
  CHECK(Render("缺少内容：{missing}", {{"missing", "收费及减免"}}) == "缺少内容：收费及减免");
  CHECK(Render("declares {declared} parts, has {found}", {{"declared", 6}, {"found", 5}}) ==
        "declares 6 parts, has 5");
  CHECK(Render("{a}{b}{a}", {{"a", "x"}, {"b", "y"}}) == "xyx");
  CHECK(Render("no placeholders", json::object()) == "no placeholders");
  CHECK(Render("", json::object()) == "");
}

TEST_CASE("the outline of a template: values as one placeholder, selections left out") {
  auto outline = [](const std::string& text) {
    MessageTemplate t;
    std::string error;
    REQUIRE_MESSAGE(t.Parse(text, &error), error);
    return t.Outline("…");
  };
  CHECK(outline("统计期限为{start}至{end}") == "统计期限为…至…");
  CHECK(outline("{a}{b}年") == "…年");
  CHECK(outline("合计{total}{likely|total=（合计数可能有误）|parts=（分项可能有误）}") == "合计…");
  CHECK(outline("literal {{braces}} and {v}") == "literal {braces} and …");
}

TEST_CASE("values as a person reads them") {
  CHECK(Render("{v}", {{"v", 74.5}}) == "74.5");
  CHECK(Render("{v}", {{"v", -3}}) == "-3");
  CHECK(Render("{v}", {{"v", true}}) == "true");
  CHECK(Render("{v}", {{"v", nullptr}}) == "");
  CHECK(Render("{v}", {{"v", json::array({"概述", "附表"})}}) == "概述、附表");
  CHECK(Render("{v}", {{"v", json::array({"a", "b", "c"})}}, ", ") == "a, b, c");
  CHECK(Render("{v}", {{"v", json::array({1, 2})}}, ", ") == "1, 2");
  CHECK(Render("{v}", {{"v", json::array()}}) == "");
  // A located number reads as its value.
  CHECK(Render("{v}", {{"v", {{"value", 3.928}, {"line", 2}, {"column", 5}}}}) == "3.928");
  CHECK(Render("{v}", {{"v", {{"value", "1,234"}, {"line", 2}}}}) == "1,234");
}

TEST_CASE("a key the evidence lacks prints ?") {
  CHECK(Render("expected after {expected_after}", json::object()) == "expected after ?");
}

TEST_CASE("doubled braces are literal") {
  CHECK(Render("{{match}} is {match}", {{"match", "XX"}}) == "{match} is XX");
  CHECK(Render("}}{{", json::object()) == "}{");
  MessageTemplate t;
  std::string error;
  REQUIRE(t.Parse("{{literal}} {real}", &error));
  CHECK(t.keys() == std::vector<std::string>{"real"});
}

TEST_CASE("keys are listed once, in order of first use") {
  MessageTemplate t;
  std::string error;
  REQUIRE(t.Parse("{b} {a} {b} {c_2}", &error));
  CHECK(t.keys() == std::vector<std::string>{"b", "a", "c_2"});
  CHECK(t.text() == "{b} {a} {b} {c_2}");
}

TEST_CASE("a placeholder may choose text by value") {
  const char* kText = "{likely_wrong|total=合计数可能有误|parts=分项可能有误}";
  CHECK(Render(kText, {{"likely_wrong", "total"}}) == "合计数可能有误");
  CHECK(Render(kText, {{"likely_wrong", "parts"}}) == "分项可能有误");
  CHECK(Render(kText, {{"likely_wrong", "both"}}) == "");
  CHECK(Render(kText, json::object()) == "");
  CHECK(Render("共{n}件{n|1=(仅一件)}", {{"n", 1}}) == "共1件(仅一件)");
  CHECK(Render("共{n}件{n|1=(仅一件)}", {{"n", 2}}) == "共2件");
  MessageTemplate t;
  std::string error;
  REQUIRE(t.Parse(kText, &error));
  CHECK(t.keys() == std::vector<std::string>{"likely_wrong"});
}

TEST_CASE("syntax errors") {
  CHECK(ParseError("缺少{missing") == "unclosed '{' in message");
  CHECK(ParseError("缺少missing}") == "unmatched '}' in message (write '}}' for a literal brace)");
  CHECK(ParseError("{}") == "invalid placeholder '{}' in message");
  CHECK(ParseError("{two words}") == "invalid placeholder '{two words}' in message");
  CHECK(ParseError("{缺少}") == "invalid placeholder '{缺少}' in message");
  CHECK(ParseError("{k|total}") == "invalid choice 'total' in '{k|total}' (write value=text)");
  CHECK(ParseError("{k|=text}") == "invalid choice '=text' in '{k|=text}' (write value=text)");
  CHECK(ParseError("{|a=b}") == "invalid placeholder '{|a=b}' in message");
  CHECK(ParseError("ok {k|a=b|c=}") == "");
}

}  // namespace
}  // namespace reportlint
