/* A reference UTF-8 and UTF-16LE codec for the tests, driven by the Unicode
 * Standard's own tables (Unicode 15.0, chapter 3, section 3.9) rather than
 * by bit arithmetic, and so written independently of src/buffer.c:
 *
 * - UTF-8: Table 3-7, "Well-Formed UTF-8 Byte Sequences": nine rows, each a
 *   range of scalar values and the range each byte may take.
 * - UTF-16: D91 and Table 3-5, "UTF-16 Bit Distribution": the code units
 *   0000..D7FF and E000..FFFF stand for themselves; a high surrogate
 *   (D800..DBFF) and a low one (DC00..DFFF) together stand for
 *   U+10000..U+10FFFF; any other use of a surrogate is ill-formed.
 *
 * In each row the sequences, in order, are the scalar values, in order, so
 * a value's sequence is its offset in the row written in the mixed radix of
 * the units' ranges (test_support checks that of every row). One table
 * walker serves both encoding forms, both ways. Part of
 * clusctl_test_support. */
#ifndef CCTL_TEST_REF_UTF_H_
#define CCTL_TEST_REF_UTF_H_

#include <stddef.h>
#include <stdint.h>

/* ref_utf16le_to_utf8()'s answer for ill-formed UTF-16. */
#define REF_ILL_FORMED ((size_t)-1)

/* One row of a table: the scalar values first..last are the sequences of
 * `units` code units whose k-th unit is in lo[k]..hi[k]. */
typedef struct ref_utf_row {
    uint32_t first, last;
    size_t units;
    uint32_t lo[4], hi[4];
} ref_utf_row;

/* The two tables, for test_support to check. */
extern const ref_utf_row ref_utf8_table[];
extern const size_t ref_utf8_rows;
extern const ref_utf_row ref_utf16_table[];
extern const size_t ref_utf16_rows;

/* The UTF-8 of scalar value `cp` into out[0..3]: returns its length (1 to
 * 4), or 0 when cp is no scalar value (a surrogate, or above U+10FFFF). */
size_t ref_utf8_encode(uint32_t cp, unsigned char out[4]);

/* The well-formed UTF-8 sequence that starts at s, within `avail` bytes:
 * returns its length and sets *cp, or returns 0 when none starts there.
 * Reads a byte only when the ones before it fit, so it never reads past a
 * NUL (which fits no continuation) and can be given SIZE_MAX for a
 * NUL-terminated string. A NUL itself decodes as U+0000, length 1. */
size_t ref_utf8_decode(const unsigned char *s, size_t avail, uint32_t *cp);

/* Whether the NUL-terminated string s is well-formed UTF-8. */
int ref_utf8_valid(const char *s);

/* The UTF-16 of scalar value `cp` as little-endian bytes into out[0..3]:
 * returns 2 or 4, or 0 when cp is no scalar value. */
size_t ref_utf16le_encode(uint32_t cp, unsigned char out[4]);

/* The well-formed UTF-16 sequence that starts at code unit 0 of the `units`
 * little-endian code units at b: returns its length in code units (1 or 2)
 * and sets *cp, or returns 0 when none starts there. */
size_t ref_utf16le_decode(const unsigned char *b, size_t units, uint32_t *cp);

/* The `units` little-endian UTF-16 code units at b as UTF-8: written to
 * `out` when it is not NULL (3 bytes per code unit is always room enough;
 * no NUL is added). Returns the UTF-8 length, or REF_ILL_FORMED when the
 * code units are not well-formed UTF-16 (an unpaired surrogate). */
size_t ref_utf16le_to_utf8(const unsigned char *b, size_t units, unsigned char *out);

#endif /* CCTL_TEST_REF_UTF_H_ */
