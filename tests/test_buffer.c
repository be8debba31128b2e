/* Unit tests of the START buffer codec: clusctl_start_buffer_decode() and
 * clusctl_start_buffer_encode(). Every bad buffer with its documented status,
 * exact UTF-8 and UTF-16LE bytes (written out byte by byte, so the tests hold
 * on big-endian hosts too), the size protocol, round trips and a seeded
 * pseudo-random sweep checked against the independent models of
 * tests/support (ref_buffer.h, and the Unicode tables of ref_utf.h).
 *
 * Every decode input is copied into a malloc'd block of exactly `size` bytes,
 * and every encode output is a malloc'd block of exactly `size` bytes, so a
 * sanitizer build catches any read or write past the size given. */
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

/* `n` copies of the ASCII character `c` and a NUL, as UTF-16LE. */
static size_t ascii_le(char c, size_t n, unsigned char *out)
{
    size_t i;
    for (i = 0; i < n; i++) {
        out[2 * i] = (unsigned char)c;
        out[2 * i + 1] = 0;
    }
    out[2 * n] = 0;
    out[2 * n + 1] = 0;
    return 2 * n + 2;
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

/* ---- decode: bad buffers -------------------------------------------------- */

static void test_decode_null_buffer(void)
{
    char out[16];
    size_t needed = 77;
    CHECK_EQ_U(clusctl_start_buffer_decode(NULL, 0, out, sizeof out, &needed),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(CCTL_ERROR_INVALID_PARAMETER, 87);
    CHECK_EQ_U(clusctl_start_buffer_decode(NULL, 0, NULL, 0, &needed), 87);
    CHECK_EQ_U(clusctl_start_buffer_decode(NULL, 0, out, sizeof out, NULL), 87);
    CHECK_EQ_U(clusctl_start_buffer_decode(NULL, 1, out, sizeof out, &needed),
               CCTL_ERROR_INVALID_USER_BUFFER);
    CHECK_EQ_U(CCTL_ERROR_INVALID_USER_BUFFER, 1784);
    CHECK_EQ_U(clusctl_start_buffer_decode(NULL, 2, out, sizeof out, &needed),
               1784);
    CHECK_EQ_U(clusctl_start_buffer_decode(NULL, 12, NULL, 0, &needed), 1784);
    CHECK_EQ_U(clusctl_start_buffer_decode(NULL, CCTL_START_BUFFER_MAX, out,
                                           sizeof out, NULL),
               1784);
    CHECK_EQ_U(clusctl_start_buffer_decode(NULL, (size_t)-1, out, sizeof out,
                                           &needed),
               1784);
    /* NULL comes before the odd size. */
    CHECK_EQ_U(clusctl_start_buffer_decode(NULL, 3, out, sizeof out, &needed),
               1784);
}

static void test_decode_odd_size(void)
{
    static const unsigned char nul3[] = {0, 0, 0};
    static const unsigned char a3[] = {'a', 0, 0};
    static const unsigned char a5[] = {'a', 0, 0, 0, 0};
    static const unsigned char one[] = {'a'};
    static const unsigned char ab3[] = {'a', 0, 'b'};
    static const unsigned char node2[] = {'n', 0, 'o', 0, 'd', 0, 'e', 0,
                                          '2', 0, 0,   0, 0};
    CHECK_EQ_U(CCTL_ERROR_BAD_LENGTH, 24);
    expect_decode_status("size 1, NUL byte", nul3, 1, CCTL_ERROR_BAD_LENGTH);
    expect_decode_status("size 1, non-NUL", one, 1, CCTL_ERROR_BAD_LENGTH);
    expect_decode_status("size 3, zeros", nul3, 3, CCTL_ERROR_BAD_LENGTH);
    /* A complete name and NUL, and one byte more. */
    expect_decode_status("size 3, a+NUL", a3, 3, CCTL_ERROR_BAD_LENGTH);
    expect_decode_status("size 5, a+NUL+pad", a5, 5, CCTL_ERROR_BAD_LENGTH);
    expect_decode_status("size 13, node2", node2, 13, CCTL_ERROR_BAD_LENGTH);
    /* Odd size and no NUL: the size is checked first. */
    expect_decode_status("size 3, no NUL", ab3, 3, CCTL_ERROR_BAD_LENGTH);
    /* Odd size and a valid name within the even prefix. */
    expect_decode_status("size 11, node2", node2, 11, CCTL_ERROR_BAD_LENGTH);
}

static void test_decode_no_nul(void)
{
    static const unsigned char ab_nul[] = {'a', 0, 'b', 0, 0, 0};
    static const unsigned char hi_byte[] = {0x00, 0x01, 0x00, 0x02};
    static const unsigned char node2[] = {'n', 0, 'o', 0, 'd', 0,
                                          'e', 0, '2', 0, 0,   0};
    static const unsigned char lone_hi[] = {0x00, 0xD8, 'a', 0};
    char out[32];
    size_t needed = 0;
    CHECK_EQ_U(CCTL_ERROR_INVALID_DATA, 13);
    expect_decode_status("size 4, ab", ab_nul, 4, CCTL_ERROR_INVALID_DATA);
    expect_decode_status("size 2, a", ab_nul, 2, CCTL_ERROR_INVALID_DATA);
    /* A non-NULL buffer of size 0 holds no NUL. */
    expect_decode_status("size 0", ab_nul, 0, CCTL_ERROR_INVALID_PARAMETER); /* no destination */
    /* 0x0100 and 0x0200: a zero byte is not a zero code unit. */
    expect_decode_status("00 01 00 02", hi_byte, 4, CCTL_ERROR_INVALID_DATA);
    expect_decode_status("node2 without its NUL", node2, 10,
                         CCTL_ERROR_INVALID_DATA);
    /* The NUL right past `size` is never seen: straight from the array, so
     * the NUL really is in memory just past the end. */
    CHECK_EQ_U(clusctl_start_buffer_decode(ab_nul, 4, out, sizeof out, &needed),
               CCTL_ERROR_INVALID_DATA);
    CHECK_EQ_U(clusctl_start_buffer_decode(node2, 10, out, sizeof out, &needed),
               CCTL_ERROR_INVALID_DATA);
    CHECK_EQ_U(clusctl_start_buffer_decode(node2, 10, NULL, 0, &needed),
               CCTL_ERROR_INVALID_DATA);
    /* Both size 11 (odd) and 10 have the NUL past them. */
    CHECK_EQ_U(clusctl_start_buffer_decode(node2, 11, out, sizeof out, &needed),
               CCTL_ERROR_BAD_LENGTH);
    /* No NUL and an unpaired surrogate: no NUL first. */
    expect_decode_status("no NUL + lone high", lone_hi, 4,
                         CCTL_ERROR_INVALID_DATA);
}

static void test_decode_embedded_nul(void)
{
    static const unsigned char a_nul_b[] = {'a', 0, 0, 0, 'b', 0, 0, 0};
    static const unsigned char a_nul_0100[] = {'a', 0, 0, 0, 0x00, 0x01};
    static const unsigned char a_nul_0001[] = {'a', 0, 0, 0, 0x01, 0x00};
    static const unsigned char late[] = {'a', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 'x'};
    static const unsigned char empty_then[] = {0, 0, 'a', 0};
    static const unsigned char sur_then[] = {0x00, 0xD8, 0, 0, 'a', 0};
    unsigned char big[2 * 300 + 4];
    CHECK_EQ_U(CCTL_ERROR_INVALID_NAME, 123);
    expect_decode_status("a NUL b NUL", a_nul_b, sizeof a_nul_b,
                         CCTL_ERROR_INVALID_NAME);
    /* Two NULs then data: still data after the first NUL. */
    expect_decode_status("a NUL b", a_nul_b, 6, CCTL_ERROR_INVALID_NAME);
    expect_decode_status("a NUL U+0100", a_nul_0100, sizeof a_nul_0100,
                         CCTL_ERROR_INVALID_NAME);
    expect_decode_status("a NUL U+0001", a_nul_0001, sizeof a_nul_0001,
                         CCTL_ERROR_INVALID_NAME);
    expect_decode_status("data in the last byte", late, sizeof late,
                         CCTL_ERROR_INVALID_NAME);
    /* Only the even prefix counts: the same buffer minus that unit is fine. */
    expect_decode("late, cut", late, sizeof late - 2, "a", 1);
    /* Embedded NUL and an empty name: embedded first. */
    expect_decode_status("NUL a", empty_then, sizeof empty_then,
                         CCTL_ERROR_INVALID_NAME);
    /* Embedded NUL and an unpaired surrogate: embedded first. */
    expect_decode_status("D800 NUL a", sur_then, sizeof sur_then,
                         CCTL_ERROR_INVALID_NAME);
    /* Embedded NUL and too long: embedded first. */
    ascii_le('x', 300, big);
    big[2 * 301] = 'y';
    big[2 * 301 + 1] = 0;
    expect_decode_status("300 units NUL y", big, sizeof big,
                         CCTL_ERROR_INVALID_NAME);
}

static void test_decode_padding_accepted(void)
{
    static const unsigned char padded[] = {'n', 0, 'o', 0, 'd', 0, 'e', 0,
                                           '2', 0, 0,   0, 0,   0, 0,   0};
    unsigned char *full = (unsigned char *)xmalloc(4096);
    memset(full, 0, 4096);
    expect_decode("node2 + 2 zero units", padded, sizeof padded, "node2", 5);
    /* A fixed, zero-filled buffer of the largest size. */
    memcpy(full, padded, 10);
    expect_decode("node2 in START_BUFFER_MAX", full, CCTL_START_BUFFER_MAX,
                  "node2", 5);
    /* And larger than that: only the name is limited. */
    expect_decode("node2 in 4096 bytes", full, 4096, "node2", 5);
    /* A 255-unit name padded. */
    ascii_le('q', 255, full);
    memset(full + 512, 0, 4096 - 512);
    {
        char want[256];
        memset(want, 'q', 255);
        want[255] = '\0';
        expect_decode("255 units in 4096 bytes", full, 4096, want, 255);
    }
    free(full);
}

static void test_decode_empty(void)
{
    static const unsigned char zeros[8] = {0};
    CHECK_EQ_U(CCTL_ERROR_INVALID_COMPUTERNAME, 1210);
    expect_decode_status("NUL", zeros, 2, CCTL_ERROR_INVALID_COMPUTERNAME);
    expect_decode_status("NUL NUL", zeros, 4, CCTL_ERROR_INVALID_COMPUTERNAME);
    expect_decode_status("8 zero bytes", zeros, 8,
                         CCTL_ERROR_INVALID_COMPUTERNAME);
    /* Odd size and empty: odd first. */
    expect_decode_status("3 zero bytes", zeros, 3, CCTL_ERROR_BAD_LENGTH);
}

static void test_decode_too_long(void)
{
    unsigned char buf[2 * 400];
    char want[256];
    size_t n;
    CHECK_EQ_U(CCTL_ERROR_BUFFER_OVERFLOW, 111);
    CHECK_EQ_U(CCTL_NODE_NAME_MAX, 255);
    CHECK_EQ_U(CCTL_START_BUFFER_MAX, 512);
    CHECK_EQ_U(CCTL_NODE_NAME_UTF8_SIZE, 766);

    n = ascii_le('a', 256, buf);
    CHECK_EQ_U(n, 514);
    expect_decode_status("256 units", buf, n, CCTL_ERROR_BUFFER_OVERFLOW);
    n = ascii_le('a', 300, buf);
    expect_decode_status("300 units", buf, n, CCTL_ERROR_BUFFER_OVERFLOW);
    n = ascii_le('a', 256, buf);
    memset(buf + n, 0, 40);
    expect_decode_status("256 units + padding", buf, n + 40,
                         CCTL_ERROR_BUFFER_OVERFLOW);

    n = ascii_le('a', 255, buf);
    CHECK_EQ_U(n, CCTL_START_BUFFER_MAX);
    memset(want, 'a', 255);
    want[255] = '\0';
    expect_decode("255 units", buf, n, want, 255);

    /* 256 units where an astral pair straddles 255/256. */
    n = ascii_le('a', 256, buf);
    buf[2 * 254] = 0x3D;
    buf[2 * 254 + 1] = 0xD8;
    buf[2 * 255] = 0x00;
    buf[2 * 255 + 1] = 0xDE;
    expect_decode_status("254 a + pair", buf, n, CCTL_ERROR_BUFFER_OVERFLOW);
    /* 253 a and a pair: 255 units, fine. */
    n = ascii_le('a', 255, buf);
    buf[2 * 253] = 0x3D;
    buf[2 * 253 + 1] = 0xD8;
    buf[2 * 254] = 0x00;
    buf[2 * 254 + 1] = 0xDE;
    {
        char w2[260];
        memset(w2, 'a', 253);
        memcpy(w2 + 253, "\xF0\x9F\x98\x80", 4);
        w2[257] = '\0';
        expect_decode("253 a + pair", buf, n, w2, 257);
    }

    /* Too long and an unpaired surrogate: too long first. */
    n = ascii_le('a', 256, buf);
    buf[0] = 0x00;
    buf[1] = 0xDC;
    expect_decode_status("256 units with a lone low", buf, n,
                         CCTL_ERROR_BUFFER_OVERFLOW);
}

static void test_decode_unpaired_surrogates(void)
{
    static const unsigned char hi_end[] = {'a', 0, 0x00, 0xD8, 0, 0};
    static const unsigned char hi_end_pad[] = {'a', 0, 0x3D, 0xD8, 0, 0, 0, 0};
    static const unsigned char hi_only[] = {0xFF, 0xDB, 0, 0};
    static const unsigned char hi_a[] = {0x3D, 0xD8, 'a', 0, 0, 0};
    static const unsigned char hi_hi[] = {0x3D, 0xD8, 0x3D, 0xD8, 0x00, 0xDE,
                                          0,    0};
    static const unsigned char hi_e000[] = {0x3D, 0xD8, 0x00, 0xE0, 0, 0};
    static const unsigned char hi_d7ff[] = {0x3D, 0xD8, 0xFF, 0xD7, 0, 0};
    static const unsigned char lo_only[] = {0x00, 0xDE, 0, 0};
    static const unsigned char lo_dfff[] = {'a', 0, 0xFF, 0xDF, 'b', 0, 0, 0};
    static const unsigned char reversed[] = {0x00, 0xDE, 0x3D, 0xD8, 0, 0};
    static const unsigned char pair_lo[] = {0x3D, 0xD8, 0x00, 0xDE,
                                            0x00, 0xDE, 0,    0};
    CHECK_EQ_U(CCTL_ERROR_NO_UNICODE_TRANSLATION, 1113);
    expect_decode_status("a D800", hi_end, sizeof hi_end,
                         CCTL_ERROR_NO_UNICODE_TRANSLATION);
    expect_decode_status("a D83D + padding", hi_end_pad, sizeof hi_end_pad,
                         CCTL_ERROR_NO_UNICODE_TRANSLATION);
    expect_decode_status("DBFF", hi_only, sizeof hi_only,
                         CCTL_ERROR_NO_UNICODE_TRANSLATION);
    expect_decode_status("D83D a", hi_a, sizeof hi_a,
                         CCTL_ERROR_NO_UNICODE_TRANSLATION);
    expect_decode_status("D83D D83D DE00", hi_hi, sizeof hi_hi,
                         CCTL_ERROR_NO_UNICODE_TRANSLATION);
    expect_decode_status("D83D E000", hi_e000, sizeof hi_e000,
                         CCTL_ERROR_NO_UNICODE_TRANSLATION);
    expect_decode_status("D83D D7FF", hi_d7ff, sizeof hi_d7ff,
                         CCTL_ERROR_NO_UNICODE_TRANSLATION);
    expect_decode_status("DE00", lo_only, sizeof lo_only,
                         CCTL_ERROR_NO_UNICODE_TRANSLATION);
    expect_decode_status("a DFFF b", lo_dfff, sizeof lo_dfff,
                         CCTL_ERROR_NO_UNICODE_TRANSLATION);
    expect_decode_status("DE00 D83D (reversed)", reversed, sizeof reversed,
                         CCTL_ERROR_NO_UNICODE_TRANSLATION);
    expect_decode_status("pair + lone low", pair_lo, sizeof pair_lo,
                         CCTL_ERROR_NO_UNICODE_TRANSLATION);
}

/* ---- decode: good buffers ------------------------------------------------- */

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
    expect_decode("node2", b, sizeof b, "node2", 5);
}

static void test_decode_host_names(void)
{
    static const char netbios[] = "CLUSTERNODE0015";
    static const char alnum[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    char label[64], fqdn[256];
    unsigned char buf[2 * 260];
    size_t i, n;

    CHECK_EQ_U(strlen(netbios), 15);
    n = 0;
    for (i = 0; i < 15; i++) {
        buf[n++] = (unsigned char)netbios[i];
        buf[n++] = 0;
    }
    buf[n++] = 0;
    buf[n++] = 0;
    expect_decode("NetBIOS 15", buf, n, netbios, 15);

    /* A 63-character DNS label: alphanumerics with hyphens inside. */
    for (i = 0; i < 63; i++)
        label[i] = (i % 10 == 5) ? '-' : alnum[i % 36];
    label[63] = '\0';
    n = 0;
    for (i = 0; i < 63; i++) {
        buf[n++] = (unsigned char)label[i];
        buf[n++] = 0;
    }
    buf[n++] = 0;
    buf[n++] = 0;
    CHECK_EQ_U(n, 128);
    expect_decode("63-char label", buf, n, label, 63);

    /* A 255-character FQDN: four 63-character labels and three dots. */
    n = 0;
    for (i = 0; i < 255; i++)
        fqdn[i] = (i % 64 == 63) ? '.' : alnum[(i * 7) % 36];
    fqdn[255] = '\0';
    for (i = 0; i < 255; i++) {
        buf[n++] = (unsigned char)fqdn[i];
        buf[n++] = 0;
    }
    buf[n++] = 0;
    buf[n++] = 0;
    CHECK_EQ_U(n, CCTL_START_BUFFER_MAX);
    expect_decode("255-char FQDN", buf, n, fqdn, 255);
}

static void test_decode_non_ascii(void)
{
    /* "nœud-é": U+0153 and U+00E9. */
    static const unsigned char noeud[] = {0x6E, 0x00, 0x53, 0x01, 0x75, 0x00,
                                          0x64, 0x00, 0x2D, 0x00, 0xE9, 0x00,
                                          0x00, 0x00};
    static const char noeud8[] = "n\xC5\x93ud-\xC3\xA9";
    /* U+1F600 as D83D DE00. */
    static const unsigned char grin[] = {0x3D, 0xD8, 0x00, 0xDE, 0x00, 0x00};
    /* Edges: U+0080, U+07FF, U+0800, U+D7FF, U+E000, U+FFFD, U+FFFF. */
    static const unsigned char edges[] = {0x80, 0x00, 0xFF, 0x07, 0x00, 0x08,
                                          0xFF, 0xD7, 0x00, 0xE0, 0xFD, 0xFF,
                                          0xFF, 0xFF, 0x00, 0x00};
    static const char edges8[] = "\xC2\x80\xDF\xBF\xE0\xA0\x80\xED\x9F\xBF"
                                 "\xEE\x80\x80\xEF\xBF\xBD\xEF\xBF\xBF";
    /* U+10000 (D800 DC00) and U+10FFFF (DBFF DFFF). */
    static const unsigned char astral[] = {0x00, 0xD8, 0x00, 0xDC, 0xFF, 0xDB,
                                           0xFF, 0xDF, 0x00, 0x00};
    static const char astral8[] = "\xF0\x90\x80\x80\xF4\x8F\xBF\xBF";
    /* 'a' written big-endian reads as U+6100. */
    static const unsigned char be_a[] = {0x00, 0x61, 0x00, 0x00};
    /* U+0001 and U+00FF: the high byte zero, the low byte not. */
    static const unsigned char low[] = {0x01, 0x00, 0xFF, 0x00, 0x00, 0x00};

    CHECK_EQ_U(strlen(noeud8), 8);
    expect_decode("noeud-e", noeud, sizeof noeud, noeud8, 8);
    expect_decode("U+1F600", grin, sizeof grin, "\xF0\x9F\x98\x80", 4);
    expect_decode("BMP edges", edges, sizeof edges, edges8, 19);
    expect_decode("astral edges", astral, sizeof astral, astral8, 8);
    expect_decode("big-endian a", be_a, sizeof be_a, "\xE6\x84\x80", 3);
    expect_decode("U+0001 U+00FF", low, sizeof low, "\x01\xC3\xBF", 3);
}

/* The longest UTF-8: 255 units of U+FFFF fill CCTL_NODE_NAME_UTF8_SIZE. */
static void test_decode_longest_utf8(void)
{
    unsigned char buf[CCTL_START_BUFFER_MAX];
    char want[CCTL_NODE_NAME_UTF8_SIZE];
    size_t i;
    for (i = 0; i < 255; i++) {
        buf[2 * i] = 0xFF;
        buf[2 * i + 1] = 0xFF;
        memcpy(want + 3 * i, "\xEF\xBF\xBF", 3);
    }
    buf[510] = 0;
    buf[511] = 0;
    want[765] = '\0';
    expect_decode("255 x U+FFFF", buf, sizeof buf, want, 765);
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
    CHECK_EQ_U(CCTL_ERROR_MORE_DATA, 234);
    CHECK_EQ_U(needed, 6);
    CHECK_EQ_U(dec(b, sizeof b, NULL, 0, NULL), CCTL_ERROR_MORE_DATA);

    /* Too small: 122, *name_needed set, nothing written. */
    CHECK_EQ_U(CCTL_ERROR_INSUFFICIENT_BUFFER, 122);
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

    /* name NULL with a nonzero name_size: 87. */
    needed = 99;
    CHECK_EQ_U(dec(b, sizeof b, NULL, 6, &needed),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(dec(b, sizeof b, NULL, 1, NULL), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(dec(b, sizeof b, NULL, CCTL_NODE_NAME_UTF8_SIZE, &needed),
               CCTL_ERROR_INVALID_PARAMETER);
    /* With a NULL buffer of size 0 too (both say 87). */
    CHECK_EQ_U(dec(NULL, 0, NULL, 6, &needed), CCTL_ERROR_INVALID_PARAMETER);

    /* name_needed NULL is allowed. */
    memset(out, PATTERN, sizeof out);
    CHECK_EQ_U(dec(b, sizeof b, out, sizeof out, NULL), CCTL_ERROR_SUCCESS);
    CHECK_STR(out, "node2");

    /* A bad buffer with a size query reports the buffer. */
    CHECK_EQ_U(dec(bad, sizeof bad, NULL, 0, &needed), CCTL_ERROR_BAD_LENGTH);
}

/* ---- encode --------------------------------------------------------------- */

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
    expect_encode("node2", "node2", want, sizeof want);
}

static void test_encode_non_ascii(void)
{
    static const unsigned char noeud[] = {0x6E, 0x00, 0x53, 0x01, 0x75, 0x00,
                                          0x64, 0x00, 0x2D, 0x00, 0xE9, 0x00,
                                          0x00, 0x00};
    static const unsigned char a_grin[] = {0x61, 0x00, 0x3D, 0xD8,
                                           0x00, 0xDE, 0x00, 0x00};
    static const unsigned char grin[] = {0x3D, 0xD8, 0x00, 0xDE, 0x00, 0x00};
    static const unsigned char astral[] = {0x00, 0xD8, 0x00, 0xDC, 0xFF, 0xDB,
                                           0xFF, 0xDF, 0x00, 0x00};
    static const unsigned char edges[] = {0x01, 0x00, 0x7F, 0x00, 0x80, 0x00,
                                          0xFF, 0x07, 0x00, 0x08, 0xFF, 0xD7,
                                          0x00, 0xE0, 0xFF, 0xFF, 0x00, 0x00};
    static const unsigned char u6100[] = {0x00, 0x61, 0x00, 0x00};
    expect_encode("noeud-e", "n\xC5\x93ud-\xC3\xA9", noeud, sizeof noeud);
    expect_encode("a U+1F600", "a\xF0\x9F\x98\x80", a_grin, sizeof a_grin);
    expect_encode("U+1F600", "\xF0\x9F\x98\x80", grin, sizeof grin);
    expect_encode("U+10000 U+10FFFF", "\xF0\x90\x80\x80\xF4\x8F\xBF\xBF",
                  astral, sizeof astral);
    expect_encode("edges",
                  "\x01\x7F\xC2\x80\xDF\xBF\xE0\xA0\x80\xED\x9F\xBF"
                  "\xEE\x80\x80\xEF\xBF\xBF",
                  edges, sizeof edges);
    expect_encode("U+6100", "\xE6\x84\x80", u6100, sizeof u6100);
}

static void test_encode_parameters(void)
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

    /* NULL name, NULL needed, NULL buffer with a size. */
    needed = 99;
    memset(out, PATTERN, sizeof out);
    CHECK_EQ_U(clusctl_start_buffer_encode(NULL, out, sizeof out, &needed),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_start_buffer_encode(NULL, NULL, 0, &needed),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_start_buffer_encode("node2", out, sizeof out, NULL),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_start_buffer_encode("node2", NULL, 0, NULL),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK(all_bytes(out, sizeof out, PATTERN));
    CHECK_EQ_U(clusctl_start_buffer_encode("node2", NULL, 12, &needed),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_start_buffer_encode("node2", NULL, 1, &needed),
               CCTL_ERROR_INVALID_PARAMETER);
    /* A parameter error even when the name is bad too. */
    CHECK_EQ_U(clusctl_start_buffer_encode("", NULL, 1, &needed),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_start_buffer_encode("\x80", out, sizeof out, NULL),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK(all_bytes(out, sizeof out, PATTERN));

    /* Empty. */
    expect_encode_status("empty", "", CCTL_ERROR_INVALID_COMPUTERNAME);
}

static void test_encode_length(void)
{
    char name[CCTL_NODE_NAME_MAX * 4 + 8];
    unsigned char want[CCTL_START_BUFFER_MAX];
    size_t i;

    /* 255 ASCII: fine, 512 bytes. */
    memset(name, 'a', 255);
    name[255] = '\0';
    CHECK_EQ_U(ascii_le('a', 255, want), 512);
    expect_encode("255 a", name, want, 512);

    /* 256 ASCII: too long. */
    memset(name, 'a', 256);
    name[256] = '\0';
    expect_encode_status("256 a", name, CCTL_ERROR_BUFFER_OVERFLOW);
    memset(name, 'a', 1000);
    name[1000] = '\0';
    expect_encode_status("1000 a", name, CCTL_ERROR_BUFFER_OVERFLOW);

    /* 254 ASCII and one astral character: 256 units, too long. */
    memset(name, 'a', 254);
    memcpy(name + 254, "\xF0\x9F\x98\x80", 5);
    expect_encode_status("254 a + U+1F600", name, CCTL_ERROR_BUFFER_OVERFLOW);

    /* 253 ASCII and one astral character: 255 units, fine. */
    memset(name, 'a', 253);
    memcpy(name + 253, "\xF0\x9F\x98\x80", 5);
    ascii_le('a', 255, want);
    want[506] = 0x3D;
    want[507] = 0xD8;
    want[508] = 0x00;
    want[509] = 0xDE;
    expect_encode("253 a + U+1F600", name, want, 512);

    /* 127 astral: 254 units; 128 astral: 256. */
    for (i = 0; i < 128; i++)
        memcpy(name + 4 * i, "\xF4\x8F\xBF\xBF", 4);
    name[4 * 127] = '\0';
    for (i = 0; i < 127; i++) {
        want[4 * i] = 0xFF;
        want[4 * i + 1] = 0xDB;
        want[4 * i + 2] = 0xFF;
        want[4 * i + 3] = 0xDF;
    }
    want[508] = 0;
    want[509] = 0;
    expect_encode("127 x U+10FFFF", name, want, 510);
    name[4 * 127] = '\xF4';
    name[4 * 128] = '\0';
    expect_encode_status("128 x U+10FFFF", name, CCTL_ERROR_BUFFER_OVERFLOW);

    /* 255 x U+FFFF: 765 bytes of UTF-8 in, 512 bytes out. */
    for (i = 0; i < 255; i++) {
        memcpy(name + 3 * i, "\xEF\xBF\xBF", 3);
        want[2 * i] = 0xFF;
        want[2 * i + 1] = 0xFF;
    }
    name[765] = '\0';
    want[510] = 0;
    want[511] = 0;
    expect_encode("255 x U+FFFF", name, want, 512);
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
    RUN(test_decode_null_buffer);
    RUN(test_decode_odd_size);
    RUN(test_decode_no_nul);
    RUN(test_decode_embedded_nul);
    RUN(test_decode_padding_accepted);
    RUN(test_decode_empty);
    RUN(test_decode_too_long);
    RUN(test_decode_unpaired_surrogates);
    RUN(test_decode_node2);
    RUN(test_decode_host_names);
    RUN(test_decode_non_ascii);
    RUN(test_decode_longest_utf8);
    RUN(test_decode_output_protocol);
    RUN(test_encode_node2);
    RUN(test_encode_non_ascii);
    RUN(test_encode_parameters);
    RUN(test_encode_length);
    RUN(test_encode_invalid_utf8);
    RUN(test_round_trip_names);
    RUN(test_round_trip_random);
    RUN(test_decode_random_bytes);
    return harness_finish();
}
