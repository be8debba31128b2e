#!/usr/bin/env python3
"""Generates src/catalog_data.inc from data/control_codes.csv.

data/control_codes.csv is the catalog's one source of truth; the C tables are
never edited by hand. Run from anywhere:

    python3 cmake/gen_catalog.py            rewrite src/catalog_data.inc
    python3 cmake/gen_catalog.py --check    exit 1 if it is not current

The test `catalog_generated` runs --check, so a stale table fails CI.

What the generator checks: names are unique upper-case C identifiers whose
prefix gives the kind (CLCTL_/CTCTL_ operation, CLUSCTL_ code); the field
columns equal the fields decoded from the value; provenance and kind are
known words; a resource type is given only for user codes.

What it derives: a full code with no description of its own takes the
description of its operation (the operation entry with the same low 24 bits).
Entries are ordered by value, then by provenance (sdk, hyperv, legacy,
protocol), then by their order in the file: the first entry of a value is its
preferred name.
"""
import csv
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "data", "control_codes.csv")
OUT = os.path.join(ROOT, "src", "catalog_data.inc")

KINDS = {"operation": "CCTL_KIND_OPERATION", "code": "CCTL_KIND_CODE"}
PROVENANCES = ["sdk", "hyperv", "legacy", "protocol"]
CODE_H = os.path.join(ROOT, "include", "clusctl", "code.h")


def field_layout(path=CODE_H):
    """The fields as code.h writes them once, in CCTL_FIELD_MAP: a list of
    (member, shift, max) in the map's order. Shifts and maxima are either
    numbers or the header's CCTL_*_SHIFT / CCTL_*_MAX macros."""
    text = open(path).read()
    macros = {m.group(1): int(m.group(2), 0) for m in re.finditer(
        r"^#define (CCTL_\w+_(?:SHIFT|MAX)) (0x[0-9A-Fa-f]+|[0-9]+)u?\b", text, re.M)}
    body = re.search(r"#define CCTL_FIELD_MAP\(X\)((?:.*\\\n)*.*)", text)
    if body is None:
        sys.exit("%s: no CCTL_FIELD_MAP" % path)

    def number(token):
        token = token.strip()
        if token in macros:
            return macros[token]
        return int(token.rstrip("u"), 0)

    fields = []
    for m in re.finditer(r"X\((\w+), (\w+), (\w+), (\w+)\)", body.group(1)):
        fields.append((m.group(2), number(m.group(3)), number(m.group(4))))
    if len(fields) != 7:
        sys.exit("%s: CCTL_FIELD_MAP has %d rows, not 7" % (path, len(fields)))
    return fields


FIELDS = field_layout()
COLUMNS = ["name", "value", "kind", "provenance", "resource_type"] + \
    [f for f, _, _ in FIELDS] + ["description", "docs_errata", "notes"]


def fail(line, message):
    sys.exit("%s:%d: %s" % (DATA, line, message))


def c_string(text):
    if not text:
        return "NULL"
    out = text.replace("\\", "\\\\").replace('"', '\\"')
    if any(ord(c) < 0x20 or ord(c) > 0x7E for c in out):
        raise ValueError("non-printable or non-ASCII text: %r" % text)
    return '"%s"' % out


def load():
    entries = []
    names = set()
    with open(DATA, newline="") as f:
        reader = csv.DictReader(f)
        if reader.fieldnames != COLUMNS:
            fail(1, "columns must be: " + ",".join(COLUMNS))
        for row in reader:
            line = reader.line_num
            name = row["name"]
            if not re.fullmatch(r"[A-Z][A-Z0-9_]*", name):
                fail(line, "name %r is not an upper-case C identifier" % name)
            if name in names:
                fail(line, "duplicate name " + name)
            names.add(name)
            if not re.fullmatch(r"0x[0-9A-F]{8}", row["value"]):
                fail(line, "value must be 0x and 8 upper-case hex digits")
            value = int(row["value"], 16)
            for field, shift, mask in FIELDS:
                if row[field] != str((value >> shift) & mask):
                    fail(line, "%s: column %s is %s, the value says %d" % (
                        name, field, row[field], (value >> shift) & mask))
            kind = row["kind"]
            want = "code" if name.startswith("CLUSCTL_") else "operation"
            if kind != want or not re.match(r"(CLCTL|CTCTL|CLUSCTL)_", name):
                fail(line, "%s: kind must be %s" % (name, want))
            if row["provenance"] not in PROVENANCES:
                fail(line, "provenance must be one of " + ", ".join(PROVENANCES))
            if row["resource_type"] and not (value >> 21) & 1:
                fail(line, "%s: a resource type is for user codes only" % name)
            entries.append({
                "name": name, "value": value, "kind": kind,
                "provenance": row["provenance"], "order": len(entries),
                "resource_type": row["resource_type"],
                "description": row["description"],
                "docs_errata": row["docs_errata"], "notes": row["notes"]})
    return entries


def generate(entries):
    entries.sort(key=lambda e: (e["value"],
                                PROVENANCES.index(e["provenance"]), e["order"]))
    operations = {}
    for e in entries:
        if e["kind"] == "operation":
            operations.setdefault(e["value"], e)
    for e in entries:
        if not e["description"] and e["kind"] == "code":
            op = operations.get(e["value"] & 0xFFFFFF)
            if op is not None:
                e["description"] = op["description"]
    by_name = sorted(range(len(entries)), key=lambda i: entries[i]["name"])
    lines = [
        "/* Autogenerated by cmake/gen_catalog.py from data/control_codes.csv.",
        " * Do not edit: change the data file and run the generator. */",
        "",
        "#define CLUSCTL__CATALOG_SIZE %d" % len(entries),
        "#define CLUSCTL__CATALOG_NAME_MAX %d" % max(len(e["name"]) for e in entries),
        "",
        "/* Every entry, by value, then preference. */",
        "static const clusctl_entry clusctl__catalog[CLUSCTL__CATALOG_SIZE] = {",
    ]
    for e in entries:
        lines.append("    {%s, 0x%08Xu, %s, CCTL_PROVENANCE_%s, %s, %s, %s, %s}," % (
            c_string(e["name"]), e["value"], KINDS[e["kind"]],
            e["provenance"].upper(), c_string(e["resource_type"]),
            c_string(e["description"]), c_string(e["docs_errata"]),
            c_string(e["notes"])))
    lines += ["};", "",
              "/* The values of clusctl__catalog, in the same order. */",
              "static const uint32_t clusctl__values[CLUSCTL__CATALOG_SIZE] = {"]
    for i in range(0, len(entries), 6):
        lines.append("    " + " ".join("0x%08Xu," % e["value"] for e in entries[i:i + 6]))
    lines += ["};", "",
              "/* Indexes into clusctl__catalog, by name (byte order). */",
              "static const uint16_t clusctl__by_name[CLUSCTL__CATALOG_SIZE] = {"]
    for i in range(0, len(by_name), 12):
        lines.append("    " + " ".join("%d," % n for n in by_name[i:i + 12]))
    lines += ["};", ""]
    return "\n".join(lines)


def main():
    text = generate(load())
    if sys.argv[1:] == ["--check"]:
        try:
            with open(OUT, newline="") as f:
                current = f.read()
        except OSError:
            current = None
        if current != text:
            sys.exit("%s is not current: run python3 cmake/gen_catalog.py" % OUT)
        print("%s is current" % OUT)
        return
    if sys.argv[1:]:
        sys.exit("usage: gen_catalog.py [--check]")
    with open(OUT, "w", newline="") as f:
        f.write(text)


if __name__ == "__main__":
    main()
