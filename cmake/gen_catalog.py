#!/usr/bin/env python3
"""Generates src/catalog_data.inc and src/flags_data.inc from the data files.

data/control_codes.csv is the catalog's one source of truth; the C tables are
never edited by hand. data/control_code_buffers.csv says, for every code that
has a docs page, what its input and output buffers hold; data/clusprop.csv
gives the ClusApi.h constants that name the flags and classes codes return.
Run from anywhere:

    python3 cmake/gen_catalog.py            rewrite both files
    python3 cmake/gen_catalog.py --check    exit 1 if either is not current

The test `catalog_generated` runs --check, so a stale table fails CI.

What the generator checks: names are upper-case C identifiers whose
prefix gives the kind, unique but for older values (a name's second row: an
older value of it, provenance legacy, the same kind and object, notes naming
the current value, which the current SDK backs and the older one not) (CLCTL_/CTCTL_ operation, CLUSCTL_ code); the field
columns equal the fields decoded from the value; provenance and kind are
known words; a resource type is given only for user codes; a description
has a description_source and a source a description, and the source is a
doc_page of the buffers file or a named source (NAMED_SOURCES). In the buffers
file: every name is a catalog name (or one of NOT_IN_CATALOG, each with its
reason), once; every category is in CCTL_BUFFER_MAP (include/clusctl/
catalog.h) and every category there but `undocumented` is used; every flags
output names a set of CCTL_FLAG_SET_MAP (include/clusctl/flags.h). In
clusprop.csv: every class, subclass, characteristic and flag constant
belongs to a set of that map (by the enum its notes name), starts with the
set's prefix, is unique in its set, and is 0 or one bit in a set of bits.

A description comes with its description_source: a docs page path that is a
doc_page of the buffers file, or a named source of NAMED_SOURCES (MS-CMRP
sections, the reference data, the SDK header).

What it derives: a full code with no description of its own takes the
description of its operation (the operation entry with the same low 24 bits),
and the operation's description_source with it.
Input and output come from the name's own docs page only: a name without a
row (every bare CLCTL_ operation, and aliases such as the protocol-only
CLUSCTL_RESOURCE_TYPE_VALIDATE_PATH) is `undocumented`, even when another
name of its value has a page (user codes mean different things per resource
type; and the buffers file has no CLCTL_ rows to inherit from). A flags
output's set: `dword_flags(CLUS_CHAR_*)` the set whose prefix is CLUS_CHAR,
`dword_flags` without a detail the UNNAMED set, `struct(NAME)` for a struct
in STRUCT_FLAG_SETS its set. Entries are ordered by value, then by
provenance (sdk, hyperv, legacy, protocol), then by their order in the file:
the first entry of a value is its preferred name. The by-name index holds
each name once, its current row; an older value is reached by value.

The strings: one pool (Pool) of every string of the catalog, each once,
in chunks of at most POOL_CHUNK bytes; the rows hold offsets into it, so
that no table holds a pointer (and the shared library needs no load-time
relocation for them). The lookup tables (lookup_tables()): the values in
blocks of RANK_BLOCK with each block's first value (a missing value's
rank, counted without a branch), an open-addressing hash of the
distinct values (2048 slots, linear probing, each slot the value's first
entry and count), each object code's range of entries, an open-addressing
hash of the names (the length and two 8-byte loads, a tag of 8 more hash
bits per slot), and for suggestions the names by length and each name's
letter counts as bit planes. Each hash's multiplier is the best of a fixed
list of candidates; the generator fails when a table needs more than
MAX_AVERAGE_PROBES on average or MAX_PROBES for one key, and checks what the
C side assumes (names of 8 bytes or more, 16-bit entry indexes).
"""
import csv
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "data", "control_codes.csv")
BUFFERS = os.path.join(ROOT, "data", "control_code_buffers.csv")
CLUSPROP = os.path.join(ROOT, "data", "clusprop.csv")
OUT = os.path.join(ROOT, "src", "catalog_data.inc")
FLAGS_OUT = os.path.join(ROOT, "src", "flags_data.inc")

KINDS = {"operation": "CCTL_KIND_OPERATION", "code": "CCTL_KIND_CODE"}
PROVENANCES = ["sdk", "hyperv", "legacy", "protocol"]
CODE_H = os.path.join(ROOT, "include", "clusctl", "code.h")
CATALOG_H = os.path.join(ROOT, "include", "clusctl", "catalog.h")
FLAGS_H = os.path.join(ROOT, "include", "clusctl", "flags.h")

# Names of the buffers file that the catalog does not hold, and why. Any
# other name that is not in the catalog fails.
NOT_IN_CATALOG = {
    name: "a pre-release COLLECTION name whose only value is a broken docs bit "
          "table (data/README.md, Left out)"
    for name in [
        "CLUSCTL_COLLECTION_GET_COMMON_PROPERTIES",
        "CLUSCTL_COLLECTION_GET_GROUPS",
        "CLUSCTL_COLLECTION_GET_PROVIDER_COLLECTIONS",
        "CLUSCTL_COLLECTION_GET_PROVIDER_GROUPS",
        "CLUSCTL_COLLECTION_GET_RO_COMMON_PROPERTIES",
        "CLUSCTL_COLLECTION_SET_COMMON_PROPERTIES",
        "CLUSCTL_GROUP_GET_PROVIDER_COLLECTIONS",
    ]}
