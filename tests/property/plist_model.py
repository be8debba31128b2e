"""An independent model of property lists and value lists, written from the
format (MS-CMRP 2.2.3.10 and the decisions of include/clusctl/plist.h), not
from src/plist.c: an encoder of lists described as Python values, and a
reference validator that gives the status, rule and offset of the first
problem, in the documented order.

A list is described as:
  property list: ("plist", [(name, [value, ...]), ...])
  value list:    ("vlist", [value, ...])
and a value as (syntax, payload) where payload is, by format:
  WORD/DWORD/LONG/LARGE_INTEGER/ULARGE_INTEGER/FILETIME: int
  SZ/EXPAND_SZ/EXPANDED_SZ: str
  MULTI_SZ: list of non-empty str
  PROPERTY_LIST/VALUE_LIST: a nested list description
  anything else: bytes
"""
import struct

# Formats and types (ClusApi.h).
F_UNKNOWN, F_BINARY, F_DWORD, F_SZ, F_EXPAND_SZ, F_MULTI_SZ = 0, 1, 2, 3, 4, 5
F_ULARGE, F_LONG, F_EXPANDED_SZ, F_SECURITY, F_LARGE, F_WORD = 6, 7, 8, 9, 10, 11
F_FILETIME, F_VALUE_LIST, F_PROPERTY_LIST, F_USER = 12, 13, 14, 0x8000
T_LIST_VALUE, T_NAME = 1, 4
NAME = 0x00040003
ENDMARK = 0

NAMED_SYNTAXES = {
    0x00000000, 0x00040003, 0x00020002, 0x00010003, 0x00010004, 0x00010002,
    0x00010001, 0x00010005, 0x00010007, 0x00010008, 0x00010009, 0x0001000A,
    0x00010006, 0x0001000B, 0x0001000E, 0x0001000C, 0x00050002, 0x00060002,
    0x00070002, 0x00080001, 0x00090001, 0x000A0003, 0x000B0003, 0x000C0006,
    0x000D0001, 0x000E0001, 0x000F0001,
}
FIXED = {F_WORD: 2, F_DWORD: 4, F_LONG: 4, F_LARGE: 8, F_ULARGE: 8, F_FILETIME: 8}
STRINGS = {F_SZ, F_EXPAND_SZ, F_EXPANDED_SZ}
DEPTH_MAX = 8
STRICT, FROM_CLIENT, NO_FINAL_ENDMARK = 1, 2, 4

# Statuses.
SUCCESS, INVALID_DATA, BAD_LENGTH, INVALID_NAME, NO_UNICODE = 0, 13, 24, 123, 1113

# Rules: name -> (number, status).
RULES = {
    "NONE": (0, SUCCESS), "TRUNCATED_COUNT": (1, INVALID_DATA),
    "TRUNCATED_HEADER": (2, INVALID_DATA), "LENGTH_PAST_END": (3, INVALID_DATA),
    "TRUNCATED_PADDING": (4, INVALID_DATA), "MISSING_ENDMARK": (5, INVALID_DATA),
    "COUNT_TOO_LARGE": (6, INVALID_DATA), "COUNT_TOO_SMALL": (7, INVALID_DATA),
    "TRAILING_BYTES": (8, INVALID_DATA), "NAME_SYNTAX": (9, INVALID_NAME),
    "NAME_NOT_TERMINATED": (10, INVALID_NAME), "NAME_EMBEDDED_NUL": (11, INVALID_NAME),
    "NAME_EMPTY": (12, INVALID_NAME), "ODD_LENGTH": (13, BAD_LENGTH),
    "FIXED_LENGTH": (14, BAD_LENGTH), "UNPAIRED_SURROGATE": (15, NO_UNICODE),
    "STRING_NOT_TERMINATED": (16, INVALID_DATA), "STRING_EMBEDDED_NUL": (17, INVALID_DATA),
    "MULTI_SZ_NOT_TERMINATED": (18, INVALID_DATA), "MULTI_SZ_EMPTY_STRING": (19, INVALID_DATA),
    "NESTING_TOO_DEEP": (20, INVALID_DATA), "MULTI_SZ_NO_FINAL_NUL": (21, INVALID_DATA),
    "PADDING_NOT_ZERO": (22, INVALID_DATA), "UNKNOWN_SYNTAX": (23, INVALID_DATA),
    "NO_VALUE": (24, INVALID_DATA), "TOO_MANY_VALUES": (25, INVALID_DATA),
    "EXPANDED_SZ_FROM_CLIENT": (26, INVALID_DATA), "EXPANDED_SZ_ALONE": (27, INVALID_DATA),
    "NOT_FOUND": (28, 2), "FORMAT_MISMATCH": (29, INVALID_DATA),
}
RULE_NAMES = {number: name for name, (number, _) in RULES.items()}


