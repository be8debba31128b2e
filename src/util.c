/* Small helpers shared by the library's sources, and the version. */
#include "clusctl/version.h"
#include "internal.h"

#include <stdint.h>

#define CCTL_STR2_(x) #x
#define CCTL_STR_(x) CCTL_STR2_(x)

int clusctl__ascii_equal_nocase(const char *a, const char *b)
{
    while (*a != '\0' && clusctl__ascii_upper(*a) == clusctl__ascii_upper(*b)) {
        a++;
        b++;
    }
    return clusctl__ascii_upper(*a) == clusctl__ascii_upper(*b);
}

int clusctl__overlap(const void *a, size_t a_size, const void *b, size_t b_size)
{
    uintptr_t x = (uintptr_t)a, y = (uintptr_t)b;
    if (a == NULL || b == NULL || a_size == 0 || b_size == 0)
        return 0;
    return x < y ? y - x < a_size : x - y < b_size;
}

const char *clusctl_version_string(void)
{
    return CCTL_STR_(CCTL_VERSION_MAJOR) "." CCTL_STR_(
        CCTL_VERSION_MINOR) "." CCTL_STR_(CCTL_VERSION_PATCH);
}

uint32_t clusctl_version_number(void)
{
    return CCTL_VERSION_NUMBER;
}
