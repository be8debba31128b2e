#!/bin/sh
# Installs a clusctl build into a scratch prefix, then builds and runs a tiny
# consumer against it, once through find_package(clusctl CONFIG) (shared and
# static) and once through pkg-config.   run.sh BUILD_DIR C_COMPILER
# The programs run under CLUSCTL_CONSUMER_RUNNER when it is set (words
# separated by spaces: the build's CLUSCTL_TEST_RUNNER, valgrind say).
set -eu
run=${CLUSCTL_CONSUMER_RUNNER:-}
build=$(cd "$1" && pwd) cc=$2
here=$(cd "$(dirname "$0")" && pwd)
work="$build/consumer-test"
rm -rf "$work"
prefix="$work/prefix"

cmake --install "$build" --prefix "$prefix" >/dev/null
version=$(sed -n 's/^Version: //p' "$prefix"/lib*/pkgconfig/clusctl.pc)

echo "== find_package(clusctl CONFIG)"
cmake -S "$here" -B "$work/cmake" -DCMAKE_C_COMPILER="$cc" \
  -DCMAKE_PREFIX_PATH="$prefix" -DCLUSCTL_WANT_VERSION="${version%.*}" >/dev/null
cmake --build "$work/cmake" >/dev/null
$run "$work/cmake/consumer"
$run "$work/cmake/consumer_static"

echo "== pkg-config clusctl"
export PKG_CONFIG_PATH
PKG_CONFIG_PATH=$(echo "$prefix"/lib*/pkgconfig)
# shellcheck disable=SC2046
"$cc" -std=c99 -Wall -Wextra -Werror \
  "-DCLUSCTL_CONSUMER_EXPECTED_VERSION=\"$version\"" "$here/main.c" \
  $(pkg-config --cflags --libs clusctl) -o "$work/consumer_pc"
LD_LIBRARY_PATH=$(pkg-config --variable=libdir clusctl) $run "$work/consumer_pc"

echo "== the installed tool and man page"
$run "$prefix/bin/clusctl" decode 0x01600008 > "$work/decode.txt"
head -2 "$work/decode.txt"
test -s "$prefix/share/man/man1/clusctl.1"
echo "consumer: 3 passed, 0 failed"
