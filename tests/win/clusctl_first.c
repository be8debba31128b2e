/* clusctl's headers first, then the SDK's: one translation unit. This file
 * also runs the checks' executable part and prints the closing line. */
#include <clusctl/clusctl.h>
#include <clusctl/win.h>

#include "../../examples/win/sdk_headers.h" /* windows.h, clusapi.h, resapi.h */

#include <stdio.h>

#include "sdk_checks.h"

int sdk_first_checks(void);

int main(void)
{
    DWORD returned = 7;
    /* The checks are at compile time: that this compiled means they held.
     * At run time, the routine built from resapi.h's type answers a code
     * that is not a VM code as ResourceControl must. */
    int ok = sdk_first_checks() &&
             sdk_check_table_entry()(NULL, 0x01000009u, NULL, 0, NULL, 0, &returned) ==
                 ERROR_INVALID_FUNCTION;
    (void)sdk_check_handles;
    printf("%d passed, %d failed\n", ok ? 1 : 0, ok ? 0 : 1);
    return ok ? 0 : 1;
}
