/* Exhaustive tests of the VM and live-migration machines (vm.h).
 *
 * A reference model written in this file from the rules of vm.h's file
 * comment (not from the implementation's table) predicts the status and the
 * next model of every combination of a sweep: VmState (every documented
 * value, undocumented ones, and every value 0..32800 with one model per
 * migration state),
 * MigrationState (0..5 and undocumented), model variants, callers and events
 * (invalid kinds included). clusctl_vm_apply() must agree field by field.
 * Rules that do not need the reference are checked on the side: a refusal
 * leaves the output equal to the input, the input is never modified, CANCEL
 * and START succeed only where allowed, documented states stay documented,
 * each accepted step is exactly one row of clusctl_machine_transitions(),
 * aliasing gives the same result. Then every model reachable from the
 * documented VM states is searched for a broken invariant, and the
 * ResourceControl front doors are compared with clusctl_vm_apply(): the
 * 0.2 door (clusctl_vm_resource_control()) and the complete one
 * (clusctl_vm_control()), whose property codes are checked on every model
 * of the sweep, as it is (properties at their defaults) and written out
 * with values: GET_RO, GET and ENUM against the reference lists of
 * ref_props.h (and the size query just below them), SET and VALIDATE with a
 * fixed set of lists whose outcome each model decides (MigrationState is
 * the model's own: naming it with another value is refused).
 *
 * Where vm.h's prose is silent the reference makes these choices:
 * - The VM machine's rows: vm.h names the states but not which request is
 *   allowed from which; the reference follows what the transitional states'
 *   names say of Msvm_ComputerSystem.RequestStateChange: Disabled -Enabled->
 *   Starting; Suspended -Enabled-> Starting (restore); Suspended -Disabled->
 *   Disabled (the saved state is dropped, nothing to wait for); Enabled
 *   -Disabled-> Stopping, -Suspended-> Saving, -Paused-> Pausing; Paused
 *   -Enabled-> Resuming; VM_COMPLETE takes each transitional state to its
 *   target. Nothing else (a request for the current state included).
 * - "Any event in an undocumented state" is read per machine: the VM events
 *   look at VmState, the migration events at MigrationState (the header
 *   says clusctl_vm_apply() finds the row "in the table of its machine").
 * - A VM_REQUEST naming a state no request may name is refused with
 *   ERROR_INVALID_PARAMETER whatever the state (like an unknown kind);
 *   VM_LEAVES_ENABLED, "not applied directly", is refused like one.
 * - Other guards come after the state: PROGRESS, FAIL outside the states
 *   that accept them are ERROR_INVALID_STATE, whatever the value.
 * - FAIL is accepted in Setup, Data Transfer and Move (a migration running).
 * - MOVE_COMPLETE makes the destination the host; CANCEL changes only the
 *   state; RESET clears the failure reason as well (No Migration has none).
 *
 * Failures are counted per category and checked once per category; the
 * first few failing combinations of each are printed with all their fields.
 * The cases that are not sweeps (NULL pointers, malformed START buffers,
 * the forms of the front door's inputs) are tables, each walked by a loop.
 *
 * Usage: test_vm_exhaustive [STEP]. STEP (default 1: every value) makes the
 * two ranges of 0..32800 (every VmState, every requested value) visit only
 * every STEP-th value besides 0..16, 32768..32800 and the top values, which
 * hold every documented state and its neighbours, and the sweep sends only
 * every STEP-th (model, caller) through the front doors and every STEP-th
 * model of each state pair through the property codes (every event is still
 * applied to every model of the sweep). The valgrind tier uses it
 * (CLUSCTL_VM_EXHAUSTIVE_STEP).
 */
/* The machines' table (clusctl_machine_transitions()) is unstable API. */
#define CCTL_UNSTABLE_API

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "clusctl/clusctl.h"
#include "harness.h"
#include "print.h"
#include "ref_props.h"

#define COUNTOF(a) (sizeof(a) / sizeof((a)[0]))
#define MAX_PRINTED 5

/* ---- Failure categories. ---- */

enum {
    F_REF,          /* status or next model differs from the reference */
    F_INPUT,        /* the input model was modified */
    F_UNCHANGED,    /* a refusal changed the output */
    F_CANCEL,       /* CANCEL accepted or refused against its rule */
    F_START,        /* START accepted where it may not be */
    F_DOCUMENTED,   /* documented states led to an undocumented one */
    F_ROW,          /* an accepted step is not exactly one row */
    F_ALIAS,        /* next == current gave another result */
    F_NULL_CLUSTER, /* a non-START event depended on the cluster */
    F_NULL_POINTER, /* NULL pointers */
    F_TABLE,        /* the table's own shape */
    F_COVERAGE,     /* a row of the table never taken */
    F_REACH,        /* a reachable model breaks an invariant */
    F_REACH_SIZE,   /* the visited set overflowed */
    F_RC_START,     /* front door START != apply START */
    F_RC_CANCEL,    /* front door CANCEL */
    F_RC_MALFORMED, /* front door START with a malformed buffer */
    F_RC_OTHER,     /* front door, other codes */
    F_RC_CONTROL,   /* clusctl_vm_control != clusctl_vm_resource_control */
    F_PROPS_GET,    /* GET_RO, GET, ENUM != the reference */
    F_PROPS_SET,    /* SET, VALIDATE != the case's outcome */
    F_COUNT
};

static const char *const category_names[F_COUNT] = {
    "apply equals the reference model",
    "the input model is never modified",
    "a refusal leaves the output equal to the input",
    "CANCEL succeeds iff Setup/Data Transfer and caller == source != 0",
    "START succeeds only from Enabled, caller == host, No Migration/Canceled/Failure",
    "accepted events keep documented states documented",
    "each accepted step is exactly one row of the table",
    "next == current (aliasing) gives the same result",
    "non-START events ignore the cluster (NULL gives the same result)",
    "NULL pointers are ERROR_INVALID_PARAMETER",
    "the table's rows are well formed",
    "every row of the table is taken",
    "reachable models keep the invariants",
    "the visited set is large enough",
    "front door START equals apply START",
    "front door CANCEL equals apply CANCEL; a CANCEL buffer is refused",
    "front door START with a malformed buffer gets the buffer's status",
    "front door: other codes are ERROR_INVALID_FUNCTION, unchanged",
    "clusctl_vm_control: START, CANCEL and other codes as clusctl_vm_resource_control",
    "clusctl_vm_control: GET_RO, GET and ENUM give the reference bytes and sizes",
    "clusctl_vm_control: SET and VALIDATE give each case's status and model",
};

static unsigned long fails[F_COUNT];
static unsigned long settled[F_COUNT];
static unsigned long long apply_combos, door_combos, props_combos;
static uint32_t range_step = 1; /* STEP, the first argument */

/* Whether the ranges of 0..32800 visit v: every value when STEP is 1, else
 * the documented states' neighbourhoods and every STEP-th value. */
static int in_range_step(uint32_t v)
{
    return v <= 16 || v >= 32768 || v % range_step == 0;
}

/* One CHECK per category: did the test just run add failures to it? */
static void settle(void)
{
    int c;
    for (c = 0; c < F_COUNT; c++) {
        unsigned long n = fails[c] - settled[c];
        if (!harness_check(n == 0, category_names[c], __FILE__, __LINE__))
            fprintf(stderr, "    %lu failing combinations\n", n);
        settled[c] = fails[c];
    }
}

/* ---- The cluster. ---- */

static const clusctl_node sweep_nodes[] = {
    {.id = 1, .name = "node1", .up = 1}, {.id = 2, .name = "node2", .up = 1}, {.id = 3, .name = "node3", .up = 1}, {.id = 4, .name = "node4", .up = 0}};
static const clusctl_cluster sweep_cluster = {.nodes = sweep_nodes, .count = COUNTOF(sweep_nodes)};
#define NON_MEMBER 9u

static const clusctl_node reach_nodes[] = {
    {.id = 1, .name = "node1", .up = 1}, {.id = 2, .name = "node2", .up = 1}, {.id = 3, .name = "node3", .up = 1}};
static const clusctl_cluster reach_cluster = {.nodes = reach_nodes, .count = COUNTOF(reach_nodes)};

/* Destinations of START: missing, empty, members up and down (names in
 * other cases), non-members, near misses. */
static const char *const destinations[] = {
    NULL,    "",      "node1", "node2", "node3",  "node4",  "NODE2",
    "nOdE3", "Node1", "NODE4", "node9", "node",   "node22", " node2",
    "node2 ", "node\xC3\xA9"};

