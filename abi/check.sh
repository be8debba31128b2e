#!/usr/bin/env bash
# The ABI check: compares a built libclusctl.so with the checked-in baseline
# of the last release's ABI (abi/libclusctl.abi, abidw's XML), with
# libabigail's abidiff.
#
#   bash abi/check.sh LIB                  check LIB against the baseline
#   bash abi/check.sh --update LIB         rewrite the baseline from LIB (at a
#                                          release, from a RelWithDebInfo build)
#   bash abi/check.sh --baseline FILE LIB  check against another baseline
#
# LIB is the shared library built with debug information (-g): abidw reads
# the types from its DWARF. Only what the public headers (include/clusctl)
# declare counts.
#
# Verdict, from abidiff's exit status (bit 4: a change, bit 8: a change
# abidiff knows to be incompatible) with added symbols left out:
#   - no change, or only added functions: pass;
#   - any other change with a new SONAME: pass (the SONAME says it); the
#     baseline is refreshed with --update when that version is released;
#   - any other change that keeps the SONAME: fail. abidiff reports a
#     changed layout (a member moved, a size) as a change it cannot judge
#     (bit 4), so bit 4 fails too. A compatible growth (a member taken from
#     a struct's reserved room, the size unchanged) is such a change: check
#     it against the README's rules, then refresh the baseline in the same
#     commit, where reviewers see it.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
baseline=$root/abi/libclusctl.abi
update=0
case ${1:-} in
  --update) update=1; shift ;;
  --baseline) baseline=$2; shift 2 ;;
esac
lib=${1:?usage: check.sh [--update | --baseline FILE] LIB}
headers=$root/include/clusctl

dump() { # dump LIB OUT
  abidw --headers-dir "$headers" --no-corpus-path --no-comp-dir-path \
    --short-locs --no-architecture --drop-undefined-syms --out-file "$2" "$1"
}

if [ $update = 1 ]; then
  dump "$lib" "$baseline"
  echo "abi: $baseline rewritten from $lib"
  exit 0
fi

soname() { # the SONAME recorded in an abidw dump or read from an ELF file
  case $1 in
    *.abi | *.xml) grep -o "soname='[^']*'" "$1" | head -1 | cut -d"'" -f2 ;;
    *) readelf -d "$1" | sed -n 's/.*Library soname: \[\(.*\)\].*/\1/p' ;;
  esac
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
case $lib in
  *.abi | *.xml) current=$lib ;;
  *) current=$work/current.abi; dump "$lib" "$current" ;;
esac
old_soname=$(soname "$baseline")
new_soname=$(soname "$current")
rc=0
abidiff --no-added-syms "$baseline" "$current" > "$work/report" 2>&1 || rc=$?
if [ $((rc & 3)) -ne 0 ]; then
  cat "$work/report" >&2
  echo "abi: abidiff failed (exit status $rc)" >&2
  exit 2
fi
if [ $((rc & 12)) -ne 0 ]; then
  cat "$work/report"
  if [ "$old_soname" = "$new_soname" ]; then
    echo "abi: FAIL: the ABI changed and the SONAME ($new_soname) did not:" \
         "raise CCTL_ABI_VERSION (include/clusctl/version.h), or keep the ABI," \
         "or (a reviewed compatible growth) refresh the baseline" >&2
    exit 1
  fi
  echo "abi: changed from the baseline ($old_soname), and the SONAME says so:" \
       "$new_soname; refresh the baseline with --update at the release"
  exit 0
fi
echo "abi: the same as the baseline ($new_soname)"
