/* References for the property tests, written from the format of plist.h and
 * the schema of vm.h (the docs' rows in data/vm_properties.csv), not from
 * src/proptable.c or src/vm_props.c: a byte-by-byte encoder of property
 * lists, the VM model's lists and names as the door must answer them, and a
 * printer of the model's properties. Part of clusctl_test_support. */
#ifndef CCTL_TEST_REF_PROPS_H_
#define CCTL_TEST_REF_PROPS_H_

#include <stddef.h>
#include <stdint.h>

#include "clusctl/clusctl.h"

/* ---- An encoder of property lists ---------------------------------------- */

#define REF_LIST_CAP 4096

/* A list being built: little-endian bytes, whatever the host. */
typedef struct ref_list {
    unsigned char data[REF_LIST_CAP];
    size_t size;
    uint32_t count; /* properties begun */
} ref_list;

/* The syntaxes the tests use (ClusApi.h's values, restated). */
#define REF_NAME 0x00040003u
#define REF_DWORD 0x00010002u
#define REF_LONG 0x00010007u
#define REF_ULARGE 0x00010006u
#define REF_LARGE 0x0001000Au
#define REF_SZ 0x00010003u
#define REF_EXPAND_SZ 0x00010004u
#define REF_EXPANDED_SZ 0x00010008u
#define REF_MULTI_SZ 0x00010005u
#define REF_BINARY 0x00010001u
#define REF_WORD 0x0001000Bu

/* Starts a property list: a count of 0, patched by ref_list_end(). */
void ref_list_begin(ref_list *l);
/* Raw little-endian 32 bits. */
void ref_list_u32(ref_list *l, uint32_t v);
/* A value: syntax, cbLength, the bytes, zero padding to 4. */
void ref_list_value(ref_list *l, uint32_t syntax, const void *data, size_t length);
/* A string value (UTF-8 in, UTF-16LE and its NUL out) of any syntax; the
 * NAME value of a property with REF_NAME (and counts the property). */
void ref_list_string(ref_list *l, uint32_t syntax, const char *utf8);
/* A DWORD value. */
void ref_list_dword(ref_list *l, uint32_t v);
/* NAME, then one DWORD value, then the ENDMARK. */
void ref_list_dword_prop(ref_list *l, const char *name, uint32_t v);
/* NAME, then one SZ value, then the ENDMARK. */
void ref_list_sz_prop(ref_list *l, const char *name, const char *value);
/* An ENDMARK. */
void ref_list_endmark(ref_list *l);
/* Patches the count (the properties begun) and adds Windows' final ENDMARK
 * when `final_endmark`. */
void ref_list_end(ref_list *l, int final_endmark);

/* UTF-8 to UTF-16LE code units (no NUL) at out; returns the bytes. */
size_t ref_utf16(const char *utf8, unsigned char *out);

/* ---- The VM schema, restated --------------------------------------------- */

/* The documented defaults of the read-write properties. */
#define REF_OFFLINE_ACTION_DEFAULT 1u
#define REF_SHUTDOWN_ACTION_DEFAULT 0u
#define REF_CHECK_HEARTBEAT_DEFAULT 0u
#define REF_START_MEMORY_DEFAULT 1u
#define REF_VIRTUAL_NUMA_COUNT_DEFAULT 1u

/* The model's property values as GET must report them: the members, or
 * the defaults when clusctl_vm::properties is 0. */
typedef struct ref_vm_props {
    uint32_t check_heartbeat, migration_state, offline_action, shutdown_action,
        start_memory, virtual_numa_count, vm_state, failure_reason, progress;
    char vm_id[CCTL_VM_ID_SIZE];
} ref_vm_props;
void ref_vm_props_of(const clusctl_vm *vm, ref_vm_props *out);

/* The bytes GET_RO_PRIVATE_PROPERTIES (read_only 1) or
 * GET_PRIVATE_PROPERTIES (0) must answer for a model: the docs' rows in
 * the data file's order, each one value, Windows' final ENDMARK. */
void ref_vm_list(const clusctl_vm *vm, int read_only, ref_list *out);

/* The bytes ENUM_PRIVATE_PROPERTIES must answer: every name, UTF-16LE with
 * its NUL, then one more NUL. Returns the size. */
size_t ref_vm_enum(unsigned char *out, size_t cap);

/* The model written out: properties SET, the defaults where it was 0. */
clusctl_vm ref_vm_expand(const clusctl_vm *vm);

/* Whether two models are equal member by member (VmId as a string; the
 * reserved room too). */
int ref_vm_equal(const clusctl_vm *a, const clusctl_vm *b);

/* Whether two models report the same properties and machines' members
 * (a model with properties 0 equals its written-out form). */
int ref_vm_same(const clusctl_vm *a, const clusctl_vm *b);

/* "    LABEL    properties=1 offline_action=1 ... vm_id=\"...\"" */
void print_vm_props(const char *label, const clusctl_vm *vm);

/* Prints a byte buffer in hex, 16 to a line, under a label. */
void print_bytes(const char *label, const void *data, size_t size);

#endif /* CCTL_TEST_REF_PROPS_H_ */
