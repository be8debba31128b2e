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

DWORD clusctl_win_vm_control_out(DWORD code, const void *in_buffer, DWORD in_size,
                                 void *out_buffer, DWORD out_size, DWORD *bytes_returned,
                                 const clusctl_cluster *cluster, uint32_t this_node,
                                 clusctl_vm *vm)
{
    clusctl_vm next;
    size_t returned = 0;
    clusctl_status status;
    status = clusctl_vm_control(code, in_buffer, in_size, out_buffer, out_size, &returned,
                                cluster, this_node, vm, &next, NULL);
    if (status == CCTL_ERROR_SUCCESS)
        *vm = next;
    if (bytes_returned != NULL)
        *bytes_returned = (DWORD)returned; /* at most out_size, or a list's size */
    return status;
}
