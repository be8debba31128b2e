/* `clusctl vm`: the VM state machines, through the same front door a
 * resource DLL calls. */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "cli_internal.h"

#define CLI_MAX_NAME 1024

/* The cluster the command line describes: argv's names marshalled into the
 * library's nodes, ids 1 to count. Names point into argv or the storage. */
typedef struct cli_nodes {
    clusctl_node node[CCTL_CLUSTER_NODES_MAX];
    clusctl_cluster cluster;
} cli_nodes;

static void cli_nodes_init(cli_nodes *n)
{
    memset(n, 0, sizeof *n);
    n->cluster.nodes = n->node;
}

/* The id of the member named `name` (the library's comparison), or 0. */
static uint32_t cli_node_id(const cli_nodes *n, const char *name)
{
    const clusctl_node *node;
    return clusctl_cluster_find(&n->cluster, name, &node) == CCTL_ERROR_SUCCESS
               ? node->id
               : CCTL_NO_NODE;
}

/* Adds a node unless it is there; returns its id, or 0 when full. */
static uint32_t cli_add_node(cli_nodes *n, const char *name, int up)
{
    uint32_t id = cli_node_id(n, name);
    size_t i = n->cluster.count;
    if (id != CCTL_NO_NODE || i == CCTL_CLUSTER_NODES_MAX)
        return id;
    n->node[i].id = (uint32_t)i + 1;
    n->node[i].name = name;
    n->node[i].up = up;
    n->cluster.count = i + 1;
    return n->node[i].id;
}

static const char *cli_node_name(const cli_nodes *n, uint32_t id)
{
    return id >= 1 && id <= n->cluster.count ? n->node[id - 1].name : "-";
}

/* Adds the comma-separated names of `list` (copied into `storage`). */
static int cli_add_list(const cli_ctx *ctx, cli_nodes *n, const char *option,
                        const char *list, int up, char *storage, size_t size)
{
    char *p, *comma;
    uint32_t id;
    if (strlen(list) >= size)
        return cli_fail(ctx, CCTL_EXIT_USAGE, "%s is too long", option);
    strcpy(storage, list);
    for (p = storage;; p = comma + 1) {
        comma = strchr(p, ',');
        if (comma != NULL)
            *comma = '\0';
        if (*p == '\0')
            return cli_fail(ctx, CCTL_EXIT_USAGE,
                            "%s '%s' has an empty node name", option, list);
        id = cli_node_id(n, p);
        if (id != CCTL_NO_NODE) {
            if (n->node[id - 1].up != up)
                return cli_fail(ctx, CCTL_EXIT_USAGE,
                                "node '%s' is in both --nodes and --down", p);
        } else if (cli_add_node(n, p, up) == CCTL_NO_NODE) {
            return cli_fail(ctx, CCTL_EXIT_USAGE,
                            "too many nodes (a cluster has at most %d)",
                            CCTL_CLUSTER_NODES_MAX);
        }
        if (comma == NULL)
            return CCTL_EXIT_OK;
    }
}

static const char *cli_or(const char *s, const char *fallback)
{
    return s != NULL ? s : fallback;
}

/* The options that describe the VM's model, shared by start, cancel and
 * control. */
typedef struct cli_vm_args {
    const char *vm_state, *migration, *host, *caller, *list, *down;
    const char *progress, *failure, *vm_id;
    const char *offline, *shutdown, *heartbeat, *start_memory, *numa;
    const char *properties[2];
    int hex, json;
} cli_vm_args;

#define CLI_VM_MODEL_OPTIONS(a)                                                \
    {"--vm-state", &(a).vm_state, NULL},                                       \
        {"--migration-state", &(a).migration, NULL},                           \
        {"--caller", &(a).caller, NULL}, {"--nodes", &(a).list, NULL},         \
        {"--down", &(a).down, NULL}, {"--progress", &(a).progress, NULL},      \
        {"--failure-reason", &(a).failure, NULL}, {"--vm-id", &(a).vm_id, NULL}, \
        {"--offline-action", &(a).offline, NULL},                              \
        {"--shutdown-action", &(a).shutdown, NULL},                            \
        {"--check-heartbeat", &(a).heartbeat, NULL},                           \
        {"--start-memory", &(a).start_memory, NULL},                           \
        {"--virtual-numa-count", &(a).numa, NULL},                             \
        {"--properties", &(a).properties[0], NULL},                            \
        {"--properties", &(a).properties[1], NULL}, {"--hex", NULL, &(a).hex}, \
        {"--json", NULL, &(a).json}

/* A read-write property given as an option: its name and the option. */
static const struct {
    const char *option;
    const char *property;
    size_t offset; /* of its text in cli_vm_args */
} cli_vm_rw[] = {
    {"--offline-action", "OfflineAction", offsetof(cli_vm_args, offline)},
    {"--shutdown-action", "ShutdownAction", offsetof(cli_vm_args, shutdown)},
    {"--check-heartbeat", "CheckHeartbeat", offsetof(cli_vm_args, heartbeat)},
    {"--start-memory", "StartMemory", offsetof(cli_vm_args, start_memory)},
    {"--virtual-numa-count", "VirtualNumaCount", offsetof(cli_vm_args, numa)},
};

