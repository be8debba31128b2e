/* The SDK's cluster headers, as a resource DLL includes them.
 *
 * mingw-w64's headers (Debian mingw-w64-common 10) need help: clusapi.h only
 * compiles with _WIN32_WINNT 0x0502 or lower (above that it declares enum
 * CLUSTER_RESOURCE_STATE twice), and at 0x0502 it leaves out
 * CLUSPROP_FILETIME, which resapi.h uses. This header defines that one
 * structure as newer clusapi.h does, between the two includes. With
 * Microsoft's SDK nothing of this applies. */
#ifndef CCTL_EXAMPLE_SDK_HEADERS_H_
#define CCTL_EXAMPLE_SDK_HEADERS_H_

#include <windows.h>

#include <clusapi.h>

#if defined(__MINGW32__) && defined(_WIN32_WINNT) && _WIN32_WINNT < 0x0600
typedef struct _CLUSPROP_FILETIME {
    CLUSPROP_SYNTAX Syntax;
    DWORD cbLength;
    FILETIME ft;
} CLUSPROP_FILETIME, *PCLUSPROP_FILETIME;
#endif

#include <resapi.h>

#endif
