/* Property lists and value lists: validation with a position, a zero-copy
 * reader, typed getters and a writer. Every integer is read and written
 * byte by byte, little-endian, whatever the host; every read is checked
 * against the size it was given first. The rules are the table of
 * clusctl/plist.h, in the order it gives. */
#include "clusctl/plist.h"

#include <string.h>

#include "internal.h"
#include "plist_internal.h"

#define CCTL__NAME_SYNTAX ((uint32_t)CCTL_PROP_SYNTAX_NAME)
#define CCTL__READ_FLAGS (CCTL_PLIST_STRICT | CCTL_PLIST_FROM_CLIENT)
#define CCTL__WRITE_FLAGS (CCTL__READ_FLAGS | CCTL_PLIST_NO_FINAL_ENDMARK)
/* Internal: the strict mode's contents rules without its syntax policy
 * (the writer's checks of the data it is given). */
#define CCTL__CANONICAL 0x100u
#define CCTL__SIZE_MAX ((size_t)0xFFFFFFFFu) /* sizes are 32-bit on the wire */
#define CCTL__NONE ((uint32_t)0xFFFFFFFFu)   /* no format yet */
/* Whether a size needs more than 32 bits (no comparison that a 32-bit
 * size_t would always make false). */
#define CCTL__OVER_32(n) ((((size_t)(n)) >> 16 >> 16) != 0)

/* ---- Bytes ---------------------------------------------------------------- */

static uint32_t clusctl__rd16(const unsigned char *p)
{
    return (uint32_t)p[0] | ((uint32_t)p[1] << 8);
}

static uint32_t clusctl__rd32(const unsigned char *p)
{
    return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) |
           ((uint32_t)p[3] << 24);
}

static uint64_t clusctl__rd64(const unsigned char *p)
{
    return (uint64_t)clusctl__rd32(p) | ((uint64_t)clusctl__rd32(p + 4) << 32);
}

static void clusctl__wr16(unsigned char *p, uint32_t v)
{
    p[0] = (unsigned char)(v & 0xFFu);
    p[1] = (unsigned char)((v >> 8) & 0xFFu);
}

static void clusctl__wr32(unsigned char *p, uint32_t v)
{
    clusctl__wr16(p, v & 0xFFFFu);
    clusctl__wr16(p + 2, v >> 16);
}

static void clusctl__wr64(unsigned char *p, uint64_t v)
{
    clusctl__wr32(p, (uint32_t)(v & 0xFFFFFFFFu));
    clusctl__wr32(p + 4, (uint32_t)(v >> 32));
}

static size_t clusctl__align4(size_t n)
{
    return (n + 3u) & ~(size_t)3u;
}

static int clusctl__strict_content(uint32_t flags)
{
    return (flags & (CCTL_PLIST_STRICT | CCTL__CANONICAL)) != 0;
}

static int clusctl__strict_policy(uint32_t flags)
{
    return (flags & CCTL_PLIST_STRICT) != 0;
}

/* ---- UTF-16 and UTF-8 ------------------------------------------------------ */

static int clusctl__is_high(uint32_t u)
{
    return u >= 0xD800u && u <= 0xDBFFu;
}

static int clusctl__is_low(uint32_t u)
{
    return u >= 0xDC00u && u <= 0xDFFFu;
}

/* The UTF-16 code units of a NUL-terminated UTF-8 string, in *units;
 * returns 0 when it is not valid UTF-8. */
static int clusctl__utf8_units(const char *text, size_t *units)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t n, count = 0;
    uint32_t cp;
    for (; *s != '\0'; s += n) {
        n = clusctl__utf8_get(s, &cp); /* 1 to 4, or 0: never a step of 0 */
        if (n == 0)
            return 0;
        count += cp >= 0x10000u ? 2 : 1;
    }
    *units = count;
    return 1;
}

/* Writes a valid UTF-8 string as UTF-16LE code units (no NUL) at out. */
static void clusctl__utf8_to_utf16(const char *text, unsigned char *out)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t n;
    uint32_t cp;
    for (; *s != '\0'; s += n) {
        n = clusctl__utf8_get(s, &cp);
        if (n == 0)
            return; /* GCOVR_EXCL_LINE: not reached: the string was checked */
        if (cp >= 0x10000u) {
            uint32_t v = cp - 0x10000u;
            clusctl__wr16(out, 0xD800u | (v >> 10));
            clusctl__wr16(out + 2, 0xDC00u | (v & 0x3FFu));
            out += 4;
        } else {
            clusctl__wr16(out, cp);
            out += 2;
        }
    }
}

/* The code point at unit i of d (units [i, end) hold a valid string: pairs
 * are paired); sets *step to 1 or 2. */
static uint32_t clusctl__utf16_get(const unsigned char *d, size_t i, size_t end, size_t *step)
{
    uint32_t u = clusctl__rd16(d + 2 * i);
    if (clusctl__is_high(u) && i + 1 < end) {
        uint32_t lo = clusctl__rd16(d + 2 * (i + 1));
        if (clusctl__is_low(lo)) {
            *step = 2;
            return 0x10000u + ((u - 0xD800u) << 10) + (lo - 0xDC00u);
        }
    }
    *step = 1;
    return u;
}

static size_t clusctl__utf8_len(uint32_t cp)
{
    return cp < 0x80u ? 1 : cp < 0x800u ? 2 : cp < 0x10000u ? 3 : 4;
}

/* The UTF-8 size (no NUL) of the valid units [from, to) of d; 0 and
 * *overflow set when it does not fit in a size_t with its NUL. */
static size_t clusctl__utf8_size(const unsigned char *d, size_t from, size_t to, int *overflow)
{
    size_t i, step, len = 0, add;
    *overflow = 0;
    for (i = from; i < to; i += step) {
        add = clusctl__utf8_len(clusctl__utf16_get(d, i, to, &step));
        if (len > (size_t)-1 - 1 - add) {
            /* GCOVR_EXCL_START: a 32-bit host only, for a value of more than
             * a third of its address space (2 bytes of UTF-16 give at most 3
             * of UTF-8) */
            *overflow = 1;
            return 0;
            /* GCOVR_EXCL_STOP */
        }
        len += add;
    }
    return len;
}

static void clusctl__utf8_write(const unsigned char *d, size_t from, size_t to, char *out)
{
    unsigned char *o = (unsigned char *)out;
    size_t i, step;
    for (i = from; i < to; i += step) {
        o += clusctl__utf8_put(o, clusctl__utf16_get(d, i, to, &step));
    }
    *o = '\0';
}

/* ---- The rules of one value's data, as pure functions --------------------
 * Each returns the rule broken (CCTL_PLIST_RULE_NONE when none) and sets
 * *where to the problem's offset counted from the value's syntax word (4 is
 * its cbLength, 8 + 2 * i its unit i). */

/* Units [i, k) of d up to the first NUL: the index of that NUL in *nul (k
 * when none), after checking that surrogates are paired. */
static uint32_t clusctl__scan_string(const unsigned char *d, size_t i, size_t k, size_t *nul,
                                     size_t *where)
{
    for (; i < k; i++) {
        uint32_t u = clusctl__rd16(d + 2 * i);
        if (u == 0) {
            *nul = i;
            return CCTL_PLIST_RULE_NONE;
        }
        if (clusctl__is_high(u) && i + 1 < k && clusctl__is_low(clusctl__rd16(d + 2 * (i + 1)))) {
            i++;
            continue;
        }
        if (clusctl__is_high(u) || clusctl__is_low(u)) {
            *where = 8 + 2 * i;
            return CCTL_PLIST_RULE_UNPAIRED_SURROGATE;
        }
    }
    /* GCOVR_EXCL_START: not reached: every caller's unit k - 1 is a NUL */
    *nul = k;
    return CCTL_PLIST_RULE_NONE;
    /* GCOVR_EXCL_STOP */
}

/* An SZ, EXPAND_SZ or EXPANDED_SZ (is_name 0) or a property name
 * (is_name 1); *nul receives the index of the string's NUL (0 for the
 * default mode's cbLength 0). */
static uint32_t clusctl__sz_rule(const unsigned char *d, size_t length, uint32_t flags,
                                 int is_name, size_t *nul, size_t *where)
{
    size_t k = length / 2, z = 0, i;
    int exact = is_name || clusctl__strict_content(flags);
    uint32_t rule;
    *nul = 0;
    if (length % 2 != 0) {
        *where = 4;
        return CCTL_PLIST_RULE_ODD_LENGTH;
    }
    if (k == 0) {
        *where = 4;
        if (is_name)
            return CCTL_PLIST_RULE_NAME_NOT_TERMINATED;
        return exact ? CCTL_PLIST_RULE_STRING_NOT_TERMINATED : CCTL_PLIST_RULE_NONE;
    }
    if (clusctl__rd16(d + 2 * (k - 1)) != 0) {
        *where = 8 + 2 * (k - 1);
        return is_name ? CCTL_PLIST_RULE_NAME_NOT_TERMINATED
                       : CCTL_PLIST_RULE_STRING_NOT_TERMINATED;
    }
    rule = clusctl__scan_string(d, 0, k, &z, where);
    if (rule != CCTL_PLIST_RULE_NONE)
        return rule;
    if (z != k - 1) {
        uint32_t embedded = is_name ? CCTL_PLIST_RULE_NAME_EMBEDDED_NUL
                                    : CCTL_PLIST_RULE_STRING_EMBEDDED_NUL;
        *where = 8 + 2 * z;
        if (exact)
            return embedded;
        for (i = z + 1; i < k; i++)
            if (clusctl__rd16(d + 2 * i) != 0)
                return embedded;
    }
    if (is_name && z == 0) {
        *where = 8;
        return CCTL_PLIST_RULE_NAME_EMPTY;
    }
    *nul = z;
    return CCTL_PLIST_RULE_NONE;
}

/* What is at unit i of a MULTI_SZ of k units whose last unit is NUL: the
 * end (1, the terminating empty string or the end of the data), or a
 * string (0). Sets *rule when what follows the terminating NUL is not
 * allowed, or when the data ends without the one more NUL in the strict
 * contents mode. */
