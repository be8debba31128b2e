/* The docs' names of the VM properties' values (data/vm_properties.csv's
 * `values` column, generated into vm_props_data.inc). */
#include <stddef.h>
#include <string.h>

#include "clusctl/vm.h"
#include "internal.h"

#define CLUSCTL__VM_VALUE_NAMES
#include "vm_props_data.inc"

/* The next character of a name as compared: ASCII lower case; a run of
 * spaces, '-', '_', '(' and ')' is one ' ' (none at either end);
 * apostrophes are dropped. Returns 0 at the end. */
static char clusctl__name_char(const char **p, int *started)
{
    int gap = 0;
    for (;;) {
        char c = **p;
        if (c == '\0')
            return '\0';
        (*p)++;
        if (c == '\'')
            continue;
        if (c == ' ' || c == '-' || c == '_' || c == '(' || c == ')') {
            gap = *started;
            continue;
        }
        if (gap) {
            (*p)--; /* give the character back after the separator */
            return ' ';
        }
        *started = 1;
        return (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
    }
}

static int clusctl__value_name_equal(const char *a, const char *b)
{
    int sa = 0, sb = 0;
    for (;;) {
        char x = clusctl__name_char(&a, &sa), y = clusctl__name_char(&b, &sb);
        if (x != y)
            return 0;
        if (x == '\0')
            return 1;
    }
}

/* The schema item named `property` (ignoring ASCII case), or -1. */
static long clusctl__vm_item(const char *property)
{
    size_t i, count;
    const clusctl_prop_item *table = clusctl_vm_property_table(&count);
    for (i = 0; i < count; i++)
        if (clusctl__ascii_equal_nocase(table[i].name, property))
            return (long)i;
    return -1;
}

const char *clusctl_vm_property_value_name(const char *property, uint32_t value)
{
    size_t i;
    long item;
    if (property == NULL || (item = clusctl__vm_item(property)) < 0)
        return NULL;
    for (i = 0; i < CLUSCTL__VM_VALUE_NAME_COUNT; i++)
        if ((long)clusctl__vm_value_names[i].item == item &&
            clusctl__vm_value_names[i].value == value)
            return clusctl__vm_value_pool + clusctl__vm_value_names[i].name;
    return NULL;
}

clusctl_status clusctl_vm_property_value_from_name(const char *property, const char *name,
                                                   uint32_t *value)
{
    size_t i;
    long item;
    if (property == NULL || name == NULL || value == NULL)
        return CCTL_ERROR_INVALID_PARAMETER;
    item = clusctl__vm_item(property);
    if (item < 0)
        return CCTL_ERROR_NOT_FOUND;
    for (i = 0; i < CLUSCTL__VM_VALUE_NAME_COUNT; i++) {
        if ((long)clusctl__vm_value_names[i].item == item &&
            clusctl__value_name_equal(clusctl__vm_value_pool + clusctl__vm_value_names[i].name,
                                      name)) {
            *value = clusctl__vm_value_names[i].value;
            return CCTL_ERROR_SUCCESS;
        }
    }
    return CCTL_ERROR_NOT_FOUND;
}

const char *clusctl_vm_property_value_at(const char *property, size_t index, uint32_t *value)
{
    size_t i;
    long item;
    if (property == NULL || (item = clusctl__vm_item(property)) < 0)
        return NULL;
    for (i = 0; i < CLUSCTL__VM_VALUE_NAME_COUNT; i++) {
        if ((long)clusctl__vm_value_names[i].item != item)
            continue;
        if (index-- == 0) {
            if (value != NULL)
                *value = clusctl__vm_value_names[i].value;
            return clusctl__vm_value_pool + clusctl__vm_value_names[i].name;
        }
    }
    return NULL;
}
