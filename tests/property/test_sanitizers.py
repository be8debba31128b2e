"""The sanitizers are live in the property tests of a sanitizer build.

ctest's property_tests sets CLUSCTL_SANITIZED (CLUSCTL_SANITIZE's value) when
the library was built with sanitizers and their runtime is preloaded into the
interpreter; without it these tests are skipped. They check that the runtime
is in the process, and that a read past a block of memory by the library, from
Python, is reported by AddressSanitizer and ends the process: so the other
property tests, run the same way, would fail on such a bug instead of passing.
"""
import ctypes
import os
import subprocess
import sys
import textwrap

import pytest

SANITIZED = os.environ.get("CLUSCTL_SANITIZED", "")
pytestmark = pytest.mark.skipif(not SANITIZED, reason="not a sanitizer build (CLUSCTL_SANITIZED unset)")


def _has_symbol(name):
    try:
        getattr(ctypes.CDLL(None), name)
        return True
    except AttributeError:
        return False


@pytest.mark.skipif("address" not in SANITIZED, reason="no AddressSanitizer")
def test_asan_runtime_is_loaded():
    assert _has_symbol("__asan_init")
    assert "libclusctl" in os.environ.get("CLUSCTL_LIB", "")


@pytest.mark.skipif("undefined" not in SANITIZED, reason="no UndefinedBehaviorSanitizer")
def test_ubsan_runtime_is_loaded():
    assert _has_symbol("__ubsan_handle_type_mismatch_v1")


# A property list whose count (1) promises a property that the 4-byte block
# does not hold, given to the library as 64 bytes: its first read past the
# block is a heap-buffer-overflow. The block comes from malloc, which ASan
# serves (with redzones) in this process.
_OVERREAD = textwrap.dedent("""
    import ctypes, os, sys
    sys.path.insert(0, sys.argv[1])
    import clusctl_ffi
    L = clusctl_ffi.load(os.environ["CLUSCTL_LIB"])
    libc = ctypes.CDLL(None)
    libc.malloc.restype = ctypes.c_void_p
    libc.malloc.argtypes = [ctypes.c_size_t]
    block = libc.malloc(4)
    ctypes.memmove(block, b"\\x01\\x00\\x00\\x00", 4)
    L.clusctl_plist_validate(block, 64, 0, None)
    print("not caught")
""")


@pytest.mark.skipif("address" not in SANITIZED, reason="no AddressSanitizer")
def test_asan_catches_a_read_past_the_buffer():
    here = os.path.dirname(os.path.abspath(__file__))
    run = subprocess.run([sys.executable, "-c", _OVERREAD, here], capture_output=True,
                         text=True, timeout=120)
    assert run.returncode != 0, run.stdout + run.stderr
    assert "not caught" not in run.stdout
    assert "AddressSanitizer: heap-buffer-overflow" in run.stderr, run.stderr
    assert "clusctl_plist_validate" in run.stderr or "libclusctl" in run.stderr, run.stderr