static int clusctl__multi_at_end(const unsigned char *d, size_t i, size_t k, uint32_t flags,
                                 uint32_t *rule, size_t *where)
{
    *rule = CCTL_PLIST_RULE_NONE;
    if (i == k) { /* the last string's NUL ends the data */
        if (clusctl__strict_content(flags)) {
            *where = 8 + 2 * (k - 1);
            *rule = CCTL_PLIST_RULE_MULTI_SZ_NO_FINAL_NUL;
        }
        return 1;
    }
    if (clusctl__rd16(d + 2 * i) != 0)
        return 0;
    /* The terminating empty string: nothing may follow, except that two
     * NULs alone are the empty MULTI_SZ too. */
    if (!(i + 1 == k || (i == 0 && k == 2))) {
        *where = 8 + 2 * i;
        *rule = CCTL_PLIST_RULE_MULTI_SZ_EMPTY_STRING;
    }
    return 1;
}

/* The MULTI_SZ rules that hold before any string is read. */
static uint32_t clusctl__multi_head_rule(const unsigned char *d, size_t length, uint32_t flags,
                                         size_t *where)
{
    size_t k = length / 2;
    if (length % 2 != 0) {
        *where = 4;
        return CCTL_PLIST_RULE_ODD_LENGTH;
    }
    if (k == 0) {
        *where = 4;
        return clusctl__strict_content(flags) ? CCTL_PLIST_RULE_MULTI_SZ_NO_FINAL_NUL
                                              : CCTL_PLIST_RULE_NONE;
    }
    if (clusctl__rd16(d + 2 * (k - 1)) != 0) {
        *where = 8 + 2 * (k - 1);
        return CCTL_PLIST_RULE_MULTI_SZ_NOT_TERMINATED;
    }
    return CCTL_PLIST_RULE_NONE;
}

static uint32_t clusctl__multi_rule(const unsigned char *d, size_t length, uint32_t flags,
                                    size_t *where)
{
    size_t k = length / 2, i = 0, z;
    uint32_t rule = clusctl__multi_head_rule(d, length, flags, where);
    if (rule != CCTL_PLIST_RULE_NONE || k == 0)
        return rule;
    while (!clusctl__multi_at_end(d, i, k, flags, &rule, where)) {
        rule = clusctl__scan_string(d, i, k, &z, where);
        if (rule != CCTL_PLIST_RULE_NONE)
            return rule;
        i = z + 1; /* z >= i: a step of at least 1 */
    }
    return rule;
}

/* The fixed cbLength of a format, or 0 when it has none. */
static size_t clusctl__fixed_length(uint32_t format)
{
    switch (format) {
    case CCTL_PROP_FORMAT_WORD:
        return 2;
    case CCTL_PROP_FORMAT_DWORD:
    case CCTL_PROP_FORMAT_LONG:
        return 4;
    case CCTL_PROP_FORMAT_LARGE_INTEGER:
    case CCTL_PROP_FORMAT_ULARGE_INTEGER:
    case CCTL_PROP_FORMAT_FILETIME:
        return 8;
    default:
        return 0;
    }
}

static int clusctl__is_string_format(uint32_t format)
{
    return format == CCTL_PROP_FORMAT_SZ || format == CCTL_PROP_FORMAT_EXPAND_SZ ||
           format == CCTL_PROP_FORMAT_EXPANDED_SZ;
}

/* ---- Validation ------------------------------------------------------------ */

typedef struct clusctl__ctx {
    const unsigned char *b; /* the list */
    size_t n;               /* its size */
    size_t origin;          /* its offset in the outermost buffer */
    uint32_t flags;
    uint32_t depth;
    uint32_t property;      /* the property being read, or CCTL_PLIST_NO_INDEX */
    clusctl_plist_error *err; /* where to report (staged by the caller), or NULL */
} clusctl__ctx;

typedef struct clusctl__val {
    size_t at;       /* its syntax word */
    uint32_t syntax;
    uint32_t length; /* cbLength */
    size_t data;     /* its data */
    size_t next;     /* the next item */
} clusctl__val;

typedef struct clusctl__list {
    uint32_t count;
    size_t end;
    uint32_t final_endmark;
} clusctl__list;

/* Reports a rule broken at `offset` (in the value at `value_offset`, or
 * CCTL_PLIST_NO_OFFSET), both counted in the list. */
static clusctl_status clusctl__fail(const clusctl__ctx *c, uint32_t rule, size_t offset,
                                    size_t value_offset)
{
    clusctl_status st = clusctl__rule_status(rule);
    if (c->err != NULL) {
        memset(c->err, 0, sizeof *c->err);
        c->err->status = (uint32_t)st;
        c->err->rule = rule;
        c->err->offset = c->origin + offset;
        c->err->value_offset =
            value_offset == CCTL_PLIST_NO_OFFSET ? CCTL_PLIST_NO_OFFSET : c->origin + value_offset;
        c->err->property = c->property;
        c->err->depth = c->depth;
    }
    return st;
}

/* The value at `at` (at <= c->n): its header, its cbLength and its
 * padding's room. An ENDMARK has syntax 0 and is 4 bytes. */
static clusctl_status clusctl__read_value(const clusctl__ctx *c, size_t at, clusctl__val *v)
{
    size_t left = c->n - at, padded;
    v->at = at;
    v->syntax = 0;
    v->length = 0;
    v->data = at;
    v->next = at;
    if (left < 4)
        return clusctl__fail(c, CCTL_PLIST_RULE_TRUNCATED_HEADER, at, at);
    v->syntax = clusctl__rd32(c->b + at);
    if (v->syntax == 0) {
        v->length = 0;
        v->data = at + 4;
        v->next = at + 4;
        return CCTL_ERROR_SUCCESS;
    }
    if (left < 8)
        return clusctl__fail(c, CCTL_PLIST_RULE_TRUNCATED_HEADER, at, at);
    v->length = clusctl__rd32(c->b + at + 4);
    if (v->length > left - 8)
        return clusctl__fail(c, CCTL_PLIST_RULE_LENGTH_PAST_END, at + 4, at);
    padded = clusctl__align4(v->length); /* no overflow: length <= left - 8 */
    if (padded > left - 8)
        return clusctl__fail(c, CCTL_PLIST_RULE_TRUNCATED_PADDING, at + 8 + v->length, at);
    v->data = at + 8;
    v->next = at + 8 + padded;
    return CCTL_ERROR_SUCCESS;
}

static clusctl_status clusctl__check_padding(const clusctl__ctx *c, const clusctl__val *v)
{
    size_t i;
    if (!clusctl__strict_content(c->flags))
        return CCTL_ERROR_SUCCESS;
    for (i = v->data + v->length; i < v->next; i++)
        if (c->b[i] != 0)
            return clusctl__fail(c, CCTL_PLIST_RULE_PADDING_NOT_ZERO, i, v->at);
    return CCTL_ERROR_SUCCESS;
}

static clusctl_status clusctl__check_plist(clusctl__ctx *c, clusctl__list *info);
static clusctl_status clusctl__check_vlist(clusctl__ctx *c, clusctl__list *info);

static clusctl_status clusctl__check_nested(const clusctl__ctx *c, const clusctl__val *v,
                                            int property_list)
{
    clusctl__ctx sub;
    clusctl__list info;
    if (c->depth + 1 > CCTL_PLIST_DEPTH_MAX)
        return clusctl__fail(c, CCTL_PLIST_RULE_NESTING_TOO_DEEP, v->at, v->at);
    sub = *c;
    sub.b = c->b + v->data;
    sub.n = v->length;
    sub.origin = c->origin + v->data;
    sub.depth = c->depth + 1;
    sub.property = CCTL_PLIST_NO_INDEX;
    return property_list ? clusctl__check_plist(&sub, &info) : clusctl__check_vlist(&sub, &info);
}

/* A data value: the strict syntax check, its contents by format, the
 * strict padding check. */
static clusctl_status clusctl__check_value(const clusctl__ctx *c, const clusctl__val *v)
{
    uint32_t format = v->syntax & 0xFFFFu, rule = CCTL_PLIST_RULE_NONE;
    size_t where = 0, fixed = clusctl__fixed_length(format), nul;
    clusctl_status st;

    if (clusctl__strict_policy(c->flags) && !clusctl__syntax_is_named(v->syntax))
        return clusctl__fail(c, CCTL_PLIST_RULE_UNKNOWN_SYNTAX, v->at, v->at);
    if (fixed != 0) {
        if (v->length != fixed)
            return clusctl__fail(c, CCTL_PLIST_RULE_FIXED_LENGTH, v->at + 4, v->at);
    } else if (clusctl__is_string_format(format)) {
        rule = clusctl__sz_rule(c->b + v->data, v->length, c->flags, 0, &nul, &where);
    } else if (format == CCTL_PROP_FORMAT_MULTI_SZ) {
        rule = clusctl__multi_rule(c->b + v->data, v->length, c->flags, &where);
    } else if (format == CCTL_PROP_FORMAT_PROPERTY_LIST || format == CCTL_PROP_FORMAT_VALUE_LIST) {
        st = clusctl__check_nested(c, v, format == CCTL_PROP_FORMAT_PROPERTY_LIST);
        if (st != CCTL_ERROR_SUCCESS)
            return st;
    } /* else BINARY, SECURITY_DESCRIPTOR, unknown and user formats: bytes */
    if (rule != CCTL_PLIST_RULE_NONE)
        return clusctl__fail(c, rule, v->at + where, v->at);
    return clusctl__check_padding(c, v);
}

/* Values from `at` to their ENDMARK: a property's (in_property: a NAME
 * value means the ENDMARK is missing) or a value list's. With deep 0 only
 * the headers are read (a list validated before). *count receives the
 * number of values, *end the ENDMARK's offset. */
