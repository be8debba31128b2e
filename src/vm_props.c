/* The VM resource's private properties: its property table (generated from
 * data/vm_properties.csv), the model's properties rule, the complete front
 * door (clusctl_vm_control()) and the model read from a cluster's lists
 * (clusctl_vm_from_properties()). */
#include "clusctl/vm.h"

#include <stddef.h>
#include <string.h>

#include "internal.h"
#include "proptable_internal.h"
#include "vm_internal.h"

#define CLUSCTL__VM_PROPERTY_TABLE
#include "vm_props_data.inc"

#define CCTL__TABLE clusctl__vm_properties
#define CCTL__COUNT ((size_t)CLUSCTL__VM_PROPERTY_COUNT)
/* The property members: after clusctl_vm::properties, before the reserved
 * room. */
#define CCTL__PROPS_FROM (offsetof(clusctl_vm, properties) + sizeof(uint32_t))
#define CCTL__PROPS_TO offsetof(clusctl_vm, reserved)
#define CCTL__OVER_32(n) ((((size_t)(n)) >> 16 >> 16) != 0)

const clusctl_prop_item *clusctl_vm_property_table(size_t *count)
{
    if (count == NULL)
        return NULL;
    *count = CCTL__COUNT;
    return CCTL__TABLE;
}

int clusctl__vm_clean(const clusctl_vm *vm)
{
    const unsigned char *b = (const unsigned char *)vm;
    size_t i;
    if (!CCTL_CLEAN_(vm))
        return 0;
    if (vm->properties == CCTL_VM_PROPERTIES_SET)
        return 1;
    if (vm->properties != 0)
        return 0;
    for (i = CCTL__PROPS_FROM; i < CCTL__PROPS_TO; i++)
        if (b[i] != 0)
            return 0;
    return 1;
}

/* A clean model with its property members written out. */
static void clusctl__vm_expand(const clusctl_vm *in, clusctl_vm *out)
{
    clusctl_vm m = *in, d;
    size_t i;
    if (m.properties == 0) {
        memset(&d, 0, sizeof d);
        clusctl__defaults(CCTL__TABLE, CCTL__COUNT, &d);
        for (i = 0; i < CCTL__COUNT; i++) {
            const clusctl_prop_item *it = &CCTL__TABLE[i];
            size_t size = it->size != 0 ? it->size : sizeof(uint32_t); /* DWORD or SZ */
            if (it->offset >= CCTL__PROPS_FROM && it->offset < CCTL__PROPS_TO)
                memcpy((unsigned char *)&m + it->offset, (const unsigned char *)&d + it->offset,
                       size);
        }
        m.properties = CCTL_VM_PROPERTIES_SET;
    }
    *out = m;
}

clusctl_status clusctl_vm_properties_expand(const clusctl_vm *vm, clusctl_vm *out)
{
    clusctl_vm m;
    if (vm == NULL || out == NULL || !clusctl__vm_clean(vm))
        return CCTL_ERROR_INVALID_PARAMETER;
    clusctl__vm_expand(vm, &m);
    memcpy(out, &m, sizeof *out);
    return CCTL_ERROR_SUCCESS;
}

static int clusctl__handled(uint32_t code)
{
    switch (code) {
    case CCTL_VM_START_MIGRATION:
    case CCTL_VM_CANCEL_MIGRATION:
    case CCTL_RESOURCE_ENUM_PRIVATE_PROPERTIES:
    case CCTL_RESOURCE_GET_RO_PRIVATE_PROPERTIES:
    case CCTL_RESOURCE_GET_PRIVATE_PROPERTIES:
    case CCTL_RESOURCE_SET_PRIVATE_PROPERTIES:
    case CCTL_RESOURCE_VALIDATE_PRIVATE_PROPERTIES:
        return 1;
    default:
        return 0;
    }
}

static int clusctl__has_output(uint32_t code)
{
    return code == CCTL_RESOURCE_ENUM_PRIVATE_PROPERTIES ||
           code == CCTL_RESOURCE_GET_RO_PRIVATE_PROPERTIES ||
           code == CCTL_RESOURCE_GET_PRIVATE_PROPERTIES;
}

