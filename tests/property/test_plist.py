"""Property tests of the property-list codec (include/clusctl/plist.h).

The oracle is plist_model.py, written from the format and the header's
decisions, not from src/plist.c: its encoder makes the bytes of random list
descriptions, its validator says which rule a buffer breaks and where.

- Lists from the model's encoder are valid in both modes (strict unless the
  model says otherwise), and the C reader gives back every name and value.
- The C writer, driven value by value, gives exactly the encoder's bytes, in
  one pass with a size query first.
- On random bytes and on mutated or truncated encodings, the C validator
  never reads past the buffer (it ends at a PROT_NONE page) and gives the
  model's status, rule and offset, in both modes, for both kinds of list.
- Find by name agrees with a first-match, ASCII-case-insensitive search.
"""
import ctypes
import struct

from hypothesis import assume, given, strategies as st

import clusctl_ffi as ffi
import plist_model as m

# ---- Strategies -----------------------------------------------------------------

TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\0"),
               max_size=6)
NAMES = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\0"),
                min_size=1, max_size=6)
LV = 1 << 16  # the LIST_VALUE type in place


def _fixed(fmt, lo, hi):
    return st.tuples(st.just(LV | fmt), st.integers(lo, hi))


SCALARS = st.one_of(
    _fixed(m.F_DWORD, 0, 2**32 - 1), _fixed(m.F_LONG, -2**31, 2**31 - 1),
    _fixed(m.F_WORD, 0, 2**16 - 1), _fixed(m.F_LARGE, -2**63, 2**63 - 1),
    _fixed(m.F_ULARGE, 0, 2**64 - 1), _fixed(m.F_FILETIME, 0, 2**64 - 1),
    st.tuples(st.just(LV | m.F_SZ), TEXT), st.tuples(st.just(LV | m.F_EXPAND_SZ), TEXT),
    st.tuples(st.just(LV | m.F_MULTI_SZ), st.lists(NAMES, max_size=3)),
    st.tuples(st.sampled_from([LV | m.F_BINARY, LV | m.F_SECURITY, 0x00080001, 0x000F0001]),
              st.binary(max_size=9)),
    # unnamed syntaxes (strict mode refuses them): a user type and format,
    # an unknown format
    st.tuples(st.sampled_from([0x80008000, 0x00010063, 0x80000001]), st.binary(max_size=5)),
)
STORAGE = st.one_of(
    st.tuples(st.sampled_from([0x00050002, 0x00060002, 0x00070002, 0x00020002]),
              st.integers(0, 2**32 - 1)),
    st.tuples(st.just(0x000C0006), st.integers(0, 2**64 - 1)),
    st.tuples(st.sampled_from([0x000A0003, 0x000B0003, m.NAME]), TEXT),
)


def _values(children):
    """A property's values: one to three, an EXPANDED_SZ only after an
    EXPAND_SZ (a server's pair)."""
    single = st.one_of(SCALARS, children)
    pair = st.tuples(TEXT, TEXT).map(lambda t: [(LV | m.F_EXPAND_SZ, t[0]),
                                                 (LV | m.F_EXPANDED_SZ, t[1])])
    return st.one_of(st.lists(single, min_size=1, max_size=3), pair)


def _lists(children):
    plist = st.lists(st.tuples(NAMES, _values(children)), max_size=4).map(
        lambda props: ("plist", props))
    vlist = st.lists(st.one_of(SCALARS, STORAGE, children), max_size=5).map(
        lambda values: ("vlist", values))
    return st.one_of(plist, vlist)


def _nested(lst):
    return lst.map(lambda d: (LV | (m.F_PROPERTY_LIST if d[0] == "plist" else m.F_VALUE_LIST), d))


LISTS = st.recursive(
    _lists(st.nothing()),
    lambda inner: _lists(_nested(inner)),
    max_leaves=12)

# ---- Reading through the C library ------------------------------------------------


def lib():
    return ffi.lib()


def place(data):
    """The address of a copy of data that ends at a PROT_NONE page (or of
    a plain buffer for data over a page), and the object to keep alive."""
    if len(data) <= 4096:
        return ffi.guarded(data), None
    buf = ctypes.create_string_buffer(bytes(data), len(data))
    return ctypes.addressof(buf), buf


def validate(data, kind, flags):
    addr, keep = place(data)
    err = ffi.clusctl_plist_error()
    fn = lib().clusctl_plist_validate if kind == "plist" else lib().clusctl_vlist_validate
    status = fn(addr if data else None, len(data), flags, ctypes.byref(err))
    del keep
    return status, err


