/* The catalog: lookups over the tables generated from data/control_codes.csv
 * and data/control_code_buffers.csv, and the access policy. */
#include "clusctl/catalog.h"

#include <string.h>

#include "clusctl/code.h"
#include "clusctl/flags.h"
#include "internal.h"

/* The generated tables' rows (catalog_data.inc says what each holds). An
 * entry's strings are offsets into clusctl__strings, 0 for none: the
 * tables hold no pointer, so the shared library needs no load-time
 * relocation for them. */
struct clusctl__row {
    uint32_t value;
    uint32_t name, resource_type, description, docs_errata, notes, input_detail,
        output_detail, doc_page, description_source;
    uint8_t kind, provenance, input, output, flag_set;
};

struct clusctl__value_slot {
    uint32_t value;
    uint16_t first;
    uint16_t count; /* 0: an empty slot */
};

struct clusctl__range {
    uint16_t first;
    uint16_t count;
};

struct clusctl__name_slot {
    uint16_t entry; /* CLUSCTL__NO_ENTRY: an empty slot */
    uint8_t length;
    uint8_t tag;
};

#include "catalog_data.inc"

/* A string of the pool by its offset; NULL for 0. */
static const char *clusctl__string(uint32_t offset)
{
    return offset != 0 ? (const char *)&clusctl__strings + offset : NULL;
}

/* Entry i's name (never NULL: every entry has one). */
static const char *clusctl__name_of(size_t i)
{
    return (const char *)&clusctl__strings + clusctl__rows[i].name;
}

size_t clusctl_catalog_size(void)
{
    return CLUSCTL__CATALOG_SIZE;
}

clusctl_status clusctl_catalog_get(size_t index, clusctl_entry *entry)
{
    const struct clusctl__row *r;
    clusctl_entry e;
    if (entry == NULL)
        return CCTL_ERROR_INVALID_PARAMETER;
    if (index >= CLUSCTL__CATALOG_SIZE)
        return CCTL_ERROR_NOT_FOUND;
    r = &clusctl__rows[index];
    memset(&e, 0, sizeof e); /* the reserved room too */
    e.name = clusctl__string(r->name);
    e.value = r->value;
    e.kind = (clusctl_kind)r->kind;
    e.provenance = (clusctl_provenance)r->provenance;
    e.resource_type = clusctl__string(r->resource_type);
    e.description = clusctl__string(r->description);
    e.docs_errata = clusctl__string(r->docs_errata);
    e.notes = clusctl__string(r->notes);
    e.input = (clusctl_buffer)r->input;
    e.output = (clusctl_buffer)r->output;
    e.input_detail = clusctl__string(r->input_detail);
    e.output_detail = clusctl__string(r->output_detail);
    e.doc_page = clusctl__string(r->doc_page);
    e.flag_set = r->flag_set;
    e.description_source = clusctl__string(r->description_source);
    memcpy(entry, &e, sizeof e);
    return CCTL_ERROR_SUCCESS;
}

const char *clusctl_catalog_name(size_t index)
{
    return index < CLUSCTL__CATALOG_SIZE ? clusctl__name_of(index) : NULL;
}

/* How many entries have a value below `value`: how many blocks start
 * below it, then how many values of the block before those (it holds the
 * answer) are below it; each a fixed-length count without a branch, which
 * compilers vectorize. */
static size_t clusctl__rank(uint32_t value)
{
    /* (32-bit counts: a vector lane per comparison, no widening.) */
    uint32_t blocks = 0, in_block = 0;
    size_t i, base;
    for (i = 0; i < CLUSCTL__RANK_BLOCKS; i++)
        blocks += (uint32_t)(clusctl__block_firsts[i] < value);
    base = blocks > 0 ? (size_t)(blocks - 1) * CLUSCTL__RANK_BLOCK : 0;
    for (i = 0; i < CLUSCTL__RANK_BLOCK; i++)
        in_block += (uint32_t)(clusctl__values[base + i] < value);
    return base + in_block;
}