NOT_IN_CATALOG.update({
    name: "no source gives the full code's value; the catalog holds only its "
          "legacy CLCTL_ operation, and the page says the code is not supported"
    for name in ["CLUSCTL_RESOURCE_QUERY_CSV_MAINTENANCE_MODE",
                 "CLUSCTL_RESOURCE_SET_CLUSTER_MEMBERSHIP"]})
BUFFER_COLUMNS = ["name", "input", "output", "input_text", "output_text", "doc_page"]
# Structs whose content a flag set names (CLUS_RESOURCE_CLASS_INFO starts
# with the class, a CLUS_RESCLASS_* value).
STRUCT_FLAG_SETS = {"CLUS_RESOURCE_CLASS_INFO": "RESCLASS"}
# clusprop.csv kinds that name flags and classes, and the sets they may go to.
FLAG_KINDS = {"char": {"CHAR"}, "flag": {"FLAG"}, "resclass": {"RESCLASS"},
              "ressubclass": {"RESSUBCLASS", "RESSUBCLASS_STORAGE",
                              "RESSUBCLASS_NETWORK"}}


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


def macro_body(path, name):
    text = open(path).read()
    body = re.search(r"#define %s\(X\)((?:.*\\\n)*.*)" % name, text)
    if body is None:
        sys.exit("%s: no %s" % (path, name))
    return body.group(1)


def buffer_map(path=CATALOG_H):
    """CCTL_BUFFER_MAP: {id: NAME}, e.g. {"property_list": "PROPERTY_LIST"}."""
    rows = re.findall(r'X\((\w+), (\d+), "(\w+)", "[^"]*"\)',
                      macro_body(path, "CCTL_BUFFER_MAP"))
    if not rows or "undocumented" not in [r[2] for r in rows]:
        sys.exit("%s: CCTL_BUFFER_MAP has no undocumented row" % path)
    return {r[2]: r[0] for r in rows}


def flag_set_map(path=FLAGS_H):
    """CCTL_FLAG_SET_MAP: a list of (NAME, value, bitmask, prefix, sdk_enum),
    prefix and sdk_enum None for NULL."""
    def string(token):
        return None if token == "NULL" else token.strip('"')
    rows = re.findall(r'X\((\w+), (\d+), ([01]), (NULL|"\w+"),[\s\\]+(NULL|"\w+"),',
                      macro_body(path, "CCTL_FLAG_SET_MAP"))
    if len(rows) != macro_body(path, "CCTL_FLAG_SET_MAP").count("X("):
        sys.exit("%s: CCTL_FLAG_SET_MAP has a row the generator cannot read" % path)
    return [(r[0], int(r[1]), r[2] == "1", string(r[3]), string(r[4])) for r in rows]


FIELDS = field_layout()
BUFFER_IDS = buffer_map()
FLAG_SETS = flag_set_map()
COLUMNS = ["name", "value", "kind", "provenance", "resource_type"] + \
    [f for f, _, _ in FIELDS] + ["description", "description_source", "docs_errata", "notes"]
# The sources a description may name besides a docs page of the buffers file
# (data/README.md, "Description sources"): a regular expression each, and
# what it stands for.
NAMED_SOURCES = [
    (r"MS-CMRP 3(?:\.[0-9]+)+",
     "a section of [MS-CMRP], the Failover Cluster Management API protocol"),
    (r"non_sdk_codes\.csv",
     "the project's reference data of the names the current SDK lacks (the "
     "Hyper-V names, from Microsoft's managed FailoverClusters code)"),
    (r"ClusApi\.h", "the SDK header itself: the name and value only"),
]


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
    names = {}
    with open(DATA, newline="") as f:
        reader = csv.DictReader(f)
        if reader.fieldnames != COLUMNS:
            fail(1, "columns must be: " + ",".join(COLUMNS))
        for row in reader:
            line = reader.line_num
            name = row["name"]
            if not re.fullmatch(r"[A-Z][A-Z0-9_]*", name):
                fail(line, "name %r is not an upper-case C identifier" % name)
            if not re.fullmatch(r"0x[0-9A-F]{8}", row["value"]):
                fail(line, "value must be 0x and 8 upper-case hex digits")
            value = int(row["value"], 16)
            current = names.get(name)
            if current is not None:
                # A second row of a name is an older value of it (data/README.md,
                # "Known disagreements kept"): legacy, the same kind and object,
                # another value, and its notes name the current one.
                if "older" in current:
                    fail(line, "%s appears a third time" % name)
                if row["provenance"] != "legacy":
                    fail(line, "duplicate name %s: a second row of a name must be "
                         "its older value, provenance legacy" % name)
                if value == current["value"] or value >> 24 != current["value"] >> 24:
                    fail(line, "%s: an older value must differ from the current one "
                         "(0x%08X) and have its object" % (name, current["value"]))
                if "0x%08X" % current["value"] not in row["notes"]:
                    fail(line, "%s: the notes of an older value must name the current "
                         "value 0x%08X" % (name, current["value"]))
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
            if bool(row["description"]) != bool(row["description_source"]):
                fail(line, "%s: a description and its description_source go together" % name)
            entries.append({
                "name": name, "value": value, "kind": kind,
                "provenance": row["provenance"], "order": len(entries), "line": line,
                "resource_type": row["resource_type"],
                "description": row["description"],
                "description_source": row["description_source"],
                "docs_errata": row["docs_errata"], "notes": row["notes"],
                "older_of": current})
            if current is None:
                names[name] = entries[-1]
            else:
                current["older"] = entries[-1]
    check_older_values(entries)
    return entries