def _string(getter, obj):
    needed = ctypes.c_size_t(0)
    assert getter(ctypes.byref(obj), None, 0, ctypes.byref(needed)) == ffi.MORE_DATA
    out = ctypes.create_string_buffer(needed.value)
    assert getter(ctypes.byref(obj), out, needed.value, None) == ffi.SUCCESS
    return out.raw[:needed.value - 1].decode("utf-8")


def read_value(v):
    """A value description from a C value."""
    fmt = v.format
    L = lib()
    if fmt in m.FIXED:
        kinds = {m.F_WORD: (ctypes.c_uint16, L.clusctl_value_word),
                 m.F_DWORD: (ctypes.c_uint32, L.clusctl_value_dword),
                 m.F_LONG: (ctypes.c_int32, L.clusctl_value_long),
                 m.F_LARGE: (ctypes.c_int64, L.clusctl_value_large_integer),
                 m.F_ULARGE: (ctypes.c_uint64, L.clusctl_value_ularge_integer),
                 m.F_FILETIME: (ctypes.c_uint64, L.clusctl_value_filetime)}
        ctype, getter = kinds[fmt]
        out = ctype()
        assert getter(ctypes.byref(v), ctypes.byref(out)) == ffi.SUCCESS
        return v.syntax, out.value
    if fmt in m.STRINGS:
        return v.syntax, _string(L.clusctl_value_string, v)
    if fmt == m.F_MULTI_SZ:
        strings, cursor = [], ctypes.c_size_t(0)
        out = ctypes.create_string_buffer(256)
        while True:
            st_ = L.clusctl_value_multi_sz_next(ctypes.byref(v), ctypes.byref(cursor), out, 256,
                                               None)
            if st_ == ffi.NO_MORE_ITEMS:
                return v.syntax, strings
            assert st_ == ffi.SUCCESS
            strings.append(out.value.decode("utf-8"))
    if fmt in (m.F_PROPERTY_LIST, m.F_VALUE_LIST):
        r = ffi.clusctl_plist_reader()
        opener = L.clusctl_value_plist if fmt == m.F_PROPERTY_LIST else L.clusctl_value_vlist
        assert opener(ctypes.byref(v), ctypes.byref(r), None) == ffi.SUCCESS
        return v.syntax, read_reader(r)
    if fmt in (m.F_BINARY, m.F_SECURITY):
        data, size = ctypes.c_void_p(), ctypes.c_size_t()
        assert L.clusctl_value_bytes(ctypes.byref(v), ctypes.byref(data),
                                     ctypes.byref(size)) == ffi.SUCCESS
        assert data.value == v.data or size.value == 0
    return v.syntax, ctypes.string_at(v.data, v.length) if v.length else b""


def read_reader(r):
    L = lib()
    if r.kind == ffi.KIND_VALUE_LIST:
        values = []
        while True:
            v = ffi.clusctl_prop_value()
            s = L.clusctl_vlist_next(ctypes.byref(r), ctypes.byref(v))
            if s == ffi.NO_MORE_ITEMS:
                return ("vlist", values)
            assert s == ffi.SUCCESS
            values.append(read_value(v))
    props = []
    while True:
        p = ffi.clusctl_prop()
        s = L.clusctl_plist_next(ctypes.byref(r), ctypes.byref(p))
        if s == ffi.NO_MORE_ITEMS:
            return ("plist", props)
        assert s == ffi.SUCCESS
        name = _string(L.clusctl_prop_name, p)
        values = []
        while True:
            v = ffi.clusctl_prop_value()
            s = L.clusctl_prop_next_value(ctypes.byref(p), ctypes.byref(v))
            if s == ffi.NO_MORE_ITEMS:
                break
            assert s == ffi.SUCCESS
            values.append(read_value(v))
        assert len(values) == p.value_count
        props.append((name, values))


def read(data, kind, flags=0):
    buf = ctypes.create_string_buffer(bytes(data), max(len(data), 1))
    r = ffi.clusctl_plist_reader()
    opener = lib().clusctl_plist_open if kind == "plist" else lib().clusctl_vlist_open
    assert opener(ctypes.byref(r), buf, len(data), flags, None) == ffi.SUCCESS
    return read_reader(r)


def normalize(desc):
    """What reading gives back: bytes payloads as bytes, nested lists
    normalized."""
    kind, items = desc

    def value(v):
        syntax, payload = v
        fmt = syntax & 0xFFFF
        if fmt in (m.F_PROPERTY_LIST, m.F_VALUE_LIST):
            return syntax, normalize(payload)
        if isinstance(payload, (bytes, bytearray)):
            return syntax, bytes(payload)
        return syntax, payload

    if kind == "vlist":
        return ("vlist", [value(v) for v in items])
    return ("plist", [(n, [value(v) for v in vs]) for n, vs in items])


