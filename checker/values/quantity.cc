#include "checker/values/quantity.h"

#include "checker/util/utf.h"

namespace reportlint {

Interval ValueOf(const Quantity& q, Tolerance t) {
  if (t == Tolerance::kExact && q.approx == Approx::kExact) return Interval::Point(q.printed);
  return q.value;
}

bool Compatible(UnitClass a, UnitClass b) {
  return a == b || a == UnitClass::kNone || b == UnitClass::kNone;
}

bool SameUnit(const Quantity& a, const Quantity& b) {
  return a.unit.empty() || b.unit.empty() || a.unit == b.unit;
}

const char* UnitClassName(UnitClass c) {
  switch (c) {
    case UnitClass::kNone: return "none";
    case UnitClass::kCount: return "count";
    case UnitClass::kMoney: return "money";
    case UnitClass::kArea: return "area";
    case UnitClass::kPercent: return "percent";
    case UnitClass::kOther: return "other";
  }
  return "?";
}

const char* ApproxName(Approx a) {
  switch (a) {
    case Approx::kExact: return "exact";
    case Approx::kAtLeast: return "at-least";
    case Approx::kAtMost: return "at-most";
    case Approx::kAbout: return "about";
  }
  return "?";
}

std::string DebugString(const Quantity& q) {
  std::string out = q.value.ToString();
  if (!q.unit.empty()) out += " " + U32ToUtf8(q.unit);
  if (q.unit_class != UnitClass::kNone) {
    out += " ";
    out += UnitClassName(q.unit_class);
  }
  if (q.approx != Approx::kExact) {
    out += " ";
    out += ApproxName(q.approx);
  }
  if (q.chinese_numeral) out += " cn";
  return out;
}

std::string DebugString(const Quantity& q, std::u32string_view text) {
  return U32ToUtf8(text.substr(q.begin, q.end - q.begin)) + " -> " + DebugString(q);
}

}  // namespace reportlint
