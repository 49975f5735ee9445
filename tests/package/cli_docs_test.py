#!/usr/bin/env python3
# The man page and the completions against `--help`: every subcommand and option
# the help lists must be in each of them (bash's found by running its completion).
#   cli_docs_test.py REPORTLINT CLI_DOCS_DIR
import os
import re
import shutil
import subprocess
import sys

binary, docs = sys.argv[1], sys.argv[2]
env = dict(os.environ, LC_ALL="en_US.UTF-8")
failures = []


def help_text(*args):
    return subprocess.run([binary, *args, "--help"], env=env, capture_output=True,
                          text=True, check=True).stdout


def listed_options(text):
    """The -x/--name options of the help's option lines."""
    names = []
    for line in text.splitlines():
        if re.match(r"^\s+-", line):
            column = re.split(r"\s{2,}", line.strip())[0]  # the names, not the description
            names += re.findall(r"(?<![\w-])(--?[A-Za-z][\w-]*)", column)
    return sorted(set(names))


def subcommands(text):
    section = text.split("Subcommands:", 1)[1].split("\n\n", 1)[0]
    return re.findall(r"^  ([a-z]+)\s", section, re.M)


def bash_complete(words):
    """COMPREPLY of the generated bash completion for `reportlint WORDS`."""
    script = (f'source "{docs}/reportlint.bash"; COMP_WORDS=(reportlint {words}); '
              'COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _reportlint; printf "%s\\n" "${COMPREPLY[@]}"')
    if words.endswith(" ") or not words:
        script = script.replace("COMP_WORDS=(reportlint " + words + ")",
                                "COMP_WORDS=(reportlint " + words + " '')")
    return subprocess.run(["bash", "-c", script], capture_output=True, text=True,
                          check=True).stdout.split()


top = help_text()
subs = subcommands(top)
if len(subs) < 7:
    failures.append(f"--help lists only these subcommands: {subs}")
man = open(os.path.join(docs, "reportlint.1"), encoding="utf-8").read().replace("\\-", "-")
zsh = open(os.path.join(docs, "_reportlint"), encoding="utf-8").read()
fish = open(os.path.join(docs, "reportlint.fish"), encoding="utf-8").read()

for sub in subs:
    if not re.search(rf"^\.SS .*\\fB{sub}\\fR", man, re.M):
        failures.append(f"man page: no section for subcommand {sub}")
    if f"'{sub}:" not in zsh:
        failures.append(f"zsh: subcommand {sub} missing")
    if f"-a {sub} " not in fish:
        failures.append(f"fish: subcommand {sub} missing")
if sorted(bash_complete("")) != sorted(subs + listed_options(top)):
    failures.append(f"bash: `reportlint <TAB>` gives {bash_complete('')}, expected the "
                    f"subcommands {subs} and {listed_options(top)}")

for sub in subs:
    options = listed_options(help_text(sub))
    man_section = man.split(f".SS \\fBreportlint\\fR \\fB{sub}\\fR", 1)[1].split("\n.SS ", 1)[0]
    fish_lines = [l for l in fish.splitlines() if f"__fish_seen_subcommand_from {sub}'" in l]
    zsh_section = zsh.split(f"    {sub})\n", 1)[1].split(" ;;\n", 1)[0]
    offered = bash_complete(f"{sub} -")
    for opt in options:
        if not re.search(rf"\\fB{re.escape(opt)}\\fR", man_section):
            failures.append(f"man page: {sub} {opt} missing")
        flag = f" -l {opt[2:]}" if opt.startswith("--") else f" -s {opt[1:]}"
        if not any(flag + " " in l for l in fish_lines):
            failures.append(f"fish: {sub} {opt} missing")
        if not re.search(rf"['{{,]{re.escape(opt)}[\[,}}]", zsh_section):
            failures.append(f"zsh: {sub} {opt} missing")
        if opt not in offered:
            failures.append(f"bash: `reportlint {sub} -<TAB>` does not offer {opt}")

# An option's allowed values are completed, and the exit codes are documented.
format_line = next(l for l in help_text("check").splitlines() if "--format" in l)
choices = re.search(r"\{([^}]*)\}", format_line).group(1).split(",")
if sorted(bash_complete("check --format ")) != sorted(choices):
    failures.append(f"bash: `check --format <TAB>` gives {bash_complete('check --format ')}, "
                    f"--help says {choices}")
exit_section = man.split(".SH EXIT STATUS", 1)[1].split(".SH", 1)[0]
for code in ("0", "1", "2"):
    if f"\\fB{code}\\fR" not in exit_section:
        failures.append(f"man page: exit status {code} missing")
if "reportlint check" not in man.split(".SH EXAMPLES", 1)[1]:
    failures.append("man page: no example")

# man renders the page without warnings, when man is installed.
if shutil.which("man"):
    shown = subprocess.run(["man", "--warnings", "-l", os.path.join(docs, "reportlint.1")],
                           env=dict(env, LC_ALL="C.UTF-8", MANWIDTH="100"),
                           capture_output=True, text=True)
    if shown.returncode != 0 or "EXIT STATUS" not in shown.stdout or shown.stderr.strip():
        failures.append(f"man -l: exit {shown.returncode}, stderr: {shown.stderr.strip()}")
# fish completes for real: every option of each subcommand after `-`.
if shutil.which("fish"):
    for sub in subs:
        r = subprocess.run(["fish", "-c", f"source {docs}/reportlint.fish; complete -C'reportlint {sub} -'"],
                           capture_output=True, text=True)
        offered = {line.split("\t")[0] for line in r.stdout.splitlines()}
        for opt in listed_options(help_text(sub)):
            if opt.startswith("--") and opt not in offered:
                failures.append(f"fish: `reportlint {sub} -<TAB>` does not offer {opt}")
for shell, file in (("zsh", "_reportlint"), ("fish", "reportlint.fish")):
    if shutil.which(shell):
        flags = ["-n"] if shell == "zsh" else ["--no-execute"]
        r = subprocess.run([shell, *flags, os.path.join(docs, file)], capture_output=True, text=True)
        if r.returncode != 0:
            failures.append(f"{shell} cannot parse {file}: {r.stderr.strip()}")

for f in failures:
    print("FAIL:", f)
print(f"{len(subs)} subcommands checked, {len(failures)} failures")
sys.exit(1 if failures else 0)
