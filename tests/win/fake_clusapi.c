/* A fake clusapi.dll for the Wine tests: Wine's own does not implement
 * ClusterResourceControl. This one records every call and answers as the
 * test asks (WINEDLLOVERRIDES=clusapi=n makes Wine load it). */
#include <windows.h>

#include <clusapi.h>
#include <string.h>

#include "fake_clusapi.h"

static fake_record calls[FAKE_MAX_CALLS];
static DWORD call_count;
static DWORD answer_status;   /* returned when the output fits */
static DWORD output_size;     /* bytes of output each call produces */
static DWORD output_growth;   /* output_size grows by this after each call */

/* Recorded answers: a code's output bytes, returned with ERROR_SUCCESS
 * (ERROR_MORE_DATA and the size when the buffer is too small). */
static struct {
    DWORD code;
    DWORD size;
    unsigned char bytes[FAKE_MAX_ANSWER];
} answers[FAKE_MAX_ANSWERS];
static DWORD answer_count;

__declspec(dllexport) void FakeClusapiReset(DWORD status, DWORD out_size, DWORD growth)
{
    memset(calls, 0, sizeof calls);
    call_count = 0;
    answer_count = 0;
    answer_status = status;
    output_size = out_size;
    output_growth = growth;
}

__declspec(dllexport) BOOL FakeClusapiAnswer(DWORD code, const void *bytes, DWORD size)
{
    if (answer_count == FAKE_MAX_ANSWERS || size > FAKE_MAX_ANSWER)
        return FALSE;
    answers[answer_count].code = code;
    answers[answer_count].size = size;
    memcpy(answers[answer_count].bytes, bytes, size);
    answer_count++;
    return TRUE;
}

__declspec(dllexport) DWORD FakeClusapiCalls(void)
{
    return call_count;
}

__declspec(dllexport) const fake_record *FakeClusapiCall(DWORD index)
{
    return index < call_count && index < FAKE_MAX_CALLS ? &calls[index] : NULL;
}

__declspec(dllexport) DWORD WINAPI ClusterResourceControl(
    HRESOURCE hResource, HNODE hHostNode, DWORD dwControlCode, LPVOID lpInBuffer,
    DWORD cbInBufferSize, LPVOID lpOutBuffer, DWORD cbOutBufferSize,
    LPDWORD lpBytesReturned)
{
    DWORD needed = output_size, i;
    if (call_count < FAKE_MAX_CALLS) {
        fake_record *c = &calls[call_count];
        c->resource = (void *)hResource;
        c->host_node = (void *)hHostNode;
        c->code = dwControlCode;
        c->in_buffer_null = lpInBuffer == NULL;
        c->in_size = cbInBufferSize;
        c->out_buffer_null = lpOutBuffer == NULL;
        c->out_size = cbOutBufferSize;
        c->bytes_returned_null = lpBytesReturned == NULL;
        if (lpInBuffer != NULL)
            memcpy(c->in_bytes, lpInBuffer,
                   cbInBufferSize < sizeof c->in_bytes ? cbInBufferSize : sizeof c->in_bytes);
    }
    call_count++;
    for (i = 0; i < answer_count; i++) {
        if (answers[i].code != dwControlCode)
            continue;
        if (lpBytesReturned != NULL)
            *lpBytesReturned = answers[i].size;
        if (lpOutBuffer == NULL || cbOutBufferSize < answers[i].size)
            return ERROR_MORE_DATA;
        memcpy(lpOutBuffer, answers[i].bytes, answers[i].size);
        return ERROR_SUCCESS;
    }
    output_size += output_growth;
    if (needed > 0 && (lpOutBuffer == NULL || cbOutBufferSize < needed)) {
        if (lpBytesReturned != NULL)
            *lpBytesReturned = needed;
        return ERROR_MORE_DATA;
    }
    if (needed > 0)
        memset(lpOutBuffer, 0x5A, needed);
    if (lpBytesReturned != NULL)
        *lpBytesReturned = needed;
    return answer_status;
}
