/* The codec against the raw shifts and masks, written in this file:
 *   decode   clusctl_decode() as a C caller writes it (code.h's inline path
 *            where it has one) vs the raw shifts into a clusctl_fields
 *   encode   clusctl_encode() (range-checked, refusing what does not fit)
 *            vs the raw shifts and masks, which check nothing
 * and, for context, the exported functions called through a pointer (what
 * C++, FFI and a caller that takes the address get) against the same raw
 * code. Both sides run the same loop over the same values (BENCH_QUERIES
 * per pass: catalog values and random ones) and consume every field of
 * every result; the compiler may vectorize either side, and does when it
 * can. The loops return sums that must agree. */
#include <stdio.h>
#include <string.h>

#include <clusctl/clusctl.h>

#include "bench.h"

static uint32_t values[BENCH_QUERIES];
static clusctl_fields inputs[BENCH_QUERIES]; /* values decoded: all valid */

typedef clusctl_status (*decode_fn)(uint32_t, clusctl_fields *);
typedef clusctl_status (*encode_fn)(const clusctl_fields *, uint32_t *);
/* The names without a call are the exported functions. */
static decode_fn volatile exported_decode = clusctl_decode;
static encode_fn volatile exported_encode = clusctl_encode;

static void raw_decode(uint32_t code, clusctl_fields *f)
{
    f->object = (code >> 24) & 0xFFu;
    f->global = (code >> 23) & 1u;
    f->modify = (code >> 22) & 1u;
    f->user = (code >> 21) & 1u;
    f->internal = (code >> 20) & 1u;
    f->function = (code >> 2) & 0x3FFFFu;
    f->access = code & 3u;
    f->reserved[0] = 0;
}

static uint32_t raw_encode(const clusctl_fields *f)
{
    return ((f->object & 0xFFu) << 24) | ((f->global & 1u) << 23) |
           ((f->modify & 1u) << 22) | ((f->user & 1u) << 21) |
           ((f->internal & 1u) << 20) | ((f->function & 0x3FFFFu) << 2) |
           (f->access & 3u);
}

/* Every field read, with mixed operators (a plain sum of fields just stored
 * one by one lets clang load them back as one vector, which then waits for
 * the stores: a benchmark artifact, not a cost of the code measured). */
#define FIELD_SUM(f)                                                           \
    ((((f).object ^ (f).function) + ((f).global | (f).modify << 1)) ^          \
     (((f).user | (f).internal << 1) + (f).access + (f).reserved[0]))

static uint64_t pass_decode_clusctl(void *ctx, long reps)
{
    uint32_t acc = 0;
    (void)ctx;
    for (; reps > 0; reps--) {
        size_t i;
        for (i = 0; i < BENCH_QUERIES; i++) {
            clusctl_fields f;
            if (clusctl_decode(values[i], &f) != CCTL_ERROR_SUCCESS)
                memset(&f, 0xFF, sizeof f);
            acc += FIELD_SUM(f);
        }
        bench_opaque(values);
    }
    return acc;
}

static uint64_t pass_decode_exported(void *ctx, long reps)
{
    decode_fn dec = exported_decode;
    uint32_t acc = 0;
    (void)ctx;
    for (; reps > 0; reps--) {
        size_t i;
        for (i = 0; i < BENCH_QUERIES; i++) {
            clusctl_fields f;
            if (dec(values[i], &f) != CCTL_ERROR_SUCCESS)
                memset(&f, 0xFF, sizeof f);
            acc += FIELD_SUM(f);
        }
        bench_opaque(values);
    }
    return acc;
}

static uint64_t pass_decode_raw(void *ctx, long reps)
{
    uint32_t acc = 0;
    (void)ctx;
    for (; reps > 0; reps--) {
        size_t i;
        for (i = 0; i < BENCH_QUERIES; i++) {
            clusctl_fields f;
            raw_decode(values[i], &f);
            acc += FIELD_SUM(f);
        }
        bench_opaque(values);
    }
    return acc;
}

static uint64_t pass_encode_clusctl(void *ctx, long reps)
{
    uint32_t acc = 0;
    (void)ctx;
    for (; reps > 0; reps--) {
        size_t i;
        for (i = 0; i < BENCH_QUERIES; i++) {
            uint32_t code = 0;
            if (clusctl_encode(&inputs[i], &code) != CCTL_ERROR_SUCCESS)
                code = 0xFFFFFFFFu;
            acc += code;
        }
        bench_opaque(inputs);
    }
    return acc;
}

