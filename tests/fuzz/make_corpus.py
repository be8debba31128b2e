#!/usr/bin/env python3
"""Writes the fuzz targets' seed corpora (tests/fuzz/corpus/<target>/) and
dictionaries (tests/fuzz/<target>.dict), deterministically.

Run from anywhere: python3 tests/fuzz/make_corpus.py [--clean | --check]

A corpus folder holds three kinds of file, by name:
- seed-*: written here (this script is their one source; a seed it no
  longer writes is deleted by --clean);
- found-<sha1>: what a fuzzing run reached that the seeds do not, merged and
  minimized by tests/fuzz/merge_corpora.sh (which rewrites them all);
- crash-regression-*: the input of a bug found, saved by hand.
Other files (a fuzzer's raw output copied by hand) are kept; --clean deletes
them and stale seeds, never found-* or crash-regression-* files. --check
writes nothing and exits 1 when a seed or a dictionary is missing or differs
(the test fuzz_corpus_current): fuzz_cli's seeds and dictionary follow the
tool's commands, subcommands and options, read from src/cli/, so a new one
there needs this script run again (and it fails when a command or
subcommand has no seed).
"""
import argparse
import json
import csv
import os
import re
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CSV = os.path.join(HERE, "..", "..", "data", "control_codes.csv")

START = 0x01600004
CANCEL = 0x01600008


def le32(*values):
    return b"".join(struct.pack("<I", v) for v in values)


def utf16(text, nul=True):
    return text.encode("utf-16-le") + (b"\0\0" if nul else b"")


def argv(*args, stdin=None):
    """An input of fuzz_cli: the arguments joined by NUL (one more NUL when
    the last is empty, as a final NUL adds no argument), then, for `stdin`,
    0xFF and the standard input's bytes."""
    line = b"\0".join(a.encode("utf-8") if isinstance(a, str) else a for a in args)
    if args and args[-1] in ("", b""):
        line += b"\0"
    assert b"\xff" not in line
    return line if stdin is None else line + b"\xff" + stdin


def decode_seeds():
    return {
        "start-le": le32(START),
        "cancel-le": le32(CANCEL),
        "start-text": b"0x01600004",
        "cancel-text": b"0x01600008",
        "cancel-decimal": b"23068680",
        "start-upper-hex": b"0X1600004",
        "start-restype-config": le32(START) + b"Virtual Machine Configuration",
        "start-restype-vm": le32(START) + b"virtual machine",
        "sdk-clctl-get-flags": le32(0x00000009),
        "sdk-resource-get-flags": le32(0x01000009),
        "sdk-cluster-shutdown": le32(0x0700004D),
        "sdk-affinityrule-get-id": le32(0x09000039),
        "sdk-several": le32(0x01000009, 0x02000009, 0x03000009, 0x04000009),
        "unknown-object": le32(0x0A000009),
        "user-code-macro": le32(0x01800004),
        "user-and-internal": le32(0x01300004),
        "all-ones": le32(0xFFFFFFFF),
        "zero": le32(0),
        "short": b"\x04\x00",
        "text-max": b"4294967295",
        "text-overflow": b"4294967296",
        "text-hex-overflow": b"0x123456789",
        "text-hex-leading-zeros": b"0x0000000001600004",
        "text-octal": b"0777",
        "text-negative": b"-5",
        "text-bare-0x": b"0x",
        "text-zero": b"0",
        "text-space": b" 1",
    }


def name_seeds():
    return {
        "vm-start": b"CLUSCTL_RESOURCE_VM_START_MIGRATION",
        "vm-cancel": b"CLUSCTL_RESOURCE_VM_CANCEL_MIGRATION",
        "vm-cancel-typo": b"CLUSCTL_RESOURCE_VM_CANCEL_MIGRATON",
        "vm-config-update": b"CLUSCTL_RESOURCE_VM_CONFIG_UPDATE",
        "clctl-get-flags-lower": b"clctl_get_flags",
        "clctl-get-flags": b"CLCTL_GET_FLAGS",
        "mixed-case": b"Clusctl_Resource_Get_Flags",
        "near-miss": b"CLUSCTL_RESOURCE_GET_FLAG",
        "prefix-only": b"CLUSCTL_",
        "embedded-nul": b"CLCTL_GET_FLAGS\0junk",
        "object-resource-type": b"resource_type",
        "object-cluster": b"Cluster",
        "object-user": b"USER",
        "access-read": b"read",
        "access-write": b"WRITE",
        "vm-state-online": b"online",
        "vm-state-offline": b"OFFLINE",
        "vm-state-paused": b"paused",
        "vm-state-unknown": b"unknown",
        "migration-data-transfer": b"data-transfer",
        "migration-canceled": b"Canceled",
        "empty": b"",
        "long": b"CLUSCTL_" * 40,
        "high-bytes": b"CLCTL_GET_\xc3\xa9FLAGS",
    }


def start_buffer_seeds():
    nonbmp = "node\U0001F600"  # U+1F600: a surrogate pair in UTF-16
    return {
        "node2": utf16("node2"),
        "node2-padded": utf16("node2") + b"\0" * 8,
        "empty": b"",
        "just-nul": b"\0\0",
        "odd-size": utf16("node2")[:-1],
        "no-nul": utf16("node2", nul=False),
        "embedded-nul": utf16("node") + utf16("2"),
        "lone-high-surrogate": b"n\0\x00\xd8o\0\0\0",
        "lone-low-surrogate": b"n\0\x00\xdco\0\0\0",
        "high-surrogate-at-end": b"n\0\x3d\xd8\0\0",
        "name-255-units": utf16("n" * 255),
        "name-256-units": utf16("n" * 256),
        "nonbmp": utf16(nonbmp),
        "nonbmp-at-254": utf16("n" * 253 + "\U0001F600"),
        "nonbmp-at-255": utf16("n" * 254 + "\U0001F600"),
        "bmp-3-byte": utf16("n\u00e9\u4e2d\uffff"),
        # The same names as UTF-8 text, for the encoding half.
        "utf8-node2": b"node2",
        "utf8-accented": "n\u00f6de".encode("utf-8"),
        "utf8-nonbmp": nonbmp.encode("utf-8"),
        "utf8-overlong": b"n\xc0\xafde",
        "utf8-surrogate": b"n\xed\xa0\x80",
        "utf8-above-10ffff": b"n\xf4\x90\x80\x80",
        "utf8-truncated": b"node\xe4\xb8",
        "utf8-255": b"n" * 255,
        "utf8-256": b"n" * 256,
    }


def front_door_seed(code_sel, vm_sel, mig_sel, host, source, dest, caller_sel,
                    flags=0, raw=0, buffer=b""):
    """The 12-byte header fuzz_front_door.c reads, then the input buffer."""
    return bytes([code_sel, vm_sel, mig_sel, host, source, dest, caller_sel,
                  flags]) + le32(raw) + buffer


# Selectors of fuzz_front_door.c.
FD_START, FD_CANCEL, FD_GET_FLAGS, FD_RAW = 0, 1, 9, 15
VM_ENABLED, VM_DISABLED, VM_PAUSED, VM_UNDOC = 1, 2, 3, 13
MIG_NONE, MIG_SETUP, MIG_TRANSFER, MIG_MOVE, MIG_CANCELED, MIG_FAILURE = range(6)
MIG_UNDOC = 8
CALLER_HOST = 5


