#include "bench/report_generator.h"

#include <algorithm>
#include <vector>

namespace reportlint::bench {
namespace {

// A number slot of a line: `units` is the printed value × 10^decimals, so
// printed precision is kept exactly.
struct Slot {
  long long units = 0;
  int decimals = 0;
  bool alterable = true;
  std::string role;  // "total", "part", "share", "rate", "difference"
};

struct Line {
  std::vector<std::string> literals;  // literals[i] precedes slots[i]; one extra at the end
  std::vector<Slot> slots;
  std::string kind;  // relation kind, for the alteration note
};

std::string Format(const Slot& s) {
  if (s.decimals == 0) return std::to_string(s.units);
  long long scale = 1;
  for (int i = 0; i < s.decimals; ++i) scale *= 10;
  std::string frac = std::to_string(std::llabs(s.units) % scale);
  frac.insert(0, static_cast<size_t>(s.decimals) - frac.size(), '0');
  return (s.units < 0 ? "-" : "") + std::to_string(std::llabs(s.units) / scale) + "." + frac;
}

std::string Render(const Line& l) {
  std::string out;
  for (size_t i = 0; i < l.slots.size(); ++i) out += l.literals[i] + Format(l.slots[i]);
  return out + l.literals.back();
}

// Rounds num/den × 100 to `decimals` places, half up, in printed units.
long long PercentUnits(long long num, long long den, int decimals) {
  long long scale = 100;
  for (int i = 0; i < decimals; ++i) scale *= 10;
  return (num * scale * 2 + den) / (den * 2);
}

class Generator {
 public:
  explicit Generator(unsigned seed) : rng_(seed) {}

  int Uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng_); }

  // Parts that add up to a total drawn at random.
  std::vector<long long> Parts(int n, int lo, int hi) {
    std::vector<long long> v;
    for (int i = 0; i < n; ++i) v.push_back(Uniform(lo, hi));
    return v;
  }

  Line RemainderList() {
    auto p = Parts(4, 20, 30000);
    long long t = p[0] + p[1] + p[2] + p[3];
    return {{"全年主动公开政府信息", "条，其中规范性文件", "条，工作动态", "条，人事信息", "条，其他信息", "条。"},
            {{t, 0, true, "total"}, {p[0], 0, true, "part"}, {p[1], 0, true, "part"},
             {p[2], 0, true, "part"}, {p[3], 0, true, "part"}},
            "total-parts (其他)"};
  }

  Line ExactList() {
    auto p = Parts(3, 5, 900);
    long long t = p[0] + p[1] + p[2];
    return {{"全年共受理政府信息公开申请", "件，其中网上申请", "件，信函申请", "件，当面申请", "件。"},
            {{t, 0, true, "total"}, {p[0], 0, true, "part"}, {p[1], 0, true, "part"},
             {p[2], 0, true, "part"}},
            "total-parts (adds up)"};
  }

  Line ShareList() {
    auto p = Parts(3, 300, 9000);
    long long t = p[0] + p[1] + p[2];
    int d = Uniform(1, 2);
    Line l{{"主动公开政府信息", "条。其中，市直各单位", "条，占", "%；各乡镇", "条，占", "%；其他单位", "条，占", "%。"},
           {{t, 0, true, "total"}},
           "shares"};
    for (long long part : p) {
      l.slots.push_back({part, 0, true, "part"});
      l.slots.push_back({PercentUnits(part, t, d), d, true, "share"});
    }
    return l;
  }

  Line Rate() {
    long long base = Uniform(200, 20000);
    long long done = base - Uniform(0, static_cast<int>(base / 10));
    return {{"转部门办理", "件，已办结", "件，办结率达到", "%。"},
            {{base, 0, false, "base"}, {done, 0, false, "numerator"},
             {PercentUnits(done, base, 2), 2, true, "rate"}},
            "rate"};
  }

  Line Difference() {
    long long asked = Uniform(500, 5000);
    long long paid = asked - Uniform(1, static_cast<int>(asked / 8));
    return {{"申报采购资金为", "万元，成交资金为", "万元，比申报资金减少", "万元。"},
            {{asked, 0, true, "earlier"}, {paid, 0, true, "later"},
             {asked - paid, 0, true, "difference"}},
            "difference"};
  }

  Line AreaList() {
    auto p = Parts(3, 100, 9000);  // thousandths of 万亩
    long long sum = p[0] + p[1] + p[2];
    long long total = (sum + 5) / 10;  // printed with two decimals
    return {{"全区土地流转总面积", "万亩，其中流向农户", "万亩、合作社", "万亩、其他", "万亩。"},
            {{total, 2, true, "total"}, {p[0], 3, true, "part"}, {p[1], 3, true, "part"},
             {p[2], 3, true, "part"}},
            "total-parts (万亩)"};
  }

