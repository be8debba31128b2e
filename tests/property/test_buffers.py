"""buffer.h: the START buffer (UTF-16LE node name and its NUL), both ways.

Inputs to decode are placed so that they end at a PROT_NONE page
(clusctl_ffi.guarded): a read past the size given faults."""
import ctypes

from hypothesis import example, given
from hypothesis import strategies as st

import clusctl_ffi as F

NO_NUL_NO_SURROGATE = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")


def units(s):
    return len(s.encode("utf-16-le")) // 2


NAMES = st.text(NO_NUL_NO_SURROGATE, min_size=1, max_size=255).filter(lambda s: units(s) <= 255)
LONG_NAMES = st.one_of(
    st.text(NO_NUL_NO_SURROGATE, min_size=256, max_size=400),
    st.integers(256, 300).map(lambda n: "a" * n),
    st.integers(128, 140).map(lambda n: "\U0001F600" * n),  # 2 units each
    st.integers(254, 300).map(lambda n: "a" * n + "\U0001F600"),  # 256 units when n=254
).filter(lambda s: units(s) > 255)


def encode(name_bytes, size, buffer=None):
    """clusctl_start_buffer_encode into an exactly-sized buffer (or NULL)."""
    needed = ctypes.c_size_t(0xBAD)
    if buffer is None and size:
        buffer = (ctypes.c_ubyte * size)()
    status = F.lib().clusctl_start_buffer_encode(name_bytes, buffer, size, ctypes.byref(needed))
    return status, needed.value, buffer


def decode(data, name_size, address=None):
    """clusctl_start_buffer_decode of data (guarded), into an exactly-sized name."""
    needed = ctypes.c_size_t(0xBAD)
    name = ctypes.create_string_buffer(b"\xAA" * name_size, name_size) if name_size else None
    if address is None:
        address = F.guarded(data)
    status = F.lib().clusctl_start_buffer_decode(address, len(data), name, name_size,
                                                 ctypes.byref(needed))
    return status, needed.value, (name.raw if name_size else None)


@given(NAMES)
@example("node2")
@example("a" * 255)
@example("\U0001F600" * 127 + "a")
@example("\uffff\ue000\u00e9")
def test_a_name_round_trips(s):
    want = s.encode("utf-16-le") + b"\0\0"
    utf8 = s.encode("utf-8")
    status, needed, _ = encode(utf8, 0)
    assert (status, needed) == (F.MORE_DATA, len(want))
    status, needed, buf = encode(utf8, len(want))
    assert (status, needed) == (F.SUCCESS, len(want))
    assert bytes(buf) == want
    # Too small: nothing written.
    small = (ctypes.c_ubyte * (len(want) - 1))(*([0xEE] * (len(want) - 1)))
    status, needed, _ = encode(utf8, len(want) - 1, small)
    assert (status, needed) == (F.INSUFFICIENT_BUFFER, len(want))
    assert bytes(small) == b"\xEE" * (len(want) - 1)

    status, needed, _ = decode(want, 0)
    assert (status, needed) == (F.MORE_DATA, len(utf8) + 1)
    status, needed, name = decode(want, len(utf8) + 1)
    assert (status, needed) == (F.SUCCESS, len(utf8) + 1)
    assert name == utf8 + b"\0"
    status, needed, name = decode(want, len(utf8))
    assert (status, needed) == (F.INSUFFICIENT_BUFFER, len(utf8) + 1)
    assert name == b"\xAA" * len(utf8), "written although too small"
    # A fixed-size, zero-filled buffer is the same name.
    padded = want + b"\0" * (F.START_BUFFER_MAX - len(want))
    assert decode(padded, F.NODE_NAME_UTF8_SIZE)[:2] == (F.SUCCESS, len(utf8) + 1)


