#!/usr/bin/env bash
# Runs the test suite under the sanitizers, each in a build folder of its own:
#   tools/sanitize.sh [BUILD_DIR]            ASan + UBSan: the whole ctest suite (build-asan)
#   tools/sanitize.sh --thread [BUILD_DIR]   TSan: the parallel batch and the pool tests (build-tsan)
#   tools/sanitize.sh --all                  both
# Exits non-zero on any sanitizer report or failing test. JOBS (default 2) is
# the build's and ctest's parallelism.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
mode=address
case "${1:-}" in
  --thread) mode=thread; shift ;;
  --all) mode=all; shift ;;
  --address) shift ;;
esac
jobs=${JOBS:-2}
launcher=()
if command -v ccache >/dev/null; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$(dirname "$root")}
fi

configure() {  # configure DIR SANITIZERS
  # -O1 as the sanitizers' manuals advise (readable stacks, and the build is
  # faster than -O2); line tables only. The libFuzzer smoke test builds its
  # own ASan objects: not again in here.
  cmake -S "$root" -B "$1" -DREPORTLINT_SANITIZE="$2" -DREPORTLINT_FUZZ_SECONDS=0 \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" \
    "${launcher[@]}" >/dev/null
}

address() {
  local dir=${1:-$root/build-asan}
  configure "$dir" address,undefined
  cmake --build "$dir" -j"$jobs"
  # halt_on_error: the first report fails the test that caused it. The
  # embedding example links the instrumented shared library into a program
  # built without ASan, so the runtime cannot come first in its link order.
  export ASAN_OPTIONS=halt_on_error=1:detect_leaks=1:abort_on_error=0:verify_asan_link_order=0
  export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
  export LSAN_OPTIONS=suppressions=$root/tools/lsan.supp:print_suppressions=0
  # Every test, browser-page too: chromium itself is not instrumented, and the
  # test took 16 s under ASan (CTEST_ARGS="-E browser-page" leaves it out).
  (cd "$dir" && ctest -j"$jobs" --output-on-failure ${CTEST_ARGS:-})
}

thread() {
  local dir=${1:-$root/build-tsan}
  configure "$dir" thread
  cmake --build "$dir" -j"$jobs" --target reportlint reportlint_tests
  export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1"
  # The batch of `check --jobs 2` over every excerpt of the shared corpus and the examples.
  local excerpts=()
  local shared="$root/../shared/corpus/excerpts"  # ../shared beside the repository, as in CI
  [[ -d "$shared" ]] && excerpts=("$shared"/*.txt)
  "$dir/reportlint" check --jobs 2 --fail-on never --format json \
    "${excerpts[@]}" "$root/examples" >"$dir/tsan-batch.json"
  echo "tsan: check --jobs 2 over ${#excerpts[@]} excerpts and examples/: clean"
  # The tests that run workers: the ordered pool, --jobs batches, the serve check pool and server.
  "$dir/reportlint_tests" --test-case='ordered pool*,batch:*,serve:*'
}

case $mode in
  address) address "${1:-}" ;;
  thread) thread "${1:-}" ;;
  all) address; thread ;;
esac
