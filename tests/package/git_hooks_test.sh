#!/usr/bin/env bash
# reportlint blocks a real `git commit` of a report with an error named
# 青石镇 2015年报告.txt, and lets a clean report through: once with the plain hook of
# examples/git-hooks/pre-commit, once through pre-commit with this repository's hooks file.
#   git_hooks_test.sh REPORTLINT SOURCE_DIR WORK_DIR   (77: git or pre-commit missing)
set -euo pipefail
bin=$1 src=$2 work=$3
command -v git >/dev/null || { echo "SKIP: git missing (tools/install-deps.sh --tests)"; exit 77; }
export PATH="$(cd "$(dirname "$bin")" && pwd):$PATH"
# A machine's own git settings (hooksPath, templates) stay out of the test.
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1 LC_ALL=C.UTF-8
export GIT_AUTHOR_NAME=test GIT_AUTHOR_EMAIL=test@example.invalid
export GIT_COMMITTER_NAME=test GIT_COMMITTER_EMAIL=test@example.invalid
rm -rf "$work" && mkdir -p "$work"
bad='青石镇 2015年报告.txt'
good='青石镇 2021年 报告.txt'

fail() { echo "FAIL ($1): $2"; exit 1; }

# In repository $1 (hooks installed): the bad report's commit is refused with its
# finding under its own name, the clean one's goes in.
expect_hook_blocks() {
  local repo=$1 how=$2 out
  cp "$src/examples/report-2015.txt" "$repo/$bad"
  git -C "$repo" add -- "$bad"
  if out=$(git -C "$repo" commit -q -m "bad report" 2>&1); then
    fail "$how" "the commit of '$bad' was accepted:"$'\n'"$out"
  fi
  grep -qF "$bad:6:47: error:" <<<"$out" || fail "$how" "no finding for '$bad' in:"$'\n'"$out"
  git -C "$repo" rm -q --cached -- "$bad" && rm "$repo/$bad"
  cp "$src/examples/report-2021-tables.txt" "$repo/$good"
  git -C "$repo" add -- "$good"
  out=$(git -C "$repo" commit -q -m "clean report" 2>&1) ||
    fail "$how" "the commit of the clean '$good' was refused:"$'\n'"$out"
  [ "$(git -C "$repo" log --format=%s -1)" = "clean report" ] || fail "$how" "no commit made"
  echo "$how: '$bad' refused, '$good' committed"
}

# 1. The documented plain hook.
git init -q "$work/plain"
install -m 755 "$src/examples/git-hooks/pre-commit" "$work/plain/.git/hooks/pre-commit"
expect_hook_blocks "$work/plain" "plain git hook"

# 2. pre-commit, with `repo:` this repository: a git repository holding the
# worktree's .pre-commit-hooks.yaml (committed, as pre-commit needs a rev).
command -v pre-commit >/dev/null || { echo "SKIP: pre-commit missing (tools/install-deps.sh --tests)"; exit 77; }
export PRE_COMMIT_HOME=$work/pre-commit-cache
git init -q "$work/hooks-repo"
cp "$src/.pre-commit-hooks.yaml" "$work/hooks-repo/"
git -C "$work/hooks-repo" add .pre-commit-hooks.yaml
git -C "$work/hooks-repo" commit -q -m hooks
rev=$(git -C "$work/hooks-repo" rev-parse HEAD)
git init -q "$work/framework"
cat >"$work/framework/.pre-commit-config.yaml" <<YAML
repos:
  - repo: file://$work/hooks-repo
    rev: $rev
    hooks:
      - id: reportlint
YAML
git -C "$work/framework" add .pre-commit-config.yaml
git -C "$work/framework" commit -q --no-verify -m config
(cd "$work/framework" && pre-commit install >/dev/null)
expect_hook_blocks "$work/framework" "pre-commit"
