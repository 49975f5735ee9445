// The frame of the pages `reportlint serve` writes itself (the upload page and
// the pages that say why a request was refused): one look, no network.
#ifndef REPORTLINT_SERVE_HTML_PAGE_H_
#define REPORTLINT_SERVE_HTML_PAGE_H_

#include <string>

namespace reportlint {

// `zh` or `en` by the page's language ("en", else Chinese).
inline const char* ByLang(const std::string& lang, const char* zh, const char* en) {
  return lang == "en" ? en : zh;
}

// <!doctype html> … <body><main> with the inline style, and the end of it.
// `title` is plain text.
std::string PageStart(const std::string& lang, const std::string& title);
std::string PageEnd();

// The upload page's address in the page's language: "/" or "/?lang=en".
std::string HomeLink(const std::string& lang);

}  // namespace reportlint

#endif  // REPORTLINT_SERVE_HTML_PAGE_H_
