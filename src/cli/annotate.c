/* The scanner of `clusctl annotate`: see annotate.h.
 *
 * The fast path looks for "0x" / "0X" 16 bytes at a time (find_0x(): SSE2
 * compares where the compiler offers them, else a plain loop over 32-byte
 * blocks that compilers vectorize), checks the bytes around a hit with one
 * table (char_class), and copies the bytes between codes in whole spans,
 * into the output buffer when there is one. A value is looked up with
 * clusctl_catalog_find_value() when its object code is one the catalog has
 * a name for (learn_objects()); most "0x" numbers of a log (HRESULTs,
 * pointers, small numbers) are no code. Only a code cut by the end of a chunk goes through
 * the byte-at-a-time path, when the next chunk comes. */
#include <stdint.h>
#include <string.h>

#include "annotate.h"
#include "clusctl/clusctl.h"

#if defined(__SSE2__) || defined(_M_X64) || (defined(_M_IX86_FP) && _M_IX86_FP >= 2)
#include <emmintrin.h>
#define CLI_SCAN_SSE2 1
#endif

/* Each byte: 0x80 for an identifier character ([A-Za-z0-9_]), 0x40 plus
 * its value for a hex digit; 0 for anything else (bytes 0x80 to 0xFF too). */
static const unsigned char char_class[256] = {
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0xC0, 0xC1, 0xC2, 0xC3, 0xC4, 0xC5, 0xC6, 0xC7, 0xC8, 0xC9, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0xCA, 0xCB, 0xCC, 0xCD, 0xCE, 0xCF, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80,
    0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00, 0x00, 0x00, 0x00, 0x80,
    0x00, 0xCA, 0xCB, 0xCC, 0xCD, 0xCE, 0xCF, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80,
    0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00, 0x00, 0x00, 0x00, 0x00};

#define CLASS_IDENT 0x80u
#define CLASS_HEX 0x40u

static int is_ident(unsigned char c)
{
    return (char_class[c] & CLASS_IDENT) != 0;
}

static int is_hex(unsigned char c)
{
    return (char_class[c] & CLASS_HEX) != 0;
}

int cli_annotate_flush(cli_annotator *a)
{
    size_t len = a->out_len;
    if (len == 0)
        return 0;
    a->out_len = 0;
    return a->write(a->user, a->out, len);
}

/* Writes data[0..size): through the buffer when there is one (a span at
 * least half its size goes out directly, after what waits there). */
static int put(cli_annotator *a, const unsigned char *data, size_t size)
{
    int rc;
    if (size == 0)
        return 0;
    if (a->out == NULL)
        return a->write(a->user, (const char *)data, size);
    if (size > a->out_size / 2) {
        if ((rc = cli_annotate_flush(a)) != 0)
            return rc;
        return a->write(a->user, (const char *)data, size);
    }
    if (size > a->out_size - a->out_len && (rc = cli_annotate_flush(a)) != 0)
        return rc;
    memcpy(a->out + a->out_len, data, size);
    a->out_len += size;
    return 0;
}

/* Which object codes the catalog has entries of (annotate.h). */
static void learn_objects(cli_annotator *a)
{
    size_t i, n = clusctl_catalog_size();
    memset(a->objects_any, 0, sizeof a->objects_any);
    memset(a->objects_full, 0, sizeof a->objects_full);
    memset(a->operations_at, 0, sizeof a->operations_at);
    for (i = 0; i < n; i++) {
        clusctl_entry e;
        uint32_t object, bit;
        (void)clusctl_catalog_get(i, &e);
        object = e.value >> 24;
        bit = (uint32_t)1 << (object & 31);
        a->objects_any[object >> 5] |= bit;
        if (e.kind != CCTL_KIND_OPERATION)
            a->objects_full[object >> 5] |= bit;
        else if (i < CLI_ANNOTATE_ENTRIES_MAX)
            a->operations_at[i >> 5] |= (uint32_t)1 << (i & 31);
    }
    a->objects_known = 1;
}

/* 1 when the catalog may name a value of this object code (bits 24-31):
 * most "0x" numbers of a log are no code (HRESULTs, object 0x80; small
 * numbers, which would be bare operations), and one bit says so. */
static uint32_t object_nameable(const cli_annotator *a, uint32_t value)
{
    const uint32_t *objects = a->operations ? a->objects_any : a->objects_full;
    uint32_t object = value >> 24;
    return (objects[object >> 5] >> (object & 31)) & 1u;
}

/* Whether entry i is a bare operation (learn_objects()). */
static int is_operation(const cli_annotator *a, size_t i)
{
    clusctl_entry e;
    if (i < CLI_ANNOTATE_ENTRIES_MAX)
        return (int)((a->operations_at[i >> 5] >> (i & 31)) & 1u);
    return clusctl_catalog_get(i, &e) == CCTL_ERROR_SUCCESS && e.kind == CCTL_KIND_OPERATION;
}

