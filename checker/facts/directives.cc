// Finds suppression directives line by line in the source text. Only text in
// a comment counts, so a report that merely mentions the syntax is not affected.
#include "checker/facts/directives.h"

#include "checker/util/utf.h"

namespace reportlint {
namespace {

constexpr std::u32string_view kPrefix = U"reportlint-";

std::u32string_view TrimSpaces(std::u32string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

bool StartsWith(std::u32string_view s, std::u32string_view p) { return s.substr(0, p.size()) == p; }

// Where the directive text starts on `line` and whether it is in an HTML
// comment (npos: no directive on this line).
size_t DirectiveStart(std::u32string_view line, bool* html_comment) {
  size_t open = line.find(U"<!--");
  if (open != std::u32string_view::npos) {
    size_t at = open + 4;
    while (at < line.size() && IsSpace(line[at])) ++at;
    if (StartsWith(line.substr(at), kPrefix)) {
      *html_comment = true;
      return at;
    }
  }
  size_t at = 0;
  while (at < line.size() && IsSpace(line[at])) ++at;
  std::u32string_view rest = line.substr(at);
  size_t marker = StartsWith(rest, U"//") ? 2 : StartsWith(rest, U"#") ? 1 : 0;
  if (marker == 0) return std::u32string_view::npos;
  at += marker;
  while (at < line.size() && IsSpace(line[at])) ++at;
  if (!StartsWith(line.substr(at), kPrefix)) return std::u32string_view::npos;
  *html_comment = false;
  return at;
}

void ParseBody(std::u32string_view body, Directive* d) {
  size_t space = 0;
  while (space < body.size() && !IsSpace(body[space])) ++space;
  std::string name = U32ToUtf8(body.substr(0, space));
  if (name == "reportlint-disable-next-line") {
    d->scope = Directive::Scope::kNextLine;
  } else if (name == "reportlint-disable-file") {
    d->scope = Directive::Scope::kFile;
  } else {
    d->problem = "unknown directive '" + name +
                 "' (use reportlint-disable-next-line or reportlint-disable-file)";
    d->problem_zh =
        "未知指令“" + name + "”（应为 reportlint-disable-next-line 或 reportlint-disable-file）";
    return;
  }
  std::u32string_view rest = body.substr(space);
  size_t dashes = rest.find(U" --");
  std::u32string_view rules = rest.substr(0, dashes);
  if (dashes != std::u32string_view::npos) d->reason = U32ToUtf8(TrimSpaces(rest.substr(dashes + 3)));
  std::string word;
  for (char32_t c : rules) {
    if (IsSpace(c) || c == U',') {
      if (!word.empty()) d->rules.push_back(word);
      word.clear();
    } else {
      AppendUtf8(c, &word);
    }
  }
  if (!word.empty()) d->rules.push_back(word);
  if (d->rules.empty()) {
    d->problem = "the directive names no rule";
    d->problem_zh = "指令未写明规则";
  } else if (d->reason.empty()) {
    d->problem = "the directive gives no reason (write: RULE -- why it does not apply)";
    d->problem_zh = "指令未写明理由（写法：规则 -- 理由）";
  }
}

}  // namespace

std::vector<Directive> FindDirectives(const Document& document) {
  std::vector<Directive> out;
  std::vector<bool> directive_line(document.line_count() + 1, false);
  for (int n = 1; n <= document.line_count(); ++n) {
    std::u32string_view line = document.Line(n);
    if (line.find(kPrefix) == std::u32string_view::npos) continue;
    bool html = false;
    size_t at = DirectiveStart(line, &html);
    if (at == std::u32string_view::npos) continue;
    std::u32string_view body = line.substr(at);
    if (html) body = body.substr(0, body.find(U"-->"));
    body = TrimSpaces(body);
    Directive d;
    d.line = n;
    d.column = static_cast<int>(at) + 1;
    d.end_column = d.column + static_cast<int>(body.size());
    ParseBody(body, &d);
    directive_line[n] = true;
    out.push_back(std::move(d));
  }
  for (Directive& d : out) {
    if (d.scope != Directive::Scope::kNextLine) continue;
    for (int n = d.line + 1; n <= document.line_count(); ++n) {
      if (directive_line[n] || TrimSpaces(document.Line(n)).empty()) continue;
      d.target_line = n;
      break;
    }
  }
  return out;
}

}  // namespace reportlint
