/* `clusctl lookup` and `clusctl list`: the catalog by name, and all of it. */
#include <string.h>

#include "cli_internal.h"

/* lookup --search: every entry whose name matches one of the patterns, in
 * catalog (value) order, each once. */
static int cli_lookup_search(const cli_ctx *ctx, int json, int count)
{
    size_t n = clusctl_catalog_size(), i, found = 0;
    int k;
    for (k = 0; k < count; k++)
        if (ctx->operands[k][0] == '\0')
            return cli_fail(ctx, CCTL_EXIT_USAGE, "an empty PATTERN");
    for (i = 0; i < n; i++) {
        clusctl_entry e;
        (void)clusctl_catalog_get(i, &e);
        for (k = 0; k < count; k++)
            if (cli_name_matches(ctx->operands[k], e.name))
                break;
        if (k == count)
            continue;
        found++;
        if (json) {
            clusctl_description d;
            (void)clusctl_describe_entry(i, &d);
            cli_print_code_json(ctx->out, &d);
            fputc('\n', ctx->out);
        } else {
            fprintf(ctx->out, "0x%08lX  %s\n", (unsigned long)e.value, e.name);
        }
    }
    if (found == 0)
        return count == 1 ? cli_fail(ctx, CCTL_EXIT_REFUSED, "no name matches '%s'",
                                     ctx->operands[0])
                          : cli_fail(ctx, CCTL_EXIT_REFUSED,
                                     "no name matches any PATTERN");
    return CCTL_EXIT_OK;
}

static int cli_lookup(const cli_ctx *ctx, int argc, char **argv)
{
    int json = 0, search = 0, verbose = 0, count = 0, i, rc;
    const cli_option options[] = {{"--json", NULL, &json},
                                  {"--search", NULL, &search},
                                  {"--verbose", NULL, &verbose}};
    clusctl_description d;
    uint32_t code;

    rc = cli_parse_command(ctx, argc, argv, options, 3, &cli_cmd_lookup, 0,
                           &count);
    if (rc != CLI_CONTINUE)
        return rc;
    if (count == 0)
        return cli_fail(ctx, CCTL_EXIT_USAGE, search ? "no PATTERN given"
                                                     : "no NAME given");
    /* Operands that are all globs are patterns: lookup '*GET_FLAGS' is
     * lookup --search '*GET_FLAGS'. */
    for (i = 0; i < count && strpbrk(ctx->operands[i], "*?") != NULL; i++)
        ;
    if (search || i == count)
        return cli_lookup_search(ctx, json, count);
    for (i = 0; i < count; i++)
        if (strpbrk(ctx->operands[i], "*?") != NULL)
            return cli_fail(ctx, CCTL_EXIT_USAGE,
                            "'%s' is a pattern: give patterns alone, or use --search",
                            ctx->operands[i]);
    for (i = 0; i < count; i++) {
        const char *name = ctx->operands[i];
        if (clusctl_parse_u32(name, &code) == CCTL_ERROR_SUCCESS)
            return cli_fail(ctx, CCTL_EXIT_USAGE,
                            "'%s' is a number: use 'clusctl decode %s'", name,
                            name);
        if (!cli_is_identifier(name))
            return cli_fail(ctx, CCTL_EXIT_USAGE, "'%s' is not a name", name);
        rc = cli_parse_code(ctx, name, NULL, &d);
        if (rc != CCTL_EXIT_OK)
            return rc;
    }
    for (i = 0; i < count; i++) {
        (void)cli_parse_code(ctx, ctx->operands[i], NULL, &d);
        if (json) {
            cli_print_code_json(ctx->out, &d);
            fputc('\n', ctx->out);
        } else {
            if (i > 0)
                fputc('\n', ctx->out);
            fprintf(ctx->out, "%s = 0x%08lX\n", clusctl_catalog_name(d.preferred),
                    (unsigned long)d.code);
            cli_print_code_table(ctx->out, &d, verbose);
        }
    }
    return CCTL_EXIT_OK;
}

const cli_command cli_cmd_lookup = {
    "lookup", cli_lookup, "lookup [--json] [--verbose] NAME...\n"
    "       clusctl lookup --search [--json] PATTERN...",
    "Find control codes by name: value, fields and policy.",
    "NAME is a CLCTL_*, CTCTL_* or CLUSCTL_* name, in any case. An unknown\n"
    "name exits 1 and suggests up to three close names, or names that\n"
    "hold it. Operands that all hold * or ? are PATTERNs, as with --search.\n\n"
    "Options:\n"
    "  --json    the decode object of each NAME, one per line (its names\n"
    "            and entries list NAME first)\n"
    "  --verbose also each name's docs page and source notes, as decode\n"
    "  --search  list every name that matches a PATTERN, in any case, by\n"
    "            value: \"0xVALUE  NAME\" lines (--json: decode objects). A\n"
    "            PATTERN with * (any run) or ? (any character) is a glob of\n"
    "            the whole name; else it is part of a name. None: exit 1.\n\n"
    "Examples:\n"
    "  clusctl lookup CLUSCTL_RESOURCE_VM_START_MIGRATION\n"
    "  clusctl lookup --json clctl_get_flags\n"
    "  clusctl lookup --search get_flags\n"
    "  clusctl lookup --search 'CLUSCTL_*_VM_*'\n"
    "  clusctl lookup '*GET_FLAGS'\n",
    NULL};

