"""ctypes bindings for libclusctl.so: the structs and prototypes of
include/clusctl/{status,code,catalog,buffer,vm,plist,proptable}.h that the property tests use.

The library is loaded once, from the path in CLUSCTL_LIB (see lib()).
Every struct mirrors its C declaration member for member; enum members are
C `int`-sized, like the compiler lays them out.
"""
import ctypes
import mmap
import os
from ctypes import (POINTER, Structure, c_char, c_char_p, c_int, c_size_t,
                    c_uint32, c_void_p)

# --- status.h (the numbers the tests compare against) ----------------------
SUCCESS = 0
INVALID_FUNCTION = 1
FILE_NOT_FOUND = 2
INVALID_DATA = 13
BAD_LENGTH = 24
INVALID_PARAMETER = 87
BUFFER_OVERFLOW = 111
INSUFFICIENT_BUFFER = 122
INVALID_NAME = 123
MORE_DATA = 234
NO_MORE_ITEMS = 259
ARITHMETIC_OVERFLOW = 534
NO_UNICODE_TRANSLATION = 1113
NOT_FOUND = 1168
INVALID_COMPUTERNAME = 1210
INVALID_USER_BUFFER = 1784
INVALID_STATE = 5023
CLUSTER_NODE_NOT_FOUND = 5042
CLUSTER_INVALID_REQUEST = 5048
CLUSTER_NODE_DOWN = 5050
CLUSTER_PROPERTY_DATA_TYPE_MISMATCH = 5895


# --- code.h ----------------------------------------------------------------
class clusctl_fields(Structure):
    # "global" is a Python keyword: the member is spelled global_ here.
    _fields_ = [("object", c_uint32), ("global_", c_uint32), ("modify", c_uint32),
                ("user", c_uint32), ("internal", c_uint32), ("function", c_uint32),
                ("access", c_uint32), ("reserved", c_uint32 * 1)]


# (python member, clusctl_field flag, largest value), in the struct's order.
FIELDS = [("object", 0x01, 0xFF), ("global_", 0x02, 1), ("modify", 0x04, 1),
          ("user", 0x08, 1), ("internal", 0x10, 1), ("function", 0x20, 0x3FFFF),
          ("access", 0x40, 3)]


# --- catalog.h -------------------------------------------------------------
KIND_OPERATION, KIND_CODE = 1, 2
PROVENANCE_SDK, PROVENANCE_HYPERV, PROVENANCE_LEGACY, PROVENANCE_PROTOCOL = 1, 2, 3, 4
MATCH_EXACT, MATCH_NOCASE = 0, 1
NO_ENTRY = (1 << (8 * ctypes.sizeof(c_size_t))) - 1  # CCTL_NO_ENTRY, (size_t)-1


class clusctl_entry(Structure):
    _fields_ = [("name", c_char_p), ("value", c_uint32), ("kind", c_int),
                ("provenance", c_int), ("resource_type", c_char_p),
                ("description", c_char_p), ("docs_errata", c_char_p), ("notes", c_char_p),
                ("input", c_int), ("output", c_int), ("input_detail", c_char_p),
                ("output_detail", c_char_p), ("doc_page", c_char_p), ("flag_set", c_uint32),
                ("description_source", c_char_p), ("reserved", c_uint32 * 4),
                ("reserved_ptr", c_void_p * 4)]


class clusctl_nearest(Structure):
    _fields_ = [("object", c_uint32), ("object_name", c_char_p),
                ("operation", c_size_t),
                ("reserved", c_uint32 * 2), ("reserved_ptr", c_void_p * 2)]