static uint64_t pass_encode_exported(void *ctx, long reps)
{
    encode_fn enc = exported_encode;
    uint32_t acc = 0;
    (void)ctx;
    for (; reps > 0; reps--) {
        size_t i;
        for (i = 0; i < BENCH_QUERIES; i++) {
            uint32_t code = 0;
            if (enc(&inputs[i], &code) != CCTL_ERROR_SUCCESS)
                code = 0xFFFFFFFFu;
            acc += code;
        }
        bench_opaque(inputs);
    }
    return acc;
}

static uint64_t pass_encode_raw(void *ctx, long reps)
{
    uint32_t acc = 0;
    (void)ctx;
    for (; reps > 0; reps--) {
        size_t i;
        for (i = 0; i < BENCH_QUERIES; i++)
            acc += raw_encode(&inputs[i]);
        bench_opaque(inputs);
    }
    return acc;
}

static void codec_row(const char *bench, const char *what, bench_pass_fn a,
                      bench_pass_fn b, double target)
{
    bench_pair p;
    bench_row *r = bench_add_row(bench, "raw shifts", what);
    bench_compare(bench, a, b, NULL, &p);
    r->is_ratio = 1;
    r->ratio = p.ratio;
    r->ratio_min = p.ratio_min;
    r->ratio_max = p.ratio_max;
    r->clusctl = p.a_seconds * 1e9 / BENCH_QUERIES;
    r->base = p.b_seconds * 1e9 / BENCH_QUERIES;
    r->unit = "ns/op";
    if (target > 0)
        r->target = target;
    else
        r->informational = 1;
}

void bench_codec(void)
{
    size_t i;
    /* The values: 80% catalog values, the rest random. */
    for (i = 0; i < BENCH_QUERIES; i++) {
        if (i < BENCH_HITS) {
            clusctl_entry e;
            values[i] = clusctl_catalog_get(bench_rng_below(clusctl_catalog_size()), &e) ==
                                CCTL_ERROR_SUCCESS
                            ? e.value
                            : 0;
        } else {
            values[i] = bench_rng();
        }
    }
    for (i = BENCH_QUERIES - 1; i > 0; i--) {
        size_t j = bench_rng_below(i + 1);
        uint32_t t = values[i];
        values[i] = values[j];
        values[j] = t;
    }
    memset(inputs, 0, sizeof inputs);
    for (i = 0; i < BENCH_QUERIES; i++) {
        uint32_t back = 0;
        clusctl_fields f, g;
        raw_decode(values[i], &inputs[i]);
        if (clusctl_decode(values[i], &f) != CCTL_ERROR_SUCCESS ||
            exported_decode(values[i], &g) != CCTL_ERROR_SUCCESS ||
            memcmp(&f, &inputs[i], sizeof f) != 0 || memcmp(&g, &inputs[i], sizeof g) != 0)
            bench_fail("decode(0x%08lX): clusctl and the raw shifts differ",
                       (unsigned long)values[i]);
        if (clusctl_encode(&inputs[i], &back) != CCTL_ERROR_SUCCESS ||
            back != values[i] || raw_encode(&inputs[i]) != values[i])
            bench_fail("encode(0x%08lX): clusctl and the raw shifts differ",
                       (unsigned long)values[i]);
    }

    codec_row("decode",
#if defined(CCTL_INLINE_CODEC)
              "clusctl_decode() from C (code.h's inline path) vs raw shifts",
#else
              "clusctl_decode() from C (the exported function) vs raw shifts",
#endif
              pass_decode_clusctl, pass_decode_raw, 1.2);
    codec_row("encode",
#if defined(CCTL_INLINE_CODEC)
              "clusctl_encode() from C (inline, range-checked) vs raw shifts",
#else
              "clusctl_encode() from C (exported, range-checked) vs raw shifts",
#endif
              pass_encode_clusctl, pass_encode_raw, 1.5);
    codec_row("decode_exported", "the exported clusctl_decode() through a pointer",
              pass_decode_exported, pass_decode_raw, 0);
    codec_row("encode_exported", "the exported clusctl_encode() through a pointer",
              pass_encode_exported, pass_encode_raw, 0);
}