/* A CSV field: quoted when it holds a comma, a quote or a line break. */
static void cli_csv_field(FILE *out, const char *s)
{
    if (s == NULL)
        return;
    if (strpbrk(s, ",\"\r\n") == NULL) {
        fputs(s, out);
        return;
    }
    fputc('"', out);
    for (; *s != '\0'; s++) {
        if (*s == '"')
            fputc('"', out);
        fputc(*s, out);
    }
    fputc('"', out);
}

static void cli_list_csv(FILE *out, const clusctl_entry *e)
{
    clusctl_fields f;
    (void)clusctl_decode(e->value, &f);
    cli_csv_field(out, e->name);
    fprintf(out, ",0x%08lX,%s,%s,", (unsigned long)e->value,
            clusctl_kind_name(e->kind), clusctl_provenance_name(e->provenance));
    cli_csv_field(out, e->resource_type);
    fprintf(out, ",%lu,%lu,%lu,%lu,%lu,%lu,%lu,%s,%d,", (unsigned long)f.object,
            (unsigned long)f.global, (unsigned long)f.modify,
            (unsigned long)f.user, (unsigned long)f.internal,
            (unsigned long)f.function, (unsigned long)f.access,
            clusctl_handle_access_name(clusctl_required_access(e->value)),
            clusctl_application_may_send(e->value));
    cli_csv_field(out, e->description);
    fputc(',', out);
    cli_csv_field(out, e->docs_errata);
    fputc('\n', out);
}

static int cli_list_catalog(const cli_ctx *ctx, int argc, char **argv)
{
    static const char *const formats[] = {"table", "csv", "json", NULL};
    int count = 0, rc, json = 0, fmt_index = 0;
    const char *object = NULL, *format = NULL;
    const cli_option options[] = {{"--object", &object, NULL},
                                  {"--format", &format, NULL},
                                  {"--json", NULL, &json}};
    size_t first = 0, n = clusctl_catalog_size(), i;
    uint32_t obj;
    enum { TABLE, CSV, JSON } fmt;

    rc = cli_parse_command(ctx, argc, argv, options, 3, &cli_cmd_list, 1,
                           &count);
    if (rc != CLI_CONTINUE)
        return rc;
    rc = cli_parse_format(ctx, json, format, formats, JSON, &fmt_index);
    if (rc != CCTL_EXIT_OK)
        return rc;
    fmt = fmt_index == CSV ? CSV : fmt_index == JSON ? JSON : TABLE;
    if (object != NULL) {
        rc = cli_named_number(ctx, "--object", object, clusctl_object_from_name,
                              CLI_LIST_OBJECTS,
                              clusctl_field_max(CCTL_FIELD_OBJECT), &obj);
        if (rc != CCTL_EXIT_OK)
            return rc;
        (void)clusctl_catalog_find_object(obj, &first, &n);
    }

    if (fmt == CSV)
        fputs("name,value,kind,provenance,resource_type,object,global,modify,"
              "user,internal,function,access,required_access,"
              "application_may_send,description,docs_errata\n",
              ctx->out);
    else if (fmt == JSON)
        fputs("[", ctx->out);
    else
        fprintf(ctx->out, "%-10s  %-55s  %-8s  %s\n", "VALUE", "NAME",
                "SOURCE", "DESCRIPTION");
    for (i = first; i < first + n; i++) {
        clusctl_entry e;
        (void)clusctl_catalog_get(i, &e);
        if (fmt == CSV) {
            cli_list_csv(ctx->out, &e);
        } else if (fmt == JSON) {
            clusctl_description d;
            fputs(i > first ? ",\n" : "\n", ctx->out);
            (void)clusctl_describe_entry(i, &d);
            cli_print_code_json(ctx->out, &d);
        } else {
            fprintf(ctx->out, "0x%08lX  %-55s  %-8s  %s\n",
                    (unsigned long)e.value, e.name,
                    clusctl_provenance_name(e.provenance),
                    e.description != NULL ? e.description : "");
        }
    }
    if (fmt == JSON)
        fputs(n > 0 ? "\n]\n" : "]\n", ctx->out);
    return CCTL_EXIT_OK;
}

const cli_command cli_cmd_list = {
    "list", cli_list_catalog, "list [--object OBJ] [--format table|csv|json] [--json]",
    "List the catalog: every known control code, by value.",
    "Options:\n"
    "  --object OBJ     only codes whose value has object OBJ (bits 24-31):\n"
    "                   0 to 255, or a name (any case):\n"
    "                   @objects@\n"
    "                   0 or invalid lists the bare CLCTL_* operations\n"
    "  --format FORMAT  table (the default), csv (one row per name, with a\n"
    "                   header), or json (an array of decode objects, each\n"
    "                   naming its entry first), in any case\n"
    "  --json           the same as --format json\n\n"
    "Examples:\n"
    "  clusctl list --object resource\n"
    "  clusctl list --format json\n",
    NULL};
