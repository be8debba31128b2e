/* Property tables (ResUtil's, portable): property lists from a parameter
 * block, verification of a list against a table, application of a verified
 * list to a block, the names. Lists are read with plist.h's reader and
 * written with its writer; the block is read and written with memcpy in
 * the host's layout. The rules and their order are proptable.h's. */
#include "clusctl/proptable.h"

#include <string.h>

#include "internal.h"
#include "proptable_internal.h"

#define CCTL__ITEM_FLAGS                                                       \
    (CCTL_PROP_ITEM_READ_ONLY | CCTL_PROP_ITEM_REQUIRED | CCTL_PROP_ITEM_GUID | \
     CCTL_PROP_ITEM_OWNED)
#define CCTL__READER_FLAGS (CCTL_PLIST_STRICT | CCTL_PLIST_FROM_CLIENT)
#define CCTL__VERIFY_FLAGS                                                     \
    (CCTL__READER_FLAGS | CCTL_PROPTABLE_ALLOW_UNKNOWN | CCTL_PROPTABLE_FROM_SERVER)
#define CCTL__NO_BLOCK ((size_t)-1) /* verify: no block, no bounds */
#define CCTL__LIST_MAX ((size_t)0xFFFFFFFFu)
/* Whether a size needs more than 32 bits (no comparison that a 32-bit
 * size_t would always make false). */
#define CCTL__OVER_32(n) ((((size_t)(n)) >> 16 >> 16) != 0)
#define CCTL__GUID_LEN 36      /* xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx */
#define CCTL__GUID_BRACED 38   /* {...} */
#define CCTL__INT64_MAX ((uint64_t)0x7FFFFFFFFFFFFFFFu)

/* ---- Small helpers --------------------------------------------------------- */

/* The signed number whose two's-complement bits are u (no conversion whose
 * result the implementation defines). */
static int64_t clusctl__signed(uint64_t u)
{
    if (u <= CCTL__INT64_MAX)
        return (int64_t)u;
    return -(int64_t)(~u) - 1;
}

static int clusctl__is_signed(uint32_t format)
{
    return format == CCTL_PROP_FORMAT_LONG || format == CCTL_PROP_FORMAT_LARGE_INTEGER;
}

static int clusctl__is_integer(uint32_t format)
{
    return format == CCTL_PROP_FORMAT_DWORD || format == CCTL_PROP_FORMAT_LONG ||
           format == CCTL_PROP_FORMAT_ULARGE_INTEGER ||
           format == CCTL_PROP_FORMAT_LARGE_INTEGER;
}

static int clusctl__is_string(uint32_t format)
{
    return format == CCTL_PROP_FORMAT_SZ || format == CCTL_PROP_FORMAT_EXPAND_SZ;
}

/* a <= b, as the format compares. */
static int clusctl__le(uint32_t format, uint64_t a, uint64_t b)
{
    if (clusctl__is_signed(format))
        return clusctl__signed(a) <= clusctl__signed(b);
    return a <= b;
}

/* The bytes an item takes in the block. */
static size_t clusctl__storage(const clusctl_prop_item *it)
{
    switch (it->format) {
    case CCTL_PROP_FORMAT_DWORD:
    case CCTL_PROP_FORMAT_LONG:
        return 4;
    case CCTL_PROP_FORMAT_ULARGE_INTEGER:
    case CCTL_PROP_FORMAT_LARGE_INTEGER:
        return 8;
    default:
        return it->size;
    }
}

/* The number of an integer item in the block, as two's-complement bits. */
static uint64_t clusctl__load(const unsigned char *block, const clusctl_prop_item *it)
{
    const unsigned char *p = block + it->offset;
    switch (it->format) {
    case CCTL_PROP_FORMAT_DWORD: {
        uint32_t v;
        memcpy(&v, p, sizeof v);
        return v;
    }
    case CCTL_PROP_FORMAT_LONG: {
        int32_t v;
        memcpy(&v, p, sizeof v);
        return (uint64_t)(int64_t)v;
    }
    case CCTL_PROP_FORMAT_ULARGE_INTEGER: {
        uint64_t v;
        memcpy(&v, p, sizeof v);
        return v;
    }
    default: { /* LARGE_INTEGER */
        int64_t v;
        memcpy(&v, p, sizeof v);
        return (uint64_t)v;
    }
    }
}

/* Stores a number that is in the item's range. */
static void clusctl__store(unsigned char *block, const clusctl_prop_item *it, uint64_t bits)
{
    unsigned char *p = block + it->offset;
    switch (it->format) {
    case CCTL_PROP_FORMAT_DWORD: {
        uint32_t v = (uint32_t)bits;
        memcpy(p, &v, sizeof v);
        break;
    }
    case CCTL_PROP_FORMAT_LONG: {
        int32_t v = (int32_t)clusctl__signed(bits); /* in range: checked */
        memcpy(p, &v, sizeof v);
        break;
    }
    case CCTL_PROP_FORMAT_ULARGE_INTEGER:
        memcpy(p, &bits, sizeof bits);
        break;
    default: {
        int64_t v = clusctl__signed(bits);
        memcpy(p, &v, sizeof v);
        break;
    }
    }
}

