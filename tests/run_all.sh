#!/usr/bin/env bash
# Builds clusctl and runs every test tier. This is the README's test command
# and what CI runs.
#
#   bash tests/run_all.sh            every tier
#   bash tests/run_all.sh gcc clang  only the tiers named
#
# Tiers:
#   gcc     gcc, -Wall -Wextra -Wpedantic -Werror, all ctest tests
#   clang   the same with clang
#   mingw   cross-build for Windows with x86_64-w64-mingw32-gcc, -Werror, and
#           run every ctest test under Wine (wine64), the shim's and the
#           example resource DLL's among them; without wine64, build only
#   docs    Doxygen over the public headers; any warning fails
# Each tier builds in build-ci/TIER. Exit status: 0 when every tier passed.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
jobs=$(nproc 2>/dev/null || echo 2)
all_tiers=(gcc clang mingw docs)
tiers=("$@")
[ ${#tiers[@]} -gt 0 ] || tiers=("${all_tiers[@]}")

build_and_test() { # NAME CC CXX [cmake args...]
  local name=$1 cc=$2 cxx=$3
  shift 3
  local dir="$root/build-ci/$name"
  echo "=== $name: configure, build, test"
  # Chained with &&: `set -e` does not apply inside a function called with ||.
  cmake -S "$root" -B "$dir" -DCMAKE_C_COMPILER="$cc" -DCMAKE_CXX_COMPILER="$cxx" \
    -DCMAKE_BUILD_TYPE=Release -DCLUSCTL_WERROR=ON "$@" >/dev/null &&
    cmake --build "$dir" -j "$jobs" >/dev/null &&
    ctest --test-dir "$dir" --output-on-failure -j "$jobs"
}

failed=()
for tier in "${tiers[@]}"; do
  case $tier in
    gcc) build_and_test gcc gcc g++ || failed+=("$tier") ;;
    clang) build_and_test clang clang clang++ || failed+=("$tier") ;;
    mingw)
      echo "=== mingw: cross-build for Windows, test under Wine"
      { cmake -S "$root" -B "$root/build-ci/mingw" -DCMAKE_BUILD_TYPE=Release \
          -DCMAKE_TOOLCHAIN_FILE="$root/cmake/mingw-w64-x86_64.cmake" \
          -DCLUSCTL_WERROR=ON >/dev/null &&
        cmake --build "$root/build-ci/mingw" -j "$jobs" >/dev/null &&
        ctest --test-dir "$root/build-ci/mingw" --output-on-failure -j "$jobs"; } ||
        failed+=("$tier") ;;
    docs)
      echo "=== docs: doxygen, warnings are errors"
      (cd "$root" && mkdir -p build-ci/docs &&
        CLUSCTL_DOCS_DIR=build-ci/docs doxygen Doxyfile) || failed+=("$tier") ;;
    *) echo "unknown tier '$tier' (tiers: ${all_tiers[*]})" >&2; exit 2 ;;
  esac
done

[ ${#failed[@]} -eq 0 ] || echo "failed tiers: ${failed[*]}"
echo "tiers: $(( ${#tiers[@]} - ${#failed[@]} )) passed, ${#failed[@]} failed"
[ ${#failed[@]} -eq 0 ]
