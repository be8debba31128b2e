/* The reference name lookup of ref_names.h. */
#include "ref_names.h"

#include <string.h>

#include "ref_distance.h"

/* An ASCII letter's upper case; any other byte is itself. From a table of
 * every byte, filled once from the two alphabets. */
static unsigned char ref_upper(unsigned char c)
{
    static const char lower[] = "abcdefghijklmnopqrstuvwxyz";
    static const char upper[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    static unsigned char table[256];
    if (table['a'] != 'A') {
        size_t i;
        for (i = 0; i < 256; i++)
            table[i] = (unsigned char)i;
        for (i = 0; lower[i] != '\0'; i++)
            table[(unsigned char)lower[i]] = (unsigned char)upper[i];
    }
    return table[c];
}

static int ref_equal(const char *a, const char *b, int nocase)
{
    const unsigned char *x = (const unsigned char *)a, *y = (const unsigned char *)b;
    for (;; x++, y++) {
        unsigned char p = *x, q = *y;
        if (nocase && p != q) {
            p = ref_upper(p);
            q = ref_upper(q);
        }
        if (p != q)
            return 0;
        if (p == 0)
            return 1;
    }
}

size_t ref_find_string(const char *const *strings, size_t count, const char *s, int nocase)
{
    size_t i;
    for (i = 0; i < count; i++)
        if (ref_equal(strings[i], s, nocase))
            return i;
    return count;
}

size_t ref_suggest(const char *const *names, const unsigned char *skip, size_t count,
                   const char *query, size_t *out, size_t *dist, size_t cap)
{
    size_t len = strlen(query), i, n = 0, k;
    for (i = 0; i < count; i++) {
        const char *e = names[i];
        size_t elen = strlen(e), limit = elen / 3, d;
        if (skip[i])
            continue;
        /* The distance is at least the difference of the lengths, and at
         * least the bag distance (ref_distance.h): only the names within
         * reach of both cost a matrix (of at most about 170 x 128 cells, as
         * the names are shorter than 128 and a longer query is out of reach). */
        if ((len > elen ? len - elen : elen - len) > limit || ref_bag_distance(query, e) > limit)
            continue;
        d = ref_edit_distance_trimmed(query, e);
        if (d > limit)
            continue;
        /* Insert by (distance, name). */
        for (k = n; k > 0; k--)
            if (dist[k - 1] < d || (dist[k - 1] == d && strcmp(names[out[k - 1]], e) < 0))
                break;
        if (k >= cap)
            continue;
        if (n < cap)
            n++;
        memmove(&out[k + 1], &out[k], (n - 1 - k) * sizeof out[0]);
        memmove(&dist[k + 1], &dist[k], (n - 1 - k) * sizeof dist[0]);
        out[k] = i;
        dist[k] = d;
    }
    return n;
}
