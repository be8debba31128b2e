#!/usr/bin/env python3
"""Generates src/vm_props_data.inc, the VM resource's property table, from
data/vm_properties.csv (the table's one source of truth).

    python3 cmake/gen_vm_props.py            rewrite the file
    python3 cmake/gen_vm_props.py --check    exit 1 if it is not current

The test `vm_props_generated` runs --check, so a stale table fails CI;
test_vm_props checks the compiled table against the data file row by row.

Which rows make the schema: the private properties of "Virtual Machine"
whose format the docs give. Every other row must be in LEFT_OUT with its
reason, so that a new row of the data file fails here until someone decides
what it is. What the data file does not say is decided here, in one place:
the clusctl_vm member that holds each property (MEMBERS), the room of a
string (ROOM), and which properties the machines own (OWNED).

Columns used: name, data_type (DWORD; SZ; "SZ (GUID string)": an SZ with
CCTL_PROP_ITEM_GUID), syntax (must be LIST_VALUE of that format), access
(read-only -> CCTL_PROP_ITEM_READ_ONLY), status (starts with "Required" ->
CCTL_PROP_ITEM_REQUIRED; "Optional ..." and "TBD" -> not required),
minimum, maximum, default (decimal or 0x hex; NULL for a string: empty),
resource_type.
"""
import csv
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "data", "vm_properties.csv")
OUT = os.path.join(ROOT, "src", "vm_props_data.inc")
COLUMNS = ["name", "data_type", "syntax", "access", "status", "minimum", "maximum",
           "default", "values", "min_server", "doc_page", "resource_type"]
RESOURCE_TYPE = "Virtual Machine"

# The clusctl_vm member of each property of the schema (include/clusctl/vm.h).
MEMBERS = {
    "CheckHeartbeat": "check_heartbeat",
    "MigrationFailureReason": "failure_reason",
    "MigrationProgress": "progress",
    "MigrationState": "migration_state",
    "OfflineAction": "offline_action",
    "ShutdownAction": "shutdown_action",
    "StartMemory": "start_memory",
    "VirtualNumaCount": "virtual_numa_count",
    "VmId": "vm_id",
    "VmState": "vm_state",
}
# The room of each string member (the docs state no maximum).
ROOM = {"VmId": "CCTL_VM_ID_SIZE"}
# Properties the machines own: the docs call MigrationState read-write, but
# only START, CANCEL and the Cluster service's events change it (vm.h).
OWNED = {"MigrationState"}

# Rows of the data file that are not in the schema, and why.
LEFT_OUT = {
    ("CheckApplicationHealth", RESOURCE_TYPE):
        "TBD in the docs: no format, access, range or default",
    ("DefaultMoveType", RESOURCE_TYPE):
        "TBD in the docs: no format, access, range or default",
    ("MigrationExcludeNetworks", RESOURCE_TYPE):
        "a common property, not a private one; not supported since Windows Server 2012",
    ("MigrationNetworkOrder", RESOURCE_TYPE):
        "a common property, not a private one; not supported since Windows Server 2012",
}
OTHER_TYPE = "Virtual Machine Configuration"  # another resource type: not this table

FORMATS = {"DWORD": ("CCTL_PROP_FORMAT_DWORD", "CLUSPROP_SYNTAX_LIST_VALUE_DWORD"),
           "SZ": ("CCTL_PROP_FORMAT_SZ", "CLUSPROP_SYNTAX_LIST_VALUE_SZ"),
           "SZ (GUID string)": ("CCTL_PROP_FORMAT_SZ", "CLUSPROP_SYNTAX_LIST_VALUE_SZ")}


def fail(msg):
    sys.exit(f"gen_vm_props.py: {DATA}: {msg}")


def number(text, what):
    try:
        v = int(text, 16) if text.lower().startswith("0x") else int(text, 10)
    except ValueError:
        fail(f"{what}: {text!r} is not a number")
    if not 0 <= v <= 0xFFFFFFFF:
        fail(f"{what}: {text} is not a DWORD")
    return v


