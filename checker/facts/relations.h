// Claims the prose makes about its numbers: a total and its parts (with their shares),
// a rate over a base, a difference. Extracted once per document, before any rule runs.
#ifndef REPORTLINT_FACTS_RELATIONS_H_
#define REPORTLINT_FACTS_RELATIONS_H_

#include <string>
#include <string_view>
#include <vector>

#include "checker/values/quantity.h"

namespace reportlint {

// The words the extractor looks for. The defaults suit Chinese annual reports;
// a rule pack may replace any list for another kind of report.
struct RelationLexicon {
  // Open a list of parts after a total: "…34322件,其中…", "…共3件,分别为…".
  std::vector<std::u32string> part_openers = {U"其中", U"分别为", U"分别是", U"包括", U"包含"};
  // Openers after which the list is the whole total.
  std::vector<std::u32string> exhaustive_openers = {U"分别为", U"分别是"};
  // The head of the last part's label that makes the list the whole total:
  // "…其他方式公开21010条", "通过其他形式公开600余条" (after a lead word).
  std::vector<std::u32string> remainder_words = {U"其他", U"其它", U"其余", U"剩余"};
  // Words a label may start with before its head ("通过其他形式…").
  std::vector<std::u32string> label_lead_words = {U"通过", U"采用", U"采取", U"利用", U"经",
                                                  U"以", U"在", U"向", U"由", U"按", U"涉及",
                                                  U"属于", U"属", U"为", U"是", U"及", U"和",
                                                  U"以及", U"与"};
  // A total written after its parts: "网上申请105件,快递17件,合计122件".
  std::vector<std::u32string> closing_totals = {U"合计", U"共计", U"总计"};
  // A label starting with one of these is a new statement, not a part:
  // "…,已全部办结10件", "…,目前总计公开2739条", "…;办理答复95件", "…,按时办结48件".
  std::vector<std::u32string> list_breakers = {
      U"已", U"均", U"全部", U"共", U"累计", U"合计", U"总计", U"全年", U"本年", U"年内",
      U"同比", U"较", U"比", U"另", U"此外", U"目前", U"截至",
      U"截止", U"办结", U"答复", U"回复", U"办理", U"处理", U"受理", U"收到", U"接收",
      U"接到", U"按时", U"按期", U"及时", U"依法", U"召开", U"举办", U"开展", U"组织",
      U"开设", U"新开设", U"印发", U"制定", U"回应", U"征集", U"收集", U"培训"};
  // The things a "在…中," scope names when it opens a list: "在主动公开的信息中".
  std::vector<std::u32string> scope_nouns = {U"信息", U"事项", U"申请", U"文件", U"案件",
                                             U"件", U"条目", U"数据"};
  // Parts whose labels name publication channels overlap by nature (one item
  // is published on the website and on Weibo): their sum may exceed the total.
  std::vector<std::u32string> overlapping_words = {
      U"网站", U"微信", U"微博", U"公众号", U"客户端", U"新媒体", U"媒体", U"报刊", U"报纸",
      U"电视", U"广播", U"公开栏", U"宣传栏", U"公示栏", U"政务号", U"头条号", U"抖音",
      U"短信", U"显示屏", U"电子屏", U"公报"};
  // Link a part to its share of the total: "6213条,占74.5%", "…类比例0.7%".
  std::vector<std::u32string> share_words = {U"占", U"比例", U"比重"};
  // Rates: a percentage right after "<stem>率<link>" ("办结率达到96.92%").
  std::vector<std::u32string> rate_links = {U"为", U"达到", U"达", U"是", U"约为", U"均为"};
  // Rates that are a part over its whole and cannot exceed 100% (办结率 …);
  // 增长率 or 完成率 can.
  std::vector<std::u32string> bounded_rate_stems = {
      U"办结", U"答复", U"回复", U"满意", U"电子化", U"覆盖", U"及时", U"按时", U"按期",
      U"回应", U"反馈", U"处理", U"办理", U"受理", U"公开", U"解读", U"结案", U"审结",
      U"知晓", U"准确"};
  // A number right after one of these is a change, not an amount of the
  // list: "较上一年度增加42件".
  std::vector<std::u32string> change_words = {U"增加", U"减少", U"增长", U"下降", U"提高",
                                              U"降低", U"上升", U"增", U"减", U"多", U"少"};
  // A difference: "比…减少36万元" (the earlier value minus the later one) or
  // "比…增加…" (the later one minus the earlier one).
  std::vector<std::u32string> decrease_words = {U"减少", U"下降", U"降低", U"节约", U"节省"};
  std::vector<std::u32string> increase_words = {U"增加", U"增长", U"提高", U"上升"};
  // After 比: the comparison is with something the text does not state.
  std::vector<std::u32string> external_references = {U"上年", U"去年", U"同期", U"上一年",
                                                      U"前一年", U"往年"};
};

enum class RelationKind {
  kTotalParts,  // total = Σ parts (or, when partial, Σ parts <= total)
  kRate,        // rate% = numerator / base
  kDifference,  // earlier - later = difference (or later - earlier)
};

// What the text says about whether a list of parts is all of its total. That a
// leading run of the parts adds up to a total is found when the list is read
// (checker/facts/list_readings.h), not here.
enum class Coverage {
  kPartial,    // nothing says so: only Σ parts <= total can be checked
  kRemainder,  // the last part is 其他/其余…: the list is the whole total
  kOpener,     // the opener says so (分别为), or the total closes the list (合计)
};

// Where a reading of a list takes its total from. A list opened in a new
// sentence ("…120件。其中，…") may belong to any number of the sentence
// before, or to their sum ("新收115件，上年结转5件。其中…").
enum class TotalSource {
  kStated,            // the number right before the opener: "共120件,其中…"
  kSameSentence,      // an earlier number of the opener's sentence
  kPreviousSentence,  // a number of the sentence before the opener's
  kSumOfCounts,       // parallel counts before the opener, added up
  kFirstPart,         // the list's first item restates a total: "其中网站5469条,A…,B…"
};

// "stated", "same_sentence", "previous_sentence", "sum_of_counts", "first_part":
// the `total_from` of numeric findings.
const char* TotalSourceName(TotalSource s);

struct TotalCandidate {
  TotalSource source = TotalSource::kStated;
  // One quantity, or the counts a kSumOfCounts adds up (in text order).
  std::vector<int> quantities;
};

struct Part {
  int quantity = -1;  // index into the quantity list
  int share = -1;     // index of its stated share (占74.5%), or -1
  // A count in brackets right after it, in its unit: "20条(同时撤销2条)",
  // "办结20件(含上年结转2件)". The part may or may not include it; -1 if none.
  int aside = -1;
};

struct Relation {
  RelationKind kind = RelationKind::kTotalParts;
  // kTotalParts. totals[0] is the reading the text suggests first; the others
  // are alternatives a rule accepts when they are consistent.
  std::vector<TotalCandidate> totals;
  std::vector<Part> parts;  // every part of the list, in text order
  Coverage coverage = Coverage::kPartial;
  // The parts may overlap (publication channels): Σ parts > total is no defect.
  bool overlapping = false;
  // No opener word: parallel counts after a total ("…173769万条。市政府75656条,
  // 县98113条。") or parts with shares. Only a reading that adds up exactly, or
  // the shares, tie such a list to a total.
  bool implicit = false;
  // kRate: stated rate, numerator (-1 when no count is named) and the bases
  // the sentence allows: each number before it, nearest first, then sums of
  // adjacent ones ("新收50件,上年结转5件,办结55件,办结率100%").
  int rate = -1;
  int numerator = -1;
  int numerator_aside = -1;  // as Part::aside: "办结55件(含上年结转5件)"
  std::vector<TotalCandidate> bases;
  bool bounded = false;  // the rate cannot exceed 100% (办结率, not 增长率)
  // kDifference: the stated difference, the later value and the earlier
  // values it may be compared with (nearest first).
  int difference = -1;
  int later = -1;
  std::vector<int> earlier;
  bool increase = false;
  // The span the relation was read from and the cue that produced it.
  size_t begin = 0;
  size_t end = 0;
  std::u32string cue;
};

// Reads relations from `text` given the quantities scanned from it. Quantities
// marked in `excluded` (table cells: digits that are not prose) are never a
// total, a part or a rate; an empty mask excludes nothing.
std::vector<Relation> ExtractRelations(std::u32string_view text,
                                       const std::vector<Quantity>& quantities,
                                       const RelationLexicon& lexicon,
                                       const std::vector<bool>& excluded = {});

// One line per relation for `reportlint dump --facts`.
std::string DebugString(const Relation& r, std::u32string_view text,
                        const std::vector<Quantity>& quantities);

}  // namespace reportlint

#endif  // REPORTLINT_FACTS_RELATIONS_H_
