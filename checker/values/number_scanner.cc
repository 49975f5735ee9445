// The scan loop: at each position, the reader for what starts there (百分之, an
// Arabic number, a Chinese numeral), the filters, then the quantity.
#include "checker/values/number_scanner.h"

#include <optional>

#include "checker/values/not_quantity.h"
#include "checker/values/numeral.h"
#include "checker/values/quantity_assembly.h"

namespace reportlint {
namespace {

using namespace numerals;  // NOLINT(google-build-using-namespace): the scanner's own parts

std::optional<Quantity> ScanArabic(std::u32string_view text, size_t i, size_t floor,
                                   size_t* next) {
  Numeral num = ReadArabic(text, i);
  *next = num.end;
  if (!num.valid || IsCodeOrMarker(text, num) || IsCalendar(text, num)) return std::nullopt;
  Suffix s = ReadSuffix(text, num);
  bool bare = s.unit == nullptr && s.scale == kOne && s.approx == Approx::kExact;
  if (bare && IsBareCode(text, num)) return std::nullopt;
  return BuildQuantity(text, num, s, floor);
}

std::optional<Quantity> ScanChinese(std::u32string_view text, size_t i, size_t floor,
                                    size_t* next) {
  std::optional<Numeral> num = ReadChinese(text, i, next);
  if (!num) return std::nullopt;
  char32_t prev = Before(text, i);
  if (BlocksChineseNumeral(prev) || StartsNumeralWord(text, i)) return std::nullopt;
  Suffix s = ReadSuffix(text, *num);
  if (s.unit == nullptr) return std::nullopt;  // 一是, 十九大, 三公经费, (一)
  if (s.unit->base == U"日" && prev == U'月') return std::nullopt;  // 三月十日
  return BuildQuantity(text, *num, s, floor);
}

std::optional<Quantity> ScanPercentWords(std::u32string_view text, size_t i, size_t floor,
                                         size_t* next) {
  std::optional<Numeral> num = ReadPercentWords(text, i, next);
  if (!num) return std::nullopt;
  return BuildQuantity(text, *num, ReadSuffix(text, *num), floor);
}

}  // namespace

std::vector<Quantity> ScanQuantities(std::u32string_view text) {
  std::vector<Quantity> out;
  size_t floor = 0;  // end of the last quantity
  size_t i = 0;
  while (i < text.size()) {
    size_t next = i + 1;
    std::optional<Quantity> q;
    if (text.substr(i).starts_with(U"百分之")) {
      q = ScanPercentWords(text, i, floor, &next);
    } else if (StartsArabic(text, i)) {
      q = ScanArabic(text, i, floor, &next);
    } else if (IsChineseDigit(text[i])) {
      q = ScanChinese(text, i, floor, &next);
    }
    if (q) {
      next = q->end;
      floor = q->end;
      out.push_back(std::move(*q));
    }
    i = next > i ? next : i + 1;
  }
  return out;
}

}  // namespace reportlint