/* The entries of `value`: one probe of the value table on average. On a
 * miss, *first is where the value would be: its object's first entry when
 * the object has none, else its rank (clusctl__rank()). */
static clusctl_status clusctl__find_value(uint32_t value, size_t *first, size_t *count)
{
    uint32_t slot = (uint32_t)(value * CLUSCTL__VALUE_MULTIPLIER) >> (32 - CLUSCTL__VALUE_BITS);
    const struct clusctl__range *object;
    for (;;) {
        const struct clusctl__value_slot *s = &clusctl__value_slots[slot];
        if (s->value == value) { /* never an empty slot's: see the table */
            *first = s->first;
            *count = s->count;
            return CCTL_ERROR_SUCCESS;
        }
        if (s->count == 0)
            break;
        slot = (slot + 1) & ((1u << CLUSCTL__VALUE_BITS) - 1);
    }
    object = &clusctl__object_ranges[value >> CCTL_OBJECT_SHIFT];
    *first = object->count == 0 ? object->first : clusctl__rank(value);
    *count = 0;
    return CCTL_ERROR_NOT_FOUND;
}

clusctl_status clusctl_catalog_find_value(uint32_t value, size_t *first,
                                          size_t *count)
{
    if (first == NULL || count == NULL ||
        clusctl__overlap(first, sizeof *first, count, sizeof *count))
        return CCTL_ERROR_INVALID_PARAMETER;
    return clusctl__find_value(value, first, count);
}

clusctl_status clusctl_catalog_find_object(uint32_t object, size_t *first,
                                           size_t *count)
{
    if (first == NULL || count == NULL || object > CCTL_OBJECT_MAX ||
        clusctl__overlap(first, sizeof *first, count, sizeof *count))
        return CCTL_ERROR_INVALID_PARAMETER;
    *first = clusctl__object_ranges[object].first;
    *count = clusctl__object_ranges[object].count;
    return *count > 0 ? CCTL_ERROR_SUCCESS : CCTL_ERROR_NOT_FOUND;
}

size_t clusctl_catalog_preferred(uint32_t value, const char *resource_type)
{
    size_t first, count, i;
    if (clusctl__find_value(value, &first, &count) != CCTL_ERROR_SUCCESS)
        return CCTL_NO_ENTRY;
    if (resource_type != NULL) {
        for (i = first; i < first + count; i++) {
            const char *type = clusctl__string(clusctl__rows[i].resource_type);
            if (type != NULL && clusctl__ascii_equal_nocase(type, resource_type))
                return i;
        }
    }
    return first;
}

/* The 8 bytes at p as a little-endian number, whatever the host's order
 * (compilers make it one load on little-endian hosts). */
static uint64_t clusctl__le64(const char *p)
{
    const unsigned char *b = (const unsigned char *)p;
    return (uint64_t)b[0] | (uint64_t)b[1] << 8 | (uint64_t)b[2] << 16 |
           (uint64_t)b[3] << 24 | (uint64_t)b[4] << 32 | (uint64_t)b[5] << 40 |
           (uint64_t)b[6] << 48 | (uint64_t)b[7] << 56;
}

/* The 8 bytes of w with each ASCII lower-case letter upper-cased, every
 * other byte (0x80-0xFF included) unchanged: per byte, in parallel. */
static uint64_t clusctl__upper8(uint64_t w)
{
    const uint64_t high = UINT64_C(0x8080808080808080), ones = UINT64_C(0x0101010101010101);
    uint64_t low7 = w & ~high;                          /* each byte's low 7 bits */
    uint64_t from_a = low7 + ones * (0x80u - 'a');      /* bit 7: low7 >= 'a' */
    uint64_t past_z = low7 + ones * (0x7Fu - 'z');      /* bit 7: low7 > 'z' */
    uint64_t lower = from_a & ~past_z & ~w & high;      /* bit 7: an ASCII a-z */
    return w ^ (lower >> 2);                            /* clear bit 5 of those */
}

