/* `clusctl vm`: the VM state machines, through the same front door a
 * resource DLL calls. */
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

static int cli_vm_report(const cli_ctx *ctx, int json, clusctl_status status,
                         const clusctl_vm *vm, const cli_nodes *nodes)
{
    const char *name = clusctl_status_name(status);
    if (json) {
        fprintf(ctx->out,
                "{\"status\": %lu, \"status_name\": \"%s\", \"vm_state\": %lu, "
                "\"migration_state\": %lu}\n",
                (unsigned long)status, cli_or(name, "?"),
                (unsigned long)vm->vm_state, (unsigned long)vm->migration_state);
    } else {
        fprintf(ctx->out, "status           %s (%lu)\n", cli_or(name, "?"),
                (unsigned long)status);
        fprintf(ctx->out, "vm state         %s (%lu)\n",
                cli_or(clusctl_vm_state_name(vm->vm_state), "undocumented"),
                (unsigned long)vm->vm_state);
        fprintf(ctx->out, "migration state  %s (%lu)\n",
                cli_or(clusctl_migration_state_name(vm->migration_state),
                       "undocumented"),
                (unsigned long)vm->migration_state);
        fprintf(ctx->out, "host             %s\n", cli_node_name(nodes, vm->host));
        fprintf(ctx->out, "source           %s\n", cli_node_name(nodes, vm->source));
        fprintf(ctx->out, "destination      %s\n",
                cli_node_name(nodes, vm->destination));
        fprintf(ctx->out, "failure reason   0x%08lX\n",
                (unsigned long)vm->failure_reason);
        fprintf(ctx->out, "progress         %lu\n", (unsigned long)vm->progress);
    }
    return status == CCTL_ERROR_SUCCESS ? CCTL_EXIT_OK : CCTL_EXIT_REFUSED;
}

static int cli_vm_start(const cli_ctx *ctx, int argc, char **argv)
{
    int json = 0, count = 0, rc;
    const char *dest = NULL, *vm_state_text = NULL, *migration = NULL,
               *host = NULL, *caller = NULL, *list = NULL, *down = NULL;
    const cli_option options[] = {
        {"--dest", &dest, NULL},           {"--vm-state", &vm_state_text, NULL},
        {"--migration-state", &migration, NULL}, {"--host", &host, NULL},
        {"--caller", &caller, NULL},       {"--nodes", &list, NULL},
        {"--down", &down, NULL},           {"--json", NULL, &json},
    };
    static char up_names[CLI_MAX_NAME], down_names[CLI_MAX_NAME];
    cli_nodes nodes;
    clusctl_vm vm, next;
    uint32_t vm_state = CCTL_VM_ENABLED, migration_state = CCTL_MIGRATION_NONE;
    clusctl_status status;

    rc = cli_parse_command(ctx, argc, argv, options, sizeof options / sizeof options[0], &cli_cmd_vm, 1,
                           &count);
    if (rc != CLI_CONTINUE)
        return rc;
    if (dest == NULL)
        return cli_fail(ctx, CCTL_EXIT_USAGE, "--dest is required");
    if (vm_state_text != NULL &&
        (rc = cli_named_number(ctx, "--vm-state", vm_state_text,
                               clusctl_vm_state_from_name, CLI_LIST_VM_STATES,
                               &vm_state)) != CCTL_EXIT_OK)
        return rc;
    if (migration != NULL &&
        (rc = cli_named_number(ctx, "--migration-state", migration,
                               clusctl_migration_state_from_name,
                               CLI_LIST_MIGRATION_STATES, &migration_state)) !=
            CCTL_EXIT_OK)
        return rc;
    host = cli_or(host, "node1");
    if (host[0] == '\0' || (caller != NULL && caller[0] == '\0'))
        return cli_fail(ctx, CCTL_EXIT_USAGE, "an empty node name");

    /* The members: --nodes (up; default: the host and the destination),
     * --down, and the host and caller, who are up members. */
    cli_nodes_init(&nodes);
    if (list != NULL) {
        rc = cli_add_list(ctx, &nodes, "--nodes", list, 1, up_names, sizeof up_names);
    } else {
        (void)cli_add_node(&nodes, host, 1);
        rc = dest[0] != '\0' ? cli_add_list(ctx, &nodes, "--dest", dest, 1,
                                            up_names, sizeof up_names)
                             : CCTL_EXIT_OK;
    }
    if (rc == CCTL_EXIT_OK && down != NULL)
        rc = cli_add_list(ctx, &nodes, "--down", down, 0, down_names,
                          sizeof down_names);
    if (rc != CCTL_EXIT_OK)
        return rc;
    caller = cli_or(caller, host);
    if (cli_add_node(&nodes, host, 1) == CCTL_NO_NODE ||
        cli_add_node(&nodes, caller, 1) == CCTL_NO_NODE)
        return cli_fail(ctx, CCTL_EXIT_USAGE,
                        "too many nodes (a cluster has at most %d)",
                        CCTL_CLUSTER_NODES_MAX);
    (void)clusctl_vm_init(&vm, vm_state, migration_state,
                          cli_node_id(&nodes, host));
    status = clusctl_vm_start(&vm, &nodes.cluster, cli_node_id(&nodes, caller),
                              dest, &next);
    return cli_vm_report(ctx, json, status, &next, &nodes);
}

