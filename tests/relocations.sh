#!/bin/sh
# The shared library's load-time relocations stay few: its tables hold
# offsets into string pools, not pointers, and its calls of its own
# functions bind inside it (README, "Growing the ABI").
#   relocations.sh READELF LIB MAX
# Fails when LIB has MAX relocations or more, and then lists where they
# are (the symbol each one is in or names).
set -eu
readelf=$1
lib=$2
max=$3
count=$("$readelf" -rW "$lib" | grep -c ' R_' || true)
echo "$count relocations (fewer than $max expected)"
if [ "$count" -ge "$max" ]; then
  "$readelf" -rW "$lib" | grep ' R_' | awk '{print $3, $5}' | sort | uniq -c | sort -rn | head -20
  echo "0 passed, 1 failed"
  exit 1
fi
echo "1 passed, 0 failed"