/* A value of a DWORD property: the docs' name of it (any case) or a number
 * in the range of its item in the VM property table. */
static int cli_property_number(const cli_ctx *ctx, const char *option,
                               const char *property, const char *text, uint32_t *value)
{
    uint32_t min = 0, max = UINT32_MAX, v;
    char list[CLI_LIST_SIZE];
    size_t len = 0, i;
    const char *name;
    if (clusctl_vm_property_value_from_name(property, text, value) == CCTL_ERROR_SUCCESS)
        return CCTL_EXIT_OK;
    /* Not a number, and the docs name values: it is an unknown name. */
    name = clusctl_vm_property_value_at(property, 0, &v);
    if (name == NULL || (text[0] >= '0' && text[0] <= '9') || text[0] == '-' ||
        text[0] == '+' || text[0] == '\0') {
        (void)cli_vm_property_range(property, &min, &max);
        return cli_parse_number_range(ctx, option, text, min, max, value);
    }
    list[0] = '\0';
    for (i = 0; name != NULL && len < sizeof list;
         name = clusctl_vm_property_value_at(property, ++i, &v))
        len += (size_t)snprintf(list + len, sizeof list - len, "%s\"%s\"", i > 0 ? ", " : "",
                                name);
    return cli_fail(ctx, CCTL_EXIT_USAGE,
                    "unknown name '%s' for %s; expected a number or one of: %s", text, option,
                    list);
}

/* The one line of a property list the core refused. */
static int cli_prop_failed(const cli_ctx *ctx, const char *what, clusctl_status st,
                           const clusctl_prop_error *e)
{
    const char *reason = clusctl_prop_reason_description(e->reason);
    if (e->name[0] != '\0')
        return cli_fail(ctx, CCTL_EXIT_REFUSED, "%s: %s: %s (%s, offset %lu)", what, e->name,
                        reason != NULL ? reason : "refused",
                        cli_or(clusctl_status_name(st), "?"), (unsigned long)e->offset);
    return cli_fail(ctx, CCTL_EXIT_REFUSED, "%s: %s (%s, offset %lu)", what,
                    reason != NULL ? reason : "refused", cli_or(clusctl_status_name(st), "?"),
                    (unsigned long)e->offset);
}

/* Reads a --properties FILE (raw, or hex text with --hex). */
static int cli_read_list(const cli_ctx *ctx, const char *name, int hex,
                         unsigned char **data, size_t *size)
{
    int rc = cli_read_input(ctx, name, data, size);
    if (rc == CCTL_EXIT_OK && hex) {
        size_t bad = 0, n = cli_hex_text_bytes((const char *)*data, *size, *data, &bad);
        if (n == (size_t)-1) {
            free(*data);
            *data = NULL;
            return cli_fail(ctx, CCTL_EXIT_USAGE,
                            "--properties %s: offset %lu of the text: not a pair of hex digits",
                            name, (unsigned long)bad);
        }
        *size = n;
    }
    return rc;
}

/* The model the options describe, with its cluster in *nodes; *caller gets
 * the caller's id. `extra` is one more member to add (START's destination),
 * or NULL; `default_migration` the MigrationState without the option. */
