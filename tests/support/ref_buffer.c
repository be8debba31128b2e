/* The reference models of START's buffer (ref_buffer.h). */
#include "ref_buffer.h"

#include <stdint.h>

#include "ref_utf.h"

clusctl_status ref_start_buffer(const unsigned char *b, size_t size, size_t *units,
                                size_t *utf8_len)
{
    size_t n = size / 2, nul, i, len;
    if (size == 0)
        return CCTL_ERROR_INVALID_PARAMETER; /* no destination */
    if (size % 2 != 0)
        return CCTL_ERROR_BAD_LENGTH;
    for (nul = 0; nul < n; nul++)
        if (b[2 * nul] == 0 && b[2 * nul + 1] == 0)
            break;
    if (nul == n)
        return CCTL_ERROR_INVALID_DATA;
    for (i = 2 * (nul + 1); i < 2 * n; i++)
        if (b[i] != 0)
            return CCTL_ERROR_INVALID_NAME;
    if (nul == 0)
        return CCTL_ERROR_INVALID_COMPUTERNAME;
    if (nul > CCTL_NODE_NAME_MAX)
        return CCTL_ERROR_BUFFER_OVERFLOW;
    len = ref_utf16le_to_utf8(b, nul, NULL);
    if (len == REF_ILL_FORMED)
        return CCTL_ERROR_NO_UNICODE_TRANSLATION;
    if (units != NULL)
        *units = nul;
    if (utf8_len != NULL)
        *utf8_len = len;
    return CCTL_ERROR_SUCCESS;
}

clusctl_status ref_name_to_buffer(const char *name, size_t *units)
{
    const unsigned char *s = (const unsigned char *)name;
    size_t u = 0, n;
    for (; *s != '\0'; s += n) {
        unsigned char le[4];
        uint32_t cp;
        n = ref_utf8_decode(s, SIZE_MAX, &cp);
        if (n == 0)
            return CCTL_ERROR_NO_UNICODE_TRANSLATION;
        u += ref_utf16le_encode(cp, le) / 2;
        if (u > CCTL_NODE_NAME_MAX)
            return CCTL_ERROR_BUFFER_OVERFLOW;
    }
    if (u == 0)
        return CCTL_ERROR_INVALID_COMPUTERNAME;
    if (units != NULL)
        *units = u;
    return CCTL_ERROR_SUCCESS;
}

int ref_start_buffer_status_documented(clusctl_status status)
{
    switch (status) {
    case CCTL_ERROR_SUCCESS:
    case CCTL_ERROR_INVALID_PARAMETER: /* size 0: no destination */
    case CCTL_ERROR_BAD_LENGTH:
    case CCTL_ERROR_INVALID_DATA:
    case CCTL_ERROR_INVALID_NAME:
    case CCTL_ERROR_INVALID_COMPUTERNAME:
    case CCTL_ERROR_BUFFER_OVERFLOW:
    case CCTL_ERROR_NO_UNICODE_TRANSLATION:
        return 1;
    default:
        return 0;
    }
}