static clusctl_status clusctl__check_values(const clusctl__ctx *c, size_t at, int in_property,
                                            int deep, uint32_t *count, size_t *end)
{
    uint32_t n = 0, last_format = CCTL__NONE;
    clusctl__val v;
    clusctl_status st;
    for (;;) {
        if (at == c->n)
            return clusctl__fail(c, CCTL_PLIST_RULE_MISSING_ENDMARK, at, CCTL_PLIST_NO_OFFSET);
        st = clusctl__read_value(c, at, &v);
        if (st != CCTL_ERROR_SUCCESS)
            return st;
        if (v.syntax == 0)
            break;
        if (in_property && v.syntax == CCTL__NAME_SYNTAX)
            return clusctl__fail(c, CCTL_PLIST_RULE_MISSING_ENDMARK, at, CCTL_PLIST_NO_OFFSET);
        if (deep) {
            uint32_t format = v.syntax & 0xFFFFu;
            if (clusctl__strict_policy(c->flags) && in_property &&
                n == CCTL_PLIST_STRICT_VALUES_MAX)
                return clusctl__fail(c, CCTL_PLIST_RULE_TOO_MANY_VALUES, at, at);
            if (format == CCTL_PROP_FORMAT_EXPANDED_SZ) {
                if ((c->flags & CCTL_PLIST_FROM_CLIENT) && clusctl__strict_content(c->flags))
                    return clusctl__fail(c, CCTL_PLIST_RULE_EXPANDED_SZ_FROM_CLIENT, at, at);
                if (clusctl__strict_policy(c->flags) && in_property &&
                    last_format != CCTL_PROP_FORMAT_EXPAND_SZ)
                    return clusctl__fail(c, CCTL_PLIST_RULE_EXPANDED_SZ_ALONE, at, at);
            }
            st = clusctl__check_value(c, &v);
            if (st != CCTL_ERROR_SUCCESS)
                return st;
            last_format = format;
        }
        n++; /* at most size / 8 < 2^32 values */
        at = v.next; /* a step of at least 8 */
    }
    *count = n;
    *end = at;
    return CCTL_ERROR_SUCCESS;
}

/* A property at `at` (deep: every rule; else headers only): its values'
 * count and the offset just past its ENDMARK. */
static clusctl_status clusctl__check_property(clusctl__ctx *c, size_t at, int deep,
                                              clusctl__val *name, uint32_t *count, size_t *next)
{
    size_t where = 0, nul = 0, end = 0;
    uint32_t rule;
    clusctl_status st = clusctl__read_value(c, at, name);
    if (st != CCTL_ERROR_SUCCESS)
        return st;
    if (name->syntax != CCTL__NAME_SYNTAX)
        return clusctl__fail(c, CCTL_PLIST_RULE_NAME_SYNTAX, at, at);
    if (deep) {
        rule = clusctl__sz_rule(c->b + name->data, name->length, c->flags, 1, &nul, &where);
        if (rule != CCTL_PLIST_RULE_NONE)
            return clusctl__fail(c, rule, at + where, at);
        st = clusctl__check_padding(c, name);
        if (st != CCTL_ERROR_SUCCESS)
            return st;
    }
    st = clusctl__check_values(c, name->next, 1, deep, count, &end);
    if (st != CCTL_ERROR_SUCCESS)
        return st;
    if (deep && *count == 0 && clusctl__strict_content(c->flags))
        return clusctl__fail(c, CCTL_PLIST_RULE_NO_VALUE, end, CCTL_PLIST_NO_OFFSET);
    *next = end + 4;
    return CCTL_ERROR_SUCCESS;
}

static clusctl_status clusctl__check_plist(clusctl__ctx *c, clusctl__list *info)
{
    size_t at = 4;
    uint32_t count, i, values = 0;
    clusctl__val name;
    clusctl_status st;

    if (c->n < 4)
        return clusctl__fail(c, CCTL_PLIST_RULE_TRUNCATED_COUNT, 0, CCTL_PLIST_NO_OFFSET);
    count = clusctl__rd32(c->b);
    for (i = 0; i < count; i++) { /* each property takes 20 bytes or more */
        if (at == c->n || (c->n - at == 4 && clusctl__rd32(c->b + at) == 0)) {
            c->property = CCTL_PLIST_NO_INDEX; /* the property is not there */
            return clusctl__fail(c, CCTL_PLIST_RULE_COUNT_TOO_LARGE, at, CCTL_PLIST_NO_OFFSET);
        }
        c->property = i;
        st = clusctl__check_property(c, at, 1, &name, &values, &at);
        if (st != CCTL_ERROR_SUCCESS)
            return st;
    }
    c->property = CCTL_PLIST_NO_INDEX;
    info->count = count;
    info->end = at;
    info->final_endmark = 0;
    if (at == c->n)
        return CCTL_ERROR_SUCCESS;
    if (c->n - at >= 4) {
        uint32_t word = clusctl__rd32(c->b + at);
        if (word == CCTL__NAME_SYNTAX)
            return clusctl__fail(c, CCTL_PLIST_RULE_COUNT_TOO_SMALL, at, at);
        if (word == 0) {
            info->final_endmark = 1;
            if (c->n - at == 4)
                return CCTL_ERROR_SUCCESS;
            at += 4;
        }
    }
    return clusctl__fail(c, CCTL_PLIST_RULE_TRAILING_BYTES, at, CCTL_PLIST_NO_OFFSET);
}

static clusctl_status clusctl__check_vlist(clusctl__ctx *c, clusctl__list *info)
{
    size_t end = 0;
    uint32_t count = 0;
    clusctl_status st = clusctl__check_values(c, 0, 0, 1, &count, &end);
    if (st != CCTL_ERROR_SUCCESS)
        return st;
    if (c->n - end != 4)
        return clusctl__fail(c, CCTL_PLIST_RULE_TRAILING_BYTES, end + 4, CCTL_PLIST_NO_OFFSET);
    info->count = count;
    info->end = end;
    info->final_endmark = 0;
    return CCTL_ERROR_SUCCESS;
}

/* The success report. */
static void clusctl__error_none(clusctl_plist_error *e)
{
    memset(e, 0, sizeof *e);
    e->value_offset = CCTL_PLIST_NO_OFFSET;
    e->property = CCTL_PLIST_NO_INDEX;
}

/* Validates a list of `kind` at `depth`, its first byte at `origin` in the
 * outermost buffer; the arguments have been checked. The report is staged
 * in *staged. */
static clusctl_status clusctl__validate(const void *buffer, size_t size, uint32_t flags,
                                        int property_list, uint32_t depth, size_t origin,
                                        clusctl_plist_error *staged, clusctl__list *info)
{
    clusctl__ctx c;
    clusctl_status st;
    c.b = (const unsigned char *)buffer;
    c.n = size;
    c.origin = origin;
    c.flags = flags;
    c.depth = depth;
    c.property = CCTL_PLIST_NO_INDEX;
    c.err = staged;
    clusctl__error_none(staged);
    st = property_list ? clusctl__check_plist(&c, info) : clusctl__check_vlist(&c, info);
    return st;
}

/* The argument checks shared by every validating entry point. */
static clusctl_status clusctl__validate_args(const void *buffer, size_t size, uint32_t flags,
                                             const clusctl_plist_error *error)
{
    if ((flags & ~(uint32_t)CCTL__READ_FLAGS) != 0 || CCTL__OVER_32(size) ||
        (error != NULL && !CCTL_CLEAN_(error)) ||
        clusctl__overlap(error, sizeof *error, buffer, size))
        return CCTL_ERROR_INVALID_PARAMETER;
    if (buffer == NULL && size != 0)
        return CCTL_ERROR_INVALID_USER_BUFFER;
    return CCTL_ERROR_SUCCESS;
}

static clusctl_status clusctl__validate_public(const void *buffer, size_t size, uint32_t flags,
                                               clusctl_plist_error *error, int property_list)
{
    clusctl_plist_error staged;
    clusctl__list info;
    clusctl_status st = clusctl__validate_args(buffer, size, flags, error);
    if (st != CCTL_ERROR_SUCCESS)
        return st;
    st = clusctl__validate(buffer, size, flags, property_list, 0, 0, &staged, &info);
    if (error != NULL)
        *error = staged;
    return st;
}

clusctl_status clusctl_plist_validate(const void *buffer, size_t size, uint32_t flags,
                                      clusctl_plist_error *error)
{
    return clusctl__validate_public(buffer, size, flags, error, 1);
}

clusctl_status clusctl_vlist_validate(const void *buffer, size_t size, uint32_t flags,
                                      clusctl_plist_error *error)
{
    return clusctl__validate_public(buffer, size, flags, error, 0);
}

/* ---- The reader ------------------------------------------------------------ */

/* Validates and fills *reader; the arguments have been checked. */
static clusctl_status clusctl__open(clusctl_plist_reader *reader, const void *buffer, size_t size,
                                    uint32_t flags, int property_list, uint32_t depth,
                                    size_t origin, clusctl_plist_error *error)
{
    clusctl_plist_error staged;
    clusctl__list info;
    clusctl_status st =
        clusctl__validate(buffer, size, flags, property_list, depth, origin, &staged, &info);
    if (error != NULL)
        *error = staged;
    if (st != CCTL_ERROR_SUCCESS)
        return st;
    memset(reader, 0, sizeof *reader);
    reader->data = (const unsigned char *)buffer;
    reader->size = size;
    reader->origin = origin;
    reader->next = property_list ? 4 : 0;
    reader->end = info.end;
    reader->kind = property_list ? CCTL_PLIST_KIND_PROPERTY_LIST : CCTL_PLIST_KIND_VALUE_LIST;
    reader->flags = flags;
    reader->depth = depth;
    reader->count = info.count;
    reader->final_endmark = info.final_endmark;
    return CCTL_ERROR_SUCCESS;
}

