/* Property lists: what test_plist leaves out (found by the coverage tier).
 * A list that changes after it was opened, hand-made properties and values
 * given to the getters, the writer's sticky errors in every writing call,
 * and lists that would pass 4 GiB - 1 (counted in a size query, never
 * written: a 64 MiB block of real memory, given again and again). The
 * lists are laid out here byte by byte. */
#if defined(__linux__)
#define _DEFAULT_SOURCE /* MAP_ANONYMOUS and MAP_NORESERVE under -std=c99 */
#endif
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "clusctl/plist.h"
#include "harness.h"

#if defined(__linux__) && UINTPTR_MAX > 0xFFFFFFFFu
#include <sys/mman.h>
#define HAVE_HUGE_MAP 1 /* a 4 GiB + 4 KiB mapping, never touched */
#endif

#define LIMIT ((size_t)0xFFFFFFFFu) /* 4 GiB - 1: the largest list */
#define CHUNK ((size_t)64 << 20)
/* LIST_VALUE with the VALUE_LIST format (the SDK names no such syntax). */
#define VLIST_SYNTAX CCTL_PROP_SYNTAX_VALUE(CCTL_PROP_TYPE_LIST_VALUE, CCTL_PROP_FORMAT_VALUE_LIST)

static void le32(unsigned char *p, uint32_t v)
{
    p[0] = (unsigned char)(v & 0xFF);
    p[1] = (unsigned char)((v >> 8) & 0xFF);
    p[2] = (unsigned char)((v >> 16) & 0xFF);
    p[3] = (unsigned char)(v >> 24);
}

/* One property "A" with one DWORD 42, no final ENDMARK: 32 bytes. */
static size_t one_dword(unsigned char *b)
{
    memset(b, 0, 32);
    le32(b, 1);
    le32(b + 4, 0x00040003u); /* NAME */
    le32(b + 8, 4);
    b[12] = 'A';              /* "A" and its NUL */
    le32(b + 16, 0x00010002u); /* LIST_VALUE DWORD */
    le32(b + 20, 4);
    le32(b + 24, 42);
    return 32; /* b + 28: the ENDMARK */
}

/* A property list that changes after clusctl_plist_next(): the value's
 * length runs past the end, the value became an ENDMARK, a NAME. */
static void test_property_changed_after_next(void)
{
    unsigned char b[32];
    size_t size = one_dword(b);
    int change;
    for (change = 0; change < 4; change++) {
        clusctl_plist_reader r = {0};
        clusctl_prop p = {0};
        clusctl_prop_value v = {0};
        uint32_t dword = 0;
        size = one_dword(b);
        CHECK_EQ_U(clusctl_plist_open(&r, b, size, 0, NULL), CCTL_ERROR_SUCCESS);
        CHECK_EQ_U(clusctl_plist_next(&r, &p), CCTL_ERROR_SUCCESS);
        switch (change) {
        case 0:
            break; /* unchanged: the value */
        case 1:
            le32(b + 20, 0x100); /* past the end */
            break;
        case 2:
            le32(b + 16, 0); /* an ENDMARK where the value was */
            break;
        default:
            le32(b + 16, 0x00040003u); /* a NAME where the value was */
            break;
        }
        if (change == 0) {
            CHECK_EQ_U(clusctl_prop_next_value(&p, &v), CCTL_ERROR_SUCCESS);
            CHECK_EQ_U(clusctl_value_dword(&v, &dword), CCTL_ERROR_SUCCESS);
            CHECK_EQ_U(dword, 42);
        } else {
            CHECK_EQ_U(clusctl_prop_next_value(&p, &v), CCTL_ERROR_INVALID_DATA);
            CHECK_EQ_U(v.syntax, 0); /* nothing written */
        }
    }
}

/* A value list that changes after it was opened. */
static void test_value_list_changed_after_open(void)
{
    unsigned char b[16];
    int change;
    for (change = 0; change < 3; change++) {
        clusctl_plist_reader r = {0};
        clusctl_prop_value v = {0};
        memset(b, 0, sizeof b);
        le32(b, 0x00010002u);
        le32(b + 4, 4);
        le32(b + 8, 7); /* b + 12: the ENDMARK */
        CHECK_EQ_U(clusctl_vlist_open(&r, b, sizeof b, 0, NULL), CCTL_ERROR_SUCCESS);
        if (change == 1)
            le32(b + 4, 0x100);
        if (change == 2)
            le32(b, 0);
        CHECK_EQ_U(clusctl_vlist_next(&r, &v),
                   change == 0 ? CCTL_ERROR_SUCCESS : CCTL_ERROR_INVALID_DATA);
        CHECK_EQ_U(r.index, change == 0 ? 1 : 0);
    }
}

/* clusctl_prop_name() and clusctl_prop_name_equal() on hand-made properties. */
static void test_hand_made_names(void)
{
    static const struct {
        unsigned char bytes[6];
        uint32_t length;
        clusctl_status status;
    } cases[] = {
        {{'A', 0, 'B', 0}, 4, CCTL_ERROR_INVALID_NAME},        /* no NUL */
        {{'A', 0, 0}, 3, CCTL_ERROR_BAD_LENGTH},               /* odd */
        {{0x00, 0xD8, 0, 0}, 4, CCTL_ERROR_NO_UNICODE_TRANSLATION}, /* lone high */
        {{0x00, 0xDC, 'a', 0, 0, 0}, 6, CCTL_ERROR_NO_UNICODE_TRANSLATION}, /* lone low */
        {{0, 0}, 2, CCTL_ERROR_INVALID_NAME},                  /* empty */
        {{0}, 0, CCTL_ERROR_INVALID_NAME},                     /* nothing */
        {{'A', 0, 0, 0, 0, 0}, 6, CCTL_ERROR_INVALID_NAME},    /* embedded NUL */
        {{'O', 0, 'k', 0, 0, 0}, 6, CCTL_ERROR_SUCCESS},
    };
    size_t i;
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        clusctl_prop p;
        char out[8];
        size_t needed = 0;
        memset(&p, 0, sizeof p);
        p.name = cases[i].bytes;
        p.name_length = cases[i].length;
        CHECK_EQ_U(clusctl_prop_name(&p, out, sizeof out, &needed), cases[i].status);
        CHECK_EQ_U(clusctl_prop_name_equal(&p, "Ok"), cases[i].status == CCTL_ERROR_SUCCESS);
        if (cases[i].status == CCTL_ERROR_SUCCESS) {
            CHECK_STR(out, "Ok");
            CHECK_EQ_U(needed, 3);
            CHECK(clusctl_prop_name_equal(&p, "OK"));
            CHECK(!clusctl_prop_name_equal(&p, "Ok!"));
            CHECK(!clusctl_prop_name_equal(&p, "O"));
            CHECK(!clusctl_prop_name_equal(&p, "\xFF"));
        }
    }
}

