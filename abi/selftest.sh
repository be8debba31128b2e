#!/usr/bin/env bash
# Proves that abi/check.sh fails where it must: the baseline against doctored
# copies of itself (abidw's XML), so that the verdicts come from abidiff's own
# analysis, not from this script.
#   bash abi/selftest.sh     prints "N passed, N failed"
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
base=$root/abi/libclusctl.abi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0 failed=0
expect() { # expect STATUS WHAT FILE
  local rc=0
  bash "$root/abi/check.sh" "$3" > "$work/out" 2>&1 || rc=$?
  if [ "$rc" = "$1" ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL: $2: check.sh exited $rc, expected $1" >&2
    cat "$work/out" >&2
  fi
}
soname=$(grep -o "soname='[^']*'" "$base" | head -1 | cut -d"'" -f2)

cp "$base" "$work/same.abi"
expect 0 "the baseline itself" "$work/same.abi"

# A function removed (renamed away): incompatible.
sed "s/clusctl_vm_init/clusctl_vm_init_gone/g" "$base" > "$work/removed.abi"
expect 1 "a removed function, same SONAME" "$work/removed.abi"
sed "s/soname='$soname'/soname='$soname.99'/" "$work/removed.abi" > "$work/removed-new.abi"
expect 0 "a removed function, new SONAME" "$work/removed-new.abi"

# Two members of clusctl_vm swapped (failure_reason and progress): the
# layout changed, incompatibly.
python3 - "$base" "$work/moved.abi" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
pattern = (r"(layout-offset-in-bits=')(\d+)('>\s*<var-decl name='failure_reason')"
           r"(.*?layout-offset-in-bits=')(\d+)('>\s*<var-decl name='progress')")
doctored, n = re.subn(pattern, r"\g<1>\5\3\g<4>\2\6", text, count=1, flags=re.S)
open(sys.argv[2], "w").write(doctored if n == 1 else text)
PY
if cmp -s "$base" "$work/moved.abi"; then
  failed=$((failed + 1)); echo "FAIL: could not doctor clusctl_vm's layout" >&2
else
  expect 1 "two members swapped, same SONAME" "$work/moved.abi"
fi

echo "abi selftest: $passed passed, $failed failed"
[ "$failed" = 0 ]