static int cli_vm_model(const cli_ctx *ctx, const cli_vm_args *a, const char *host,
                        const char *extra, uint32_t default_migration, cli_nodes *nodes,
                        clusctl_vm *vm, uint32_t *caller)
{
    static char up_names[CLI_MAX_NAME], down_names[CLI_MAX_NAME];
    uint32_t vm_state = CCTL_VM_ENABLED, migration = default_migration, number;
    const char *caller_name = cli_or(a->caller, host);
    unsigned char *lists[2] = {NULL, NULL};
    size_t sizes[2] = {0, 0}, i;
    int rc = CCTL_EXIT_OK;
    clusctl_status st;
    clusctl_prop_error e;
    unsigned char set_buf[1024];
    clusctl_plist_writer w;
    size_t set_size = 0, returned = 0;
    int set_any = 0;

    /* VmState and MigrationState are DWORDs: an undocumented value is the
     * library's to handle, so any 32-bit number goes. */
    if (a->vm_state != NULL &&
        (rc = cli_named_number(ctx, "--vm-state", a->vm_state, clusctl_vm_state_from_name,
                               CLI_LIST_VM_STATES, UINT32_MAX, &vm_state)) != CCTL_EXIT_OK)
        return rc;
    if (a->migration != NULL &&
        (rc = cli_named_number(ctx, "--migration-state", a->migration,
                               clusctl_migration_state_from_name,
                               CLI_LIST_MIGRATION_STATES, UINT32_MAX, &migration)) != CCTL_EXIT_OK)
        return rc;
    if (host[0] == '\0' || caller_name[0] == '\0')
        return cli_fail(ctx, CCTL_EXIT_USAGE, "an empty node name");

    /* The members: --nodes (up; default: the host and `extra`), --down, and
     * the host and caller, who are up members. */
    cli_nodes_init(nodes);
    if (a->list != NULL) {
        rc = cli_add_list(ctx, nodes, "--nodes", a->list, 1, up_names, sizeof up_names);
    } else {
        (void)cli_add_node(nodes, host, 1);
        rc = extra != NULL && extra[0] != '\0'
                 ? cli_add_list(ctx, nodes, "--dest", extra, 1, up_names, sizeof up_names)
                 : CCTL_EXIT_OK;
    }
    if (rc == CCTL_EXIT_OK && a->down != NULL)
        rc = cli_add_list(ctx, nodes, "--down", a->down, 0, down_names, sizeof down_names);
    if (rc != CCTL_EXIT_OK)
        return rc;
    if (cli_add_node(nodes, host, 1) == CCTL_NO_NODE ||
        cli_add_node(nodes, caller_name, 1) == CCTL_NO_NODE)
        return cli_fail(ctx, CCTL_EXIT_USAGE, "too many nodes (a cluster has at most %d)",
                        CCTL_CLUSTER_NODES_MAX);
    *caller = cli_node_id(nodes, caller_name);

    /* The model: from captured property lists, or in the given states. */
    memset(&e, 0, sizeof e);
    if (a->properties[0] != NULL) {
        for (i = 0; i < 2 && rc == CCTL_EXIT_OK; i++)
            if (a->properties[i] != NULL)
                rc = cli_read_list(ctx, a->properties[i], a->hex, &lists[i], &sizes[i]);
        if (rc == CCTL_EXIT_OK) {
            st = clusctl_vm_from_properties(lists[0], sizes[0], lists[1], sizes[1],
                                            cli_node_id(nodes, host), vm, &e);
            if (st != CCTL_ERROR_SUCCESS)
                rc = cli_prop_failed(ctx, a->properties[e.list == 1 ? 1 : 0], st, &e);
        }
        free(lists[0]);
        free(lists[1]);
        if (rc != CCTL_EXIT_OK)
            return rc;
        /* Options given explicitly override the lists. */
        if (a->vm_state != NULL)
            vm->vm_state = vm_state;
        if (a->migration != NULL) {
            clusctl_vm states;
            (void)clusctl_vm_init(&states, vm->vm_state, migration, vm->host);
            vm->migration_state = states.migration_state;
            vm->source = states.source;
            vm->destination = states.destination;
        }
    } else {
        (void)clusctl_vm_init(vm, vm_state, migration, cli_node_id(nodes, host));
    }
    if (a->progress != NULL &&
        (rc = cli_property_number(ctx, "--progress", "MigrationProgress", a->progress,
                                  &vm->progress)) != CCTL_EXIT_OK)
        return rc;
    if (a->failure != NULL &&
        (rc = cli_property_number(ctx, "--failure-reason", "MigrationFailureReason",
                                  a->failure, &vm->failure_reason)) != CCTL_EXIT_OK)
        return rc;

    /* The read-write properties: a SET_PRIVATE_PROPERTIES through the
     * front door, which checks each one. */
    memset(&w, 0, sizeof w);
    (void)clusctl_plist_write_begin(&w, set_buf, sizeof set_buf, CCTL_PLIST_FROM_CLIENT);
    for (i = 0; i < sizeof cli_vm_rw / sizeof cli_vm_rw[0]; i++) {
        const char *text = *(const char *const *)((const char *)a + cli_vm_rw[i].offset);
        if (text == NULL)
            continue;
        if ((rc = cli_property_number(ctx, cli_vm_rw[i].option, cli_vm_rw[i].property, text,
                                      &number)) != CCTL_EXIT_OK)
            return rc;
        (void)clusctl_plist_write_property(&w, cli_vm_rw[i].property);
        (void)clusctl_plist_write_dword(&w, 0, number);
        (void)clusctl_plist_write_property_end(&w);
        set_any = 1;
    }
    if (a->vm_id != NULL) {
        (void)clusctl_plist_write_property(&w, "VmId");
        (void)clusctl_plist_write_string(&w, 0, a->vm_id);
        (void)clusctl_plist_write_property_end(&w);
        set_any = 1;
    }
    st = clusctl_plist_write_end(&w, &set_size);
    if (!set_any)
        return CCTL_EXIT_OK;
    if (st != CCTL_ERROR_SUCCESS)
        return cli_fail(ctx, CCTL_EXIT_USAGE, "the property options do not fit a list (%s)",
                        cli_or(clusctl_status_name(st), "?"));
    memset(&e, 0, sizeof e);
    st = clusctl_vm_control(CCTL_RESOURCE_SET_PRIVATE_PROPERTIES, set_buf, set_size, NULL, 0,
                            &returned, NULL, 0, vm, vm, &e);
    if (st != CCTL_ERROR_SUCCESS)
        return cli_prop_failed(ctx, "the property options", st, &e);
    return CCTL_EXIT_OK;
}

/* The model as JSON: every member in snake_case, nodes by name (null for
 * none), the state names. */
