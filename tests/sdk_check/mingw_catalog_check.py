#!/usr/bin/env python3
"""Checks, at compile time, that data/control_codes.csv agrees with mingw-w64's clusapi.h.

1. Preprocesses `#include <windows.h>` + `#include <clusapi.h>` with the mingw-w64 compiler and
   collects every CLCTL_* / CTCTL_* / CLUSCTL_* enumerator the preprocessed text defines (so
   constants behind a false #if are left out, and macros such as CLUSCTL_ACCESS_SHIFT,
   CLUSCTL_OBJECT_MASK or CLUSCTL_RESOURCE_CODE() never show up: they are not enumerators).
2. Reads the catalog.
3. Writes a C11 file with one _Static_assert per constant: mingw's value == the catalog's value;
   for mingw's known errors (KNOWN_MINGW_ERRORS below): mingw's value != the catalog's value and
   == the wrong value that the catalog's notes record ("mingw says 0x..."), so that the check
   notices when mingw-w64 fixes its header.
4. Fails if mingw defines a control code the catalog lacks, or if the parser found too few.
5. Compiles the file with -fsyntax-only -Wall -Werror: every failed _Static_assert is a mismatch.

Exit status: 0 when every constant agrees, 1 on a mismatch or any other failure.
Python 3 standard library only.

  python3 tests/sdk_check/mingw_catalog_check.py \
      --cc x86_64-w64-mingw32-gcc --csv data/control_codes.csv --out build/mingw_catalog_check.c
"""

import argparse
import csv
import os
import re
import subprocess
import sys
import tempfile

# The SDK version macro mingw-w64's clusapi.h needs: with a higher _WIN32_WINNT its Vista-and-later
# part does not compile (Debian mingw-w64-common 10).
WIN32_WINNT = "0x0502"

# mingw-w64's known errors, checked the other way round (mingw != catalog, mingw == the wrong value
# in the catalog's notes). clusapi.h builds CLCTL_FILESERVER_SHARE_ADD/DEL/MODIFY with
# CLUS_ACCESS_READ and CLUS_NO_MODIFY, so they come out as 0x00000245/0x00000249/0x0000024D (its
# own comments even say 0x00400245...); the SDK has 0x00400246/0x0040024A/0x0040024E (WRITE,
# MODIFY). The CLUSCTL_RESOURCE_FILESERVER_SHARE_* codes that clusapi.h derives from them inherit
# the error. When mingw-w64 fixes these, the check fails: remove the names from this list.
KNOWN_MINGW_ERRORS = (
    "CLCTL_FILESERVER_SHARE_ADD",
    "CLCTL_FILESERVER_SHARE_DEL",
    "CLCTL_FILESERVER_SHARE_MODIFY",
    "CLUSCTL_RESOURCE_FILESERVER_SHARE_ADD",
    "CLUSCTL_RESOURCE_FILESERVER_SHARE_DEL",
    "CLUSCTL_RESOURCE_FILESERVER_SHARE_MODIFY",
)

CODE_NAME = re.compile(r"^(CLCTL|CTCTL|CLUSCTL)_[A-Za-z0-9_]+$")
# Names with this ending are not control codes, should any ever be an enumerator.
NOT_A_CODE = re.compile(r"_(SHIFT|MASK|BASE|CODE)$")
# "mingw says 0x..." in the notes column; not "mingw-comment says" nor "(agreeing: mingw,...)".
MINGW_SAYS = re.compile(r"(?<![\w-])mingw says (0x[0-9A-Fa-f]{1,8})\b")

TOKEN = re.compile(r"""
    (?P<str>"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*')
  | (?P<id>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<num>\.?[0-9](?:[eEpP][+-]|[A-Za-z0-9_.])*)
  | (?P<punct>[{}(),;=\[\]])
  | (?P<other>\S)
""", re.VERBOSE)


class CheckError(Exception):
    pass


def preprocess(cc, workdir):
    tu = os.path.join(workdir, "clusapi_tu.c")
    with open(tu, "w", encoding="ascii") as f:
        f.write("#include <windows.h>\n#include <clusapi.h>\n")
    cmd = [cc, "-E", "-D_WIN32_WINNT=" + WIN32_WINNT, tu]
    try:
        res = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             universal_newlines=True)
    except OSError as e:
        raise CheckError("cannot run %s: %s" % (cc, e))
    if res.returncode != 0:
        raise CheckError("preprocessing failed (%s):\n%s" % (" ".join(cmd), res.stderr))
    return res.stdout


def enumerators(text):
    """Every enumerator name in preprocessed C, in order of appearance."""
    # Drop line markers ("# 12 "file"") and any #pragma left in the output.
    code = "\n".join(l for l in text.splitlines() if not l.lstrip().startswith("#"))
    toks = [m.group(0) for m in TOKEN.finditer(code)]
    names = []
    i, n = 0, len(toks)
    while i < n:
        if toks[i] != "enum":
            i += 1
            continue
        j = i + 1
        if j < n and re.match(r"[A-Za-z_]\w*$", toks[j]):  # the tag
            j += 1
        if j >= n or toks[j] != "{":  # `enum TAG x;`, not a definition
            i = j
            continue
        j += 1
        depth, start_item = 0, True
        while j < n:
            t = toks[j]
            if t in "([":
                depth += 1
            elif t in ")]":
                depth -= 1
            elif t == "}" and depth == 0:
                break
            elif t == "," and depth == 0:
                start_item = True
                j += 1
                continue
            if start_item and re.match(r"[A-Za-z_]\w*$", t):
                names.append(t)
            start_item = False
            j += 1
        i = j + 1
    return names


