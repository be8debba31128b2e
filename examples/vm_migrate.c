/* Walks one live migration of a VM from node1 to node2: START through the
 * ResourceControl front door (the destination in a UTF-16LE buffer, as
 * ClusterResourceControl sends it), then setup, data transfer with progress,
 * and the move of the VM's group, after which node2 hosts the VM. */
#include <stdio.h>

#include <clusctl/clusctl.h>

static const clusctl_node nodes[] = {{.id = 1, .name = "node1", .up = 1}, {.id = 2, .name = "node2", .up = 1}};
static const clusctl_cluster cluster = {.nodes = nodes, .count = 2};

static void show(const char *step, clusctl_status status, const clusctl_vm *vm)
{
    printf("%-20s %-22s vm=%s migration=%s host=node%lu progress=%lu\n", step,
           clusctl_status_name(status), clusctl_vm_state_name(vm->vm_state),
           clusctl_migration_state_name(vm->migration_state),
           (unsigned long)vm->host, (unsigned long)vm->progress);
}

/* One of the Cluster service's own events. */
static clusctl_status service(clusctl_vm *vm, uint32_t kind, uint32_t value)
{
    clusctl_event e = {.kind = 0, .caller = 0, .destination = NULL, .value = 0};
    e.kind = kind;
    e.value = value;
    return clusctl_vm_apply(vm, &cluster, &e, vm);
}

int main(void)
{
    clusctl_vm vm = {.vm_state = CCTL_VM_ENABLED, .migration_state = CCTL_MIGRATION_NONE, .host = 1, .source = 0, .destination = 0, .failure_reason = CCTL_S_OK, .progress = 0};
    unsigned char buffer[CCTL_START_BUFFER_MAX];
    size_t size = 0;
    clusctl_status s;
    uint32_t percent;

    /* The caller's side: the destination's name as START's input buffer. */
    s = clusctl_start_buffer_encode("node2", buffer, sizeof buffer, &size);
    if (s != CCTL_ERROR_SUCCESS)
        return 1;
    /* The resource DLL's side, on node1 (the host). */
    s = clusctl_vm_resource_control(CCTL_VM_START_MIGRATION, buffer, size,
                                    &cluster, 1, &vm, &vm);
    show("start", s, &vm);
    if (s != CCTL_ERROR_SUCCESS)
        return 1;
    show("setup complete", service(&vm, CCTL_EVENT_SETUP_COMPLETE, 0), &vm);
    for (percent = 25; percent <= 100; percent += 25)
        show("progress", service(&vm, CCTL_EVENT_PROGRESS, percent), &vm);
    show("transfer complete", service(&vm, CCTL_EVENT_TRANSFER_COMPLETE, 0), &vm);
    show("move complete", service(&vm, CCTL_EVENT_MOVE_COMPLETE, 0), &vm);
    return vm.host == 2 && vm.migration_state == CCTL_MIGRATION_NONE ? 0 : 1;
}
