/* The shared ResourceControl vectors (vm_vectors.h) through the portable
 * core: the same statuses the example resource DLL gives under Wine. */
#include "clusctl/clusctl.h"
#include "harness.h"
#include "vm_vectors.h"

int main(void)
{
    static const clusctl_node nodes[] = {{.id = 1, .name = "node1", .up = 1}, {.id = 2, .name = "node2", .up = 1}, {.id = 3, .name = "node3", .up = 0}};
    static const clusctl_cluster cluster = {.nodes = nodes, .count = 3};
    clusctl_vm vm = {.vm_state = CCTL_VM_ENABLED, .migration_state = CCTL_MIGRATION_NONE, .host = 1, .source = 0, .destination = 0, .failure_reason = CCTL_S_OK, .progress = 0};
    unsigned char buf[514];
    size_t i;
    for (i = 0; i < VM_VECTOR_COUNT; i++) {
        const vm_vector *v = &vm_vectors[i];
        clusctl_vm next;
        harness_test = v->what;
        CHECK_EQ_U(clusctl_vm_resource_control(v->code, vm_vector_input(v, buf), v->size,
                                               &cluster, 1, &vm, &next),
                   v->expected);
        vm = next;
    }
    harness_test = "final state";
    CHECK_EQ_U(vm.migration_state, CCTL_MIGRATION_CANCELED);
    return harness_finish();
}
