/* Fuzz target: START's input buffer, both ways.
 *
 * - The input (in a buffer of exactly its size, and again one byte shorter)
 *   is a START buffer: clusctl_start_buffer_decode() gives exactly the
 *   status the table of clusctl/buffer.h gives (fuzz_ref.h), the size query
 *   and a short name buffer behave as documented, and on success
 *   clusctl_start_buffer_encode() of the name gives back the input's bytes
 *   up to and including the first NUL code unit.
 * - The input as a NUL-terminated string is a UTF-8 node name:
 *   clusctl_start_buffer_encode() gives the status the reference gives, and
 *   on success the buffer decodes back to the same string.
 * Both ways, on success, the output is byte for byte the reference
 * converter's (tests/support/ref_utf.h). */
#include "fuzz_common.h"
#include "fuzz_ref.h"

#include "clusctl/clusctl.h"

static void check_decode(const uint8_t *data, size_t size)
{
    uint8_t *buf = fuzz_copy(data, size);
    char name[CCTL_NODE_NAME_UTF8_SIZE + 1];
    size_t needed = 12345, units = 0, utf8_len = 0, n;
    clusctl_status st, ref, st2;

    ref = ref_start_buffer(buf, size, &units, &utf8_len);
    memset(name, 0x7F, sizeof name);
    st = clusctl_start_buffer_decode(buf, size, name, CCTL_NODE_NAME_UTF8_SIZE, &needed);
    FUZZ_CHECKF(ref_start_buffer_status_documented(st), "undocumented status %d for %lu bytes",
                (int)st, (unsigned long)size);
    FUZZ_CHECKF(st == ref, "decode of %lu bytes gave %d, the table says %d",
                (unsigned long)size, (int)st, (int)ref);
    FUZZ_CHECK(name[CCTL_NODE_NAME_UTF8_SIZE] == 0x7F); /* within name_size */

    /* The size query, and a NULL name_needed. */
    n = 54321;
    st2 = clusctl_start_buffer_decode(buf, size, NULL, 0, &n);
    FUZZ_CHECK(st2 == (st == CCTL_ERROR_SUCCESS ? CCTL_ERROR_MORE_DATA : st));
    if (st == CCTL_ERROR_SUCCESS)
        FUZZ_CHECK(n == needed);
    FUZZ_CHECK(clusctl_start_buffer_decode(buf, size, NULL, 0, NULL) ==
               (st == CCTL_ERROR_SUCCESS ? CCTL_ERROR_MORE_DATA : st));
    /* A NULL name with room is refused before anything else. */
    FUZZ_CHECK(clusctl_start_buffer_decode(buf, size, NULL, 1, &n) ==
               CCTL_ERROR_INVALID_PARAMETER);
    /* NULL buffers. */
    FUZZ_CHECK(clusctl_start_buffer_decode(NULL, size, name, sizeof name, &n) ==
               (size == 0 ? CCTL_ERROR_INVALID_PARAMETER : CCTL_ERROR_INVALID_USER_BUFFER));

    if (st == CCTL_ERROR_SUCCESS) {
        uint8_t *again;
        size_t again_size = 0;
        char *small;

        FUZZ_CHECKF(needed == utf8_len + 1, "needed %lu, expected %lu",
                    (unsigned long)needed, (unsigned long)utf8_len + 1);
        FUZZ_CHECK(strlen(name) == utf8_len);
        /* The very bytes the reference converter gives. */
        {
            unsigned char want[CCTL_NODE_NAME_UTF8_SIZE];
            FUZZ_CHECK(ref_utf16le_to_utf8(buf, units, want) == utf8_len);
            FUZZ_CHECK(memcmp(name, want, utf8_len) == 0);
        }

        /* One byte short: refused, nothing written, the size given. */
        small = (char *)malloc(needed - 1 != 0 ? needed - 1 : 1);
        FUZZ_CHECK(small != NULL);
        memset(small, 0x7F, needed - 1 != 0 ? needed - 1 : 1);
        n = 0;
        FUZZ_CHECK(clusctl_start_buffer_decode(buf, size, small, needed - 1, &n) ==
                   CCTL_ERROR_INSUFFICIENT_BUFFER);
        FUZZ_CHECK(n == needed);
        for (n = 0; n < needed - 1; n++)
            FUZZ_CHECK(small[n] == 0x7F);
        free(small);

        /* Exactly enough room. */
        small = (char *)malloc(needed);
        FUZZ_CHECK(small != NULL);
        FUZZ_CHECK(clusctl_start_buffer_decode(buf, size, small, needed, NULL) ==
                   CCTL_ERROR_SUCCESS);
        FUZZ_CHECK(strcmp(small, name) == 0);
        free(small);

        /* Encode the name again: the input's bytes up to the NUL unit. */
        FUZZ_CHECK(clusctl_start_buffer_encode(name, NULL, 0, &again_size) ==
                   CCTL_ERROR_MORE_DATA);
        FUZZ_CHECKF(again_size == (units + 1) * 2, "re-encoded size %lu, input NUL at %lu",
                    (unsigned long)again_size, (unsigned long)(units * 2));
        again = (uint8_t *)malloc(again_size);
        FUZZ_CHECK(again != NULL);
        FUZZ_CHECK(clusctl_start_buffer_encode(name, again, again_size, &n) ==
                   CCTL_ERROR_SUCCESS);
        FUZZ_CHECK(n == again_size);
        FUZZ_CHECK(memcmp(again, buf, again_size) == 0);
        free(again);
    }
    free(buf);
}

