/* Benchmark of the catalog lookups and the codec against plain baselines.
 *
 *   bench_catalog           full run, about 3 s
 *   bench_catalog --quick   one pass of everything: proves it runs and agrees
 *
 * Compared, in one run:
 *   - lookup by value: clusctl_catalog_find_value() vs a linear scan and vs
 *     libc bsearch(), over a local copy of the catalog's {value, name} pairs;
 *   - lookup by name: clusctl_catalog_find_name(EXACT) vs a linear strcmp()
 *     scan and vs bsearch() with strcmp() over a name-sorted local copy;
 *   - clusctl_encode() / clusctl_decode() vs the raw shift-and-mask
 *     expressions written inline.
 *
 * The local copies are built through the public API only, so the baselines
 * see exactly the catalog's data. Queries are every catalog value (name) in
 * a shuffled order plus a quarter as many misses, all from a fixed-seed PRNG.
 * Every query is first checked to give the same answer from clusctl and from
 * each baseline; each timed loop also folds its results into a checksum, and
 * the checksums of the methods compared must be equal. Any disagreement
 * exits with status 1.
 *
 * Timing is C99 clock(): portable, process CPU time on POSIX, wall time with
 * millisecond resolution on Windows; each trial runs long enough (~80 ms)
 * for either. Each figure is the best of three trials, with the methods of
 * one comparison interleaved. ns/op includes the loop and checksum overhead,
 * the same for every method. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <clusctl/clusctl.h>

/* ---- fixed-seed PRNG (splitmix64) ------------------------------------- */

static unsigned long long rng_state = 0x636C757363746C31ull; /* "clusctl1" */

