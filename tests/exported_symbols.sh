#!/bin/sh
# The shared library exports the public API and nothing else: every defined
# dynamic symbol is a clusctl_* function of the headers.   exported_symbols.sh LIB
set -eu
lib=$1
symbols=$(nm -D --defined-only "$lib" | awk '{print $3}' | sort)
others=$(printf '%s\n' "$symbols" | grep -v '^clusctl_' || true)
count=$(printf '%s\n' "$symbols" | grep -c '^clusctl_' || true)
if [ -n "$others" ]; then
  echo "exported but not public API:"; printf '%s\n' "$others"
  echo "0 passed, 1 failed"; exit 1
fi
# Each exported name is declared in a public header.
missing=0
for s in $symbols; do
  grep -q "\\b$s(" "$(dirname "$0")"/../include/clusctl/*.h || { echo "not in a header: $s"; missing=1; }
done
[ "$missing" = 0 ] || { echo "0 passed, 1 failed"; exit 1; }
# The unstable interface (CCTL_UNSTABLE_FUNC) is in the static library only.
for s in $(sed -n 's/^CCTL_UNSTABLE_FUNC [^(]*[ *]\(clusctl_[a-z_0-9]*\)(.*/\1/p' \
             "$(dirname "$0")"/../include/clusctl/*.h); do
  if printf '%s\n' "$symbols" | grep -qx "$s"; then
    echo "unstable but exported: $s"; echo "0 passed, 1 failed"; exit 1
  fi
  unstable=$s
done
[ -n "${unstable:-}" ] || { echo "no CCTL_UNSTABLE_FUNC found"; echo "0 passed, 1 failed"; exit 1; }
soname=$(readelf -d "$lib" | sed -n 's/.*Library soname: \[\(.*\)\]/\1/p')
echo "$count public symbols, soname $soname"
case $soname in libclusctl.so.[0-9]*) ;; *) echo "bad soname"; exit 1 ;; esac
echo "1 passed, 0 failed"
