/* Fuzz target: clusctl_machine_format(), every machine set and format (and
 * values that are neither), every buffer size from 0 to past the size
 * needed, in heap blocks of exactly that size.
 *
 * Input (shorter inputs are zero-padded to 8 bytes):
 *   [0]  machines: value % 8 picks from `machine_sets`; 0xF0 or above takes
 *        [4..7] raw
 *   [1]  format: value % 8 picks from `formats`; 0xF0 or above takes [4..7]
 *   [2]  bit 0: text NULL; bit 1: needed NULL; bit 2: the buffer filled with
 *        0x00 (else 0xEE)
 *   [3]  with [4..5]: the size: (le16 [4..5]) % (needed + 40) for a valid
 *        machine set and format, else the raw value % 4096; [3] bit 7 set:
 *        exactly the size needed, or one byte less
 *
 * Checked, from vm.h's contract: an argument error (needed NULL, text NULL
 * with a size, machines not 1 to 3, an unknown format) is
 * ERROR_INVALID_PARAMETER and writes nothing; a size query (NULL, 0) is
 * ERROR_MORE_DATA with the size needed, NUL included; a buffer of at least
 * that size is ERROR_SUCCESS, holds the text and its NUL, nothing after
 * them written, and the same bytes as with a larger buffer, whatever the
 * buffer held before; a smaller one is ERROR_INSUFFICIENT_BUFFER, the text
 * cut (its first size - 1 bytes) and NUL-terminated, nothing written past
 * size, and nothing at all with size 0; the needed size is the same in
 * every case. The text itself: ASCII without NUL, one row of text per row
 * of the table (clusctl_machine_transitions()) in every format, the CSV's
 * fields the rows' numbers and event names, and the text of both machines
 * the two machines' texts put together as each format says (a Markdown table
 * per machine, one CSV table, one JSON array, one digraph with a cluster
 * per machine). */
#define CCTL_UNSTABLE_API /* the table's rows, to count them */
#include "fuzz_common.h"

#include "clusctl/clusctl.h"

static const uint32_t machine_sets[8] = {1, 2, 3, 3, 0, 4, 7, 0xFFFFFFFFu};
static const uint32_t formats[8] = {1, 2, 3, 4, 0, 5, 0x80000001u, 4};

/* The text of a valid call with a big enough buffer (malloc'd), and its
 * size with the NUL. */
static char *full_text(uint32_t machines, uint32_t format, size_t *needed)
{
    char *text;
    size_t n = 0, again = 0;
    FUZZ_CHECK(clusctl_machine_format(machines, format, NULL, 0, &n) == CCTL_ERROR_MORE_DATA);
    FUZZ_CHECK(n >= 1);
    text = (char *)malloc(n);
    FUZZ_CHECK(text != NULL);
    FUZZ_CHECK(clusctl_machine_format(machines, format, text, n, &again) == CCTL_ERROR_SUCCESS);
    FUZZ_CHECK(again == n && text[n - 1] == '\0' && strlen(text) == n - 1);
    *needed = n;
    return text;
}

static size_t count_of(const char *text, const char *what)
{
    size_t n = 0, len = strlen(what);
    const char *p = text;
    while ((p = strstr(p, what)) != NULL) {
        n++;
        p += len;
    }
    return n;
}

/* Lines that start with `prefix`. */
static size_t lines_starting(const char *text, const char *prefix)
{
    size_t n = 0, len = strlen(prefix);
    const char *p = text;
    for (;;) {
        if (strncmp(p, prefix, len) == 0)
            n++;
        p = strchr(p, '\n');
        if (p == NULL || *++p == '\0')
            return n;
    }
}

