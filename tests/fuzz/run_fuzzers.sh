#!/usr/bin/env bash
# Runs the libFuzzer targets of a CLUSCTL_FUZZ build within a time budget.
#
#   bash tests/fuzz/run_fuzzers.sh BUILD_DIR SECONDS [TARGET...]
#
# SECONDS is the budget of the whole run, wall clock: the targets run
# FUZZ_JOBS at a time (default: the number of processors), each for
# SECONDS / ceil(TARGETS / FUZZ_JOBS) seconds (at least 1): 360 (what
# `tests/run_all.sh fuzz` gives by default) with 12 targets on 2 processors
# gives each 60 s, 3600 (FUZZ_SECONDS=3600, a long run) 600 s.
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
# Prints one line per target (result, runs, executions per second,
# coverage), in the list's order once all have run, and ends with
# "N passed, M failed"; exits 1 when a target failed or was not found.
set -u

here=$(cd "$(dirname "$0")" && pwd)
targets_all="fuzz_decode fuzz_name fuzz_start_buffer fuzz_front_door fuzz_vm_control fuzz_vm_apply fuzz_machine_format fuzz_cli fuzz_plist fuzz_plist_json fuzz_annotate"

if [ $# -lt 2 ]; then
  echo "usage: $0 BUILD_DIR SECONDS [TARGET...]" >&2
  exit 2
fi
build=$1
budget=$2
shift 2
targets=${*:-$targets_all}
case $budget in
  ''|*[!0-9]*) echo "$0: SECONDS must be a whole number, not '$budget'" >&2; exit 2 ;;
esac
jobs=${FUZZ_JOBS:-$(nproc 2>/dev/null || echo 1)}
case $jobs in
  ''|*[!0-9]*|0) echo "$0: FUZZ_JOBS must be a number of at least 1, not '$jobs'" >&2; exit 2 ;;
esac
count=$(echo $targets | wc -w)
rounds=$(( (count + jobs - 1) / jobs ))
seconds=$(( budget / rounds ))
[ "$seconds" -ge 1 ] || seconds=1
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

# Runs one target; writes its report line to $work/$t.line and exits 0 when
# it passed.
run_one() {
  local t=$1 bin corpus log rc runs speed cov
  bin=$build/tests/fuzz/$t
  if [ ! -x "$bin" ]; then
    bin=$(find "$build" -type f -name "$t" -perm -u+x 2>/dev/null | head -n 1)
  fi
  if [ -z "$bin" ] || [ ! -x "$bin" ]; then
    printf '%-20s NOT FOUND in %s (configure with -DCLUSCTL_FUZZ=ON)\n' "$t" "$build" > "$work/$t.line"
    return 1
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
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
  cov=$(grep -Eo 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+' "$log" | tail -n 1)
  if [ $rc -eq 0 ]; then
    printf '%-20s ok      %s runs in %ss (%s exec/s), %s\n' "$t" "${runs:-?}" "$seconds" \
      "${speed:-?}" "${cov:-no stats}" > "$work/$t.line"
    return 0
  fi
  {
    printf '%-20s FAILED  exit %s after %s runs, %s\n' "$t" "$rc" "${runs:-?}" "${cov:-no stats}"
    grep -E 'fuzz check failed|ERROR: (AddressSanitizer|libFuzzer|UndefinedBehaviorSanitizer)|runtime error|Test unit written to' "$log" | head -n 5 | sed 's/^/    /'
    cp "$log" "$artifacts/$t/last.log"
    echo "    log: $artifacts/$t/last.log"
  } > "$work/$t.line"
  return 1
}

echo "fuzzing $count targets, $jobs at a time, ${seconds} s each (budget ${budget} s)"
start=$(date +%s)
running=0
for t in $targets; do
  if [ "$running" -ge "$jobs" ]; then
    wait -n
    running=$((running - 1))
  fi
  ( run_one "$t" && touch "$work/$t.ok" ) &
  running=$((running + 1))
done
wait

passed=0
failed=0
for t in $targets; do
  cat "$work/$t.line"
  if [ -e "$work/$t.ok" ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
  fi
done
echo "$passed passed, $failed failed in $(( $(date +%s) - start )) s"
[ "$failed" -eq 0 ]
