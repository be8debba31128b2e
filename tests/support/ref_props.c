/* References for the property tests (ref_props.h). */
#include "ref_props.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void ref_room(ref_list *l, size_t n)
{
    if (l->size + n > REF_LIST_CAP) {
        fprintf(stderr, "ref_list: more than %d bytes\n", REF_LIST_CAP);
        abort();
    }
}

void ref_list_u32(ref_list *l, uint32_t v)
{
    ref_room(l, 4);
    l->data[l->size++] = (unsigned char)(v & 0xFF);
    l->data[l->size++] = (unsigned char)((v >> 8) & 0xFF);
    l->data[l->size++] = (unsigned char)((v >> 16) & 0xFF);
    l->data[l->size++] = (unsigned char)((v >> 24) & 0xFF);
}

void ref_list_begin(ref_list *l)
{
    memset(l, 0, sizeof *l);
    ref_list_u32(l, 0);
}

void ref_list_value(ref_list *l, uint32_t syntax, const void *data, size_t length)
{
    ref_list_u32(l, syntax);
    ref_list_u32(l, (uint32_t)length);
    ref_room(l, length + 3);
    if (length != 0)
        memcpy(l->data + l->size, data, length);
    l->size += length;
    while (l->size % 4 != 0)
        l->data[l->size++] = 0;
}

