#!/usr/bin/env bash
# Merges what a fuzzing run found into the seed corpora, minimized, so that a
# long run's findings can be checked in (TESTING.md, "Long runs").
#
#   bash tests/fuzz/run_fuzzers.sh BUILD_DIR SECONDS      # the run
#   bash tests/fuzz/merge_corpora.sh BUILD_DIR [TARGET...] # then this
#
# For each target (default: each one the run left a corpus for in
# BUILD_DIR/fuzz-corpus/, or FUZZ_CORPUS), with its libFuzzer program
# BUILD_DIR/tests/fuzz/<target>:
# 1. A fresh folder gets the files that are always kept: seed-* (written by
#    make_corpus.py, which stays their one source) and crash-regression-*
#    (a bug's input, saved by hand).
# 2. `<target> -merge=1 FRESH tests/fuzz/corpus/<target> RUN` adds to it,
#    from the checked-in corpus and the run's, only the inputs that reach
#    coverage (libFuzzer's features) the ones already there do not, smallest
#    first; each is named found-<sha1 of its bytes>.
# 3. The target's replay program (BUILD_DIR/tests/fuzz/<target>_replay,
#    what ctest runs in every build) must pass over the fresh folder; if it
#    does not, the checked-in folder is left as it was.
# 4. The checked-in folder's found-* (and any other file that is neither a
#    seed nor a crash-regression input) are replaced by the fresh folder's
#    found-*: an old finding the merge did not keep is covered by the rest.
# Prints one line per target (seeds, crash regressions, found before and
# after, bytes) and ends with "N merged, M failed"; `git status
# tests/fuzz/corpus` then shows what to commit. Exits 1 when a target could
# not be merged (no program, no run corpus, a failed merge or replay).
set -u

here=$(cd "$(dirname "$0")" && pwd)
if [ $# -lt 1 ]; then
  echo "usage: $0 BUILD_DIR [TARGET...]" >&2
  exit 2
fi
build=$(cd "$1" && pwd) || exit 2
shift
runs=${FUZZ_CORPUS:-$build/fuzz-corpus}
if [ $# -gt 0 ]; then
  targets=$*
else
  targets=$(cd "$runs" 2>/dev/null && for d in fuzz_*; do [ -d "$d" ] && echo "$d"; done)
  if [ -z "$targets" ]; then
    echo "$0: no run corpus in $runs: run tests/fuzz/run_fuzzers.sh $build SECONDS first" >&2
    exit 2
  fi
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/clusctl-merge.XXXXXX")
trap 'rm -rf "$work"' EXIT
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}

count() { find "$1" -maxdepth 1 -type f -name "$2" | wc -l; }

merged=0
failed=0
for t in $targets; do
  bin=$build/tests/fuzz/$t
  replay=$build/tests/fuzz/${t}_replay
  repo=$here/corpus/$t
  run=$runs/$t
  if [ ! -x "$bin" ] || [ ! -x "$replay" ] || [ ! -d "$run" ] || [ ! -d "$repo" ]; then
    printf '%-18s FAILED  needs %s, %s, %s and %s\n' "$t" "$bin" "$replay" "$run" "$repo"
    failed=$((failed + 1))
    continue
  fi
  fresh=$work/$t
  mkdir -p "$fresh"
  find "$repo" -maxdepth 1 -type f \( -name 'seed-*' -o -name 'crash-regression-*' \) \
       -exec cp {} "$fresh/" \;
  kept=$(ls "$fresh" | wc -l)
  before=$(( $(ls "$repo" | wc -l) - kept ))
  dict=()
  if [ -f "$here/$t.dict" ]; then
    dict=("-dict=$here/$t.dict")
  fi
  log=$work/$t.log
  if ! "$bin" -merge=1 -timeout=10 -rss_limit_mb=2048 "${dict[@]}" \
       "$fresh" "$repo" "$run" > "$log" 2>&1; then
    printf '%-18s FAILED  the merge (log: %s)\n' "$t" "$build/fuzz-merge-$t.log"
    cp "$log" "$build/fuzz-merge-$t.log"
    failed=$((failed + 1))
    continue
  fi
  # The new files are named by libFuzzer with their SHA-1.
  for f in "$fresh"/*; do
    b=$(basename "$f")
    case $b in
      seed-*|crash-regression-*|found-*) ;;
      *) mv "$f" "$fresh/found-$b" ;;
    esac
  done
  if ! "$replay" "$fresh" > "$work/$t.replay" 2>&1; then
    printf '%-18s FAILED  %s does not pass over the merged corpus (left unchanged):\n' \
      "$t" "${t}_replay"
    tail -n 5 "$work/$t.replay" | sed 's/^/    /'
    failed=$((failed + 1))
    continue
  fi
  find "$repo" -maxdepth 1 -type f ! -name 'seed-*' ! -name 'crash-regression-*' -delete
  find "$fresh" -maxdepth 1 -type f -name 'found-*' -exec cp {} "$repo/" \;
  after=$(count "$repo" 'found-*')
  bytes=$(cat "$repo"/found-* 2>/dev/null | wc -c)
  printf '%-18s merged  %s seeds, %s crash regressions, found %s -> %s (%s bytes)\n' "$t" \
    "$(count "$repo" 'seed-*')" "$(count "$repo" 'crash-regression-*')" "$before" "$after" \
    "$bytes"
  merged=$((merged + 1))
done
echo "$merged merged, $failed failed"
[ "$failed" -eq 0 ]
