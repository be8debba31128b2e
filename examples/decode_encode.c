/* Decode a control code into its fields, build one from fields, and use the
 * twins of the SDK's macros in a switch, as a resource DLL's ResourceControl
 * would. */
#include <stdio.h>

#include <clusctl/clusctl.h>

/* CLUSCTL_RESOURCE_VM_START_MIGRATION and ..._CANCEL_MIGRATION: RESOURCE,
 * modify, user bit (21), function 1 and 2, access ANY. */
#define VM_START_MIGRATION                                                     \
    CCTL_RESOURCE_CODE(CCTL_MODIFY_MASK | CCTL_USER_MASK |                     \
                       CCTL_EXTERNAL_CODE(1, CCTL_ACCESS_ANY, 0))
#define VM_CANCEL_MIGRATION                                                    \
    CCTL_RESOURCE_CODE(CCTL_MODIFY_MASK | CCTL_USER_MASK |                     \
                       CCTL_EXTERNAL_CODE(2, CCTL_ACCESS_ANY, 0))

static const char *route(uint32_t code)
{
    switch (code) {
    case VM_START_MIGRATION:
        return "start migration";
    case VM_CANCEL_MIGRATION:
        return "cancel migration";
    default:
        return "not handled (ERROR_INVALID_FUNCTION)";
    }
}

int main(void)
{
    clusctl_fields f;
    uint32_t code = 0;
    clusctl_status status;

    /* Decode: every 32-bit value has fields. */
    status = clusctl_decode(0x01600008u, &f);
    if (status != CCTL_ERROR_SUCCESS)
        return 1;
    printf("0x01600008: object %lu (%s), modify %lu, user %lu, function %lu, "
           "access %s\n",
           (unsigned long)f.object, clusctl_object_name(f.object),
           (unsigned long)f.modify, (unsigned long)f.user,
           (unsigned long)f.function, clusctl_access_name(f.access));

    /* Encode: out-of-range fields are refused, never masked. */
    f.function = 1;
    status = clusctl_encode(&f, &code);
    printf("function 1 encodes to 0x%08lX (%s)\n", (unsigned long)code,
           clusctl_status_name(status));
    f.function = 0x40000;
    status = clusctl_encode(&f, &code);
    printf("function 0x40000: %s, bad field: %s\n", clusctl_status_name(status),
           clusctl_field_name(clusctl_fields_check(&f)));

    /* Validation flags what no current SDK code does. */
    printf("CCTL_USER_CODE(1, RESOURCE) = 0x%08lX, warnings 0x%lX: %s\n",
           (unsigned long)CCTL_USER_CODE(1, CCTL_OBJECT_RESOURCE),
           (unsigned long)clusctl_validate(CCTL_USER_CODE(1, CCTL_OBJECT_RESOURCE)),
           clusctl_warning_description(CCTL_WARN_USER_CODE_MACRO));

    printf("0x01600004 routes to: %s\n", route(0x01600004u));
    printf("0x01000009 routes to: %s\n", route(0x01000009u));
    return code == 0x01600004u && status == CCTL_ERROR_INVALID_PARAMETER ? 0 : 1;
}
