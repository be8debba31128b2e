/* Property tables (proptable.h) with a table of their own, a "Widget" with
 * every supported format: the table's rules, defaults, lists from the
 * block against hand-written bytes and the reference encoder at every
 * output size in an exact heap block, the names, every reason of verify
 * and apply with its status, property, item, offset, name and value, all or
 * nothing, the flags, overlap and argument errors, round trips. */
#include <stdlib.h>

#include "clusctl/clusctl.h"
#include "harness.h"
#include "print.h"
#include "ref_props.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

typedef struct widget {
    uint32_t count;  /* Count: DWORD 1..10, default 5, required */
    int32_t delta;   /* Delta: LONG -100..100, default -1 */
    uint64_t total;  /* Total: ULARGE_INTEGER, read-only, default 2^32 */
    int64_t offset;  /* Offset: LARGE_INTEGER INT64_MIN..0, default -2 */
    char label[8];   /* Label: SZ, default "abc" */
    char path[16];   /* Path: EXPAND_SZ, default "%TEMP%" */
    char id[40];     /* Id: SZ, a GUID or empty */
    uint32_t state;  /* State: DWORD 0..3, owned */
    uint32_t seen;   /* Seen: DWORD, read-only, default 7 */
} widget;

#define I64(v) ((uint64_t)(int64_t)(v))
#define INT64_MIN_ (-(int64_t)0x7FFFFFFFFFFFFFFF - 1)

static const clusctl_prop_item widget_table[] = {
    {.name = "Count", .format = CCTL_PROP_FORMAT_DWORD, .flags = CCTL_PROP_ITEM_REQUIRED,
     .minimum = 1, .maximum = 10, .default_number = 5, .offset = offsetof(widget, count)},
    {.name = "Delta", .format = CCTL_PROP_FORMAT_LONG, .minimum = I64(-100), .maximum = 100,
     .default_number = I64(-1), .offset = offsetof(widget, delta)},
    {.name = "Total", .format = CCTL_PROP_FORMAT_ULARGE_INTEGER,
     .flags = CCTL_PROP_ITEM_READ_ONLY, .minimum = 0, .maximum = UINT64_MAX,
     .default_number = 0x100000000u, .offset = offsetof(widget, total)},
    {.name = "Offset", .format = CCTL_PROP_FORMAT_LARGE_INTEGER, .minimum = I64(INT64_MIN_),
     .maximum = 0, .default_number = I64(-2), .offset = offsetof(widget, offset)},
    {.name = "Label", .format = CCTL_PROP_FORMAT_SZ, .default_string = "abc",
     .offset = offsetof(widget, label), .size = 8},
    {.name = "Path", .format = CCTL_PROP_FORMAT_EXPAND_SZ, .default_string = "%TEMP%",
     .offset = offsetof(widget, path), .size = 16},
    {.name = "Id", .format = CCTL_PROP_FORMAT_SZ, .flags = CCTL_PROP_ITEM_GUID,
     .offset = offsetof(widget, id), .size = 40},
    {.name = "State", .format = CCTL_PROP_FORMAT_DWORD, .flags = CCTL_PROP_ITEM_OWNED,
     .minimum = 0, .maximum = 3, .offset = offsetof(widget, state)},
    {.name = "Seen", .format = CCTL_PROP_FORMAT_DWORD, .flags = CCTL_PROP_ITEM_READ_ONLY,
     .minimum = 0, .maximum = 0xFFFFFFFFu, .default_number = 7, .offset = offsetof(widget, seen)},
};
#define N COUNT(widget_table)

static const char guid[] = "6B29FC40-CA47-1067-B31D-00DD010662DA";

static widget defaults(void)
{
    widget w;
    memset(&w, 0xAA, sizeof w);
    CHECK_EQ_U(clusctl_proptable_defaults(widget_table, N, &w, sizeof w, NULL),
               CCTL_ERROR_SUCCESS);
    return w;
}

static int same_widget(const widget *a, const widget *b)
{
    return a->count == b->count && a->delta == b->delta && a->total == b->total &&
           a->offset == b->offset && memcmp(a->label, b->label, sizeof a->label) == 0 &&
           memcmp(a->path, b->path, sizeof a->path) == 0 &&
           memcmp(a->id, b->id, sizeof a->id) == 0 && a->state == b->state &&
           a->seen == b->seen;
}

/* A little-endian 64-bit value. */
static void ref_list_u64(ref_list *l, uint32_t syntax, uint64_t v)
{
    unsigned char b[8];
    int i;
    for (i = 0; i < 8; i++)
        b[i] = (unsigned char)((v >> (8 * i)) & 0xFF);
    ref_list_value(l, syntax, b, 8);
}

static void ref_list_u32v(ref_list *l, uint32_t syntax, uint32_t v)
{
    unsigned char b[4];
    int i;
    for (i = 0; i < 4; i++)
        b[i] = (unsigned char)((v >> (8 * i)) & 0xFF);
    ref_list_value(l, syntax, b, 4);
}

/* The reference list of a widget (its selected items, the table's order). */
static void widget_list(const widget *w, uint32_t which, ref_list *l)
{
    ref_list_begin(l);
    if (which & CCTL_PROPTABLE_READ_WRITE) {
        ref_list_dword_prop(l, "Count", w->count);
        ref_list_string(l, REF_NAME, "Delta");
        ref_list_u32v(l, REF_LONG, (uint32_t)w->delta);
        ref_list_endmark(l);
    }
    if (which & CCTL_PROPTABLE_READ_ONLY) {
        ref_list_string(l, REF_NAME, "Total");
        ref_list_u64(l, REF_ULARGE, w->total);
        ref_list_endmark(l);
    }
    if (which & CCTL_PROPTABLE_READ_WRITE) {
        ref_list_string(l, REF_NAME, "Offset");
        ref_list_u64(l, REF_LARGE, (uint64_t)w->offset);
        ref_list_endmark(l);
        ref_list_sz_prop(l, "Label", w->label);
        ref_list_string(l, REF_NAME, "Path");
        ref_list_string(l, REF_EXPAND_SZ, w->path);
        ref_list_endmark(l);
        ref_list_sz_prop(l, "Id", w->id);
        ref_list_dword_prop(l, "State", w->state);
    }
    if (which & CCTL_PROPTABLE_READ_ONLY)
        ref_list_dword_prop(l, "Seen", w->seen);
    ref_list_end(l, 1);
}

/* ---- The table's rules ---------------------------------------------------- */

typedef struct bad_item {
    const char *what;
    size_t index;    /* which item is changed */
    clusctl_prop_item item;
} bad_item;

