/* Unit tests of the START buffer codec: clusctl_start_buffer_decode() and
 * clusctl_start_buffer_encode(). Every bad buffer with its documented status,
 * exact UTF-8 and UTF-16LE bytes (written out byte by byte, so the tests hold
 * on big-endian hosts too), the size protocol, round trips and a seeded
 * pseudo-random sweep checked against the independent models of
 * tests/support (ref_buffer.h, and the Unicode tables of ref_utf.h).
 *
 * The cases are tables, each walked by one loop: decode_cases and
 * encode_cases (a buffer or a name, built from pieces, and the status or the
 * exact output; each case also checked against the reference model and its
 * size against its pieces), the argument cases of each function, the
 * documented numbers.
 *
 * Every decode input is copied into a malloc'd block of exactly `size` bytes
 * (but for uncopied_cases, which need the bytes past `size`), and every
 * encode output is a malloc'd block of exactly `size` bytes, so a sanitizer
 * build catches any read or write past the size given. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "clusctl/buffer.h"
#include "harness.h"
#include "ref_buffer.h"
#include "ref_utf.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))
#define PATTERN 0xA5u

/* ---- helpers ------------------------------------------------------------ */

static void *xmalloc(size_t n)
{
    void *p = malloc(n != 0 ? n : 1);
    if (p == NULL) {
        fprintf(stderr, "out of memory\n");
        exit(2);
    }
    return p;
}

/* Decodes `bytes` from a malloc'd copy of exactly `size` bytes (NULL passes
 * NULL through). */
static clusctl_status dec(const void *bytes, size_t size, char *name,
                          size_t name_size, size_t *needed)
{
    unsigned char *copy;
    clusctl_status st;
    if (bytes == NULL)
        return clusctl_start_buffer_decode(NULL, size, name, name_size, needed);
    copy = (unsigned char *)xmalloc(size);
    memcpy(copy, bytes, size);
    st = clusctl_start_buffer_decode(copy, size, name, name_size, needed);
    free(copy);
    return st;
}

/* Encodes a malloc'd copy of `name` (exactly strlen + 1 bytes) into a
 * malloc'd output block of exactly `size` bytes, pre-filled with PATTERN,
 * copied back to `out` (which must hold `size` bytes) afterwards. With
 * `out` NULL the output pointer passed is NULL. */
static clusctl_status enc(const char *name, unsigned char *out, size_t size,
                          size_t *needed)
{
    char *ncopy = NULL;
    unsigned char *ocopy = NULL;
    clusctl_status st;
    if (name != NULL) {
        size_t n = strlen(name) + 1;
        ncopy = (char *)xmalloc(n);
        memcpy(ncopy, name, n);
    }
    if (out != NULL) {
        ocopy = (unsigned char *)xmalloc(size);
        memcpy(ocopy, out, size);
    }
    st = clusctl_start_buffer_encode(ncopy, ocopy, size, needed);
    if (out != NULL)
        memcpy(out, ocopy, size);
    free(ocopy);
    free(ncopy);
    return st;
}

static int all_bytes(const unsigned char *p, size_t n, unsigned v)
{
    size_t i;
    for (i = 0; i < n; i++)
        if (p[i] != v)
            return 0;
    return 1;
}

/* Decodes `bytes` (size `size`) and expects success with exactly `want`
 * (`want_len` bytes of UTF-8, no NUL) and *name_needed want_len + 1; also
 * the size query, the too-small answer and the exact-size answer. */
