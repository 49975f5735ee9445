#include "checker/ingest/text_builder.h"

namespace reportlint {
namespace {

bool IsCollapsible(char32_t c) {
  return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\f' || c == U'\v';
}

}  // namespace

void TextBuilder::Append(char32_t c, uint32_t origin) {
  if (IsCollapsible(c)) {
    if (!LineEmpty() && !pending_space_) {
      pending_space_ = true;
      pending_origin_ = origin;
    }
    return;
  }
  if (c == 0 || (c < 0x20) || (c >= 0x7F && c < 0xA0) || (c >= 0xD800 && c <= 0xDFFF)) {
    c = 0xFFFD;  // controls and lone surrogates are not text
  }
  if (pending_space_) {
    text_.push_back(U' ');
    if (char_origins_) origins_.push_back(pending_origin_);
    pending_space_ = false;
  }
  text_.push_back(c);
  if (char_origins_) origins_.push_back(origin);
}

void TextBuilder::Append(std::u32string_view s, uint32_t origin) {
  for (char32_t c : s) Append(c, origin);
}

bool TextBuilder::EndLine(bool keep_empty, const Location& where) {
  pending_space_ = false;
  if (LineEmpty() && !keep_empty) return false;
  // The line end sits right after the last character, so a span that ends
  // with the line ends right after that character in the source too.
  uint32_t end_origin = origins_.empty() ? 0 : origins_.back() + 1;
  text_.push_back(U'\n');
  if (char_origins_) origins_.push_back(end_origin);
  if (!char_origins_) parts_.line_locations.push_back(where);
  line_begin_ = text_.size();
  ++lines_;
  return true;
}

DocumentParts TextBuilder::Finish(std::u32string source) {
  EndLine();
  // The reading text ends without a final '\n', like a text file read whole.
  if (!text_.empty() && text_.back() == U'\n') {
    text_.pop_back();
    if (char_origins_) origins_.pop_back();
  }
  parts_.text = std::move(text_);
  if (char_origins_) {
    uint32_t end = static_cast<uint32_t>(source.size());
    origins_.push_back(origins_.empty() ? end : std::min(end, origins_.back() + 1));
    parts_.source_index = std::move(origins_);
    parts_.source = std::move(source);
  }
  return std::move(parts_);
}

}  // namespace reportlint