def c_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def comment(text):
    return text.replace("*/", "* /")


def rows():
    with open(DATA, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        if reader.fieldnames != COLUMNS:
            fail(f"columns {reader.fieldnames}, expected {COLUMNS}")
        return list(reader)


def schema(data):
    items, seen = [], set()
    for r in data:
        key = (r["name"], r["resource_type"])
        if key in seen:
            fail(f"{key} twice")
        seen.add(key)
        if r["resource_type"] == OTHER_TYPE or key in LEFT_OUT:
            continue
        if r["resource_type"] != RESOURCE_TYPE:
            fail(f"{r['name']}: unknown resource type {r['resource_type']!r}")
        name = r["name"]
        if name not in MEMBERS:
            fail(f"{name}: a new property: give it a member (MEMBERS) or a reason (LEFT_OUT)")
        if r["data_type"] not in FORMATS:
            fail(f"{name}: format {r['data_type']!r} is not supported")
        fmt, syntax = FORMATS[r["data_type"]]
        if r["syntax"] != syntax:
            fail(f"{name}: syntax {r['syntax']} does not match format {r['data_type']}")
        if r["access"] not in ("read-only", "read-write"):
            fail(f"{name}: access {r['access']!r}")
        flags = []
        if r["access"] == "read-only":
            flags.append("CCTL_PROP_ITEM_READ_ONLY")
        if r["status"].startswith("Required"):
            flags.append("CCTL_PROP_ITEM_REQUIRED")
        elif not (r["status"].startswith("Optional") or r["status"] == "TBD"):
            fail(f"{name}: status {r['status']!r}")
        if r["data_type"] == "SZ (GUID string)":
            flags.append("CCTL_PROP_ITEM_GUID")
        if name in OWNED:
            flags.append("CCTL_PROP_ITEM_OWNED")
        item = {"name": name, "format": fmt, "flags": " | ".join(flags) or "0",
                "member": MEMBERS[name], "row": r}
        if fmt == "CCTL_PROP_FORMAT_DWORD":
            lo = number(r["minimum"], f"{name} minimum")
            hi = number(r["maximum"], f"{name} maximum")
            dflt = number(r["default"], f"{name} default")
            if not lo <= dflt <= hi:
                fail(f"{name}: default {dflt} is not in {lo}..{hi}")
            item.update(minimum=lo, maximum=hi, default=dflt, string="NULL", size="0")
        else:
            if r["minimum"] != "NULL" or r["default"] != "NULL":
                fail(f"{name}: a string's minimum and default must be NULL (empty)")
            if name not in ROOM:
                fail(f"{name}: a string property needs its room (ROOM)")
            item.update(minimum=0, maximum=0, default=0, string="NULL", size=ROOM[name])
        items.append(item)
    for key in LEFT_OUT:
        if key not in seen:
            fail(f"LEFT_OUT names {key}, which is not in the file")
    names = {i["name"] for i in items}
    for name in list(MEMBERS) + list(ROOM) + list(OWNED):
        if name not in names:
            fail(f"{name} is not a property of the schema")
    return items


def render(items, data):
    out = ["/* Autogenerated by cmake/gen_vm_props.py from data/vm_properties.csv.",
           " * Do not edit: change the data file and run the generator. */", "",
           f"#define CLUSCTL__VM_PROPERTY_COUNT {len(items)}", "",
           "#ifdef CLUSCTL__VM_PROPERTY_TABLE",
           "/* The private properties of a \"Virtual Machine\" resource, in the data",
           " * file's order; clusctl_vm is the parameter block. */",
           "static const clusctl_prop_item clusctl__vm_properties[CLUSCTL__VM_PROPERTY_COUNT] = {"]
    for i in items:
        r = i["row"]
        out.append(f"    /* {comment(i['name'])}: {comment(r['data_type'])}, {r['access']}, "
                   f"status {comment(r['status'])}; {comment(r['doc_page'])} */")
        if r["values"]:
            out.append(f"    /* values: {comment(r['values'])} */")
        out.append(f"    {{{c_string(i['name'])}, {i['format']}, {i['flags']}, "
                   f"0x{i['minimum']:X}u, 0x{i['maximum']:X}u, 0x{i['default']:X}u, "
                   f"{i['string']}, offsetof(clusctl_vm, {i['member']}), {i['size']}, "
                   "{0}, {0}},")
    out.append("};")
    out.append("#endif /* CLUSCTL__VM_PROPERTY_TABLE */")
    out.append("")
    # The docs' names of the values (the data file's `values` column).
    names = []
    for index, i in enumerate(items):
        r = i["row"]
        if not r["values"]:
            continue
        for part in r["values"].split(";"):
            if "=" not in part:
                fail(f"{i['name']}: value {part!r} is not NAME=VALUE")
            label, value = part.rsplit("=", 1)
            v = number(value, f"{i['name']} value {label}")
            if not i["minimum"] <= v <= i["maximum"]:
                fail(f"{i['name']}: value {label}={v} is out of its range")
            names.append((index, label.strip(), v))
    if len(items) > 0xFF:
        fail("more than 255 properties: the value names' item is a uint8_t")
    # One pool of NUL-terminated names and offsets into it: no pointers, so
    # no load-time relocation in the shared library.
    offsets, pool = [], 0
    for _, label, _ in names:
        offsets.append(pool)
        pool += len(label.encode("utf-8")) + 1
    if pool > 0xFFFF:
        fail("the value names' pool is over 64 KiB: its offsets are uint16_t")
    out.append("#ifdef CLUSCTL__VM_VALUE_NAMES")
    out.append("/* The names the docs give the values of a property, one pool of")
    out.append(" * NUL-terminated strings; the rows give the property's item, the name's")
    out.append(" * offset in the pool and the value. */")
    out.append(f"#define CLUSCTL__VM_VALUE_NAME_COUNT {len(names)}")
    out.append("static const char clusctl__vm_value_pool[] =")
    for k, (index, label, v) in enumerate(names):
        end = ";" if k == len(names) - 1 else ""
        # Each name is a literal of its own that ends in \0 (so no octal
        # escape can run into the next name's first character).
        out.append(f"    {c_string(label)[:-1]}\\0\"{end} /* {offsets[k]} */")
    out.append("static const struct {")
    out.append("    uint8_t item;")
    out.append("    uint16_t name;")
    out.append("    uint32_t value;")
    out.append("} clusctl__vm_value_names[CLUSCTL__VM_VALUE_NAME_COUNT] = {")
    for k, (index, label, v) in enumerate(names):
        out.append(f"    {{{index}, {offsets[k]}, 0x{v:X}u}}, /* {comment(items[index]['name'])}: "
                   f"{comment(label)} */")
    out.append("};")
    out.append("#endif /* CLUSCTL__VM_VALUE_NAMES */")
    out.append("")
    out.append("/* Left out of the schema:")
    for r in data:
        key = (r["name"], r["resource_type"])
        if key in LEFT_OUT:
            out.append(f" * - {r['name']}: {LEFT_OUT[key]}.")
    out.append(f" * - every \"{OTHER_TYPE}\" row: another resource type. */")
    return "\n".join(out) + "\n"


def main():
    data = rows()
    text = render(schema(data), data)
    if sys.argv[1:] == ["--check"]:
        try:
            with open(OUT, encoding="utf-8") as f:
                current = f.read()
        except OSError:
            current = None
        if current != text:
            sys.exit(f"gen_vm_props.py: {OUT} is not current: run python3 cmake/gen_vm_props.py")
        return
    if sys.argv[1:]:
        sys.exit("usage: gen_vm_props.py [--check]")
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


if __name__ == "__main__":
    main()
