/* A program outside the clusctl tree, built against an installed clusctl:
 * once through find_package(clusctl CONFIG), once through pkg-config. */
#include <stdio.h>
#include <string.h>

#include <clusctl/clusctl.h>

int main(void)
{
    clusctl_fields f;
    clusctl_entry e;
    size_t index = CCTL_NO_ENTRY;
    clusctl_vm vm = {.vm_state = CCTL_VM_ENABLED, .migration_state = CCTL_MIGRATION_NONE, .host = 1, .source = 0, .destination = 0, .failure_reason = CCTL_S_OK, .progress = 0};
    static const clusctl_node nodes[] = {{.id = 1, .name = "node1", .up = 1}, {.id = 2, .name = "node2", .up = 1}};
    const clusctl_cluster cluster = {.nodes = nodes, .count = 2};
    unsigned char buffer[CCTL_START_BUFFER_MAX];
    size_t size = 0;
    int failed = 0;

    failed += clusctl_decode(0x01600008u, &f) != CCTL_ERROR_SUCCESS || f.function != 2;
    failed += clusctl_catalog_find_name("CLUSCTL_RESOURCE_VM_START_MIGRATION",
                                        CCTL_MATCH_EXACT, &index) != CCTL_ERROR_SUCCESS ||
              clusctl_catalog_get(index, &e) != CCTL_ERROR_SUCCESS || e.value != 0x01600004u;
    failed += clusctl_start_buffer_encode("node2", buffer, sizeof buffer, &size) !=
              CCTL_ERROR_SUCCESS;
    failed += clusctl_vm_resource_control(CCTL_VM_START_MIGRATION, buffer, size, &cluster,
                                          1, &vm, &vm) != CCTL_ERROR_SUCCESS ||
              vm.migration_state != CCTL_MIGRATION_SETUP;
    failed += strcmp(clusctl_version_string(), CLUSCTL_CONSUMER_EXPECTED_VERSION) != 0;
    printf("clusctl %s: %d passed, %d failed\n", clusctl_version_string(), 5 - failed,
           failed);
    return failed == 0 ? 0 : 1;
}
