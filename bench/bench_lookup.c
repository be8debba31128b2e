/* The catalog lookups against libc's bsearch() over local copies of the
 * catalog, built through the public API only (clusctl_catalog_size(),
 * clusctl_catalog_get()), so the baselines see exactly the catalog's data:
 *   find_value        clusctl_catalog_find_value() vs bsearch() over the
 *                     values (then the walk to the first entry of the value
 *                     and over the rest: the API's answer is first + count)
 *   find_name         clusctl_catalog_find_name(EXACT) vs bsearch() with
 *                     strcmp() over the names
 *   find_name_nocase  clusctl_catalog_find_name(NOCASE) vs bsearch() with
 *                     strcasecmp() (an ASCII fold elsewhere) over the names
 *                     in that order
 * Each pass asks BENCH_QUERIES queries, BENCH_HITS of them hits drawn at
 * random from the catalog, the rest misses; the queries are copies, in a
 * random order. Every query is first checked to get the same answer from
 * both; each pass sums its answers into a checksum that must agree. */
#if !defined(_WIN32) && !defined(_POSIX_C_SOURCE)
#define _POSIX_C_SOURCE 200809L /* strcasecmp() */
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <clusctl/clusctl.h>

#include "bench.h"

#if defined(BENCH_POSIX)
#include <strings.h>
#define BENCH_CASECMP_NAME "strcasecmp"
#else
#define BENCH_CASECMP_NAME "ASCII fold"
#endif

struct rec {
    uint32_t value;
    const char *name;
    size_t entry; /* its index */
};

static struct rec *by_value, *by_name, *by_name_nocase;
static size_t n_entries, n_names;

static uint32_t value_queries[BENCH_QUERIES];
static const char *name_queries[BENCH_QUERIES], *nocase_queries[BENCH_QUERIES];
static char *name_pool;

