/* The Windows shim, caller's side: START, CANCEL and any control code through
 * ClusterResourceControl. It marshals; no rule lives here. */
#include <windows.h>

#include <clusapi.h>
#include <string.h>
#include <wchar.h>

#include "clusctl/win.h"

DWORD clusctl_win_start_migration(struct _HRESOURCE *resource,
                                  struct _HNODE *host_node,
                                  const wchar_t *destination)
{
    size_t size;
    clusctl_status status;
    if (destination == NULL)
        return ERROR_INVALID_PARAMETER;
    /* On Windows a wide string is already UTF-16LE: it is START's buffer,
     * once the core has checked that the buffer is one it accepts (its
     * length bound included, so the size fits a DWORD). */
    size = (wcslen(destination) + 1) * sizeof(wchar_t);
    status = clusctl_start_buffer_decode(destination, size, NULL, 0, NULL);
    if (status != CCTL_ERROR_MORE_DATA) /* MORE_DATA: valid, size query */
        return status;
    return ClusterResourceControl(resource, host_node, CCTL_VM_START_MIGRATION,
                                  (LPVOID)destination, (DWORD)size, NULL, 0, NULL);
}

DWORD clusctl_win_start_migration_utf8(struct _HRESOURCE *resource,
                                       struct _HNODE *host_node,
                                       const char *destination)
{
    unsigned char buffer[CCTL_START_BUFFER_MAX];
    size_t size = 0;
    clusctl_status status =
        clusctl_start_buffer_encode(destination, buffer, sizeof buffer, &size);
    if (status != CCTL_ERROR_SUCCESS)
        return status;
    return ClusterResourceControl(resource, host_node, CCTL_VM_START_MIGRATION,
                                  buffer, (DWORD)size, NULL, 0, NULL);
}

DWORD clusctl_win_cancel_migration(struct _HRESOURCE *resource,
                                   struct _HNODE *host_node)
{
    return ClusterResourceControl(resource, host_node, CCTL_VM_CANCEL_MIGRATION,
                                  NULL, 0, NULL, 0, NULL);
}

DWORD clusctl_win_resource_control(struct _HRESOURCE *resource,
                                   struct _HNODE *host_node, DWORD code,
                                   const void *in_buffer, DWORD in_size,
                                   void **out_buffer, DWORD *out_size)
{
    HANDLE heap = GetProcessHeap();
    void *buffer = NULL;
    DWORD size = 0, returned = 0, status = ERROR_MORE_DATA;
    int call;

    if (out_buffer == NULL || out_size == NULL)
        return ERROR_INVALID_PARAMETER;
    *out_buffer = NULL;
    *out_size = 0;
    for (call = 0; call < CCTL_WIN_MAX_CALLS && status == ERROR_MORE_DATA; call++) {
        returned = 0;
        status = ClusterResourceControl(resource, host_node, code,
                                        (LPVOID)in_buffer, in_size, buffer,
                                        size, &returned);
        if (status == ERROR_MORE_DATA) {
            void *grown;
            if (returned <= size) /* no progress possible: report it */
                break;
            grown = buffer == NULL ? HeapAlloc(heap, 0, returned)
                                   : HeapReAlloc(heap, 0, buffer, returned);
            if (grown == NULL) {
                status = ERROR_NOT_ENOUGH_MEMORY;
                break;
            }
            buffer = grown;
            size = returned;
        }
    }
    if (status != ERROR_SUCCESS) {
        clusctl_win_free(buffer);
        return status;
    }
    if (returned == 0) {
        clusctl_win_free(buffer);
        buffer = NULL;
    }
    *out_buffer = buffer;
    *out_size = returned;
    return ERROR_SUCCESS;
}

DWORD clusctl_win_vm_read(struct _HRESOURCE *resource, struct _HNODE *host_node,
                          uint32_t host, clusctl_vm *vm, clusctl_prop_error *error)
{
    void *ro = NULL, *rw = NULL;
    DWORD ro_size = 0, rw_size = 0, status;
    if (vm == NULL)
        return ERROR_INVALID_PARAMETER;
    status = clusctl_win_resource_control(resource, host_node,
                                          CCTL_RESOURCE_GET_RO_PRIVATE_PROPERTIES, NULL, 0,
                                          &ro, &ro_size);
    if (status == ERROR_SUCCESS)
        status = clusctl_win_resource_control(resource, host_node,
                                              CCTL_RESOURCE_GET_PRIVATE_PROPERTIES, NULL, 0,
                                              &rw, &rw_size);
    if (status == ERROR_SUCCESS)
        status = clusctl_vm_from_properties(ro, ro_size, rw, rw_size, host, vm, error);
    clusctl_win_free(ro);
    clusctl_win_free(rw);
    return status;
}

DWORD clusctl_win_vm_check_start(struct _HRESOURCE *resource, struct _HNODE *host_node,
                                 const clusctl_cluster *cluster, uint32_t host,
                                 uint32_t caller, const char *destination, clusctl_vm *model)
{
    clusctl_vm vm, next;
    DWORD status = clusctl_win_vm_read(resource, host_node, host, &vm, NULL);
    if (status != ERROR_SUCCESS)
        return status;
    if (model != NULL)
        *model = vm;
    return clusctl_vm_start(&vm, cluster, caller, destination, &next);
}

void clusctl_win_free(void *buffer)
{
    if (buffer != NULL)
        HeapFree(GetProcessHeap(), 0, buffer);
}

