// The shared frame: one inline style sheet, sized for a Chinese office screen
// and for print, with the system's CJK fonts (nothing is fetched).
#include "checker/serve/html_page.h"

#include "checker/output/html_escape.h"

namespace reportlint {
namespace {

constexpr const char* kStyle = R"css(
:root { color-scheme: light; }
body { margin: 0; background: #f4f5f7; color: #1d2330;
  font: 16px/1.6 "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC",
    "WenQuanYi Micro Hei", sans-serif; }
main { max-width: 46rem; margin: 3rem auto; padding: 2rem 2.5rem; background: #fff;
  border-radius: 8px; box-shadow: 0 1px 4px rgba(0,0,0,.12); }
h1 { font-size: 1.5rem; margin: 0 0 1rem; }
p { margin: .6rem 0; }
.lang { float: right; font-size: .9rem; }
a { color: #1a56b0; }
.drop { display: block; border: 2px dashed #8a94a6; border-radius: 8px; padding: 2.2rem 1rem;
  text-align: center; cursor: pointer; background: #fafbfc; }
.drop.over { border-color: #1a56b0; background: #eef4ff; }
.drop input { display: block; margin: 1rem auto 0; }
.files { margin: .8rem 0; padding-left: 1.2rem; }
.note { color: #5a6272; font-size: .9rem; }
.warn { color: #a4262c; }
button { font: inherit; padding: .5rem 1.6rem; margin-top: 1rem; border: 0; border-radius: 6px;
  background: #1a56b0; color: #fff; cursor: pointer; }
button:disabled { background: #9aa3b2; cursor: default; }
.error { border-left: 4px solid #a4262c; padding: .2rem 0 .2rem 1rem; }
.detail { font-family: ui-monospace, "Noto Sans Mono CJK SC", monospace; font-size: .9rem;
  background: #f4f5f7; padding: .5rem .8rem; border-radius: 4px; overflow-wrap: anywhere; }
@media print { body { background: #fff; } main { box-shadow: none; margin: 0; } }
)css";

}  // namespace

std::string PageStart(const std::string& lang, const std::string& title) {
  std::string out = "<!doctype html>\n<html lang=\"";
  out += ByLang(lang, "zh-CN", "en");
  out += "\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>";
  out += HtmlEscape(title);
  out += "</title>\n<style>";
  out += kStyle;
  out += "</style>\n</head>\n<body>\n<main>\n";
  return out;
}

std::string PageEnd() { return "</main>\n</body>\n</html>\n"; }

std::string HomeLink(const std::string& lang) { return lang == "en" ? "/?lang=en" : "/"; }

}  // namespace reportlint
