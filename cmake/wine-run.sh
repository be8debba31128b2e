#!/bin/sh
# Runs a Windows test program under Wine for ctest (CMAKE_CROSSCOMPILING_EMULATOR).
# The prefix lives in the build folder and is made once, under a lock; the
# clusapi override makes Wine load the tests' fake clusapi.dll, since Wine's
# own does not implement ClusterResourceControl.
#   wine-run.sh WINE PREFIX PROGRAM [ARGS...]
wine=$1 prefix=$2
shift 2
export WINEPREFIX="$prefix" WINEDEBUG=-all WINEDLLOVERRIDES="clusapi=n"
if [ ! -f "$prefix/system.reg" ]; then
  mkdir -p "$prefix"
  (
    flock 9
    [ -f "$prefix/system.reg" ] || "$wine" wineboot --init >/dev/null 2>&1
  ) 9>"$prefix.lock"
fi
exec "$wine" "$@"
