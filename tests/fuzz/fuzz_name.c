/* Fuzz target: names. The input, as a NUL-terminated string in a buffer of
 * exactly its size, goes to every function that looks a name up:
 * clusctl_catalog_find_name() (exact and ignoring case, against a linear
 * scan), clusctl_catalog_suggest() (closest first, within a third of the
 * name's length, at most the capacity, a shorter list a prefix of a longer
 * one), and the object, access, VmState and MigrationState names (a found
 * value's name maps back; a name of the table is always found). */
#include "fuzz_common.h"

#include "clusctl/clusctl.h"
#include "ref_distance.h"
#include "ref_names.h"

#define NONE CCTL_NO_ENTRY

/* Every entry's name, by index: read once (the scans below run per input). */
static const char *const *catalog_names(void)
{
    static const char **names;
    size_t i, n = clusctl_catalog_size();
    if (names == NULL) {
        names = (const char **)malloc(n * sizeof *names);
        FUZZ_CHECK(names != NULL);
        for (i = 0; i < n; i++) {
            names[i] = clusctl_catalog_name(i);
            FUZZ_CHECK(names[i] != NULL);
        }
    }
    return names;
}

/* Entry i's name. */
static const char *name_of(size_t i)
{
    return catalog_names()[i];
}

/* Whether i is the index of a catalog entry that its name finds (a name
 * with an older value has two entries, and finds the current one). */
static int in_catalog(size_t i)
{
    size_t found = NONE;
    return i < clusctl_catalog_size() &&
           clusctl_catalog_find_name(name_of(i), CCTL_MATCH_EXACT, &found) ==
               CCTL_ERROR_SUCCESS &&
           found == i;
}

static void check_find_name(const char *name, size_t *nocase_hit)
{
    size_t e = NONE, exact_ref, nocase_ref, n = clusctl_catalog_size();
    clusctl_status st;

    /* The reference: the first entry of the name, by a linear scan. */
    exact_ref = ref_find_string(catalog_names(), n, name, 0);
    nocase_ref = ref_find_string(catalog_names(), n, name, 1);

    st = clusctl_catalog_find_name(name, CCTL_MATCH_EXACT, &e);
    FUZZ_CHECK(st == CCTL_ERROR_SUCCESS || st == CCTL_ERROR_NOT_FOUND);
    FUZZ_CHECKF((st == CCTL_ERROR_SUCCESS) == (exact_ref < n),
                "find_name(\"%s\", EXACT) gave %d; a scan finds %s", name, (int)st,
                exact_ref < n ? name_of(exact_ref) : "nothing");
    if (st == CCTL_ERROR_SUCCESS)
        FUZZ_CHECK(e < n && strcmp(name_of(e), name) == 0);

    e = NONE;
    st = clusctl_catalog_find_name(name, CCTL_MATCH_NOCASE, &e);
    FUZZ_CHECK(st == CCTL_ERROR_SUCCESS || st == CCTL_ERROR_NOT_FOUND);
    FUZZ_CHECKF((st == CCTL_ERROR_SUCCESS) == (nocase_ref < n),
                "find_name(\"%s\", NOCASE) gave %d; a scan finds %s", name, (int)st,
                nocase_ref < n ? name_of(nocase_ref) : "nothing");
    *nocase_hit = NONE;
    if (st == CCTL_ERROR_SUCCESS) {
        FUZZ_CHECK(e < n && fuzz_equal_nocase(name_of(e), name));
        *nocase_hit = e;
    }

    FUZZ_CHECK(clusctl_catalog_find_name(name, (clusctl_match)2, &e) ==
               CCTL_ERROR_INVALID_PARAMETER);
    FUZZ_CHECK(clusctl_catalog_find_name(name, CCTL_MATCH_EXACT, NULL) ==
               CCTL_ERROR_INVALID_PARAMETER);
}

/* The closest names by the reference (tests/support's ref_suggest()): the
 * catalog's names less the older values of names (the entries their names
 * do not find, as suggestions leave them to the current entry). */
