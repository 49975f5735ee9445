// Finds the quantities in folded report text: 100738余条, 8.04万亩, 占74.5%, 三件, 百分之九十.
// Digits that are dates, document or phone numbers, headings or ordinals are not returned.
#ifndef REPORTLINT_VALUES_NUMBER_SCANNER_H_
#define REPORTLINT_VALUES_NUMBER_SCANNER_H_

#include <string_view>
#include <vector>

#include "checker/values/quantity.h"

namespace reportlint {

// Every quantity in `text`, in order of position, spans not overlapping.
//
// `text` is folded text (NFKC, Simplified script, whitespace runs folded to
// one space, spaces between CJK characters removed, '\n' between lines).
//
// Returned: Arabic numbers (1,234 with conservative thousands separators,
// decimals, a leading '-' or 负), Chinese numerals followed by a unit (三件,
// 一百零五个, 两万多人), percentages (74.5%, 45.2 %, 百分之五点五), each with
// its scale word, unit and approximation words.
//
// Not returned, because they are not amounts of anything: years and dates
// (2015年, 2018年度, 12月31日, 2019-03-19, 16:07), document numbers (〔2017〕46号,
// [2015]12号, 国发〔201746号), ordinals and article numbers (第3号, 第二十条),
// heading and list markers (一、 (一) 1. 1、 (1)), phone numbers, postal codes
// and site codes (0716-8278407, 邮编:434000, "2912345", 12345市长热线),
// digits inside URLs and identifiers (www.828365.com, IPv6), ranges (1-3月),
// and Chinese numerals inside words (一是, 统一, 进一步, 十九大, 三公经费).
// An Arabic number without a unit is still returned (table cells, "近300").
std::vector<Quantity> ScanQuantities(std::u32string_view text);

}  // namespace reportlint

#endif  // REPORTLINT_VALUES_NUMBER_SCANNER_H_
