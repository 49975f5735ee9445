// How the parts of a report are named when a report lists them ("本报告由…组成"): the
// parts of the national format and of the 2008 regulation, whose names hold their own
// 、/和/及 (行政复议、行政诉讼情况; 收费及减免; 问题和改进), and the words that open a part.
#ifndef REPORTLINT_STRUCTURE_PART_NAMES_H_
#define REPORTLINT_STRUCTURE_PART_NAMES_H_

#include <string_view>

namespace reportlint {

// Whether the connective (、 和 及 与) between `before` and `after` lies inside
// one part's name: 收费及减免, 收到和处理, 依申请公开和不予公开, 问题及改进 / 困难和问题,
// and 复议、诉讼 (and 复议、诉讼和投诉) when a shared 情况 closes them or a shared 因… opens
// them — "行政复议、提起行政诉讼,以及…" alone may be two parts.
// `before` is the list from the previous separator up to the connective, `after`
// the rest of the list after it.
bool JoinsOnePart(std::u32string_view before, std::u32string_view after);

// Whether `text` starts with the name of a part (主动公开…, 申请行政复议…,
// 政府信息公开工作存在的主要问题…): where a list lost a separator, the next part
// begins there.
bool OpensPart(std::u32string_view text);

// Whether `text` ends the way a part's name ends (…情况, …措施, …事项, 概述, 附表).
bool ClosesPart(std::u32string_view text);

}  // namespace reportlint

#endif  // REPORTLINT_STRUCTURE_PART_NAMES_H_
