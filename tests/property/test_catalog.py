"""catalog.h: names both ways, lookup by value and object, nearest, policy."""
import bisect
import ctypes
import functools

from hypothesis import given
from hypothesis import strategies as st

import clusctl_ffi as F

U32 = st.integers(0, 2**32 - 1)


@functools.lru_cache(maxsize=None)
def catalog():
    """Every entry, by clusctl_catalog_get(0 .. size-1):
    (index, name, value, kind, provenance, resource_type)."""
    L = F.lib()
    n = L.clusctl_catalog_size()
    rows = []
    for i in range(n):
        e = F.clusctl_entry()
        ctypes.memset(ctypes.byref(e), 0x5A, ctypes.sizeof(e))
        assert L.clusctl_catalog_get(i, ctypes.byref(e)) == F.SUCCESS, f"entry {i} of {n}"
        assert list(e.reserved) == [0] * 4 and list(e.reserved_ptr) == [None] * 4
        assert L.clusctl_catalog_name(i) == e.name
        rows.append((i, e.name.decode(), e.value, e.kind, e.provenance,
                     e.resource_type.decode() if e.resource_type else None))
    e = F.clusctl_entry()
    assert L.clusctl_catalog_get(n, ctypes.byref(e)) == F.NOT_FOUND
    assert L.clusctl_catalog_get(F.NO_ENTRY, ctypes.byref(e)) == F.NOT_FOUND
    assert L.clusctl_catalog_name(n) is None and L.clusctl_catalog_name(F.NO_ENTRY) is None
    return rows


def entry(index):
    """The entry at an index, through clusctl_catalog_get()."""
    e = F.clusctl_entry()
    assert F.lib().clusctl_catalog_get(index, ctypes.byref(e)) == F.SUCCESS
    return e


def is_older(row):
    """An older value of a name (data/README.md): the name's second row. The
    model's rule, from the data's: the name also has a row whose value or
    operation (low 24 bits) the current SDK defines, and this row's value and
    operation are not the SDK's."""
    return row[0] in older_rows()


@functools.lru_cache(maxsize=None)
def older_rows():
    rows = catalog()
    sdk = {r[2] for r in rows if r[4] == F.PROVENANCE_SDK}

    def backed(v):
        return v in sdk or (v >> 24 != 0 and v & 0xFFFFFF in sdk)
    by_name = {}
    for r in rows:
        by_name.setdefault(r[1], []).append(r)
    older = set()
    for same in by_name.values():
        if len(same) > 1:
            assert len(same) == 2, same
            a, b = same
            assert backed(a[2]) != backed(b[2]), same
            older.add((b if backed(a[2]) else a)[0])
    return frozenset(older)


def current(name):
    """The row a name gives: its only one, or its current one."""
    rows = [r for r in catalog() if r[1] == name and not is_older(r)]
    assert len(rows) == 1
    return rows[0]


@functools.lru_cache(maxsize=None)
def by_value():
    d = {}
    for row in catalog():
        d.setdefault(row[2], []).append(row[0])
    return d


@functools.lru_cache(maxsize=None)
def values_sorted():
    return [row[2] for row in catalog()]


def entry_row(index):
    """The catalog row of an entry's index (CCTL_NO_ENTRY is none)."""
    rows = catalog()
    assert 0 <= index < len(rows), f"{index} is no index of the catalog's entries"
    return rows[index]


def test_catalog_is_ordered_by_value_then_preference():
    rows = catalog()
    assert len(rows) > 500
    for a, b in zip(rows, rows[1:]):
        assert a[2] <= b[2], (a[1], b[1])
        if a[2] == b[2]:
            assert a[4] <= b[4], f"{a[1]} ({a[4]}) before {b[1]} ({b[4]})"
    for r in rows:
        assert r[3] in (F.KIND_OPERATION, F.KIND_CODE)
        assert r[4] in (1, 2, 3, 4)
        if r[3] == F.KIND_OPERATION:
            assert r[2] >> 24 == 0, f"{r[1]}: an operation with an object code"
    names = [r[1] for r in rows if not is_older(r)]
    assert len(set(names)) == len(names), "a name appears twice"
    assert len({n.upper() for n in names}) == len(names), "two names equal ignoring case"
    older = [r for r in rows if is_older(r)]
    assert len(older) == 6 and all(r[4] == F.PROVENANCE_LEGACY for r in older)
    assert {r[1] for r in older} <= set(names), "an older value of a name the catalog lacks"


