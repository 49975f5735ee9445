// UTF-8 <-> UTF-32 conversion and small code-point predicates.
// Every stage works on std::u32string so that one index is one character.
#ifndef REPORTLINT_UTIL_UTF_H_
#define REPORTLINT_UTIL_UTF_H_

#include <string>
#include <string_view>

namespace reportlint {

// Decodes well-formed UTF-8. Each byte that does not start a well-formed
// sequence (a stray or missing continuation byte, an overlong form, a
// surrogate, a value past U+10FFFF) becomes one U+FFFD.
std::u32string Utf8ToU32(std::string_view s);
std::string U32ToUtf8(std::u32string_view s);
void AppendUtf8(char32_t c, std::string* out);

// True for CJK ideographs (the characters between which whitespace is noise).
bool IsCjkIdeograph(char32_t c);
// Whether `s` holds at least one CJK ideograph.
bool HasCjkIdeograph(std::u32string_view s);
bool IsSpace(char32_t c);
inline bool IsAsciiDigit(char32_t c) { return c >= U'0' && c <= U'9'; }

// Number of terminal columns the character occupies (2 for East Asian wide).
int DisplayWidth(char32_t c);

}  // namespace reportlint

#endif  // REPORTLINT_UTIL_UTF_H_
