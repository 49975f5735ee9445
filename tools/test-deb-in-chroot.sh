#!/usr/bin/env bash
# Installs reportlint_*.deb in a fresh Debian 12 root (debootstrap minbase) with
# `apt install ./…` and checks it there as a user would: reportlint check on the
# installed example, man reportlint, and bash completing `reportlint <TAB>`.
# Run as root; takes a few minutes (the mirror). Not part of ctest.
#   tools/test-deb-in-chroot.sh build/package/reportlint_0.1.0_amd64.deb [ROOT]
set -euo pipefail
deb=$(realpath "$1")
root=${2:-$(mktemp -d /tmp/reportlint-chroot.XXXXXX)}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
[ "$(id -u)" = 0 ] || { echo "run as root" >&2; exit 2; }
command -v debootstrap >/dev/null || { apt-get update -qq && apt-get install -y -qq debootstrap; }

cleanup() {
  for m in dev/pts dev proc sys; do umount "$root/$m" 2>/dev/null || true; done
}
trap cleanup EXIT

echo "== debootstrap --variant=minbase bookworm $root"
debootstrap --variant=minbase bookworm "$root" "$mirror" >"$root.debootstrap.log" 2>&1 ||
  { tail -20 "$root.debootstrap.log"; exit 1; }
mount -t proc proc "$root/proc"
mount -t sysfs sys "$root/sys"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/"
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root TERM=dumb \
              LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }

echo "== apt install ./$(basename "$deb")  (and man-db, bash-completion to look at it)"
in_root apt-get update -qq
in_root sh -c "cd /tmp && apt-get install -y -qq --no-install-recommends ./$(basename "$deb") man-db bash-completion" \
  >"$root.apt.log" 2>&1 || { tail -30 "$root.apt.log"; exit 1; }
grep -E '^(Setting up|The following NEW)' "$root.apt.log" | head -40

echo "== reportlint --version; reportlint check (expect exit 1 with findings)"
in_root reportlint --version
set +e
in_root reportlint check /usr/share/doc/reportlint/examples/report-2015.txt
rc=$?
set -e
echo "exit $rc"
[ "$rc" = 1 ] || { echo "FAIL: expected exit 1"; exit 1; }

echo "== man reportlint | head -20"
in_root sh -c 'MANWIDTH=90 man reportlint 2>&1 | head -20'
in_root sh -c 'man -w reportlint'

echo "== bash: reportlint <TAB>, reportlint check --f<TAB>, reportlint check --format <TAB>"
# bash-completion as a user's ~/.bashrc loads it (Debian's /etc/skel/.bashrc; root's
# has it commented out); its loader finds completions/reportlint on the first <TAB>,
# and COMP_* are what bash sets for that <TAB>.
tabs=$(in_root bash -ic '
  . /usr/share/bash-completion/bash_completion
  _completion_loader reportlint
  complete -p reportlint
  tab() { COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMPREPLY=(); _reportlint; echo "$* <TAB>: ${COMPREPLY[*]}"; }
  tab reportlint ""
  tab reportlint check --f
  tab reportlint check --format ""
' 2>&1 | grep -v -e 'no job control' -e 'cannot set terminal process group')
echo "$tabs"
grep -q '^complete .*-F _reportlint reportlint$' <<<"$tabs" || { echo "FAIL: no completion loaded"; exit 1; }
grep -q '^reportlint  <TAB>: check dump export rules config test serve' <<<"$tabs" ||
  { echo "FAIL: reportlint <TAB> does not list the subcommands"; exit 1; }
grep -q -- '--format  <TAB>: text json jsonl sarif' <<<"$tabs" || { echo "FAIL: no --format values"; exit 1; }
echo "== OK: the package installs and works in a clean bookworm root ($root)"
