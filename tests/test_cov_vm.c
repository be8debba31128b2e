/* The VM machines: what the other tests leave out (found by the coverage
 * tier). Every state's name and alias both ways (the names restated here
 * from the docs' tables of VmState and MigrationState), a cluster without
 * nodes, the machines' table of one machine against the table of both in
 * every format, and the argument checks of the property door. */
#if defined(__linux__)
#define _DEFAULT_SOURCE /* MAP_ANONYMOUS and MAP_NORESERVE under -std=c99 */
#endif
#define CCTL_UNSTABLE_API /* the machines' rows */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "clusctl/clusctl.h"
#include "harness.h"

#if defined(__linux__) && UINTPTR_MAX > 0xFFFFFFFFu
#include <sys/mman.h>
#define HAVE_HUGE_MAP 1
#endif

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

struct state_name {
    const char *name, *alias, *upper;
    uint32_t value;
};

/* Msvm_ComputerSystem's EnabledState values the VM resource reports. */
static const struct state_name vm_states[] = {
    {"unknown", NULL, "UNKNOWN", 0},
    {"enabled", "online", "ENABLED", 2},
    {"disabled", "offline", "Disabled", 3},
    {"paused", NULL, "PAUSED", 32768},
    {"suspended", NULL, "Suspended", 32769},
    {"starting", NULL, "STARTING", 32770},
    {"saving", NULL, "Saving", 32773},
    {"stopping", NULL, "STOPPING", 32774},
    {"pausing", NULL, "Pausing", 32776},
    {"resuming", NULL, "RESUMING", 32777},
};

/* The MigrationState values of the docs' table. */
static const struct state_name migration_states[] = {
    {"none", NULL, "NONE", 0},
    {"setup", NULL, "Setup", 1},
    {"data-transfer", NULL, "DATA-TRANSFER", 2},
    {"move", NULL, "Move", 3},
    {"canceled", NULL, "CANCELED", 4},
    {"failure", NULL, "Failure", 5},
};

