/* The VM and live-migration state machines: one table, applied by
 * clusctl_vm_apply(), written out by clusctl_machine_format(). */
#define CCTL_UNSTABLE_API /* the table's types */
#include "clusctl/vm.h"

#include <string.h>

#include "clusctl/buffer.h"
#include "internal.h"
#include "vm_internal.h"

#define VM CCTL_MACHINE_VM
#define MIG CCTL_MACHINE_MIGRATION
#define START_GUARDS                                                           \
    (CCTL_GUARD_VM_ENABLED | CCTL_GUARD_CALLER_HOST | CCTL_GUARD_DESTINATION)

/* The machines. Each transition is written once, here. */
static const clusctl_transition clusctl__transitions[] = {
    /* VmState, by RequestStateChange (VM_REQUEST) and completion. */
    {VM, CCTL_VM_DISABLED, CCTL_EVENT_VM_REQUEST, CCTL_VM_ENABLED, CCTL_VM_STARTING, 0, CCTL_EFFECT_NONE},
    {VM, CCTL_VM_STARTING, CCTL_EVENT_VM_COMPLETE, 0, CCTL_VM_ENABLED, 0, CCTL_EFFECT_NONE},
    {VM, CCTL_VM_ENABLED, CCTL_EVENT_VM_REQUEST, CCTL_VM_DISABLED, CCTL_VM_STOPPING, 0, CCTL_EFFECT_NONE},
    {VM, CCTL_VM_STOPPING, CCTL_EVENT_VM_COMPLETE, 0, CCTL_VM_DISABLED, 0, CCTL_EFFECT_NONE},
    {VM, CCTL_VM_ENABLED, CCTL_EVENT_VM_REQUEST, CCTL_VM_SUSPENDED, CCTL_VM_SAVING, 0, CCTL_EFFECT_NONE},
    {VM, CCTL_VM_SAVING, CCTL_EVENT_VM_COMPLETE, 0, CCTL_VM_SUSPENDED, 0, CCTL_EFFECT_NONE},
    {VM, CCTL_VM_SUSPENDED, CCTL_EVENT_VM_REQUEST, CCTL_VM_ENABLED, CCTL_VM_STARTING, 0, CCTL_EFFECT_NONE},
    {VM, CCTL_VM_SUSPENDED, CCTL_EVENT_VM_REQUEST, CCTL_VM_DISABLED, CCTL_VM_DISABLED, 0, CCTL_EFFECT_NONE},
    {VM, CCTL_VM_ENABLED, CCTL_EVENT_VM_REQUEST, CCTL_VM_PAUSED, CCTL_VM_PAUSING, 0, CCTL_EFFECT_NONE},
    {VM, CCTL_VM_PAUSING, CCTL_EVENT_VM_COMPLETE, 0, CCTL_VM_PAUSED, 0, CCTL_EFFECT_NONE},
    {VM, CCTL_VM_PAUSED, CCTL_EVENT_VM_REQUEST, CCTL_VM_ENABLED, CCTL_VM_RESUMING, 0, CCTL_EFFECT_NONE},
    {VM, CCTL_VM_RESUMING, CCTL_EVENT_VM_COMPLETE, 0, CCTL_VM_ENABLED, 0, CCTL_EFFECT_NONE},
    /* MigrationState. */
    {MIG, CCTL_MIGRATION_NONE, CCTL_EVENT_START, 0, CCTL_MIGRATION_SETUP, START_GUARDS, CCTL_EFFECT_BEGIN},
    {MIG, CCTL_MIGRATION_CANCELED, CCTL_EVENT_START, 0, CCTL_MIGRATION_SETUP, START_GUARDS, CCTL_EFFECT_BEGIN},
    {MIG, CCTL_MIGRATION_FAILURE, CCTL_EVENT_START, 0, CCTL_MIGRATION_SETUP, START_GUARDS, CCTL_EFFECT_BEGIN},
    {MIG, CCTL_MIGRATION_SETUP, CCTL_EVENT_SETUP_COMPLETE, 0, CCTL_MIGRATION_DATA_TRANSFER, 0, CCTL_EFFECT_NONE},
    {MIG, CCTL_MIGRATION_DATA_TRANSFER, CCTL_EVENT_PROGRESS, 0, CCTL_MIGRATION_DATA_TRANSFER, CCTL_GUARD_PROGRESS, CCTL_EFFECT_PROGRESS},
    {MIG, CCTL_MIGRATION_DATA_TRANSFER, CCTL_EVENT_TRANSFER_COMPLETE, 0, CCTL_MIGRATION_MOVE, 0, CCTL_EFFECT_PROGRESS_100},
    {MIG, CCTL_MIGRATION_MOVE, CCTL_EVENT_MOVE_COMPLETE, 0, CCTL_MIGRATION_NONE, 0, CCTL_EFFECT_ARRIVE},
    {MIG, CCTL_MIGRATION_SETUP, CCTL_EVENT_CANCEL, 0, CCTL_MIGRATION_CANCELED, CCTL_GUARD_CALLER_SOURCE, CCTL_EFFECT_NONE},
    {MIG, CCTL_MIGRATION_DATA_TRANSFER, CCTL_EVENT_CANCEL, 0, CCTL_MIGRATION_CANCELED, CCTL_GUARD_CALLER_SOURCE, CCTL_EFFECT_NONE},
    {MIG, CCTL_MIGRATION_SETUP, CCTL_EVENT_FAIL, 0, CCTL_MIGRATION_FAILURE, CCTL_GUARD_FAILURE, CCTL_EFFECT_FAIL},
    {MIG, CCTL_MIGRATION_DATA_TRANSFER, CCTL_EVENT_FAIL, 0, CCTL_MIGRATION_FAILURE, CCTL_GUARD_FAILURE, CCTL_EFFECT_FAIL},
    {MIG, CCTL_MIGRATION_MOVE, CCTL_EVENT_FAIL, 0, CCTL_MIGRATION_FAILURE, CCTL_GUARD_FAILURE, CCTL_EFFECT_FAIL},
    {MIG, CCTL_MIGRATION_CANCELED, CCTL_EVENT_RESET, 0, CCTL_MIGRATION_NONE, 0, CCTL_EFFECT_CLEAR},
    {MIG, CCTL_MIGRATION_FAILURE, CCTL_EVENT_RESET, 0, CCTL_MIGRATION_NONE, 0, CCTL_EFFECT_CLEAR},
    {MIG, CCTL_MIGRATION_SETUP, CCTL_EVENT_VM_LEAVES_ENABLED, 0, CCTL_MIGRATION_FAILURE, 0, CCTL_EFFECT_FAIL_E_FAIL},
    {MIG, CCTL_MIGRATION_DATA_TRANSFER, CCTL_EVENT_VM_LEAVES_ENABLED, 0, CCTL_MIGRATION_FAILURE, 0, CCTL_EFFECT_FAIL_E_FAIL},
    {MIG, CCTL_MIGRATION_MOVE, CCTL_EVENT_VM_LEAVES_ENABLED, 0, CCTL_MIGRATION_FAILURE, 0, CCTL_EFFECT_FAIL_E_FAIL},
};

