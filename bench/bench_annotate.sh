#!/usr/bin/env bash
# Times `clusctl annotate` against `cat` on a realistic cluster log.
#
#   bash bench/bench_annotate.sh BUILD_DIR [MB]
#
# Generates, in a temporary directory, a cluster log of about MB megabytes
# (default 100; 1 MB = 10^6 bytes) in the format of Get-ClusterLog
# ("PID.TID::DATE-TIME LEVEL [COMPONENT] text"), with a control code in about
# one line of four (known ones such as 0x01600008, unknown ones such as
# 0x139F, upper- and lower-case), then times
#   cat FILE > /dev/null
#   BUILD_DIR/clusctl annotate FILE > /dev/null
# best of 3 runs each, in the same run, and prints MB/s for each and the
# ratio annotate time / cat time. A benchmark, not a test: nothing fails
# because something is slow. Build with -DCMAKE_BUILD_TYPE=Release for
# meaningful numbers; a sanitizer build is several times slower.
set -euo pipefail

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
  echo "usage: $0 BUILD_DIR [MB]" >&2
  exit 2
fi
tool=$1/clusctl
mb=${2:-100}
case $mb in
  ''|*[!0-9]*|0) echo "$0: MB must be a positive whole number, not '$mb'" >&2; exit 2 ;;
esac
if [ ! -x "$tool" ]; then
  echo "$0: $tool not found: build the tool first (cmake --build BUILD_DIR)" >&2
  exit 2
fi
for cmd in awk date; do
  command -v "$cmd" >/dev/null || { echo "$0: needs $cmd" >&2; exit 2; }
done

work=$(mktemp -d "${TMPDIR:-/tmp}/clusctl-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
log=$work/cluster.log

# The log: one block of lines from a fixed-seed generator (4 MB at most; awk
# is the slow part), repeated, the last copy cut to make the size exact.
awk -v bytes=$((mb < 4 ? mb * 1000000 : 4000000)) 'BEGIN {
  srand(20261121);
  split("INFO |INFO |INFO |WARN |ERR  |DBG  ", level, "|");
  split("RCM|RES|RHS|NM|GUM|DM|API|CS|QUORUM|GEM", comp, "|");
  split("0x01600008|0x01600004|0x1600008|0X01000009|0x0100002d|0x139F|0x0|0x9|0x80070005|0x00000013|0x0140003A|0x12345678", code, "|");
  split("rcm::RcmApi::ResourceControl: (5023)'"'"' because of '"'"'ResourceControl(%s) failed'"'"'|Virtual Machine <VM%d>: Control %s returned 0x139F|rcm::RcmResControl::DoResourceControl: Virtual Machine VM%d: control code %s sent to RHS|Virtual Machine Configuration <VM%d>: ResourceControl %s completed, status 0x0|HandleResourceControl: resource control %s for resource VM%d, buffer size 520", withcode, "|");
  split("Received request from client address 10.0.0.%d.|Node %d is up and joining the cluster.|Lock acquired, sequence number %d, waiters 0|Ticks since last heartbeat %d, threshold 5000|Resource IP Address 10.0.0.%d went into state Online.|[GUM] Node 2: Processing RequestLock 2:%d|Signaled NetworkStateChanged event for network Cluster Network %d|Group Cluster Group state change requested, current sequence %d", plain, "|");
  n = 0; t = 0;
  while (n < bytes) {
    t += 1 + int(rand() * 40);
    ms = t % 1000; s = int(t / 1000) % 60; m = int(t / 60000) % 60; h = 10 + int(t / 3600000) % 14;
    head = sprintf("%08x.%08x::2026/11/21-%02d:%02d:%02d.%03d %s [%s] ",
                   1000 + int(rand() * 8000), 1000 + int(rand() * 60000), h, m, s, ms,
                   level[1 + int(rand() * 6)], comp[1 + int(rand() * 10)]);
    if (rand() < 0.25) {
      f = withcode[1 + int(rand() * 5)];
      c = code[1 + int(rand() * 12)];
      k = 1 + int(rand() * 9);
      if (index(f, "%s") < index(f, "%d") || index(f, "%d") == 0)
        line = sprintf(f, c, k);
      else
        line = sprintf(f, k, c);
    } else {
      line = sprintf(plain[1 + int(rand() * 8)], 1 + int(rand() * 250));
    }
    line = head line "\r";
    print line;
    n += length(line) + 1;
  }
}' > "$work/block"
block_bytes=$(wc -c < "$work/block")
target=$((mb * 1000000))
: > "$log"
size=0
while [ $((size + block_bytes)) -le "$target" ]; do
  cat "$work/block" >> "$log"
  size=$((size + block_bytes))
done
if [ "$size" -lt "$target" ]; then
  head -c $((target - size)) "$work/block" >> "$log"
  size=$target
fi
lines=$(wc -l < "$log")
coded=$(grep -c -i -E '(^|[^A-Za-z0-9_])0x[0-9A-Fa-f]{1,8}([^0-9A-Za-z_]|$)' "$log" || true)
named=$("$tool" annotate "$log" | grep -c ' \[CL' || true)

# Seconds, as a decimal, of one run of "$@" with its output to /dev/null.
now() {
  if [ -n "${EPOCHREALTIME:-}" ]; then echo "${EPOCHREALTIME/,/.}"; else date +%s.%N; fi
}
time_once() {
  local t0 t1
  t0=$(now)
  "$@" > /dev/null
  t1=$(now)
  awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.6f\n", b - a }'
}
best_of_3() {
  local best="" t i
  for i in 1 2 3; do
    t=$(time_once "$@")
    if [ -z "$best" ] || awk -v a="$t" -v b="$best" 'BEGIN { exit !(a < b) }'; then
      best=$t
    fi
  done
  echo "$best"
}

cat "$log" > /dev/null # warm the page cache
t_cat=$(best_of_3 cat "$log")
t_ann=$(best_of_3 "$tool" annotate "$log")

echo "clusctl annotate benchmark: $((size / 1000000)) MB, $lines lines, $coded of them with a 0x number, $named with a name added; best of 3, wall time"
awk -v bytes="$size" -v c="$t_cat" -v a="$t_ann" 'BEGIN {
  printf "annotate %.0f MB/s (%.3f s), cat %.0f MB/s (%.3f s): annotate takes %.1fx cat'"'"'s time\n",
         bytes / 1e6 / a, a, bytes / 1e6 / c, c, a / c
}'
