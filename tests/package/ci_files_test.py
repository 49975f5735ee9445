#!/usr/bin/env python3
# action.yml and .pre-commit-hooks.yaml as GitHub and pre-commit read them: the
# action's inputs all reach its steps and it uploads SARIF; the hook's file
# pattern takes every report format (and Chinese names), and docs/ci.md uses both.
# With REPORTLINT, the action's shell steps run as a runner would run them
# (expressions filled in, GITHUB_* files), reportlint found on PATH.
#   ci_files_test.py SOURCE_DIR [REPORTLINT]     (77: python3-yaml missing)
import json
import os
import re
import subprocess
import sys
import tempfile

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


def run_action(binary, inputs):
    """Runs the action's shell steps in a temp workspace; returns (workspace,
    {step id or name: exit code}, {step: its GITHUB_OUTPUT values}, the steps' output)."""
    work = tempfile.mkdtemp(prefix="reportlint-action-")
    env = dict(os.environ)
    env["PATH"] = os.path.dirname(os.path.abspath(binary)) + os.pathsep + env["PATH"]
    github = {"action_repository": "example-org/reportlint", "action_ref": "v1"}
    env.update({"GITHUB_ACTION_PATH": src, "RUNNER_TEMP": work, "GITHUB_SERVER_URL": "https://github.com",
                "GITHUB_PATH": os.path.join(work, "path.txt")})
    values = {f"inputs.{k}": str(v.get("default", "")) for k, v in action["inputs"].items()}
    values.update({f"inputs.{k}": v for k, v in inputs.items()})
    values.update({f"github.{k}": v for k, v in github.items()})
    outputs, codes, log = {}, {}, ""
    for step in runs["steps"]:
        if "run" not in step:
            continue
        values.update({f"steps.{i}.outputs.{k}": v for i, o in outputs.items() for k, v in o.items()})
        fill = lambda text: re.sub(r"\$\{\{\s*([^}]*?)\s*\}\}", lambda m: values.get(m.group(1), ""), text)
        out_file = os.path.join(work, "output.txt")
        open(out_file, "w").close()
        step_env = dict(env, GITHUB_OUTPUT=out_file)
        step_env.update({k: fill(str(v)) for k, v in step.get("env", {}).items()})
        r = subprocess.run(["bash", "-e", "-c", fill(step["run"])], cwd=work, env=step_env,
                           capture_output=True, text=True)
        key = step.get("id", step.get("name"))
        codes[key] = r.returncode
        log += r.stdout + r.stderr
        outputs[key] = dict(line.split("=", 1) for line in open(out_file).read().splitlines() if "=" in line)
    return work, codes, outputs, log


if len(sys.argv) > 2:
    binary = sys.argv[2]
    # A report with errors, under a folder and a name with spaces and Chinese.
    work = tempfile.mkdtemp(prefix="reportlint-reports-")
    os.makedirs(os.path.join(work, "报告 2015"), exist_ok=True)
    with open(os.path.join(src, "examples", "report-2015.txt"), encoding="utf-8") as f:
        open(os.path.join(work, "报告 2015", "青石镇 2015年报告.txt"), "w", encoding="utf-8").write(f.read())
    _, codes, outputs, log = run_action(binary, {"paths": os.path.join(work, "报告 2015") + "\n\n",
                                                      "sarif-file": os.path.join(work, "out dir.sarif")})
    if codes.get("Install reportlint") != 0 or "reportlint " not in log:
        failures.append(f"action: the install step did not use the reportlint on PATH: {codes} {log}")
    if outputs.get("check", {}).get("exit-code") != "1":
        failures.append(f"action: check step's exit-code output is {outputs.get('check')}, not 1")
    if codes.get("Fail per fail-on") != 1 or "::error::reportlint: findings" not in log:
        failures.append(f"action: the last step did not fail on the findings: {codes} {log}")
    try:
        sarif = json.load(open(os.path.join(work, "out dir.sarif"), encoding="utf-8"))
        results = sarif["runs"][0]["results"]
        uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results}
        if not results or not all("2015" in u for u in uris):
            failures.append(f"action: SARIF results {len(results)}, uris {uris}")
        help_uris = {r.get("helpUri", "") for r in sarif["runs"][0]["tool"]["driver"]["rules"]}
        base = "https://github.com/example-org/reportlint/blob/v1/docs/rules/"
        if not any(u.startswith(base) for u in help_uris):
            failures.append(f"action: no helpUri under {base}: {sorted(help_uris)[:3]}")
    except (OSError, ValueError, KeyError, IndexError) as e:
        failures.append(f"action: no readable SARIF at the sarif-file input: {e}")
    # fail-on never: the step passes though findings were made.
    _, codes, outputs, log = run_action(binary, {"paths": os.path.join(work, "报告 2015"),
                                                 "fail-on": "never",
                                                 "sarif-file": os.path.join(work, "never.sarif")})
    if outputs.get("check", {}).get("exit-code") != "0" or codes.get("Fail per fail-on") != 0:
        failures.append(f"action: fail-on never still failed: {codes} {outputs}")

for f in failures:
    print("FAIL:", f)
print(f"{len(failures)} failures")
sys.exit(1 if failures else 0)