/* ---- UTF-8 and UTF-16 ------------------------------------------------------ */

/* Whether the NUL-terminated s is valid UTF-8; *units gets its UTF-16 code
 * units (no NUL), *bytes its length (no NUL). */
static int clusctl__utf8_ok(const char *s, size_t *units, size_t *bytes)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t n, u = 0;
    uint32_t cp;
    for (; *p != '\0'; p += n) {
        n = clusctl__utf8_get(p, &cp); /* 1 to 4, or 0: never a step of 0 */
        if (n == 0)
            return 0;
        u += cp >= 0x10000u ? 2 : 1;
    }
    *units = u;
    *bytes = (size_t)(p - (const unsigned char *)s);
    return 1;
}

/* Whether room[0..size) holds a NUL and the string before it is UTF-8. */
static int clusctl__room_ok(const char *room, size_t size)
{
    size_t units = 0, bytes = 0;
    if (size == 0 || memchr(room, '\0', size) == NULL)
        return 0;
    return clusctl__utf8_ok(room, &units, &bytes);
}

/* Writes valid UTF-8 as UTF-16LE (no NUL); returns the end. */
static unsigned char *clusctl__put_utf16(unsigned char *out, const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t n;
    uint32_t cp;
    for (; *p != '\0'; p += n) {
        n = clusctl__utf8_get(p, &cp);
        if (n == 0)
            break; /* GCOVR_EXCL_LINE: not reached: the string was checked */
        if (cp >= 0x10000u) {
            uint32_t v = cp - 0x10000u, hi = 0xD800u | (v >> 10), lo = 0xDC00u | (v & 0x3FFu);
            *out++ = (unsigned char)(hi & 0xFFu);
            *out++ = (unsigned char)(hi >> 8);
            *out++ = (unsigned char)(lo & 0xFFu);
            *out++ = (unsigned char)(lo >> 8);
        } else {
            *out++ = (unsigned char)(cp & 0xFFu);
            *out++ = (unsigned char)(cp >> 8);
        }
    }
    return out;
}

static int clusctl__hex(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* Whether s (len bytes) is empty or a GUID: 8-4-4-4-12 hex digits, with or
 * without braces. */
static int clusctl__guid_ok(const char *s, size_t len)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i;
    if (len == 0)
        return 1;
    if (len == CCTL__GUID_BRACED) {
        if (p[0] != '{' || p[len - 1] != '}')
            return 0;
        p++;
        len -= 2;
    }
    if (len != CCTL__GUID_LEN)
        return 0;
    for (i = 0; i < CCTL__GUID_LEN; i++) {
        int dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? p[i] != '-' : !clusctl__hex(p[i]))
            return 0;
    }
    return 1;
}

/* ---- The error --------------------------------------------------------------- */

void clusctl__prop_error_init(clusctl_prop_error *e)
{
    memset(e, 0, sizeof *e);
    e->property = CCTL_PLIST_NO_INDEX;
    e->item = CCTL_PROP_NO_ITEM;
}

/* Copies a valid UTF-8 name into the error, cut at a character's boundary. */
static void clusctl__err_name_utf8(clusctl_prop_error *e, const char *name)
{
    const unsigned char *p = (const unsigned char *)name;
    size_t at = 0, n;
    uint32_t cp;
    e->name_cut = 0;
    for (; *p != '\0'; p += n) {
        n = clusctl__utf8_get(p, &cp);
        if (n == 0)
            break; /* GCOVR_EXCL_LINE: not reached: the names are checked */
        if (at + n >= sizeof e->name) {
            e->name_cut = 1;
            break;
        }
        memcpy(e->name + at, p, n);
        at += n;
    }
    e->name[at] = '\0';
}

/* Copies a property's name (valid UTF-16LE, from the reader) into the
 * error as UTF-8, cut at a character's boundary. */
static void clusctl__err_name_prop(clusctl_prop_error *e, const clusctl_prop *prop)
{
    const unsigned char *d = prop->name;
    size_t units = prop->name_length / 2, i = 0, at = 0, n;
    unsigned char buf[4];
    e->name_cut = 0;
    while (i < units) {
        uint32_t u = (uint32_t)d[2 * i] | ((uint32_t)d[2 * i + 1] << 8), cp = u;
        size_t step = 1;
        if (u == 0)
            break;
        if (u >= 0xD800u && u <= 0xDBFFu && i + 1 < units) {
            uint32_t lo = (uint32_t)d[2 * i + 2] | ((uint32_t)d[2 * i + 3] << 8);
            if (lo >= 0xDC00u && lo <= 0xDFFFu) {
                cp = 0x10000u + ((u - 0xD800u) << 10) + (lo - 0xDC00u);
                step = 2;
            }
        }
        n = clusctl__utf8_put(buf, cp);
        if (at + n >= sizeof e->name) {
            e->name_cut = 1;
            break;
        }
        memcpy(e->name + at, buf, n);
        at += n;
        i += step;
    }
    e->name[at] = '\0';
}