def test_every_name_round_trips():
    L = F.lib()
    for row in catalog():
        for match in (F.MATCH_EXACT, F.MATCH_NOCASE):
            p = ctypes.c_size_t(F.NO_ENTRY)
            assert L.clusctl_catalog_find_name(row[1].encode(), match, ctypes.byref(p)) == F.SUCCESS
            assert entry_row(p.value) == current(row[1])
        first, count = ctypes.c_size_t(), ctypes.c_size_t()
        assert L.clusctl_catalog_find_value(row[2], ctypes.byref(first), ctypes.byref(count)) == 0
        assert row[0] in range(first.value, first.value + count.value)


def flip_ascii_case(name, flips):
    return "".join(c.swapcase() if f and c.isascii() else c for c, f in zip(name, flips))


@given(st.data())
def test_names_with_random_case_changes(data):
    L = F.lib()
    row = data.draw(st.sampled_from(catalog()), label="entry")
    name = row[1]
    flips = data.draw(st.lists(st.booleans(), min_size=len(name), max_size=len(name)), label="flips")
    variant = flip_ascii_case(name, flips)
    p = ctypes.c_size_t(F.NO_ENTRY)
    assert L.clusctl_catalog_find_name(variant.encode(), F.MATCH_NOCASE, ctypes.byref(p)) == F.SUCCESS
    assert entry_row(p.value) == current(name)
    p = ctypes.c_size_t(F.NO_ENTRY)
    status = L.clusctl_catalog_find_name(variant.encode(), F.MATCH_EXACT, ctypes.byref(p))
    if variant == name:
        assert status == F.SUCCESS and entry_row(p.value)[1] == name
    else:
        assert status == F.NOT_FOUND


@given(st.one_of(st.text(max_size=40), st.sampled_from(["", "CLCTL_", "clusctl"])))
def test_find_name_agrees_with_the_names(text):
    L = F.lib()
    text = text.replace("\x00", "")
    names = {r[1]: r for r in catalog()}
    folded = {r[1].lower(): r for r in catalog()}
    p = ctypes.c_size_t(F.NO_ENTRY)
    status = L.clusctl_catalog_find_name(text.encode(), F.MATCH_EXACT, ctypes.byref(p))
    assert status == (F.SUCCESS if text in names else F.NOT_FOUND)
    ascii_lower = "".join(c.lower() if c.isascii() else c for c in text)
    status = L.clusctl_catalog_find_name(text.encode(), F.MATCH_NOCASE, ctypes.byref(p))
    assert status == (F.SUCCESS if ascii_lower in folded else F.NOT_FOUND)


def catalog_values():
    return st.sampled_from(sorted(by_value()))


VALUES = st.one_of(U32, st.deferred(catalog_values),
                   st.deferred(catalog_values).map(lambda v: v + 1),
                   st.deferred(catalog_values).map(lambda v: (v - 1) & 0xFFFFFFFF))


@given(VALUES)
def test_find_value_agrees_with_the_dict(value):
    L = F.lib()
    first, count = ctypes.c_size_t(0xBAD), ctypes.c_size_t(0xBAD)
    status = L.clusctl_catalog_find_value(value, ctypes.byref(first), ctypes.byref(count))
    want = by_value().get(value, [])
    rows = catalog()
    if not want:
        assert status == F.NOT_FOUND and count.value == 0
        assert first.value == bisect.bisect_left(values_sorted(), value)
        assert L.clusctl_catalog_preferred(value, None) == F.NO_ENTRY
        return
    assert status == F.SUCCESS
    got = list(range(first.value, first.value + count.value))
    assert got == want, "not exactly the entries of that value, contiguous"
    assert all(rows[i][2] == value for i in got)
    provs = [rows[i][4] for i in got]
    assert provs == sorted(provs), "preferred (SDK, Hyper-V, legacy, protocol) not first"
    assert entry_row(L.clusctl_catalog_preferred(value, None))[0] == got[0]
    assert L.clusctl_catalog_in_sdk(value) == int(F.PROVENANCE_SDK in provs)


