/* Names of the flags and classes that control codes return: lookups over
 * the tables generated from data/clusprop.csv, and the set of each code from
 * the catalog. */
#include "clusctl/flags.h"

#include "clusctl/catalog.h"
#include "internal.h"

struct clusctl__flag_constant {
    uint32_t set;
    uint32_t value;
    uint16_t name; /* its offset in clusctl__flag_names */
};

struct clusctl__flag_range {
    uint16_t first;
    uint16_t count;
};

struct clusctl__subclass {
    uint32_t resclass;
    uint32_t set;
};

#include "flags_data.inc"

#define CCTL__FLAG_NAME(c) ((const char *)&clusctl__flag_names + (c).name)

/* The constants of a set, or NULL (and *count 0) when `set` is no set. */
static const struct clusctl__flag_constant *clusctl__set_constants(uint32_t set,
                                                                   size_t *count)
{
    *count = 0;
    if (set == 0 || set > CLUSCTL__FLAG_SET_TOP)
        return NULL;
    *count = clusctl__flag_ranges[set].count;
    return &clusctl__flag_constants[clusctl__flag_ranges[set].first];
}

clusctl_status clusctl_flag_set_for_code(uint32_t code, uint32_t *set)
{
    clusctl_entry e;
    if (set == NULL)
        return CCTL_ERROR_INVALID_PARAMETER;
    *set = clusctl_catalog_get(clusctl_catalog_preferred(code, NULL), &e) == CCTL_ERROR_SUCCESS
               ? e.flag_set
               : 0; /* CCTL_NO_ENTRY is out of range: no entry, no set */
    return *set != 0 ? CCTL_ERROR_SUCCESS : CCTL_ERROR_NOT_FOUND;
}

const char *clusctl_flag_set_name(uint32_t set)
{
    /* From the generated pool: a switch would make a table of pointers that
     * the shared library relocates (its NULL keeps compilers from making
     * the table relative). */
    if (set > CLUSCTL__FLAG_SET_TOP || clusctl__flag_prefixes[set] == 0)
        return NULL;
    return (const char *)&clusctl__flag_names + clusctl__flag_prefixes[set];
}

const char *clusctl_flag_set_description(uint32_t set)
{
    switch (set) {
#define CCTL_SET_TEXT_(name, value, bitmask, prefix, sdk_enum, text)           \
    case value:                                                                \
        return text;
        CCTL_FLAG_SET_MAP(CCTL_SET_TEXT_)
#undef CCTL_SET_TEXT_
    default:
        return NULL;
    }
}

int clusctl_flag_set_is_bitmask(uint32_t set)
{
    switch (set) {
#define CCTL_SET_BITS_(name, value, bitmask, prefix, sdk_enum, text)           \
    case value:                                                                \
        return bitmask;
        CCTL_FLAG_SET_MAP(CCTL_SET_BITS_)
#undef CCTL_SET_BITS_
    default:
        return 0;
    }
}

const char *clusctl_flag_name(uint32_t set, uint32_t value)
{
    size_t count, i;
    const struct clusctl__flag_constant *c = clusctl__set_constants(set, &count);
    for (i = 0; i < count; i++)
        if (c[i].value == value)
            return CCTL__FLAG_NAME(c[i]);
    return NULL;
}

clusctl_status clusctl_flag_constant(uint32_t set, size_t index, uint32_t *value,
                                     const char **name)
{
    size_t count;
    const struct clusctl__flag_constant *c;
    if (value == NULL || name == NULL ||
        clusctl__overlap(value, sizeof *value, name, sizeof *name) ||
        clusctl_flag_set_description(set) == NULL)
        return CCTL_ERROR_INVALID_PARAMETER;
    c = clusctl__set_constants(set, &count);
    if (index >= count)
        return CCTL_ERROR_NOT_FOUND;
    *value = c[index].value;
    *name = CCTL__FLAG_NAME(c[index]);
    return CCTL_ERROR_SUCCESS;
}

clusctl_status clusctl_flags_next(uint32_t set, uint32_t value, uint32_t *bit,
                                  const char **name)
{
    uint32_t rest;
    if (bit == NULL || name == NULL ||
        clusctl__overlap(bit, sizeof *bit, name, sizeof *name) ||
        !clusctl_flag_set_is_bitmask(set) || (*bit & (*bit - 1u)) != 0)
        return CCTL_ERROR_INVALID_PARAMETER;
    /* The bits above *bit: all of them when starting (*bit is 0), none
     * above bit 31 (the shift gives 0, so the mask is 0). */
    rest = *bit == 0 ? value : value & ~((*bit << 1) - 1u);
    if (rest == 0)
        return CCTL_ERROR_NOT_FOUND;
    rest &= 0u - rest; /* the lowest of them */
    *name = clusctl_flag_name(set, rest);
    *bit = rest;
    return CCTL_ERROR_SUCCESS;
}

clusctl_status clusctl_subclass_set(uint32_t resclass, uint32_t *set)
{
    size_t i;
    if (set == NULL)
        return CCTL_ERROR_INVALID_PARAMETER;
    *set = CLUSCTL__SUBCLASS_DEFAULT;
    for (i = 0; i < CCTL_COUNTOF_(clusctl__subclasses); i++)
        if (clusctl__subclasses[i].resclass == resclass)
            *set = clusctl__subclasses[i].set;
    return CCTL_ERROR_SUCCESS;
}