/* The name hash: the top bits of a mix of the length and two 8-byte loads
 * (the head at byte 8, or len - 8 below 16 bytes; the tail, the last 8), as
 * cmake/gen_catalog.py's name_hash() computes it. Folded, when `fold`, so
 * that a query in any case hashes as its upper-case catalog name does. */
static uint32_t clusctl__name_hash(const char *name, size_t len, int fold)
{
    uint64_t head = clusctl__le64(name + (len >= 16 ? 8 : len - 8));
    uint64_t tail = clusctl__le64(name + len - 8);
    if (fold) {
        head = clusctl__upper8(head);
        tail = clusctl__upper8(tail);
    }
    return (uint32_t)((((head * UINT64_C(0x9E3779B97F4A7C15)) ^ tail ^ (uint64_t)len) *
                       CLUSCTL__NAME_MULTIPLIER) >>
                      (64 - CLUSCTL__NAME_BITS - CLUSCTL__NAME_TAG_BITS));
}

/* Whether the query's `len` bytes equal the catalog name's, ignoring ASCII
 * case (the name is upper-case): 8 bytes at a time, the last 8 at len - 8. */
static int clusctl__equal_nocase(const char *query, const char *name, size_t len)
{
    size_t i;
    for (i = 0; i + 8 < len; i += 8)
        if (clusctl__upper8(clusctl__le64(query + i)) != clusctl__le64(name + i))
            return 0;
    return clusctl__upper8(clusctl__le64(query + len - 8)) == clusctl__le64(name + len - 8);
}

/* The entry of a name, or CLUSCTL__NO_ENTRY: one hash, about one probe. */
static size_t clusctl__find_name(const char *name, int nocase)
{
    size_t len = strlen(name);
    uint32_t h, slot, tag;
    if (len < CLUSCTL__NAME_MIN || len > CLUSCTL__CATALOG_NAME_MAX)
        return CLUSCTL__NO_ENTRY;
    h = clusctl__name_hash(name, len, nocase);
    slot = h >> CLUSCTL__NAME_TAG_BITS;
    tag = h & ((1u << CLUSCTL__NAME_TAG_BITS) - 1);
    for (;;) {
        const struct clusctl__name_slot *s = &clusctl__name_slots[slot];
        if (s->length == len && s->tag == tag) {
            const char *candidate = clusctl__name_of(s->entry);
            if (nocase ? clusctl__equal_nocase(name, candidate, len)
                       : memcmp(name, candidate, len) == 0)
                return s->entry;
        }
        if (s->entry == CLUSCTL__NO_ENTRY)
            return CLUSCTL__NO_ENTRY;
        slot = (slot + 1) & ((1u << CLUSCTL__NAME_BITS) - 1);
    }
}

clusctl_status clusctl_catalog_find_name(const char *name, clusctl_match match,
                                         size_t *index)
{
    size_t found;
    if (name == NULL || index == NULL ||
        (match != CCTL_MATCH_EXACT && match != CCTL_MATCH_NOCASE))
        return CCTL_ERROR_INVALID_PARAMETER;
    found = clusctl__find_name(name, match == CCTL_MATCH_NOCASE);
    if (found == CLUSCTL__NO_ENTRY)
        return CCTL_ERROR_NOT_FOUND;
    *index = found;
    return CCTL_ERROR_SUCCESS;
}

/* One column of clusctl__bit_distance()'s matrix: the column's vertical
 * steps pv / mv from the text byte's pattern bits eq; returns the change
 * of the last row (bit `top`, below 64; the shifts below say so with a
 * mask, which spares an instrumented build a check per byte). */
