#!/usr/bin/env bash
# Builds clusctl and runs every test tier. This is the README's test command
# and what CI runs (TESTING.md says what each tier is for).
#
#   bash tests/run_all.sh            every tier
#   bash tests/run_all.sh gcc asan   only the tiers named
#
# Tiers (each builds in build-ci/TIER):
#   gcc         gcc, -Wall -Wextra -Wpedantic -Werror, every ctest test
#               (unit, CLI, exhaustive, catalog, property, examples, bench smoke)
#   clang       the same with clang
#   c11         gcc with -std=c11 -Wpedantic, every ctest test
#   asan-gcc    gcc with AddressSanitizer and UndefinedBehaviorSanitizer
#   asan-clang  clang with AddressSanitizer and UndefinedBehaviorSanitizer
#   valgrind    the tool's tests (in process and the executable) under valgrind
#   s390x       big-endian s390x cross-build, every test under qemu-s390x
#   i686        32-bit x86 cross-build, every test under qemu-i386
#   mingw       64-bit Windows cross-build with x86_64-w64-mingw32-gcc; every
#               test under Wine (wine64), the shim's and the example resource
#               DLL's among them; without wine64, build only
#   fuzz        clang libFuzzer build; each fuzz target for FUZZ_SECONDS
#               (default 60) from its seed corpus
#   docs        Doxygen over the public headers; any warning fails
# Exit status: 0 when every tier passed.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
jobs=$(nproc 2>/dev/null || echo 2)
all_tiers=(gcc clang c11 asan-gcc asan-clang valgrind s390x i686 mingw fuzz docs)
tiers=("$@")
[ ${#tiers[@]} -gt 0 ] || tiers=("${all_tiers[@]}")

# Every 17th value in the slow builds: 252 million round trips each.
slow_step=17
valgrind_runner="valgrind;--error-exitcode=99;--leak-check=full;--errors-for-leak-kinds=definite;--quiet"

# configure_build_test NAME CTEST_ARGS -- CMAKE_ARGS...
# Chained with &&: `set -e` does not apply inside a function called with ||.
configure_build_test() {
  local name=$1 ctest_args=$2
  shift 3
  local dir="$root/build-ci/$name"
  echo "=== $name"
  cmake -S "$root" -B "$dir" -DCMAKE_BUILD_TYPE=Release -DCLUSCTL_WERROR=ON \
    "$@" >/dev/null &&
    cmake --build "$dir" -j "$jobs" >/dev/null &&
    ctest --test-dir "$dir" --output-on-failure -j "$jobs" $ctest_args
}

run_tier() {
  case $1 in
    gcc) configure_build_test gcc "" -- -DCMAKE_C_COMPILER=gcc -DCMAKE_CXX_COMPILER=g++ ;;
    clang) configure_build_test clang "" -- -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ ;;
    c11) configure_build_test c11 "-E exhaustive" -- -DCMAKE_C_COMPILER=gcc \
           -DCMAKE_CXX_COMPILER=g++ -DCMAKE_C_STANDARD=11 ;;
    asan-gcc) configure_build_test asan-gcc "" -- -DCMAKE_C_COMPILER=gcc \
                -DCMAKE_CXX_COMPILER=g++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
                -DCLUSCTL_SANITIZE=address,undefined -DCLUSCTL_EXHAUSTIVE_STEP=$slow_step ;;
    asan-clang) configure_build_test asan-clang "" -- -DCMAKE_C_COMPILER=clang \
                  -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
                  -DCLUSCTL_SANITIZE=address,undefined -DCLUSCTL_EXHAUSTIVE_STEP=$slow_step ;;
    valgrind) configure_build_test valgrind "-L cli" -- -DCMAKE_C_COMPILER=gcc \
                -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCLUSCTL_TOOL_RUNNER=$valgrind_runner" ;;
    s390x) configure_build_test s390x "" -- \
             -DCMAKE_TOOLCHAIN_FILE="$root/cmake/s390x-linux-gnu.cmake" \
             -DCLUSCTL_EXHAUSTIVE_STEP=257 ;;
    i686) configure_build_test i686 "" -- \
            -DCMAKE_TOOLCHAIN_FILE="$root/cmake/i686-linux-gnu.cmake" \
            -DCLUSCTL_EXHAUSTIVE_STEP=$slow_step ;;
    mingw) configure_build_test mingw "" -- \
             -DCMAKE_TOOLCHAIN_FILE="$root/cmake/mingw-w64-x86_64.cmake" ;;
    fuzz) configure_build_test fuzz "-L fuzz" -- -DCMAKE_C_COMPILER=clang \
            -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            -DCLUSCTL_FUZZ=ON -DCLUSCTL_SANITIZE=address,undefined \
            -DCLUSCTL_EXHAUSTIVE_STEP=$slow_step &&
          bash "$root/tests/fuzz/run_fuzzers.sh" "$root/build-ci/fuzz" "${FUZZ_SECONDS:-60}" ;;
    docs)
      echo "=== docs"
      (cd "$root" && mkdir -p build-ci/docs &&
        CLUSCTL_DOCS_DIR=build-ci/docs doxygen Doxyfile) ;;
    *) echo "unknown tier '$1' (tiers: ${all_tiers[*]})" >&2; exit 2 ;;
  esac
}

failed=()
for tier in "${tiers[@]}"; do
  start=$(date +%s)
  run_tier "$tier" || failed+=("$tier")
  echo "--- $tier: $(( $(date +%s) - start )) s"
done

[ ${#failed[@]} -eq 0 ] || echo "failed tiers: ${failed[*]}"
echo "tiers: $(( ${#tiers[@]} - ${#failed[@]} )) passed, ${#failed[@]} failed"
[ ${#failed[@]} -eq 0 ]
