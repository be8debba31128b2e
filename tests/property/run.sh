#!/bin/sh
# Runs the property tests against one build of the shared library:
#   sh tests/property/run.sh /path/to/libclusctl.so [PYTHON]
# PYTHON is the Python 3 interpreter with hypothesis and pytest (ctest passes
# the one find_package(Python3) found); python3 on the PATH when not given.
# The Hypothesis seed is CLUSCTL_HYPOTHESIS_SEED when set, else a fresh random
# one; it is printed at the end of the run (replay with CLUSCTL_HYPOTHESIS_SEED=N).
# Exits with pytest's status, except that "no tests collected" (5) is a failure too.
set -u
if [ $# -lt 1 ] || [ $# -gt 2 ] || [ -z "$1" ]; then
    echo "usage: $0 LIBPATH [PYTHON]" >&2
    exit 2
fi
python=${2:-python3}
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
    seed=$("$python" -c 'import random; print(random.SystemRandom().randrange(2**32))')
fi
echo "property tests of $lib with $python: hypothesis seed: $seed (replay: CLUSCTL_HYPOTHESIS_SEED=$seed)"
CLUSCTL_LIB=$lib CLUSCTL_HYPOTHESIS_SEED=$seed PYTHONDONTWRITEBYTECODE=1 \
    "$python" -m pytest -q -p no:cacheprovider --rootdir="$dir" "$dir" \
    --hypothesis-seed="$seed" -o console_output_style=classic
status=$?
if [ "$status" -eq 5 ]; then
    echo "$0: pytest collected no tests: failing" >&2
    exit 1
fi
exit "$status"