static int clusctl__bit_step(uint64_t *pv, uint64_t *mv, uint64_t eq, unsigned top)
{
    uint64_t xv = eq | *mv;
    uint64_t xh = (((eq & *pv) + *pv) ^ *pv) | eq;
    uint64_t ph = *mv | ~(xh | *pv);
    uint64_t mh = *pv & xh;
    int delta = (int)((ph >> (top & 63)) & 1u) - (int)((mh >> (top & 63)) & 1u);
    ph = (ph << 1) | 1u; /* row 0 goes up by one per column: D[0][j] = j */
    mh <<= 1;
    *pv = mh | ~(xv | ph);
    *mv = ph & xv;
    return delta;
}

/* The edit distance between a pattern of m bytes (1 to 64) and a text of
 * n, ignoring ASCII case: Myers' bit-parallel algorithm (J. ACM 46(3),
 * 1999), in Hyyro's form for the distance of two whole strings. Bit i of
 * pv / mv says the matrix column goes up / down by one at row i + 1;
 * peq[c] has bit i set when the pattern's byte i, upper-cased, is c; the
 * text's bytes are upper-cased when `fold` (a catalog name's already are).
 * One pass over the text, a few word operations per byte. */
static size_t clusctl__bit_distance(const uint64_t *peq, size_t m, const char *text,
                                    size_t n, int fold)
{
    uint64_t pv = ~(uint64_t)0, mv = 0;
    unsigned top = (unsigned)(m - 1);
    long score = (long)m; /* the last row, D[m][j]: never below 0 */
    size_t j = 0;
    if (!fold) {
        /* A catalog name (upper-case already), four bytes a turn. */
        for (; j + 4 <= n; j += 4) {
            score += clusctl__bit_step(&pv, &mv, peq[(unsigned char)text[j]], top);
            score += clusctl__bit_step(&pv, &mv, peq[(unsigned char)text[j + 1]], top);
            score += clusctl__bit_step(&pv, &mv, peq[(unsigned char)text[j + 2]], top);
            score += clusctl__bit_step(&pv, &mv, peq[(unsigned char)text[j + 3]], top);
        }
    }
    for (; j < n; j++) {
        unsigned char c = (unsigned char)(fold ? clusctl__ascii_upper(text[j]) : text[j]);
        score += clusctl__bit_step(&pv, &mv, peq[c], top);
    }
    return (size_t)score;
}

/* The same for a pattern of 65 to 128 bytes, in two words: rows 1-64 in
 * word 0, the rest in word 1, which takes word 0's horizontal step at row
 * 64 as its input (-1, 0 or +1) where word 0 takes row 0's (+1). */
static size_t clusctl__bit_distance2(const uint64_t (*peq)[256], size_t m, const char *text,
                                     size_t n)
{
    uint64_t pv0 = ~(uint64_t)0, mv0 = 0, pv1 = ~(uint64_t)0, mv1 = 0;
    unsigned top = (unsigned)(m - 65);
    size_t score = m, j;
    for (j = 0; j < n; j++) {
        unsigned char c = (unsigned char)clusctl__ascii_upper(text[j]);
        uint64_t eq = peq[0][c], xv, xh, ph, mh, up, down;
        /* Word 0, input +1. */
        xv = eq | mv0;
        xh = (((eq & pv0) + pv0) ^ pv0) | eq;
        ph = mv0 | ~(xh | pv0);
        mh = pv0 & xh;
        up = ph >> 63;   /* word 0's output at row 64: +1 ... */
        down = mh >> 63; /* ... or -1 (never both) */
        ph = (ph << 1) | 1u;
        mh <<= 1;
        pv0 = mh | ~(xv | ph);
        mv0 = ph & xv;
        /* Word 1, input up - down: a -1 enters as a match at its row 0
         * (eq's bit 0) and as mh's bit 0; a +1 as ph's bit 0. */
        eq = peq[1][c];
        xv = eq | mv1;
        eq |= down;
        xh = (((eq & pv1) + pv1) ^ pv1) | eq;
        ph = mv1 | ~(xh | pv1);
        mh = pv1 & xh;
        score += (size_t)((ph >> (top & 63)) & 1u);
        score -= (size_t)((mh >> (top & 63)) & 1u);
        ph = (ph << 1) | up;
        mh = (mh << 1) | down;
        pv1 = mh | ~(xv | ph);
        mv1 = ph & xv;
    }
    return score;
}

