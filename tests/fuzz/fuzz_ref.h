/* Reference models of START's buffer rules, written from the table in
 * clusctl/buffer.h and the Unicode standard, independently of src/buffer.c:
 * the fuzz targets compare the library with them. */
#ifndef CCTL_FUZZ_REF_H_
#define CCTL_FUZZ_REF_H_

#include <stddef.h>
#include <stdint.h>

#include "clusctl/clusctl.h"

/* Code unit i of a UTF-16LE buffer. */
static inline uint32_t ref_unit(const uint8_t *b, size_t i)
{
    return (uint32_t)b[2 * i] | ((uint32_t)b[2 * i + 1] << 8);
}

/* The status clusctl_start_buffer_decode() documents for a non-NULL buffer
 * of `size` bytes, given room enough for the name. On success, *units gets
 * the name's length in code units and *utf8_len its length in UTF-8 bytes
 * (without the NUL). */
static inline clusctl_status ref_start_buffer(const uint8_t *b, size_t size,
                                              size_t *units, size_t *utf8_len)
{
    size_t n = size / 2, nul = n, i, len = 0;
    if (size == 0)
        return CCTL_ERROR_INVALID_PARAMETER; /* no destination */
    if (size % 2 != 0)
        return CCTL_ERROR_BAD_LENGTH;
    for (i = 0; i < n; i++) {
        if (b[2 * i] == 0 && b[2 * i + 1] == 0) {
            nul = i;
            break;
        }
    }
    if (nul == n)
        return CCTL_ERROR_INVALID_DATA;
    for (i = nul + 1; i < n; i++)
        if (b[2 * i] != 0 || b[2 * i + 1] != 0)
            return CCTL_ERROR_INVALID_NAME;
    if (nul == 0)
        return CCTL_ERROR_INVALID_COMPUTERNAME;
    if (nul > CCTL_NODE_NAME_MAX)
        return CCTL_ERROR_BUFFER_OVERFLOW;
    for (i = 0; i < nul; i++) {
        uint32_t u = ref_unit(b, i);
        if (u >= 0xD800u && u <= 0xDBFFu) {
            uint32_t lo = i + 1 < nul ? ref_unit(b, i + 1) : 0;
            if (!(lo >= 0xDC00u && lo <= 0xDFFFu))
                return CCTL_ERROR_NO_UNICODE_TRANSLATION;
            len += 4;
            i++;
        } else if (u >= 0xDC00u && u <= 0xDFFFu) {
            return CCTL_ERROR_NO_UNICODE_TRANSLATION;
        } else {
            len += u < 0x80u ? 1 : u < 0x800u ? 2 : 3;
        }
    }
    *units = nul;
    *utf8_len = len;
    return CCTL_ERROR_SUCCESS;
}

/* Whether a START buffer's name of `units` code units (ref_start_buffer()
 * succeeded) equals an ASCII name, ignoring ASCII case. A code unit of 0x80
 * or above never matches: its UTF-8 bytes are all non-ASCII. */
static inline int ref_start_name_is(const uint8_t *b, size_t units,
                                    const char *ascii)
{
    size_t i;
    for (i = 0; i < units; i++) {
        uint32_t u = ref_unit(b, i), c = (unsigned char)ascii[i];
        if (c == 0 || u >= 0x80u)
            return 0;
        if (u >= 'a' && u <= 'z')
            u -= 'a' - 'A';
        if (c >= 'a' && c <= 'z')
            c -= 'a' - 'A';
        if (u != c)
            return 0;
    }
    return ascii[units] == '\0';
}

/* Length of the well-formed UTF-8 sequence at s (Unicode Table 3-7), or 0
 * when it is ill-formed. Reads no further than a NUL. */
static inline size_t ref_utf8_sequence(const unsigned char *s)
{
    unsigned c = s[0];
    unsigned lo = 0x80, hi = 0xBF;
    size_t n, i;
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        n = 2;
    else if (c == 0xE0)
        n = 3, lo = 0xA0;
    else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF)
        n = 3;
    else if (c == 0xED)
        n = 3, hi = 0x9F;
    else if (c == 0xF0)
        n = 4, lo = 0x90;
    else if (c >= 0xF1 && c <= 0xF3)
        n = 4;
    else if (c == 0xF4)
        n = 4, hi = 0x8F;
    else
        return 0;
    for (i = 1; i < n; i++) {
        unsigned b = s[i];
        if (b < lo || b > hi)
            return 0;
        lo = 0x80;
        hi = 0xBF;
    }
    return n;
}

/* The status clusctl_start_buffer_encode() documents for a name (given
 * valid arguments and room enough): the first problem met reading the name
 * decides. On success *units gets its length in UTF-16 code units. */
static inline clusctl_status ref_name_to_buffer(const char *name, size_t *units)
{
    const unsigned char *s = (const unsigned char *)name;
    size_t u = 0, n;
    for (; *s != '\0'; s += n) {
        n = ref_utf8_sequence(s);
        if (n == 0)
            return CCTL_ERROR_NO_UNICODE_TRANSLATION;
        u += n == 4 ? 2 : 1;
        if (u > CCTL_NODE_NAME_MAX)
            return CCTL_ERROR_BUFFER_OVERFLOW;
    }
    if (u == 0)
        return CCTL_ERROR_INVALID_COMPUTERNAME;
    *units = u;
    return CCTL_ERROR_SUCCESS;
}

#endif /* CCTL_FUZZ_REF_H_ */