def front_door_seeds():
    s = front_door_seed
    n2 = utf16("node2")
    return {
        "start-ok": s(FD_START, VM_ENABLED, MIG_NONE, 1, 0, 0, CALLER_HOST, buffer=n2),
        "start-ok-case": s(FD_START, VM_ENABLED, MIG_NONE, 1, 0, 0, CALLER_HOST,
                           buffer=utf16("Node2")),
        "start-from-canceled": s(FD_START, VM_ENABLED, MIG_CANCELED, 1, 1, 2, 1,
                                 progress_flags(40), 0x80004005, n2),
        "start-from-failure": s(FD_START, VM_ENABLED, MIG_FAILURE, 2, 2, 1, 2,
                                buffer=utf16("node1")),
        "start-running": s(FD_START, VM_ENABLED, MIG_SETUP, 1, 1, 2, 1, buffer=n2),
        "start-vm-off": s(FD_START, VM_DISABLED, MIG_NONE, 1, 0, 0, 1, buffer=n2),
        "start-not-host": s(FD_START, VM_ENABLED, MIG_NONE, 1, 0, 0, 2, buffer=n2),
        "start-to-self": s(FD_START, VM_ENABLED, MIG_NONE, 1, 0, 0, 1,
                           buffer=utf16("node1")),
        "start-to-down": s(FD_START, VM_ENABLED, MIG_NONE, 1, 0, 0, 1,
                           buffer=utf16("node3")),
        "start-to-unknown": s(FD_START, VM_ENABLED, MIG_NONE, 1, 0, 0, 1,
                              buffer=utf16("node9")),
        "start-no-buffer": s(FD_START, VM_ENABLED, MIG_NONE, 1, 0, 0, 1, flags=1),
        "start-null-buffer-size": s(FD_START, VM_ENABLED, MIG_NONE, 1, 0, 0, 1,
                                    flags=1, buffer=n2),
        "start-empty-name": s(FD_START, VM_ENABLED, MIG_NONE, 1, 0, 0, 1,
                              buffer=b"\0\0"),
        "start-odd": s(FD_START, VM_ENABLED, MIG_NONE, 1, 0, 0, 1, buffer=n2[:-1]),
        "start-surrogate": s(FD_START, VM_ENABLED, MIG_NONE, 1, 0, 0, 1,
                             buffer=b"n\0\x00\xd8\0\0"),
        "start-null-cluster": s(FD_START, VM_ENABLED, MIG_NONE, 1, 0, 0, 1, flags=2,
                                buffer=n2),
        "start-undocumented-mig": s(FD_START, VM_ENABLED, MIG_UNDOC, 1, 0, 0, 1,
                                    buffer=n2),
        "start-undocumented-vm": s(FD_START, VM_UNDOC, MIG_NONE, 1, 0, 0, 1, buffer=n2),
        "cancel-setup": s(FD_CANCEL, VM_ENABLED, MIG_SETUP, 1, 1, 2, 1),
        "cancel-transfer": s(FD_CANCEL, VM_ENABLED, MIG_TRANSFER, 1, 1, 2, 1,
                             progress_flags(50)),
        "cancel-move": s(FD_CANCEL, VM_ENABLED, MIG_MOVE, 1, 1, 2, 1),
        "cancel-not-source": s(FD_CANCEL, VM_ENABLED, MIG_SETUP, 1, 1, 2, 2),
        "cancel-with-buffer": s(FD_CANCEL, VM_ENABLED, MIG_SETUP, 1, 1, 2, 1, buffer=n2),
        "cancel-undocumented-vm": s(FD_CANCEL, VM_UNDOC, MIG_SETUP, 1, 1, 2, 1),
        "cancel-none": s(FD_CANCEL, VM_ENABLED, MIG_NONE, 1, 0, 0, 1),
        "other-get-flags": s(FD_GET_FLAGS, VM_ENABLED, MIG_NONE, 1, 0, 0, 1, buffer=n2),
        "other-raw": s(FD_RAW, VM_ENABLED, MIG_NONE, 1, 0, 0, 1, raw=0x0160000C),
        "raw-start": s(FD_RAW, VM_ENABLED, MIG_NONE, 1, 0, 0, 1, raw=START, buffer=n2),
        "short": bytes([FD_START, VM_ENABLED]),
    }


# Property lists and value lists (fuzz_plist), built from the format.
NAME_SYNTAX, LV = 0x00040003, 0x00010000


def pad4(data):
    return data + b"\0" * (-len(data) % 4)


def pvalue(syntax, data):
    return le32(syntax) + le32(len(data)) + pad4(data)


def pdword(v, syntax=LV | 2):
    return pvalue(syntax, le32(v))


def psz(text, syntax=LV | 3):
    return pvalue(syntax, utf16(text))


def pmulti(strings):
    return pvalue(LV | 5, b"".join(utf16(t) for t in strings) + b"\0\0")


def plist(props, final=True):
    out = le32(len(props))
    for name, values in props:
        out += pvalue(NAME_SYNTAX, utf16(name)) + b"".join(values) + le32(0)
    return out + (le32(0) if final else b"")


def vlist(values):
    return b"".join(values) + le32(0)


def nest(inner, levels):
    for _ in range(levels):
        inner = plist([("N", [pvalue(LV | 14, inner)])], final=False)
    return inner


def plist_seeds():
    vm = [("VmState", [pdword(2)]), ("MigrationProgress", [pdword(42)]),
          ("MigrationFailureReason", [pdword(0)])]
    every = [("B", [pvalue(LV | 1, b"\1\2\3")]), ("D", [pdword(0xDEADBEEF)]),
             ("S", [psz("h\u00e9")]), ("E", [psz("%W%", LV | 4), psz("C:", LV | 8)]),
             ("M", [pmulti(["a", "bc"])]),
             ("U", [pvalue(LV | 6, struct.pack("<Q", 0x0123456789ABCDEF))]),
             ("L", [pvalue(LV | 7, struct.pack("<i", -2))]),
             ("X", [pvalue(LV | 9, b"\1\0\4\x80" + b"\0" * 16)]),
             ("I", [pvalue(LV | 10, struct.pack("<q", -1))]),
             ("F", [pvalue(LV | 12, struct.pack("<Q", 0x01DA1B2C3D4E5F60))]),
             ("W", [pvalue(LV | 11, struct.pack("<H", 0xBEEF))])]
    one = plist([("N", [pdword(7)])])
    storage = [pdword(0x12345678, 0x00050002), pdword(0x03020100, 0x00060002),
               pdword(1, 0x00070002), pvalue(0x000C0006, struct.pack("<Q", 10**12)),
               psz("SN1", 0x000A0003), pvalue(0x000D0001, bytes(range(1, 7)))]
    a = [("A", [pdword(1)])]
    return {
        "vm-ro": plist(vm),
        "vm-ro-bare": plist(vm, final=False),
        "vm-failed": plist([("VmState", [pdword(2)]), ("MigrationProgress", [pdword(0)]),
                            ("MigrationFailureReason", [pdword(0x800700AA)])]),
        "every-format": plist(every),
        "two-values": plist([("Values", [pdword(1), pdword(2)])]),
        "expand-pair": plist([("Path", [psz("%TMP%", LV | 4), psz("C:\\T", LV | 8)])]),
        "multi-sz": plist([("One", [pmulti(["ab"])]), ("Many", [pmulti(["a", "bc", "def"])]),
                           ("Astral", [pmulti(["\U0001F600x", "\u00e9"])]),
                           ("None", [pmulti([])])], final=False),
        "nested-plist": plist([("Inner", [pvalue(LV | 14, one)])]),
        "nested-vlist": plist([("VLs", [pvalue(LV | 13, vlist([pdword(5)]))])]),
        # Canonical without final ENDMARKs (the writer's NO_FINAL_ENDMARK),
        # and a list whose property lists end both ways (not canonical).
        "nested-bare": plist([("Inner", [pvalue(LV | 14, plist([("N", [pdword(7)])], final=False))])],
                             final=False),
        "nested-mixed-endmarks": plist([("Inner", [pvalue(LV | 14, plist([("N", [pdword(7)])],
                                                                         final=False))])]),
        "vlist-nested-bare": vlist([pvalue(LV | 14, plist([("N", [pdword(7)])], final=False))]),
        # The empty MULTI_SZ as two NULs: read as empty, written as one NUL.
        "multi-sz-empty-two-nuls": plist([("E", [pvalue(LV | 5, b"\0\0\0\0")])]),
        "nested-8": nest(plist(a, final=False), 8),
        "nested-9": nest(plist(a, final=False), 9),
        "storage": vlist(storage),
        "two-disks": vlist([pdword(0x11111111, 0x00050002), pdword(2, 0x00070002),
                            pdword(0x22222222, 0x00050002), pdword(3, 0x00070002)]),
        "dependencies": vlist([pdword(1, 0x00020002), psz("Disk", NAME_SYNTAX)]),
        "empty-plist": le32(0) + le32(0),
        "empty-plist-bare": le32(0),
        "empty-vlist": le32(0),
        "lenient-sz-empty": plist([("S", [pvalue(LV | 3, b"")])], final=False),
        "lenient-sz-nuls": plist([("S", [pvalue(LV | 3, b"a\0\0\0\0\0")])], final=False),
        "lenient-multi-short": plist([("S", [pvalue(LV | 5, b"a\0\0\0")])], final=False),
        "lenient-padding": plist([("S", [le32(LV | 1) + le32(1) + b"\x7f\xaa\xbb\xcc"])],
                                 final=False),
        "lenient-format": plist([("S", [pvalue(LV | 99, b"\1\2\3\4")])], final=False),
        "lenient-user": plist([("S", [pvalue(0x80008000, b"\x09\x09")])], final=False),
        "lenient-no-value": plist([("S", [])], final=False),
        "lenient-four": plist([("S", [pdword(i) for i in range(4)])], final=False),
        "lenient-expanded": plist([("S", [psz("C", LV | 8)])], final=False),
        "bad-truncated": plist(vm)[:-9],
        "bad-length": plist(a)[:8] + le32(100) + plist(a)[12:],
        "bad-count": le32(2) + plist(a)[4:],
        "bad-trailing": plist(a) + b"\1\2",
        "bad-surrogate-name": plist([("S", [pdword(1)])]).replace(b"S\0\0\0", b"\0\xd8\0\0"),
        "bad-dword-length": plist([("D", [pvalue(LV | 2, b"\1\2")])]),
    }


