#!/usr/bin/env python3
"""Reads reportlint's spreadsheet outputs back the way an office's tools would.

Usage: read_sheets.py REPORTLINT SOURCE_DIR [csv|xlsx]

csv: Python's csv module (utf-8-sig, so the BOM is taken off) must see the
documented columns, in Chinese by default and in English with --lang en.
xlsx: openpyxl must see the two sheets, bold headers, a frozen header row, an
autofilter, and the cells of the findings sheet (rule, severity, line, the
stated and computed values from the evidence); over the coverage fixture with a
hierarchy file, the cross-report findings on the reports and findings sheets
and a sheet of their kind with the evidence keys as columns.
"""
import csv
import io
import os
import subprocess
import sys
import tempfile

BIN, SRC = sys.argv[1], sys.argv[2]
WHAT = sys.argv[3] if len(sys.argv) > 3 else "csv"
INPUTS = ["examples/report-2015.txt", "examples/report-2021-tables-errors.txt",
          "rules/ogi-common/tests/structure-readable.txt", "missing.txt"]
ZH = ["路径", "机关", "年度", "条例", "规则包", "错误", "警告", "提示", "无法评估", "状态", "原因"]
EN = ["path", "organisation", "year", "regulation", "packs", "errors", "warnings", "infos",
      "cannot assess", "status", "reason"]
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)


def run(*args):
    return subprocess.run([BIN, "check", *args, *INPUTS], cwd=SRC, capture_output=True)


def read_csv():
    for lang, headers, status in (("zh", ZH, "有发现"), ("en", EN, "findings")):
        p = run("--format", "csv", "--lang", lang)
        check(p.returncode == 2, f"csv {lang}: exit {p.returncode}")
        check(p.stdout.startswith(b"\xef\xbb\xbf"), f"csv {lang}: no BOM")
        rows = list(csv.DictReader(io.StringIO(p.stdout.decode("utf-8-sig"), newline="")))
        check(list(rows[0].keys()) == headers, f"csv {lang}: columns {list(rows[0].keys())}")
        check(len(rows) == 4, f"csv {lang}: {len(rows)} rows")
        first = rows[0]
        check(first[headers[0]] == INPUTS[0], f"csv {lang}: path {first[headers[0]]}")
        check(first[headers[1]] == "青石镇", f"csv {lang}: organisation")
        check(first[headers[2]] == "2015" and first[headers[3]] == "2008", f"csv {lang}: year")
        check((first[headers[5]], first[headers[6]], first[headers[7]]) == ("2", "1", "0"),
              f"csv {lang}: counts")
        check(first[headers[9]] == status, f"csv {lang}: status {first[headers[9]]}")
        check(rows[1][headers[3]] == "2019", f"csv {lang}: 2021 report's regulation")
        check(rows[2][headers[8]] == "1", f"csv {lang}: cannot assess {rows[2][headers[8]]}")
        reason = "no such file" if lang == "en" else "没有这个文件"
        check(rows[3][headers[10]] == reason, f"csv {lang}: reason {rows[3][headers[10]]}")


def read_xlsx():
    import openpyxl
    with tempfile.TemporaryDirectory() as tmp:
        books = {}
        for lang in ("zh", "en"):
            path = os.path.join(tmp, lang + ".xlsx")
            p = run("--format", "xlsx", "--lang", lang, "-o", path)
            check(p.returncode == 2, f"xlsx {lang}: exit {p.returncode}")
            books[lang] = openpyxl.load_workbook(path)
        zh, en = books["zh"], books["en"]
        check(zh.sheetnames == ["报告", "发现"], f"xlsx zh: sheets {zh.sheetnames}")
        check(en.sheetnames == ["reports", "findings"], f"xlsx en: sheets {en.sheetnames}")
        reports, findings = en["reports"], en["findings"]
        check([c.value for c in reports[1]] == EN, "xlsx: report headers")
        check(reports["A1"].font.bold, "xlsx: headers not bold")
        check(reports.freeze_panes == "A2" and findings.freeze_panes == "A2",
              f"xlsx: frozen {reports.freeze_panes}")
        check(reports.auto_filter.ref == "A1:K5", f"xlsx: filter {reports.auto_filter.ref}")
        check(reports.column_dimensions["A"].width >= 30, "xlsx: column width")
        row = [c.value for c in reports[2]]
        check(row[:4] == [INPUTS[0], "青石镇", 2015, "2008"], f"xlsx: report row {row}")
        check(row[5:10] == [2, 1, 0, 0, "findings"], f"xlsx: report counts {row}")
        check([c.value for c in reports[5]][9:] == ["unreadable", "no such file"],
              "xlsx: unreadable row")
        check([c.value for c in zh["报告"][1]] == ZH, "xlsx zh: report headers")
        check([c.value for c in zh["发现"][1]] ==
              ["路径", "规则", "严重程度", "内容", "行", "列", "位置", "报告所述", "核算结果"],
              "xlsx zh: finding headers")
        head = [c.value for c in findings[1]]
        check(head == ["path", "rule", "severity", "message", "line", "column", "place",
                       "stated", "computed"], f"xlsx: finding headers {head}")
        rows = [[c.value for c in r] for r in findings.iter_rows(min_row=2)]
        first = rows[0]
        check(first[:3] == [INPUTS[0], "ogi-2008/required-contents", "error"],
              f"xlsx: first finding {first}")
        check(first[4:7] == [1, 1, "line 1, column 1"], f"xlsx: line, column, place {first}")
        # A sum or table identity of the 2021 report: stated and computed both numbers.
        both = [r for r in rows if r[0] == INPUTS[1] and isinstance(r[7], (int, float))
                and isinstance(r[8], (int, float))]
        check(len(both) > 0, "xlsx: no finding with stated and computed numbers")
        zh_first = [c.value for c in zh["发现"][2]]
        check(zh_first[2] == "错误" and "收费" in zh_first[3], f"xlsx zh: {zh_first}")


