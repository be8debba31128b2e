#!/usr/bin/env bash
# Runs each libFuzzer target of a CLUSCTL_FUZZ build for SECONDS.
#
#   bash tests/fuzz/run_fuzzers.sh BUILD_DIR SECONDS [TARGET...]
#
# Each target runs on a copy of its seed corpus (the repository's corpus is
# not changed) in BUILD_DIR/fuzz-corpus/<target>/ (override with
# FUZZ_CORPUS), emptied first and kept afterwards with what the run added, so
# that tests/fuzz/merge_corpora.sh BUILD_DIR can merge it into the seed
# corpus; with its dictionary when there is one, -timeout=10 and
# -rss_limit_mb=2048. A crash's input is kept in
# BUILD_DIR/fuzz-artifacts/<target>/ (override with FUZZ_ARTIFACTS); copy it
# to tests/fuzz/corpus/<target>/crash-regression-<what> once the bug is
# understood, so every build replays it. Extra libFuzzer flags can be given in
# FUZZ_FLAGS.
#
# Prints one line per target (result, runs, coverage) and ends with
# "N passed, M failed"; exits 1 when a target failed or was not found.
set -u

here=$(cd "$(dirname "$0")" && pwd)
targets_all="fuzz_decode fuzz_name fuzz_start_buffer fuzz_front_door fuzz_vm_control fuzz_cli fuzz_plist fuzz_plist_json"

if [ $# -lt 2 ]; then
  echo "usage: $0 BUILD_DIR SECONDS [TARGET...]" >&2
  exit 2
fi
build=$1
seconds=$2
shift 2
targets=${*:-$targets_all}
case $seconds in
  ''|*[!0-9]*) echo "$0: SECONDS must be a whole number, not '$seconds'" >&2; exit 2 ;;
esac
artifacts=${FUZZ_ARTIFACTS:-$build/fuzz-artifacts}
corpora=${FUZZ_CORPUS:-$build/fuzz-corpus}
mkdir -p "$corpora"
if [ "$(cd "$corpora" && pwd -P)" = "$(cd "$here/corpus" && pwd -P)" ]; then
  echo "$0: FUZZ_CORPUS must not be the seed corpus $here/corpus (it is emptied)" >&2
  exit 2
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/clusctl-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT

export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

passed=0
failed=0
for t in $targets; do
  bin=$build/tests/fuzz/$t
  if [ ! -x "$bin" ]; then
    bin=$(find "$build" -type f -name "$t" -perm -u+x 2>/dev/null | head -n 1)
  fi
  if [ -z "$bin" ] || [ ! -x "$bin" ]; then
    printf '%-18s NOT FOUND in %s (configure with -DCLUSCTL_FUZZ=ON)\n' "$t" "$build"
    failed=$((failed + 1))
    continue
  fi
  corpus=$corpora/$t
  rm -rf "$corpus"
  mkdir -p "$corpus" "$artifacts/$t"
  if [ -d "$here/corpus/$t" ]; then
    cp -R "$here/corpus/$t/." "$corpus/"
  fi
  dict=()
  if [ -f "$here/$t.dict" ]; then
    dict=("-dict=$here/$t.dict")
  fi
  log=$work/$t.log
  # shellcheck disable=SC2086
  "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
         -print_final_stats=1 -artifact_prefix="$artifacts/$t/" \
         "${dict[@]}" ${FUZZ_FLAGS:-} "$corpus" > "$log" 2>&1
  rc=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  if [ -z "$runs" ]; then
    runs=$(grep -Eo '^#[0-9]+' "$log" | tail -n 1 | tr -d '#')
  fi
  cov=$(grep -Eo 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+' "$log" | tail -n 1)
  if [ $rc -eq 0 ]; then
    passed=$((passed + 1))
    printf '%-18s ok      %s runs in %ss, %s\n' "$t" "${runs:-?}" "$seconds" "${cov:-no stats}"
  else
    failed=$((failed + 1))
    printf '%-18s FAILED  exit %s after %s runs, %s\n' "$t" "$rc" "${runs:-?}" "${cov:-no stats}"
    grep -E 'fuzz check failed|ERROR: (AddressSanitizer|libFuzzer|UndefinedBehaviorSanitizer)|runtime error|Test unit written to' "$log" | head -n 5 | sed 's/^/    /'
    cp "$log" "$artifacts/$t/last.log"
    echo "    log: $artifacts/$t/last.log"
  fi
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
