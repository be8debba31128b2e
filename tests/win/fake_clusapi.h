/* What the fake clusapi.dll records of one ClusterResourceControl call. */
#ifndef FAKE_CLUSAPI_H_
#define FAKE_CLUSAPI_H_

#include <windows.h>

#define FAKE_MAX_CALLS 16
#define FAKE_MAX_ANSWERS 8   /* recorded answers, one per control code */
#define FAKE_MAX_ANSWER 4096 /* bytes of one recorded answer */

typedef struct fake_record {
    void *resource;
    void *host_node;
    DWORD code;
    int in_buffer_null;
    DWORD in_size;
    unsigned char in_bytes[1024];
    int out_buffer_null;
    DWORD out_size;
    int bytes_returned_null;
} fake_record;

/* Exported by the fake; the tests look them up with GetProcAddress. */
__declspec(dllexport) void FakeClusapiReset(DWORD status, DWORD out_size, DWORD growth);
__declspec(dllexport) DWORD FakeClusapiCalls(void);
/* Records the output a control code answers with (after a reset). */
__declspec(dllexport) BOOL FakeClusapiAnswer(DWORD code, const void *bytes, DWORD size);
__declspec(dllexport) const fake_record *FakeClusapiCall(DWORD index);

typedef void (*fake_reset_fn)(DWORD status, DWORD out_size, DWORD growth);
typedef DWORD (*fake_calls_fn)(void);
typedef BOOL (*fake_answer_fn)(DWORD code, const void *bytes, DWORD size);
typedef const fake_record *(*fake_call_fn)(DWORD index);

#endif