def read_xlsx_corpus():
    import openpyxl
    folder = "rules/ogi-corpus/tests/coverage/"
    args = ["--hierarchy", folder + "hierarchy.yaml", folder]
    with tempfile.TemporaryDirectory() as tmp:
        books = {}
        for lang in ("zh", "en"):
            path = os.path.join(tmp, lang + ".xlsx")
            p = subprocess.run([BIN, "check", "--format", "xlsx", "--lang", lang, "-o", path,
                                *args], cwd=SRC, capture_output=True)
            check(p.returncode == 1, f"corpus xlsx {lang}: exit {p.returncode} {p.stderr}")
            books[lang] = openpyxl.load_workbook(path)
        zh, en = books["zh"], books["en"]
        check(zh.sheetnames == ["报告", "发现", "跨报告-覆盖"], f"corpus zh: {zh.sheetnames}")
        check(en.sheetnames == ["reports", "findings", "coverage"], f"corpus en: {en.sheetnames}")
        reports = {r[0].value: [c.value for c in r] for r in en["reports"].iter_rows(min_row=2)}
        repost = reports.get(folder + "dongqu-repost-2023.txt")
        # Its own findings are errors; the duplicate is its one warning.
        check(repost is not None and repost[6] == 1 and repost[9] == "findings",
              f"corpus: the repost's row {repost}")
        hier = reports.get(folder + "hierarchy.yaml")
        check(hier is not None and hier[5:10] == [1, 1, 0, 0, "findings"],
              f"corpus: the hierarchy file's row {hier}")
        check(list(reports)[-1] == folder + "hierarchy.yaml", "corpus: hierarchy row not last")
        found = [[c.value for c in r] for r in en["findings"].iter_rows(min_row=2)]
        dup = [r for r in found if r[1] == "ogi-corpus/duplicate-report"]
        check(len(dup) == 1 and dup[0][0] == folder + "dongqu-repost-2023.txt",
              f"corpus: findings sheet {dup}")
        sheet = en["coverage"]
        head = [c.value for c in sheet[1]]
        check(head == ["path", "line", "rule", "severity", "message", "organisation", "year",
                       "other", "other_line", "nearest", "published", "deadline", "report",
                       "report_line", "hierarchy"], f"corpus: coverage headers {head}")
        check(sheet["A1"].font.bold and sheet.freeze_panes == "A2", "corpus: coverage header")
        check(sheet.auto_filter.ref == "A1:O5", f"corpus: coverage filter {sheet.auto_filter.ref}")
        rows = {r[2].value: [c.value for c in r] for r in sheet.iter_rows(min_row=2)}
        d = rows.get("ogi-corpus/duplicate-report") or []
        check(d[5:9] == ["东区", 2023, folder + "dongqu-2023.txt", 1], f"corpus: duplicate {d}")
        m = rows.get("ogi-corpus/missing-report") or []
        check(m[:2] == [folder + "hierarchy.yaml", 7] and m[9] == "西城区",
              f"corpus: missing {m}")
        check([c.value for c in zh["跨报告-覆盖"][1]][:5] == ["路径", "行", "规则", "严重程度", "内容"],
              "corpus zh: coverage headers")


if WHAT == "xlsx":
    read_xlsx()
    read_xlsx_corpus()
else:
    read_csv()
for f in failures:
    print("FAIL:", f)
sys.exit(1 if failures else 0)
