/* Every one of the 2^32 values decodes, and encodes back to itself.
 *
 * Usage: test_exhaustive [STEP]. STEP (default 1: every value) visits every
 * STEP-th value instead; the sanitizer builds use it to stay fast. */
#include <stdlib.h>

#include "clusctl/clusctl.h"
#include "harness.h"

int main(int argc, char **argv)
{
    uint32_t step = 1, code = 0, back, bad = 0;
    uint64_t visited = 0;
    clusctl_fields f;

    if (argc > 1 && (clusctl_parse_u32(argv[1], &step) != CCTL_ERROR_SUCCESS ||
                     step == 0)) {
        fprintf(stderr, "usage: %s [STEP]\n", argv[0]);
        return 2;
    }
    do {
        if (clusctl_decode(code, &f) != CCTL_ERROR_SUCCESS ||
            clusctl_encode(&f, &back) != CCTL_ERROR_SUCCESS || back != code) {
            if (bad++ < 10)
                fprintf(stderr, "0x%08lX does not round-trip\n",
                        (unsigned long)code);
        }
        visited++;
        code += step;
    } while (code >= step); /* stops when code wraps past 2^32 */
    harness_test = "exhaustive";
    CHECK_EQ_U(bad, 0);
    CHECK_EQ_U(visited, ((uint64_t)1 << 32) / step + (((uint64_t)1 << 32) % step != 0));
    printf("%llu values visited\n", (unsigned long long)visited);
    return harness_finish();
}