/* A hand-made value of a syntax and its bytes. */
static clusctl_prop_value value_of(uint32_t syntax, const void *data, uint32_t length)
{
    clusctl_prop_value v;
    memset(&v, 0, sizeof v);
    v.syntax = syntax;
    v.type = syntax >> 16;
    v.format = syntax & 0xFFFFu;
    v.length = length;
    v.data = (const unsigned char *)data;
    return v;
}

/* clusctl_value_multi_sz_next() on values that no reader returns. */
static void test_hand_made_multi_sz(void)
{
    static const unsigned char dword[4] = {1, 0, 0, 0};
    static const unsigned char odd[3] = {'a', 0, 0};
    static const unsigned char open_end[4] = {'a', 0, 'b', 0};
    static const unsigned char lone[6] = {0x00, 0xD8, 0, 0, 0, 0};
    static const unsigned char two[8] = {'a', 0, 0, 0, 'b', 0, 0, 0};
    char out[8];
    size_t cursor = 0, needed = 0;
    clusctl_prop_value v = value_of(CCTL_PROP_SYNTAX_LIST_VALUE_DWORD, dword, 4);
    CHECK_EQ_U(clusctl_value_multi_sz_next(&v, &cursor, out, sizeof out, &needed),
               CCTL_ERROR_INVALID_DATA);
    v = value_of(CCTL_PROP_SYNTAX_LIST_VALUE_MULTI_SZ, odd, 3);
    CHECK_EQ_U(clusctl_value_multi_sz_next(&v, &cursor, out, sizeof out, &needed),
               CCTL_ERROR_BAD_LENGTH);
    v = value_of(CCTL_PROP_SYNTAX_LIST_VALUE_MULTI_SZ, open_end, 4);
    CHECK_EQ_U(clusctl_value_multi_sz_next(&v, &cursor, out, sizeof out, &needed),
               CCTL_ERROR_INVALID_DATA);
    v = value_of(CCTL_PROP_SYNTAX_LIST_VALUE_MULTI_SZ, lone, 6);
    CHECK_EQ_U(clusctl_value_multi_sz_next(&v, &cursor, out, sizeof out, &needed),
               CCTL_ERROR_NO_UNICODE_TRANSLATION);
    CHECK_EQ_U(cursor, 0);
    /* Without the one more NUL: the default mode reads both strings, the
     * strict mode refuses at the end. */
    v = value_of(CCTL_PROP_SYNTAX_LIST_VALUE_MULTI_SZ, two, 8);
    CHECK_EQ_U(clusctl_value_multi_sz_next(&v, &cursor, out, sizeof out, &needed),
               CCTL_ERROR_SUCCESS);
    CHECK_STR(out, "a");
    CHECK_EQ_U(clusctl_value_multi_sz_next(&v, &cursor, out, sizeof out, &needed),
               CCTL_ERROR_SUCCESS);
    CHECK_STR(out, "b");
    CHECK_EQ_U(clusctl_value_multi_sz_next(&v, &cursor, out, sizeof out, &needed),
               CCTL_ERROR_NO_MORE_ITEMS);
    v.flags = CCTL_PLIST_STRICT;
    CHECK_EQ_U(clusctl_value_multi_sz_next(&v, &cursor, out, sizeof out, &needed),
               CCTL_ERROR_INVALID_DATA);
}