static void test_check_rules(void)
{
    static const char bad_utf8[] = {(char)0xC0, (char)0x80, 0};
    clusctl_prop_item table[N];
    clusctl_prop_error e = {0};
    bad_item cases[40];
    size_t n = 0, i;

    CHECK_EQ_U(clusctl_proptable_check(widget_table, N, sizeof(widget), &e), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(e.reason, CCTL_PROP_REASON_NONE);
    CHECK_EQ_U(e.item, CCTL_PROP_NO_ITEM);
    CHECK_EQ_U(e.property, CCTL_PLIST_NO_INDEX);
    CHECK_EQ_U(clusctl_proptable_check(widget_table, N, (size_t)-1, NULL), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(clusctl_proptable_check(NULL, 0, 0, NULL), CCTL_ERROR_SUCCESS);

#define BAD(w, idx, field, value)                                              \
    do {                                                                       \
        cases[n].what = w;                                                     \
        cases[n].index = idx;                                                  \
        cases[n].item = widget_table[idx];                                     \
        cases[n].item.field = value;                                           \
        n++;                                                                   \
    } while (0)
    BAD("name NULL", 1, name, NULL);
    BAD("name empty", 1, name, "");
    BAD("name not UTF-8", 1, name, bad_utf8);
    BAD("name equal to an earlier one but for case", 3, name, "cOUNT");
    BAD("unknown flag", 0, flags, 0x4u);
    BAD("unknown high flag", 0, flags, 0x80000000u);
    BAD("GUID on a DWORD", 0, flags, CCTL_PROP_ITEM_GUID);
    BAD("GUID on an EXPAND_SZ", 5, flags, CCTL_PROP_ITEM_GUID);
    BAD("owned on an SZ", 4, flags, CCTL_PROP_ITEM_OWNED);
    BAD("format MULTI_SZ", 4, format, CCTL_PROP_FORMAT_MULTI_SZ);
    BAD("format BINARY", 4, format, CCTL_PROP_FORMAT_BINARY);
    BAD("format WORD", 0, format, CCTL_PROP_FORMAT_WORD);
    BAD("format unknown", 0, format, 0x1234u);
    BAD("minimum above maximum", 0, minimum, 11);
    BAD("default below minimum", 0, default_number, 0);
    BAD("default above maximum", 0, default_number, 11);
    BAD("DWORD maximum above 32 bits", 8, maximum, 0x100000000u);
    BAD("LONG minimum below INT32_MIN", 1, minimum, I64(-(int64_t)0x80000001));
    BAD("LONG maximum above INT32_MAX", 1, maximum, 0x80000000u);
    BAD("LARGE: signed compare (minimum -1 > maximum -2)", 3, minimum, I64(-1));
    BAD("integer with a size", 0, size, 4);
    BAD("integer with a default string", 0, default_string, "5");
    BAD("string with room 0", 4, size, 0);
    BAD("string with a minimum", 4, minimum, 1);
    BAD("string with a maximum", 4, maximum, 1);
    BAD("string with a default number", 4, default_number, 1);
    BAD("default string that fills the room (no NUL)", 4, default_string, "abcdefgh");
    BAD("default string not UTF-8", 4, default_string, bad_utf8);
    BAD("GUID default not a GUID", 6, default_string, "x");
    BAD("storage past the block", 8, offset, sizeof(widget) - 2);
    BAD("storage over an earlier item's", 1, offset, offsetof(widget, count) + 2);
    BAD("offset that overflows", 0, offset, (size_t)-2);
    BAD("reserved room", 2, reserved[3], 1);
    BAD("reserved pointer", 2, reserved_ptr[1], "x");
#undef BAD
    for (i = 0; i < n; i++) {
        unsigned long before = harness_failed;
        memcpy(table, widget_table, sizeof table);
        table[cases[i].index] = cases[i].item;
        memset(&e, 0, sizeof e);
        CHECK_EQ_U(clusctl_proptable_check(table, N, sizeof(widget), &e),
                   CCTL_ERROR_INVALID_PARAMETER);
        CHECK_EQ_U(e.status, CCTL_ERROR_INVALID_PARAMETER);
        CHECK_EQ_U(e.reason, CCTL_PROP_REASON_BAD_TABLE);
        CHECK_EQ_U(e.item, cases[i].index);
        CHECK_EQ_U(e.offset, 0);
        CHECK_EQ_U(e.property, CCTL_PLIST_NO_INDEX);
        /* The item's name when it is valid UTF-8, else "". */
        if (table[cases[i].index].name != NULL && table[cases[i].index].name != bad_utf8)
            CHECK_STR(e.name, table[cases[i].index].name);
        else
            CHECK_STR(e.name, "");
        /* Every other function refuses the table the same way. */
        {
            widget w = defaults(), before_w = w;
            size_t bytes = 99;
            unsigned char out[512];
            ref_list l;
            CHECK_EQ_U(clusctl_proptable_defaults(table, N, &w, sizeof w, NULL),
                       CCTL_ERROR_INVALID_PARAMETER);
            CHECK(same_widget(&w, &before_w));
            CHECK_EQ_U(clusctl_proptable_to_list(table, N, CCTL_PROPTABLE_ALL, &w, sizeof w, out,
                                                 sizeof out, &bytes, NULL),
                       CCTL_ERROR_INVALID_PARAMETER);
            CHECK_EQ_U(bytes, 0);
            ref_list_begin(&l);
            ref_list_end(&l, 1);
            CHECK_EQ_U(clusctl_proptable_apply(table, N, l.data, l.size, 0, &w, sizeof w, NULL),
                       CCTL_ERROR_INVALID_PARAMETER);
            if (cases[i].index != 8) /* the block's bounds: verify has none */
                CHECK_EQ_U(clusctl_proptable_verify(table, N, l.data, l.size, 0, NULL),
                           CCTL_ERROR_INVALID_PARAMETER);
        }
        if (harness_failed != before)
            fprintf(stderr, "    case: %s\n", cases[i].what);
    }
    /* A table pointer or count that cannot be walked: no item. */
    memset(&e, 0, sizeof e);
    CHECK_EQ_U(clusctl_proptable_check(NULL, 1, 0, &e), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(e.reason, CCTL_PROP_REASON_BAD_TABLE);
    CHECK_EQ_U(e.item, CCTL_PROP_NO_ITEM);
#if SIZE_MAX > 0xFFFFFFFFu
    CHECK_EQ_U(clusctl_proptable_check(widget_table, (size_t)0x100000000u, 0, &e),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(e.item, CCTL_PROP_NO_ITEM);
#endif
    /* A dirty error is an argument error: untouched. */
    memset(&e, 0, sizeof e);
    e.reserved[0] = 1;
    CHECK_EQ_U(clusctl_proptable_check(widget_table, N, 0, &e), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(e.status, 0);
    CHECK_EQ_U(e.reason, 0);
    /* A block too small for an item: BAD_TABLE for the first that is out. */
    memset(&e, 0, sizeof e);
    CHECK_EQ_U(clusctl_proptable_check(widget_table, N, offsetof(widget, label), &e),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(e.item, 4);
}

static void test_find_and_names(void)
{
    size_t index = 99;
    uint32_t r;
    CHECK_EQ_U(clusctl_proptable_find(widget_table, N, "Label", &index), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(index, 4);
    CHECK_EQ_U(clusctl_proptable_find(widget_table, N, "sEEN", &index), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(index, 8);
    index = 99;
    CHECK_EQ_U(clusctl_proptable_find(widget_table, N, "Seen ", &index),
               CCTL_ERROR_FILE_NOT_FOUND);
    CHECK_EQ_U(clusctl_proptable_find(widget_table, N, "", &index), CCTL_ERROR_FILE_NOT_FOUND);
    CHECK_EQ_U(clusctl_proptable_find(NULL, 0, "Seen", &index), CCTL_ERROR_FILE_NOT_FOUND);
    CHECK_EQ_U(index, 99);
    CHECK_EQ_U(clusctl_proptable_find(NULL, 1, "Seen", &index), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_proptable_find(widget_table, N, NULL, &index),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_proptable_find(widget_table, N, "Seen", NULL),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_proptable_find(widget_table, N, "\xFF", &index),
               CCTL_ERROR_INVALID_PARAMETER);
    for (r = 0; r <= CCTL_PROP_REASON_BAD_BLOCK; r++) {
        CHECK(clusctl_prop_reason_name(r) != NULL);
        CHECK(clusctl_prop_reason_description(r) != NULL);
    }
    CHECK_STR(clusctl_prop_reason_name(CCTL_PROP_REASON_OUT_OF_RANGE), "OUT_OF_RANGE");
    CHECK_STR(clusctl_prop_reason_name(CCTL_PROP_REASON_OWNED), "OWNED");
    CHECK(clusctl_prop_reason_name(r) == NULL);
    CHECK(clusctl_prop_reason_description(0xFFFFFFFFu) == NULL);
    CHECK_EQ_U(CCTL_PROP_ITEM_READ_ONLY, 0x1); /* RESUTIL_PROPITEM_READ_ONLY */
    CHECK_EQ_U(CCTL_PROP_ITEM_REQUIRED, 0x2);  /* RESUTIL_PROPITEM_REQUIRED */
}

static void test_defaults(void)
{
    widget w = defaults();
    clusctl_prop_error e = {0};
    char names[16] = "Count";
    clusctl_prop_item t[1];
    size_t i;
    CHECK_EQ_U(w.count, 5);
    CHECK_EQ_U((uint32_t)w.delta, 0xFFFFFFFFu);
    CHECK(w.delta == -1);
    CHECK(w.total == 0x100000000u);
    CHECK(w.offset == -2);
    CHECK_STR(w.label, "abc");
    for (i = 4; i < sizeof w.label; i++)
        CHECK_EQ_U((unsigned char)w.label[i], 0);
    CHECK_STR(w.path, "%TEMP%");
    for (i = 0; i < sizeof w.id; i++)
        CHECK_EQ_U((unsigned char)w.id[i], 0);
    CHECK_EQ_U(w.state, 0);
    CHECK_EQ_U(w.seen, 7);
    /* Arguments: NULL block with a size; error dirty; block over the table
     * or one of its strings; error over the block. */
    CHECK_EQ_U(clusctl_proptable_defaults(widget_table, N, NULL, 8, NULL),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_proptable_defaults(widget_table, N, NULL, 0, &e),
               CCTL_ERROR_INVALID_PARAMETER); /* items do not fit: BAD_TABLE */
    CHECK_EQ_U(e.reason, CCTL_PROP_REASON_BAD_TABLE);
    CHECK_EQ_U(clusctl_proptable_defaults(NULL, 0, NULL, 0, NULL), CCTL_ERROR_SUCCESS);
    memset(&e, 0, sizeof e);
    e.reserved_ptr[0] = &e;
    CHECK_EQ_U(clusctl_proptable_defaults(widget_table, N, &w, sizeof w, &e),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK(e.status == 0);
    memset(t, 0, sizeof t);
    t[0].name = names;
    t[0].format = CCTL_PROP_FORMAT_DWORD;
    t[0].maximum = 9;
    CHECK_EQ_U(clusctl_proptable_defaults(t, 1, names, sizeof names, NULL),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_STR(names, "Count");
    CHECK_EQ_U(clusctl_proptable_defaults(t, 1, (void *)t, sizeof t, NULL),
               CCTL_ERROR_INVALID_PARAMETER);
    {
        widget big[2];
        clusctl_prop_error *over = (clusctl_prop_error *)(void *)big;
        memset(big, 0, sizeof big);
        CHECK_EQ_U(clusctl_proptable_defaults(widget_table, N, big, sizeof big, over),
                   CCTL_ERROR_INVALID_PARAMETER);
    }
}

/* ---- Lists from the block ------------------------------------------------- */

/* The read-only list of the defaults, written out by hand from the format. */
static const unsigned char golden_ro[] = {
    0x02, 0x00, 0x00, 0x00,                                /* 2 properties */
    0x03, 0x00, 0x04, 0x00, 0x0C, 0x00, 0x00, 0x00,        /* NAME, 12 bytes */
    'T', 0, 'o', 0, 't', 0, 'a', 0, 'l', 0, 0, 0,          /* "Total" */
    0x06, 0x00, 0x01, 0x00, 0x08, 0x00, 0x00, 0x00,        /* ULARGE_INTEGER, 8 */
    0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00,        /* 2^32 */
    0x00, 0x00, 0x00, 0x00,                                /* ENDMARK */
    0x03, 0x00, 0x04, 0x00, 0x0A, 0x00, 0x00, 0x00,        /* NAME, 10 bytes */
    'S', 0, 'e', 0, 'e', 0, 'n', 0, 0, 0, 0, 0,            /* "Seen", 2 padding */
    0x02, 0x00, 0x01, 0x00, 0x04, 0x00, 0x00, 0x00,        /* DWORD, 4 */
    0x07, 0x00, 0x00, 0x00,                                /* 7 */
    0x00, 0x00, 0x00, 0x00,                                /* ENDMARK */
    0x00, 0x00, 0x00, 0x00,                                /* the final ENDMARK */
};

static void test_to_list_golden(void)
{
    widget w = defaults();
    unsigned char out[1024];
    size_t bytes = 0;
    clusctl_prop_error e = {0};
    ref_list l;
    uint32_t which;

    CHECK_EQ_U(clusctl_proptable_to_list(widget_table, N, CCTL_PROPTABLE_READ_ONLY, &w, sizeof w,
                                         out, sizeof out, &bytes, &e),
               CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(bytes, sizeof golden_ro);
    CHECK(memcmp(out, golden_ro, sizeof golden_ro) == 0);
    CHECK_EQ_U(e.status, 0);
    CHECK_EQ_U(e.reason, CCTL_PROP_REASON_NONE);
    CHECK_EQ_U(clusctl_plist_validate(out, bytes, CCTL_PLIST_STRICT, NULL), CCTL_ERROR_SUCCESS);
    /* Negative numbers, non-ASCII strings, a GUID, every selection. */
    w.delta = -100;
    w.offset = INT64_MIN_;
    memcpy(w.label, "\xC3\xA9t\xC3\xA9", 6); /* "été" */
    strcpy(w.id, guid);
    w.state = 3;
    w.total = UINT64_MAX;
    for (which = 1; which <= 3; which++) {
        widget_list(&w, which, &l);
        CHECK_EQ_U(clusctl_proptable_to_list(widget_table, N, which, &w, sizeof w, out,
                                             sizeof out, &bytes, NULL),
                   CCTL_ERROR_SUCCESS);
        CHECK_EQ_U(bytes, l.size);
        if (!CHECK(bytes == l.size && memcmp(out, l.data, l.size) == 0)) {
            print_bytes("got", out, bytes);
            print_bytes("expected", l.data, l.size);
        }
    }
    /* An empty selection: the count 0 and the final ENDMARK. */
    CHECK_EQ_U(clusctl_proptable_to_list(widget_table, 1, CCTL_PROPTABLE_READ_ONLY, &w, sizeof w,
                                         out, sizeof out, &bytes, NULL),
               CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(bytes, 8);
    CHECK(memcmp(out, "\0\0\0\0\0\0\0\0", 8) == 0);
    CHECK_EQ_U(clusctl_proptable_to_list(NULL, 0, CCTL_PROPTABLE_ALL, NULL, 0, out, sizeof out,
                                         &bytes, NULL),
               CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(bytes, 8);
}

/* Every output size from 0 to enough, each in a heap block of exactly that
 * size: MORE_DATA with the size needed and nothing written, then the list. */
static void test_to_list_every_size(void)
{
    widget w = defaults();
    ref_list l;
    uint32_t which;
    size_t size, bytes;
    strcpy(w.id, "{6b29fc40-ca47-1067-b31d-00dd010662da}");
    for (which = 1; which <= 3; which++) {
        widget_list(&w, which, &l);
        bytes = 1;
        CHECK_EQ_U(clusctl_proptable_to_list(widget_table, N, which, &w, sizeof w, NULL, 0,
                                             &bytes, NULL),
                   CCTL_ERROR_MORE_DATA);
        CHECK_EQ_U(bytes, l.size);
        for (size = 0; size <= l.size + 4; size++) {
            unsigned char *out = (unsigned char *)malloc(size != 0 ? size : 1);
            size_t i, touched = 0;
            clusctl_status st;
            if (!CHECK(out != NULL))
                return;
            memset(out, 0xEE, size);
            bytes = 12345;
            st = clusctl_proptable_to_list(widget_table, N, which, &w, sizeof w, out, size,
                                           &bytes, NULL);
            if (size < l.size) {
                CHECK_EQ_U(st, CCTL_ERROR_MORE_DATA);
                CHECK_EQ_U(bytes, l.size);
                for (i = 0; i < size; i++)
                    touched += out[i] != 0xEE;
                CHECK_EQ_U(touched, 0);
            } else {
                CHECK_EQ_U(st, CCTL_ERROR_SUCCESS);
                CHECK_EQ_U(bytes, l.size);
                CHECK(memcmp(out, l.data, l.size) == 0);
                for (i = l.size; i < size; i++)
                    touched += out[i] != 0xEE;
                CHECK_EQ_U(touched, 0);
            }
            free(out);
        }
    }
}

static void test_to_list_block_and_arguments(void)
{
    widget w = defaults(), saved;
    unsigned char out[1024], *p;
    size_t bytes = 7;
    clusctl_prop_error e = {0};
    clusctl_prop_item t[2];
    char room[64];

    /* A string not NUL-terminated in its room, or not UTF-8: BAD_BLOCK. */
    memcpy(w.label, "abcdefgh", 8);
    memset(out, 0xEE, sizeof out);
    CHECK_EQ_U(clusctl_proptable_to_list(widget_table, N, CCTL_PROPTABLE_ALL, &w, sizeof w, out,
                                         sizeof out, &bytes, &e),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(bytes, 0);
    CHECK_EQ_U(e.reason, CCTL_PROP_REASON_BAD_BLOCK);
    CHECK_EQ_U(e.item, 4);
    CHECK_STR(e.name, "Label");
    CHECK_EQ_U(out[0], 0xEE);
    /* Read-only selection: the read-write string is not looked at. */
    CHECK_EQ_U(clusctl_proptable_to_list(widget_table, N, CCTL_PROPTABLE_READ_ONLY, &w, sizeof w,
                                         out, sizeof out, &bytes, &e),
               CCTL_ERROR_SUCCESS);
    w = defaults();
    w.path[0] = (char)0xED; /* a UTF-8 surrogate */
    w.path[1] = (char)0xA0;
    w.path[2] = (char)0x80;
    w.path[3] = 0;
    memset(&e, 0, sizeof e);
    CHECK_EQ_U(clusctl_proptable_to_list(widget_table, N, CCTL_PROPTABLE_READ_WRITE, &w,
                                         sizeof w, out, sizeof out, &bytes, &e),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(e.reason, CCTL_PROP_REASON_BAD_BLOCK);
    CHECK_EQ_U(e.item, 5);
    w = defaults();
    saved = w;

    /* Argument errors: nothing written, bytes and error untouched. */
    memset(&e, 0, sizeof e);
    bytes = 7;
    CHECK_EQ_U(clusctl_proptable_to_list(widget_table, N, CCTL_PROPTABLE_ALL, &w, sizeof w, out,
                                         sizeof out, NULL, &e),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_proptable_to_list(widget_table, N, 0, &w, sizeof w, out, sizeof out,
                                         &bytes, &e),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_proptable_to_list(widget_table, N, 4, &w, sizeof w, out, sizeof out,
                                         &bytes, &e),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_proptable_to_list(widget_table, N, CCTL_PROPTABLE_ALL, &w, sizeof w, NULL,
                                         8, &bytes, &e),
               CCTL_ERROR_INVALID_USER_BUFFER);
    CHECK_EQ_U(clusctl_proptable_to_list(widget_table, N, CCTL_PROPTABLE_ALL, NULL, 8, out,
                                         sizeof out, &bytes, &e),
               CCTL_ERROR_INVALID_PARAMETER);
    /* The output over the block, over the byte count, over the error. */
    CHECK_EQ_U(clusctl_proptable_to_list(widget_table, N, CCTL_PROPTABLE_ALL, &w, sizeof w,
                                         (unsigned char *)&w + 8, 64, &bytes, &e),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK(same_widget(&w, &saved));
    CHECK_EQ_U(clusctl_proptable_to_list(widget_table, N, CCTL_PROPTABLE_ALL, &w, sizeof w, out,
                                         sizeof out, (size_t *)(void *)(out + 16), &e),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_proptable_to_list(widget_table, N, CCTL_PROPTABLE_ALL, &w, sizeof w,
                                         (unsigned char *)&e, sizeof e, &bytes, &e),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_proptable_to_list(widget_table, N, CCTL_PROPTABLE_ALL, &w, sizeof w, out,
                                         sizeof out, (size_t *)(void *)&e, &e),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(e.status, 0);
    CHECK_EQ_U(bytes, 7);
    /* Over the table's array or one of its names. */
    memset(t, 0, sizeof t);
    strcpy(room, "Alpha");
    t[0].name = room;
    t[0].format = CCTL_PROP_FORMAT_DWORD;
    t[0].maximum = 1;
    p = (unsigned char *)room;
    CHECK_EQ_U(clusctl_proptable_to_list(t, 1, CCTL_PROPTABLE_ALL, &w, sizeof w, p, sizeof room,
                                         &bytes, NULL),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_STR(room, "Alpha");
    CHECK_EQ_U(clusctl_proptable_to_list(t, 1, CCTL_PROPTABLE_ALL, &w, sizeof w,
                                         (unsigned char *)t, sizeof t, &bytes, NULL),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_proptable_enum(t, 1, CCTL_PROPTABLE_ALL, p, sizeof room, &bytes, NULL),
               CCTL_ERROR_INVALID_PARAMETER);
    /* A dirty error. */
    e.reserved[1] = 5;
    CHECK_EQ_U(clusctl_proptable_to_list(widget_table, N, CCTL_PROPTABLE_ALL, &w, sizeof w, out,
                                         sizeof out, &bytes, &e),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(bytes, 7);
}

static void test_enum(void)
{
    static const unsigned char all[] = {
        'C', 0, 'o', 0, 'u', 0, 'n', 0, 't', 0, 0, 0, 'D', 0, 'e', 0, 'l', 0, 't', 0, 'a', 0, 0, 0,
        'T', 0, 'o', 0, 't', 0, 'a', 0, 'l', 0, 0, 0, 'O', 0, 'f', 0, 'f', 0, 's', 0, 'e', 0, 't', 0,
        0, 0, 'L', 0, 'a', 0, 'b', 0, 'e', 0, 'l', 0, 0, 0, 'P', 0, 'a', 0, 't', 0, 'h', 0, 0, 0,
        'I', 0, 'd', 0, 0, 0, 'S', 0, 't', 0, 'a', 0, 't', 0, 'e', 0, 0, 0, 'S', 0, 'e', 0, 'e', 0,
        'n', 0, 0, 0, 0, 0};
    static const unsigned char ro[] = {'T', 0, 'o', 0, 't', 0, 'a', 0, 'l', 0, 0, 0, 'S', 0,
                                       'e', 0, 'e', 0, 'n', 0, 0, 0, 0, 0};
    clusctl_prop_item t[1];
    unsigned char out[512];
    size_t bytes = 0, size, i;
    CHECK_EQ_U(clusctl_proptable_enum(widget_table, N, CCTL_PROPTABLE_ALL, out, sizeof out,
                                      &bytes, NULL),
               CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(bytes, sizeof all);
    CHECK(memcmp(out, all, sizeof all) == 0);
    CHECK_EQ_U(clusctl_proptable_enum(widget_table, N, CCTL_PROPTABLE_READ_ONLY, out, sizeof out,
                                      &bytes, NULL),
               CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(bytes, sizeof ro);
    CHECK(memcmp(out, ro, sizeof ro) == 0);
    CHECK_EQ_U(clusctl_proptable_enum(widget_table, 1, CCTL_PROPTABLE_READ_ONLY, out, sizeof out,
                                      &bytes, NULL),
               CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(bytes, 2); /* no names: one NUL */
    CHECK(out[0] == 0 && out[1] == 0);
    /* A name beyond the BMP and an accented one. */
    memset(t, 0, sizeof t);
    t[0].name = "\xC3\xA9\xF0\x9F\x98\x80";
    t[0].format = CCTL_PROP_FORMAT_DWORD;
    CHECK_EQ_U(clusctl_proptable_enum(t, 1, CCTL_PROPTABLE_ALL, out, sizeof out, &bytes, NULL),
               CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(bytes, 10);
    CHECK(memcmp(out, "\xE9\x00\x3D\xD8\x00\xDE\x00\x00\x00\x00", 10) == 0);
    /* Every size in an exact block. */
    for (size = 0; size <= sizeof all + 2; size++) {
        unsigned char *b = (unsigned char *)malloc(size != 0 ? size : 1);
        size_t touched = 0;
        clusctl_status st;
        if (!CHECK(b != NULL))
            return;
        memset(b, 0xEE, size);
        st = clusctl_proptable_enum(widget_table, N, CCTL_PROPTABLE_ALL, b, size, &bytes, NULL);
        CHECK_EQ_U(bytes, sizeof all);
        if (size < sizeof all) {
            CHECK_EQ_U(st, CCTL_ERROR_MORE_DATA);
            for (i = 0; i < size; i++)
                touched += b[i] != 0xEE;
        } else {
            CHECK_EQ_U(st, CCTL_ERROR_SUCCESS);
            CHECK(memcmp(b, all, sizeof all) == 0);
            for (i = sizeof all; i < size; i++)
                touched += b[i] != 0xEE;
        }
        CHECK_EQ_U(touched, 0);
        free(b);
    }
    CHECK_EQ_U(clusctl_proptable_enum(widget_table, N, CCTL_PROPTABLE_ALL, NULL, 0, &bytes, NULL),
               CCTL_ERROR_MORE_DATA);
    CHECK_EQ_U(clusctl_proptable_enum(widget_table, N, CCTL_PROPTABLE_ALL, NULL, 3, &bytes, NULL),
               CCTL_ERROR_INVALID_USER_BUFFER);
    CHECK_EQ_U(clusctl_proptable_enum(widget_table, N, 0, out, sizeof out, &bytes, NULL),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_proptable_enum(widget_table, N, CCTL_PROPTABLE_ALL, out, sizeof out, NULL,
                                      NULL),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_proptable_enum(widget_table, N, CCTL_PROPTABLE_ALL, out, sizeof out,
                                      (size_t *)(void *)(out + 8), NULL),
               CCTL_ERROR_INVALID_PARAMETER);
}

/* ---- Verify and apply ------------------------------------------------------- */

/* One list and what verify (and apply, to the defaults) must say of it. */
typedef struct vcase {
    const char *what;
    uint32_t flags;
    clusctl_status status;
    uint32_t reason;
    uint32_t rule;     /* MALFORMED */
    uint32_t property; /* CCTL_PLIST_NO_INDEX: none */
    size_t item;
    size_t offset;
    const char *name;
    uint64_t value;
    int apply_only;    /* OWNED: apply compares, verify does not */
} vcase;

/* The offset of property k's NAME value, and of its first value. */
static size_t name_at(const ref_list *l, uint32_t k)
{
    size_t at = 4;
    uint32_t i = 0;
    for (;;) {
        uint32_t syntax = (uint32_t)l->data[at] | ((uint32_t)l->data[at + 1] << 8) |
                          ((uint32_t)l->data[at + 2] << 16) | ((uint32_t)l->data[at + 3] << 24);
        uint32_t len;
        if (syntax == REF_NAME && i++ == k)
            return at;
        if (syntax == 0) {
            at += 4;
            continue;
        }
        len = (uint32_t)l->data[at + 4] | ((uint32_t)l->data[at + 5] << 8);
        at += 8 + ((len + 3u) & ~3u);
    }
}

static size_t value_at(const ref_list *l, uint32_t k, uint32_t v)
{
    size_t at = name_at(l, k);
    uint32_t len = (uint32_t)l->data[at + 4] | ((uint32_t)l->data[at + 5] << 8);
    at += 8 + ((len + 3u) & ~3u);
    while (v-- > 0) {
        len = (uint32_t)l->data[at + 4] | ((uint32_t)l->data[at + 5] << 8);
        at += 8 + ((len + 3u) & ~3u);
    }
    return at;
}

static void run_case(const ref_list *l, const vcase *c)
{
    widget w = defaults(), before = w;
    clusctl_prop_error e;
    unsigned long failed = harness_failed;
    clusctl_status st;
    int pass;
    for (pass = 0; pass < 2; pass++) {
        int ok_here = pass == 0 && c->apply_only;
        memset(&e, 0x00, sizeof e);
        e.name[0] = 'x';
        st = pass == 0 ? clusctl_proptable_verify(widget_table, N, l->data, l->size, c->flags, &e)
                       : clusctl_proptable_apply(widget_table, N, l->data, l->size, c->flags, &w,
                                                 sizeof w, &e);
        CHECK_EQ_U(st, ok_here ? CCTL_ERROR_SUCCESS : c->status);
        CHECK_EQ_U(e.status, st);
        if (ok_here || c->status == CCTL_ERROR_SUCCESS) {
            CHECK_EQ_U(e.reason, CCTL_PROP_REASON_NONE);
            CHECK_EQ_U(e.property, CCTL_PLIST_NO_INDEX);
            CHECK_EQ_U(e.item, CCTL_PROP_NO_ITEM);
            CHECK_EQ_U(e.offset, 0);
            CHECK_STR(e.name, "");
            continue;
        }
        CHECK_EQ_U(e.reason, c->reason);
        CHECK_EQ_U(e.rule, c->rule);
        CHECK_EQ_U(e.property, c->property);
        CHECK_EQ_U(e.item, c->item);
        CHECK_EQ_U(e.offset, c->offset);
        CHECK_STR(e.name, c->name);
        CHECK_EQ_U(e.value, c->value);
        CHECK_EQ_U(e.list, 0);
        if (pass == 1)
            CHECK(same_widget(&w, &before)); /* all or nothing */
    }
    if (harness_failed != failed)
        fprintf(stderr, "    case: %s\n", c->what);
}

static void vcase_set(vcase *c, const char *what, uint32_t flags, clusctl_status status,
                      uint32_t reason, uint32_t property, size_t item, size_t offset,
                      const char *name)
{
    memset(c, 0, sizeof *c);
    c->what = what;
    c->flags = flags;
    c->status = status;
    c->reason = reason;
    c->property = property;
    c->item = item;
    c->offset = offset;
    c->name = name;
}

#define OK(l, what, flags)                                                    \
    do {                                                                       \
        vcase c_;                                                              \
        vcase_set(&c_, what, flags, CCTL_ERROR_SUCCESS, 0, 0, 0, 0, "");       \
        run_case(l, &c_);                                                      \
    } while (0)

/* A list of two properties: State (valid), then `name` with one value. */
static void one_prop(ref_list *l, const char *name, uint32_t syntax, const void *data,
                     size_t length)
{
    ref_list_begin(l);
    ref_list_dword_prop(l, "State", 0); /* property 0, valid (its current value) */
    ref_list_string(l, REF_NAME, name); /* property 1 */
    ref_list_value(l, syntax, data, length);
    ref_list_endmark(l);
    ref_list_end(l, 1);
}

static void expect_prop(const char *what, const char *name, uint32_t syntax, const void *data,
                        size_t length, uint32_t flags, clusctl_status status, uint32_t reason,
                        size_t item, int at_value, uint64_t value)
{
    ref_list l;
    vcase c;
    one_prop(&l, name, syntax, data, length);
    vcase_set(&c, what, flags, status, reason, 1, item, at_value ? value_at(&l, 1, 0) : name_at(&l, 1),
              name);
    c.value = value;
    run_case(&l, &c);
}

static void le32(unsigned char *b, uint32_t v)
{
    b[0] = (unsigned char)(v & 0xFF);
    b[1] = (unsigned char)((v >> 8) & 0xFF);
    b[2] = (unsigned char)((v >> 16) & 0xFF);
    b[3] = (unsigned char)(v >> 24);
}

static void le64(unsigned char *b, uint64_t v)
{
    le32(b, (uint32_t)(v & 0xFFFFFFFFu));
    le32(b + 4, (uint32_t)(v >> 32));
}

static void test_verify_values(void)
{
    const clusctl_status IP = CCTL_ERROR_INVALID_PARAMETER;
    const clusctl_status MISMATCH = CCTL_ERROR_CLUSTER_PROPERTY_DATA_TYPE_MISMATCH;
    unsigned char b[8];
    unsigned char s[256];
    size_t n;

    /* Integers: the bounds and one past each. */
    le32(b, 1);
    expect_prop("Count 1", "Count", REF_DWORD, b, 4, 0, CCTL_ERROR_SUCCESS, 0, 0, 0, 0);
    le32(b, 10);
    expect_prop("Count 10", "count", REF_DWORD, b, 4, 0, CCTL_ERROR_SUCCESS, 0, 0, 0, 0);
    le32(b, 0);
    expect_prop("Count 0", "Count", REF_DWORD, b, 4, 0, IP, CCTL_PROP_REASON_OUT_OF_RANGE, 0, 1, 0);
    le32(b, 11);
    expect_prop("Count 11", "Count", REF_DWORD, b, 4, 0, IP, CCTL_PROP_REASON_OUT_OF_RANGE, 0, 1,
                11);
    le32(b, 0xFFFFFFFFu);
    expect_prop("Count 2^32-1", "Count", REF_DWORD, b, 4, 0, IP, CCTL_PROP_REASON_OUT_OF_RANGE, 0,
                1, 0xFFFFFFFFu);
    le32(b, (uint32_t)-100);
    expect_prop("Delta -100", "Delta", REF_LONG, b, 4, 0, CCTL_ERROR_SUCCESS, 0, 0, 0, 0);
    le32(b, (uint32_t)-101);
    expect_prop("Delta -101", "Delta", REF_LONG, b, 4, 0, IP, CCTL_PROP_REASON_OUT_OF_RANGE, 1, 1,
                I64(-101));
    le32(b, 101);
    expect_prop("Delta 101", "Delta", REF_LONG, b, 4, 0, IP, CCTL_PROP_REASON_OUT_OF_RANGE, 1, 1,
                101);
    le64(b, I64(INT64_MIN_));
    expect_prop("Offset INT64_MIN", "Offset", REF_LARGE, b, 8, 0, CCTL_ERROR_SUCCESS, 0, 0, 0, 0);
    le64(b, 1);
    expect_prop("Offset 1", "Offset", REF_LARGE, b, 8, 0, IP, CCTL_PROP_REASON_OUT_OF_RANGE, 3, 1,
                1);
    /* Formats: the table's, nothing else (a DWORD is not a LONG). */
    le32(b, 3);
    expect_prop("Count as LONG", "Count", REF_LONG, b, 4, 0, MISMATCH,
                CCTL_PROP_REASON_WRONG_FORMAT, 0, 1, 0);
    expect_prop("Count as WORD", "Count", REF_WORD, b, 2, 0, MISMATCH,
                CCTL_PROP_REASON_WRONG_FORMAT, 0, 1, 0);
    expect_prop("Delta as DWORD", "Delta", REF_DWORD, b, 4, 0, MISMATCH,
                CCTL_PROP_REASON_WRONG_FORMAT, 1, 1, 0);
    expect_prop("Count as a user syntax of format DWORD", "Count", 0x80000002u, b, 4, 0,
                CCTL_ERROR_SUCCESS, 0, 0, 0, 0);
    n = ref_utf16("x", s);
    s[n++] = 0;
    s[n++] = 0;
    expect_prop("Path as SZ", "Path", REF_SZ, s, n, 0, MISMATCH, CCTL_PROP_REASON_WRONG_FORMAT, 5,
                1, 0);
    expect_prop("Label as EXPAND_SZ", "Label", REF_EXPAND_SZ, s, n, 0, MISMATCH,
                CCTL_PROP_REASON_WRONG_FORMAT, 4, 1, 0);
    expect_prop("Label as MULTI_SZ", "Label", REF_MULTI_SZ, s, n, 0, MISMATCH,
                CCTL_PROP_REASON_WRONG_FORMAT, 4, 1, 0);
    expect_prop("Label as BINARY", "Label", REF_BINARY, s, 3, 0, MISMATCH,
                CCTL_PROP_REASON_WRONG_FORMAT, 4, 1, 0);
    /* Strings: the room (7 characters and the NUL fit Label's 8). */
    n = ref_utf16("abcdefg", s);
    s[n++] = 0;
    s[n++] = 0;
    expect_prop("Label of 7", "Label", REF_SZ, s, n, 0, CCTL_ERROR_SUCCESS, 0, 0, 0, 0);
    n = ref_utf16("abcdefgh", s);
    s[n++] = 0;
    s[n++] = 0;
    expect_prop("Label of 8", "Label", REF_SZ, s, n, 0, IP, CCTL_PROP_REASON_TOO_LONG, 4, 1, 0);
    n = ref_utf16("\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9", s); /* 8 bytes of UTF-8 */
    s[n++] = 0;
    s[n++] = 0;
    expect_prop("Label of 4 accented letters", "Label", REF_SZ, s, n, 0, IP,
                CCTL_PROP_REASON_TOO_LONG, 4, 1, 0);
    expect_prop("Label empty (cbLength 0, default mode)", "Label", REF_SZ, s, 0, 0,
                CCTL_ERROR_SUCCESS, 0, 0, 0, 0);
    /* GUIDs. */
    {
        static const char *const good[] = {"", "6B29FC40-CA47-1067-B31D-00DD010662DA",
                                           "6b29fc40-ca47-1067-b31d-00dd010662da",
                                           "{6B29FC40-CA47-1067-B31D-00DD010662DA}"};
        static const char *const bad[] = {
            "x", "6B29FC40-CA47-1067-B31D-00DD010662D", "6B29FC40-CA47-1067-B31D-00DD010662DAA",
            "6B29FC40CA47-1067-B31D-00DD010662DA0", "6B29FC40-CA47-1067-B31D-00DD010662DG",
            "{6B29FC40-CA47-1067-B31D-00DD010662DA", "6B29FC40-CA47-1067-B31D-00DD010662DA}",
            "(6B29FC40-CA47-1067-B31D-00DD010662DA)", " 6B29FC40-CA47-1067-B31D-00DD010662DA",
            "{6B29FC40-CA47-1067-B31D-00DD010662DA}x",
            "6B29FC40-CA47-1067-B31D-00DD010662DA-6B29FC40-CA47-1067-B31D-00DD010662DA"};
        size_t i;
        for (i = 0; i < COUNT(good); i++) {
            n = ref_utf16(good[i], s);
            s[n++] = 0;
            s[n++] = 0;
            expect_prop(good[i], "Id", REF_SZ, s, n, 0, CCTL_ERROR_SUCCESS, 0, 0, 0, 0);
        }
        for (i = 0; i < COUNT(bad); i++) {
            n = ref_utf16(bad[i], s);
            s[n++] = 0;
            s[n++] = 0;
            expect_prop(bad[i], "Id", REF_SZ, s, n, 0, IP, CCTL_PROP_REASON_NOT_A_GUID, 6, 1, 0);
        }
    }
    /* Read-only: refused, unless the list is a server's. */
    le64(b, 5);
    expect_prop("Total (read-only)", "Total", REF_ULARGE, b, 8, 0, IP, CCTL_PROP_REASON_READ_ONLY,
                2, 0, 0);
    expect_prop("Total from a server", "Total", REF_ULARGE, b, 8, CCTL_PROPTABLE_FROM_SERVER,
                CCTL_ERROR_SUCCESS, 0, 0, 0, 0);
    le32(b, 5);
    expect_prop("Seen as LONG: read-only comes before the format", "Seen", REF_LONG, b, 4, 0, IP,
                CCTL_PROP_REASON_READ_ONLY, 8, 0, 0);
    /* Unknown names: refused, or skipped. */
    expect_prop("Bogus", "Bogus", REF_DWORD, b, 4, 0, IP, CCTL_PROP_REASON_UNKNOWN_NAME,
                CCTL_PROP_NO_ITEM, 0, 0);
    expect_prop("Bogus allowed", "Bogus", REF_DWORD, b, 4, CCTL_PROPTABLE_ALLOW_UNKNOWN,
                CCTL_ERROR_SUCCESS, 0, 0, 0, 0);
    expect_prop("Count_ is not Count", "Count_", REF_DWORD, b, 4, 0, IP,
                CCTL_PROP_REASON_UNKNOWN_NAME, CCTL_PROP_NO_ITEM, 0, 0);
    expect_prop("K (Kelvin sign) is not k: ASCII case only", "Coun\xE2\x84\xAA", REF_DWORD, b,
                4, 0, IP, CCTL_PROP_REASON_UNKNOWN_NAME, CCTL_PROP_NO_ITEM, 0, 0);
}

static void test_verify_structure(void)
{
    const clusctl_status IP = CCTL_ERROR_INVALID_PARAMETER;
    ref_list l;
    vcase c;
    char longname[101];
    widget w;

    /* A valid list of every read-write property; empty lists. */
    w = defaults();
    widget_list(&w, CCTL_PROPTABLE_READ_WRITE, &l);
    OK(&l, "every read-write property", 0);
    OK(&l, "every read-write property, strict", CCTL_PLIST_STRICT | CCTL_PLIST_FROM_CLIENT);
    widget_list(&w, CCTL_PROPTABLE_ALL, &l);
    OK(&l, "every property, from a server", CCTL_PROPTABLE_FROM_SERVER);
    ref_list_begin(&l);
    ref_list_end(&l, 1);
    OK(&l, "no property, final ENDMARK", 0);
    ref_list_begin(&l);
    ref_list_end(&l, 0);
    OK(&l, "no property, count alone", 0);

    /* Malformed: the reader's status, rule and offset. */
    memset(&l, 0, sizeof l);
    vcase_set(&c, "no list", 0, CCTL_ERROR_INVALID_DATA, CCTL_PROP_REASON_MALFORMED,
              CCTL_PLIST_NO_INDEX, CCTL_PROP_NO_ITEM, 0, "");
    c.rule = CCTL_PLIST_RULE_TRUNCATED_COUNT;
    run_case(&l, &c);
    ref_list_begin(&l);
    ref_list_dword_prop(&l, "Count", 3);
    ref_list_end(&l, 1);
    l.size -= 9; /* into the DWORD's value */
    vcase_set(&c, "cut in a value", 0, CCTL_ERROR_INVALID_DATA, CCTL_PROP_REASON_MALFORMED, 0,
              CCTL_PROP_NO_ITEM, value_at(&l, 0, 0) + 4, "");
    c.rule = CCTL_PLIST_RULE_LENGTH_PAST_END;
    run_case(&l, &c);
    /* Non-zero padding: the SZ "ab" has 6 bytes, 2 of padding. */
    ref_list_begin(&l);
    ref_list_string(&l, REF_NAME, "Label");
    ref_list_string(&l, REF_SZ, "ab");
    ref_list_endmark(&l);
    ref_list_end(&l, 1);
    l.data[value_at(&l, 0, 0) + 8 + 6] = 0x55;
    OK(&l, "non-zero padding, default mode", 0);
    vcase_set(&c, "non-zero padding, strict", CCTL_PLIST_STRICT, CCTL_ERROR_INVALID_DATA,
              CCTL_PROP_REASON_MALFORMED, 0, CCTL_PROP_NO_ITEM, value_at(&l, 0, 0) + 8 + 6, "");
    c.rule = CCTL_PLIST_RULE_PADDING_NOT_ZERO;
    run_case(&l, &c);

    /* Values: none, two, the EXPAND_SZ pair. */
    ref_list_begin(&l);
    ref_list_string(&l, REF_NAME, "Count");
    ref_list_endmark(&l);
    ref_list_end(&l, 1);
    vcase_set(&c, "no value", 0, IP, CCTL_PROP_REASON_VALUE_COUNT, 0, 0, name_at(&l, 0), "Count");
    run_case(&l, &c);
    vcase_set(&c, "no value, strict", CCTL_PLIST_STRICT, CCTL_ERROR_INVALID_DATA,
              CCTL_PROP_REASON_MALFORMED, 0, CCTL_PROP_NO_ITEM, value_at(&l, 0, 0), "");
    c.rule = CCTL_PLIST_RULE_NO_VALUE;
    run_case(&l, &c);
    ref_list_begin(&l);
    ref_list_string(&l, REF_NAME, "Count");
    ref_list_dword(&l, 3);
    ref_list_dword(&l, 4);
    ref_list_endmark(&l);
    ref_list_end(&l, 1);
    vcase_set(&c, "two values", 0, IP, CCTL_PROP_REASON_VALUE_COUNT, 0, 0, value_at(&l, 0, 1),
              "Count");
    run_case(&l, &c);
    ref_list_begin(&l);
    ref_list_string(&l, REF_NAME, "Path");
    ref_list_string(&l, REF_EXPAND_SZ, "%TMP%");
    ref_list_string(&l, REF_EXPANDED_SZ, "C:\\Temp");
    ref_list_endmark(&l);
    ref_list_end(&l, 1);
    OK(&l, "EXPAND_SZ and its EXPANDED_SZ, a server's", 0);
    vcase_set(&c, "EXPAND_SZ and its EXPANDED_SZ from a client", CCTL_PLIST_FROM_CLIENT, IP,
              CCTL_PROP_REASON_VALUE_COUNT, 0, 5, value_at(&l, 0, 1), "Path");
    run_case(&l, &c);
    w = defaults();
    CHECK_EQ_U(clusctl_proptable_apply(widget_table, N, l.data, l.size, 0, &w, sizeof w, NULL),
               CCTL_ERROR_SUCCESS);
    CHECK_STR(w.path, "%TMP%"); /* the EXPAND_SZ form is kept */
    ref_list_begin(&l);
    ref_list_string(&l, REF_NAME, "Path");
    ref_list_string(&l, REF_EXPAND_SZ, "%TMP%");
    ref_list_string(&l, REF_EXPANDED_SZ, "C:\\Temp");
    ref_list_string(&l, REF_EXPANDED_SZ, "C:\\Temp");
    ref_list_endmark(&l);
    ref_list_end(&l, 1);
    vcase_set(&c, "three values", 0, IP, CCTL_PROP_REASON_VALUE_COUNT, 0, 5, value_at(&l, 0, 1),
              "Path");
    run_case(&l, &c);
    ref_list_begin(&l);
    ref_list_string(&l, REF_NAME, "Label");
    ref_list_string(&l, REF_SZ, "a");
    ref_list_string(&l, REF_EXPANDED_SZ, "a");
    ref_list_endmark(&l);
    ref_list_end(&l, 1);
    vcase_set(&c, "an SZ and an EXPANDED_SZ", 0, IP, CCTL_PROP_REASON_VALUE_COUNT, 0, 4,
              value_at(&l, 0, 1), "Label");
    run_case(&l, &c);

    /* Named twice: the second is the problem, after its own checks. */
    ref_list_begin(&l);
    ref_list_dword_prop(&l, "Count", 3);
    ref_list_dword_prop(&l, "Delta", 3);
    ref_list_dword_prop(&l, "COUNT", 4);
    ref_list_end(&l, 1);
    /* Delta as a DWORD is the wrong format: property 1 comes first. */
    vcase_set(&c, "wrong format before a duplicate", 0,
              CCTL_ERROR_CLUSTER_PROPERTY_DATA_TYPE_MISMATCH, CCTL_PROP_REASON_WRONG_FORMAT, 1,
              1, value_at(&l, 1, 0), "Delta");
    run_case(&l, &c);
    ref_list_begin(&l);
    ref_list_dword_prop(&l, "Count", 3);
    ref_list_dword_prop(&l, "State", 0);
    ref_list_dword_prop(&l, "COUNT", 4);
    ref_list_dword_prop(&l, "Bogus", 4);
    ref_list_end(&l, 1);
    vcase_set(&c, "duplicate", 0, IP, CCTL_PROP_REASON_DUPLICATE, 2, 0, name_at(&l, 2), "COUNT");
    run_case(&l, &c);
    vcase_set(&c, "duplicate, unknown allowed", CCTL_PROPTABLE_ALLOW_UNKNOWN, IP,
              CCTL_PROP_REASON_DUPLICATE, 2, 0, name_at(&l, 2), "COUNT");
    run_case(&l, &c);
    ref_list_begin(&l);
    ref_list_dword_prop(&l, "Count", 3);
    ref_list_dword_prop(&l, "COUNT", 11);
    ref_list_end(&l, 1);
    vcase_set(&c, "duplicate out of range: the range first", 0, IP,
              CCTL_PROP_REASON_OUT_OF_RANGE, 1, 0, value_at(&l, 1, 0), "COUNT");
    c.value = 11;
    run_case(&l, &c);
    ref_list_begin(&l);
    ref_list_dword_prop(&l, "Bogus", 3);
    ref_list_dword_prop(&l, "Bogus", 3);
    ref_list_end(&l, 1);
    OK(&l, "unknown twice, skipped", CCTL_PROPTABLE_ALLOW_UNKNOWN);

    /* Owned: verify has no block; apply compares with the block's. */
    ref_list_begin(&l);
    ref_list_dword_prop(&l, "State", 2);
    ref_list_end(&l, 1);
    vcase_set(&c, "State changed", 0, CCTL_ERROR_INVALID_STATE, CCTL_PROP_REASON_OWNED, 0, 7,
              value_at(&l, 0, 0), "State");
    c.value = 2;
    c.apply_only = 1;
    run_case(&l, &c);
    OK(&l, "State from a server", CCTL_PROPTABLE_FROM_SERVER);
    ref_list_begin(&l);
    ref_list_dword_prop(&l, "State", 0);
    ref_list_end(&l, 1);
    OK(&l, "State unchanged", 0);
    ref_list_begin(&l);
    ref_list_dword_prop(&l, "State", 4);
    ref_list_end(&l, 1);
    vcase_set(&c, "State out of range: the range first", 0, IP, CCTL_PROP_REASON_OUT_OF_RANGE, 0,
              7, value_at(&l, 0, 0), "State");
    c.value = 4;
    run_case(&l, &c);

    /* The first property with a problem wins. */
    ref_list_begin(&l);
    ref_list_dword_prop(&l, "Count", 3);
    ref_list_dword_prop(&l, "Bogus", 3);
    ref_list_dword_prop(&l, "Count", 0);
    ref_list_end(&l, 1);
    vcase_set(&c, "unknown before out of range", 0, IP, CCTL_PROP_REASON_UNKNOWN_NAME, 1,
              CCTL_PROP_NO_ITEM, name_at(&l, 1), "Bogus");
    run_case(&l, &c);

    /* The name as the list spells it, cut to fit. */
    memset(longname, 'x', 100);
    longname[100] = 0;
    ref_list_begin(&l);
    ref_list_dword_prop(&l, longname, 3);
    ref_list_end(&l, 1);
    {
        clusctl_prop_error e = {0};
        CHECK_EQ_U(clusctl_proptable_verify(widget_table, N, l.data, l.size, 0, &e),
                   CCTL_ERROR_INVALID_PARAMETER);
        CHECK_EQ_U(strlen(e.name), CCTL_PROP_ERROR_NAME_SIZE - 1);
        CHECK(strspn(e.name, "x") == CCTL_PROP_ERROR_NAME_SIZE - 1);
        CHECK_EQ_U(e.name_cut, 1);
        memset(longname, 'x', 62);
        memcpy(longname + 62, "\xC3\xA9", 3); /* 64 bytes with the NUL: cut before it */
        ref_list_begin(&l);
        ref_list_dword_prop(&l, longname, 3);
        ref_list_end(&l, 1);
        memset(&e, 0, sizeof e);
        CHECK_EQ_U(clusctl_proptable_verify(widget_table, N, l.data, l.size, 0, &e),
                   CCTL_ERROR_INVALID_PARAMETER);
        CHECK_EQ_U(strlen(e.name), 62);
        CHECK_EQ_U(e.name_cut, 1);
        memcpy(longname + 61, "\xC3\xA9", 3); /* 63 bytes: fits */
        ref_list_begin(&l);
        ref_list_dword_prop(&l, longname, 3);
        ref_list_end(&l, 1);
        memset(&e, 0, sizeof e);
        CHECK_EQ_U(clusctl_proptable_verify(widget_table, N, l.data, l.size, 0, &e),
                   CCTL_ERROR_INVALID_PARAMETER);
        CHECK_STR(e.name, longname);
        CHECK_EQ_U(e.name_cut, 0);
        ref_list_begin(&l);
        ref_list_dword_prop(&l, "\xF0\x9F\x98\x80-name", 3); /* beyond the BMP */
        ref_list_end(&l, 1);
        memset(&e, 0, sizeof e);
        CHECK_EQ_U(clusctl_proptable_verify(widget_table, N, l.data, l.size, 0, &e),
                   CCTL_ERROR_INVALID_PARAMETER);
        CHECK_STR(e.name, "\xF0\x9F\x98\x80-name");
    }

    /* Arguments. */
    ref_list_begin(&l);
    ref_list_dword_prop(&l, "Count", 3);
    ref_list_end(&l, 1);
    w = defaults();
    {
        clusctl_prop_error e = {0};
        CHECK_EQ_U(clusctl_proptable_verify(widget_table, N, l.data, l.size, 0x4u, &e), IP);
        CHECK_EQ_U(clusctl_proptable_verify(widget_table, N, l.data, l.size,
                                            CCTL_PLIST_FROM_CLIENT | CCTL_PROPTABLE_FROM_SERVER,
                                            &e),
                   IP);
        CHECK_EQ_U(clusctl_proptable_verify(widget_table, N, NULL, 4, 0, &e),
                   CCTL_ERROR_INVALID_USER_BUFFER);
        CHECK_EQ_U(e.status, 0); /* argument errors: untouched */
        CHECK_EQ_U(clusctl_proptable_apply(widget_table, N, l.data, l.size, 0, NULL, 0, &e), IP);
        CHECK_EQ_U(clusctl_proptable_apply(widget_table, N, l.data, l.size, 0x8u, &w, sizeof w,
                                           &e),
                   IP);
        CHECK_EQ_U(clusctl_proptable_apply(widget_table, N, NULL, 4, 0, &w, sizeof w, &e),
                   CCTL_ERROR_INVALID_USER_BUFFER);
        /* The block over the list, over the error, over the table. */
        CHECK_EQ_U(clusctl_proptable_apply(widget_table, N, &w, 16, 0, &w, sizeof w, &e), IP);
        CHECK_EQ_U(clusctl_proptable_apply(widget_table, N, l.data, l.size, 0, &e, sizeof e, &e),
                   IP);
        e.reserved[3] = 1;
        CHECK_EQ_U(clusctl_proptable_verify(widget_table, N, l.data, l.size, 0, &e), IP);
        CHECK_EQ_U(clusctl_proptable_apply(widget_table, N, l.data, l.size, 0, &w, sizeof w, &e),
                   IP);
        memset(&e, 0, sizeof e);
        /* The error may overlap the list: it is written last. */
        {
            clusctl_prop_error room[3];
            unsigned char *copy = (unsigned char *)room;
            memset(room, 0, sizeof room);
            memcpy(copy, l.data, l.size);
            clusctl_prop_error *over = (clusctl_prop_error *)(void *)copy;
            CHECK_EQ_U(clusctl_proptable_verify(widget_table, N, copy, l.size, 0, over),
                       CCTL_ERROR_SUCCESS);
            CHECK_EQ_U(over->reason, CCTL_PROP_REASON_NONE);
            CHECK_EQ_U(over->property, CCTL_PLIST_NO_INDEX);
        }
    }
}

/* Apply: all or nothing, only the named members, strings zero-filled. */
static void test_apply(void)
{
    widget w = defaults(), want, before;
    ref_list l;
    size_t i;

    ref_list_begin(&l);
    ref_list_dword_prop(&l, "Count", 9);
    ref_list_sz_prop(&l, "Label", "z");
    ref_list_sz_prop(&l, "Id", guid);
    ref_list_dword_prop(&l, "Unknown", 1);
    ref_list_end(&l, 1);
    before = w;
    CHECK_EQ_U(clusctl_proptable_apply(widget_table, N, l.data, l.size, 0, &w, sizeof w, NULL),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK(same_widget(&w, &before));
    CHECK_EQ_U(clusctl_proptable_apply(widget_table, N, l.data, l.size,
                                       CCTL_PROPTABLE_ALLOW_UNKNOWN, &w, sizeof w, NULL),
               CCTL_ERROR_SUCCESS);
    want = before;
    want.count = 9;
    memset(want.label, 0, sizeof want.label);
    want.label[0] = 'z';
    memcpy(want.id, guid, sizeof guid);
    CHECK(same_widget(&w, &want));
    for (i = 1; i < sizeof w.label; i++)
        CHECK_EQ_U((unsigned char)w.label[i], 0);
    /* Round trips: block -> list -> block, every selection. */
    w.delta = -100;
    w.offset = INT64_MIN_;
    w.total = 0xFEDCBA9876543210u;
    w.seen = 0xFFFFFFFFu;
    w.state = 3;
    strcpy(w.path, "\xE2\x82\xAC%X%");
    {
        unsigned char out[1024];
        size_t bytes;
        widget back = defaults();
        CHECK_EQ_U(clusctl_proptable_to_list(widget_table, N, CCTL_PROPTABLE_ALL, &w, sizeof w,
                                             out, sizeof out, &bytes, NULL),
                   CCTL_ERROR_SUCCESS);
        CHECK_EQ_U(clusctl_proptable_apply(widget_table, N, out, bytes,
                                           CCTL_PROPTABLE_FROM_SERVER, &back, sizeof back, NULL),
                   CCTL_ERROR_SUCCESS);
        CHECK(same_widget(&back, &w));
        CHECK_EQ_U(clusctl_proptable_verify(widget_table, N, out, bytes,
                                            CCTL_PLIST_STRICT | CCTL_PROPTABLE_FROM_SERVER, NULL),
                   CCTL_ERROR_SUCCESS);
        /* The read-write list is what a client may send back. */
        CHECK_EQ_U(clusctl_proptable_to_list(widget_table, N, CCTL_PROPTABLE_READ_WRITE, &w,
                                             sizeof w, out, sizeof out, &bytes, NULL),
                   CCTL_ERROR_SUCCESS);
        back = w;
        CHECK_EQ_U(clusctl_proptable_apply(widget_table, N, out, bytes,
                                           CCTL_PLIST_STRICT | CCTL_PLIST_FROM_CLIENT, &back,
                                           sizeof back, NULL),
                   CCTL_ERROR_SUCCESS);
        CHECK(same_widget(&back, &w));
    }
}

int main(void)
{
    RUN(test_check_rules);
    RUN(test_find_and_names);
    RUN(test_defaults);
    RUN(test_to_list_golden);
    RUN(test_to_list_every_size);
    RUN(test_to_list_block_and_arguments);
    RUN(test_enum);
    RUN(test_verify_values);
    RUN(test_verify_structure);
    RUN(test_apply);
    return harness_finish();
}