/* Counts a failure; prints the combination for the first few. */
static void report(int category, const char *where, const clusctl_vm *model,
                   const clusctl_event *event, clusctl_status got_status,
                   const clusctl_vm *got, clusctl_status want_status,
                   const clusctl_vm *want)
{
    if (++fails[category] > MAX_PRINTED)
        return;
    fprintf(stderr, "FAIL [%s] %s\n", category_names[category], where);
    if (model != NULL)
        print_vm("model", model);
    if (event != NULL)
        print_event(event);
    print_status("got", got_status);
    if (got != NULL)
        print_vm("got", got);
    print_status("expected", want_status);
    if (want != NULL)
        print_vm("expected", want);
}

/* ---- The reference model, from vm.h's rules. ---- */

static int ref_vm_documented(uint32_t s)
{
    switch (s) {
    case 0:     /* Unknown */
    case 2:     /* Enabled */
    case 3:     /* Disabled */
    case 32768: /* Paused */
    case 32769: /* Suspended */
    case 32770: /* Starting */
    case 32773: /* Saving */
    case 32774: /* Stopping */
    case 32776: /* Pausing */
    case 32777: /* Resuming */
        return 1;
    default:
        return 0;
    }
}

static int ref_migration_documented(uint32_t s) { return s <= 5; }

static int ref_documented(const clusctl_vm *v)
{
    return ref_vm_documented(v->vm_state) &&
           ref_migration_documented(v->migration_state);
}

/* Enabled, Disabled, Paused, Suspended: the states a request may name. */
static int ref_requestable(uint32_t s)
{
    return s == 2 || s == 3 || s == 32768 || s == 32769;
}

/* The VM machine: where a request for `want` leads from `from`. */
static int ref_vm_request(uint32_t from, uint32_t want, uint32_t *to)
{
    switch (from) {
    case 3: /* Disabled */
        if (want == 2) {
            *to = 32770; /* Starting */
            return 1;
        }
        return 0;
    case 2: /* Enabled */
        if (want == 3) {
            *to = 32774; /* Stopping */
            return 1;
        }
        if (want == 32769) {
            *to = 32773; /* Saving */
            return 1;
        }
        if (want == 32768) {
            *to = 32776; /* Pausing */
            return 1;
        }
        return 0;
    case 32768: /* Paused */
        if (want == 2) {
            *to = 32777; /* Resuming */
            return 1;
        }
        return 0;
    case 32769: /* Suspended */
        if (want == 2) {
            *to = 32770; /* Starting */
            return 1;
        }
        if (want == 3) {
            *to = 3; /* Disabled: the saved state is dropped */
            return 1;
        }
        return 0;
    default:
        return 0;
    }
}

static int ref_vm_complete(uint32_t from, uint32_t *to)
{
    switch (from) {
    case 32770: *to = 2; return 1;     /* Starting -> Enabled */
    case 32774: *to = 3; return 1;     /* Stopping -> Disabled */
    case 32773: *to = 32769; return 1; /* Saving -> Suspended */
    case 32776: *to = 32768; return 1; /* Pausing -> Paused */
    case 32777: *to = 2; return 1;     /* Resuming -> Enabled */
    default: return 0;
    }
}

