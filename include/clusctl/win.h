/**
 * @file win.h
 * @brief The Windows shim: start and cancel a VM live migration through
 *        `ClusterResourceControl`, call any control code with the
 *        ERROR_MORE_DATA convention, and route the VM codes from a resource
 *        DLL's `ResourceControl` to the portable core.
 *
 * Windows only (link `clusctl::win`, which links `clusapi`). The shim holds
 * no rule of its own: it marshals between Windows types and the portable
 * core (clusctl/vm.h, clusctl/buffer.h) and returns statuses unchanged.
 *
 * The handle types are the SDK's own (`HRESOURCE` is `struct _HRESOURCE *`,
 * `HNODE` is `struct _HNODE *`), declared here without `clusapi.h`, so this
 * header and `clusapi.h`/`resapi.h` can be included in either order.
 */
#ifndef CCTL_WIN_H_
#define CCTL_WIN_H_

#if defined(_WIN32) || defined(CCTL_DOXYGEN)

#include <windows.h>

#include "clusctl.h"

CCTL_BEGIN_DECLS

struct _HRESOURCE;
struct _HNODE;

/**
 * @brief Starts the live migration of a VM resource:
 *        `ClusterResourceControl(resource, host_node,
 *        CLUSCTL_RESOURCE_VM_START_MIGRATION, buffer, size, NULL, 0, NULL)`,
 *        the buffer holding @p destination as UTF-16LE with its NUL.
 *
 * @param resource The VM resource (`HRESOURCE`).
 * @param host_node The node to run the control on (`HNODE`), or NULL for the
 *        node that owns the resource; passed through as it is.
 * @param destination The destination node's name, NUL-terminated.
 * @return `ClusterResourceControl`'s status unchanged; or, before any call,
 *         clusctl_start_buffer_decode()'s status for a name the buffer cannot
 *         carry (NULL: ERROR_INVALID_PARAMETER; empty: ERROR_INVALID_COMPUTERNAME;
 *         too long: ERROR_BUFFER_OVERFLOW; unpaired surrogate:
 *         ERROR_NO_UNICODE_TRANSLATION).
 */
CCTL_API DWORD clusctl_win_start_migration(struct _HRESOURCE *resource,
                                           struct _HNODE *host_node,
                                           const wchar_t *destination);

/**
 * @brief clusctl_win_start_migration() with the destination in UTF-8; the
 *        buffer is built by clusctl_start_buffer_encode().
 *
 * @param resource The VM resource (`HRESOURCE`).
 * @param host_node The node to run the control on, or NULL.
 * @param destination The destination node's name, NUL-terminated UTF-8.
 * @return `ClusterResourceControl`'s status unchanged; or, before any call,
 *         clusctl_start_buffer_encode()'s status for a bad name.
 */
CCTL_API DWORD clusctl_win_start_migration_utf8(struct _HRESOURCE *resource,
                                                struct _HNODE *host_node,
                                                const char *destination);

/**
 * @brief Cancels the live migration of a VM resource:
 *        `ClusterResourceControl(resource, host_node,
 *        CLUSCTL_RESOURCE_VM_CANCEL_MIGRATION, NULL, 0, NULL, 0, NULL)`.
 *
 * @param resource The VM resource (`HRESOURCE`).
 * @param host_node The node to run the control on, or NULL.
 * @return `ClusterResourceControl`'s status unchanged.
 */
CCTL_API DWORD clusctl_win_cancel_migration(struct _HRESOURCE *resource,
                                            struct _HNODE *host_node);

/** @brief The most times clusctl_win_resource_control() calls
 *         `ClusterResourceControl` for one request. */
#define CCTL_WIN_MAX_CALLS 4

/**
 * @brief Calls any control code on a resource and returns its output in a
 *        buffer it allocates, following the ERROR_MORE_DATA convention: when
 *        the output buffer is too small, it grows the buffer to the size
 *        `ClusterResourceControl` reports and calls again, at most
 *        #CCTL_WIN_MAX_CALLS times in all.
 *
 * @param resource The resource (`HRESOURCE`).
 * @param host_node The node to run the control on, or NULL.
 * @param code The control code.
 * @param in_buffer The input buffer, or NULL.
 * @param in_size Its size in bytes.
 * @param[out] out_buffer Receives the output, allocated with `HeapAlloc` on
 *        the process heap (free it with clusctl_win_free()), or NULL when
 *        there is none.
 * @param[out] out_size Receives the output's size in bytes.
 * @return ERROR_SUCCESS; ERROR_INVALID_PARAMETER when @p out_buffer or
 *         @p out_size is NULL; ERROR_NOT_ENOUGH_MEMORY; ERROR_MORE_DATA when
 *         the output still did not fit after #CCTL_WIN_MAX_CALLS calls; or
 *         any other status of `ClusterResourceControl`, unchanged.
 */
CCTL_API DWORD clusctl_win_resource_control(struct _HRESOURCE *resource,
                                            struct _HNODE *host_node, DWORD code,
                                            const void *in_buffer, DWORD in_size,
                                            void **out_buffer, DWORD *out_size);

