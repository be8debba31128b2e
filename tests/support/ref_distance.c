/* The reference edit distance of ref_distance.h. */
#include "ref_distance.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* An ASCII letter's lower case; any other byte is itself. From a table
 * of every byte, filled once from the two alphabets (the fuzz targets fold
 * millions of bytes). */
static unsigned char ref_fold(char c)
{
    static const char upper[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    static const char lower[] = "abcdefghijklmnopqrstuvwxyz";
    static unsigned char table[256];
    static int filled;
    if (!filled) {
        size_t i;
        for (i = 0; i < 256; i++)
            table[i] = (unsigned char)i;
        for (i = 0; upper[i] != '\0'; i++)
            table[(unsigned char)upper[i]] = (unsigned char)lower[i];
        filled = 1;
    }
    return table[(unsigned char)c];
}

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

size_t ref_edit_distance(const char *a, const char *b)
{
    size_t m = strlen(a), n = strlen(b), i, j, w = n + 1;
    /* d[i][j], the distance between the first i characters of a and the
     * first j of b, is cell[i * w + j]; then a and b folded. */
    size_t *cell = ref_scratch((m + 1) * w * sizeof *cell + m + n + 1);
    unsigned char *fa, *fb;
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
    for (i = 1; i <= m; i++)
        for (j = 1; j <= n; j++)
            cell[i * w + j] =
                ref_min3(cell[(i - 1) * w + j] + 1,  /* delete a[i-1] */
                         cell[i * w + j - 1] + 1,    /* insert b[j-1] */
                         cell[(i - 1) * w + j - 1] + /* a[i-1] becomes b[j-1] */
                             (fa[i - 1] != fb[j - 1]));
    return cell[m * w + n];
}

size_t ref_bag_distance(const char *a, const char *b)
{
    /* count[c]: how many more times c is in a than in b (negative: fewer). */
    long count[256];
    size_t more = 0, fewer = 0, i;
    memset(count, 0, sizeof count);
    for (; *a != '\0'; a++)
        count[ref_fold(*a)]++;
    for (; *b != '\0'; b++)
        count[ref_fold(*b)]--;
    for (i = 0; i < 256; i++) {
        if (count[i] > 0)
            more += (size_t)count[i];
        else
            fewer += (size_t)-count[i];
    }
    return more > fewer ? more : fewer;
}