@given(VALUES, st.data())
def test_preferred_for_a_resource_type(value, data):
    L = F.lib()
    want = by_value().get(value, [])
    rows = catalog()
    types = sorted({rows[i][5] for i in want if rows[i][5]} | {"Virtual Machine", "No Such Type"})
    rt = data.draw(st.sampled_from(types), label="resource_type")
    flips = data.draw(st.lists(st.booleans(), min_size=len(rt), max_size=len(rt)), label="flips")
    variant = flip_ascii_case(rt, flips)
    p = L.clusctl_catalog_preferred(value, variant.encode())
    if not want:
        assert p == F.NO_ENTRY
        return
    of_type = [i for i in want if rows[i][5] and rows[i][5].lower() == rt.lower()]
    assert entry_row(p)[0] == (of_type[0] if of_type else want[0])


@given(st.one_of(st.integers(0, 255), st.sampled_from([0, 1, 7, 8, 9, 0x80, 255])))
def test_find_object_agrees_with_the_values(obj):
    L = F.lib()
    first, count = ctypes.c_size_t(), ctypes.c_size_t()
    status = L.clusctl_catalog_find_object(obj, ctypes.byref(first), ctypes.byref(count))
    want = [r[0] for r in catalog() if r[2] >> 24 == obj]
    if want:
        assert status == F.SUCCESS
        assert list(range(first.value, first.value + count.value)) == want
    else:
        assert status == F.NOT_FOUND and count.value == 0


@given(st.integers(256, 2**32 - 1))
def test_find_object_refuses_over_255(obj):
    first, count = ctypes.c_size_t(), ctypes.c_size_t()
    assert F.lib().clusctl_catalog_find_object(obj, ctypes.byref(first),
                                               ctypes.byref(count)) == F.INVALID_PARAMETER


@given(U32)
def test_handle_access_and_may_send_follow_the_bits(code):
    L = F.lib()
    assert L.clusctl_required_access(code) == (3 if code & (1 << 22) else 1)
    assert L.clusctl_application_may_send(code) == (0 if code & (1 << 20) else 1)


@functools.lru_cache(maxsize=None)
def operations():
    """The preferred operation entry of each operation value."""
    d = {}
    for r in catalog():
        if r[3] == F.KIND_OPERATION:
            d.setdefault(r[2], r)
    return d


NEAREST = st.one_of(
    U32,
    st.builds(lambda o, op: (o << 24) | op, st.integers(0, 255),
              st.deferred(lambda: st.sampled_from(sorted(operations())))),
)


@given(NEAREST)
def test_nearest_names_an_operation_with_the_low_24_bits(value):
    L = F.lib()
    n = F.clusctl_nearest()
    status = L.clusctl_catalog_nearest(value, ctypes.byref(n))
    assert n.object == value >> 24
    assert n.object_name == L.clusctl_object_name(value >> 24)
    op = operations().get(value & 0xFFFFFF)
    if n.operation != F.NO_ENTRY:
        e = entry(n.operation)
        assert status == F.SUCCESS
        assert e.value == value & 0xFFFFFF
        assert e.kind == F.KIND_OPERATION
        assert entry_row(n.operation) == op, "not the preferred operation"
    else:
        assert status == F.NOT_FOUND
        assert op is None, f"{op[1]} has the low 24 bits but nearest found nothing"


def levenshtein_nocase(a, b):
    a, b = a.lower(), b.lower()
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


