/* The VM state machines, one named test per behaviour of the seed
 * documents and per decision vm.h documents. The exhaustive sweep is in
 * test_vm_exhaustive.c. */
/* The machines' table (clusctl_machine_transitions()) is unstable API. */
#define CCTL_UNSTABLE_API

#include <stdlib.h>

#include "clusctl/clusctl.h"
#include "harness.h"
#include "print.h"

enum { NODE1 = 1, NODE2 = 2, NODE3 = 3, NODE4 = 4 };

static const clusctl_node nodes[] = {
    {.id = NODE1, .name = "node1", .up = 1},
    {.id = NODE2, .name = "node2", .up = 1},
    {.id = NODE3, .name = "node3", .up = 0}, /* down */
    {.id = NODE4, .name = "Node4.contoso.com", .up = 1},
};
static const clusctl_cluster cluster = {.nodes = nodes, .count = 4};

/* A VM hosted on node1 in the given states, no migration details. */
static clusctl_vm vm_of(uint32_t vm_state, uint32_t migration_state)
{
    clusctl_vm vm;
    memset(&vm, 0, sizeof vm);
    vm.vm_state = vm_state;
    vm.migration_state = migration_state;
    vm.host = NODE1;
    if (migration_state >= 1 && migration_state <= 5) {
        vm.source = NODE1;
        vm.destination = NODE2;
    }
    if (migration_state == 5)
        vm.failure_reason = CCTL_E_FAIL;
    return vm;
}

static clusctl_event ev(uint32_t kind, uint32_t caller, const char *dest,
                        uint32_t value)
{
    clusctl_event e = {0};
    e.kind = kind;
    e.caller = caller;
    e.destination = dest;
    e.value = value;
    return e;
}

static int same(const clusctl_vm *a, const clusctl_vm *b)
{
    return memcmp(a, b, sizeof *a) == 0;
}

/* Applies e; checks the status, that the input is untouched, and for a
 * refusal that the output equals the input; prints the case when a check
 * fails. Returns the output. */
static clusctl_vm apply(clusctl_vm in, clusctl_event e, clusctl_status want)
{
    clusctl_vm copy = in, out;
    unsigned long before = harness_failed;
    clusctl_status got;
    memset(&out, 0xAB, sizeof out);
    got = clusctl_vm_apply(&in, &cluster, &e, &out);
    CHECK_EQ_U(got, want);
    CHECK(same(&in, &copy));
    if (want != CCTL_ERROR_SUCCESS)
        CHECK(same(&out, &in));
    if (harness_failed != before) {
        print_vm("model", &copy);
        print_event(&e);
        print_status("got", got);
        print_vm("got", &out);
        print_status("expected", want);
    }
    return out;
}

/* ---- START (0x01600004) ---- */