class clusctl_description(Structure):
    _fields_ = [("code", c_uint32), ("fields", clusctl_fields),
                ("object_name", c_char_p), ("object_description", c_char_p),
                ("access_name", c_char_p), ("operation_bits", c_uint32),
                ("control_function", c_uint32), ("preferred", c_size_t),
                ("first", c_size_t), ("count", c_size_t),
                ("description", c_char_p), ("docs_errata", c_char_p),
                ("warnings", c_uint32), ("nearest", clusctl_nearest),
                ("handle_access", c_uint32), ("application_may_send", c_uint32),
                ("in_sdk", c_uint32), ("resource_type_known", c_uint32),
                ("input", c_uint32), ("output", c_uint32), ("reserved", c_uint32 * 6),
                ("input_detail", c_char_p), ("output_detail", c_char_p),
                ("description_source", c_char_p), ("reserved_ptr", c_void_p * 5)]


# --- buffer.h --------------------------------------------------------------
NODE_NAME_MAX = 255
START_BUFFER_MAX = (NODE_NAME_MAX + 1) * 2
NODE_NAME_UTF8_SIZE = NODE_NAME_MAX * 3 + 1

# --- vm.h ------------------------------------------------------------------
VM_START_MIGRATION = 0x01600004
VM_CANCEL_MIGRATION = 0x01600008
S_OK, E_BUSY, E_FAIL = 0x00000000, 0x800700AA, 0x80004005


# The members of the model, in the struct's order (then its reserved room).
VM_MEMBERS = ["vm_state", "migration_state", "host", "source", "destination",
              "failure_reason", "progress"]
# The members taken from the reserved room (the private properties).
VM_PROPERTY_MEMBERS = ["properties", "offline_action", "shutdown_action", "check_heartbeat",
                       "start_memory", "virtual_numa_count"]
VM_ID_SIZE = 40
VM_PROPERTIES_SET = 1


class clusctl_vm(Structure):
    _fields_ = ([(n, c_uint32) for n in VM_MEMBERS] +
                [(n, c_uint32) for n in VM_PROPERTY_MEMBERS] +
                [("vm_id", c_char * VM_ID_SIZE), ("reserved", c_uint32 * 9)])

    def astuple(self):
        """The machines' members (the reserved room checked)."""
        assert tuple(self.reserved) == (0,) * 9, "the reserved room is not 0"
        return tuple(getattr(self, n) for n in VM_MEMBERS)

    def props(self):
        """The property members and VmId (bytes, up to its NUL)."""
        return tuple(getattr(self, n) for n in VM_PROPERTY_MEMBERS) + (self.vm_id,)


def vm_copy(vm):
    """A copy of a model, every member and byte."""
    return clusctl_vm.from_buffer_copy(vm)


class clusctl_node(Structure):
    _fields_ = [("id", c_uint32), ("name", c_char_p), ("up", c_int),
                ("reserved", c_uint32 * 2), ("reserved_ptr", c_void_p * 1)]


class clusctl_cluster(Structure):
    _fields_ = [("nodes", POINTER(clusctl_node)), ("count", c_size_t),
                ("reserved", c_uint32 * 2), ("reserved_ptr", c_void_p * 2)]


class clusctl_event(Structure):
    _fields_ = [("kind", c_uint32), ("caller", c_uint32), ("destination", c_char_p),
                ("value", c_uint32), ("reserved", c_uint32 * 3),
                ("reserved_ptr", c_void_p * 2)]


# --- plist.h ----------------------------------------------------------------
PLIST_STRICT, PLIST_FROM_CLIENT, PLIST_NO_FINAL_ENDMARK = 0x1, 0x2, 0x4
PLIST_DEPTH_MAX = 8
PLIST_NO_OFFSET = ctypes.c_size_t(-1).value
PLIST_NO_INDEX = 0xFFFFFFFF
PROP_FORMAT_ANY = 0xFFFFFFFF
KIND_PROPERTY_LIST, KIND_VALUE_LIST = 1, 2


class clusctl_plist_error(Structure):
    _fields_ = [("status", c_uint32), ("rule", c_uint32), ("offset", c_size_t),
                ("value_offset", c_size_t), ("property", c_uint32), ("depth", c_uint32),
                ("reserved", c_uint32 * 4)]