/* clusctl_value_plist(): the report may not lie in the nested list. */
static void test_nested_report_over_the_data(void)
{
    union {
        clusctl_plist_error e;
        unsigned char bytes[sizeof(clusctl_plist_error) + 8];
    } room;
    clusctl_plist_reader r = {0};
    clusctl_prop_value v;
    memset(&room, 0, sizeof room);
    v = value_of(CCTL_PROP_SYNTAX_LIST_VALUE_PROPERTY_LIST, room.bytes, (uint32_t)sizeof room);
    CHECK_EQ_U(clusctl_value_plist(&v, &r, &room.e), CCTL_ERROR_INVALID_PARAMETER);
    v = value_of(CCTL_PROP_SYNTAX_LIST_VALUE_PROPERTY_LIST, room.bytes, 4); /* count 0 */
    CHECK_EQ_U(clusctl_value_plist(&v, &r, NULL), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(r.count, 0);
    CHECK_EQ_U(r.depth, 1);
}

/* A writer with an error: every writing call returns that first error. */
static void test_writer_sticky_everywhere(void)
{
    static const char *const strings[] = {"a"};
    unsigned char buf[64];
    clusctl_plist_writer w;
    size_t size = 0;
    int call;
    for (call = 0; call < 9; call++) {
        clusctl_status st = CCTL_ERROR_SUCCESS;
        memset(&w, 0, sizeof w);
        CHECK_EQ_U(clusctl_plist_write_begin(&w, buf, sizeof buf, 0), CCTL_ERROR_SUCCESS);
        CHECK_EQ_U(clusctl_plist_write_property(&w, ""), CCTL_ERROR_INVALID_NAME);
        switch (call) {
        case 0:
            st = clusctl_plist_write_string(&w, 0, "x");
            break;
        case 1:
            st = clusctl_plist_write_multi_sz(&w, 0, strings, 1);
            break;
        case 2:
            st = clusctl_plist_write_bytes(&w, 0, "x", 1);
            break;
        case 3:
            st = clusctl_plist_write_value(&w, CCTL_PROP_SYNTAX_LIST_VALUE_BINARY, "x", 1);
            break;
        case 4:
            st = clusctl_plist_write_list_begin(&w, CCTL_PROP_SYNTAX_LIST_VALUE_PROPERTY_LIST);
            break;
        case 5:
            st = clusctl_plist_write_property_end(&w);
            break;
        case 6:
            st = clusctl_plist_write_list_end(&w);
            break;
        case 7:
            st = clusctl_plist_write_end(&w, &size);
            break;
        default:
            st = clusctl_plist_write_word(&w, 0, 1);
            break;
        }
        CHECK_EQ_U(st, CCTL_ERROR_INVALID_NAME);
        CHECK_EQ_U(w.status, CCTL_ERROR_INVALID_NAME);
        CHECK_EQ_U(w.rule, CCTL_PLIST_RULE_NAME_EMPTY);
        CHECK_EQ_U(w.length, 4); /* the count only */
    }
}

/* Calls out of place, and arguments each writing call refuses. */
static void test_writer_refusals(void)
{
    static const char *const bad_utf8[] = {"ok", "\xC3"};
    static const char *const fine[] = {"ok"};
    unsigned char buf[128];
    clusctl_plist_writer w;
    size_t size = 0;

#define BEGIN_IN_PROPERTY()                                                    \
    do {                                                                       \
        memset(&w, 0, sizeof w);                                               \
        CHECK_EQ_U(clusctl_plist_write_begin(&w, buf, sizeof buf, 0), CCTL_ERROR_SUCCESS); \
        CHECK_EQ_U(clusctl_plist_write_property(&w, "P"), CCTL_ERROR_SUCCESS); \
    } while (0)

    BEGIN_IN_PROPERTY();
    CHECK_EQ_U(clusctl_plist_write_string(&w, 0, NULL), CCTL_ERROR_INVALID_PARAMETER);
    BEGIN_IN_PROPERTY();
    CHECK_EQ_U(clusctl_plist_write_string(&w, CCTL_PROP_SYNTAX_LIST_VALUE_DWORD, "1"),
               CCTL_ERROR_INVALID_PARAMETER);
    BEGIN_IN_PROPERTY();
    CHECK_EQ_U(clusctl_plist_write_multi_sz(&w, 0, bad_utf8, 2),
               CCTL_ERROR_NO_UNICODE_TRANSLATION);
    CHECK_EQ_U(w.rule, CCTL_PLIST_RULE_UNPAIRED_SURROGATE);
    BEGIN_IN_PROPERTY();
    CHECK_EQ_U(clusctl_plist_write_multi_sz(&w, CCTL_PROP_SYNTAX_LIST_VALUE_SZ, fine, 1),
               CCTL_ERROR_INVALID_PARAMETER);
    BEGIN_IN_PROPERTY();
    CHECK_EQ_U(clusctl_plist_write_bytes(&w, 0, NULL, 3), CCTL_ERROR_INVALID_PARAMETER);
    BEGIN_IN_PROPERTY();
    CHECK_EQ_U(clusctl_plist_write_bytes(&w, 0, buf + 100, 3), CCTL_ERROR_INVALID_PARAMETER);
    BEGIN_IN_PROPERTY();
    CHECK_EQ_U(clusctl_plist_write_value(&w, CCTL_PROP_SYNTAX_LIST_VALUE_BINARY, NULL, 3),
               CCTL_ERROR_INVALID_PARAMETER);
    BEGIN_IN_PROPERTY();
    CHECK_EQ_U(clusctl_plist_write_value(&w, CCTL_PROP_SYNTAX_LIST_VALUE_BINARY, &w, 3),
               CCTL_ERROR_INVALID_PARAMETER); /* the writer itself */
    /* The same calls without an open property: no value goes there. */
    memset(&w, 0, sizeof w);
    CHECK_EQ_U(clusctl_plist_write_begin(&w, buf, sizeof buf, 0), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(clusctl_plist_write_multi_sz(&w, 0, fine, 1), CCTL_ERROR_INVALID_PARAMETER);
    memset(&w, 0, sizeof w);
    CHECK_EQ_U(clusctl_plist_write_begin(&w, buf, sizeof buf, 0), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(clusctl_plist_write_list_begin(&w, VLIST_SYNTAX),
               CCTL_ERROR_INVALID_PARAMETER);
    memset(&w, 0, sizeof w);
    CHECK_EQ_U(clusctl_plist_write_begin(&w, buf, sizeof buf, 0), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(clusctl_plist_write_property_end(&w), CCTL_ERROR_INVALID_PARAMETER);
    /* property_end in a value list. */
    memset(&w, 0, sizeof w);
    CHECK_EQ_U(clusctl_vlist_write_begin(&w, buf, sizeof buf, 0), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(clusctl_plist_write_property_end(&w), CCTL_ERROR_INVALID_PARAMETER);
    /* A nested value list whose start was changed. */
    BEGIN_IN_PROPERTY();
    CHECK_EQ_U(clusctl_plist_write_list_begin(&w, VLIST_SYNTAX),
               CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(w.depth, 1);
    w.levels[1].start = 2;
    CHECK_EQ_U(clusctl_plist_write_list_end(&w), CCTL_ERROR_INVALID_PARAMETER);
    BEGIN_IN_PROPERTY();
    clusctl_plist_write_list_begin(&w, VLIST_SYNTAX);
    w.levels[1].start = w.length + 8; /* past its ENDMARK */
    CHECK_EQ_U(clusctl_plist_write_list_end(&w), CCTL_ERROR_INVALID_PARAMETER);
    /* Unchanged, the same list ends and reads back. */
    BEGIN_IN_PROPERTY();
    clusctl_plist_write_list_begin(&w, VLIST_SYNTAX);
    CHECK_EQ_U(clusctl_plist_write_dword(&w, 0, 5), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(clusctl_plist_write_list_end(&w), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(clusctl_plist_write_property_end(&w), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(clusctl_plist_write_end(&w, &size), CCTL_ERROR_SUCCESS);
    /* (the strict mode refuses the syntax: the SDK names none for it) */
    CHECK_EQ_U(clusctl_plist_validate(buf, size, 0, NULL), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(size, 4 + 12 + 8 + 12 + 4 + 4 + 4);
#undef BEGIN_IN_PROPERTY
}

/* ---- Lists that would pass 4 GiB - 1 ------------------------------------- */

static const unsigned char *block; /* CHUNK + 16 zero bytes */

/* Adds BINARY values to a size query until its length is `target` (a
 * multiple of 4, at least 8 more than now). */
static void fill_to(clusctl_plist_writer *w, size_t target)
{
    while (target - w->length > CHUNK + 16)
        CHECK_EQ_U(clusctl_plist_write_bytes(w, 0, block, CHUNK), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(clusctl_plist_write_bytes(w, 0, block, target - w->length - 8),
               CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(w->length, target);
}

/* A size query of a property list with property "P" open. */
static void query_in_property(clusctl_plist_writer *w)
{
    memset(w, 0, sizeof *w);
    CHECK_EQ_U(clusctl_plist_write_begin(w, NULL, 0, 0), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(clusctl_plist_write_property(w, "P"), CCTL_ERROR_SUCCESS);
}

static void expect_overflow(clusctl_plist_writer *w, clusctl_status st, size_t length)
{
    size_t size = 0;
    CHECK_EQ_U(st, CCTL_ERROR_ARITHMETIC_OVERFLOW);
    CHECK_EQ_U(w->status, CCTL_ERROR_ARITHMETIC_OVERFLOW);
    CHECK_EQ_U(w->length, length); /* nothing more counted */
    CHECK_EQ_U(clusctl_plist_write_end(w, &size), CCTL_ERROR_ARITHMETIC_OVERFLOW);
    CHECK_EQ_U(size, 0);
}

static void test_writer_past_4_gib(void)
{
    clusctl_plist_writer w;
    size_t size = 0;
    unsigned char *mem = (unsigned char *)calloc(1, CHUNK + 16);
    if (!CHECK(mem != NULL))
        return;
    block = mem;

    /* The largest list: 4 GiB - 4, counted. */
    memset(&w, 0, sizeof w);
    CHECK_EQ_U(clusctl_vlist_write_begin(&w, NULL, 0, 0), CCTL_ERROR_SUCCESS);
    fill_to(&w, LIMIT - 3 - 4);
    CHECK_EQ_U(clusctl_plist_write_end(&w, &size), CCTL_ERROR_MORE_DATA);
    CHECK_EQ_U(size, LIMIT - 3);

    /* A value (12 bytes) with 11 left. */
    memset(&w, 0, sizeof w);
    CHECK_EQ_U(clusctl_vlist_write_begin(&w, NULL, 0, 0), CCTL_ERROR_SUCCESS);
    fill_to(&w, LIMIT - 11);
    expect_overflow(&w, clusctl_plist_write_dword(&w, 0, 1), LIMIT - 11);
    /* The value list's ENDMARK with 3 left. */
    memset(&w, 0, sizeof w);
    CHECK_EQ_U(clusctl_vlist_write_begin(&w, NULL, 0, 0), CCTL_ERROR_SUCCESS);
    fill_to(&w, LIMIT - 3);
    expect_overflow(&w, clusctl_plist_write_end(&w, &size), LIMIT - 3);
    /* A property's ENDMARK with 3 left. */
    query_in_property(&w);
    fill_to(&w, LIMIT - 3);
    expect_overflow(&w, clusctl_plist_write_property_end(&w), LIMIT - 3);
    /* The next property's name (12 bytes) with 11 left. */
    query_in_property(&w);
    fill_to(&w, LIMIT - 15);
    CHECK_EQ_U(clusctl_plist_write_property_end(&w), CCTL_ERROR_SUCCESS);
    expect_overflow(&w, clusctl_plist_write_property(&w, "Q"), LIMIT - 11);
    /* A nested list's header (8 bytes) with 7 left. */
    query_in_property(&w);
    fill_to(&w, LIMIT - 7);
    expect_overflow(&w, clusctl_plist_write_list_begin(&w, VLIST_SYNTAX),
                    LIMIT - 7);
    /* A nested value list's ENDMARK with 3 left. */
    query_in_property(&w);
    CHECK_EQ_U(clusctl_plist_write_list_begin(&w, VLIST_SYNTAX),
               CCTL_ERROR_SUCCESS);
    fill_to(&w, LIMIT - 3);
    expect_overflow(&w, clusctl_plist_write_list_end(&w), LIMIT - 3);
    /* A nested property list's ENDMARK with 3 left. */
    query_in_property(&w);
    CHECK_EQ_U(clusctl_plist_write_list_begin(&w, CCTL_PROP_SYNTAX_LIST_VALUE_PROPERTY_LIST),
               CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(clusctl_plist_write_property(&w, "N"), CCTL_ERROR_SUCCESS);
    fill_to(&w, LIMIT - 7);
    CHECK_EQ_U(clusctl_plist_write_property_end(&w), CCTL_ERROR_SUCCESS);
    expect_overflow(&w, clusctl_plist_write_list_end(&w), LIMIT - 3);
    /* With a buffer: nothing is written once it is full, the count goes on. */
    {
        unsigned char small[16];
        memset(&w, 0, sizeof w);
        CHECK_EQ_U(clusctl_vlist_write_begin(&w, small, sizeof small, 0), CCTL_ERROR_SUCCESS);
        fill_to(&w, LIMIT - 11);
        CHECK_EQ_U(w.fits, 0);
        expect_overflow(&w, clusctl_plist_write_string(&w, 0, "x"), LIMIT - 11);
    }
    free(mem);
}

/* One value of 4 GiB or more: a mapping of that size, never read. */
static void test_writer_huge_value(void)
{
#ifdef HAVE_HUGE_MAP
    size_t huge = LIMIT + 1 + 4096;
    clusctl_plist_writer w;
    void *map = mmap(NULL, huge, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (map == MAP_FAILED) {
        printf("test_writer_huge_value: no 4 GiB mapping here: not run\n");
        return;
    }
    /* A value whose padded size does not fit. */
    memset(&w, 0, sizeof w);
    CHECK_EQ_U(clusctl_vlist_write_begin(&w, NULL, 0, 0), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(clusctl_plist_write_bytes(&w, 0, map, LIMIT - 8), CCTL_ERROR_ARITHMETIC_OVERFLOW);
    CHECK_EQ_U(w.length, 0);
    /* Raw data over 32 bits. */
    memset(&w, 0, sizeof w);
    CHECK_EQ_U(clusctl_vlist_write_begin(&w, NULL, 0, 0), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(clusctl_plist_write_value(&w, CCTL_PROP_SYNTAX_LIST_VALUE_BINARY, map, LIMIT + 1),
               CCTL_ERROR_ARITHMETIC_OVERFLOW);
    CHECK_EQ_U(w.length, 0);
    /* The largest that fits, counted. */
    memset(&w, 0, sizeof w);
    CHECK_EQ_U(clusctl_vlist_write_begin(&w, NULL, 0, 0), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(clusctl_plist_write_bytes(&w, 0, map, LIMIT - 3 - 4 - 8), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(w.length, LIMIT - 3 - 4);
    munmap(map, huge);
#endif
}

/* ---- Arguments: each check of each reading call, one at a time ----------- */

/* A reader of one_dword() that each case changes in one member. */
static void test_reader_members(void)
{
    unsigned char b[32];
    size_t size = one_dword(b);
    int i;
    for (i = 0; i < 10; i++) {
        clusctl_plist_reader r = {0};
        clusctl_prop p = {0};
        clusctl_status want = CCTL_ERROR_INVALID_PARAMETER;
        CHECK_EQ_U(clusctl_plist_open(&r, b, size, 0, NULL), CCTL_ERROR_SUCCESS);
        switch (i) {
        case 0: r.reserved[1] = 1; break;
        case 1: r.reserved_ptr[0] = b; break;
        case 2: r.kind = CCTL_PLIST_KIND_VALUE_LIST; break;
        case 3: r.flags = 0x8; break;
        case 4: r.data = NULL; break;
        case 5: r.end = r.size + 1; break;
        case 6: r.depth = CCTL_PLIST_DEPTH_MAX + 1; break;
        case 7: r.index = r.count; want = CCTL_ERROR_NO_MORE_ITEMS; break;
        case 8: r.next = r.end; want = CCTL_ERROR_NO_MORE_ITEMS; break;
        default:
#if UINTPTR_MAX > 0xFFFFFFFFu
            r.size = (size_t)1 << 32; /* no list is that large */
#else
            r.data = NULL;
#endif
            break;
        }
        CHECK_EQ_U(clusctl_plist_next(&r, &p), want);
        CHECK(p.name == NULL);
    }
    /* The property over the list (its room zero after the list), or NULL. */
    {
        union {
            unsigned char b[32 + sizeof(clusctl_prop)];
            clusctl_prop p;
        } u;
        clusctl_plist_reader r = {0};
        memset(&u, 0, sizeof u);
        (void)one_dword(u.b);
        CHECK_EQ_U(clusctl_plist_open(&r, u.b, size, 0, NULL), CCTL_ERROR_SUCCESS);
        CHECK_EQ_U(clusctl_plist_next(&r, &u.p), CCTL_ERROR_INVALID_PARAMETER);
        CHECK_EQ_U(clusctl_plist_next(&r, NULL), CCTL_ERROR_INVALID_PARAMETER);
    }
}

/* The same for a value list's reader. */
static void test_vlist_reader_members(void)
{
    union {
        unsigned char b[16 + sizeof(clusctl_prop_value)];
        clusctl_prop_value v;
    } u;
    int i;
    memset(&u, 0, sizeof u);
    le32(u.b, 0x00010002u);
    le32(u.b + 4, 4); /* u.b + 12: the ENDMARK */
    for (i = 0; i < 9; i++) {
        clusctl_plist_reader r = {0};
        clusctl_prop_value v = {0};
        clusctl_prop_value *out = &v;
        clusctl_status want = CCTL_ERROR_INVALID_PARAMETER;
        CHECK_EQ_U(clusctl_vlist_open(&r, u.b, 16, 0, NULL), CCTL_ERROR_SUCCESS);
        switch (i) {
        case 0: v.reserved[0] = 1; break;
        case 1: v.reserved_ptr[1] = u.b; break;
        case 2: r.kind = CCTL_PLIST_KIND_PROPERTY_LIST; break;
        case 3: out = NULL; break;
        case 4: out = (clusctl_prop_value *)(void *)&r; break;
        case 5: out = &u.v; break; /* over the list's first byte */
        case 6: r.index = 1; want = CCTL_ERROR_NO_MORE_ITEMS; break;
        case 7: r.next = r.end; want = CCTL_ERROR_NO_MORE_ITEMS; break;
        default: want = CCTL_ERROR_SUCCESS; break;
        }
        CHECK_EQ_U(clusctl_vlist_next(&r, out), want);
    }
    CHECK_EQ_U(clusctl_vlist_next(NULL, NULL), CCTL_ERROR_INVALID_PARAMETER);
}

/* A property's cursor, each member changed. */
static void test_prop_cursor_members(void)
{
    union {
        unsigned char b[32 + sizeof(clusctl_prop_value)];
        clusctl_prop_value v;
    } u;
    unsigned char *b = u.b;
    size_t size;
    int i;
    memset(&u, 0, sizeof u);
    size = one_dword(b);
    for (i = 0; i < 9; i++) {
        clusctl_plist_reader r = {0};
        clusctl_prop p = {0};
        clusctl_prop_value v = {0};
        clusctl_prop_value *out = &v;
        CHECK_EQ_U(clusctl_plist_open(&r, b, size, 0, NULL), CCTL_ERROR_SUCCESS);
        CHECK_EQ_U(clusctl_plist_next(&r, &p), CCTL_ERROR_SUCCESS);
        switch (i) {
        case 0: p.reserved[3] = 1; break;
        case 1: p.reserved_ptr[0] = b; break;
        case 2: v.reserved_ptr[0] = b; break;
        case 3: p.list_ = NULL; break;
        case 4: p.flags_ = 0x10; break;
        case 5: out = &u.v; break; /* over the list */
        case 6:
#if UINTPTR_MAX > 0xFFFFFFFFu
            p.list_size_ = (size_t)1 << 32;
            p.next_ = 16;
#else
            p.list_ = NULL;
#endif
            break;
        case 7: p.next_ = p.list_size_ + 1; break;
        default: out = NULL; break;
        }
        CHECK_EQ_U(clusctl_prop_next_value(&p, out), CCTL_ERROR_INVALID_PARAMETER);
        CHECK_EQ_U(p.read_, 0);
    }
}

/* clusctl_prop_name(): the property and the output, each check. */
static void test_prop_name_arguments(void)
{
    static const unsigned char ok[4] = {'O', 0, 0, 0};
    union {
        unsigned char bytes[16];
        size_t word;
    } out;
    clusctl_prop p;
    size_t needed = 0;
    memset(&p, 0, sizeof p);
    p.name = ok;
    p.name_length = 4;
    CHECK_EQ_U(clusctl_prop_name(&p, NULL, 0, &needed), CCTL_ERROR_MORE_DATA);
    CHECK_EQ_U(needed, 2);
    CHECK_EQ_U(clusctl_prop_name(&p, (char *)out.bytes, 1, &needed), CCTL_ERROR_INSUFFICIENT_BUFFER);
    CHECK_EQ_U(clusctl_prop_name(&p, NULL, 4, &needed), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_prop_name(&p, (char *)out.bytes, sizeof out, &out.word),
               CCTL_ERROR_INVALID_PARAMETER); /* needed inside out */
    CHECK_EQ_U(clusctl_prop_name(&p, (char *)(uintptr_t)ok, 4, NULL), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_prop_name(NULL, (char *)out.bytes, sizeof out, NULL),
               CCTL_ERROR_INVALID_PARAMETER);
    p.reserved_ptr[1] = ok;
    CHECK_EQ_U(clusctl_prop_name(&p, (char *)out.bytes, sizeof out, NULL),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK(!clusctl_prop_name_equal(&p, "O"));
    p.reserved_ptr[1] = NULL;
    p.reserved[0] = 1;
    CHECK_EQ_U(clusctl_prop_name(&p, (char *)out.bytes, sizeof out, NULL),
               CCTL_ERROR_INVALID_PARAMETER);
    p.reserved[0] = 0;
    p.name = NULL; /* with a length */
    CHECK_EQ_U(clusctl_prop_name(&p, (char *)out.bytes, sizeof out, NULL),
               CCTL_ERROR_INVALID_PARAMETER);
    p.name_length = 0; /* no name at all */
    CHECK_EQ_U(clusctl_prop_name(&p, (char *)out.bytes, sizeof out, NULL),
               CCTL_ERROR_INVALID_NAME);
    CHECK(!clusctl_prop_name_equal(&p, ""));
    CHECK(!clusctl_prop_name_equal(NULL, "O"));
    p.name = ok;
    p.name_length = 4;
    CHECK(!clusctl_prop_name_equal(&p, NULL));
    CHECK(clusctl_prop_name_equal(&p, "o"));
}

/* clusctl_plist_find(): each argument check, and a property without a
 * value found without a report. */
static void test_find_arguments(void)
{
    union {
        unsigned char b[32 + sizeof(clusctl_prop_value)];
        clusctl_prop_value v;
        clusctl_plist_error e;
    } u;
    clusctl_prop_value v = {0};
    clusctl_plist_error e = {0};
    unsigned char empty[24];
    size_t size = one_dword(u.b);
    memset(u.b + 32, 0, sizeof u.b - 32);
    CHECK_EQ_U(clusctl_plist_find(u.b, size, 0, NULL, CCTL_PROP_FORMAT_ANY, &v, &e),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_plist_find(u.b, size, 0, "\x80", CCTL_PROP_FORMAT_ANY, &v, &e),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_plist_find(u.b, size, 0, "A", 0x10000u, &v, &e),
               CCTL_ERROR_INVALID_PARAMETER);
    v.reserved[2] = 1;
    CHECK_EQ_U(clusctl_plist_find(u.b, size, 0, "A", CCTL_PROP_FORMAT_ANY, &v, &e),
               CCTL_ERROR_INVALID_PARAMETER);
    v.reserved[2] = 0;
    v.reserved_ptr[1] = &v;
    CHECK_EQ_U(clusctl_plist_find(u.b, size, 0, "A", CCTL_PROP_FORMAT_ANY, &v, &e),
               CCTL_ERROR_INVALID_PARAMETER);
    v.reserved_ptr[1] = NULL;
    {
        /* The value over the name, over the report, over the list. */
        union {
            clusctl_prop_value v;
            char name[sizeof(clusctl_prop_value)];
            clusctl_plist_error e;
        } w;
        memset(&w, 0, sizeof w);
        w.name[0] = 'A';
        CHECK_EQ_U(clusctl_plist_find(u.b, size, 0, w.name, CCTL_PROP_FORMAT_ANY, &w.v, NULL),
                   CCTL_ERROR_INVALID_PARAMETER);
        memset(&w, 0, sizeof w);
        CHECK_EQ_U(clusctl_plist_find(u.b, size, 0, "A", CCTL_PROP_FORMAT_ANY, &w.v, &w.e),
                   CCTL_ERROR_INVALID_PARAMETER);
        CHECK_EQ_U(clusctl_plist_find(u.b, size, 0, "A", CCTL_PROP_FORMAT_ANY,
                                      (clusctl_prop_value *)(void *)(u.b + 24), NULL),
                   CCTL_ERROR_INVALID_PARAMETER);
    }
    CHECK_EQ_U(clusctl_plist_find(u.b, size, 0x20, "A", CCTL_PROP_FORMAT_ANY, &v, NULL),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_plist_find(u.b, size, 0, "a", CCTL_PROP_FORMAT_DWORD, NULL, NULL),
               CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(clusctl_plist_find(u.b, size, 0, "a", CCTL_PROP_FORMAT_DWORD, &v, NULL),
               CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(v.offset, 16);
    /* A property "A" without a value (the default mode reads it). */
    memset(empty, 0, sizeof empty);
    le32(empty, 1);
    le32(empty + 4, 0x00040003u);
    le32(empty + 8, 4);
    empty[12] = 'A'; /* empty + 16: its ENDMARK; + 20: the final one */
    CHECK_EQ_U(clusctl_plist_validate(empty, sizeof empty, 0, NULL), CCTL_ERROR_SUCCESS);
    memset(&v, 0, sizeof v);
    CHECK_EQ_U(clusctl_plist_find(empty, sizeof empty, 0, "A", CCTL_PROP_FORMAT_ANY, &v, NULL),
               CCTL_ERROR_INVALID_DATA);
    CHECK_EQ_U(v.syntax, 0);
    CHECK_EQ_U(clusctl_plist_find(empty, sizeof empty, 0, "A", CCTL_PROP_FORMAT_ANY, &v, &e),
               CCTL_ERROR_INVALID_DATA);
    CHECK_EQ_U(e.rule, CCTL_PLIST_RULE_NO_VALUE);
    CHECK_EQ_U(e.property, 0);
    CHECK_EQ_U(e.offset, 16);
    /* Not there: the report says where the properties end. */
    memset(&e, 0, sizeof e);
    CHECK_EQ_U(clusctl_plist_find(empty, sizeof empty, 0, "B", CCTL_PROP_FORMAT_ANY, NULL, &e),
               CCTL_ERROR_FILE_NOT_FOUND);
    CHECK_EQ_U(e.rule, CCTL_PLIST_RULE_NOT_FOUND);
    CHECK_EQ_U(e.offset, 20);
    CHECK_EQ_U(clusctl_plist_find(empty, sizeof empty, 0, "B", CCTL_PROP_FORMAT_ANY, NULL, NULL),
               CCTL_ERROR_FILE_NOT_FOUND);
}

/* The getters' value and output checks. */
static void test_getter_arguments(void)
{
    static const unsigned char two[8] = {'a', 0, 0, 0, 'b', 0, 0, 0};
    static const unsigned char bin[3] = {1, 2, 3};
    union {
        unsigned char bytes[32];
        size_t words[4];
        const unsigned char *ptr;
    } out;
    clusctl_prop_value v = value_of(CCTL_PROP_SYNTAX_LIST_VALUE_MULTI_SZ, two, 8);
    clusctl_prop_value bad;
    size_t cursor = 0, needed = 0, n = 0;
    const unsigned char *data = NULL;
    int i;
    /* A value that no reader wrote, one member at a time. */
    for (i = 0; i < 6; i++) {
        bad = v;
        switch (i) {
        case 0: bad.reserved[1] = 1; break;
        case 1: bad.reserved_ptr[0] = two; break;
        case 2: bad.data = NULL; break;
        case 3: bad.type = 2; break;
        case 4: bad.format = 3; break;
        default: bad.flags = 0x80; break;
        }
        cursor = 0;
        CHECK_EQ_U(clusctl_value_multi_sz_next(&bad, &cursor, (char *)out.bytes, sizeof out, NULL),
                   CCTL_ERROR_INVALID_PARAMETER);
    }
    CHECK_EQ_U(clusctl_value_multi_sz_next(NULL, &cursor, (char *)out.bytes, sizeof out, NULL),
               CCTL_ERROR_INVALID_PARAMETER);
    bad = value_of(CCTL_PROP_SYNTAX_LIST_VALUE_BINARY, NULL, 0); /* no data, no length */
    CHECK_EQ_U(clusctl_value_bytes(&bad, &data, &n), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(n, 0);
    /* The cursor and the output. */
    cursor = 0;
    CHECK_EQ_U(clusctl_value_multi_sz_next(&v, NULL, (char *)out.bytes, sizeof out, NULL),
               CCTL_ERROR_INVALID_PARAMETER);
    cursor = 1;
    CHECK_EQ_U(clusctl_value_multi_sz_next(&v, &cursor, (char *)out.bytes, sizeof out, NULL),
               CCTL_ERROR_INVALID_PARAMETER);
    cursor = 10;
    CHECK_EQ_U(clusctl_value_multi_sz_next(&v, &cursor, (char *)out.bytes, sizeof out, NULL),
               CCTL_ERROR_INVALID_PARAMETER);
    cursor = 0;
    CHECK_EQ_U(clusctl_value_multi_sz_next(&v, &cursor, NULL, 4, NULL),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_value_multi_sz_next(&v, &out.words[0], (char *)out.bytes, sizeof out, NULL),
               CCTL_ERROR_INVALID_PARAMETER); /* the cursor inside out */
    CHECK_EQ_U(clusctl_value_multi_sz_next(&v, &cursor, NULL, 0, &cursor),
               CCTL_ERROR_INVALID_PARAMETER); /* needed over the cursor */
    CHECK_EQ_U(clusctl_value_multi_sz_next(&v, &cursor, NULL, 0, &needed), CCTL_ERROR_MORE_DATA);
    CHECK_EQ_U(needed, 2);
    CHECK_EQ_U(cursor, 0);
    /* clusctl_value_bytes(). */
    bad = value_of(CCTL_PROP_SYNTAX_LIST_VALUE_BINARY, bin, 3);
    CHECK_EQ_U(clusctl_value_bytes(&bad, NULL, &n), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_value_bytes(&bad, &data, NULL), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_value_bytes(&bad, &out.ptr, &out.words[0]), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_value_bytes(&v, &data, &n), CCTL_ERROR_INVALID_DATA);
    bad = value_of(CCTL_PROP_SYNTAX_LIST_VALUE_SECURITY_DESCRIPTOR, bin, 3);
    CHECK_EQ_U(clusctl_value_bytes(&bad, &data, &n), CCTL_ERROR_SUCCESS);
    CHECK(data == bin && n == 3);
}

/* clusctl_value_plist() and clusctl_value_vlist(): their arguments. */
static void test_nested_arguments(void)
{
    union {
        unsigned char b[4 + sizeof(clusctl_plist_reader)];
        clusctl_plist_reader r;
    } u;
    clusctl_plist_reader r = {0};
    clusctl_plist_error e = {0};
    clusctl_prop_value v, bad;
    int i;
    memset(&u, 0, sizeof u);
    v = value_of(CCTL_PROP_SYNTAX_LIST_VALUE_PROPERTY_LIST, u.b, 4); /* count 0 */
    for (i = 0; i < 7; i++) {
        clusctl_plist_reader *rp = &r;
        clusctl_plist_error *ep = &e;
        memset(&r, 0, sizeof r);
        memset(&e, 0, sizeof e);
        bad = v;
        switch (i) {
        case 0: bad.reserved[0] = 1; break;
        case 1: rp = NULL; break;
        case 2: r.reserved[0] = 1; break;
        case 3: r.reserved_ptr[0] = u.b; break;
        case 4: e.reserved[3] = 1; break;
        case 5: rp = &u.r; break;                             /* over the data */
        default: ep = (clusctl_plist_error *)(void *)&r; break; /* over the reader */
        }
        CHECK_EQ_U(clusctl_value_plist(&bad, rp, ep), CCTL_ERROR_INVALID_PARAMETER);
    }
    /* The wrong format, without and with a report. */
    memset(&r, 0, sizeof r);
    CHECK_EQ_U(clusctl_value_vlist(&v, &r, NULL), CCTL_ERROR_INVALID_DATA);
    memset(&e, 0, sizeof e);
    CHECK_EQ_U(clusctl_value_vlist(&v, &r, &e), CCTL_ERROR_INVALID_DATA);
    CHECK_EQ_U(e.rule, CCTL_PLIST_RULE_FORMAT_MISMATCH);
    /* Too deep, without a report. */
    bad = v;
    bad.depth = CCTL_PLIST_DEPTH_MAX;
    CHECK_EQ_U(clusctl_value_plist(&bad, &r, NULL), CCTL_ERROR_INVALID_DATA);
}

/* The validators' and open's arguments. */
static void test_validate_arguments(void)
{
    unsigned char b[32];
    size_t size = one_dword(b);
    clusctl_plist_error e = {0};
    clusctl_plist_reader r = {0};
    CHECK_EQ_U(clusctl_vlist_validate(b, size, 0x40, NULL), CCTL_ERROR_INVALID_PARAMETER);
    e.reserved[0] = 1;
    CHECK_EQ_U(clusctl_vlist_validate(b, size, 0, &e), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_vlist_open(&r, b, size, 0, &e), CCTL_ERROR_INVALID_PARAMETER);
    e.reserved[0] = 0;
    CHECK_EQ_U(clusctl_vlist_open(&r, b, size, 0, &e), CCTL_ERROR_INVALID_DATA);
    CHECK_EQ_U(clusctl_plist_validate(b, size, 0, &e), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(clusctl_plist_validate(b, size, CCTL_PLIST_STRICT | CCTL_PLIST_FROM_CLIENT, &e),
               CCTL_ERROR_SUCCESS);
#ifdef HAVE_HUGE_MAP
    {
        size_t huge = LIMIT + 1;
        void *map = mmap(NULL, huge, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
        if (map != MAP_FAILED) {
            CHECK_EQ_U(clusctl_plist_validate(map, huge, 0, NULL), CCTL_ERROR_INVALID_PARAMETER);
            CHECK_EQ_U(clusctl_vlist_open(&r, map, huge, 0, NULL), CCTL_ERROR_INVALID_PARAMETER);
            munmap(map, huge);
        }
    }
#endif
}

/* A value list in the strict mode: more than 3 values are fine there (the
 * limit is a property's), and every value of a strict writer's value list. */
static void test_strict_value_lists(void)
{
    unsigned char buf[96];
    clusctl_plist_writer w;
    size_t size = 0;
    int i;
    memset(&w, 0, sizeof w);
    CHECK_EQ_U(clusctl_vlist_write_begin(&w, buf, sizeof buf, CCTL_PLIST_STRICT),
               CCTL_ERROR_SUCCESS);
    for (i = 0; i < 5; i++)
        CHECK_EQ_U(clusctl_plist_write_dword(&w, 0, (uint32_t)i), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(clusctl_plist_write_string(&w, CCTL_PROP_SYNTAX_LIST_VALUE_EXPANDED_SZ, "x"),
               CCTL_ERROR_SUCCESS); /* no EXPAND_SZ needed before it here */
    CHECK_EQ_U(clusctl_plist_write_end(&w, &size), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(size, 5 * 12 + 12 + 4);
    CHECK_EQ_U(clusctl_vlist_validate(buf, size, CCTL_PLIST_STRICT, NULL), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(clusctl_vlist_validate(buf, size, CCTL_PLIST_STRICT | CCTL_PLIST_FROM_CLIENT, NULL),
               CCTL_ERROR_INVALID_DATA);
}

/* The writer's arguments that test_plist does not give. */
static void test_writer_arguments(void)
{
    static const char *const one[] = {"ab"};
    union {
        unsigned char bytes[64];
        size_t word;
        const char *strings[2];
    } buf;
    clusctl_plist_writer w, zero;
    size_t size = 0;
    const char *in_buffer[1];
    memset(&zero, 0, sizeof zero);
    /* A writer never begun. */
    w = zero;
    CHECK_EQ_U(clusctl_plist_write_property(&w, "A"), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_plist_write_end(&w, &size), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(w.status, 0);
    /* write_property in a nested value list. */
    memset(&w, 0, sizeof w);
    clusctl_plist_write_begin(&w, buf.bytes, sizeof buf, 0);
    clusctl_plist_write_property(&w, "A");
    clusctl_plist_write_list_begin(&w, VLIST_SYNTAX);
    CHECK_EQ_U(clusctl_plist_write_property(&w, "B"), CCTL_ERROR_INVALID_PARAMETER);
    /* A string inside the output buffer. */
    memset(&w, 0, sizeof w);
    clusctl_plist_write_begin(&w, buf.bytes, sizeof buf, 0);
    clusctl_plist_write_property(&w, "A");
    buf.bytes[60] = 'x';
    buf.bytes[61] = '\0';
    CHECK_EQ_U(clusctl_plist_write_string(&w, 0, (const char *)buf.bytes + 60),
               CCTL_ERROR_INVALID_PARAMETER);
    /* MULTI_SZ: an array that cannot be, an array or a string inside the
     * buffer, a NULL string. */
    memset(&w, 0, sizeof w);
    clusctl_plist_write_begin(&w, buf.bytes, sizeof buf, 0);
    clusctl_plist_write_property(&w, "A");
    CHECK_EQ_U(clusctl_plist_write_multi_sz(&w, 0, one, (size_t)-1), CCTL_ERROR_INVALID_PARAMETER);
    memset(&w, 0, sizeof w);
    clusctl_plist_write_begin(&w, buf.bytes, sizeof buf, 0);
    clusctl_plist_write_property(&w, "A");
    buf.strings[0] = "ab";
    CHECK_EQ_U(clusctl_plist_write_multi_sz(&w, 0, buf.strings, 1), CCTL_ERROR_INVALID_PARAMETER);
    memset(&w, 0, sizeof w);
    clusctl_plist_write_begin(&w, buf.bytes, sizeof buf, 0);
    clusctl_plist_write_property(&w, "A");
    buf.bytes[60] = 'x';
    buf.bytes[61] = '\0';
    in_buffer[0] = (const char *)buf.bytes + 60;
    CHECK_EQ_U(clusctl_plist_write_multi_sz(&w, 0, in_buffer, 1), CCTL_ERROR_INVALID_PARAMETER);
    memset(&w, 0, sizeof w);
    clusctl_plist_write_begin(&w, buf.bytes, sizeof buf, 0);
    clusctl_plist_write_property(&w, "A");
    in_buffer[0] = NULL;
    CHECK_EQ_U(clusctl_plist_write_multi_sz(&w, 0, in_buffer, 1), CCTL_ERROR_INVALID_PARAMETER);
    /* A size query of a MULTI_SZ, an empty one, and end's size inside the buffer. */
    memset(&w, 0, sizeof w);
    clusctl_plist_write_begin(&w, NULL, 0, 0);
    clusctl_plist_write_property(&w, "A");
    CHECK_EQ_U(clusctl_plist_write_multi_sz(&w, 0, one, 1), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(clusctl_plist_write_multi_sz(&w, 0, NULL, 0), CCTL_ERROR_SUCCESS);
    clusctl_plist_write_property_end(&w);
    CHECK_EQ_U(clusctl_plist_write_end(&w, &size), CCTL_ERROR_MORE_DATA);
    CHECK_EQ_U(size, 4 + 12 + (8 + 8) + (8 + 4) + 4 + 4);
    memset(&w, 0, sizeof w);
    clusctl_plist_write_begin(&w, buf.bytes, sizeof buf, 0);
    CHECK_EQ_U(clusctl_plist_write_end(&w, &buf.word), CCTL_ERROR_INVALID_PARAMETER);
#if UINTPTR_MAX > 0xFFFFFFFFu
    /* A length changed to 4 GiB or more: the list cannot grow. */
    memset(&w, 0, sizeof w);
    clusctl_vlist_write_begin(&w, NULL, 0, 0);
    w.length = (size_t)1 << 32;
    CHECK_EQ_U(clusctl_plist_write_dword(&w, 0, 1), CCTL_ERROR_ARITHMETIC_OVERFLOW);
#endif
}

int main(void)
{
    RUN(test_property_changed_after_next);
    RUN(test_value_list_changed_after_open);
    RUN(test_hand_made_names);
    RUN(test_hand_made_multi_sz);
    RUN(test_nested_report_over_the_data);
    RUN(test_writer_sticky_everywhere);
    RUN(test_writer_refusals);
    RUN(test_writer_past_4_gib);
    RUN(test_writer_huge_value);
    RUN(test_reader_members);
    RUN(test_vlist_reader_members);
    RUN(test_prop_cursor_members);
    RUN(test_prop_name_arguments);
    RUN(test_find_arguments);
    RUN(test_getter_arguments);
    RUN(test_nested_arguments);
    RUN(test_validate_arguments);
    RUN(test_strict_value_lists);
    RUN(test_writer_arguments);
    return harness_finish();
}
