#!/usr/bin/env bash
# Installs the Debian packages reportlint needs to build and test, if any are missing.
# Run as root on Debian 12 (bookworm) or later.
#   --tests   also what only the test suite needs: Debian's chromium, which the
#             browser test (tests/browser) drives headless.
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
  nlohmann-json3-dev libcli11-dev doctest-dev
  libgumbo-dev libpugixml-dev libzip-dev
  libpoppler-cpp-dev libcairo2-dev fonts-noto-cjk
  libxlsxwriter-dev
  libcpp-httplib-dev  # reportlint serve (brings libssl-dev, zlib1g-dev, libbrotli-dev)
  python3-openpyxl  # tests: reads the xlsx output back (tests/output/read_sheets.py)
  clang libclang-rt-14-dev
)
if $with_tests; then
  packages+=(chromium)  # tests/browser/page_test.py; fonts-noto-cjk draws its Chinese
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