#define CLUSCTL__TRANSITION_COUNT CCTL_COUNTOF_(clusctl__transitions)

const clusctl_transition *clusctl_machine_transitions(size_t *count)
{
    if (count == NULL)
        return NULL;
    *count = CLUSCTL__TRANSITION_COUNT;
    return clusctl__transitions;
}

/* ---- Names. ---- */

const char *clusctl_vm_state_name(uint32_t state)
{
    switch (state) {
#define CCTL_NAME_(N, v, name, display, alias)                                 \
    case v:                                                                    \
        return name;
        CCTL_VM_STATE_MAP(CCTL_NAME_)
#undef CCTL_NAME_
    default:
        return NULL;
    }
}

/* Finds `name` among the names and aliases of a state map's rows. */
#define CCTL_FIND_(N, v, text, display, alias)                                 \
    if (clusctl__ascii_equal_nocase(name, text) ||                             \
        (alias[0] != '\0' && clusctl__ascii_equal_nocase(name, alias))) {      \
        *state = v;                                                            \
        return CCTL_ERROR_SUCCESS;                                             \
    }

clusctl_status clusctl_vm_state_from_name(const char *name, uint32_t *state)
{
    if (name == NULL || state == NULL)
        return CCTL_ERROR_INVALID_PARAMETER;
    /* Each row tests whether its alias, a constant, is "": at -O0 a branch
     * no input can take; the coverage tier leaves this line's branches out. */
    CCTL_VM_STATE_MAP(CCTL_FIND_) /* GCOVR_EXCL_BR_LINE: constant tests, above */
    return CCTL_ERROR_NOT_FOUND;
}