/* The distance of a query longer than 64 bytes and a name: the name (up to
 * 128 bytes) is the pattern, peq all 0 on entry and on return; the query,
 * upper-cased, the text. */
static size_t clusctl__long_distance(uint64_t (*peq)[256], const char *query, size_t m,
                                     const char *name, size_t n)
{
    size_t i, d;
    for (i = 0; i < n; i++)
        peq[i / 64][(unsigned char)name[i]] |= (uint64_t)1 << (i % 64);
    d = n <= 64 ? clusctl__bit_distance(peq[0], n, query, m, 1)
                : clusctl__bit_distance2((const uint64_t(*)[256])peq, n, query, m);
    for (i = 0; i < n; i++)
        peq[i / 64][(unsigned char)name[i]] = 0;
    return d;
}

/* The bucket of a byte in the bag-distance planes (catalog_data.inc):
 * letters of either case 0-25, '_' 26, digits 27, any other byte 28 (in
 * no name). */
static unsigned clusctl__bucket(unsigned char c)
{
    if (c >= 'a' && c <= 'z')
        return (unsigned)(c - 'a');
    if (c >= 'A' && c <= 'Z')
        return (unsigned)(c - 'A');
    if (c == '_')
        return 26;
    if (c >= '0' && c <= '9')
        return 27;
    return 28;
}

/* Each byte of v replaced by the number of its bits set (0 to 8). */
static uint64_t clusctl__byte_counts(uint64_t v)
{
    v = v - ((v >> 1) & UINT64_C(0x5555555555555555));
    v = (v & UINT64_C(0x3333333333333333)) + ((v >> 2) & UINT64_C(0x3333333333333333));
    return (v + (v >> 4)) & UINT64_C(0x0F0F0F0F0F0F0F0F);
}

#if CLUSCTL__NAME_PLANES != 8
#error "clusctl__bag_bound() reads exactly 8 planes, in 4 words"
#endif
/* A lower bound of the edit distance of the query and a name, from their
 * planes (4 words each): the bag distance over the buckets, each count
 * capped at 8. What the query holds more of must be deleted or
 * substituted, what the name holds more of inserted or substituted, each
 * edit doing one of each at most; merging bytes into buckets and capping
 * counts only lowers both sums. Each sum: the words' byte counts added (4
 * words x 8 bits: no byte overflows), then the 8 bytes (29 buckets x 8
 * planes: at most 232). Written out: this runs for every name in reach. */
static size_t clusctl__bag_bound(const uint64_t *q, const uint64_t *n)
{
    uint64_t more = clusctl__byte_counts(q[0] & ~n[0]) + clusctl__byte_counts(q[1] & ~n[1]) +
                    clusctl__byte_counts(q[2] & ~n[2]) + clusctl__byte_counts(q[3] & ~n[3]);
    uint64_t fewer = clusctl__byte_counts(n[0] & ~q[0]) + clusctl__byte_counts(n[1] & ~q[1]) +
                     clusctl__byte_counts(n[2] & ~q[2]) + clusctl__byte_counts(n[3] & ~q[3]);
    more = (more * UINT64_C(0x0101010101010101)) >> 56;
    fewer = (fewer * UINT64_C(0x0101010101010101)) >> 56;
    return (size_t)(more > fewer ? more : fewer);
}

