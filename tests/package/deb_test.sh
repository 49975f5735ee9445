#!/usr/bin/env bash
# `cpack -G DEB` makes reportlint_*.deb: Depends (from dpkg-shlibdeps) names the
# libraries the binary really links, and the package holds the man page and completions.
#   deb_test.sh BUILD_DIR      (77: dpkg-dev missing)
set -euo pipefail
build=$1
for tool in cpack dpkg-deb dpkg-shlibdeps; do
  command -v "$tool" >/dev/null || { echo "SKIP: $tool missing (tools/install-deps.sh --tests)"; exit 77; }
done
rm -f "$build"/package/reportlint_*.deb
(cd "$build" && cpack -G DEB >cpack.log 2>&1) || { cat "$build/cpack.log"; exit 1; }
debs=("$build"/package/reportlint_*.deb)
deb=${debs[0]}
[ -f "$deb" ] || { echo "FAIL: no reportlint_*.deb in $build/package"; exit 1; }
depends=$(dpkg-deb -f "$deb" Depends)
contents=$(dpkg-deb -c "$deb")
echo "$(basename "$deb"): Depends: $depends"
fail=0
# The libraries of poppler, ICU, yaml-cpp, libzip, gumbo, PCRE2 and libxlsxwriter
# are linked dynamically whatever REPORTLINT_STATIC says (docs/install.md).
names=$(tr ',' '\n' <<<"$depends" | awk '{print $1}')
for lib in libicu72 libyaml-cpp0.7 libpoppler-cpp0v5 libzip4 libgumbo1 libpcre2-32-0 \
           libxlsxwriter4 libpugixml1v5 libc6 libstdc++6; do
  grep -qxF "$lib" <<<"$names" || { echo "FAIL: Depends lacks $lib"; fail=1; }
done
for f in ./usr/bin/reportlint ./usr/share/man/man1/reportlint.1 \
         ./usr/share/bash-completion/completions/reportlint \
         ./usr/share/zsh/vendor-completions/_reportlint \
         ./usr/share/fish/vendor_completions.d/reportlint.fish \
         ./usr/share/doc/reportlint/README.md ./usr/share/doc/reportlint/examples/report-2015.txt; do
  grep -q " $f\$" <<<"$contents" || { echo "FAIL: $f not in the package"; fail=1; }
done
exit $fail
