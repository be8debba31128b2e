/* The syntax codec of property lists: syntax <-> type and format, names
 * both ways, and the names of the validation rules. Every table comes from
 * one X-macro list of clusctl/plist.h; test_plist checks them against
 * data/clusprop.csv. */
#include "clusctl/plist.h"

#include <stddef.h>
#include <string.h>

#include "internal.h"
#include "plist_internal.h"

clusctl_status clusctl_syntax_encode(uint32_t type, uint32_t format, uint32_t *syntax)
{
    if (syntax == NULL || type > 0xFFFFu || format > 0xFFFFu)
        return CCTL_ERROR_INVALID_PARAMETER;
    *syntax = CCTL_PROP_SYNTAX_VALUE(type, format);
    return CCTL_ERROR_SUCCESS;
}

clusctl_status clusctl_syntax_decode(uint32_t syntax, uint32_t *type, uint32_t *format)
{
    if (type == NULL || format == NULL ||
        clusctl__overlap(type, sizeof *type, format, sizeof *format))
        return CCTL_ERROR_INVALID_PARAMETER;
    *type = syntax >> 16;
    *format = syntax & 0xFFFFu;
    return CCTL_ERROR_SUCCESS;
}

/* Each table's names live in one pool, a struct with one char array per
 * row, so that offsetof() gives every name's offset at compile time: the
 * tables hold no pointer, and the shared library no load-time relocation
 * for them. */
struct clusctl__prop_named {
    uint32_t value;
    uint16_t name; /* the offset of the name in the table's pool */
};

#define CCTL_MEMBER_(name, a, b) char n_##name[sizeof #name];
#define CCTL_TEXT_(name, a, b) #name,

static const struct clusctl__format_pool {
    CCTL_PROP_FORMAT_MAP(CCTL_MEMBER_)
} clusctl__format_pool = {CCTL_PROP_FORMAT_MAP(CCTL_TEXT_)};

static const struct clusctl__type_pool {
    CCTL_PROP_TYPE_MAP(CCTL_MEMBER_)
} clusctl__type_pool = {CCTL_PROP_TYPE_MAP(CCTL_TEXT_)};

static const struct clusctl__syntax_pool {
    CCTL_PROP_SYNTAX_MAP(CCTL_MEMBER_)
} clusctl__syntax_pool = {CCTL_PROP_SYNTAX_MAP(CCTL_TEXT_)};

#undef CCTL_MEMBER_
#undef CCTL_TEXT_

/* The offsets fit the rows' uint16_t. */
typedef char clusctl__pools_fit[sizeof clusctl__format_pool + sizeof clusctl__type_pool +
                                        sizeof clusctl__syntax_pool <= 0xFFFFu
                                    ? 1
                                    : -1];