const char *clusctl_migration_state_name(uint32_t state)
{
    switch (state) {
#define CCTL_NAME_(N, v, name, display, alias)                                 \
    case v:                                                                    \
        return name;
        CCTL_MIGRATION_STATE_MAP(CCTL_NAME_)
#undef CCTL_NAME_
    default:
        return NULL;
    }
}

clusctl_status clusctl_migration_state_from_name(const char *name, uint32_t *state)
{
    if (name == NULL || state == NULL)
        return CCTL_ERROR_INVALID_PARAMETER;
    CCTL_MIGRATION_STATE_MAP(CCTL_FIND_) /* GCOVR_EXCL_BR_LINE: as above */
    return CCTL_ERROR_NOT_FOUND;
}
#undef CCTL_FIND_

const char *clusctl_event_name(uint32_t kind)
{
    switch (kind) {
#define CCTL_NAME_(N, v, name)                                                 \
    case v:                                                                    \
        return name;
        CCTL_EVENT_MAP(CCTL_NAME_)
#undef CCTL_NAME_
    default:
        return NULL;
    }
}

/* ---- Applying events. ---- */

static const clusctl_transition *clusctl__find(uint32_t machine, uint32_t from,
                                               uint32_t event, uint32_t argument)
{
    size_t i;
    for (i = 0; i < CLUSCTL__TRANSITION_COUNT; i++) {
        const clusctl_transition *t = &clusctl__transitions[i];
        if (t->machine == machine && t->from == from && t->event == event &&
            t->argument == argument)
            return t;
    }
    return NULL;
}

/* Whether the cluster and every node have clean reserved room. */
static int clusctl__cluster_clean(const clusctl_cluster *cluster)
{
    size_t i;
    if (!CCTL_CLEAN_PTR_(cluster))
        return 0;
    for (i = 0; cluster->nodes != NULL && i < cluster->count; i++)
        if (!CCTL_CLEAN_PTR_(&cluster->nodes[i]))
            return 0;
    return 1;
}

int clusctl_node_name_equal(const char *a, const char *b)
{
    return a != NULL && b != NULL && clusctl__ascii_equal_nocase(a, b);
}

/* The member named `name`, or NULL. Nodes with id 0 or no name are not
 * members. */
static const clusctl_node *clusctl__member(const clusctl_cluster *cluster,
                                           const char *name)
{
    size_t i;
    if (cluster->nodes == NULL)
        return NULL;
    for (i = 0; i < cluster->count; i++) {
        const clusctl_node *n = &cluster->nodes[i];
        if (n->id != CCTL_NO_NODE && clusctl_node_name_equal(n->name, name))
            return n;
    }
    return NULL;
}

clusctl_status clusctl_cluster_find(const clusctl_cluster *cluster,
                                    const char *name, const clusctl_node **node)
{
    const clusctl_node *found;
    if (cluster == NULL || name == NULL || node == NULL ||
        !clusctl__cluster_clean(cluster))
        return CCTL_ERROR_INVALID_PARAMETER;
    found = clusctl__member(cluster, name);
    if (found == NULL)
        return CCTL_ERROR_NOT_FOUND;
    *node = found;
    return CCTL_ERROR_SUCCESS;
}