static clusctl_status clusctl__open_public(clusctl_plist_reader *reader, const void *buffer,
                                           size_t size, uint32_t flags,
                                           clusctl_plist_error *error, int property_list)
{
    clusctl_status st;
    if (reader == NULL || !CCTL_CLEAN_PTR_(reader) ||
        clusctl__overlap(reader, sizeof *reader, buffer, size) ||
        clusctl__overlap(reader, sizeof *reader, error, sizeof *error))
        return CCTL_ERROR_INVALID_PARAMETER;
    st = clusctl__validate_args(buffer, size, flags, error);
    if (st != CCTL_ERROR_SUCCESS)
        return st;
    return clusctl__open(reader, buffer, size, flags, property_list, 0, 0, error);
}

clusctl_status clusctl_plist_open(clusctl_plist_reader *reader, const void *buffer, size_t size,
                                  uint32_t flags, clusctl_plist_error *error)
{
    return clusctl__open_public(reader, buffer, size, flags, error, 1);
}

clusctl_status clusctl_vlist_open(clusctl_plist_reader *reader, const void *buffer, size_t size,
                                  uint32_t flags, clusctl_plist_error *error)
{
    return clusctl__open_public(reader, buffer, size, flags, error, 0);
}

/* Whether a reader is one the library could have written. */
static int clusctl__reader_sane(const clusctl_plist_reader *r, uint32_t kind)
{
    return CCTL_CLEAN_PTR_(r) && r->kind == kind && (r->flags & ~(uint32_t)CCTL__READ_FLAGS) == 0 &&
           !CCTL__OVER_32(r->size) && (r->data != NULL || r->size == 0) &&
           r->next <= r->end && r->end <= r->size && r->depth <= CCTL_PLIST_DEPTH_MAX;
}

static void clusctl__ctx_of_reader(clusctl__ctx *c, const clusctl_plist_reader *r)
{
    c->b = r->data;
    c->n = r->size;
    c->origin = r->origin;
    c->flags = r->flags;
    c->depth = r->depth;
    c->property = r->index;
    c->err = NULL;
}

static void clusctl__fill_value(clusctl_prop_value *value, const clusctl__ctx *c,
                                const clusctl__val *v)
{
    memset(value, 0, sizeof *value);
    value->syntax = v->syntax;
    value->type = v->syntax >> 16;
    value->format = v->syntax & 0xFFFFu;
    value->length = v->length;
    value->data = c->b + v->data;
    value->offset = c->origin + v->at;
    value->depth = c->depth;
    value->flags = c->flags;
}

clusctl_status clusctl_plist_next(clusctl_plist_reader *reader, clusctl_prop *prop)
{
    clusctl__ctx c;
    clusctl__val name;
    uint32_t count = 0;
    size_t next = 0;
    clusctl_status st;

    if (reader == NULL || prop == NULL || !CCTL_CLEAN_PTR_(prop) ||
        !clusctl__reader_sane(reader, CCTL_PLIST_KIND_PROPERTY_LIST) ||
        clusctl__overlap(prop, sizeof *prop, reader, sizeof *reader) ||
        clusctl__overlap(prop, sizeof *prop, reader->data, reader->size))
        return CCTL_ERROR_INVALID_PARAMETER;
    if (reader->index >= reader->count || reader->next >= reader->end)
        return CCTL_ERROR_NO_MORE_ITEMS;
    clusctl__ctx_of_reader(&c, reader);
    st = clusctl__check_property(&c, reader->next, 0, &name, &count, &next);
    if (st != CCTL_ERROR_SUCCESS)
        return st;
    memset(prop, 0, sizeof *prop);
    prop->name = c.b + name.data;
    prop->name_length = name.length;
    prop->index = reader->index;
    prop->value_count = count;
    prop->depth = c.depth;
    prop->offset = c.origin + name.at;
    prop->list_ = c.b;
    prop->list_size_ = c.n;
    prop->origin_ = c.origin;
    prop->next_ = name.next;
    prop->flags_ = c.flags;
    reader->next = next;
    reader->index++;
    return CCTL_ERROR_SUCCESS;
}

clusctl_status clusctl_prop_next_value(clusctl_prop *prop, clusctl_prop_value *value)
{
    clusctl__ctx c;
    clusctl__val v;
    clusctl_status st;

    if (prop == NULL || value == NULL || !CCTL_CLEAN_PTR_(prop) || !CCTL_CLEAN_PTR_(value) ||
        prop->next_ > prop->list_size_ || CCTL__OVER_32(prop->list_size_) ||
        (prop->list_ == NULL && prop->list_size_ != 0) ||
        (prop->flags_ & ~(uint32_t)CCTL__READ_FLAGS) != 0 ||
        clusctl__overlap(value, sizeof *value, prop, sizeof *prop) ||
        clusctl__overlap(value, sizeof *value, prop->list_, prop->list_size_))
        return CCTL_ERROR_INVALID_PARAMETER;
    if (prop->read_ >= prop->value_count)
        return CCTL_ERROR_NO_MORE_ITEMS;
    c.b = prop->list_;
    c.n = prop->list_size_;
    c.origin = prop->origin_;
    c.flags = prop->flags_;
    c.depth = prop->depth;
    c.property = prop->index;
    c.err = NULL;
    st = clusctl__read_value(&c, prop->next_, &v);
    if (st != CCTL_ERROR_SUCCESS)
        return st;
    if (v.syntax == 0 || v.syntax == CCTL__NAME_SYNTAX) /* changed since it was read */
        return clusctl__rule_status(CCTL_PLIST_RULE_MISSING_ENDMARK);
    clusctl__fill_value(value, &c, &v);
    prop->next_ = v.next;
    prop->read_++;
    return CCTL_ERROR_SUCCESS;
}

clusctl_status clusctl_vlist_next(clusctl_plist_reader *reader, clusctl_prop_value *value)
{
    clusctl__ctx c;
    clusctl__val v;
    clusctl_status st;

    if (reader == NULL || value == NULL || !CCTL_CLEAN_PTR_(value) ||
        !clusctl__reader_sane(reader, CCTL_PLIST_KIND_VALUE_LIST) ||
        clusctl__overlap(value, sizeof *value, reader, sizeof *reader) ||
        clusctl__overlap(value, sizeof *value, reader->data, reader->size))
        return CCTL_ERROR_INVALID_PARAMETER;
    if (reader->index >= reader->count || reader->next >= reader->end)
        return CCTL_ERROR_NO_MORE_ITEMS;
    clusctl__ctx_of_reader(&c, reader);
    c.property = CCTL_PLIST_NO_INDEX;
    st = clusctl__read_value(&c, reader->next, &v);
    if (st != CCTL_ERROR_SUCCESS)
        return st;
    if (v.syntax == 0)
        return clusctl__rule_status(CCTL_PLIST_RULE_MISSING_ENDMARK);
    clusctl__fill_value(value, &c, &v);
    reader->next = v.next;
    reader->index++;
    return CCTL_ERROR_SUCCESS;
}

/* UTF-16LE units [0, nul) of d to UTF-8 with the size-query convention. */
static clusctl_status clusctl__to_utf8(const unsigned char *d, size_t from, size_t nul, char *out,
                                       size_t out_size, size_t *needed)
{
    int overflow;
    size_t size = clusctl__utf8_size(d, from, nul, &overflow) + 1;
    if (overflow)
        return CCTL_ERROR_ARITHMETIC_OVERFLOW; /* GCOVR_EXCL_LINE: 32-bit hosts only (above) */
    if (needed != NULL)
        *needed = size;
    if (out == NULL)
        return CCTL_ERROR_MORE_DATA;
    if (out_size < size)
        return CCTL_ERROR_INSUFFICIENT_BUFFER;
    clusctl__utf8_write(d, from, nul, out);
    return CCTL_ERROR_SUCCESS;
}

/* The output checks of the size-query convention. */
static int clusctl__out_bad(const void *data, size_t length, const char *out, size_t out_size,
                            const size_t *needed)
{
    return (out == NULL && out_size != 0) ||
           clusctl__overlap(needed, sizeof *needed, out, out_size) ||
           clusctl__overlap(out, out_size, data, length);
}

static int clusctl__prop_sane(const clusctl_prop *p)
{
    return p != NULL && CCTL_CLEAN_PTR_(p) && (p->name != NULL || p->name_length == 0);
}

clusctl_status clusctl_prop_name(const clusctl_prop *prop, char *out, size_t out_size,
                                 size_t *needed)
{
    const unsigned char *d;
    size_t length, nul, where;
    uint32_t rule;
    if (!clusctl__prop_sane(prop) ||
        clusctl__out_bad(prop->name, prop->name_length, out, out_size, needed))
        return CCTL_ERROR_INVALID_PARAMETER;
    d = prop->name;
    length = prop->name_length;
    rule = clusctl__sz_rule(d, length, CCTL_PLIST_STRICT, 1, &nul, &where);
    if (rule != CCTL_PLIST_RULE_NONE)
        return clusctl__rule_status(rule);
    return clusctl__to_utf8(d, 0, nul, out, out_size, needed);
}

/* Whether the valid name units [0, nul) of d equal a valid UTF-8 name,
 * ignoring the case of ASCII letters. */
static int clusctl__name_equal(const unsigned char *d, size_t nul, const char *name)
{
    const unsigned char *s = (const unsigned char *)name;
    size_t i = 0, step, n;
    for (;;) {
        uint32_t a, b;
        if (i == nul || *s == '\0')
            return i == nul && *s == '\0';
        a = clusctl__utf16_get(d, i, nul, &step);
        n = clusctl__utf8_get(s, &b);
        if (n == 0)
            return 0; /* GCOVR_EXCL_LINE: not reached: the caller checked the UTF-8 */
        if (a < 0x80u)
            a = (uint32_t)(unsigned char)clusctl__ascii_upper((char)a);
        if (b < 0x80u)
            b = (uint32_t)(unsigned char)clusctl__ascii_upper((char)b);
        if (a != b)
            return 0;
        i += step;
        s += n;
    }
}

