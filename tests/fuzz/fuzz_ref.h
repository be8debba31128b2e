/* What the fuzz targets compare the library with: the reference models of
 * START's buffer (tests/support/ref_buffer.h, over the Unicode tables of
 * ref_utf.h), shared with test_buffer, and a comparison of a START buffer's
 * name with a node name. All written independently of src/buffer.c. */
#ifndef CCTL_FUZZ_REF_H_
#define CCTL_FUZZ_REF_H_

#include <stddef.h>
#include <stdint.h>

#include "clusctl/clusctl.h"
#include "ref_buffer.h"
#include "ref_utf.h"

/* Whether a START buffer's name of `units` code units (ref_start_buffer()
 * succeeded) equals an ASCII name, ignoring ASCII case. A character of
 * U+0080 or above never matches: its UTF-8 bytes are all non-ASCII. */
static inline int ref_start_name_is(const uint8_t *b, size_t units,
                                    const char *ascii)
{
    size_t i, j = 0, n;
    for (i = 0; i < units; i += n, j++) {
        uint32_t u, c = (unsigned char)ascii[j];
        n = ref_utf16le_decode(b + 2 * i, units - i, &u);
        if (n == 0 || c == 0 || u >= 0x80u)
            return 0;
        if (u >= 'a' && u <= 'z')
            u -= 'a' - 'A';
        if (c >= 'a' && c <= 'z')
            c -= 'a' - 'A';
        if (u != c)
            return 0;
    }
    return ascii[j] == '\0';
}

#endif /* CCTL_FUZZ_REF_H_ */