clusctl_status clusctl_vm_control(uint32_t code, const void *in_buffer, size_t in_size,
                                  void *out_buffer, size_t out_size, size_t *bytes_returned,
                                  const clusctl_cluster *cluster, uint32_t caller,
                                  const clusctl_vm *current, clusctl_vm *next,
                                  clusctl_prop_error *error)
{
    clusctl_vm cur, work;
    clusctl_prop_error e;
    clusctl_status st;
    size_t n = 0, esize = error != NULL ? sizeof *error : 0;
    size_t osize = clusctl__has_output(code) ? out_size : 0;
    uint32_t which;

    /* The code first: whatever the other arguments, a code this door does
     * not handle goes back to the Resource Monitor's default processing. */
    if (!clusctl__handled(code)) {
        if (current != NULL)
            cur = *current;
        if (bytes_returned != NULL)
            *bytes_returned = 0;
        if (current != NULL && next != NULL)
            memcpy(next, &cur, sizeof *next);
        return CCTL_ERROR_INVALID_FUNCTION;
    }
    if (current == NULL || next == NULL || bytes_returned == NULL ||
        (error != NULL && !CCTL_CLEAN_PTR_(error)) ||
        clusctl__overlap(next, sizeof *next, bytes_returned, sizeof *bytes_returned) ||
        clusctl__overlap(next, sizeof *next, error, esize) ||
        clusctl__overlap(bytes_returned, sizeof *bytes_returned, error, esize) ||
        clusctl__overlap(out_buffer, osize, next, sizeof *next) ||
        clusctl__overlap(out_buffer, osize, bytes_returned, sizeof *bytes_returned) ||
        clusctl__overlap(out_buffer, osize, error, esize))
        return CCTL_ERROR_INVALID_PARAMETER;
    cur = *current;
    if (!clusctl__vm_clean(&cur))
        return CCTL_ERROR_INVALID_PARAMETER;

    if (code == CCTL_VM_START_MIGRATION || code == CCTL_VM_CANCEL_MIGRATION) {
        clusctl__prop_error_init(&e);
        st = clusctl_vm_resource_control(code, in_buffer, in_size, cluster, caller, &cur,
                                         &work);
        *bytes_returned = 0;
        memcpy(next, &work, sizeof *next); /* the input has been read */
        return clusctl__prop_error_done(&e, st, error);
    }
    if (clusctl__has_output(code)) {
        if (in_size != 0)
            return CCTL_ERROR_INVALID_PARAMETER; /* no input */
        if (out_buffer == NULL && out_size != 0)
            return CCTL_ERROR_INVALID_USER_BUFFER;
    } else {
        if (in_buffer == NULL && in_size != 0)
            return CCTL_ERROR_INVALID_USER_BUFFER;
        if (CCTL__OVER_32(in_size))
            return CCTL_ERROR_INVALID_PARAMETER;
    }

    clusctl__prop_error_init(&e);
    clusctl__vm_expand(&cur, &work);
    st = clusctl__block_check(CCTL__TABLE, CCTL__COUNT, CCTL_PROPTABLE_ALL, &work, &e);
    if (st == CCTL_ERROR_SUCCESS) {
        switch (code) {
        case CCTL_RESOURCE_ENUM_PRIVATE_PROPERTIES:
            st = clusctl_proptable_enum(CCTL__TABLE, CCTL__COUNT, CCTL_PROPTABLE_ALL, out_buffer,
                                        out_size, &n, &e);
            break;
        case CCTL_RESOURCE_GET_RO_PRIVATE_PROPERTIES:
        case CCTL_RESOURCE_GET_PRIVATE_PROPERTIES:
            which = code == CCTL_RESOURCE_GET_RO_PRIVATE_PROPERTIES ? CCTL_PROPTABLE_READ_ONLY
                                                                     : CCTL_PROPTABLE_READ_WRITE;
            st = clusctl_proptable_to_list(CCTL__TABLE, CCTL__COUNT, which, &work, sizeof work,
                                           out_buffer, out_size, &n, &e);
            break;
        default: /* SET, VALIDATE: a client's list, applied to the copy */
            st = clusctl__apply(CCTL__TABLE, CCTL__COUNT, in_buffer, in_size,
                                CCTL_PLIST_FROM_CLIENT, &work, sizeof work, &e);
            break;
        }
    }
    *bytes_returned = st == CCTL_ERROR_SUCCESS || st == CCTL_ERROR_MORE_DATA ? n : 0;
    memcpy(next,
           code == CCTL_RESOURCE_SET_PRIVATE_PROPERTIES && st == CCTL_ERROR_SUCCESS ? &work
                                                                                   : &cur,
           sizeof *next);
    return clusctl__prop_error_done(&e, st, error);
}

