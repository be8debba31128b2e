/* The control-code codec: encode, decode, names, validation, parsing. */
#include "clusctl/code.h"

#include <stddef.h>

#include "internal.h"

/* The one table of fields: X(FLAG, member, shift, max). It generates
 * encode, decode, the range check and the field names below. */
#define CCTL_FIELDS_(X)                                                        \
    X(OBJECT, object, CCTL_OBJECT_SHIFT, CCTL_OBJECT_MAX)                      \
    X(GLOBAL, global, CCTL_GLOBAL_SHIFT, 1u)                                   \
    X(MODIFY, modify, CCTL_MODIFY_SHIFT, 1u)                                   \
    X(USER, user, CCTL_USER_SHIFT, 1u)                                         \
    X(INTERNAL, internal, CCTL_INTERNAL_SHIFT, 1u)                             \
    X(FUNCTION, function, CCTL_FUNCTION_SHIFT, CCTL_FUNCTION_MAX)              \
    X(ACCESS, access, CCTL_ACCESS_SHIFT, CCTL_ACCESS_MAX)

uint32_t clusctl_fields_check(const clusctl_fields *fields)
{
    uint32_t bad = 0;
    if (fields == NULL) {
#define CCTL_ALL_(FLAG, member, shift, max) | CCTL_FIELD_##FLAG
        return 0u CCTL_FIELDS_(CCTL_ALL_);
#undef CCTL_ALL_
    }
#define CCTL_CHECK_(FLAG, member, shift, max)                                  \
    if (fields->member > (max))                                                \
        bad |= CCTL_FIELD_##FLAG;
    CCTL_FIELDS_(CCTL_CHECK_)
#undef CCTL_CHECK_
    return bad;
}

clusctl_status clusctl_encode(const clusctl_fields *fields, uint32_t *code)
{
    if (fields == NULL || code == NULL || clusctl_fields_check(fields) != 0)
        return CCTL_ERROR_INVALID_PARAMETER;
#define CCTL_PUT_(FLAG, member, shift, max) | (fields->member << (shift))
    *code = 0u CCTL_FIELDS_(CCTL_PUT_);
#undef CCTL_PUT_
    return CCTL_ERROR_SUCCESS;
}

clusctl_status clusctl_decode(uint32_t code, clusctl_fields *fields)
{
    if (fields == NULL)
        return CCTL_ERROR_INVALID_PARAMETER;
#define CCTL_GET_(FLAG, member, shift, max)                                    \
    fields->member = (code >> (shift)) & (max);
    CCTL_FIELDS_(CCTL_GET_)
#undef CCTL_GET_
    return CCTL_ERROR_SUCCESS;
}

const char *clusctl_field_name(uint32_t field)
{
    switch (field) {
#define CCTL_NAME_(FLAG, member, shift, max)                                   \
    case CCTL_FIELD_##FLAG:                                                    \
        return #member;
        CCTL_FIELDS_(CCTL_NAME_)
#undef CCTL_NAME_
    default:
        return NULL;
    }
}

uint32_t clusctl_field_max(uint32_t field)
{
    switch (field) {
#define CCTL_MAX_(FLAG, member, shift, max)                                    \
    case CCTL_FIELD_##FLAG:                                                    \
        return (max);
        CCTL_FIELDS_(CCTL_MAX_)
#undef CCTL_MAX_
    default:
        return 0;
    }
}

/* Names of object codes and access modes. */
struct clusctl__named {
    uint32_t value;
    const char *name;
};

static const struct clusctl__named clusctl__objects[] = {
    {CCTL_OBJECT_INVALID, "INVALID"},
    {CCTL_OBJECT_RESOURCE, "RESOURCE"},
    {CCTL_OBJECT_RESOURCE_TYPE, "RESOURCE_TYPE"},
    {CCTL_OBJECT_GROUP, "GROUP"},
    {CCTL_OBJECT_NODE, "NODE"},
    {CCTL_OBJECT_NETWORK, "NETWORK"},
    {CCTL_OBJECT_NETINTERFACE, "NETINTERFACE"},
    {CCTL_OBJECT_CLUSTER, "CLUSTER"},
    {CCTL_OBJECT_GROUPSET, "GROUPSET"},
    {CCTL_OBJECT_AFFINITYRULE, "AFFINITYRULE"},
    {CCTL_OBJECT_USER, "USER"},
};

