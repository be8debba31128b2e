"""An independent model of the VM resource's private properties, written from
vm.h's and proptable.h's documentation and the docs' rows of
data/vm_properties.csv, not from src/: the schema, the lists GET must answer
(with plist_model's encoder), a decoder of property lists, the names ENUM
answers, and what SET and VALIDATE must say of a list.

A model is a dict of clusctl_vm's members (clusctl_ffi.VM_MEMBERS and
VM_PROPERTY_MEMBERS, and "vm_id" as bytes).
"""
import re
import struct

import plist_model as m

LV = 1 << 16
DWORD, SZ = m.F_DWORD, m.F_SZ
SUCCESS, INVALID_DATA, INVALID_PARAMETER, INVALID_STATE = 0, 13, 87, 5023
DATA_TYPE_MISMATCH = 5895

# (name, format, read-only, minimum, maximum, member), the data file's order.
SCHEMA = [
    ("CheckHeartbeat", DWORD, False, 0, 1, "check_heartbeat"),
    ("MigrationFailureReason", DWORD, True, 0, 0xFFFFFFFF, "failure_reason"),
    ("MigrationProgress", DWORD, True, 0, 100, "progress"),
    ("MigrationState", DWORD, False, 0, 5, "migration_state"),
    ("OfflineAction", DWORD, False, 0, 3, "offline_action"),
    ("ShutdownAction", DWORD, False, 0, 1, "shutdown_action"),
    ("StartMemory", DWORD, False, 0, 0xFFFFFFFF, "start_memory"),
    ("VirtualNumaCount", DWORD, False, 1, 64, "virtual_numa_count"),
    ("VmId", SZ, False, None, None, "vm_id"),
    ("VmState", DWORD, True, 0, 65536, "vm_state"),
]
NAMES = [row[0] for row in SCHEMA]
# The members a zeroed model (properties 0) reports at their defaults.
DEFAULTS = {"offline_action": 1, "shutdown_action": 0, "check_heartbeat": 0,
            "start_memory": 1, "virtual_numa_count": 1, "vm_id": b""}
VM_ID_SIZE = 40
GUID = re.compile(r"\A(?:\{[0-9A-Fa-f]{8}(?:-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12}\}"
                  r"|[0-9A-Fa-f]{8}(?:-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12})?\Z")
REASONS = {name: i for i, name in enumerate(
    ["NONE", "MALFORMED", "UNKNOWN_NAME", "READ_ONLY", "VALUE_COUNT", "WRONG_FORMAT",
     "OUT_OF_RANGE", "NOT_A_GUID", "TOO_LONG", "OWNED", "DUPLICATE", "BAD_TABLE", "BAD_BLOCK"])}

_FOLD = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def fold(name):
    """Names compare without regard to ASCII case only."""
    return name.translate(_FOLD)


def row_of(name):
    for row in SCHEMA:
        if fold(row[0]) == fold(name):
            return row
    return None


def written_out(model):
    """The model with its properties written out (clusctl_vm_properties_expand)."""
    out = dict(model)
    if model["properties"] == 0:
        out.update(DEFAULTS)
        out["properties"] = 1
    return out


def get_description(model, read_only):
    values = written_out(model)
    props = []
    for name, fmt, ro, _lo, _hi, member in SCHEMA:
        if ro != read_only:
            continue
        v = values[member]
        props.append((name, [(LV | fmt, v.decode() if fmt == SZ else v)]))
    return ("plist", props)


def get_bytes(model, read_only):
    """What GET_RO_PRIVATE_PROPERTIES (read_only) or GET_PRIVATE_PROPERTIES answers."""
    return m.encode(get_description(model, read_only))


def enum_bytes():
    """What ENUM_PRIVATE_PROPERTIES answers: a bare MULTI_SZ of every name."""
    return b"".join(n.encode("utf-16-le") + b"\0\0" for n in NAMES) + b"\0\0"


def decode(data):
    """The ("plist", [(name, [(syntax, payload)])]) of a canonical, valid
    property list (with or without the final ENDMARK): DWORD and LONG
    payloads as int, strings as str, anything else as bytes."""
    count = struct.unpack_from("<I", data, 0)[0]
    at, props = 4, []

    def value(at):
        syntax, length = struct.unpack_from("<II", data, at)
        raw = data[at + 8:at + 8 + length]
        fmt = syntax & 0xFFFF
        if fmt in (m.F_DWORD, m.F_LONG) and length == 4:
            payload = struct.unpack("<I", raw)[0]
        elif fmt in m.STRINGS or syntax == m.NAME:
            units = raw.decode("utf-16-le", "surrogatepass")
            payload = units.split("\0", 1)[0]
        else:
            payload = bytes(raw)
        return syntax, payload, at + 8 + ((length + 3) & ~3)

    for _ in range(count):
        syntax, name, at = value(at)
        assert syntax == m.NAME
        values = []
        while struct.unpack_from("<I", data, at)[0] != 0:
            syntax, payload, at = value(at)
            values.append((syntax, payload))
        at += 4
        props.append((name, values))
    return ("plist", props)


def outcome(model, data):
    """What SET and VALIDATE must say of the list `data` for `model`:
    (status, reason name, property index or None, the name as the list spells
    it, the value, the model SET makes on success). The list is a client's,
    read in the default mode."""
    status, rule, _offset = m.validate(data, "plist", m.FROM_CLIENT)
    if status != SUCCESS:
        return status, "MALFORMED", None, "", 0, None
    values = written_out(model)
    seen = []
    for k, (name, vals) in enumerate(decode(data)[1]):
        row = row_of(name)
        if row is None:
            return INVALID_PARAMETER, "UNKNOWN_NAME", k, name, 0, None
        pname, fmt, ro, lo, hi, member = row
        if ro:
            return INVALID_PARAMETER, "READ_ONLY", k, name, 0, None
        if len(vals) != 1:
            return INVALID_PARAMETER, "VALUE_COUNT", k, name, 0, None
        syntax, payload = vals[0]
        if syntax & 0xFFFF != fmt:
            return DATA_TYPE_MISMATCH, "WRONG_FORMAT", k, name, 0, None
        if fmt == DWORD:
            if not lo <= payload <= hi:
                return INVALID_PARAMETER, "OUT_OF_RANGE", k, name, payload, None
            if pname == "MigrationState" and payload != model["migration_state"]:
                return INVALID_STATE, "OWNED", k, name, payload, None
            new = payload
        else:
            if not GUID.match(payload):
                return INVALID_PARAMETER, "NOT_A_GUID", k, name, 0, None
            new = payload.encode()
            if len(new) + 1 > VM_ID_SIZE:
                return INVALID_PARAMETER, "TOO_LONG", k, name, 0, None
        if fold(pname) in seen:
            return INVALID_PARAMETER, "DUPLICATE", k, name, 0, None
        seen.append(fold(pname))
        values[member] = new
    return SUCCESS, "NONE", None, "", 0, values
