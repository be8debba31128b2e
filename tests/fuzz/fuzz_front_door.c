/* Fuzz target: clusctl_vm_resource_control(), the front door of a resource
 * DLL's ResourceControl, on a fixed cluster: node1 and node2 up, node3 down
 * (ids 1-3; id 4 is no member, 0 no node).
 *
 * Input layout (shorter inputs are zero-padded to 12 bytes):
 *   [0]  code: low 4 bits pick from `codes` below; 15 takes [8..11]
 *   [1]  VmState: low 4 bits pick from `vm_states`; 15 takes [8..11]
 *   [2]  MigrationState: value % 12 picks from `migration_states`; 11 takes [8..11]
 *   [3]  host, [4] source, [5] destination: value % 5, a node id 0-4
 *   [6]  caller: value % 8: 0-4 that id, 5 the host, 6 0xFFFFFFFF, 7 [8..11]
 *   [7]  bit 0: pass a NULL buffer (with the size of the rest); bit 1: also
 *        call with a NULL cluster; bits 2-7: the progress (0-63)
 *   [8..11] a raw little-endian value, also the failure reason
 *   [12..]  the input buffer, in a buffer of exactly its size
 *
 * Checked: the input model is never modified; a refusal leaves next equal
 * to current; other codes get ERROR_INVALID_FUNCTION (1); the status is the
 * one the rules of clusctl/vm.h give (a model written from them here), and
 * on success next is exactly what the transition makes. */
#include "fuzz_common.h"
#include "fuzz_ref.h"

#include "clusctl/clusctl.h"
#include "print.h"

static const clusctl_node nodes[] = {
    {.id = 1, .name = "node1", .up = 1},
    {.id = 2, .name = "NODE2", .up = 1},
    {.id = 3, .name = "node3", .up = 0},
};

static const uint32_t codes[15] = {
    CCTL_VM_START_MIGRATION,
    CCTL_VM_CANCEL_MIGRATION,
    CCTL_VM_START_MIGRATION,
    CCTL_VM_CANCEL_MIGRATION,
    0x01600000u,               /* function 0 of the same family */
    0x0160000Cu,               /* the next user function */
    0x01600005u,               /* START with access READ */
    0x02600004u,               /* START's bits on a resource type */
    0x01200004u,               /* START without the modify bit */
    0x01000009u,               /* CLUSCTL_RESOURCE_GET_FLAGS */
    0x00600004u,               /* no object */
    0x81600004u,               /* user object */
    0x00000000u,
    0xFFFFFFFFu,
    0x01E00008u,               /* CANCEL with the global bit */
};

static const uint32_t vm_states[15] = {
    CCTL_VM_UNKNOWN, CCTL_VM_ENABLED, CCTL_VM_DISABLED, CCTL_VM_PAUSED,
    CCTL_VM_SUSPENDED, CCTL_VM_STARTING, CCTL_VM_SAVING, CCTL_VM_STOPPING,
    CCTL_VM_PAUSING, CCTL_VM_RESUMING,
    1u, 4u, 32771u, 0xFFFFFFFFu, 0x80000002u, /* undocumented */
};

static const uint32_t migration_states[11] = {
    CCTL_MIGRATION_NONE, CCTL_MIGRATION_SETUP, CCTL_MIGRATION_DATA_TRANSFER,
    CCTL_MIGRATION_MOVE, CCTL_MIGRATION_CANCELED, CCTL_MIGRATION_FAILURE,
    6u, 7u, 0xFFFFFFFFu, 0x80000001u, 0x00010001u, /* undocumented */
};

