/* The functions that hold the rules the tool and the shim used to hold:
 * clusctl_describe() and clusctl_describe_name(), the VM model
 * constructors (clusctl_vm_init(), clusctl_node_name_equal(),
 * clusctl_cluster_find(), clusctl_vm_start(), clusctl_vm_cancel(),
 * clusctl_vm_state_requestable()), the total front door, and the reserved
 * room of every caller-allocated struct. */
#include <stdint.h>
#include <string.h>

#include "clusctl/clusctl.h"
#include "harness.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* 0x01600004 for a "Virtual Machine", written from the bit table of
 * code.h: object 1, modify, user, function 1. */
static void test_describe_vm_start(void)
{
    clusctl_description d;
    clusctl_entry e, preferred;
    size_t i;
    int seen_config = 0;

    memset(&d, 0x5A, sizeof d);
    CHECK_EQ_U(clusctl_describe(0x01600004u, "virtual machine", &d), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(d.code, 0x01600004u);
    CHECK_EQ_U(d.fields.object, 1);
    CHECK_EQ_U(d.fields.global, 0);
    CHECK_EQ_U(d.fields.modify, 1);
    CHECK_EQ_U(d.fields.user, 1);
    CHECK_EQ_U(d.fields.internal, 0);
    CHECK_EQ_U(d.fields.function, 1);
    CHECK_EQ_U(d.fields.access, 0);
    CHECK_EQ_U(d.fields.reserved[0], 0);
    CHECK_STR(d.object_name, "RESOURCE");
    CHECK_STR(d.object_description, "a resource");
    CHECK_STR(d.access_name, "ANY");
    CHECK_EQ_U(d.operation_bits, 0x4u);
    CHECK_EQ_U(d.control_function, 0x200004u);
    CHECK(clusctl_catalog_get(d.preferred, &preferred) == CCTL_ERROR_SUCCESS);
    CHECK_STR(preferred.name, "CLUSCTL_RESOURCE_VM_START_MIGRATION");
    CHECK_EQ_U(preferred.provenance, CCTL_PROVENANCE_HYPERV);
    CHECK_STR(preferred.resource_type, "Virtual Machine");
    CHECK(d.description == preferred.description && d.description != NULL);
    CHECK(d.docs_errata == preferred.docs_errata);
    CHECK_EQ_U(d.count, 2);
    for (i = d.first; i < d.first + d.count; i++) {
        CHECK(clusctl_catalog_get(i, &e) == CCTL_ERROR_SUCCESS);
        CHECK_EQ_U(e.value, 0x01600004u);
        seen_config += strcmp(e.name, "CLUSCTL_RESOURCE_VM_CONFIG_UPDATE") == 0;
    }
    CHECK_EQ_U(seen_config, 1);
    CHECK_EQ_U(d.warnings, 0);
    CHECK(d.nearest.operation == CCTL_NO_ENTRY);
    CHECK_EQ_U(d.handle_access, CCTL_HANDLE_ACCESS_ALL);
    CHECK_EQ_U(d.application_may_send, 1);
    CHECK_EQ_U(d.in_sdk, 0);
    CHECK_EQ_U(d.resource_type_known, 1);
    for (i = 0; i < COUNT(d.reserved); i++)
        CHECK_EQ_U(d.reserved[i], 0);
    for (i = 0; i < COUNT(d.reserved_ptr); i++)
        CHECK(d.reserved_ptr[i] == NULL);

    /* The other resource type prefers the other name. */
    CHECK_EQ_U(clusctl_describe(0x01600004u, "Virtual Machine Configuration", &d),
               CCTL_ERROR_SUCCESS);
    CHECK_STR(clusctl_catalog_name(d.preferred), "CLUSCTL_RESOURCE_VM_CONFIG_UPDATE");
    CHECK_EQ_U(clusctl_describe(0x01600004u, "Print Spooler", &d), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(d.resource_type_known, 0);
    CHECK_EQ_U(clusctl_describe(0x01600004u, NULL, &d), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(d.resource_type_known, 0);
    CHECK(d.preferred != CCTL_NO_ENTRY);
}

/* An unknown value: no names, the nearest operation, the warnings. */
static void test_describe_unknown(void)
{
    clusctl_description d;
    CHECK_EQ_U(clusctl_describe(0x0A000009u, NULL, &d), CCTL_ERROR_SUCCESS);
    CHECK(d.preferred == CCTL_NO_ENTRY);
    CHECK_EQ_U(d.count, 0);
    CHECK(d.description == NULL && d.docs_errata == NULL);
    CHECK_EQ_U(d.fields.object, 10);
    CHECK(d.object_name == NULL && d.object_description == NULL);
    CHECK_STR(d.access_name, "READ");
    CHECK(d.nearest.operation != CCTL_NO_ENTRY);
    CHECK_STR(clusctl_catalog_name(d.nearest.operation), "CLCTL_GET_FLAGS");
    CHECK_EQ_U(d.nearest.object, 10);
    CHECK_EQ_U(d.warnings, CCTL_WARN_UNKNOWN_OBJECT);
    CHECK_EQ_U(d.handle_access, CCTL_HANDLE_ACCESS_READ);
    CHECK_EQ_U(d.in_sdk, 0);

    /* Internal bit: applications may not send it; access 3 and bit 23. */
    CHECK_EQ_U(clusctl_describe(0x00B00003u, NULL, &d), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(d.application_may_send, 0);
    CHECK(d.access_name == NULL);
    CHECK_EQ_U(d.warnings, CCTL_WARN_ACCESS_3 | CCTL_WARN_GLOBAL |
                               CCTL_WARN_USER_AND_INTERNAL);
    CHECK_EQ_U(clusctl_describe(0, NULL, NULL), CCTL_ERROR_INVALID_PARAMETER);
}

static void test_describe_name(void)
{
    clusctl_description d, by_value;
    CHECK_EQ_U(clusctl_describe_name("clusctl_resource_vm_config_update", &d),
               CCTL_ERROR_SUCCESS);
    CHECK_STR(clusctl_catalog_name(d.preferred), "CLUSCTL_RESOURCE_VM_CONFIG_UPDATE");
    CHECK_EQ_U(d.code, 0x01600004u);
    CHECK_EQ_U(clusctl_describe(0x01600004u, "Virtual Machine Configuration", &by_value),
               CCTL_ERROR_SUCCESS);
    CHECK(d.preferred == by_value.preferred && d.count == by_value.count);
    memset(&d, 0x5A, sizeof d);
    by_value = d;
    CHECK_EQ_U(clusctl_describe_name("CLUSCTL_RESOURCE_VM_START_MIGRATON", &d),
               CCTL_ERROR_NOT_FOUND);
    CHECK(memcmp(&d, &by_value, sizeof d) == 0); /* nothing written */
    CHECK_EQ_U(clusctl_describe_name(NULL, &d), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_describe_name("CLCTL_GET_FLAGS", NULL),
               CCTL_ERROR_INVALID_PARAMETER);
}

/* Every value the catalog holds describes as its pieces say, and every
 * entry describes with that entry first: through its name, or for an older
 * value of a name (which the name does not give) through the entry. */
static void test_describe_every_entry(void)
{
    size_t i, n = clusctl_catalog_size();
    unsigned long bad = 0, older = 0;
    for (i = 0; i < n; i++) {
        clusctl_entry entry;
        const clusctl_entry *e = &entry;
        clusctl_description d, by_entry;
        size_t first, count, current = CCTL_NO_ENTRY;
        if (clusctl_catalog_get(i, &entry) != CCTL_ERROR_SUCCESS ||
            clusctl_catalog_find_name(e->name, CCTL_MATCH_EXACT, &current) !=
                CCTL_ERROR_SUCCESS)
            bad++;
        if (current != i)
            older++;
        if (clusctl_describe_entry(i, &by_entry) != CCTL_ERROR_SUCCESS ||
            clusctl_describe_name(e->name, &d) != CCTL_ERROR_SUCCESS ||
            d.preferred != current || (current == i && memcmp(&d, &by_entry, sizeof d) != 0))
            bad++;
        d = by_entry;
        if (d.preferred != i || d.code != e->value ||
            clusctl_catalog_find_value(e->value, &first, &count) != CCTL_ERROR_SUCCESS ||
            d.first != first || d.count != count || i < first || i >= first + count ||
            d.in_sdk != (uint32_t)clusctl_catalog_in_sdk(e->value) ||
            d.handle_access != (uint32_t)clusctl_required_access(e->value))
            bad++;
    }
    CHECK_EQ_U(bad, 0);
    CHECK_EQ_U(older, 6);
    /* Past the last entry: nothing; no room: refused. */
    {
        clusctl_description d, before;
        memset(&d, 0x5A, sizeof d);
        before = d;
        CHECK_EQ_U(clusctl_describe_entry(n, &d), CCTL_ERROR_NOT_FOUND);
        CHECK_EQ_U(clusctl_describe_entry(CCTL_NO_ENTRY, &d), CCTL_ERROR_NOT_FOUND);
        CHECK(memcmp(&d, &before, sizeof d) == 0);
        CHECK_EQ_U(clusctl_describe_entry(0, NULL), CCTL_ERROR_INVALID_PARAMETER);
    }
}

/* The policy functions depend on the bits alone (they moved next to the
 * codec): bit 22 decides the handle, bit 20 the sender. */
static void test_policy_bits(void)
{
    uint32_t bit;
    for (bit = 0; bit < 32; bit++) {
        uint32_t v = (uint32_t)1 << bit;
        CHECK_EQ_U(clusctl_required_access(v),
                   bit == 22 ? CCTL_HANDLE_ACCESS_ALL : CCTL_HANDLE_ACCESS_READ);
        CHECK_EQ_U(clusctl_application_may_send(v), bit == 20 ? 0 : 1);
    }
    CHECK_STR(clusctl_handle_access_name(CCTL_HANDLE_ACCESS_ALL), "ALL");
    CHECK_STR(clusctl_handle_access_name(2), NULL);
}

static void test_vm_init(void)
{
    clusctl_vm vm;
    static const struct {
        uint32_t migration;
        int has_source;
    } cases[] = {
        {CCTL_MIGRATION_NONE, 0},     {CCTL_MIGRATION_SETUP, 1},
        {CCTL_MIGRATION_DATA_TRANSFER, 1}, {CCTL_MIGRATION_MOVE, 1},
        {CCTL_MIGRATION_CANCELED, 1}, {CCTL_MIGRATION_FAILURE, 1},
        {6, 0},                       {0xFFFFFFFFu, 0},
    };
    size_t i, k;
    for (i = 0; i < COUNT(cases); i++) {
        memset(&vm, 0x5A, sizeof vm);
        CHECK_EQ_U(clusctl_vm_init(&vm, CCTL_VM_PAUSED, cases[i].migration, 7),
                   CCTL_ERROR_SUCCESS);
        CHECK_EQ_U(vm.vm_state, CCTL_VM_PAUSED);
        CHECK_EQ_U(vm.migration_state, cases[i].migration);
        CHECK_EQ_U(vm.host, 7);
        CHECK_EQ_U(vm.source, cases[i].has_source ? 7u : CCTL_NO_NODE);
        CHECK_EQ_U(vm.destination, CCTL_NO_NODE);
        CHECK_EQ_U(vm.failure_reason, CCTL_S_OK);
        CHECK_EQ_U(vm.progress, 0);
        for (k = 0; k < COUNT(vm.reserved); k++)
            CHECK_EQ_U(vm.reserved[k], 0);
    }
    CHECK_EQ_U(clusctl_vm_init(NULL, 2, 0, 1), CCTL_ERROR_INVALID_PARAMETER);
}

static const clusctl_node nodes[] = {
    {.id = 1, .name = "node1", .up = 1},
    {.id = 0, .name = "ghost", .up = 1}, /* id 0: not a member */
    {.id = 2, .name = "Node2.Contoso.com", .up = 1},
    {.id = 3, .name = "node3", .up = 0},
    {.id = 4, .name = NULL, .up = 1},
};
static const clusctl_cluster cluster = {.nodes = nodes, .count = COUNT(nodes)};

static void test_node_names(void)
{
    const clusctl_node *n = NULL;
    clusctl_cluster bad = cluster;
    clusctl_node dirty[1] = {{.id = 1, .name = "node1", .up = 1}};
    CHECK_EQ_U(clusctl_node_name_equal("NODE1", "node1"), 1);
    CHECK_EQ_U(clusctl_node_name_equal("node1", "node1 "), 0);
    CHECK_EQ_U(clusctl_node_name_equal("n\xC3\xA9", "N\xC3\x89"), 0); /* ASCII only */
    CHECK_EQ_U(clusctl_node_name_equal("", ""), 1);
    CHECK_EQ_U(clusctl_node_name_equal(NULL, "a"), 0);
    CHECK_EQ_U(clusctl_node_name_equal("a", NULL), 0);

    CHECK_EQ_U(clusctl_cluster_find(&cluster, "node2.contoso.COM", &n), CCTL_ERROR_SUCCESS);
    CHECK(n == &nodes[2]);
    CHECK_EQ_U(clusctl_cluster_find(&cluster, "ghost", &n), CCTL_ERROR_NOT_FOUND);
    CHECK_EQ_U(clusctl_cluster_find(&cluster, "node3", &n), CCTL_ERROR_SUCCESS);
    CHECK(n == &nodes[3]); /* down, still a member */
    CHECK_EQ_U(clusctl_cluster_find(&cluster, "node9", &n), CCTL_ERROR_NOT_FOUND);
    CHECK(n == &nodes[3]); /* untouched */
    CHECK_EQ_U(clusctl_cluster_find(NULL, "node1", &n), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_cluster_find(&cluster, NULL, &n), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_cluster_find(&cluster, "node1", NULL), CCTL_ERROR_INVALID_PARAMETER);
    bad.reserved[1] = 1;
    CHECK_EQ_U(clusctl_cluster_find(&bad, "node1", &n), CCTL_ERROR_INVALID_PARAMETER);
    bad = cluster;
    bad.reserved_ptr[0] = &bad;
    CHECK_EQ_U(clusctl_cluster_find(&bad, "node1", &n), CCTL_ERROR_INVALID_PARAMETER);
    dirty[0].reserved[0] = 9;
    bad = cluster;
    bad.nodes = dirty;
    bad.count = 1;
    CHECK_EQ_U(clusctl_cluster_find(&bad, "node1", &n), CCTL_ERROR_INVALID_PARAMETER);
}

/* The states a request may name follow from the table: exactly Enabled,
 * Disabled, Paused and Suspended (vm.h). */
static void test_requestable(void)
{
    uint32_t v, count = 0;
    for (v = 0; v < 70000; v++)
        count += (uint32_t)clusctl_vm_state_requestable(v);
    CHECK_EQ_U(count, 4);
    CHECK_EQ_U(clusctl_vm_state_requestable(CCTL_VM_ENABLED), 1);
    CHECK_EQ_U(clusctl_vm_state_requestable(CCTL_VM_DISABLED), 1);
    CHECK_EQ_U(clusctl_vm_state_requestable(CCTL_VM_PAUSED), 1);
    CHECK_EQ_U(clusctl_vm_state_requestable(CCTL_VM_SUSPENDED), 1);
    CHECK_EQ_U(clusctl_vm_state_requestable(CCTL_VM_STARTING), 0);
    CHECK_EQ_U(clusctl_vm_state_requestable(0xFFFFFFFFu), 0);
}

/* Aliases come from the state maps. */
static void test_state_aliases(void)
{
    uint32_t s = 0;
    CHECK_EQ_U(clusctl_vm_state_from_name("OnLine", &s), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(s, CCTL_VM_ENABLED);
    CHECK_EQ_U(clusctl_vm_state_from_name("offline", &s), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(s, CCTL_VM_DISABLED);
    CHECK_EQ_U(clusctl_vm_state_from_name("", &s), CCTL_ERROR_NOT_FOUND);
    CHECK_EQ_U(clusctl_migration_state_from_name("", &s), CCTL_ERROR_NOT_FOUND);
    CHECK_EQ_U(clusctl_migration_state_from_name("DATA-transfer", &s), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(s, CCTL_MIGRATION_DATA_TRANSFER);
}

/* START and CANCEL as a caller sends them, compared with the front door fed
 * the bytes a caller sends. */
static void test_vm_start_cancel(void)
{
    static const struct {
        const char *destination;
        clusctl_status want;
    } cases[] = {
        {"node2.contoso.com", CCTL_ERROR_SUCCESS},
        {NULL, CCTL_ERROR_INVALID_PARAMETER},       /* no buffer */
        {"", CCTL_ERROR_INVALID_COMPUTERNAME},      /* a lone NUL */
        {"node1", CCTL_ERROR_CLUSTER_INVALID_REQUEST},
        {"node3", CCTL_ERROR_CLUSTER_NODE_DOWN},
        {"node9", CCTL_ERROR_CLUSTER_NODE_NOT_FOUND},
        {"\xFF", CCTL_ERROR_NO_UNICODE_TRANSLATION}, /* never sent */
    };
    static const unsigned char lone_nul[2] = {0, 0};
    clusctl_vm vm, next, by_door;
    unsigned char buf[CCTL_START_BUFFER_MAX];
    size_t i, size;
    clusctl_status st;

    (void)clusctl_vm_init(&vm, CCTL_VM_ENABLED, CCTL_MIGRATION_NONE, 1);
    for (i = 0; i < COUNT(cases); i++) {
        memset(&next, 0x5A, sizeof next);
        st = clusctl_vm_start(&vm, &cluster, 1, cases[i].destination, &next);
        CHECK_EQ_U(st, cases[i].want);
        if (cases[i].destination == NULL) {
            CHECK_EQ_U(clusctl_vm_resource_control(CCTL_VM_START_MIGRATION, NULL, 0,
                                                   &cluster, 1, &vm, &by_door),
                       st);
        } else if (cases[i].destination[0] == '\0') {
            CHECK_EQ_U(clusctl_vm_resource_control(CCTL_VM_START_MIGRATION, lone_nul, 2,
                                                   &cluster, 1, &vm, &by_door),
                       st);
        } else if (clusctl_start_buffer_encode(cases[i].destination, buf, sizeof buf,
                                               &size) == CCTL_ERROR_SUCCESS) {
            CHECK_EQ_U(clusctl_vm_resource_control(CCTL_VM_START_MIGRATION, buf, size,
                                                   &cluster, 1, &vm, &by_door),
                       st);
        } else {
            by_door = vm;
        }
        CHECK(memcmp(&next, &by_door, sizeof next) == 0);
        if (st == CCTL_ERROR_SUCCESS) {
            CHECK_EQ_U(next.migration_state, CCTL_MIGRATION_SETUP);
            CHECK_EQ_U(next.destination, 2);
        } else {
            CHECK(memcmp(&next, &vm, sizeof vm) == 0);
        }
    }
    (void)clusctl_vm_init(&vm, CCTL_VM_ENABLED, CCTL_MIGRATION_DATA_TRANSFER, 1);
    CHECK_EQ_U(clusctl_vm_cancel(&vm, &cluster, 2, &next), CCTL_ERROR_INVALID_STATE);
    CHECK_EQ_U(clusctl_vm_cancel(&vm, &cluster, 1, &next), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(next.migration_state, CCTL_MIGRATION_CANCELED);
    CHECK_EQ_U(clusctl_vm_start(NULL, &cluster, 1, "node2", &next),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_vm_cancel(&vm, &cluster, 1, NULL), CCTL_ERROR_INVALID_PARAMETER);
}

/* Every code the front door does not handle is ERROR_INVALID_FUNCTION,
 * whatever the other arguments. */
static void test_front_door_total(void)
{
    static const uint32_t codes[] = {0, 0x01000009u, 0x01600000u, 0x01600010u,
                                     0x01600005u, 0x02600004u, 0xFFFFFFFFu};
    clusctl_vm vm, next;
    size_t i;
    (void)clusctl_vm_init(&vm, CCTL_VM_ENABLED, CCTL_MIGRATION_NONE, 1);
    for (i = 0; i < COUNT(codes); i++) {
        CHECK_EQ_U(clusctl_vm_resource_control(codes[i], NULL, 0, NULL, 0, NULL, NULL),
                   CCTL_ERROR_INVALID_FUNCTION);
        CHECK_EQ_U(clusctl_vm_resource_control(codes[i], NULL, 99, NULL, 1, &vm, NULL),
                   CCTL_ERROR_INVALID_FUNCTION);
        CHECK_EQ_U(clusctl_vm_resource_control(codes[i], "x", 1, &cluster, 1, NULL, &next),
                   CCTL_ERROR_INVALID_FUNCTION);
        memset(&next, 0x5A, sizeof next);
        CHECK_EQ_U(clusctl_vm_resource_control(codes[i], NULL, 0, &cluster, 1, &vm, &next),
                   CCTL_ERROR_INVALID_FUNCTION);
        CHECK(memcmp(&next, &vm, sizeof vm) == 0);
    }
    CHECK_EQ_U(clusctl_vm_resource_control(CCTL_VM_START_MIGRATION, NULL, 0, &cluster, 1,
                                           NULL, &next),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_vm_resource_control(CCTL_VM_CANCEL_MIGRATION, NULL, 0, &cluster, 1,
                                           &vm, NULL),
               CCTL_ERROR_INVALID_PARAMETER);
}

/* Reserved room that is not 0 is refused, with the output equal to the
 * input; the same call with it clean is accepted. */
static void test_reserved_room(void)
{
    clusctl_vm vm, next;
    clusctl_event e = {0};
    clusctl_cluster c = cluster;
    clusctl_node dirty[2] = {{.id = 1, .name = "node1", .up = 1},
                             {.id = 2, .name = "node2", .up = 1}};
    clusctl_fields f = {0};
    uint32_t code = 7;

    (void)clusctl_vm_init(&vm, CCTL_VM_ENABLED, CCTL_MIGRATION_NONE, 1);
    e.kind = CCTL_EVENT_START;
    e.caller = 1;
    e.destination = "node2.contoso.com";
    CHECK_EQ_U(clusctl_vm_apply(&vm, &cluster, &e, &next), CCTL_ERROR_SUCCESS);

    vm.reserved[COUNT(vm.reserved) - 1] = 1;
    CHECK_EQ_U(clusctl_vm_apply(&vm, &cluster, &e, &next), CCTL_ERROR_INVALID_PARAMETER);
    CHECK(memcmp(&next, &vm, sizeof vm) == 0);
    vm.reserved[COUNT(vm.reserved) - 1] = 0;
    e.reserved[2] = 1;
    CHECK_EQ_U(clusctl_vm_apply(&vm, &cluster, &e, &next), CCTL_ERROR_INVALID_PARAMETER);
    e.reserved[2] = 0;
    e.reserved_ptr[1] = &e;
    CHECK_EQ_U(clusctl_vm_apply(&vm, &cluster, &e, &next), CCTL_ERROR_INVALID_PARAMETER);
    e.reserved_ptr[1] = NULL;
    c.reserved[0] = 1;
    CHECK_EQ_U(clusctl_vm_apply(&vm, &c, &e, &next), CCTL_ERROR_INVALID_PARAMETER);
    c = cluster;
    c.nodes = dirty;
    c.count = 2;
    dirty[1].reserved_ptr[0] = &c;
    e.destination = "node2";
    CHECK_EQ_U(clusctl_vm_apply(&vm, &c, &e, &next), CCTL_ERROR_INVALID_PARAMETER);
    dirty[1].reserved_ptr[0] = NULL;
    CHECK_EQ_U(clusctl_vm_apply(&vm, &c, &e, &next), CCTL_ERROR_SUCCESS);

    f.object = 1;
    f.reserved[0] = 1;
    CHECK_EQ_U(clusctl_fields_check(&f), CCTL_FIELD_RESERVED);
    CHECK_EQ_U(clusctl_encode(&f, &code), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(code, 7);
    memset(&f, 0x5A, sizeof f);
    CHECK_EQ_U(clusctl_decode(0x01600004u, &f), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(f.reserved[0], 0);
    CHECK_EQ_U(clusctl_encode(&f, &code), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(code, 0x01600004u);
}

/* The docs' value names, from data/vm_properties.csv's values column. */
static void test_vm_value_names(void)
{
    static const struct {
        const char *property, *name;
        uint32_t value;
    } cases[] = {
        {"OfflineAction", "Turn Off", 0},        {"offlineaction", "turn-off", 0},
        {"OfflineAction", "SAVE", 1},            {"OfflineAction", "shutdown_forced", 3},
        {"OfflineAction", " Shutdown (Forced) ", 3},
        {"ShutdownAction", "fail-resource", 1},  {"CheckHeartbeat", "dont-check-heartbeat", 0},
        {"CheckHeartbeat", "Check Heartbeat", 1}, {"MigrationFailureReason", "e_busy", 0x800700AAu},
        {"VmState", "suspended", 32769},         {"MigrationState", "data transfer", 2},
    };
    size_t i;
    uint32_t v;
    for (i = 0; i < COUNT(cases); i++) {
        v = 77;
        CHECK_EQ_U(clusctl_vm_property_value_from_name(cases[i].property, cases[i].name, &v),
                   CCTL_ERROR_SUCCESS);
        CHECK_EQ_U(v, cases[i].value);
    }
    CHECK_STR(clusctl_vm_property_value_name("OfflineAction", 3), "Shutdown (Forced)");
    CHECK_STR(clusctl_vm_property_value_name("migrationfailurereason", 0x80004005u), "E_FAIL");
    CHECK_STR(clusctl_vm_property_value_name("OfflineAction", 4), NULL);
    CHECK_STR(clusctl_vm_property_value_name("VirtualNumaCount", 1), NULL);
    CHECK_STR(clusctl_vm_property_value_name("NoSuch", 0), NULL);
    CHECK_STR(clusctl_vm_property_value_name(NULL, 0), NULL);
    {
        uint32_t named = 7;
        CHECK_STR(clusctl_vm_property_value_at("offlineaction", 3, &named), "Shutdown (Forced)");
        CHECK_EQ_U(named, 3);
        CHECK_STR(clusctl_vm_property_value_at("MigrationFailureReason", 1, NULL), "E_BUSY");
        CHECK_STR(clusctl_vm_property_value_at("OfflineAction", 4, &named), NULL);
        CHECK_STR(clusctl_vm_property_value_at("VirtualNumaCount", 0, &named), NULL);
        CHECK_STR(clusctl_vm_property_value_at("NoSuch", 0, &named), NULL);
        CHECK_STR(clusctl_vm_property_value_at(NULL, 0, &named), NULL);
        CHECK_EQ_U(named, 3);
    }
    v = 77;
    CHECK_EQ_U(clusctl_vm_property_value_from_name("OfflineAction", "turnoff", &v),
               CCTL_ERROR_NOT_FOUND);
    CHECK_EQ_U(clusctl_vm_property_value_from_name("OfflineAction", "", &v), CCTL_ERROR_NOT_FOUND);
    CHECK_EQ_U(clusctl_vm_property_value_from_name("NoSuch", "save", &v), CCTL_ERROR_NOT_FOUND);
    CHECK_EQ_U(v, 77);
    CHECK_EQ_U(clusctl_vm_property_value_from_name(NULL, "save", &v), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_vm_property_value_from_name("OfflineAction", NULL, &v),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_vm_property_value_from_name("OfflineAction", "save", NULL),
               CCTL_ERROR_INVALID_PARAMETER);
}

int main(void)
{
    RUN(test_vm_value_names);
    RUN(test_describe_vm_start);
    RUN(test_describe_unknown);
    RUN(test_describe_name);
    RUN(test_describe_every_entry);
    RUN(test_policy_bits);
    RUN(test_vm_init);
    RUN(test_node_names);
    RUN(test_requestable);
    RUN(test_state_aliases);
    RUN(test_vm_start_cancel);
    RUN(test_front_door_total);
    RUN(test_reserved_room);
    return harness_finish();
}
