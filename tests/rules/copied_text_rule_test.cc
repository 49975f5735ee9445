// The `copied-text` kind over small runs: a copy is reported once, at the report that
// copied, and shared wording, short lines and a body's own earlier reports stay silent.
#include <doctest/doctest.h>

#include "tests/test_util.h"

namespace reportlint {
namespace {

using Files = std::vector<std::pair<std::string, std::string>>;

std::string Pack(const std::string& check, const std::string& extra = "") {
  return "pack: t\nrules:\n  - id: t/" + check + "\n    kind: copied-text\n    check: " + check +
         "\n    severity: warning\n" + extra + "    message: {zh: \"z\", en: \"e\"}\n";
}

// Paragraphs of about 90 characters, each written by a different hand; `who`
// is the body that names itself in it.
std::string Shared(int i, const std::string& who) {
  static const char* kTexts[] = {
      "坚持以公开为常态、不公开为例外，围绕群众关切推进决策、执行、管理、服务、结果公开，持续完善政府信息公开平台建设，优化依申请公开办理流程，按时答复率保持较高水平，并加强政策解读与回应关切工作。",
      "全年通过政府网站主动公开各类政府信息，重点做好财政预决算、重大建设项目、公共资源配置、社会公益事业建设等领域信息公开，及时发布惠民政策及解读材料，方便群众查询办理，群众获得感进一步增强。",
      "严格落实保密审查制度，信息发布前由业务科室初审、办公室复审、分管领导终审，全年未发生泄密事件；同时建立信息公开工作台账，定期通报各部门公开情况，对更新不及时的栏目督促整改到位。",
      "针对公开内容不够全面、解读形式较为单一等问题，下一步将加强业务培训，提升工作人员能力，丰富图表、视频等解读形式，拓展政务新媒体渠道，推动政府信息公开工作提质增效，更好服务经济社会发展。",
      "今年以来共组织召开新闻发布会六场，围绕优化营商环境、乡村振兴、城市更新等重点工作发布权威信息，邀请部门主要负责人出席并回答记者提问，相关内容同步在门户网站和政务微博发布，社会反响良好。",
      "依托政务服务中心设立政府信息公开查阅点，配备专门工作人员和查阅设备，为群众提供现场查询、咨询和申请服务；全年接待现场查阅群众两百余人次，解答咨询三百余次，未收到群众对查阅服务的投诉。",
  };
  return who + kTexts[i] + "\n";
}

std::string Report(const std::string& org, int year, const std::string& body,
                   const std::string& date = "") {
  return org + std::to_string(year) + "年政府信息公开工作年度报告\n一、总体情况\n" + body + org +
         "\n" + date;
}

const std::string kExpect = "# expect: t/paragraphs\n";

TEST_CASE("paragraphs: one finding per pair, at the later-published report's first copy") {
  // 西区 copied two paragraphs of 东区 with its own name; it is listed first
  // but published later, so it is the one reported.
  CHECK_CORPUS_FIXTURE(
      Pack("paragraphs"),
      (Files{{"xi.txt", Report("西区人民政府", 2023,
                               Shared(5, "西区") + kExpect + Shared(0, "西区") + Shared(1, "西区"),
                               "2024年3月28日\n")},
             {"dong.txt", Report("东区人民政府", 2023,
                                 Shared(0, "东区") + Shared(1, "东区") + Shared(4, "东区"),
                                 "2024年3月20日\n")},
             {"nan.txt", Report("南区人民政府", 2023, Shared(2, "南区"))}}));
  // Without dates, the later in input order copied.
  CHECK_CORPUS_FIXTURE(
      Pack("paragraphs"),
      (Files{{"dong.txt", Report("东区人民政府", 2023, Shared(0, "东区") + Shared(4, "东区"))},
             {"xi.txt", Report("西区人民政府", 2023, Shared(5, "西区") + kExpect + Shared(0, "西区"))}}));
}

TEST_CASE("paragraphs: a few characters changed is still a copy") {
  std::string edited = Shared(0, "西区");
  edited.replace(edited.find("持续"), 6, "不断");
  edited.replace(edited.find("较高"), 6, "很高");
  CHECK_CORPUS_FIXTURE(
      Pack("paragraphs"),
      (Files{{"dong.txt", Report("东区", 2023, Shared(0, "东区"))},
             {"xi.txt", Report("西区", 2023, kExpect + edited)}}));
}

TEST_CASE("paragraphs: wording shared by many bodies, or listed as boilerplate, is no copy") {
  // Three bodies share the paragraph: a template, not a copy.
  CHECK_CORPUS_FIXTURE(
      Pack("paragraphs"),
      (Files{{"dong.txt", Report("东区", 2023, Shared(0, "东区") + Shared(1, "东区"))},
             {"xi.txt", Report("西区", 2023, Shared(0, "西区") + Shared(2, "西区"))},
             {"nan.txt", Report("南区", 2023, Shared(0, "南区") + Shared(3, "南区"))}}));
  // With four bodies needed, the same run is three pairs; 南区's two (with
  // 东区 and with 西区) start at the same paragraph, and a rule has one
  // finding per place: two findings show.
  CHECK_CORPUS_FIXTURE(
      Pack("paragraphs", "    boilerplate_bodies: 4\n"),
      (Files{{"dong.txt", Report("东区", 2023, Shared(0, "东区") + Shared(1, "东区"))},
             {"xi.txt", Report("西区", 2023, kExpect + Shared(0, "西区") + Shared(2, "西区"))},
             {"nan.txt", Report("南区", 2023, kExpect + Shared(0, "南区") + Shared(3, "南区"))}}));
  // Two bodies share a paragraph that is, but for a few words, the pack's
  // boilerplate.
  std::string pack = Pack("paragraphs",
                          "    boilerplate:\n"
                          "      - 坚持以公开为常态、不公开为例外，围绕群众关切推进决策、执行、管理、服务、结果公开\n"
                          "      - 持续完善政府信息公开平台建设\n");
  CHECK_CORPUS_FIXTURE(pack, (Files{{"dong.txt", Report("东区", 2023, Shared(0, "东区"))},
                                    {"xi.txt", Report("西区", 2023, Shared(0, "西区"))}}));
}

TEST_CASE("paragraphs: short paragraphs are ignored, down to min_length") {
  std::string line = "本机关全年主动公开政府信息，及时回应群众关切，依法依规办理依申请公开事项。\n";
  CHECK_CORPUS_FIXTURE(Pack("paragraphs"), (Files{{"dong.txt", Report("东区", 2023, line)},
                                                  {"xi.txt", Report("西区", 2023, line)}}));
  CHECK_CORPUS_FIXTURE(Pack("paragraphs", "    min_length: 30\n"),
                       (Files{{"dong.txt", Report("东区", 2023, line)},
                              {"xi.txt", Report("西区", 2023, kExpect + line)}}));
}

TEST_CASE("paragraphs: a body repeating its own earlier report is for last-year") {
  CHECK_CORPUS_FIXTURE(
      Pack("paragraphs"),
      (Files{{"dong-2022.txt", Report("东区人民政府", 2022, Shared(0, "东区") + Shared(1, "东区"))},
             {"dong-2023.txt", Report("東區政府", 2023, Shared(0, "東區") + Shared(1, "东区"))}}));
}

std::string LongReport(const std::string& org, int year, std::vector<int> paragraphs) {
  std::string body = std::to_string(year) + "年，" + org + "认真贯彻落实《中华人民共和国政府信息公开条例》。\n";
  for (int p : paragraphs) body += Shared(p, "本机关");
  return Report(org, year, body);
}

TEST_CASE("last-year: the report of last year with the year changed") {
  CHECK_CORPUS_FIXTURE(
      Pack("last-year"),
      (Files{{"dong-2022.txt", LongReport("东区人民政府", 2022, {0, 1, 2, 3, 4})},
             {"dong-2023.txt", "# expect: t/last-year:1\n" + LongReport("东区人民政府", 2023, {0, 1, 2, 3, 4})}}));
  // Rewritten: two paragraphs of five kept is no copy.
  CHECK_CORPUS_FIXTURE(
      Pack("last-year"),
      (Files{{"dong-2022.txt", LongReport("东区人民政府", 2022, {0, 1, 2, 3, 4})},
             {"dong-2023.txt", LongReport("东区人民政府", 2023, {0, 1, 5})}}));
  // Two years apart, or another body: not last year's report.
  CHECK_CORPUS_FIXTURE(
      Pack("last-year"),
      (Files{{"dong-2021.txt", LongReport("东区人民政府", 2021, {0, 1, 2, 3, 4})},
             {"xi-2022.txt", LongReport("西区人民政府", 2022, {0, 1, 2, 3, 4})},
             {"dong-2023.txt", LongReport("东区人民政府", 2023, {0, 1, 2, 3, 4})}}));
  // Too little prose to judge.
  CHECK_CORPUS_FIXTURE(
      Pack("last-year", "    min_report_length: 2000\n"),
      (Files{{"dong-2022.txt", LongReport("东区人民政府", 2022, {0, 1, 2, 3, 4})},
             {"dong-2023.txt", LongReport("东区人民政府", 2023, {0, 1, 2, 3, 4})}}));
}

TEST_CASE("both checks in one pack: each finds what it finds alone") {
  // The two share their line sketches (one CollectMemo per report and pack):
  // sharing must not change what either says.
  std::string both = Pack("paragraphs") + "  - id: t/last-year\n    kind: copied-text\n"
                     "    check: last-year\n    severity: warning\n"
                     "    message: {zh: \"z\", en: \"e\"}\n";
  CHECK_CORPUS_FIXTURE(
      both,
      (Files{{"dong-2022.txt", LongReport("东区人民政府", 2022, {0, 1, 2, 3, 4})},
             {"dong-2023.txt",
              "# expect: t/last-year:1\n" + LongReport("东区人民政府", 2023, {0, 1, 2, 3, 4})},
             {"xi-2023.txt",
              Report("西区人民政府", 2023, Shared(5, "西区") + kExpect + Shared(0, "西区"))}}));
}

}  // namespace
}  // namespace reportlint
