/* The Windows shim, resource DLL's side: routes the VM codes from
 * ResourceControl to the portable core. It marshals; no rule lives here.
 * Kept apart from caller.c so that a resource DLL does not import clusapi. */
#include <windows.h>

#include "clusctl/win.h"

DWORD clusctl_win_vm_control(DWORD code, const void *in_buffer, DWORD in_size,
                             DWORD *bytes_returned,
                             const clusctl_cluster *cluster, uint32_t this_node,
                             clusctl_vm *vm)
{
    clusctl_vm next;
    clusctl_status status;
    /* The core decides everything, NULL models included: the code first.
     * The outputs are written after it has read the input buffer. */
    status = clusctl_vm_resource_control(code, in_buffer, in_size, cluster,
                                         this_node, vm, &next);
    if (status == CCTL_ERROR_SUCCESS)
        *vm = next;
    if (bytes_returned != NULL)
        *bytes_returned = 0;
    return status;
}
