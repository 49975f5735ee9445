#include "checker/values/number_scanner.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "checker/util/utf.h"
#include "checker/values/unit_table.h"

namespace reportlint {
namespace {

// Every quantity of `utf8` as "text -> [lo,hi] unit class …", joined by "; ".
std::string Dump(const std::string& utf8) {
  std::u32string text = Utf8ToU32(utf8);
  std::string out;
  for (const Quantity& q : ScanQuantities(text)) {
    if (!out.empty()) out += "; ";
    out += DebugString(q, text);
  }
  return out;
}

struct Case {
  const char* input;
  const char* dump;
};

void CheckAll(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    std::string input = c.input;
    CAPTURE(input);
    CHECK(Dump(input) == std::string(c.dump));
  }
}

Quantity Only(const std::string& utf8) {
  std::vector<Quantity> qs = ScanQuantities(Utf8ToU32(utf8));
  REQUIRE(qs.size() == 1);
  return qs[0];
}

TEST_CASE("plain integers are exact counts") {
  CheckAll({
      {"市直各单位6213条", "6213条 -> [6213,6213] 条 count"},
      {"共受理34322件,其中市长热线29698件",
       "34322件 -> [34322,34322] 件 count; 29698件 -> [29698,29698] 件 count"},
      {"不予公开0件", "0件 -> [0,0] 件 count"},
      {"接待18554人次", "18554人次 -> [18554,18554] 人次 count"},
      {"共8位区级领导", "8位 -> [8,8] 位 count"},
      {"惠及8054学生", "8054 -> [8054,8054]"},
  });
}

TEST_CASE("thousands separators only in the unambiguous shape") {
  CheckAll({
      {"共1,234件", "1,234件 -> [1234,1234] 件 count"},
      {"资金12,345,678元", "12,345,678元 -> [12345678,12345678] 元 money"},
      {"合计1,234.5元", "1,234.5元 -> [1234.45,1234.55] 元 money"},
      {"分别为1,2", "1 -> [1,1]; 2 -> [2,2]"},
      {"分别为1,2345", "1 -> [1,1]; 2345 -> [2345,2345]"},
      {"分别为1234,567", "1234 -> [1234,1234]; 567 -> [567,567]"},
      {"12,345,67", "12 -> [12,12]; 345 -> [345,345]; 67 -> [67,67]"},
  });
}

TEST_CASE("decimals carry half a unit of their last digit") {
  CheckAll({
      {"占74.5%", "74.5% -> [74.45,74.55] % percent"},
      {"办结率达到96.92%", "96.92% -> [96.915,96.925] % percent"},
      {"占0.56 %", "0.56 % -> [0.555,0.565] % percent"},
      {"占45.2 %;", "45.2 % -> [45.15,45.25] % percent"},
      {"长3.50米", "3.50米 -> [3.495,3.505] 米 other"},
  });
  Quantity q = Only("占74.5%");
  CHECK(q.percent);
  CHECK(q.decimals == 1);
  CHECK(q.printed.ToString() == "74.5");
  CHECK(q.unit == U"%");
  CHECK(q.unit_class == UnitClass::kPercent);
}

TEST_CASE("signs") {
  CheckAll({
      {"增长-3%", "-3% -> [-3.5,-2.5] % percent"},
      {"-2.5", "-2.5 -> [-2.55,-2.45]"},
      {"负3个百分点", "负3个百分点 -> [-3,-3] 百分点 other"},
      {"5-3", ""},  // a range or a code, not 5 and -3
  });
}

TEST_CASE("scale words are part of the printed precision") {
  CheckAll({
      {"全区土地流转总面积8.04万亩,其中流向农户3.928万亩",
       "8.04万亩 -> [80350,80450] 亩 area; 3.928万亩 -> [39275,39285] 亩 area"},
      {"1.2亿元", "1.2亿元 -> [115000000,125000000] 元 money"},
      {"累计发放低保资金1401.2133万元", "1401.2133万元 -> [14012132.5,14012133.5] 元 money"},
      {"接待人数55.58万人次", "55.58万人次 -> [555750,555850] 人次 count"},
      {"免费赠阅78万份", "78万份 -> [775000,785000] 份 count"},
      {"3千万元", "3千万元 -> [25000000,35000000] 元 money"},
      {"共5千米", "5千米 -> [5,5] 公里 other"},
      {"资金1138 万元", "1138 万元 -> [11375000,11385000] 元 money"},
      {"达40万,", "40万 -> [395000,405000]"},
  });
  Quantity q = Only("8.04万亩");
  CHECK(q.printed.ToString() == "80400");
  CHECK(q.scale.ToString() == "10000");
  CHECK(q.decimals == 2);
  CHECK(q.unit == U"亩");
  CHECK(q.begin == 0);
  CHECK(q.end == 6);
}

TEST_CASE("余 and 多: more than N by less than a unit of its last significant digit") {
  CheckAll({
      {"共计100738余条", "100738余条 -> [100738,100739] 条 count at-least"},
      {"800多条次", "800多条次 -> [800,900] 条次 count at-least"},
      {"1.2万余元", "1.2万余元 -> [12000,13000] 元 money at-least"},
      {"10余万元", "10余万元 -> [100000,200000] 元 money at-least"},
      {"1000余平米", "1000余平米 -> [1000,2000] 平方米 area at-least"},
      {"70余个", "70余个 -> [70,80] 个 count at-least"},
      {"达100余,", "100余 -> [100,200] at-least"},
      {"20多项", "20多项 -> [20,30] 项 count at-least"},
      {"一年多的努力", "一年多 -> [1,2] 年 other at-least cn"},
  });
}

TEST_CASE("approximation words before and after the number") {
  CheckAll({
      {"近300", "近300 -> [200,300] at-most"},
      {"近5.5万人(次)", "近5.5万人(次) -> [54000,55000] 人次 count at-most"},
      {"约300人", "约300人 -> [200,400] 人 count about"},
      {"约 300人", "约 300人 -> [200,400] 人 count about"},
      {"300人左右", "300人左右 -> [200,400] 人 count about"},
      {"超过90%", "超过90% -> [90,100] % percent at-least"},
      {"90%以上", "90%以上 -> [90,100] % percent at-least"},
      {"不足50人", "不足50人 -> [40,50] 人 count at-most"},
      {"不超过3个", "不超过3个 -> [2,3] 个 count at-most"},
      {"使用量突破760万人次", "突破760万人次 -> [7600000,7700000] 人次 count at-least"},
      {"逾千", ""},
      {"约占总数的30%", "30% -> [29.5,30.5] % percent"},
      {"约占45%", "约占45% -> [44,46] % percent about"},
      // Contradictory sides: about.
      {"近400余册", "近400余册 -> [300,500] 册 count about"},
  });
}

TEST_CASE("words that only end like an approximation word") {
  CheckAll({
      {"节约635万元", "635万元 -> [6345000,6355000] 元 money"},
      {"约谈2家", "2家 -> [2,2] 家 count"},
      {"签约12个项目", "12个 -> [12,12] 个 count"},
      {"最近3个月", "3个月 -> [3,3] 月 other"},
      // 近 before a duration is "the last".
      {"近3年", "3年 -> [3,3] 年 other"},
      {"近两年来", "两年 -> [2,2] 年 other cn"},
  });
}

TEST_CASE("percent words") {
  CheckAll({
      {"百分之九十", "百分之九十 -> [89.5,90.5] % percent cn"},
      {"百分之五点五", "百分之五点五 -> [5.45,5.55] % percent cn"},
      {"百分之百", "百分之百 -> [99.5,100.5] % percent cn"},
      {"百分之90以上", "百分之90以上 -> [90,100] % percent at-least"},
      {"约百分之三十", "约百分之三十 -> [20,40] % percent about cn"},
  });
  CHECK(Only("百分之五点五").decimals == 1);
  CHECK(Only("百分之五点五").percent);
}

TEST_CASE("Chinese numerals followed by a unit") {
  CheckAll({
      {"三件", "三件 -> [3,3] 件 count cn"},
      {"十二个", "十二个 -> [12,12] 个 count cn"},
      {"二十三个部门", "二十三个 -> [23,23] 个 count cn"},
      {"一百零五件", "一百零五件 -> [105,105] 件 count cn"},
      {"两千人", "两千人 -> [2000,2000] 人 count cn"},
      {"三千五百元", "三千五百元 -> [3500,3500] 元 money cn"},
      {"选调了两名教师", "两名 -> [2,2] 名 count cn"},
      {"报告由八部分构成", "八部分 -> [8,8] 部分 count cn"},
      {"八百多条", "八百多条 -> [800,900] 条 count at-least cn"},
      {"三十余家", "三十余家 -> [30,40] 家 count at-least cn"},
      {"一万二千元", "一万二千元 -> [11500,12500] 元 money cn"},
      {"五万人", "五万人 -> [45000,55000] 人 count cn"},
      {"两万多人", "两万多人 -> [20000,30000] 人 count at-least cn"},
      {"〇件", "〇件 -> [0,0] 件 count cn"},
      {"五点五万元", "五点五万元 -> [54500,55500] 元 money cn"},
      {"十余家", "十余家 -> [10,20] 家 count at-least cn"},
      {"百余人", "百余人 -> [100,200] 人 count at-least cn"},
      {"千余份", "千余份 -> [1000,2000] 份 count at-least cn"},
      {"万余元", "万余元 -> [10000,20000] 元 money at-least cn"},
  });
  CHECK(Only("一万二千元").scale.ToString() == "10000");
}

TEST_CASE("Chinese numerals inside words are not quantities") {
  CheckAll({
      {"一是加强领导", ""},
      {"存在一些问题", ""},
      {"取得了一定成效", ""},
      {"一起研究", ""},
      {"一次性告知", ""},
      {"统一安排", ""},
      {"一般", ""},
      {"第一次政府网站普查", ""},
      {"进一步提高", ""},
      {"一体化", ""},
      {"一律", ""},
      {"唯一", ""},
      {"十九大", ""},
      {"三公经费", ""},
      {"五公开", ""},
      {"一级抓一级", ""},
      {"开展二次、多次传播", ""},
      {"取消一批行政许可", ""},
      {"一部分单位", ""},
      {"每一条信息", ""},
      {"星期一", ""},
      {"最多跑一次", ""},
      {"二〇一五年", ""},
      {"二〇一八年度", ""},
      {"“十三五”规划", ""},
      {"三千五人", ""},  // shorthand for 3500, refused rather than misread
      {"一期工程", ""},
      {"零件", ""},
      {"二号大厅", ""},
      {"三月十日", ""},
      {"百姓", ""},
      {"千人计划", ""},
  });
}

TEST_CASE("years and dates are not quantities") {
  CheckAll({
      {"2015年", ""},
      {"2015年1月1日", ""},
      {"自2015年1月1日起,至2015年12月31日止", ""},
      {"1月1日", ""},
      {"12月31日", ""},
      {"2018年度", ""},
      {"统计期限为2012 年 1 月 1 日至 2012 年 12 月 31 日", ""},
      {"发布时间:2019-03-19 16:07", ""},
      {"2014年4月以来", ""},
      {"1-3月", ""},
      {"1—3月", ""},
      {"2019.3.13", ""},
      {"16时07分", ""},
      {"北湖区政务公开政务服务领导小组办公室\n2019313", ""},
      {"20190313", ""},
  });
  // A duration in years is a quantity.
  CHECK(Dump("实施10周年") == "10周年 -> [10,10] 周年 other");
  CHECK(Dump("3年") == "3年 -> [3,3] 年 other");
}

TEST_CASE("document numbers, ordinals and article numbers are not quantities") {
  CheckAll({
      {"(国发〔2017〕46号)", ""},
      {"国发〔201746号", ""},
      {"北政办函〔20188号)", ""},
      {"荆政办电[2015])12号", ""},
      {"[2015]12号", ""},
      {"第3号", ""},
      {"第二十条", ""},
      {"第(一)项", ""},
      {"第 3 名", ""},
      {"江津西路262号", ""},
      {"政府办公大楼315室", ""},
      {"第六版(IPv6)", ""},
  });
}

TEST_CASE("phone numbers, postal codes, URLs and hotlines are not quantities") {
  CheckAll({
      {"联系电话:0716-8278407", ""},
      {"电话:0716-8278407 0716-8461111", ""},
      {"邮编:434000,", ""},
      {"电话:(0356)5221890;传真:(0356)5222306", ""},
      {"电话:0745—7731916;邮编:418100", ""},
      {"网站标识码:4210000002", ""},
      {"鄂ICP备05028271号", ""},
      {"鄂公网安备 42100202000199号", ""},
      {"信息来源: www.828365.com网", ""},
      {"(http://www.dingdong568.com)", ""},
      {"gpzfxxk@163.com", ""},
      {"整合到12345 市长热线", ""},
      {"《12345市长热线突发事件应急处理制度》", ""},
      {"接听“2912345”区长公开电话", ""},
      {"“12345”一号接入", ""},
      {"实施“1159”工程", ""},
      {"拨打13812345678", ""},
      {"12345政务服务热线", ""},
  });
  // A count next to a hotline word is still a count.
  CheckAll({
      {"12345,热线", "12345 -> [12345,12345]"},
      {"其中市长热线29698件", "29698件 -> [29698,29698] 件 count"},
      {"电话咨询11122人次", "11122人次 -> [11122,11122] 人次 count"},
      {"除应急救援以外的 23 条热线", "23 条 -> [23,23] 条 count"},
  });
}

TEST_CASE("heading and list markers are not quantities") {
  CheckAll({
      {"一、概述", ""},
      {"(一)主动公开范围", ""},
      {"1.加强领导", ""},
      {"  1、门户网站", ""},
      {"改进措施如下:1、加强宣传", ""},
      {"(1)网站", ""},
      {"1)网站", ""},
      {"概述\n2.积极加强政策解读", ""},
  });
  // Only at the start of a line or list: these are numbers.
  CHECK(Dump("3.5万元") == "3.5万元 -> [34500,35500] 元 money");
  CHECK(Dump("共3件(2件为网上申请)") == "3件 -> [3,3] 件 count; 2件 -> [2,2] 件 count");
}

TEST_CASE("units: longest match, synonyms and classes") {
  CheckAll({
      {"3个工作日内", "3个工作日 -> [3,3] 工作日 other"},
      {"21323人次(件)", "21323人次 -> [21323,21323] 人次 count"},
      {"1000平方米", "1000平方米 -> [1000,1000] 平方米 area"},
      {"5公顷", "5公顷 -> [5,5] 公顷 area"},
      {"119批次", "119批次 -> [119,119] 批次 count"},
      {"98场次", "98场次 -> [98,98] 场次 count"},
      {"24小时", "24小时 -> [24,24] 小时 other"},
      {"5‰", "5‰ -> [5,5] ‰ other"},
      {"增长两倍", "两倍 -> [2,2] 倍 other cn"},
  });
}

TEST_CASE("spans cover approximation words, scale and unit") {
  std::u32string text = Utf8ToU32("全年共接待近5.5万人(次),满意率100%");
  std::vector<Quantity> qs = ScanQuantities(text);
  REQUIRE(qs.size() == 2);
  CHECK(text.substr(qs[0].begin, qs[0].end - qs[0].begin) == U"近5.5万人(次)");
  CHECK(text.substr(qs[1].begin, qs[1].end - qs[1].begin) == U"100%");
  CHECK(qs[0].approx == Approx::kAtMost);
  CHECK(qs[0].printed.ToString() == "55000");
  CHECK_FALSE(qs[0].percent);
  CHECK(qs[1].percent);
}

TEST_CASE("a paragraph of a real report") {
  // 004_126eafa2f194dbc2.txt line 33, folded.
  CHECK(Dump("2018年,通过区政府门户网站、《今日北湖》等平台主动公开政务信息11908条,"
             "其中政务动态、应急管理6143条,占51.59 %,专题报道类1728条,占14.51%,"
             "人事任免16条,占0.13 %,其他信息4115条,占34.56%") ==
        "11908条 -> [11908,11908] 条 count; 6143条 -> [6143,6143] 条 count; "
        "51.59 % -> [51.585,51.595] % percent; 1728条 -> [1728,1728] 条 count; "
        "14.51% -> [14.505,14.515] % percent; 16条 -> [16,16] 条 count; "
        "0.13 % -> [0.125,0.135] % percent; 4115条 -> [4115,4115] 条 count; "
        "34.56% -> [34.555,34.565] % percent");
  // 000_afa570849eb846dc.txt line 4, folded: nothing in it is a quantity.
  CHECK(Dump("信息来源: www.828365.com网 | 发布时间:2016-03-09 11:18") == "");
}

TEST_CASE("unit compatibility") {
  Quantity mu = Only("8.04万亩");
  Quantity mu2 = Only("3.928万亩");
  Quantity tiao = Only("6213条");
  Quantity jian = Only("3件");
  Quantity bare = Only("近300");
  Quantity yuan = Only("1138万元");
  CHECK(SameUnit(mu, mu2));
  CHECK(SameUnit(mu, bare));
  CHECK_FALSE(SameUnit(tiao, jian));
  CHECK_FALSE(SameUnit(mu, yuan));
  CHECK(Compatible(tiao.unit_class, jian.unit_class));
  CHECK(Compatible(bare.unit_class, yuan.unit_class));
  CHECK_FALSE(Compatible(mu.unit_class, yuan.unit_class));
  CHECK_FALSE(Compatible(UnitClass::kPercent, UnitClass::kCount));
  CHECK_FALSE(SameUnit(Only("195人"), Only("6106人次")));
  CHECK(SameUnit(Only("5平米"), Only("1000平方米")));
}

}  // namespace
}  // namespace reportlint

namespace reportlint {

TEST_CASE("ScaleWordFor names a scale as reports write it, the one table MatchScale reads") {
  CHECK(ScaleWordFor(Decimal::Pow10(4)) == U"万");
  CHECK(ScaleWordFor(Decimal::Pow10(6)) == U"百万");
  CHECK(ScaleWordFor(Decimal::Pow10(8)) == U"亿");
  CHECK(ScaleWordFor(Decimal::Pow10(0)) == U"");
  CHECK(ScaleWordFor(Decimal::Pow10(5)) == U"");
}

}  // namespace reportlint