clusctl_status clusctl_catalog_suggest(const char *name, size_t *out, size_t capacity,
                                       size_t *count)
{
    /* The closest names so far: distance and position in name order, sorted
     * by both; written to `out` at the end (it may overlap `name`). */
    size_t best[8], rank[8], n = 0, m, i, length, lo, hi;
    uint64_t peq[2][256]; /* the pattern's bytes: the query's, or a name's */
    uint64_t planes[CLUSCTL__NAME_PLANES / 2]; /* the query's, as the names' */
    unsigned counts[29];
    if (name == NULL || count == NULL || (out == NULL && capacity != 0))
        return CCTL_ERROR_INVALID_PARAMETER;
    if (capacity > sizeof best / sizeof best[0])
        capacity = sizeof best / sizeof best[0];
    if (clusctl__overlap(out, capacity * sizeof *out, count, sizeof *count))
        return CCTL_ERROR_INVALID_PARAMETER;
    m = strlen(name);
    /* A name of length L is within reach when |m - L| <= L / 3, so L is
     * 3m/4 to 3m/2: past twice the longest name, none is. */
    if (capacity == 0 || m == 0 || m > 2 * CLUSCTL__CATALOG_NAME_MAX) {
        *count = 0;
        return CCTL_ERROR_SUCCESS;
    }
    memset(planes, 0, sizeof planes);
    memset(counts, 0, sizeof counts);
    memset(peq, 0, sizeof peq);
    for (i = 0; i < m; i++) {
        unsigned char c = (unsigned char)name[i];
        unsigned b = clusctl__bucket(c);
        if (counts[b] < CLUSCTL__NAME_PLANES)
            planes[counts[b] / 2] |= (uint64_t)1 << ((b + 32 * (counts[b] % 2)) & 63);
        counts[b]++;
        if (m <= 64)
            peq[0][(unsigned char)clusctl__ascii_upper((char)c)] |= (uint64_t)1 << (i & 63);
    }
    lo = 3 * m / 4;
    hi = 3 * m / 2 + 1;
    if (hi > CLUSCTL__CATALOG_NAME_MAX)
        hi = CLUSCTL__CATALOG_NAME_MAX;
    for (length = lo; length <= hi; length++) {
        size_t r, gap = m > length ? m - length : length - m;
        if (gap > length / 3)
            continue;
        for (r = clusctl__length_start[length]; r < clusctl__length_start[length + 1]; r++) {
            size_t pos = clusctl__by_length[r], limit = length / 3, d, k;
            const char *text = clusctl__name_of(clusctl__by_name[pos]);
            /* A full list takes only a name closer than its last, or as
             * close and earlier in name order. */
            if (n == capacity && best[n - 1] < limit)
                limit = best[n - 1];
            /* The distance is at least the difference of the lengths, and
             * at least the bag distance. */
            if (gap > limit || clusctl__bag_bound(planes, clusctl__name_planes[pos]) > limit)
                continue;
            d = m <= 64 ? clusctl__bit_distance(peq[0], m, text, length, 0)
                        : clusctl__long_distance(peq, name, m, text, length);
            if (d > limit || (n == capacity && d == best[n - 1] && pos > rank[n - 1]))
                continue;
            /* Insert by distance, then name order. */
            k = n < capacity ? n++ : n - 1;
            while (k > 0 && (best[k - 1] > d || (best[k - 1] == d && rank[k - 1] > pos))) {
                best[k] = best[k - 1];
                rank[k] = rank[k - 1];
                k--;
            }
            best[k] = d;
            rank[k] = pos;
        }
    }
    for (i = 0; i < n; i++)
        out[i] = clusctl__by_name[rank[i]];
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
    n.operation = CCTL_NO_ENTRY;
    if (clusctl__find_value(low, &first, &count) == CCTL_ERROR_SUCCESS) {
        for (i = first; i < first + count; i++) {
            if (clusctl__rows[i].kind == CCTL_KIND_OPERATION) {
                n.operation = i;
                break;
            }
        }
    }
    *nearest = n;
    return n.operation != CCTL_NO_ENTRY ? CCTL_ERROR_SUCCESS : CCTL_ERROR_NOT_FOUND;
}