class clusctl_plist_reader(Structure):
    _fields_ = [("data", c_void_p), ("size", c_size_t), ("origin", c_size_t),
                ("next", c_size_t), ("end", c_size_t), ("kind", c_uint32), ("flags", c_uint32),
                ("depth", c_uint32), ("count", c_uint32), ("index", c_uint32),
                ("final_endmark", c_uint32), ("reserved", c_uint32 * 4),
                ("reserved_ptr", c_void_p * 2)]


class clusctl_prop(Structure):
    _fields_ = [("name", c_void_p), ("name_length", c_uint32), ("index", c_uint32),
                ("value_count", c_uint32), ("depth", c_uint32), ("offset", c_size_t),
                ("list_", c_void_p), ("list_size_", c_size_t), ("origin_", c_size_t),
                ("next_", c_size_t), ("flags_", c_uint32), ("read_", c_uint32),
                ("reserved", c_uint32 * 4), ("reserved_ptr", c_void_p * 2)]


class clusctl_prop_value(Structure):
    _fields_ = [("syntax", c_uint32), ("type", c_uint32), ("format", c_uint32),
                ("length", c_uint32), ("data", c_void_p), ("offset", c_size_t),
                ("depth", c_uint32), ("flags", c_uint32), ("reserved", c_uint32 * 4),
                ("reserved_ptr", c_void_p * 2)]


class clusctl_plist_level(Structure):
    _fields_ = [("start", c_size_t), ("kind", c_uint32), ("count", c_uint32),
                ("open", c_uint32), ("values", c_uint32), ("last_format", c_uint32),
                ("reserved", c_uint32 * 1)]


class clusctl_plist_writer(Structure):
    _fields_ = [("buffer", c_void_p), ("size", c_size_t), ("length", c_size_t),
                ("status", c_uint32), ("rule", c_uint32), ("flags", c_uint32),
                ("depth", c_uint32), ("fits", c_uint32), ("done", c_uint32),
                ("levels", clusctl_plist_level * (PLIST_DEPTH_MAX + 1)),
                ("reserved", c_uint32 * 4), ("reserved_ptr", c_void_p * 2)]


# --- proptable.h -------------------------------------------------------------
PROP_NO_ITEM = ctypes.c_size_t(-1).value
PROP_ERROR_NAME_SIZE = 64
PROP_REASONS = ["NONE", "MALFORMED", "UNKNOWN_NAME", "READ_ONLY", "VALUE_COUNT", "WRONG_FORMAT",
                "OUT_OF_RANGE", "NOT_A_GUID", "TOO_LONG", "OWNED", "DUPLICATE", "BAD_TABLE",
                "BAD_BLOCK"]
RESOURCE_ENUM_PRIVATE_PROPERTIES = 0x01000079
RESOURCE_GET_RO_PRIVATE_PROPERTIES = 0x0100007D
RESOURCE_GET_PRIVATE_PROPERTIES = 0x01000081
RESOURCE_SET_PRIVATE_PROPERTIES = 0x01400086
RESOURCE_VALIDATE_PRIVATE_PROPERTIES = 0x01000089


class clusctl_prop_item(Structure):
    _fields_ = [("name", c_char_p), ("format", c_uint32), ("flags", c_uint32),
                ("minimum", ctypes.c_uint64), ("maximum", ctypes.c_uint64),
                ("default_number", ctypes.c_uint64), ("default_string", c_char_p),
                ("offset", c_size_t), ("size", c_size_t), ("reserved", c_uint32 * 4),
                ("reserved_ptr", c_void_p * 2)]


class clusctl_prop_error(Structure):
    _fields_ = [("status", c_uint32), ("reason", c_uint32), ("rule", c_uint32),
                ("property", c_uint32), ("list", c_uint32), ("name_cut", c_uint32),
                ("offset", c_size_t), ("item", c_size_t), ("value", ctypes.c_uint64),
                ("name", c_char * PROP_ERROR_NAME_SIZE), ("reserved", c_uint32 * 4),
                ("reserved_ptr", c_void_p * 2)]