/* The name that follows the code of this value, or NULL. */
static const char *name_of(const cli_annotator *a, uint32_t value)
{
    size_t first, count, index;
    if (!object_nameable(a, value) ||
        clusctl_catalog_find_value(value, &first, &count) != CCTL_ERROR_SUCCESS)
        return NULL;
    /* clusctl_catalog_preferred() is the first entry of the value unless a
     * resource type picks another: ask it only when one could. */
    index = count == 1 || a->restype == NULL ? first
                                             : clusctl_catalog_preferred(value, a->restype);
    if (index == CCTL_NO_ENTRY || (!a->operations && is_operation(a, index)))
        return NULL;
    return clusctl_catalog_name(index);
}

/* " [NAME]". */
static int put_entry(cli_annotator *a, const char *name)
{
    size_t len = strlen(name);
    int rc;
    if (a->out != NULL && len + 3 <= a->out_size - a->out_len) {
        char *o = a->out + a->out_len;
        o[0] = ' ';
        o[1] = '[';
        memcpy(o + 2, name, len);
        o[len + 2] = ']';
        a->out_len += len + 3;
        return 0;
    }
    if ((rc = put(a, (const unsigned char *)" [", 2)) != 0 ||
        (rc = put(a, (const unsigned char *)name, len)) != 0)
        return rc;
    return put(a, (const unsigned char *)"]", 1);
}

/* After a code: " [NAME]" when the catalog names its value. */
static int put_name(cli_annotator *a, uint32_t value)
{
    const char *name = name_of(a, value);
    return name != NULL ? put_entry(a, name) : 0;
}

/* How many of the low bits of `bits` are set, in a row (bits has a clear
 * bit below 32). */
static unsigned leading_ones(uint32_t bits)
{
#if defined(__GNUC__)
    return (unsigned)__builtin_ctz(~bits);
#else
    unsigned n = 0;
    for (; bits & 1u; bits >>= 1)
        n++;
    return n;
#endif
}

/* The value of "0x" and 1 to 8 hex digits, text[0..size). */
static uint32_t code_value(const unsigned char *text, size_t size)
{
    uint32_t value = 0;
    size_t i;
    for (i = 2; i < size; i++)
        value = (value << 4) | (char_class[text[i]] & 0x0Fu);
    return value;
}

void cli_annotate_init(cli_annotator *a, const char *restype,
                       cli_annotate_write_fn write_fn, void *user)
{
    a->write = write_fn;
    a->user = user;
    a->restype = restype;
    a->operations = 0;
    a->pending_len = 0;
    a->prev_ident = 0;
    a->out = NULL;
    a->out_size = 0;
    a->out_len = 0;
    a->objects_known = 0;
}

void cli_annotate_buffer(cli_annotator *a, char *buf, size_t size)
{
    a->out = buf;
    a->out_size = size;
    a->out_len = 0;
}

int cli_annotate_write_file(void *user, const char *data, size_t size)
{
    return fwrite(data, 1, size, (FILE *)user) == size ? 0 : -1;
}

/* The first i in [from, last) where p[i] == '0' and p[i + 1] is 'x' or 'X'
 * (it reads p[last]), or `last` when there is none. */
static size_t find_0x(const unsigned char *p, size_t from, size_t last)
{
    size_t i = from;
#if defined(CLI_SCAN_SSE2)
    /* 16 candidates at a time: p[i..i+15] == '0' and p[i+1..i+16] | 0x20
     * == 'x', as a bit mask. */
    const __m128i zero = _mm_set1_epi8('0'), x = _mm_set1_epi8('x'),
                  lower = _mm_set1_epi8(0x20);
    while (i < last && last - i >= 16) {
        __m128i a = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
        __m128i b = _mm_loadu_si128((const __m128i *)(const void *)(p + i + 1));
        unsigned mask = (unsigned)_mm_movemask_epi8(_mm_and_si128(
            _mm_cmpeq_epi8(a, zero), _mm_cmpeq_epi8(_mm_or_si128(b, lower), x)));
        if (mask != 0) {
#if defined(__GNUC__)
            return i + (size_t)__builtin_ctz(mask);
#else
            while (!(mask & 1u)) {
                mask >>= 1;
                i++;
            }
            return i;
#endif
        }
        i += 16;
    }
#else
    /* 32 at a time: branch-free compares OR-ed together, which compilers
     * vectorize; a block with a hit is searched byte by byte below. */
    while (i < last && last - i >= 32) {
        unsigned char hit = 0;
        size_t k;
        for (k = 0; k < 32; k++)
            hit |= (unsigned char)((p[i + k] == '0') & ((p[i + k + 1] | 0x20) == 'x'));
        if (hit != 0)
            break;
        i += 32;
    }
#endif
    for (; i < last; i++)
        if (p[i] == '0' && (p[i + 1] | 0x20) == 'x')
            return i;
    return last;
}

