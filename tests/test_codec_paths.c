/* The codec's two paths agree: the exported clusctl_decode(),
 * clusctl_encode() and clusctl_fields_check() (what C++, FFI and a caller
 * taking their address get) and the inline ones that C callers get from
 * code.h, on 32-bit values, and on fields out of range, reserved room set
 * and NULL pointers.
 *
 * Usage:
 *   test_codec_paths                   every value of the low 24 bits (object
 *                                      0: every function, access and flag
 *                                      bit together), every value of the
 *                                      high 16 bits under four low halves,
 *                                      and every 1021st value of all 2^32:
 *                                      about 21 million values
 *   test_codec_paths STEP [PART PARTS] every STEP-th value of all 2^32 (1:
 *                                      every value), or the PART-th of PARTS
 *                                      equal slices of them
 * The second form with STEP 1 is what -DCLUSCTL_EXHAUSTIVE_PATHS=ON adds to
 * ctest (two slices side by side): two calls through the library per value
 * make it about 30 s of CPU on a loaded 2-core machine, so it is not
 * run by default; the codec's own round trip over every value is
 * test_exhaustive.
 *
 * The exported functions are called through volatile function pointers:
 * the compiler cannot inline them (nor, under LTO, replace them with the
 * inline bodies), so each call runs the library's own code. */
#include <stdlib.h>

#include "clusctl/clusctl.h"
#include "harness.h"

typedef clusctl_status (*decode_fn)(uint32_t, clusctl_fields *);
typedef clusctl_status (*encode_fn)(const clusctl_fields *, uint32_t *);
typedef uint32_t (*check_fn)(const clusctl_fields *);

/* Without parentheses after them, the names are the exported functions. */
static decode_fn volatile exported_decode = clusctl_decode;
static encode_fn volatile exported_encode = clusctl_encode;
static check_fn volatile exported_check = clusctl_fields_check;

#define BLOCK 4096

static clusctl_fields exported_fields[BLOCK];
static uint32_t exported_codes[BLOCK], exported_status[BLOCK];

static int fields_same(const clusctl_fields *a, const clusctl_fields *b)
{
    return a->object == b->object && a->global == b->global && a->modify == b->modify &&
           a->user == b->user && a->internal == b->internal &&
           a->function == b->function && a->access == b->access &&
           a->reserved[0] == b->reserved[0];
}

/* The values first, first + step, ... (count of them, wrapping past
 * 2^32): both decodes give the same fields and status, and the exported
 * encode of those fields gives the value back (the inline encode does,
 * test_exhaustive shows). Blocked: the exported calls for a block first,
 * then one loop that compares them with the inline decode. Returns how many
 * values differ. */
static uint64_t sweep(uint32_t first_value, uint64_t count, uint32_t step)
{
    uint64_t next, bad = 0;
    decode_fn dec = exported_decode;
    encode_fn enc = exported_encode;
    for (next = 0; next < count; next += BLOCK) {
        size_t n = count - next < BLOCK ? (size_t)(count - next) : BLOCK, j;
        uint32_t first = first_value + (uint32_t)(next * step), code, differ = 0;
        for (j = 0, code = first; j < n; j++, code += step)
            exported_status[j] = (uint32_t)dec(code, &exported_fields[j]);
        for (j = 0, code = first; j < n; j++, code += step) {
            exported_codes[j] = ~code;
            exported_status[j] |= (uint32_t)enc(&exported_fields[j], &exported_codes[j]);
        }
        for (j = 0, code = first; j < n; j++, code += step) {
            clusctl_fields f;
            const clusctl_fields *e = &exported_fields[j];
            uint32_t status = (uint32_t)clusctl_decode(code, &f);
            differ |= status | exported_status[j] | (exported_codes[j] ^ code) |
                      (f.object ^ e->object) | (f.global ^ e->global) |
                      (f.modify ^ e->modify) | (f.user ^ e->user) |
                      (f.internal ^ e->internal) | (f.function ^ e->function) |
                      (f.access ^ e->access) | (f.reserved[0] ^ e->reserved[0]);
        }
        if (differ != 0) {
            for (j = 0, code = first; j < n; j++, code += step) {
                clusctl_fields f;
                if (clusctl_decode(code, &f) != CCTL_ERROR_SUCCESS ||
                    exported_status[j] != 0 || exported_codes[j] != code ||
                    !fields_same(&f, &exported_fields[j])) {
                    if (bad++ < 10)
                        fprintf(stderr, "0x%08lX: the exported and inline codecs differ\n",
                                (unsigned long)code);
                }
            }
        }
    }
    return bad;
}

/* Every member is written: decode over garbage, both paths alike. */
static void decode_writes_all(void)
{
    static const uint32_t values[] = {0, 1, 0x01600008u, 0x80000000u, 0xFFFFFFFFu};
    size_t k;
    harness_test = "decode over garbage";
    for (k = 0; k < sizeof values / sizeof values[0]; k++) {
        clusctl_fields a, b;
        memset(&a, 0xA5, sizeof a);
        memset(&b, 0x5A, sizeof b);
        CHECK_EQ_U(exported_decode(values[k], &a), CCTL_ERROR_SUCCESS);
        CHECK_EQ_U(clusctl_decode(values[k], &b), CCTL_ERROR_SUCCESS);
        CHECK(fields_same(&a, &b));
        CHECK_EQ_U(a.reserved[0], 0);
    }
}

/* Fields both paths must judge alike: each member at the edges of its range
 * and far past it, the others valid. */