/* Sets the status and copies the staged error out; returns the status. */
clusctl_status clusctl__prop_error_done(clusctl_prop_error *staged, clusctl_status st,
                                       clusctl_prop_error *error)
{
    staged->status = (uint32_t)st;
    if (error != NULL)
        memcpy(error, staged, sizeof *error);
    return st;
}

/* A problem of one item (BAD_TABLE, BAD_BLOCK). */
static clusctl_status clusctl__item_fail(clusctl_prop_error *e, uint32_t reason,
                                         const clusctl_prop_item *table, size_t item)
{
    size_t units = 0, bytes = 0;
    e->reason = reason;
    e->item = item;
    e->name[0] = '\0';
    e->name_cut = 0;
    if (item != CCTL_PROP_NO_ITEM && table[item].name != NULL &&
        clusctl__utf8_ok(table[item].name, &units, &bytes))
        clusctl__err_name_utf8(e, table[item].name);
    return CCTL_ERROR_INVALID_PARAMETER;
}

const char *clusctl_prop_reason_name(uint32_t reason)
{
    switch (reason) {
#define CCTL_NAME_(name, number, status, text)                                 \
    case number:                                                               \
        return #name;
        CCTL_PROP_REASON_MAP(CCTL_NAME_)
#undef CCTL_NAME_
    default:
        return NULL;
    }
}

const char *clusctl_prop_reason_description(uint32_t reason)
{
    switch (reason) {
#define CCTL_TEXT_(name, number, status, text)                                 \
    case number:                                                               \
        return text;
        CCTL_PROP_REASON_MAP(CCTL_TEXT_)
#undef CCTL_TEXT_
    default:
        return NULL;
    }
}

/* ---- The table ----------------------------------------------------------------- */

/* Whether one item follows its own rules (and fits the block). */
static int clusctl__item_ok(const clusctl_prop_item *it, size_t block_size)
{
    size_t units = 0, bytes = 0, storage;
    if (!CCTL_CLEAN_PTR_(it) || it->name == NULL ||
        !clusctl__utf8_ok(it->name, &units, &bytes) || bytes == 0 ||
        (it->flags & ~(uint32_t)CCTL__ITEM_FLAGS) != 0)
        return 0;
    if (clusctl__is_integer(it->format)) {
        if (it->size != 0 || it->default_string != NULL ||
            (it->flags & CCTL_PROP_ITEM_GUID) != 0 ||
            !clusctl__le(it->format, it->minimum, it->default_number) ||
            !clusctl__le(it->format, it->default_number, it->maximum))
            return 0;
        if (it->format == CCTL_PROP_FORMAT_DWORD &&
            (it->minimum > 0xFFFFFFFFu || it->maximum > 0xFFFFFFFFu))
            return 0;
        if (it->format == CCTL_PROP_FORMAT_LONG &&
            (clusctl__signed(it->minimum) < -(int64_t)0x7FFFFFFF - 1 ||
             clusctl__signed(it->maximum) > (int64_t)0x7FFFFFFF))
            return 0;
    } else if (clusctl__is_string(it->format)) {
        if (it->minimum != 0 || it->maximum != 0 || it->default_number != 0 ||
            it->size == 0 || (it->flags & CCTL_PROP_ITEM_OWNED) != 0 ||
            ((it->flags & CCTL_PROP_ITEM_GUID) != 0 && it->format != CCTL_PROP_FORMAT_SZ))
            return 0;
        if (it->default_string != NULL &&
            (!clusctl__utf8_ok(it->default_string, &units, &bytes) || bytes >= it->size ||
             ((it->flags & CCTL_PROP_ITEM_GUID) != 0 &&
              !clusctl__guid_ok(it->default_string, bytes))))
            return 0;
    } else {
        return 0;
    }
    storage = clusctl__storage(it);
    if (it->offset > (size_t)-1 - storage)
        return 0;
    if (block_size != CCTL__NO_BLOCK &&
        (storage > block_size || it->offset > block_size - storage))
        return 0;
    return 1;
}

/* Checks a table; on a problem fills e (BAD_TABLE) and returns its status. */
clusctl_status clusctl__table_check(const clusctl_prop_item *table, size_t count,
                                    size_t block_size, clusctl_prop_error *e)
{
    size_t i, j;
    if ((table == NULL && count != 0) || CCTL__OVER_32(count))
        return clusctl__item_fail(e, CCTL_PROP_REASON_BAD_TABLE, table, CCTL_PROP_NO_ITEM);
    for (i = 0; i < count; i++) {
        const clusctl_prop_item *it = &table[i];
        if (!clusctl__item_ok(it, block_size))
            return clusctl__item_fail(e, CCTL_PROP_REASON_BAD_TABLE, table, i);
        for (j = 0; j < i; j++) {
            const clusctl_prop_item *o = &table[j];
            if (clusctl__ascii_equal_nocase(o->name, it->name) ||
                (it->offset < o->offset + clusctl__storage(o) &&
                 o->offset < it->offset + clusctl__storage(it)))
                return clusctl__item_fail(e, CCTL_PROP_REASON_BAD_TABLE, table, i);
        }
    }
    return CCTL_ERROR_SUCCESS;
}