static void check_names(const struct state_name *rows, size_t n,
                        clusctl_status (*from_name)(const char *, uint32_t *),
                        const char *(*to_name)(uint32_t))
{
    size_t i;
    uint32_t v = 0;
    for (i = 0; i < n; i++) {
        harness_test = rows[i].name;
        v = 0xDEAD;
        CHECK_EQ_U(from_name(rows[i].name, &v), CCTL_ERROR_SUCCESS);
        CHECK_EQ_U(v, rows[i].value);
        v = 0xDEAD;
        CHECK_EQ_U(from_name(rows[i].upper, &v), CCTL_ERROR_SUCCESS);
        CHECK_EQ_U(v, rows[i].value);
        CHECK_STR(to_name(rows[i].value), rows[i].name);
        if (rows[i].alias != NULL) {
            char upper[16];
            size_t k;
            v = 0xDEAD;
            CHECK_EQ_U(from_name(rows[i].alias, &v), CCTL_ERROR_SUCCESS);
            CHECK_EQ_U(v, rows[i].value);
            for (k = 0; rows[i].alias[k] != '\0'; k++)
                upper[k] = (char)(rows[i].alias[k] - 'a' + 'A');
            upper[k] = '\0';
            v = 0xDEAD;
            CHECK_EQ_U(from_name(upper, &v), CCTL_ERROR_SUCCESS);
            CHECK_EQ_U(v, rows[i].value);
        }
    }
    harness_test = "check_names";
    v = 7;
    CHECK_EQ_U(from_name("bogus", &v), CCTL_ERROR_NOT_FOUND);
    CHECK_EQ_U(from_name("", &v), CCTL_ERROR_NOT_FOUND);
    CHECK_EQ_U(from_name("onlinex", &v), CCTL_ERROR_NOT_FOUND);
    CHECK_EQ_U(from_name("onlin", &v), CCTL_ERROR_NOT_FOUND);
    CHECK_EQ_U(v, 7); /* untouched */
    CHECK_EQ_U(from_name(NULL, &v), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(from_name("none", NULL), CCTL_ERROR_INVALID_PARAMETER);
}

static void test_state_names(void)
{
    check_names(vm_states, COUNT(vm_states), clusctl_vm_state_from_name, clusctl_vm_state_name);
    check_names(migration_states, COUNT(migration_states), clusctl_migration_state_from_name,
                clusctl_migration_state_name);
    CHECK(clusctl_vm_state_name(1) == NULL);
    CHECK(clusctl_migration_state_name(6) == NULL);
}

/* A cluster without nodes: nobody is a member. */
static void test_cluster_without_nodes(void)
{
    clusctl_cluster c;
    const clusctl_node *node = NULL;
    clusctl_vm vm, next;
    memset(&c, 0, sizeof c);
    CHECK_EQ_U(clusctl_cluster_find(&c, "node1", &node), CCTL_ERROR_NOT_FOUND);
    CHECK(node == NULL);
    CHECK_EQ_U(clusctl_vm_init(&vm, CCTL_VM_ENABLED, CCTL_MIGRATION_NONE, 1), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(clusctl_vm_start(&vm, &c, 1, "node2", &next), CCTL_ERROR_CLUSTER_NODE_NOT_FOUND);
    CHECK_EQ_U(clusctl_vm_start(&vm, &c, 1, "node2", NULL), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_vm_start(NULL, &c, 1, "node2", &next), CCTL_ERROR_INVALID_PARAMETER);
}

/* The table in a format, for a set of machines, in a malloc'd string. */
static char *formatted(uint32_t machines, uint32_t format)
{
    size_t needed = 0;
    char *text;
    if (!CHECK(clusctl_machine_format(machines, format, NULL, 0, &needed) == CCTL_ERROR_MORE_DATA))
        return NULL;
    text = (char *)malloc(needed);
    if (!CHECK(text != NULL))
        return NULL;
    CHECK_EQ_U(clusctl_machine_format(machines, format, text, needed, &needed),
               CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(strlen(text) + 1, needed);
    return text;
}

static size_t count_of(const char *text, const char *what)
{
    size_t n = 0;
    const char *p = text;
    while ((p = strstr(p, what)) != NULL) {
        n++;
        p += strlen(what);
    }
    return n;
}

/* One machine's table is the part of both machines' table that is about
 * it, in every format. */
static void test_one_machine_tables(void)
{
    size_t rows = 0, vm_rows = 0, i;
    const clusctl_transition *t = clusctl_machine_transitions(&rows);
    char *both, *vm, *mig, *joined;
    for (i = 0; i < rows; i++)
        vm_rows += t[i].machine == CCTL_MACHINE_VM;
    CHECK(vm_rows > 0 && vm_rows < rows);

    /* Markdown: a section per machine, a blank line between them. */
    both = formatted(3, CCTL_FORMAT_MARKDOWN);
    vm = formatted(CCTL_MACHINE_VM, CCTL_FORMAT_MARKDOWN);
    mig = formatted(CCTL_MACHINE_MIGRATION, CCTL_FORMAT_MARKDOWN);
    if (both != NULL && vm != NULL && mig != NULL) {
        joined = (char *)malloc(strlen(vm) + strlen(mig) + 2);
        if (CHECK(joined != NULL)) {
            strcpy(joined, vm);
            strcat(joined, "\n");
            strcat(joined, mig);
            CHECK_STR(both, joined);
            free(joined);
        }
        CHECK(strncmp(vm, "### VmState\n", 12) == 0);
        CHECK(strncmp(mig, "### MigrationState\n", 19) == 0);
        CHECK_EQ_U(count_of(vm, "\n| "), vm_rows + 1); /* the header row too */
        CHECK_EQ_U(count_of(mig, "\n| "), rows - vm_rows + 1);
    }
    free(both);
    free(vm);
    free(mig);

    /* CSV: one header, then the rows. */
    both = formatted(3, CCTL_FORMAT_CSV);
    vm = formatted(CCTL_MACHINE_VM, CCTL_FORMAT_CSV);
    mig = formatted(CCTL_MACHINE_MIGRATION, CCTL_FORMAT_CSV);
    if (both != NULL && vm != NULL && mig != NULL) {
        const char *mig_rows = strchr(mig, '\n') + 1;
        joined = (char *)malloc(strlen(vm) + strlen(mig) + 1);
        if (CHECK(joined != NULL)) {
            strcpy(joined, vm);
            strcat(joined, mig_rows);
            CHECK_STR(both, joined);
            free(joined);
        }
        CHECK_EQ_U(count_of(vm, "\nvm,"), vm_rows);
        CHECK_EQ_U(count_of(vm, "\nmigration,"), 0);
        CHECK_EQ_U(count_of(mig, "\nmigration,"), rows - vm_rows);
    }
    free(both);
    free(vm);
    free(mig);

    /* JSON: the rows of each machine, in the same order. */
    both = formatted(3, CCTL_FORMAT_JSON);
    vm = formatted(CCTL_MACHINE_VM, CCTL_FORMAT_JSON);
    mig = formatted(CCTL_MACHINE_MIGRATION, CCTL_FORMAT_JSON);
    if (both != NULL && vm != NULL && mig != NULL) {
        CHECK_EQ_U(count_of(vm, "{\"machine\":\"vm\""), vm_rows);
        CHECK_EQ_U(count_of(vm, "{\"machine\":\"migration\""), 0);
        CHECK_EQ_U(count_of(mig, "{\"machine\":\"migration\""), rows - vm_rows);
        CHECK_EQ_U(count_of(both, "{\"machine\":"), rows);
        CHECK(strncmp(vm, "[\n{", 3) == 0 && strcmp(vm + strlen(vm) - 4, "}\n]\n") == 0);
        /* The VM rows (all but the brackets) are the start of both's. */
        CHECK(strncmp(both, vm, strlen(vm) - 3) == 0);
    }
    free(both);
    free(vm);
    free(mig);

    /* DOT: one digraph, a subgraph per machine. */
    both = formatted(3, CCTL_FORMAT_DOT);
    vm = formatted(CCTL_MACHINE_VM, CCTL_FORMAT_DOT);
    mig = formatted(CCTL_MACHINE_MIGRATION, CCTL_FORMAT_DOT);
    if (both != NULL && vm != NULL && mig != NULL) {
        const char *vm_sub = strstr(vm, "  subgraph cluster_vm {");
        const char *mig_sub = strstr(mig, "  subgraph cluster_migration {");
        CHECK(vm_sub != NULL && mig_sub != NULL);
        CHECK(strstr(vm, "cluster_migration") == NULL);
        CHECK(strstr(mig, "cluster_vm") == NULL);
        if (vm_sub != NULL && mig_sub != NULL) {
            size_t head = (size_t)(vm_sub - vm);
            joined = (char *)malloc(strlen(vm) + strlen(mig) + 1);
            if (CHECK(joined != NULL)) {
                /* The header, the VM subgraph, then the migration one. */
                memcpy(joined, vm, strlen(vm) - 2); /* without the closing "}\n" */
                strcpy(joined + strlen(vm) - 2, mig_sub);
                CHECK_STR(both, joined);
                free(joined);
            }
            CHECK(strncmp(vm, mig, head) == 0); /* the same header */
        }
    }
    free(both);
    free(vm);
    free(mig);
}

/* The property door's argument checks the other tests do not make. */
static void test_control_arguments(void)
{
    union {
        clusctl_vm vm;
        unsigned char bytes[sizeof(clusctl_vm) + 64];
    } u;
    clusctl_vm vm, next;
    clusctl_cluster c;
    size_t n = 0;
    memset(&c, 0, sizeof c);
    CHECK_EQ_U(clusctl_vm_init(&vm, CCTL_VM_ENABLED, CCTL_MIGRATION_NONE, 1), CCTL_ERROR_SUCCESS);
    memset(&u, 0, sizeof u);
    /* GET's output over the next model. */
    CHECK_EQ_U(clusctl_vm_control(CCTL_RESOURCE_GET_PRIVATE_PROPERTIES, NULL, 0, u.bytes,
                                  sizeof u, &n, &c, 1, &vm, &u.vm, NULL),
               CCTL_ERROR_INVALID_PARAMETER);
    /* SET: no list but a size. */
    CHECK_EQ_U(clusctl_vm_control(CCTL_RESOURCE_SET_PRIVATE_PROPERTIES, NULL, 8, NULL, 0, &n, &c,
                                  1, &vm, &next, NULL),
               CCTL_ERROR_INVALID_USER_BUFFER);
#ifdef HAVE_HUGE_MAP
    {
        size_t huge = (size_t)0xFFFFFFFFu + 1;
        clusctl_prop_error e = {0};
        void *map = mmap(NULL, huge, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
        if (map != MAP_FAILED) {
            /* A list of 4 GiB or more: none can be (never read). */
            CHECK_EQ_U(clusctl_vm_control(CCTL_RESOURCE_SET_PRIVATE_PROPERTIES, map, huge, NULL, 0,
                                          &n, &c, 1, &vm, &next, &e),
                       CCTL_ERROR_INVALID_PARAMETER);
            CHECK_EQ_U(clusctl_vm_from_properties(map, huge, NULL, 0, 1, &next, &e),
                       CCTL_ERROR_INVALID_PARAMETER);
            CHECK_EQ_U(clusctl_vm_from_properties(NULL, 0, map, huge, 1, &next, &e),
                       CCTL_ERROR_INVALID_PARAMETER);
            CHECK_EQ_U(e.status, 0); /* untouched */
            munmap(map, huge);
        }
    }
#endif
}

int main(void)
{
    RUN(test_state_names);
    RUN(test_cluster_without_nodes);
    RUN(test_one_machine_tables);
    RUN(test_control_arguments);
    return harness_finish();
}