# ---- Writing through the C library --------------------------------------------------


def _write_values(w, values, L):
    for syntax, payload in values:
        fmt = syntax & 0xFFFF
        if fmt == m.F_WORD:
            L.clusctl_plist_write_word(w, syntax, payload)
        elif fmt == m.F_DWORD:
            L.clusctl_plist_write_dword(w, syntax, payload)
        elif fmt == m.F_LONG:
            L.clusctl_plist_write_long(w, syntax, payload)
        elif fmt == m.F_LARGE:
            L.clusctl_plist_write_large_integer(w, syntax, payload)
        elif fmt == m.F_ULARGE:
            L.clusctl_plist_write_ularge_integer(w, syntax, payload)
        elif fmt == m.F_FILETIME:
            L.clusctl_plist_write_filetime(w, syntax, payload)
        elif fmt in m.STRINGS:
            L.clusctl_plist_write_string(w, syntax, payload.encode("utf-8"))
        elif fmt == m.F_MULTI_SZ:
            arr = (ctypes.c_char_p * max(len(payload), 1))(*[s.encode("utf-8") for s in payload])
            L.clusctl_plist_write_multi_sz(w, syntax, arr, len(payload))
        elif fmt in (m.F_PROPERTY_LIST, m.F_VALUE_LIST):
            L.clusctl_plist_write_list_begin(w, syntax)
            _write_items(w, payload, L)
            L.clusctl_plist_write_list_end(w)
        elif fmt in (m.F_BINARY, m.F_SECURITY):
            data = bytes(payload)
            L.clusctl_plist_write_bytes(w, syntax, data if data else None, len(data))
        else:
            data = bytes(payload)
            L.clusctl_plist_write_value(w, syntax, data if data else None, len(data))


def _write_items(w, desc, L):
    kind, items = desc
    if kind == "vlist":
        _write_values(w, items, L)
        return
    for name, values in items:
        L.clusctl_plist_write_property(w, name.encode("utf-8"))
        _write_values(w, values, L)
        L.clusctl_plist_write_property_end(w)


def write(desc, flags, buf, size):
    L = lib()
    w = ffi.clusctl_plist_writer()
    begin = L.clusctl_plist_write_begin if desc[0] == "plist" else L.clusctl_vlist_write_begin
    assert begin(ctypes.byref(w), buf, size, flags) == ffi.SUCCESS
    _write_items(ctypes.byref(w), desc, L)
    out = ctypes.c_size_t(0)
    status = L.clusctl_plist_write_end(ctypes.byref(w), ctypes.byref(out))
    return status, out.value, w


# ---- Properties ------------------------------------------------------------------------


@given(LISTS, st.booleans())
def test_encoded_lists_are_read_back(desc, final):
    data = m.encode(desc, final)
    kind = desc[0]
    status, err = validate(data, kind, 0)
    assert status == ffi.SUCCESS, (ffi.lib().clusctl_plist_rule_name(err.rule), err.offset)
    want = m.validate(data, kind, m.STRICT)
    status, err = validate(data, kind, ffi.PLIST_STRICT)
    assert (status, err.offset) == (want[0], want[2])
    assert ffi.lib().clusctl_plist_rule_name(err.rule).decode() == want[1]
    assert read(data, kind) == normalize(desc)


@given(LISTS, st.booleans())
def test_writer_gives_the_encoders_bytes(desc, final):
    flags = 0 if final or desc[0] == "vlist" else ffi.PLIST_NO_FINAL_ENDMARK
    want = m.encode(desc, final or desc[0] == "vlist")
    status, size, _ = write(desc, flags, None, 0)  # one pass: the size
    assert (status, size) == (ffi.MORE_DATA, len(want))
    buf = ctypes.create_string_buffer(len(want) + 8)
    ctypes.memset(buf, 0xA5, len(want) + 8)
    status, size, w = write(desc, flags, buf, len(want))
    assert (status, size) == (ffi.SUCCESS, len(want)), (status, w.status, w.rule)
    assert buf.raw[:len(want)] == want
    assert buf.raw[len(want):] == b"\xA5" * 8
    if len(want) > 4:  # one byte short: ERROR_MORE_DATA, nothing past the size
        ctypes.memset(buf, 0xA5, len(want) + 8)
        status, size, _ = write(desc, flags, buf, len(want) - 1)
        assert (status, size) == (ffi.MORE_DATA, len(want))
        assert buf.raw[len(want) - 1:] == b"\xA5" * 9


