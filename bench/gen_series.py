#!/usr/bin/env python3
"""Writes series of annual reports for the cross-report checks: cities with their
districts (a hierarchy file) over several years, in the 2021 national format, with
tables whose numbers carry over from year to year and a city report whose Table B
is the sum of its districts' — so that a clean series gives no cross-report finding —
and, on request, one injected defect of each kind:

  carry-over  a district's 上年结转 (自然人) differs from its last year's 结转下年度继续办理
  rollup      a city's 本年新收 (总计) is not the sum of its districts'
  missing     a district's report of the last year is left out
  copied      a district's report of the last year copies another district's paragraphs

Deterministic for a seed. Writes OUT/<year>/<body>.txt, OUT/regions.yaml and
OUT/expected.json (the injected defects: rule kind, report path, line).

usage: gen_series.py OUT [--cities N] [--districts N] [--years 2021-2023]
                         [--inject carry-over,rollup,missing,copied] [--seed S]
"""
import argparse
import json
import os
import random

CN = "一二三四五六七八九十"
COLUMNS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]
# Table B's outcome rows (R3..R23) under their group labels, as the 2021 format prints them.
OUTCOMES = [
    (None, "（一）予以公开"),
    (None, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
    ("（三）不予公开", ["1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”",
                   "4.保护第三方合法权益", "5.属于三类内部事务信息", "6.属于四类过程性信息",
                   "7.属于行政执法案卷", "8.属于行政查询事项"]),
    ("（四）无法提供", ["1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作",
                   "3.补正后申请内容仍不明确"]),
    ("（五）不予处理", ["1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物",
                   "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息"]),
    ("（六）其他处理", ["1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                   "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
                   "3.其他"]),
]
N_OUTCOMES = 2 + 8 + 3 + 5 + 3

# Sentences the prose is composed of, so that two bodies' paragraphs share little.
OPENINGS = ["坚持以公开为常态、不公开为例外", "紧扣年度政务公开工作要点", "聚焦群众关切和重点领域",
            "以提升政务服务效能为目标", "围绕优化营商环境", "立足本地发展实际", "对标上级部署要求",
            "结合机构改革后的职能调整", "按照“谁制作、谁公开”的原则", "统筹推进决策、执行、管理、服务、结果公开"]
ACTIONS = ["修订完善了信息发布审核制度", "开展了政务公开业务培训{n}场次", "更新了政府信息公开指南和目录",
           "在门户网站开设了政策解读专栏", "组织开展了政府开放日活动{n}次", "办理群众来信来电{n}件",
           "梳理公布了权责清单事项{n}项", "对失效文件进行了集中清理", "推进基层政务公开标准化建设",
           "完善了依申请公开受理、登记、办理、答复流程", "建立了政务舆情回应机制", "编印了便民服务手册{n}册",
           "依托政务新媒体发布信息{n}条", "召开新闻发布会{n}场", "落实了公开属性源头认定机制",
           "开展了政府网站常态化监测", "邀请人大代表和政协委员列席常务会议{n}人次",
           "公开了重大建设项目批准和实施信息{n}条", "完成了历史文件数字化归档{n}份"]
RESULTS = ["群众满意度进一步提升", "公开的针对性和实效性明显增强", "工作规范化水平有了新的提高",
           "社会监督渠道更加畅通", "信息发布更加及时准确", "政策知晓度和透明度不断提高"]
PROBLEMS = ["部分单位公开意识有待加强", "政策解读的形式还比较单一", "基层公开的标准化程度不高",
            "信息更新的及时性还有差距", "依申请公开答复的规范性需要提升", "业务人员变动较大，培训不够"]


def paragraph(rng, body, sentences):
    parts = []
    for _ in range(sentences):
        action = rng.choice(ACTIONS).format(n=rng.randrange(2, 60))
        parts.append(f"{rng.choice(OPENINGS)}，{body}{action}，{rng.choice(RESULTS)}")
    return "。".join(parts) + "。"


class Report:
    """The lines of one report, remembering where each Table B cell is."""

    def __init__(self):
        self.lines = []
        self.where = {}  # (row, column) -> line number of the value

    def add(self, text, key=None):
        self.lines.append(text)
        if key:
            self.where[key] = len(self.lines)

    def text(self):
        return "\n".join(self.lines) + "\n"


def table_b(rng, carried):
    """Rows R1.. R25 per applicant column: new applications, the carried ones, their
    outcomes and what carries on; every identity of the format holds."""
    rows = {"R1": [], "R2": list(carried), "R25": [], "outcomes": []}
    for c in range(6):
        new = rng.randrange(5, 60) if c == 0 else rng.randrange(0, 6)
        rows["R1"].append(new)
        work = new + carried[c]
        left = rng.randrange(0, min(work, 4) + 1)
        rows["R25"].append(left)
        done = work - left
        cells = [0] * N_OUTCOMES
        for _ in range(done):
            cells[rng.choice([0, 0, 0, 1, 10, 11, 13, 17])] += 1
        rows["outcomes"].append(cells)
    return rows


def write_table_b(rep, rows):
    rep.add("申请人情况")
    for label in ["自然人", "法人或其他组织", "总计"] + COLUMNS[1:]:
        rep.add(label)

    def value_row(key, label, values):
        rep.add(label)
        for c, v in enumerate(values + [sum(values)]):
            rep.add(str(v), (key, c))

    value_row("R1", "一、本年新收政府信息公开申请数量", rows["R1"])
    value_row("R2", "二、上年结转政府信息公开申请数量", rows["R2"])
    rep.add("三、本年度办理结果")
    k = 0
    for group, labels in OUTCOMES:
        if group:
            rep.add(group)
        for label in ([labels] if group is None else labels):
            value_row(f"O{k}", label, [rows["outcomes"][c][k] for c in range(6)])
            k += 1
    totals = [sum(rows["outcomes"][c]) for c in range(6)]
    value_row("R24", "（七）总计", totals)
    value_row("R25", "四、结转下年度继续办理", rows["R25"])


def write_report(rng, body, year, state, prose, rows):
    """The report of `body` for `year`: `state` holds what carries over (Table A's
    现行有效件数), `prose` the paragraphs, `rows` Table B."""
    rep = Report()
    rep.add(f"{body}{year}年政府信息公开工作年度报告")
    rep.add("本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求编制。"
            f"本报告所列数据的统计期限为{year}年1月1日至12月31日。")
    rep.add("一、总体情况")
    for p in prose:
        rep.add(p)
    rep.add("二、主动公开政府信息情况")
    rep.add("第二十条第（一）项")
    for label in ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]:
        rep.add(label)
    for name in ["规章", "行政规范性文件"]:
        issued = rng.randrange(0, 3) if name == "规章" else rng.randrange(1, 9)
        repealed = rng.randrange(0, min(issued, state[name]) + 1)
        state[name] += issued - repealed
        rep.add(name)
        for v in (issued, repealed, state[name]):
            rep.add(str(v))
    rep.add("第二十条第（五）项")
    rep.add("信息内容")
    rep.add("本年处理决定数量")
    rep.add("行政许可")
    rep.add(str(rng.randrange(100, 3000)))
    rep.add("三、收到和处理政府信息公开申请情况")
    new, carried = sum(rows["R1"]), sum(rows["R2"])
    done = sum(sum(o) for o in rows["outcomes"])
    rep.add(f"本年度共新收政府信息公开申请{new}件，上年结转{carried}件；"
            f"办结{done}件，结转下年度继续办理{sum(rows['R25'])}件。")
    write_table_b(rep, rows)
    rep.add("四、政府信息公开行政复议、行政诉讼情况")
    rep.add("全年未发生政府信息公开行政复议和行政诉讼。")
    results = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    for label in ["行政复议", "行政诉讼"] + results + ["未经复议直接起诉", "复议后起诉"] + results * 2:
        rep.add(label)
    for _ in range(15):
        rep.add("0")
    rep.add("五、存在的主要问题及改进情况")
    rep.add(f"{rng.choice(PROBLEMS)}；{rng.choice(PROBLEMS)}。下一步，{body}将针对问题逐项整改。")
    rep.add("六、其他需要报告的事项")
    rep.add("本年度未收取信息处理费。")
    rep.add(f"{body}")
    rep.add(f"{year + 1}年{rng.randrange(1, 3)}月{rng.randrange(1, 28)}日")
    return rep


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--cities", type=int, default=1)
    ap.add_argument("--districts", type=int, default=3)
    ap.add_argument("--years", default="2021-2023")
    ap.add_argument("--inject", default="")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    first, last = (int(y) for y in args.years.split("-"))
    inject = set(filter(None, args.inject.split(",")))
    rng = random.Random(args.seed)

    cities = []
    for i in range(args.cities):
        city = f"北山{i + 1}市" if args.cities > 1 else "北山市"
        districts = [f"{city[:-1]}{CN[d % 10]}{d // 10 or ''}区" for d in range(args.districts)]
        cities.append((city, districts))
    regions = ["bodies:"]
    for city, districts in cities:
        regions.append(f"  - organisation: {city}人民政府")
        for d in districts:
            regions.append(f"  - organisation: {d}人民政府")
            regions.append(f"    parent: {city}人民政府")
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "regions.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(regions) + "\n")

    expected = []
    victim_city, victim_districts = cities[0]
    state = {}    # body -> Table A's 现行有效件数 by row
    carried = {}  # body -> last year's 结转下年度继续办理 by column
    for year in range(first, last + 1):
        folder = os.path.join(args.out, str(year))
        os.makedirs(folder, exist_ok=True)
        for city, districts in cities:
            district_rows = []
            prose_of = {}
            for d in districts:
                state.setdefault(d, {"规章": rng.randrange(0, 9), "行政规范性文件": rng.randrange(10, 80)})
                rows = table_b(rng, carried.get(d, [rng.randrange(0, 3)] + [0] * 5))
                prose = [paragraph(rng, d, rng.randrange(3, 6)) for _ in range(3)]
                broken = "carry-over" in inject and d == victim_districts[0] and year == first + 1
                if broken:  # 上年结转 altered, the report's own identities kept
                    rows["R2"][0] += 3
                    rows["outcomes"][0][0] += 3
                copied = "copied" in inject and d == victim_districts[-1] and year == last
                if copied:  # the paragraphs of the first district, its name replaced
                    prose = [p.replace(victim_districts[0], d) for p in prose_of[victim_districts[0]]]
                prose_of[d] = prose
                carried[d] = rows["R25"]
                district_rows.append(rows)
                if "missing" in inject and d == victim_districts[1] and year == last:
                    expected.append({"kind": "coverage", "path": os.path.join(args.out, "regions.yaml"),
                                     "line": regions.index(f"  - organisation: {d}人民政府") + 1})
                    continue
                rep = write_report(rng, d, year, state[d], prose, rows)
                path = os.path.join(folder, f"{d}.txt")
                if copied:  # published after the report it copies
                    rep.lines[-1] = f"{year + 1}年3月30日"
                    expected.append({"kind": "copied-text", "path": path, "line": 4})
                if broken:
                    expected.append({"kind": "carry-over", "path": path, "line": rep.where[("R2", 0)]})
                with open(path, "w", encoding="utf-8") as f:
                    f.write(rep.text())
            # The city's own Table B sums its districts' (a consolidated report);
            # what it carried is its own last year's, and 予以公开 takes up the
            # difference so that its identities hold.
            total = lambda key: [sum(r[key][c] for r in district_rows) for c in range(6)]
            rows = {"R1": total("R1"), "R25": total("R25"),
                    "R2": carried.get(city, total("R2")),
                    "outcomes": [[sum(r["outcomes"][c][k] for r in district_rows)
                                  for k in range(N_OUTCOMES)] for c in range(6)]}
            broken = "rollup" in inject and city == victim_city and year == min(first + 1, last)
            if broken:  # 本年新收 of 自然人 raised
                rows["R1"][0] += 5
            for c in range(6):
                rows["outcomes"][c][0] += (rows["R1"][c] + rows["R2"][c] - rows["R25"][c]
                                           - sum(rows["outcomes"][c]))
            carried[city] = rows["R25"]
            state.setdefault(city, {"规章": rng.randrange(0, 9), "行政规范性文件": rng.randrange(10, 80)})
            prose = [paragraph(rng, city, rng.randrange(3, 6)) for _ in range(3)]
            rep = write_report(rng, city, year, state[city], prose, rows)
            path = os.path.join(folder, f"{city}.txt")
            if broken:
                expected.append({"kind": "rollup", "path": path, "line": rep.where[("R1", 6)]})
            with open(path, "w", encoding="utf-8") as f:
                f.write(rep.text())
    with open(os.path.join(args.out, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