_P = POINTER
_PROTOTYPES = {
    # status.h
    "clusctl_status_name": (c_char_p, [c_uint32]),
    # code.h
    "clusctl_encode": (c_uint32, [_P(clusctl_fields), _P(c_uint32)]),
    "clusctl_decode": (c_uint32, [c_uint32, _P(clusctl_fields)]),
    "clusctl_fields_check": (c_uint32, [_P(clusctl_fields)]),
    "clusctl_field_name": (c_char_p, [c_uint32]),
    "clusctl_field_max": (c_uint32, [c_uint32]),
    "clusctl_object_name": (c_char_p, [c_uint32]),
    "clusctl_object_from_name": (c_uint32, [c_char_p, _P(c_uint32)]),
    "clusctl_validate": (c_uint32, [c_uint32]),
    "clusctl_warning_id": (c_char_p, [c_uint32]),
    "clusctl_parse_u32": (c_uint32, [c_char_p, _P(c_uint32)]),
    # catalog.h
    "clusctl_catalog_size": (c_size_t, []),
    "clusctl_catalog_get": (c_uint32, [c_size_t, _P(clusctl_entry)]),
    "clusctl_catalog_name": (c_char_p, [c_size_t]),
    "clusctl_catalog_find_value": (c_uint32, [c_uint32, _P(c_size_t), _P(c_size_t)]),
    "clusctl_catalog_find_object": (c_uint32, [c_uint32, _P(c_size_t), _P(c_size_t)]),
    "clusctl_catalog_preferred": (c_size_t, [c_uint32, c_char_p]),
    "clusctl_catalog_find_name": (c_uint32, [c_char_p, c_int, _P(c_size_t)]),
    "clusctl_catalog_suggest": (c_uint32, [c_char_p, _P(c_size_t), c_size_t,
                                           _P(c_size_t)]),
    "clusctl_catalog_nearest": (c_uint32, [c_uint32, _P(clusctl_nearest)]),
    "clusctl_catalog_in_sdk": (c_int, [c_uint32]),
    "clusctl_describe": (c_uint32, [c_uint32, c_char_p, _P(clusctl_description)]),
    "clusctl_describe_name": (c_uint32, [c_char_p, _P(clusctl_description)]),
    "clusctl_describe_entry": (c_uint32, [c_size_t, _P(clusctl_description)]),
    "clusctl_required_access": (c_int, [c_uint32]),
    "clusctl_application_may_send": (c_int, [c_uint32]),
    # buffer.h
    "clusctl_start_buffer_decode": (c_uint32, [c_void_p, c_size_t, c_char_p, c_size_t,
                                               _P(c_size_t)]),
    "clusctl_start_buffer_encode": (c_uint32, [c_char_p, c_void_p, c_size_t, _P(c_size_t)]),
    # vm.h
    "clusctl_vm_apply": (c_uint32, [_P(clusctl_vm), _P(clusctl_cluster), _P(clusctl_event),
                                    _P(clusctl_vm)]),
    "clusctl_vm_resource_control": (c_uint32, [c_uint32, c_void_p, c_size_t,
                                               _P(clusctl_cluster), c_uint32, _P(clusctl_vm),
                                               _P(clusctl_vm)]),
    "clusctl_vm_control": (c_uint32, [c_uint32, c_void_p, c_size_t, c_void_p, c_size_t,
                                      _P(c_size_t), _P(clusctl_cluster), c_uint32,
                                      _P(clusctl_vm), _P(clusctl_vm), _P(clusctl_prop_error)]),
    "clusctl_vm_from_properties": (c_uint32, [c_void_p, c_size_t, c_void_p, c_size_t, c_uint32,
                                              _P(clusctl_vm), _P(clusctl_prop_error)]),
    "clusctl_vm_properties_expand": (c_uint32, [_P(clusctl_vm), _P(clusctl_vm)]),
    "clusctl_vm_property_table": (_P(clusctl_prop_item), [_P(c_size_t)]),
    "clusctl_vm_state_name": (c_char_p, [c_uint32]),
    "clusctl_migration_state_name": (c_char_p, [c_uint32]),
    # plist.h
    "clusctl_syntax_encode": (c_uint32, [c_uint32, c_uint32, _P(c_uint32)]),
    "clusctl_syntax_decode": (c_uint32, [c_uint32, _P(c_uint32), _P(c_uint32)]),
    "clusctl_syntax_name": (c_char_p, [c_uint32]),
    "clusctl_plist_rule_name": (c_char_p, [c_uint32]),
    "clusctl_plist_validate": (c_uint32, [c_void_p, c_size_t, c_uint32,
                                          _P(clusctl_plist_error)]),
    "clusctl_vlist_validate": (c_uint32, [c_void_p, c_size_t, c_uint32,
                                          _P(clusctl_plist_error)]),
    "clusctl_plist_open": (c_uint32, [_P(clusctl_plist_reader), c_void_p, c_size_t, c_uint32,
                                      _P(clusctl_plist_error)]),
    "clusctl_vlist_open": (c_uint32, [_P(clusctl_plist_reader), c_void_p, c_size_t, c_uint32,
                                      _P(clusctl_plist_error)]),
    "clusctl_plist_next": (c_uint32, [_P(clusctl_plist_reader), _P(clusctl_prop)]),
    "clusctl_prop_next_value": (c_uint32, [_P(clusctl_prop), _P(clusctl_prop_value)]),
    "clusctl_vlist_next": (c_uint32, [_P(clusctl_plist_reader), _P(clusctl_prop_value)]),
    "clusctl_prop_name": (c_uint32, [_P(clusctl_prop), c_void_p, c_size_t, _P(c_size_t)]),
    "clusctl_prop_name_equal": (c_int, [_P(clusctl_prop), c_char_p]),
    "clusctl_plist_find": (c_uint32, [c_void_p, c_size_t, c_uint32, c_char_p, c_uint32,
                                      _P(clusctl_prop_value), _P(clusctl_plist_error)]),
    "clusctl_value_word": (c_uint32, [_P(clusctl_prop_value), _P(ctypes.c_uint16)]),
    "clusctl_value_dword": (c_uint32, [_P(clusctl_prop_value), _P(c_uint32)]),
    "clusctl_value_long": (c_uint32, [_P(clusctl_prop_value), _P(ctypes.c_int32)]),
    "clusctl_value_large_integer": (c_uint32, [_P(clusctl_prop_value), _P(ctypes.c_int64)]),
    "clusctl_value_ularge_integer": (c_uint32, [_P(clusctl_prop_value), _P(ctypes.c_uint64)]),
    "clusctl_value_filetime": (c_uint32, [_P(clusctl_prop_value), _P(ctypes.c_uint64)]),
    "clusctl_value_string": (c_uint32, [_P(clusctl_prop_value), c_void_p, c_size_t,
                                        _P(c_size_t)]),
    "clusctl_value_multi_sz_next": (c_uint32, [_P(clusctl_prop_value), _P(c_size_t), c_void_p,
                                               c_size_t, _P(c_size_t)]),
    "clusctl_value_bytes": (c_uint32, [_P(clusctl_prop_value), _P(c_void_p), _P(c_size_t)]),
    "clusctl_value_plist": (c_uint32, [_P(clusctl_prop_value), _P(clusctl_plist_reader),
                                       _P(clusctl_plist_error)]),
    "clusctl_value_vlist": (c_uint32, [_P(clusctl_prop_value), _P(clusctl_plist_reader),
                                       _P(clusctl_plist_error)]),
    "clusctl_plist_write_begin": (c_uint32, [_P(clusctl_plist_writer), c_void_p, c_size_t,
                                             c_uint32]),
    "clusctl_vlist_write_begin": (c_uint32, [_P(clusctl_plist_writer), c_void_p, c_size_t,
                                             c_uint32]),
    "clusctl_plist_write_property": (c_uint32, [_P(clusctl_plist_writer), c_char_p]),
    "clusctl_plist_write_property_end": (c_uint32, [_P(clusctl_plist_writer)]),
    "clusctl_plist_write_value": (c_uint32, [_P(clusctl_plist_writer), c_uint32, c_void_p,
                                             c_size_t]),
    "clusctl_plist_write_word": (c_uint32, [_P(clusctl_plist_writer), c_uint32,
                                            ctypes.c_uint16]),
    "clusctl_plist_write_dword": (c_uint32, [_P(clusctl_plist_writer), c_uint32, c_uint32]),
    "clusctl_plist_write_long": (c_uint32, [_P(clusctl_plist_writer), c_uint32,
                                            ctypes.c_int32]),
    "clusctl_plist_write_large_integer": (c_uint32, [_P(clusctl_plist_writer), c_uint32,
                                                     ctypes.c_int64]),
    "clusctl_plist_write_ularge_integer": (c_uint32, [_P(clusctl_plist_writer), c_uint32,
                                                      ctypes.c_uint64]),
    "clusctl_plist_write_filetime": (c_uint32, [_P(clusctl_plist_writer), c_uint32,
                                                ctypes.c_uint64]),
    "clusctl_plist_write_string": (c_uint32, [_P(clusctl_plist_writer), c_uint32, c_char_p]),
    "clusctl_plist_write_multi_sz": (c_uint32, [_P(clusctl_plist_writer), c_uint32,
                                                _P(c_char_p), c_size_t]),
    "clusctl_plist_write_bytes": (c_uint32, [_P(clusctl_plist_writer), c_uint32, c_void_p,
                                             c_size_t]),
    "clusctl_plist_write_list_begin": (c_uint32, [_P(clusctl_plist_writer), c_uint32]),
    "clusctl_plist_write_list_end": (c_uint32, [_P(clusctl_plist_writer)]),
    "clusctl_plist_write_end": (c_uint32, [_P(clusctl_plist_writer), _P(c_size_t)]),
}