int clusctl_prop_name_equal(const clusctl_prop *prop, const char *name)
{
    size_t nul, where, units;
    if (!clusctl__prop_sane(prop) || name == NULL || !clusctl__utf8_units(name, &units) ||
        clusctl__sz_rule(prop->name, prop->name_length, CCTL_PLIST_STRICT, 1, &nul, &where) !=
            CCTL_PLIST_RULE_NONE)
        return 0;
    return clusctl__name_equal(prop->name, nul, name);
}

clusctl_status clusctl_plist_find(const void *buffer, size_t size, uint32_t flags,
                                  const char *name, uint32_t format, clusctl_prop_value *value,
                                  clusctl_plist_error *error)
{
    clusctl_plist_reader reader;
    clusctl_plist_error staged;
    clusctl_prop prop;
    clusctl_prop_value v;
    size_t units;
    clusctl_status st;

    if (name == NULL || !clusctl__utf8_units(name, &units) ||
        (format > 0xFFFFu && format != CCTL_PROP_FORMAT_ANY) ||
        (value != NULL && !CCTL_CLEAN_PTR_(value)) ||
        clusctl__overlap(value, sizeof *value, buffer, size) ||
        clusctl__overlap(value, sizeof *value, name, strlen(name) + 1) ||
        clusctl__overlap(value, sizeof *value, error, sizeof *error))
        return CCTL_ERROR_INVALID_PARAMETER;
    st = clusctl__validate_args(buffer, size, flags, error);
    if (st != CCTL_ERROR_SUCCESS)
        return st;
    memset(&reader, 0, sizeof reader);
    st = clusctl__open(&reader, buffer, size, flags, 1, 0, 0, &staged);
    if (st != CCTL_ERROR_SUCCESS) {
        if (error != NULL)
            *error = staged;
        return st;
    }
    for (;;) {
        memset(&prop, 0, sizeof prop);
        st = clusctl_plist_next(&reader, &prop);
        if (st != CCTL_ERROR_SUCCESS)
            break;
        if (!clusctl_prop_name_equal(&prop, name))
            continue;
        staged.property = prop.index;
        if (prop.value_count == 0) { /* the default mode reads it */
            staged.status = CCTL_ERROR_INVALID_DATA;
            staged.rule = CCTL_PLIST_RULE_NO_VALUE;
            staged.offset = prop.origin_ + prop.next_;
            if (error != NULL)
                *error = staged;
            return CCTL_ERROR_INVALID_DATA;
        }
        memset(&v, 0, sizeof v);
        st = clusctl_prop_next_value(&prop, &v);
        if (st != CCTL_ERROR_SUCCESS)
            return st; /* GCOVR_EXCL_LINE: not reached: the list was validated */
        if (format != CCTL_PROP_FORMAT_ANY && v.format != format) {
            st = clusctl__rule_status(CCTL_PLIST_RULE_FORMAT_MISMATCH);
            staged.status = (uint32_t)st;
            staged.rule = CCTL_PLIST_RULE_FORMAT_MISMATCH;
            staged.offset = v.offset;
            staged.value_offset = v.offset;
        }
        if (value != NULL)
            *value = v;
        if (error != NULL)
            *error = staged;
        return st;
    }
    if (st != CCTL_ERROR_NO_MORE_ITEMS)
        return st; /* GCOVR_EXCL_LINE: not reached: the list was validated */
    staged.status = CCTL_ERROR_FILE_NOT_FOUND;
    staged.rule = CCTL_PLIST_RULE_NOT_FOUND;
    staged.offset = reader.end;
    if (error != NULL)
        *error = staged;
    return CCTL_ERROR_FILE_NOT_FOUND;
}

/* ---- Typed getters ---------------------------------------------------------- */

static int clusctl__value_sane(const clusctl_prop_value *v)
{
    return v != NULL && CCTL_CLEAN_PTR_(v) && (v->data != NULL || v->length == 0) &&
           v->type == v->syntax >> 16 && v->format == (v->syntax & 0xFFFFu) &&
           (v->flags & ~(uint32_t)CCTL__READ_FLAGS) == 0;
}

/* A fixed-size value's little-endian number. */
static clusctl_status clusctl__fixed(const clusctl_prop_value *v, uint32_t format,
                                     const void *out, uint64_t *number)
{
    size_t length = clusctl__fixed_length(format);
    if (!clusctl__value_sane(v) || out == NULL)
        return CCTL_ERROR_INVALID_PARAMETER;
    if (v->format != format)
        return CCTL_ERROR_INVALID_DATA;
    if (v->length != length)
        return CCTL_ERROR_BAD_LENGTH;
    *number = length == 2 ? clusctl__rd16(v->data)
              : length == 4 ? clusctl__rd32(v->data)
                            : clusctl__rd64(v->data);
    return CCTL_ERROR_SUCCESS;
}

clusctl_status clusctl_value_word(const clusctl_prop_value *value, uint16_t *out)
{
    uint64_t n = 0;
    clusctl_status st = clusctl__fixed(value, CCTL_PROP_FORMAT_WORD, out, &n);
    if (st == CCTL_ERROR_SUCCESS)
        *out = (uint16_t)n;
    return st;
}

clusctl_status clusctl_value_dword(const clusctl_prop_value *value, uint32_t *out)
{
    uint64_t n = 0;
    clusctl_status st = clusctl__fixed(value, CCTL_PROP_FORMAT_DWORD, out, &n);
    if (st == CCTL_ERROR_SUCCESS)
        *out = (uint32_t)n;
    return st;
}

clusctl_status clusctl_value_long(const clusctl_prop_value *value, int32_t *out)
{
    uint64_t n = 0;
    clusctl_status st = clusctl__fixed(value, CCTL_PROP_FORMAT_LONG, out, &n);
    if (st == CCTL_ERROR_SUCCESS) /* two's complement, without implementation-defined casts */
        *out = n <= 0x7FFFFFFFu ? (int32_t)n
                                : (int32_t)(n - 0x80000000u) - (int32_t)0x7FFFFFFF - 1;
    return st;
}

clusctl_status clusctl_value_large_integer(const clusctl_prop_value *value, int64_t *out)
{
    uint64_t n = 0;
    clusctl_status st = clusctl__fixed(value, CCTL_PROP_FORMAT_LARGE_INTEGER, out, &n);
    if (st == CCTL_ERROR_SUCCESS)
        *out = n <= (uint64_t)INT64_MAX ? (int64_t)n
                                        : (int64_t)(n - ((uint64_t)INT64_MAX + 1)) - INT64_MAX - 1;
    return st;
}

clusctl_status clusctl_value_ularge_integer(const clusctl_prop_value *value, uint64_t *out)
{
    uint64_t n = 0;
    clusctl_status st = clusctl__fixed(value, CCTL_PROP_FORMAT_ULARGE_INTEGER, out, &n);
    if (st == CCTL_ERROR_SUCCESS)
        *out = n;
    return st;
}

clusctl_status clusctl_value_filetime(const clusctl_prop_value *value, uint64_t *out)
{
    uint64_t n = 0;
    clusctl_status st = clusctl__fixed(value, CCTL_PROP_FORMAT_FILETIME, out, &n);
    if (st == CCTL_ERROR_SUCCESS)
        *out = n;
    return st;
}

clusctl_status clusctl_value_string(const clusctl_prop_value *value, char *out, size_t out_size,
                                    size_t *needed)
{
    const unsigned char *d;
    size_t length, nul, where;
    uint32_t rule;
    if (!clusctl__value_sane(value) ||
        clusctl__out_bad(value->data, value->length, out, out_size, needed))
        return CCTL_ERROR_INVALID_PARAMETER;
    d = value->data; /* read before anything is written: out may overlap *value */
    length = value->length;
    if (!clusctl__is_string_format(value->format))
        return CCTL_ERROR_INVALID_DATA;
    rule = clusctl__sz_rule(d, length, value->flags, 0, &nul, &where);
    if (rule != CCTL_PLIST_RULE_NONE)
        return clusctl__rule_status(rule);
    return clusctl__to_utf8(d, 0, nul, out, out_size, needed);
}

clusctl_status clusctl_value_multi_sz_next(const clusctl_prop_value *value, size_t *cursor,
                                           char *out, size_t out_size, size_t *needed)
{
    const unsigned char *d;
    size_t length, k, i, z, where;
    uint32_t rule, flags;
    clusctl_status st;

    if (!clusctl__value_sane(value) || cursor == NULL || *cursor % 2 != 0 ||
        *cursor > value->length ||
        clusctl__out_bad(value->data, value->length, out, out_size, needed) ||
        clusctl__overlap(out, out_size, cursor, sizeof *cursor) ||
        clusctl__overlap(needed, sizeof *needed, cursor, sizeof *cursor))
        return CCTL_ERROR_INVALID_PARAMETER;
    d = value->data;
    length = value->length;
    flags = value->flags;
    i = *cursor / 2;
    k = length / 2;
    if (value->format != CCTL_PROP_FORMAT_MULTI_SZ)
        return CCTL_ERROR_INVALID_DATA;
    rule = clusctl__multi_head_rule(d, length, flags, &where);
    if (rule != CCTL_PLIST_RULE_NONE)
        return clusctl__rule_status(rule);
    if (k == 0 || clusctl__multi_at_end(d, i, k, flags, &rule, &where))
        return rule != CCTL_PLIST_RULE_NONE ? clusctl__rule_status(rule)
                                            : CCTL_ERROR_NO_MORE_ITEMS;
    rule = clusctl__scan_string(d, i, k, &z, &where);
    if (rule != CCTL_PLIST_RULE_NONE)
        return clusctl__rule_status(rule);
    st = clusctl__to_utf8(d, i, z, out, out_size, needed);
    if (st == CCTL_ERROR_SUCCESS)
        *cursor = 2 * (z + 1);
    return st;
}