def le32(v):
    return struct.pack("<I", v & 0xFFFFFFFF)


def pad4(b):
    return b + b"\0" * (-len(b) % 4)


def utf16(text):
    return text.encode("utf-16-le")


# ---- Encoder ------------------------------------------------------------------

def encode_payload(syntax, payload, final_endmark=True):
    fmt = syntax & 0xFFFF
    if fmt in FIXED:
        size = FIXED[fmt]
        return (payload & ((1 << (8 * size)) - 1)).to_bytes(size, "little")
    if fmt in STRINGS:
        return utf16(payload) + b"\0\0"
    if fmt == F_MULTI_SZ:
        return b"".join(utf16(s) + b"\0\0" for s in payload) + b"\0\0"
    if fmt in (F_PROPERTY_LIST, F_VALUE_LIST):
        return encode(payload, final_endmark)
    return bytes(payload)


def encode_value(syntax, payload, final_endmark=True):
    data = encode_payload(syntax, payload, final_endmark)
    return le32(syntax) + le32(len(data)) + pad4(data)


def encode(desc, final_endmark=True):
    """The canonical bytes of a list description (Windows' final ENDMARK
    after a property list's last property unless final_endmark is False)."""
    kind, items = desc
    if kind == "vlist":
        return b"".join(encode_value(s, p, final_endmark) for s, p in items) + le32(0)
    out = le32(len(items))
    for name, values in items:
        out += encode_value(NAME, name, final_endmark)
        out += b"".join(encode_value(s, p, final_endmark) for s, p in values)
        out += le32(0)
    if final_endmark:
        out += le32(0)
    return out


# ---- Reference validator -------------------------------------------------------

class Refused(Exception):
    def __init__(self, rule, offset):
        super().__init__(rule)
        self.rule, self.offset = rule, offset
        self.status = RULES[rule][1]


def _u16(b, i):
    return b[i] | (b[i + 1] << 8)


def _u32(b, i):
    return struct.unpack_from("<I", b, i)[0]


