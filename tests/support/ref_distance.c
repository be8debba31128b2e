/* The reference edit distance of ref_distance.h. */
#include "ref_distance.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* An ASCII letter's lower case; any other byte is itself. */
static unsigned char ref_fold(char c)
{
    static const char upper[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    static const char lower[] = "abcdefghijklmnopqrstuvwxyz";
    const char *at = c != '\0' ? strchr(upper, c) : NULL;
    return (unsigned char)(at != NULL ? lower[at - upper] : c);
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
