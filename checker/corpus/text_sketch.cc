#include "checker/corpus/text_sketch.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <limits>

#include "checker/util/utf.h"

namespace reportlint {

// The 64 values of a sketch are independent lanes: with AVX-512 (or AVX2)
// they are computed and compared eight (four) at a time, about ten times faster
// than one by one, and the cross-report check over a province's reports is
// mostly these loops. Integer arithmetic, so every clone gives the same
// result. GCC only: clang (the fuzz build) takes no arch= clones.
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__)
#define REPORTLINT_SKETCH_LANES __attribute__((target_clones("arch=x86-64-v4", "avx2", "default")))
#else
#define REPORTLINT_SKETCH_LANES
#endif

namespace {

uint64_t Mix(uint64_t x) {  // splitmix64's finaliser
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

// The kSketchValues hash functions are multiply-add-shift (Dietzfelbinger):
// the high 32 bits of a * h + b, a odd, over the well-mixed shingle hash h:
// one multiply per value where a full mix costs five operations, and the
// sketch loop is most of the kind's cost. Fixed a and b, so a sketch means
// the same in every run and on every machine.
struct HashFunction {
  uint64_t a, b;
};
const std::array<HashFunction, kSketchValues>& Functions() {
  static const std::array<HashFunction, kSketchValues> functions = [] {
    std::array<HashFunction, kSketchValues> f{};
    for (int i = 0; i < kSketchValues; ++i) {
      f[i] = {Mix(0x9e3779b97f4a7c15ULL * (2 * i + 1)) | 1, Mix(0x9e3779b97f4a7c15ULL * (2 * i + 2))};
    }
    return f;
  }();
  return functions;
}

uint64_t ShingleHash(std::u32string_view shingle) {
  uint64_t h = 0xcbf29ce484222325ULL;  // FNV-1a, 64-bit
  for (char32_t c : shingle) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return h;
}

bool IsYearAt(std::u32string_view s, size_t i) {
  if (i + 4 > s.size()) return false;
  for (size_t k = i; k < i + 4; ++k) {
    if (!IsAsciiDigit(s[k])) return false;
  }
  bool century = (s[i] == U'1' && s[i + 1] == U'9') || (s[i] == U'2' && s[i + 1] == U'0');
  bool alone = (i == 0 || !IsAsciiDigit(s[i - 1])) && (i + 4 == s.size() || !IsAsciiDigit(s[i + 4]));
  return century && alone;
}

}  // namespace

std::u32string ComparisonForm(std::u32string_view folded) {
  std::u32string out;
  out.reserve(folded.size());
  for (size_t i = 0; i < folded.size(); ++i) {
    if (IsYearAt(folded, i)) {
      out.push_back(U'#');
      i += 3;
    } else if (u_isalnum(folded[i])) {
      out.push_back(folded[i]);
    }
  }
  return out;
}

void LongestFirst(std::vector<std::u32string>* words) {
  std::stable_sort(words->begin(), words->end(),
                   [](const std::u32string& a, const std::u32string& b) { return a.size() > b.size(); });
}

namespace {

// Which pairs of adjacent characters a text may hold (hashed into 4096 bits,
// so a pair can be a false yes, never a false no): a word whose first two
// characters are not there is not searched for. Most of a report's lines hold
// none of the thirty-odd boilerplate phrases, and one pass over the line
// replaces a search per phrase.
class PairFilter {
 public:
  explicit PairFilter(std::u32string_view text) {
    for (size_t i = 0; i + 1 < text.size(); ++i) Set(text[i], text[i + 1]);
  }
  bool MayHold(std::u32string_view word) const {
    size_t h = Hash(word[0], word[1]);
    return (bits_[h / 64] >> (h % 64)) & 1;
  }

 private:
  static size_t Hash(char32_t a, char32_t b) { return (a * 0x9e3779b1u ^ b * 0x85ebca6bu) >> 20; }
  void Set(char32_t a, char32_t b) {
    size_t h = Hash(a, b);
    bits_[h / 64] |= uint64_t{1} << (h % 64);
  }
  std::array<uint64_t, 64> bits_{};  // 4096 bits: Hash gives 12 bits of a 32-bit product
};

}  // namespace

void ReplaceWords(const std::vector<std::u32string>& words, char32_t mark, std::u32string* text) {
  std::u32string with = mark ? std::u32string(1, mark) : std::u32string();
  PairFilter pairs(*text);
  for (const std::u32string& w : words) {
    if (w.size() < 2 || !pairs.MayHold(w)) continue;
    bool replaced = false;
    for (size_t at = text->find(w); at != std::u32string::npos; at = text->find(w, at + with.size())) {
      text->replace(at, w.size(), with);
      replaced = true;
    }
    // A replacement joins the characters on either side: new pairs.
    if (replaced) pairs = PairFilter(*text);
  }
}

REPORTLINT_SKETCH_LANES
Sketch SketchOf(std::u32string_view text) {
  Sketch sketch;
  sketch.fill(std::numeric_limits<uint32_t>::max());
  if (text.empty()) return sketch;
  const auto& functions = Functions();
  size_t count = text.size() < kShingle ? 1 : text.size() - kShingle + 1;
  for (size_t i = 0; i < count; ++i) {
    uint64_t h = Mix(ShingleHash(text.substr(i, kShingle)));
    for (int v = 0; v < kSketchValues; ++v) {
      uint32_t value = static_cast<uint32_t>((functions[v].a * h + functions[v].b) >> 32);
      sketch[v] = std::min(sketch[v], value);
    }
  }
  return sketch;
}

REPORTLINT_SKETCH_LANES
void Merge(const Sketch& from, Sketch* into) {
  for (int v = 0; v < kSketchValues; ++v) (*into)[v] = std::min((*into)[v], from[v]);
}

REPORTLINT_SKETCH_LANES
double Similarity(const Sketch& a, const Sketch& b) {
  int equal = 0;
  for (int v = 0; v < kSketchValues; ++v) equal += a[v] == b[v];
  return static_cast<double>(equal) / kSketchValues;
}

uint64_t BandKey(const Sketch& sketch, int band, int rows) {
  uint64_t key = 0x84222325cbf29ce4ULL ^ static_cast<uint64_t>(band);
  for (int r = band * rows; r < band * rows + rows && r < kSketchValues; ++r) key = Mix(key ^ sketch[r]);
  return key;
}

}  // namespace reportlint
