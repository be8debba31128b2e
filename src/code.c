/* The control-code codec: encode, decode, names, validation, parsing. */
/* This file needs code.h's inline bodies, whatever the build defines. */
#undef CCTL_NO_INLINE_CODEC
#include "clusctl/code.h"
#if !defined(CCTL_INLINE_CODEC)
#error "src/code.c needs a C99 compiler: it builds the codec from code.h's inline bodies"
#endif

#include <stddef.h>

#include "internal.h"

/* The codec: the exported functions run the inline bodies of code.h
 * (clusctl__*_inline), the ones C callers get in place, so both paths are one
 * definition. The names are macros for C callers: undefine them here to
 * define the functions themselves. */
#undef clusctl_fields_check
#undef clusctl_encode
#undef clusctl_decode

/* clusctl__encode_inline() tests the range of a field as "no bit outside
 * max": each max must be all ones in its width (max & (max + 1) == 0). */
#define CCTL_ALL_ONES_(FLAG, member, shift, max)                               \
    typedef char clusctl__max_all_ones_##member[((max) & ((max) + 1u)) == 0 ? 1 : -1];
CCTL_FIELD_MAP(CCTL_ALL_ONES_)
#undef CCTL_ALL_ONES_

uint32_t clusctl_fields_check(const clusctl_fields *fields)
{
    return clusctl__fields_check_inline(fields);
}

clusctl_status clusctl_encode(const clusctl_fields *fields, uint32_t *code)
{
    return clusctl__encode_inline(fields, code);
}

clusctl_status clusctl_decode(uint32_t code, clusctl_fields *fields)
{
    return clusctl__decode_inline(code, fields);
}

const char *clusctl_field_name(uint32_t field)
{
    switch (field) {
#define CCTL_NAME_(FLAG, member, shift, max)                                   \
    case CCTL_FIELD_##FLAG:                                                    \
        return #member;
        CCTL_FIELD_MAP(CCTL_NAME_)
#undef CCTL_NAME_
    case CCTL_FIELD_RESERVED:
        return "reserved";
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
        CCTL_FIELD_MAP(CCTL_MAX_)
#undef CCTL_MAX_
    default:
        return 0;
    }
}

/* Names of object codes and access modes, held in the rows (no pointer, so
 * the shared library relocates nothing for them). */
#define CCTL_NAME_ROOM_ 16
struct clusctl__named {
    uint32_t value;
    char name[CCTL_NAME_ROOM_];
};

/* Each name and its NUL fit (a char array takes a string of its exact
 * length without the NUL, so the compiler would not say). */
#define CCTL_NAME_FITS_(kind, name, value, text)                               \
    typedef char clusctl__##kind##_name_fits_##name[sizeof #name <= CCTL_NAME_ROOM_ ? 1 : -1];
#define CCTL_OBJECT_FITS_(name, value, text) CCTL_NAME_FITS_(object, name, value, text)
#define CCTL_ACCESS_FITS_(name, value, text) CCTL_NAME_FITS_(access, name, value, text)
CCTL_OBJECT_MAP(CCTL_OBJECT_FITS_)
CCTL_ACCESS_MAP(CCTL_ACCESS_FITS_)
#undef CCTL_OBJECT_FITS_
#undef CCTL_ACCESS_FITS_
#undef CCTL_NAME_FITS_

static const struct clusctl__named clusctl__objects[] = {
#define CCTL_OBJECT_ROW_(name, value, text) {CCTL_OBJECT_##name, #name},
    CCTL_OBJECT_MAP(CCTL_OBJECT_ROW_)
#undef CCTL_OBJECT_ROW_
};

static const struct clusctl__named clusctl__accesses[] = {
#define CCTL_ACCESS_ROW_(name, value, text) {CCTL_ACCESS_##name, #name},
    CCTL_ACCESS_MAP(CCTL_ACCESS_ROW_)
#undef CCTL_ACCESS_ROW_
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

const char *clusctl_object_description(uint32_t object)
{
    switch (object) {
#define CCTL_OBJECT_TEXT_(name, value, text)                                   \
    case value:                                                                \
        return text;
        CCTL_OBJECT_MAP(CCTL_OBJECT_TEXT_)
#undef CCTL_OBJECT_TEXT_
    default:
        return NULL;
    }
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

/* Policy: what the bits alone decide. */
clusctl_handle_access clusctl_required_access(uint32_t code)
{
    return (code & CCTL_MODIFY_MASK) ? CCTL_HANDLE_ACCESS_ALL
                                     : CCTL_HANDLE_ACCESS_READ;
}

const char *clusctl_handle_access_name(uint32_t access)
{
    switch (access) {
    case CCTL_HANDLE_ACCESS_READ:
        return "READ";
    case CCTL_HANDLE_ACCESS_ALL:
        return "ALL";
    default:
        return NULL;
    }
}

int clusctl_application_may_send(uint32_t code)
{
    return (code & CCTL_INTERNAL_MASK) == 0;
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