def plist_dict_tokens():
    """Syntax words, lengths, names and surrogates, little-endian bytes."""
    syntaxes = [0, NAME_SYNTAX, 0x00020002, 0x00050002, 0x00060002, 0x00070002, 0x00080001,
                0x000A0003, 0x000B0003, 0x000C0006, 0x000D0001, 0x000F0001, 0x80008000]
    syntaxes += [LV | f for f in range(1, 15)]
    tokens = [le32(v) for v in syntaxes]
    tokens += [le32(n) for n in (1, 2, 3, 4, 6, 8, 16, 20, 36)]
    tokens += [utf16(n) for n in ("VmState", "MigrationProgress", "MigrationFailureReason",
                                  "MigrationState", "A")]
    tokens += [b"\x3d\xd8\x00\xde", b"\x00\xd8", b"\x00\xdc", b"\0\0\0\0\0\0\0\0"]
    return tokens


# Selectors of fuzz_vm_control.c.
VC_GET_RO, VC_GET, VC_ENUM, VC_SET, VC_VALIDATE, VC_START, VC_CANCEL, VC_FMTS, VC_RAW = (
    0, 1, 2, 3, 4, 7, 8, 9, 15)
VC_ENABLED, VC_PAUSED, VC_WRITTEN, VC_BROKEN = 1, 3, 0x10, 0x20
VC_NULL_OUT, VC_EXACT, VC_ALIAS, VC_NULL_IN, VC_TAIL_SIZE, VC_OVER = 1, 2, 4, 8, 16, 32
NAME, LV_DWORD, LV_SZ, LV_LONG, LV_EXPANDED_SZ = 0x00040003, 0x00010002, 0x00010003, 0x00010007, 0x00010008


def vm_control_seed(code_sel, vm_sel=VC_ENABLED, mig=0, offline=1, numa=1, bits=4, vm_id=0,
                    flags=VC_EXACT, raw=0, buffer=b""):
    """The 12-byte header fuzz_vm_control.c reads, then the input buffer."""
    return bytes([code_sel, vm_sel, mig, offline, numa, bits, vm_id, flags]) + le32(raw) + buffer


def vc_pvalue(syntax, data):
    return le32(syntax, len(data)) + data + b"\0" * (-len(data) % 4)


def vc_plist(*props, final=True):
    """A property list: (name, [(syntax, bytes)]) each."""
    out = le32(len(props))
    for name, values in props:
        out += vc_pvalue(NAME, utf16(name)) + b"".join(vc_pvalue(s, d) for s, d in values) + le32(0)
    return out + (le32(0) if final else b"")


def dword(name, v, syntax=LV_DWORD):
    return (name, [(syntax, le32(v))])


def sz(name, text, syntax=LV_SZ):
    return (name, [(syntax, utf16(text))])


def vm_control_seeds():
    s = vm_control_seed
    guid = "6B29FC40-CA47-1067-B31D-00DD010662DA"
    cut = vc_plist(dword("OfflineAction", 2))[:-7]
    return {
        "get-ro-exact": s(VC_GET_RO),
        "get-ro-short": s(VC_GET_RO, flags=0, raw=100),
        "get-ro-null": s(VC_GET_RO, flags=VC_NULL_OUT),
        "get-ro-null-with-size": s(VC_GET_RO, flags=VC_NULL_OUT, raw=40),
        "get-rw-defaults": s(VC_GET),
        "get-rw-written": s(VC_GET, VC_ENABLED | VC_WRITTEN, 2, 3, 8, 7, 1),
        "get-rw-braced": s(VC_GET, VC_PAUSED | VC_WRITTEN, 4, 0, 64, 2, 2, flags=VC_EXACT | VC_ALIAS),
        "get-rw-size-0": s(VC_GET, flags=0, raw=0),
        "get-rw-one-short": s(VC_GET, flags=0, raw=247),
        "get-with-input": s(VC_GET, buffer=b"\0\0\0\0"),
        "get-vmid-unterminated": s(VC_GET, VC_ENABLED | VC_WRITTEN, vm_id=5),
        "get-vmid-not-utf8": s(VC_GET_RO, VC_ENABLED | VC_WRITTEN, vm_id=6),
        "enum-exact": s(VC_ENUM),
        "enum-big": s(VC_ENUM, flags=0, raw=511),
        # The output's size from the input's last two bytes.
        "get-ro-tail-size-0": s(VC_GET_RO, flags=VC_TAIL_SIZE, buffer=b"\0\0"),
        "get-ro-tail-size-65535": s(VC_GET_RO, flags=VC_TAIL_SIZE, buffer=b"\xff\xff"),
        "get-rw-tail-size-600": s(VC_GET, VC_ENABLED | VC_WRITTEN, 2, 3, 8, 7, 1,
                                  flags=VC_TAIL_SIZE, buffer=le32(600)[:2]),
        "enum-tail-size-1": s(VC_ENUM, flags=VC_TAIL_SIZE, buffer=b"\1\0"),
        "enum-needed-minus-2": s(VC_ENUM, flags=VC_TAIL_SIZE | VC_EXACT, buffer=b"\0\0"),
        "get-rw-needed-plus-1": s(VC_GET, flags=VC_TAIL_SIZE | VC_EXACT, buffer=b"\3\0"),
        "set-tail-size": s(VC_SET, flags=VC_TAIL_SIZE,
                           buffer=vc_plist(dword("OfflineAction", 2)) + b"\x10\0"),
        # GET and ENUM again with the model in the output buffer.
        "get-ro-over": s(VC_GET_RO, flags=VC_EXACT | VC_OVER),
        "get-rw-over-written": s(VC_GET, VC_ENABLED | VC_WRITTEN, 2, 3, 8, 7, 2,
                                 flags=VC_EXACT | VC_OVER),
        "enum-over": s(VC_ENUM, flags=VC_OVER, raw=300),
        "broken-model": s(VC_GET, VC_ENABLED | VC_BROKEN),
        "broken-written": s(VC_SET, VC_ENABLED | VC_WRITTEN | VC_BROKEN, buffer=vc_plist()),
        "set-offline": s(VC_SET, buffer=vc_plist(dword("OfflineAction", 2))),
        "set-vmid": s(VC_SET, buffer=vc_plist(sz("VmId", guid))),
        "set-several": s(VC_SET, VC_ENABLED | VC_WRITTEN,
                         buffer=vc_plist(dword("CheckHeartbeat", 1), sz("vmid", "{" + guid + "}"),
                                      dword("VirtualNumaCount", 64), dword("StartMemory", 0),
                                      final=False)),
        "set-migration-same": s(VC_SET, mig=3, buffer=vc_plist(dword("MigrationState", 3))),
        "set-migration-change": s(VC_SET, mig=1, buffer=vc_plist(dword("MigrationState", 4))),
        "set-read-only": s(VC_SET, buffer=vc_plist(dword("VmState", 2))),
        "set-unknown": s(VC_SET, buffer=vc_plist(dword("CheckApplicationHealth", 1))),
        "set-wrong-format": s(VC_SET, buffer=vc_plist(sz("OfflineAction", "1"))),
        "set-long": s(VC_SET, buffer=vc_plist(dword("OfflineAction", 1, LV_LONG))),
        "set-out-of-range": s(VC_SET, buffer=vc_plist(dword("VirtualNumaCount", 65))),
        "set-not-a-guid": s(VC_SET, buffer=vc_plist(sz("VmId", "vm1"))),
        "set-twice": s(VC_SET, buffer=vc_plist(dword("ShutdownAction", 1), dword("SHUTDOWNACTION", 0))),
        "set-two-values": s(VC_SET, buffer=vc_plist(("ShutdownAction", [(LV_DWORD, le32(1)),
                                                                     (LV_DWORD, le32(0))]))),
        "set-no-value": s(VC_SET, buffer=vc_plist(("ShutdownAction", []))),
        "set-expanded": s(VC_SET, buffer=vc_plist(("VmId", [(LV_SZ, utf16(guid)),
                                                         (LV_EXPANDED_SZ, utf16(guid))]))),
        "set-cut": s(VC_SET, buffer=cut),
        "set-empty": s(VC_SET, buffer=vc_plist()),
        "set-no-list": s(VC_SET),
        "set-null-with-size": s(VC_SET, flags=VC_NULL_IN, buffer=vc_plist(dword("OfflineAction", 2))),
        "set-alias": s(VC_SET, flags=VC_ALIAS, buffer=vc_plist(dword("OfflineAction", 0))),
        "validate-offline": s(VC_VALIDATE, buffer=vc_plist(dword("OfflineAction", 3))),
        "validate-migration": s(VC_VALIDATE, mig=5, buffer=vc_plist(dword("MigrationState", 5),
                                                                 dword("OfflineAction", 4))),
        "validate-undocumented-state": s(VC_VALIDATE, mig=6, buffer=vc_plist(dword("MigrationState", 0))),
        "start-node2": s(VC_START, buffer=utf16("node2")),
        "start-written": s(VC_START, VC_ENABLED | VC_WRITTEN, vm_id=5, buffer=utf16("node2")),
        "cancel-setup": s(VC_CANCEL, mig=1),
        "other-fmts": s(VC_FMTS),
        "raw-get": s(VC_RAW, raw=0x01000081),
        "raw-set": s(VC_RAW, raw=0x01400086, buffer=vc_plist(dword("OfflineAction", 2))),
        "short": bytes([VC_GET]),
    }