/* The documented outcome of START: the status and, on success, *next. */
static clusctl_status model_start(const uint8_t *buffer, size_t size,
                                  uint32_t caller, const clusctl_vm *vm,
                                  clusctl_vm *next)
{
    size_t units = 0, len = 0, i;
    int has_dest = 0, empty = 0;
    const clusctl_node *dest = NULL;
    clusctl_status st;

    *next = *vm;
    /* A malformed buffer first; size 0 (whatever the pointer) or an empty
     * name is the destination's problem, checked after the state. */
    if (buffer == NULL && size != 0)
        return CCTL_ERROR_INVALID_USER_BUFFER;
    if (size != 0) {
        st = ref_start_buffer(buffer, size, &units, &len);
        if (st == CCTL_ERROR_INVALID_COMPUTERNAME)
            empty = 1;
        else if (st != CCTL_ERROR_SUCCESS)
            return st;
        has_dest = 1;
    }
    if (vm->migration_state != CCTL_MIGRATION_NONE &&
        vm->migration_state != CCTL_MIGRATION_CANCELED &&
        vm->migration_state != CCTL_MIGRATION_FAILURE)
        return CCTL_ERROR_INVALID_STATE;
    if (vm->vm_state != CCTL_VM_ENABLED)
        return CCTL_ERROR_INVALID_STATE;
    if (caller == CCTL_NO_NODE || caller != vm->host)
        return CCTL_ERROR_INVALID_STATE;
    if (!has_dest)
        return CCTL_ERROR_INVALID_PARAMETER;
    if (empty)
        return CCTL_ERROR_INVALID_COMPUTERNAME;
    for (i = 0; i < sizeof nodes / sizeof nodes[0] && dest == NULL; i++)
        if (ref_start_name_is(buffer, units, nodes[i].name))
            dest = &nodes[i];
    if (dest == NULL)
        return CCTL_ERROR_CLUSTER_NODE_NOT_FOUND;
    if (dest->id == vm->host)
        return CCTL_ERROR_CLUSTER_INVALID_REQUEST;
    if (!dest->up)
        return CCTL_ERROR_CLUSTER_NODE_DOWN;
    next->migration_state = CCTL_MIGRATION_SETUP;
    next->source = vm->host;
    next->destination = dest->id;
    next->failure_reason = CCTL_S_OK;
    next->progress = 0;
    return CCTL_ERROR_SUCCESS;
}

/* The documented outcome of CANCEL. */
static clusctl_status model_cancel(size_t size, uint32_t caller,
                                   const clusctl_vm *vm, clusctl_vm *next)
{
    *next = *vm;
    if (size != 0)
        return CCTL_ERROR_INVALID_PARAMETER;
    if (vm->migration_state != CCTL_MIGRATION_SETUP &&
        vm->migration_state != CCTL_MIGRATION_DATA_TRANSFER)
        return CCTL_ERROR_INVALID_STATE;
    if (caller == CCTL_NO_NODE || caller != vm->source)
        return CCTL_ERROR_INVALID_STATE;
    next->migration_state = CCTL_MIGRATION_CANCELED;
    return CCTL_ERROR_SUCCESS;
}