@given(st.data())
def test_suggest_finds_a_name_one_edit_away(data):
    L = F.lib()
    row = data.draw(st.sampled_from(catalog()), label="entry")
    name = row[1]
    i = data.draw(st.integers(0, len(name) - 1), label="position")
    c = data.draw(st.sampled_from("QZ#"), label="replacement")
    typo = name[:i] + c + name[i + 1:]
    cap = len(catalog())
    out = (ctypes.c_size_t * cap)()
    count = ctypes.c_size_t(0xBAD)
    assert L.clusctl_catalog_suggest(typo.encode(), out, cap, ctypes.byref(count)) == F.SUCCESS
    got = [entry_row(out[k])[1] for k in range(count.value)]
    dists = [levenshtein_nocase(typo, g) for g in got]
    assert dists == sorted(dists), "not closest first"
    if typo.lower() != name.lower():
        assert name in got, f"{name} is one edit from {typo!r} but not suggested"
    zero = ctypes.c_size_t(0xBAD)
    assert L.clusctl_catalog_suggest(typo.encode(), None, 0, ctypes.byref(zero)) == F.SUCCESS
    assert zero.value == 0


@given(VALUES, st.sampled_from([None, "Virtual Machine", "virtual machine configuration",
                                "No Such Type"]))
def test_describe_is_the_pieces(value, rt):
    """clusctl_describe() holds what the tool prints: each piece agrees with
    the models above (the catalog as iterated, the bits)."""
    L = F.lib()
    d = F.clusctl_description()
    ctypes.memset(ctypes.byref(d), 0x5A, ctypes.sizeof(d))
    assert L.clusctl_describe(value, rt.encode() if rt else None, ctypes.byref(d)) == F.SUCCESS
    assert d.code == value
    assert (d.fields.object, d.fields.function, d.fields.access) == (
        value >> 24, (value >> 2) & 0x3FFFF, value & 3)
    assert (d.fields.global_, d.fields.modify, d.fields.user, d.fields.internal) == (
        value >> 23 & 1, value >> 22 & 1, value >> 21 & 1, value >> 20 & 1)
    assert d.operation_bits == value & 0x000FFFFC
    assert d.control_function == value & 0x3FFFFF
    assert d.handle_access == (3 if value & (1 << 22) else 1)
    assert d.application_may_send == (0 if value & (1 << 20) else 1)
    want = by_value().get(value, [])
    rows = catalog()
    assert d.count == len(want)
    if want:
        assert list(range(d.first, d.first + d.count)) == want
        of_type = [i for i in want if rt and rows[i][5] and rows[i][5].lower() == rt.lower()]
        assert entry_row(d.preferred)[0] == (of_type[0] if of_type else want[0])
        assert d.description == entry(d.preferred).description
        assert d.description_source == entry(d.preferred).description_source
        assert (d.description is None) == (d.description_source is None)
        assert d.nearest.operation == F.NO_ENTRY
    else:
        assert d.preferred == F.NO_ENTRY and d.description is None
        assert d.description_source is None
        op = operations().get(value & 0xFFFFFF)
        assert (entry_row(d.nearest.operation) if d.nearest.operation != F.NO_ENTRY
                else None) == op
    assert d.in_sdk == int(any(rows[i][4] == F.PROVENANCE_SDK for i in want))
    known = rt is not None and any(r[5] and r[5].lower() == rt.lower() for r in rows)
    assert d.resource_type_known == int(known)
    assert d.warnings == L.clusctl_validate(value)
    if want:
        e = entry(d.preferred)
        assert (d.input, d.output) == (e.input, e.output)
        assert (d.input_detail, d.output_detail) == (e.input_detail, e.output_detail)
    else:
        assert (d.input, d.output, d.input_detail, d.output_detail) == (0, 0, None, None)
    assert list(d.reserved) == [0] * 6 and list(d.reserved_ptr) == [None] * 5


@given(st.data())
def test_describe_name_prefers_the_name(data):
    L = F.lib()
    row = data.draw(st.sampled_from(catalog()), label="entry")
    flips = data.draw(st.lists(st.booleans(), min_size=len(row[1]), max_size=len(row[1])))
    d = F.clusctl_description()
    name = flip_ascii_case(row[1], flips)
    assert L.clusctl_describe_name(name.encode(), ctypes.byref(d)) == F.SUCCESS
    assert entry_row(d.preferred) == current(row[1]) and d.code == current(row[1])[2]
    # The entry itself, an older value of a name too.
    e = F.clusctl_description()
    assert L.clusctl_describe_entry(row[0], ctypes.byref(e)) == F.SUCCESS
    assert entry_row(e.preferred) == row and e.code == row[2]