  // Look-alikes that must stay silent: parallel counts, a partial list,
  // parts in other units, overlapping channel counts, a comparison with last year.
  std::vector<Line> Distractors() {
    long long t = Uniform(100, 900);
    long long a = Uniform(1000, 200000), b = Uniform(1000, 200000);
    return {
        {{"城市低保", "人，农村低保", "人。"}, {{a, 0, false, ""}, {b, 0, false, ""}}, ""},
        {{"全市共受理依申请公开", "件，其中市政府处理", "件，不予公开", "件。"},
         {{t, 0, false, ""}, {t / 5, 0, false, ""}, {0, 0, false, ""}}, ""},
        {{"公开安全生产相关信息", "条，其中事故调查报告", "起，安全生产通报", "期。"},
         {{t, 0, false, ""}, {Uniform(1, 20), 0, false, ""}, {12, 0, false, ""}}, ""},
        {{"通过政府网站公开信息", "条，其中市政府网站公开信息", "条；通过政务微博公开信息", "条；通过报刊、广播等方式公开信息", "条。"},
         {{a, 0, false, ""}, {a / 3, 0, false, ""}, {b, 0, false, ""}, {a + b, 0, false, ""}}, ""},
        {{"全年收到申请", "件，比上年增加", "件。"}, {{t, 0, false, ""}, {Uniform(1, 50), 0, false, ""}}, ""},
        {{"全年举办在线访谈", "期，召开新闻发布会", "次，发布微博", "条。"},
         {{Uniform(3, 30), 0, false, ""}, {Uniform(3, 30), 0, false, ""}, {a, 0, false, ""}}, ""},
    };
  }

  // Changes one alterable number of `l` well beyond its printed precision.
  std::string Alter(Line* l) {
    std::vector<size_t> candidates;
    for (size_t i = 0; i < l->slots.size(); ++i) {
      if (l->slots[i].alterable) candidates.push_back(i);
    }
    Slot& s = l->slots[candidates[static_cast<size_t>(Uniform(0, static_cast<int>(candidates.size()) - 1))]];
    std::string before = Format(s);
    long long magnitude = std::max<long long>(2, s.units * Uniform(3, 30) / 100);
    long long delta = Uniform(0, 1) ? magnitude : -magnitude;
    if (s.units + delta <= 0) delta = magnitude;
    s.units += delta;
    return s.role + " " + before + " -> " + Format(s) + " (" + l->kind + ")";
  }

  GeneratedReport Make() {
    int year = Uniform(2009, 2018);
    std::vector<Line> relations = {RemainderList(), ExactList(), ShareList(), Rate(), Difference(), AreaList()};
    std::vector<Line> body = relations;
    for (Line& d : Distractors()) body.push_back(d);
    std::shuffle(body.begin(), body.end(), rng_);

    std::vector<std::string> head = {
        "示例县" + std::to_string(year) + "年政府信息公开工作年度报告",
        "本报告所列数据的统计期限自" + std::to_string(year) + "年1月1日起至" + std::to_string(year) +
            "年12月31日止。",
    };
    const char* headings[] = {"一、主动公开政府信息情况", "二、依申请公开政府信息情况",
                              "三、政府信息公开的收费及减免情况",
                              "四、因政府信息公开申请行政复议、提起行政诉讼的情况",
                              "五、存在的主要问题及改进情况"};
    std::vector<std::string> lines = head;
    std::vector<int> line_of(body.size());
    size_t per_section = (body.size() + 4) / 5;
    for (size_t i = 0; i < body.size(); ++i) {
      if (i % per_section == 0) lines.push_back(headings[i / per_section]);
      lines.push_back(Render(body[i]));
      line_of[i] = static_cast<int>(lines.size());
    }
    GeneratedReport r;
    for (const auto& l : lines) r.text += l + "\n";

    // Alter one relation line (never a distractor).
    std::vector<size_t> targets;
    for (size_t i = 0; i < body.size(); ++i) {
      if (!body[i].kind.empty()) targets.push_back(i);
    }
    size_t t = targets[static_cast<size_t>(Uniform(0, static_cast<int>(targets.size()) - 1))];
    Line changed = body[t];
    r.alteration = Alter(&changed);
    r.altered_line = line_of[t];
    std::vector<std::string> altered = lines;
    altered[static_cast<size_t>(r.altered_line - 1)] = Render(changed);
    for (const auto& l : altered) r.altered += l + "\n";
    return r;
  }

 private:
  std::mt19937 rng_;
};

}  // namespace

GeneratedReport GenerateReport(unsigned seed) { return Generator(seed).Make(); }

}  // namespace reportlint::bench