static int cli_vm_cancel(const cli_ctx *ctx, int argc, char **argv)
{
    int json = 0, count = 0, rc;
    const char *migration = NULL, *source = NULL, *caller = NULL;
    const cli_option options[] = {
        {"--migration-state", &migration, NULL},
        {"--source", &source, NULL},
        {"--caller", &caller, NULL},
        {"--json", NULL, &json},
    };
    cli_nodes nodes;
    clusctl_vm vm, next;
    uint32_t migration_state = CCTL_MIGRATION_SETUP;
    clusctl_status status;

    rc = cli_parse_command(ctx, argc, argv, options, sizeof options / sizeof options[0], &cli_cmd_vm, 1,
                           &count);
    if (rc != CLI_CONTINUE)
        return rc;
    if (migration != NULL &&
        (rc = cli_named_number(ctx, "--migration-state", migration,
                               clusctl_migration_state_from_name,
                               CLI_LIST_MIGRATION_STATES, &migration_state)) !=
            CCTL_EXIT_OK)
        return rc;
    source = cli_or(source, "node1");
    caller = cli_or(caller, source);
    if (source[0] == '\0' || caller[0] == '\0')
        return cli_fail(ctx, CCTL_EXIT_USAGE, "an empty node name");
    cli_nodes_init(&nodes);
    (void)clusctl_vm_init(&vm, CCTL_VM_ENABLED, migration_state,
                          cli_add_node(&nodes, source, 1));
    status = clusctl_vm_cancel(&vm, &nodes.cluster, cli_add_node(&nodes, caller, 1),
                               &next);
    return cli_vm_report(ctx, json, status, &next, &nodes);
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

static int cli_vm_table(const cli_ctx *ctx, int argc, char **argv, int dot)
{
    int count = 0, rc;
    const char *format = NULL;
    const cli_option options[] = {{"--format", &format, NULL}};
    uint32_t f = dot ? CCTL_FORMAT_DOT : CCTL_FORMAT_MARKDOWN;

    rc = cli_parse_command(ctx, argc, argv, options, dot ? 0 : 1, &cli_cmd_vm, 1,
                           &count);
    if (rc != CLI_CONTINUE)
        return rc;
    if (format != NULL) {
        if (strcmp(format, "md") == 0)
            f = CCTL_FORMAT_MARKDOWN;
        else if (strcmp(format, "csv") == 0)
            f = CCTL_FORMAT_CSV;
        else if (strcmp(format, "json") == 0)
            f = CCTL_FORMAT_JSON;
        else
            return cli_fail(ctx, CCTL_EXIT_USAGE,
                            "--format '%s' is not md, csv or json", format);
    }
    return cli_vm_print_table(ctx, f);
}

static int cli_vm(const cli_ctx *ctx, int argc, char **argv)
{
    const char *sub = argc > 1 ? argv[1] : NULL;
    if (sub == NULL)
        return cli_fail(ctx, CCTL_EXIT_USAGE,
                        "no subcommand given (start, cancel, table, dot)");
    if (strcmp(sub, "--help") == 0 || strcmp(sub, "-h") == 0) {
        cli_print_command_help(ctx->out, &cli_cmd_vm);
        return CCTL_EXIT_OK;
    }
    if (strcmp(sub, "start") == 0)
        return cli_vm_start(ctx, argc - 1, argv + 1);
    if (strcmp(sub, "cancel") == 0)
        return cli_vm_cancel(ctx, argc - 1, argv + 1);
    if (strcmp(sub, "table") == 0)
        return cli_vm_table(ctx, argc - 1, argv + 1, 0);
    if (strcmp(sub, "dot") == 0)
        return cli_vm_table(ctx, argc - 1, argv + 1, 1);
    return cli_fail(ctx, CCTL_EXIT_USAGE,
                    "unknown subcommand '%s' (start, cancel, table, dot)", sub);
}

const cli_command cli_cmd_vm = {
    "vm", cli_vm,
    "vm start --dest NODE [--vm-state S] [--migration-state M] [--host NODE]\n"
    "                  [--caller NODE] [--nodes LIST] [--down LIST] [--json]\n"
    "       clusctl vm cancel [--migration-state M] [--source NODE] "
    "[--caller NODE] [--json]\n"
    "       clusctl vm table [--format md|csv|json]\n"
    "       clusctl vm dot",
    "Run the VM live-migration state machines: START and CANCEL.",
    "start and cancel build the VM's model from the options, send\n"
    "CLUSCTL_RESOURCE_VM_START_MIGRATION (with the destination in a UTF-16LE\n"
    "buffer) or CLUSCTL_RESOURCE_VM_CANCEL_MIGRATION through the library's\n"
    "ResourceControl front door, and print the status and the new model.\n"
    "Exit status: 0 when the status is ERROR_SUCCESS, 1 when the request is\n"
    "refused, 2 for a bad command line.\n\n"
    "start options:\n"
    "  --dest NODE           the destination node (required)\n"
    "  --vm-state S          VmState, default enabled (2)\n"
    "  --migration-state M   MigrationState, default none (0)\n"
    "  --host NODE           the node that hosts the VM, default node1\n"
    "  --caller NODE         the node the request runs on, default the host\n"
    "  --nodes LIST          the cluster's nodes that are up, comma-separated;\n"
    "                        default the host and the destination\n"
    "  --down LIST           members that are down\n"
    "cancel options:\n"
    "  --migration-state M   MigrationState, default setup (1)\n"
    "  --source NODE         the migration's source (and host), default node1\n"
    "  --caller NODE         the node the request runs on, default the source\n"
    "Both:\n"
    "  --json                {\"status\": 0, \"status_name\": \"ERROR_SUCCESS\",\n"
    "                        \"vm_state\": 2, \"migration_state\": 1}\n\n"
    "S, any case, or a number: @vm-states@\n"
    "M, any case, or a number: @migration-states@\n\n"
    "table prints both machines' transitions (md, csv or json) and dot the same\n"
    "as a Graphviz digraph, both from the table the library runs.\n\n"
    "Examples:\n"
    "  clusctl vm start --dest node2\n"
    "  clusctl vm start --dest node2 --vm-state paused --json\n"
    "  clusctl vm start --dest node3 --nodes node1,node2 --down node3\n"
    "  clusctl vm cancel --migration-state data-transfer --caller node2\n"
    "  clusctl vm dot | dot -Tsvg > machines.svg\n"};
