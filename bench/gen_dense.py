#!/usr/bin/env python3
"""Writes text reports dense with prose numbers, for bench/scaling.sh.

  gen_dense.py OUT_DIR MIB...   -> OUT_DIR/prose-<MIB>.txt and OUT_DIR/one-sentence-<MIB>.txt

prose: sentences of counts, shares and totals (a list opener in each), 。-terminated.
one-sentence: the same kind of clauses joined by commas with no sentence end and no
line break: the shape that made the relation finders quadratic.
Deterministic (fixed seed), so two runs time the same bytes.
"""
import os
import random
import sys

CLAUSES = [
    "本年度共受理政府信息公开申请{}件，其中当面申请{}件，网上申请{}件，信函申请{}件，",
    "办结{}件，同比增长{}%，答复率{}%，收取费用{}元，",
    "行政复议{}件，维持{}件，纠正{}件，其他{}件，合计{}件",
]


def clause(rng, template):
    return template.format(*[rng.randint(0, 999) for _ in range(template.count("{}"))])


def write(path, mib, join, rng):
    target = mib * 1024 * 1024
    out, size = [], 0
    while size < target:
        piece = "".join(clause(rng, t) for t in CLAUSES) + join
        out.append(piece)
        size += len(piece.encode())
    with open(path, "w", encoding="utf-8") as f:
        f.write("".join(out))


def main():
    if len(sys.argv) < 3:
        sys.exit("usage: gen_dense.py OUT_DIR MIB...")
    out_dir = sys.argv[1]
    os.makedirs(out_dir, exist_ok=True)
    for mib in (int(a) for a in sys.argv[2:]):
        write(os.path.join(out_dir, f"prose-{mib}.txt"), mib, "。\n", random.Random(mib))
        write(os.path.join(out_dir, f"one-sentence-{mib}.txt"), mib, "，", random.Random(mib))


if __name__ == "__main__":
    main()