static void cli_vm_json(FILE *out, const clusctl_vm *vm, const cli_nodes *nodes)
{
    clusctl_vm x;
    const uint32_t ids[3] = {vm->host, vm->source, vm->destination};
    static const char *const keys[3] = {"host", "source", "destination"};
    size_t i;
    (void)clusctl_vm_properties_expand(vm, &x);
    fprintf(out, "{\"vm_state\":%lu,\"vm_state_name\":", (unsigned long)vm->vm_state);
    cli_json_string(out, clusctl_vm_state_name(vm->vm_state));
    fprintf(out, ",\"migration_state\":%lu,\"migration_state_name\":",
            (unsigned long)vm->migration_state);
    cli_json_string(out, clusctl_migration_state_name(vm->migration_state));
    for (i = 0; i < 3; i++) {
        fprintf(out, ",\"%s\":", keys[i]);
        cli_json_string(out, ids[i] != CCTL_NO_NODE && ids[i] <= nodes->cluster.count
                                 ? nodes->node[ids[i] - 1].name
                                 : NULL);
    }
    fprintf(out, ",\"failure_reason\":\"0x%08lX\",\"progress\":%lu,\"vm_id\":",
            (unsigned long)vm->failure_reason, (unsigned long)vm->progress);
    cli_json_string(out, x.vm_id[0] != '\0' ? x.vm_id : NULL);
    fprintf(out, ",\"offline_action\":%lu,\"shutdown_action\":%lu,\"check_heartbeat\":%lu,"
                 "\"start_memory\":%lu,\"virtual_numa_count\":%lu}",
            (unsigned long)x.offline_action, (unsigned long)x.shutdown_action,
            (unsigned long)x.check_heartbeat, (unsigned long)x.start_memory,
            (unsigned long)x.virtual_numa_count);
}

/* The model as text lines. */
static void cli_vm_text(FILE *out, const clusctl_vm *vm, const cli_nodes *nodes)
{
    clusctl_vm x;
    (void)clusctl_vm_properties_expand(vm, &x);
    fprintf(out, "vm state         %s (%lu)\n",
            cli_or(clusctl_vm_state_name(vm->vm_state), "undocumented"),
            (unsigned long)vm->vm_state);
    fprintf(out, "migration state  %s (%lu)\n",
            cli_or(clusctl_migration_state_name(vm->migration_state), "undocumented"),
            (unsigned long)vm->migration_state);
    fprintf(out, "host             %s\n", cli_node_name(nodes, vm->host));
    fprintf(out, "source           %s\n", cli_node_name(nodes, vm->source));
    fprintf(out, "destination      %s\n", cli_node_name(nodes, vm->destination));
    fprintf(out, "failure reason   0x%08lX\n", (unsigned long)vm->failure_reason);
    fprintf(out, "progress         %lu\n", (unsigned long)vm->progress);
    if (vm->properties != 0) {
        fprintf(out, "vm id            %s\n", x.vm_id[0] != '\0' ? x.vm_id : "-");
        fprintf(out, "offline action   %lu\n", (unsigned long)x.offline_action);
        fprintf(out, "shutdown action  %lu\n", (unsigned long)x.shutdown_action);
        fprintf(out, "check heartbeat  %lu\n", (unsigned long)x.check_heartbeat);
        fprintf(out, "start memory     %lu\n", (unsigned long)x.start_memory);
        fprintf(out, "numa count       %lu\n", (unsigned long)x.virtual_numa_count);
    }
}

static int cli_vm_report(const cli_ctx *ctx, int json, clusctl_status status,
                         const clusctl_vm *vm, const cli_nodes *nodes)
{
    const char *name = clusctl_status_name(status);
    if (json) {
        fprintf(ctx->out, "{\"status\":%lu,\"status_name\":", (unsigned long)status);
        cli_json_string(ctx->out, name);
        fputs(",\"vm\":", ctx->out);
        cli_vm_json(ctx->out, vm, nodes);
        fputs("}\n", ctx->out);
    } else {
        fprintf(ctx->out, "status           %s (%lu)\n", cli_or(name, "?"),
                (unsigned long)status);
        cli_vm_text(ctx->out, vm, nodes);
    }
    return status == CCTL_ERROR_SUCCESS ? CCTL_EXIT_OK : CCTL_EXIT_REFUSED;
}

static int cli_vm_start(const cli_ctx *ctx, int argc, char **argv)
{
    int count = 0, rc;
    cli_vm_args a;
    const char *dest = NULL, *host = NULL;
    cli_option options[] = {{"--dest", &dest, NULL}, {"--host", &host, NULL},
                            CLI_VM_MODEL_OPTIONS(a)};
    cli_nodes nodes;
    clusctl_vm vm, next;
    uint32_t caller;
    clusctl_status status;

    memset(&a, 0, sizeof a);
    rc = cli_parse_command(ctx, argc, argv, options, sizeof options / sizeof options[0],
                           &cli_cmd_vm_start, 1, &count);
    if (rc != CLI_CONTINUE)
        return rc;
    if (dest == NULL)
        return cli_fail(ctx, CCTL_EXIT_USAGE, "--dest is required");
    rc = cli_vm_model(ctx, &a, cli_or(host, "node1"), dest, CCTL_MIGRATION_NONE, &nodes, &vm,
                      &caller);
    if (rc != CCTL_EXIT_OK)
        return rc;
    status = clusctl_vm_start(&vm, &nodes.cluster, caller, dest, &next);
    return cli_vm_report(ctx, a.json, status, &next, &nodes);
}

