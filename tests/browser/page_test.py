#!/usr/bin/env python3
"""The HTML page in a real browser (Debian's chromium, headless).

For each example with known findings: the page is loaded after a scripted
click on its first finding (the page's own `#click=ID` hook, then
--dump-dom), the finding elements are counted against `check --format json`,
the panel must show the clicked finding's message, and both altered Table B
cells must be marked. A screenshot of each page is written to OUT_DIR for a
person to look at. A batch page is sorted by a scripted click on a column.

usage: page_test.py REPORTLINT SOURCE_DIR OUT_DIR
Exit 77 (skipped) when chromium is not installed.
"""
import html.parser
import json
import os
import shutil
import subprocess
import sys
import tempfile

SKIP = 77


class Dom(html.parser.HTMLParser):
    """The elements of a dumped page, with their attributes and text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements = []  # (tag, attrs dict, text list)
        self.stack = []

    def handle_starttag(self, tag, attrs):
        element = (tag, dict(attrs), [])
        self.elements.append(element)
        if tag not in ("br", "input", "meta", "img", "hr"):
            self.stack.append(element)

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        for element in self.stack:
            element[2].append(data)

    def find(self, **attrs):
        return [e for e in self.elements if all(e[1].get(k) == v for k, v in attrs.items())]

    def with_attr(self, name):
        return [e for e in self.elements if name in e[1]]


def chromium():
    for name in (os.environ.get("CHROMIUM", ""), "chromium", "chromium-browser", "google-chrome"):
        if name and shutil.which(name):
            return shutil.which(name)
    return None


def browse(browser, url, profile, *args):
    cmd = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
           "--no-first-run", "--user-data-dir=" + profile, *args, url]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120)


def check(reportlint, source, out_dir, browser, profile, example, lang):
    name = os.path.basename(example) + "." + lang
    page = os.path.join(out_dir, name + ".html")
    path = os.path.join(source, example)
    run = subprocess.run([reportlint, "check", "--no-config", "--lang", lang, "--format", "html",
                          "-o", page, path], capture_output=True, text=True)
    assert run.returncode == 1, (name, run.returncode, run.stderr)
    findings = json.loads(subprocess.run(
        [reportlint, "check", "--no-config", "--lang", lang, "--format", "json", path],
        capture_output=True, text=True).stdout)["files"][0]["findings"]
    assert findings, name

    static = Dom()
    with open(page, encoding="utf-8") as f:
        static.feed(f.read())
    first = static.with_attr("data-rule")[0][1]["id"]
    dumped = browse(browser, "file://" + page + "#click=" + first, profile, "--dump-dom")
    assert dumped.returncode == 0, (name, dumped.stderr[-2000:])
    dom = Dom()
    dom.feed(dumped.stdout)

    elements = dom.with_attr("data-rule")
    assert len(elements) == len(findings), (name, len(elements), len(findings))
    for element, finding in zip(elements, findings):
        assert element[1]["data-rule"] == finding["rule"], (name, element[1], finding["rule"])
        assert element[1]["data-severity"] == finding["severity"], name
        assert element[1]["data-line"] == str(finding["line"]), name
        assert element[1].get("id"), name
    panel = dom.find(id="panel")
    assert panel and "hidden" not in panel[0][1], (name, "the click did not open the panel")
    assert panel[0][1].get("data-showing") == first, name
    assert findings[0]["message"] in "".join(panel[0][2]), (name, "panel text", panel[0][2][:5])
    active = [e for e in dom.elements if "active" in e[1].get("class", "").split()]
    assert any(e[1].get("id") == first for e in active), (name, "clicked finding not active")
    bad = [e for e in dom.elements if e[0] == "td" and "bad" in e[1].get("class", "").split()]
    assert len(bad) == 2, (name, len(bad))

    shot = os.path.join(out_dir, name + ".png")
    taken = browse(browser, "file://" + page + "#click=" + first, profile,
                   "--window-size=1400,3000", "--screenshot=" + shot)
    assert taken.returncode == 0 and os.path.getsize(shot) > 20000, (name, taken.stderr[-2000:])
    print(f"ok   {name}: {len(elements)} findings, panel shows the first, screenshot {shot}")


def check_batch(reportlint, source, out_dir, browser, profile):
    page = os.path.join(out_dir, "batch.zh.html")
    paths = [os.path.join(source, "examples", n) for n in
             ("report-2021-tables-errors.txt", "report-2021-tables.txt", "report-2015.txt")]
    subprocess.run([reportlint, "check", "--no-config", "--format", "html", "-o", page, *paths],
                   capture_output=True, text=True)
    # Column 5 is the error count: one click sorts it ascending.
    dumped = browse(browser, "file://" + page + "#click=index-col-5", profile, "--dump-dom")
    dom = Dom()
    dom.feed(dumped.stdout)
    errors = []
    index = [e for e in dom.elements if e[0] == "nav" and e[1].get("id") == "index"]
    assert index, "no index on a batch page"
    cells = [e for e in dom.elements if e[0] == "td" and e[1].get("class") == "num"]
    # Four numeric columns per row: year, errors, warnings, infos.
    for i in range(1, len(cells), 4):
        errors.append(int("".join(cells[i][2]) or 0))
    assert len(errors) == 3 and errors == sorted(errors), ("not sorted by errors", errors)
    print(f"ok   batch: index sorted by errors {errors}")


def main():
    reportlint, source, out_dir = (os.path.abspath(a) for a in sys.argv[1:4])
    browser = chromium()
    if not browser:
        print("SKIP: chromium is not installed (tools/install-deps.sh --browser installs it)")
        return SKIP
    os.makedirs(out_dir, exist_ok=True)
    with tempfile.TemporaryDirectory() as profile:
        for example in ("examples/report-2021-tables-errors.docx",
                        "examples/report-2021-tables-errors.html",
                        "examples/report-2021-tables-errors.txt"):
            check(reportlint, source, out_dir, browser, profile, example, "zh")
        check(reportlint, source, out_dir, browser, profile,
              "examples/report-2021-tables-errors.docx", "en")
        check_batch(reportlint, source, out_dir, browser, profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