/* Whether the block's strings of the selected items are NUL-terminated in
 * their rooms and UTF-8; on a problem fills e (BAD_BLOCK). */
clusctl_status clusctl__block_check(const clusctl_prop_item *table, size_t count,
                                    uint32_t which, const void *block, clusctl_prop_error *e)
{
    const unsigned char *b = (const unsigned char *)block;
    size_t i;
    for (i = 0; i < count; i++) {
        const clusctl_prop_item *it = &table[i];
        uint32_t side = (it->flags & CCTL_PROP_ITEM_READ_ONLY) ? CCTL_PROPTABLE_READ_ONLY
                                                               : CCTL_PROPTABLE_READ_WRITE;
        if ((which & side) != 0 && clusctl__is_string(it->format) &&
            !clusctl__room_ok((const char *)(b + it->offset), it->size))
            return clusctl__item_fail(e, CCTL_PROP_REASON_BAD_BLOCK, table, i);
    }
    return CCTL_ERROR_SUCCESS;
}

/* Whether [p, p + n) overlaps the table array or any of its strings. */
static int clusctl__over_table(const void *p, size_t n, const clusctl_prop_item *table,
                               size_t count)
{
    size_t i;
    if (p == NULL || n == 0)
        return 0;
    if (clusctl__overlap(p, n, table, count * sizeof *table))
        return 1;
    for (i = 0; i < count; i++) {
        if (table[i].name != NULL && clusctl__overlap(p, n, table[i].name,
                                                      strlen(table[i].name) + 1))
            return 1;
        if (table[i].default_string != NULL &&
            clusctl__overlap(p, n, table[i].default_string,
                             strlen(table[i].default_string) + 1))
            return 1;
    }
    return 0;
}

/* Whether the table pointer and count can be walked at all (before the
 * overlap checks read it). */
static int clusctl__table_walkable(const clusctl_prop_item *table, size_t count)
{
    return !(table == NULL && count != 0) && !CCTL__OVER_32(count);
}

clusctl_status clusctl_proptable_check(const clusctl_prop_item *table, size_t count,
                                       size_t block_size, clusctl_prop_error *error)
{
    clusctl_prop_error e;
    if (error != NULL && !CCTL_CLEAN_PTR_(error))
        return CCTL_ERROR_INVALID_PARAMETER;
    clusctl__prop_error_init(&e);
    return clusctl__prop_error_done(&e, clusctl__table_check(table, count, block_size, &e), error);
}

clusctl_status clusctl_proptable_find(const clusctl_prop_item *table, size_t count,
                                      const char *name, size_t *index)
{
    size_t i, units = 0, bytes = 0;
    if (name == NULL || index == NULL || (table == NULL && count != 0) ||
        !clusctl__utf8_ok(name, &units, &bytes))
        return CCTL_ERROR_INVALID_PARAMETER;
    for (i = 0; i < count; i++)
        if (table[i].name != NULL && clusctl__ascii_equal_nocase(table[i].name, name)) {
            *index = i;
            return CCTL_ERROR_SUCCESS;
        }
    return CCTL_ERROR_FILE_NOT_FOUND;
}

void clusctl__defaults(const clusctl_prop_item *table, size_t count, void *block)
{
    unsigned char *b = (unsigned char *)block;
    size_t i;
    for (i = 0; i < count; i++) {
        const clusctl_prop_item *it = &table[i];
        if (clusctl__is_integer(it->format)) {
            clusctl__store(b, it, it->default_number);
        } else {
            memset(b + it->offset, 0, it->size);
            if (it->default_string != NULL)
                memcpy(b + it->offset, it->default_string, strlen(it->default_string));
        }
    }
}

clusctl_status clusctl_proptable_defaults(const clusctl_prop_item *table, size_t count,
                                          void *block, size_t block_size,
                                          clusctl_prop_error *error)
{
    clusctl_prop_error e;
    clusctl_status st;
    if ((error != NULL && !CCTL_CLEAN_PTR_(error)) || (block == NULL && block_size != 0) ||
        clusctl__overlap(block, block_size, error, error != NULL ? sizeof *error : 0) ||
        (clusctl__table_walkable(table, count) &&
         clusctl__over_table(block, block_size, table, count)))
        return CCTL_ERROR_INVALID_PARAMETER;
    clusctl__prop_error_init(&e);
    st = clusctl__table_check(table, count, block_size, &e);
    if (st == CCTL_ERROR_SUCCESS)
        clusctl__defaults(table, count, block);
    return clusctl__prop_error_done(&e, st, error);
}

/* ---- Lists from the block ------------------------------------------------------- */