static void check_encode(const uint8_t *data, size_t size)
{
    char *name = fuzz_cstring(data, size);
    size_t units = 0, needed = 777, n;
    clusctl_status st, ref;
    uint8_t *buf;

    ref = ref_name_to_buffer(name, &units);
    st = clusctl_start_buffer_encode(name, NULL, 0, &needed);
    FUZZ_CHECKF(st == (ref == CCTL_ERROR_SUCCESS ? CCTL_ERROR_MORE_DATA : ref),
                "encode size query gave %d, the reference says %d", (int)st, (int)ref);
    FUZZ_CHECK(clusctl_start_buffer_encode(NULL, NULL, 0, &n) ==
               CCTL_ERROR_INVALID_PARAMETER);
    FUZZ_CHECK(clusctl_start_buffer_encode(name, NULL, 0, NULL) ==
               CCTL_ERROR_INVALID_PARAMETER);
    FUZZ_CHECK(clusctl_start_buffer_encode(name, NULL, 2, &n) ==
               CCTL_ERROR_INVALID_PARAMETER);

    if (ref == CCTL_ERROR_SUCCESS) {
        char back[CCTL_NODE_NAME_UTF8_SIZE];
        size_t i;

        FUZZ_CHECK(needed == (units + 1) * 2 && needed <= CCTL_START_BUFFER_MAX);
        /* One byte short: refused, nothing written. */
        buf = (uint8_t *)malloc(needed);
        FUZZ_CHECK(buf != NULL);
        memset(buf, 0xEE, needed);
        n = 0;
        FUZZ_CHECK(clusctl_start_buffer_encode(name, buf, needed - 1, &n) ==
                   CCTL_ERROR_INSUFFICIENT_BUFFER);
        for (i = 0; i < needed; i++)
            FUZZ_CHECK(buf[i] == 0xEE);
        free(buf);

        /* Exactly enough: a buffer that decodes back to the name. */
        buf = (uint8_t *)malloc(needed);
        FUZZ_CHECK(buf != NULL);
        n = 0;
        FUZZ_CHECK(clusctl_start_buffer_encode(name, buf, needed, &n) == CCTL_ERROR_SUCCESS);
        FUZZ_CHECK(n == needed);
        FUZZ_CHECK(buf[needed - 2] == 0 && buf[needed - 1] == 0);
        /* The very bytes the reference gives, scalar value by scalar value. */
        {
            const unsigned char *p = (const unsigned char *)name;
            size_t at = 0, k;
            uint32_t cp;
            unsigned char le[4];
            while (*p != '\0') {
                k = ref_utf8_decode(p, SIZE_MAX, &cp);
                FUZZ_CHECK(k != 0);
                p += k;
                k = ref_utf16le_encode(cp, le);
                FUZZ_CHECK(k != 0 && at + k <= needed - 2);
                FUZZ_CHECK(memcmp(buf + at, le, k) == 0);
                at += k;
            }
            FUZZ_CHECK(at == needed - 2);
        }
        n = 0;
        FUZZ_CHECK(clusctl_start_buffer_decode(buf, needed, back, sizeof back, &n) ==
                   CCTL_ERROR_SUCCESS);
        FUZZ_CHECK(n == strlen(name) + 1);
        FUZZ_CHECKF(strcmp(back, name) == 0, "\"%s\" came back as \"%s\"", name, back);
        free(buf);
    } else {
        /* Whatever the room, the name's problem decides. */
        uint8_t room[CCTL_START_BUFFER_MAX];
        FUZZ_CHECK(clusctl_start_buffer_encode(name, room, sizeof room, &n) == ref);
    }
    free(name);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FUZZ_BEGIN(data, size);
    check_decode(data, size);
    if (size > 0)
        check_decode(data, size - 1);
    check_encode(data, size);
    return 0;
}
