/* START's input buffer: UTF-16LE <-> UTF-8, read and written byte by byte. */
#include "clusctl/buffer.h"

#include <stdint.h>
#include <string.h>

#include "internal.h"

/* The code unit at index i, little-endian whatever the host. */
static uint32_t clusctl__unit(const unsigned char *b, size_t i)
{
    return (uint32_t)b[2 * i] | ((uint32_t)b[2 * i + 1] << 8);
}

static int clusctl__is_high(uint32_t u)
{
    return u >= 0xD800u && u <= 0xDBFFu;
}

static int clusctl__is_low(uint32_t u)
{
    return u >= 0xDC00u && u <= 0xDFFFu;
}

/* Converts `units` UTF-16 code units to UTF-8 in `out` (room for 3 bytes
 * per unit). Returns the UTF-8 length, or (size_t)-1 on an unpaired
 * surrogate. */
static size_t clusctl__utf16_to_utf8(const unsigned char *b, size_t units,
                                     char *out)
{
    size_t i, len = 0;
    for (i = 0; i < units; i++) {
        uint32_t u = clusctl__unit(b, i), cp = u;
        if (clusctl__is_high(u)) {
            uint32_t lo;
            if (i + 1 >= units || !clusctl__is_low(lo = clusctl__unit(b, i + 1)))
                return (size_t)-1;
            cp = 0x10000u + ((u - 0xD800u) << 10) + (lo - 0xDC00u);
            i++;
        } else if (clusctl__is_low(u)) {
            return (size_t)-1;
        }
        len += clusctl__utf8_put((unsigned char *)out + len, cp);
    }
    return len;
}

clusctl_status clusctl_start_buffer_decode(const void *buffer, size_t size,
                                           char *name, size_t name_size,
                                           size_t *name_needed)
{
    const unsigned char *b = (const unsigned char *)buffer;
    size_t units = size / 2, nul, i, len;
    char staged[CCTL_NODE_NAME_UTF8_SIZE];

    if ((name == NULL && name_size != 0) ||
        clusctl__overlap(name, name_size, name_needed, sizeof *name_needed))
        return CCTL_ERROR_INVALID_PARAMETER;
    if (size == 0)
        return CCTL_ERROR_INVALID_PARAMETER; /* no destination */
    if (buffer == NULL)
        return CCTL_ERROR_INVALID_USER_BUFFER;
    if (size % 2 != 0)
        return CCTL_ERROR_BAD_LENGTH;
    for (nul = 0; nul < units && clusctl__unit(b, nul) != 0; nul++)
        ;
    if (nul == units)
        return CCTL_ERROR_INVALID_DATA;
    for (i = nul + 1; i < units; i++)
        if (clusctl__unit(b, i) != 0)
            return CCTL_ERROR_INVALID_NAME;
    if (nul == 0)
        return CCTL_ERROR_INVALID_COMPUTERNAME;
    if (nul > CCTL_NODE_NAME_MAX)
        return CCTL_ERROR_BUFFER_OVERFLOW;
    /* The whole name is decoded into `staged` before anything is written, so
     * `name` may overlap `buffer` (and at most 3 bytes per code unit fit). */
    len = clusctl__utf16_to_utf8(b, nul, staged);
    if (len == (size_t)-1)
        return CCTL_ERROR_NO_UNICODE_TRANSLATION;
    staged[len] = '\0';
    if (name_needed != NULL)
        *name_needed = len + 1;
    if (name == NULL)
        return CCTL_ERROR_MORE_DATA;
    if (name_size < len + 1)
        return CCTL_ERROR_INSUFFICIENT_BUFFER;
    memmove(name, staged, len + 1);
    return CCTL_ERROR_SUCCESS;
}

/* Stores one UTF-16 code unit, little-endian, at o. */
static void clusctl__put_unit(unsigned char *o, uint32_t u)
{
    o[0] = (unsigned char)(u & 0xFFu);
    o[1] = (unsigned char)(u >> 8);
}

clusctl_status clusctl_start_buffer_encode(const char *name, void *buffer,
                                           size_t size, size_t *needed)
{
    const unsigned char *s = (const unsigned char *)name;
    /* The buffer is built here, from one pass over the name, and copied out
     * at the end: `buffer` may overlap `name`. Two bytes of room past the
     * limit let the loop store the code unit that goes over it. */
    unsigned char staged[CCTL_START_BUFFER_MAX + 2];
    size_t units = 0, n, bytes;
    uint32_t cp;

    if (name == NULL || needed == NULL || (buffer == NULL && size != 0) ||
        clusctl__overlap(buffer, size, needed, sizeof *needed))
        return CCTL_ERROR_INVALID_PARAMETER;
    for (; *s != '\0'; s += n) {
        n = clusctl__utf8_get(s, &cp); /* 1 to 4, or 0: never a step of 0 */
        if (n == 0)
            return CCTL_ERROR_NO_UNICODE_TRANSLATION;
        if (cp >= 0x10000u) {
            uint32_t v = cp - 0x10000u;
            if (units + 2 > CCTL_NODE_NAME_MAX)
                return CCTL_ERROR_BUFFER_OVERFLOW;
            clusctl__put_unit(staged + 2 * units, 0xD800u | (v >> 10));
            clusctl__put_unit(staged + 2 * units + 2, 0xDC00u | (v & 0x3FFu));
            units += 2;
        } else {
            if (units + 1 > CCTL_NODE_NAME_MAX)
                return CCTL_ERROR_BUFFER_OVERFLOW;
            clusctl__put_unit(staged + 2 * units, cp);
            units += 1;
        }
    }
    if (units == 0)
        return CCTL_ERROR_INVALID_COMPUTERNAME;
    clusctl__put_unit(staged + 2 * units, 0);
    bytes = (units + 1) * 2;
    *needed = bytes;
    if (buffer == NULL)
        return CCTL_ERROR_MORE_DATA;
    if (size < bytes)
        return CCTL_ERROR_INSUFFICIENT_BUFFER;
    memmove(buffer, staged, bytes);
    return CCTL_ERROR_SUCCESS;
}