static int clusctl__selected(const clusctl_prop_item *it, uint32_t which)
{
    uint32_t side = (it->flags & CCTL_PROP_ITEM_READ_ONLY) ? CCTL_PROPTABLE_READ_ONLY
                                                           : CCTL_PROPTABLE_READ_WRITE;
    return (which & side) != 0;
}

/* Writes (or counts, with a NULL buffer) the list; its size in *size. */
static clusctl_status clusctl__write_list(const clusctl_prop_item *table, size_t count,
                                          uint32_t which, const unsigned char *block,
                                          void *out, size_t out_size, size_t *size)
{
    clusctl_plist_writer w;
    clusctl_status st;
    size_t i;
    memset(&w, 0, sizeof w);
    st = clusctl_plist_write_begin(&w, out, out_size, 0);
    for (i = 0; st == CCTL_ERROR_SUCCESS && i < count; i++) {
        const clusctl_prop_item *it = &table[i];
        uint64_t v;
        if (!clusctl__selected(it, which))
            continue;
        st = clusctl_plist_write_property(&w, it->name);
        if (st != CCTL_ERROR_SUCCESS)
            break; /* GCOVR_EXCL_LINE: the 4 GiB limit only (the names were checked) */
        switch (it->format) {
        case CCTL_PROP_FORMAT_DWORD:
            st = clusctl_plist_write_dword(&w, 0, (uint32_t)clusctl__load(block, it));
            break;
        case CCTL_PROP_FORMAT_LONG:
            v = clusctl__load(block, it);
            st = clusctl_plist_write_long(&w, 0, (int32_t)clusctl__signed(v));
            break;
        case CCTL_PROP_FORMAT_ULARGE_INTEGER:
            st = clusctl_plist_write_ularge_integer(&w, 0, clusctl__load(block, it));
            break;
        case CCTL_PROP_FORMAT_LARGE_INTEGER:
            st = clusctl_plist_write_large_integer(&w, 0,
                                                   clusctl__signed(clusctl__load(block, it)));
            break;
        default: /* SZ, EXPAND_SZ */
            st = clusctl_plist_write_string(
                &w, CCTL_PROP_SYNTAX_VALUE(CCTL_PROP_TYPE_LIST_VALUE, it->format),
                (const char *)(block + it->offset));
            break;
        }
        if (st == CCTL_ERROR_SUCCESS)
            st = clusctl_plist_write_property_end(&w);
    }
    if (st != CCTL_ERROR_SUCCESS)
        return st; /* GCOVR_EXCL_LINE: the 4 GiB limit (the strings were checked) */
    return clusctl_plist_write_end(&w, size);
}

clusctl_status clusctl_proptable_to_list(const clusctl_prop_item *table, size_t count,
                                         uint32_t which, const void *block, size_t block_size,
                                         void *out, size_t out_size, size_t *bytes,
                                         clusctl_prop_error *error)
{
    clusctl_prop_error e;
    clusctl_status st;
    size_t needed = 0, written = 0, esize = error != NULL ? sizeof *error : 0;

    if (bytes == NULL || (error != NULL && !CCTL_CLEAN_PTR_(error)) ||
        (which & ~(uint32_t)CCTL_PROPTABLE_ALL) != 0 || which == 0 ||
        (block == NULL && block_size != 0) ||
        clusctl__overlap(out, out_size, block, block_size) ||
        clusctl__overlap(out, out_size, bytes, sizeof *bytes) ||
        clusctl__overlap(out, out_size, error, esize) ||
        clusctl__overlap(bytes, sizeof *bytes, error, esize) ||
        (clusctl__table_walkable(table, count) &&
         clusctl__over_table(out, out_size, table, count)))
        return CCTL_ERROR_INVALID_PARAMETER;
    if (out == NULL && out_size != 0)
        return CCTL_ERROR_INVALID_USER_BUFFER;
    clusctl__prop_error_init(&e);
    st = clusctl__table_check(table, count, block_size, &e);
    if (st == CCTL_ERROR_SUCCESS)
        st = clusctl__block_check(table, count, which, block, &e);
    if (st == CCTL_ERROR_SUCCESS) {
        /* Counted first, then written only when it all fits. */
        st = clusctl__write_list(table, count, which, (const unsigned char *)block, NULL, 0,
                                 &needed);
        if (st == CCTL_ERROR_MORE_DATA && needed <= out_size)
            st = clusctl__write_list(table, count, which, (const unsigned char *)block, out,
                                     needed, &written);
    }
    *bytes = st == CCTL_ERROR_SUCCESS ? written : st == CCTL_ERROR_MORE_DATA ? needed : 0;
    return clusctl__prop_error_done(&e, st, error);
}