static int fold(int c)
{
    return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

static int ascii_casecmp(const char *a, const char *b)
{
#if defined(BENCH_POSIX)
    return strcasecmp(a, b);
#else
    for (;; a++, b++) {
        int x = fold((unsigned char)*a), y = fold((unsigned char)*b);
        if (x != y || x == 0)
            return x - y;
    }
#endif
}

/* By name; one name's rows by value, the larger first: of the six names
 * with an older value too (data/README.md), the current value is the larger,
 * and it is the one a lookup by name gives. */
static int cmp_rec_value_desc(const struct rec *a, const struct rec *b)
{
    return (a->value < b->value) - (a->value > b->value);
}

static int cmp_rec_name(const void *a, const void *b)
{
    int c = strcmp(((const struct rec *)a)->name, ((const struct rec *)b)->name);
    return c != 0 ? c : cmp_rec_value_desc((const struct rec *)a, (const struct rec *)b);
}

static int cmp_rec_name_nocase(const void *a, const void *b)
{
    int c = ascii_casecmp(((const struct rec *)a)->name, ((const struct rec *)b)->name);
    return c != 0 ? c : cmp_rec_value_desc((const struct rec *)a, (const struct rec *)b);
}

/* Drops the rows of a name after its first (its older values): n_names. */
static size_t unique_names(struct rec *r, size_t n, int (*same)(const char *, const char *))
{
    size_t i, k = 0;
    for (i = 0; i < n; i++)
        if (k == 0 || same(r[k - 1].name, r[i].name) != 0)
            r[k++] = r[i];
    return k;
}

static int cmp_key_value(const void *key, const void *elem)
{
    uint32_t k = *(const uint32_t *)key, v = ((const struct rec *)elem)->value;
    return (k > v) - (k < v);
}

static int cmp_key_name(const void *key, const void *elem)
{
    return strcmp((const char *)key, ((const struct rec *)elem)->name);
}

static int cmp_key_name_nocase(const void *key, const void *elem)
{
    return ascii_casecmp((const char *)key, ((const struct rec *)elem)->name);
}

/* ---- the baselines ------------------------------------------------------ */

static size_t bsearch_value(uint32_t value, size_t *count)
{
    const struct rec *hit = (const struct rec *)bsearch(
        &value, by_value, n_entries, sizeof by_value[0], cmp_key_value);
    size_t i, j;
    if (hit == NULL) {
        *count = 0;
        return 0;
    }
    i = (size_t)(hit - by_value);
    while (i > 0 && by_value[i - 1].value == value)
        i--;
    for (j = i + 1; j < n_entries && by_value[j].value == value; j++)
        ;
    *count = j - i;
    return i;
}

static size_t bsearch_name(const char *name)
{
    const struct rec *r = (const struct rec *)bsearch(
        name, by_name, n_names, sizeof by_name[0], cmp_key_name);
    return r != NULL ? r->entry : CCTL_NO_ENTRY;
}

static size_t bsearch_name_nocase(const char *name)
{
    const struct rec *r = (const struct rec *)bsearch(
        name, by_name_nocase, n_names, sizeof by_name_nocase[0], cmp_key_name_nocase);
    return r != NULL ? r->entry : CCTL_NO_ENTRY;
}

/* ---- the passes --------------------------------------------------------- */

#define VALUE_RESULT(first, count)                                             \
    ((count) != 0 ? ((uint64_t)(first) << 8 | (uint64_t)(count)) : 0xFFFFFFFFu)

static uint64_t pass_value_clusctl(void *ctx, long reps)
{
    uint64_t acc = 0;
    (void)ctx;
    for (; reps > 0; reps--) {
        size_t i, first = 0, count = 0;
        for (i = 0; i < BENCH_QUERIES; i++) {
            if (clusctl_catalog_find_value(value_queries[i], &first, &count) !=
                CCTL_ERROR_SUCCESS)
                count = 0;
            acc += VALUE_RESULT(first, count);
        }
        bench_opaque(value_queries);
    }
    return acc;
}

static uint64_t pass_value_bsearch(void *ctx, long reps)
{
    uint64_t acc = 0;
    (void)ctx;
    for (; reps > 0; reps--) {
        size_t i, first, count;
        for (i = 0; i < BENCH_QUERIES; i++) {
            first = bsearch_value(value_queries[i], &count);
            acc += VALUE_RESULT(first, count);
        }
        bench_opaque(value_queries);
    }
    return acc;
}

/* An entry's answer, folded: where it sits (its index), or 0 for none. */
#define ENTRY_RESULT(e) ((e) != CCTL_NO_ENTRY ? (uint64_t)(e) + 1 : 0)

static uint64_t pass_name_clusctl(void *ctx, long reps)
{
    const char *const *q = (const char *const *)ctx;
    clusctl_match match = q == nocase_queries ? CCTL_MATCH_NOCASE : CCTL_MATCH_EXACT;
    uint64_t acc = 0;
    for (; reps > 0; reps--) {
        size_t i;
        for (i = 0; i < BENCH_QUERIES; i++) {
            size_t e = CCTL_NO_ENTRY;
            if (clusctl_catalog_find_name(q[i], match, &e) != CCTL_ERROR_SUCCESS)
                e = CCTL_NO_ENTRY;
            acc += ENTRY_RESULT(e);
        }
        bench_opaque(q);
    }
    return acc;
}

static uint64_t pass_name_bsearch(void *ctx, long reps)
{
    const char *const *q = (const char *const *)ctx;
    int nocase = q == nocase_queries;
    uint64_t acc = 0;
    for (; reps > 0; reps--) {
        size_t i;
        for (i = 0; i < BENCH_QUERIES; i++) {
            size_t e = nocase ? bsearch_name_nocase(q[i]) : bsearch_name(q[i]);
            acc += ENTRY_RESULT(e);
        }
        bench_opaque(q);
    }
    return acc;
}

/* ---- the queries -------------------------------------------------------- */

static void shuffle(void **items, size_t n)
{
    size_t i;
    for (i = n - 1; i > 0; i--) {
        size_t j = bench_rng_below(i + 1);
        void *t = items[i];
        items[i] = items[j];
        items[j] = t;
    }
}

/* A name with its letters in a random mix of cases: all lower, all upper as
 * the catalog spells it, or each letter drawn. */
static void mix_case(char *s)
{
    int how = (int)bench_rng_below(3);
    for (; *s != '\0'; s++) {
        int lower = how == 0 || (how == 2 && (bench_rng() & 1));
        if (lower)
            *s = (char)fold((unsigned char)*s);
    }
}

static void setup(void)
{
    size_t i, j, longest = 0, room;
    char *pool;
    n_entries = clusctl_catalog_size();
    if (n_entries == 0)
        bench_fail("the catalog is empty");
    by_value = (struct rec *)bench_xmalloc(n_entries * sizeof *by_value);
    by_name = (struct rec *)bench_xmalloc(n_entries * sizeof *by_name);
    by_name_nocase = (struct rec *)bench_xmalloc(n_entries * sizeof *by_name_nocase);
    for (i = 0; i < n_entries; i++) {
        clusctl_entry entry;
        const clusctl_entry *e = &entry;
        if (clusctl_catalog_get(i, &entry) != CCTL_ERROR_SUCCESS || e->name == NULL)
            bench_fail("catalog entry %lu is missing", (unsigned long)i);
        by_value[i].value = e->value;
        by_value[i].name = e->name;
        by_value[i].entry = i;
        if (i > 0 && by_value[i - 1].value > e->value)
            bench_fail("the catalog is not in value order");
        if (strlen(e->name) > longest)
            longest = strlen(e->name);
    }
    memcpy(by_name, by_value, n_entries * sizeof *by_name);
    qsort(by_name, n_entries, sizeof *by_name, cmp_rec_name);
    memcpy(by_name_nocase, by_value, n_entries * sizeof *by_name_nocase);
    qsort(by_name_nocase, n_entries, sizeof *by_name_nocase, cmp_rec_name_nocase);
    n_names = unique_names(by_name, n_entries, strcmp);
    if (unique_names(by_name_nocase, n_entries, ascii_casecmp) != n_names)
        bench_fail("two names differ only in case");
    for (i = 1; i < n_names; i++)
        if (cmp_rec_name_nocase(&by_name_nocase[i - 1], &by_name_nocase[i]) == 0)
            bench_fail("two names differ only in case: %s", by_name_nocase[i].name);

    /* Values: hits, then misses (random values and catalog values with one
     * bit flipped, half each), shuffled. */
    for (i = 0; i < BENCH_HITS; i++)
        value_queries[i] = by_value[bench_rng_below(n_entries)].value;
    for (i = BENCH_HITS; i < BENCH_QUERIES;) {
        uint32_t v = (i % 2 == 0) ? bench_rng()
                                  : by_value[bench_rng_below(n_entries)].value ^
                                        ((uint32_t)1 << bench_rng_below(32));
        size_t count;
        bsearch_value(v, &count);
        if (count == 0)
            value_queries[i++] = v;
    }
    for (i = BENCH_QUERIES - 1; i > 0; i--) {
        uint32_t t;
        j = bench_rng_below(i + 1);
        t = value_queries[i];
        value_queries[i] = value_queries[j];
        value_queries[j] = t;
    }

    /* Names: copies of hits, and misses: a name with its last character
     * dropped, with "_X" added, with one letter changed. The case-insensitive
     * queries are the same in mixed case (the exact search's misses in
     * lower case would hit). */
    room = longest + 3;
    name_pool = pool = (char *)bench_xmalloc(2 * BENCH_QUERIES * room);
    for (i = 0; i < BENCH_QUERIES;) {
        char *exact = pool + 2 * i * room, *nocase = exact + room;
        const char *src = by_value[bench_rng_below(n_entries)].name;
        size_t len = strlen(src), k;
        strcpy(exact, src);
        if (i >= BENCH_HITS) {
            switch (i % 3) {
            case 0:
                exact[len - 1] = '\0';
                break;
            case 1:
                strcat(exact, "_X");
                break;
            default:
                k = bench_rng_below(len);
                exact[k] = (char)(exact[k] == 'Q' ? 'Z' : 'Q');
                break;
            }
            if (bsearch_name_nocase(exact) != CCTL_NO_ENTRY)
                continue;
        }
        strcpy(nocase, exact);
        mix_case(nocase);
        name_queries[i] = exact;
        nocase_queries[i] = nocase;
        i++;
    }
    shuffle((void **)name_queries, BENCH_QUERIES);
    shuffle((void **)nocase_queries, BENCH_QUERIES);
}

/* Every query, both ways: the same answer. */
static void verify(void)
{
    size_t i;
    for (i = 0; i < BENCH_QUERIES; i++) {
        size_t first = 0, count = 0, bfirst, bcount;
        clusctl_status st = clusctl_catalog_find_value(value_queries[i], &first, &count);
        size_t e = CCTL_NO_ENTRY, b;
        bfirst = bsearch_value(value_queries[i], &bcount);
        if ((st == CCTL_ERROR_SUCCESS) != (bcount != 0) ||
            (st != CCTL_ERROR_SUCCESS && st != CCTL_ERROR_NOT_FOUND) ||
            (bcount != 0 && (first != bfirst || count != bcount)))
            bench_fail("find_value(0x%08lX): clusctl and bsearch differ",
                       (unsigned long)value_queries[i]);

        st = clusctl_catalog_find_name(name_queries[i], CCTL_MATCH_EXACT, &e);
        b = bsearch_name(name_queries[i]);
        if ((st == CCTL_ERROR_SUCCESS ? e : CCTL_NO_ENTRY) != b ||
            (st != CCTL_ERROR_SUCCESS && st != CCTL_ERROR_NOT_FOUND))
            bench_fail("find_name(%s): clusctl and bsearch differ", name_queries[i]);

        e = CCTL_NO_ENTRY;
        st = clusctl_catalog_find_name(nocase_queries[i], CCTL_MATCH_NOCASE, &e);
        b = bsearch_name_nocase(nocase_queries[i]);
        if ((st == CCTL_ERROR_SUCCESS ? e : CCTL_NO_ENTRY) != b ||
            (st != CCTL_ERROR_SUCCESS && st != CCTL_ERROR_NOT_FOUND))
            bench_fail("find_name(%s, NOCASE): clusctl and bsearch differ",
                       nocase_queries[i]);
    }
}

static void ratio_row(bench_row *r, const bench_pair *p, double target)
{
    r->is_ratio = 1;
    r->ratio = p->ratio;
    r->ratio_min = p->ratio_min;
    r->ratio_max = p->ratio_max;
    r->clusctl = p->a_seconds * 1e9 / BENCH_QUERIES;
    r->base = p->b_seconds * 1e9 / BENCH_QUERIES;
    r->unit = "ns/op";
    r->target = target;
}

void bench_lookups(void)
{
    bench_pair p;
    bench_row *r;
    setup();
    verify();

    r = bench_add_row("find_value", "bsearch",
                      "clusctl_catalog_find_value() vs bsearch() over the sorted values");
    bench_compare("find_value", pass_value_clusctl, pass_value_bsearch, NULL, &p);
    ratio_row(r, &p, 0.3);

    r = bench_add_row("find_name", "bsearch+strcmp",
                      "clusctl_catalog_find_name(EXACT) vs bsearch()+strcmp()");
    bench_compare("find_name", pass_name_clusctl, pass_name_bsearch, name_queries, &p);
    ratio_row(r, &p, 0.3);

    r = bench_add_row("find_name_nocase", "bsearch+" BENCH_CASECMP_NAME,
                      "clusctl_catalog_find_name(NOCASE) vs bsearch()+" BENCH_CASECMP_NAME);
    bench_compare("find_name_nocase", pass_name_clusctl, pass_name_bsearch, nocase_queries,
                  &p);
    ratio_row(r, &p, 0.4);

    free(name_pool);
    free(by_name_nocase);
    free(by_name);
    free(by_value);
}