clusctl_status clusctl_value_bytes(const clusctl_prop_value *value, const unsigned char **data,
                                   size_t *size)
{
    if (!clusctl__value_sane(value) || data == NULL || size == NULL ||
        clusctl__overlap(data, sizeof *data, size, sizeof *size))
        return CCTL_ERROR_INVALID_PARAMETER;
    if (value->format != CCTL_PROP_FORMAT_BINARY &&
        value->format != CCTL_PROP_FORMAT_SECURITY_DESCRIPTOR)
        return CCTL_ERROR_INVALID_DATA;
    {
        /* Both read before either is written: the outputs may overlap *value. */
        const unsigned char *p = value->data;
        size_t n = value->length;
        *data = p;
        *size = n;
    }
    return CCTL_ERROR_SUCCESS;
}

static clusctl_status clusctl__value_list(const clusctl_prop_value *value,
                                          clusctl_plist_reader *reader,
                                          clusctl_plist_error *error, int property_list)
{
    clusctl_plist_error staged;
    const unsigned char *data;
    size_t length, offset;
    uint32_t flags, depth, format;

    if (!clusctl__value_sane(value) || reader == NULL || !CCTL_CLEAN_PTR_(reader) ||
        (error != NULL && !CCTL_CLEAN_(error)) ||
        clusctl__overlap(reader, sizeof *reader, value->data, value->length) ||
        clusctl__overlap(reader, sizeof *reader, error, sizeof *error) ||
        clusctl__overlap(error, sizeof *error, value->data, value->length))
        return CCTL_ERROR_INVALID_PARAMETER;
    data = value->data; /* read first: reader may overlap *value */
    length = value->length;
    offset = value->offset;
    flags = value->flags;
    depth = value->depth;
    format = value->format;
    clusctl__error_none(&staged);
    staged.value_offset = offset;
    staged.offset = offset;
    staged.depth = depth;
    if (format != (property_list ? CCTL_PROP_FORMAT_PROPERTY_LIST : CCTL_PROP_FORMAT_VALUE_LIST)) {
        staged.rule = CCTL_PLIST_RULE_FORMAT_MISMATCH;
    } else if (depth >= CCTL_PLIST_DEPTH_MAX) {
        staged.rule = CCTL_PLIST_RULE_NESTING_TOO_DEEP;
    } else {
        return clusctl__open(reader, data, length, flags, property_list, depth + 1, offset + 8,
                             error);
    }
    staged.status = (uint32_t)clusctl__rule_status(staged.rule);
    if (error != NULL)
        *error = staged;
    return (clusctl_status)staged.status;
}

clusctl_status clusctl_value_plist(const clusctl_prop_value *value, clusctl_plist_reader *reader,
                                   clusctl_plist_error *error)
{
    return clusctl__value_list(value, reader, error, 1);
}

clusctl_status clusctl_value_vlist(const clusctl_prop_value *value, clusctl_plist_reader *reader,
                                   clusctl_plist_error *error)
{
    return clusctl__value_list(value, reader, error, 0);
}

clusctl_status clusctl_plist_find_dword(const void *buffer, size_t size, const char *name,
                                        uint32_t *value)
{
    clusctl_prop_value v;
    uint32_t number = 0;
    clusctl_status st;
    if (value == NULL)
        return CCTL_ERROR_INVALID_PARAMETER;
    memset(&v, 0, sizeof v);
    st = clusctl_plist_find(buffer, size, 0, name, CCTL_PROP_FORMAT_DWORD, &v, NULL);
    if (st != CCTL_ERROR_SUCCESS)
        return st;
    st = clusctl_value_dword(&v, &number);
    if (st == CCTL_ERROR_SUCCESS)
        *value = number;
    return st;
}

/* ---- The writer ---------------------------------------------------------------- */

static int clusctl__writer_clean(const clusctl_plist_writer *w)
{
    size_t i;
    if (!CCTL_CLEAN_PTR_(w))
        return 0;
    for (i = 0; i < CCTL_COUNTOF_(w->levels); i++)
        if (!CCTL_CLEAN_(&w->levels[i]))
            return 0;
    return 1;
}

/* Keeps the first error. */
static clusctl_status clusctl__w_fail(clusctl_plist_writer *w, clusctl_status st, uint32_t rule)
{
    if (w->status == 0) {
        w->status = (uint32_t)st;
        w->rule = rule;
    }
    return (clusctl_status)w->status;
}

/* The checks every call after begin makes: the writer usable, no earlier
 * error. Returns 0 when the call may go on, else the status. */
static clusctl_status clusctl__w_usable(const clusctl_plist_writer *w)
{
    if (w == NULL || !clusctl__writer_clean(w) || w->depth > CCTL_PLIST_DEPTH_MAX ||
        (w->levels[w->depth].kind != CCTL_PLIST_KIND_PROPERTY_LIST &&
         w->levels[w->depth].kind != CCTL_PLIST_KIND_VALUE_LIST))
        return CCTL_ERROR_INVALID_PARAMETER; /* not begun, or changed */
    if (w->status != 0)
        return (clusctl_status)w->status;
    if (w->done)
        return CCTL_ERROR_INVALID_PARAMETER;
    return CCTL_ERROR_SUCCESS;
}

/* Whether an input of `size` bytes overlaps the output buffer or the writer. */
static int clusctl__w_overlaps(const clusctl_plist_writer *w, const void *p, size_t size)
{
    return clusctl__overlap(p, size, w->buffer, w->size) || clusctl__overlap(p, size, w, sizeof *w);
}

/* Counts n more bytes and says where they go: *out is NULL when they are
 * not written (the buffer is full). Fails on a list over 4 GiB - 1. */
static clusctl_status clusctl__w_reserve(clusctl_plist_writer *w, size_t n, unsigned char **out)
{
    *out = NULL;
    if (CCTL__OVER_32(w->length) || n > CCTL__SIZE_MAX - w->length)
        return clusctl__w_fail(w, CCTL_ERROR_ARITHMETIC_OVERFLOW, CCTL_PLIST_RULE_NONE);
    if (w->fits && (w->buffer == NULL || w->length > w->size || n > w->size - w->length))
        w->fits = 0;
    if (w->fits)
        *out = w->buffer + w->length;
    w->length += n;
    return CCTL_ERROR_SUCCESS;
}

/* Writes a 32-bit word at `at` of the buffer when everything has fit. */
static void clusctl__w_patch(clusctl_plist_writer *w, size_t at, uint32_t word)
{
    if (w->fits && w->buffer != NULL && at <= w->size && w->size - at >= 4)
        clusctl__wr32(w->buffer + at, word);
}

static clusctl_status clusctl__w_word(clusctl_plist_writer *w, uint32_t word)
{
    unsigned char *p;
    clusctl_status st = clusctl__w_reserve(w, 4, &p);
    if (st == CCTL_ERROR_SUCCESS && p != NULL)
        clusctl__wr32(p, word);
    return st;
}

static clusctl_status clusctl__w_begin(clusctl_plist_writer *w, void *buffer, size_t size,
                                       uint32_t flags, int property_list)
{
    uint32_t allowed = property_list ? CCTL__WRITE_FLAGS : CCTL__READ_FLAGS;
    if (w == NULL || !clusctl__writer_clean(w) || (buffer == NULL && size != 0) ||
        (flags & ~allowed) != 0 || clusctl__overlap(w, sizeof *w, buffer, size))
        return CCTL_ERROR_INVALID_PARAMETER;
    memset(w, 0, sizeof *w);
    w->buffer = (unsigned char *)buffer;
    w->size = size;
    w->flags = flags;
    w->fits = 1;
    w->levels[0].kind = property_list ? CCTL_PLIST_KIND_PROPERTY_LIST : CCTL_PLIST_KIND_VALUE_LIST;
    w->levels[0].last_format = CCTL__NONE;
    return property_list ? clusctl__w_word(w, 0) : CCTL_ERROR_SUCCESS;
}

clusctl_status clusctl_plist_write_begin(clusctl_plist_writer *writer, void *buffer, size_t size,
                                         uint32_t flags)
{
    return clusctl__w_begin(writer, buffer, size, flags, 1);
}

clusctl_status clusctl_vlist_write_begin(clusctl_plist_writer *writer, void *buffer, size_t size,
                                         uint32_t flags)
{
    return clusctl__w_begin(writer, buffer, size, flags, 0);
}

clusctl_status clusctl_plist_write_property(clusctl_plist_writer *w, const char *name)
{
    clusctl_plist_level *level;
    size_t units, length;
    unsigned char *p;
    clusctl_status st = clusctl__w_usable(w);
    if (st != CCTL_ERROR_SUCCESS)
        return st;
    level = &w->levels[w->depth];
    if (name == NULL || clusctl__w_overlaps(w, name, strlen(name) + 1) ||
        level->kind != CCTL_PLIST_KIND_PROPERTY_LIST || level->open)
        return clusctl__w_fail(w, CCTL_ERROR_INVALID_PARAMETER, CCTL_PLIST_RULE_NONE);
    if (!clusctl__utf8_units(name, &units))
        return clusctl__w_fail(w, CCTL_ERROR_NO_UNICODE_TRANSLATION,
                               CCTL_PLIST_RULE_UNPAIRED_SURROGATE);
    if (units == 0)
        return clusctl__w_fail(w, CCTL_ERROR_INVALID_NAME, CCTL_PLIST_RULE_NAME_EMPTY);
    /* GCOVR_EXCL_START: needs a name of 2 GiB or more, too large for a test */
    if (units > (CCTL__SIZE_MAX - 8) / 2 - 1)
        return clusctl__w_fail(w, CCTL_ERROR_ARITHMETIC_OVERFLOW, CCTL_PLIST_RULE_NONE);
    /* GCOVR_EXCL_STOP */
    length = (units + 1) * 2;
    st = clusctl__w_reserve(w, 8 + clusctl__align4(length), &p);
    if (st != CCTL_ERROR_SUCCESS)
        return st;
    if (p != NULL) {
        clusctl__wr32(p, CCTL__NAME_SYNTAX);
        clusctl__wr32(p + 4, (uint32_t)length);
        clusctl__utf8_to_utf16(name, p + 8);
        memset(p + 8 + length - 2, 0, 2 + clusctl__align4(length) - length);
    }
    level->open = 1;
    level->values = 0;
    level->last_format = CCTL__NONE;
    return CCTL_ERROR_SUCCESS;
}

