/* How the tool shows one code: the decode table and the decode JSON object,
 * shared by decode, encode, lookup and list. */
#include <string.h>

#include "cli_internal.h"

void cli_nearest_text(char *buf, size_t size, const clusctl_nearest *n)
{
    const char *operation = clusctl_catalog_name(n->operation);
    if (operation == NULL) /* CCTL_NO_ENTRY */
        snprintf(buf, size, "nothing matches");
    else if (n->object_name != NULL)
        snprintf(buf, size, "%s on %s", operation, n->object_name);
    else
        snprintf(buf, size, "%s on object %lu", operation, (unsigned long)n->object);
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

/* The names of a value as a JSON array, the preferred one first. */
static void cli_json_names(FILE *out, const clusctl_description *d)
{
    size_t i;
    fputc('[', out);
    if (d->preferred != CCTL_NO_ENTRY) {
        cli_json_string(out, clusctl_catalog_name(d->preferred));
        for (i = d->first; i < d->first + d->count; i++) {
            if (i != d->preferred) {
                fputc(',', out);
                cli_json_string(out, clusctl_catalog_name(i));
            }
        }
    }
    fputc(']', out);
}

/* A " | "-separated list (docs errata) as a JSON array of strings; [] for
 * NULL. */
static void cli_json_split(FILE *out, const char *s)
{
    static const char sep[] = " | ";
    fputc('[', out);
    while (s != NULL && *s != '\0') {
        const char *end = strstr(s, sep);
        size_t n = end != NULL ? (size_t)(end - s) : strlen(s);
        fputc('"', out);
        cli_json_chars(out, s, n);
        fputc('"', out);
        s = end != NULL ? end + sizeof sep - 1 : NULL;
        if (s != NULL)
            fputc(',', out);
    }
    fputc(']', out);
}

/* One catalog entry, by index, as a JSON object: what the text's name,
 * alias, about, docs and (with --verbose) note lines show of it. */
static void cli_json_entry(FILE *out, size_t index)
{
    clusctl_entry entry;
    const clusctl_entry *e = &entry;
    (void)clusctl_catalog_get(index, &entry);
    fputs("{\"name\":", out);
    cli_json_string(out, e->name);
    fputs(",\"kind\":", out);
    cli_json_string(out, clusctl_kind_name(e->kind));
    fputs(",\"provenance\":", out);
    cli_json_string(out, clusctl_provenance_name(e->provenance));
    fputs(",\"resource_type\":", out);
    cli_json_string(out, e->resource_type);
    fputs(",\"description\":", out);
    cli_json_string(out, e->description);
    fputs(",\"description_source\":", out);
    cli_json_string(out, e->description_source);
    fputs(",\"doc_page\":", out);
    cli_json_string(out, e->doc_page);
    fputs(",\"docs_errata\":", out);
    cli_json_split(out, e->docs_errata);
    fputs(",\"notes\":", out);
    cli_json_string(out, e->notes);
    fputc('}', out);
}

/* Every entry of the value, the preferred one first, as in names. */
static void cli_json_entries(FILE *out, const clusctl_description *d)
{
    size_t i;
    fputc('[', out);
    if (d->preferred != CCTL_NO_ENTRY) {
        cli_json_entry(out, d->preferred);
        for (i = d->first; i < d->first + d->count; i++) {
            if (i != d->preferred) {
                fputc(',', out);
                cli_json_entry(out, i);
            }
        }
    }
    fputc(']', out);
}

void cli_print_code_json(FILE *out, const clusctl_description *d)
{
    const clusctl_fields *f = &d->fields;
    char nearest[160];
    fprintf(out, "{\"value\":\"0x%08lX\",\"object\":%lu,\"object_name\":",
            (unsigned long)d->code, (unsigned long)f->object);
    cli_json_string(out, d->object_name);
    fputs(",\"object_description\":", out);
    cli_json_string(out, d->object_description);
    fputs(",\"global\":", out);
    cli_json_bool(out, f->global);
    fputs(",\"modify\":", out);
    cli_json_bool(out, f->modify);
    fputs(",\"user\":", out);
    cli_json_bool(out, f->user);
    fputs(",\"internal\":", out);
    cli_json_bool(out, f->internal);
    fprintf(out,
            ",\"function\":%lu,\"operation\":\"0x%06lX\",\"control_function\":\"0x%06lX\","
            "\"access\":%lu,\"access_name\":",
            (unsigned long)f->function, (unsigned long)d->operation_bits,
            (unsigned long)d->control_function, (unsigned long)f->access);
    cli_json_string(out, d->access_name);
    fputs(",\"warnings\":", out);
    cli_json_warnings(out, d->warnings);
    fputs(",\"names\":", out);
    cli_json_names(out, d);
    fputs(",\"entries\":", out);
    cli_json_entries(out, d);
    fputs(",\"description\":", out);
    cli_json_string(out, d->description);
    fputs(",\"description_source\":", out);
    cli_json_string(out, d->description_source);
    fputs(",\"docs_errata\":", out);
    cli_json_split(out, d->docs_errata);
    fputs(",\"required_access\":", out);
    cli_json_string(out, clusctl_handle_access_name(d->handle_access));
    fputs(",\"application_may_send\":", out);
    cli_json_bool(out, d->application_may_send);
    fputs(",\"sdk\":", out);
    cli_json_bool(out, d->in_sdk);
    fputs(",\"input\":", out);
    cli_json_string(out, clusctl_buffer_name(d->input));
    fputs(",\"output\":", out);
    cli_json_string(out, clusctl_buffer_name(d->output));
    fputs(",\"input_detail\":", out);
    cli_json_string(out, d->input_detail);
    fputs(",\"output_detail\":", out);
    cli_json_string(out, d->output_detail);
    fputs(",\"nearest\":", out);
    if (d->preferred == CCTL_NO_ENTRY) {
        cli_nearest_text(nearest, sizeof nearest, &d->nearest);
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

/* One "name" or "alias" line, of the entry at `index`. */
static void cli_name_line(FILE *out, const char *label, size_t index)
{
    clusctl_entry entry;
    const clusctl_entry *e = &entry;
    (void)clusctl_catalog_get(index, &entry);
    fprintf(out, "%-10s%s (%s", label, e->name,
            clusctl_provenance_name(e->provenance));
    if (e->resource_type != NULL)
        fprintf(out, ", %s", e->resource_type);
    fputs(")\n", out);
}

/* One "input" or "output" line: the category in words, then its detail
 * ("DWORD flags: CLUS_CHAR_*", "struct: CLUS_RESOURCE_CLASS_INFO"). */
static void cli_buffer_line(FILE *out, const char *label, uint32_t buffer,
                            const char *detail)
{
    fprintf(out, "%-10s%s", label, cli_or_dash(clusctl_buffer_text(buffer)));
    if (detail != NULL)
        fprintf(out, ": %s", detail);
    fputc('\n', out);
}

/* Whether an entry is the older value of its name (the name gives another
 * entry): its note, on the change, is shown without --verbose too. */
static int cli_older_value(size_t index)
{
    size_t current = CCTL_NO_ENTRY;
    const char *name = clusctl_catalog_name(index);
    return name != NULL &&
           clusctl_catalog_find_name(name, CCTL_MATCH_EXACT, &current) == CCTL_ERROR_SUCCESS &&
           current != index;
}

/* With --verbose: each entry's docs page and source notes, one line each,
 * the preferred entry first. */
static void cli_entry_details(FILE *out, size_t index)
{
    clusctl_entry entry;
    const clusctl_entry *e = &entry;
    (void)clusctl_catalog_get(index, &entry);
    if (e->doc_page != NULL)
        fprintf(out, "%-10s%s: %s\n", "page", e->name, e->doc_page);
    if (e->notes != NULL)
        fprintf(out, "%-10s%s: %s\n", "note", e->name, e->notes);
}

void cli_print_code_table(FILE *out, const clusctl_description *d,
                          int verbose)
{
    const clusctl_fields *f = &d->fields;
    uint32_t bit;
    size_t i;
    char nearest[160];
    clusctl_entry preferred;

    fprintf(out, "code      0x%08lX\n", (unsigned long)d->code);
    if (d->preferred != CCTL_NO_ENTRY) {
        cli_name_line(out, "name", d->preferred);
        for (i = d->first; i < d->first + d->count; i++)
            if (i != d->preferred)
                cli_name_line(out, "alias", i);
        if (d->description != NULL)
            fprintf(out, "about     %s\n", d->description);
        if (d->description_source != NULL)
            fprintf(out, "source    %s\n", d->description_source);
        if (!verbose && cli_older_value(d->preferred) &&
            clusctl_catalog_get(d->preferred, &preferred) == CCTL_ERROR_SUCCESS &&
            preferred.notes != NULL)
            fprintf(out, "note      %s\n", preferred.notes);
    } else {
        cli_nearest_text(nearest, sizeof nearest, &d->nearest);
        fprintf(out, "name      unknown; nearest: %s\n", nearest);
    }
    fprintf(out, "object    %-8lu  %s", (unsigned long)f->object,
            cli_or_dash(d->object_name));
    if (f->object == CCTL_OBJECT_INVALID)
        fprintf(out, " (%s)", d->object_description);
    fputc('\n', out);
    fprintf(out, "global    %lu\n", (unsigned long)f->global);
    fprintf(out, "modify    %lu\n", (unsigned long)f->modify);
    fprintf(out, "user      %lu\n", (unsigned long)f->user);
    fprintf(out, "internal  %lu\n", (unsigned long)f->internal);
    fprintf(out, "function  %-8lu  operation 0x%06lX, low 22 bits 0x%06lX\n",
            (unsigned long)f->function, (unsigned long)d->operation_bits,
            (unsigned long)d->control_function);
    fprintf(out, "access    %-8lu  %s\n", (unsigned long)f->access,
            cli_or_dash(d->access_name));
    fprintf(out, "handle    %s access%s\n",
            clusctl_handle_access_name(d->handle_access),
            f->modify ? " (modify bit set)" : "");
    fprintf(out, "sender    %s\n",
            d->application_may_send
                ? "applications may send it"
                : "the Cluster service only (internal bit set)");
    fprintf(out, "sdk       %s\n", d->in_sdk ? "yes" : "no");
    cli_buffer_line(out, "input", d->input, d->input_detail);
    cli_buffer_line(out, "output", d->output, d->output_detail);
    if (d->docs_errata != NULL)
        fprintf(out, "docs      %s\n", d->docs_errata);
    if (verbose && d->preferred != CCTL_NO_ENTRY) {
        cli_entry_details(out, d->preferred);
        for (i = d->first; i < d->first + d->count; i++)
            if (i != d->preferred)
                cli_entry_details(out, i);
    }
    for (bit = 1; bit != 0 && bit <= d->warnings; bit <<= 1)
        if (d->warnings & bit)
            fprintf(out, "warning   %s\n", clusctl_warning_description(bit));
}