static int cli_vm_cancel(const cli_ctx *ctx, int argc, char **argv)
{
    int count = 0, rc;
    cli_vm_args a;
    const char *source = NULL;
    cli_option options[] = {{"--source", &source, NULL}, CLI_VM_MODEL_OPTIONS(a)};
    cli_nodes nodes;
    clusctl_vm vm, next;
    uint32_t caller;
    clusctl_status status;

    memset(&a, 0, sizeof a);
    rc = cli_parse_command(ctx, argc, argv, options, sizeof options / sizeof options[0],
                           &cli_cmd_vm_cancel, 1, &count);
    if (rc != CLI_CONTINUE)
        return rc;
    rc = cli_vm_model(ctx, &a, cli_or(source, "node1"), NULL, CCTL_MIGRATION_SETUP, &nodes,
                      &vm, &caller);
    if (rc != CCTL_EXIT_OK)
        return rc;
    status = clusctl_vm_cancel(&vm, &nodes.cluster, caller, &next);
    return cli_vm_report(ctx, a.json, status, &next, &nodes);
}

/* ENUM_PRIVATE_PROPERTIES' output, a bare MULTI_SZ, as a MULTI_SZ value. */
static void cli_vm_names_value(clusctl_prop_value *v, const unsigned char *data, size_t size)
{
    memset(v, 0, sizeof *v);
    v->syntax = CCTL_PROP_SYNTAX_LIST_VALUE_MULTI_SZ;
    v->type = CCTL_PROP_TYPE_LIST_VALUE;
    v->format = CCTL_PROP_FORMAT_MULTI_SZ;
    v->length = (uint32_t)size;
    v->data = data;
}

/* Those names as a JSON array of strings. */
static void cli_vm_names_json(FILE *out, const unsigned char *data, size_t size)
{
    clusctl_prop_value v;
    size_t cursor = 0;
    char name[256];
    const char *sep = "";
    cli_vm_names_value(&v, data, size);
    fputc('[', out);
    while (clusctl_value_multi_sz_next(&v, &cursor, name, sizeof name, NULL) ==
           CCTL_ERROR_SUCCESS) {
        fputs(sep, out);
        cli_json_string(out, name);
        sep = ",";
    }
    fputc(']', out);
}