class _Validator:
    def __init__(self, data, flags):
        self.b = data
        self.strict = bool(flags & STRICT)
        self.client = bool(flags & FROM_CLIENT)

    # Every offset is absolute (self.b is the outermost buffer); a list is
    # the range [start, end).
    def header(self, at, end):
        left = end - at
        if left < 4:
            raise Refused("TRUNCATED_HEADER", at)
        syntax = _u32(self.b, at)
        if syntax == 0:
            return syntax, 0, at + 4, at + 4
        if left < 8:
            raise Refused("TRUNCATED_HEADER", at)
        length = _u32(self.b, at + 4)
        if length > left - 8:
            raise Refused("LENGTH_PAST_END", at + 4)
        padded = (length + 3) & ~3
        if padded > left - 8:
            raise Refused("TRUNCATED_PADDING", at + 8 + length)
        return syntax, length, at + 8, at + 8 + padded

    def padding(self, data, length, nxt):
        if self.strict:
            for i in range(data + length, nxt):
                if self.b[i]:
                    raise Refused("PADDING_NOT_ZERO", i)

    def units(self, data, length):
        return [_u16(self.b, data + 2 * i) for i in range(length // 2)]

    def scan(self, u, i, data):
        """Index of the first NUL from i, checking surrogates."""
        k = len(u)
        while i < k:
            if u[i] == 0:
                return i
            if 0xD800 <= u[i] <= 0xDBFF and i + 1 < k and 0xDC00 <= u[i + 1] <= 0xDFFF:
                i += 2
                continue
            if 0xD800 <= u[i] <= 0xDFFF:
                raise Refused("UNPAIRED_SURROGATE", data + 2 * i)
            i += 1
        return k

    def string(self, at, data, length, is_name):
        exact = is_name or self.strict
        if length % 2:
            raise Refused("ODD_LENGTH", at + 4)
        u = self.units(data, length)
        k = len(u)
        if k == 0:
            if is_name:
                raise Refused("NAME_NOT_TERMINATED", at + 4)
            if exact:
                raise Refused("STRING_NOT_TERMINATED", at + 4)
            return
        if u[-1] != 0:
            raise Refused("NAME_NOT_TERMINATED" if is_name else "STRING_NOT_TERMINATED",
                          data + 2 * (k - 1))
        z = self.scan(u, 0, data)
        if z != k - 1:
            rule = "NAME_EMBEDDED_NUL" if is_name else "STRING_EMBEDDED_NUL"
            if exact or any(u[z + 1:]):
                raise Refused(rule, data + 2 * z)
        if is_name and z == 0:
            raise Refused("NAME_EMPTY", data)

    def multi(self, at, data, length):
        if length % 2:
            raise Refused("ODD_LENGTH", at + 4)
        u = self.units(data, length)
        k = len(u)
        if k == 0:
            if self.strict:
                raise Refused("MULTI_SZ_NO_FINAL_NUL", at + 4)
            return
        if u[-1] != 0:
            raise Refused("MULTI_SZ_NOT_TERMINATED", data + 2 * (k - 1))
        i = 0
        while True:
            if i == k:
                if self.strict:
                    raise Refused("MULTI_SZ_NO_FINAL_NUL", data + 2 * (k - 1))
                return
            if u[i] == 0:
                if not (i + 1 == k or (i == 0 and k == 2)):
                    raise Refused("MULTI_SZ_EMPTY_STRING", data + 2 * i)
                return
            i = self.scan(u, i, data) + 1

    def value(self, at, syntax, length, data, nxt, depth):
        fmt = syntax & 0xFFFF
        if self.strict and syntax not in NAMED_SYNTAXES:
            raise Refused("UNKNOWN_SYNTAX", at)
        if fmt in FIXED:
            if length != FIXED[fmt]:
                raise Refused("FIXED_LENGTH", at + 4)
        elif fmt in STRINGS:
            self.string(at, data, length, False)
        elif fmt == F_MULTI_SZ:
            self.multi(at, data, length)
        elif fmt in (F_PROPERTY_LIST, F_VALUE_LIST):
            if depth + 1 > DEPTH_MAX:
                raise Refused("NESTING_TOO_DEEP", at)
            if fmt == F_PROPERTY_LIST:
                self.plist(data, data + length, depth + 1)
            else:
                self.vlist(data, data + length, depth + 1)
        self.padding(data, length, nxt)

    def values(self, at, end, in_property, depth):
        n, last = 0, None
        while True:
            if at == end:
                raise Refused("MISSING_ENDMARK", at)
            syntax, length, data, nxt = self.header(at, end)
            if syntax == 0:
                return n, at
            if in_property and syntax == NAME:
                raise Refused("MISSING_ENDMARK", at)
            fmt = syntax & 0xFFFF
            if self.strict and in_property and n == 3:
                raise Refused("TOO_MANY_VALUES", at)
            if fmt == F_EXPANDED_SZ:
                if self.client and self.strict:
                    raise Refused("EXPANDED_SZ_FROM_CLIENT", at)
                if self.strict and in_property and last != F_EXPAND_SZ:
                    raise Refused("EXPANDED_SZ_ALONE", at)
            self.value(at, syntax, length, data, nxt, depth)
            last = fmt
            n += 1
            at = nxt

    def plist(self, start, end, depth):
        if end - start < 4:
            raise Refused("TRUNCATED_COUNT", start)
        count = _u32(self.b, start)
        at = start + 4
        for _ in range(count):
            if at == end or (end - at == 4 and _u32(self.b, at) == 0):
                raise Refused("COUNT_TOO_LARGE", at)
            syntax, length, data, nxt = self.header(at, end)
            if syntax != NAME:
                raise Refused("NAME_SYNTAX", at)
            self.string(at, data, length, True)
            self.padding(data, length, nxt)
            n, endmark = self.values(nxt, end, True, depth)
            if n == 0 and self.strict:
                raise Refused("NO_VALUE", endmark)
            at = endmark + 4
        if at == end:
            return
        if end - at >= 4:
            word = _u32(self.b, at)
            if word == NAME:
                raise Refused("COUNT_TOO_SMALL", at)
            if word == 0:
                if end - at == 4:
                    return
                at += 4
        raise Refused("TRAILING_BYTES", at)

    def vlist(self, start, end, depth):
        _, endmark = self.values(start, end, False, depth)
        if end - endmark != 4:
            raise Refused("TRAILING_BYTES", endmark + 4)


def validate(data, kind="plist", flags=0):
    """(status, rule name, offset) of the first problem, or (0, "NONE", 0)."""
    v = _Validator(bytes(data), flags)
    try:
        if kind == "plist":
            v.plist(0, len(data), 0)
        else:
            v.vlist(0, len(data), 0)
    except Refused as r:
        return r.status, r.rule, r.offset
    return SUCCESS, "NONE", 0