static int ref_ascii_equal_nocase(const char *a, const char *b)
{
    for (;; a++, b++) {
        unsigned char x = (unsigned char)*a, y = (unsigned char)*b;
        if (x >= 'A' && x <= 'Z')
            x = (unsigned char)(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z')
            y = (unsigned char)(y - 'A' + 'a');
        if (x != y)
            return 0;
        if (x == '\0')
            return 1;
    }
}

static const clusctl_node *ref_member(const clusctl_cluster *c, const char *name)
{
    size_t i;
    for (i = 0; i < c->count; i++)
        if (ref_ascii_equal_nocase(c->nodes[i].name, name))
            return &c->nodes[i];
    return NULL;
}

/* Predicts (status, next) for one event. */
static clusctl_status ref_apply(const clusctl_vm *cur, const clusctl_cluster *cluster,
                                const clusctl_event *ev, clusctl_vm *out)
{
    clusctl_vm n = *cur;
    uint32_t mig = cur->migration_state, to;
    const clusctl_node *node;

    *out = *cur;
    switch (ev->kind) {
    case 1: /* START */
        /* A migration is not running (undocumented states are refused) */
        if (!(mig == 0 || mig == 4 || mig == 5))
            return CCTL_ERROR_INVALID_STATE;
        if (cur->vm_state != 2)
            return CCTL_ERROR_INVALID_STATE;
        if (ev->caller == 0 || ev->caller != cur->host)
            return CCTL_ERROR_INVALID_STATE;
        if (cluster == NULL || ev->destination == NULL)
            return CCTL_ERROR_INVALID_PARAMETER;
        if (ev->destination[0] == '\0')
            return CCTL_ERROR_INVALID_COMPUTERNAME;
        node = ref_member(cluster, ev->destination);
        if (node != NULL && node->id == cur->host)
            return CCTL_ERROR_CLUSTER_INVALID_REQUEST;
        if (node == NULL)
            return CCTL_ERROR_CLUSTER_NODE_NOT_FOUND;
        if (!node->up)
            return CCTL_ERROR_CLUSTER_NODE_DOWN;
        n.migration_state = 1;
        n.source = cur->host;
        n.destination = node->id;
        n.failure_reason = 0;
        n.progress = 0;
        break;
    case 2: /* SETUP_COMPLETE */
        if (mig != 1)
            return CCTL_ERROR_INVALID_STATE;
        n.migration_state = 2;
        break;
    case 3: /* PROGRESS */
        if (mig != 2)
            return CCTL_ERROR_INVALID_STATE;
        if (ev->value > 100 || ev->value < cur->progress)
            return CCTL_ERROR_INVALID_PARAMETER;
        n.progress = ev->value;
        break;
    case 4: /* TRANSFER_COMPLETE */
        if (mig != 2)
            return CCTL_ERROR_INVALID_STATE;
        n.migration_state = 3;
        n.progress = 100;
        break;
    case 5: /* MOVE_COMPLETE */
        if (mig != 3)
            return CCTL_ERROR_INVALID_STATE;
        n.migration_state = 0;
        n.host = cur->destination;
        n.source = 0;
        n.destination = 0;
        n.progress = 0;
        break;
    case 6: /* CANCEL */
        if (!(mig == 1 || mig == 2))
            return CCTL_ERROR_INVALID_STATE;
        if (ev->caller == 0 || ev->caller != cur->source)
            return CCTL_ERROR_INVALID_STATE;
        n.migration_state = 4;
        break;
    case 7: /* FAIL */
        if (!(mig == 1 || mig == 2 || mig == 3))
            return CCTL_ERROR_INVALID_STATE;
        if ((ev->value & 0x80000000u) == 0)
            return CCTL_ERROR_INVALID_PARAMETER;
        n.migration_state = 5;
        n.failure_reason = ev->value;
        break;
    case 8: /* RESET */
        if (!(mig == 4 || mig == 5))
            return CCTL_ERROR_INVALID_STATE;
        n.migration_state = 0;
        n.source = 0;
        n.destination = 0;
        n.failure_reason = 0;
        n.progress = 0;
        break;
    case 9: /* VM_REQUEST */
        if (!ref_requestable(ev->value))
            return CCTL_ERROR_INVALID_PARAMETER;
        if (!ref_vm_request(cur->vm_state, ev->value, &to))
            return CCTL_ERROR_INVALID_STATE;
        n.vm_state = to;
        if (cur->vm_state == 2 && to != 2 && mig >= 1 && mig <= 3) {
            n.migration_state = 5;
            n.failure_reason = 0x80004005u; /* E_FAIL */
        }
        break;
    case 10: /* VM_COMPLETE */
        if (!ref_vm_complete(cur->vm_state, &to))
            return CCTL_ERROR_INVALID_STATE;
        n.vm_state = to;
        break;
    default: /* unknown kinds, and VM_LEAVES_ENABLED (11), not applied */
        return CCTL_ERROR_INVALID_PARAMETER;
    }
    *out = n;
    return CCTL_ERROR_SUCCESS;
}

/* ---- Checks of one combination. ---- */

static int vm_equal(const clusctl_vm *a, const clusctl_vm *b)
{
    return a->vm_state == b->vm_state && a->migration_state == b->migration_state &&
           a->host == b->host && a->source == b->source &&
           a->destination == b->destination &&
           a->failure_reason == b->failure_reason && a->progress == b->progress;
}

static const clusctl_transition *table;
static size_t table_rows;
static unsigned long row_hits[256];

/* The rows with this (machine, from, event, argument, to); *index the last. */
static size_t rows_matching(uint32_t machine, uint32_t from, uint32_t event,
                            uint32_t argument, uint32_t to, size_t *index)
{
    size_t i, n = 0;
    for (i = 0; i < table_rows; i++) {
        const clusctl_transition *t = &table[i];
        if (t->machine == machine && t->from == from && t->event == event &&
            t->argument == argument && t->to == to) {
            n++;
            *index = i;
        }
    }
    return n;
}

static int is_vm_event(uint32_t kind)
{
    return kind == CCTL_EVENT_VM_REQUEST || kind == CCTL_EVENT_VM_COMPLETE;
}

/* An accepted step from `a` to `b` is one row (and the migration's side
 * of a VM request is one VM_LEAVES_ENABLED row). */
static int step_is_rows(const clusctl_vm *a, const clusctl_event *ev,
                        const clusctl_vm *b)
{
    size_t i = 0;
    if (is_vm_event(ev->kind)) {
        uint32_t arg = ev->kind == CCTL_EVENT_VM_REQUEST ? ev->value : 0;
        if (rows_matching(CCTL_MACHINE_VM, a->vm_state, ev->kind, arg,
                          b->vm_state, &i) != 1)
            return 0;
        row_hits[i]++;
        if (b->migration_state != a->migration_state) {
            if (rows_matching(CCTL_MACHINE_MIGRATION, a->migration_state,
                              CCTL_EVENT_VM_LEAVES_ENABLED, 0,
                              b->migration_state, &i) != 1)
                return 0;
            row_hits[i]++;
        }
        return 1;
    }
    if (b->vm_state != a->vm_state)
        return 0;
    if (rows_matching(CCTL_MACHINE_MIGRATION, a->migration_state, ev->kind, 0,
                      b->migration_state, &i) != 1)
        return 0;
    row_hits[i]++;
    return 1;
}

/* Every check of one (model, cluster, event). Returns the status and, in
 * *out, the next model (when out is not NULL). */
static clusctl_status check_apply(const clusctl_vm *model,
                                  const clusctl_cluster *cluster,
                                  const clusctl_event *ev, clusctl_vm *out)
{
    clusctl_vm in = *model, got, want, alias, other;
    clusctl_status st, want_st, alias_st, other_st;
    uint32_t mig = model->migration_state;

    apply_combos++;
    memset(&got, 0xA5, sizeof got);
    st = clusctl_vm_apply(&in, cluster, ev, &got);
    want_st = ref_apply(model, cluster, ev, &want);
    if (st != want_st || !vm_equal(&got, &want))
        report(F_REF, "clusctl_vm_apply", model, ev, st, &got, want_st, &want);
    if (!vm_equal(&in, model))
        report(F_INPUT, "input after clusctl_vm_apply", model, ev, st, &in,
               st, model);
    if (st != CCTL_ERROR_SUCCESS && !vm_equal(&got, model))
        report(F_UNCHANGED, "refused", model, ev, st, &got, st, model);
    if (ev->kind == CCTL_EVENT_CANCEL) {
        int may = (mig == 1 || mig == 2) && ev->caller != CCTL_NO_NODE &&
                  ev->caller == model->source;
        if ((st == CCTL_ERROR_SUCCESS) != may)
            report(F_CANCEL, may ? "CANCEL refused" : "CANCEL accepted", model,
                   ev, st, &got, want_st, &want);
    }
    if (ev->kind == CCTL_EVENT_START && st == CCTL_ERROR_SUCCESS &&
        !(model->vm_state == CCTL_VM_ENABLED && ev->caller != CCTL_NO_NODE &&
          ev->caller == model->host && (mig == 0 || mig == 4 || mig == 5)))
        report(F_START, "START accepted", model, ev, st, &got, want_st, &want);
    if (st == CCTL_ERROR_SUCCESS) {
        if (ref_documented(model) && !ref_documented(&got))
            report(F_DOCUMENTED, "accepted", model, ev, st, &got, want_st, &want);
        if (!step_is_rows(model, ev, &got))
            report(F_ROW, "accepted step", model, ev, st, &got, want_st, &want);
    }
    alias = *model;
    alias_st = clusctl_vm_apply(&alias, cluster, ev, &alias);
    if (alias_st != st || !vm_equal(&alias, &got))
        report(F_ALIAS, "clusctl_vm_apply(&m, .., &m)", model, ev, alias_st,
               &alias, st, &got);
    if (ev->kind != CCTL_EVENT_START) {
        memset(&other, 0x5A, sizeof other);
        other_st = clusctl_vm_apply(model, NULL, ev, &other);
        if (other_st != st || !vm_equal(&other, &got))
            report(F_NULL_CLUSTER, "cluster NULL", model, ev, other_st, &other,
                   st, &got);
    }
    if (out != NULL)
        *out = got;
    return st;
}

/* ---- The front door. ---- */

static unsigned char start_buffers[COUNTOF(destinations)][CCTL_START_BUFFER_MAX + 8];
static size_t start_sizes[COUNTOF(destinations)];

static void build_start_buffers(void)
{
    size_t i, needed;
    for (i = 0; i < COUNTOF(destinations); i++) {
        memset(start_buffers[i], 0, sizeof start_buffers[i]);
        if (destinations[i] == NULL) {
            start_sizes[i] = 0;
        } else if (destinations[i][0] == '\0') {
            /* encode refuses an empty name; the buffer is just the NUL */
            CHECK_EQ_U(clusctl_start_buffer_encode("", start_buffers[i],
                                                   CCTL_START_BUFFER_MAX, &needed),
                       CCTL_ERROR_INVALID_COMPUTERNAME);
            start_sizes[i] = 2;
        } else {
            needed = 0;
            CHECK_EQ_U(clusctl_start_buffer_encode(destinations[i], start_buffers[i],
                                                   CCTL_START_BUFFER_MAX, &needed),
                       CCTL_ERROR_SUCCESS);
            start_sizes[i] = needed;
        }
    }
}

/* A malformed START buffer and the status buffer.h gives it. */
typedef struct malformed {
    const char *what;
    const unsigned char *bytes;
    size_t size;
    clusctl_status status;
} malformed;

/* START with 256 'a' code units and a NUL: filled by build_too_long(). */
static unsigned char too_long[(CCTL_NODE_NAME_MAX + 2) * 2];

#define BYTES(...)                                                             \
    (const unsigned char[]){__VA_ARGS__},                                      \
        sizeof((const unsigned char[]){__VA_ARGS__})

static const malformed malformed_buffers[] = {
    {"NULL buffer, size 4", NULL, 4, CCTL_ERROR_INVALID_USER_BUFFER},
    {"odd size", BYTES('n', 0, 0), CCTL_ERROR_BAD_LENGTH},
    {"no NUL", BYTES('n', 0, 'o', 0), CCTL_ERROR_INVALID_DATA},
    {"embedded NUL", BYTES('a', 0, 0, 0, 'b', 0, 0, 0), CCTL_ERROR_INVALID_NAME},
    {"256 code units", too_long, sizeof too_long, CCTL_ERROR_BUFFER_OVERFLOW},
    {"unpaired surrogate", BYTES(0x00, 0xD8, 0, 0), CCTL_ERROR_NO_UNICODE_TRANSLATION},
};

static void build_too_long(void)
{
    size_t i;
    for (i = 0; i < CCTL_NODE_NAME_MAX + 1; i++) {
        too_long[2 * i] = 'a';
        too_long[2 * i + 1] = 0;
    }
    too_long[2 * (CCTL_NODE_NAME_MAX + 1)] = 0;
    too_long[2 * (CCTL_NODE_NAME_MAX + 1) + 1] = 0;
}

/* Codes that are not the two VM migration codes. */
static uint32_t other_codes[80];
static size_t other_code_count;

static void build_other_codes(void)
{
    static const uint32_t sample[] = {0,          0x01600000u, 0x0160000Cu,
                                      0x01600010u, 0x01000009u, 0xFFFFFFFFu,
                                      0x02600004u, 0x00600004u, 0x01E00004u,
                                      0x01600004u | 0x80000000u, 0x00000004u,
                                      0x00000008u};
    size_t i;
    uint32_t low;
    for (i = 0; i < COUNTOF(sample); i++)
        other_codes[other_code_count++] = sample[i];
    for (low = 0x600000u; low <= 0x60003Fu; low++) {
        uint32_t code = 0x01000000u | low;
        if (code != CCTL_VM_START_MIGRATION && code != CCTL_VM_CANCEL_MIGRATION &&
            code != 0x01600000u && code != 0x0160000Cu && code != 0x01600010u)
            other_codes[other_code_count++] = code;
    }
}

/* One front-door call compared with an expectation; checks aliasing too. */
static void door_expect(int category, const char *what, uint32_t code,
                        const void *buffer, size_t size,
                        const clusctl_cluster *cluster, uint32_t caller,
                        const clusctl_vm *model, const clusctl_event *ev,
                        clusctl_status want_st, const clusctl_vm *want)
{
    clusctl_vm in = *model, got, alias;
    clusctl_status st;

    door_combos++;
    memset(&got, 0xA5, sizeof got);
    st = clusctl_vm_resource_control(code, buffer, size, cluster, caller, &in, &got);
    if (st != want_st || !vm_equal(&got, want) || !vm_equal(&in, model))
        report(category, what, model, ev, st, &got, want_st, want);
    alias = *model;
    st = clusctl_vm_resource_control(code, buffer, size, cluster, caller, &alias,
                                     &alias);
    if (st != want_st || !vm_equal(&alias, want))
        report(category, what, model, ev, st, &alias, want_st, want);
    /* The complete door: the same, with no output. */
    {
        unsigned char out[8] = {0x5A, 0x5A, 0x5A, 0x5A, 0x5A, 0x5A, 0x5A, 0x5A};
        size_t bytes = 99;
        memset(&got, 0xA5, sizeof got);
        st = clusctl_vm_control(code, buffer, size, out, sizeof out, &bytes, cluster, caller,
                                &in, &got, NULL);
        if (st != want_st || !vm_equal(&got, want) || bytes != 0 || out[0] != 0x5A)
            report(F_RC_CONTROL, what, model, ev, st, &got, want_st, want);
    }
}

/* START's forms of each destination's buffer: as encoded, and with zero
 * bytes after it (which read the same). */
static const struct {
    const char *what;
    size_t padding;
} start_forms[] = {
    {"START buffer", 0},
    {"START zero-padded buffer", 6},
};

/* Other inputs of the front door: a buffer (node2's START buffer, or NULL)
 * and a size. */
#define NODE2_BUFFER 3            /* destinations[3] is "node2" */
#define ITS_SIZE ((size_t)-1)     /* the size of node2's START buffer */
typedef struct door_input {
    const char *what;
    int buffer;   /* 1: node2's START buffer; 0: NULL */
    size_t size;  /* or ITS_SIZE */
    int as_apply; /* CANCEL: what apply gives; else refused, unchanged */
} door_input;

/* CANCEL takes no input: any size but 0 is ERROR_INVALID_PARAMETER. */
static const door_input cancel_inputs[] = {
    {"CANCEL (NULL, 0)", 0, 0, 1},
    {"CANCEL (buffer, 0)", 1, 0, 1},
    {"CANCEL (buffer, 2)", 1, 2, 0},
    {"CANCEL (buffer, 1)", 1, 1, 0},
    {"CANCEL (buffer, its size)", 1, ITS_SIZE, 0},
    {"CANCEL (NULL, 4)", 0, 4, 0},
};

/* Every other code is ERROR_INVALID_FUNCTION, whatever the input. */
static const door_input other_code_inputs[] = {
    {"other code (NULL, 0)", 0, 0, 0},
    {"other code (START buffer)", 1, ITS_SIZE, 0},
};

static const void *door_buffer(const door_input *in, size_t *size)
{
    *size = in->size == ITS_SIZE ? start_sizes[NODE2_BUFFER] : in->size;
    return in->buffer ? start_buffers[NODE2_BUFFER] : NULL;
}

static void check_front_door(const clusctl_vm *model, uint32_t caller,
                             int other_codes_too)
{
    const clusctl_cluster *cl = &sweep_cluster;
    clusctl_event ev;
    clusctl_vm want;
    clusctl_status want_st;
    unsigned char padded[CCTL_START_BUFFER_MAX + 8];
    const void *buffer;
    size_t i, f, size;

    memset(&ev, 0, sizeof ev);
    ev.caller = caller;
    /* START: the buffer of each destination equals apply with the name. */
    ev.kind = CCTL_EVENT_START;
    for (i = 0; i < COUNTOF(destinations); i++) {
        ev.destination = destinations[i];
        want_st = clusctl_vm_apply(model, cl, &ev, &want);
        if (destinations[i] == NULL) {
            door_expect(F_RC_START, "START (NULL, 0)", CCTL_VM_START_MIGRATION,
                        NULL, 0, cl, caller, model, &ev, want_st, &want);
            continue;
        }
        for (f = 0; f < COUNTOF(start_forms); f++) {
            memset(padded, 0, sizeof padded);
            memcpy(padded, start_buffers[i], start_sizes[i]);
            door_expect(F_RC_START, start_forms[f].what, CCTL_VM_START_MIGRATION,
                        padded, start_sizes[i] + start_forms[f].padding, cl, caller,
                        model, &ev, want_st, &want);
        }
    }
    /* START: a malformed buffer gets the buffer's status, whatever the state */
    ev.destination = NULL;
    for (i = 0; i < COUNTOF(malformed_buffers); i++)
        door_expect(F_RC_MALFORMED, malformed_buffers[i].what,
                    CCTL_VM_START_MIGRATION, malformed_buffers[i].bytes,
                    malformed_buffers[i].size, cl, caller, model, &ev,
                    malformed_buffers[i].status, model);
    /* CANCEL */
    ev.kind = CCTL_EVENT_CANCEL;
    want_st = clusctl_vm_apply(model, cl, &ev, &want);
    for (i = 0; i < COUNTOF(cancel_inputs); i++) {
        const door_input *in = &cancel_inputs[i];
        buffer = door_buffer(in, &size);
        door_expect(F_RC_CANCEL, in->what, CCTL_VM_CANCEL_MIGRATION, buffer, size, cl,
                    caller, model, &ev,
                    in->as_apply ? want_st : CCTL_ERROR_INVALID_PARAMETER,
                    in->as_apply ? &want : model);
    }
    /* Every other code */
    if (other_codes_too) {
        ev.kind = 0;
        for (i = 0; i < other_code_count; i++) {
            ev.value = other_codes[i];
            for (f = 0; f < COUNTOF(other_code_inputs); f++) {
                buffer = door_buffer(&other_code_inputs[f], &size);
                door_expect(F_RC_OTHER, other_code_inputs[f].what, other_codes[i],
                            buffer, size, cl, caller, model, &ev,
                            CCTL_ERROR_INVALID_FUNCTION, model);
            }
        }
    }
}

/* ---- The property codes. ---- */

/* A SET or VALIDATE list and its outcome: a fixed one, or (mig >= 0) the
 * one MigrationState's value gives against the model. */
typedef struct set_case {
    const char *what;
    ref_list list;
    int mig;               /* -1, or the MigrationState the list names */
    clusctl_status status; /* when mig is -1 */
    uint32_t reason;
    void (*effect)(clusctl_vm *); /* what SET does on success, or NULL */
} set_case;

static const char case_guid[] = "{0F1E2D3C-4B5A-6978-8796-A5B4C3D2E1F0}";

static void effect_offline(clusctl_vm *v) { v->offline_action = 2; }
static void effect_several(clusctl_vm *v)
{
    memset(v->vm_id, 0, sizeof v->vm_id);
    memcpy(v->vm_id, case_guid, sizeof case_guid);
    v->virtual_numa_count = 8;
    v->check_heartbeat = 1;
}
static void effect_memory(clusctl_vm *v)
{
    v->start_memory = 0;
    v->shutdown_action = 1;
}

static set_case set_cases[16];
static size_t set_case_count;

static set_case *add_set_case(const char *what, int mig, clusctl_status status, uint32_t reason,
                              void (*effect)(clusctl_vm *))
{
    set_case *c = &set_cases[set_case_count++];
    c->what = what;
    c->mig = mig;
    c->status = status;
    c->reason = reason;
    c->effect = effect;
    ref_list_begin(&c->list);
    return c;
}

static void build_set_cases(void)
{
    const clusctl_status IP = CCTL_ERROR_INVALID_PARAMETER;
    set_case *c;
    c = add_set_case("OfflineAction 2", -1, CCTL_ERROR_SUCCESS, 0, effect_offline);
    ref_list_dword_prop(&c->list, "OfflineAction", 2);
    ref_list_end(&c->list, 1);
    c = add_set_case("VmId, VirtualNumaCount, CheckHeartbeat", -1, CCTL_ERROR_SUCCESS, 0,
                     effect_several);
    ref_list_sz_prop(&c->list, "VmId", case_guid);
    ref_list_dword_prop(&c->list, "VirtualNumaCount", 8);
    ref_list_dword_prop(&c->list, "checkheartbeat", 1);
    ref_list_end(&c->list, 0);
    c = add_set_case("StartMemory 0, ShutdownAction 1", -1, CCTL_ERROR_SUCCESS, 0, effect_memory);
    ref_list_dword_prop(&c->list, "StartMemory", 0);
    ref_list_dword_prop(&c->list, "ShutdownAction", 1);
    ref_list_end(&c->list, 1);
    c = add_set_case("empty", -1, CCTL_ERROR_SUCCESS, 0, NULL);
    ref_list_end(&c->list, 1);
    c = add_set_case("MigrationState 0", 0, 0, 0, NULL);
    ref_list_dword_prop(&c->list, "MigrationState", 0);
    ref_list_end(&c->list, 1);
    c = add_set_case("MigrationState 3", 3, 0, 0, effect_offline);
    ref_list_dword_prop(&c->list, "OfflineAction", 2);
    ref_list_dword_prop(&c->list, "MigrationState", 3);
    ref_list_end(&c->list, 1);
    c = add_set_case("MigrationState 6", -1, IP, CCTL_PROP_REASON_OUT_OF_RANGE, NULL);
    ref_list_dword_prop(&c->list, "MigrationState", 6);
    ref_list_end(&c->list, 1);
    c = add_set_case("VmState", -1, IP, CCTL_PROP_REASON_READ_ONLY, NULL);
    ref_list_dword_prop(&c->list, "VmState", 2);
    ref_list_end(&c->list, 1);
    c = add_set_case("OfflineAction 4", -1, IP, CCTL_PROP_REASON_OUT_OF_RANGE, NULL);
    ref_list_dword_prop(&c->list, "OfflineAction", 4);
    ref_list_end(&c->list, 1);
    c = add_set_case("unknown", -1, IP, CCTL_PROP_REASON_UNKNOWN_NAME, NULL);
    ref_list_dword_prop(&c->list, "CheckApplicationHealth", 1);
    ref_list_end(&c->list, 1);
    c = add_set_case("VmId not a GUID", -1, IP, CCTL_PROP_REASON_NOT_A_GUID, NULL);
    ref_list_sz_prop(&c->list, "VmId", "vm1");
    ref_list_end(&c->list, 1);
    c = add_set_case("OfflineAction as SZ", -1, CCTL_ERROR_CLUSTER_PROPERTY_DATA_TYPE_MISMATCH,
                     CCTL_PROP_REASON_WRONG_FORMAT, NULL);
    ref_list_sz_prop(&c->list, "OfflineAction", "2");
    ref_list_end(&c->list, 1);
    c = add_set_case("twice", -1, IP, CCTL_PROP_REASON_DUPLICATE, NULL);
    ref_list_dword_prop(&c->list, "ShutdownAction", 1);
    ref_list_dword_prop(&c->list, "ShutdownAction", 1);
    ref_list_end(&c->list, 1);
    c = add_set_case("cut", -1, CCTL_ERROR_INVALID_DATA, CCTL_PROP_REASON_MALFORMED, NULL);
    ref_list_dword_prop(&c->list, "ShutdownAction", 1);
    ref_list_end(&c->list, 1);
    c->list.size -= 5;
}

/* The outcome of a case on a model. */
static clusctl_status set_outcome(const set_case *c, const clusctl_vm *m, uint32_t *reason)
{
    if (c->mig < 0) {
        *reason = c->reason;
        return c->status;
    }
    if (m->migration_state == (uint32_t)c->mig) {
        *reason = CCTL_PROP_REASON_NONE;
        return CCTL_ERROR_SUCCESS;
    }
    *reason = CCTL_PROP_REASON_OWNED;
    return CCTL_ERROR_INVALID_STATE;
}

static void report_props(const char *what, const clusctl_vm *m, clusctl_status got,
                         clusctl_status want, int category)
{
    if (++fails[category] > MAX_PRINTED)
        return;
    fprintf(stderr, "FAIL [%s] %s\n", category_names[category], what);
    print_vm("model", m);
    print_vm_props("model", m);
    print_status("got", got);
    print_status("expected", want);
}

/* The property codes on one model. */
static void check_props_one(const clusctl_vm *m)
{
    static unsigned char enum_want[512];
    static size_t enum_size;
    unsigned char out[1024];
    size_t bytes, i;
    clusctl_vm next, want;
    clusctl_status st;
    int ro;

    if (enum_size == 0)
        enum_size = ref_vm_enum(enum_want, sizeof enum_want);
    for (ro = 0; ro < 3; ro++) {
        uint32_t code = ro == 2   ? CCTL_RESOURCE_ENUM_PRIVATE_PROPERTIES
                        : ro == 1 ? CCTL_RESOURCE_GET_RO_PRIVATE_PROPERTIES
                                  : CCTL_RESOURCE_GET_PRIVATE_PROPERTIES;
        ref_list l;
        const unsigned char *w;
        size_t n;
        if (ro == 2) {
            w = enum_want;
            n = enum_size;
        } else {
            ref_vm_list(m, ro, &l);
            w = l.data;
            n = l.size;
        }
        props_combos++;
        bytes = 0;
        st = clusctl_vm_control(code, NULL, 0, out, sizeof out, &bytes, NULL, 0, m, &next, NULL);
        if (st != CCTL_ERROR_SUCCESS || bytes != n || memcmp(out, w, n) != 0 ||
            memcmp(&next, m, sizeof next) != 0)
            report_props(ro == 2 ? "ENUM" : ro ? "GET_RO" : "GET", m, st, CCTL_ERROR_SUCCESS,
                         F_PROPS_GET);
        /* Just too small: the size needed, nothing written. */
        memset(out, 0xEE, n);
        st = clusctl_vm_control(code, NULL, 0, out, n - 1, &bytes, NULL, 0, m, &next, NULL);
        for (i = 0; i < n && out[i] == 0xEE; i++)
            ;
        if (st != CCTL_ERROR_MORE_DATA || bytes != n || i != n)
            report_props("one byte short", m, st, CCTL_ERROR_MORE_DATA, F_PROPS_GET);
    }
    for (i = 0; i < set_case_count; i++) {
        const set_case *c = &set_cases[i];
        uint32_t reason, code;
        clusctl_status want_st = set_outcome(c, m, &reason);
        for (code = 0; code < 2; code++) {
            clusctl_prop_error e = {0};
            props_combos++;
            st = clusctl_vm_control(code ? CCTL_RESOURCE_SET_PRIVATE_PROPERTIES
                                         : CCTL_RESOURCE_VALIDATE_PRIVATE_PROPERTIES,
                                    c->list.data, c->list.size, NULL, 0, &bytes, NULL, 0, m,
                                    &next, &e);
            want = *m;
            if (code == 1 && want_st == CCTL_ERROR_SUCCESS) {
                want = ref_vm_expand(m);
                if (c->effect != NULL)
                    c->effect(&want);
            }
            if (st != want_st || e.reason != reason || bytes != 0 ||
                memcmp(&next, &want, sizeof next) != 0)
                report_props(c->what, m, st, want_st, F_PROPS_SET);
        }
    }
}

/* The model as it is (properties at their defaults), and written out with
 * values derived from it. */
static void check_props(const clusctl_vm *model)
{
    clusctl_vm v = *model;
    check_props_one(&v);
    v = ref_vm_expand(model);
    v.offline_action = model->host % 4;
    v.virtual_numa_count = model->progress % 64 + 1;
    v.check_heartbeat = model->destination & 1;
    v.start_memory = model->failure_reason;
    if (model->source != 0)
        memcpy(v.vm_id, case_guid + 1, 36);
    check_props_one(&v);
}

/* ---- The sweep. ---- */

static const uint32_t sweep_vm_states[] = {
    0, 2, 3, 32768, 32769, 32770, 32773, 32774, 32776, 32777, /* documented */
    1, 4, 5, 32771, 32772, 32775, 32778, 65535, 0xFFFFFFFFu};
static const uint32_t sweep_migration_states[] = {0, 1, 2, 3, 4, 5,
                                                  6, 7, 100, 0xFFFFFFFFu};

#define MAX_MODELS 256

static size_t add_model(clusctl_vm *out, size_t n, uint32_t vm, uint32_t mig,
                        uint32_t host, uint32_t source, uint32_t destination,
                        uint32_t reason, uint32_t progress)
{
    if (n >= MAX_MODELS) {
        fprintf(stderr, "too many model variants\n");
        abort();
    }
    out[n].vm_state = vm;
    out[n].migration_state = mig;
    out[n].host = host;
    out[n].source = source;
    out[n].destination = destination;
    out[n].failure_reason = reason;
    out[n].progress = progress;
    return n + 1;
}

/* The model variants of (vm, mig): hosts 1-3, the down node 4, unset and a
 * non-member;
 * source and destination as the migration state has them; progress 0, 50,
 * 100; failure reasons; and a few inconsistent ones (source not the host,
 * no source). */
static size_t make_models(uint32_t vm, uint32_t mig, clusctl_vm *out)
{
    static const uint32_t hosts[] = {1, 2, 3, 4, 0, NON_MEMBER};
    static const uint32_t progresses[] = {0, 50, 100};
    static const uint32_t reasons[] = {CCTL_E_BUSY, CCTL_E_FAIL, 0x80000000u};
    size_t n = 0, h, d, p, r;

    for (h = 0; h < COUNTOF(hosts); h++) {
        uint32_t host = hosts[h], dests[3];
        size_t nd = 0;
        uint32_t id;
        if (host == 0) {
            dests[nd++] = 2;
        } else if (host == NON_MEMBER) {
            dests[nd++] = 2;
            dests[nd++] = 4;
        } else {
            for (id = 1; id <= 4; id++)
                if (id != host)
                    dests[nd++] = id;
        }
        switch (mig) {
        case 0:
            n = add_model(out, n, vm, mig, host, 0, 0, 0, 0);
            break;
        case 1:
            for (d = 0; d < nd; d++)
                n = add_model(out, n, vm, mig, host, host, dests[d], 0, 0);
            break;
        case 2:
        case 4:
            for (d = 0; d < nd; d++)
                for (p = 0; p < COUNTOF(progresses); p++)
                    n = add_model(out, n, vm, mig, host, host, dests[d], 0,
                                  progresses[p]);
            break;
        case 3:
            for (d = 0; d < nd; d++)
                n = add_model(out, n, vm, mig, host, host, dests[d], 0, 100);
            break;
        case 5:
            for (d = 0; d < nd; d++)
                for (p = 0; p < COUNTOF(progresses); p++)
                    for (r = 0; r < COUNTOF(reasons); r++)
                        n = add_model(out, n, vm, mig, host, host, dests[d],
                                      reasons[r], progresses[p]);
            break;
        default:
            n = add_model(out, n, vm, mig, host, 0, 0, 0, 0);
            n = add_model(out, n, vm, mig, host, host, dests[0], CCTL_E_FAIL, 50);
            break;
        }
    }
    if (mig >= 1 && mig <= 5) {
        /* inconsistent: the source is not the host; no source at all */
        n = add_model(out, n, vm, mig, 3, 1, 2, mig == 5 ? CCTL_E_FAIL : 0, 50);
        n = add_model(out, n, vm, mig, 1, 0, 0, 0, 0);
    }
    if (mig == 0) /* stale fields in No Migration */
        n = add_model(out, n, vm, mig, 1, 1, 2, CCTL_E_FAIL, 50);
    return n;
}

/* Callers: the host, the source, the destination, another member, a
 * non-member, none. */
static size_t make_callers(const clusctl_vm *m, uint32_t *out)
{
    uint32_t id, other = 0;
    for (id = 1; id <= 4 && other == 0; id++)
        if (id != m->host && id != m->source && id != m->destination)
            other = id;
    out[0] = m->host;
    out[1] = m->source;
    out[2] = m->destination;
    out[3] = other;
    out[4] = NON_MEMBER;
    out[5] = CCTL_NO_NODE;
    return 6;
}

static clusctl_event sweep_events[128];
static size_t sweep_event_count;

static void add_event(uint32_t kind, const char *destination, uint32_t value)
{
    clusctl_event *e = &sweep_events[sweep_event_count++];
    e->kind = kind;
    e->caller = 0;
    e->destination = destination;
    e->value = value;
}

static void build_sweep_events(void)
{
    static const uint32_t no_argument[] = {
        CCTL_EVENT_SETUP_COMPLETE, CCTL_EVENT_TRANSFER_COMPLETE,
        CCTL_EVENT_MOVE_COMPLETE,  CCTL_EVENT_CANCEL,
        CCTL_EVENT_RESET,          CCTL_EVENT_VM_COMPLETE};
    static const uint32_t invalid_kinds[] = {0, CCTL_EVENT_VM_LEAVES_ENABLED, 12,
                                             0xFFFFFFFFu};
    static const uint32_t progress_values[] = {0,  1,   49,  50,          51,
                                               99, 100, 101, 0xFFFFFFFFu, 0x80000000u};
    static const uint32_t fail_values[] = {CCTL_S_OK,   CCTL_E_BUSY, CCTL_E_FAIL,
                                           0x00000001u, 0x80000000u, 0x7FFFFFFFu,
                                           0xFFFFFFFFu};
    size_t i;
    for (i = 0; i < COUNTOF(no_argument); i++) {
        add_event(no_argument[i], NULL, 0);
        add_event(no_argument[i], "node2", 0xFFFFFFFFu); /* unused fields */
    }
    for (i = 0; i < COUNTOF(invalid_kinds); i++) {
        add_event(invalid_kinds[i], NULL, 0);
        add_event(invalid_kinds[i], "node2", 3);
    }
    for (i = 0; i < COUNTOF(destinations); i++)
        add_event(CCTL_EVENT_START, destinations[i], 0);
    add_event(CCTL_EVENT_START, "node2", 0xFFFFFFFFu);
    for (i = 0; i < COUNTOF(progress_values); i++)
        add_event(CCTL_EVENT_PROGRESS, NULL, progress_values[i]);
    for (i = 0; i < COUNTOF(fail_values); i++)
        add_event(CCTL_EVENT_FAIL, NULL, fail_values[i]);
    for (i = 0; i < COUNTOF(sweep_vm_states); i++)
        add_event(CCTL_EVENT_VM_REQUEST, NULL, sweep_vm_states[i]);
    add_event(CCTL_EVENT_VM_REQUEST, NULL, 0x10002u);    /* Enabled + 65536 */
    add_event(CCTL_EVENT_VM_REQUEST, NULL, 0x80000003u); /* Disabled, high bit */
}

/* The table's rows are well formed: known machine and event, documented
 * states, arguments only on VM requests, no two rows for one key. */
static void test_table_shape(void)
{
    size_t i, j;
    table = clusctl_machine_transitions(&table_rows);
    CHECK(table != NULL);
    CHECK(table_rows > 0 && table_rows <= COUNTOF(row_hits));
    CHECK(clusctl_machine_transitions(NULL) == NULL);
    if (table == NULL || table_rows > COUNTOF(row_hits)) {
        table_rows = 0;
        return;
    }
    for (i = 0; i < table_rows; i++) {
        const clusctl_transition *t = &table[i];
        int ok;
        if (t->machine == CCTL_MACHINE_VM)
            ok = ref_vm_documented(t->from) && ref_vm_documented(t->to) &&
                 is_vm_event(t->event) &&
                 (t->event == CCTL_EVENT_VM_REQUEST ? ref_requestable(t->argument)
                                                    : t->argument == 0);
        else if (t->machine == CCTL_MACHINE_MIGRATION)
            ok = ref_migration_documented(t->from) &&
                 ref_migration_documented(t->to) && t->event >= 1 &&
                 t->event <= 11 && !is_vm_event(t->event) && t->argument == 0;
        else
            ok = 0;
        for (j = 0; j < i; j++)
            if (table[j].machine == t->machine && table[j].from == t->from &&
                table[j].event == t->event && table[j].argument == t->argument)
                ok = 0;
        if (!ok && ++fails[F_TABLE] <= MAX_PRINTED)
            fprintf(stderr,
                    "FAIL row %lu: machine %lu from %lu event %lu argument %lu "
                    "to %lu guards 0x%lX effect %lu\n",
                    (unsigned long)i, (unsigned long)t->machine,
                    (unsigned long)t->from, (unsigned long)t->event,
                    (unsigned long)t->argument, (unsigned long)t->to,
                    (unsigned long)t->guards, (unsigned long)t->effect);
    }
    settle();
}

/* A call with NULL pointers: clusctl_vm_apply() (code 0) or the front door
 * with a code (and node2's START buffer, or no buffer), each pointer given
 * or NULL. Always ERROR_INVALID_PARAMETER; where there are both a model and
 * a next, next is the model after. */
typedef struct null_case {
    const char *what;
    uint32_t code;
    int buffer;
    int current, cluster, event, next; /* 1: given; 0: NULL */
} null_case;

static const null_case null_cases[] = {
    {"apply, current NULL", 0, 0, 0, 1, 1, 1},
    {"apply, next NULL", 0, 0, 1, 1, 1, 0},
    {"apply, event NULL", 0, 0, 1, 1, 0, 1},
    /* START with no cluster: refused, unchanged; ERROR_INVALID_PARAMETER
     * once the state allows the START (the cluster is needed for the
     * destination, checked after the state) */
    {"apply START, cluster NULL", 0, 0, 1, 0, 1, 1},
    {"door CANCEL, current NULL", CCTL_VM_CANCEL_MIGRATION, 0, 0, 1, 1, 1},
    {"door CANCEL, next NULL", CCTL_VM_CANCEL_MIGRATION, 0, 1, 1, 1, 0},
    {"door CANCEL, cluster NULL", CCTL_VM_CANCEL_MIGRATION, 0, 1, 0, 1, 1},
    {"door START, cluster NULL", CCTL_VM_START_MIGRATION, 1, 1, 0, 1, 1},
};

static void test_null_pointers(void)
{
    clusctl_vm m = {.vm_state = CCTL_VM_ENABLED, .migration_state = CCTL_MIGRATION_NONE, .host = 1, .source = 0, .destination = 0, .failure_reason = 0, .progress = 0}, next;
    clusctl_event ev = {.kind = CCTL_EVENT_START, .caller = 1, .destination = "node2", .value = 0};
    unsigned long before = fails[F_NULL_POINTER];
    size_t i;

    for (i = 0; i < COUNTOF(null_cases); i++) {
        const null_case *c = &null_cases[i];
        const clusctl_vm *cur = c->current ? &m : NULL;
        const clusctl_cluster *cl = c->cluster ? &sweep_cluster : NULL;
        clusctl_vm *out = c->next ? &next : NULL;
        clusctl_status st;
        memset(&next, 0xA5, sizeof next);
        if (c->code == 0)
            st = clusctl_vm_apply(cur, cl, c->event ? &ev : NULL, out);
        else
            st = clusctl_vm_resource_control(c->code,
                                             c->buffer ? start_buffers[NODE2_BUFFER] : NULL,
                                             c->buffer ? start_sizes[NODE2_BUFFER] : 0, cl,
                                             1, cur, out);
        if (st != CCTL_ERROR_INVALID_PARAMETER ||
            (cur != NULL && out != NULL && !vm_equal(&next, &m)))
            report(F_NULL_POINTER, c->what, cur, c->code == 0 && c->event ? &ev : NULL, st,
                   cur != NULL && out != NULL ? &next : NULL,
                   CCTL_ERROR_INVALID_PARAMETER, cur);
    }
    /* START with no cluster in every migration state: refused, unchanged,
     * with the status the reference gives (the state first). */
    for (i = 0; i < COUNTOF(sweep_migration_states); i++) {
        clusctl_vm s = m, want;
        clusctl_status st, want_st;
        s.migration_state = sweep_migration_states[i];
        memset(&next, 0xA5, sizeof next);
        st = clusctl_vm_apply(&s, NULL, &ev, &next);
        want_st = ref_apply(&s, NULL, &ev, &want);
        if (st != want_st || !vm_equal(&next, &s) ||
            (st != CCTL_ERROR_INVALID_PARAMETER && st != CCTL_ERROR_INVALID_STATE))
            report(F_NULL_POINTER, "apply START, cluster NULL, every migration state", &s,
                   &ev, st, &next, want_st, &s);
    }
    if (fails[F_NULL_POINTER] != before)
        fprintf(stderr, "FAIL [%s]: %lu cases\n", category_names[F_NULL_POINTER],
                fails[F_NULL_POINTER] - before);
    settle();
}

/* Every VmState in the list x every MigrationState x variants x callers x
 * events; the front door for each (model, caller). */
static void test_sweep(void)
{
    static clusctl_vm models[MAX_MODELS];
    size_t a, b, k, c, e, nmodels, ncallers;
    uint32_t callers[6];
    unsigned long long before = apply_combos, door_before = door_combos;

    for (a = 0; a < COUNTOF(sweep_vm_states); a++)
        for (b = 0; b < COUNTOF(sweep_migration_states); b++) {
            nmodels = make_models(sweep_vm_states[a], sweep_migration_states[b],
                                  models);
            for (k = 0; k < nmodels; k++) {
                ncallers = make_callers(&models[k], callers);
                for (c = 0; c < ncallers; c++) {
                    for (e = 0; e < sweep_event_count; e++) {
                        clusctl_event ev = sweep_events[e];
                        ev.caller = callers[c];
                        check_apply(&models[k], &sweep_cluster, &ev, NULL);
                    }
                    if ((k * 6 + c) % range_step == 0)
                        check_front_door(&models[k], callers[c],
                                         c == 0 || c == 5 /* host, none */);
                }
                if (k % range_step == 0)
                    check_props(&models[k]);
            }
        }
    printf("sweep: %llu apply combinations, %llu front-door calls, %llu property-code "
           "calls\n",
           apply_combos - before, door_combos - door_before, props_combos);
    settle();
}

/* Every VmState 0..32800 (and the top values) x MigrationState 0..5 and 7
 * x every event of the sweep, run on the host; START and CANCEL also on
 * another node and on none. */
static void test_full_vm_range(void)
{
    static const uint32_t migs[] = {0, 1, 2, 3, 4, 5, 7};
    static const uint32_t callers[] = {1, 2, CCTL_NO_NODE};
    unsigned long long before = apply_combos;
    uint32_t v = 0;
    size_t b, e, c;
    int last = 0;

    for (;;) {
        for (b = 0; b < COUNTOF(migs) && in_range_step(v); b++) {
            clusctl_vm m = {0};
            m.vm_state = v;
            m.migration_state = migs[b];
            m.host = 1;
            m.source = migs[b] == 0 ? 0 : 1;
            m.destination = migs[b] == 0 ? 0 : 2;
            m.failure_reason = migs[b] == 5 ? CCTL_E_BUSY : 0;
            m.progress = migs[b] == 3 ? 100 : migs[b] == 2 ? 50 : 0;
            for (e = 0; e < sweep_event_count; e++) {
                clusctl_event ev = sweep_events[e];
                int both = ev.kind == CCTL_EVENT_START || ev.kind == CCTL_EVENT_CANCEL;
                for (c = 0; c < (both ? COUNTOF(callers) : 1); c++) {
                    ev.caller = callers[c];
                    check_apply(&m, &sweep_cluster, &ev, NULL);
                }
            }
            if (v % 64 == 2 || v == 32768 || v == 32769) {
                check_front_door(&m, 1, 0);
                check_props(&m);
            }
        }
        if (last)
            break;
        if (v == 32800)
            v = 65535;
        else if (v == 65535)
            v = 65536;
        else if (v == 65536)
            v = 0x7FFFFFFFu;
        else if (v == 0x7FFFFFFFu)
            v = 0x80000002u;
        else if (v == 0x80000002u) {
            v = 0xFFFFFFFFu;
            last = 1;
        } else
            v++;
    }
    printf("VmState 0..32800 and top values: %llu apply combinations\n",
           apply_combos - before);
    settle();
}

/* Every requested value 0..32800 (and the top values) from every documented
 * VmState, with and without a migration running. */
static void test_requested_values(void)
{
    static const uint32_t migs[] = {0, 1, 7};
    static const uint32_t tops[] = {65535, 65536, 0x10002u, 0x18000u,
                                    0x7FFFFFFFu, 0x80000002u, 0xFFFFFFFFu};
    unsigned long long before = apply_combos;
    size_t a, b, i;
    uint32_t v;

    for (a = 0; a < 10; a++)
        for (b = 0; b < COUNTOF(migs); b++) {
            clusctl_vm m = {0};
            clusctl_event ev;
            m.vm_state = sweep_vm_states[a];
            m.migration_state = migs[b];
            m.host = 1;
            m.source = migs[b] == 0 ? 0 : 1;
            m.destination = migs[b] == 0 ? 0 : 2;
            m.failure_reason = 0;
            m.progress = 0;
            memset(&ev, 0, sizeof ev);
            ev.kind = CCTL_EVENT_VM_REQUEST;
            for (v = 0; v <= 32800; v++) {
                if (!in_range_step(v))
                    continue;
                ev.value = v;
                check_apply(&m, &sweep_cluster, &ev, NULL);
            }
            for (i = 0; i < COUNTOF(tops); i++) {
                ev.value = tops[i];
                check_apply(&m, &sweep_cluster, &ev, NULL);
            }
        }
    printf("requested VmState 0..32800 and top values: %llu apply combinations\n",
           apply_combos - before);
    settle();
}

/* ---- Reachability. ---- */

#define VISITED_SIZE 16384 /* a power of 2 */

static clusctl_vm visited[VISITED_SIZE];
static unsigned char visited_used[VISITED_SIZE];
static clusctl_vm queue[VISITED_SIZE];
static size_t visited_count;

static uint32_t vm_hash(const clusctl_vm *v)
{
    const uint32_t f[7] = {v->vm_state, v->migration_state, v->host, v->source,
                           v->destination, v->failure_reason, v->progress};
    uint32_t h = 2166136261u;
    size_t i, j;
    for (i = 0; i < 7; i++)
        for (j = 0; j < 4; j++) {
            h ^= (f[i] >> (8 * j)) & 0xFFu;
            h *= 16777619u;
        }
    return h;
}

/* Adds v to the visited set; 1 when it is new, 0 when seen, -1 when full. */
static int visit(const clusctl_vm *v)
{
    size_t i = vm_hash(v) & (VISITED_SIZE - 1);
    while (visited_used[i]) {
        if (vm_equal(&visited[i], v))
            return 0;
        i = (i + 1) & (VISITED_SIZE - 1);
    }
    if (visited_count >= VISITED_SIZE * 3 / 4)
        return -1;
    visited_used[i] = 1;
    visited[i] = *v;
    visited_count++;
    return 1;
}

static const char *reach_invariant(const clusctl_vm *v)
{
    uint32_t m = v->migration_state;
    if (!ref_vm_documented(v->vm_state))
        return "undocumented VmState";
    if (!ref_migration_documented(m))
        return "undocumented MigrationState";
    if (v->progress > 100)
        return "progress above 100";
    if (v->host == CCTL_NO_NODE)
        return "no host";
    if (m >= 1 && m <= 3) {
        if (v->source == CCTL_NO_NODE || v->destination == CCTL_NO_NODE)
            return "running migration without source or destination";
        if (v->source == v->destination)
            return "running migration with source == destination";
        if (v->source != v->host)
            return "running migration whose source is not the host";
        if (v->vm_state != CCTL_VM_ENABLED)
            return "running migration of a VM that is not Enabled";
        if (v->failure_reason != CCTL_S_OK)
            return "running migration with a failure reason";
    }
    if (m == 0 && (v->source != CCTL_NO_NODE || v->destination != CCTL_NO_NODE ||
                   v->progress != 0 || v->failure_reason != CCTL_S_OK))
        return "No Migration with a source, destination, progress or reason";
    if (m == 5 && (v->failure_reason & 0x80000000u) == 0)
        return "Failure without a failure HRESULT";
    if ((m == 4 || m == 5) &&
        (v->source == CCTL_NO_NODE || v->destination == CCTL_NO_NODE))
        return "Canceled or Failure without the last attempt's nodes";
    return NULL;
}

static void test_reachability(void)
{
    static const uint32_t documented_vm[] = {0,     2,     3,     32768, 32769,
                                             32770, 32773, 32774, 32776, 32777};
    static const uint32_t requests[] = {2, 3, 32768, 32769};
    static const uint32_t progress_values[] = {0, 37, 100};
    static const uint32_t fail_values[] = {CCTL_E_BUSY, CCTL_E_FAIL};
    static const uint32_t no_argument[] = {
        CCTL_EVENT_SETUP_COMPLETE, CCTL_EVENT_TRANSFER_COMPLETE,
        CCTL_EVENT_MOVE_COMPLETE, CCTL_EVENT_RESET, CCTL_EVENT_VM_COMPLETE};
    clusctl_event events[64];
    size_t nevents = 0, head = 0, tail = 0, i, j, pairs = 0;
    unsigned long long before = apply_combos;
    unsigned char pair_seen[10][6];

    memset(pair_seen, 0, sizeof pair_seen);
    memset(events, 0, sizeof events);
    for (i = 0; i < COUNTOF(no_argument); i++)
        events[nevents++].kind = no_argument[i];
    for (i = 0; i < COUNTOF(progress_values); i++) {
        events[nevents].kind = CCTL_EVENT_PROGRESS;
        events[nevents++].value = progress_values[i];
    }
    for (i = 0; i < COUNTOF(fail_values); i++) {
        events[nevents].kind = CCTL_EVENT_FAIL;
        events[nevents++].value = fail_values[i];
    }
    for (i = 0; i < COUNTOF(requests); i++) {
        events[nevents].kind = CCTL_EVENT_VM_REQUEST;
        events[nevents++].value = requests[i];
    }
    for (i = 0; i < reach_cluster.count; i++) {
        events[nevents].kind = CCTL_EVENT_CANCEL;
        events[nevents++].caller = reach_nodes[i].id;
        for (j = 0; j < reach_cluster.count; j++) {
            events[nevents].kind = CCTL_EVENT_START;
            events[nevents].caller = reach_nodes[i].id;
            events[nevents++].destination = reach_nodes[j].name;
        }
    }

    for (i = 0; i < COUNTOF(documented_vm); i++) {
        clusctl_vm start;
        memset(&start, 0, sizeof start);
        start.vm_state = documented_vm[i];
        start.host = 1;
        if (visit(&start) == 1)
            queue[tail++] = start;
    }
    while (head < tail) {
        clusctl_vm m = queue[head++];
        const char *broken = reach_invariant(&m);
        if (broken != NULL)
            report(F_REACH, broken, &m, NULL, 0, NULL, 0, NULL);
        for (i = 0; i < COUNTOF(documented_vm); i++)
            for (j = 0; j < 6; j++)
                if (m.vm_state == documented_vm[i] && m.migration_state == j &&
                    !pair_seen[i][j]) {
                    pair_seen[i][j] = 1;
                    pairs++;
                }
        for (i = 0; i < nevents; i++) {
            clusctl_vm next;
            int added;
            if (check_apply(&m, &reach_cluster, &events[i], &next) !=
                CCTL_ERROR_SUCCESS)
                continue;
            added = visit(&next);
            if (added < 0) {
                report(F_REACH_SIZE, "visited set full", &next, &events[i], 0,
                       NULL, 0, NULL);
                head = tail; /* stop */
                break;
            }
            if (added == 1)
                queue[tail++] = next;
        }
    }
    printf("reachability: %lu distinct models reachable from the 10 documented "
           "VmStates (%lu of the 60 (VmState, MigrationState) pairs), %llu "
           "apply combinations\n",
           (unsigned long)visited_count, (unsigned long)pairs,
           apply_combos - before);
    settle();
}

/* Every row of the table was taken by some accepted step above. */
static void test_row_coverage(void)
{
    size_t i;
    for (i = 0; i < table_rows; i++)
        if (row_hits[i] == 0 && ++fails[F_COVERAGE] <= MAX_PRINTED)
            fprintf(stderr, "FAIL row %lu (machine %lu, from %lu, event %lu, "
                            "argument %lu, to %lu) never taken\n",
                    (unsigned long)i, (unsigned long)table[i].machine,
                    (unsigned long)table[i].from, (unsigned long)table[i].event,
                    (unsigned long)table[i].argument, (unsigned long)table[i].to);
    settle();
}

int main(int argc, char **argv)
{
    if (argc > 2 || (argc == 2 && (clusctl_parse_u32(argv[1], &range_step) !=
                                       CCTL_ERROR_SUCCESS ||
                                   range_step == 0))) {
        fprintf(stderr, "usage: %s [STEP]\n", argv[0]);
        return 2;
    }
    if (range_step != 1)
        printf("STEP %lu: the ranges of 0..32800 visit every %lu-th value "
               "besides 0..16 and 32768..32800; the sweep's front-door and "
               "property checks are thinned as much\n",
               (unsigned long)range_step, (unsigned long)range_step);
    build_start_buffers();
    build_too_long();
    build_other_codes();
    build_sweep_events();
    build_set_cases();
    RUN(test_table_shape);
    RUN(test_null_pointers);
    RUN(test_sweep);
    RUN(test_full_vm_range);
    RUN(test_requested_values);
    RUN(test_reachability);
    RUN(test_row_coverage);
    printf("%llu apply combinations and %llu front-door calls checked\n",
           apply_combos, door_combos);
    return harness_finish();
}