/* `vm control CODE`: the front door on a model, as a resource DLL answers. */
static int cli_vm_control(const cli_ctx *ctx, int argc, char **argv)
{
    int count = 0, rc;
    cli_vm_args a;
    const char *host = NULL, *in_file = NULL, *in_hex = NULL, *out_size_text = NULL;
    cli_option options[] = {{"--host", &host, NULL},
                            {"--in", &in_file, NULL},
                            {"--in-hex", &in_hex, NULL},
                            {"--out-size", &out_size_text, NULL},
                            CLI_VM_MODEL_OPTIONS(a)};
    cli_nodes nodes;
    clusctl_vm vm, next;
    clusctl_description d;
    uint32_t caller, out_size = 65536;
    unsigned char *in = NULL, *out = NULL;
    size_t in_size = 0, returned = 0, bad = 0;
    char dest[CCTL_NODE_NAME_UTF8_SIZE];
    const char *extra = NULL;
    clusctl_prop_error e;
    clusctl_status status;

    memset(&a, 0, sizeof a);
    rc = cli_parse_command(ctx, argc, argv, options, sizeof options / sizeof options[0],
                           &cli_cmd_vm_control, 0, &count);
    if (rc != CLI_CONTINUE)
        return rc;
    if (count == 0)
        return cli_fail(ctx, CCTL_EXIT_USAGE, "no CODE given");
    if (count > 1)
        return cli_fail(ctx, CCTL_EXIT_USAGE, "unexpected argument '%s'", ctx->operands[1]);
    if (in_file != NULL && in_hex != NULL)
        return cli_fail(ctx, CCTL_EXIT_USAGE, "--in and --in-hex: give one of them");
    rc = cli_parse_code(ctx, ctx->operands[0], "Virtual Machine", &d);
    if (rc == CCTL_EXIT_OK && out_size_text != NULL)
        rc = cli_parse_number(ctx, "--out-size", out_size_text, &out_size);
    if (rc != CCTL_EXIT_OK)
        return rc;
    if (in_file != NULL) {
        rc = cli_read_input(ctx, in_file, &in, &in_size);
    } else if (in_hex != NULL) {
        size_t len = strlen(in_hex), n;
        in = (unsigned char *)malloc(len / 2 + 1);
        if (in == NULL)
            return cli_fail(ctx, CCTL_EXIT_REFUSED, "out of memory");
        n = cli_hex_text_bytes(in_hex, len, in, &bad);
        if (n == (size_t)-1) {
            free(in);
            return cli_fail(ctx, CCTL_EXIT_USAGE,
                            "--in-hex: offset %lu: not a pair of hex digits", (unsigned long)bad);
        }
        in_size = n;
    }
    if (rc != CCTL_EXIT_OK)
        return rc;
    /* START: the node the buffer names is a member, as for vm start. */
    if (d.code == CCTL_VM_START_MIGRATION && in_size != 0 &&
        clusctl_start_buffer_decode(in, in_size, dest, sizeof dest, NULL) == CCTL_ERROR_SUCCESS)
        extra = dest;
    rc = cli_vm_model(ctx, &a, cli_or(host, "node1"), extra, CCTL_MIGRATION_NONE, &nodes, &vm,
                      &caller);
    if (rc == CCTL_EXIT_OK && out_size != 0 && (out = (unsigned char *)malloc(out_size)) == NULL)
        rc = cli_fail(ctx, CCTL_EXIT_REFUSED, "out of memory");
    if (rc != CCTL_EXIT_OK) {
        free(in);
        return rc;
    }
    memset(&e, 0, sizeof e);
    status = clusctl_vm_control(d.code, in_size != 0 ? in : NULL, in_size, out, out_size,
                                &returned, &nodes.cluster, caller, &vm, &next, &e);
    if (status != CCTL_ERROR_SUCCESS && status != CCTL_ERROR_MORE_DATA)
        returned = 0; /* bytes written on success, needed with MORE_DATA */
    if (a.json) {
        fprintf(ctx->out, "{\"status\":%lu,\"status_name\":", (unsigned long)status);
        cli_json_string(ctx->out, clusctl_status_name(status));
        fprintf(ctx->out, ",\"code\":\"0x%08lX\",\"code_name\":", (unsigned long)d.code);
        cli_json_string(ctx->out, clusctl_catalog_name(d.preferred));
        fprintf(ctx->out, ",\"bytes_returned\":%lu,\"output\":\"", (unsigned long)returned);
        if (status == CCTL_ERROR_SUCCESS) {
            size_t i;
            for (i = 0; i < returned; i++)
                fprintf(ctx->out, "%02x", out[i]);
        }
        /* The output decoded, as the text shows it: a property list as
         * plist decode --json prints it, ENUM's names as an array. */
        fputs("\",\"output_list\":", ctx->out);
        if (status != CCTL_ERROR_SUCCESS || returned == 0 ||
            d.code == CCTL_RESOURCE_ENUM_PRIVATE_PROPERTIES ||
            cli_plist_print(ctx->out, out, returned, 0, 1, 0) != 0)
            fputs("null", ctx->out);
        fputs(",\"output_names\":", ctx->out);
        if (status == CCTL_ERROR_SUCCESS && d.code == CCTL_RESOURCE_ENUM_PRIVATE_PROPERTIES)
            cli_vm_names_json(ctx->out, out, returned);
        else
            fputs("null", ctx->out);
        fputs(",\"error\":", ctx->out);
        if (e.reason != CCTL_PROP_REASON_NONE) {
            fputs("{\"reason\":", ctx->out);
            cli_json_string(ctx->out, clusctl_prop_reason_name(e.reason));
            fputs(",\"name\":", ctx->out);
            cli_json_string(ctx->out, e.name[0] != '\0' ? e.name : NULL);
            fprintf(ctx->out, ",\"offset\":%lu}", (unsigned long)e.offset);
        } else {
            fputs("null", ctx->out);
        }
        fputs(",\"vm\":", ctx->out);
        cli_vm_json(ctx->out, &next, &nodes);
        fputs("}\n", ctx->out);
    } else {
        fprintf(ctx->out, "status           %s (%lu)\n", cli_or(clusctl_status_name(status), "?"),
                (unsigned long)status);
        fprintf(ctx->out, "bytes returned   %lu\n", (unsigned long)returned);
        if (e.reason != CCTL_PROP_REASON_NONE)
            fprintf(ctx->out, "refused          %s%s%s\n",
                    cli_or(clusctl_prop_reason_description(e.reason), "?"),
                    e.name[0] != '\0' ? ": " : "", e.name);
        if (status == CCTL_ERROR_SUCCESS && returned != 0) {
            fputs("output\n", ctx->out);
            if (d.code == CCTL_RESOURCE_ENUM_PRIVATE_PROPERTIES) {
                clusctl_prop_value v;
                size_t cursor = 0;
                char name[256];
                cli_vm_names_value(&v, out, returned);
                while (clusctl_value_multi_sz_next(&v, &cursor, name, sizeof name, NULL) ==
                       CCTL_ERROR_SUCCESS)
                    fprintf(ctx->out, "  %s\n", name);
            } else if (cli_plist_print(ctx->out, out, returned, 0, 0, 2) != 0) {
                size_t i;
                fputs("  ", ctx->out);
                for (i = 0; i < returned; i++)
                    fprintf(ctx->out, "%02x", out[i]);
                fputc('\n', ctx->out);
            }
        }
        cli_vm_text(ctx->out, &next, &nodes);
    }
    free(in);
    free(out);
    return status == CCTL_ERROR_SUCCESS ? CCTL_EXIT_OK : CCTL_EXIT_REFUSED;
}

/* Prints the table in one format. */
static int cli_vm_print_table(const cli_ctx *ctx, uint32_t format)
{
    size_t needed = 0;
    char *text;
    (void)clusctl_machine_format(CCTL_MACHINE_VM | CCTL_MACHINE_MIGRATION,
                                 format, NULL, 0, &needed);
    text = (char *)malloc(needed);
    if (text == NULL)
        return cli_fail(ctx, CCTL_EXIT_REFUSED, "out of memory");
    if (clusctl_machine_format(CCTL_MACHINE_VM | CCTL_MACHINE_MIGRATION,
                               format, text, needed, &needed) ==
        CCTL_ERROR_SUCCESS)
        fputs(text, ctx->out);
    free(text);
    return CCTL_EXIT_OK;
}