clusctl_status clusctl_plist_write_property_end(clusctl_plist_writer *w)
{
    clusctl_plist_level *level;
    clusctl_status st = clusctl__w_usable(w);
    if (st != CCTL_ERROR_SUCCESS)
        return st;
    level = &w->levels[w->depth];
    if (level->kind != CCTL_PLIST_KIND_PROPERTY_LIST || !level->open)
        return clusctl__w_fail(w, CCTL_ERROR_INVALID_PARAMETER, CCTL_PLIST_RULE_NONE);
    if (level->values == 0)
        return clusctl__w_fail(w, clusctl__rule_status(CCTL_PLIST_RULE_NO_VALUE),
                               CCTL_PLIST_RULE_NO_VALUE);
    st = clusctl__w_word(w, 0);
    if (st != CCTL_ERROR_SUCCESS)
        return st;
    level->open = 0;
    level->count++;
    return CCTL_ERROR_SUCCESS;
}

/* The checks of a value about to be written with `syntax`, of a format the
 * caller allows: where it goes, the syntax, and the rules of its place.
 * Then counts it in its list. */
static clusctl_status clusctl__w_place(clusctl_plist_writer *w, uint32_t syntax)
{
    clusctl_plist_level *level = &w->levels[w->depth];
    uint32_t format = syntax & 0xFFFFu;
    int in_property = level->kind == CCTL_PLIST_KIND_PROPERTY_LIST;
    if ((in_property && !level->open) || syntax == 0 ||
        (in_property && syntax == CCTL__NAME_SYNTAX))
        return clusctl__w_fail(w, CCTL_ERROR_INVALID_PARAMETER, CCTL_PLIST_RULE_NONE);
    if (clusctl__strict_policy(w->flags) && in_property &&
        level->values == CCTL_PLIST_STRICT_VALUES_MAX)
        return clusctl__w_fail(w, clusctl__rule_status(CCTL_PLIST_RULE_TOO_MANY_VALUES),
                               CCTL_PLIST_RULE_TOO_MANY_VALUES);
    if (format == CCTL_PROP_FORMAT_EXPANDED_SZ) {
        if (w->flags & CCTL_PLIST_FROM_CLIENT)
            return clusctl__w_fail(w, clusctl__rule_status(CCTL_PLIST_RULE_EXPANDED_SZ_FROM_CLIENT),
                                   CCTL_PLIST_RULE_EXPANDED_SZ_FROM_CLIENT);
        if (clusctl__strict_policy(w->flags) && in_property &&
            level->last_format != CCTL_PROP_FORMAT_EXPAND_SZ)
            return clusctl__w_fail(w, clusctl__rule_status(CCTL_PLIST_RULE_EXPANDED_SZ_ALONE),
                                   CCTL_PLIST_RULE_EXPANDED_SZ_ALONE);
    }
    if (clusctl__strict_policy(w->flags) && !clusctl__syntax_is_named(syntax))
        return clusctl__w_fail(w, clusctl__rule_status(CCTL_PLIST_RULE_UNKNOWN_SYNTAX),
                               CCTL_PLIST_RULE_UNKNOWN_SYNTAX);
    return CCTL_ERROR_SUCCESS;
}

static void clusctl__w_counted(clusctl_plist_writer *w, uint32_t syntax)
{
    clusctl_plist_level *level = &w->levels[w->depth];
    if (level->kind == CCTL_PLIST_KIND_PROPERTY_LIST)
        level->values++;
    else
        level->count++;
    level->last_format = syntax & 0xFFFFu;
}

/* Writes a value's header and padding and gives where its data goes (NULL
 * when the buffer is full); `length` has been checked to fit 32 bits. */
static clusctl_status clusctl__w_value(clusctl_plist_writer *w, uint32_t syntax, size_t length,
                                       unsigned char **data)
{
    size_t padded;
    unsigned char *p;
    clusctl_status st;
    *data = NULL;
    if (length > CCTL__SIZE_MAX - 8 - 3)
        return clusctl__w_fail(w, CCTL_ERROR_ARITHMETIC_OVERFLOW, CCTL_PLIST_RULE_NONE);
    padded = clusctl__align4(length);
    st = clusctl__w_reserve(w, 8 + padded, &p);
    if (st != CCTL_ERROR_SUCCESS)
        return st;
    if (p != NULL) {
        clusctl__wr32(p, syntax);
        clusctl__wr32(p + 4, (uint32_t)length);
        memset(p + 8 + length, 0, padded - length);
        *data = p + 8;
    }
    clusctl__w_counted(w, syntax);
    return CCTL_ERROR_SUCCESS;
}

/* The start of every typed value: usable, a syntax of an allowed format
 * (0: LIST_VALUE with the default format), placed. */
static clusctl_status clusctl__w_typed(clusctl_plist_writer *w, uint32_t *syntax,
                                       uint32_t default_format, uint32_t other_format)
{
    uint32_t format;
    clusctl_status st = clusctl__w_usable(w);
    if (st != CCTL_ERROR_SUCCESS)
        return st;
    if (*syntax == 0)
        *syntax = CCTL_PROP_SYNTAX_VALUE(CCTL_PROP_TYPE_LIST_VALUE, default_format);
    format = *syntax & 0xFFFFu;
    if (format != default_format && format != other_format)
        return clusctl__w_fail(w, CCTL_ERROR_INVALID_PARAMETER, CCTL_PLIST_RULE_NONE);
    return clusctl__w_place(w, *syntax);
}

static clusctl_status clusctl__w_fixed(clusctl_plist_writer *w, uint32_t syntax, uint32_t format,
                                       uint64_t number)
{
    unsigned char *p;
    size_t length = clusctl__fixed_length(format);
    clusctl_status st = clusctl__w_typed(w, &syntax, format, format);
    if (st != CCTL_ERROR_SUCCESS)
        return st;
    st = clusctl__w_value(w, syntax, length, &p);
    if (st == CCTL_ERROR_SUCCESS && p != NULL) {
        if (length == 2)
            clusctl__wr16(p, (uint32_t)number);
        else if (length == 4)
            clusctl__wr32(p, (uint32_t)number);
        else
            clusctl__wr64(p, number);
    }
    return st;
}

clusctl_status clusctl_plist_write_word(clusctl_plist_writer *w, uint32_t syntax, uint16_t number)
{
    return clusctl__w_fixed(w, syntax, CCTL_PROP_FORMAT_WORD, number);
}

clusctl_status clusctl_plist_write_dword(clusctl_plist_writer *w, uint32_t syntax,
                                         uint32_t number)
{
    return clusctl__w_fixed(w, syntax, CCTL_PROP_FORMAT_DWORD, number);
}

clusctl_status clusctl_plist_write_long(clusctl_plist_writer *w, uint32_t syntax, int32_t number)
{
    /* two's complement bits, without implementation-defined conversions */
    uint32_t bits = number >= 0 ? (uint32_t)number : 0xFFFFFFFFu - (uint32_t)(-(number + 1));
    return clusctl__w_fixed(w, syntax, CCTL_PROP_FORMAT_LONG, bits);
}

clusctl_status clusctl_plist_write_large_integer(clusctl_plist_writer *w, uint32_t syntax,
                                                 int64_t number)
{
    uint64_t bits = number >= 0 ? (uint64_t)number : UINT64_MAX - (uint64_t)(-(number + 1));
    return clusctl__w_fixed(w, syntax, CCTL_PROP_FORMAT_LARGE_INTEGER, bits);
}

clusctl_status clusctl_plist_write_ularge_integer(clusctl_plist_writer *w, uint32_t syntax,
                                                  uint64_t number)
{
    return clusctl__w_fixed(w, syntax, CCTL_PROP_FORMAT_ULARGE_INTEGER, number);
}

clusctl_status clusctl_plist_write_filetime(clusctl_plist_writer *w, uint32_t syntax,
                                            uint64_t number)
{
    return clusctl__w_fixed(w, syntax, CCTL_PROP_FORMAT_FILETIME, number);
}

clusctl_status clusctl_plist_write_string(clusctl_plist_writer *w, uint32_t syntax,
                                          const char *text)
{
    size_t units;
    unsigned char *p;
    uint32_t format;
    clusctl_status st = clusctl__w_usable(w);
    if (st != CCTL_ERROR_SUCCESS)
        return st;
    if (syntax == 0)
        syntax = CCTL_PROP_SYNTAX_LIST_VALUE_SZ;
    format = syntax & 0xFFFFu;
    if (text == NULL || clusctl__w_overlaps(w, text, strlen(text) + 1) ||
        !clusctl__is_string_format(format))
        return clusctl__w_fail(w, CCTL_ERROR_INVALID_PARAMETER, CCTL_PLIST_RULE_NONE);
    st = clusctl__w_place(w, syntax);
    if (st != CCTL_ERROR_SUCCESS)
        return st;
    if (!clusctl__utf8_units(text, &units))
        return clusctl__w_fail(w, CCTL_ERROR_NO_UNICODE_TRANSLATION,
                               CCTL_PLIST_RULE_UNPAIRED_SURROGATE);
    /* GCOVR_EXCL_START: needs a string of 2 GiB or more, too large for a test */
    if (units > CCTL__SIZE_MAX / 2 - 1)
        return clusctl__w_fail(w, CCTL_ERROR_ARITHMETIC_OVERFLOW, CCTL_PLIST_RULE_NONE);
    /* GCOVR_EXCL_STOP */
    st = clusctl__w_value(w, syntax, (units + 1) * 2, &p);
    if (st == CCTL_ERROR_SUCCESS && p != NULL) {
        clusctl__utf8_to_utf16(text, p);
        clusctl__wr16(p + 2 * units, 0);
    }
    return st;
}

