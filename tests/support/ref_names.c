/* The reference name lookup of ref_names.h. */
#include "ref_names.h"

#include <string.h>

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