static int same_vm(const clusctl_vm *a, const clusctl_vm *b)
{
    return a->vm_state == b->vm_state && a->migration_state == b->migration_state &&
           a->host == b->host && a->source == b->source &&
           a->destination == b->destination && a->failure_reason == b->failure_reason &&
           a->progress == b->progress;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    uint8_t h[12];
    uint32_t raw, code, caller;
    size_t in_size;
    uint8_t *in;
    const uint8_t *in_arg;
    clusctl_vm current, saved, next, expect;
    clusctl_cluster cluster;
    clusctl_status st, want;

    FUZZ_BEGIN(data, size);
    memset(h, 0, sizeof h);
    memcpy(h, data, size < sizeof h ? size : sizeof h);
    raw = fuzz_le32(h + 8);

    code = (h[0] & 15u) == 15u ? raw : codes[h[0] & 15u];
    memset(&current, 0, sizeof current);
    current.vm_state = (h[1] & 15u) == 15u ? raw : vm_states[h[1] & 15u];
    current.migration_state = h[2] % 12u == 11u ? raw : migration_states[h[2] % 12u];
    current.host = h[3] % 5u;
    current.source = h[4] % 5u;
    current.destination = h[5] % 5u;
    current.failure_reason = raw;
    current.progress = (uint32_t)(h[7] >> 2);
    switch (h[6] % 8u) {
    case 5:
        caller = current.host;
        break;
    case 6:
        caller = 0xFFFFFFFFu;
        break;
    case 7:
        caller = raw;
        break;
    default:
        caller = h[6] % 8u;
        break;
    }

    in_size = size > sizeof h ? size - sizeof h : 0;
    in = fuzz_copy(data + (size > sizeof h ? sizeof h : size), in_size);
    in_arg = (h[7] & 1u) ? NULL : in;

    memset(&cluster, 0, sizeof cluster);
    cluster.nodes = nodes;
    cluster.count = sizeof nodes / sizeof nodes[0];
    saved = current;
    memset(&next, 0xA5, sizeof next);
    st = clusctl_vm_resource_control(code, in_arg, in_size, &cluster, caller, &current,
                                     &next);

    FUZZ_CHECK(same_vm(&current, &saved)); /* the input model is not modified */
    if (st != CCTL_ERROR_SUCCESS) {
        if (!same_vm(&next, &current)) {
            print_vm("current", &current);
            print_vm("next", &next);
        }
        FUZZ_CHECKF(same_vm(&next, &current), "status %d left next != current", (int)st);
    }

    if (code == CCTL_VM_START_MIGRATION)
        want = model_start(in_arg, in_size, caller, &current, &expect);
    else if (code == CCTL_VM_CANCEL_MIGRATION)
        want = model_cancel(in_size, caller, &current, &expect);
    else {
        want = CCTL_ERROR_INVALID_FUNCTION;
        expect = current;
    }
    if (st != want || !same_vm(&next, &expect)) {
        print_vm("current", &current);
        print_status("got", st);
        print_vm("next", &next);
        print_status("expected", want);
        print_vm("expected", &expect);
    }
    FUZZ_CHECKF(st == want, "code 0x%08lX, caller %lu: status %d, the rules say %d",
                (unsigned long)code, (unsigned long)caller, (int)st, (int)want);
    FUZZ_CHECK(same_vm(&next, &expect));

    if (st == CCTL_ERROR_SUCCESS) {
        /* A migration state the table documents, and the VmState unchanged. */
        FUZZ_CHECK(clusctl_migration_state_name(next.migration_state) != NULL);
        FUZZ_CHECK(next.vm_state == current.vm_state);
        FUZZ_CHECK(code == CCTL_VM_START_MIGRATION ||
                   code == CCTL_VM_CANCEL_MIGRATION);
    }

    /* A NULL cluster: refused, next still current; other codes are
     * ERROR_INVALID_FUNCTION, since the code is checked first. */
    if (h[7] & 2u) {
        memset(&next, 0xA5, sizeof next);
        st = clusctl_vm_resource_control(code, in_arg, in_size, NULL, caller, &current,
                                         &next);
        FUZZ_CHECK(same_vm(&current, &saved));
        FUZZ_CHECK(same_vm(&next, &current));
        if (code == CCTL_VM_START_MIGRATION || code == CCTL_VM_CANCEL_MIGRATION)
            FUZZ_CHECK(st == CCTL_ERROR_INVALID_PARAMETER);
        else
            FUZZ_CHECK(st == CCTL_ERROR_INVALID_FUNCTION);
    }
    /* NULL models: the code decides first (an unhandled code is
     * ERROR_INVALID_FUNCTION whatever the other arguments). */
    want = code == CCTL_VM_START_MIGRATION || code == CCTL_VM_CANCEL_MIGRATION
               ? CCTL_ERROR_INVALID_PARAMETER
               : CCTL_ERROR_INVALID_FUNCTION;
    FUZZ_CHECK(clusctl_vm_resource_control(code, in_arg, in_size, &cluster, caller, NULL,
                                           &next) == want);
    FUZZ_CHECK(clusctl_vm_resource_control(code, in_arg, in_size, &cluster, caller,
                                           &current, NULL) == want);
    FUZZ_CHECK(clusctl_vm_resource_control(code, in_arg, in_size, NULL, caller, NULL,
                                           NULL) == want);

    free(in);
    return 0;
}