static void expect_decode(const char *what, const void *bytes, size_t size,
                          const char *want, size_t want_len)
{
    unsigned long before = harness_failed;
    char out[CCTL_NODE_NAME_UTF8_SIZE + 16];
    char *exact;
    size_t needed = 0;

    memset(out, PATTERN, sizeof out);
    CHECK_EQ_U(dec(bytes, size, out, sizeof out, &needed), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(needed, want_len + 1);
    CHECK(memcmp(out, want, want_len) == 0);
    CHECK_EQ_U((unsigned char)out[want_len], 0);
    CHECK(all_bytes((unsigned char *)out + want_len + 1,
                    sizeof out - want_len - 1, PATTERN));

    /* Size query. */
    needed = 0;
    CHECK_EQ_U(dec(bytes, size, NULL, 0, &needed), CCTL_ERROR_MORE_DATA);
    CHECK_EQ_U(needed, want_len + 1);

    /* One byte short: nothing written. */
    needed = 0;
    memset(out, PATTERN, sizeof out);
    CHECK_EQ_U(dec(bytes, size, out, want_len, &needed),
               CCTL_ERROR_INSUFFICIENT_BUFFER);
    CHECK_EQ_U(needed, want_len + 1);
    CHECK(all_bytes((unsigned char *)out, sizeof out, PATTERN));

    /* Exactly the size needed, in a block of exactly that size. */
    exact = (char *)xmalloc(want_len + 1);
    memset(exact, PATTERN, want_len + 1);
    needed = 0;
    CHECK_EQ_U(dec(bytes, size, exact, want_len + 1, &needed),
               CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(needed, want_len + 1);
    CHECK(memcmp(exact, want, want_len) == 0 && exact[want_len] == '\0');
    free(exact);

    /* name_needed may be NULL. */
    memset(out, PATTERN, sizeof out);
    CHECK_EQ_U(dec(bytes, size, out, sizeof out, NULL), CCTL_ERROR_SUCCESS);
    CHECK(memcmp(out, want, want_len) == 0 && out[want_len] == '\0');

    if (harness_failed != before)
        fprintf(stderr, "    (in expect_decode: %s)\n", what);
}

/* Decodes and expects `status`, with a good output buffer and a size query
 * both: the buffer's status comes before the output's. */
static void expect_decode_status(const char *what, const void *bytes,
                                 size_t size, clusctl_status status)
{
    unsigned long before = harness_failed;
    char out[CCTL_NODE_NAME_UTF8_SIZE];
    size_t needed = 0;
    CHECK_EQ_U(dec(bytes, size, out, sizeof out, &needed), status);
    CHECK_EQ_U(dec(bytes, size, NULL, 0, &needed), status);
    CHECK_EQ_U(dec(bytes, size, out, sizeof out, NULL), status);
    if (harness_failed != before)
        fprintf(stderr, "    (in expect_decode_status: %s)\n", what);
}

/* Encodes `name` and expects success with exactly `want` (`want_size`
 * bytes, NUL included); also the size query, one byte short and a roomier
 * buffer whose tail must stay untouched. */
static void expect_encode(const char *what, const char *name,
                          const unsigned char *want, size_t want_size)
{
    unsigned long before = harness_failed;
    unsigned char *out = (unsigned char *)xmalloc(want_size + 16);
    size_t needed = 0;

    /* Exactly the size. */
    memset(out, PATTERN, want_size);
    CHECK_EQ_U(enc(name, out, want_size, &needed), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(needed, want_size);
    CHECK(memcmp(out, want, want_size) == 0);

    /* Roomier: the tail is untouched. */
    needed = 0;
    memset(out, PATTERN, want_size + 16);
    CHECK_EQ_U(enc(name, out, want_size + 16, &needed), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(needed, want_size);
    CHECK(memcmp(out, want, want_size) == 0);
    CHECK(all_bytes(out + want_size, 16, PATTERN));

    /* Size query. */
    needed = 0;
    CHECK_EQ_U(enc(name, NULL, 0, &needed), CCTL_ERROR_MORE_DATA);
    CHECK_EQ_U(needed, want_size);

    /* One byte short, and zero bytes: nothing written. */
    needed = 0;
    memset(out, PATTERN, want_size + 16);
    CHECK_EQ_U(enc(name, out, want_size - 1, &needed),
               CCTL_ERROR_INSUFFICIENT_BUFFER);
    CHECK_EQ_U(needed, want_size);
    CHECK(all_bytes(out, want_size - 1, PATTERN));
    needed = 0;
    CHECK_EQ_U(enc(name, out, 0, &needed), CCTL_ERROR_INSUFFICIENT_BUFFER);
    CHECK_EQ_U(needed, want_size);

    free(out);
    if (harness_failed != before)
        fprintf(stderr, "    (in expect_encode: %s)\n", what);
}

/* Encodes and expects `status`, whatever the output buffer. */
static void expect_encode_status(const char *what, const char *name,
                                 clusctl_status status)
{
    unsigned long before = harness_failed;
    unsigned char out[CCTL_START_BUFFER_MAX + 16];
    size_t needed = 0;
    memset(out, PATTERN, sizeof out);
    CHECK_EQ_U(enc(name, out, sizeof out, &needed), status);
    CHECK(all_bytes(out, sizeof out, PATTERN));
    CHECK_EQ_U(enc(name, NULL, 0, &needed), status);
    CHECK_EQ_U(enc(name, out, 2, &needed), status);
    CHECK(all_bytes(out, sizeof out, PATTERN));
    if (harness_failed != before)
        fprintf(stderr, "    (in expect_encode_status: %s)\n", what);
}

/* Fixed-seed xorshift32. */
static uint32_t rng_state;

static uint32_t rng(void)
{
    uint32_t x = rng_state;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    return rng_state = x;
}

static uint32_t rng_below(uint32_t n)
{
    return rng() % n;
}

/* ---- cases as tables ------------------------------------------------------ */

/* A piece of a test input: `count` copies of the UTF-16LE bytes `le` (of
 * which there are `le_size`), which hold the UTF-8 name `utf8`; with `le`
 * NULL, `utf8` is ASCII and its UTF-16LE is each byte and a zero byte.
 * A case is a few pieces, end to end (a piece of count 0 ends them), written
 * out byte by byte so that they hold on big-endian hosts too. */
typedef struct piece {
    const unsigned char *le;
    size_t le_size;
    const char *utf8;
    size_t count;
} piece;

#define MAX_PIECES 4

/* A byte array and its size, in an initializer. */
#define LE(...)                                                                \
    (const unsigned char[]){__VA_ARGS__},                                      \
        sizeof((const unsigned char[]){__VA_ARGS__})
/* These bytes, holding that name (NULL: bytes that hold no name). */
#define UNITS(utf8, ...) {LE(__VA_ARGS__), utf8, 1}
/* n copies of these bytes and of the name they hold. */
#define UNITS_N(n, utf8, ...) {LE(__VA_ARGS__), utf8, n}
/* The ASCII string s, once or n times. */
#define TEXT(s) {NULL, 0, s, 1}
#define TEXT_N(n, s) {NULL, 0, s, n}
/* The NUL code unit. */
#define NUL_UNIT {LE(0, 0), "", 1}

/* The pieces end to end: the bytes, and the name they hold. */
typedef struct built {
    unsigned char bytes[4096];
    size_t size;
    char name[4096];
    size_t name_len;
} built;

static void build(const piece *pieces, built *b)
{
    size_t i, k, j;
    b->size = b->name_len = 0;
    for (i = 0; i < MAX_PIECES && pieces[i].count != 0; i++) {
        const piece *p = &pieces[i];
        size_t le_size = p->le != NULL ? p->le_size : 2 * strlen(p->utf8);
        size_t u8 = p->utf8 != NULL ? strlen(p->utf8) : 0;
        if (b->size + p->count * le_size > sizeof b->bytes ||
            b->name_len + p->count * u8 >= sizeof b->name) {
            fprintf(stderr, "a case too large for build()\n");
            exit(2);
        }
        for (k = 0; k < p->count; k++) {
            if (p->le != NULL) {
                memcpy(b->bytes + b->size, p->le, le_size);
            } else {
                for (j = 0; j < u8; j++) {
                    b->bytes[b->size + 2 * j] = (unsigned char)p->utf8[j];
                    b->bytes[b->size + 2 * j + 1] = 0;
                }
            }
            b->size += le_size;
            memcpy(b->name + b->name_len, p->utf8 != NULL ? p->utf8 : "", u8);
            b->name_len += u8;
        }
    }
    b->name[b->name_len] = '\0';
}

/* ---- the documented numbers --------------------------------------------- */

static const struct {
    const char *what;
    uintmax_t value, expected;
} numbers[] = {
    {"ERROR_INVALID_PARAMETER", CCTL_ERROR_INVALID_PARAMETER, 87},
    {"ERROR_INVALID_USER_BUFFER", CCTL_ERROR_INVALID_USER_BUFFER, 1784},
    {"ERROR_BAD_LENGTH", CCTL_ERROR_BAD_LENGTH, 24},
    {"ERROR_INVALID_DATA", CCTL_ERROR_INVALID_DATA, 13},
    {"ERROR_INVALID_NAME", CCTL_ERROR_INVALID_NAME, 123},
    {"ERROR_INVALID_COMPUTERNAME", CCTL_ERROR_INVALID_COMPUTERNAME, 1210},
    {"ERROR_BUFFER_OVERFLOW", CCTL_ERROR_BUFFER_OVERFLOW, 111},
    {"ERROR_NO_UNICODE_TRANSLATION", CCTL_ERROR_NO_UNICODE_TRANSLATION, 1113},
    {"ERROR_MORE_DATA", CCTL_ERROR_MORE_DATA, 234},
    {"ERROR_INSUFFICIENT_BUFFER", CCTL_ERROR_INSUFFICIENT_BUFFER, 122},
    {"CCTL_NODE_NAME_MAX", CCTL_NODE_NAME_MAX, 255},
    {"CCTL_START_BUFFER_MAX", CCTL_START_BUFFER_MAX, 512},
    {"CCTL_NODE_NAME_UTF8_SIZE", CCTL_NODE_NAME_UTF8_SIZE, 766},
};

static void test_documented_numbers(void)
{
    size_t i;
    for (i = 0; i < COUNT(numbers); i++)
        if (!CHECK(numbers[i].value == numbers[i].expected))
            fprintf(stderr, "    %s is %ju, documented %ju\n", numbers[i].what,
                    numbers[i].value, numbers[i].expected);
}

/* ---- decode: the arguments ------------------------------------------------ */

/* The pointers passed: none, or a real one. */
enum { NONE = 0, GIVEN = 1 };

/* A call whose arguments decide: the buffer NULL or node2 (12 bytes), its
 * size, the name buffer (16 bytes) NULL or not and its size, name_needed
 * NULL or not. */
typedef struct decode_args_case {
    const char *what;
    int buffer;
    size_t size;
    int name;
    size_t name_size;
    int needed;
    clusctl_status status;
} decode_args_case;

static const decode_args_case decode_args_cases[] = {
    /* No buffer: size 0 is no destination, else a bad user buffer. */
    {"NULL, 0", NONE, 0, GIVEN, 16, GIVEN, CCTL_ERROR_INVALID_PARAMETER},
    {"NULL, 0, size query", NONE, 0, NONE, 0, GIVEN, CCTL_ERROR_INVALID_PARAMETER},
    {"NULL, 0, no name_needed", NONE, 0, GIVEN, 16, NONE, CCTL_ERROR_INVALID_PARAMETER},
    {"NULL, 1", NONE, 1, GIVEN, 16, GIVEN, CCTL_ERROR_INVALID_USER_BUFFER},
    {"NULL, 2", NONE, 2, GIVEN, 16, GIVEN, CCTL_ERROR_INVALID_USER_BUFFER},
    {"NULL, 12, size query", NONE, 12, NONE, 0, GIVEN, CCTL_ERROR_INVALID_USER_BUFFER},
    {"NULL, START_BUFFER_MAX", NONE, CCTL_START_BUFFER_MAX, GIVEN, 16, NONE,
     CCTL_ERROR_INVALID_USER_BUFFER},
    {"NULL, SIZE_MAX", NONE, (size_t)-1, GIVEN, 16, GIVEN, CCTL_ERROR_INVALID_USER_BUFFER},
    /* NULL comes before the odd size. */
    {"NULL, 3", NONE, 3, GIVEN, 16, GIVEN, CCTL_ERROR_INVALID_USER_BUFFER},
    /* A NULL name with a nonzero name_size: 87, first. */
    {"name NULL, size 6", GIVEN, 12, NONE, 6, GIVEN, CCTL_ERROR_INVALID_PARAMETER},
    {"name NULL, size 1", GIVEN, 12, NONE, 1, NONE, CCTL_ERROR_INVALID_PARAMETER},
    {"name NULL, size UTF8_SIZE", GIVEN, 12, NONE, CCTL_NODE_NAME_UTF8_SIZE, GIVEN,
     CCTL_ERROR_INVALID_PARAMETER},
    /* With a NULL buffer of size 0 too (both say 87). */
    {"NULL, 0, name NULL, size 6", NONE, 0, NONE, 6, GIVEN, CCTL_ERROR_INVALID_PARAMETER},
};

static void test_decode_arguments(void)
{
    static const unsigned char node2[] = {'n', 0, 'o', 0, 'd', 0,
                                          'e', 0, '2', 0, 0,   0};
    size_t i;
    for (i = 0; i < COUNT(decode_args_cases); i++) {
        const decode_args_case *c = &decode_args_cases[i];
        char out[16];
        size_t needed = 77;
        clusctl_status st;
        harness_test = c->what;
        st = dec(c->buffer ? node2 : NULL, c->size, c->name ? out : NULL, c->name_size,
                 c->needed ? &needed : NULL);
        CHECK_EQ_U(st, c->status);
    }
}

/* ---- decode: buffers ------------------------------------------------------ */

/* How a case's buffer relates to its pieces: exactly their bytes, their
 * bytes and zero bytes after them, or only the first `size` of them. */
enum { EXACT, PADDED, CUT };

/* A buffer and what decode must make of it: on success the name its pieces
 * hold (with every check of expect_decode()), else the status (with those
 * of expect_decode_status()). */
typedef struct decode_case {
    const char *what;
    piece pieces[MAX_PIECES];
    size_t size;
    int fill;
    clusctl_status status;
} decode_case;

/* U+1F600 as D83D DE00, and its UTF-8. */
#define GRIN_LE 0x3D, 0xD8, 0x00, 0xDE
#define GRIN_UTF8 "\xF0\x9F\x98\x80"

static const decode_case decode_cases[] = {
    /* An odd size: ERROR_BAD_LENGTH, before anything else. */
    {"size 1, NUL byte", {UNITS(NULL, 0, 0, 0)}, 1, CUT, CCTL_ERROR_BAD_LENGTH},
    {"size 1, non-NUL", {UNITS(NULL, 'a')}, 1, EXACT, CCTL_ERROR_BAD_LENGTH},
    {"size 3, zeros", {UNITS(NULL, 0, 0, 0)}, 3, EXACT, CCTL_ERROR_BAD_LENGTH},
    /* A complete name and NUL, and one byte more. */
    {"size 3, a+NUL", {UNITS("a", 'a', 0, 0)}, 3, EXACT, CCTL_ERROR_BAD_LENGTH},
    {"size 5, a+NUL+pad", {UNITS("a", 'a', 0, 0, 0, 0)}, 5, EXACT, CCTL_ERROR_BAD_LENGTH},
    {"size 13, node2", {TEXT("node2"), NUL_UNIT, UNITS(NULL, 0)}, 13, EXACT,
     CCTL_ERROR_BAD_LENGTH},
    /* Odd size and no NUL: the size is checked first. */
    {"size 3, no NUL", {UNITS(NULL, 'a', 0, 'b')}, 3, EXACT, CCTL_ERROR_BAD_LENGTH},
    /* Odd size and a valid name within the even prefix. */
    {"size 11, node2", {TEXT("node2"), NUL_UNIT, UNITS(NULL, 0)}, 11, CUT,
     CCTL_ERROR_BAD_LENGTH},
    /* Odd size and empty: odd first. */
    {"3 zero bytes", {NUL_UNIT}, 3, PADDED, CCTL_ERROR_BAD_LENGTH},

    /* No NUL within the size: ERROR_INVALID_DATA. */
    {"size 4, ab", {TEXT("ab"), NUL_UNIT}, 4, CUT, CCTL_ERROR_INVALID_DATA},
    {"size 2, a", {TEXT("ab"), NUL_UNIT}, 2, CUT, CCTL_ERROR_INVALID_DATA},
    /* A non-NULL buffer of size 0 holds no NUL: no destination. */
    {"size 0", {TEXT("ab"), NUL_UNIT}, 0, CUT, CCTL_ERROR_INVALID_PARAMETER},
    /* 0x0100 and 0x0200: a zero byte is not a zero code unit. */
    {"00 01 00 02", {UNITS(NULL, 0x00, 0x01, 0x00, 0x02)}, 4, EXACT,
     CCTL_ERROR_INVALID_DATA},
    {"node2 without its NUL", {TEXT("node2"), NUL_UNIT}, 10, CUT, CCTL_ERROR_INVALID_DATA},
    /* No NUL and an unpaired surrogate: no NUL first. */
    {"no NUL + lone high", {UNITS(NULL, 0x00, 0xD8, 'a', 0)}, 4, EXACT,
     CCTL_ERROR_INVALID_DATA},

    /* Non-zero data after the NUL: ERROR_INVALID_NAME. */
    {"a NUL b NUL", {UNITS(NULL, 'a', 0, 0, 0, 'b', 0, 0, 0)}, 8, EXACT,
     CCTL_ERROR_INVALID_NAME},
    /* Two NULs then data: still data after the first NUL. */
    {"a NUL b", {UNITS(NULL, 'a', 0, 0, 0, 'b', 0, 0, 0)}, 6, CUT, CCTL_ERROR_INVALID_NAME},
    {"a NUL U+0100", {UNITS(NULL, 'a', 0, 0, 0, 0x00, 0x01)}, 6, EXACT,
     CCTL_ERROR_INVALID_NAME},
    {"a NUL U+0001", {UNITS(NULL, 'a', 0, 0, 0, 0x01, 0x00)}, 6, EXACT,
     CCTL_ERROR_INVALID_NAME},
    {"data in the last byte", {UNITS("a", 'a', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 'x')}, 12,
     EXACT, CCTL_ERROR_INVALID_NAME},
    /* Only the even prefix counts: the same buffer minus that unit is fine. */
    {"late, cut", {UNITS("a", 'a', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 'x')}, 10, CUT,
     CCTL_ERROR_SUCCESS},
    /* Embedded NUL and an empty name: embedded first. */
    {"NUL a", {UNITS(NULL, 0, 0, 'a', 0)}, 4, EXACT, CCTL_ERROR_INVALID_NAME},
    /* Embedded NUL and an unpaired surrogate: embedded first. */
    {"D800 NUL a", {UNITS(NULL, 0x00, 0xD8, 0, 0, 'a', 0)}, 6, EXACT,
     CCTL_ERROR_INVALID_NAME},
    /* Embedded NUL and too long: embedded first. */
    {"300 units NUL y", {TEXT_N(300, "x"), NUL_UNIT, TEXT("y")}, 604, EXACT,
     CCTL_ERROR_INVALID_NAME},

    /* Zero code units after the NUL are padding, accepted. */
    {"node2 + 2 zero units", {TEXT("node2"), NUL_UNIT, UNITS("", 0, 0, 0, 0)}, 16, EXACT,
     CCTL_ERROR_SUCCESS},
    /* A fixed, zero-filled buffer of the largest size. */
    {"node2 in START_BUFFER_MAX", {TEXT("node2"), NUL_UNIT}, CCTL_START_BUFFER_MAX, PADDED,
     CCTL_ERROR_SUCCESS},
    /* And larger than that: only the name is limited. */
    {"node2 in 4096 bytes", {TEXT("node2"), NUL_UNIT}, 4096, PADDED, CCTL_ERROR_SUCCESS},
    {"255 units in 4096 bytes", {TEXT_N(255, "q"), NUL_UNIT}, 4096, PADDED,
     CCTL_ERROR_SUCCESS},

    /* The empty name: ERROR_INVALID_COMPUTERNAME. */
    {"NUL", {NUL_UNIT}, 2, EXACT, CCTL_ERROR_INVALID_COMPUTERNAME},
    {"NUL NUL", {NUL_UNIT, NUL_UNIT}, 4, EXACT, CCTL_ERROR_INVALID_COMPUTERNAME},
    {"8 zero bytes", {NUL_UNIT}, 8, PADDED, CCTL_ERROR_INVALID_COMPUTERNAME},

    /* More than 255 code units: ERROR_BUFFER_OVERFLOW. */
    {"256 units", {TEXT_N(256, "a"), NUL_UNIT}, 514, EXACT, CCTL_ERROR_BUFFER_OVERFLOW},
    {"300 units", {TEXT_N(300, "a"), NUL_UNIT}, 602, EXACT, CCTL_ERROR_BUFFER_OVERFLOW},
    {"256 units + padding", {TEXT_N(256, "a"), NUL_UNIT}, 554, PADDED,
     CCTL_ERROR_BUFFER_OVERFLOW},
    {"255 units", {TEXT_N(255, "a"), NUL_UNIT}, CCTL_START_BUFFER_MAX, EXACT,
     CCTL_ERROR_SUCCESS},
    /* 256 units where an astral pair straddles 255/256. */
    {"254 a + pair", {TEXT_N(254, "a"), UNITS(GRIN_UTF8, GRIN_LE), NUL_UNIT}, 514, EXACT,
     CCTL_ERROR_BUFFER_OVERFLOW},
    /* 253 a and a pair: 255 units, fine. */
    {"253 a + pair", {TEXT_N(253, "a"), UNITS(GRIN_UTF8, GRIN_LE), NUL_UNIT}, 512, EXACT,
     CCTL_ERROR_SUCCESS},
    /* Too long and an unpaired surrogate: too long first. */
    {"256 units with a lone low", {UNITS(NULL, 0x00, 0xDC), TEXT_N(255, "a"), NUL_UNIT},
     514, EXACT, CCTL_ERROR_BUFFER_OVERFLOW},

    /* Unpaired surrogates: ERROR_NO_UNICODE_TRANSLATION. */
    {"a D800", {UNITS(NULL, 'a', 0, 0x00, 0xD8, 0, 0)}, 6, EXACT,
     CCTL_ERROR_NO_UNICODE_TRANSLATION},
    {"a D83D + padding", {UNITS(NULL, 'a', 0, 0x3D, 0xD8, 0, 0, 0, 0)}, 8, EXACT,
     CCTL_ERROR_NO_UNICODE_TRANSLATION},
    {"DBFF", {UNITS(NULL, 0xFF, 0xDB, 0, 0)}, 4, EXACT, CCTL_ERROR_NO_UNICODE_TRANSLATION},
    {"D83D a", {UNITS(NULL, 0x3D, 0xD8, 'a', 0, 0, 0)}, 6, EXACT,
     CCTL_ERROR_NO_UNICODE_TRANSLATION},
    {"D83D D83D DE00", {UNITS(NULL, 0x3D, 0xD8, 0x3D, 0xD8, 0x00, 0xDE, 0, 0)}, 8, EXACT,
     CCTL_ERROR_NO_UNICODE_TRANSLATION},
    {"D83D E000", {UNITS(NULL, 0x3D, 0xD8, 0x00, 0xE0, 0, 0)}, 6, EXACT,
     CCTL_ERROR_NO_UNICODE_TRANSLATION},
    {"D83D D7FF", {UNITS(NULL, 0x3D, 0xD8, 0xFF, 0xD7, 0, 0)}, 6, EXACT,
     CCTL_ERROR_NO_UNICODE_TRANSLATION},
    {"DE00", {UNITS(NULL, 0x00, 0xDE, 0, 0)}, 4, EXACT, CCTL_ERROR_NO_UNICODE_TRANSLATION},
    {"a DFFF b", {UNITS(NULL, 'a', 0, 0xFF, 0xDF, 'b', 0, 0, 0)}, 8, EXACT,
     CCTL_ERROR_NO_UNICODE_TRANSLATION},
    {"DE00 D83D (reversed)", {UNITS(NULL, 0x00, 0xDE, 0x3D, 0xD8, 0, 0)}, 6, EXACT,
     CCTL_ERROR_NO_UNICODE_TRANSLATION},
    {"pair + lone low", {UNITS(NULL, 0x3D, 0xD8, 0x00, 0xDE, 0x00, 0xDE, 0, 0)}, 8, EXACT,
     CCTL_ERROR_NO_UNICODE_TRANSLATION},

    /* Good names. */
    {"node2", {UNITS("node2", 0x6E, 0x00, 0x6F, 0x00, 0x64, 0x00, 0x65, 0x00, 0x32, 0x00),
               NUL_UNIT}, 12, EXACT, CCTL_ERROR_SUCCESS},
    {"NetBIOS 15", {TEXT("CLUSTERNODE0015"), NUL_UNIT}, 32, EXACT, CCTL_ERROR_SUCCESS},
    /* A 63-character DNS label: alphanumerics with hyphens inside. */
    {"63-char label",
     {TEXT("abcde-ghijklmno-qrstuvwxy-012345678-abcdefghi-klmnopqrs-uvwxyz0"), NUL_UNIT},
     128, EXACT, CCTL_ERROR_SUCCESS},
    /* A 255-character FQDN: four 63-character labels and three dots. */
    {"255-char FQDN",
     {TEXT("ahov29gnu18fmt07elsz6dkry5cjqx4bipw3ahov29gnu18fmt07elsz6dkry5c."
           "qx4bipw3ahov29gnu18fmt07elsz6dkry5cjqx4bipw3ahov29gnu18fmt07els."
           "6dkry5cjqx4bipw3ahov29gnu18fmt07elsz6dkry5cjqx4bipw3ahov29gnu18."
           "mt07elsz6dkry5cjqx4bipw3ahov29gnu18fmt07elsz6dkry5cjqx4bipw3aho"),
      NUL_UNIT},
     CCTL_START_BUFFER_MAX, EXACT, CCTL_ERROR_SUCCESS},
    /* "nœud-é": U+0153 and U+00E9. */
    {"noeud-e",
     {UNITS("n\xC5\x93ud-\xC3\xA9", 0x6E, 0x00, 0x53, 0x01, 0x75, 0x00, 0x64, 0x00, 0x2D,
            0x00, 0xE9, 0x00),
      NUL_UNIT},
     14, EXACT, CCTL_ERROR_SUCCESS},
    {"U+1F600", {UNITS(GRIN_UTF8, GRIN_LE), NUL_UNIT}, 6, EXACT, CCTL_ERROR_SUCCESS},
    /* Edges: U+0080, U+07FF, U+0800, U+D7FF, U+E000, U+FFFD, U+FFFF. */
    {"BMP edges",
     {UNITS("\xC2\x80\xDF\xBF\xE0\xA0\x80\xED\x9F\xBF\xEE\x80\x80\xEF\xBF\xBD\xEF\xBF\xBF",
            0x80, 0x00, 0xFF, 0x07, 0x00, 0x08, 0xFF, 0xD7, 0x00, 0xE0, 0xFD, 0xFF, 0xFF,
            0xFF),
      NUL_UNIT},
     16, EXACT, CCTL_ERROR_SUCCESS},
    /* U+10000 (D800 DC00) and U+10FFFF (DBFF DFFF). */
    {"astral edges",
     {UNITS("\xF0\x90\x80\x80\xF4\x8F\xBF\xBF", 0x00, 0xD8, 0x00, 0xDC, 0xFF, 0xDB, 0xFF,
            0xDF),
      NUL_UNIT},
     10, EXACT, CCTL_ERROR_SUCCESS},
    /* 'a' written big-endian reads as U+6100. */
    {"big-endian a", {UNITS("\xE6\x84\x80", 0x00, 0x61), NUL_UNIT}, 4, EXACT,
     CCTL_ERROR_SUCCESS},
    /* U+0001 and U+00FF: the high byte zero, the low byte not. */
    {"U+0001 U+00FF", {UNITS("\x01\xC3\xBF", 0x01, 0x00, 0xFF, 0x00), NUL_UNIT}, 6, EXACT,
     CCTL_ERROR_SUCCESS},
    /* The longest UTF-8: 255 units of U+FFFF fill CCTL_NODE_NAME_UTF8_SIZE. */
    {"255 x U+FFFF", {UNITS_N(255, "\xEF\xBF\xBF", 0xFF, 0xFF), NUL_UNIT},
     CCTL_START_BUFFER_MAX, EXACT, CCTL_ERROR_SUCCESS},
};

static void test_decode_cases(void)
{
    static built b;
    static unsigned char buf[sizeof b.bytes];
    size_t i;
    for (i = 0; i < COUNT(decode_cases); i++) {
        const decode_case *c = &decode_cases[i];
        int fits;
        harness_test = c->what;
        build(c->pieces, &b);
        /* The table's own arithmetic: the size against the pieces. */
        fits = c->fill == EXACT ? b.size == c->size
               : c->fill == PADDED ? b.size < c->size && c->size <= sizeof buf
                                   : b.size > c->size;
        if (!CHECK(fits)) {
            fprintf(stderr, "    the pieces make %lu bytes, the size is %lu\n",
                    (unsigned long)b.size, (unsigned long)c->size);
            continue;
        }
        memset(buf, 0, sizeof buf);
        memcpy(buf, b.bytes, b.size < c->size ? b.size : c->size);
        /* The case is what the reference model says. */
        CHECK_EQ_U(ref_start_buffer(buf, c->size, NULL, NULL), c->status);
        if (c->status == CCTL_ERROR_SUCCESS)
            expect_decode(c->what, buf, c->size, b.name, b.name_len);
        else
            expect_decode_status(c->what, buf, c->size, c->status);
    }
}

/* Straight from the array, not from a copy of `size` bytes, so that the NUL
 * right past `size` really is in memory: it is never seen. */
typedef struct uncopied_case {
    const char *what;
    const unsigned char *bytes;
    size_t bytes_size, size;
    int name;
    clusctl_status status;
} uncopied_case;

static const uncopied_case uncopied_cases[] = {
    {"ab NUL, size 4", LE('a', 0, 'b', 0, 0, 0), 4, GIVEN, CCTL_ERROR_INVALID_DATA},
    {"node2 NUL, size 10", LE('n', 0, 'o', 0, 'd', 0, 'e', 0, '2', 0, 0, 0), 10, GIVEN,
     CCTL_ERROR_INVALID_DATA},
    {"node2 NUL, size 10, size query", LE('n', 0, 'o', 0, 'd', 0, 'e', 0, '2', 0, 0, 0), 10,
     NONE, CCTL_ERROR_INVALID_DATA},
    /* Both size 11 (odd) and 10 have the NUL past them. */
    {"node2 NUL, size 11", LE('n', 0, 'o', 0, 'd', 0, 'e', 0, '2', 0, 0, 0), 11, GIVEN,
     CCTL_ERROR_BAD_LENGTH},
};

static void test_decode_nul_past_size(void)
{
    size_t i;
    for (i = 0; i < COUNT(uncopied_cases); i++) {
        const uncopied_case *c = &uncopied_cases[i];
        char out[32];
        size_t needed = 0;
        harness_test = c->what;
        CHECK_EQ_U(clusctl_start_buffer_decode(c->bytes, c->size, c->name ? out : NULL,
                                               c->name ? sizeof out : 0, &needed),
                   c->status);
    }
}

/* node2, byte by byte, beyond expect_decode(). */
static void test_decode_node2(void)
{
    static const unsigned char b[] = {0x6E, 0x00, 0x6F, 0x00, 0x64, 0x00,
                                      0x65, 0x00, 0x32, 0x00, 0x00, 0x00};
    static const unsigned char want[] = {0x6E, 0x6F, 0x64, 0x65, 0x32, 0x00};
    char out[CCTL_NODE_NAME_UTF8_SIZE];
    size_t needed = 0;
    CHECK_EQ_U(dec(b, sizeof b, out, sizeof out, &needed), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(needed, 6);
    CHECK(memcmp(out, want, sizeof want) == 0);
    CHECK_STR(out, "node2");
}

static void test_decode_output_protocol(void)
{
    static const unsigned char b[] = {'n', 0, 'o', 0, 'd', 0,
                                      'e', 0, '2', 0, 0,   0};
    static const unsigned char bad[] = {'a', 0, 'b'};
    char out[16];
    size_t needed;

    /* Size query. */
    needed = 0;
    CHECK_EQ_U(dec(b, sizeof b, NULL, 0, &needed), CCTL_ERROR_MORE_DATA);
    CHECK_EQ_U(needed, 6);
    CHECK_EQ_U(dec(b, sizeof b, NULL, 0, NULL), CCTL_ERROR_MORE_DATA);

    /* Too small: 122, *name_needed set, nothing written. */
    for (needed = 0; needed < 6; needed++) {
        size_t room = needed, got = 99;
        memset(out, PATTERN, sizeof out);
        CHECK_EQ_U(dec(b, sizeof b, out, room, &got),
                   CCTL_ERROR_INSUFFICIENT_BUFFER);
        CHECK_EQ_U(got, 6);
        CHECK(all_bytes((unsigned char *)out, sizeof out, PATTERN));
    }
    memset(out, PATTERN, sizeof out);
    CHECK_EQ_U(dec(b, sizeof b, out, 5, NULL), CCTL_ERROR_INSUFFICIENT_BUFFER);
    CHECK(all_bytes((unsigned char *)out, sizeof out, PATTERN));

    /* Exactly 6. */
    needed = 0;
    memset(out, PATTERN, sizeof out);
    CHECK_EQ_U(dec(b, sizeof b, out, 6, &needed), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(needed, 6);
    CHECK(memcmp(out, "node2", 6) == 0);
    CHECK(all_bytes((unsigned char *)out + 6, sizeof out - 6, PATTERN));

    /* name_needed NULL is allowed. */
    memset(out, PATTERN, sizeof out);
    CHECK_EQ_U(dec(b, sizeof b, out, sizeof out, NULL), CCTL_ERROR_SUCCESS);
    CHECK_STR(out, "node2");

    /* A bad buffer with a size query reports the buffer. */
    CHECK_EQ_U(dec(bad, sizeof bad, NULL, 0, &needed), CCTL_ERROR_BAD_LENGTH);
}

/* ---- encode --------------------------------------------------------------- */

/* A call whose arguments decide, straight to clusctl_start_buffer_encode():
 * the name, the output (32 bytes) NULL or not and its size, needed NULL or
 * not. Nothing is written. */
typedef struct encode_args_case {
    const char *what;
    const char *name;
    int buffer;
    size_t size;
    int needed;
} encode_args_case;

static const encode_args_case encode_args_cases[] = {
    {"NULL name", NULL, GIVEN, 32, GIVEN},
    {"NULL name, size query", NULL, NONE, 0, GIVEN},
    {"NULL needed", "node2", GIVEN, 32, NONE},
    {"NULL needed, size query", "node2", NONE, 0, NONE},
    {"NULL buffer, size 12", "node2", NONE, 12, GIVEN},
    {"NULL buffer, size 1", "node2", NONE, 1, GIVEN},
    /* A parameter error even when the name is bad too. */
    {"empty, NULL buffer, size 1", "", NONE, 1, GIVEN},
    {"bad UTF-8, NULL needed", "\x80", GIVEN, 32, NONE},
};

static void test_encode_arguments(void)
{
    size_t i;
    for (i = 0; i < COUNT(encode_args_cases); i++) {
        const encode_args_case *c = &encode_args_cases[i];
        unsigned char out[32];
        size_t needed = 99;
        harness_test = c->what;
        memset(out, PATTERN, sizeof out);
        CHECK_EQ_U(clusctl_start_buffer_encode(c->name, c->buffer ? out : NULL, c->size,
                                               c->needed ? &needed : NULL),
                   CCTL_ERROR_INVALID_PARAMETER);
        CHECK(all_bytes(out, sizeof out, PATTERN));
    }
}

/* A name and what encode must make of it: on success the UTF-16LE its
 * pieces hold, `size` bytes with the NUL (with every check of
 * expect_encode()), else the status (with those of expect_encode_status()). */
typedef struct encode_case {
    const char *what;
    piece pieces[MAX_PIECES];
    size_t size;
    clusctl_status status;
} encode_case;

static const encode_case encode_cases[] = {
    {"node2",
     {UNITS("node2", 0x6E, 0x00, 0x6F, 0x00, 0x64, 0x00, 0x65, 0x00, 0x32, 0x00), NUL_UNIT},
     12, CCTL_ERROR_SUCCESS},
    {"noeud-e",
     {UNITS("n\xC5\x93ud-\xC3\xA9", 0x6E, 0x00, 0x53, 0x01, 0x75, 0x00, 0x64, 0x00, 0x2D,
            0x00, 0xE9, 0x00),
      NUL_UNIT},
     14, CCTL_ERROR_SUCCESS},
    {"a U+1F600", {TEXT("a"), UNITS(GRIN_UTF8, GRIN_LE), NUL_UNIT}, 8, CCTL_ERROR_SUCCESS},
    {"U+1F600", {UNITS(GRIN_UTF8, GRIN_LE), NUL_UNIT}, 6, CCTL_ERROR_SUCCESS},
    {"U+10000 U+10FFFF",
     {UNITS("\xF0\x90\x80\x80\xF4\x8F\xBF\xBF", 0x00, 0xD8, 0x00, 0xDC, 0xFF, 0xDB, 0xFF,
            0xDF),
      NUL_UNIT},
     10, CCTL_ERROR_SUCCESS},
    {"edges",
     {UNITS("\x01\x7F\xC2\x80\xDF\xBF\xE0\xA0\x80\xED\x9F\xBF\xEE\x80\x80\xEF\xBF\xBF", 0x01,
            0x00, 0x7F, 0x00, 0x80, 0x00, 0xFF, 0x07, 0x00, 0x08, 0xFF, 0xD7, 0x00, 0xE0,
            0xFF, 0xFF),
      NUL_UNIT},
     18, CCTL_ERROR_SUCCESS},
    {"U+6100", {UNITS("\xE6\x84\x80", 0x00, 0x61), NUL_UNIT}, 4, CCTL_ERROR_SUCCESS},
    /* Empty. */
    {"empty", {NUL_UNIT}, 0, CCTL_ERROR_INVALID_COMPUTERNAME},
    /* 255 ASCII: fine, 512 bytes; 256: too long. */
    {"255 a", {TEXT_N(255, "a"), NUL_UNIT}, 512, CCTL_ERROR_SUCCESS},
    {"256 a", {TEXT_N(256, "a")}, 0, CCTL_ERROR_BUFFER_OVERFLOW},
    {"1000 a", {TEXT_N(1000, "a")}, 0, CCTL_ERROR_BUFFER_OVERFLOW},
    /* 254 ASCII and one astral character: 256 units, too long. */
    {"254 a + U+1F600", {TEXT_N(254, "a"), UNITS(GRIN_UTF8, GRIN_LE)}, 0,
     CCTL_ERROR_BUFFER_OVERFLOW},
    /* 253 ASCII and one astral character: 255 units, fine. */
    {"253 a + U+1F600", {TEXT_N(253, "a"), UNITS(GRIN_UTF8, GRIN_LE), NUL_UNIT}, 512,
     CCTL_ERROR_SUCCESS},
    /* 127 astral: 254 units; 128 astral: 256. */
    {"127 x U+10FFFF", {UNITS_N(127, "\xF4\x8F\xBF\xBF", 0xFF, 0xDB, 0xFF, 0xDF), NUL_UNIT},
     510, CCTL_ERROR_SUCCESS},
    {"128 x U+10FFFF", {UNITS_N(128, "\xF4\x8F\xBF\xBF", 0xFF, 0xDB, 0xFF, 0xDF)}, 0,
     CCTL_ERROR_BUFFER_OVERFLOW},
    /* 255 x U+FFFF: 765 bytes of UTF-8 in, 512 bytes out. */
    {"255 x U+FFFF", {UNITS_N(255, "\xEF\xBF\xBF", 0xFF, 0xFF), NUL_UNIT}, 512,
     CCTL_ERROR_SUCCESS},
};

static void test_encode_cases(void)
{
    static built b;
    size_t i;
    for (i = 0; i < COUNT(encode_cases); i++) {
        const encode_case *c = &encode_cases[i];
        harness_test = c->what;
        build(c->pieces, &b);
        /* The case is what the reference model says. */
        CHECK_EQ_U(ref_name_to_buffer(b.name, NULL), c->status);
        if (c->status == CCTL_ERROR_SUCCESS) {
            /* The table's own arithmetic: the size against the pieces. */
            if (!CHECK(b.size == c->size)) {
                fprintf(stderr, "    the pieces make %lu bytes, the size is %lu\n",
                        (unsigned long)b.size, (unsigned long)c->size);
                continue;
            }
            expect_encode(c->what, b.name, b.bytes, b.size);
        } else {
            expect_encode_status(c->what, b.name, c->status);
        }
    }
}

/* node2, byte by byte, beyond expect_encode(). */
static void test_encode_node2(void)
{
    static const unsigned char want[] = {0x6E, 0x00, 0x6F, 0x00, 0x64, 0x00,
                                         0x65, 0x00, 0x32, 0x00, 0x00, 0x00};
    unsigned char out[32];
    size_t needed = 0;
    memset(out, PATTERN, sizeof out);
    CHECK_EQ_U(clusctl_start_buffer_encode("node2", out, sizeof out, &needed),
               CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(needed, 12);
    CHECK(memcmp(out, want, 12) == 0);
    CHECK(all_bytes(out + 12, sizeof out - 12, PATTERN));
    CHECK_EQ_U(out[0], 0x6E);
    CHECK_EQ_U(out[1], 0x00);
    CHECK_EQ_U(out[10], 0x00);
    CHECK_EQ_U(out[11], 0x00);
}

static void test_encode_output_protocol(void)
{
    unsigned char out[32];
    size_t needed;

    /* Size query. */
    needed = 0;
    CHECK_EQ_U(clusctl_start_buffer_encode("node2", NULL, 0, &needed),
               CCTL_ERROR_MORE_DATA);
    CHECK_EQ_U(needed, 12);

    /* Too small: 122, needed set, nothing written. */
    for (needed = 0; needed < 12; needed++) {
        size_t room = needed, got = 0;
        memset(out, PATTERN, sizeof out);
        CHECK_EQ_U(enc("node2", out, room, &got),
                   CCTL_ERROR_INSUFFICIENT_BUFFER);
        CHECK_EQ_U(got, 12);
        CHECK(all_bytes(out, sizeof out, PATTERN));
    }
}

static void test_encode_invalid_utf8(void)
{
    static const char *const bad[] = {
        "\x80", "a\x80", "\x80\x61", "\xBF", "ab\xBF\x63\x64",
        /* Truncated at the end of the string. */
        "\xC3", "a\xC3", "a\xE2", "a\xE2\x82", "a\xF0", "a\xF0\x9F",
        "a\xF0\x9F\x98",
        /* Truncated before an ASCII byte. */
        "\xC3\x61", "\xE2\x82\x61", "\xF0\x9F\x98\x61",
        /* A lead byte where a continuation should be. */
        "\xC3\xC3\xA9", "\xE2\xE2\x82\xAC",
        /* An extra continuation byte. */
        "\xC3\xA9\xA9",
        /* Overlong forms. */
        "\xC0\xAF", "\xC0\x80", "\xC1\xBF", "\xE0\x80\xAF", "\xE0\x9F\xBF",
        "\xF0\x80\x80\xAF", "\xF0\x8F\xBF\xBF",
        /* Encoded surrogates, alone and as a CESU-8 pair. */
        "\xED\xA0\x80", "\xED\xAF\xBF", "\xED\xB0\x80", "\xED\xBF\xBF",
        "\xED\xA0\xBD\xED\xB8\x80",
        /* Above U+10FFFF. */
        "\xF4\x90\x80\x80", "\xF4\xBF\xBF\xBF", "\xF5\x80\x80\x80",
        "\xF7\xBF\xBF\xBF",
        /* Lead bytes that never appear. */
        "\xC1", "\xF5", "\xF6", "\xF7", "\xF8", "\xF9", "\xFA", "\xFB",
        "\xFC", "\xFD", "\xFE", "\xFF", "\xF8\x88\x80\x80\x80",
        "\xFC\x84\x80\x80\x80\x80", "node\xFF\x32",
    };
    char what[64];
    size_t i;
    unsigned b;
    for (i = 0; i < COUNT(bad); i++) {
        snprintf(what, sizeof what, "invalid UTF-8 #%u", (unsigned)i);
        expect_encode_status(what, bad[i], CCTL_ERROR_NO_UNICODE_TRANSLATION);
    }
    /* Every byte F5..FF, C0 and C1, alone and before a continuation. */
    for (b = 0xC0; b <= 0xFF; b++) {
        char s[4];
        if (b == 0xC2)
            b = 0xF5;
        s[0] = (char)b;
        s[1] = '\0';
        snprintf(what, sizeof what, "lead %02X alone", b);
        expect_encode_status(what, s, CCTL_ERROR_NO_UNICODE_TRANSLATION);
        s[1] = (char)0x80;
        s[2] = (char)0x80;
        s[3] = '\0';
        snprintf(what, sizeof what, "lead %02X 80 80", b);
        expect_encode_status(what, s, CCTL_ERROR_NO_UNICODE_TRANSLATION);
    }
    /* Every lone continuation byte. */
    for (b = 0x80; b <= 0xBF; b++) {
        char s[3];
        s[0] = 'x';
        s[1] = (char)b;
        s[2] = '\0';
        snprintf(what, sizeof what, "continuation %02X", b);
        expect_encode_status(what, s, CCTL_ERROR_NO_UNICODE_TRANSLATION);
    }
}

/* ---- round trips ---------------------------------------------------------- */

/* Encodes `name` with a buffer of exactly *needed, decodes that buffer with
 * its exact size and an output of exactly the size asked; expects `name`
 * back. */
static int round_trip(const char *name)
{
    size_t needed = 0, nneeded = 0, len = strlen(name);
    unsigned char *buf;
    char *out;
    int ok;
    if (clusctl_start_buffer_encode(name, NULL, 0, &needed) !=
        CCTL_ERROR_MORE_DATA)
        return 0;
    buf = (unsigned char *)xmalloc(needed);
    if (enc(name, buf, needed, &needed) != CCTL_ERROR_SUCCESS) {
        free(buf);
        return 0;
    }
    if (dec(buf, needed, NULL, 0, &nneeded) != CCTL_ERROR_MORE_DATA ||
        nneeded != len + 1) {
        free(buf);
        return 0;
    }
    out = (char *)xmalloc(nneeded);
    ok = dec(buf, needed, out, nneeded, &nneeded) == CCTL_ERROR_SUCCESS &&
         nneeded == len + 1 && memcmp(out, name, len + 1) == 0;
    free(out);
    free(buf);
    return ok;
}

static void test_round_trip_names(void)
{
    static const char *const names[] = {
        "node2", "a", "N", "CLUSTERNODE0015", "host-01.example.com",
        "n\xC5\x93ud-\xC3\xA9", "\xE5\x8C\x97\xE4\xBA\xAC-01",
        "\xF0\x9F\x98\x80", "x\xF0\x9F\x98\x80y\xF4\x8F\xBF\xBF",
        "\xEF\xBB\xBF\x62om", "\xEF\xBF\xBF\xEE\x80\x80\xED\x9F\xBF",
        "\x01\x7F", "tab\there",
    };
    char name[CCTL_NODE_NAME_MAX * 4 + 1];
    size_t i;
    for (i = 0; i < COUNT(names); i++)
        if (!CHECK(round_trip(names[i])))
            fprintf(stderr, "    name #%u\n", (unsigned)i);
    memset(name, 'z', 255);
    name[255] = '\0';
    CHECK(round_trip(name));
    for (i = 0; i < 255; i++)
        memcpy(name + 3 * i, "\xE2\x82\xAC", 3);
    name[765] = '\0';
    CHECK(round_trip(name));
    for (i = 0; i < 127; i++)
        memcpy(name + 4 * i, "\xF0\x9F\x98\x80", 4);
    name[508] = 'e';
    name[509] = '\0';
    CHECK(round_trip(name));
}

/* Random valid names: encode must give exactly the UTF-16LE the reference
 * (ref_utf.h) gives, and decode must give the UTF-8 back. */
static void test_round_trip_random(void)
{
    static const uint32_t edges[] = {0x01,    0x7F,    0x80,    0x7FF,
                                     0x800,   0xD7FF,  0xE000,  0xFEFF,
                                     0xFFFD,  0xFFFF,  0x10000, 0x1F600,
                                     0x10FFFF};
    unsigned char utf8[CCTL_NODE_NAME_MAX * 4 + 1];
    unsigned char want16[CCTL_START_BUFFER_MAX];
    unsigned long failures = 0, iter;
    rng_state = 0x2545F491u;
    for (iter = 0; iter < 20000; iter++) {
        size_t target = 1 + rng_below(CCTL_NODE_NAME_MAX);
        size_t units = 0, n8 = 0, n16 = 0, needed = 0, nneeded = 0;
        unsigned char *buf;
        char *out;
        int ok;
        while (units < target) {
            uint32_t cp, kind = rng_below(9);
            if (kind == 8) {
                cp = edges[rng_below(COUNT(edges))];
            } else if (kind < 3) {
                cp = 1 + rng_below(0x7F);
            } else if (kind < 5) {
                cp = 0x80 + rng_below(0x800 - 0x80);
            } else if (kind < 7) {
                cp = 0x800 + rng_below(0x10000 - 0x800 - 0x800);
                if (cp >= 0xD800u)
                    cp += 0x800u;
            } else {
                cp = 0x10000 + rng_below(0x100000);
            }
            if (cp >= 0x10000u && target - units < 2)
                cp = 'L';
            n8 += ref_utf8_encode(cp, utf8 + n8);
            n16 += ref_utf16le_encode(cp, want16 + n16);
            units += cp >= 0x10000u ? 2 : 1;
        }
        utf8[n8] = 0;
        want16[n16++] = 0;
        want16[n16++] = 0;

        buf = (unsigned char *)xmalloc(n16);
        memset(buf, PATTERN, n16);
        ok = enc((const char *)utf8, buf, n16, &needed) == CCTL_ERROR_SUCCESS &&
             needed == n16 && needed == (target + 1) * 2 &&
             memcmp(buf, want16, n16) == 0;
        out = (char *)xmalloc(n8 + 1);
        ok = ok &&
             dec(buf, n16, NULL, 0, &nneeded) == CCTL_ERROR_MORE_DATA &&
             nneeded == n8 + 1 &&
             dec(buf, n16, out, n8 + 1, &nneeded) == CCTL_ERROR_SUCCESS &&
             nneeded == n8 + 1 && memcmp(out, utf8, n8 + 1) == 0;
        if (!ok && failures++ == 0)
            fprintf(stderr, "    first failure: iteration %lu, %u units\n",
                    iter, (unsigned)target);
        free(out);
        free(buf);
    }
    CHECK_EQ_U(failures, 0);
}

/* One random code unit for a structured buffer. */
static uint32_t random_unit(void)
{
    switch (rng_below(12)) {
    case 0: case 1: case 2: case 3:
        return 'a' + rng_below(26);
    case 4: return 0x00E9;
    case 5: return 0x0153;
    case 6: return 0x0100u * (1 + rng_below(0xD7)); /* low byte zero */
    case 7: return 0xD800u + rng_below(0x400);       /* high surrogate */
    case 8: return 0xDC00u + rng_below(0x400);       /* low surrogate */
    case 9: return 0xE000u + rng_below(0x2000);
    case 10: return rng_below(0x100);                /* high byte zero */
    default: return rng_below(0x10000);
    }
}

static void test_decode_random_bytes(void)
{
    unsigned long failures = 0, iter, seen[9] = {0};
    unsigned char *src = (unsigned char *)xmalloc(602);
    rng_state = 0x9E3779B9u;
    for (iter = 0; iter < 20000; iter++) {
        size_t size = rng_below(601), i, nul = 0, needed = 0, n2 = 0;
        uint32_t mode = rng_below(4);
        clusctl_status st, want;
        char out[CCTL_NODE_NAME_UTF8_SIZE];
        int ok = 1;

        if (mode == 0) {
            /* Raw random bytes. */
            for (i = 0; i < size; i++)
                src[i] = (unsigned char)rng();
        } else {
            /* Code units, a NUL somewhere, mostly zero padding after it. */
            size_t units = (size + 1) / 2, at;
            uint32_t u[301];
            for (i = 0; i < units; i++) {
                u[i] = random_unit();
                if (u[i] >= 0xD800u && u[i] <= 0xDBFFu && i + 1 < units &&
                    rng_below(4) != 0)
                    u[++i] = 0xDC00u + rng_below(0x400);
            }
            at = units == 0 ? 0
                 : mode == 1 ? rng_below((uint32_t)units)
                             : rng_below(units < 260 ? (uint32_t)units : 260);
            if (at < units) {
                u[at] = 0;
                for (i = at + 1; i < units; i++)
                    u[i] = 0;
                if (rng_below(8) == 0 && at + 1 < units)
                    u[at + 1 + rng_below((uint32_t)(units - at - 1))] =
                        1 + rng_below(0xFFFF);
            }
            for (i = 0; i < units; i++) {
                src[2 * i] = (unsigned char)(u[i] & 0xFFu);
                src[2 * i + 1] = (unsigned char)(u[i] >> 8);
            }
            /* An odd size may cut the last unit: the last byte stays. */
        }

        want = ref_start_buffer(src, size, &nul, NULL);
        memset(out, PATTERN, sizeof out);
        st = dec(src, size, out, sizeof out, &needed);
        seen[st == 0 ? 0 : st == 24 ? 1 : st == 13 ? 2 : st == 123 ? 3
             : st == 1210 ? 4 : st == 111 ? 5 : st == 1113 ? 6 : st == 87 ? 7 : 8]++;
        if (!ref_start_buffer_status_documented(st) || st != want)
            ok = 0;
        if (ok && st == CCTL_ERROR_SUCCESS) {
            size_t len = strlen(out);
            unsigned char *re, want8[CCTL_NODE_NAME_UTF8_SIZE];
            ok = needed == len + 1 && ref_utf8_valid(out) &&
                 dec(src, size, NULL, 0, &n2) == CCTL_ERROR_MORE_DATA &&
                 n2 == needed;
            /* The very bytes the reference converter gives. */
            ok = ok && ref_utf16le_to_utf8(src, nul, want8) == len &&
                 memcmp(out, want8, len) == 0;
            re = (unsigned char *)xmalloc(2 * (nul + 1));
            ok = ok &&
                 enc(out, re, 2 * (nul + 1), &n2) == CCTL_ERROR_SUCCESS &&
                 n2 == 2 * (nul + 1) && memcmp(re, src, n2) == 0;
            free(re);
        }
        if (!ok && failures++ == 0)
            fprintf(stderr,
                    "    first failure: iteration %lu, size %u, got %u, "
                    "expected %u\n",
                    iter, (unsigned)size, (unsigned)st, (unsigned)want);
    }
    free(src);
    CHECK_EQ_U(failures, 0);
    CHECK_EQ_U(seen[8], 0);
    /* The sweep reaches every status. */
    for (iter = 0; iter < 8; iter++)
        if (!CHECK(seen[iter] > 0))
            fprintf(stderr, "    status class %lu never seen\n", iter);
}

int main(void)
{
    RUN(test_documented_numbers);
    RUN(test_decode_arguments);
    RUN(test_decode_cases);
    RUN(test_decode_nul_past_size);
    RUN(test_decode_node2);
    RUN(test_decode_output_protocol);
    RUN(test_encode_arguments);
    RUN(test_encode_cases);
    RUN(test_encode_node2);
    RUN(test_encode_output_protocol);
    RUN(test_encode_invalid_utf8);
    RUN(test_round_trip_names);
    RUN(test_round_trip_random);
    RUN(test_decode_random_bytes);
    return harness_finish();
}
