/* Fuzz target: the scanner of `clusctl annotate` (src/cli/annotate.h), fed
 * in chunks of random size, with and without an output buffer.
 *
 * Input (shorter inputs are zero-padded to 6 bytes):
 *   [0]     bit 0: --operations; bits 1-2: --restype: none, "Virtual
 *           Machine", "Virtual Machine Configuration", "Cluster" (a type
 *           no entry has); bits 3-7: the call whose write fails, for the
 *           write-error run (0: no such run)
 *   [1..4]  the seed of the chunk sizes (little-endian; a xorshift32 of
 *           it, 0 taken as 1): mostly 0 to 11 bytes, one in eight up to
 *           299; one chunk in sixteen is followed by cli_annotate_flush()
 *   [5]     the output buffer of the chunked runs (cli_annotate_buffer()):
 *           0 none, 1 to 0xEF that many bytes, 0xF0 to 0xFF (value - 0xEF)
 *           times 4096
 *   [6..]   the text, one stream
 *
 * Checked (annotate.h's contract): the text fed whole (one
 * cli_annotate_feed() and cli_annotate_finish(), no buffer) gives exactly
 * what the reference below gives; fed in chunks of random size (empty ones
 * included, each a heap block of exactly its size, freed after the call),
 * through the buffer, with flushes, it gives the same bytes; the same
 * annotator, after finish, gives them again for the same text; taking out
 * the names the reference inserts gives back the text byte for byte; every
 * write is at least one byte; a write function that fails makes the call
 * that got it return its value, after a prefix of the output.
 *
 * The reference shares no code with the scanner: a scan of the whole text
 * at once, position by position, of annotate.h's grammar (a "0" that
 * follows no identifier character, "x" or "X", then 1 to 8 hex digits that
 * no hex digit or identifier character follows), each code's name from the
 * catalog's public clusctl_catalog_preferred() (bare operations only with
 * --operations), inserted as " [NAME]" after it. */
#include "fuzz_common.h"

#include "annotate.h"
#include "clusctl/clusctl.h"

/* ---- A growable output. ---- */

typedef struct sink {
    char *data;
    size_t len, cap;
    unsigned calls, fail_at; /* fail_at: the 1-based call that fails, or 0 */
} sink;

static void sink_put(sink *s, const char *p, size_t n)
{
    if (s->len + n > s->cap) {
        size_t cap = s->cap != 0 ? s->cap : 256;
        char *grown;
        while (cap < s->len + n)
            cap *= 2;
        grown = (char *)realloc(s->data, cap);
        FUZZ_CHECK(grown != NULL);
        s->data = grown;
        s->cap = cap;
    }
    if (n != 0)
        memcpy(s->data + s->len, p, n);
    s->len += n;
}

static int sink_write(void *user, const char *data, size_t size)
{
    sink *s = (sink *)user;
    FUZZ_CHECK(size > 0); /* annotate.h: size > 0 */
    if (s->fail_at != 0 && ++s->calls >= s->fail_at)
        return 7;
    sink_put(s, data, size);
    return 0;
}

/* Whether two byte strings are equal (either may be NULL when empty). */
static int same(const char *a, size_t alen, const char *b, size_t blen)
{
    return alen == blen && (alen == 0 || memcmp(a, b, alen) == 0);
}

/* ---- The reference. ---- */

static int ref_ident(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
           c == '_';
}

static int ref_hex(unsigned char c, uint32_t *v)
{
    const char *digits = "0123456789abcdef", *p;
    unsigned char lower = (c >= 'A' && c <= 'Z') ? (unsigned char)(c + 32) : c;
    if (lower == 0)
        return 0;
    p = strchr(digits, lower);
    if (p == NULL)
        return 0;
    *v = (uint32_t)(p - digits);
    return 1;
}

/* The name the reference inserts after a code of this value, or NULL. */
static const char *ref_name(uint32_t value, const char *restype, int operations)
{
    clusctl_entry e;
    if (clusctl_catalog_get(clusctl_catalog_preferred(value, restype), &e) !=
            CCTL_ERROR_SUCCESS ||
        (e.kind == CCTL_KIND_OPERATION && !operations))
        return NULL; /* (no entry: CCTL_NO_ENTRY is out of range) */
    return e.name;
}

