#!/usr/bin/env bash
# Builds clusctl and runs every test tier. This is the README's test command
# and what CI runs (TESTING.md says what each tier is for).
#
#   bash tests/run_all.sh            every tier
#   bash tests/run_all.sh gcc asan-gcc   only the tiers named
#
# The tiers are the configure presets of CMakePresets.json, in its order
# (`cmake --list-presets` lists them; TESTING.md says what each proves); that
# file holds every flag. Each tier builds in build-ci/TIER with the presets of
# its name, run from the top of the source tree as you would by hand:
#   cmake --preset TIER
#   cmake --build --preset TIER -j N
#   ctest --preset TIER -j N
# N is JOBS, default the number of processors. The docs tier has no test
# preset (its build preset builds the docs target: Doxygen, any warning
# fails); after its tests the fuzz tier runs the libFuzzer targets with
# tests/fuzz/run_fuzzers.sh within FUZZ_SECONDS (default 360: the fuzzing's
# wall-clock budget, shared out between the targets, run as many at a time as
# there are processors). The coverage tier's gcovr report is a ctest test of
# its own that runs last (a fixture's cleanup, cmake/coverage.cmake) and
# fails below the thresholds; its figures are printed after the tests.
# Each tier prints its time; the run ends with "tiers: N passed, N failed".
# Exit status: 0 when every tier passed; 2 for an unknown tier or when the
# presets of CMakePresets.json do not match up.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
jobs=${JOBS:-$(nproc 2>/dev/null || echo 2)}
# Tiers that only build (a build preset, no test preset).
build_only=(docs)

listing=$(cmake --list-presets=all) || {
  echo "run_all.sh: cannot read CMakePresets.json (cmake says why above; its version 6 needs CMake 3.25 or newer)" >&2
  exit 2
}
# preset_names KIND: the visible presets of one kind, in the file's order.
preset_names() {
  awk -v kind="$1" '/^Available / { on = ($2 == kind) }
    on && /^  "/ && match($0, /"[^"]*"/) { print substr($0, RSTART + 1, RLENGTH - 2) }' <<<"$listing"
}

# The tier list lives in CMakePresets.json; check that it is whole: every tier
# has a build preset and a workflow preset, and a test preset unless it only builds.
mapfile -t all_tiers < <(preset_names configure)
mapfile -t build_presets < <(preset_names build)
mapfile -t test_presets < <(preset_names test)
mapfile -t workflow_presets < <(preset_names workflow)
[ ${#all_tiers[@]} -gt 0 ] || { echo "run_all.sh: no configure presets" >&2; exit 2; }
expected_tests=()
for t in "${all_tiers[@]}"; do
  case " ${build_only[*]} " in *" $t "*) ;; *) expected_tests+=("$t") ;; esac
done
check_presets() {
  if [ "$2" != "$3" ]; then
    echo "run_all.sh: CMakePresets.json: the $1 presets ($2) should be: $3" >&2
    exit 2
  fi
}
check_presets build "${build_presets[*]}" "${all_tiers[*]}"
check_presets test "${test_presets[*]}" "${expected_tests[*]}"
check_presets workflow "${workflow_presets[*]}" "${all_tiers[*]}"

tiers=("$@")
[ ${#tiers[@]} -gt 0 ] || tiers=("${all_tiers[@]}")
for tier in "${tiers[@]}"; do
  case " ${all_tiers[*]} " in
    *" $tier "*) ;;
    *) echo "unknown tier '$tier' (tiers: ${all_tiers[*]})" >&2; exit 2 ;;
  esac
done

# Chained with &&: `set -e` does not apply inside a function called with ||.
run_tier() {
  local tier=$1
  echo "=== $tier"
  cmake --preset "$tier" >/dev/null &&
    cmake --build --preset "$tier" -j "$jobs" >/dev/null &&
    case " ${expected_tests[*]} " in
      *" $tier "*) ctest --preset "$tier" -j "$jobs" ;;
      *) true ;;
    esac &&
    case $tier in
      fuzz) bash "$root/tests/fuzz/run_fuzzers.sh" "$root/build-ci/fuzz" "${FUZZ_SECONDS:-360}" ;;
      coverage) cat "$root/build-ci/coverage/coverage/summary.txt" ;;
      *) true ;;
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
