/* Read a VM's VmState from the output of CLUSCTL_RESOURCE_GET_RO_PRIVATE_PROPERTIES.
 *
 * The resource DLL's side answers the control code with the writer, as
 * ResUtilPropertyListFromParameterBlock would: a first call with too small a
 * buffer gets ERROR_MORE_DATA and the size needed. The tool's side finds
 * VmState in the property list (as ResUtilFindDwordProperty does), then lists
 * every property. */
#include <stdio.h>
#include <string.h>

#include <clusctl/clusctl.h>

/* The resource DLL: fills OutBuffer as ResourceControl does. */
static clusctl_status get_ro_private_properties(const clusctl_vm *vm, void *out,
                                                size_t out_size, size_t *bytes_returned)
{
    clusctl_plist_writer w = {0};
    clusctl_plist_write_begin(&w, out, out_size, 0);
    clusctl_plist_write_property(&w, "VmState");
    clusctl_plist_write_dword(&w, 0, vm->vm_state);
    clusctl_plist_write_property_end(&w);
    clusctl_plist_write_property(&w, "MigrationProgress");
    clusctl_plist_write_dword(&w, 0, vm->progress);
    clusctl_plist_write_property_end(&w);
    clusctl_plist_write_property(&w, "MigrationFailureReason");
    clusctl_plist_write_dword(&w, 0, vm->failure_reason);
    clusctl_plist_write_property_end(&w);
    /* ERROR_MORE_DATA: *bytes_returned is the size needed. */
    return clusctl_plist_write_end(&w, bytes_returned);
}

/* The tool: prints each property of the list. */
static int list_properties(const unsigned char *buffer, size_t size)
{
    clusctl_plist_reader reader = {0};
    clusctl_prop prop = {0};
    clusctl_prop_value value = {0};
    clusctl_plist_error error = {0};
    char name[64];
    uint32_t number;

    if (clusctl_plist_open(&reader, buffer, size, 0, &error) != CCTL_ERROR_SUCCESS) {
        printf("bad list: %s at byte %lu\n", clusctl_plist_rule_name(error.rule),
               (unsigned long)error.offset);
        return 1;
    }
    while (clusctl_plist_next(&reader, &prop) == CCTL_ERROR_SUCCESS) {
        if (clusctl_prop_name(&prop, name, sizeof name, NULL) != CCTL_ERROR_SUCCESS)
            strcpy(name, "(long name)");
        while (clusctl_prop_next_value(&prop, &value) == CCTL_ERROR_SUCCESS) {
            if (clusctl_value_dword(&value, &number) == CCTL_ERROR_SUCCESS)
                printf("  %-24s %s 0x%08lX\n", name, clusctl_syntax_name(value.syntax),
                       (unsigned long)number);
            else
                printf("  %-24s %s (%lu bytes)\n", name, clusctl_syntax_name(value.syntax),
                       (unsigned long)value.length);
        }
    }
    return 0;
}

int main(void)
{
    clusctl_vm vm = {0};
    unsigned char small[16], buffer[256];
    size_t needed = 0, size = 0;
    clusctl_status status;
    uint32_t vm_state = 0;
    clusctl_plist_error error = {0};

    clusctl_vm_init(&vm, CCTL_VM_ENABLED, CCTL_MIGRATION_NONE, 1);
    vm.progress = 42;

    /* Too small: ERROR_MORE_DATA and the size needed, as ClusterResourceControl
     * gives them to its caller. */
    status = get_ro_private_properties(&vm, small, sizeof small, &needed);
    printf("16-byte buffer: %s, %lu bytes needed\n", clusctl_status_name(status),
           (unsigned long)needed);
    if (status != CCTL_ERROR_MORE_DATA || needed > sizeof buffer)
        return 1;
    status = get_ro_private_properties(&vm, buffer, needed, &size);
    printf("%lu-byte buffer: %s\n", (unsigned long)needed, clusctl_status_name(status));
    if (status != CCTL_ERROR_SUCCESS)
        return 1;

    /* VmState, found by name (any ASCII case). */
    status = clusctl_plist_find_dword(buffer, size, "VmState", &vm_state);
    printf("VmState = %lu (%s)\n", (unsigned long)vm_state, clusctl_vm_state_name(vm_state));
    if (status != CCTL_ERROR_SUCCESS || vm_state != CCTL_VM_ENABLED)
        return 1;
    /* An absent property, and a list cut short. */
    status = clusctl_plist_find_dword(buffer, size, "MigrationState", &vm_state);
    printf("MigrationState: %s\n", clusctl_status_name(status));
    if (status != CCTL_ERROR_FILE_NOT_FOUND)
        return 1;
    status = clusctl_plist_validate(buffer, size - 6, 0, &error);
    printf("cut by 6 bytes: %s, rule %s at byte %lu\n", clusctl_status_name(status),
           clusctl_plist_rule_name(error.rule), (unsigned long)error.offset);
    if (status != CCTL_ERROR_INVALID_DATA)
        return 1;

    printf("properties:\n");
    return list_properties(buffer, size);
}