_lib = None


def load(path):
    """Loads the library at path once and declares every prototype."""
    global _lib
    if _lib is None:
        lib = ctypes.CDLL(path)
        for name, (restype, argtypes) in _PROTOTYPES.items():
            fn = getattr(lib, name)
            fn.restype, fn.argtypes = restype, argtypes
        _lib = lib
    return _lib


def lib():
    """The library named by CLUSCTL_LIB (loaded on first use)."""
    if _lib is None:
        path = os.environ.get("CLUSCTL_LIB")
        if not path:
            raise RuntimeError("CLUSCTL_LIB is not set")
        load(path)
    return _lib


class GuardedBytes:
    """Places bytes so that they end exactly at a PROT_NONE page: a read past
    the size given to the library faults at once, even without ASan."""

    def __init__(self):
        self.page = mmap.PAGESIZE
        self.map = mmap.mmap(-1, 2 * self.page, prot=mmap.PROT_READ | mmap.PROT_WRITE)
        self.base = ctypes.addressof(c_char.from_buffer(self.map))
        libc = ctypes.CDLL(None, use_errno=True)
        libc.mprotect.argtypes = [c_void_p, c_size_t, c_int]
        if libc.mprotect(c_void_p(self.base + self.page), self.page, 0) != 0:  # PROT_NONE
            raise OSError(ctypes.get_errno(), "mprotect failed")

    def place(self, data):
        """Returns the address of a copy of data that ends at the guard page."""
        assert len(data) <= self.page
        start = self.page - len(data)
        self.map[start:self.page] = data
        return self.base + start


_guard = None


def guarded(data):
    global _guard
    if _guard is None:
        _guard = GuardedBytes()
    return _guard.place(bytes(data))