static const struct clusctl__prop_named clusctl__formats[] = {
#define CCTL_ROW_(name, value, text)                                           \
    {CCTL_PROP_FORMAT_##name, offsetof(struct clusctl__format_pool, n_##name)},
    CCTL_PROP_FORMAT_MAP(CCTL_ROW_)
#undef CCTL_ROW_
};

static const struct clusctl__prop_named clusctl__types[] = {
#define CCTL_ROW_(name, value, text)                                           \
    {CCTL_PROP_TYPE_##name, offsetof(struct clusctl__type_pool, n_##name)},
    CCTL_PROP_TYPE_MAP(CCTL_ROW_)
#undef CCTL_ROW_
};

static const struct clusctl__prop_named clusctl__syntaxes[] = {
#define CCTL_ROW_(name, type, format)                                          \
    {(uint32_t)CCTL_PROP_SYNTAX_##name, offsetof(struct clusctl__syntax_pool, n_##name)},
    CCTL_PROP_SYNTAX_MAP(CCTL_ROW_)
#undef CCTL_ROW_
};

#define CCTL_FORMATS_ clusctl__formats, CCTL_COUNTOF_(clusctl__formats), \
                      (const char *)&clusctl__format_pool
#define CCTL_TYPES_ clusctl__types, CCTL_COUNTOF_(clusctl__types), \
                    (const char *)&clusctl__type_pool
#define CCTL_SYNTAXES_ clusctl__syntaxes, CCTL_COUNTOF_(clusctl__syntaxes), \
                       (const char *)&clusctl__syntax_pool

static const char *clusctl__prop_name_of(const struct clusctl__prop_named *table,
                                         size_t count, const char *pool, uint32_t value)
{
    size_t i;
    for (i = 0; i < count; i++)
        if (table[i].value == value)
            return pool + table[i].name;
    return NULL;
}

/* Whether `name` starts with `prefix`, ignoring ASCII case. */
static int clusctl__has_prefix_nocase(const char *name, const char *prefix)
{
    for (; *prefix != '\0'; name++, prefix++)
        if (clusctl__ascii_upper(*name) != *prefix)
            return 0; /* also stops at the end of name */
    return 1;
}

static clusctl_status clusctl__prop_value_of(const struct clusctl__prop_named *table,
                                             size_t count, const char *pool,
                                             const char *prefix,
                                             const char *name, uint32_t *value)
{
    size_t i;
    if (name == NULL || value == NULL)
        return CCTL_ERROR_INVALID_PARAMETER;
    if (clusctl__has_prefix_nocase(name, prefix))
        name += strlen(prefix);
    for (i = 0; i < count; i++) {
        if (clusctl__ascii_equal_nocase(pool + table[i].name, name)) {
            *value = table[i].value;
            return CCTL_ERROR_SUCCESS;
        }
    }
    return CCTL_ERROR_NOT_FOUND;
}

int clusctl__syntax_is_named(uint32_t syntax)
{
    return clusctl__prop_name_of(CCTL_SYNTAXES_, syntax) != NULL;
}

const char *clusctl_syntax_name(uint32_t syntax)
{
    return clusctl__prop_name_of(CCTL_SYNTAXES_, syntax);
}

clusctl_status clusctl_syntax_from_name(const char *name, uint32_t *syntax)
{
    return clusctl__prop_value_of(CCTL_SYNTAXES_, "CLUSPROP_SYNTAX_", name, syntax);
}

const char *clusctl_prop_type_name(uint32_t type)
{
    return clusctl__prop_name_of(CCTL_TYPES_, type);
}

clusctl_status clusctl_prop_type_from_name(const char *name, uint32_t *type)
{
    return clusctl__prop_value_of(CCTL_TYPES_, "CLUSPROP_TYPE_", name, type);
}

const char *clusctl_prop_format_name(uint32_t format)
{
    return clusctl__prop_name_of(CCTL_FORMATS_, format);
}

clusctl_status clusctl_prop_format_from_name(const char *name, uint32_t *format)
{
    return clusctl__prop_value_of(CCTL_FORMATS_, "CLUSPROP_FORMAT_", name, format);
}

const char *clusctl_plist_rule_name(uint32_t rule)
{
    switch (rule) {
#define CCTL_NAME_(name, number, status, strict, text)                         \
    case number:                                                               \
        return #name;
        CCTL_PLIST_RULE_MAP(CCTL_NAME_)
#undef CCTL_NAME_
    default:
        return NULL;
    }
}

const char *clusctl_plist_rule_description(uint32_t rule)
{
    switch (rule) {
#define CCTL_TEXT_(name, number, status, strict, text)                         \
    case number:                                                               \
        return text;
        CCTL_PLIST_RULE_MAP(CCTL_TEXT_)
#undef CCTL_TEXT_
    default:
        return NULL;
    }
}

clusctl_status clusctl__rule_status(uint32_t rule)
{
    switch (rule) {
#define CCTL_STATUS_(name, number, status, strict, text)                       \
    case number:                                                               \
        return CCTL_ERROR_##status;
        CCTL_PLIST_RULE_MAP(CCTL_STATUS_)
#undef CCTL_STATUS_
    default: /* GCOVR_EXCL_START: not reached: the library passes the rules of the map only */
        return CCTL_ERROR_INVALID_DATA;
        /* GCOVR_EXCL_STOP */
    }
}
