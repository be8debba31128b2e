/* The catalog: lookups over the tables generated from data/control_codes.csv
 * and data/control_code_buffers.csv, and the access policy. */
#include "clusctl/catalog.h"

#include <string.h>

#include "clusctl/code.h"
#include "clusctl/flags.h"
#include "internal.h"

#include "catalog_data.inc"

size_t clusctl_catalog_size(void)
{
    return CLUSCTL__CATALOG_SIZE;
}

const clusctl_entry *clusctl_catalog_entry(size_t index)
{
    return index < CLUSCTL__CATALOG_SIZE ? &clusctl__catalog[index] : NULL;
}

/* The first index whose value is >= `value` (CLUSCTL__CATALOG_SIZE if none). */
static size_t clusctl__lower_bound(uint32_t value)
{
    size_t lo = 0, hi = CLUSCTL__CATALOG_SIZE;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (clusctl__values[mid] < value)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* The range of values [low, high] as first/count. */
static clusctl_status clusctl__range(uint32_t low, uint32_t high,
                                     size_t *first, size_t *count)
{
    size_t begin = clusctl__lower_bound(low), end = begin;
    while (end < CLUSCTL__CATALOG_SIZE && clusctl__values[end] <= high)
        end++;
    *first = begin;
    *count = end - begin;
    return end > begin ? CCTL_ERROR_SUCCESS : CCTL_ERROR_NOT_FOUND;
}

clusctl_status clusctl_catalog_find_value(uint32_t value, size_t *first,
                                          size_t *count)
{
    if (first == NULL || count == NULL ||
        clusctl__overlap(first, sizeof *first, count, sizeof *count))
        return CCTL_ERROR_INVALID_PARAMETER;
    return clusctl__range(value, value, first, count);
}

clusctl_status clusctl_catalog_find_object(uint32_t object, size_t *first,
                                           size_t *count)
{
    uint32_t low;
    if (first == NULL || count == NULL || object > CCTL_OBJECT_MAX ||
        clusctl__overlap(first, sizeof *first, count, sizeof *count))
        return CCTL_ERROR_INVALID_PARAMETER;
    low = object << CCTL_OBJECT_SHIFT;
    return clusctl__range(low, low | 0x00FFFFFFu, first, count);
}

const clusctl_entry *clusctl_catalog_preferred(uint32_t value,
                                               const char *resource_type)
{
    size_t first, count, i;
    if (clusctl__range(value, value, &first, &count) != CCTL_ERROR_SUCCESS)
        return NULL;
    if (resource_type != NULL) {
        for (i = first; i < first + count; i++) {
            const char *type = clusctl__catalog[i].resource_type;
            if (type != NULL && clusctl__ascii_equal_nocase(type, resource_type))
                return &clusctl__catalog[i];
        }
    }
    return &clusctl__catalog[first];
}

/* Compares a query, upper-cased on the fly, with a catalog name (upper-case
 * by construction, which the generator checks). */
static int clusctl__name_cmp_nocase(const char *query, const char *name)
{
    for (;; query++, name++) {
        unsigned char q = (unsigned char)clusctl__ascii_upper(*query);
        unsigned char n = (unsigned char)*name;
        if (q != n || q == '\0')
            return (int)q - (int)n;
    }
}

static int clusctl__has_lower(const char *s)
{
    for (; *s != '\0'; s++)
        if (*s >= 'a' && *s <= 'z')
            return 1;
    return 0;
}

clusctl_status clusctl_catalog_find_name(const char *name, clusctl_match match,
                                         const clusctl_entry **entry)
{
    size_t lo = 0, hi = CLUSCTL__NAME_COUNT; /* each name once: its current entry */
    int nocase;
    if (name == NULL || entry == NULL ||
        (match != CCTL_MATCH_EXACT && match != CCTL_MATCH_NOCASE))
        return CCTL_ERROR_INVALID_PARAMETER;
    /* Names are upper-case: without a lower-case letter in the query, the
     * case-insensitive search is the exact one, and strcmp is faster. */
    nocase = match == CCTL_MATCH_NOCASE && clusctl__has_lower(name);
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const clusctl_entry *e = &clusctl__catalog[clusctl__by_name[mid]];
        int c = nocase ? clusctl__name_cmp_nocase(name, e->name)
                       : strcmp(name, e->name);
        if (c == 0) {
            *entry = e;
            return CCTL_ERROR_SUCCESS;
        }
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return CCTL_ERROR_NOT_FOUND;
}

/* Edit distance between a query of any length and a catalog name, ignoring
 * case, or `limit + 1` as soon as it must exceed `limit`. Two rows over the
 * name (at most CLUSCTL__CATALOG_NAME_MAX + 1 cells) on the stack. */
static size_t clusctl__distance(const char *query, const char *name,
                                size_t limit)
{
    size_t prev[CLUSCTL__CATALOG_NAME_MAX + 1], cur[CLUSCTL__CATALOG_NAME_MAX + 1];
    size_t n = strlen(name), j, row_min;
    for (j = 0; j <= n; j++)
        prev[j] = j;
    for (; *query != '\0'; query++) {
        char q = clusctl__ascii_upper(*query);
        cur[0] = prev[0] + 1;
        row_min = cur[0];
        for (j = 1; j <= n; j++) {
            size_t best = prev[j - 1] + (name[j - 1] != q);
            if (prev[j] + 1 < best)
                best = prev[j] + 1;
            if (cur[j - 1] + 1 < best)
                best = cur[j - 1] + 1;
            cur[j] = best;
            if (best < row_min)
                row_min = best;
        }
        if (row_min > limit)
            return limit + 1;
        memcpy(prev, cur, (n + 1) * sizeof prev[0]);
    }
    return prev[n] <= limit ? prev[n] : limit + 1;
}

clusctl_status clusctl_catalog_suggest(const char *name,
                                       const clusctl_entry **out,
                                       size_t capacity, size_t *count)
{
    size_t best[8], i, k, n = 0, query_len;
    const clusctl_entry *found[8]; /* written to `out` at the end: it may
                                    * overlap `name` */
    if (name == NULL || count == NULL || (out == NULL && capacity != 0))
        return CCTL_ERROR_INVALID_PARAMETER;
    if (capacity > sizeof best / sizeof best[0])
        capacity = sizeof best / sizeof best[0];
    if (clusctl__overlap(out, capacity * sizeof *out, count, sizeof *count))
        return CCTL_ERROR_INVALID_PARAMETER;
    query_len = strlen(name);
    for (i = 0; i < CLUSCTL__NAME_COUNT && capacity > 0; i++) {
        const clusctl_entry *e = &clusctl__catalog[clusctl__by_name[i]];
        size_t name_len = strlen(e->name), limit = name_len / 3, d;
        /* Only a closer name than the worst kept one can enter a full list. */
        if (n == capacity && best[n - 1] <= limit)
            limit = best[n - 1] - 1;
        if (n == capacity && best[n - 1] == 0)
            continue;
        /* The distance is at least the difference of the lengths. */
        if ((query_len > name_len ? query_len - name_len : name_len - query_len) > limit)
            continue;
        d = clusctl__distance(name, e->name, limit);
        if (d > limit)
            continue;
        /* Insert, keeping `best` sorted and ties in catalog (name) order. */
        k = n < capacity ? n++ : n - 1;
        while (k > 0 && best[k - 1] > d) {
            best[k] = best[k - 1];
            found[k] = found[k - 1];
            k--;
        }
        best[k] = d;
        found[k] = e;
    }
    for (i = 0; i < n; i++)
        out[i] = found[i];
    *count = n;
    return CCTL_ERROR_SUCCESS;
}

clusctl_status clusctl_catalog_nearest(uint32_t value, clusctl_nearest *nearest)
{
    size_t first, count, i;
    uint32_t low = value & 0x00FFFFFFu;
    clusctl_nearest n;
    if (nearest == NULL)
        return CCTL_ERROR_INVALID_PARAMETER;
    memset(&n, 0, sizeof n);
    n.object = CCTL_GET_CONTROL_OBJECT(value);
    n.object_name = clusctl_object_name(n.object);
    n.operation = NULL;
    if (clusctl__range(low, low, &first, &count) == CCTL_ERROR_SUCCESS) {
        for (i = first; i < first + count; i++) {
            if (clusctl__catalog[i].kind == CCTL_KIND_OPERATION) {
                n.operation = &clusctl__catalog[i];
                break;
            }
        }
    }
    *nearest = n;
    return n.operation != NULL ? CCTL_ERROR_SUCCESS : CCTL_ERROR_NOT_FOUND;
}

int clusctl_catalog_resource_type_known(const char *resource_type)
{
    size_t i;
    if (resource_type == NULL)
        return 0;
    for (i = 0; i < CLUSCTL__CATALOG_SIZE; i++) {
        const char *type = clusctl__catalog[i].resource_type;
        if (type != NULL && clusctl__ascii_equal_nocase(type, resource_type))
            return 1;
    }
    return 0;
}

/* The description of `code` with `preferred` first (NULL: the catalog's
 * choice for `resource_type`), written to *out at the end. */
static void clusctl__describe(uint32_t code, const char *resource_type,
                              const clusctl_entry *preferred,
                              clusctl_description *out)
{
    clusctl_description d;
    memset(&d, 0, sizeof d);
    d.code = code;
    (void)clusctl_decode(code, &d.fields);
    d.object_name = clusctl_object_name(d.fields.object);
    d.object_description = clusctl_object_description(d.fields.object);
    d.access_name = clusctl_access_name(d.fields.access);
    d.operation_bits = code & (CCTL_FUNCTION_MAX << CCTL_FUNCTION_SHIFT);
    d.control_function = CCTL_GET_CONTROL_FUNCTION(code);
    d.preferred = preferred != NULL ? preferred
                                    : clusctl_catalog_preferred(code, resource_type);
    (void)clusctl__range(code, code, &d.first, &d.count);
    if (d.count == 0)
        d.first = 0;
    if (d.preferred != NULL) {
        d.description = d.preferred->description;
        d.docs_errata = d.preferred->docs_errata;
    }
    d.warnings = clusctl_validate(code);
    (void)clusctl_catalog_nearest(code, &d.nearest);
    if (d.preferred != NULL)
        d.nearest.operation = NULL;
    d.handle_access = (uint32_t)clusctl_required_access(code);
    d.application_may_send = (uint32_t)clusctl_application_may_send(code);
    d.in_sdk = (uint32_t)clusctl_catalog_in_sdk(code);
    d.resource_type_known = (uint32_t)clusctl_catalog_resource_type_known(resource_type);
    /* No entry: undocumented (0) and NULL, as the memset left them. */
    if (d.preferred != NULL) {
        d.input = (uint32_t)d.preferred->input;
        d.output = (uint32_t)d.preferred->output;
        d.input_detail = d.preferred->input_detail;
        d.output_detail = d.preferred->output_detail;
        d.description_source = d.preferred->description_source;
    }
    memcpy(out, &d, sizeof d);
}

clusctl_status clusctl_describe(uint32_t code, const char *resource_type,
                                clusctl_description *description)
{
    if (description == NULL)
        return CCTL_ERROR_INVALID_PARAMETER;
    clusctl__describe(code, resource_type, NULL, description);
    return CCTL_ERROR_SUCCESS;
}

clusctl_status clusctl_describe_name(const char *name,
                                     clusctl_description *description)
{
    const clusctl_entry *entry;
    clusctl_status status;
    if (name == NULL || description == NULL)
        return CCTL_ERROR_INVALID_PARAMETER;
    status = clusctl_catalog_find_name(name, CCTL_MATCH_NOCASE, &entry);
    if (status != CCTL_ERROR_SUCCESS)
        return status;
    clusctl__describe(entry->value, NULL, entry, description);
    return CCTL_ERROR_SUCCESS;
}

clusctl_status clusctl_describe_entry(const clusctl_entry *entry,
                                      clusctl_description *description)
{
    size_t first, count, i;
    if (entry == NULL || description == NULL)
        return CCTL_ERROR_INVALID_PARAMETER;
    /* Only the catalog's own entries: the one of its value that is `entry`
     * (compared for equality, never ordered: `entry` may point anywhere). */
    if (clusctl__range(entry->value, entry->value, &first, &count) != CCTL_ERROR_SUCCESS)
        return CCTL_ERROR_INVALID_PARAMETER;
    for (i = first; i < first + count; i++) {
        if (&clusctl__catalog[i] == entry) {
            clusctl__describe(entry->value, NULL, entry, description);
            return CCTL_ERROR_SUCCESS;
        }
    }
    return CCTL_ERROR_INVALID_PARAMETER;
}

int clusctl_catalog_in_sdk(uint32_t value)
{
    size_t first, count, i;
    if (clusctl__range(value, value, &first, &count) != CCTL_ERROR_SUCCESS)
        return 0;
    for (i = first; i < first + count; i++)
        if (clusctl__catalog[i].provenance == CCTL_PROVENANCE_SDK)
            return 1;
    return 0;
}

const char *clusctl_kind_name(uint32_t kind)
{
    switch (kind) {
    case CCTL_KIND_OPERATION:
        return "operation";
    case CCTL_KIND_CODE:
        return "code";
    default:
        return NULL;
    }
}

const char *clusctl_provenance_name(uint32_t provenance)
{
    switch (provenance) {
    case CCTL_PROVENANCE_SDK:
        return "sdk";
    case CCTL_PROVENANCE_HYPERV:
        return "hyperv";
    case CCTL_PROVENANCE_LEGACY:
        return "legacy";
    case CCTL_PROVENANCE_PROTOCOL:
        return "protocol";
    default:
        return NULL;
    }
}

const char *clusctl_buffer_name(uint32_t buffer)
{
    switch (buffer) {
#define CCTL_BUFFER_NAME_(name, value, id, text)                               \
    case value:                                                                \
        return id;
        CCTL_BUFFER_MAP(CCTL_BUFFER_NAME_)
#undef CCTL_BUFFER_NAME_
    default:
        return NULL;
    }
}

const char *clusctl_buffer_text(uint32_t buffer)
{
    switch (buffer) {
#define CCTL_BUFFER_TEXT_(name, value, id, text)                               \
    case value:                                                                \
        return text;
        CCTL_BUFFER_MAP(CCTL_BUFFER_TEXT_)
#undef CCTL_BUFFER_TEXT_
    default:
        return NULL;
    }
}