def vm_control_dict_tokens():
    names = ["CheckHeartbeat", "MigrationFailureReason", "MigrationProgress", "MigrationState",
             "OfflineAction", "ShutdownAction", "StartMemory", "VirtualNumaCount", "VmId",
             "VmState", "CheckApplicationHealth"]
    return ([n.encode("utf-16-le").decode("latin-1") + "\0\0" for n in names] +
            ["\x03\x00\x04\x00", "\x02\x00\x01\x00", "\x03\x00\x01\x00",
             "\x07\x00\x01\x00", "\x08\x00\x01\x00", "\x00\x00\x00\x00",
             "\x04\x00\x00\x00", "\x01\x00\x00\x00", "\xff\xff\xff\xff",
             "\x7d\x00\x00\x01", "\x81\x00\x00\x01", "\x79\x00\x00\x01",
             "{6B29FC40-CA47-1067-B31D-00DD010662DA}".encode("utf-16-le").decode("latin-1")])


# fuzz_vm_apply.c's tables and selectors (the same values, in the same order).
VA_VM_STATES = [0, 2, 3, 32768, 32769, 32770, 32773, 32774, 32776, 32777,
                2, 2, 3, 32769, 32768, 1, 4, 32771, 65536, 0xFFFFFFFF, 0x80000002]
VA_MIG_STATES = [0, 1, 2, 3, 4, 5, 0, 1, 2, 3, 4, 5, 6, 7, 0xFFFFFFFF, 0x80000001]
VA_NODE_IDS = [0, 1, 2, 3, 1, 2, 4, 5, 0xFFFFFFFF]
VA_REASONS = [0, 0x80004005, 0x800700AA, 1, 0x7FFFFFFF, 0x80000000]
VA_KINDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2, 3, 4, 5, 6, 7, 8, 9, 9, 9, 10, 10, 0, 12]
VA_VALUES = [0, 1, 50, 99, 100, 101, 2, 3, 32768, 32769, 32770, 0, 0x80004005, 0x800700AA,
             0x7FFFFFFF, 0xFFFFFFFF]
VA_NAMES = ["node1", "NODE2", "node3", "Node4", "node5"]
(EV_START, EV_SETUP_COMPLETE, EV_PROGRESS, EV_TRANSFER_COMPLETE, EV_MOVE_COMPLETE, EV_CANCEL,
 EV_FAIL, EV_RESET, EV_VM_REQUEST, EV_VM_COMPLETE, EV_VM_LEAVES_ENABLED) = range(1, 12)


def va_pick(value, table):
    """A pick: the value's index in the table, else 0xE0 and the raw value."""
    return bytes([table.index(value)]) if value in table else b"\xe0" + le32(value)


def va_string(text):
    data = text.encode("utf-8") if isinstance(text, str) else text
    assert len(data) < 24
    return bytes([len(data)]) + data


def va_model(vm_state=2, mig=0, host=1, source=0, dest=0, reason=0, progress=0,
             props=b"\0", reserved=b"\0"):
    out = (va_pick(vm_state, VA_VM_STATES) + va_pick(mig, VA_MIG_STATES) +
           va_pick(host, VA_NODE_IDS) + va_pick(source, VA_NODE_IDS) +
           va_pick(dest, VA_NODE_IDS) + va_pick(reason, VA_REASONS))
    out += bytes([progress]) if progress < 128 else b"\xe0" + le32(progress)
    return out + props + reserved


def va_node(node_id, up=1, name=0, reserved=False):
    """name: an index of VA_NAMES, None (NULL), "" or another string."""
    if name is None:
        sel = bytes([5])
    elif name == "":
        sel = bytes([6])
    elif isinstance(name, int):
        sel = bytes([name])
    else:
        sel = bytes([7]) + va_string(name)
    return va_pick(node_id, VA_NODE_IDS) + bytes([up]) + sel + (b"\xf8" if reserved else b"\0")


VA_CLUSTER3 = [va_node(1, 1, 0), va_node(2, 1, 1), va_node(3, 0, 2)]


def va_cluster(nodes=None, reserved=False):
    if nodes is None:
        return b"\0"  # no cluster: NULL
    return bytes([len(nodes) + 1]) + b"".join(nodes) + (b"\xf8" if reserved else b"\0")


def va_event(kind, caller="host", value=0, dest=None, count=3, flip=False, reserved=False,
             how=0):
    """caller: "host", "source" or a node id; value: a value or "progress+1";
    dest: None, "", "node9", ("node", index), or another string."""
    out = va_pick(kind, VA_KINDS)
    if caller == "host":
        out += bytes([14])
    elif caller == "source":
        out += bytes([15])
    else:
        out += va_pick(caller, VA_NODE_IDS)
    if value == "progress+1":
        out += bytes([16])
    elif value in VA_VALUES:
        out += bytes([VA_VALUES.index(value)])
    else:
        out += b"\xe0" + le32(value)
    if dest is None:
        out += bytes([0])
    elif dest == "":
        out += bytes([1])
    elif dest == "node9":
        out += bytes([2])
    elif isinstance(dest, tuple):
        out += bytes([next(b for b in range(256) if b % 8 >= 4 and b % count == dest[1] and
                           bool(b & 0x10) == flip)])
    else:
        out += bytes([3]) + va_string(dest)
    return out + (b"\xf8" if reserved else b"\0") + bytes([how])


