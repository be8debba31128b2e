#!/bin/sh
# Runs the property tests against one build of the shared library:
#   sh tests/property/run.sh /path/to/libclusctl.so
# The Hypothesis seed is CLUSCTL_HYPOTHESIS_SEED when set, else a fresh random
# one; it is printed at the end of the run (replay with CLUSCTL_HYPOTHESIS_SEED=N).
# Exits with pytest's status, except that "no tests collected" (5) is a failure too.
set -u
if [ $# -ne 1 ] || [ -z "$1" ]; then
    echo "usage: $0 LIBPATH" >&2
    exit 2
fi
case $1 in
    /*) lib=$1 ;;
    *) lib=$(pwd)/$1 ;;
esac
if [ ! -f "$lib" ]; then
    echo "$0: no such library: $lib" >&2
    exit 2
fi
dir=$(cd "$(dirname "$0")" && pwd)
seed=${CLUSCTL_HYPOTHESIS_SEED:-}
if [ -z "$seed" ]; then
    seed=$(/usr/bin/python3 -c 'import random; print(random.SystemRandom().randrange(2**32))')
fi
echo "property tests of $lib: hypothesis seed: $seed (replay: CLUSCTL_HYPOTHESIS_SEED=$seed)"
CLUSCTL_LIB=$lib CLUSCTL_HYPOTHESIS_SEED=$seed PYTHONDONTWRITEBYTECODE=1 \
    /usr/bin/python3 -m pytest -q -p no:cacheprovider --rootdir="$dir" "$dir" \
    --hypothesis-seed="$seed" -o console_output_style=classic
status=$?
if [ "$status" -eq 5 ]; then
    echo "$0: pytest collected no tests: failing" >&2
    exit 1
fi
exit "$status"
