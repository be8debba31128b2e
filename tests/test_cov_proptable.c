/* Property tables: what test_proptable leaves out (found by the coverage
 * tier). Names cut to fit the error's room (from the table and from the
 * list, at a character's boundary), GUID strings of every shape, the
 * table's rules each broken alone, and each argument check of each call.
 * The lists are built with ref_props.h's encoder. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "clusctl/clusctl.h"
#include "harness.h"
#include "ref_props.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

typedef struct gadget {
    uint32_t level; /* Level: DWORD 0..9 */
    char id[40];    /* Id: SZ, a GUID or empty */
    char path[8];   /* Path: EXPAND_SZ */
} gadget;

static const clusctl_prop_item gadget_table[] = {
    {.name = "Level", .format = CCTL_PROP_FORMAT_DWORD, .maximum = 9,
     .offset = offsetof(gadget, level)},
    {.name = "Id", .format = CCTL_PROP_FORMAT_SZ, .flags = CCTL_PROP_ITEM_GUID,
     .offset = offsetof(gadget, id), .size = 40},
    {.name = "Path", .format = CCTL_PROP_FORMAT_EXPAND_SZ, .offset = offsetof(gadget, path),
     .size = 8},
};
#define N COUNT(gadget_table)

/* 62 ASCII letters, then a 2-byte character: 64 bytes, one more than the
 * error's room holds with the NUL. */
#define LONG_62 "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghij"
static const char long_name[] = LONG_62 "\xC3\xA9";

/* A table item with a long name, broken: BAD_TABLE names it, cut before
 * the character that does not fit. */
