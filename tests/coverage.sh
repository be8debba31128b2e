#!/usr/bin/env bash
# The coverage tier's steps, run by ctest in a build configured with
# -DCLUSCTL_COVERAGE=ON (cmake/coverage.cmake; TESTING.md, "Coverage"):
#
#   coverage.sh reset BUILD                  first: removes BUILD's counters
#   coverage.sh win SOURCE WINBUILD          the Windows tests, cross-built
#                                            with --coverage, under Wine
#   coverage.sh report SOURCE BUILD GCOVR GCOV
#                                            last: the figures of each part,
#                                            BUILD/coverage/index.html; fails
#                                            below the thresholds below
#
# The parts and their thresholds (gcovr's --fail-under-line and
# --fail-under-branch; branches as gcovr counts them with
# --exclude-unreachable-branches):
#   core  src/*.c, src/*.h    lines 100%, branches 95%   (the native tests)
#   tool  src/cli/            lines 95%                  (the native tests)
#   shim  src/win/            no threshold (figures only) (the Windows tests)
# A line left out of the count carries GCOVR_EXCL_LINE (or a GCOVR_EXCL_START
# .. GCOVR_EXCL_STOP block) and, after a colon, why no test can reach it:
# `report` fails on a marker without its reason.
set -euo pipefail

core_lines=100 core_branches=95
tool_lines=95

usage() {
  echo "usage: $0 reset BUILD | win SOURCE WINBUILD | report SOURCE BUILD GCOVR GCOV" >&2
  exit 2
}
[ $# -ge 1 ] || usage

# A path as a regular expression that matches only itself (gcovr's filters).
re_escape() { printf '%s' "$1" | sed 's/[][\.*^$+?(){}|]/\\&/g'; }

case $1 in
reset)
  [ $# -eq 2 ] || usage
  find "$2" -name '*.gcda' -delete
  rm -rf "$2/coverage"
  echo "coverage: counters of $2 reset"
  ;;

win)
  [ $# -eq 3 ] || usage
  src=$2 wb=$3
  mkdir -p "$wb"
  log=$wb/build.log
  # The library, the shim and the Windows tests only; Debug (-O0), as the
  # native build.
  if ! { cmake -S "$src" -B "$wb" --toolchain "$src/cmake/mingw-w64-x86_64.cmake" \
           -DCMAKE_BUILD_TYPE=Debug -DCLUSCTL_COVERAGE=ON -DCLUSCTL_WERROR=ON \
           -DCLUSCTL_BUILD_TOOL=OFF -DCLUSCTL_BUILD_EXAMPLES=OFF -DCLUSCTL_BUILD_BENCH=OFF &&
         cmake --build "$wb" -j "${CMAKE_BUILD_PARALLEL_LEVEL:-2}" \
           --target test_win_shim test_win_resdll test_win_sdk; } >"$log" 2>&1; then
    cat "$log"
    echo "coverage: the mingw-w64 build failed" >&2
    exit 1
  fi
  find "$wb" -name '*.gcda' -delete
  # Wine runs each program with the Linux file system as drive Z:, the
  # current drive, so the counters go where the objects are.
  ctest --test-dir "$wb" -L win --output-on-failure --no-tests=error
  n=$(find "$wb" -path '*/src/win/*.gcda' | wc -l)
  [ "$n" -gt 0 ] || { echo "coverage: the Windows tests wrote no counters for src/win/" >&2; exit 1; }
  echo "coverage: the shim's counters in $wb ($n files)"
  ;;

report)
  [ $# -eq 5 ] || usage
  src=$(realpath "$2") build=$(realpath "$3") gcovr=$4 gcov=$5
  out=$build/coverage
  rm -rf "$out"
  mkdir -p "$out"
  s=$(re_escape "$src")

  # Every exclusion marker says why its line cannot be reached.
  bad=$(grep -rnE '(GCOVR|LCOV)_EXCL_(BR_)?(LINE|START)' "$src/src" |
         grep -vE '(GCOVR|LCOV)_EXCL_(BR_)?(LINE|START): [^ ]' || true)
  if [ -n "$bad" ]; then
    printf '%s\n' "$bad"
    echo "coverage: each exclusion marker needs a reason: GCOVR_EXCL_LINE: why it cannot be reached" >&2
    exit 1
  fi

  common=(--root "$src" --gcov-executable "$gcov" --exclude-unreachable-branches)
  # The native counters (not the shim's build under $build/win).
  native=(--exclude-directories "$(re_escape "$build")/win\$" "$build")
  "$gcovr" "${common[@]}" -f "$s/src/[^/]*\\.[ch]\$" --json "$out/core.json" "${native[@]}"
  "$gcovr" "${common[@]}" -f "$s/src/cli/" --json "$out/tool.json" "${native[@]}"
  parts=(-a "$out/core.json" -a "$out/tool.json")
  if [ -n "$(find "$build/win" -path '*/src/win/*.gcda' 2>/dev/null | head -1)" ]; then
    "$gcovr" "${common[@]}" -f "$s/src/win/" --json "$out/shim.json" "$build/win"
    parts+=(-a "$out/shim.json")
  fi
  "$gcovr" --root "$src" "${parts[@]}" --html-details "$out/index.html" \
    --html-title "clusctl coverage" >/dev/null

  # summary PART JSON [--fail-under-line N] [--fail-under-branch N]
  status=0
  summary() {
    local part=$1 json=$2 rc=0
    shift 2
    "$gcovr" --root "$src" -a "$json" --txt "$out/$part.txt" -s "$@" >"$out/$part.summary" || rc=$?
    printf '%-5s lines %s, branches %s' "$part" \
      "$(sed -n 's/^lines: //p' "$out/$part.summary")" \
      "$(sed -n 's/^branches: //p' "$out/$part.summary")"
    case $rc in
      0) [ $# -gt 0 ] && printf '  (%s): ok\n' "$*" || printf '  (no threshold)\n' ;;
      2 | 4 | 6) printf '  (%s): BELOW\n' "$*" ;; # gcovr: 2 lines, 4 branches
      *) printf '  gcovr failed (status %s)\n' "$rc" ;;
    esac
    [ "$rc" -eq 0 ] || status=1
  }
  {
    echo "coverage of $src (gcovr, branches without the unreachable ones):"
    summary core "$out/core.json" --fail-under-line "$core_lines" --fail-under-branch "$core_branches"
    summary tool "$out/tool.json" --fail-under-line "$tool_lines"
    if [ -f "$out/shim.json" ]; then
      summary shim "$out/shim.json"
    else
      echo "shim  not measured: no counters from the Windows tests (coverage_win did not run, or was skipped: it needs x86_64-w64-mingw32-gcc and wine64)"
    fi
    echo "report: $out/index.html"
  } >"$out/summary.txt"
  cat "$out/summary.txt"
  # The files below 100% of lines, to start from when a threshold fails.
  [ "$status" -eq 0 ] || grep -hE '^src/.* [0-9]+%' "$out/core.txt" "$out/tool.txt" | grep -v ' 100%' || true
  exit "$status"
  ;;

*) usage ;;
esac