static int starts_with(const char *s, const char *prefix)
{
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* The CSV's rows against the table's rows: machine, from, event, argument,
 * to. */
static void check_csv_rows(const char *text, uint32_t machines)
{
    size_t count, i;
    const clusctl_transition *rows = clusctl_machine_transitions(&count);
    const char *p = strchr(text, '\n');
    FUZZ_CHECK(p != NULL);
    p++;
    for (i = 0; i < count; i++) {
        char want[160];
        if (!(machines & rows[i].machine))
            continue;
        /* machine,from,from_name,event,argument,to,... */
        snprintf(want, sizeof want, "%s,%lu,", rows[i].machine == CCTL_MACHINE_VM ? "vm" : "migration",
                 (unsigned long)rows[i].from);
        FUZZ_CHECKF(starts_with(p, want), "CSV row %lu: %.60s", (unsigned long)i, p);
        p = strchr(p + strlen(want), ',');
        FUZZ_CHECK(p != NULL);
        snprintf(want, sizeof want, ",%s,%lu,%lu,", clusctl_event_name(rows[i].event),
                 (unsigned long)rows[i].argument, (unsigned long)rows[i].to);
        FUZZ_CHECKF(starts_with(p, want), "CSV row %lu: %.60s", (unsigned long)i, p);
        p = strchr(p, '\n');
        FUZZ_CHECK(p != NULL);
        p++;
    }
    FUZZ_CHECK(*p == '\0');
}

static void check_content(uint32_t machines, uint32_t format, const char *text, size_t needed)
{
    size_t count, i, rows_here = 0;
    const clusctl_transition *rows = clusctl_machine_transitions(&count);
    FUZZ_CHECK(rows != NULL && count > 0);
    for (i = 0; i < count; i++)
        rows_here += (machines & rows[i].machine) != 0;
    for (i = 0; i + 1 < needed; i++)
        FUZZ_CHECK(text[i] > 0 && text[i] < 0x7F && (text[i] >= ' ' || text[i] == '\n'));
    FUZZ_CHECK(ends_with(text, "\n"));
    switch (format) {
    case CCTL_FORMAT_MARKDOWN:
        FUZZ_CHECK(count_of(text, "| from | event | to | guards | effect |\n|---|---|---|---|---|\n") ==
                   (machines == 3 ? 2u : 1u));
        FUZZ_CHECK(lines_starting(text, "| ") == rows_here + (machines == 3 ? 2u : 1u));
        FUZZ_CHECK(starts_with(text, machines & 1 ? "### VmState\n\n" : "### MigrationState\n\n"));
        break;
    case CCTL_FORMAT_CSV:
        FUZZ_CHECK(starts_with(text, "machine,from,from_name,event,argument,to,to_name,guards,effect\n"));
        FUZZ_CHECK(count_of(text, "\n") == rows_here + 1);
        check_csv_rows(text, machines);
        break;
    case CCTL_FORMAT_JSON:
        FUZZ_CHECK(starts_with(text, "[\n{") && ends_with(text, "}\n]\n"));
        FUZZ_CHECK(lines_starting(text, "{\"machine\":\"") == rows_here);
        FUZZ_CHECK(count_of(text, "},\n{") == rows_here - 1);
        break;
    default: /* DOT */
        FUZZ_CHECK(starts_with(text, "digraph clusctl {\n") && ends_with(text, "  }\n}\n"));
        FUZZ_CHECK(count_of(text, " -> ") == rows_here);
        FUZZ_CHECK(count_of(text, "  subgraph cluster_") == (machines == 3 ? 2u : 1u));
        break;
    }
}

/* Both machines' text from each machine's alone. */
static void check_both(uint32_t format, const char *both)
{
    size_t n1, n2, n3;
    char *vm = full_text(1, format, &n1), *mig = full_text(2, format, &n2), *want;
    const char *vm_body, *mig_body;
    size_t head;
    want = (char *)malloc(n1 + n2 + 8);
    FUZZ_CHECK(want != NULL);
    switch (format) {
    case CCTL_FORMAT_MARKDOWN: /* a table each, a blank line between */
        sprintf(want, "%s\n%s", vm, mig);
        break;
    case CCTL_FORMAT_CSV: /* one header */
        mig_body = strchr(mig, '\n') + 1;
        sprintf(want, "%s%s", vm, mig_body);
        break;
    case CCTL_FORMAT_JSON: /* one array: "[\n" rows ",\n" rows "\n]\n" */
        FUZZ_CHECK(starts_with(vm, "[\n") && ends_with(vm, "\n]\n"));
        vm[n1 - 1 - 3] = '\0';
        sprintf(want, "%s,\n%s", vm, mig + 2);
        break;
    default: /* one digraph: the header once, a cluster each, one "}" */
        vm_body = strstr(vm, "  subgraph");
        mig_body = strstr(mig, "  subgraph");
        FUZZ_CHECK(vm_body != NULL && mig_body != NULL);
        head = (size_t)(vm_body - vm);
        FUZZ_CHECK(strncmp(vm, mig, head) == 0 && ends_with(vm, "}\n"));
        vm[n1 - 1 - 2] = '\0';
        sprintf(want, "%s%s", vm, mig_body);
        break;
    }
    n3 = strlen(want);
    FUZZ_CHECKF(strcmp(want, both) == 0, "format %lu: both machines' text is not the two texts (%lu, %lu bytes)",
                (unsigned long)format, (unsigned long)n3, (unsigned long)strlen(both));
    free(want);
    free(vm);
    free(mig);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    uint8_t h[8];
    uint32_t raw, machines, format;
    size_t needed = 0, got, buf_size, i, n;
    char *text, *full = NULL, *big;
    int text_null, needed_null, valid;
    uint8_t fill;
    clusctl_status st;

    FUZZ_BEGIN(data, size);
    memset(h, 0, sizeof h);
    memcpy(h, data, size < sizeof h ? size : sizeof h);
    raw = fuzz_le32(h + 4);
    machines = h[0] >= 0xF0 ? raw : machine_sets[h[0] % 8u];
    format = h[1] >= 0xF0 ? raw : formats[h[1] % 8u];
    text_null = h[2] & 1u;
    needed_null = (h[2] & 2u) != 0;
    fill = (h[2] & 4u) ? 0x00 : 0xEE;
    valid = machines >= 1 && machines <= 3 && format >= 1 && format <= 4;

    if (valid) {
        full = full_text(machines, format, &needed);
        check_content(machines, format, full, needed);
        if (machines == 3)
            check_both(format, full);
        n = (size_t)(h[4] | (h[5] << 8));
        buf_size = (h[3] & 0x80u) ? needed - (h[3] & 1u) : n % (needed + 40);
    } else {
        buf_size = raw % 4096u;
    }

    text = (char *)malloc(buf_size != 0 ? buf_size : 1);
    FUZZ_CHECK(text != NULL);
    memset(text, fill, buf_size != 0 ? buf_size : 1);
    got = 0xBAD;
    st = clusctl_machine_format(machines, format, text_null ? NULL : text, buf_size,
                                needed_null ? NULL : &got);

    if (!valid || needed_null || (text_null && buf_size != 0)) {
        FUZZ_CHECKF(st == CCTL_ERROR_INVALID_PARAMETER, "status %d", (int)st);
        FUZZ_CHECK(got == 0xBAD);
        for (i = 0; i < buf_size; i++)
            FUZZ_CHECK((uint8_t)text[i] == fill);
    } else if (text_null) {
        FUZZ_CHECK(st == CCTL_ERROR_MORE_DATA && got == needed);
    } else if (buf_size >= needed) {
        FUZZ_CHECKF(st == CCTL_ERROR_SUCCESS, "size %lu of %lu: status %d",
                    (unsigned long)buf_size, (unsigned long)needed, (int)st);
        FUZZ_CHECK(got == needed);
        FUZZ_CHECK(memcmp(text, full, needed) == 0);
        for (i = needed; i < buf_size; i++)
            FUZZ_CHECK((uint8_t)text[i] == fill);
        /* Stable: a larger buffer, filled otherwise, gives the same bytes. */
        big = (char *)malloc(buf_size + 64);
        FUZZ_CHECK(big != NULL);
        memset(big, fill ^ 0xFF, buf_size + 64);
        FUZZ_CHECK(clusctl_machine_format(machines, format, big, buf_size + 64, &got) ==
                   CCTL_ERROR_SUCCESS);
        FUZZ_CHECK(got == needed && memcmp(big, text, needed) == 0);
        free(big);
    } else {
        FUZZ_CHECKF(st == CCTL_ERROR_INSUFFICIENT_BUFFER, "size %lu of %lu: status %d",
                    (unsigned long)buf_size, (unsigned long)needed, (int)st);
        FUZZ_CHECK(got == needed);
        if (buf_size > 0) {
            FUZZ_CHECK(memcmp(text, full, buf_size - 1) == 0); /* the text, cut */
            FUZZ_CHECK(text[buf_size - 1] == '\0');
        } else {
            FUZZ_CHECK((uint8_t)text[0] == fill); /* nothing at all written */
        }
    }
    free(text);
    free(full);
    return 0;
}