def read_catalog(path):
    """{name: (value, notes)} of each name's first row: its current value."""
    catalog, older = {}, set()
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            name = row["name"]
            if name in catalog:
                # A name's second row is an older value of it (legacy; see
                # data/README.md): mingw is checked against the current one.
                if row.get("provenance") == "legacy" and name not in older:
                    older.add(name)
                    continue
                raise CheckError("%s: %s appears twice" % (path, name))
            try:
                value = int(row["value"], 16)
            except ValueError:
                raise CheckError("%s: %s has a bad value '%s'" % (path, name, row["value"]))
            catalog[name] = (value, row.get("notes") or "")
    return catalog


def generated_c(checks, csv_path):
    out = [
        "/* Autogenerated by tests/sdk_check/mingw_catalog_check.py from %s: do not edit."
        % os.path.basename(csv_path),
        " * One _Static_assert per control code of mingw-w64's clusapi.h. */",
        "#include <windows.h>",
        "#include <clusapi.h>",
        "",
    ]
    for name, value, wrong in checks:
        if wrong is None:
            out.append('_Static_assert((unsigned int)(%s) == 0x%08Xu, "%s: catalog says 0x%08X");'
                       % (name, value, name, value))
        else:
            out.append('_Static_assert((unsigned int)(%s) != 0x%08Xu && (unsigned int)(%s) == '
                       '0x%08Xu, "%s: known mingw error: expected mingw 0x%08X, catalog 0x%08X '
                       '(fixed? update KNOWN_MINGW_ERRORS and the csv notes)");'
                       % (name, value, name, wrong, name, wrong, value))
    out.append("")
    return "\n".join(out)


def run(args):
    with tempfile.TemporaryDirectory(prefix="mingw_catalog_check.") as tmp:
        text = preprocess(args.cc, tmp)
    found = []
    for name in enumerators(text):
        if CODE_NAME.match(name) and not NOT_A_CODE.search(name) and name not in found:
            found.append(name)
    if len(found) < args.min_count:
        raise CheckError("only %d control-code enumerators found in mingw's clusapi.h (expected at "
                         "least %d): the parser or the header changed" % (len(found), args.min_count))

    catalog = read_catalog(args.csv)
    problems = []
    missing = [n for n in found if n not in catalog]
    if missing:
        problems.append("mingw's clusapi.h defines %d control code(s) that %s does not have: %s"
                        % (len(missing), args.csv, ", ".join(missing)))
    for name in KNOWN_MINGW_ERRORS:
        if name not in found:
            problems.append("KNOWN_MINGW_ERRORS names %s, which mingw's clusapi.h no longer "
                            "defines: remove it from the list" % name)
    checks = []
    for name in found:
        if name not in catalog:
            continue
        value, notes = catalog[name]
        says = MINGW_SAYS.findall(notes)
        wrong = None
        if name in KNOWN_MINGW_ERRORS:
            if len(says) != 1:
                problems.append("%s is a known mingw error but its csv notes hold %d "
                                "'mingw says 0x...' values, not 1" % (name, len(says)))
                continue
            wrong = int(says[0], 16)
            if wrong == value:
                problems.append("%s: the csv notes' mingw value equals the catalog value 0x%08X"
                                % (name, value))
                continue
        elif says:
            problems.append("%s: the csv notes say 'mingw says %s' but the name is not in "
                            "KNOWN_MINGW_ERRORS" % (name, says[0]))
        checks.append((name, value, wrong))
    if problems:
        raise CheckError("\n".join(problems))

    out_dir = os.path.dirname(os.path.abspath(args.out))
    os.makedirs(out_dir, exist_ok=True)
    with open(args.out, "w", encoding="ascii", newline="\n") as f:
        f.write(generated_c(checks, args.csv))

    # -std=c11 for _Static_assert; no -Wno-* is needed: mingw's headers are clean at -Wall.
    cmd = [args.cc, "-std=c11", "-D_WIN32_WINNT=" + WIN32_WINNT, "-fsyntax-only", "-Wall",
           "-Werror", args.out]
    res = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                         universal_newlines=True)
    known = sum(1 for c in checks if c[2] is not None)
    print("%d constants checked, %d known mingw errors" % (len(checks), known))
    failed = sorted(set(re.findall(r"static assertion failed: \"(\w+):", res.stdout)))
    other_errors = [l for l in res.stdout.splitlines()
                    if re.search(r"\b(error|warning):", l) and "static assertion failed" not in l]
    if res.returncode != 0:
        sys.stdout.write(res.stdout)
        if other_errors or not failed:  # broken for another reason: no verdict on any value
            print("error: the generated file does not compile (%s): not a value mismatch, see "
                  "above" % " ".join(cmd))
            print("0 passed, %d failed" % len(checks))
            return 1
        print("mismatches between mingw's clusapi.h and %s: %s" % (args.csv, ", ".join(failed)))
        print("%d passed, %d failed" % (len(checks) - len(failed), len(failed)))
        return 1
    print("%d passed, 0 failed" % len(checks))
    return 0


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--cc", default="x86_64-w64-mingw32-gcc", help="the mingw-w64 C compiler")
    p.add_argument("--csv", required=True, help="the catalog, data/control_codes.csv")
    p.add_argument("--out", required=True, help="the C11 file to write")
    p.add_argument("--min-count", type=int, default=200,
                   help="fail when fewer constants are found (default %(default)s)")
    args = p.parse_args()
    try:
        return run(args)
    except CheckError as e:
        print("error: %s" % e)
        print("0 passed, 1 failed")
        return 1


if __name__ == "__main__":
    sys.exit(main())
