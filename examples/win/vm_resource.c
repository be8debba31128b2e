/* An example resource DLL for the Hyper-V "Virtual Machine" resource type's
 * migration controls: its Startup entry point returns the function table, and
 * its ResourceControl hands CLUSCTL_RESOURCE_VM_START_MIGRATION and
 * CLUSCTL_RESOURCE_VM_CANCEL_MIGRATION to clusctl's shim; every other code
 * gets ERROR_INVALID_FUNCTION, so the Resource Monitor does its default
 * processing.
 *
 * A real DLL learns the cluster's nodes and its own node id from the cluster
 * (GetClusterNodeId, ClusterOpenEnum ...) and the VM's state from Hyper-V;
 * this one has a fixed cluster of node1 (up, this node), node2 (up) and node3
 * (down), and every resource starts Enabled on node1. */
#include "sdk_headers.h" /* windows.h, clusapi.h, resapi.h */

#include <clusctl/win.h>

typedef struct vm_resource {
    CRITICAL_SECTION lock; /* ResourceControl may be called on several threads */
    clusctl_vm vm;
} vm_resource;

static const clusctl_node example_nodes[] = {
    {.id = 1, .name = "node1", .up = 1},
    {.id = 2, .name = "node2", .up = 1},
    {.id = 3, .name = "node3", .up = 0}};
static const clusctl_cluster example_cluster = {.nodes = example_nodes, .count = 3};
#define THIS_NODE 1

static RESID WINAPI VmOpen(LPCWSTR name, HKEY key, RESOURCE_HANDLE handle)
{
    vm_resource *r = (vm_resource *)HeapAlloc(GetProcessHeap(), HEAP_ZERO_MEMORY,
                                              sizeof *r);
    (void)name;
    (void)key;
    (void)handle;
    if (r == NULL) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    InitializeCriticalSection(&r->lock);
    (void)clusctl_vm_init(&r->vm, CCTL_VM_ENABLED, CCTL_MIGRATION_NONE, THIS_NODE);
    return (RESID)r;
}

static VOID WINAPI VmClose(RESID resource)
{
    vm_resource *r = (vm_resource *)resource;
    if (r != NULL) {
        DeleteCriticalSection(&r->lock);
        HeapFree(GetProcessHeap(), 0, r);
    }
}

static DWORD WINAPI VmOnline(RESID resource, LPHANDLE event)
{
    (void)resource;
    (void)event;
    return ERROR_SUCCESS;
}

static DWORD WINAPI VmOffline(RESID resource)
{
    (void)resource;
    return ERROR_SUCCESS;
}

static VOID WINAPI VmTerminate(RESID resource)
{
    (void)resource;
}

static WINBOOL WINAPI VmIsAlive(RESID resource)
{
    (void)resource;
    return TRUE;
}

static DWORD WINAPI VmResourceControl(RESID resource, DWORD code, PVOID in,
                                      DWORD in_size, PVOID out, DWORD out_size,
                                      LPDWORD returned)
{
    vm_resource *r = (vm_resource *)resource;
    DWORD status;
    if (r == NULL)
        return ERROR_INVALID_PARAMETER;
    EnterCriticalSection(&r->lock);
    /* The migration codes and the private-property codes, from the model. */
    status = clusctl_win_vm_control_out(code, in, in_size, out, out_size, returned,
                                        &example_cluster, THIS_NODE, &r->vm);
    LeaveCriticalSection(&r->lock);
    return status;
}

static DWORD WINAPI VmResourceTypeControl(LPCWSTR type, DWORD code, PVOID in,
                                          DWORD in_size, PVOID out,
                                          DWORD out_size, LPDWORD returned)
{
    (void)type;
    (void)code;
    (void)in;
    (void)in_size;
    (void)out;
    (void)out_size;
    (void)returned;
    return ERROR_INVALID_FUNCTION;
}

static CLRES_FUNCTION_TABLE function_table;

/* The one entry point the Resource Monitor looks up by name. */
__declspec(dllexport) DWORD WINAPI Startup(LPCWSTR type, DWORD min_version,
                                           DWORD max_version,
                                           PSET_RESOURCE_STATUS_ROUTINE set_status,
                                           PLOG_EVENT_ROUTINE log_event,
                                           PCLRES_FUNCTION_TABLE *table);

__declspec(dllexport) DWORD WINAPI Startup(LPCWSTR type, DWORD min_version,
                                           DWORD max_version,
                                           PSET_RESOURCE_STATUS_ROUTINE set_status,
                                           PLOG_EVENT_ROUTINE log_event,
                                           PCLRES_FUNCTION_TABLE *table)
{
    (void)type;
    (void)set_status;
    (void)log_event;
    if (table == NULL)
        return ERROR_INVALID_PARAMETER;
    if (min_version > CLRES_VERSION_V1_00 || max_version < CLRES_VERSION_V1_00)
        return ERROR_REVISION_MISMATCH;
    function_table.TableSize = CLRES_V1_FUNCTION_SIZE;
    function_table.Version = CLRES_VERSION_V1_00;
    function_table.V1Functions.Open = VmOpen;
    function_table.V1Functions.Close = VmClose;
    function_table.V1Functions.Online = VmOnline;
    function_table.V1Functions.Offline = VmOffline;
    function_table.V1Functions.Terminate = VmTerminate;
    function_table.V1Functions.LooksAlive = VmIsAlive;
    function_table.V1Functions.IsAlive = VmIsAlive;
    function_table.V1Functions.Arbitrate = NULL;
    function_table.V1Functions.Release = NULL;
    function_table.V1Functions.ResourceControl = VmResourceControl;
    function_table.V1Functions.ResourceTypeControl = VmResourceTypeControl;
    *table = &function_table;
    return ERROR_SUCCESS;
}
