#!/usr/bin/env python3
"""Runs docs/export.md's ranking query over an export, as an office would.

Usage: rank_bodies.py REPORTLINT SOURCE_DIR

Exports the reports of examples/ (not its packs' fixtures) plus a second body (北山县, 129 new applications) in jsonl and
in csv, loads each into SQLite the way DuckDB's read_json_auto and read_csv_auto
would (one table per record type, numbers typed), runs the SQL block headed
"-- rank bodies by 依申请公开 volume" of docs/export.md as it is written there,
and checks the ranking: 北山县 first with 129, then 南屏县 with 29, each once.
DuckDB and pandas are not Debian packages here: SQLite stands in for them.
"""
import csv
import json
import os
import re
import sqlite3
import subprocess
import sys
import tempfile

BIN, SRC = sys.argv[1], sys.argv[2]
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)


def documented_query():
    with open(os.path.join(SRC, "docs/export.md"), encoding="utf-8") as f:
        doc = f.read()
    m = re.search(r"```sql\n(-- rank bodies by 依申请公开 volume\n.*?)```", doc, re.S)
    if not m:
        sys.exit("docs/export.md: no ```sql block starting '-- rank bodies by 依申请公开 volume'")
    return m.group(1)


def typed(value):
    """A csv field as read_csv_auto would type it: integers and floats as numbers."""
    for kind in (int, float):
        try:
            return kind(value)
        except ValueError:
            pass
    return value


def load(db, table, rows):
    columns = list(rows[0].keys())
    db.execute(f"CREATE TABLE {table} ({', '.join(columns)})")
    for row in rows:
        values = [json.dumps(v, ensure_ascii=False) if isinstance(v, list) else v
                  for v in (row.get(c) for c in columns)]
        db.execute(f"INSERT INTO {table} VALUES ({', '.join('?' * len(columns))})", values)


def rank(records_by_type):
    db = sqlite3.connect(":memory:")
    load(db, "reports", records_by_type["report"])
    load(db, "cells", records_by_type["cell"])
    return db.execute(documented_query()).fetchall()


with tempfile.TemporaryDirectory() as tmp:
    with open(os.path.join(SRC, "examples/report-2021.md"), encoding="utf-8") as f:
        report = f.read()
    # Another body with more applications: its Table B's first row, total 129.
    beishan = report.replace("南屏县", "北山县").replace(
        "| 一、本年新收政府信息公开申请数量 |  |  | 21 | 5 | 0 | 1 | 2 | 0 | 29 |",
        "| 一、本年新收政府信息公开申请数量 |  |  | 121 | 5 | 0 | 1 | 2 | 0 | 129 |")
    check(beishan.count("| 129 |") == 1, "the second body's report was not made")
    with open(os.path.join(tmp, "beishan-2021.md"), "w", encoding="utf-8") as f:
        f.write(beishan)
    # The example reports themselves, not the packs' fixtures in examples/'s folders.
    examples = sorted(f for f in os.listdir(os.path.join(SRC, "examples"))
                      if os.path.isfile(os.path.join(SRC, "examples", f))
                      and f.endswith((".txt", ".md", ".html", ".docx")))
    inputs = [os.path.join("examples", f) for f in examples] + [os.path.join(tmp, "beishan-2021.md")]

    p = subprocess.run([BIN, "export", *inputs], cwd=SRC, capture_output=True, text=True)
    check(p.returncode == 0, f"jsonl export exited {p.returncode}: {p.stderr}")
    by_type = {}
    for line in p.stdout.splitlines():
        record = json.loads(line)
        by_type.setdefault(record.pop("type"), []).append(record)
    from_jsonl = rank(by_type)

    out = os.path.join(tmp, "out")
    p = subprocess.run([BIN, "export", "--format", "csv", "--output-dir", out, *inputs],
                       cwd=SRC, capture_output=True, text=True)
    check(p.returncode == 0, f"csv export exited {p.returncode}: {p.stderr}")
    by_type = {}
    for kind in ("report", "cell"):
        with open(os.path.join(out, kind + "s.csv"), encoding="utf-8-sig", newline="") as f:
            # An empty field is NULL, as read_csv_auto reads it.
            by_type[kind] = [{k: typed(v) if v != "" else None for k, v in row.items()}
                             for row in csv.DictReader(f)]
    from_csv = rank(by_type)

for name, ranking in (("jsonl", from_jsonl), ("csv", from_csv)):
    check(len(ranking) == 2, f"{name}: expected two bodies, got {ranking}")
    check(ranking[:1] == [("北山县", 2021, 129)], f"{name}: top body {ranking[:1]}")
    check(ranking[1:2] == [("南屏县", 2021, 29)], f"{name}: second body {ranking[1:2]}")

for f in failures:
    print("FAIL:", f)
print("ok" if not failures else f"{len(failures)} failure(s)")
sys.exit(1 if failures else 0)