/**
 * @brief Reads a "Virtual Machine" resource's model from a live cluster:
 *        `CLUSCTL_RESOURCE_GET_RO_PRIVATE_PROPERTIES` and
 *        `CLUSCTL_RESOURCE_GET_PRIVATE_PROPERTIES` through
 *        clusctl_win_resource_control() (the ERROR_MORE_DATA retry), then
 *        clusctl_vm_from_properties() on the two lists.
 *
 * @param resource The resource (`HRESOURCE`).
 * @param host_node The node to run the controls on, or NULL.
 * @param host The id the model gives the node that hosts the VM.
 * @param[out] vm Receives the model (only on success).
 * @param[out] error Receives why a list was refused (see
 *        clusctl_vm_from_properties()); may be NULL.
 * @return ERROR_SUCCESS; a status of a control (clusctl_win_resource_control());
 *         or clusctl_vm_from_properties()'s.
 */
CCTL_API DWORD clusctl_win_vm_read(struct _HRESOURCE *resource, struct _HNODE *host_node,
                                   uint32_t host, clusctl_vm *vm, clusctl_prop_error *error);

/**
 * @brief Says what START would get, without sending it: reads the VM's model
 *        (clusctl_win_vm_read()) and runs clusctl_vm_start() on it. A tool
 *        can tell why a migration would fail without touching the VM, then
 *        send it (clusctl_win_start_migration_utf8()) when this says
 *        ERROR_SUCCESS.
 *
 * @param resource The resource (`HRESOURCE`).
 * @param host_node The node to run the controls on, or NULL.
 * @param cluster The cluster's nodes, as the model's ids name them.
 * @param host The id of the node that hosts the VM.
 * @param caller The id of the node START would run on.
 * @param destination The destination's name, NUL-terminated UTF-8.
 * @param[out] model Receives the model read, or NULL.
 * @return A status of reading the model (clusctl_win_vm_read()), or the
 *         status START would get.
 */
CCTL_API DWORD clusctl_win_vm_check_start(struct _HRESOURCE *resource,
                                          struct _HNODE *host_node,
                                          const clusctl_cluster *cluster, uint32_t host,
                                          uint32_t caller, const char *destination,
                                          clusctl_vm *model);

/**
 * @brief Frees what clusctl_win_resource_control() allocated.
 * @param buffer The buffer, or NULL (nothing is done).
 */
CCTL_API void clusctl_win_free(void *buffer);

/**
 * @brief For a resource DLL's `ResourceControl`: routes
 *        `CLUSCTL_RESOURCE_VM_START_MIGRATION` and
 *        `CLUSCTL_RESOURCE_VM_CANCEL_MIGRATION` to
 *        clusctl_vm_resource_control() and returns its status; every other
 *        code gets ERROR_INVALID_FUNCTION whatever the other arguments (a
 *        NULL @p vm included), so that the Resource Monitor does its default
 *        processing. Every decision is the core's: this only marshals.
 *
 * On success the model @p vm is updated; on any other status it is left as
 * it was. The two codes return no output: *bytes_returned is set to 0.
 * Both are written after the input buffer has been read, so either may
 * overlap it.
 * Calls for one resource must not run at the same time (the Resource Monitor
 * may call from several threads: hold a lock around this call).
 *
 * @param code `ControlCode`.
 * @param in_buffer `InBuffer`.
 * @param in_size `InBufferSize`.
 * @param[out] bytes_returned `BytesReturned`, or NULL.
 * @param cluster The cluster's nodes.
 * @param this_node The id of the node this DLL runs on.
 * @param[in,out] vm The resource's model.
 * @return The status to return from `ResourceControl`.
 */
CCTL_API DWORD clusctl_win_vm_control(DWORD code, const void *in_buffer, DWORD in_size,
                                      DWORD *bytes_returned,
                                      const clusctl_cluster *cluster,
                                      uint32_t this_node, clusctl_vm *vm);

/**
 * @brief For a resource DLL's `ResourceControl`, with its output buffer:
 *        every code of clusctl_vm_control() (the migration codes and the
 *        private-property codes), ERROR_INVALID_FUNCTION for any other.
 *
 * On success the model @p vm is updated (START, CANCEL, SET); on any other
 * status it is left as it was. *@p bytes_returned gets the bytes written,
 * or those needed with ERROR_MORE_DATA. Every decision is the core's.
 * Calls for one resource must not run at the same time (hold a lock).
 *
 * @param code `ControlCode`.
 * @param in_buffer `InBuffer`.
 * @param in_size `InBufferSize`.
 * @param[out] out_buffer `OutBuffer`.
 * @param out_size `OutBufferSize`.
 * @param[out] bytes_returned `BytesReturned`, or NULL.
 * @param cluster The cluster's nodes.
 * @param this_node The id of the node this DLL runs on.
 * @param[in,out] vm The resource's model.
 * @return The status to return from `ResourceControl`.
 */
CCTL_API DWORD clusctl_win_vm_control_out(DWORD code, const void *in_buffer, DWORD in_size,
                                          void *out_buffer, DWORD out_size,
                                          DWORD *bytes_returned,
                                          const clusctl_cluster *cluster,
                                          uint32_t this_node, clusctl_vm *vm);

CCTL_END_DECLS

#endif /* _WIN32 */

#endif /* CCTL_WIN_H_ */