static const struct clusctl__named clusctl__accesses[] = {
    {CCTL_ACCESS_ANY, "ANY"},
    {CCTL_ACCESS_READ, "READ"},
    {CCTL_ACCESS_WRITE, "WRITE"},
};

static const char *clusctl__name_of(const struct clusctl__named *table, size_t count,
                                 uint32_t value)
{
    size_t i;
    for (i = 0; i < count; i++)
        if (table[i].value == value)
            return table[i].name;
    return NULL;
}

static clusctl_status clusctl__value_of(const struct clusctl__named *table,
                                     size_t count, const char *name,
                                     uint32_t *value)
{
    size_t i;
    if (name == NULL || value == NULL)
        return CCTL_ERROR_INVALID_PARAMETER;
    for (i = 0; i < count; i++) {
        if (clusctl__ascii_equal_nocase(table[i].name, name)) {
            *value = table[i].value;
            return CCTL_ERROR_SUCCESS;
        }
    }
    return CCTL_ERROR_NOT_FOUND;
}

const char *clusctl_object_name(uint32_t object)
{
    return clusctl__name_of(clusctl__objects, CCTL_COUNTOF_(clusctl__objects), object);
}

clusctl_status clusctl_object_from_name(const char *name, uint32_t *object)
{
    return clusctl__value_of(clusctl__objects, CCTL_COUNTOF_(clusctl__objects), name,
                          object);
}

const char *clusctl_access_name(uint32_t access)
{
    return clusctl__name_of(clusctl__accesses, CCTL_COUNTOF_(clusctl__accesses), access);
}

clusctl_status clusctl_access_from_name(const char *name, uint32_t *access)
{
    return clusctl__value_of(clusctl__accesses, CCTL_COUNTOF_(clusctl__accesses), name,
                          access);
}

/* Validation. */
uint32_t clusctl_validate(uint32_t code)
{
    uint32_t flags = 0;
    if (clusctl_object_name(CCTL_GET_CONTROL_OBJECT(code)) == NULL)
        flags |= CCTL_WARN_UNKNOWN_OBJECT;
    if (CCTL_GET_ACCESS_MODE(code) == 3u)
        flags |= CCTL_WARN_ACCESS_3;
    if (code & CCTL_GLOBAL_MASK) {
        flags |= CCTL_WARN_GLOBAL;
        if (!(code & CCTL_USER_MASK))
            flags |= CCTL_WARN_USER_CODE_MACRO;
    }
    if ((code & CCTL_USER_MASK) && (code & CCTL_INTERNAL_MASK))
        flags |= CCTL_WARN_USER_AND_INTERNAL;
    return flags;
}

const char *clusctl_warning_id(uint32_t warning)
{
    switch (warning) {
#define CCTL_ID_(name, flag, id, text)                                         \
    case flag:                                                                 \
        return id;
        CCTL_WARNING_MAP(CCTL_ID_)
#undef CCTL_ID_
    default:
        return NULL;
    }
}

const char *clusctl_warning_description(uint32_t warning)
{
    switch (warning) {
#define CCTL_TEXT_(name, flag, id, text)                                       \
    case flag:                                                                 \
        return text;
        CCTL_WARNING_MAP(CCTL_TEXT_)
#undef CCTL_TEXT_
    default:
        return NULL;
    }
}

/* Parsing. */
static int clusctl__hex_digit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

clusctl_status clusctl_parse_u32(const char *text, uint32_t *value)
{
    uint32_t result = 0;
    uint32_t base = 10;
    const char *p = text;
    int overflow = 0;

    if (text == NULL || value == NULL)
        return CCTL_ERROR_INVALID_PARAMETER;
    if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) {
        base = 16;
        p += 2;
    } else if (p[0] == '0' && p[1] != '\0') {
        return CCTL_ERROR_INVALID_DATA; /* no octal, no leading zeros */
    }
    if (*p == '\0')
        return CCTL_ERROR_INVALID_DATA;
    for (; *p != '\0'; p++) {
        int d = clusctl__hex_digit(*p);
        if (d < 0 || (uint32_t)d >= base)
            return CCTL_ERROR_INVALID_DATA;
        if (result > (UINT32_MAX - (uint32_t)d) / base)
            overflow = 1; /* keep scanning: bad syntax wins over overflow */
        else
            result = result * base + (uint32_t)d;
    }
    if (overflow)
        return CCTL_ERROR_ARITHMETIC_OVERFLOW;
    *value = result;
    return CCTL_ERROR_SUCCESS;
}
