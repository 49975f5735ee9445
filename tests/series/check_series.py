#!/usr/bin/env python3
"""The acceptance test of the cross-report checks (ctest `corpus-series`): series made
by bench/gen_series.py — a city with three districts over three years — checked in one
run with the hierarchy, as a supervising office runs them:

  - the clean series gives no finding at all;
  - with one injected defect of each kind (a broken carry-over, a city whose districts
    do not add up, a missing district report, a district report copied from another's),
    each is reported once, at the report and line gen_series.py recorded, and nothing
    else is reported across reports;
  - --jobs 1 and --jobs 2 give the same bytes.

usage: check_series.py REPORTLINT SOURCE_DIR WORK_DIR
"""
import json
import os
import shutil
import subprocess
import sys

CROSS_KINDS = {"coverage", "carry-over", "rollup", "copied-text"}


def generate(src, out, inject):
    shutil.rmtree(out, ignore_errors=True)
    subprocess.run([sys.executable, os.path.join(src, "bench", "gen_series.py"), out,
                    "--inject", inject], check=True)


def check(binary, src, series, jobs):
    # The rollup rule is the office's own (no national rule sums districts).
    cmd = [binary, "check", "--no-config", "--progress", "never", "--format", "jsonl",
           "--fail-on", "never", "--jobs", str(jobs), "--rules",
           os.path.join(src, "tests", "series", "office-pack"),
           "--hierarchy", os.path.join(series, "regions.yaml"), series]
    run = subprocess.run(cmd, capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"reportlint exited {run.returncode}: {run.stderr}")
    return run.stdout


def findings(jsonl):
    return [j for j in map(json.loads, jsonl.splitlines()) if "rule" in j]


def main():
    binary, src, work = sys.argv[1:4]
    failures = []

    clean = os.path.join(work, "clean")
    generate(src, clean, "")
    found = findings(check(binary, src, clean, 2))
    for f in found:
        failures.append(f"clean series: {f['path']}:{f['line']}: {f['rule']}: {f['message']}")

    broken = os.path.join(work, "broken")
    generate(src, broken, "carry-over,rollup,missing,copied")
    one, two = check(binary, src, broken, 1), check(binary, src, broken, 2)
    if one != two:
        failures.append("--jobs 1 and --jobs 2 differ")
    with open(os.path.join(broken, "expected.json"), encoding="utf-8") as f:
        expected = json.load(f)
    cross = [f for f in findings(two) if f["kind"] in CROSS_KINDS]
    for e in expected:
        hits = [f for f in cross if f["kind"] == e["kind"] and f["path"] == e["path"]
                and f["line"] == e["line"]]
        if len(hits) != 1:
            failures.append(f"expected one {e['kind']} finding at {e['path']}:{e['line']}, "
                            f"got {len(hits)}")
        for h in hits:
            cross.remove(h)
    for f in cross:
        failures.append(f"unexpected: {f['path']}:{f['line']}: {f['rule']}: {f['message']}")
    per_file = [f for f in findings(two) if f["kind"] not in CROSS_KINDS]
    for f in per_file:
        failures.append(f"per-report finding in a generated report: {f['path']}:{f['line']}: "
                        f"{f['rule']}: {f['message']}")

    for line in failures:
        print("FAIL", line)
    print(f"series: {len(expected)} injected defects, {len(failures)} failures")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