/* Whether a migration exists in `state`: the states that keep the last
 * attempt's source (BEGIN sets it; ARRIVE and CLEAR clear it). */
int clusctl__vm_has_migration(uint32_t state)
{
    switch (state) {
    case CCTL_MIGRATION_SETUP:
    case CCTL_MIGRATION_DATA_TRANSFER:
    case CCTL_MIGRATION_MOVE:
    case CCTL_MIGRATION_CANCELED:
    case CCTL_MIGRATION_FAILURE:
        return 1;
    default:
        return 0;
    }
}

clusctl_status clusctl_vm_init(clusctl_vm *vm, uint32_t vm_state,
                               uint32_t migration_state, uint32_t host)
{
    clusctl_vm m;
    if (vm == NULL)
        return CCTL_ERROR_INVALID_PARAMETER;
    memset(&m, 0, sizeof m);
    m.vm_state = vm_state;
    m.migration_state = migration_state;
    m.host = host;
    m.source = clusctl__vm_has_migration(migration_state) ? host : CCTL_NO_NODE;
    m.destination = CCTL_NO_NODE;
    m.failure_reason = CCTL_S_OK;
    m.progress = 0;
    *vm = m;
    return CCTL_ERROR_SUCCESS;
}

/* Checks the guards of `t`, in the documented order; on success sets
 * *destination for START. */
static clusctl_status clusctl__check(const clusctl_transition *t,
                                     const clusctl_vm *vm,
                                     const clusctl_cluster *cluster,
                                     const clusctl_event *e,
                                     uint32_t *destination)
{
    if ((t->guards & CCTL_GUARD_VM_ENABLED) && vm->vm_state != CCTL_VM_ENABLED)
        return CCTL_ERROR_INVALID_STATE;
    if ((t->guards & CCTL_GUARD_CALLER_HOST) &&
        (e->caller == CCTL_NO_NODE || e->caller != vm->host))
        return CCTL_ERROR_INVALID_STATE;
    if ((t->guards & CCTL_GUARD_CALLER_SOURCE) &&
        (e->caller == CCTL_NO_NODE || e->caller != vm->source))
        return CCTL_ERROR_INVALID_STATE;
    if (t->guards & CCTL_GUARD_DESTINATION) {
        const clusctl_node *node;
        if (cluster == NULL || e->destination == NULL)
            return CCTL_ERROR_INVALID_PARAMETER;
        if (e->destination[0] == '\0')
            return CCTL_ERROR_INVALID_COMPUTERNAME;
        node = clusctl__member(cluster, e->destination);
        if (node == NULL)
            return CCTL_ERROR_CLUSTER_NODE_NOT_FOUND;
        if (node->id == vm->host)
            return CCTL_ERROR_CLUSTER_INVALID_REQUEST;
        if (!node->up)
            return CCTL_ERROR_CLUSTER_NODE_DOWN;
        *destination = node->id;
    }
    if ((t->guards & CCTL_GUARD_PROGRESS) &&
        (e->value > 100u || e->value < vm->progress))
        return CCTL_ERROR_INVALID_PARAMETER;
    if ((t->guards & CCTL_GUARD_FAILURE) && (e->value & 0x80000000u) == 0)
        return CCTL_ERROR_INVALID_PARAMETER;
    return CCTL_ERROR_SUCCESS;
}