def check_older_values(entries):
    """The current row of a name with an older value is the one the current
    SDK backs: its value, or for a code its operation (the low 24 bits), is
    an SDK value; the older row's value and operation are not."""
    sdk = {e["value"] for e in entries if e["provenance"] == "sdk"}

    def backed(value):
        return value in sdk or (value >> 24 != 0 and value & 0xFFFFFF in sdk)
    for e in entries:
        old = e["older_of"]
        if old is None:
            continue
        if not backed(old["value"]) or backed(e["value"]):
            fail(e["line"], "%s: the current SDK must back the first row's value "
                 "0x%08X and not the older 0x%08X" % (e["name"], old["value"], e["value"]))


def buffer_fail(line, message):
    sys.exit("%s:%d: %s" % (BUFFERS, line, message))


def category(line, name, text):
    """A buffers-file category, "struct(NAME)", as (id, detail or None)."""
    m = re.fullmatch(r"([a-z_]+)(?:\(([^()]+)\))?", text)
    if m is None or m.group(1) not in BUFFER_IDS or m.group(1) == "undocumented":
        buffer_fail(line, "%s: category %r is not in CCTL_BUFFER_MAP" % (name, text))
    return m.group(1), m.group(2)


def flag_set_of(line, name, output, detail):
    """The CCTL_FLAG_SET_MAP name of an output, or None."""
    if output == "dword_flags":
        if detail is None:
            return "UNNAMED"
        for set_name, _, bitmask, prefix, _ in FLAG_SETS:
            if bitmask and prefix is not None and detail == prefix + "_*":
                return set_name
        buffer_fail(line, "%s: no CCTL_FLAG_SET_MAP set has the prefix of %r" % (name, detail))
    if output == "struct" and detail in STRUCT_FLAG_SETS:
        return STRUCT_FLAG_SETS[detail]
    return None


def load_buffers(entries):
    """Joins the buffers file to the entries on name: sets input, output,
    their details, doc_page and flag_set of every entry."""
    by_name = {}
    for e in entries:
        by_name.setdefault(e["name"], []).append(e)
    for e in entries:
        e.update(input="undocumented", output="undocumented", input_detail="",
                 output_detail="", doc_page="", flag_set=None)
    seen, used, pages = set(), set(), set()
    with open(BUFFERS, newline="") as f:
        reader = csv.DictReader(f)
        if reader.fieldnames != BUFFER_COLUMNS:
            buffer_fail(1, "columns must be: " + ",".join(BUFFER_COLUMNS))
        for row in reader:
            line, name = reader.line_num, row["name"]
            if name in seen:
                buffer_fail(line, "duplicate name " + name)
            seen.add(name)
            if not re.fullmatch(r"desktop-src/MsCS/[a-z0-9-]+\.md", row["doc_page"]):
                buffer_fail(line, "%s: doc_page %r is not a desktop-src/MsCS/ page" % (
                    name, row["doc_page"]))
            pages.add(row["doc_page"])
            cin, din = category(line, name, row["input"])
            cout, dout = category(line, name, row["output"])
            used.update([cin, cout])
            if cin == "dword_flags":
                buffer_fail(line, "%s: flags in an input buffer have no flag_set" % name)
            flag_set = flag_set_of(line, name, cout, dout)
            named = by_name.get(name)
            if named is None:
                if name not in NOT_IN_CATALOG:
                    buffer_fail(line, "%s is not in %s" % (name, DATA))
                continue
            if name in NOT_IN_CATALOG:
                buffer_fail(line, "%s is in the catalog: take it off NOT_IN_CATALOG" % name)
            # The page is the name's: its older value, if any, has it too.
            for e in named:
                e.update(input=cin, output=cout, input_detail=din or "",
                         output_detail=dout or "", doc_page=row["doc_page"],
                         flag_set=flag_set)
    missing = sorted(set(NOT_IN_CATALOG) - seen)
    if missing:
        buffer_fail(1, "NOT_IN_CATALOG names that the file lacks: " + ", ".join(missing))
    unused = sorted(set(BUFFER_IDS) - used - {"undocumented"})
    if unused:
        sys.exit("%s: CCTL_BUFFER_MAP categories no row uses: %s" % (
            CATALOG_H, ", ".join(unused)))
    return pages


