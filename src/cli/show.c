/* How the tool shows one code: the decode table and the decode JSON object,
 * shared by decode, encode, lookup and list. */
#include <string.h>

#include "cli_internal.h"

/* The entry to name first: `preferred` when given, else the catalog's
 * preferred entry for the resource type (NULL when the value is unknown). */
static const clusctl_entry *cli_first_entry(uint32_t code,
                                            const clusctl_entry *preferred,
                                            const char *restype)
{
    return preferred != NULL ? preferred
                             : clusctl_catalog_preferred(code, restype);
}

void cli_nearest_text(char *buf, size_t size, uint32_t code)
{
    clusctl_nearest n;
    if (clusctl_catalog_nearest(code, &n) != CCTL_ERROR_SUCCESS)
        snprintf(buf, size, "nothing matches");
    else if (n.object_name != NULL)
        snprintf(buf, size, "%s on %s", n.operation->name, n.object_name);
    else
        snprintf(buf, size, "%s on object %lu", n.operation->name,
                 (unsigned long)n.object);
}

/* The validation flags of a code as a JSON array of ids, in flag order. */
static void cli_json_warnings(FILE *out, uint32_t flags)
{
    uint32_t bit;
    int first = 1;
    fputc('[', out);
    for (bit = 1; bit != 0 && bit <= flags; bit <<= 1) {
        if (flags & bit) {
            if (!first)
                fputc(',', out);
            cli_json_string(out, clusctl_warning_id(bit));
            first = 0;
        }
    }
    fputc(']', out);
}

/* The names of a value as a JSON array, `first` first. */
static void cli_json_names(FILE *out, uint32_t code, const clusctl_entry *first)
{
    size_t start = 0, count = 0, i;
    fputc('[', out);
    if (first != NULL) {
        cli_json_string(out, first->name);
        (void)clusctl_catalog_find_value(code, &start, &count);
        for (i = start; i < start + count; i++) {
            const clusctl_entry *e = clusctl_catalog_entry(i);
            if (e != first) {
                fputc(',', out);
                cli_json_string(out, e->name);
            }
        }
    }
    fputc(']', out);
}

void cli_print_code_json(FILE *out, uint32_t code,
                         const clusctl_entry *preferred, const char *restype)
{
    clusctl_fields f;
    const clusctl_entry *first = cli_first_entry(code, preferred, restype);
    char nearest[160];
    (void)clusctl_decode(code, &f);
    fprintf(out, "{\"value\":\"0x%08lX\",\"object\":%lu,\"object_name\":",
            (unsigned long)code, (unsigned long)f.object);
    cli_json_string(out, clusctl_object_name(f.object));
    fputs(",\"global\":", out);
    cli_json_bool(out, f.global);
    fputs(",\"modify\":", out);
    cli_json_bool(out, f.modify);
    fputs(",\"user\":", out);
    cli_json_bool(out, f.user);
    fputs(",\"internal\":", out);
    cli_json_bool(out, f.internal);
    fprintf(out, ",\"function\":%lu,\"access\":%lu,\"access_name\":",
            (unsigned long)f.function, (unsigned long)f.access);
    cli_json_string(out, clusctl_access_name(f.access));
    fputs(",\"warnings\":", out);
    cli_json_warnings(out, clusctl_validate(code));
    fputs(",\"names\":", out);
    cli_json_names(out, code, first);
    fputs(",\"description\":", out);
    cli_json_string(out, first != NULL ? first->description : NULL);
    fputs(",\"required_access\":", out);
    cli_json_string(out, clusctl_handle_access_name(clusctl_required_access(code)));
    fputs(",\"application_may_send\":", out);
    cli_json_bool(out, (uint32_t)clusctl_application_may_send(code));
    fputs(",\"sdk\":", out);
    cli_json_bool(out, (uint32_t)clusctl_catalog_in_sdk(code));
    fputs(",\"nearest\":", out);
    if (first == NULL) {
        cli_nearest_text(nearest, sizeof nearest, code);
        cli_json_string(out, nearest);
    } else {
        fputs("null", out);
    }
    fputc('}', out);
}

static const char *cli_or_dash(const char *s)
{
    return s != NULL ? s : "-";
}

/* One "name" or "alias" line. */
static void cli_name_line(FILE *out, const char *label, const clusctl_entry *e)
{
    fprintf(out, "%-10s%s (%s", label, e->name,
            clusctl_provenance_name(e->provenance));
    if (e->resource_type != NULL)
        fprintf(out, ", %s", e->resource_type);
    fputs(")\n", out);
}

void cli_print_code_table(FILE *out, uint32_t code,
                          const clusctl_entry *preferred, const char *restype)
{
    clusctl_fields f;
    const clusctl_entry *first = cli_first_entry(code, preferred, restype);
    uint32_t flags = clusctl_validate(code), bit;
    size_t start = 0, count = 0, i;
    char nearest[160];

    (void)clusctl_decode(code, &f);
    fprintf(out, "code      0x%08lX\n", (unsigned long)code);
    if (first != NULL) {
        cli_name_line(out, "name", first);
        (void)clusctl_catalog_find_value(code, &start, &count);
        for (i = start; i < start + count; i++)
            if (clusctl_catalog_entry(i) != first)
                cli_name_line(out, "alias", clusctl_catalog_entry(i));
        if (first->description != NULL)
            fprintf(out, "about     %s\n", first->description);
    } else {
        cli_nearest_text(nearest, sizeof nearest, code);
        fprintf(out, "name      unknown; nearest: %s\n", nearest);
    }
    fprintf(out, "object    %-8lu  %s\n", (unsigned long)f.object,
            f.object == 0 ? "INVALID (none: a bare CLCTL_* operation)"
                          : cli_or_dash(clusctl_object_name(f.object)));
    fprintf(out, "global    %lu\n", (unsigned long)f.global);
    fprintf(out, "modify    %lu\n", (unsigned long)f.modify);
    fprintf(out, "user      %lu\n", (unsigned long)f.user);
    fprintf(out, "internal  %lu\n", (unsigned long)f.internal);
    fprintf(out, "function  %-8lu  operation 0x%06lX, low 22 bits 0x%06lX\n",
            (unsigned long)f.function,
            (unsigned long)(code & (CCTL_FUNCTION_MAX << CCTL_FUNCTION_SHIFT)),
            (unsigned long)CCTL_GET_CONTROL_FUNCTION(code));
    fprintf(out, "access    %-8lu  %s\n", (unsigned long)f.access,
            cli_or_dash(clusctl_access_name(f.access)));
    fprintf(out, "handle    %s access%s\n",
            clusctl_handle_access_name(clusctl_required_access(code)),
            f.modify ? " (modify bit set)" : "");
    fprintf(out, "sender    %s\n",
            clusctl_application_may_send(code)
                ? "applications may send it"
                : "the Cluster service only (internal bit set)");
    fprintf(out, "sdk       %s\n", clusctl_catalog_in_sdk(code) ? "yes" : "no");
    if (first != NULL && first->docs_errata != NULL)
        fprintf(out, "docs      %s\n", first->docs_errata);
    for (bit = 1; bit != 0 && bit <= flags; bit <<= 1)
        if (flags & bit)
            fprintf(out, "warning   %s\n", clusctl_warning_description(bit));
}
