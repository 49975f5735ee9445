#!/usr/bin/env python3
"""Writes text reports dense with prose numbers, for bench/scaling.sh.

  gen_dense.py OUT_DIR MIB...   -> OUT_DIR/prose-<MIB>.txt and OUT_DIR/long-lines-<MIB>.txt

prose: sentences of counts, shares and totals (a list opener in each), 。-terminated.
long-lines: the same clauses joined by commas with no sentence end, in lines of some
400,000 characters (below the 1,048,576 a line may hold): the shape that made the
relation finders quadratic.
Deterministic (fixed seed), so two runs time the same bytes.
"""
import os
import random
import sys

def clause(rng):
    """Three clauses of counts, shares, rates and totals that agree with each other,
    so the run reads every relation and finds little: the time is the analysis's."""
    parts = [rng.randint(0, 300) for _ in range(3)]
    total = sum(parts)
    done = rng.randint(0, total)
    appeal = [rng.randint(0, 50) for _ in range(3)]
    return (
        f"本年度共受理政府信息公开申请{total}件，其中当面申请{parts[0]}件，"
        f"网上申请{parts[1]}件，信函申请{parts[2]}件，"
        f"办结{done}件，同比增长{rng.randint(0, 99)}%，收取费用{rng.randint(0, 999)}元，"
        f"行政复议{sum(appeal)}件，维持{appeal[0]}件，纠正{appeal[1]}件，其他{appeal[2]}件，"
        f"合计{sum(appeal)}件"
    )


LONG_LINE = 400_000  # characters


def write(path, mib, join, rng):
    target = mib * 1024 * 1024
    out, size, line = [], 0, 0
    while size < target:
        piece = clause(rng) + join
        line += len(piece)
        if line > LONG_LINE:
            piece += "\n"
            line = 0
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
        write(os.path.join(out_dir, f"long-lines-{mib}.txt"), mib, "，", random.Random(mib))


if __name__ == "__main__":
    main()