clusctl_status clusctl_proptable_enum(const clusctl_prop_item *table, size_t count,
                                      uint32_t which, void *out, size_t out_size,
                                      size_t *bytes, clusctl_prop_error *error)
{
    clusctl_prop_error e;
    clusctl_status st;
    size_t needed = 2, i, units = 0, len = 0, esize = error != NULL ? sizeof *error : 0;

    if (bytes == NULL || (error != NULL && !CCTL_CLEAN_PTR_(error)) ||
        (which & ~(uint32_t)CCTL_PROPTABLE_ALL) != 0 || which == 0 ||
        clusctl__overlap(out, out_size, bytes, sizeof *bytes) ||
        clusctl__overlap(out, out_size, error, esize) ||
        clusctl__overlap(bytes, sizeof *bytes, error, esize) ||
        (clusctl__table_walkable(table, count) &&
         clusctl__over_table(out, out_size, table, count)))
        return CCTL_ERROR_INVALID_PARAMETER;
    if (out == NULL && out_size != 0)
        return CCTL_ERROR_INVALID_USER_BUFFER;
    clusctl__prop_error_init(&e);
    st = clusctl__table_check(table, count, CCTL__NO_BLOCK, &e);
    for (i = 0; st == CCTL_ERROR_SUCCESS && i < count; i++) {
        if (!clusctl__selected(&table[i], which))
            continue;
        (void)clusctl__utf8_ok(table[i].name, &units, &len); /* checked */
        if (units >= (CCTL__LIST_MAX - needed) / 2) /* (units + 1) * 2 more */
            st = CCTL_ERROR_ARITHMETIC_OVERFLOW; /* GCOVR_EXCL_LINE: names of 2 GiB: too large */
        else
            needed += (units + 1) * 2;
    }
    if (st == CCTL_ERROR_SUCCESS && needed > out_size)
        st = CCTL_ERROR_MORE_DATA;
    if (st == CCTL_ERROR_SUCCESS) {
        unsigned char *p = (unsigned char *)out;
        for (i = 0; i < count; i++) {
            if (!clusctl__selected(&table[i], which))
                continue;
            p = clusctl__put_utf16(p, table[i].name);
            *p++ = 0;
            *p++ = 0;
        }
        p[0] = 0;
        p[1] = 0;
    }
    *bytes = st == CCTL_ERROR_SUCCESS || st == CCTL_ERROR_MORE_DATA ? needed : 0;
    return clusctl__prop_error_done(&e, st, error);
}

/* ---- Verification and application -------------------------------------------------- */

/* A problem of one property. */
clusctl_status clusctl__prop_fail(clusctl_prop_error *e, uint32_t reason, const clusctl_prop *prop,
                                  size_t item, size_t offset)
{
    e->reason = reason;
    e->property = prop->index;
    e->item = item;
    e->offset = offset;
    clusctl__err_name_prop(e, prop);
    switch (reason) {
#define CCTL_STATUS_(name, number, status, text)                               \
    case number:                                                               \
        return CCTL_ERROR_##status;
        CCTL_PROP_REASON_MAP(CCTL_STATUS_)
#undef CCTL_STATUS_
    default: /* GCOVR_EXCL_START: not reached: the callers pass the reasons of the map */
        return CCTL_ERROR_INVALID_PARAMETER;
        /* GCOVR_EXCL_STOP */
    }
}

/* The table item a property names, or CCTL_PROP_NO_ITEM. */
size_t clusctl__item_of(const clusctl_prop_item *table, size_t count,
                               const clusctl_prop *prop)
{
    size_t i;
    for (i = 0; i < count; i++)
        if (clusctl_prop_name_equal(prop, table[i].name))
            return i;
    return CCTL_PROP_NO_ITEM;
}

/* The number of an integer value, as two's-complement bits. */
static clusctl_status clusctl__number(const clusctl_prop_value *v, uint64_t *out)
{
    clusctl_status st;
    switch (v->format) {
    case CCTL_PROP_FORMAT_DWORD: {
        uint32_t n = 0;
        st = clusctl_value_dword(v, &n);
        *out = n;
        return st;
    }
    case CCTL_PROP_FORMAT_LONG: {
        int32_t n = 0;
        st = clusctl_value_long(v, &n);
        *out = (uint64_t)(int64_t)n;
        return st;
    }
    case CCTL_PROP_FORMAT_ULARGE_INTEGER:
        return clusctl_value_ularge_integer(v, out);
    default: {
        int64_t n = 0;
        st = clusctl_value_large_integer(v, &n);
        *out = (uint64_t)n;
        return st;
    }
    }
}

