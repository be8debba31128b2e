/* Helpers shared by the library's sources; not installed. */
#ifndef CCTL_INTERNAL_H_
#define CCTL_INTERNAL_H_

#include <stddef.h>
#include <stdint.h>

/* Number of elements of an array. */
#define CCTL_COUNTOF_(a) (sizeof(a) / sizeof((a)[0]))

/* Whether n words are all 0 / n pointers all NULL. */
static inline int clusctl__words_zero(const uint32_t *w, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        if (w[i] != 0)
            return 0;
    return 1;
}

static inline int clusctl__ptrs_null(const void *const *p, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        if (p[i] != NULL)
            return 0;
    return 1;
}

/* Whether a struct's reserved room is clean (README, "Growing the ABI"):
 * its `reserved` words all 0, and with _PTR_ its `reserved_ptr` slots all
 * NULL too. */
#define CCTL_CLEAN_(s) clusctl__words_zero((s)->reserved, CCTL_COUNTOF_((s)->reserved))
#define CCTL_CLEAN_PTR_(s)                                                     \
    (CCTL_CLEAN_(s) &&                                                         \
     clusctl__ptrs_null((s)->reserved_ptr, CCTL_COUNTOF_((s)->reserved_ptr)))

/* ASCII case-insensitive equality of two NUL-terminated strings; the C
 * library's tolower() depends on the locale, this does not. */
int clusctl__ascii_equal_nocase(const char *a, const char *b);

/* Whether the byte ranges [a, a + a_size) and [b, b + b_size) share a byte.
 * NULL or empty ranges share none. Compares addresses as uintptr_t, which
 * is defined for any two objects (relational operators are not). Inline:
 * the lookups check their outputs with it on every call. */
static inline int clusctl__overlap(const void *a, size_t a_size, const void *b, size_t b_size)
{
    uintptr_t x = (uintptr_t)a, y = (uintptr_t)b;
    if (a == NULL || b == NULL || a_size == 0 || b_size == 0)
        return 0;
    return x < y ? y - x < a_size : x - y < b_size;
}

/* Decodes one UTF-8 sequence at s: its length (1 to 4) and *cp, or 0 on an
 * invalid one (overlong, a surrogate, above U+10FFFF, cut by the NUL). */
size_t clusctl__utf8_get(const unsigned char *s, uint32_t *cp);

/* Writes the UTF-8 of the scalar value cp at o (room for 4); its length. */
size_t clusctl__utf8_put(unsigned char *o, uint32_t cp);

/* The string at `index` (from 0) of `list`, NUL-terminated strings one
 * after another ("one\0" "two\0" ...): a short table of texts that holds
 * no pointers, which the shared library would relocate at load time (a
 * switch returning strings compiles to such a table). */
static inline const char *clusctl__nth_string(const char *list, size_t index)
{
    for (; index > 0; index--)
        while (*list++ != '\0')
            ;
    return list;
}

/* ASCII upper-case of one byte. */
static inline char clusctl__ascii_upper(char c)
{
    return (c >= 'a' && c <= 'z') ? (char)(c - 'a' + 'A') : c;
}

#endif /* CCTL_INTERNAL_H_ */
