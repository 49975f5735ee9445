// From a numeral to a Quantity: the scale, unit and approximation words after it
// (and before it: 近, 约), and the interval of values its printing allows.
// Internal to checker/values.
#ifndef REPORTLINT_VALUES_QUANTITY_ASSEMBLY_H_
#define REPORTLINT_VALUES_QUANTITY_ASSEMBLY_H_

#include <string_view>

#include "checker/values/numeral.h"
#include "checker/values/quantity.h"
#include "checker/values/unit_table.h"

namespace reportlint::numerals {

// What follows the number.
struct Suffix {
  Decimal scale = kOne;  // 万 亿 千 … written after an Arabic number
  const UnitWord* unit = nullptr;
  Approx approx = Approx::kExact;  // 余 多 and 左右 以上 以下 …
  size_t end = 0;
};

// The words after `num`: 万 亿 (Arabic numbers only), 余 多, a unit, 以上 左右 ….
Suffix ReadSuffix(std::u32string_view text, const Numeral& num);

// Assembles the quantity; `floor` is where the previous quantity ended, so
// that an approximation word is never claimed twice.
Quantity BuildQuantity(std::u32string_view text, const Numeral& num, const Suffix& s, size_t floor);

}  // namespace reportlint::numerals

#endif  // REPORTLINT_VALUES_QUANTITY_ASSEMBLY_H_