/* If a code starts at t[i], its length ("0x" and the digits) and value. */
static size_t ref_code_at(const unsigned char *t, size_t n, size_t i, uint32_t *value)
{
    size_t k = 0;
    uint32_t v = 0, d;
    if (t[i] != '0' || (i > 0 && ref_ident(t[i - 1])) || i + 1 >= n ||
        (t[i + 1] != 'x' && t[i + 1] != 'X'))
        return 0;
    while (i + 2 + k < n && ref_hex(t[i + 2 + k], &d)) {
        v = (v << 4) | d;
        k++;
    }
    if (k < 1 || k > 8 || (i + 2 + k < n && ref_ident(t[i + 2 + k])))
        return 0;
    *value = v;
    return 2 + k;
}

static void reference(const unsigned char *t, size_t n, const char *restype, int operations,
                      sink *out)
{
    size_t i = 0, len;
    uint32_t value;
    while (i < n) {
        len = ref_code_at(t, n, i, &value);
        if (len == 0) {
            sink_put(out, (const char *)t + i, 1);
            i++;
            continue;
        }
        sink_put(out, (const char *)t + i, len);
        {
            const char *name = ref_name(value, restype, operations);
            if (name != NULL) {
                sink_put(out, " [", 2);
                sink_put(out, name, strlen(name));
                sink_put(out, "]", 1);
            }
        }
        i += len;
    }
}

/* Takes out of `out` the " [NAME]" right after each code of the text whose
 * value the catalog names (the catalog's name for it); the rest must be
 * the text itself. */
static void check_strip(const unsigned char *t, size_t n, const sink *out, const char *restype,
                        int operations)
{
    size_t i = 0, j = 0, len;
    uint32_t value;
    while (i < n) {
        len = ref_code_at(t, n, i, &value);
        if (len == 0)
            len = 1;
        FUZZ_CHECKF(j + len <= out->len && memcmp(out->data + j, t + i, len) == 0,
                    "the output differs from the text at text offset %lu",
                    (unsigned long)i);
        j += len;
        if (len > 1) {
            const char *name = ref_name(value, restype, operations);
            if (name != NULL) {
                size_t m = strlen(name);
                FUZZ_CHECKF(j + m + 3 <= out->len && memcmp(out->data + j, " [", 2) == 0 &&
                                memcmp(out->data + j + 2, name, m) == 0 &&
                                out->data[j + m + 2] == ']',
                            "no [%s] after the code at text offset %lu", name, (unsigned long)i);
                j += m + 3;
            }
        }
        i += len;
    }
    FUZZ_CHECKF(j == out->len, "%lu bytes after the text", (unsigned long)(out->len - j));
}

/* ---- The scanner. ---- */

static uint32_t next_rand(uint32_t *x)
{
    *x ^= *x << 13;
    *x ^= *x >> 17;
    *x ^= *x << 5;
    return *x;
}

/* Feeds the text in chunks (seed 0: whole), flushing now and then, then
 * finishes; the first nonzero return of feed, flush or finish, or 0. Each
 * chunk is a heap block of exactly its size. */
