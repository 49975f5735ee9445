#!/usr/bin/env bash
# Installs the Debian packages reportlint needs to build and test, if any are missing.
# Run as root on Debian 12 (bookworm) or later.
# Without options: what the binary needs (README's first command builds only it).
#   --tests   also what only the test suite needs: doctest, cairo and fonts for the
#             example PDFs, openpyxl, clang's libFuzzer, Debian's chromium (driven
#             headless by tests/browser), and for tests/package dpkg-dev, git,
#             pre-commit, python3-yaml and man-db.
set -euo pipefail

with_tests=false
for arg in "$@"; do
  case "$arg" in
    --tests) with_tests=true ;;
    *) echo "usage: $0 [--tests]" >&2; exit 2 ;;
  esac
done

packages=(
  g++ cmake make pkg-config
  libyaml-cpp-dev libicu-dev libpcre2-dev libfmt-dev
  nlohmann-json3-dev libcli11-dev
  libgumbo-dev libpugixml-dev libzip-dev
  libpoppler-cpp-dev
  libxlsxwriter-dev
  libcpp-httplib-dev  # reportlint serve (brings libssl-dev, zlib1g-dev, libbrotli-dev)
)
if $with_tests; then
  packages+=(
    doctest-dev libcairo2-dev fonts-noto-cjk  # the unit tests; cairo writes the example PDFs
    python3-openpyxl  # reads the xlsx output back (tests/output/read_sheets.py)
    clang libclang-rt-14-dev  # the fuzz smoke test (libFuzzer)
    chromium  # tests/browser/page_test.py; fonts-noto-cjk draws its Chinese
    dpkg-dev  # tests/package/deb_test.sh: cpack -G DEB runs dpkg-shlibdeps
    git pre-commit  # tests/package/git_hooks_test.sh: real commits through both hooks
    python3-yaml  # tests/package/ci_files_test.py reads action.yml, .pre-commit-hooks.yaml
    man-db zsh fish  # tests/package/cli_docs_test.py: man renders the page, the shells read theirs
  )
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]})); then
  echo "installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