static void edge_fields(void)
{
    static const uint32_t extra[] = {0, 1, 2, 3, 0x80u, 0x100u, 0x3FFFFu, 0x40000u,
                                     0x7FFFFFFFu, 0x80000000u, 0xFFFFFFFEu, 0xFFFFFFFFu};
    size_t member, k;
    harness_test = "edge fields";
    for (member = 0; member < 8; member++) {
        for (k = 0; k < sizeof extra / sizeof extra[0]; k++) {
            clusctl_fields f;
            uint32_t *slot, a = 0x12345678u, b = 0x12345678u;
            clusctl_status sa, sb;
            memset(&f, 0, sizeof f);
            f.object = 1;
            f.modify = 1;
            f.function = 2;
            f.access = 1;
            slot = member == 0   ? &f.object
                   : member == 1 ? &f.global
                   : member == 2 ? &f.modify
                   : member == 3 ? &f.user
                   : member == 4 ? &f.internal
                   : member == 5 ? &f.function
                   : member == 6 ? &f.access
                                 : &f.reserved[0];
            *slot = extra[k];
            sa = exported_encode(&f, &a);
            sb = clusctl_encode(&f, &b);
            CHECK_EQ_U(sa, sb);
            CHECK_EQ_U(a, b); /* both written, or both untouched */
            CHECK_EQ_U(exported_check(&f), clusctl_fields_check(&f));
            /* The status follows the check: refused exactly when a flag is set. */
            CHECK_EQ_U(sb == CCTL_ERROR_SUCCESS, clusctl_fields_check(&f) == 0);
            if (sb != CCTL_ERROR_SUCCESS)
                CHECK_EQ_U(b, 0x12345678u);
        }
    }
}

/* NULL pointers: the same statuses, nothing written. */
static void null_pointers(void)
{
    clusctl_fields f;
    uint32_t a = 7, b = 7;
    harness_test = "NULL";
    memset(&f, 0, sizeof f);
    CHECK_EQ_U(exported_decode(0x01600008u, NULL), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_decode(0x01600008u, NULL), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(exported_encode(NULL, &a), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_encode(NULL, &b), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(a, 7);
    CHECK_EQ_U(b, 7);
    CHECK_EQ_U(exported_encode(&f, NULL), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_encode(&f, NULL), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(exported_check(NULL), clusctl_fields_check(NULL));
    CHECK_EQ_U(clusctl_fields_check(NULL), 0xFFu);
}

/* Written over the fields it reads, encode gives the same on both paths. */
static void overlap(void)
{
    size_t member;
    harness_test = "overlap";
    for (member = 0; member < 7; member++) {
        clusctl_fields fa, fb;
        uint32_t *pa, *pb;
        clusctl_decode(0x01600008u, &fa);
        clusctl_decode(0x01600008u, &fb);
        pa = &fa.object + member;
        pb = &fb.object + member;
        CHECK_EQ_U(exported_encode(&fa, pa), CCTL_ERROR_SUCCESS);
        CHECK_EQ_U(clusctl_encode(&fb, pb), CCTL_ERROR_SUCCESS);
        CHECK_EQ_U(*pa, 0x01600008u);
        CHECK_EQ_U(*pb, 0x01600008u);
    }
}

int main(int argc, char **argv)
{
    uint32_t step = 0, part = 0, parts = 1;
    uint64_t visited = 0;
    if ((argc != 1 && argc != 2 && argc != 4) ||
        (argc > 1 && (clusctl_parse_u32(argv[1], &step) != CCTL_ERROR_SUCCESS || step == 0)) ||
        (argc > 2 && (clusctl_parse_u32(argv[2], &part) != CCTL_ERROR_SUCCESS ||
                      clusctl_parse_u32(argv[3], &parts) != CCTL_ERROR_SUCCESS ||
                      parts == 0 || part >= parts))) {
        fprintf(stderr, "usage: %s [STEP [PART PARTS]]\n", argv[0]);
        return 2;
    }
#if !defined(CCTL_INLINE_CODEC)
#error "this test compares the inline codec with the exported one: build it as C99"
#endif
    decode_writes_all();
    edge_fields();
    null_pointers();
    overlap();
    harness_test = "values";
    if (step != 0) {
        uint64_t total = (((uint64_t)1 << 32) + step - 1) / step;
        uint64_t from = total * part / parts, to = total * (part + 1) / parts;
        CHECK_EQ_U(sweep((uint32_t)(from * step), to - from, step), 0);
        visited = to - from;
        printf("every %lu%s value, slice %lu of %lu: ", (unsigned long)step,
               step == 1 ? "st" : "th", (unsigned long)part, (unsigned long)parts);
    } else {
        static const uint32_t low_halves[] = {0x0000u, 0xFFFFu, 0x5A5Au, 0xA5A5u};
        size_t k;
        CHECK_EQ_U(sweep(0, (uint64_t)1 << 24, 1), 0);
        visited += (uint64_t)1 << 24;
        for (k = 0; k < sizeof low_halves / sizeof low_halves[0]; k++) {
            CHECK_EQ_U(sweep(low_halves[k], (uint64_t)1 << 16, 0x10000u), 0);
            visited += (uint64_t)1 << 16;
        }
        CHECK_EQ_U(sweep(0, (((uint64_t)1 << 32) + 1020) / 1021, 1021), 0);
        visited += (((uint64_t)1 << 32) + 1020) / 1021;
    }
    printf("%llu values\n", (unsigned long long)visited);
    return harness_finish();
}