def vm_apply_seeds():
    m, c, e = va_model, va_cluster, va_event
    start = e(EV_START, dest=("node", 1))
    walk = [start, e(EV_SETUP_COMPLETE, 0), e(EV_PROGRESS, 0, 50), e(EV_PROGRESS, 0, 100),
            e(EV_TRANSFER_COMPLETE, 0), e(EV_MOVE_COMPLETE, 0)]
    return {
        "migration-whole": m() + c(VA_CLUSTER3) + b"".join(walk),
        "migration-flipped-case": m() + c(VA_CLUSTER3) + e(EV_START, dest=("node", 1), flip=True),
        "start-refusals": m() + c(VA_CLUSTER3) + b"".join([
            e(EV_START, dest=None), e(EV_START, dest=""), e(EV_START, dest="node9"),
            e(EV_START, dest=("node", 0)), e(EV_START, dest=("node", 2)),
            e(EV_START, caller=2, dest=("node", 1)), e(EV_START, caller=0, dest=("node", 1))]),
        "start-vm-off": m(vm_state=3) + c(VA_CLUSTER3) + start,
        "start-running": m(mig=2, source=1, dest=2) + c(VA_CLUSTER3) + start,
        "start-null-cluster": m() + c() + start,
        "start-empty-cluster": m() + c([]) + start,
        "start-from-canceled": m(mig=4, source=1, dest=2, progress=40) + c(VA_CLUSTER3) + start,
        "start-from-failure": m(mig=5, source=1, dest=2, reason=0x800700AA) + c(VA_CLUSTER3) +
        start,
        "cancel-reset-start": m() + c(VA_CLUSTER3) + b"".join([
            start, e(EV_CANCEL, caller=2), e(EV_CANCEL, caller="source"), e(EV_CANCEL, "source"),
            e(EV_RESET, 0), start]),
        "cancel-transfer": m(mig=2, source=1, dest=2, progress=30) + c(VA_CLUSTER3) +
        e(EV_CANCEL, "source") + e(EV_RESET, 0),
        "cancel-move": m(mig=3, source=1, dest=2, progress=100) + c(VA_CLUSTER3) +
        e(EV_CANCEL, "source"),
        "fail": m() + c(VA_CLUSTER3) + b"".join([
            start, e(EV_FAIL, 0, 0), e(EV_FAIL, 0, 1), e(EV_SETUP_COMPLETE, 0),
            e(EV_FAIL, 0, 0x800700AA), e(EV_FAIL, 0, 0x80004005), e(EV_RESET, 0)]),
        "fail-move": m(mig=3, source=1, dest=2, progress=100) + c(VA_CLUSTER3) +
        e(EV_FAIL, 0, 0xFFFFFFFF) + e(EV_RESET, 0),
        "progress": m(mig=2, source=1, dest=2, progress=60) + c(VA_CLUSTER3) + b"".join([
            e(EV_PROGRESS, 0, 50), e(EV_PROGRESS, 0, 101), e(EV_PROGRESS, 0, "progress+1"),
            e(EV_PROGRESS, 0, 61), e(EV_PROGRESS, 0, 0xFFFFFFFF), e(EV_PROGRESS, 0, 100),
            e(EV_PROGRESS, 0, 100)]),
        "progress-out-of-range": m(mig=2, source=1, dest=2, progress=200) + c(VA_CLUSTER3) +
        e(EV_PROGRESS, 0, 100) + e(EV_TRANSFER_COMPLETE, 0),
        "vm-cycle": m() + c() + b"".join(e(EV_VM_REQUEST, 0, s) + e(EV_VM_COMPLETE, 0) for s in
                                         (3, 2, 32769, 3, 2, 32768, 2, 32769, 2)),
        "vm-refusals": m(vm_state=32768) + c() + b"".join([
            e(EV_VM_REQUEST, 0, 3), e(EV_VM_REQUEST, 0, 32769), e(EV_VM_REQUEST, 0, 32768),
            e(EV_VM_REQUEST, 0, 32770), e(EV_VM_REQUEST, 0, 0), e(EV_VM_REQUEST, 0, 1),
            e(EV_VM_COMPLETE, 0)]),
        "vm-leaves-enabled": m() + c(VA_CLUSTER3) + b"".join([
            start, e(EV_SETUP_COMPLETE, 0), e(EV_VM_REQUEST, 0, 32768), e(EV_RESET, 0),
            e(EV_VM_COMPLETE, 0), e(EV_VM_REQUEST, 0, 2), e(EV_VM_COMPLETE, 0)]),
        "vm-leaves-enabled-move": m(mig=3, source=1, dest=2, progress=100) + c() +
        e(EV_VM_REQUEST, 0, 3) + e(EV_VM_REQUEST, 0, 32769),
        "vm-leaves-enabled-canceled": m(mig=4, source=1, dest=2) + c() + e(EV_VM_REQUEST, 0, 3),
        "leaves-enabled-event": m(mig=1, source=1, dest=2) + c() + e(EV_VM_LEAVES_ENABLED, 0),
        "kinds-unknown": m() + c(VA_CLUSTER3) + e(0, 0) + e(12, 0) + e(0xFFFFFFFF, 0) +
        e(EV_VM_LEAVES_ENABLED, 0),
        "undocumented-vm": m(vm_state=1, mig=1, source=1, dest=2) + c() + b"".join(
            e(k, 0, v) for k, v in ((EV_VM_REQUEST, 2), (EV_VM_COMPLETE, 0),
                                    (EV_SETUP_COMPLETE, 0), (EV_VM_REQUEST, 3))),
        "undocumented-migration": m(mig=6, source=1, dest=2) + c(VA_CLUSTER3) + b"".join(
            e(k, "source", v, ("node", 1)) for k, v in (
                (EV_START, 0), (EV_SETUP_COMPLETE, 0), (EV_PROGRESS, 50), (EV_CANCEL, 0),
                (EV_FAIL, 0x80004005), (EV_RESET, 0), (EV_VM_REQUEST, 3))),
        "undocumented-raw": m(vm_state=0x12345678, mig=0x87654321, host=7, source=7, dest=9,
                              reason=0x12, progress=1000) + c(VA_CLUSTER3) +
        e(EV_MOVE_COMPLETE, 0) + e(EV_VM_REQUEST, 0, 3),
        "reserved-model": m(reserved=b"\xf3" + le32(1)) + c(VA_CLUSTER3) + start,
        "reserved-event": m() + c(VA_CLUSTER3) + e(EV_START, dest=("node", 1), reserved=True),
        "reserved-cluster": m() + c(VA_CLUSTER3, reserved=True) + start + e(EV_VM_REQUEST, 0, 3),
        "reserved-node": m() + c([va_node(1, 1, 0), va_node(2, 1, 1, reserved=True)]) + start,
        "props-written": m(props=b"\x05" + le32(2) + le32(1) + le32(1) + le32(2048) + le32(4) +
                           va_string("{6B29FC40-CA47-1067}")) + c(VA_CLUSTER3) + start,
        "props-broken": m(props=b"\x06") + c(VA_CLUSTER3) + start + e(EV_VM_REQUEST, 0, 3),
        "props-raw": m(props=b"\x07" + le32(2)) + c() + e(EV_VM_REQUEST, 0, 3),
        "nodes-odd": m() + c([va_node(0, 1, 1), va_node(2, 1, None), va_node(2, 1, ""),
                              va_node(4, 1, "n\u00e9ud"), va_node(1, 1, 1),
                              va_node(5, 1, 1)]) + b"".join([
            e(EV_START, dest=("node", 0)), e(EV_START, dest="n\u00c9ud"),
            e(EV_START, dest="N\u00e9ud")]),
        "nodes-same-name": m(host=2) + c([va_node(2, 1, 0), va_node(3, 1, 0)]) +
        e(EV_START, dest=("node", 0), count=2),
        "alias": m() + c(VA_CLUSTER3) + e(EV_START, dest=("node", 1), how=3) +
        e(EV_SETUP_COMPLETE, 0, how=1) + e(EV_CANCEL, "source", how=3),
        "empty": b"",
    }


# fuzz_machine_format.c: [0] machines, [1] format (indexes of its tables), [2]
# flags, [3] bit 7: the size needed (bit 0: one less), [4..5] a size.
MF_MACHINES = [1, 2, 3, 3, 0, 4, 7, 0xFFFFFFFF]
MF_FORMATS = [1, 2, 3, 4, 0, 5, 0x80000001, 4]


def machine_format_seeds():
    out = {}
    names = {1: "vm", 2: "migration", 3: "both"}
    formats = {1: "md", 2: "csv", 3: "json", 4: "dot"}
    for mach, mname in names.items():
        for fmt, fname in formats.items():
            h = bytes([MF_MACHINES.index(mach), MF_FORMATS.index(fmt)])
            out["%s-%s-exact" % (mname, fname)] = h + b"\0\x80\0\0"
            out["%s-%s-short" % (mname, fname)] = h + b"\0\x81\0\0"
            out["%s-%s-query" % (mname, fname)] = h + b"\x01\0\0\0"
    out["size-0"] = bytes([2, 0, 0, 0, 0, 0])
    out["size-1"] = bytes([2, 0, 0, 0, 1, 0])
    out["size-100-zero-filled"] = bytes([2, 1, 4, 0, 100, 0])
    out["size-big"] = bytes([2, 3, 0, 0, 0xFF, 0xFF])
    out["needed-null"] = bytes([2, 0, 2, 0x80, 0, 0])
    out["null-with-size"] = bytes([2, 0, 1, 0x80, 0, 0])
    out["machines-0"] = bytes([4, 0, 0, 0, 10, 0])
    out["machines-4"] = bytes([5, 0, 0, 0, 10, 0])
    out["machines-raw"] = bytes([0xF0, 0]) + b"\0\0" + le32(0x80000003)
    out["format-0"] = bytes([0, 4, 0, 0, 10, 0])
    out["format-5"] = bytes([0, 5, 0, 0, 10, 0])
    out["format-raw"] = bytes([0, 0xF0]) + b"\0\0" + le32(0x100000001 & 0xFFFFFFFF)
    out["empty"] = b""
    return out


def progress_flags(progress, flags=0):
    return (progress << 2) | flags


