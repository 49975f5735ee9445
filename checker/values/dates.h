// Calendar dates written in a report: 2015年1月1日, 2016-03-09, 2019.3.13, 2013年3月1日.
// Also the civil-date arithmetic the period rules need.
#ifndef REPORTLINT_VALUES_DATES_H_
#define REPORTLINT_VALUES_DATES_H_

#include <compare>
#include <optional>
#include <string>
#include <vector>

namespace reportlint {

struct Date {
  int year = 0;
  int month = 0;
  int day = 0;
  auto operator<=>(const Date&) const = default;
  bool Valid() const;
  std::string ToIso() const;  // "2019-03-31"
  static std::optional<Date> FromIso(const std::string& iso);
};

// A deadline's month and day as packs write it, "03-31" (valid in a leap
// year, so "02-29" is accepted); nullopt for anything else.
struct MonthDay {
  int month = 0;
  int day = 0;
};
std::optional<MonthDay> ParseMonthDay(const std::string& text);

struct DateMention {
  Date date;
  size_t begin = 0;  // span in the folded text
  size_t end = 0;
};

// Every complete date (year, month and day) in `text`, in order. Partial
// dates (2014年4月) are not returned: nothing here needs them.
std::vector<DateMention> FindDates(std::u32string_view text);

}  // namespace reportlint

#endif  // REPORTLINT_VALUES_DATES_H_
