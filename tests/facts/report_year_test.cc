// The report year from the report itself: titles, sentences that name the report,
// the period, and which of them decides (checker/facts/report_year.h).
#include "checker/facts/report_year.h"

#include <doctest/doctest.h>

#include "checker/util/utf.h"
#include "tests/test_util.h"

namespace reportlint {
namespace {

// "YEAR(source) 《text that names it》", plus " named:[…]" when several years are named.
std::string Year(std::string_view report) {
  auto t = testing::AnalyzeText(report);
  const ReportInfo& i = t.analysis.info;
  if (!i.year) return "-";
  std::string out = std::to_string(*i.year) + "(" + YearSourceName(i.year_source) + ") " +
                    t.analysis.OriginalText(i.year_begin, i.year_end);
  if (i.named_years.size() > 1) {
    out += " named:";
    for (int y : i.named_years) out += " " + std::to_string(y);
  }
  return out;
}

TEST_CASE("a sentence that names the report gives the year when no title does") {
  CHECK(Year("根据《条例》要求，编制了2022年政府信息公开工作年度报告。统计期限为2021年1月1日至12月3"
             "1日。\n") == "2022(naming_sentence) 编制了2022年政府信息公开工作年度报告");
  CHECK(Year("根据《条例》规定，现公布2022年度报告。\n") ==
        "2022(naming_sentence) 公布2022年度报告");
  CHECK(Year("现将2022年度政府信息公开工作情况报告如下：\n一、总体情况\n") ==
        "2022(naming_sentence) 现将2022年度政府信息公开工作情况报告");
  CHECK(Year("本报告是根据《条例》要求，由某镇人民政府编制的2018年度政府信息公开年度报告。\n") ==
        "2018(naming_sentence) 编制的2018年度政府信息公开年度报告");
  CHECK(
      Year(
          "本报告根据《条例》要求，在2017年度各区政府的政府信息公开工作年度报告的基础上编制。\n") ==
      "2017(naming_sentence) 2017年度各区政府的政府信息公开工作年度报告");
  // The report's own title in 《》 right after the verb.
  CHECK(Year("根据《条例》规定，现发布《东宝区2024年政府信息公开工作年度报告》。\n") ==
        "2024(naming_sentence) 发布《东宝区2024年政府信息公开工作年度报告");
  // Traditional script folds first.
  CHECK(Year("根據《條例》要求，特編制并向社會公布2021年度街道信息公開年度報告。\n") ==
        "2021(naming_sentence) 編制并向社會公布2021年度街道信息公開年度報告");
}

TEST_CASE("years that do not name the report") {
  // Page chrome, document numbers, quoted notices, comparisons, plans, formats.
  CHECK(Year("发布时间：2023-01-18\n索引号：2022-00012\n") == "-");
  CHECK(Year("根据国办公开办函〔2022〕30号要求，现公布政府信息公开工作年度报告。\n") == "-");
  CHECK(Year("按照《关于做好2022年政府信息公开工作年度报告编制发布工作的通知》要求，现公布本报告。"
             "\n") == "-");
  CHECK(Year("全年受理申请5件，较2021年政府信息公开工作年度报告所列增加2件。\n") == "-");
  CHECK(Year("下一步将按时编制2023年政府信息公开工作年度报告。\n") == "-");
  CHECK(Year("本报告按照2021年政府信息公开工作年度报告格式编制。\n") == "-");
  CHECK(Year("本报告编制于2023年1月18日，现公布政府信息公开工作年度报告。\n") == "-");
  // Naming sentences further down are about other reports.
  std::string far(3000, 'x');
  CHECK(Year(far + "。现公布2022年政府信息公开工作年度报告。\n") == "-");
}

TEST_CASE("the title decides over a naming sentence, both over the period") {
  CHECK(Year("某县2022年政府信息公开工作年度报告\n现公布2022年政府信息公开工作年度报告。\n"
             "统计期限为2021年1月1日至12月31日。\n") ==
        "2022(title) 某县2022年政府信息公开工作年度报告");
  CHECK(Year("某县政府信息公开工作年度报告\n统计期限为2021年1月1日至2021年12月31日。\n") ==
        "2021(period) 统计期限为2021年1月1日至2021年12月31日");
  // Disagreeing sources: the title's year, and every named year is a reading.
  CHECK(Year("某县2022年政府信息公开工作年度报告\n现公布某县2021年政府信息公开工作年度报告。\n") ==
        "2022(title) 某县2022年政府信息公开工作年度报告 named: 2021 2022");
  CHECK(Year("某县2021年政府信息公开工作年度报告\n某县2022年政府信息公开工作年度报告\n") ==
        "2021(title) 某县2021年政府信息公开工作年度报告 named: 2021 2022");
}

}  // namespace
}  // namespace reportlint