def cli_seeds():
    return {
        "decode-cancel": argv("decode", "0x01600008"),
        "decode-json-start": argv("decode", "--json", "0x01600004"),
        "decode-restype": argv("decode", "--restype", "Virtual Machine Configuration",
                               "0x01600004"),
        "decode-name": argv("decode", "CLUSCTL_RESOURCE_GET_FLAGS", "0x0A000009"),
        "decode-negative": argv("decode", "-5"),
        "decode-bad": argv("decode", "0xZZ"),
        "encode-seed": argv("encode", "--object", "resource", "--function", "2"),
        "encode-modify-user": argv("encode", "--object", "resource", "--modify", "--user",
                                   "--function", "2", "--json"),
        "encode-out-of-range": argv("encode", "--object", "1", "--function", "262144"),
        "encode-access": argv("encode", "--object=256", "--function=1", "--access=read"),
        "lookup": argv("lookup", "clusctl_resource_vm_cancel_migration"),
        "lookup-typo": argv("lookup", "CLUSCTL_RESOURCE_VM_CANCEL_MIGRATON"),
        "lookup-json": argv("lookup", "--json", "clctl_get_flags"),
        "list-json": argv("list", "--format", "json"),
        "list-csv-object": argv("list", "--object", "affinityrule", "--format", "csv"),
        "list-object-number": argv("list", "--object", "10"),
        "vm-start": argv("vm", "start", "--dest", "node2"),
        "vm-start-json": argv("vm", "start", "--dest", "node2", "--json"),
        "vm-start-refused": argv("vm", "start", "--dest", "node2", "--vm-state", "offline"),
        "vm-start-nodes": argv("vm", "start", "--dest", "node3", "--nodes", "node1,node2",
                               "--down", "node3"),
        "vm-start-empty-dest": argv("vm", "start", "--dest", ""),
        "vm-start-nonbmp": argv("vm", "start", "--dest", "node\U0001F600"),
        "vm-cancel": argv("vm", "cancel", "--migration-state", "setup", "--json"),
        "vm-cancel-caller": argv("vm", "cancel", "--migration-state", "data-transfer",
                                 "--caller", "node2"),
        "vm-table-csv": argv("vm", "table", "--format", "csv"),
        "vm-dot": argv("vm", "dot"),
        "plist-flags": argv("plist", "flags", "CLUSCTL_RESOURCE_GET_CHARACTERISTICS", "0x5"),
        "plist-flags-json": argv("plist", "flags", "--json", "0x01000009", "0x80000001"),
        "plist-flags-class": argv("plist", "flags", "CLUSCTL_RESOURCE_GET_CLASS_INFO", "1",
                                  "0x40000000"),
        "plist-flags-none": argv("plist", "flags", "CLCTL_GET_FLAGS", "1"),
        "help": argv("--help"),
        "help-vm": argv("help", "vm"),
        "version": argv("--version"),
        "no-args": b"",
        "unknown": argv("frobnicate"),
        "double-dash": argv("decode", "--", "-1"),
        # The tool keeps --nodes and --down in 1024-byte buffers, for at most
        # 64 nodes: the longest list it takes, one byte more, one node more.
        "vm-start-nodes-1023": argv("vm", "start", "--dest", "node2", "--nodes",
                                    node_list(1023)),
        "vm-start-nodes-1024": argv("vm", "start", "--dest", "node2", "--nodes",
                                    node_list(1024)),
        "vm-start-down-1023": argv("vm", "start", "--dest", "node2", "--down",
                                   node_list(1023, "down")),
        "vm-start-64-nodes": argv("vm", "start", "--dest", "n2", "--host", "n1", "--nodes",
                                  ",".join("n%d" % i for i in range(1, 65))),
        "vm-start-65-nodes": argv("vm", "start", "--dest", "n2", "--nodes",
                                  ",".join("n%d" % i for i in range(1, 66))),
        **cli_stdin_seeds(),
        "decode-31-codes": argv("decode", *["0x%08X" % (0x01600004 + 4 * i)
                                            for i in range(31)]),
    }


def cli_stdin_seeds():
    """Every command and subcommand, and standard input (after 0xFF) for the
    commands that read it: annotate, plist decode and encode, vm control
    --in, vm --properties. "@FILE" names the scratch file that holds the
    same bytes; other paths that exist are skipped by the harness."""
    log = (b"00000a3c.00001e30::2024/01/01-10:00:00.000 INFO  [RCM] ResourceControl "
           b"0x01600004 for 'vm1' status 0x1\r\n"
           b"control code 23068680, CLUSCTL_RESOURCE_GET_FLAGS 0x1000009 0x9 (0x00000005)\n")
    vm_ro = plist([("VmState", [pdword(2)]), ("MigrationProgress", [pdword(42)]),
                   ("MigrationFailureReason", [pdword(0)])])
    vm_rw = plist([("OfflineAction", [pdword(2)]), ("VirtualNumaCount", [pdword(4)])])
    set_list = vc_plist(dword("OfflineAction", 3), sz("VmId", "6B29FC40-CA47-1067-B31D-00DD010662DA"))
    commands, subs, _ = cli_commands()
    helps = {"help-" + c: argv("help", c) for c in commands}
    helps.update({"help-%s-%s" % (c, sub): argv("help", c, sub) for c, sub in subs})
    helps.update({"%s-%s-help" % (c, sub): argv(c, sub, "--help") for c, sub in subs})
    return {
        **helps,
        "annotate-stdin": argv("annotate", stdin=log),
        "annotate-dash": argv("annotate", "-", "-", stdin=log),
        "annotate-file": argv("annotate", "@FILE", stdin=log),
        "annotate-operations": argv("annotate", "--operations", "--restype", "Virtual Machine",
                                    stdin=b"CLCTL_GET_FLAGS 0x9 0x5 and 0x01600008"),
        "annotate-binary": argv("annotate", stdin=bytes(range(256)) * 2),
        "annotate-no-newline": argv("annotate", stdin=b"0x01600004"),
        "annotate-dev-zero": argv("annotate", "/dev/zero"),
        "annotate-dev-stdin": argv("annotate", "/dev/stdin", stdin=log),
        "annotate-directory": argv("annotate", "."),
        "annotate-missing": argv("annotate", "no-such-file"),
        "annotate-windows-device": argv("annotate", "CON"),
        "plist-decode-stdin": argv("plist", "decode", stdin=vm_ro),
        "plist-decode-json": argv("plist", "decode", "--json", "-", stdin=vm_ro),
        "plist-decode-file-strict": argv("plist", "decode", "--strict", "@FILE", stdin=vm_ro),
        "plist-decode-hex": argv("plist", "decode", "--hex", stdin=vm_rw.hex().encode()),
        "plist-decode-value-list": argv("plist", "decode", "--value-list",
                                        stdin=vlist([pdword(0x12345678, 0x00050002)])),
        "plist-decode-bad": argv("plist", "decode", stdin=vm_ro[:-9]),
        "plist-decode-proc": argv("plist", "decode", "/proc/self/fd/0", stdin=vm_ro),
        "plist-encode-stdin": argv("plist", "encode", stdin=plist_json_seeds()["every-format"]),
        "plist-encode-hex-file": argv("plist", "encode", "--hex", "@FILE",
                                      stdin=plist_json_seeds()["vmstate"]),
        "plist-encode-bad": argv("plist", "encode", stdin=b'{"kind":"property_list","properties":[{'),
        "plist-syntax": argv("plist", "syntax", "0x00010002", "CLUSPROP_SYNTAX_NAME"),
        "plist-syntax-json": argv("plist", "syntax", "--json", "0x80008000", "0"),
        "plist-help": argv("plist", "--help"),
        "plist-none": argv("plist"),
        "vm-control-get-ro": argv("vm", "control", "CLUSCTL_RESOURCE_GET_RO_PRIVATE_PROPERTIES",
                                  "--progress", "42", "--json"),
        "vm-control-get-short": argv("vm", "control", "0x01000081", "--out-size", "10"),
        "vm-control-out-size-huge": argv("vm", "control", "0x01000081", "--out-size=4294967295"),
        "vm-control-enum": argv("vm", "control", "0x01000079", "--out-size=0"),
        "vm-control-set-file": argv("vm", "control", "0x01400086", "--in", "@FILE",
                                    "--offline-action", "shutdown-forced", stdin=set_list),
        "vm-control-validate-stdin": argv("vm", "control", "0x01000089", "--in=-", stdin=set_list),
        "vm-control-start-hex": argv("vm", "control", "0x01600004", "--in-hex",
                                     utf16("node2").hex()),
        "vm-control-cancel": argv("vm", "control", "CLUSCTL_RESOURCE_VM_CANCEL_MIGRATION",
                                  "--migration-state", "setup"),
        "vm-control-other": argv("vm", "control", "CLUSCTL_RESOURCE_GET_FLAGS"),
        "vm-start-properties": argv("vm", "start", "--dest", "node2", "--properties", "@FILE",
                                    stdin=vm_ro),
        "vm-start-properties-hex": argv("vm", "start", "--dest", "node2", "--hex", "--properties",
                                        "-", stdin=vm_ro.hex().encode()),
        "vm-start-every-option": argv("vm", "start", "--dest", "node2", "--host", "node1",
                                      "--vm-state", "enabled", "--migration-state", "canceled",
                                      "--caller", "node1", "--nodes", "node1,node2", "--down",
                                      "node3", "--progress", "30", "--failure-reason", "E_BUSY",
                                      "--vm-id", "{6B29FC40-CA47-1067-B31D-00DD010662DA}",
                                      "--offline-action", "save", "--shutdown-action",
                                      "fail-resource", "--check-heartbeat", "check-heartbeat",
                                      "--start-memory", "1024", "--virtual-numa-count", "2"),
        "vm-cancel-source": argv("vm", "cancel", "--source", "node1", "--migration-state", "2"),
        "vm-table-md": argv("vm", "table"),
        "vm-table-json": argv("vm", "table", "--json"),
        "vm-help": argv("vm", "--help"),
        "vm-none": argv("vm"),
        "list-search": argv("list", "--search", "VM_*"),
        "lookup-search": argv("lookup", "--search", "migration"),
        "decode-verbose": argv("decode", "--verbose", "0x01000009"),
        "help-help": argv("help", "help"),
        "help-man": argv("help", "--man"),
        "version-short": argv("-V"),
        "help-short": argv("-h"),
    }