def check_sources(entries, pages):
    """Every description_source is a docs page of the buffers file (any of
    its rows, the names the catalog leaves out included) or a named source of
    NAMED_SOURCES."""
    for e in entries:
        source = e["description_source"]
        if not source:
            continue
        if source.startswith("desktop-src/"):
            if source not in pages:
                fail(e["line"], "%s: description_source %r is no doc_page of %s" % (
                    e["name"], source, BUFFERS))
        elif not any(re.fullmatch(pattern, source) for pattern, _ in NAMED_SOURCES):
            fail(e["line"], "%s: description_source %r is neither a docs page nor one of "
                 "NAMED_SOURCES" % (e["name"], source))


def load_flag_constants():
    """The constants of clusprop.csv that name flags and classes: a list of
    (set NAME, value, constant name), sorted by set value, then value."""
    sets = {s[4]: s for s in FLAG_SETS if s[4] is not None}
    constants = []
    with open(CLUSPROP, newline="") as f:
        reader = csv.DictReader(f)
        for row in reader:
            line, kind, name = reader.line_num, row["kind"], row["name"]
            if kind not in FLAG_KINDS:
                continue
            m = re.search(r"\benum (\w+)", row["notes"])
            if m is None or m.group(1) not in sets:
                sys.exit("%s:%d: %s: its notes name no enum of CCTL_FLAG_SET_MAP" % (
                    CLUSPROP, line, name))
            set_name, _, bitmask, prefix, _ = sets[m.group(1)]
            if set_name not in FLAG_KINDS[kind]:
                sys.exit("%s:%d: %s: kind %s in set %s" % (CLUSPROP, line, name, kind, set_name))
            if not name.startswith(prefix + "_"):
                sys.exit("%s:%d: %s does not start with %s_" % (CLUSPROP, line, name, prefix))
            if not re.fullmatch(r"0x[0-9A-F]{8}", row["value_hex"]):
                sys.exit("%s:%d: %s: value_hex must be 0x and 8 hex digits" % (
                    CLUSPROP, line, name))
            value = int(row["value_hex"], 16)
            if bitmask and value & (value - 1):
                sys.exit("%s:%d: %s: 0x%08X is not one bit" % (CLUSPROP, line, name, value))
            for other in constants:
                if other[0] == set_name and (other[1] == value or other[2] == name):
                    sys.exit("%s:%d: %s: value or name repeated in set %s" % (
                        CLUSPROP, line, name, set_name))
            constants.append((set_name, value, name))
    order = {s[0]: s[1] for s in FLAG_SETS}
    for set_name, _, _, prefix, _ in FLAG_SETS:
        if prefix is not None and not any(c[0] == set_name for c in constants):
            sys.exit("%s: set %s has no constant" % (CLUSPROP, set_name))
    constants.sort(key=lambda c: (order[c[0]], c[1]))
    return constants


# ---- String pools: every string of a table in one `static const` object,
# reached by offset, so that the tables hold no pointer and the shared
# library needs no load-time relocation for them. ----

# The pool is a struct of char arrays of at most POOL_CHUNK bytes each, one
# string literal each: C99 compilers need take no longer literal (gcc's
# -Woverlength-strings, part of -Wpedantic, says so past 4095).
POOL_CHUNK = 4000


def c_literal(text):
    """A C string literal of ASCII text (no NUL inside)."""
    out = text.replace("\\", "\\\\").replace('"', '\\"')
    if any(ord(c) < 0x20 or ord(c) > 0x7E for c in out):
        raise ValueError("non-printable or non-ASCII text: %r" % text)
    return '"%s"' % out


class Pool:
    """NUL-terminated strings, each once, at offsets from 1 up; offset 0 is
    the empty string at the start, which stands for none (NULL)."""

    def __init__(self):
        self.strings, self.offsets, self.size = [""], {"": 0}, 1

    def add(self, text):
        if text not in self.offsets:
            self.offsets[text] = self.size
            self.strings.append(text)
            self.size += len(text.encode("ascii")) + 1
        return self.offsets[text]

    def render(self, struct, variable, what):
        """The pool's C text: a struct type of chunks, its one object, and a
        compile-time check that the chunks lie end to end (the offsets
        count on it)."""
        chunks, current, used = [], [], 0
        for text in self.strings:
            n = len(text) + 1
            if n > POOL_CHUNK:
                sys.exit("gen_catalog.py: a string of %d bytes: over POOL_CHUNK" % n)
            if used + n > POOL_CHUNK:
                chunks.append((current, used))
                current, used = [], 0
            current.append(text)
            used += n
        chunks.append((current, used))
        lines = ["/* %s: %d strings, %d bytes; offset 0 is \"\", which stands for NULL. */"
                 % (what, len(self.strings), self.size),
                 "struct %s {" % struct]
        for i, (_, size) in enumerate(chunks):
            lines.append("    char c%d[%d];" % (i, size))
        lines += ["};",
                  "typedef char %s_is_whole[sizeof(struct %s) == %d ? 1 : -1];"
                  % (struct, struct, self.size),
                  "static const struct %s %s = {" % (struct, variable)]
        for strings, _ in chunks:
            # Each string ends in an explicit \0 but the chunk's last, whose
            # NUL is the literal's own: the literal fills its array exactly.
            parts = [c_literal(t)[:-1] + "\\0\"" for t in strings[:-1]]
            parts.append(c_literal(strings[-1]))
            lines.append("    " + "\n    ".join(parts) + ",")
        lines.append("};")
        return lines