static void test_table_name_cut(void)
{
    clusctl_prop_item t[1];
    clusctl_prop_error e = {0};
    CHECK_EQ_U(sizeof e.name, 64);
    CHECK_EQ_U(strlen(long_name), 64);
    memset(t, 0, sizeof t);
    t[0].name = long_name;
    t[0].format = CCTL_PROP_FORMAT_BINARY; /* no table format */
    CHECK_EQ_U(clusctl_proptable_check(t, 1, 64, &e), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(e.reason, CCTL_PROP_REASON_BAD_TABLE);
    CHECK_EQ_U(e.item, 0);
    CHECK_EQ_U(e.name_cut, 1);
    CHECK_STR(e.name, LONG_62);
    /* One byte shorter fits whole. */
    {
        char fits[64];
        memcpy(fits, long_name, 63);
        fits[62] = 'z';
        fits[63] = '\0';
        memset(&e, 0, sizeof e);
        t[0].name = fits;
        CHECK_EQ_U(clusctl_proptable_check(t, 1, 64, &e), CCTL_ERROR_INVALID_PARAMETER);
        CHECK_EQ_U(e.name_cut, 0);
        CHECK_STR(e.name, fits);
    }
}

/* A list's property with a long name, or a non-BMP one: UNKNOWN_NAME
 * gives it back in UTF-8. */
static void test_list_name_cut(void)
{
    ref_list l;
    clusctl_prop_error e = {0};
    ref_list_begin(&l);
    ref_list_dword_prop(&l, long_name, 1);
    ref_list_end(&l, 1);
    CHECK_EQ_U(clusctl_proptable_verify(gadget_table, N, l.data, l.size, 0, &e),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(e.reason, CCTL_PROP_REASON_UNKNOWN_NAME);
    CHECK_EQ_U(e.name_cut, 1);
    CHECK_STR(e.name, LONG_62);
    ref_list_begin(&l);
    ref_list_dword_prop(&l, "x\xF0\x9F\x98\x80y", 1); /* U+1F600: a surrogate pair */
    ref_list_end(&l, 1);
    memset(&e, 0, sizeof e);
    CHECK_EQ_U(clusctl_proptable_verify(gadget_table, N, l.data, l.size, 0, &e),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(e.name_cut, 0);
    CHECK_STR(e.name, "x\xF0\x9F\x98\x80y");
}

/* GUID items: the default strings and the values the table accepts. */
static void test_guid_shapes(void)
{
    static const struct {
        const char *text;
        int ok;
    } cases[] = {
        {"", 1},
        {"6B29FC40-CA47-1067-B31D-00DD010662DA", 1},
        {"{6b29fc40-ca47-1067-b31d-00dd010662da}", 1},
        {"{6B29FC40-CA47-1067-B31D-00DD010662DA", 0},  /* 37: no closing brace */
        {"(6B29FC40-CA47-1067-B31D-00DD010662DA)", 0}, /* 38 without braces */
        {"{6B29FC40-CA47-1067-B31D-00DD010662DA)", 0},
        {"6B29FC40-CA47-1067-B31D-00DD010662D", 0},    /* 35 */
        {"6B29FC40-CA47-1067-B31D-00DD010662DG", 0},   /* G */
        {"6B29FC40-CA47-1067-B31D-00DD010662D/", 0},   /* just below '0' */
        {"6B29FC40-CA47-1067-B31D-00DD010662D:", 0},   /* just above '9' */
        {"6B29FC40-CA47-1067-B31D-00DD010662D@", 0},   /* just below 'A' */
        {"6B29FC40-CA47-1067-B31D-00DD010662D`", 0},   /* just below 'a' */
        {"6B29FC40-CA47-1067-B31D-00DD010662Dg", 0},
        {"6B29FC40_CA47-1067-B31D-00DD010662DA", 0},   /* not a dash */
        {"6B29FC40-CA47-1067-B31D00-DD010662DA", 0},   /* a dash out of place */
    };
    size_t i;
    for (i = 0; i < COUNT(cases); i++) {
        clusctl_prop_item t[1];
        clusctl_prop_error e = {0};
        ref_list l;
        harness_test = cases[i].text;
        memset(t, 0, sizeof t);
        t[0] = gadget_table[1];
        t[0].offset = 0;
        t[0].default_string = cases[i].text;
        CHECK_EQ_U(clusctl_proptable_check(t, 1, 40, NULL),
                   cases[i].ok ? CCTL_ERROR_SUCCESS : CCTL_ERROR_INVALID_PARAMETER);
        ref_list_begin(&l);
        ref_list_sz_prop(&l, "Id", cases[i].text);
        ref_list_end(&l, 1);
        CHECK_EQ_U(clusctl_proptable_verify(gadget_table, N, l.data, l.size, 0, &e),
                   cases[i].ok ? CCTL_ERROR_SUCCESS : CCTL_ERROR_INVALID_PARAMETER);
        CHECK_EQ_U(e.reason, cases[i].ok ? CCTL_PROP_REASON_NONE : CCTL_PROP_REASON_NOT_A_GUID);
    }
    harness_test = "test_guid_shapes";
    {
        /* Longer than any GUID (but within the room): not a GUID either. */
        ref_list l;
        clusctl_prop_error e = {0};
        ref_list_begin(&l);
        ref_list_sz_prop(&l, "Id", "{6B29FC40-CA47-1067-B31D-00DD010662DA}x");
        ref_list_end(&l, 1);
        CHECK_EQ_U(clusctl_proptable_verify(gadget_table, N, l.data, l.size, 0, &e),
                   CCTL_ERROR_INVALID_PARAMETER);
        CHECK_EQ_U(e.reason, CCTL_PROP_REASON_NOT_A_GUID);
    }
}

/* The table rules test_proptable does not break alone. */
static void test_table_rules(void)
{
    clusctl_prop_item t[1];
    memset(t, 0, sizeof t);
    t[0].name = "D";
    t[0].format = CCTL_PROP_FORMAT_DWORD;
    t[0].minimum = t[0].default_number = t[0].maximum = 0x100000000u; /* all over 32 bits */
    CHECK_EQ_U(clusctl_proptable_check(t, 1, 8, NULL), CCTL_ERROR_INVALID_PARAMETER);
    t[0].minimum = t[0].default_number = t[0].maximum = 0xFFFFFFFFu;
    CHECK_EQ_U(clusctl_proptable_check(t, 1, 8, NULL), CCTL_ERROR_SUCCESS);
    memset(t, 0, sizeof t);
    t[0].name = "E";
    t[0].format = CCTL_PROP_FORMAT_EXPAND_SZ;
    t[0].size = 4;
    CHECK_EQ_U(clusctl_proptable_check(t, 1, 8, NULL), CCTL_ERROR_SUCCESS);
    t[0].flags = CCTL_PROP_ITEM_GUID; /* only on SZ */
    CHECK_EQ_U(clusctl_proptable_check(t, 1, 8, NULL), CCTL_ERROR_INVALID_PARAMETER);
    /* find skips an item without a name (a table find does not check). */
    {
        clusctl_prop_item u[2];
        size_t index = 9;
        memset(u, 0, sizeof u);
        u[1].name = "B";
        CHECK_EQ_U(clusctl_proptable_find(u, 2, "b", &index), CCTL_ERROR_SUCCESS);
        CHECK_EQ_U(index, 1);
        CHECK_EQ_U(clusctl_proptable_find(u, 2, "c", &index), CCTL_ERROR_FILE_NOT_FOUND);
    }
}

/* Values test_proptable does not send. */
static void test_values(void)
{
    ref_list l;
    clusctl_prop_error e = {0};
    /* Path (EXPAND_SZ) with two values: the second not an EXPANDED_SZ. */
    ref_list_begin(&l);
    ref_list_string(&l, REF_NAME, "Path");
    ref_list_string(&l, REF_EXPAND_SZ, "%A%");
    ref_list_dword(&l, 1);
    ref_list_endmark(&l);
    ref_list_end(&l, 1);
    CHECK_EQ_U(clusctl_proptable_verify(gadget_table, N, l.data, l.size, 0, &e),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(e.reason, CCTL_PROP_REASON_VALUE_COUNT);
    /* With its EXPANDED_SZ: fine, and applied. */
    ref_list_begin(&l);
    ref_list_string(&l, REF_NAME, "Path");
    ref_list_string(&l, REF_EXPAND_SZ, "%A%");
    ref_list_string(&l, REF_EXPANDED_SZ, "x");
    ref_list_endmark(&l);
    ref_list_end(&l, 1);
    {
        gadget g;
        memset(&g, 0, sizeof g);
        CHECK_EQ_U(clusctl_proptable_apply(gadget_table, N, l.data, l.size, 0, &g, sizeof g, NULL),
                   CCTL_ERROR_SUCCESS);
        CHECK_STR(g.path, "%A%");
    }
    /* Too long for its room (8 with the NUL). */
    ref_list_begin(&l);
    ref_list_string(&l, REF_NAME, "Path");
    ref_list_string(&l, REF_EXPAND_SZ, "12345678");
    ref_list_endmark(&l);
    ref_list_end(&l, 1);
    memset(&e, 0, sizeof e);
    CHECK_EQ_U(clusctl_proptable_verify(gadget_table, N, l.data, l.size, 0, &e),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(e.reason, CCTL_PROP_REASON_TOO_LONG);
}

/* Each argument check of defaults, to_list, enum, verify and apply. */
static void test_arguments(void)
{
    union {
        gadget g;
        clusctl_prop_error e;
        size_t word;
        unsigned char bytes[sizeof(gadget) + sizeof(clusctl_prop_error)];
    } u;
    gadget g;
    clusctl_prop_error e = {0}, dirty;
    clusctl_prop_item own[1];
    unsigned char out[256];
    size_t bytes = 0;
    ref_list l;
    const clusctl_status IP = CCTL_ERROR_INVALID_PARAMETER;

    memset(&dirty, 0, sizeof dirty);
    dirty.reserved_ptr[1] = &g;
    memset(&g, 0, sizeof g);
    memset(&u, 0, sizeof u);
    /* A table whose default string lies in the block. */
    memset(own, 0, sizeof own);
    own[0].name = "S";
    own[0].format = CCTL_PROP_FORMAT_SZ;
    own[0].size = 4;
    u.bytes[30] = 'a';
    own[0].default_string = (const char *)u.bytes + 30;

    /* defaults */
    CHECK_EQ_U(clusctl_proptable_defaults(gadget_table, N, &g, sizeof g, &dirty), IP);
    CHECK_EQ_U(clusctl_proptable_defaults(gadget_table, N, NULL, sizeof g, NULL), IP);
    CHECK_EQ_U(clusctl_proptable_defaults(gadget_table, N, &u.g, sizeof u.g, &u.e), IP);
    CHECK_EQ_U(clusctl_proptable_defaults(own, 1, u.bytes, 40, NULL), IP);
    CHECK_EQ_U(clusctl_proptable_defaults(NULL, 1, &g, sizeof g, &e), IP);
    CHECK_EQ_U(e.reason, CCTL_PROP_REASON_BAD_TABLE);
    CHECK_EQ_U(clusctl_proptable_defaults(own, 1, out, sizeof out, NULL), CCTL_ERROR_SUCCESS);
    CHECK_STR((const char *)out, "a");
#if SIZE_MAX > 0xFFFFFFFFu
    CHECK_EQ_U(clusctl_proptable_defaults(gadget_table, (size_t)1 << 32, &g, sizeof g, NULL), IP);
#endif
    CHECK_EQ_U(clusctl_proptable_check(gadget_table, N, sizeof g, &dirty), IP);

    /* to_list */
    CHECK_EQ_U(clusctl_proptable_to_list(gadget_table, N, CCTL_PROPTABLE_ALL, &g, sizeof g, out,
                                         sizeof out, NULL, NULL), IP);
    CHECK_EQ_U(clusctl_proptable_to_list(gadget_table, N, CCTL_PROPTABLE_ALL, &g, sizeof g, out,
                                         sizeof out, &bytes, &dirty), IP);
    CHECK_EQ_U(clusctl_proptable_to_list(gadget_table, N, 0, &g, sizeof g, out, sizeof out,
                                         &bytes, NULL), IP);
    CHECK_EQ_U(clusctl_proptable_to_list(gadget_table, N, 4, &g, sizeof g, out, sizeof out,
                                         &bytes, NULL), IP);
    CHECK_EQ_U(clusctl_proptable_to_list(gadget_table, N, CCTL_PROPTABLE_ALL, NULL, sizeof g,
                                         out, sizeof out, &bytes, NULL), IP);
    CHECK_EQ_U(clusctl_proptable_to_list(gadget_table, N, CCTL_PROPTABLE_ALL, &g, sizeof g,
                                         (void *)&g, sizeof g, &bytes, NULL), IP);
    CHECK_EQ_U(clusctl_proptable_to_list(gadget_table, N, CCTL_PROPTABLE_ALL, &g, sizeof g,
                                         u.bytes, sizeof u, &u.word, NULL), IP);
    CHECK_EQ_U(clusctl_proptable_to_list(gadget_table, N, CCTL_PROPTABLE_ALL, &g, sizeof g,
                                         u.bytes, sizeof u, &bytes, &u.e), IP);
    CHECK_EQ_U(clusctl_proptable_to_list(gadget_table, N, CCTL_PROPTABLE_ALL, &g, sizeof g, out,
                                         sizeof out, &u.word, &u.e), IP);
    CHECK_EQ_U(clusctl_proptable_to_list(own, 1, CCTL_PROPTABLE_ALL, out, sizeof out, u.bytes,
                                         sizeof u, &bytes, NULL), IP); /* over a default */
    CHECK_EQ_U(clusctl_proptable_to_list(gadget_table, N, CCTL_PROPTABLE_ALL, &g, sizeof g, NULL,
                                         8, &bytes, NULL), CCTL_ERROR_INVALID_USER_BUFFER);
    /* Too small: the size needed; written when it fits. */
    CHECK_EQ_U(clusctl_proptable_to_list(gadget_table, N, CCTL_PROPTABLE_ALL, &g, sizeof g, out,
                                         8, &bytes, NULL), CCTL_ERROR_MORE_DATA);
    CHECK(bytes > 8);
    {
        size_t needed = bytes;
        CHECK_EQ_U(clusctl_proptable_to_list(gadget_table, N, CCTL_PROPTABLE_ALL, &g, sizeof g,
                                             out, needed, &bytes, NULL), CCTL_ERROR_SUCCESS);
        CHECK_EQ_U(bytes, needed);
        CHECK_EQ_U(clusctl_proptable_verify(gadget_table, N, out, bytes, 0, NULL),
                   CCTL_ERROR_SUCCESS);
    }

    /* enum */
    CHECK_EQ_U(clusctl_proptable_enum(gadget_table, N, CCTL_PROPTABLE_ALL, out, sizeof out,
                                      NULL, NULL), IP);
    CHECK_EQ_U(clusctl_proptable_enum(gadget_table, N, CCTL_PROPTABLE_ALL, out, sizeof out,
                                      &bytes, &dirty), IP);
    CHECK_EQ_U(clusctl_proptable_enum(gadget_table, N, 0, out, sizeof out, &bytes, NULL), IP);
    CHECK_EQ_U(clusctl_proptable_enum(gadget_table, N, 8, out, sizeof out, &bytes, NULL), IP);
    CHECK_EQ_U(clusctl_proptable_enum(gadget_table, N, CCTL_PROPTABLE_ALL, u.bytes, sizeof u,
                                      &u.word, NULL), IP);
    CHECK_EQ_U(clusctl_proptable_enum(gadget_table, N, CCTL_PROPTABLE_ALL, u.bytes, sizeof u,
                                      &bytes, &u.e), IP);
    CHECK_EQ_U(clusctl_proptable_enum(gadget_table, N, CCTL_PROPTABLE_ALL, out, sizeof out,
                                      &u.word, &u.e), IP);
    CHECK_EQ_U(clusctl_proptable_enum(gadget_table, N, CCTL_PROPTABLE_ALL, (void *)gadget_table,
                                      sizeof gadget_table, &bytes, NULL), IP);
    CHECK_EQ_U(clusctl_proptable_enum(gadget_table, N, CCTL_PROPTABLE_ALL, NULL, 4, &bytes,
                                      NULL), CCTL_ERROR_INVALID_USER_BUFFER);
    bytes = 7;
    CHECK_EQ_U(clusctl_proptable_enum(NULL, 1, CCTL_PROPTABLE_ALL, out, sizeof out, &bytes,
                                      NULL), IP);
    CHECK_EQ_U(bytes, 0); /* a bad table: nothing needed */
    CHECK_EQ_U(clusctl_proptable_enum(gadget_table, N, CCTL_PROPTABLE_ALL, out, 4, &bytes, NULL),
               CCTL_ERROR_MORE_DATA);
    CHECK_EQ_U(bytes, 2 + 12 + 6 + 10);

    /* verify and apply */
    ref_list_begin(&l);
    ref_list_dword_prop(&l, "Level", 3);
    ref_list_end(&l, 1);
    CHECK_EQ_U(clusctl_proptable_verify(gadget_table, N, l.data, l.size, 0, &dirty), IP);
    CHECK_EQ_U(clusctl_proptable_verify(gadget_table, N, l.data, l.size, 0x4000, NULL), IP);
    CHECK_EQ_U(clusctl_proptable_verify(gadget_table, N, l.data, l.size,
                                        CCTL_PLIST_FROM_CLIENT | CCTL_PROPTABLE_FROM_SERVER, NULL),
               IP);
#if SIZE_MAX > 0xFFFFFFFFu
    CHECK_EQ_U(clusctl_proptable_verify(gadget_table, N, l.data, (size_t)1 << 32, 0, NULL), IP);
#endif
    CHECK_EQ_U(clusctl_proptable_verify(gadget_table, N, NULL, 8, 0, NULL),
               CCTL_ERROR_INVALID_USER_BUFFER);
    CHECK_EQ_U(clusctl_proptable_apply(gadget_table, N, l.data, l.size, 0, &g, sizeof g, &dirty),
               IP);
    CHECK_EQ_U(clusctl_proptable_apply(gadget_table, N, l.data, l.size, 0, NULL, 0, NULL), IP);
    CHECK_EQ_U(clusctl_proptable_apply(gadget_table, N, l.data, l.size, 0, l.data, l.size, NULL),
               IP);
    CHECK_EQ_U(clusctl_proptable_apply(gadget_table, N, l.data, l.size, 0, &u.g, sizeof u.g,
                                       &u.e), IP);
    CHECK_EQ_U(clusctl_proptable_apply(own, 1, l.data, l.size, 0, u.bytes, 40, NULL), IP);
    CHECK_EQ_U(clusctl_proptable_apply(gadget_table, N, NULL, 8, 0, &g, sizeof g, NULL),
               CCTL_ERROR_INVALID_USER_BUFFER);
    CHECK_EQ_U(clusctl_proptable_apply(gadget_table, N, l.data, l.size, 0, &g, sizeof g, &e),
               CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(g.level, 3);
}

int main(void)
{
    RUN(test_table_name_cut);
    RUN(test_list_name_cut);
    RUN(test_guid_shapes);
    RUN(test_table_rules);
    RUN(test_values);
    RUN(test_arguments);
    return harness_finish();
}