def cli_commands():
    """The tool's commands and subcommands, read from src/cli/: the name of
    each cli_command ("vm", or "vm start" for a subcommand)."""
    src = os.path.join(HERE, "..", "..", "src", "cli")
    text = ""
    for name in sorted(os.listdir(src)):
        if name.endswith(".c"):
            with open(os.path.join(src, name), encoding="utf-8") as f:
                text += f.read()
    commands = re.findall(r'const cli_command cli_cmd_\w+ = \{\s*"([a-z]+)"', text)
    subs = re.findall(r'const cli_command cli_cmd_\w+ = \{\s*"([a-z]+) ([a-z]+)"', text)
    options = sorted(set(re.findall(r'"(--[a-z][a-z0-9-]*)', text)))
    assert commands and subs and options, "src/cli/ no longer reads as make_corpus.py expects"
    return commands, subs, options


def check_cli_seeds(seeds):
    """Every command and subcommand has a seed that runs it, and help for it."""
    commands, subs, _ = cli_commands()
    lines = [s.split(b"\xff")[0].split(b"\0") for s in seeds.values()]
    for c in commands + ["help"]:
        assert any(l[0] == c.encode() for l in lines), "fuzz_cli has no seed for '%s'" % c
        assert any(l[:2] == [b"help", c.encode()] for l in lines) or c in ("help",) or \
            any(l[:2] == [c.encode(), b"--help"] for l in lines), "no seed for help %s" % c
    for c, sub in subs:
        assert any(l[:2] == [c.encode(), sub.encode()] for l in lines), \
            "fuzz_cli has no seed for '%s %s'" % (c, sub)


def vm_apply_dict_tokens():
    """Raw picks of the values the machines and their guards compare with,
    and node names."""
    values = [2, 3, 32768, 32769, 32770, 32773, 32774, 32776, 32777, 5, 100, 101,
              0x80004005, 0x800700AA, 0x80000000, 0x7FFFFFFF, 11, 12]
    return ([b"\xe0" + le32(v) for v in values] + [le32(v) for v in values] +
            [n.encode() for n in VA_NAMES] + [b"\x05node9", b"\x00" * 4])


def machine_format_dict_tokens():
    """Raw machine sets and formats ([0] or [1] 0xF0, then [4..7]), and
    sizes."""
    return ([b"\xf0\xf0\0\0" + le32(v) for v in (1, 2, 3, 4, 5, 0x80000001)] +
            [bytes([0, 0, 0, 0x80]), bytes([0, 0, 0, 0x81]), b"\xff\xff", b"\x00\x10"])


def annotate_seed(text, operations=False, restype=0, fail_at=0, seed=0x9E3779B9, buffer=0):
    """fuzz_annotate's input: [0] flags, [1..4] the chunks' seed, [5] the
    output buffer, the text."""
    return (bytes([int(operations) | (restype << 1) | (fail_at << 3)]) + le32(seed) +
            bytes([buffer]) + text)


def annotate_seeds():
    a = annotate_seed
    log = (b"00000a3c.00001e30::2024/01/01-10:00:00.000 INFO  [RCM] ResourceControl("
           b"0x01600008) failed, status 5023\r\n"
           b"[RCM] rcm::RcmApi::ResourceControl: 0x1000009 0X0100002D 0x0100002d\n")
    return {
        "log": a(log),
        "log-one-byte-chunks": a(log, seed=0x00000008),
        "log-operations": a(b"pid 0x0 flags 0x5 count 0x9 and 0x01000009", operations=True),
        "log-no-operations": a(b"pid 0x0 flags 0x5 count 0x9 and 0x01000009"),
        "restype-vm": a(b"0x01600004 0x01600008", restype=1),
        "restype-config": a(b"0x01600004 0x01600008", restype=2),
        "restype-unknown": a(b"0x01600004", restype=3),
        "edges": a(b"a0x12 10x5 0x123456789 0x12G 0x12_ 0x 0x139F _0x1600004 0x01600004_"),
        "nine-digits": a(b"0x016000040 0x001600004"),
        "eight-digits": a(b"0x01600004"),
        "leading-zeros": a(b"0x0000000001600004 0x00000009"),
        "upper-x": a(b"0X1600004,0x1600008;0XFFFFFFFF"),
        "ends-with-0": a(b"count 0"),
        "ends-with-0x": a(b"code 0x"),
        "ends-in-code": a(b"code 0x0160000"),
        "binary": a(bytes(range(256)) + b"0x01600004\0" + bytes(range(255, -1, -1))),
        "crlf": a(b"0x01600004\r\n0x01600008\r\n"),
        "no-text": a(b""),
        "zeros": a(b"0" * 40 + b"x1"),
        "x-run": a(b"0x0x0x0x1 0xx1 00x1 x0x1"),
        "long-line": a(b"0x01600004 " * 200, seed=0x12345678),
        "write-fails-first": a(log, fail_at=1),
        "write-fails-later": a(log, fail_at=9),
        "write-fails-never": a(b"0x9", fail_at=31),
        "buffer-1": a(log, buffer=1),
        "buffer-7": a(log, buffer=7, seed=0x00000008),
        "buffer-64": a(b"0x01600004 " * 40, buffer=64),
        "buffer-4096": a(log * 8, buffer=0xF0),
        "buffer-fails": a(log, buffer=16, fail_at=2),
        "short": b"\x01",
    }


def annotate_dict_tokens():
    return ["0x", "0X", "0x0", "0x9", "0x01600004", "0x01600008", "0x1000009", "0X0100002D",
            "0x123456789", "FFFFFFFF", "_", " [", "]", "ResourceControl(", "\r\n",
            "\x01\x00\x00\x00", "\x00\x00\x00\x00"]


def node_list(length, prefix="node"):
    """A comma-separated list of 60 distinct node names, `length` bytes long."""
    names = ["%s%02d" % (prefix, i) for i in range(60)]
    text = ",".join(names)
    assert len(text) <= length
    return text + "x" * (length - len(text))


def decode_dict_tokens():
    """Numbers at the edges of 32 bits, prefixes, and resource types."""
    return ["0x", "0X", "0x0", "4294967295", "4294967296", "429496729", "FFFFFFFF",
            "100000000", "0x01600004", "0x01600008", "23068676", "23068680",
            "\x04\x00\x60\x01", "\x08\x00\x60\x01", "\x09\x00\x00\x01",
            "Virtual Machine", "Virtual Machine Configuration"]