/* The checks of one property that names item j; the value in *first. */
static clusctl_status clusctl__check_prop(const clusctl_prop_item *table, size_t j,
                                          clusctl_prop *prop, uint32_t flags,
                                          const unsigned char *block,
                                          clusctl_prop_value *first, clusctl_prop_error *e)
{
    const clusctl_prop_item *it = &table[j];
    clusctl_prop_value second;
    int server = (flags & CCTL_PROPTABLE_FROM_SERVER) != 0;
    uint64_t n = 0;
    clusctl_status st;

    if ((it->flags & CCTL_PROP_ITEM_READ_ONLY) != 0 && !server)
        return clusctl__prop_fail(e, CCTL_PROP_REASON_READ_ONLY, prop, j, prop->offset);
    if (prop->value_count == 0)
        return clusctl__prop_fail(e, CCTL_PROP_REASON_VALUE_COUNT, prop, j, prop->offset);
    memset(first, 0, sizeof *first);
    st = clusctl_prop_next_value(prop, first);
    if (st != CCTL_ERROR_SUCCESS)
        return st; /* GCOVR_EXCL_LINE: not reached: the list was validated */
    if (prop->value_count > 1) {
        memset(&second, 0, sizeof second);
        st = clusctl_prop_next_value(prop, &second);
        if (st != CCTL_ERROR_SUCCESS)
            return st; /* GCOVR_EXCL_LINE: not reached: the list was validated */
        if (!(it->format == CCTL_PROP_FORMAT_EXPAND_SZ && prop->value_count == 2 &&
              second.format == CCTL_PROP_FORMAT_EXPANDED_SZ &&
              (flags & CCTL_PLIST_FROM_CLIENT) == 0))
            return clusctl__prop_fail(e, CCTL_PROP_REASON_VALUE_COUNT, prop, j, second.offset);
    }
    if (first->format != it->format)
        return clusctl__prop_fail(e, CCTL_PROP_REASON_WRONG_FORMAT, prop, j, first->offset);
    if (clusctl__is_integer(it->format)) {
        /* GCOVR_EXCL_START: not reached: the list was validated (fixed lengths) */
        if (clusctl__number(first, &n) != CCTL_ERROR_SUCCESS)
            return clusctl__prop_fail(e, CCTL_PROP_REASON_WRONG_FORMAT, prop, j, first->offset);
        /* GCOVR_EXCL_STOP */
        if (!clusctl__le(it->format, it->minimum, n) || !clusctl__le(it->format, n, it->maximum)) {
            st = clusctl__prop_fail(e, CCTL_PROP_REASON_OUT_OF_RANGE, prop, j, first->offset);
            e->value = n;
            return st;
        }
        if ((it->flags & CCTL_PROP_ITEM_OWNED) != 0 && block != NULL && !server &&
            n != clusctl__load(block, it)) {
            st = clusctl__prop_fail(e, CCTL_PROP_REASON_OWNED, prop, j, first->offset);
            e->value = n;
            return st;
        }
    } else {
        size_t needed = 0;
        st = clusctl_value_string(first, NULL, 0, &needed);
        if (st != CCTL_ERROR_MORE_DATA && st != CCTL_ERROR_ARITHMETIC_OVERFLOW)
            return st; /* not reached: validated */
        if ((it->flags & CCTL_PROP_ITEM_GUID) != 0) {
            char guid[CCTL__GUID_BRACED + 1];
            if (st != CCTL_ERROR_MORE_DATA || needed > sizeof guid ||
                clusctl_value_string(first, guid, sizeof guid, &needed) != CCTL_ERROR_SUCCESS ||
                !clusctl__guid_ok(guid, needed - 1))
                return clusctl__prop_fail(e, CCTL_PROP_REASON_NOT_A_GUID, prop, j,
                                          first->offset);
        }
        if (st != CCTL_ERROR_MORE_DATA || needed > it->size)
            return clusctl__prop_fail(e, CCTL_PROP_REASON_TOO_LONG, prop, j, first->offset);
    }
    return CCTL_ERROR_SUCCESS;
}

/* Whether a property before `prop` (from the reader's start, `start`)
 * names item j. */
static int clusctl__named_before(const clusctl_plist_reader *start,
                                 const clusctl_prop_item *table, size_t j,
                                 const clusctl_prop *prop)
{
    clusctl_plist_reader r = *start;
    clusctl_prop p;
    uint32_t k;
    for (k = 0; k < prop->index; k++) {
        memset(&p, 0, sizeof p);
        if (clusctl_plist_next(&r, &p) != CCTL_ERROR_SUCCESS)
            return 0; /* GCOVR_EXCL_LINE: not reached: the list was validated */
        if (clusctl_prop_name_equal(&p, table[j].name))
            return 1;
    }
    return 0;
}

/* Opens the list and checks every property; with a block, owned items are
 * compared with it; with `apply`, the values are then written into it. */