def generate_flags(constants):
    """src/flags_data.inc: the constants by set, each set's range, and the
    subclass set of each class that has one (CLUS_RESSUBCLASS_<X> belongs
    to CLUS_RESCLASS_<X>; any other class has the set whose enum is
    CLUS_RESSUBCLASS)."""
    classes = {name: value for set_name, value, name in constants if set_name == "RESCLASS"}
    subclasses, default = [], None
    for set_name, _, _, _, sdk_enum in FLAG_SETS:
        if sdk_enum == "CLUS_RESSUBCLASS":
            default = set_name
        elif sdk_enum is not None and sdk_enum.startswith("CLUS_RESSUBCLASS_"):
            owner = "CLUS_RESCLASS_" + sdk_enum[len("CLUS_RESSUBCLASS_"):]
            if owner not in classes:
                sys.exit("%s: %s has no class %s" % (CLUSPROP, sdk_enum, owner))
            subclasses.append((classes[owner], set_name))
    if default is None:
        sys.exit("%s: no set has the enum CLUS_RESSUBCLASS" % FLAGS_H)
    top = max(s[1] for s in FLAG_SETS)
    lines = [
        "/* Autogenerated by cmake/gen_catalog.py from data/clusprop.csv and the",
        " * sets of CCTL_FLAG_SET_MAP (include/clusctl/flags.h).",
        " * Do not edit: change the data file and run the generator. */",
        "",
        "#define CLUSCTL__FLAG_CONSTANT_COUNT %d" % len(constants),
        "#define CLUSCTL__FLAG_SET_TOP %d" % top,
        "#define CLUSCTL__SUBCLASS_DEFAULT CCTL_FLAG_SET_%s" % default,
        "",
    ]
    pool = Pool()
    offsets = [pool.add(name) for _, _, name in constants]
    prefixes = {value: pool.add(prefix or "") for _, value, _, prefix, _ in FLAG_SETS}
    lines += pool.render("clusctl__flag_pool", "clusctl__flag_names",
                         "The constants' names, and the sets' prefixes")
    lines += ["",
              "/* Every constant, by set, then value: its set, value, and name's offset in",
              " * clusctl__flag_names. */",
              "static const struct clusctl__flag_constant "
              "clusctl__flag_constants[CLUSCTL__FLAG_CONSTANT_COUNT] = {"]
    if pool.size > 0xFFFF:
        sys.exit("gen_catalog.py: the flag names' pool is over 64 KiB: its offsets are uint16_t")
    for (set_name, value, name), offset in zip(constants, offsets):
        lines.append("    {CCTL_FLAG_SET_%s, 0x%08Xu, %d}, /* %s */" % (set_name, value, offset, name))
    lines += ["};", "",
              "/* Per set value (0 to CLUSCTL__FLAG_SET_TOP): the offset of its prefix in",
              " * clusctl__flag_names (CCTL_FLAG_SET_MAP's; 0 for none). */",
              "static const uint16_t clusctl__flag_prefixes[CLUSCTL__FLAG_SET_TOP + 1] = {"]
    for value in range(top + 1):
        lines.append("    %d," % prefixes.get(value, 0))
    lines += ["};", "",
              "/* Per set value (0 to CLUSCTL__FLAG_SET_TOP): the index of its first",
              " * constant and their count. */",
              "static const struct clusctl__flag_range "
              "clusctl__flag_ranges[CLUSCTL__FLAG_SET_TOP + 1] = {"]
    by_value = {s[1]: s[0] for s in FLAG_SETS}
    for value in range(top + 1):
        name = by_value.get(value)
        index = [i for i, c in enumerate(constants) if c[0] == name]
        lines.append("    {%d, %d}, /* %s */" % (index[0] if index else 0, len(index),
                                                 name or "no set"))
    lines += ["};", "",
              "/* The classes that have a subclass set of their own. */",
              "static const struct clusctl__subclass clusctl__subclasses[%d] = {"
              % len(subclasses)]
    for value, set_name in subclasses:
        lines.append("    {0x%08Xu, CCTL_FLAG_SET_%s}," % (value, set_name))
    lines += ["};", ""]
    return "\n".join(lines)


# ---- The lookup tables (src/catalog.c reads them; the formulas below and
# its clusctl__value_hash() / clusctl__name_hash() must agree). ----

MASK32 = (1 << 32) - 1
MASK64 = (1 << 64) - 1
VALUE_BITS = 11            # 2048 slots for about 540 values
NAME_BITS = 11             # 2048 slots for about 540 names
NAME_TAG_BITS = 8          # hash bits kept in a name slot, compared first
NAME_MIX = 0x9E3779B97F4A7C15  # mixes the head before the tail is added
# The generator picks each table's multiplier among CANDIDATES (the first
# with the fewest probes in all), then checks the table against these.
MAX_AVERAGE_PROBES = 1.35
MAX_PROBES = 8
EMPTY_ENTRY = 0xFFFF
# A miss's rank: the values in blocks of RANK_BLOCK (see generate()).
RANK_BLOCK = 16
# Suggestions: a name's letter counts as bit planes (see name_planes()):
# always 8 (src/catalog.c adds them written out); a count above 8 counts 8.
PLANES = 8


