// libFuzzer target for the text reader's path: BOM, UTF-8/GB18030 detection and
// decoding (ingest/decode), the Document of a text or Markdown report, and its
// folded text (normalize/folded_text). Any bytes give a Document or an error with
// a message in both languages; a Document holds no CR (a U+FEFF may lead it
// when the bytes repeat their byte-order mark: only the first is one); every
// character locates inside the source; every folded position maps back inside
// the original, in order, and line N of the folded text is line N of the input.
#include <algorithm>
#include <cstddef>
#include <cstdint>

#include "checker/ingest/read_input.h"
#include "checker/normalize/folded_text.h"
#include "fuzz/fuzz_checks.h"

namespace {

using reportlint::fuzz::Require;

void CheckFolded(const std::u32string& original) {
  reportlint::FoldedText folded(original);
  const std::u32string& text = folded.text();
  Require(folded.SourceBegin(text.size()) == original.size());
  Require(std::count(text.begin(), text.end(), U'\n') ==
          std::count(original.begin(), original.end(), U'\n'));
  size_t last = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    size_t begin = folded.SourceBegin(i), end = folded.SourceEnd(i + 1);
    Require(begin >= last && begin < end && end <= original.size());
    if (text[i] == U'\n') Require(original[begin] == U'\n');
    last = begin;
  }
}

void Read(const std::string& path, std::string_view bytes, const std::string& encoding) {
  reportlint::ReadOptions options;
  options.encoding = encoding;
  reportlint::Error error;
  auto doc = reportlint::DocumentFromBytes(path, bytes, options, &error);
  if (!doc) {
    Require(!error.message.empty() && !error.message_zh.empty() && error.file == path);
    return;
  }
  const std::u32string& text = doc->text();
  Require(text.find(U'\r') == std::u32string::npos);
  reportlint::fuzz::CheckDocument(*doc);
  CheckFolded(text);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes = reportlint::fuzz::Bytes(data, size);
  Read("fuzz.txt", bytes, "");       // detected, as `check r.txt`
  Read("fuzz.md", bytes, "gb18030");  // forced, as `check --encoding gb18030 r.md`
  return 0;
}