def _report(data, kind, flags):
    status, err = validate(data, kind, flags)
    rule = ffi.lib().clusctl_plist_rule_name(err.rule).decode()
    if status == ffi.SUCCESS:
        return status, rule, 0
    assert err.status == status
    assert err.offset <= len(data)
    assert err.value_offset == ffi.PLIST_NO_OFFSET or err.value_offset <= err.offset
    assert tuple(err.reserved) == (0, 0, 0, 0)
    return status, rule, err.offset


def _agree(data, kind):
    for flags in (0, m.STRICT, m.FROM_CLIENT, m.STRICT | m.FROM_CLIENT):
        assert _report(data, kind, flags) == m.validate(data, kind, flags), flags


@given(st.binary(max_size=200), st.sampled_from(["plist", "vlist"]))
def test_random_bytes_agree_with_the_model(data, kind):
    _agree(data, kind)


WORDS = st.sampled_from([0, 1, 2, 3, 4, 0x00040003, 0x00010002, 0x00010003, 0x0001000E,
                         0x0001000D, 0x00010005, 0xFFFFFFFF, 0x80000000, 0xD800, 0xDC00DC00])


@given(st.lists(WORDS, max_size=24), st.sampled_from(["plist", "vlist"]))
def test_random_words_agree_with_the_model(words, kind):
    _agree(b"".join(struct.pack("<I", w) for w in words), kind)


@given(LISTS, st.booleans(), st.data())
def test_mutated_lists_agree_with_the_model(desc, final, data):
    raw = bytearray(m.encode(desc, final))
    for _ in range(data.draw(st.integers(1, 3))):
        how = data.draw(st.sampled_from(["flip", "word", "cut", "insert"]))
        if how == "cut" or not raw:
            raw = raw[:data.draw(st.integers(0, len(raw)))]
            continue
        at = data.draw(st.integers(0, len(raw) - 1))
        if how == "flip":
            raw[at] ^= 1 << data.draw(st.integers(0, 7))
        elif how == "word":
            raw[at:at + 4] = struct.pack("<I", data.draw(WORDS))
        else:
            raw[at:at] = struct.pack("<I", data.draw(WORDS))
    _agree(bytes(raw), desc[0])


def _ascii_fold(s):
    return "".join(c.upper() if "a" <= c <= "z" else c for c in s)


@given(st.lists(st.tuples(st.text("aAbBéÉ_", min_size=1, max_size=3),
                          st.integers(0, 2**32 - 1)), max_size=6),
       st.text("aAbBéÉ_", min_size=1, max_size=3))
def test_find_is_first_match_ignoring_ascii_case(props, query):
    desc = ("plist", [(n, [(LV | m.F_DWORD, v)]) for n, v in props])
    data = m.encode(desc)
    buf = ctypes.create_string_buffer(data, len(data))
    value = ffi.clusctl_prop_value()
    err = ffi.clusctl_plist_error()
    status = lib().clusctl_plist_find(buf, len(data), 0, query.encode("utf-8"), m.F_DWORD,
                                      ctypes.byref(value), ctypes.byref(err))
    hits = [i for i, (n, _) in enumerate(props) if _ascii_fold(n) == _ascii_fold(query)]
    if not hits:
        assert status == ffi.FILE_NOT_FOUND
        assert lib().clusctl_plist_rule_name(err.rule) == b"NOT_FOUND"
        return
    assert status == ffi.SUCCESS
    assert err.property == hits[0]
    out = ctypes.c_uint32()
    assert lib().clusctl_value_dword(ctypes.byref(value), ctypes.byref(out)) == ffi.SUCCESS
    assert out.value == props[hits[0]][1]
    status = lib().clusctl_plist_find(buf, len(data), 0, query.encode("utf-8"), m.F_SZ,
                                      ctypes.byref(value), ctypes.byref(err))
    assert status == ffi.INVALID_DATA
    assert lib().clusctl_plist_rule_name(err.rule) == b"FORMAT_MISMATCH"


@given(st.integers(0, 0xFFFF), st.integers(0, 0xFFFF))
def test_syntax_codec_round_trip(type_, fmt):
    L = lib()
    s, t, f = ctypes.c_uint32(), ctypes.c_uint32(), ctypes.c_uint32()
    assert L.clusctl_syntax_encode(type_, fmt, ctypes.byref(s)) == ffi.SUCCESS
    assert s.value == (type_ << 16) | fmt
    assert L.clusctl_syntax_decode(s.value, ctypes.byref(t), ctypes.byref(f)) == ffi.SUCCESS
    assert (t.value, f.value) == (type_, fmt)
    assert (L.clusctl_syntax_name(s.value) is not None) == (s.value in m.NAMED_SYNTAXES)
    assume(type_ != 0 or fmt != 0)
