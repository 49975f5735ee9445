#!/usr/bin/env python3
"""Writes N synthetic annual reports (政府信息公开工作年度报告) for benchmarks.

Deterministic (seeded): the same N gives the same files. Reports vary in year (2008
and 2019 regulations), organisation, length (about 4-16 KB), format (text and
Markdown) and planted defects (wrong totals, other-year data, placeholders, broken
document numbers, late dates), so every rule kind has work to do.

usage: gen_reports.py N OUT_DIR
"""
import os
import random
import sys

ORGS = ["北山县", "青石镇", "白河县", "东川区", "南湖市", "西岭乡", "北山县教育局", "南湖市财政局"]
HEADINGS_2008 = ["概述", "主动公开政府信息情况", "依申请公开政府信息情况",
                 "政府信息公开的收费及减免情况", "因政府信息公开申请行政复议、提起行政诉讼的情况",
                 "存在的主要问题及改进情况"]
HEADINGS_2019 = ["总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况",
                 "政府信息公开行政复议、行政诉讼情况", "存在的主要问题及改进情况", "其他需要报告的事项"]
SUBHEADINGS = ["主动公开", "依申请公开", "政府信息管理", "政府信息公开平台建设", "监督保障"]
CN = "一二三四五六七八九十"


def paragraph(rng, org, year):
    kind = rng.randrange(8)
    a, b, c = rng.randrange(50, 900), rng.randrange(50, 900), rng.randrange(5, 90)
    if kind == 0:  # a total and its parts (sometimes wrong)
        total = a + b + c + (rng.choice([0, 0, 0, 7]))
        return (f"全年共受理政府信息公开申请{total}件，其中网上申请{a}件，信函申请{b}件，"
                f"当面申请{c}件，均已按期办结。")
    if kind == 1:  # shares
        total = a + b
        pa = round(100 * a / total, 1) + rng.choice([0, 0, 0, 2.0])
        return (f"主动公开信息{total}条。其中，部门动态{a}条，占{pa:.1f}%；"
                f"通知公告{b}条，占{100 - pa:.1f}%。")
    if kind == 2:  # other-year data or a comparison
        if rng.random() < 0.3:
            return f"{year - 1}年度全县共受理政府信息公开申请{c}件，办结{c}件。"
        return f"全年受理申请{c}件，比{year - 1}年增加{rng.randrange(1, 9)}件，增长幅度较大。"
    if kind == 3:  # document numbers
        n = rng.randrange(1, 99)
        if rng.random() < 0.15:
            return f"根据《关于做好政务公开工作的通知》（国办发〔{year}{n}号）要求，健全工作机制。"
        return f"根据《关于做好政务公开工作的通知》（国办发〔{year}〕{n}号）要求，健全工作机制。"
    if kind == 4:  # a rate
        base = a + b
        done = base - c
        rate = 100 * done / base + rng.choice([0, 0, 0, 1.5])
        return f"转部门办理{base}件，已办结{done}件，办结率达到{rate:.2f}%。"
    if kind == 5 and rng.random() < 0.05:
        return "XX单位负责本项工作的具体落实。"
    return (f"{org}坚持以公开为常态、不公开为例外，围绕重点领域信息公开，"
            f"通过政府网站、政务微博、政务微信等渠道发布信息{a}条，"
            f"组织开展政策解读{c}次，回应社会关切{b}次，进一步提升了政务公开的质量和实效。")


def report(rng, i):
    org = rng.choice(ORGS)
    year = rng.choice([2012, 2014, 2016, 2018, 2019, 2020, 2021, 2022])
    markdown = i % 5 == 0
    headings = HEADINGS_2019 if year >= 2019 else HEADINGS_2008
    lines = []
    title = f"{org}{year}年政府信息公开工作年度报告"
    lines.append(("# " if markdown else "") + title)
    lines.append(f"本报告所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。")
    paragraphs = rng.randrange(3, 12)
    for k, h in enumerate(headings):
        if rng.random() < 0.04:
            continue  # a missing section
        lines.append(("## " if markdown else "") + f"{CN[k]}、{h}")
        if k == 0:
            for s, sub in enumerate(SUBHEADINGS):
                lines.append(f"（{CN[s]}）{sub}")
                lines.append(paragraph(rng, org, year))
        for _ in range(paragraphs):
            lines.append(paragraph(rng, org, year))
    lines.append(f"{org}人民政府办公室" if not org.endswith("局") else org)
    month, day = rng.choice([(1, 20), (2, 28), (3, 15), (3, 31), (4, 8)])
    lines.append(f"{year + 1}年{month}月{day}日")
    sep = "\n\n" if markdown else "\n"
    return sep.join(lines) + "\n", ".md" if markdown else ".txt"


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    n, out = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(20240601)
    for i in range(n):
        text, ext = report(rng, i)
        sub = os.path.join(out, f"batch-{i // 100:03d}")
        os.makedirs(sub, exist_ok=True)
        with open(os.path.join(sub, f"report-{i:05d}{ext}"), "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
