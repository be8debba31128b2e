/* Starts a live migration, then cancels it from the wrong node (refused:
 * ERROR_INVALID_STATE, nothing changes) and from the source node (accepted:
 * Canceled), as a resource DLL's ResourceControl would see the two codes;
 * then the Cluster service resets the state. */
#include <stdio.h>

#include <clusctl/clusctl.h>

static const clusctl_node nodes[] = {{.id = 1, .name = "node1", .up = 1}, {.id = 2, .name = "node2", .up = 1}};
static const clusctl_cluster cluster = {.nodes = nodes, .count = 2};

static void show(const char *step, clusctl_status status, const clusctl_vm *vm)
{
    printf("%-24s %-22s migration=%s\n", step, clusctl_status_name(status),
           clusctl_migration_state_name(vm->migration_state));
}

int main(void)
{
    clusctl_vm vm = {.vm_state = CCTL_VM_ENABLED, .migration_state = CCTL_MIGRATION_NONE, .host = 1, .source = 0, .destination = 0, .failure_reason = CCTL_S_OK, .progress = 0};
    clusctl_event reset = {.kind = CCTL_EVENT_RESET, .caller = 0, .destination = NULL, .value = 0};
    unsigned char buffer[CCTL_START_BUFFER_MAX];
    size_t size = 0;
    clusctl_status s;

    if (clusctl_start_buffer_encode("node2", buffer, sizeof buffer, &size) !=
        CCTL_ERROR_SUCCESS)
        return 1;
    s = clusctl_vm_resource_control(CCTL_VM_START_MIGRATION, buffer, size,
                                    &cluster, 1, &vm, &vm);
    show("start on node1", s, &vm);
    /* CANCEL takes no buffers; it must run on the migration's source. */
    s = clusctl_vm_resource_control(CCTL_VM_CANCEL_MIGRATION, NULL, 0, &cluster,
                                    2, &vm, &vm);
    show("cancel on node2", s, &vm);
    if (s != CCTL_ERROR_INVALID_STATE)
        return 1;
    s = clusctl_vm_resource_control(CCTL_VM_CANCEL_MIGRATION, NULL, 0, &cluster,
                                    1, &vm, &vm);
    show("cancel on node1", s, &vm);
    if (s != CCTL_ERROR_SUCCESS || vm.migration_state != CCTL_MIGRATION_CANCELED)
        return 1;
    s = clusctl_vm_apply(&vm, &cluster, &reset, &vm);
    show("reset", s, &vm);
    return s == CCTL_ERROR_SUCCESS && vm.host == 1 ? 0 : 1;
}
