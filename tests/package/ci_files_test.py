#!/usr/bin/env python3
# action.yml and .pre-commit-hooks.yaml as GitHub and pre-commit read them: the
# action's inputs all reach its steps and it uploads SARIF; the hook's file
# pattern takes every report format (and Chinese names), and docs/ci.md uses both.
#   ci_files_test.py SOURCE_DIR     (77: python3-yaml missing)
import os
import re
import sys

try:
    import yaml
except ImportError:
    print("SKIP: python3-yaml missing (tools/install-deps.sh --tests)")
    sys.exit(77)

src = sys.argv[1]
failures = []
action = yaml.safe_load(open(os.path.join(src, "action.yml"), encoding="utf-8"))
runs = action["runs"]
if runs.get("using") != "composite":
    failures.append(f"action.yml: runs.using is {runs.get('using')!r}, not composite")
steps_text = yaml.safe_dump(runs["steps"], allow_unicode=True)
for name in ("paths", "fail-on", "config", "sarif-file", "upload", "category"):
    if name not in action["inputs"]:
        failures.append(f"action.yml: no input {name}")
    elif f"inputs.{name}" not in steps_text:
        failures.append(f"action.yml: input {name} is not used by any step")
for step in runs["steps"]:
    if "run" in step and "shell" not in step:
        failures.append(f"action.yml: step {step.get('name')!r} has no shell (composite needs one)")
uploads = [s for s in runs["steps"] if str(s.get("uses", "")).startswith("github/codeql-action/upload-sarif@")]
if len(uploads) != 1 or "always()" not in str(uploads[0].get("if", "")):
    failures.append("action.yml: one upload-sarif step, run also when the check failed")
if "--format sarif" not in steps_text:
    failures.append("action.yml: reportlint is not run with --format sarif")

hooks = yaml.safe_load(open(os.path.join(src, ".pre-commit-hooks.yaml"), encoding="utf-8"))
hook = next((h for h in hooks if h.get("id") == "reportlint"), None)
if hook is None:
    failures.append(".pre-commit-hooks.yaml: no hook with id reportlint")
else:
    if not hook["entry"].startswith("reportlint check"):
        failures.append(f".pre-commit-hooks.yaml: entry {hook['entry']!r}")
    pattern = re.compile(hook["files"])
    for name in ("青石镇 2015年报告.txt", "a.md", "b.html", "c.htm", "报告.docx", "d/e.pdf"):
        if not pattern.search(name):
            failures.append(f".pre-commit-hooks.yaml: files does not take {name}")
    for name in ("old.doc", "notes.txt.bak", "image.png"):
        if pattern.search(name):
            failures.append(f".pre-commit-hooks.yaml: files takes {name}")

ci = open(os.path.join(src, "docs", "ci.md"), encoding="utf-8").read()
for needle in ("/reportlint@", "id: reportlint", "examples/git-hooks/pre-commit"):
    if needle not in ci:
        failures.append(f"docs/ci.md does not show {needle!r}")

for f in failures:
    print("FAIL:", f)
print(f"{len(failures)} failures")
sys.exit(1 if failures else 0)