int clusctl_catalog_resource_type_known(const char *resource_type)
{
    size_t i;
    if (resource_type == NULL)
        return 0;
    for (i = 0; i < CLUSCTL__RESOURCE_TYPE_COUNT; i++)
        if (clusctl__ascii_equal_nocase(clusctl__string(clusctl__resource_types[i]),
                                        resource_type))
            return 1;
    return 0;
}

/* The description of `code` with entry `preferred` first (CCTL_NO_ENTRY:
 * the catalog's choice for `resource_type`), written to *out at the end. */
static void clusctl__describe(uint32_t code, const char *resource_type, size_t preferred,
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
    d.preferred = preferred != CCTL_NO_ENTRY ? preferred
                                             : clusctl_catalog_preferred(code, resource_type);
    (void)clusctl__find_value(code, &d.first, &d.count);
    if (d.count == 0)
        d.first = 0;
    d.warnings = clusctl_validate(code);
    (void)clusctl_catalog_nearest(code, &d.nearest);
    if (d.preferred != CCTL_NO_ENTRY)
        d.nearest.operation = CCTL_NO_ENTRY;
    d.handle_access = (uint32_t)clusctl_required_access(code);
    d.application_may_send = (uint32_t)clusctl_application_may_send(code);
    d.in_sdk = (uint32_t)clusctl_catalog_in_sdk(code);
    d.resource_type_known = (uint32_t)clusctl_catalog_resource_type_known(resource_type);
    /* No entry: undocumented (0) and NULL, as the memset left them. */
    if (d.preferred != CCTL_NO_ENTRY) {
        const struct clusctl__row *r = &clusctl__rows[d.preferred];
        d.description = clusctl__string(r->description);
        d.docs_errata = clusctl__string(r->docs_errata);
        d.input = r->input;
        d.output = r->output;
        d.input_detail = clusctl__string(r->input_detail);
        d.output_detail = clusctl__string(r->output_detail);
        d.description_source = clusctl__string(r->description_source);
    }
    memcpy(out, &d, sizeof d);
}

clusctl_status clusctl_describe(uint32_t code, const char *resource_type,
                                clusctl_description *description)
{
    if (description == NULL)
        return CCTL_ERROR_INVALID_PARAMETER;
    clusctl__describe(code, resource_type, CCTL_NO_ENTRY, description);
    return CCTL_ERROR_SUCCESS;
}

clusctl_status clusctl_describe_name(const char *name,
                                     clusctl_description *description)
{
    size_t index;
    clusctl_status status;
    if (name == NULL || description == NULL)
        return CCTL_ERROR_INVALID_PARAMETER;
    status = clusctl_catalog_find_name(name, CCTL_MATCH_NOCASE, &index);
    if (status != CCTL_ERROR_SUCCESS)
        return status;
    clusctl__describe(clusctl__rows[index].value, NULL, index, description);
    return CCTL_ERROR_SUCCESS;
}

clusctl_status clusctl_describe_entry(size_t index, clusctl_description *description)
{
    if (description == NULL)
        return CCTL_ERROR_INVALID_PARAMETER;
    if (index >= CLUSCTL__CATALOG_SIZE)
        return CCTL_ERROR_NOT_FOUND;
    clusctl__describe(clusctl__rows[index].value, NULL, index, description);
    return CCTL_ERROR_SUCCESS;
}

int clusctl_catalog_in_sdk(uint32_t value)
{
    size_t first, count, i;
    if (clusctl__find_value(value, &first, &count) != CCTL_ERROR_SUCCESS)
        return 0;
    for (i = first; i < first + count; i++)
        if (clusctl__rows[i].provenance == CCTL_PROVENANCE_SDK)
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