/* A known property of the second list that the first one names too. */
static clusctl_status clusctl__cross_duplicate(const void *first, size_t first_size,
                                               const void *second, size_t second_size,
                                               clusctl_prop_error *e)
{
    clusctl_plist_reader r;
    clusctl_prop prop;
    size_t j;
    memset(&r, 0, sizeof r);
    if (clusctl_plist_open(&r, second, second_size, 0, NULL) != CCTL_ERROR_SUCCESS)
        return CCTL_ERROR_SUCCESS; /* GCOVR_EXCL_LINE: not reached: applied already */
    for (;;) {
        memset(&prop, 0, sizeof prop);
        if (clusctl_plist_next(&r, &prop) != CCTL_ERROR_SUCCESS)
            return CCTL_ERROR_SUCCESS;
        j = clusctl__item_of(CCTL__TABLE, CCTL__COUNT, &prop);
        if (j != CCTL_PROP_NO_ITEM &&
            clusctl_plist_find(first, first_size, 0, CCTL__TABLE[j].name, CCTL_PROP_FORMAT_ANY,
                               NULL, NULL) != CCTL_ERROR_FILE_NOT_FOUND)
            return clusctl__prop_fail(e, CCTL_PROP_REASON_DUPLICATE, &prop, j, prop.offset);
    }
}

clusctl_status clusctl_vm_from_properties(const void *ro_list, size_t ro_size,
                                          const void *rw_list, size_t rw_size, uint32_t host,
                                          clusctl_vm *vm, clusctl_prop_error *error)
{
    const uint32_t flags = CCTL_PROPTABLE_FROM_SERVER | CCTL_PROPTABLE_ALLOW_UNKNOWN;
    clusctl_vm m;
    clusctl_prop_error e;
    clusctl_status st = CCTL_ERROR_SUCCESS;

    if (vm == NULL || (error != NULL && !CCTL_CLEAN_PTR_(error)) ||
        clusctl__overlap(error, error != NULL ? sizeof *error : 0, vm, sizeof *vm) ||
        CCTL__OVER_32(ro_size) || CCTL__OVER_32(rw_size))
        return CCTL_ERROR_INVALID_PARAMETER;
    if ((ro_list == NULL && ro_size != 0) || (rw_list == NULL && rw_size != 0))
        return CCTL_ERROR_INVALID_USER_BUFFER;
    clusctl__prop_error_init(&e);
    memset(&m, 0, sizeof m);
    clusctl__defaults(CCTL__TABLE, CCTL__COUNT, &m);
    m.properties = CCTL_VM_PROPERTIES_SET;
    if (ro_size != 0)
        st = clusctl__apply(CCTL__TABLE, CCTL__COUNT, ro_list, ro_size, flags, &m, sizeof m, &e);
    if (st == CCTL_ERROR_SUCCESS && rw_size != 0) {
        e.list = 1;
        st = clusctl__apply(CCTL__TABLE, CCTL__COUNT, rw_list, rw_size, flags, &m, sizeof m, &e);
        if (st == CCTL_ERROR_SUCCESS && ro_size != 0)
            st = clusctl__cross_duplicate(ro_list, ro_size, rw_list, rw_size, &e);
    }
    if (st != CCTL_ERROR_SUCCESS)
        return clusctl__prop_error_done(&e, st, error);
    m.host = host;
    m.source = clusctl__vm_has_migration(m.migration_state) ? host : CCTL_NO_NODE;
    m.destination = CCTL_NO_NODE;
    memcpy(vm, &m, sizeof *vm); /* the lists have been read */
    clusctl__prop_error_init(&e);
    return clusctl__prop_error_done(&e, CCTL_ERROR_SUCCESS, error);
}