@given(LONG_NAMES)
def test_longer_names_overflow(s):
    utf8 = s.encode("utf-8")
    for size in (0, F.START_BUFFER_MAX, 2 * len(s) + 2 + 4):
        assert encode(utf8, size)[0] == F.BUFFER_OVERFLOW
    data = s.encode("utf-16-le") + b"\0\0"
    assert decode(data, F.NODE_NAME_UTF8_SIZE)[0] == F.BUFFER_OVERFLOW


# --- encode of any bytes: the first problem of the name decides -------------
def reference_encode_name(raw):
    """The status of clusctl_start_buffer_encode's name check for a C string."""
    raw = raw.split(b"\0", 1)[0]
    if not raw:
        return F.INVALID_COMPUTERNAME, None
    try:
        text = raw.decode("utf-8")
        bad_at = None
    except UnicodeDecodeError as e:
        text = raw[:e.start].decode("utf-8")
        bad_at = e.start
    if units(text) > F.NODE_NAME_MAX:
        return F.BUFFER_OVERFLOW, None  # the 256th code unit comes first
    if bad_at is not None:
        return F.NO_UNICODE_TRANSLATION, None
    return F.SUCCESS, text.encode("utf-16-le") + b"\0\0"


RAW_NAMES = st.one_of(
    st.binary(max_size=40),
    st.builds(lambda a, bad, b: a + bad + b, st.text(NO_NUL_NO_SURROGATE, max_size=5).map(str.encode),
              st.sampled_from([b"\xc0\xaf", b"\xe0\x80\xaf", b"\xed\xa0\x80", b"\xf4\x90\x80\x80",
                               b"\xf8\x88\x80\x80\x80", b"\x80", b"\xff", b"\xe2\x82", b"\xf0\x9f\x98"]),
              st.binary(max_size=5)),
    st.builds(lambda n, bad: b"a" * n + bad, st.integers(250, 260),
              st.sampled_from([b"", b"\xff", b"\xf0\x9f\x98\x80", b"\xc3"])),
    NAMES.map(str.encode),
)


@given(RAW_NAMES, st.sampled_from(["query", "exact", "small"]))
def test_encode_any_bytes_follows_the_documented_order(raw, how):
    want, data = reference_encode_name(raw)
    if want == F.SUCCESS:
        size = {"query": 0, "exact": len(data), "small": len(data) - 1}[how]
        status, needed, buf = encode(raw, size)
        assert status == {"query": F.MORE_DATA, "exact": F.SUCCESS,
                          "small": F.INSUFFICIENT_BUFFER}[how]
        assert needed == len(data)
        if how == "exact":
            assert bytes(buf) == data
    else:
        for size in (0, 1, F.START_BUFFER_MAX):
            assert encode(raw, size)[0] == want, f"{raw!r} size {size}"


def test_encode_argument_errors():
    L = F.lib()
    needed = ctypes.c_size_t()
    buf = (ctypes.c_ubyte * 8)()
    assert L.clusctl_start_buffer_encode(None, buf, 8, ctypes.byref(needed)) == F.INVALID_PARAMETER
    assert L.clusctl_start_buffer_encode(b"n", buf, 8, None) == F.INVALID_PARAMETER
    assert L.clusctl_start_buffer_encode(b"n", None, 8, ctypes.byref(needed)) == F.INVALID_PARAMETER
    # Argument errors come before the name's.
    assert L.clusctl_start_buffer_encode(b"\xff", None, 8, ctypes.byref(needed)) == F.INVALID_PARAMETER


# --- decode of any bytes: the documented order of checks --------------------
def reference_decode(data):
    """(status, UTF-8 name) for a non-NULL buffer of len(data) bytes."""
    if len(data) == 0:
        return F.INVALID_PARAMETER, None  # size 0: no destination
    if len(data) % 2:
        return F.BAD_LENGTH, None
    cu = [data[i] | data[i + 1] << 8 for i in range(0, len(data), 2)]
    if 0 not in cu:
        return F.INVALID_DATA, None
    nul = cu.index(0)
    if any(cu[nul + 1:]):
        return F.INVALID_NAME, None
    if nul == 0:
        return F.INVALID_COMPUTERNAME, None
    if nul > F.NODE_NAME_MAX:
        return F.BUFFER_OVERFLOW, None
    try:
        text = data[:2 * nul].decode("utf-16-le")  # strict: an unpaired surrogate raises
    except UnicodeDecodeError:
        return F.NO_UNICODE_TRANSLATION, None
    return F.SUCCESS, text.encode("utf-8")