static clusctl_status clusctl__verify(const clusctl_prop_item *table, size_t count,
                                      const void *list, size_t size, uint32_t flags,
                                      unsigned char *block, int apply, clusctl_prop_error *e)
{
    clusctl_plist_reader start, r;
    clusctl_plist_error pe;
    clusctl_prop prop;
    clusctl_prop_value v;
    clusctl_status st;
    size_t j;

    memset(&start, 0, sizeof start);
    memset(&pe, 0, sizeof pe);
    st = clusctl_plist_open(&start, list, size, flags & CCTL__READER_FLAGS, &pe);
    if (st != CCTL_ERROR_SUCCESS) {
        e->reason = CCTL_PROP_REASON_MALFORMED;
        e->rule = pe.rule;
        e->offset = pe.offset;
        e->property = pe.property;
        return st;
    }
    r = start;
    for (;;) {
        memset(&prop, 0, sizeof prop);
        st = clusctl_plist_next(&r, &prop);
        if (st == CCTL_ERROR_NO_MORE_ITEMS)
            break;
        if (st != CCTL_ERROR_SUCCESS)
            return st; /* GCOVR_EXCL_LINE: not reached: the list was validated */
        j = clusctl__item_of(table, count, &prop);
        if (j == CCTL_PROP_NO_ITEM) {
            if ((flags & CCTL_PROPTABLE_ALLOW_UNKNOWN) != 0)
                continue;
            return clusctl__prop_fail(e, CCTL_PROP_REASON_UNKNOWN_NAME, &prop,
                                      CCTL_PROP_NO_ITEM, prop.offset);
        }
        st = clusctl__check_prop(table, j, &prop, flags, block, &v, e);
        if (st != CCTL_ERROR_SUCCESS)
            return st;
        /* At most (items + 1) known properties are read before a duplicate
         * is found, so this stays linear in the list for a given table. */
        if (clusctl__named_before(&start, table, j, &prop))
            return clusctl__prop_fail(e, CCTL_PROP_REASON_DUPLICATE, &prop, j, prop.offset);
    }
    if (!apply)
        return CCTL_ERROR_SUCCESS;
    /* Every property is valid: write them. */
    r = start;
    for (;;) {
        memset(&prop, 0, sizeof prop);
        if (clusctl_plist_next(&r, &prop) != CCTL_ERROR_SUCCESS)
            break;
        j = clusctl__item_of(table, count, &prop);
        if (j == CCTL_PROP_NO_ITEM)
            continue;
        memset(&v, 0, sizeof v);
        if (clusctl_prop_next_value(&prop, &v) != CCTL_ERROR_SUCCESS)
            continue; /* GCOVR_EXCL_LINE: not reached: the list was validated */
        if (clusctl__is_integer(table[j].format)) {
            uint64_t n = 0;
            if (clusctl__number(&v, &n) == CCTL_ERROR_SUCCESS)
                clusctl__store(block, &table[j], n);
        } else {
            size_t needed;
            char *room = (char *)(block + table[j].offset);
            memset(room, 0, table[j].size);
            (void)clusctl_value_string(&v, room, table[j].size, &needed); /* fits: checked */
        }
    }
    return CCTL_ERROR_SUCCESS;
}

/* The argument checks of verify and apply. */
static int clusctl__verify_args_bad(size_t size, uint32_t flags, const clusctl_prop_error *error)
{
    return (error != NULL && !CCTL_CLEAN_PTR_(error)) ||
           (flags & ~(uint32_t)CCTL__VERIFY_FLAGS) != 0 ||
           ((flags & CCTL_PLIST_FROM_CLIENT) != 0 && (flags & CCTL_PROPTABLE_FROM_SERVER) != 0) ||
           CCTL__OVER_32(size);
}

clusctl_status clusctl_proptable_verify(const clusctl_prop_item *table, size_t count,
                                        const void *list, size_t size, uint32_t flags,
                                        clusctl_prop_error *error)
{
    clusctl_prop_error e;
    clusctl_status st;
    if (clusctl__verify_args_bad(size, flags, error))
        return CCTL_ERROR_INVALID_PARAMETER;
    if (list == NULL && size != 0)
        return CCTL_ERROR_INVALID_USER_BUFFER;
    clusctl__prop_error_init(&e);
    st = clusctl__table_check(table, count, CCTL__NO_BLOCK, &e);
    if (st == CCTL_ERROR_SUCCESS)
        st = clusctl__verify(table, count, list, size, flags, NULL, 0, &e);
    return clusctl__prop_error_done(&e, st, error);
}

clusctl_status clusctl__apply(const clusctl_prop_item *table, size_t count, const void *list,
                              size_t size, uint32_t flags, void *block, size_t block_size,
                              clusctl_prop_error *e)
{
    clusctl_status st = clusctl__table_check(table, count, block_size, e);
    if (st == CCTL_ERROR_SUCCESS)
        st = clusctl__verify(table, count, list, size, flags, (unsigned char *)block, 1, e);
    return st;
}

clusctl_status clusctl_proptable_apply(const clusctl_prop_item *table, size_t count,
                                       const void *list, size_t size, uint32_t flags,
                                       void *block, size_t block_size,
                                       clusctl_prop_error *error)
{
    clusctl_prop_error e;
    if (clusctl__verify_args_bad(size, flags, error) || block == NULL ||
        clusctl__overlap(block, block_size, list, size) ||
        clusctl__overlap(block, block_size, error, error != NULL ? sizeof *error : 0) ||
        (clusctl__table_walkable(table, count) &&
         clusctl__over_table(block, block_size, table, count)))
        return CCTL_ERROR_INVALID_PARAMETER;
    if (list == NULL && size != 0)
        return CCTL_ERROR_INVALID_USER_BUFFER;
    clusctl__prop_error_init(&e);
    return clusctl__prop_error_done(&e, clusctl__apply(table, count, list, size, flags, block, block_size,
                                            &e),
                         error);
}
