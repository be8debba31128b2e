/* The SDK's headers first, then clusctl's: one translation unit. */
#include "../../examples/win/sdk_headers.h" /* windows.h, clusapi.h, resapi.h */

#include <clusctl/clusctl.h>
#include <clusctl/win.h>

#include "sdk_checks.h"

int sdk_first_checks(void);
int sdk_first_checks(void)
{
    (void)sdk_check_handles;
    return sdk_check_table_entry() == sdk_check_control;
}
