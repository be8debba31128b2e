/* The reference codec of ref_utf.h: the Unicode Standard's tables, walked. */
#include "ref_utf.h"

#include <stdint.h>

/* Unicode 15.0, Table 3-7: Well-Formed UTF-8 Byte Sequences. */
const ref_utf_row ref_utf8_table[] = {
    {0x0000u, 0x007Fu, 1, {0x00, 0, 0, 0}, {0x7F, 0, 0, 0}},
    {0x0080u, 0x07FFu, 2, {0xC2, 0x80, 0, 0}, {0xDF, 0xBF, 0, 0}},
    {0x0800u, 0x0FFFu, 3, {0xE0, 0xA0, 0x80, 0}, {0xE0, 0xBF, 0xBF, 0}},
    {0x1000u, 0xCFFFu, 3, {0xE1, 0x80, 0x80, 0}, {0xEC, 0xBF, 0xBF, 0}},
    {0xD000u, 0xD7FFu, 3, {0xED, 0x80, 0x80, 0}, {0xED, 0x9F, 0xBF, 0}},
    {0xE000u, 0xFFFFu, 3, {0xEE, 0x80, 0x80, 0}, {0xEF, 0xBF, 0xBF, 0}},
    {0x10000u, 0x3FFFFu, 4, {0xF0, 0x90, 0x80, 0x80}, {0xF0, 0xBF, 0xBF, 0xBF}},
    {0x40000u, 0xFFFFFu, 4, {0xF1, 0x80, 0x80, 0x80}, {0xF3, 0xBF, 0xBF, 0xBF}},
    {0x100000u, 0x10FFFFu, 4, {0xF4, 0x80, 0x80, 0x80}, {0xF4, 0x8F, 0xBF, 0xBF}},
};
const size_t ref_utf8_rows = sizeof ref_utf8_table / sizeof ref_utf8_table[0];

/* Unicode 15.0, D91 and Table 3-5 (UTF-16 Bit Distribution): the BMP's
 * code units outside the surrogates, then the surrogate pairs (D71 high
 * surrogate code units D800..DBFF, D73 low surrogate code units
 * DC00..DFFF). */
const ref_utf_row ref_utf16_table[] = {
    {0x0000u, 0xD7FFu, 1, {0x0000, 0, 0, 0}, {0xD7FF, 0, 0, 0}},
    {0xE000u, 0xFFFFu, 1, {0xE000, 0, 0, 0}, {0xFFFF, 0, 0, 0}},
    {0x10000u, 0x10FFFFu, 2, {0xD800, 0xDC00, 0, 0}, {0xDBFF, 0xDFFF, 0, 0}},
};
const size_t ref_utf16_rows = sizeof ref_utf16_table / sizeof ref_utf16_table[0];

/* Code unit k of a sequence of `width`-byte little-endian code units. */
static uint32_t ref_unit(const unsigned char *p, size_t width, size_t k)
{
    if (width == 1)
        return p[k];
    return (uint32_t)p[2 * k] + 256u * (uint32_t)p[2 * k + 1];
}

/* The row of `table` whose sequence starts at p (code units of `width`
 * bytes, `avail` of them readable); its length, *cp its scalar value. */
static size_t ref_decode(const ref_utf_row *table, size_t rows, const unsigned char *p,
                         size_t width, size_t avail, uint32_t *cp)
{
    size_t r, k;
    for (r = 0; r < rows; r++) {
        const ref_utf_row *row = &table[r];
        uint32_t offset = 0;
        for (k = 0; k < row->units && k < avail; k++) {
            uint32_t u = ref_unit(p, width, k);
            if (u < row->lo[k] || u > row->hi[k])
                break;
            /* The offset so far, one more digit of radix hi - lo + 1. */
            offset = offset * (row->hi[k] - row->lo[k] + 1) + (u - row->lo[k]);
        }
        if (k == row->units) {
            *cp = row->first + offset;
            return k;
        }
    }
    return 0;
}

/* The code units of scalar value cp by `table`, into units[]; how many. */
static size_t ref_encode(const ref_utf_row *table, size_t rows, uint32_t cp,
                         uint32_t units[4])
{
    size_t r, k;
    for (r = 0; r < rows; r++) {
        const ref_utf_row *row = &table[r];
        uint32_t offset;
        if (cp < row->first || cp > row->last)
            continue;
        offset = cp - row->first;
        for (k = row->units; k-- > 0;) {
            uint32_t radix = row->hi[k] - row->lo[k] + 1;
            units[k] = row->lo[k] + offset % radix;
            offset /= radix;
        }
        return row->units;
    }
    return 0;
}

size_t ref_utf8_encode(uint32_t cp, unsigned char out[4])
{
    uint32_t units[4];
    size_t n = ref_encode(ref_utf8_table, ref_utf8_rows, cp, units), k;
    for (k = 0; k < n; k++)
        out[k] = (unsigned char)units[k];
    return n;
}

size_t ref_utf8_decode(const unsigned char *s, size_t avail, uint32_t *cp)
{
    return ref_decode(ref_utf8_table, ref_utf8_rows, s, 1, avail, cp);
}

int ref_utf8_valid(const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    uint32_t cp;
    size_t n;
    for (; *p != 0; p += n) {
        n = ref_utf8_decode(p, SIZE_MAX, &cp);
        if (n == 0)
            return 0;
    }
    return 1;
}

size_t ref_utf16le_encode(uint32_t cp, unsigned char out[4])
{
    uint32_t units[4];
    size_t n = ref_encode(ref_utf16_table, ref_utf16_rows, cp, units), k;
    for (k = 0; k < n && k < 2; k++) { /* (the table's rows have 1 or 2) */
        out[2 * k] = (unsigned char)(units[k] % 256u);
        out[2 * k + 1] = (unsigned char)(units[k] / 256u);
    }
    return 2 * n;
}

size_t ref_utf16le_decode(const unsigned char *b, size_t units, uint32_t *cp)
{
    return ref_decode(ref_utf16_table, ref_utf16_rows, b, 2, units, cp);
}

size_t ref_utf16le_to_utf8(const unsigned char *b, size_t units, unsigned char *out)
{
    size_t i = 0, len = 0;
    while (i < units) {
        unsigned char u8[4];
        uint32_t cp;
        size_t n = ref_utf16le_decode(b + 2 * i, units - i, &cp), m;
        if (n == 0)
            return REF_ILL_FORMED;
        m = ref_utf8_encode(cp, u8);
        if (out != NULL) {
            size_t k;
            for (k = 0; k < m; k++)
                out[len + k] = u8[k];
        }
        len += m;
        i += n;
    }
    return len;
}
