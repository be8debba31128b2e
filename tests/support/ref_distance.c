/* The reference edit distance of ref_distance.h. */
#include "ref_distance.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Every byte's fold: an ASCII letter's lower case, any other byte itself.
 * Filled once from the two alphabets (the fuzz targets fold millions of
 * bytes). */
static unsigned char ref_folds[256];

static void ref_fill_folds(void)
{
    static const char upper[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    static const char lower[] = "abcdefghijklmnopqrstuvwxyz";
    size_t i;
    if (ref_folds['A'] == 'a')
        return;
    for (i = 0; i < 256; i++)
        ref_folds[i] = (unsigned char)i;
    for (i = 0; upper[i] != '\0'; i++)
        ref_folds[(unsigned char)upper[i]] = (unsigned char)lower[i];
}

#define ref_fold(c) (ref_folds[(unsigned char)(c)])

static size_t ref_min3(size_t x, size_t y, size_t z)
{
    size_t m = x < y ? x : y;
    return m < z ? m : z;
}

/* Room for `size` bytes, aligned for size_t: one block, kept and grown
 * from call to call (the fuzz targets call this thousands of times per
 * input). */
static size_t *ref_scratch(size_t size)
{
    static size_t *block;
    static size_t room;
    if (size > room) {
        free(block);
        room = size > 2 * room ? size : 2 * room;
        block = (size_t *)malloc(room);
        if (block == NULL) {
            fputs("ref_edit_distance: out of memory\n", stderr);
            exit(2);
        }
    }
    return block;
}

/* The distance of a[0..m) and b[0..n), folded, by the whole matrix:
 * d[i][j], the distance between the first i characters of a and the first j
 * of b, is cell[i * w + j]; then a and b folded. */
static size_t ref_matrix(const char *a, size_t m, const char *b, size_t n)
{
    size_t i, j, w = n + 1;
    size_t *cell = ref_scratch((m + 1) * w * sizeof *cell + m + n + 1);
    unsigned char *fa, *fb;
    ref_fill_folds();
    fa = (unsigned char *)(cell + (m + 1) * w);
    fb = fa + m;
    for (i = 0; i < m; i++)
        fa[i] = ref_fold(a[i]);
    for (j = 0; j < n; j++)
        fb[j] = ref_fold(b[j]);
    for (i = 0; i <= m; i++)
        cell[i * w] = i; /* i deletions */
    for (j = 0; j <= n; j++)
        cell[j] = j; /* j insertions */
    for (i = 1; i <= m; i++) {
        const size_t *up = cell + (i - 1) * w; /* row i - 1 */
        size_t *row = cell + i * w;
        for (j = 1; j <= n; j++) {
            /* What does not wait for row[j - 1] first (the fuzz targets
             * fill millions of cells: this shortens the chain of each). */
            size_t from_up = ref_min3(up[j] + 1,                            /* delete a[i-1] */
                                      up[j - 1] + (fa[i - 1] != fb[j - 1]), /* a[i-1] -> b[j-1] */
                                      (size_t)-1);
            row[j] = ref_min3(from_up, row[j - 1] + 1, (size_t)-1); /* insert b[j-1] */
        }
    }
    return cell[m * w + n];
}

size_t ref_edit_distance(const char *a, const char *b)
{
    return ref_matrix(a, strlen(a), b, strlen(b));
}

size_t ref_edit_distance_trimmed(const char *a, const char *b)
{
    size_t m = strlen(a), n = strlen(b);
    ref_fill_folds();
    while (m > 0 && n > 0 && ref_fold(*a) == ref_fold(*b)) {
        a++;
        b++;
        m--;
        n--;
    }
    while (m > 0 && n > 0 && ref_fold(a[m - 1]) == ref_fold(b[n - 1])) {
        m--;
        n--;
    }
    return ref_matrix(a, m, b, n);
}

size_t ref_bag_distance(const char *a, const char *b)
{
    /* count[c]: how many more times c is in a than in b (negative: fewer);
     * all 0 between calls (each pass below sets back what it reads), so a
     * call costs the strings' lengths, not the table's. */
    static long count[256];
    size_t more = 0, fewer = 0;
    const char *p;
    ref_fill_folds();
    for (p = a; *p != '\0'; p++)
        count[ref_fold(*p)]++;
    for (p = b; *p != '\0'; p++)
        count[ref_fold(*p)]--;
    for (p = a; *p != '\0'; p++) {
        long *c = &count[ref_fold(*p)];
        if (*c > 0)
            more += (size_t)*c;
        if (*c >= 0)
            *c = 0; /* a byte b has as often, or less: done */
    }
    for (p = b; *p != '\0'; p++) {
        long *c = &count[ref_fold(*p)];
        if (*c < 0)
            fewer += (size_t)-*c;
        *c = 0;
    }
    return more > fewer ? more : fewer;
}
