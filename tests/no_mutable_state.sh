#!/bin/sh
# The core holds no mutable state (README: "Threads"): no object file of the
# static library has a byte of writable data. Fails when any has a section
# .data, .bss, .tdata or .tbss (or one of their -fdata-sections pieces,
# .data.NAME, .bss.NAME) that is not empty, or a common symbol. Tables that
# hold pointers are in .data.rel.ro, which the loader makes read-only once
# it has relocated them (RELRO): allowed. Every static variable, at file
# scope or in a function, that is not const lands in .data or .bss.
#   no_mutable_state.sh OBJDUMP NM LIBRARY.a
set -eu
if [ $# -ne 3 ]; then
    echo "usage: $0 OBJDUMP NM LIBRARY.a" >&2
    exit 2
fi
objdump=$1 nm=$2 lib=$3
objects=$("$objdump" -h "$lib" | awk '/file format/ { n++ } END { print n + 0 }')
writable=$("$objdump" -h "$lib" | awk '
    /file format/ { obj = $1; sub(/:$/, "", obj) }
    $2 ~ /^\.(data|bss|tdata|tbss)(\..*)?$/ && $2 !~ /^\.data\.rel\.ro/ && $3 !~ /^0+$/ {
        print "  " obj ": " $2 ", 0x" $3 " bytes"
    }')
common=$("$nm" -A "$lib" | awk '$(NF-1) == "C" { print "  " $0 }')
if [ "$objects" -eq 0 ]; then
    echo "$0: no object files in $lib" >&2
    exit 1
fi
if [ -n "$writable$common" ]; then
    echo "writable data in the core ($lib):"
    [ -z "$writable" ] || echo "$writable"
    [ -z "$common" ] || echo "$common"
    echo "1 passed, 1 failed"
    exit 1
fi
echo "$objects object files of $lib: no writable data (.data, .bss, .tdata, .tbss) and no common symbol"
echo "1 passed, 0 failed"