def utf16_with_lone_surrogates(s, where, which):
    data = bytearray(s.encode("utf-16-le"))
    pos = 2 * min(where, len(data) // 2)
    data[pos:pos] = which
    return bytes(data)


BUFFERS = st.one_of(
    st.binary(max_size=600),
    # A name, its NUL, then zeros or anything, maybe cut short or made odd.
    st.builds(lambda s, tail, cut: (s.encode("utf-16-le") + b"\0\0" + tail)[:cut],
              st.text(NO_NUL_NO_SURROGATE, max_size=270),
              st.one_of(st.just(b""), st.binary(max_size=8), st.integers(0, 40).map(lambda n: b"\0" * n)),
              st.integers(0, 600)),
    st.builds(lambda s, w, which, tail: utf16_with_lone_surrogates(s, w, which) + b"\0\0" + tail,
              st.text(NO_NUL_NO_SURROGATE, max_size=20), st.integers(0, 20),
              st.sampled_from([b"\x00\xd8", b"\x00\xdc", b"\xff\xdb", b"\x00\xdc\x00\xd8",
                               b"\x3d\xd8\x00\xde"]),
              st.sampled_from([b"", b"\0", b"\0\0", b"x\0"])),
    st.builds(lambda n, tail: b"a\0" * n + tail, st.integers(250, 300),
              st.sampled_from([b"\0\0", b"\0", b"\0\0\0\0", b"\0\0b\0", b""])),
)


@given(BUFFERS)
@example(b"")
@example(b"\0\0")
@example(b"a")
@example(b"a\0")
@example(b"a\0\0\0")
@example(b"a\0\0\0b\0")
@example(b"\x00\xd8\0\0")
def test_decode_any_buffer_matches_the_documented_order(data):
    want, utf8 = reference_decode(data)
    status, needed, name = decode(data, F.NODE_NAME_UTF8_SIZE)
    assert status == want, f"{data!r}: {status}, documented {want}"
    if want == F.SUCCESS:
        assert needed == len(utf8) + 1
        assert name[:needed] == utf8 + b"\0"
        utf8.decode("utf-8")  # valid UTF-8
        assert decode(data, 0)[:2] == (F.MORE_DATA, len(utf8) + 1)
        status, needed, small = decode(data, len(utf8))
        assert (status, needed) == (F.INSUFFICIENT_BUFFER, len(utf8) + 1)
        assert small == b"\xAA" * len(utf8)
    else:
        # A bad buffer says so whatever the room for the name.
        assert decode(data, 0)[0] == want


@given(st.integers(0, 600), st.booleans())
def test_decode_argument_order(size, with_name):
    L = F.lib()
    needed = ctypes.c_size_t()
    name = ctypes.create_string_buffer(4) if with_name else None
    nsize = 4 if with_name else 0
    want = F.INVALID_PARAMETER if size == 0 else F.INVALID_USER_BUFFER
    assert L.clusctl_start_buffer_decode(None, size, name, nsize, ctypes.byref(needed)) == want
    # A NULL name with room is refused first, whatever the buffer.
    assert L.clusctl_start_buffer_decode(None, size, None, 4, ctypes.byref(needed)) == F.INVALID_PARAMETER
    data = b"n\0\0\0"
    assert L.clusctl_start_buffer_decode(F.guarded(data), len(data), None, 1,
                                         ctypes.byref(needed)) == F.INVALID_PARAMETER
    # name_needed may be NULL.
    assert L.clusctl_start_buffer_decode(F.guarded(data), len(data), ctypes.create_string_buffer(2),
                                         2, None) == F.SUCCESS