static int cli_vm_table_or_dot(const cli_ctx *ctx, int argc, char **argv, int dot)
{
    static const char *const formats[] = {"md", "csv", "json", NULL};
    static const uint32_t values[] = {CCTL_FORMAT_MARKDOWN, CCTL_FORMAT_CSV,
                                      CCTL_FORMAT_JSON};
    int count = 0, rc, json = 0, index = -1;
    const char *format = NULL;
    const cli_option options[] = {{"--format", &format, NULL},
                                  {"--json", NULL, &json}};
    uint32_t f = dot ? CCTL_FORMAT_DOT : CCTL_FORMAT_MARKDOWN;

    rc = cli_parse_command(ctx, argc, argv, options, dot ? 0 : 2,
                           dot ? &cli_cmd_vm_dot : &cli_cmd_vm_table, 1, &count);
    if (rc != CLI_CONTINUE)
        return rc;
    rc = cli_parse_format(ctx, json, format, formats, 2, &index);
    if (rc != CCTL_EXIT_OK)
        return rc;
    if (index >= 0)
        f = values[index];
    return cli_vm_print_table(ctx, f);
}

static int cli_vm_table(const cli_ctx *ctx, int argc, char **argv)
{
    return cli_vm_table_or_dot(ctx, argc, argv, 0);
}

static int cli_vm_dot(const cli_ctx *ctx, int argc, char **argv)
{
    return cli_vm_table_or_dot(ctx, argc, argv, 1);
}

static int cli_vm(const cli_ctx *ctx, int argc, char **argv)
{
    return cli_run_subcommand(ctx, &cli_cmd_vm, argc, argv);
}

/* What start, cancel and control share: the model's options, what the
 * JSON's vm holds, the names the options take, the exit status. */
#define CLI_VM_MODEL_HELP                                                      \
    "MODEL options (each overrides --properties):\n"                           \
    "  --properties FILE     a captured GET_RO_PRIVATE_PROPERTIES or\n"        \
    "                        GET_PRIVATE_PROPERTIES output (give both with two\n" \
    "                        --properties); --hex: the files are hex text\n"   \
    "  --vm-state S          VmState, default enabled (2)\n"                   \
    "  --migration-state M   MigrationState, default none (0); cancel: setup\n" \
    "  --caller NODE         the node the request runs on, default the host\n" \
    "  --nodes LIST          the cluster's nodes that are up, comma-separated;\n" \
    "                        default the host and the destination\n"           \
    "  --down LIST           members that are down\n"                          \
    "  --progress N          MigrationProgress, @range:MigrationProgress@\n"   \
    "  --failure-reason R    MigrationFailureReason: S_OK, E_BUSY, E_FAIL or an\n" \
    "                        HRESULT\n"                                        \
    "  --vm-id GUID          VmId\n"                                           \
    "  --offline-action A    OfflineAction: turn-off, save, shutdown,\n"       \
    "                        shutdown-forced or @range:OfflineAction@\n"       \
    "  --shutdown-action A   ShutdownAction: offline-resource, fail-resource\n" \
    "  --check-heartbeat A   CheckHeartbeat: dont-check-heartbeat,\n"          \
    "                        check-heartbeat\n"                                \
    "  --start-memory N      StartMemory\n"                                    \
    "  --virtual-numa-count N  VirtualNumaCount, @range:VirtualNumaCount@\n\n" \
    "S, any case, or a number: @vm-states@\n"                                  \
    "M, any case, or a number: @migration-states@\n"                           \
    "S and M also take any 32-bit number, so that the machines' refusal of\n"  \
    "an undocumented state (ERROR_INVALID_STATE) can be tried. The other\n"    \
    "numbers must be in their property's range; value names are the docs'\n"  \
    "(any case; -, _ or a space between words). The read-write properties\n" \
    "go through SET_PRIVATE_PROPERTIES, which checks each one.\n\n"           \
    "In the JSON, vm is the model after the call: vm_state, vm_state_name,\n" \
    "migration_state, migration_state_name, host, source, destination (node\n" \
    "names), failure_reason, progress, vm_id, offline_action,\n"              \
    "shutdown_action, check_heartbeat, start_memory, virtual_numa_count;\n"   \
    "null for unknown.\n\n"                                                    \
    "Exit status: 0 when the status is ERROR_SUCCESS, 1 when the request is\n" \
    "refused, 2 for a bad command line, 3 when the output cannot be written.\n\n"

const cli_command cli_cmd_vm_start = {
    "vm start", cli_vm_start, "vm start --dest NODE [--host NODE] [MODEL...] [--json]",
    "Ask the VM's host to live-migrate it (START_MIGRATION).",
    "Builds the VM's model from the options, sends\n"
    "CLUSCTL_RESOURCE_VM_START_MIGRATION (with the destination in a UTF-16LE\n"
    "buffer) through the library's ResourceControl front door, and prints\n"
    "the status and the new model.\n\n"
    "Options:\n"
    "  --dest NODE           the destination (required)\n"
    "  --host NODE           the node the VM runs on (default node1)\n"
    "  --json                one object: {\"status\":0,\n"
    "                        \"status_name\":\"ERROR_SUCCESS\",\"vm\":{...}}\n\n"
    CLI_VM_MODEL_HELP
    "Examples:\n"
    "  clusctl vm start --dest node2\n"
    "  clusctl vm start --dest node2 --vm-state paused --json\n"
    "  clusctl vm start --dest node3 --nodes node1,node2 --down node3\n"
    "  clusctl vm start --dest node2 --hex --properties ro.hex --properties rw.hex\n",
    NULL};

