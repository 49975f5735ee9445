#include "checker/values/unit_table.h"

#include <iterator>

namespace reportlint {
namespace {

constexpr UnitClass kCount = UnitClass::kCount;
constexpr UnitClass kMoney = UnitClass::kMoney;
constexpr UnitClass kArea = UnitClass::kArea;
constexpr UnitClass kPercent = UnitClass::kPercent;
constexpr UnitClass kOther = UnitClass::kOther;

// {written, base, class, after_chinese, duration}. Order does not matter: the
// longest match wins (人次 over 人, 个工作日 over 个).
constexpr UnitWord kUnits[] = {
    // Counts of documents, items, events, people and organisations.
    {U"件", U"件", kCount, true, false},
    {U"件次", U"件次", kCount, true, false},
    {U"条", U"条", kCount, true, false},
    {U"条次", U"条次", kCount, true, false},
    {U"个", U"个", kCount, true, false},
    {U"个次", U"个次", kCount, true, false},
    {U"项", U"项", kCount, true, false},
    {U"项次", U"项次", kCount, true, false},
    {U"次", U"次", kCount, true, false},
    {U"人", U"人", kCount, true, false},
    {U"人次", U"人次", kCount, true, false},
    {U"人(次)", U"人次", kCount, true, false},
    {U"人/次", U"人次", kCount, true, false},
    {U"户", U"户", kCount, true, false},
    {U"户次", U"户次", kCount, true, false},
    {U"家", U"家", kCount, true, false},
    {U"家次", U"家次", kCount, true, false},
    {U"名", U"名", kCount, true, false},
    {U"位", U"位", kCount, true, false},
    {U"起", U"起", kCount, true, false},
    {U"期", U"期", kCount, false, false},  // 一期 (工程) is "phase one"
    {U"期次", U"期次", kCount, true, false},
    {U"份", U"份", kCount, true, false},
    {U"份次", U"份次", kCount, true, false},
    {U"场", U"场", kCount, true, false},
    {U"场次", U"场次", kCount, true, false},
    {U"篇", U"篇", kCount, true, false},
    {U"批", U"批", kCount, true, false},
    {U"批次", U"批次", kCount, true, false},
    {U"架次", U"架次", kCount, true, false},
    {U"所", U"所", kCount, true, false},
    {U"台", U"台", kCount, true, false},
    {U"套", U"套", kCount, true, false},
    {U"辆", U"辆", kCount, true, false},
    {U"座", U"座", kCount, true, false},
    {U"处", U"处", kCount, true, false},
    {U"栋", U"栋", kCount, true, false},
    {U"间", U"间", kCount, true, false},
    {U"张", U"张", kCount, true, false},
    {U"本", U"本", kCount, true, false},
    {U"册", U"册", kCount, true, false},
    {U"册次", U"册次", kCount, true, false},
    {U"部", U"部", kCount, true, false},
    {U"部分", U"部分", kCount, true, false},
    {U"类", U"类", kCount, true, false},
    {U"种", U"种", kCount, true, false},
    {U"例", U"例", kCount, true, false},
    {U"宗", U"宗", kCount, true, false},
    {U"幅", U"幅", kCount, true, false},
    {U"封", U"封", kCount, true, false},
    {U"卷", U"卷", kCount, true, false},
    {U"盒", U"盒", kCount, true, false},
    {U"班", U"班", kCount, true, false},
    // Money. 万元 and 亿元 are a scale word plus 元.
    {U"元", U"元", kMoney, true, false},
    // Area.
    {U"亩", U"亩", kArea, true, false},
    {U"平方米", U"平方米", kArea, true, false},
    {U"平米", U"平方米", kArea, true, false},
    {U"公顷", U"公顷", kArea, true, false},
    {U"平方公里", U"平方公里", kArea, true, false},
    {U"平方千米", U"平方公里", kArea, true, false},
    // Percentages. Percentage points and per mille are not percentages.
    {U"%", U"%", kPercent, false, false},
    {U"‰", U"‰", kOther, false, false},
    {U"百分点", U"百分点", kOther, true, false},
    {U"个百分点", U"百分点", kOther, true, false},
    // Durations.
    {U"年", U"年", kOther, true, true},
    {U"周年", U"周年", kOther, true, true},
    {U"个月", U"月", kOther, true, true},
    {U"周", U"周", kOther, false, true},  // 四周 is "all around"
    {U"天", U"天", kOther, true, true},
    {U"日", U"日", kOther, true, true},
    {U"个工作日", U"工作日", kOther, true, true},
    {U"工作日", U"工作日", kOther, true, true},
    {U"小时", U"小时", kOther, true, true},
    {U"个小时", U"小时", kOther, true, true},
    {U"分钟", U"分钟", kOther, true, true},
    {U"秒", U"秒", kOther, true, true},
    // Ratios, ages, lengths and weights.
    {U"倍", U"倍", kOther, true, false},
    {U"岁", U"岁", kOther, true, false},
    {U"米", U"米", kOther, true, false},
    {U"公里", U"公里", kOther, true, false},
    {U"千米", U"公里", kOther, true, false},
    {U"吨", U"吨", kOther, true, false},
    {U"公斤", U"公斤", kOther, true, false},
    {U"千克", U"公斤", kOther, true, false},
};

constexpr ScaleWord kScales[] = {
    {U"千", 3}, {U"万", 4}, {U"百万", 6}, {U"千万", 7}, {U"亿", 8}, {U"万亿", 12},
};

constexpr ApproxWord kApproxBefore[] = {
    {U"超过", Approx::kAtLeast},   {U"逾", Approx::kAtLeast},
    {U"突破", Approx::kAtLeast},   {U"至少", Approx::kAtLeast},
    {U"不少于", Approx::kAtLeast}, {U"不低于", Approx::kAtLeast},
    {U"多于", Approx::kAtLeast},   {U"高于", Approx::kAtLeast},
    {U"大于", Approx::kAtLeast},
    {U"近", Approx::kAtMost},      {U"将近", Approx::kAtMost},
    {U"接近", Approx::kAtMost},    {U"不到", Approx::kAtMost},
    {U"不足", Approx::kAtMost},    {U"不满", Approx::kAtMost},
    {U"未满", Approx::kAtMost},    {U"不超过", Approx::kAtMost},
    {U"少于", Approx::kAtMost},    {U"低于", Approx::kAtMost},
    {U"小于", Approx::kAtMost},    {U"最多", Approx::kAtMost},
    {U"约", Approx::kAbout},       {U"大约", Approx::kAbout},
    {U"约为", Approx::kAbout},     {U"大概", Approx::kAbout},
    {U"大致", Approx::kAbout},     {U"约占", Approx::kAbout},
};

// Characters that, before 近 or 约, make a word that is no approximation:
// 最近3年, 附近, 节约635万元, 制约, 签约12个项目 ….
constexpr std::u32string_view kNotNearBefore = U"最附邻靠亲贴临逼就走挨";
constexpr std::u32string_view kNotAboutBefore =
    U"制节签预契公条合邀特相履违婉集简俭守践立解毁失赴和隐缔";

constexpr ApproxWord kApproxAfter[] = {
    {U"以上", Approx::kAtLeast}, {U"以下", Approx::kAtMost},
    {U"以内", Approx::kAtMost},  {U"左右", Approx::kAbout},
    {U"上下", Approx::kAbout},
};

constexpr std::u32string_view kNumeralWords[] = {
    U"一起",   U"一次性", U"一次办", U"二次",   U"一批",     U"一部分",
    U"一条龙", U"一张网", U"一张图", U"一张蓝图", U"三位一体", U"一本账",
    U"一类",   U"一种",   U"零件",
};

constexpr std::u32string_view kNumeralBlockers = U"第统进唯逐同单专划合归初周之某每万跑期拜";

constexpr std::u32string_view kCodeKeywords[] = {
    U"电话", U"传真", U"邮编",   U"邮政编码", U"标识码", U"手机", U"热线",
    U"QQ",   U"qq",   U"编号",   U"代码",     U"号码",   U"账号", U"帐号",
    U"备案号", U"拨打", U"信箱", U"邮箱",
};

constexpr std::u32string_view kHotlineWords[] = {U"热线", U"电话", U"专线"};

constexpr std::u32string_view kNonQuantitySuffixes = U"号室楼版届";

bool StartsWithAt(std::u32string_view text, size_t pos, std::u32string_view word) {
  return pos <= text.size() && text.substr(pos).starts_with(word);
}

bool EndsWithAt(std::u32string_view text, size_t pos, std::u32string_view word) {
  return pos <= text.size() && text.substr(0, pos).ends_with(word);
}

template <typename Entry, size_t N>
const Entry* LongestAt(const Entry (&table)[N], std::u32string_view text, size_t pos) {
  const Entry* best = nullptr;
  for (const Entry& e : table) {
    if (StartsWithAt(text, pos, e.written) &&
        (best == nullptr || e.written.size() > best->written.size())) {
      best = &e;
    }
  }
  return best;
}

}  // namespace

const UnitWord* MatchUnit(std::u32string_view text, size_t pos) {
  return LongestAt(kUnits, text, pos);
}

const ScaleWord* MatchScale(std::u32string_view text, size_t pos) {
  return LongestAt(kScales, text, pos);
}

std::u32string_view ScaleWordFor(Decimal scale) {
  for (const ScaleWord& w : kScales) {
    if (Decimal::Pow10(w.exponent) == scale) return w.written;
  }
  return U"";
}

const ApproxWord* ApproxWordBefore(std::u32string_view text, size_t pos) {
  const ApproxWord* best = nullptr;
  for (const ApproxWord& w : kApproxBefore) {
    if (EndsWithAt(text, pos, w.written) &&
        (best == nullptr || w.written.size() > best->written.size())) {
      best = &w;
    }
  }
  if (best == nullptr) return nullptr;
  size_t start = pos - best->written.size();
  if (start > 0) {
    char32_t prev = text[start - 1];
    if (best->written == U"近" && kNotNearBefore.find(prev) != std::u32string_view::npos) {
      return nullptr;
    }
    if (best->written == U"约" && kNotAboutBefore.find(prev) != std::u32string_view::npos) {
      return nullptr;
    }
  }
  return best;
}

const ApproxWord* ApproxWordAfter(std::u32string_view text, size_t pos) {
  return LongestAt(kApproxAfter, text, pos);
}

bool StartsNumeralWord(std::u32string_view text, size_t pos) {
  for (std::u32string_view w : kNumeralWords) {
    if (StartsWithAt(text, pos, w)) return true;
  }
  return false;
}

bool BlocksChineseNumeral(char32_t c) {
  return kNumeralBlockers.find(c) != std::u32string_view::npos;
}

bool EndsWithCodeKeyword(std::u32string_view text, size_t pos) {
  for (std::u32string_view w : kCodeKeywords) {
    if (EndsWithAt(text, pos, w)) return true;
  }
  return false;
}

bool HotlineWordFollows(std::u32string_view text, size_t pos) {
  // Look at the rest of the phrase: up to eight characters, stopping at
  // punctuation, so "12345政务服务热线" matches but "12345,热线…" does not.
  constexpr size_t kWindow = 8;
  for (size_t i = pos; i < text.size() && i < pos + kWindow; ++i) {
    for (std::u32string_view w : kHotlineWords) {
      if (StartsWithAt(text, i, w)) return true;
    }
    char32_t c = text[i];
    bool phrase = c == U' ' || c == U'“' || c == U'”' || c == U'"' || c >= 0x3400;
    if (!phrase) return false;
  }
  return false;
}

bool IsNonQuantitySuffix(char32_t c) {
  return kNonQuantitySuffixes.find(c) != std::u32string_view::npos;
}

}  // namespace reportlint