static int scan(cli_annotator *a, const unsigned char *t, size_t n, uint32_t seed)
{
    size_t at = 0;
    int rc;
    while (at < n) {
        size_t size = n - at;
        unsigned char *chunk;
        if (seed != 0) {
            uint32_t r = next_rand(&seed);
            size = (r & 7u) == 0 ? (r >> 3) % 300u : (r >> 3) % 12u;
            if (size > n - at)
                size = n - at;
        }
        chunk = (unsigned char *)fuzz_copy(t + at, size);
        rc = cli_annotate_feed(a, chunk, size);
        free(chunk);
        if (rc == 0 && seed != 0 && (next_rand(&seed) & 15u) == 0)
            rc = cli_annotate_flush(a);
        if (rc != 0)
            return rc;
        at += size;
    }
    if (seed != 0 && (next_rand(&seed) & 3u) == 0) { /* an empty chunk at the end */
        rc = cli_annotate_feed(a, t, 0);
        if (rc != 0)
            return rc;
    }
    return cli_annotate_finish(a);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const restypes[4] = {NULL, "Virtual Machine",
                                            "Virtual Machine Configuration", "Cluster"};
    uint8_t h[6];
    char *buffer = NULL;
    size_t buffer_size;
    const char *restype;
    int operations, rc;
    uint32_t seed;
    unsigned fail_at;
    const unsigned char *t;
    size_t n;
    cli_annotator a;
    sink want = {NULL, 0, 0, 0, 0}, whole = {NULL, 0, 0, 0, 0};
    sink chunked = {NULL, 0, 0, 0, 0}, failing = {NULL, 0, 0, 0, 0};

    FUZZ_BEGIN(data, size);
    memset(h, 0, sizeof h);
    memcpy(h, data, size < sizeof h ? size : sizeof h);
    operations = h[0] & 1u;
    restype = restypes[(h[0] >> 1) & 3u];
    fail_at = h[0] >> 3;
    seed = fuzz_le32(h + 1);
    if (seed == 0)
        seed = 1;
    buffer_size = h[5] >= 0xF0 ? (size_t)(h[5] - 0xEF) * 4096u : h[5];
    if (buffer_size != 0) {
        buffer = (char *)malloc(buffer_size);
        FUZZ_CHECK(buffer != NULL);
    }
    t = data + (size < sizeof h ? size : sizeof h);
    n = size - (size_t)(t - data);

    reference(t, n, restype, operations, &want);

    cli_annotate_init(&a, restype, sink_write, &whole);
    a.operations = operations;
    FUZZ_CHECK(scan(&a, t, n, 0) == 0);
    if (!same(whole.data, whole.len, want.data, want.len))
        fprintf(stderr, "scanner: %.*s\nreference: %.*s\n", (int)(whole.len < 400 ? whole.len : 400),
                whole.data, (int)(want.len < 400 ? want.len : 400), want.data);
    FUZZ_CHECKF(same(whole.data, whole.len, want.data, want.len),
                "the text fed whole: %lu bytes, the reference %lu", (unsigned long)whole.len,
                (unsigned long)want.len);
    check_strip(t, n, &whole, restype, operations);

    /* In chunks, with the same annotator after finish (the buffer given
     * now, before the first feed): the same bytes. */
    a.user = &chunked;
    if (buffer != NULL)
        cli_annotate_buffer(&a, buffer, buffer_size);
    FUZZ_CHECK(scan(&a, t, n, seed) == 0);
    /* And again: finish leaves it ready, buffer included. */
    chunked.len = 0;
    FUZZ_CHECK(scan(&a, t, n, seed ^ 0x5A5A5A5Au) == 0);
    FUZZ_CHECKF(same(chunked.data, chunked.len, whole.data, whole.len),
                "in chunks (seed 0x%08lX): %lu bytes, whole %lu", (unsigned long)fuzz_le32(h + 1),
                (unsigned long)chunked.len, (unsigned long)whole.len);

    /* A write that fails: its value comes back, after a prefix. */
    if (fail_at != 0) {
        failing.fail_at = fail_at;
        cli_annotate_init(&a, restype, sink_write, &failing);
        a.operations = operations;
        if (buffer != NULL)
            cli_annotate_buffer(&a, buffer, buffer_size);
        rc = scan(&a, t, n, seed);
        FUZZ_CHECKF(rc == 7 || (rc == 0 && failing.calls < fail_at),
                    "a failing write (call %u of %u) gave %d", fail_at, failing.calls, rc);
        FUZZ_CHECK(failing.len <= whole.len &&
                   same(failing.data, failing.len, whole.data, failing.len));
    }

    free(want.data);
    free(whole.data);
    free(chunked.data);
    free(failing.data);
    free(buffer);
    return 0;
}