static size_t catalog_ref_suggest(const char *name, size_t *out, size_t *dist, size_t cap)
{
    static unsigned char *older;
    size_t i, n = clusctl_catalog_size();
    if (older == NULL) {
        older = (unsigned char *)malloc(n);
        FUZZ_CHECK(older != NULL);
        for (i = 0; i < n; i++) {
            FUZZ_CHECK(strlen(name_of(i)) < 128); /* (which keeps the matrices small) */
            older[i] = !in_catalog(i);
        }
    }
    return ref_suggest(catalog_names(), older, n, name, out, dist, cap);
}

static void check_suggest(const char *name, size_t hit)
{
    static const size_t caps[] = {12, 8, 3, 1, 0};
    size_t out[12], longest[12], ref[8];
    size_t c, i, k, count, longest_count = 0, dist[8];
    size_t len = strlen(name);

    for (c = 0; c < sizeof caps / sizeof caps[0]; c++) {
        size_t cap = caps[c];
        /* A suggestion costs (name length) x (every catalog name), and the
         * coverage instrumentation makes that slow: besides the longest
         * list, one smaller capacity per input, chosen by its length. */
        if (c != 0 && c != 1 + len % 4)
            continue;
        count = (size_t)-1;
        for (i = 0; i < 12; i++)
            out[i] = NONE;
        FUZZ_CHECK(clusctl_catalog_suggest(name, cap != 0 ? out : NULL, cap, &count) ==
                   CCTL_ERROR_SUCCESS);
        FUZZ_CHECKF(count <= cap, "suggest gave %lu names for capacity %lu",
                    (unsigned long)count, (unsigned long)cap);
        for (i = 0; i < count; i++) {
            FUZZ_CHECK(in_catalog(out[i]));
            for (k = 0; k < i; k++)
                FUZZ_CHECK(out[k] != out[i]); /* no name twice */
        }
        if (c == 0) {
            longest_count = count;
            for (i = 0; i < count; i++)
                longest[i] = out[i];
        } else {
            /* A smaller capacity gives a prefix of the longest list. */
            size_t want = longest_count < cap ? longest_count : cap;
            FUZZ_CHECKF(count == want, "capacity %lu gave %lu names, expected %lu",
                        (unsigned long)cap, (unsigned long)count, (unsigned long)want);
            for (i = 0; i < count; i++)
                FUZZ_CHECK(out[i] == longest[i]);
        }
    }
    /* A name of the catalog is its own closest (distance 0). */
    if (hit != NONE)
        FUZZ_CHECKF(longest_count > 0 && longest[0] == hit,
                    "suggest(\"%s\") does not put %s first", name, name_of(hit));
    /* Nothing closer was left out: the list is the reference's. */
    {
        size_t n = catalog_ref_suggest(name, ref, dist, 8);
        FUZZ_CHECKF(n == longest_count, "suggest(\"%s\") gave %lu names, expected %lu",
                    name, (unsigned long)longest_count, (unsigned long)n);
        for (i = 0; i < n; i++)
            FUZZ_CHECKF(ref[i] == longest[i], "suggest(\"%s\")[%lu] is %s, expected %s",
                        name, (unsigned long)i, name_of(longest[i]), name_of(ref[i]));
    }
    /* So its distances are the reference's, in full: each within a third of
     * the name's length, in order, ties in name order. */
    for (i = 0; i < longest_count; i++) {
        const char *e = name_of(longest[i]);
        FUZZ_CHECKF(dist[i] <= strlen(e) / 3, "suggested %s at distance %lu", e,
                    (unsigned long)dist[i]);
        if (i > 0)
            FUZZ_CHECKF(dist[i - 1] < dist[i] ||
                            (dist[i - 1] == dist[i] && strcmp(name_of(longest[i - 1]), e) < 0),
                        "suggestions out of order: %s (%lu) before %s (%lu)",
                        name_of(longest[i - 1]), (unsigned long)dist[i - 1], e,
                        (unsigned long)dist[i]);
    }
    FUZZ_CHECK(clusctl_catalog_suggest(name, NULL, 1, &count) ==
               CCTL_ERROR_INVALID_PARAMETER);
    FUZZ_CHECK(clusctl_catalog_suggest(name, out, 1, NULL) ==
               CCTL_ERROR_INVALID_PARAMETER);
}