int cli_annotate_feed(cli_annotator *a, const void *data, size_t size)
{
    const unsigned char *buf = (const unsigned char *)data;
    size_t start = 0; /* the first byte after what the pending code took */
    size_t done;      /* buf[0..done) is written */
    size_t scan;      /* where the search for the next "0x" goes on */
    int rc;

    if (!a->objects_known)
        learn_objects(a);
    /* The end of a code begun in an earlier chunk, byte by byte. */
    while (a->pending_len > 0 && start < size) {
        unsigned char c = buf[start];
        size_t digits = a->pending_len - 2;
        if (a->pending_len == 1 ? (c == 'x' || c == 'X')
                                : (is_hex(c) && digits < 8)) {
            a->pending[a->pending_len++] = (char)c;
            start++;
            continue;
        }
        /* c ends it: a code when it has digits and c is no identifier
         * character (hex digit past the 8th included). */
        rc = put(a, (const unsigned char *)a->pending, a->pending_len);
        if (rc == 0 && a->pending_len > 2 && !is_ident(c))
            rc = put_name(a, code_value((const unsigned char *)a->pending,
                                        a->pending_len));
        a->pending_len = 0;
        a->prev_ident = 1; /* its last byte, '0', 'x' or a digit */
        if (rc != 0)
            return rc;
    }
    if (a->pending_len > 0 || start == size)
        return 0;

    done = start;
    scan = start;
    for (;;) {
        size_t zero, end, limit;
        int prev_ok;
        zero = find_0x(buf, scan, size - 1);
        if (zero == size - 1)
            break;
        /* The "0" must follow no identifier character. */
        prev_ok = zero > start ? !is_ident(buf[zero - 1]) : !a->prev_ident;
        if (size - zero >= 11) {
            /* Nine bytes after "0x" are here: count the digits, take the
             * value and decide without a branch per digit or per rule; the
             * one branch left is whether to look the value up. */
            const unsigned char *d = buf + zero + 2;
            const char *entry;
            uint32_t hex_bits = 0, value = 0, code;
            unsigned k, n;
            for (k = 0; k < 9; k++)
                hex_bits |= (uint32_t)((char_class[d[k]] >> 6) & 1u) << k;
            n = leading_ones(hex_bits);
            end = zero + 2 + (n > 8 ? 8 : n);
            for (k = 0; k < 8; k++) {
                uint32_t next = (value << 4) | (char_class[d[k]] & 0x0Fu);
                value = k < n ? next : value;
            }
            /* A code: 1 to 8 digits, then no identifier character. */
            code = (uint32_t)prev_ok & (uint32_t)(n - 1u < 8u) & (uint32_t)!is_ident(buf[end]);
            /* No code starts among the digits: each follows one. */
            scan = prev_ok ? end : zero + 2;
            if (!(code & object_nameable(a, value)))
                continue;
            entry = name_of(a, value);
            if (entry == NULL)
                continue;
            if ((rc = put(a, buf + done, end - done)) != 0 || (rc = put_entry(a, entry)) != 0)
                return rc;
            done = end;
            continue;
        }
        if (!prev_ok) {
            scan = zero + 2;
            continue;
        }
        /* Near the end of the chunk: up to 8 digits; a 9th is an identifier
         * character, below. */
        limit = size - (zero + 2) < 8 ? size : zero + 2 + 8;
        for (end = zero + 2; end < limit && is_hex(buf[end]); end++)
            ;
        if (end == size) { /* cut by the end of the chunk: keep it */
            rc = put(a, buf + done, zero - done);
            memcpy(a->pending, buf + zero, size - zero);
            a->pending_len = size - zero;
            return rc;
        }
        if (end == zero + 2 || is_ident(buf[end])) {
            scan = end; /* no code starts among these digits: each follows one */
            continue;
        }
        if ((rc = put(a, buf + done, end - done)) != 0 ||
            (rc = put_name(a, code_value(buf + zero, end - zero))) != 0)
            return rc;
        done = end;
        scan = end;
    }

    /* A "0" at the very end may begin a code. */
    if (buf[size - 1] == '0' &&
        !(size - 1 > start ? is_ident(buf[size - 2]) : a->prev_ident)) {
        rc = put(a, buf + done, size - 1 - done);
        a->pending[0] = '0';
        a->pending_len = 1;
        return rc;
    }
    a->prev_ident = is_ident(buf[size - 1]);
    return put(a, buf + done, size - done);
}

int cli_annotate_finish(cli_annotator *a)
{
    int rc;
    if (!a->objects_known)
        learn_objects(a);
    rc = put(a, (const unsigned char *)a->pending, a->pending_len);
    if (rc == 0 && a->pending_len > 2)
        rc = put_name(a, code_value((const unsigned char *)a->pending, a->pending_len));
    a->pending_len = 0;
    a->prev_ident = 0;
    if (rc == 0)
        rc = cli_annotate_flush(a);
    return rc;
}