def name_dict_tokens():
    """Pieces of catalog names, and the names of the small tables."""
    tokens = set()
    with open(CSV, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            parts = row["name"].split("_")
            tokens.update(p for p in parts if len(p) > 1)
            tokens.update(p + "_" for p in parts[:1])
    words = ["resource", "resource_type", "group", "node", "network", "netinterface",
             "cluster", "groupset", "affinityrule", "user", "invalid", "any", "read",
             "write", "online", "offline", "enabled", "disabled", "paused", "suspended",
             "starting", "saving", "stopping", "pausing", "resuming", "unknown", "none",
             "setup", "data-transfer", "move", "canceled", "failure"]
    return sorted(tokens) + words


def cli_dict_tokens():
    """Every command, subcommand and option the source names, then values
    and the input's own tokens: 0xFF (standard input follows) and @FILE
    (the scratch file)."""
    commands, subs, options = cli_commands()
    return commands + [s for _, s in subs] + options + ["\xff", "@FILE", "=@FILE", "-"] + [
            "decode", "encode", "lookup", "list", "vm", "start", "cancel", "table",
            "dot", "help", "--help", "-h", "--version", "--", "--json", "--restype",
            "--object", "--global", "--modify", "--user", "--internal", "--function",
            "--access", "--format", "--dest", "--vm-state", "--migration-state",
            "--host", "--caller", "--nodes", "--down", "--source", "=", ",", "0x",
            "table", "csv", "json", "md", "node1", "node2", "node3", "node1,node2",
            "Virtual Machine", "Virtual Machine Configuration", "resource",
            "resource_type", "affinityrule", "user", "read", "write", "online",
            "offline", "paused", "setup", "data-transfer", "move", "canceled",
            "failure", "0x01600004", "0x01600008", "4294967295", "262143",
            "CLUSCTL_RESOURCE_VM_START_MIGRATION", "clctl_get_flags", "plist", "flags",
            "CLUSCTL_RESOURCE_GET_CHARACTERISTICS", "CLUSCTL_RESOURCE_GET_CLASS_INFO",
            "0x01000005", "0x0100000D", "0x40000000", "0x80000000",
            "CLUSCTL_RESOURCE_GET_RO_PRIVATE_PROPERTIES", "0x01000081", "0x01400086",
            "0x01000089", "0x01000079", "E_BUSY", "E_FAIL", "S_OK", "shutdown-forced",
            "turn-off", "save", "fail-resource", "check-heartbeat", "value-list",
            "\x01\x00\x00\x00\x03\x00\x04\x00", "\x02\x00\x01\x00\x04\x00\x00\x00",
            '{"kind":"property_list","properties":[', '{"format":"DWORD","value":']


def dict_escape(token):
    out = []
    if isinstance(token, bytes):
        raw = token
    else:
        # Text, or bytes spelled as latin-1 (fuzz_vm_control's UTF-16).
        raw = token.encode("latin-1") if all(ord(c) < 256 for c in token) else token.encode("utf-8")
    for b in raw:
        if b == 0x22 or b == 0x5C:
            out.append("\\" + chr(b))
        elif 0x20 <= b < 0x7F:
            out.append(chr(b))
        else:
            out.append("\\x%02X" % b)
    return "".join(out)


def write_dict(path, title, tokens):
    seen, lines = set(), ["# " + title, "# Written by make_corpus.py; libFuzzer -dict= format."]
    for t in tokens:
        if t in seen:
            continue
        seen.add(t)
        lines.append('"%s"' % dict_escape(t))
    data = ("\n".join(lines) + "\n").encode("ascii")
    return write(path, data)


# The JSON of `clusctl plist encode` (fuzz_plist_json): the shapes that
# `plist decode --json` prints, and the short forms encode takes.
def plist_json_seeds():
    def v(fmt, value):
        return {"format": fmt, "value": value}
    props = [
        ("VmState", [{"syntax": "0x00010002", "syntax_name": "CLUSPROP_SYNTAX_LIST_VALUE_DWORD",
                      "type": "LIST_VALUE", "format": "DWORD", "length": 4, "offset": 28,
                      "value": 2}]),
        ("W", [v("WORD", 65535)]), ("L", [v("LONG", -5)]),
        ("I", [v("LARGE_INTEGER", "-9223372036854775808")]),
        ("U", [v("ULARGE_INTEGER", "18446744073709551615")]),
        ("F", [v("FILETIME", "134090000000000000")]),
        ("S", [v("EXPAND_SZ", "%TMP%"), v("EXPANDED_SZ", "C:\\T")]),
        ("M", [v("MULTI_SZ", ["a", "b\u00e9", "\U0001F600"])]), ("E", [v("MULTI_SZ", [])]),
        ("B", [v("BINARY", "deadbeef")]), ("D", [v("SECURITY_DESCRIPTOR", "01000480")]),
        ("N", [v("PROPERTY_LIST", {"kind": "property_list", "properties":
                                   [{"name": "X", "values": [v("DWORD", 7)]}]})]),
        ("V", [v("VALUE_LIST", {"kind": "value_list", "values": [v("DWORD", 5)]})]),
    ]
    def plist(ps, final=True):
        return {"kind": "property_list", "count": len(ps), "final_endmark": final,
                "properties": [{"name": n, "values": vs} for n, vs in ps]}
    seeds = {
        "vmstate": plist(props[:1]),
        "vmstate-bare": plist(props[:1], False),
        "every-format": plist(props),
        "empty": plist([]),
        "storage": {"kind": "value_list", "values": [
            {"syntax": "CLUSPROP_SYNTAX_DISK_SIGNATURE", "value": 305419896},
            {"syntax": "0x000C0006", "value": "1000000000000"},
            {"syntax": "CLUSPROP_SYNTAX_DISK_SERIALNUMBER", "value": "SN1"}]},
    }
    out = {k: json.dumps(d, ensure_ascii=False).encode() for k, d in seeds.items()}
    out["bad-syntax"] = b'{"kind":"property_list","properties":[{"name":"X","values":[{"syntax":"nope","value":1}]}]}'
    out["truncated"] = b'{"kind":"property_list","properties":[{"name":"X","values":['
    # Lists as bytes too: fuzz_plist_json prints each valid one as JSON.
    out.update({"bytes-" + k: v for k, v in plist_seeds().items()})
    return out


CHECK_ONLY = False
STALE = []


def write(path, data):
    try:
        with open(path, "rb") as f:
            if f.read() == data:
                return False
    except FileNotFoundError:
        pass
    if CHECK_ONLY:
        STALE.append(os.path.relpath(path, HERE))
        return True
    with open(path, "wb") as f:
        f.write(data)
    return True


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--clean", action="store_true",
                    help="delete other files of the corpora (except found-* and "
                         "crash-regression-*)")
    ap.add_argument("--check", action="store_true",
                    help="write nothing; exit 1 when a seed or dictionary is not current")
    args = ap.parse_args()
    global CHECK_ONLY
    CHECK_ONLY = args.check
    corpora = {
        "fuzz_decode": decode_seeds(),
        "fuzz_name": name_seeds(),
        "fuzz_start_buffer": start_buffer_seeds(),
        "fuzz_front_door": front_door_seeds(),
        "fuzz_vm_control": vm_control_seeds(),
        "fuzz_vm_apply": vm_apply_seeds(),
        "fuzz_machine_format": machine_format_seeds(),
        "fuzz_cli": cli_seeds(),
        "fuzz_plist": plist_seeds(),
        "fuzz_plist_json": plist_json_seeds(),
        "fuzz_annotate": annotate_seeds(),
    }
    check_cli_seeds(corpora["fuzz_cli"])
    changed = 0
    for target, seeds in sorted(corpora.items()):
        d = os.path.join(HERE, "corpus", target)
        if not CHECK_ONLY:
            os.makedirs(d, exist_ok=True)
        names = {"seed-" + n for n in seeds}
        for name, data in sorted(seeds.items()):
            changed += write(os.path.join(d, "seed-" + name), data)
        if args.clean and not CHECK_ONLY:
            for f in sorted(os.listdir(d)):
                if f not in names and not f.startswith(("crash-regression-", "found-")):
                    os.remove(os.path.join(d, f))
                    print("removed", os.path.join("corpus", target, f))
        print("%-18s %3d seeds" % (target, len(seeds)))
    changed += write_dict(os.path.join(HERE, "fuzz_decode.dict"),
                          "Numbers, codes and resource types for fuzz_decode.",
                          decode_dict_tokens())
    changed += write_dict(os.path.join(HERE, "fuzz_name.dict"),
                          "Names for fuzz_name: pieces of catalog names, table names.",
                          name_dict_tokens())
    changed += write_dict(os.path.join(HERE, "fuzz_vm_control.dict"),
                          "Property names (UTF-16LE), syntaxes and codes for fuzz_vm_control.",
                          vm_control_dict_tokens())
    changed += write_dict(os.path.join(HERE, "fuzz_cli.dict"),
                          "Commands, options and values for fuzz_cli.",
                          cli_dict_tokens())
    changed += write_dict(os.path.join(HERE, "fuzz_plist.dict"),
                          "Syntaxes, lengths and UTF-16 names for fuzz_plist.",
                          plist_dict_tokens())
    changed += write_dict(os.path.join(HERE, "fuzz_plist_json.dict"),
                          "JSON keys and values for fuzz_plist_json.",
                          ['"kind"', '"property_list"', '"value_list"', '"properties"',
                           '"values"', '"name"', '"syntax"', '"format"', '"type"',
                           '"value"', '"length"', '"count"', '"final_endmark"', 'true',
                           'false', 'null', '"DWORD"', '"SZ"', '"MULTI_SZ"', '"BINARY"',
                           '"FILETIME"', '"LARGE_INTEGER"', '"PROPERTY_LIST"',
                           '"VALUE_LIST"', '"0x00010002"', '\\ud800', '\\u0000'])
    changed += write_dict(os.path.join(HERE, "fuzz_vm_apply.dict"),
                          "Raw values (a pick's 0xE0 and 4 bytes) and names for fuzz_vm_apply.",
                          vm_apply_dict_tokens())
    changed += write_dict(os.path.join(HERE, "fuzz_annotate.dict"),
                          "Codes and their edges for fuzz_annotate.", annotate_dict_tokens())
    changed += write_dict(os.path.join(HERE, "fuzz_machine_format.dict"),
                          "Raw machine sets and formats, sizes for fuzz_machine_format.",
                          machine_format_dict_tokens())
    if CHECK_ONLY:
        for path in STALE:
            print("not current:", path)
        if STALE:
            print("run python3 tests/fuzz/make_corpus.py to write them")
            return 1
        print("every seed and dictionary is current")
        return 0
    print("%d files written" % changed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