def candidates(count, seed):
    """`count` odd multipliers: the golden ratio's first, then a fixed
    64-bit LCG's, so every run picks the same."""
    out, state = [0x9E3779B97F4A7C15], seed
    while len(out) < count:
        state = (state * 6364136223846793005 + 1442695040888963407) & MASK64
        out.append(state | 1)
    return out


def value_slot(value, multiplier):
    """clusctl__value_hash(): the top VALUE_BITS of value * multiplier
    (32 bits)."""
    return ((value * multiplier) & MASK32) >> (32 - VALUE_BITS)


def le64(data):
    return int.from_bytes(data, "little")


def name_windows(name):
    """The two 8-byte loads of a name (>= 8 bytes), little-endian: the head
    at byte 8 (or len - 8 when the name is shorter than 16) and the tail,
    its last 8 bytes."""
    b = name.encode("ascii")
    head = 8 if len(b) >= 16 else len(b) - 8
    return le64(b[head:head + 8]), le64(b[-8:])


def name_hash(name, multiplier):
    """clusctl__name_hash(): (slot, tag)."""
    head, tail = name_windows(name)
    x = ((((head * NAME_MIX) & MASK64) ^ tail ^ len(name)) * multiplier) & MASK64
    h = x >> (64 - NAME_BITS - NAME_TAG_BITS)
    return h >> NAME_TAG_BITS, h & ((1 << NAME_TAG_BITS) - 1)


def open_addressing(keys, bits, slot_of):
    """Inserts keys in order with linear probing: (table, probes of each
    key), the table a list of keys or None."""
    table, probes = [None] * (1 << bits), []
    for key in keys:
        slot, n = slot_of(key), 1
        while table[slot] is not None:
            slot, n = (slot + 1) & ((1 << bits) - 1), n + 1
        table[slot] = key
        probes.append(n)
    return table, probes


def best_table(keys, bits, slot_for, multipliers, what):
    """The table of the multiplier with the fewest probes in all (the
    earliest on a tie), checked against MAX_AVERAGE_PROBES and MAX_PROBES."""
    if len(keys) * 4 > 3 << bits:
        sys.exit("gen_catalog.py: %d %s for %d slots: raise the table's bits" % (
            len(keys), what, 1 << bits))
    best = None
    for m in multipliers:
        table, probes = open_addressing(keys, bits, lambda k: slot_for(k, m))
        score = (sum(probes), max(probes))
        if best is None or score < best[0]:
            best = (score, m, table, probes)
    (total, worst), m, table, probes = best
    average = total / len(keys)
    if average > MAX_AVERAGE_PROBES or worst > MAX_PROBES:
        sys.exit("gen_catalog.py: the %s table needs %.2f probes on average, %d at "
                 "most (limits %.2f, %d)" % (what, average, worst, MAX_AVERAGE_PROBES,
                                             MAX_PROBES))
    return m, table, average, worst


def bucket(c):
    """A name character's bucket in the suggestion planes: A-Z 0-25, '_'
    26, the digits 27 (one bucket), anything else (queries only) 28."""
    if "A" <= c <= "Z":
        return ord(c) - ord("A")
    if c == "_":
        return 26
    if "0" <= c <= "9":
        return 27
    return 28


def name_planes(name, planes):
    """Bit k of plane p is set when the name holds bucket k more than p
    times."""
    counts = [0] * 29
    for c in name:
        counts[bucket(c)] += 1
    return [sum(1 << k for k in range(29) if counts[k] > p) for p in range(planes)]


def c_rows(cells, per):
    """An initializer's cells as lines of `per` cells each, indented, each
    line ending with a comma."""
    return ["    " + ", ".join(cells[i:i + per]) + "," for i in range(0, len(cells), per)]


