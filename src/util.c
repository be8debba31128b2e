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

const char *clusctl_version_string(void)
{
    return CCTL_STR_(CCTL_VERSION_MAJOR) "." CCTL_STR_(
        CCTL_VERSION_MINOR) "." CCTL_STR_(CCTL_VERSION_PATCH);
}

uint32_t clusctl_version_number(void)
{
    return CCTL_VERSION_NUMBER;
}