/* A name function and its inverse over the values `values`. */
typedef const char *(*name_fn)(uint32_t);
typedef clusctl_status (*from_name_fn)(const char *, uint32_t *);

static void check_named(const char *what, const char *name, from_name_fn from,
                        name_fn to, const uint32_t *values, size_t count,
                        const char *const *aliases, const uint32_t *alias_values,
                        size_t alias_count)
{
    uint32_t v = 0xDEADBEEFu;
    clusctl_status st = from(name, &v);
    const uint32_t *expect = NULL;
    int alias = 0;
    size_t i;

    FUZZ_CHECK(st == CCTL_ERROR_SUCCESS || st == CCTL_ERROR_NOT_FOUND);
    for (i = 0; i < count && expect == NULL; i++) {
        const char *n = to(values[i]);
        FUZZ_CHECK(n != NULL);
        if (fuzz_equal_nocase(n, name))
            expect = &values[i];
    }
    for (i = 0; i < alias_count && expect == NULL; i++)
        if (fuzz_equal_nocase(aliases[i], name)) {
            expect = &alias_values[i];
            alias = 1;
        }
    FUZZ_CHECKF((st == CCTL_ERROR_SUCCESS) == (expect != NULL),
                "%s_from_name(\"%s\") gave %d", what, name, (int)st);
    if (st == CCTL_ERROR_SUCCESS) {
        const char *back = to(v);
        FUZZ_CHECKF(v == *expect, "%s_from_name(\"%s\") gave %lu, expected %lu", what,
                    name, (unsigned long)v, (unsigned long)*expect);
        FUZZ_CHECK(back != NULL);
        /* The name maps back, unless it is an alias of that value. */
        FUZZ_CHECKF(fuzz_equal_nocase(back, name) || alias,
                    "%s_from_name(\"%s\") = %lu, whose name is %s", what, name,
                    (unsigned long)v, back);
    }
    FUZZ_CHECK(from(NULL, &v) == CCTL_ERROR_INVALID_PARAMETER);
    FUZZ_CHECK(from(name, NULL) == CCTL_ERROR_INVALID_PARAMETER);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const uint32_t objects[] = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0x80};
    static const uint32_t accesses[] = {0, 1, 2};
#define VALUE_(N, v, name, display, alias) v,
    static const uint32_t vm_states[] = {CCTL_VM_STATE_MAP(VALUE_)};
    static const uint32_t migration_states[] = {CCTL_MIGRATION_STATE_MAP(VALUE_)};
#undef VALUE_
    static const char *const vm_aliases[] = {"online", "offline"};
    static const uint32_t vm_alias_values[] = {CCTL_VM_ENABLED, CCTL_VM_DISABLED};
    size_t hit;
    char *name;

    FUZZ_BEGIN(data, size);
    name = fuzz_cstring(data, size);

    check_find_name(name, &hit);
    check_suggest(name, hit);
    check_named("object", name, clusctl_object_from_name, clusctl_object_name, objects,
                sizeof objects / sizeof objects[0], NULL, NULL, 0);
    check_named("access", name, clusctl_access_from_name, clusctl_access_name, accesses,
                sizeof accesses / sizeof accesses[0], NULL, NULL, 0);
    check_named("vm_state", name, clusctl_vm_state_from_name, clusctl_vm_state_name,
                vm_states, sizeof vm_states / sizeof vm_states[0], vm_aliases,
                vm_alias_values, 2);
    check_named("migration_state", name, clusctl_migration_state_from_name,
                clusctl_migration_state_name, migration_states,
                sizeof migration_states / sizeof migration_states[0], NULL, NULL, 0);

    free(name);
    return 0;
}