clusctl_status clusctl_plist_write_multi_sz(clusctl_plist_writer *w, uint32_t syntax,
                                            const char *const *strings, size_t count)
{
    size_t i, units, total = 1; /* the one more NUL */
    unsigned char *p;
    clusctl_status st = clusctl__w_usable(w);
    if (st != CCTL_ERROR_SUCCESS)
        return st;
    if (syntax == 0)
        syntax = CCTL_PROP_SYNTAX_LIST_VALUE_MULTI_SZ;
    if ((strings == NULL && count != 0) || (syntax & 0xFFFFu) != CCTL_PROP_FORMAT_MULTI_SZ ||
        (count != 0 && (count > (size_t)-1 / sizeof *strings ||
                        clusctl__w_overlaps(w, strings, count * sizeof *strings))))
        return clusctl__w_fail(w, CCTL_ERROR_INVALID_PARAMETER, CCTL_PLIST_RULE_NONE);
    for (i = 0; i < count; i++)
        if (strings[i] == NULL || strings[i][0] == '\0' ||
            clusctl__w_overlaps(w, strings[i], strlen(strings[i]) + 1))
            return clusctl__w_fail(w, CCTL_ERROR_INVALID_PARAMETER, CCTL_PLIST_RULE_NONE);
    st = clusctl__w_place(w, syntax);
    if (st != CCTL_ERROR_SUCCESS)
        return st;
    for (i = 0; i < count; i++) {
        if (!clusctl__utf8_units(strings[i], &units))
            return clusctl__w_fail(w, CCTL_ERROR_NO_UNICODE_TRANSLATION,
                                   CCTL_PLIST_RULE_UNPAIRED_SURROGATE);
        /* GCOVR_EXCL_START: needs strings of 2 GiB or more, too large for a test */
        if (units + 1 > CCTL__SIZE_MAX / 2 - total)
            return clusctl__w_fail(w, CCTL_ERROR_ARITHMETIC_OVERFLOW, CCTL_PLIST_RULE_NONE);
        /* GCOVR_EXCL_STOP */
        total += units + 1;
    }
    st = clusctl__w_value(w, syntax, total * 2, &p);
    if (st == CCTL_ERROR_SUCCESS && p != NULL) {
        for (i = 0; i < count; i++) {
            (void)clusctl__utf8_units(strings[i], &units);
            clusctl__utf8_to_utf16(strings[i], p);
            clusctl__wr16(p + 2 * units, 0);
            p += 2 * (units + 1);
        }
        clusctl__wr16(p, 0);
    }
    return st;
}

/* Copies checked bytes as a value. */
static clusctl_status clusctl__w_copy(clusctl_plist_writer *w, uint32_t syntax, const void *data,
                                      size_t length)
{
    unsigned char *p;
    clusctl_status st = clusctl__w_value(w, syntax, length, &p);
    if (st == CCTL_ERROR_SUCCESS && p != NULL && length != 0)
        memcpy(p, data, length);
    return st;
}

clusctl_status clusctl_plist_write_bytes(clusctl_plist_writer *w, uint32_t syntax,
                                         const void *data, size_t length)
{
    clusctl_status st = clusctl__w_usable(w);
    if (st != CCTL_ERROR_SUCCESS)
        return st;
    if ((data == NULL && length != 0) || clusctl__w_overlaps(w, data, length))
        return clusctl__w_fail(w, CCTL_ERROR_INVALID_PARAMETER, CCTL_PLIST_RULE_NONE);
    st = clusctl__w_typed(w, &syntax, CCTL_PROP_FORMAT_BINARY,
                          CCTL_PROP_FORMAT_SECURITY_DESCRIPTOR);
    if (st != CCTL_ERROR_SUCCESS)
        return st;
    return clusctl__w_copy(w, syntax, data, length);
}

clusctl_status clusctl_plist_write_value(clusctl_plist_writer *w, uint32_t syntax,
                                         const void *data, size_t length)
{
    clusctl__ctx c;
    clusctl__val v;
    clusctl_status st = clusctl__w_usable(w);
    if (st != CCTL_ERROR_SUCCESS)
        return st;
    if ((data == NULL && length != 0) || clusctl__w_overlaps(w, data, length))
        return clusctl__w_fail(w, CCTL_ERROR_INVALID_PARAMETER, CCTL_PLIST_RULE_NONE);
    st = clusctl__w_place(w, syntax);
    if (st != CCTL_ERROR_SUCCESS)
        return st;
    if (CCTL__OVER_32(length))
        return clusctl__w_fail(w, CCTL_ERROR_ARITHMETIC_OVERFLOW, CCTL_PLIST_RULE_NONE);
    /* The data alone, checked as a value whose data starts at offset 0 (the
     * offsets are not reported), in the writer's mode with the strict
     * contents rules; there is no padding to check. */
    {
        static const unsigned char none[1] = {0}; /* never NULL + 0 */
        clusctl_plist_error staged;
        c.b = data != NULL ? (const unsigned char *)data : none;
        c.n = length;
        c.origin = 0;
        c.flags = (w->flags & CCTL__READ_FLAGS) | CCTL__CANONICAL;
        c.depth = w->depth;
        c.property = CCTL_PLIST_NO_INDEX;
        c.err = &staged;
        v.at = 0;
        v.syntax = syntax;
        v.length = (uint32_t)length;
        v.data = 0;
        v.next = length;
        st = clusctl__check_value(&c, &v);
        if (st != CCTL_ERROR_SUCCESS)
            return clusctl__w_fail(w, st, staged.rule);
    }
    return clusctl__w_copy(w, syntax, data, length);
}

clusctl_status clusctl_plist_write_list_begin(clusctl_plist_writer *w, uint32_t syntax)
{
    unsigned char *p;
    uint32_t format = syntax & 0xFFFFu;
    clusctl_plist_level *level;
    clusctl_status st = clusctl__w_usable(w);
    if (st != CCTL_ERROR_SUCCESS)
        return st;
    if ((format != CCTL_PROP_FORMAT_PROPERTY_LIST && format != CCTL_PROP_FORMAT_VALUE_LIST) ||
        w->depth >= CCTL_PLIST_DEPTH_MAX)
        return clusctl__w_fail(w, CCTL_ERROR_INVALID_PARAMETER, CCTL_PLIST_RULE_NONE);
    st = clusctl__w_place(w, syntax);
    if (st != CCTL_ERROR_SUCCESS)
        return st;
    st = clusctl__w_reserve(w, 8, &p); /* cbLength is written at the end */
    if (st != CCTL_ERROR_SUCCESS)
        return st;
    if (p != NULL) {
        clusctl__wr32(p, syntax);
        clusctl__wr32(p + 4, 0);
    }
    clusctl__w_counted(w, syntax);
    w->depth++;
    level = &w->levels[w->depth];
    memset(level, 0, sizeof *level);
    level->start = w->length;
    level->last_format = CCTL__NONE;
    if (format == CCTL_PROP_FORMAT_PROPERTY_LIST) {
        level->kind = CCTL_PLIST_KIND_PROPERTY_LIST;
        return clusctl__w_word(w, 0);
    }
    level->kind = CCTL_PLIST_KIND_VALUE_LIST;
    return CCTL_ERROR_SUCCESS;
}

/* Closes the innermost list: its ENDMARK(s) and its count. */
static clusctl_status clusctl__w_close(clusctl_plist_writer *w)
{
    clusctl_plist_level *level = &w->levels[w->depth];
    clusctl_status st;
    if (level->kind == CCTL_PLIST_KIND_PROPERTY_LIST) {
        if (level->open)
            return clusctl__w_fail(w, CCTL_ERROR_INVALID_PARAMETER, CCTL_PLIST_RULE_NONE);
        if (!(w->flags & CCTL_PLIST_NO_FINAL_ENDMARK)) {
            st = clusctl__w_word(w, 0);
            if (st != CCTL_ERROR_SUCCESS)
                return st;
        }
        clusctl__w_patch(w, level->start, level->count);
        return CCTL_ERROR_SUCCESS;
    }
    /* GCOVR_EXCL_START: not reached: clusctl__w_usable() let only the two kinds through */
    if (level->kind != CCTL_PLIST_KIND_VALUE_LIST)
        return clusctl__w_fail(w, CCTL_ERROR_INVALID_PARAMETER, CCTL_PLIST_RULE_NONE);
    /* GCOVR_EXCL_STOP */
    return clusctl__w_word(w, 0);
}

clusctl_status clusctl_plist_write_list_end(clusctl_plist_writer *w)
{
    clusctl_plist_level *level;
    clusctl_status st = clusctl__w_usable(w);
    if (st != CCTL_ERROR_SUCCESS)
        return st;
    if (w->depth == 0)
        return clusctl__w_fail(w, CCTL_ERROR_INVALID_PARAMETER, CCTL_PLIST_RULE_NONE);
    level = &w->levels[w->depth];
    st = clusctl__w_close(w);
    if (st != CCTL_ERROR_SUCCESS)
        return st;
    if (level->start < 4 || level->start > w->length)
        return clusctl__w_fail(w, CCTL_ERROR_INVALID_PARAMETER, CCTL_PLIST_RULE_NONE);
    clusctl__w_patch(w, level->start - 4, (uint32_t)(w->length - level->start));
    memset(level, 0, sizeof *level);
    w->depth--;
    return CCTL_ERROR_SUCCESS;
}

clusctl_status clusctl_plist_write_end(clusctl_plist_writer *w, size_t *size)
{
    clusctl_status st;
    if (w == NULL || size == NULL || clusctl__overlap(size, sizeof *size, w, sizeof *w) ||
        clusctl__overlap(size, sizeof *size, w->buffer, w->size))
        return CCTL_ERROR_INVALID_PARAMETER;
    st = clusctl__w_usable(w);
    if (st != CCTL_ERROR_SUCCESS)
        return st;
    if (w->depth != 0)
        return clusctl__w_fail(w, CCTL_ERROR_INVALID_PARAMETER, CCTL_PLIST_RULE_NONE);
    st = clusctl__w_close(w);
    if (st != CCTL_ERROR_SUCCESS)
        return st;
    w->done = 1;
    *size = w->length;
    return w->fits ? CCTL_ERROR_SUCCESS : CCTL_ERROR_MORE_DATA;
}