static uint32_t rng_next(void)
{
    unsigned long long z = (rng_state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return (uint32_t)((z ^ (z >> 31)) >> 32);
}

/* 0 to n - 1 (n > 0); the modulo bias is irrelevant here. */
static size_t rng_below(size_t n)
{
    return (size_t)(rng_next() % (uint32_t)n);
}

/* ---- the data the baselines see --------------------------------------- */

struct rec {
    uint32_t value;
    const char *name;
};

static struct rec *by_value; /* catalog order: sorted by value */
static struct rec *by_name;  /* each name once, sorted by strcmp() */
static size_t n_entries, n_names;

static uint32_t *value_queries; /* every value, shuffled, plus misses */
static size_t n_value_queries, n_value_misses;
static const char **name_queries; /* every name, shuffled, plus misses */
static size_t n_name_queries, n_name_misses;
static char *miss_names; /* storage of the names that miss */
static clusctl_fields *field_queries; /* value_queries decoded */

/* The checksum fold: a rotate and an xor, a loop-carried chain that keeps
 * the compiler from dropping or vectorizing any method's work. */
#define FOLD(acc, x) ((acc) = (((acc) << 5) | ((acc) >> 27)) ^ (uint32_t)(x))

static void *xmalloc(size_t size)
{
    void *p = malloc(size != 0 ? size : 1);
    if (p == NULL) {
        fprintf(stderr, "bench_catalog: out of memory\n");
        exit(1);
    }
    return p;
}

static int cmp_rec_name(const void *a, const void *b)
{
    return strcmp(((const struct rec *)a)->name, ((const struct rec *)b)->name);
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

/* ---- the baselines ---------------------------------------------------- */

/* First index and count of `value`, scanning from the start: a hit stops at
 * its first entry (then counts the run of equal values); a miss reads all. */
static size_t linear_value(uint32_t value, size_t *count)
{
    size_t i, j;
    for (i = 0; i < n_entries; i++) {
        if (by_value[i].value == value) {
            for (j = i + 1; j < n_entries && by_value[j].value == value; j++)
                ;
            *count = j - i;
            return i;
        }
    }
    *count = 0;
    return 0;
}

/* The same through bsearch(), which finds any entry of the value: walk back
 * to the first one and forward over the rest, as the API's answer needs. */
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

static const struct rec *linear_name(const char *name)
{
    size_t i;
    for (i = 0; i < n_names; i++)
        if (strcmp(by_name[i].name, name) == 0)
            return &by_name[i];
    return NULL;
}

static const struct rec *bsearch_name(const char *name)
{
    return (const struct rec *)bsearch(name, by_name, n_names, sizeof by_name[0],
                                       cmp_key_name);
}

static uint32_t raw_encode(const clusctl_fields *f)
{
    return ((f->object & 0xFFu) << 24) | ((f->global & 1u) << 23) |
           ((f->modify & 1u) << 22) | ((f->user & 1u) << 21) |
           ((f->internal & 1u) << 20) | ((f->function & 0x3FFFFu) << 2) |
           (f->access & 3u);
}

static void raw_decode(uint32_t code, clusctl_fields *f)
{
    f->object = (code >> 24) & 0xFFu;
    f->global = (code >> 23) & 1u;
    f->modify = (code >> 22) & 1u;
    f->user = (code >> 21) & 1u;
    f->internal = (code >> 20) & 1u;
    f->function = (code >> 2) & 0x3FFFFu;
    f->access = code & 3u;
}

/* ---- the timed loops: `passes` passes over the queries, a checksum ----- */

/* One value lookup's answer, folded: first and count, or all ones. */
#define VALUE_RESULT(first, count)                                             \
    ((count) != 0 ? ((uint32_t)(first) << 8 | (uint32_t)(count)) : 0xFFFFFFFFu)

static uint32_t run_value_clusctl(long passes)
{
    uint32_t acc = 0;
    size_t i, first, count;
    for (; passes > 0; passes--) {
        for (i = 0; i < n_value_queries; i++) {
            if (clusctl_catalog_find_value(value_queries[i], &first, &count) !=
                CCTL_ERROR_SUCCESS)
                count = 0;
            FOLD(acc, VALUE_RESULT(first, count));
        }
    }
    return acc;
}

static uint32_t run_value_linear(long passes)
{
    uint32_t acc = 0;
    size_t i, first, count;
    for (; passes > 0; passes--) {
        for (i = 0; i < n_value_queries; i++) {
            first = linear_value(value_queries[i], &count);
            FOLD(acc, VALUE_RESULT(first, count));
        }
    }
    return acc;
}

static uint32_t run_value_bsearch(long passes)
{
    uint32_t acc = 0;
    size_t i, first, count;
    for (; passes > 0; passes--) {
        for (i = 0; i < n_value_queries; i++) {
            first = bsearch_value(value_queries[i], &count);
            FOLD(acc, VALUE_RESULT(first, count));
        }
    }
    return acc;
}

static uint32_t run_name_clusctl(long passes)
{
    uint32_t acc = 0;
    size_t i;
    size_t e;
    for (; passes > 0; passes--) {
        for (i = 0; i < n_name_queries; i++) {
            if (clusctl_catalog_find_name(name_queries[i], CCTL_MATCH_EXACT, &e) ==
                CCTL_ERROR_SUCCESS)
                FOLD(acc, by_value[e].value);
            else
                FOLD(acc, 0xFFFFFFFFu);
        }
    }
    return acc;
}

static uint32_t run_name_linear(long passes)
{
    uint32_t acc = 0;
    size_t i;
    const struct rec *r;
    for (; passes > 0; passes--) {
        for (i = 0; i < n_name_queries; i++) {
            r = linear_name(name_queries[i]);
            FOLD(acc, r != NULL ? r->value : 0xFFFFFFFFu);
        }
    }
    return acc;
}

static uint32_t run_name_bsearch(long passes)
{
    uint32_t acc = 0;
    size_t i;
    const struct rec *r;
    for (; passes > 0; passes--) {
        for (i = 0; i < n_name_queries; i++) {
            r = bsearch_name(name_queries[i]);
            FOLD(acc, r != NULL ? r->value : 0xFFFFFFFFu);
        }
    }
    return acc;
}

static uint32_t run_encode_clusctl(long passes)
{
    uint32_t acc = 0, code = 0;
    size_t i;
    for (; passes > 0; passes--) {
        for (i = 0; i < n_value_queries; i++) {
            if (clusctl_encode(&field_queries[i], &code) != CCTL_ERROR_SUCCESS)
                code = 0xFFFFFFFFu;
            FOLD(acc, code);
        }
    }
    return acc;
}

static uint32_t run_encode_raw(long passes)
{
    uint32_t acc = 0;
    size_t i;
    for (; passes > 0; passes--)
        for (i = 0; i < n_value_queries; i++)
            FOLD(acc, raw_encode(&field_queries[i]));
    return acc;
}

/* Every field is read, each on its own: mixed operators, so that no
 * compiler turns the reads into one vector load over the fields just stored
 * one by one (clang does for a plain sum, and the load then waits for the
 * stores: a benchmark artifact, not a cost of the call). */
#define FIELD_SUM(f)                                                           \
    ((((f).object ^ (f).function) + ((f).global | (f).modify << 1)) ^          \
     (((f).user | (f).internal << 1) + (f).access))

static uint32_t run_decode_clusctl(long passes)
{
    uint32_t acc = 0;
    size_t i;
    clusctl_fields f;
    for (; passes > 0; passes--) {
        for (i = 0; i < n_value_queries; i++) {
            if (clusctl_decode(value_queries[i], &f) != CCTL_ERROR_SUCCESS)
                memset(&f, 0xFF, sizeof f);
            FOLD(acc, FIELD_SUM(f));
        }
    }
    return acc;
}

static uint32_t run_decode_raw(long passes)
{
    uint32_t acc = 0;
    size_t i;
    clusctl_fields f;
    for (; passes > 0; passes--) {
        for (i = 0; i < n_value_queries; i++) {
            raw_decode(value_queries[i], &f);
            FOLD(acc, FIELD_SUM(f));
        }
    }
    return acc;
}

/* ---- setup and the correctness check ---------------------------------- */

static void fail(const char *what, const char *query)
{
    fprintf(stderr, "bench_catalog: MISMATCH in %s for query %s\n", what, query);
    exit(1);
}

static void fail_value(const char *what, uint32_t value)
{
    char text[24];
    sprintf(text, "0x%08lX", (unsigned long)value);
    fail(what, text);
}

static void setup(void)
{
    size_t i, j, name_room;
    n_entries = clusctl_catalog_size();
    if (n_entries == 0) {
        fprintf(stderr, "bench_catalog: the catalog is empty\n");
        exit(1);
    }
    by_value = (struct rec *)xmalloc(n_entries * sizeof *by_value);
    by_name = (struct rec *)xmalloc(n_entries * sizeof *by_name);
    name_room = 1;
    for (i = 0; i < n_entries; i++) {
        clusctl_entry entry;
        const clusctl_entry *e = &entry;
        size_t len;
        if (clusctl_catalog_get(i, &entry) != CCTL_ERROR_SUCCESS || e->name == NULL) {
            fprintf(stderr, "bench_catalog: catalog entry %lu is missing\n",
                    (unsigned long)i);
            exit(1);
        }
        by_value[i].value = e->value;
        by_value[i].name = e->name;
        if (i > 0 && by_value[i - 1].value > e->value) {
            fprintf(stderr, "bench_catalog: the catalog is not in value order\n");
            exit(1);
        }
        len = strlen(e->name);
        if (len + 1 > name_room)
            name_room = len + 1;
    }
    /* A name has one entry, but for the older values of a few names
     * (data/README.md): a lookup by name gives the current entry, so the
     * baselines' name table holds the entries a name gives. */
    n_names = 0;
    for (i = 0; i < n_entries; i++) {
        size_t current = (size_t)-1;
        if (clusctl_catalog_find_name(by_value[i].name, CCTL_MATCH_EXACT, &current) ==
                CCTL_ERROR_SUCCESS &&
            current == i)
            by_name[n_names++] = by_value[i];
    }
    qsort(by_name, n_names, sizeof *by_name, cmp_rec_name);
    for (i = 1; i < n_names; i++) {
        if (strcmp(by_name[i - 1].name, by_name[i].name) == 0) {
            fprintf(stderr, "bench_catalog: duplicate name %s\n", by_name[i].name);
            exit(1);
        }
    }

    /* Value queries: every entry's value (a value shared by several names
     * comes several times, as it would from real traffic) and misses, half
     * random 32-bit values, half a catalog value with one bit flipped. */
    n_value_misses = n_entries / 4;
    n_value_queries = n_entries + n_value_misses;
    value_queries = (uint32_t *)xmalloc(n_value_queries * sizeof *value_queries);
    for (i = 0; i < n_entries; i++)
        value_queries[i] = by_value[i].value;
    for (j = 0; j < n_value_misses;) {
        uint32_t v = (j % 2 == 0)
                         ? rng_next()
                         : by_value[rng_below(n_entries)].value ^
                               ((uint32_t)1 << rng_below(32));
        size_t count;
        linear_value(v, &count);
        if (count == 0)
            value_queries[n_entries + j++] = v;
    }

    /* Name queries: every name, and misses: a name in lower case (a miss for
     * an exact match), with its last character dropped, with "_X" added, or
     * with one character changed. */
    n_name_misses = n_entries / 4;
    n_name_queries = n_entries + n_name_misses;
    name_queries = (const char **)xmalloc(n_name_queries * sizeof *name_queries);
    miss_names = (char *)xmalloc(n_name_misses * (name_room + 2));
    for (i = 0; i < n_entries; i++)
        name_queries[i] = by_value[i].name;
    for (j = 0; j < n_name_misses;) {
        char *buf = miss_names + j * (name_room + 2);
        const char *src = by_value[rng_below(n_entries)].name;
        size_t len = strlen(src), k;
        strcpy(buf, src);
        switch (j % 4) {
        case 0:
            for (k = 0; k < len; k++)
                if (buf[k] >= 'A' && buf[k] <= 'Z')
                    buf[k] = (char)(buf[k] - 'A' + 'a');
            break;
        case 1:
            buf[len - 1] = '\0';
            break;
        case 2:
            strcat(buf, "_X");
            break;
        default:
            k = rng_below(len);
            buf[k] = (char)(buf[k] == 'Q' ? 'Z' : 'Q');
            break;
        }
        if (linear_name(buf) == NULL)
            name_queries[n_entries + j++] = buf;
    }

    /* Shuffle both (Fisher-Yates). */
    for (i = n_value_queries - 1; i > 0; i--) {
        uint32_t t;
        j = rng_below(i + 1);
        t = value_queries[i];
        value_queries[i] = value_queries[j];
        value_queries[j] = t;
    }
    for (i = n_name_queries - 1; i > 0; i--) {
        const char *t;
        j = rng_below(i + 1);
        t = name_queries[i];
        name_queries[i] = name_queries[j];
        name_queries[j] = t;
    }

    /* Encode's inputs: the value queries' fields (all in range). */
    field_queries = (clusctl_fields *)xmalloc(n_value_queries * sizeof *field_queries);
    /* Zeroed, as every clusctl_fields a caller passes in (reserved room). */
    memset(field_queries, 0, n_value_queries * sizeof *field_queries);
    for (i = 0; i < n_value_queries; i++)
        raw_decode(value_queries[i], &field_queries[i]);
}

/* Every query, answered by clusctl and by each baseline: the same answer. */
static void verify(void)
{
    size_t i;
    for (i = 0; i < n_value_queries; i++) {
        uint32_t v = value_queries[i], code;
        size_t first, count, lfirst, lcount, bfirst, bcount;
        clusctl_status st = clusctl_catalog_find_value(v, &first, &count);
        clusctl_fields f, rf;
        lfirst = linear_value(v, &lcount);
        bfirst = bsearch_value(v, &bcount);
        if ((st == CCTL_ERROR_SUCCESS) != (count != 0) ||
            (st != CCTL_ERROR_SUCCESS && st != CCTL_ERROR_NOT_FOUND))
            fail_value("clusctl_catalog_find_value (status)", v);
        if (count != lcount || (count != 0 && first != lfirst))
            fail_value("lookup by value: clusctl vs linear", v);
        if (count != bcount || (count != 0 && first != bfirst))
            fail_value("lookup by value: clusctl vs bsearch", v);

        if (clusctl_decode(v, &f) != CCTL_ERROR_SUCCESS)
            fail_value("clusctl_decode (status)", v);
        raw_decode(v, &rf);
        if (f.object != rf.object || f.global != rf.global || f.modify != rf.modify ||
            f.user != rf.user || f.internal != rf.internal ||
            f.function != rf.function || f.access != rf.access)
            fail_value("decode: clusctl vs raw", v);
        if (clusctl_encode(&field_queries[i], &code) != CCTL_ERROR_SUCCESS ||
            code != raw_encode(&field_queries[i]) || code != v)
            fail_value("encode: clusctl vs raw", v);
    }
    for (i = 0; i < n_name_queries; i++) {
        const char *q = name_queries[i];
        size_t index = 0;
        clusctl_status st = clusctl_catalog_find_name(q, CCTL_MATCH_EXACT, &index);
        const struct rec *e = &by_value[index];
        const struct rec *l = linear_name(q), *b = bsearch_name(q);
        if (st != CCTL_ERROR_SUCCESS && st != CCTL_ERROR_NOT_FOUND)
            fail("clusctl_catalog_find_name (status)", q);
        if ((st == CCTL_ERROR_SUCCESS) != (l != NULL) ||
            (l != NULL && (e->name != l->name || e->value != l->value)))
            fail("lookup by name: clusctl vs linear strcmp", q);
        if ((st == CCTL_ERROR_SUCCESS) != (b != NULL) ||
            (b != NULL && (e->name != b->name || e->value != b->value)))
            fail("lookup by name: clusctl vs bsearch strcmp", q);
    }
}

/* ---- timing ----------------------------------------------------------- */

typedef uint32_t (*bench_fn)(long passes);

struct method {
    const char *label;
    bench_fn fn;
    long passes;
    double best; /* seconds per pass, best trial */
    uint32_t sum;
};

#define TRIALS 3
#define TRIAL_SECONDS 0.08 /* per method and trial */
#define CALIBRATE_SECONDS 0.02

static int quick;

static double seconds(clock_t from, clock_t to)
{
    return (double)(to - from) / (double)CLOCKS_PER_SEC;
}

/* Runs `fn` for `passes` passes; its time in seconds, its checksum in *sum. */
static double time_run(bench_fn fn, long passes, uint32_t *sum)
{
    clock_t start = clock(), stop;
    *sum = fn(passes);
    stop = clock();
    return seconds(start, stop);
}

/* Times the methods of one comparison (interleaved trials) and checks that
 * their checksums agree. */
static void measure(const char *name, struct method *m, size_t count)
{
    size_t k;
    int trial;
    for (k = 0; k < count; k++) {
        double t;
        uint32_t sum;
        m[k].passes = 1;
        m[k].best = -1.0;
        if (quick)
            continue;
        /* Double until a run is long enough to time, then scale. */
        while ((t = time_run(m[k].fn, m[k].passes, &sum)) < CALIBRATE_SECONDS)
            m[k].passes *= 2;
        m[k].passes = (long)((double)m[k].passes * TRIAL_SECONDS / t) + 1;
    }
    for (trial = 0; trial < (quick ? 1 : TRIALS); trial++) {
        for (k = 0; k < count; k++) {
            uint32_t sum;
            double t = time_run(m[k].fn, m[k].passes, &sum) / (double)m[k].passes;
            if (m[k].best < 0.0 || t < m[k].best)
                m[k].best = t;
            if (trial == 0)
                m[k].sum = sum;
            else if (sum != m[k].sum) /* same passes: same checksum */
                fail(name, "(checksum changed between trials)");
        }
    }
    /* A checksum depends on the pass count only through repetition: compare
     * one pass of each method. */
    for (k = 0; k < count; k++) {
        uint32_t sum = m[k].fn(1);
        if (k > 0 && sum != m[0].sum) {
            fprintf(stderr, "bench_catalog: %s: checksum of %s (0x%08lX) differs from %s "
                            "(0x%08lX)\n",
                    name, m[k].label, (unsigned long)sum, m[0].label,
                    (unsigned long)m[0].sum);
            exit(1);
        }
        m[k].sum = sum;
    }
}

static double ns_per_op(const struct method *m, size_t queries)
{
    return m->best * 1e9 / (double)queries;
}

/* "clusctl 12.3 ns/op, linear 150.2 ns/op (12.2x), bsearch 20.1 ns/op (1.6x)":
 * the factor is baseline / clusctl, how many times faster clusctl is. */
static void report_lookup(const char *name, struct method *m, size_t queries)
{
    double base = ns_per_op(&m[0], queries);
    printf("%s: %s %.1f ns/op, %s %.1f ns/op (%.1fx), %s %.1f ns/op (%.1fx)\n", name,
           m[0].label, base, m[1].label, ns_per_op(&m[1], queries),
           ns_per_op(&m[1], queries) / base, m[2].label, ns_per_op(&m[2], queries),
           ns_per_op(&m[2], queries) / base);
}

/* "clusctl 2.1 ns/op, raw 0.7 ns/op (clusctl = 3.0x raw)": the factor is
 * clusctl / raw, what the call costs relative to the inline expression. */
static void report_codec(const char *name, struct method *m, size_t queries)
{
    double c = ns_per_op(&m[0], queries), r = ns_per_op(&m[1], queries);
    printf("%s: %s %.1f ns/op, %s %.1f ns/op (clusctl = %.1fx raw)\n", name, m[0].label,
           c, m[1].label, r, c / r);
}

int main(int argc, char **argv)
{
    struct method by_value_m[3] = {{"clusctl", run_value_clusctl, 0, 0.0, 0},
                                   {"linear", run_value_linear, 0, 0.0, 0},
                                   {"bsearch", run_value_bsearch, 0, 0.0, 0}};
    struct method by_name_m[3] = {{"clusctl", run_name_clusctl, 0, 0.0, 0},
                                  {"linear strcmp", run_name_linear, 0, 0.0, 0},
                                  {"bsearch strcmp", run_name_bsearch, 0, 0.0, 0}};
    struct method encode_m[2] = {{"clusctl", run_encode_clusctl, 0, 0.0, 0},
                                 {"raw", run_encode_raw, 0, 0.0, 0}};
    struct method decode_m[2] = {{"clusctl", run_decode_clusctl, 0, 0.0, 0},
                                 {"raw", run_decode_raw, 0, 0.0, 0}};
    clock_t start;
    uint32_t checksum;

    if (argc == 2 && strcmp(argv[1], "--quick") == 0) {
        quick = 1;
    } else if (argc != 1) {
        fprintf(stderr, "usage: %s [--quick]\n", argv[0]);
        return 2;
    }
    start = clock();

    setup();
    verify();
    printf("clusctl %s catalog benchmark: %lu entries; per pass %lu value queries "
           "(%lu misses), %lu name queries (%lu misses); %s\n",
           clusctl_version_string(), (unsigned long)n_entries,
           (unsigned long)n_value_queries, (unsigned long)n_value_misses,
           (unsigned long)n_name_queries, (unsigned long)n_name_misses,
           quick ? "--quick: one pass, timings not meaningful"
                 : "best of 3 trials, clock()");

    measure("lookup by value", by_value_m, 3);
    measure("lookup by name", by_name_m, 3);
    measure("encode", encode_m, 2);
    measure("decode", decode_m, 2);

    printf("(lookups: Nx = baseline time / clusctl time, how many times faster "
           "clusctl is)\n");
    report_lookup("lookup by value", by_value_m, n_value_queries);
    report_lookup("lookup by name", by_name_m, n_name_queries);
    printf("(codec: Nx = clusctl time / raw time, what the call costs relative to "
           "the inline expression)\n");
    report_codec("encode", encode_m, n_value_queries);
    report_codec("decode", decode_m, n_value_queries);

    checksum = by_value_m[0].sum;
    FOLD(checksum, by_name_m[0].sum);
    FOLD(checksum, encode_m[0].sum);
    FOLD(checksum, decode_m[0].sum);
    printf("all methods agree on every query; checksum 0x%08lX; %.1f s\n",
           (unsigned long)checksum, seconds(start, clock()));

    free(field_queries);
    free(miss_names);
    free(name_queries);
    free(value_queries);
    free(by_name);
    free(by_value);
    return 0;
}
