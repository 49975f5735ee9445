// Digits that are not an amount of anything: identifiers, ranges, dates, times,
// markers, codes and phone numbers, judged from the characters around the numeral.
// Internal to checker/values.
#ifndef REPORTLINT_VALUES_NOT_QUANTITY_H_
#define REPORTLINT_VALUES_NOT_QUANTITY_H_

#include <string_view>

#include "checker/values/numeral.h"

namespace reportlint::numerals {

// URLs and identifiers, ranges and times, ordinals, bracketed or quoted
// numbers and list markers (www.828365.com, 1-3月, 16:07, 第3号, (1), “1159”, 1.).
bool IsCodeOrMarker(std::u32string_view text, const Numeral& num);

// Years, months, days and clock times written with Arabic digits (2015年, 12月).
bool IsCalendar(std::u32string_view text, const Numeral& num);

// A number without unit, scale or approximation that is a code: a phone or
// site number, a compact date (20190313), a postal code.
bool IsBareCode(std::u32string_view text, const Numeral& num);

}  // namespace reportlint::numerals

#endif  // REPORTLINT_VALUES_NOT_QUANTITY_H_