static void clusctl__effect(uint32_t effect, clusctl_vm *vm, uint32_t value,
                            uint32_t destination)
{
    switch (effect) {
    case CCTL_EFFECT_BEGIN:
        vm->source = vm->host;
        vm->destination = destination;
        vm->failure_reason = CCTL_S_OK;
        vm->progress = 0;
        break;
    case CCTL_EFFECT_PROGRESS:
        vm->progress = value;
        break;
    case CCTL_EFFECT_PROGRESS_100:
        vm->progress = 100;
        break;
    case CCTL_EFFECT_ARRIVE:
        vm->host = vm->destination;
        vm->source = CCTL_NO_NODE;
        vm->destination = CCTL_NO_NODE;
        vm->progress = 0;
        break;
    case CCTL_EFFECT_FAIL:
        vm->failure_reason = value;
        break;
    case CCTL_EFFECT_FAIL_E_FAIL:
        vm->failure_reason = CCTL_E_FAIL;
        break;
    case CCTL_EFFECT_CLEAR:
        vm->source = CCTL_NO_NODE;
        vm->destination = CCTL_NO_NODE;
        vm->failure_reason = CCTL_S_OK;
        vm->progress = 0;
        break;
    default:
        break;
    }
}

int clusctl_vm_state_requestable(uint32_t state)
{
    size_t i;
    for (i = 0; i < CLUSCTL__TRANSITION_COUNT; i++)
        if (clusctl__transitions[i].event == CCTL_EVENT_VM_REQUEST &&
            clusctl__transitions[i].argument == state)
            return 1;
    return 0;
}

/* Applies `event` to `vm` (a copy the caller owns); the status. */
static clusctl_status clusctl__apply(clusctl_vm *vm,
                                     const clusctl_cluster *cluster,
                                     const clusctl_event *event)
{
    const clusctl_transition *t;
    uint32_t machine, argument = 0, destination = CCTL_NO_NODE;
    clusctl_status status;

    if (!clusctl__vm_clean(vm) || !CCTL_CLEAN_PTR_(event) ||
        (cluster != NULL && !clusctl__cluster_clean(cluster)))
        return CCTL_ERROR_INVALID_PARAMETER;
    switch (event->kind) {
    case CCTL_EVENT_VM_REQUEST:
        if (!clusctl_vm_state_requestable(event->value))
            return CCTL_ERROR_INVALID_PARAMETER;
        argument = event->value;
        machine = VM;
        break;
    case CCTL_EVENT_VM_COMPLETE:
        machine = VM;
        break;
    case CCTL_EVENT_START:
    case CCTL_EVENT_SETUP_COMPLETE:
    case CCTL_EVENT_PROGRESS:
    case CCTL_EVENT_TRANSFER_COMPLETE:
    case CCTL_EVENT_MOVE_COMPLETE:
    case CCTL_EVENT_CANCEL:
    case CCTL_EVENT_FAIL:
    case CCTL_EVENT_RESET:
        machine = MIG;
        break;
    default: /* VM_LEAVES_ENABLED follows a VM_REQUEST; it is not applied */
        return CCTL_ERROR_INVALID_PARAMETER;
    }
    t = clusctl__find(machine, machine == VM ? vm->vm_state : vm->migration_state,
                      event->kind, argument);
    if (t == NULL)
        return CCTL_ERROR_INVALID_STATE;
    status = clusctl__check(t, vm, cluster, event, &destination);
    if (status != CCTL_ERROR_SUCCESS)
        return status;
    if (machine == VM) {
        vm->vm_state = t->to;
        if (t->from == CCTL_VM_ENABLED && t->to != CCTL_VM_ENABLED) {
            const clusctl_transition *m = clusctl__find(
                MIG, vm->migration_state, CCTL_EVENT_VM_LEAVES_ENABLED, 0);
            if (m != NULL) {
                vm->migration_state = m->to;
                clusctl__effect(m->effect, vm, 0, CCTL_NO_NODE);
            }
        }
    } else {
        vm->migration_state = t->to;
    }
    clusctl__effect(t->effect, vm, event->value, destination);
    return CCTL_ERROR_SUCCESS;
}

clusctl_status clusctl_vm_apply(const clusctl_vm *current,
                                const clusctl_cluster *cluster,
                                const clusctl_event *event, clusctl_vm *next)
{
    clusctl_vm before, after;
    clusctl_status status;

    if (current == NULL || next == NULL)
        return CCTL_ERROR_INVALID_PARAMETER;
    before = *current;
    after = before;
    status = event == NULL ? CCTL_ERROR_INVALID_PARAMETER
                           : clusctl__apply(&after, cluster, event);
    /* Written last, from copies: `next` may overlap any input. */
    memcpy(next, status == CCTL_ERROR_SUCCESS ? &after : &before, sizeof *next);
    return status;
}