size_t ref_utf16(const char *utf8, unsigned char *out)
{
    const unsigned char *s = (const unsigned char *)utf8;
    size_t n = 0;
    while (*s != 0) {
        uint32_t cp;
        if (*s < 0x80) {
            cp = *s++;
        } else if ((*s & 0xE0) == 0xC0) {
            cp = ((uint32_t)(s[0] & 0x1F) << 6) | (s[1] & 0x3F);
            s += 2;
        } else if ((*s & 0xF0) == 0xE0) {
            cp = ((uint32_t)(s[0] & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
            s += 3;
        } else {
            cp = ((uint32_t)(s[0] & 0x07) << 18) | ((uint32_t)(s[1] & 0x3F) << 12) |
                 ((uint32_t)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
            s += 4;
        }
        if (cp >= 0x10000) {
            uint32_t v = cp - 0x10000, hi = 0xD800 | (v >> 10), lo = 0xDC00 | (v & 0x3FF);
            out[n++] = (unsigned char)(hi & 0xFF);
            out[n++] = (unsigned char)(hi >> 8);
            out[n++] = (unsigned char)(lo & 0xFF);
            out[n++] = (unsigned char)(lo >> 8);
        } else {
            out[n++] = (unsigned char)(cp & 0xFF);
            out[n++] = (unsigned char)(cp >> 8);
        }
    }
    return n;
}

void ref_list_string(ref_list *l, uint32_t syntax, const char *utf8)
{
    unsigned char units[2048];
    size_t n;
    if (strlen(utf8) * 2 + 2 > sizeof units) {
        fprintf(stderr, "ref_list_string: too long\n");
        abort();
    }
    n = ref_utf16(utf8, units);
    units[n++] = 0;
    units[n++] = 0;
    ref_list_value(l, syntax, units, n);
    if (syntax == REF_NAME)
        l->count++;
}

void ref_list_dword(ref_list *l, uint32_t v)
{
    unsigned char b[4];
    b[0] = (unsigned char)(v & 0xFF);
    b[1] = (unsigned char)((v >> 8) & 0xFF);
    b[2] = (unsigned char)((v >> 16) & 0xFF);
    b[3] = (unsigned char)((v >> 24) & 0xFF);
    ref_list_value(l, REF_DWORD, b, 4);
}

void ref_list_endmark(ref_list *l)
{
    ref_list_u32(l, 0);
}

void ref_list_dword_prop(ref_list *l, const char *name, uint32_t v)
{
    ref_list_string(l, REF_NAME, name);
    ref_list_dword(l, v);
    ref_list_endmark(l);
}

void ref_list_sz_prop(ref_list *l, const char *name, const char *value)
{
    ref_list_string(l, REF_NAME, name);
    ref_list_string(l, REF_SZ, value);
    ref_list_endmark(l);
}

void ref_list_end(ref_list *l, int final_endmark)
{
    uint32_t c = l->count;
    l->data[0] = (unsigned char)(c & 0xFF);
    l->data[1] = (unsigned char)((c >> 8) & 0xFF);
    l->data[2] = (unsigned char)((c >> 16) & 0xFF);
    l->data[3] = (unsigned char)((c >> 24) & 0xFF);
    if (final_endmark)
        ref_list_endmark(l);
}

/* ---- The VM schema ------------------------------------------------------------ */

void ref_vm_props_of(const clusctl_vm *vm, ref_vm_props *p)
{
    memset(p, 0, sizeof *p);
    p->vm_state = vm->vm_state;
    p->migration_state = vm->migration_state;
    p->failure_reason = vm->failure_reason;
    p->progress = vm->progress;
    if (vm->properties == 0) {
        p->check_heartbeat = REF_CHECK_HEARTBEAT_DEFAULT;
        p->offline_action = REF_OFFLINE_ACTION_DEFAULT;
        p->shutdown_action = REF_SHUTDOWN_ACTION_DEFAULT;
        p->start_memory = REF_START_MEMORY_DEFAULT;
        p->virtual_numa_count = REF_VIRTUAL_NUMA_COUNT_DEFAULT;
    } else {
        p->check_heartbeat = vm->check_heartbeat;
        p->offline_action = vm->offline_action;
        p->shutdown_action = vm->shutdown_action;
        p->start_memory = vm->start_memory;
        p->virtual_numa_count = vm->virtual_numa_count;
        memcpy(p->vm_id, vm->vm_id, sizeof p->vm_id);
        p->vm_id[sizeof p->vm_id - 1] = '\0';
    }
}

void ref_vm_list(const clusctl_vm *vm, int read_only, ref_list *out)
{
    ref_vm_props p;
    ref_vm_props_of(vm, &p);
    ref_list_begin(out);
    /* The data file's order: CheckHeartbeat, MigrationFailureReason (RO),
     * MigrationProgress (RO), MigrationState, OfflineAction, ShutdownAction,
     * StartMemory, VirtualNumaCount, VmId, VmState (RO). */
    if (read_only) {
        ref_list_dword_prop(out, "MigrationFailureReason", p.failure_reason);
        ref_list_dword_prop(out, "MigrationProgress", p.progress);
        ref_list_dword_prop(out, "VmState", p.vm_state);
    } else {
        ref_list_dword_prop(out, "CheckHeartbeat", p.check_heartbeat);
        ref_list_dword_prop(out, "MigrationState", p.migration_state);
        ref_list_dword_prop(out, "OfflineAction", p.offline_action);
        ref_list_dword_prop(out, "ShutdownAction", p.shutdown_action);
        ref_list_dword_prop(out, "StartMemory", p.start_memory);
        ref_list_dword_prop(out, "VirtualNumaCount", p.virtual_numa_count);
        ref_list_sz_prop(out, "VmId", p.vm_id);
    }
    ref_list_end(out, 1);
}

size_t ref_vm_enum(unsigned char *out, size_t cap)
{
    static const char *const names[] = {
        "CheckHeartbeat", "MigrationFailureReason", "MigrationProgress", "MigrationState",
        "OfflineAction",  "ShutdownAction",         "StartMemory",       "VirtualNumaCount",
        "VmId",           "VmState"};
    size_t n = 0, i;
    for (i = 0; i < sizeof names / sizeof names[0]; i++) {
        if (n + strlen(names[i]) * 2 + 2 > cap)
            abort();
        n += ref_utf16(names[i], out + n);
        out[n++] = 0;
        out[n++] = 0;
    }
    if (n + 2 > cap)
        abort();
    out[n++] = 0;
    out[n++] = 0;
    return n;
}

clusctl_vm ref_vm_expand(const clusctl_vm *vm)
{
    clusctl_vm m = *vm;
    if (m.properties == 0) {
        m.properties = CCTL_VM_PROPERTIES_SET;
        m.offline_action = REF_OFFLINE_ACTION_DEFAULT;
        m.shutdown_action = REF_SHUTDOWN_ACTION_DEFAULT;
        m.check_heartbeat = REF_CHECK_HEARTBEAT_DEFAULT;
        m.start_memory = REF_START_MEMORY_DEFAULT;
        m.virtual_numa_count = REF_VIRTUAL_NUMA_COUNT_DEFAULT;
        memset(m.vm_id, 0, sizeof m.vm_id);
    }
    return m;
}

int ref_vm_equal(const clusctl_vm *a, const clusctl_vm *b)
{
    return a->vm_state == b->vm_state && a->migration_state == b->migration_state &&
           a->host == b->host && a->source == b->source && a->destination == b->destination &&
           a->failure_reason == b->failure_reason && a->progress == b->progress &&
           a->properties == b->properties && a->offline_action == b->offline_action &&
           a->shutdown_action == b->shutdown_action && a->check_heartbeat == b->check_heartbeat &&
           a->start_memory == b->start_memory && a->virtual_numa_count == b->virtual_numa_count &&
           strncmp(a->vm_id, b->vm_id, sizeof a->vm_id) == 0 &&
           memcmp(a->reserved, b->reserved, sizeof a->reserved) == 0;
}

int ref_vm_same(const clusctl_vm *a, const clusctl_vm *b)
{
    clusctl_vm x = ref_vm_expand(a), y = ref_vm_expand(b);
    return ref_vm_equal(&x, &y);
}

void print_vm_props(const char *label, const clusctl_vm *v)
{
    char id[CCTL_VM_ID_SIZE + 1];
    memcpy(id, v->vm_id, sizeof v->vm_id);
    id[sizeof v->vm_id] = '\0';
    fprintf(stderr,
            "    %-8s properties=%lu offline_action=%lu shutdown_action=%lu "
            "check_heartbeat=%lu start_memory=%lu virtual_numa_count=%lu vm_id=\"%s\"\n",
            label, (unsigned long)v->properties, (unsigned long)v->offline_action,
            (unsigned long)v->shutdown_action, (unsigned long)v->check_heartbeat,
            (unsigned long)v->start_memory, (unsigned long)v->virtual_numa_count, id);
}

void print_bytes(const char *label, const void *data, size_t size)
{
    const unsigned char *b = (const unsigned char *)data;
    size_t i;
    fprintf(stderr, "    %-8s %lu bytes:", label, (unsigned long)size);
    for (i = 0; i < size; i++)
        fprintf(stderr, "%s%02x", i % 16 == 0 ? "\n      " : " ", b[i]);
    fputc('\n', stderr);
}
