/* Status names and descriptions, from CCTL_STATUS_MAP. */
#include "clusctl/status.h"

#include <stddef.h>

const char *clusctl_status_name(uint32_t status)
{
    switch (status) {
#define CCTL_NAME_(name, number, text)                                         \
    case number:                                                               \
        return "ERROR_" #name;
        CCTL_STATUS_MAP(CCTL_NAME_)
#undef CCTL_NAME_
    default:
        return NULL;
    }
}

const char *clusctl_status_description(uint32_t status)
{
    switch (status) {
#define CCTL_TEXT_(name, number, text)                                         \
    case number:                                                               \
        return text;
        CCTL_STATUS_MAP(CCTL_TEXT_)
#undef CCTL_TEXT_
    default:
        return NULL;
    }
}