static void test_start_succeeds_when_online_on_host(void)
{
    clusctl_vm out = apply(vm_of(CCTL_VM_ENABLED, CCTL_MIGRATION_NONE),
                           ev(CCTL_EVENT_START, NODE1, "node2", 0), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(out.vm_state, CCTL_VM_ENABLED);
    CHECK_EQ_U(out.migration_state, CCTL_MIGRATION_SETUP);
    CHECK_EQ_U(out.host, NODE1);
    CHECK_EQ_U(out.source, NODE1);
    CHECK_EQ_U(out.destination, NODE2);
    CHECK_EQ_U(out.failure_reason, CCTL_S_OK);
    CHECK_EQ_U(out.progress, 0);
}

static void test_start_refused_unless_vm_online(void)
{
    static const uint32_t states[] = {
        CCTL_VM_UNKNOWN, CCTL_VM_DISABLED, CCTL_VM_PAUSED, CCTL_VM_SUSPENDED,
        CCTL_VM_STARTING, CCTL_VM_SAVING, CCTL_VM_STOPPING, CCTL_VM_PAUSING,
        CCTL_VM_RESUMING, 1, 4, 0xFFFFFFFFu};
    size_t i;
    for (i = 0; i < sizeof states / sizeof states[0]; i++)
        (void)apply(vm_of(states[i], CCTL_MIGRATION_NONE),
                    ev(CCTL_EVENT_START, NODE1, "node2", 0), CCTL_ERROR_INVALID_STATE);
}

static void test_start_refused_unless_on_host(void)
{
    (void)apply(vm_of(CCTL_VM_ENABLED, 0), ev(CCTL_EVENT_START, NODE2, "node4.contoso.com", 0),
                CCTL_ERROR_INVALID_STATE);
    (void)apply(vm_of(CCTL_VM_ENABLED, 0), ev(CCTL_EVENT_START, CCTL_NO_NODE, "node2", 0),
                CCTL_ERROR_INVALID_STATE);
    (void)apply(vm_of(CCTL_VM_ENABLED, 0), ev(CCTL_EVENT_START, 99, "node2", 0),
                CCTL_ERROR_INVALID_STATE);
}

/* Decision: START during Setup, Data Transfer or Move is refused and leaves
 * the running migration as it is. */
static void test_start_refused_while_migrating(void)
{
    uint32_t m;
    for (m = CCTL_MIGRATION_SETUP; m <= CCTL_MIGRATION_MOVE; m++) {
        clusctl_vm vm = vm_of(CCTL_VM_ENABLED, m);
        vm.progress = m == CCTL_MIGRATION_DATA_TRANSFER ? 40 : 0;
        (void)apply(vm, ev(CCTL_EVENT_START, NODE1, "node4.contoso.com", 0),
                    CCTL_ERROR_INVALID_STATE);
    }
}

/* Decision: START from Canceled or Failure is allowed and clears the
 * failure reason. */
static void test_start_after_canceled_or_failure(void)
{
    clusctl_vm vm = vm_of(CCTL_VM_ENABLED, CCTL_MIGRATION_FAILURE), out;
    vm.failure_reason = CCTL_E_BUSY;
    vm.progress = 30;
    out = apply(vm, ev(CCTL_EVENT_START, NODE1, "node4.contoso.com", 0), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(out.migration_state, CCTL_MIGRATION_SETUP);
    CHECK_EQ_U(out.failure_reason, CCTL_S_OK);
    CHECK_EQ_U(out.destination, NODE4);
    CHECK_EQ_U(out.progress, 0);
    out = apply(vm_of(CCTL_VM_ENABLED, CCTL_MIGRATION_CANCELED),
                ev(CCTL_EVENT_START, NODE1, "node2", 0), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(out.migration_state, CCTL_MIGRATION_SETUP);
    CHECK_EQ_U(out.failure_reason, CCTL_S_OK);
}

/* The destination: each case its own status, checked after the state. */
static void test_start_destination_checks(void)
{
    clusctl_vm vm = vm_of(CCTL_VM_ENABLED, CCTL_MIGRATION_NONE);
    clusctl_vm out;
    (void)apply(vm, ev(CCTL_EVENT_START, NODE1, NULL, 0), CCTL_ERROR_INVALID_PARAMETER);
    (void)apply(vm, ev(CCTL_EVENT_START, NODE1, "", 0), CCTL_ERROR_INVALID_COMPUTERNAME);
    (void)apply(vm, ev(CCTL_EVENT_START, NODE1, "node1", 0), CCTL_ERROR_CLUSTER_INVALID_REQUEST);
    (void)apply(vm, ev(CCTL_EVENT_START, NODE1, "NODE1", 0), CCTL_ERROR_CLUSTER_INVALID_REQUEST);
    (void)apply(vm, ev(CCTL_EVENT_START, NODE1, "node9", 0), CCTL_ERROR_CLUSTER_NODE_NOT_FOUND);
    (void)apply(vm, ev(CCTL_EVENT_START, NODE1, "node2 ", 0), CCTL_ERROR_CLUSTER_NODE_NOT_FOUND);
    (void)apply(vm, ev(CCTL_EVENT_START, NODE1, "node3", 0), CCTL_ERROR_CLUSTER_NODE_DOWN);
    /* Names compare without regard to ASCII case. */
    out = apply(vm, ev(CCTL_EVENT_START, NODE1, "NODE4.CONTOSO.COM", 0), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(out.destination, NODE4);
    /* The state is checked first: a bad destination on a stopped VM is
     * ERROR_INVALID_STATE. */
    (void)apply(vm_of(CCTL_VM_DISABLED, 0), ev(CCTL_EVENT_START, NODE1, "node9", 0),
                CCTL_ERROR_INVALID_STATE);
    (void)apply(vm_of(CCTL_VM_DISABLED, 0), ev(CCTL_EVENT_START, NODE1, NULL, 0),
                CCTL_ERROR_INVALID_STATE);
    /* START needs the cluster. */
    {
        clusctl_event e = ev(CCTL_EVENT_START, NODE1, "node2", 0);
        CHECK_EQ_U(clusctl_vm_apply(&vm, NULL, &e, &out), CCTL_ERROR_INVALID_PARAMETER);
        CHECK(same(&out, &vm));
    }
}

/* ---- CANCEL (0x01600008) ---- */

static void test_cancel_in_setup_or_transfer_on_source(void)
{
    clusctl_vm vm = vm_of(CCTL_VM_ENABLED, CCTL_MIGRATION_DATA_TRANSFER), out;
    vm.progress = 60;
    out = apply(vm_of(CCTL_VM_ENABLED, CCTL_MIGRATION_SETUP),
                ev(CCTL_EVENT_CANCEL, NODE1, NULL, 0), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(out.migration_state, CCTL_MIGRATION_CANCELED);
    CHECK_EQ_U(out.host, NODE1);
    out = apply(vm, ev(CCTL_EVENT_CANCEL, NODE1, NULL, 0), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(out.migration_state, CCTL_MIGRATION_CANCELED);
    CHECK_EQ_U(out.progress, 60); /* the last attempt's, kept */
    CHECK_EQ_U(out.source, NODE1);
    CHECK_EQ_U(out.destination, NODE2);
}

static void test_cancel_refused_in_other_states(void)
{
    static const uint32_t states[] = {CCTL_MIGRATION_NONE, CCTL_MIGRATION_MOVE,
                                      CCTL_MIGRATION_CANCELED, CCTL_MIGRATION_FAILURE,
                                      6, 0xFFFFFFFFu};
    size_t i;
    for (i = 0; i < sizeof states / sizeof states[0]; i++)
        (void)apply(vm_of(CCTL_VM_ENABLED, states[i]), ev(CCTL_EVENT_CANCEL, NODE1, NULL, 0),
                    CCTL_ERROR_INVALID_STATE);
}

static void test_cancel_refused_off_the_source(void)
{
    (void)apply(vm_of(CCTL_VM_ENABLED, CCTL_MIGRATION_SETUP),
                ev(CCTL_EVENT_CANCEL, NODE2, NULL, 0), CCTL_ERROR_INVALID_STATE);
    (void)apply(vm_of(CCTL_VM_ENABLED, CCTL_MIGRATION_DATA_TRANSFER),
                ev(CCTL_EVENT_CANCEL, CCTL_NO_NODE, NULL, 0), CCTL_ERROR_INVALID_STATE);
}

/* ---- The rest of the migration machine ---- */

static void test_full_migration_moves_the_host(void)
{
    clusctl_vm vm = vm_of(CCTL_VM_ENABLED, CCTL_MIGRATION_NONE);
    vm = apply(vm, ev(CCTL_EVENT_START, NODE1, "node2", 0), CCTL_ERROR_SUCCESS);
    vm = apply(vm, ev(CCTL_EVENT_SETUP_COMPLETE, 0, NULL, 0), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(vm.migration_state, CCTL_MIGRATION_DATA_TRANSFER);
    vm = apply(vm, ev(CCTL_EVENT_PROGRESS, 0, NULL, 10), CCTL_ERROR_SUCCESS);
    vm = apply(vm, ev(CCTL_EVENT_PROGRESS, 0, NULL, 10), CCTL_ERROR_SUCCESS);
    vm = apply(vm, ev(CCTL_EVENT_PROGRESS, 0, NULL, 75), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(vm.progress, 75);
    vm = apply(vm, ev(CCTL_EVENT_TRANSFER_COMPLETE, 0, NULL, 0), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(vm.migration_state, CCTL_MIGRATION_MOVE);
    CHECK_EQ_U(vm.progress, 100);
    vm = apply(vm, ev(CCTL_EVENT_MOVE_COMPLETE, 0, NULL, 0), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(vm.migration_state, CCTL_MIGRATION_NONE);
    CHECK_EQ_U(vm.host, NODE2);
    CHECK_EQ_U(vm.source, CCTL_NO_NODE);
    CHECK_EQ_U(vm.destination, CCTL_NO_NODE);
    CHECK_EQ_U(vm.progress, 0);
    CHECK_EQ_U(vm.vm_state, CCTL_VM_ENABLED);
    /* Now node2 hosts it: START from node1 is refused, from node2 accepted. */
    (void)apply(vm, ev(CCTL_EVENT_START, NODE1, "node4.contoso.com", 0), CCTL_ERROR_INVALID_STATE);
    (void)apply(vm, ev(CCTL_EVENT_START, NODE2, "node1", 0), CCTL_ERROR_SUCCESS);
}

static void test_progress_rules(void)
{
    clusctl_vm vm = vm_of(CCTL_VM_ENABLED, CCTL_MIGRATION_DATA_TRANSFER);
    vm.progress = 50;
    (void)apply(vm, ev(CCTL_EVENT_PROGRESS, 0, NULL, 49), CCTL_ERROR_INVALID_PARAMETER);
    (void)apply(vm, ev(CCTL_EVENT_PROGRESS, 0, NULL, 101), CCTL_ERROR_INVALID_PARAMETER);
    (void)apply(vm, ev(CCTL_EVENT_PROGRESS, 0, NULL, 0xFFFFFFFFu), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(apply(vm, ev(CCTL_EVENT_PROGRESS, 0, NULL, 100), CCTL_ERROR_SUCCESS).progress, 100);
    (void)apply(vm_of(CCTL_VM_ENABLED, CCTL_MIGRATION_SETUP),
                ev(CCTL_EVENT_PROGRESS, 0, NULL, 10), CCTL_ERROR_INVALID_STATE);
    (void)apply(vm_of(CCTL_VM_ENABLED, CCTL_MIGRATION_MOVE),
                ev(CCTL_EVENT_PROGRESS, 0, NULL, 100), CCTL_ERROR_INVALID_STATE);
}

static void test_steps_out_of_order_refused(void)
{
    (void)apply(vm_of(CCTL_VM_ENABLED, CCTL_MIGRATION_NONE),
                ev(CCTL_EVENT_SETUP_COMPLETE, 0, NULL, 0), CCTL_ERROR_INVALID_STATE);
    (void)apply(vm_of(CCTL_VM_ENABLED, CCTL_MIGRATION_SETUP),
                ev(CCTL_EVENT_TRANSFER_COMPLETE, 0, NULL, 0), CCTL_ERROR_INVALID_STATE);
    (void)apply(vm_of(CCTL_VM_ENABLED, CCTL_MIGRATION_DATA_TRANSFER),
                ev(CCTL_EVENT_MOVE_COMPLETE, 0, NULL, 0), CCTL_ERROR_INVALID_STATE);
    (void)apply(vm_of(CCTL_VM_ENABLED, CCTL_MIGRATION_NONE),
                ev(CCTL_EVENT_RESET, 0, NULL, 0), CCTL_ERROR_INVALID_STATE);
    (void)apply(vm_of(CCTL_VM_ENABLED, CCTL_MIGRATION_NONE),
                ev(CCTL_EVENT_FAIL, 0, NULL, CCTL_E_FAIL), CCTL_ERROR_INVALID_STATE);
}

static void test_failure_with_hresult(void)
{
    uint32_t m;
    for (m = CCTL_MIGRATION_SETUP; m <= CCTL_MIGRATION_MOVE; m++) {
        clusctl_vm out = apply(vm_of(CCTL_VM_ENABLED, m),
                               ev(CCTL_EVENT_FAIL, 0, NULL, CCTL_E_BUSY), CCTL_ERROR_SUCCESS);
        CHECK_EQ_U(out.migration_state, CCTL_MIGRATION_FAILURE);
        CHECK_EQ_U(out.failure_reason, 0x800700AAu);
        out = apply(vm_of(CCTL_VM_ENABLED, m), ev(CCTL_EVENT_FAIL, 0, NULL, CCTL_E_FAIL),
                    CCTL_ERROR_SUCCESS);
        CHECK_EQ_U(out.failure_reason, 0x80004005u);
        CHECK_EQ_U(out.host, NODE1); /* a failed migration leaves the VM where it was */
        (void)apply(vm_of(CCTL_VM_ENABLED, m), ev(CCTL_EVENT_FAIL, 0, NULL, CCTL_S_OK),
                    CCTL_ERROR_INVALID_PARAMETER);
        (void)apply(vm_of(CCTL_VM_ENABLED, m), ev(CCTL_EVENT_FAIL, 0, NULL, 1),
                    CCTL_ERROR_INVALID_PARAMETER);
    }
}

static void test_reset_after_canceled_or_failure(void)
{
    uint32_t m;
    for (m = CCTL_MIGRATION_CANCELED; m <= CCTL_MIGRATION_FAILURE; m++) {
        clusctl_vm out = apply(vm_of(CCTL_VM_ENABLED, m), ev(CCTL_EVENT_RESET, 0, NULL, 0),
                               CCTL_ERROR_SUCCESS);
        CHECK_EQ_U(out.migration_state, CCTL_MIGRATION_NONE);
        CHECK_EQ_U(out.failure_reason, CCTL_S_OK);
        CHECK_EQ_U(out.source, CCTL_NO_NODE);
        CHECK_EQ_U(out.destination, CCTL_NO_NODE);
        CHECK_EQ_U(out.host, NODE1);
    }
    for (m = CCTL_MIGRATION_NONE; m <= CCTL_MIGRATION_MOVE; m++)
        (void)apply(vm_of(CCTL_VM_ENABLED, m), ev(CCTL_EVENT_RESET, 0, NULL, 0),
                    CCTL_ERROR_INVALID_STATE);
}

/* The VM stops during Data Transfer: the migration fails with E_FAIL. */
static void test_vm_leaving_enabled_fails_the_migration(void)
{
    static const uint32_t requests[] = {CCTL_VM_DISABLED, CCTL_VM_SUSPENDED, CCTL_VM_PAUSED};
    static const uint32_t lands[] = {CCTL_VM_STOPPING, CCTL_VM_SAVING, CCTL_VM_PAUSING};
    size_t i;
    uint32_t m;
    for (i = 0; i < 3; i++) {
        for (m = CCTL_MIGRATION_NONE; m <= CCTL_MIGRATION_FAILURE; m++) {
            clusctl_vm in = vm_of(CCTL_VM_ENABLED, m);
            clusctl_vm out = apply(in, ev(CCTL_EVENT_VM_REQUEST, 0, NULL, requests[i]),
                                   CCTL_ERROR_SUCCESS);
            CHECK_EQ_U(out.vm_state, lands[i]);
            if (m >= CCTL_MIGRATION_SETUP && m <= CCTL_MIGRATION_MOVE) {
                CHECK_EQ_U(out.migration_state, CCTL_MIGRATION_FAILURE);
                CHECK_EQ_U(out.failure_reason, CCTL_E_FAIL);
            } else {
                CHECK_EQ_U(out.migration_state, m);
                CHECK_EQ_U(out.failure_reason, in.failure_reason);
            }
        }
    }
}

/* ---- The VM machine ---- */

static clusctl_vm vm_step(clusctl_vm vm, uint32_t request, uint32_t via, uint32_t to)
{
    vm = apply(vm, ev(CCTL_EVENT_VM_REQUEST, 0, NULL, request), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(vm.vm_state, via);
    if (via != to) {
        vm = apply(vm, ev(CCTL_EVENT_VM_COMPLETE, 0, NULL, 0), CCTL_ERROR_SUCCESS);
        CHECK_EQ_U(vm.vm_state, to);
    }
    return vm;
}

static void test_vm_machine_paths(void)
{
    clusctl_vm vm = vm_of(CCTL_VM_DISABLED, CCTL_MIGRATION_NONE);
    vm = vm_step(vm, CCTL_VM_ENABLED, CCTL_VM_STARTING, CCTL_VM_ENABLED);   /* start */
    vm = vm_step(vm, CCTL_VM_DISABLED, CCTL_VM_STOPPING, CCTL_VM_DISABLED); /* stop */
    vm = vm_step(vm, CCTL_VM_ENABLED, CCTL_VM_STARTING, CCTL_VM_ENABLED);
    vm = vm_step(vm, CCTL_VM_SUSPENDED, CCTL_VM_SAVING, CCTL_VM_SUSPENDED); /* save */
    vm = vm_step(vm, CCTL_VM_ENABLED, CCTL_VM_STARTING, CCTL_VM_ENABLED);   /* restore */
    vm = vm_step(vm, CCTL_VM_PAUSED, CCTL_VM_PAUSING, CCTL_VM_PAUSED);      /* pause */
    vm = vm_step(vm, CCTL_VM_ENABLED, CCTL_VM_RESUMING, CCTL_VM_ENABLED);   /* resume */
    vm = vm_step(vm, CCTL_VM_SUSPENDED, CCTL_VM_SAVING, CCTL_VM_SUSPENDED);
    vm = vm_step(vm, CCTL_VM_DISABLED, CCTL_VM_DISABLED, CCTL_VM_DISABLED); /* discard saved */
    CHECK_EQ_U(vm.migration_state, CCTL_MIGRATION_NONE);
}

static void test_vm_refused_requests(void)
{
    /* Not allowed from the state: ERROR_INVALID_STATE. */
    (void)apply(vm_of(CCTL_VM_DISABLED, 0), ev(CCTL_EVENT_VM_REQUEST, 0, NULL, CCTL_VM_PAUSED),
                CCTL_ERROR_INVALID_STATE);
    (void)apply(vm_of(CCTL_VM_DISABLED, 0), ev(CCTL_EVENT_VM_REQUEST, 0, NULL, CCTL_VM_DISABLED),
                CCTL_ERROR_INVALID_STATE);
    (void)apply(vm_of(CCTL_VM_ENABLED, 0), ev(CCTL_EVENT_VM_REQUEST, 0, NULL, CCTL_VM_ENABLED),
                CCTL_ERROR_INVALID_STATE);
    (void)apply(vm_of(CCTL_VM_PAUSED, 0), ev(CCTL_EVENT_VM_REQUEST, 0, NULL, CCTL_VM_SUSPENDED),
                CCTL_ERROR_INVALID_STATE);
    (void)apply(vm_of(CCTL_VM_STARTING, 0), ev(CCTL_EVENT_VM_REQUEST, 0, NULL, CCTL_VM_DISABLED),
                CCTL_ERROR_INVALID_STATE);
    (void)apply(vm_of(CCTL_VM_ENABLED, 0), ev(CCTL_EVENT_VM_COMPLETE, 0, NULL, 0),
                CCTL_ERROR_INVALID_STATE);
    /* Undocumented current states. */
    (void)apply(vm_of(1, 0), ev(CCTL_EVENT_VM_REQUEST, 0, NULL, CCTL_VM_ENABLED),
                CCTL_ERROR_INVALID_STATE);
    (void)apply(vm_of(0xFFFFFFFFu, 0), ev(CCTL_EVENT_VM_COMPLETE, 0, NULL, 0),
                CCTL_ERROR_INVALID_STATE);
    /* A state no request may name: ERROR_INVALID_PARAMETER. */
    (void)apply(vm_of(CCTL_VM_DISABLED, 0), ev(CCTL_EVENT_VM_REQUEST, 0, NULL, CCTL_VM_STARTING),
                CCTL_ERROR_INVALID_PARAMETER);
    (void)apply(vm_of(CCTL_VM_DISABLED, 0), ev(CCTL_EVENT_VM_REQUEST, 0, NULL, 7),
                CCTL_ERROR_INVALID_PARAMETER);
    (void)apply(vm_of(CCTL_VM_DISABLED, 0), ev(CCTL_EVENT_VM_REQUEST, 0, NULL, CCTL_VM_UNKNOWN),
                CCTL_ERROR_INVALID_PARAMETER);
    /* Unknown event kinds, and the implied one. */
    (void)apply(vm_of(CCTL_VM_ENABLED, 1), ev(0, 0, NULL, 0), CCTL_ERROR_INVALID_PARAMETER);
    (void)apply(vm_of(CCTL_VM_ENABLED, 1), ev(CCTL_EVENT_VM_LEAVES_ENABLED, 0, NULL, 0),
                CCTL_ERROR_INVALID_PARAMETER);
    (void)apply(vm_of(CCTL_VM_ENABLED, 1), ev(99, 0, NULL, 0), CCTL_ERROR_INVALID_PARAMETER);
}

static void test_apply_arguments(void)
{
    clusctl_vm vm = vm_of(CCTL_VM_ENABLED, 0), out;
    clusctl_event e = ev(CCTL_EVENT_START, NODE1, "node2", 0);
    CHECK_EQ_U(clusctl_vm_apply(NULL, &cluster, &e, &out), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_vm_apply(&vm, &cluster, &e, NULL), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_vm_apply(&vm, &cluster, NULL, &out), CCTL_ERROR_INVALID_PARAMETER);
    CHECK(same(&out, &vm));
    /* In place. */
    out = vm;
    CHECK_EQ_U(clusctl_vm_apply(&out, &cluster, &e, &out), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(out.migration_state, CCTL_MIGRATION_SETUP);
}

/* ---- The front door ---- */

static clusctl_status door(uint32_t code, const void *buf, size_t size, uint32_t caller,
                           clusctl_vm in, clusctl_vm *out)
{
    clusctl_vm copy = in;
    clusctl_status s = clusctl_vm_resource_control(code, buf, size, &cluster, caller, &in, out);
    CHECK(same(&in, &copy));
    if (s != CCTL_ERROR_SUCCESS)
        CHECK(same(out, &in));
    return s;
}

static void test_front_door(void)
{
    static const unsigned char node2[] = {'n', 0, 'o', 0, 'd', 0, 'e', 0, '2', 0, 0, 0};
    static const unsigned char empty[] = {0, 0};
    static const unsigned char odd[] = {'n', 0, 0};
    static const unsigned char surrogate[] = {0x3D, 0xD8, 0, 0};
    clusctl_vm vm = vm_of(CCTL_VM_ENABLED, CCTL_MIGRATION_NONE), out;
    static const uint32_t others[] = {0, 0x01600000u, 0x0160000Cu, 0x01600010u,
                                      0x01600014u, 0x01000009u, 0x01800004u, 0xFFFFFFFFu};
    size_t i;

    CHECK_EQ_U(door(CCTL_VM_START_MIGRATION, node2, sizeof node2, NODE1, vm, &out),
               CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(out.migration_state, CCTL_MIGRATION_SETUP);
    CHECK_EQ_U(out.destination, NODE2);
    /* The seed codes are what the catalog calls them. */
    CHECK_STR(clusctl_catalog_name(clusctl_catalog_preferred(CCTL_VM_START_MIGRATION, NULL)),
              "CLUSCTL_RESOURCE_VM_START_MIGRATION");
    CHECK_STR(clusctl_catalog_name(clusctl_catalog_preferred(CCTL_VM_CANCEL_MIGRATION, NULL)),
              "CLUSCTL_RESOURCE_VM_CANCEL_MIGRATION");
    /* Bad buffers, before the state. */
    CHECK_EQ_U(door(CCTL_VM_START_MIGRATION, NULL, 12, NODE1, vm, &out),
               CCTL_ERROR_INVALID_USER_BUFFER);
    CHECK_EQ_U(door(CCTL_VM_START_MIGRATION, odd, sizeof odd, NODE1, vm, &out),
               CCTL_ERROR_BAD_LENGTH);
    CHECK_EQ_U(door(CCTL_VM_START_MIGRATION, node2, sizeof node2 - 2, NODE1, vm, &out),
               CCTL_ERROR_INVALID_DATA);
    CHECK_EQ_U(door(CCTL_VM_START_MIGRATION, surrogate, sizeof surrogate, NODE1, vm, &out),
               CCTL_ERROR_NO_UNICODE_TRANSLATION);
    CHECK_EQ_U(door(CCTL_VM_START_MIGRATION, odd, sizeof odd, NODE1,
                    vm_of(CCTL_VM_DISABLED, 0), &out), CCTL_ERROR_BAD_LENGTH);
    /* Missing and empty are the destination's, after the state. */
    CHECK_EQ_U(door(CCTL_VM_START_MIGRATION, NULL, 0, NODE1, vm, &out),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(door(CCTL_VM_START_MIGRATION, empty, sizeof empty, NODE1, vm, &out),
               CCTL_ERROR_INVALID_COMPUTERNAME);
    CHECK_EQ_U(door(CCTL_VM_START_MIGRATION, NULL, 0, NODE1, vm_of(CCTL_VM_PAUSED, 0), &out),
               CCTL_ERROR_INVALID_STATE);
    CHECK_EQ_U(door(CCTL_VM_START_MIGRATION, empty, sizeof empty, NODE2, vm, &out),
               CCTL_ERROR_INVALID_STATE);
    /* CANCEL takes no buffer. */
    CHECK_EQ_U(door(CCTL_VM_CANCEL_MIGRATION, NULL, 0, NODE1,
                    vm_of(CCTL_VM_ENABLED, CCTL_MIGRATION_SETUP), &out), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(out.migration_state, CCTL_MIGRATION_CANCELED);
    CHECK_EQ_U(door(CCTL_VM_CANCEL_MIGRATION, node2, sizeof node2, NODE1,
                    vm_of(CCTL_VM_ENABLED, CCTL_MIGRATION_SETUP), &out),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(door(CCTL_VM_CANCEL_MIGRATION, node2, 0, NODE1,
                    vm_of(CCTL_VM_ENABLED, CCTL_MIGRATION_SETUP), &out), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(door(CCTL_VM_CANCEL_MIGRATION, NULL, 0, NODE2,
                    vm_of(CCTL_VM_ENABLED, CCTL_MIGRATION_SETUP), &out), CCTL_ERROR_INVALID_STATE);
    /* Every other code: ERROR_INVALID_FUNCTION, the model unchanged. */
    for (i = 0; i < sizeof others / sizeof others[0]; i++)
        CHECK_EQ_U(door(others[i], node2, sizeof node2, NODE1, vm, &out),
                   CCTL_ERROR_INVALID_FUNCTION);
    /* NULL arguments. */
    CHECK_EQ_U(clusctl_vm_resource_control(CCTL_VM_START_MIGRATION, node2, sizeof node2,
                                           NULL, NODE1, &vm, &out), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_vm_resource_control(CCTL_VM_START_MIGRATION, node2, sizeof node2,
                                           &cluster, NODE1, NULL, &out), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_vm_resource_control(CCTL_VM_START_MIGRATION, node2, sizeof node2,
                                           &cluster, NODE1, &vm, NULL), CCTL_ERROR_INVALID_PARAMETER);
}

/* ---- One table, several formats ---- */

static size_t count_of(const char *s, const char *needle)
{
    size_t n = 0;
    for (s = strstr(s, needle); s != NULL; s = strstr(s + 1, needle))
        n++;
    return n;
}

static void test_table_formats(void)
{
    static char text[32768];
    size_t rows, vm_rows = 0, needed = 0, i;
    const clusctl_transition *t = clusctl_machine_transitions(&rows);
    CHECK(t != NULL && rows > 20);
    for (i = 0; i < rows; i++)
        vm_rows += t[i].machine == CCTL_MACHINE_VM;
    CHECK_EQ_U(vm_rows, 12); /* the seven paths of the VM machine */
    CHECK(clusctl_machine_transitions(NULL) == NULL);

    CHECK_EQ_U(clusctl_machine_format(3, CCTL_FORMAT_MARKDOWN, text, sizeof text, &needed),
               CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(needed, strlen(text) + 1);
    CHECK_EQ_U(count_of(text, "\n| "), rows + 2); /* a line per row, two headers */
    CHECK(strstr(text, "| Disabled (3) | request Enabled | Starting (32770) |") != NULL);
    CHECK(strstr(text, "| Data Transfer (2) | cancel | Canceled (4) | caller is the source |") != NULL);
    CHECK(strstr(text, "| Move (3) | move complete | No Migration (0) |") != NULL);

    CHECK_EQ_U(clusctl_machine_format(3, CCTL_FORMAT_CSV, text, sizeof text, &needed),
               CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(count_of(text, "\n"), rows + 1);
    CHECK(strstr(text, "\nmigration,1,Setup,cancel,0,4,Canceled,\"caller is the source\",\"\"\n") != NULL);

    CHECK_EQ_U(clusctl_machine_format(CCTL_MACHINE_VM, CCTL_FORMAT_JSON, text, sizeof text,
                                      &needed), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(count_of(text, "{\"machine\":\"vm\""), 12);
    CHECK_EQ_U(count_of(text, "\"migration\""), 0);

    CHECK_EQ_U(clusctl_machine_format(3, CCTL_FORMAT_DOT, text, sizeof text, &needed),
               CCTL_ERROR_SUCCESS);
    CHECK(strncmp(text, "digraph clusctl {", 17) == 0);
    CHECK_EQ_U(count_of(text, " -> "), rows);
    CHECK(strstr(text, "migration_3 -> migration_0 [label=\"move complete\"];") != NULL);
    CHECK(strstr(text, "vm_3 -> vm_32770 [label=\"request Enabled\"];") != NULL);

    /* Size query, too small, bad arguments. */
    CHECK_EQ_U(clusctl_machine_format(3, CCTL_FORMAT_DOT, NULL, 0, &needed),
               CCTL_ERROR_MORE_DATA);
    CHECK_EQ_U(needed, strlen(text) + 1);
    CHECK_EQ_U(clusctl_machine_format(3, CCTL_FORMAT_DOT, text, 10, &needed),
               CCTL_ERROR_INSUFFICIENT_BUFFER);
    CHECK_EQ_U(strlen(text), 9);
    text[0] = 'x'; /* room 0: nothing is written, not even a NUL */
    CHECK_EQ_U(clusctl_machine_format(3, CCTL_FORMAT_DOT, text, 0, &needed),
               CCTL_ERROR_INSUFFICIENT_BUFFER);
    CHECK(text[0] == 'x');
    CHECK_EQ_U(clusctl_machine_format(0, CCTL_FORMAT_DOT, text, sizeof text, &needed),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_machine_format(4, CCTL_FORMAT_DOT, text, sizeof text, &needed),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_machine_format(3, 9, text, sizeof text, &needed),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_machine_format(3, CCTL_FORMAT_CSV, text, sizeof text, NULL),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_machine_format(3, CCTL_FORMAT_CSV, NULL, 5, &needed),
               CCTL_ERROR_INVALID_PARAMETER);
}

/* Every room from 0 to enough, in a buffer of exactly that size (so that
 * AddressSanitizer sees any write past it): the right status, a cut text
 * that is a NUL-terminated prefix of the whole. */
static void test_table_format_every_size(void)
{
    static char whole[32768];
    uint32_t format;
    for (format = CCTL_FORMAT_MARKDOWN; format <= CCTL_FORMAT_DOT; format++) {
        size_t needed = 0, size, bad = 0;
        CHECK_EQ_U(clusctl_machine_format(3, format, whole, sizeof whole, &needed),
                   CCTL_ERROR_SUCCESS);
        for (size = 0; size <= needed; size++) {
            char *buf = (char *)malloc(size > 0 ? size : 1);
            size_t n = 0;
            clusctl_status s;
            if (!CHECK(buf != NULL))
                return;
            s = clusctl_machine_format(3, format, buf, size, &n);
            if (n != needed ||
                s != (size == needed ? CCTL_ERROR_SUCCESS : CCTL_ERROR_INSUFFICIENT_BUFFER) ||
                (size > 0 && (strlen(buf) != size - 1 || strncmp(buf, whole, size - 1) != 0)))
                bad++;
            free(buf);
        }
        CHECK_EQ_U(bad, 0);
    }
}

static void test_names(void)
{
    uint32_t v = 0;
    CHECK_STR(clusctl_vm_state_name(2), "enabled");
    CHECK_STR(clusctl_vm_state_name(32777), "resuming");
    CHECK_STR(clusctl_vm_state_name(1), NULL);
    CHECK_EQ_U(clusctl_vm_state_from_name("Online", &v), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(v, 2);
    CHECK_EQ_U(clusctl_vm_state_from_name("OFFLINE", &v), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(v, 3);
    CHECK_EQ_U(clusctl_vm_state_from_name("suspended", &v), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(v, 32769);
    CHECK_EQ_U(clusctl_vm_state_from_name("running", &v), CCTL_ERROR_NOT_FOUND);
    CHECK_EQ_U(clusctl_vm_state_from_name(NULL, &v), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_STR(clusctl_migration_state_name(2), "data-transfer");
    CHECK_STR(clusctl_migration_state_name(6), NULL);
    CHECK_EQ_U(clusctl_migration_state_from_name("Data-Transfer", &v), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(v, 2);
    CHECK_EQ_U(clusctl_migration_state_from_name("canceled", &v), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(v, 4);
    CHECK_EQ_U(clusctl_migration_state_from_name("cancelled", &v), CCTL_ERROR_NOT_FOUND);
    CHECK_EQ_U(clusctl_migration_state_from_name("none", NULL), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_STR(clusctl_event_name(CCTL_EVENT_TRANSFER_COMPLETE), "transfer complete");
    CHECK_STR(clusctl_event_name(0), NULL);
    CHECK_EQ_U(CCTL_E_BUSY, 0x800700AAu);
    CHECK_EQ_U(CCTL_E_FAIL, 0x80004005u);
}

int main(void)
{
    RUN(test_start_succeeds_when_online_on_host);
    RUN(test_start_refused_unless_vm_online);
    RUN(test_start_refused_unless_on_host);
    RUN(test_start_refused_while_migrating);
    RUN(test_start_after_canceled_or_failure);
    RUN(test_start_destination_checks);
    RUN(test_cancel_in_setup_or_transfer_on_source);
    RUN(test_cancel_refused_in_other_states);
    RUN(test_cancel_refused_off_the_source);
    RUN(test_full_migration_moves_the_host);
    RUN(test_progress_rules);
    RUN(test_steps_out_of_order_refused);
    RUN(test_failure_with_hresult);
    RUN(test_reset_after_canceled_or_failure);
    RUN(test_vm_leaving_enabled_fails_the_migration);
    RUN(test_vm_machine_paths);
    RUN(test_vm_refused_requests);
    RUN(test_apply_arguments);
    RUN(test_front_door);
    RUN(test_table_formats);
    RUN(test_table_format_every_size);
    RUN(test_names);
    return harness_finish();
}
