/* Every one of the 2^32 values decodes, and encodes back to itself, through
 * the public codec: clusctl_decode() and clusctl_encode() as a C caller gets
 * them (code.h's inline path; test_codec_paths checks that the exported
 * functions agree with it).
 *
 * Usage: test_exhaustive [STEP]. STEP (default 1: every value) visits every
 * STEP-th value instead; the sanitizer and emulated builds use it.
 *
 * Fast, and still a check. The sweep runs in blocks of BLOCK values, each a
 * loop the compiler vectorizes: decode a value, add `zero` to every field,
 * encode the fields, and store for each value whether the statuses or the
 * code that came back differ; a second loop folds those verdicts. `zero` is
 * read from a volatile object once per block: it is 0 when the test runs,
 * but the compiler cannot know it. Without it, encode(decode(x)) == x is
 * something an optimizer can prove: an LTO build once turned the whole sweep
 * into a counter that checked nothing. With it, the encoded fields are no
 * longer provably decode's (nor in range), so every field is extracted,
 * range-checked and put back for every value, and the verdict depends on
 * every result. (Adding, not xor-ing: `(field ^ zero) & ~max` would fold to
 * `zero & ~max`, hoisting the range check out of the loop.)
 *
 * What the loop compiles to was read with `objdump -d` for gcc 12 and
 * clang 14 at -O2 and -O3: per vector of 4 values, the 7 shift-and-masks of
 * decode, the adds, the range check's and-nots and ors, encode's shifts and
 * ors and the compare; no loop-invariant shortcut. */
#include <stdlib.h>

#include "clusctl/clusctl.h"
#include "harness.h"

#define BLOCK 4096

/* 0, where the compiler cannot see it. */
static volatile uint32_t zero_source = 0;

static uint32_t verdicts[BLOCK];

/* One value through the codec: nonzero when it fails to round-trip. */
#define ROUND_TRIP(code, zero, verdict)                                        \
    do {                                                                       \
        clusctl_fields f_;                                                     \
        uint32_t back_ = ~(code), st_;                                         \
        st_ = (uint32_t)clusctl_decode((code), &f_);                           \
        f_.object += (zero);                                                   \
        f_.global += (zero);                                                   \
        f_.modify += (zero);                                                   \
        f_.user += (zero);                                                     \
        f_.internal += (zero);                                                 \
        f_.function += (zero);                                                 \
        f_.access += (zero);                                                   \
        f_.reserved[0] += (zero);                                              \
        st_ |= (uint32_t)clusctl_encode(&f_, &back_);                          \
        (verdict) = (back_ ^ (code)) | st_;                                    \
    } while (0)

int main(int argc, char **argv)
{
    uint32_t step = 1, bad = 0;
    uint64_t total, next, visited = 0;

    if (argc > 1 && (clusctl_parse_u32(argv[1], &step) != CCTL_ERROR_SUCCESS ||
                     step == 0)) {
        fprintf(stderr, "usage: %s [STEP]\n", argv[0]);
        return 2;
    }
    /* Values 0, step, 2 step, ... below 2^32. */
    total = (((uint64_t)1 << 32) + step - 1) / step;
    for (next = 0; next < total; next += BLOCK) {
        size_t n = total - next < BLOCK ? (size_t)(total - next) : BLOCK, j;
        uint32_t zero = zero_source, code = (uint32_t)(next * step), any = 0;
        /* Always a whole block, a constant trip count: gcc's -O2 vectorizes
         * only such loops (its "very cheap" cost model). The values past
         * the last one of a short final block are checked too, not counted. */
        for (j = 0; j < BLOCK; j++, code += step)
            ROUND_TRIP(code, zero, verdicts[j]);
        for (j = 0; j < n; j++)
            any |= verdicts[j];
        if (any != 0) {
            for (j = 0; j < n; j++) {
                if (verdicts[j] != 0 && bad++ < 10)
                    fprintf(stderr, "0x%08lX does not round-trip\n",
                            (unsigned long)(uint32_t)((next + j) * step));
            }
        }
        visited += n;
    }
    harness_test = "exhaustive";
    CHECK_EQ_U(bad, 0);
    CHECK_EQ_U(visited, ((uint64_t)1 << 32) / step + (((uint64_t)1 << 32) % step != 0));
    printf("%llu values visited\n", (unsigned long long)visited);
    return harness_finish();
}