def lookup_tables(entries, by_name):
    """The C text of the lookup tables: by value, by object, by name and
    for suggestions."""
    lines = []
    # By value: each distinct value's first entry and count.
    firsts = []
    for i, e in enumerate(entries):
        if i == 0 or entries[i - 1]["value"] != e["value"]:
            firsts.append([e["value"], i, 0])
        firsts[-1][2] += 1
    ranges = {v: (f, c) for v, f, c in firsts}
    vm, vtable, vavg, vmax = best_table(
        [v for v, _, _ in firsts], VALUE_BITS, value_slot,
        [m & MASK32 for m in candidates(256, 1)], "values")
    filler = firsts[0][0]
    lines += ["/* Lookup by value: open addressing over the %d distinct values, linear" % len(firsts),
              " * probing from the top %d bits of value * CLUSCTL__VALUE_MULTIPLIER (32" % VALUE_BITS,
              " * bits): %.3f probes on average for a value the catalog holds, %d at most." % (vavg, vmax),
              " * A slot gives the value's first entry and count; an empty slot has count 0",
              " * and holds the catalog's value 0x%08X (which a probe for that value" % filler,
              " * never reaches: every slot from a value's home to its own is full). */",
              "#define CLUSCTL__VALUE_BITS %d" % VALUE_BITS,
              "#define CLUSCTL__VALUE_MULTIPLIER 0x%08Xu" % vm,
              "static const struct clusctl__value_slot clusctl__value_slots[%d] = {" % (1 << VALUE_BITS)]
    cells = []
    for v in vtable:
        if v is None:
            cells.append("{0x%08Xu, 0, 0}" % filler)
        else:
            cells.append("{0x%08Xu, %d, %d}" % (v, ranges[v][0], ranges[v][1]))
    lines += c_rows(cells, 4)
    lines += ["};", "",
              "/* Per object code (bits 24-31): its entries' first index and count (the",
              " * first index is where the object's values would be when it has none). */",
              "static const struct clusctl__range clusctl__object_ranges[256] = {"]
    cells = []
    for obj in range(256):
        first = sum(1 for e in entries if e["value"] >> 24 < obj)
        count = sum(1 for e in entries if e["value"] >> 24 == obj)
        cells.append("{%d, %d}" % (first, count))
    lines += c_rows(cells, 8)
    lines.append("};")
    lines.append("")
    # By name.
    names = [entries[i]["name"] for i in by_name]
    index_of = {entries[i]["name"]: i for i in by_name}
    if max(index_of.values()) >= EMPTY_ENTRY:
        sys.exit("gen_catalog.py: too many entries for 16-bit name slots")
    shortest = min(len(n) for n in names)
    if shortest < 8:
        sys.exit("gen_catalog.py: a name shorter than 8 bytes: the name hash loads 8")
    nm, ntable, navg, nmax = best_table(
        names, NAME_BITS, lambda n, m: name_hash(n, m)[0], candidates(256, 2), "names")
    lines += ["/* Lookup by name: open addressing over the %d names (each once, its" % len(names),
              " * current entry), linear probing from the hash of the name's length and",
              " * two 8-byte loads (clusctl__name_hash()): %.3f probes on average for a" % navg,
              " * name the catalog holds, %d at most. A slot gives the entry, the name's" % nmax,
              " * length and %d more bits of its hash, compared before the name; an" % NAME_TAG_BITS,
              " * empty slot has entry 0x%04X and length 0. Names are upper-case, so the" % EMPTY_ENTRY,
              " * hash of a case-folded query finds them too. */",
              "#define CLUSCTL__NAME_BITS %d" % NAME_BITS,
              "#define CLUSCTL__NAME_TAG_BITS %d" % NAME_TAG_BITS,
              "#define CLUSCTL__NAME_MULTIPLIER UINT64_C(0x%016X)" % nm,
              "#define CLUSCTL__NAME_MIN %d" % shortest,
              "#define CLUSCTL__NO_ENTRY 0x%04X" % EMPTY_ENTRY,
              "static const struct clusctl__name_slot clusctl__name_slots[%d] = {" % (1 << NAME_BITS)]
    cells = []
    for n in ntable:
        if n is None:
            cells.append("{0x%04X, 0, 0}" % EMPTY_ENTRY)
        else:
            cells.append("{%d, %d, %d}" % (index_of[n], len(n), name_hash(n, nm)[1]))
    lines += c_rows(cells, 6)
    lines.append("};")
    lines.append("")
    # Suggestions: the names by length (then name order), each group's
    # start, and each name's letter-count planes.
    longest = max(len(n) for n in names)
    by_length = sorted(range(len(names)), key=lambda r: (len(names[r]), r))
    starts = [sum(1 for n in names if len(n) < length) for length in range(longest + 2)]
    planes = PLANES
    lines += ["/* Suggestions: positions in clusctl__by_name, by name length (then name",
              " * order); the names of length L are clusctl__by_length[",
              " * clusctl__length_start[L]] to [clusctl__length_start[L + 1] - 1]. */",
              "static const uint16_t clusctl__by_length[CLUSCTL__NAME_COUNT] = {"]
    for i in range(0, len(by_length), 12):
        lines.append("    " + " ".join("%d," % r for r in by_length[i:i + 12]))
    lines += ["};",
              "static const uint16_t clusctl__length_start[CLUSCTL__CATALOG_NAME_MAX + 2] = {"]
    for i in range(0, len(starts), 12):
        lines.append("    " + " ".join("%d," % r for r in starts[i:i + 12]))
    lines += ["};", "",
              "/* Per position in clusctl__by_name: the name's character counts as bit",
              " * planes, for the bag-distance bound: bit k of plane p is set when bucket",
              " * k (A-Z 0-25, '_' 26, the digits 27) occurs more than p times; word w",
              " * holds plane 2w in its low 32 bits and plane 2w + 1 in its high. */",
              "#define CLUSCTL__NAME_PLANES %d" % planes,
              "static const uint64_t clusctl__name_planes[CLUSCTL__NAME_COUNT][%d] = {" % (planes // 2)]
    for name in names:
        p = name_planes(name, planes)
        words = [p[2 * w] | p[2 * w + 1] << 32 for w in range(planes // 2)]
        lines.append("    {%s}, /* %s */" % (", ".join("UINT64_C(0x%016X)" % w for w in words), name))
    lines += ["};", ""]
    return lines


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
                e["description_source"] = op["description_source"]
    # Each name once, its current row: an older value is found by value only.
    by_name = sorted((i for i in range(len(entries)) if entries[i]["older_of"] is None),
                     key=lambda i: entries[i]["name"])
    lines = [
        "/* Autogenerated by cmake/gen_catalog.py from data/control_codes.csv and",
        " * data/control_code_buffers.csv.",
        " * Do not edit: change the data file and run the generator. */",
        "",
        "#define CLUSCTL__CATALOG_SIZE %d" % len(entries),
        "#define CLUSCTL__CATALOG_NAME_MAX %d" % max(len(e["name"]) for e in entries),
        "#define CLUSCTL__NAME_COUNT %d" % len(by_name),
        "",
    ]
    # The strings: the names first (in entry order, so that theirs are the
    # pool's first offsets), then every other string where it first occurs.
    pool = Pool()
    for e in entries:
        pool.add(e["name"])
    fields = ["resource_type", "description", "docs_errata", "notes", "input_detail",
              "output_detail", "doc_page", "description_source"]
    offsets = [{f: pool.add(e[f]) for f in ["name"] + fields} for e in entries]
    types = []
    for e in entries:
        if e["resource_type"] and e["resource_type"] not in types:
            types.append(e["resource_type"])
    lines += pool.render("clusctl__pool", "clusctl__strings",
                         "Every string of the catalog (each once)")
    lines += ["",
              "/* Every entry, by value, then preference: its value, the offsets of its",
              " * strings in clusctl__strings (0: none), kind, provenance, input, output",
              " * and flag set. */",
              "static const struct clusctl__row clusctl__rows[CLUSCTL__CATALOG_SIZE] = {"]
    for e, o in zip(entries, offsets):
        lines.append("    {0x%08Xu, %s, %s, CCTL_PROVENANCE_%s, CCTL_BUFFER_%s, CCTL_BUFFER_%s, %s}, /* %s */" % (
            e["value"], ", ".join(str(o[f]) for f in ["name"] + fields), KINDS[e["kind"]],
            e["provenance"].upper(), BUFFER_IDS[e["input"]], BUFFER_IDS[e["output"]],
            "CCTL_FLAG_SET_" + e["flag_set"] if e["flag_set"] else "0", e["name"]))
    lines += ["};", "",
              "/* The resource types of the entries, each once (offsets). */",
              "#define CLUSCTL__RESOURCE_TYPE_COUNT %d" % len(types),
              "static const uint32_t clusctl__resource_types[CLUSCTL__RESOURCE_TYPE_COUNT] = {"]
    for t in types:
        lines.append("    %d, /* %s */" % (pool.offsets[t], t))
    # The values, padded with 0xFFFFFFFF to whole blocks of RANK_BLOCK (no
    # value is below the padding), and every block's first value: a miss's
    # rank is counted in two short branch-free passes (clusctl__rank()).
    values = [e["value"] for e in entries]
    blocks = (len(values) + RANK_BLOCK - 1) // RANK_BLOCK
    padded = values + [0xFFFFFFFF] * (blocks * RANK_BLOCK - len(values))
    lines += ["};", "",
              "/* The values of clusctl__rows, in the same order, then 0xFFFFFFFF up to",
              " * a whole number of blocks of CLUSCTL__RANK_BLOCK; and the first value of",
              " * each block. */",
              "#define CLUSCTL__RANK_BLOCK %d" % RANK_BLOCK,
              "#define CLUSCTL__RANK_BLOCKS %d" % blocks,
              "static const uint32_t clusctl__values[CLUSCTL__RANK_BLOCKS * CLUSCTL__RANK_BLOCK] = {"]
    for i in range(0, len(padded), 6):
        lines.append("    " + " ".join("0x%08Xu," % v for v in padded[i:i + 6]))
    lines += ["};",
              "static const uint32_t clusctl__block_firsts[CLUSCTL__RANK_BLOCKS] = {"]
    firsts = padded[::RANK_BLOCK]
    for i in range(0, len(firsts), 6):
        lines.append("    " + " ".join("0x%08Xu," % v for v in firsts[i:i + 6]))
    lines += ["};", "",
              "/* Indexes into clusctl__rows, by name (byte order): each name",
              " * once, its current entry (not an older value of it). */",
              "static const uint16_t clusctl__by_name[CLUSCTL__NAME_COUNT] = {"]
    for i in range(0, len(by_name), 12):
        lines.append("    " + " ".join("%d," % n for n in by_name[i:i + 12]))
    lines += ["};", ""]
    lines += lookup_tables(entries, by_name)
    return "\n".join(lines)


def main():
    entries = load()
    check_sources(entries, load_buffers(entries))
    outputs = [(OUT, generate(entries)), (FLAGS_OUT, generate_flags(load_flag_constants()))]
    if sys.argv[1:] == ["--check"]:
        stale = False
        for path, text in outputs:
            try:
                with open(path, newline="") as f:
                    current = f.read()
            except OSError:
                current = None
            if current != text:
                print("%s is not current: run python3 cmake/gen_catalog.py" % path)
                stale = True
            else:
                print("%s is current" % path)
        sys.exit(1 if stale else 0)
    if sys.argv[1:]:
        sys.exit("usage: gen_catalog.py [--check]")
    for path, text in outputs:
        with open(path, "w", newline="") as f:
            f.write(text)


if __name__ == "__main__":
    main()