const cli_command cli_cmd_vm_cancel = {
    "vm cancel", cli_vm_cancel, "vm cancel [--source NODE] [MODEL...] [--json]",
    "Cancel the VM's live migration (CANCEL_MIGRATION).",
    "Builds the VM's model from the options (a migration in Setup unless\n"
    "--migration-state says otherwise), sends\n"
    "CLUSCTL_RESOURCE_VM_CANCEL_MIGRATION through the library's\n"
    "ResourceControl front door, and prints the status and the new model.\n\n"
    "Options:\n"
    "  --source NODE         the migration's source and the VM's host\n"
    "                        (default node1)\n"
    "  --json                one object: {\"status\":0,\n"
    "                        \"status_name\":\"ERROR_SUCCESS\",\"vm\":{...}}\n\n"
    CLI_VM_MODEL_HELP
    "Examples:\n"
    "  clusctl vm cancel\n"
    "  clusctl vm cancel --migration-state data-transfer --caller node2\n",
    NULL};

const cli_command cli_cmd_vm_control = {
    "vm control", cli_vm_control,
    "vm control CODE [--host NODE] [MODEL...] [--in FILE |\n"
    "                  --in-hex HEX] [--out-size N] [--json]",
    "Send any control code to the VM's ResourceControl.",
    "Sends CODE (a number or a name) to the library's ResourceControl front\n"
    "door, as a resource DLL answers it: the private-property codes\n"
    "(GET_RO_PRIVATE_, GET_PRIVATE_, ENUM_PRIVATE_, VALIDATE_PRIVATE_ and\n"
    "SET_PRIVATE_PROPERTIES), START and CANCEL, and ERROR_INVALID_FUNCTION for\n"
    "any other. Prints the status, the bytes returned, the output decoded and\n"
    "the model after the call.\n\n"
    "Options:\n"
    "  --host NODE           the node the VM runs on (default node1)\n"
    "  --in FILE, --in-hex HEX  the input buffer (for START, its node is a\n"
    "                        member when --nodes is not given)\n"
    "  --out-size N          cbOutBufferSize, the output buffer's size\n"
    "                        (default 65536)\n"
    "  --json                one object: {\"status\":0,\"status_name\":...,\n"
    "                        \"code\":...,\"code_name\":...,\n"
    "                        \"bytes_returned\":180,\"output\":\"0300...\",\n"
    "                        \"output_list\":{...},\"output_names\":null,\n"
    "                        \"error\":null,\"vm\":{...}}: output in hex,\n"
    "                        output_list the list decoded as plist decode\n"
    "                        --json prints it, output_names ENUM's names\n\n"
    CLI_VM_MODEL_HELP
    "Examples:\n"
    "  clusctl vm control CLUSCTL_RESOURCE_GET_RO_PRIVATE_PROPERTIES --progress 42\n"
    "  clusctl vm control 0x01000081 --offline-action shutdown-forced --json\n",
    NULL};

const cli_command cli_cmd_vm_table = {
    "vm table", cli_vm_table, "vm table [--format md|csv|json] [--json]",
    "Print both machines' transitions: Markdown, CSV or JSON.",
    "Prints the transitions of the VM's two state machines (VmState and\n"
    "MigrationState) from the table the library runs: the state, the event,\n"
    "the next state, the guards and the effect of each.\n\n"
    "Options:\n"
    "  --format F  md (the default), csv or json, any case\n"
    "  --json      --format json: an array, one transition a line\n\n"
    "Example:\n"
    "  clusctl vm table --format csv\n",
    NULL};

const cli_command cli_cmd_vm_dot = {
    "vm dot", cli_vm_dot, "vm dot",
    "Print both machines as a Graphviz digraph.",
    "Prints the transitions vm table prints as one Graphviz (DOT) digraph;\n"
    "DOT is its only format (vm table --json has the same data).\n\n"
    "Example:\n"
    "  clusctl vm dot | dot -Tsvg > machines.svg\n",
    NULL};

static const cli_command *const cli_vm_subcommands[] = {
    &cli_cmd_vm_start, &cli_cmd_vm_cancel, &cli_cmd_vm_control,
    &cli_cmd_vm_table, &cli_cmd_vm_dot,    NULL};

const cli_command cli_cmd_vm = {
    "vm", cli_vm, NULL,
    "Run the VM resource's ResourceControl: migrations and properties.",
    "start and cancel build a model of a Hyper-V VM resource from the options\n"
    "and send it a live migration's requests; control sends it any code, as\n"
    "a resource DLL answers it; table and dot print the two state machines\n"
    "the library runs.\n\n"
    "Examples:\n"
    "  clusctl vm start --dest node2 --vm-state paused --json\n"
    "  clusctl vm cancel --migration-state data-transfer --caller node2\n"
    "  clusctl vm control CLUSCTL_RESOURCE_GET_RO_PRIVATE_PROPERTIES --progress 42\n"
    "  clusctl vm dot | dot -Tsvg > machines.svg\n",
    cli_vm_subcommands};