clusctl_status clusctl_vm_resource_control(uint32_t code, const void *in_buffer,
                                           size_t in_size,
                                           const clusctl_cluster *cluster,
                                           uint32_t caller,
                                           const clusctl_vm *current,
                                           clusctl_vm *next)
{
    char name[CCTL_NODE_NAME_UTF8_SIZE];
    clusctl_event e;
    clusctl_vm before;
    clusctl_status status;

    /* The code first: whatever the other arguments, a code this door does
     * not handle goes back to the Resource Monitor's default processing. */
    if (code != CCTL_VM_START_MIGRATION && code != CCTL_VM_CANCEL_MIGRATION) {
        if (current != NULL && next != NULL)
            memmove(next, current, sizeof *next);
        return CCTL_ERROR_INVALID_FUNCTION;
    }
    if (current == NULL || next == NULL)
        return CCTL_ERROR_INVALID_PARAMETER;
    before = *current;
    memset(&e, 0, sizeof e);
    e.caller = caller;
    if (cluster == NULL) {
        status = CCTL_ERROR_INVALID_PARAMETER;
    } else if (code == CCTL_VM_CANCEL_MIGRATION) {
        e.kind = CCTL_EVENT_CANCEL;
        status = in_size != 0 ? CCTL_ERROR_INVALID_PARAMETER
                              : CCTL_ERROR_SUCCESS;
    } else {
        e.kind = CCTL_EVENT_START;
        status = CCTL_ERROR_SUCCESS;
        if (in_size != 0) { /* size 0: no destination, whatever the pointer */
            status = clusctl_start_buffer_decode(in_buffer, in_size, name,
                                                 sizeof name, NULL);
            /* An empty name is the destination's problem, checked in order
             * after the state (see vm.h). */
            if (status == CCTL_ERROR_INVALID_COMPUTERNAME) {
                name[0] = '\0';
                status = CCTL_ERROR_SUCCESS;
            }
            e.destination = name;
        }
    }
    /* The buffer has been read into `name`: `next` may lie over it. */
    if (status != CCTL_ERROR_SUCCESS) {
        memcpy(next, &before, sizeof *next);
        return status;
    }
    return clusctl_vm_apply(&before, cluster, &e, next);
}

clusctl_status clusctl_vm_start(const clusctl_vm *current,
                                const clusctl_cluster *cluster,
                                uint32_t caller, const char *destination,
                                clusctl_vm *next)
{
    unsigned char buffer[CCTL_START_BUFFER_MAX];
    size_t size = 0;
    clusctl_status status;

    if (current == NULL || next == NULL)
        return CCTL_ERROR_INVALID_PARAMETER;
    if (destination != NULL) {
        /* What a caller sends for "": its UTF-16 NUL alone. */
        status = destination[0] == '\0'
                     ? CCTL_ERROR_SUCCESS
                     : clusctl_start_buffer_encode(destination, buffer,
                                                   sizeof buffer, &size);
        if (destination[0] == '\0') {
            buffer[0] = buffer[1] = 0;
            size = 2;
        }
        if (status != CCTL_ERROR_SUCCESS) {
            memmove(next, current, sizeof *next);
            return status;
        }
    }
    return clusctl_vm_resource_control(CCTL_VM_START_MIGRATION, buffer, size,
                                       cluster, caller, current, next);
}

clusctl_status clusctl_vm_cancel(const clusctl_vm *current,
                                 const clusctl_cluster *cluster,
                                 uint32_t caller, clusctl_vm *next)
{
    return clusctl_vm_resource_control(CCTL_VM_CANCEL_MIGRATION, NULL, 0,
                                       cluster, caller, current, next);
}
