/* Property lists and value lists (clusctl/plist.h): the syntax tables
 * against data/clusprop.csv row by row, the syntax codec, the golden vectors
 * of plist_vectors.h (written by hand), every prefix of every valid vector in
 * a malloc'd block of exactly its size, each malformed buffer with its rule,
 * status and offset in both modes, the getters, find, the writer against the
 * golden bytes, round trips both ways, the arguments, and a seeded mutation
 * sweep. Nothing here depends on the host's byte order.
 *
 * Usage: test_plist PATH/TO/data/clusprop.csv */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "clusctl/clusctl.h"
#include "csv.h"
#include "harness.h"
#include "plist_vectors.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))
#define PATTERN 0xA5u
#define PLIST 0
#define VLIST 1

/* ---- Helpers -------------------------------------------------------------- */

static void *xmalloc(size_t n)
{
    void *p = malloc(n != 0 ? n : 1);
    if (p == NULL) {
        fprintf(stderr, "out of memory\n");
        exit(2);
    }
    return p;
}

/* A malloc'd copy of exactly `size` bytes (a sanitizer catches any read
 * past it). */
static unsigned char *exact_copy(const void *bytes, size_t size)
{
    unsigned char *p = (unsigned char *)xmalloc(size);
    if (size != 0)
        memcpy(p, bytes, size);
    return p;
}

/* Validates an exact copy; *e receives the report. */
static clusctl_status check(const void *bytes, size_t size, int kind, uint32_t flags,
                            clusctl_plist_error *e)
{
    unsigned char *copy = exact_copy(bytes, size);
    clusctl_status st;
    memset(e, 0x5A, sizeof *e);
    memset(e->reserved, 0, sizeof e->reserved);
    st = kind == PLIST ? clusctl_plist_validate(copy, size, flags, e)
                       : clusctl_vlist_validate(copy, size, flags, e);
    free(copy);
    return st;
}

static void le32(unsigned char *p, uint32_t v)
{
    p[0] = (unsigned char)(v & 0xFF);
    p[1] = (unsigned char)((v >> 8) & 0xFF);
    p[2] = (unsigned char)((v >> 16) & 0xFF);
    p[3] = (unsigned char)((v >> 24) & 0xFF);
}

/* ---- The syntax tables against data/clusprop.csv ---------------------------- */

#define MAX_FIELDS 8
#define MAX_LINE 2048

/* One record of the data file, split into at most MAX_FIELDS fields. */
static int read_record(FILE *f, char *buf, size_t size, char **fields)
{
    return csv_read_record(f, buf, size, fields, MAX_FIELDS);
}

static uint32_t number(const char *s)
{
    uint32_t v = 0xDEADDEADu;
    (void)clusctl_parse_u32(s, &v);
    return v;
}

static void lower(char *dst, const char *src)
{
    for (; *src != '\0'; src++)
        *dst++ = (*src >= 'A' && *src <= 'Z') ? (char)(*src - 'A' + 'a') : *src;
    *dst = '\0';
}

static void test_tables_equal_data_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    char buf[MAX_LINE], low[128];
    char *col[MAX_FIELDS];
    size_t types = 0, formats = 0, syntaxes = 0, others = 0, c_types = 0, c_formats = 0,
           c_syntaxes = 0;
    uint32_t v, t, fm;
    int n;

    if (!CHECK(f != NULL)) {
        fprintf(stderr, "    cannot open %s\n", path);
        return;
    }
    n = read_record(f, buf, sizeof buf, col);
    CHECK(n == 6 && strcmp(col[0], "name") == 0 && strcmp(col[1], "kind") == 0);
    while ((n = read_record(f, buf, sizeof buf, col)) > 0) {
        const char *name = col[0], *kind = col[1];
        uint32_t value = number(col[2]), got = 0xDEADDEADu;
        harness_test = name;
        if (n != 6) {
            CHECK_EQ_U(n, 6);
            break;
        }
        if (strcmp(kind, "type") == 0) {
            const char *bare = name + strlen("CLUSPROP_TYPE_");
            /* CLUSPROP_TYPE_UNKNOWN is -1: 0xFFFF in the 16-bit field. */
            uint32_t field = value == 0xFFFFFFFFu ? 0xFFFFu : value;
            types++;
            CHECK(strncmp(name, "CLUSPROP_TYPE_", 14) == 0);
            CHECK_STR(clusctl_prop_type_name(field), bare);
            CHECK_EQ_U(clusctl_prop_type_from_name(name, &got), CCTL_ERROR_SUCCESS);
            CHECK_EQ_U(got, field);
            lower(low, bare);
            got = 0;
            CHECK_EQ_U(clusctl_prop_type_from_name(low, &got), CCTL_ERROR_SUCCESS);
            CHECK_EQ_U(got, field);
        } else if (strcmp(kind, "format") == 0) {
            const char *bare = name + strlen("CLUSPROP_FORMAT_");
            formats++;
            CHECK(strncmp(name, "CLUSPROP_FORMAT_", 16) == 0);
            CHECK_STR(clusctl_prop_format_name(value), bare);
            CHECK_EQ_U(clusctl_prop_format_from_name(name, &got), CCTL_ERROR_SUCCESS);
            CHECK_EQ_U(got, value);
            lower(low, bare);
            got = 0;
            CHECK_EQ_U(clusctl_prop_format_from_name(low, &got), CCTL_ERROR_SUCCESS);
            CHECK_EQ_U(got, value);
        } else if (strcmp(kind, "syntax") == 0) {
            const char *bare = name + strlen("CLUSPROP_SYNTAX_");
            uint32_t want_type = 0, want_format = 0;
            syntaxes++;
            CHECK(strncmp(name, "CLUSPROP_SYNTAX_", 16) == 0);
            CHECK_STR(clusctl_syntax_name(value), bare);
            CHECK_EQ_U(clusctl_syntax_from_name(name, &got), CCTL_ERROR_SUCCESS);
            CHECK_EQ_U(got, value);
            lower(low, name);
            got = 0;
            CHECK_EQ_U(clusctl_syntax_from_name(low, &got), CCTL_ERROR_SUCCESS);
            CHECK_EQ_U(got, value);
            /* Its type and format columns name the parts of its value. */
            CHECK_EQ_U(clusctl_prop_type_from_name(col[3], &want_type), CCTL_ERROR_SUCCESS);
            CHECK_EQ_U(clusctl_prop_format_from_name(col[4], &want_format), CCTL_ERROR_SUCCESS);
            CHECK_EQ_U(clusctl_syntax_decode(value, &t, &fm), CCTL_ERROR_SUCCESS);
            CHECK_EQ_U(t, want_type);
            CHECK_EQ_U(fm, want_format);
            CHECK_EQ_U(CCTL_PROP_SYNTAX_VALUE(want_type, want_format), value);
        } else {
            others++;
        }
    }
    harness_test = "test_tables_equal_data_file";
    CHECK(n == 0);
    fclose(f);
    /* And the C tables hold nothing else. */
    for (v = 0; v <= 0xFFFFu; v++) {
        c_types += clusctl_prop_type_name(v) != NULL;
        c_formats += clusctl_prop_format_name(v) != NULL;
    }
    for (t = 0; t <= 0xFFFFu; t++) {
        if (clusctl_prop_type_name(t) == NULL)
            continue;
        for (fm = 0; fm <= 0xFFFFu; fm++)
            if (clusctl_prop_format_name(fm) != NULL)
                c_syntaxes += clusctl_syntax_name(CCTL_PROP_SYNTAX_VALUE(t, fm)) != NULL;
    }
    CHECK_EQ_U(types, 18);
    CHECK_EQ_U(formats, 16);
    CHECK_EQ_U(syntaxes, 27);
    CHECK_EQ_U(c_types, types);
    CHECK_EQ_U(c_formats, formats);
    CHECK_EQ_U(c_syntaxes, syntaxes);
    CHECK(others > 0); /* resclass, char, ... rows: not syntax tables */
}

static void test_syntax_codec(void)
{
    uint32_t s = 0, t = 0, f = 0, v;
    uint64_t i;
    /* A few named ones, by their constants. */
    CHECK_EQ_U(CCTL_PROP_SYNTAX_NAME, 0x00040003u);
    CHECK_EQ_U(CCTL_PROP_SYNTAX_LIST_VALUE_DWORD, 0x00010002u);
    CHECK_EQ_U(CCTL_PROP_SYNTAX_DISK_SIZE, 0x000C0006u);
    CHECK_EQ_U(CCTL_PROP_SYNTAX_STORAGE_DEVICE_ID_DESCRIPTOR, 0x000F0001u);
    CHECK_EQ_U(CCTL_PROP_SYNTAX_ENDMARK, 0);
    CHECK_EQ_U(CCTL_PROP_SYNTAX_VALUE(0x8000, 0x8000), 0x80008000u);
    CHECK_EQ_U(clusctl_syntax_encode(CCTL_PROP_TYPE_LIST_VALUE, CCTL_PROP_FORMAT_FILETIME, &s),
               CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(s, 0x0001000Cu);
    CHECK_EQ_U(clusctl_syntax_encode(0xFFFF, 0xFFFF, &s), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(s, 0xFFFFFFFFu);
    s = 7;
    CHECK_EQ_U(clusctl_syntax_encode(0x10000, 0, &s), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_syntax_encode(0, 0x10000, &s), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_syntax_encode(1, 2, NULL), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(s, 7);
    CHECK_EQ_U(clusctl_syntax_decode(1, NULL, &f), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_syntax_decode(1, &t, NULL), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_syntax_decode(1, &t, &t), CCTL_ERROR_INVALID_PARAMETER);
    /* Total: a sweep over the 32-bit values (every 65521st, and every value
     * around each 16-bit boundary) decodes and encodes back. */
    for (i = 0; i <= 0xFFFFFFFFu; i += 65521u) {
        v = (uint32_t)i;
        if (clusctl_syntax_decode(v, &t, &f) != CCTL_ERROR_SUCCESS) {
            CHECK(0);
            break;
        }
        CHECK(t <= 0xFFFF && f <= 0xFFFF);
        CHECK_EQ_U(clusctl_syntax_encode(t, f, &s), CCTL_ERROR_SUCCESS);
        CHECK_EQ_U(s, v);
    }
    for (i = 0; i < 0x10000u; i++) {
        uint32_t edges[4];
        size_t k;
        edges[0] = (uint32_t)i;
        edges[1] = (uint32_t)(i << 16);
        edges[2] = (uint32_t)((i << 16) | 0xFFFFu);
        edges[3] = (uint32_t)(0xFFFF0000u | i);
        for (k = 0; k < 4; k++) {
            clusctl_syntax_decode(edges[k], &t, &f);
            clusctl_syntax_encode(t, f, &s);
            if (s != edges[k]) {
                CHECK_EQ_U(s, edges[k]);
                return;
            }
        }
    }
    /* Names both ways; unknown values and names. */
    CHECK_STR(clusctl_syntax_name(0x00010002u), "LIST_VALUE_DWORD");
    CHECK(clusctl_syntax_name(0x0001000Du) == NULL); /* LIST_VALUE | VALUE_LIST: not named */
    CHECK(clusctl_syntax_name(0x80008000u) == NULL);
    CHECK_STR(clusctl_prop_type_name(0xFFFF), "UNKNOWN");
    CHECK(clusctl_prop_type_name(0x8001) == NULL);
    CHECK(clusctl_prop_type_name(0xFFFFFFFFu) == NULL);
    CHECK(clusctl_prop_format_name(15) == NULL);
    CHECK_EQ_U(clusctl_syntax_from_name("clusprop_syntax_name", &s), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(s, 0x00040003u);
    CHECK_EQ_U(clusctl_syntax_from_name("Disk_Guid", &s), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(s, 0x000B0003u);
    CHECK_EQ_U(clusctl_syntax_from_name("CLUSPROP_SYNTAX_", &s), CCTL_ERROR_NOT_FOUND);
    CHECK_EQ_U(clusctl_syntax_from_name("", &s), CCTL_ERROR_NOT_FOUND);
    CHECK_EQ_U(clusctl_syntax_from_name("NAMEX", &s), CCTL_ERROR_NOT_FOUND);
    CHECK_EQ_U(clusctl_prop_format_from_name("CLUSPROP_TYPE_DWORD", &s), CCTL_ERROR_NOT_FOUND);
    CHECK_EQ_U(clusctl_prop_type_from_name(NULL, &s), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_prop_format_from_name("DWORD", NULL), CCTL_ERROR_INVALID_PARAMETER);
}

static void test_rule_names(void)
{
    uint32_t r, q;
    for (r = 0; r <= CCTL_PLIST_RULE_FORMAT_MISMATCH; r++) {
        CHECK(clusctl_plist_rule_name(r) != NULL);
        CHECK(clusctl_plist_rule_description(r) != NULL);
        for (q = 0; q < r; q++)
            CHECK(strcmp(clusctl_plist_rule_name(q), clusctl_plist_rule_name(r)) != 0);
    }
    CHECK(clusctl_plist_rule_name(r) == NULL);
    CHECK(clusctl_plist_rule_description(0xFFFFFFFFu) == NULL);
    CHECK_STR(clusctl_plist_rule_name(CCTL_PLIST_RULE_LENGTH_PAST_END), "LENGTH_PAST_END");
    CHECK_EQ_U(CCTL_PLIST_RULE_NOT_FOUND, 28);
    CHECK_STR(clusctl_status_name(CCTL_ERROR_FILE_NOT_FOUND), "ERROR_FILE_NOT_FOUND");
    CHECK_STR(clusctl_status_name(CCTL_ERROR_NO_MORE_ITEMS), "ERROR_NO_MORE_ITEMS");
    CHECK_EQ_U(CCTL_ERROR_FILE_NOT_FOUND, 2);
    CHECK_EQ_U(CCTL_ERROR_NO_MORE_ITEMS, 259);
}

/* ---- The valid vectors ------------------------------------------------------ */

struct vector {
    const char *name;
    const unsigned char *bytes;
    size_t size;
    int kind;
    /* Ends with a property list's final ENDMARK: the prefix without it is
     * MS-CMRP's form of the same list, valid too. */
    int final_endmark;
    clusctl_status strict;     /* its status in the strict mode */
    uint32_t strict_rule;
    size_t strict_offset;
    /* The reader->writer copy gives the same bytes (its form is canonical). */
    int canonical;
};

#define VEC(v, kind, final, canon) {#v, v, sizeof v, kind, final, 0, 0, 0, canon}
#define LENIENT(v, rule, offset)                                               \
    {#v, v, sizeof v, PLIST, 0, CCTL_ERROR_INVALID_DATA, CCTL_PLIST_RULE_##rule, offset, 0}

static const struct vector vectors[] = {
    VEC(vec_one_dword, PLIST, 0, 1),
    VEC(vec_one_dword_final, PLIST, 1, 1),
    VEC(vec_vm_ro, PLIST, 1, 1),
    VEC(vec_vm_ro_failed, PLIST, 0, 1),
    VEC(vec_every_format, PLIST, 1, 1),
    VEC(vec_two_values, PLIST, 1, 1),
    VEC(vec_expand_pair, PLIST, 1, 1),
    VEC(vec_multi_sz, PLIST, 0, 1),
    VEC(vec_nested, PLIST, 1, 1),
    {"vec_nested_vlist", vec_nested_vlist, sizeof vec_nested_vlist, PLIST, 1,
     CCTL_ERROR_INVALID_DATA, CCTL_PLIST_RULE_UNKNOWN_SYNTAX, 20, 1},
    VEC(vec_storage, VLIST, 0, 1),
    VEC(vec_two_disks, VLIST, 0, 1),
    VEC(vec_dependencies, VLIST, 0, 1),
    VEC(vec_empty_plist, PLIST, 1, 1),
    VEC(vec_empty_plist_bare, PLIST, 0, 1),
    VEC(vec_empty_vlist, VLIST, 0, 1),
    VEC(vec_multi_two_nuls, PLIST, 0, 0),
    LENIENT(vec_lenient_sz_empty, STRING_NOT_TERMINATED, 20),
    LENIENT(vec_lenient_sz_nuls, STRING_EMBEDDED_NUL, 26),
    LENIENT(vec_lenient_multi_short, MULTI_SZ_NO_FINAL_NUL, 26),
    LENIENT(vec_lenient_multi_empty, MULTI_SZ_NO_FINAL_NUL, 20),
    LENIENT(vec_lenient_padding, PADDING_NOT_ZERO, 25),
    LENIENT(vec_lenient_format, UNKNOWN_SYNTAX, 16),
    LENIENT(vec_lenient_user, UNKNOWN_SYNTAX, 16),
    LENIENT(vec_lenient_no_value, NO_VALUE, 16),
    LENIENT(vec_lenient_four, TOO_MANY_VALUES, 52),
    LENIENT(vec_lenient_expanded, EXPANDED_SZ_ALONE, 16),
};

static int documented_status(clusctl_status st)
{
    return st == CCTL_ERROR_INVALID_DATA || st == CCTL_ERROR_INVALID_NAME ||
           st == CCTL_ERROR_BAD_LENGTH || st == CCTL_ERROR_NO_UNICODE_TRANSLATION;
}

/* The report of a refusal agrees with itself: the rule's status, an offset
 * within the buffer, the value before it. */
static void check_report(clusctl_status st, const clusctl_plist_error *e, size_t size)
{
    size_t i;
    CHECK_EQ_U(e->status, st);
    CHECK(documented_status(st));
    CHECK(e->rule != CCTL_PLIST_RULE_NONE && clusctl_plist_rule_name(e->rule) != NULL);
    CHECK(e->offset <= size);
    CHECK(e->value_offset == CCTL_PLIST_NO_OFFSET || e->value_offset <= e->offset);
    CHECK(e->depth <= CCTL_PLIST_DEPTH_MAX);
    for (i = 0; i < COUNT(e->reserved); i++)
        CHECK_EQ_U(e->reserved[i], 0);
}

static void test_vectors_validate(void)
{
    size_t i, n;
    for (i = 0; i < COUNT(vectors); i++) {
        const struct vector *v = &vectors[i];
        clusctl_plist_error e;
        clusctl_status st;
        harness_test = v->name;
        st = check(v->bytes, v->size, v->kind, 0, &e);
        CHECK_EQ_U(st, CCTL_ERROR_SUCCESS);
        CHECK_EQ_U(e.status, 0);
        CHECK_EQ_U(e.rule, CCTL_PLIST_RULE_NONE);
        CHECK_EQ_U(e.offset, 0);
        CHECK(e.value_offset == CCTL_PLIST_NO_OFFSET);
        CHECK_EQ_U(e.property, CCTL_PLIST_NO_INDEX);
        st = check(v->bytes, v->size, v->kind, CCTL_PLIST_STRICT, &e);
        CHECK_EQ_U(st, v->strict);
        CHECK_EQ_U(e.rule, v->strict_rule);
        if (v->strict != CCTL_ERROR_SUCCESS) {
            CHECK_EQ_U(e.offset, v->strict_offset);
            check_report(st, &e, v->size);
        }
        /* NULL report. */
        CHECK_EQ_U(v->kind == PLIST ? clusctl_plist_validate(v->bytes, v->size, 0, NULL)
                                    : clusctl_vlist_validate(v->bytes, v->size, 0, NULL),
                   CCTL_ERROR_SUCCESS);
        /* Every prefix is refused with a documented status and a
         * consistent report, each in a block of exactly its size; only the
         * one without the final ENDMARK is a valid list. */
        for (n = 0; n < v->size; n++) {
            st = check(v->bytes, n, v->kind, 0, &e);
            if (v->final_endmark && n == v->size - 4) {
                CHECK_EQ_U(st, CCTL_ERROR_SUCCESS);
                continue;
            }
            if (st == CCTL_ERROR_SUCCESS) {
                CHECK(st != CCTL_ERROR_SUCCESS);
                fprintf(stderr, "    prefix of %lu bytes accepted\n", (unsigned long)n);
                break;
            }
            check_report(st, &e, n);
            st = check(v->bytes, n, v->kind, CCTL_PLIST_STRICT, &e);
            CHECK(st != CCTL_ERROR_SUCCESS);
            check_report(st, &e, n);
        }
        /* The vector in a larger buffer: trailing bytes. */
        {
            unsigned char *big = (unsigned char *)xmalloc(v->size + 4);
            memcpy(big, v->bytes, v->size);
            le32(big + v->size, 0x12345678u);
            st = v->kind == PLIST ? clusctl_plist_validate(big, v->size + 4, 0, &e)
                                  : clusctl_vlist_validate(big, v->size + 4, 0, &e);
            CHECK_EQ_U(st, CCTL_ERROR_INVALID_DATA);
            CHECK_EQ_U(e.rule, CCTL_PLIST_RULE_TRAILING_BYTES);
            free(big);
        }
    }
    harness_test = "test_vectors_validate";
}

/* ---- Reading the vectors ------------------------------------------------------ */

/* Opens an exact copy of a vector (freed by the caller through *copy). */
static clusctl_status open_copy(const unsigned char *bytes, size_t size, int kind,
                                uint32_t flags, clusctl_plist_reader *r, unsigned char **copy)
{
    clusctl_plist_reader zero = {0};
    *r = zero;
    *copy = exact_copy(bytes, size);
    return kind == PLIST ? clusctl_plist_open(r, *copy, size, flags, NULL)
                         : clusctl_vlist_open(r, *copy, size, flags, NULL);
}

static void expect_name(const clusctl_prop *p, const char *want)
{
    char out[128];
    size_t needed = 0;
    CHECK_EQ_U(clusctl_prop_name(p, out, sizeof out, &needed), CCTL_ERROR_SUCCESS);
    CHECK_STR(out, want);
    CHECK_EQ_U(needed, strlen(want) + 1);
    CHECK(clusctl_prop_name_equal(p, want));
}

static void expect_string(const clusctl_prop_value *v, const char *want)
{
    char out[128];
    size_t needed = 0;
    CHECK_EQ_U(clusctl_value_string(v, out, sizeof out, &needed), CCTL_ERROR_SUCCESS);
    CHECK_STR(out, want);
    CHECK_EQ_U(needed, strlen(want) + 1);
}

/* The next property and its first value. */
static void next_first(clusctl_plist_reader *r, clusctl_prop *p, clusctl_prop_value *v)
{
    CHECK_EQ_U(clusctl_plist_next(r, p), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(clusctl_prop_next_value(p, v), CCTL_ERROR_SUCCESS);
}

static void test_read_vm(void)
{
    clusctl_plist_reader r;
    clusctl_prop p = {0};
    clusctl_prop_value v = {0};
    unsigned char *copy;
    uint32_t d = 0;
    static const char *const names[] = {"VmState", "MigrationProgress",
                                        "MigrationFailureReason"};
    static const uint32_t values[] = {2, 42, 0};
    static const size_t offsets[] = {4, 44, 104};
    size_t i;

    CHECK_EQ_U(open_copy(vec_vm_ro, sizeof vec_vm_ro, PLIST, CCTL_PLIST_STRICT, &r, &copy),
               CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(r.count, 3);
    CHECK_EQ_U(r.final_endmark, 1);
    CHECK_EQ_U(r.kind, CCTL_PLIST_KIND_PROPERTY_LIST);
    CHECK_EQ_U(r.end, 176);
    for (i = 0; i < 3; i++) {
        next_first(&r, &p, &v);
        expect_name(&p, names[i]);
        CHECK_EQ_U(p.index, i);
        CHECK_EQ_U(p.value_count, 1);
        CHECK_EQ_U(p.offset, offsets[i]);
        CHECK_EQ_U(v.syntax, CCTL_PROP_SYNTAX_LIST_VALUE_DWORD);
        CHECK_EQ_U(v.type, CCTL_PROP_TYPE_LIST_VALUE);
        CHECK_EQ_U(v.format, CCTL_PROP_FORMAT_DWORD);
        CHECK_EQ_U(v.length, 4);
        CHECK(v.data == copy + v.offset + 8); /* zero-copy */
        CHECK_EQ_U(clusctl_value_dword(&v, &d), CCTL_ERROR_SUCCESS);
        CHECK_EQ_U(d, values[i]);
        CHECK_EQ_U(clusctl_prop_next_value(&p, &v), CCTL_ERROR_NO_MORE_ITEMS);
    }
    CHECK_EQ_U(clusctl_plist_next(&r, &p), CCTL_ERROR_NO_MORE_ITEMS);
    CHECK_EQ_U(clusctl_plist_next(&r, &p), CCTL_ERROR_NO_MORE_ITEMS);
    /* Find, as ResUtilFindDwordProperty. */
    CHECK_EQ_U(clusctl_plist_find_dword(copy, sizeof vec_vm_ro, "MigrationProgress", &d),
               CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(d, 42);
    CHECK_EQ_U(clusctl_plist_find_dword(copy, sizeof vec_vm_ro, "vmstate", &d),
               CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(d, 2);
    free(copy);

    copy = exact_copy(vec_vm_ro_failed, sizeof vec_vm_ro_failed);
    CHECK_EQ_U(clusctl_plist_find_dword(copy, sizeof vec_vm_ro_failed,
                                        "MIGRATIONFAILUREREASON", &d),
               CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(d, 0x800700AAu);
    free(copy);
}

static void test_read_every_format(void)
{
    clusctl_plist_reader r;
    clusctl_prop p = {0};
    clusctl_prop_value v = {0};
    unsigned char *copy;
    const unsigned char *bytes = NULL;
    size_t size = 0, cursor = 0;
    uint32_t d = 0;
    int32_t l = 0;
    int64_t ll = 0;
    uint64_t u = 0;
    uint16_t w = 0;
    char out[16];

    CHECK_EQ_U(open_copy(vec_every_format, sizeof vec_every_format, PLIST, CCTL_PLIST_STRICT,
                         &r, &copy),
               CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(r.count, 11);
    next_first(&r, &p, &v); /* B */
    expect_name(&p, "B");
    CHECK_EQ_U(clusctl_value_bytes(&v, &bytes, &size), CCTL_ERROR_SUCCESS);
    CHECK(size == 3 && bytes == copy + 24 && bytes[0] == 1 && bytes[2] == 3);
    CHECK_EQ_U(clusctl_value_dword(&v, &d), CCTL_ERROR_INVALID_DATA);
    next_first(&r, &p, &v); /* D */
    CHECK_EQ_U(clusctl_value_dword(&v, &d), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(d, 0xDEADBEEFu);
    CHECK_EQ_U(clusctl_value_long(&v, &l), CCTL_ERROR_INVALID_DATA); /* formats are exact */
    CHECK_EQ_U(clusctl_value_string(&v, out, sizeof out, NULL), CCTL_ERROR_INVALID_DATA);
    next_first(&r, &p, &v); /* S */
    expect_string(&v, "h\xC3\xA9");
    next_first(&r, &p, &v); /* E */
    CHECK_EQ_U(p.value_count, 2);
    CHECK_EQ_U(v.format, CCTL_PROP_FORMAT_EXPAND_SZ);
    expect_string(&v, "%W%");
    CHECK_EQ_U(clusctl_prop_next_value(&p, &v), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(v.format, CCTL_PROP_FORMAT_EXPANDED_SZ);
    expect_string(&v, "C:");
    next_first(&r, &p, &v); /* M */
    CHECK_EQ_U(clusctl_value_multi_sz_next(&v, &cursor, out, sizeof out, NULL),
               CCTL_ERROR_SUCCESS);
    CHECK_STR(out, "a");
    CHECK_EQ_U(clusctl_value_multi_sz_next(&v, &cursor, out, sizeof out, NULL),
               CCTL_ERROR_SUCCESS);
    CHECK_STR(out, "bc");
    CHECK_EQ_U(clusctl_value_multi_sz_next(&v, &cursor, out, sizeof out, NULL),
               CCTL_ERROR_NO_MORE_ITEMS);
    CHECK_EQ_U(cursor, 10);
    CHECK_EQ_U(clusctl_value_string(&v, out, sizeof out, NULL), CCTL_ERROR_INVALID_DATA);
    next_first(&r, &p, &v); /* U: data at 196, 4 but not 8 aligned */
    CHECK_EQ_U(v.offset + 8, 196);
    CHECK_EQ_U((v.offset + 8) % 8, 4);
    CHECK_EQ_U(clusctl_value_ularge_integer(&v, &u), CCTL_ERROR_SUCCESS);
    CHECK(u == UINT64_C(0x0123456789ABCDEF));
    CHECK_EQ_U(clusctl_value_large_integer(&v, &ll), CCTL_ERROR_INVALID_DATA);
    next_first(&r, &p, &v); /* L */
    CHECK_EQ_U(clusctl_value_long(&v, &l), CCTL_ERROR_SUCCESS);
    CHECK(l == -2);
    next_first(&r, &p, &v); /* X */
    CHECK_EQ_U(v.format, CCTL_PROP_FORMAT_SECURITY_DESCRIPTOR);
    CHECK_EQ_U(clusctl_value_bytes(&v, &bytes, &size), CCTL_ERROR_SUCCESS);
    CHECK(size == 20 && bytes[0] == 1 && bytes[3] == 0x80);
    next_first(&r, &p, &v); /* I: data at 300 */
    CHECK_EQ_U((v.offset + 8) % 8, 4);
    CHECK_EQ_U(clusctl_value_large_integer(&v, &ll), CCTL_ERROR_SUCCESS);
    CHECK(ll == -1);
    next_first(&r, &p, &v); /* F: data at 332 */
    CHECK_EQ_U(v.offset + 8, 332);
    CHECK_EQ_U(clusctl_value_filetime(&v, &u), CCTL_ERROR_SUCCESS);
    CHECK(u == UINT64_C(0x01DA1B2C3D4E5F60));
    CHECK_EQ_U(clusctl_value_ularge_integer(&v, &u), CCTL_ERROR_INVALID_DATA);
    next_first(&r, &p, &v); /* W */
    CHECK_EQ_U(clusctl_value_word(&v, &w), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(w, 0xBEEF);
    CHECK_EQ_U(clusctl_value_dword(&v, &d), CCTL_ERROR_INVALID_DATA);
    CHECK_EQ_U(clusctl_plist_next(&r, &p), CCTL_ERROR_NO_MORE_ITEMS);
    free(copy);
}

/* Every string of a MULTI_SZ value, joined with '|'. */
static void multi_join(const clusctl_prop_value *v, char *joined, size_t room)
{
    size_t cursor = 0, len = 0, needed = 0;
    char out[64];
    clusctl_status st;
    joined[0] = '\0';
    while ((st = clusctl_value_multi_sz_next(v, &cursor, out, sizeof out, &needed)) ==
           CCTL_ERROR_SUCCESS) {
        CHECK_EQ_U(needed, strlen(out) + 1);
        if (len + needed + 1 > room)
            break;
        if (len != 0)
            joined[len++] = '|';
        memcpy(joined + len, out, needed);
        len += needed - 1;
    }
    CHECK_EQ_U(st, CCTL_ERROR_NO_MORE_ITEMS);
}

static void test_read_multi_sz(void)
{
    clusctl_plist_reader r;
    clusctl_prop p = {0};
    clusctl_prop_value v = {0};
    unsigned char *copy;
    char joined[128], small[4];
    size_t cursor, needed;

    CHECK_EQ_U(open_copy(vec_multi_sz, sizeof vec_multi_sz, PLIST, CCTL_PLIST_STRICT, &r, &copy),
               CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(r.final_endmark, 0);
    next_first(&r, &p, &v);
    multi_join(&v, joined, sizeof joined);
    CHECK_STR(joined, "ab");
    next_first(&r, &p, &v);
    multi_join(&v, joined, sizeof joined);
    CHECK_STR(joined, "a|bc|def");
    next_first(&r, &p, &v);
    multi_join(&v, joined, sizeof joined);
    CHECK_STR(joined, "\xF0\x9F\x98\x80x|\xC3\xA9"); /* U+1F600 "x", "é" */
    /* The size query and a short buffer leave the cursor where it is. */
    cursor = 0;
    needed = 0;
    CHECK_EQ_U(clusctl_value_multi_sz_next(&v, &cursor, NULL, 0, &needed), CCTL_ERROR_MORE_DATA);
    CHECK_EQ_U(needed, 6);
    CHECK_EQ_U(cursor, 0);
    memset(small, PATTERN, sizeof small);
    CHECK_EQ_U(clusctl_value_multi_sz_next(&v, &cursor, small, sizeof small, &needed),
               CCTL_ERROR_INSUFFICIENT_BUFFER);
    CHECK(cursor == 0 && (unsigned char)small[0] == PATTERN && (unsigned char)small[3] == PATTERN);
    cursor = 1;
    CHECK_EQ_U(clusctl_value_multi_sz_next(&v, &cursor, small, sizeof small, &needed),
               CCTL_ERROR_INVALID_PARAMETER);
    cursor = 16;
    CHECK_EQ_U(clusctl_value_multi_sz_next(&v, &cursor, small, sizeof small, &needed),
               CCTL_ERROR_INVALID_PARAMETER);
    next_first(&r, &p, &v); /* None */
    CHECK_EQ_U(v.length, 2);
    multi_join(&v, joined, sizeof joined);
    CHECK_STR(joined, "");
    free(copy);

    /* The lenient forms: empty as two NULs, as cbLength 0 (default only),
     * and a last string without the one more NUL (default only). */
    CHECK_EQ_U(open_copy(vec_multi_two_nuls, sizeof vec_multi_two_nuls, PLIST, CCTL_PLIST_STRICT,
                         &r, &copy),
               CCTL_ERROR_SUCCESS);
    next_first(&r, &p, &v);
    multi_join(&v, joined, sizeof joined);
    CHECK_STR(joined, "");
    free(copy);
    CHECK_EQ_U(open_copy(vec_lenient_multi_empty, sizeof vec_lenient_multi_empty, PLIST, 0, &r,
                         &copy),
               CCTL_ERROR_SUCCESS);
    next_first(&r, &p, &v);
    multi_join(&v, joined, sizeof joined);
    CHECK_STR(joined, "");
    v.flags = CCTL_PLIST_STRICT; /* a getter applies the value's mode */
    cursor = 0;
    CHECK_EQ_U(clusctl_value_multi_sz_next(&v, &cursor, joined, sizeof joined, NULL),
               CCTL_ERROR_INVALID_DATA);
    free(copy);
    CHECK_EQ_U(open_copy(vec_lenient_multi_short, sizeof vec_lenient_multi_short, PLIST, 0, &r,
                         &copy),
               CCTL_ERROR_SUCCESS);
    next_first(&r, &p, &v);
    multi_join(&v, joined, sizeof joined);
    CHECK_STR(joined, "a");
    v.flags = CCTL_PLIST_STRICT;
    cursor = 0;
    CHECK_EQ_U(clusctl_value_multi_sz_next(&v, &cursor, joined, sizeof joined, NULL),
               CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(clusctl_value_multi_sz_next(&v, &cursor, joined, sizeof joined, NULL),
               CCTL_ERROR_INVALID_DATA);
    free(copy);
}

static void test_read_lenient_strings(void)
{
    clusctl_plist_reader r;
    clusctl_prop p = {0};
    clusctl_prop_value v = {0};
    unsigned char *copy;
    char out[8];
    size_t needed = 0;

    CHECK_EQ_U(open_copy(vec_lenient_sz_empty, sizeof vec_lenient_sz_empty, PLIST, 0, &r, &copy),
               CCTL_ERROR_SUCCESS);
    next_first(&r, &p, &v);
    expect_string(&v, "");
    v.flags = CCTL_PLIST_STRICT;
    CHECK_EQ_U(clusctl_value_string(&v, out, sizeof out, &needed), CCTL_ERROR_INVALID_DATA);
    free(copy);
    CHECK_EQ_U(open_copy(vec_lenient_sz_nuls, sizeof vec_lenient_sz_nuls, PLIST, 0, &r, &copy),
               CCTL_ERROR_SUCCESS);
    next_first(&r, &p, &v);
    expect_string(&v, "a");
    free(copy);
    CHECK_EQ_U(open_copy(vec_lenient_no_value, sizeof vec_lenient_no_value, PLIST, 0, &r, &copy),
               CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(clusctl_plist_next(&r, &p), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(p.value_count, 0);
    CHECK_EQ_U(clusctl_prop_next_value(&p, &v), CCTL_ERROR_NO_MORE_ITEMS);
    free(copy);
}

static void test_read_nested(void)
{
    clusctl_plist_reader r, inner;
    clusctl_prop p = {0}, q = {0};
    clusctl_prop_value v = {0}, w = {0};
    clusctl_plist_error e = {0};
    unsigned char *copy;
    uint32_t d = 0;

    CHECK_EQ_U(open_copy(vec_nested, sizeof vec_nested, PLIST, CCTL_PLIST_STRICT, &r, &copy),
               CCTL_ERROR_SUCCESS);
    next_first(&r, &p, &v);
    expect_name(&p, "Inner");
    CHECK_EQ_U(v.syntax, CCTL_PROP_SYNTAX_LIST_VALUE_PROPERTY_LIST);
    CHECK_EQ_U(v.length, 36);
    memset(&inner, 0, sizeof inner);
    CHECK_EQ_U(clusctl_value_vlist(&v, &inner, &e), CCTL_ERROR_INVALID_DATA);
    CHECK_EQ_U(e.rule, CCTL_PLIST_RULE_FORMAT_MISMATCH);
    CHECK_EQ_U(e.offset, 24);
    CHECK_EQ_U(clusctl_value_plist(&v, &inner, &e), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(inner.depth, 1);
    CHECK_EQ_U(inner.origin, 32);
    CHECK_EQ_U(inner.final_endmark, 1);
    CHECK_EQ_U(inner.flags, CCTL_PLIST_STRICT);
    next_first(&inner, &q, &w);
    expect_name(&q, "N");
    CHECK_EQ_U(q.depth, 1);
    CHECK_EQ_U(q.offset, 36); /* offsets count from the outermost buffer */
    CHECK_EQ_U(w.offset, 48);
    CHECK_EQ_U(w.depth, 1);
    CHECK_EQ_U(clusctl_value_dword(&w, &d), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(d, 7);
    CHECK_EQ_U(clusctl_plist_next(&inner, &q), CCTL_ERROR_NO_MORE_ITEMS);
    CHECK_EQ_U(clusctl_plist_next(&r, &p), CCTL_ERROR_NO_MORE_ITEMS);
    /* A value at the deepest level holds no list. */
    v.depth = CCTL_PLIST_DEPTH_MAX;
    memset(&inner, 0, sizeof inner);
    CHECK_EQ_U(clusctl_value_plist(&v, &inner, &e), CCTL_ERROR_INVALID_DATA);
    CHECK_EQ_U(e.rule, CCTL_PLIST_RULE_NESTING_TOO_DEEP);
    v.depth = CCTL_PLIST_DEPTH_MAX - 1;
    CHECK_EQ_U(clusctl_value_plist(&v, &inner, &e), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(inner.depth, CCTL_PLIST_DEPTH_MAX);
    free(copy);

    CHECK_EQ_U(open_copy(vec_nested_vlist, sizeof vec_nested_vlist, PLIST, 0, &r, &copy),
               CCTL_ERROR_SUCCESS);
    next_first(&r, &p, &v);
    memset(&inner, 0, sizeof inner);
    CHECK_EQ_U(clusctl_value_vlist(&v, &inner, NULL), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(inner.kind, CCTL_PLIST_KIND_VALUE_LIST);
    CHECK_EQ_U(inner.count, 1);
    CHECK_EQ_U(clusctl_vlist_next(&inner, &w), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(clusctl_value_dword(&w, &d), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(d, 5);
    CHECK_EQ_U(clusctl_vlist_next(&inner, &w), CCTL_ERROR_NO_MORE_ITEMS);
    CHECK_EQ_U(clusctl_plist_next(&inner, &q), CCTL_ERROR_INVALID_PARAMETER); /* wrong kind */
    free(copy);
}

static void test_read_storage(void)
{
    clusctl_plist_reader r;
    clusctl_prop p = {0};
    clusctl_prop_value v = {0};
    unsigned char *copy;
    uint32_t d = 0;
    uint64_t u = 0;
    const unsigned char *bytes;
    size_t size;
    static const uint32_t syntaxes[] = {
        CCTL_PROP_SYNTAX_DISK_SIGNATURE, CCTL_PROP_SYNTAX_SCSI_ADDRESS,
        CCTL_PROP_SYNTAX_DISK_NUMBER,    CCTL_PROP_SYNTAX_DISK_SIZE,
        CCTL_PROP_SYNTAX_DISK_SERIALNUMBER, CCTL_PROP_SYNTAX_PARTITION_INFO_EX};
    size_t i;

    CHECK_EQ_U(open_copy(vec_storage, sizeof vec_storage, VLIST, CCTL_PLIST_STRICT, &r, &copy),
               CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(r.count, 6);
    for (i = 0; i < COUNT(syntaxes); i++) {
        CHECK_EQ_U(clusctl_vlist_next(&r, &v), CCTL_ERROR_SUCCESS);
        CHECK_EQ_U(v.syntax, syntaxes[i]);
        CHECK_EQ_U(v.depth, 0);
        switch (i) {
        case 0:
            CHECK_EQ_U(clusctl_value_dword(&v, &d), CCTL_ERROR_SUCCESS);
            CHECK_EQ_U(d, 0x12345678u);
            break;
        case 1: /* PortNumber 0, PathId 1, TargetId 2, Lun 3 */
            CHECK_EQ_U(clusctl_value_dword(&v, &d), CCTL_ERROR_SUCCESS);
            CHECK_EQ_U(d, 0x03020100u);
            break;
        case 2:
            CHECK_EQ_U(clusctl_value_dword(&v, &d), CCTL_ERROR_SUCCESS);
            CHECK_EQ_U(d, 1);
            break;
        case 3:
            CHECK_EQ_U((v.offset + 8) % 8, 4);
            CHECK_EQ_U(clusctl_value_ularge_integer(&v, &u), CCTL_ERROR_SUCCESS);
            CHECK(u == UINT64_C(1000000000000));
            break;
        case 4:
            expect_string(&v, "SN1");
            break;
        default:
            CHECK_EQ_U(clusctl_value_bytes(&v, &bytes, &size), CCTL_ERROR_SUCCESS);
            CHECK(size == 6 && bytes[5] == 6);
        }
    }
    CHECK_EQ_U(clusctl_vlist_next(&r, &v), CCTL_ERROR_NO_MORE_ITEMS);
    CHECK_EQ_U(clusctl_plist_next(&r, &p), CCTL_ERROR_INVALID_PARAMETER);
    free(copy);

    /* Two records, one ENDMARK: each record starts with DISK_SIGNATURE. */
    CHECK_EQ_U(open_copy(vec_two_disks, sizeof vec_two_disks, VLIST, 0, &r, &copy),
               CCTL_ERROR_SUCCESS);
    for (i = 0; i < 4; i++) {
        CHECK_EQ_U(clusctl_vlist_next(&r, &v), CCTL_ERROR_SUCCESS);
        CHECK_EQ_U(v.type, i % 2 == 0 ? CCTL_PROP_TYPE_SIGNATURE : CCTL_PROP_TYPE_DISK_NUMBER);
    }
    CHECK_EQ_U(clusctl_value_dword(&v, &d), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(d, 3);
    CHECK_EQ_U(clusctl_vlist_next(&r, &v), CCTL_ERROR_NO_MORE_ITEMS);
    free(copy);

    /* A NAME value in a value list. */
    CHECK_EQ_U(open_copy(vec_dependencies, sizeof vec_dependencies, VLIST, CCTL_PLIST_STRICT, &r,
                         &copy),
               CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(clusctl_vlist_next(&r, &v), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(v.syntax, CCTL_PROP_SYNTAX_RESCLASS);
    CHECK_EQ_U(clusctl_vlist_next(&r, &v), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(v.syntax, CCTL_PROP_SYNTAX_NAME);
    expect_string(&v, "Disk");
    free(copy);

    /* Empty lists. */
    CHECK_EQ_U(open_copy(vec_empty_vlist, sizeof vec_empty_vlist, VLIST, 0, &r, &copy),
               CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(r.count, 0);
    CHECK_EQ_U(clusctl_vlist_next(&r, &v), CCTL_ERROR_NO_MORE_ITEMS);
    free(copy);
    CHECK_EQ_U(open_copy(vec_empty_plist_bare, sizeof vec_empty_plist_bare, PLIST, 0, &r, &copy),
               CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(r.final_endmark, 0);
    CHECK_EQ_U(clusctl_plist_next(&r, &p), CCTL_ERROR_NO_MORE_ITEMS);
    free(copy);
    CHECK_EQ_U(open_copy(vec_empty_plist, sizeof vec_empty_plist, PLIST, 0, &r, &copy),
               CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(r.final_endmark, 1);
    CHECK_EQ_U(clusctl_plist_next(&r, &p), CCTL_ERROR_NO_MORE_ITEMS);
    free(copy);
}

/* ---- Malformed buffers --------------------------------------------------------- */

struct bad {
    const char *name;
    unsigned char bytes[96];
    size_t size;
    int kind;
    uint32_t rule;       /* in both modes */
    size_t offset;
    size_t value_offset;
    uint32_t property;
    uint32_t depth;
};

#define NO CCTL_PLIST_NO_OFFSET
#define NONE CCTL_PLIST_NO_INDEX
#define R(x) CCTL_PLIST_RULE_##x
/* count 1, NAME "A" (4..16): what most cases start with. */
#define ONE_A 0x01, 0, 0, 0, V_NAME, V_LEN(4), 'A', 0, 0, 0

static const struct bad bads[] = {
    {"truncated count", {0x01, 0, 0}, 3, PLIST, R(TRUNCATED_COUNT), 0, NO, NONE, 0},
    {"empty property list", {0}, 0, PLIST, R(TRUNCATED_COUNT), 0, NO, NONE, 0},
    {"truncated syntax", {0x01, 0, 0, 0, 3, 0, 4}, 7, PLIST, R(TRUNCATED_HEADER), 4, 4, 0, 0},
    {"truncated cbLength", {0x01, 0, 0, 0, V_NAME, 4, 0}, 10, PLIST, R(TRUNCATED_HEADER), 4, 4,
     0, 0},
    {"cbLength past the end", {0x01, 0, 0, 0, V_NAME, V_LEN(100), 'A', 0, 0, 0}, 16, PLIST,
     R(LENGTH_PAST_END), 8, 4, 0, 0},
    {"cbLength 0xFFFFFFFF", {0x01, 0, 0, 0, V_NAME, 0xFF, 0xFF, 0xFF, 0xFF, 'A', 0, 0, 0}, 16,
     PLIST, R(LENGTH_PAST_END), 8, 4, 0, 0},
    {"truncated padding", {V_BINARY, V_LEN(3), 1, 2, 3}, 11, VLIST, R(TRUNCATED_PADDING), 11, 0,
     NONE, 0},
    {"no ENDMARK: the buffer ends", {ONE_A, V_DWORD, V_LEN(4), 1, 0, 0, 0}, 28, PLIST,
     R(MISSING_ENDMARK), 28, NO, 0, 0},
    {"no ENDMARK: a NAME comes",
     {0x02, 0, 0, 0, V_NAME, V_LEN(4), 'A', 0, 0, 0, V_DWORD, V_LEN(4), 1, 0, 0, 0, V_NAME,
      V_LEN(4), 'B', 0, 0, 0, V_DWORD, V_LEN(4), 2, 0, 0, 0, V_ENDMARK},
     56, PLIST, R(MISSING_ENDMARK), 28, NO, 0, 0},
    {"count too large",
     {0x02, 0, 0, 0, V_NAME, V_LEN(4), 'A', 0, 0, 0, V_DWORD, V_LEN(4), 1, 0, 0, 0, V_ENDMARK},
     32, PLIST, R(COUNT_TOO_LARGE), 32, NO, NONE, 0},
    {"count too large, final ENDMARK",
     {0x02, 0, 0, 0, V_NAME, V_LEN(4), 'A', 0, 0, 0, V_DWORD, V_LEN(4), 1, 0, 0, 0, V_ENDMARK,
      V_ENDMARK},
     36, PLIST, R(COUNT_TOO_LARGE), 32, NO, NONE, 0},
    {"count too small",
     {ONE_A, V_DWORD, V_LEN(4), 1, 0, 0, 0, V_ENDMARK, V_NAME, V_LEN(4), 'B', 0, 0, 0, V_DWORD,
      V_LEN(4), 2, 0, 0, 0, V_ENDMARK},
     60, PLIST, R(COUNT_TOO_SMALL), 32, 32, NONE, 0},
    {"count 0, a property", {0, 0, 0, 0, V_NAME, V_LEN(4), 'A', 0, 0, 0}, 16, PLIST,
     R(COUNT_TOO_SMALL), 4, 4, NONE, 0},
    {"bytes after the final ENDMARK",
     {ONE_A, V_DWORD, V_LEN(4), 1, 0, 0, 0, V_ENDMARK, V_ENDMARK, 1, 2, 3, 4}, 40, PLIST,
     R(TRAILING_BYTES), 36, NO, NONE, 0},
    {"two bytes after the list", {ONE_A, V_DWORD, V_LEN(4), 1, 0, 0, 0, V_ENDMARK, 0, 0}, 34,
     PLIST, R(TRAILING_BYTES), 32, NO, NONE, 0},
    {"a word after the list", {ONE_A, V_DWORD, V_LEN(4), 1, 0, 0, 0, V_ENDMARK, 1, 0, 0, 0}, 36,
     PLIST, R(TRAILING_BYTES), 32, NO, NONE, 0},
    {"two final ENDMARKs",
     {ONE_A, V_DWORD, V_LEN(4), 1, 0, 0, 0, V_ENDMARK, V_ENDMARK, V_ENDMARK}, 40, PLIST,
     R(TRAILING_BYTES), 36, NO, NONE, 0},
    {"after a value list's ENDMARK", {V_ENDMARK, V_ENDMARK}, 8, VLIST, R(TRAILING_BYTES), 4, NO,
     NONE, 0},
    {"value list without ENDMARK", {V_DWORD, V_LEN(4), 1, 0, 0, 0}, 12, VLIST,
     R(MISSING_ENDMARK), 12, NO, NONE, 0},
    {"empty value list buffer", {0}, 0, VLIST, R(MISSING_ENDMARK), 0, NO, NONE, 0},
    {"value list, truncated ENDMARK", {0, 0}, 2, VLIST, R(TRUNCATED_HEADER), 0, 0, NONE, 0},
    {"an SZ where the name goes",
     {0x01, 0, 0, 0, V_SZ, V_LEN(4), 'A', 0, 0, 0, V_DWORD, V_LEN(4), 1, 0, 0, 0, V_ENDMARK}, 32,
     PLIST, R(NAME_SYNTAX), 4, 4, 0, 0},
    {"an ENDMARK where the name goes", {0x01, 0, 0, 0, V_ENDMARK, V_ENDMARK}, 12, PLIST,
     R(NAME_SYNTAX), 4, 4, 0, 0},
    {"name not terminated",
     {0x01, 0, 0, 0, V_NAME, V_LEN(4), 'A', 0, 'B', 0, V_DWORD, V_LEN(4), 1, 0, 0, 0,
      V_ENDMARK},
     32, PLIST, R(NAME_NOT_TERMINATED), 14, 4, 0, 0},
    {"name cbLength 0",
     {0x01, 0, 0, 0, V_NAME, V_LEN(0), V_DWORD, V_LEN(4), 1, 0, 0, 0, V_ENDMARK}, 28, PLIST,
     R(NAME_NOT_TERMINATED), 8, 4, 0, 0},
    {"empty name",
     {0x01, 0, 0, 0, V_NAME, V_LEN(2), 0, 0, 0, 0, V_DWORD, V_LEN(4), 1, 0, 0, 0, V_ENDMARK}, 32,
     PLIST, R(NAME_EMPTY), 12, 4, 0, 0},
    {"NUL inside a name",
     {0x01, 0, 0, 0, V_NAME, V_LEN(8), 'A', 0, 0, 0, 'B', 0, 0, 0, V_DWORD, V_LEN(4), 1, 0, 0, 0,
      V_ENDMARK},
     36, PLIST, R(NAME_EMBEDDED_NUL), 14, 4, 0, 0},
    {"NULs after a name",
     {0x01, 0, 0, 0, V_NAME, V_LEN(6), 'A', 0, 0, 0, 0, 0, 0, 0, V_DWORD, V_LEN(4), 1, 0, 0, 0,
      V_ENDMARK},
     36, PLIST, R(NAME_EMBEDDED_NUL), 14, 4, 0, 0},
    {"odd name length",
     {0x01, 0, 0, 0, V_NAME, V_LEN(3), 'A', 0, 0, 0, V_DWORD, V_LEN(4), 1, 0, 0, 0, V_ENDMARK},
     32, PLIST, R(ODD_LENGTH), 8, 4, 0, 0},
    {"lone high surrogate in a name",
     {0x01, 0, 0, 0, V_NAME, V_LEN(4), 0x00, 0xD8, 0, 0, V_DWORD, V_LEN(4), 1, 0, 0, 0,
      V_ENDMARK},
     32, PLIST, R(UNPAIRED_SURROGATE), 12, 4, 0, 0},
    {"odd SZ length", {ONE_A, V_SZ, V_LEN(5), 'a', 0, 0, 0, 0, 0, 0, 0, V_ENDMARK}, 36, PLIST,
     R(ODD_LENGTH), 20, 16, 0, 0},
    {"lone low surrogate in an SZ",
     {ONE_A, V_SZ, V_LEN(6), 'a', 0, 0x00, 0xDC, 0, 0, 0, 0, V_ENDMARK}, 36, PLIST,
     R(UNPAIRED_SURROGATE), 26, 16, 0, 0},
    {"high surrogate before the NUL",
     {ONE_A, V_SZ, V_LEN(6), 'a', 0, 0x3D, 0xD8, 0, 0, 0, 0, V_ENDMARK}, 36, PLIST,
     R(UNPAIRED_SURROGATE), 26, 16, 0, 0},
    {"two high surrogates",
     {ONE_A, V_SZ, V_LEN(6), 0x3D, 0xD8, 0x3D, 0xD8, 0, 0, 0, 0, V_ENDMARK}, 36, PLIST,
     R(UNPAIRED_SURROGATE), 24, 16, 0, 0},
    {"SZ not terminated", {ONE_A, V_SZ, V_LEN(4), 'a', 0, 'b', 0, V_ENDMARK}, 32, PLIST,
     R(STRING_NOT_TERMINATED), 26, 16, 0, 0},
    {"SZ with data after its NUL",
     {ONE_A, V_SZ, V_LEN(8), 'a', 0, 0, 0, 'b', 0, 0, 0, V_ENDMARK}, 36, PLIST,
     R(STRING_EMBEDDED_NUL), 26, 16, 0, 0},
    {"EXPAND_SZ not terminated", {ONE_A, V_EXPAND_SZ, V_LEN(2), 'a', 0, 0, 0, V_ENDMARK}, 32,
     PLIST, R(STRING_NOT_TERMINATED), 24, 16, 0, 0},
    {"DWORD of 2 bytes", {ONE_A, V_DWORD, V_LEN(2), 1, 0, 0, 0, V_ENDMARK}, 32, PLIST,
     R(FIXED_LENGTH), 20, 16, 0, 0},
    {"DWORD of 8 bytes", {ONE_A, V_DWORD, V_LEN(8), 1, 0, 0, 0, 0, 0, 0, 0, V_ENDMARK}, 36, PLIST,
     R(FIXED_LENGTH), 20, 16, 0, 0},
    {"WORD of 4 bytes", {ONE_A, V_WORD, V_LEN(4), 1, 0, 0, 0, V_ENDMARK}, 32, PLIST,
     R(FIXED_LENGTH), 20, 16, 0, 0},
    {"LONG of 0 bytes", {ONE_A, V_LONG, V_LEN(0), V_ENDMARK}, 28, PLIST, R(FIXED_LENGTH), 20, 16,
     0, 0},
    {"FILETIME of 4 bytes", {ONE_A, V_FILETIME, V_LEN(4), 1, 0, 0, 0, V_ENDMARK}, 32, PLIST,
     R(FIXED_LENGTH), 20, 16, 0, 0},
    {"ULARGE_INTEGER of 7 bytes", {ONE_A, V_ULARGE, V_LEN(7), 1, 0, 0, 0, 0, 0, 0, 0, V_ENDMARK},
     36, PLIST, R(FIXED_LENGTH), 20, 16, 0, 0},
    {"DISK_SIZE of 4 bytes", {0x06, 0x00, 0x0C, 0x00, V_LEN(4), 1, 0, 0, 0, V_ENDMARK}, 16, VLIST,
     R(FIXED_LENGTH), 4, 0, NONE, 0},
    {"MULTI_SZ not terminated", {ONE_A, V_MULTI_SZ, V_LEN(4), 'a', 0, 'b', 0, V_ENDMARK}, 32,
     PLIST, R(MULTI_SZ_NOT_TERMINATED), 26, 16, 0, 0},
    {"MULTI_SZ with an empty string",
     {ONE_A, V_MULTI_SZ, V_LEN(12), 'a', 0, 0, 0, 0, 0, 'b', 0, 0, 0, 0, 0, V_ENDMARK}, 40, PLIST,
     R(MULTI_SZ_EMPTY_STRING), 28, 16, 0, 0},
    {"MULTI_SZ of three NULs", {ONE_A, V_MULTI_SZ, V_LEN(6), 0, 0, 0, 0, 0, 0, 0, 0, V_ENDMARK},
     36, PLIST, R(MULTI_SZ_EMPTY_STRING), 24, 16, 0, 0},
    {"MULTI_SZ with a NUL after its end",
     {ONE_A, V_MULTI_SZ, V_LEN(8), 'a', 0, 0, 0, 0, 0, 0, 0, V_ENDMARK}, 36, PLIST,
     R(MULTI_SZ_EMPTY_STRING), 28, 16, 0, 0},
    {"lone surrogate in a MULTI_SZ",
     {ONE_A, V_MULTI_SZ, V_LEN(8), 'a', 0, 0, 0, 0x00, 0xDC, 0, 0, V_ENDMARK}, 36, PLIST,
     R(UNPAIRED_SURROGATE), 28, 16, 0, 0},
    {"nested: a DWORD of 2 bytes",
     {0x01, 0, 0, 0, V_NAME, V_LEN(12), 'I', 0, 'n', 0, 'n', 0, 'e', 0, 'r', 0, 0, 0,
      V_PROPERTY_LIST, V_LEN(36), 0x01, 0, 0, 0, V_NAME, V_LEN(4), 'N', 0, 0, 0, V_DWORD,
      V_LEN(2), 7, 0, 0, 0, V_ENDMARK, V_ENDMARK, V_ENDMARK, V_ENDMARK},
     76, PLIST, R(FIXED_LENGTH), 52, 48, 0, 1},
    {"nested: cbLength leaves the nested final ENDMARK out",
     {0x01, 0, 0, 0, V_NAME, V_LEN(12), 'I', 0, 'n', 0, 'n', 0, 'e', 0, 'r', 0, 0, 0,
      V_PROPERTY_LIST, V_LEN(32), 0x01, 0, 0, 0, V_NAME, V_LEN(4), 'N', 0, 0, 0, V_DWORD,
      V_LEN(4), 7, 0, 0, 0, V_ENDMARK, V_ENDMARK, V_ENDMARK, V_ENDMARK},
     76, PLIST, R(TRAILING_BYTES), 72, NO, NONE, 0},
    {"nested: no ENDMARK in the nested list",
     {0x01, 0, 0, 0, V_NAME, V_LEN(4), 'V', 0, 0, 0, V_PROPERTY_LIST, V_LEN(28), 0x01, 0, 0, 0,
      V_NAME, V_LEN(4), 'N', 0, 0, 0, V_DWORD, V_LEN(4), 5, 0, 0, 0, V_ENDMARK, V_ENDMARK},
     60, PLIST, R(MISSING_ENDMARK), 52, NO, 0, 1},
};


static void test_malformed(void)
{
    size_t i, m;
    static const uint32_t modes[] = {0, CCTL_PLIST_STRICT, CCTL_PLIST_FROM_CLIENT,
                                     CCTL_PLIST_STRICT | CCTL_PLIST_FROM_CLIENT};
    for (i = 0; i < COUNT(bads); i++) {
        const struct bad *b = &bads[i];
        harness_test = b->name;
        for (m = 0; m < COUNT(modes); m++) {
            clusctl_plist_error e;
            clusctl_plist_reader r = {0};
            clusctl_status want = b->rule == R(ODD_LENGTH) || b->rule == R(FIXED_LENGTH)
                                      ? CCTL_ERROR_BAD_LENGTH
                                  : b->rule == R(UNPAIRED_SURROGATE)
                                      ? CCTL_ERROR_NO_UNICODE_TRANSLATION
                                  : b->rule >= R(NAME_SYNTAX) && b->rule <= R(NAME_EMPTY)
                                      ? CCTL_ERROR_INVALID_NAME
                                      : CCTL_ERROR_INVALID_DATA;
            clusctl_status st = check(b->bytes, b->size, b->kind, modes[m], &e);
            unsigned char *copy;
            CHECK_EQ_U(st, want);
            CHECK_EQ_U(e.rule, b->rule);
            CHECK_EQ_U(e.offset, b->offset);
            CHECK_EQ_U(e.value_offset, b->value_offset);
            CHECK_EQ_U(e.depth, b->depth);
            CHECK_EQ_U(e.property, b->property);
            check_report(st, &e, b->size);
            /* open refuses it the same way and leaves the reader alone. */
            copy = exact_copy(b->bytes, b->size);
            memset(&e, 0, sizeof e);
            st = b->kind == PLIST ? clusctl_plist_open(&r, copy, b->size, modes[m], &e)
                                  : clusctl_vlist_open(&r, copy, b->size, modes[m], &e);
            CHECK_EQ_U(st, want);
            CHECK_EQ_U(e.rule, b->rule);
            CHECK(r.data == NULL && r.size == 0 && r.kind == 0);
            free(copy);
        }
    }
    harness_test = "test_malformed";
}

/* The strict-only rules, and FROM_CLIENT. */
static void test_modes(void)
{
    clusctl_plist_error e;
    CHECK_EQ_U(check(vec_expand_pair, sizeof vec_expand_pair, PLIST, CCTL_PLIST_FROM_CLIENT, &e),
               CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(check(vec_expand_pair, sizeof vec_expand_pair, PLIST,
                     CCTL_PLIST_STRICT | CCTL_PLIST_FROM_CLIENT, &e),
               CCTL_ERROR_INVALID_DATA);
    CHECK_EQ_U(e.rule, CCTL_PLIST_RULE_EXPANDED_SZ_FROM_CLIENT);
    CHECK_EQ_U(e.offset, 44);
    CHECK_EQ_U(e.value_offset, 44);
    CHECK_EQ_U(e.property, 0);
    CHECK_EQ_U(check(vec_lenient_expanded, sizeof vec_lenient_expanded, PLIST,
                     CCTL_PLIST_STRICT | CCTL_PLIST_FROM_CLIENT, &e),
               CCTL_ERROR_INVALID_DATA);
    CHECK_EQ_U(e.rule, CCTL_PLIST_RULE_EXPANDED_SZ_FROM_CLIENT);
    /* Unknown flags. */
    CHECK_EQ_U(check(vec_one_dword, sizeof vec_one_dword, PLIST, 0x8, &e),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(check(vec_one_dword, sizeof vec_one_dword, PLIST, CCTL_PLIST_NO_FINAL_ENDMARK, &e),
               CCTL_ERROR_INVALID_PARAMETER);
}

/* Nesting: a test-side builder (not the writer) wraps a list in `levels`
 * LIST_VALUE_PROPERTY_LIST values; depth CCTL_PLIST_DEPTH_MAX is read, one
 * more is refused at the offset of the innermost nested value. */
static size_t wrap(unsigned char *buf, size_t len, int levels, size_t *innermost)
{
    /* Each level: count 1 | NAME "N" (12) | syntax | cbLength | inner |
     * ENDMARK: 4 + 12 + 8 + len + 4 bytes, the inner list at offset 24. */
    size_t total = len;
    int i;
    for (i = 0; i < levels; i++) {
        memmove(buf + 24, buf, total);
        le32(buf, 1);
        le32(buf + 4, 0x00040003u);
        le32(buf + 8, 4);
        buf[12] = 'N';
        buf[13] = buf[14] = buf[15] = 0;
        le32(buf + 16, 0x0001000Eu);
        le32(buf + 20, (uint32_t)total);
        le32(buf + 24 + total, 0);
        total += 28;
    }
    *innermost = (size_t)(levels - 1) * 24 + 16;
    return total;
}

static void test_depth(void)
{
    unsigned char buf[512];
    clusctl_plist_error e;
    size_t len, innermost;
    int levels;
    for (levels = 1; levels <= CCTL_PLIST_DEPTH_MAX + 2; levels++) {
        memcpy(buf, vec_one_dword, sizeof vec_one_dword);
        len = wrap(buf, sizeof vec_one_dword, levels, &innermost);
        if (levels <= CCTL_PLIST_DEPTH_MAX) {
            CHECK_EQ_U(check(buf, len, PLIST, CCTL_PLIST_STRICT, &e), CCTL_ERROR_SUCCESS);
        } else {
            CHECK_EQ_U(check(buf, len, PLIST, 0, &e), CCTL_ERROR_INVALID_DATA);
            CHECK_EQ_U(e.rule, CCTL_PLIST_RULE_NESTING_TOO_DEEP);
            CHECK_EQ_U(e.depth, CCTL_PLIST_DEPTH_MAX);
            /* The ninth nested value, at depth 8. */
            CHECK_EQ_U(e.offset, (size_t)CCTL_PLIST_DEPTH_MAX * 24 + 16);
            CHECK_EQ_U(e.value_offset, e.offset);
            (void)innermost;
        }
    }
}

/* ---- Find -------------------------------------------------------------------- */

static void test_find(void)
{
    clusctl_prop_value v = {0};
    clusctl_plist_error e = {0};
    unsigned char *copy = exact_copy(vec_vm_ro, sizeof vec_vm_ro), *other;
    uint32_t d = 0xAAAA;

    CHECK_EQ_U(clusctl_plist_find(copy, sizeof vec_vm_ro, 0, "migrationprogress",
                                  CCTL_PROP_FORMAT_DWORD, &v, &e),
               CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(v.offset, 88);
    CHECK_EQ_U(e.rule, CCTL_PLIST_RULE_NONE);
    CHECK_EQ_U(e.property, 1);
    CHECK_EQ_U(clusctl_plist_find(copy, sizeof vec_vm_ro, 0, "VmState", CCTL_PROP_FORMAT_ANY, &v,
                                  NULL),
               CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(v.offset, 28);
    /* Absent: ResUtil's ERROR_FILE_NOT_FOUND. */
    CHECK_EQ_U(clusctl_plist_find(copy, sizeof vec_vm_ro, 0, "VmStat", CCTL_PROP_FORMAT_DWORD, &v,
                                  &e),
               CCTL_ERROR_FILE_NOT_FOUND);
    CHECK_EQ_U(e.status, CCTL_ERROR_FILE_NOT_FOUND);
    CHECK_EQ_U(e.rule, CCTL_PLIST_RULE_NOT_FOUND);
    CHECK_EQ_U(e.offset, 176);
    CHECK_EQ_U(e.property, CCTL_PLIST_NO_INDEX);
    CHECK_EQ_U(clusctl_plist_find_dword(copy, sizeof vec_vm_ro, "VmStates", &d),
               CCTL_ERROR_FILE_NOT_FOUND);
    CHECK_EQ_U(clusctl_plist_find_dword(copy, sizeof vec_vm_ro, "", &d),
               CCTL_ERROR_FILE_NOT_FOUND);
    CHECK_EQ_U(d, 0xAAAA);
    /* The format differs: ResUtil's ERROR_INVALID_DATA, the value given. */
    memset(&v, 0, sizeof v);
    CHECK_EQ_U(clusctl_plist_find(copy, sizeof vec_vm_ro, 0, "VmState", CCTL_PROP_FORMAT_SZ, &v,
                                  &e),
               CCTL_ERROR_INVALID_DATA);
    CHECK_EQ_U(e.rule, CCTL_PLIST_RULE_FORMAT_MISMATCH);
    CHECK_EQ_U(e.offset, 28);
    CHECK_EQ_U(e.value_offset, 28);
    CHECK_EQ_U(e.property, 0);
    CHECK_EQ_U(v.format, CCTL_PROP_FORMAT_DWORD);
    /* Bad arguments. */
    CHECK_EQ_U(clusctl_plist_find(copy, sizeof vec_vm_ro, 0, NULL, CCTL_PROP_FORMAT_ANY, &v, &e),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_plist_find(copy, sizeof vec_vm_ro, 0, "\xC3", CCTL_PROP_FORMAT_ANY, &v, &e),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_plist_find(copy, sizeof vec_vm_ro, 0, "VmState", 0x10000, &v, &e),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_plist_find(copy, sizeof vec_vm_ro, 4, "VmState", CCTL_PROP_FORMAT_ANY, &v,
                                  &e),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_plist_find(copy, sizeof vec_vm_ro, 0, "VmState", CCTL_PROP_FORMAT_ANY,
                                  (clusctl_prop_value *)(void *)(copy + 8), &e),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_plist_find_dword(copy, sizeof vec_vm_ro, "VmState", NULL),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_plist_find_dword(NULL, 4, "VmState", &d), CCTL_ERROR_INVALID_USER_BUFFER);
    CHECK_EQ_U(clusctl_plist_find_dword(NULL, 0, "VmState", &d), CCTL_ERROR_INVALID_DATA);
    /* A malformed list: its status, whatever the name. */
    CHECK_EQ_U(clusctl_plist_find(copy, sizeof vec_vm_ro - 1, 0, "VmState", CCTL_PROP_FORMAT_ANY,
                                  &v, &e),
               CCTL_ERROR_INVALID_DATA);
    CHECK_EQ_U(e.rule, CCTL_PLIST_RULE_TRAILING_BYTES); /* 3 bytes of the final ENDMARK */
    CHECK_EQ_U(e.offset, 176);
    free(copy);

    /* A property without a value (read in the default mode). */
    copy = exact_copy(vec_lenient_no_value, sizeof vec_lenient_no_value);
    CHECK_EQ_U(clusctl_plist_find(copy, sizeof vec_lenient_no_value, 0, "s", CCTL_PROP_FORMAT_ANY,
                                  &v, &e),
               CCTL_ERROR_INVALID_DATA);
    CHECK_EQ_U(e.rule, CCTL_PLIST_RULE_NO_VALUE);
    CHECK_EQ_U(e.offset, 16);
    free(copy);

    /* Only ASCII letters fold: "É" is not "é"; the first of two equal names wins. */
    {
        static const unsigned char two[] = {
            0x02, 0, 0, 0,
            V_NAME, V_LEN(6), 0xC9, 0x00, 'x', 0, 0, 0, 0, 0, /* "Éx" */
            V_DWORD, V_LEN(4), 1, 0, 0, 0, V_ENDMARK,
            V_NAME, V_LEN(6), 0xE9, 0x00, 'X', 0, 0, 0, 0, 0, /* "éX" */
            V_DWORD, V_LEN(4), 2, 0, 0, 0, V_ENDMARK,
        };
        static const unsigned char dup[] = {
            0x02, 0, 0, 0,
            V_NAME, V_LEN(4), 'a', 0, 0, 0, V_DWORD, V_LEN(4), 1, 0, 0, 0, V_ENDMARK,
            V_NAME, V_LEN(4), 'A', 0, 0, 0, V_DWORD, V_LEN(4), 2, 0, 0, 0, V_ENDMARK,
        };
        other = exact_copy(two, sizeof two);
        CHECK_EQ_U(clusctl_plist_find_dword(other, sizeof two, "\xC3\x89X", &d), /* "ÉX" */
                   CCTL_ERROR_SUCCESS);
        CHECK_EQ_U(d, 1);
        CHECK_EQ_U(clusctl_plist_find_dword(other, sizeof two, "\xC3\xA9x", &d), /* "éx" */
                   CCTL_ERROR_SUCCESS);
        CHECK_EQ_U(d, 2);
        CHECK_EQ_U(clusctl_plist_find_dword(other, sizeof two, "\xC3\xA9", &d),
                   CCTL_ERROR_FILE_NOT_FOUND);
        free(other);
        other = exact_copy(dup, sizeof dup);
        CHECK_EQ_U(clusctl_plist_find_dword(other, sizeof dup, "A", &d), CCTL_ERROR_SUCCESS);
        CHECK_EQ_U(d, 1);
        free(other);
    }
}

/* ---- Getters: size queries, arguments ------------------------------------------ */

static void test_getters(void)
{
    clusctl_plist_reader r;
    clusctl_prop p = {0};
    clusctl_prop_value v = {0}, forged = {0};
    unsigned char *copy;
    size_t out_words[2]; /* aligned: some checks pass it as a size_t * */
    char *const out = (char *)out_words, *exact;
    size_t needed = 0;
    uint32_t d = 0;
    const unsigned char *bytes = NULL;
    size_t size = 0;
    static const unsigned char surrogate_name[] = {0x3D, 0xD8, 0x00, 0xDE, 0, 0}; /* U+1F600 */

    CHECK_EQ_U(open_copy(vec_every_format, sizeof vec_every_format, PLIST, 0, &r, &copy),
               CCTL_ERROR_SUCCESS);
    next_first(&r, &p, &v);
    next_first(&r, &p, &v);
    next_first(&r, &p, &v); /* S: "hé", 4 bytes of UTF-8 */
    needed = 0;
    CHECK_EQ_U(clusctl_value_string(&v, NULL, 0, &needed), CCTL_ERROR_MORE_DATA);
    CHECK_EQ_U(needed, 4);
    CHECK_EQ_U(clusctl_value_string(&v, NULL, 0, NULL), CCTL_ERROR_MORE_DATA);
    memset(out, PATTERN, sizeof out_words);
    needed = 0;
    CHECK_EQ_U(clusctl_value_string(&v, out, 3, &needed), CCTL_ERROR_INSUFFICIENT_BUFFER);
    CHECK_EQ_U(needed, 4);
    CHECK((unsigned char)out[0] == PATTERN && (unsigned char)out[7] == PATTERN);
    exact = (char *)xmalloc(4);
    CHECK_EQ_U(clusctl_value_string(&v, exact, 4, NULL), CCTL_ERROR_SUCCESS);
    CHECK(memcmp(exact, "h\xC3\xA9", 4) == 0);
    free(exact);
    CHECK_EQ_U(clusctl_value_string(&v, NULL, 1, &needed), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_value_string(&v, out, sizeof out_words, (size_t *)(void *)out),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_value_string(&v, (char *)(void *)(copy + 80), 4, NULL),
               CCTL_ERROR_INVALID_PARAMETER); /* over the value's data */
    CHECK_EQ_U(clusctl_value_string(NULL, out, sizeof out_words, NULL), CCTL_ERROR_INVALID_PARAMETER);
    /* The name getter, same convention. */
    CHECK_EQ_U(clusctl_prop_name(&p, NULL, 0, &needed), CCTL_ERROR_MORE_DATA);
    CHECK_EQ_U(needed, 2);
    CHECK_EQ_U(clusctl_prop_name(&p, out, 1, &needed), CCTL_ERROR_INSUFFICIENT_BUFFER);
    CHECK_EQ_U(clusctl_prop_name(NULL, out, 1, &needed), CCTL_ERROR_INVALID_PARAMETER);
    CHECK(!clusctl_prop_name_equal(&p, "T"));
    CHECK(clusctl_prop_name_equal(&p, "s"));
    CHECK(!clusctl_prop_name_equal(&p, "S "));
    CHECK(!clusctl_prop_name_equal(&p, ""));
    CHECK(!clusctl_prop_name_equal(&p, NULL));
    CHECK(!clusctl_prop_name_equal(NULL, "S"));
    free(copy);

    /* Hand-made values: the getters check what they read. */
    {
        static const unsigned char four[4] = {1, 2, 3, 4};
        forged.syntax = CCTL_PROP_SYNTAX_LIST_VALUE_DWORD;
        forged.type = CCTL_PROP_TYPE_LIST_VALUE;
        forged.format = CCTL_PROP_FORMAT_DWORD;
        forged.length = 4;
        forged.data = four;
        CHECK_EQ_U(clusctl_value_dword(&forged, &d), CCTL_ERROR_SUCCESS);
        CHECK_EQ_U(d, 0x04030201u);
        /* Written after the read: the output may be the data itself. */
        {
            uint32_t own = 0;
            uint32_t *alias = &own;
            unsigned char *ob = (unsigned char *)&own; /* 5, little-endian */
            ob[0] = 5;
            forged.data = ob;
            CHECK_EQ_U(clusctl_value_dword(&forged, alias), CCTL_ERROR_SUCCESS);
            CHECK_EQ_U(*alias, 5);
            forged.data = four;
        }
        forged.length = 3;
        CHECK_EQ_U(clusctl_value_dword(&forged, &d), CCTL_ERROR_BAD_LENGTH);
        forged.length = 4;
        forged.format = CCTL_PROP_FORMAT_LONG; /* inconsistent with the syntax */
        CHECK_EQ_U(clusctl_value_dword(&forged, &d), CCTL_ERROR_INVALID_PARAMETER);
        forged.format = CCTL_PROP_FORMAT_DWORD;
        forged.reserved[0] = 1;
        CHECK_EQ_U(clusctl_value_dword(&forged, &d), CCTL_ERROR_INVALID_PARAMETER);
        forged.reserved[0] = 0;
        forged.reserved_ptr[1] = four;
        CHECK_EQ_U(clusctl_value_dword(&forged, &d), CCTL_ERROR_INVALID_PARAMETER);
        forged.reserved_ptr[1] = NULL;
        forged.flags = 0x80;
        CHECK_EQ_U(clusctl_value_dword(&forged, &d), CCTL_ERROR_INVALID_PARAMETER);
        forged.flags = 0;
        CHECK_EQ_U(clusctl_value_dword(&forged, NULL), CCTL_ERROR_INVALID_PARAMETER);
        forged.data = NULL;
        CHECK_EQ_U(clusctl_value_dword(&forged, &d), CCTL_ERROR_INVALID_PARAMETER);
        forged.data = four;
        CHECK_EQ_U(clusctl_value_bytes(&forged, &bytes, &size), CCTL_ERROR_INVALID_DATA);
        CHECK_EQ_U(clusctl_value_bytes(&forged, &bytes, NULL), CCTL_ERROR_INVALID_PARAMETER);
        CHECK_EQ_U(clusctl_value_bytes(&forged, &bytes, (size_t *)(void *)&bytes),
                   CCTL_ERROR_INVALID_PARAMETER);
        /* A string that is not valid: the getter's own checks. */
        forged.syntax = CCTL_PROP_SYNTAX_LIST_VALUE_SZ;
        forged.format = CCTL_PROP_FORMAT_SZ;
        CHECK_EQ_U(clusctl_value_string(&forged, out, sizeof out_words, NULL),
                   CCTL_ERROR_INVALID_DATA); /* no NUL */
        forged.length = 3;
        CHECK_EQ_U(clusctl_value_string(&forged, out, sizeof out_words, NULL), CCTL_ERROR_BAD_LENGTH);
        forged.data = surrogate_name;
        forged.length = 6;
        needed = 0;
        CHECK_EQ_U(clusctl_value_string(&forged, out, sizeof out_words, &needed), CCTL_ERROR_SUCCESS);
        CHECK_STR(out, "\xF0\x9F\x98\x80");
        CHECK_EQ_U(needed, 5);
        forged.length = 4; /* cut in the middle of the pair: no NUL */
        CHECK_EQ_U(clusctl_value_string(&forged, out, sizeof out_words, NULL), CCTL_ERROR_INVALID_DATA);
        forged.data = surrogate_name + 2;
        forged.length = 4; /* a lone low surrogate, then the NUL */
        CHECK_EQ_U(clusctl_value_string(&forged, out, sizeof out_words, NULL),
                   CCTL_ERROR_NO_UNICODE_TRANSLATION);
    }
}

/* ---- The writer against the golden bytes ---------------------------------------- */

typedef void (*builder)(clusctl_plist_writer *w);

static void build_one_dword(clusctl_plist_writer *w)
{
    clusctl_plist_write_property(w, "VmState");
    clusctl_plist_write_dword(w, 0, 2);
    clusctl_plist_write_property_end(w);
}

static void build_vm_ro(clusctl_plist_writer *w)
{
    clusctl_plist_write_property(w, "VmState");
    clusctl_plist_write_dword(w, CCTL_PROP_SYNTAX_LIST_VALUE_DWORD, 2);
    clusctl_plist_write_property_end(w);
    clusctl_plist_write_property(w, "MigrationProgress");
    clusctl_plist_write_dword(w, 0, 42);
    clusctl_plist_write_property_end(w);
    clusctl_plist_write_property(w, "MigrationFailureReason");
    clusctl_plist_write_dword(w, 0, 0);
    clusctl_plist_write_property_end(w);
}

static void build_vm_ro_failed(clusctl_plist_writer *w)
{
    clusctl_plist_write_property(w, "VmState");
    clusctl_plist_write_dword(w, 0, 2);
    clusctl_plist_write_property_end(w);
    clusctl_plist_write_property(w, "MigrationProgress");
    clusctl_plist_write_dword(w, 0, 0);
    clusctl_plist_write_property_end(w);
    clusctl_plist_write_property(w, "MigrationFailureReason");
    clusctl_plist_write_dword(w, 0, 0x800700AAu);
    clusctl_plist_write_property_end(w);
}

static void build_every_format(clusctl_plist_writer *w)
{
    static const unsigned char b3[] = {1, 2, 3};
    static const unsigned char sd[20] = {1, 0, 4, 0x80};
    static const char *const m[] = {"a", "bc"};
    clusctl_plist_write_property(w, "B");
    clusctl_plist_write_bytes(w, 0, b3, 3);
    clusctl_plist_write_property_end(w);
    clusctl_plist_write_property(w, "D");
    clusctl_plist_write_dword(w, 0, 0xDEADBEEFu);
    clusctl_plist_write_property_end(w);
    clusctl_plist_write_property(w, "S");
    clusctl_plist_write_string(w, 0, "h\xC3\xA9");
    clusctl_plist_write_property_end(w);
    clusctl_plist_write_property(w, "E");
    clusctl_plist_write_string(w, CCTL_PROP_SYNTAX_LIST_VALUE_EXPAND_SZ, "%W%");
    clusctl_plist_write_string(w, CCTL_PROP_SYNTAX_LIST_VALUE_EXPANDED_SZ, "C:");
    clusctl_plist_write_property_end(w);
    clusctl_plist_write_property(w, "M");
    clusctl_plist_write_multi_sz(w, 0, m, 2);
    clusctl_plist_write_property_end(w);
    clusctl_plist_write_property(w, "U");
    clusctl_plist_write_ularge_integer(w, 0, UINT64_C(0x0123456789ABCDEF));
    clusctl_plist_write_property_end(w);
    clusctl_plist_write_property(w, "L");
    clusctl_plist_write_long(w, 0, -2);
    clusctl_plist_write_property_end(w);
    clusctl_plist_write_property(w, "X");
    clusctl_plist_write_bytes(w, CCTL_PROP_SYNTAX_LIST_VALUE_SECURITY_DESCRIPTOR, sd, sizeof sd);
    clusctl_plist_write_property_end(w);
    clusctl_plist_write_property(w, "I");
    clusctl_plist_write_large_integer(w, 0, -1);
    clusctl_plist_write_property_end(w);
    clusctl_plist_write_property(w, "F");
    clusctl_plist_write_filetime(w, 0, UINT64_C(0x01DA1B2C3D4E5F60));
    clusctl_plist_write_property_end(w);
    clusctl_plist_write_property(w, "W");
    clusctl_plist_write_word(w, 0, 0xBEEF);
    clusctl_plist_write_property_end(w);
}

static void build_two_values(clusctl_plist_writer *w)
{
    clusctl_plist_write_property(w, "Values");
    clusctl_plist_write_dword(w, 0, 1);
    clusctl_plist_write_dword(w, 0, 2);
    clusctl_plist_write_property_end(w);
}

static void build_expand_pair(clusctl_plist_writer *w)
{
    clusctl_plist_write_property(w, "Path");
    clusctl_plist_write_string(w, CCTL_PROP_SYNTAX_LIST_VALUE_EXPAND_SZ, "%TMP%");
    clusctl_plist_write_string(w, CCTL_PROP_SYNTAX_LIST_VALUE_EXPANDED_SZ, "C:\\T");
    clusctl_plist_write_property_end(w);
}

static void build_multi_sz(clusctl_plist_writer *w)
{
    static const char *const one[] = {"ab"};
    static const char *const many[] = {"a", "bc", "def"};
    static const char *const astral[] = {"\xF0\x9F\x98\x80x", "\xC3\xA9"};
    clusctl_plist_write_property(w, "One");
    clusctl_plist_write_multi_sz(w, 0, one, 1);
    clusctl_plist_write_property_end(w);
    clusctl_plist_write_property(w, "Many");
    clusctl_plist_write_multi_sz(w, 0, many, 3);
    clusctl_plist_write_property_end(w);
    clusctl_plist_write_property(w, "Astral");
    clusctl_plist_write_multi_sz(w, CCTL_PROP_SYNTAX_LIST_VALUE_MULTI_SZ, astral, 2);
    clusctl_plist_write_property_end(w);
    clusctl_plist_write_property(w, "None");
    clusctl_plist_write_multi_sz(w, 0, NULL, 0);
    clusctl_plist_write_property_end(w);
}

static void build_nested(clusctl_plist_writer *w)
{
    clusctl_plist_write_property(w, "Inner");
    clusctl_plist_write_list_begin(w, CCTL_PROP_SYNTAX_LIST_VALUE_PROPERTY_LIST);
    clusctl_plist_write_property(w, "N");
    clusctl_plist_write_dword(w, 0, 7);
    clusctl_plist_write_property_end(w);
    clusctl_plist_write_list_end(w);
    clusctl_plist_write_property_end(w);
}

static void build_nested_vlist(clusctl_plist_writer *w)
{
    clusctl_plist_write_property(w, "VLs");
    clusctl_plist_write_list_begin(
        w, CCTL_PROP_SYNTAX_VALUE(CCTL_PROP_TYPE_LIST_VALUE, CCTL_PROP_FORMAT_VALUE_LIST));
    clusctl_plist_write_dword(w, 0, 5);
    clusctl_plist_write_list_end(w);
    clusctl_plist_write_property_end(w);
}

static void build_storage(clusctl_plist_writer *w)
{
    static const unsigned char part[] = {1, 2, 3, 4, 5, 6};
    clusctl_plist_write_dword(w, CCTL_PROP_SYNTAX_DISK_SIGNATURE, 0x12345678u);
    clusctl_plist_write_dword(w, CCTL_PROP_SYNTAX_SCSI_ADDRESS, 0x03020100u);
    clusctl_plist_write_dword(w, CCTL_PROP_SYNTAX_DISK_NUMBER, 1);
    clusctl_plist_write_ularge_integer(w, CCTL_PROP_SYNTAX_DISK_SIZE, UINT64_C(1000000000000));
    clusctl_plist_write_string(w, CCTL_PROP_SYNTAX_DISK_SERIALNUMBER, "SN1");
    clusctl_plist_write_bytes(w, CCTL_PROP_SYNTAX_PARTITION_INFO_EX, part, sizeof part);
}

static void build_two_disks(clusctl_plist_writer *w)
{
    clusctl_plist_write_dword(w, CCTL_PROP_SYNTAX_DISK_SIGNATURE, 0x11111111u);
    clusctl_plist_write_dword(w, CCTL_PROP_SYNTAX_DISK_NUMBER, 2);
    clusctl_plist_write_dword(w, CCTL_PROP_SYNTAX_DISK_SIGNATURE, 0x22222222u);
    clusctl_plist_write_dword(w, CCTL_PROP_SYNTAX_DISK_NUMBER, 3);
}

static void build_dependencies(clusctl_plist_writer *w)
{
    clusctl_plist_write_dword(w, CCTL_PROP_SYNTAX_RESCLASS, 1);
    clusctl_plist_write_string(w, CCTL_PROP_SYNTAX_NAME, "Disk");
}

static void build_nothing(clusctl_plist_writer *w)
{
    (void)w;
}

struct golden {
    const char *name;
    builder build;
    const unsigned char *bytes;
    size_t size;
    int kind;
    uint32_t flags;
};

#define GOLD(b, v, kind, flags) {#v, b, v, sizeof v, kind, flags}
static const struct golden goldens[] = {
    GOLD(build_one_dword, vec_one_dword, PLIST, CCTL_PLIST_NO_FINAL_ENDMARK),
    GOLD(build_one_dword, vec_one_dword_final, PLIST, 0),
    GOLD(build_vm_ro, vec_vm_ro, PLIST, CCTL_PLIST_STRICT),
    GOLD(build_vm_ro_failed, vec_vm_ro_failed, PLIST, CCTL_PLIST_NO_FINAL_ENDMARK),
    GOLD(build_every_format, vec_every_format, PLIST, CCTL_PLIST_STRICT),
    GOLD(build_two_values, vec_two_values, PLIST, 0),
    GOLD(build_expand_pair, vec_expand_pair, PLIST, CCTL_PLIST_STRICT),
    GOLD(build_multi_sz, vec_multi_sz, PLIST, CCTL_PLIST_NO_FINAL_ENDMARK),
    GOLD(build_nested, vec_nested, PLIST, 0),
    GOLD(build_nested_vlist, vec_nested_vlist, PLIST, 0),
    GOLD(build_storage, vec_storage, VLIST, CCTL_PLIST_STRICT),
    GOLD(build_two_disks, vec_two_disks, VLIST, 0),
    GOLD(build_dependencies, vec_dependencies, VLIST, CCTL_PLIST_STRICT),
    GOLD(build_nothing, vec_empty_plist, PLIST, 0),
    GOLD(build_nothing, vec_empty_plist_bare, PLIST, CCTL_PLIST_NO_FINAL_ENDMARK),
    GOLD(build_nothing, vec_empty_vlist, VLIST, 0),
};

/* Runs a builder into `buffer` (size bytes; may be NULL with 0). */
static clusctl_status run_builder(const struct golden *g, unsigned char *buffer, size_t size,
                                  size_t *out_size)
{
    clusctl_plist_writer w;
    clusctl_status st;
    memset(&w, 0, sizeof w);
    st = g->kind == PLIST ? clusctl_plist_write_begin(&w, buffer, size, g->flags)
                          : clusctl_vlist_write_begin(&w, buffer, size, g->flags);
    if (st != CCTL_ERROR_SUCCESS)
        return st;
    g->build(&w);
    return clusctl_plist_write_end(&w, out_size);
}

static void test_writer_golden(void)
{
    size_t i, n, got;
    for (i = 0; i < COUNT(goldens); i++) {
        const struct golden *g = &goldens[i];
        unsigned char *buf;
        harness_test = g->name;
        /* One pass, no buffer: the size. */
        got = 0;
        CHECK_EQ_U(run_builder(g, NULL, 0, &got), CCTL_ERROR_MORE_DATA);
        CHECK_EQ_U(got, g->size);
        /* Exactly that size: the golden bytes. */
        buf = (unsigned char *)xmalloc(g->size);
        memset(buf, PATTERN, g->size);
        got = 0;
        CHECK_EQ_U(run_builder(g, buf, g->size, &got), CCTL_ERROR_SUCCESS);
        CHECK_EQ_U(got, g->size);
        if (!CHECK(memcmp(buf, g->bytes, g->size) == 0)) {
            for (n = 0; n < g->size; n++)
                if (buf[n] != g->bytes[n]) {
                    fprintf(stderr, "    first difference at %lu: 0x%02X, expected 0x%02X\n",
                            (unsigned long)n, buf[n], g->bytes[n]);
                    break;
                }
        }
        free(buf);
        /* Every smaller size, in a block of exactly that size: ERROR_MORE_DATA
         * and the size needed, nothing written past the block. */
        for (n = 0; n < g->size; n++) {
            buf = (unsigned char *)xmalloc(n);
            got = 0;
            CHECK_EQ_U(run_builder(g, n != 0 ? buf : NULL, n, &got), CCTL_ERROR_MORE_DATA);
            CHECK_EQ_U(got, g->size);
            free(buf);
        }
        /* A larger buffer: its tail is untouched. */
        buf = (unsigned char *)xmalloc(g->size + 8);
        memset(buf, PATTERN, g->size + 8);
        CHECK_EQ_U(run_builder(g, buf, g->size + 8, &got), CCTL_ERROR_SUCCESS);
        CHECK_EQ_U(got, g->size);
        CHECK(memcmp(buf, g->bytes, g->size) == 0);
        for (n = g->size; n < g->size + 8; n++)
            CHECK_EQ_U(buf[n], PATTERN);
        /* A size smaller than the block: nothing past the size given. */
        memset(buf, PATTERN, g->size + 8);
        CHECK_EQ_U(run_builder(g, buf, g->size / 2, &got), CCTL_ERROR_MORE_DATA);
        for (n = g->size / 2; n < g->size + 8; n++)
            if (buf[n] != PATTERN) {
                CHECK_EQ_U(buf[n], PATTERN);
                break;
            }
        free(buf);
    }
    harness_test = "test_writer_golden";
}

/* ---- Reader -> writer: a list copied value by value ----------------------------- */

static clusctl_status copy_plist(clusctl_plist_reader *r, clusctl_plist_writer *w);
static clusctl_status copy_vlist(clusctl_plist_reader *r, clusctl_plist_writer *w);

static clusctl_status copy_value(const clusctl_prop_value *v, clusctl_plist_writer *w)
{
    clusctl_plist_reader inner;
    clusctl_status st;
    memset(&inner, 0, sizeof inner);
    if (v->format == CCTL_PROP_FORMAT_PROPERTY_LIST || v->format == CCTL_PROP_FORMAT_VALUE_LIST) {
        int plist = v->format == CCTL_PROP_FORMAT_PROPERTY_LIST;
        st = plist ? clusctl_value_plist(v, &inner, NULL) : clusctl_value_vlist(v, &inner, NULL);
        if (st != CCTL_ERROR_SUCCESS)
            return st;
        clusctl_plist_write_list_begin(w, v->syntax);
        st = plist ? copy_plist(&inner, w) : copy_vlist(&inner, w);
        clusctl_plist_write_list_end(w);
        return st;
    }
    return clusctl_plist_write_value(w, v->syntax, v->data, v->length);
}

static clusctl_status copy_plist(clusctl_plist_reader *r, clusctl_plist_writer *w)
{
    clusctl_prop p = {0};
    clusctl_prop_value v = {0};
    char name[256];
    clusctl_status st;
    while ((st = clusctl_plist_next(r, &p)) == CCTL_ERROR_SUCCESS) {
        if (clusctl_prop_name(&p, name, sizeof name, NULL) != CCTL_ERROR_SUCCESS)
            return CCTL_ERROR_INVALID_NAME;
        clusctl_plist_write_property(w, name);
        while ((st = clusctl_prop_next_value(&p, &v)) == CCTL_ERROR_SUCCESS)
            if ((st = copy_value(&v, w)) != CCTL_ERROR_SUCCESS)
                return st;
        clusctl_plist_write_property_end(w);
    }
    return st == CCTL_ERROR_NO_MORE_ITEMS ? CCTL_ERROR_SUCCESS : st;
}

static clusctl_status copy_vlist(clusctl_plist_reader *r, clusctl_plist_writer *w)
{
    clusctl_prop_value v = {0};
    clusctl_status st;
    while ((st = clusctl_vlist_next(r, &v)) == CCTL_ERROR_SUCCESS)
        if ((st = copy_value(&v, w)) != CCTL_ERROR_SUCCESS)
            return st;
    return st == CCTL_ERROR_NO_MORE_ITEMS ? CCTL_ERROR_SUCCESS : st;
}

/* Reads `bytes` and writes it again; *out (malloc'd) gets the copy. */
static clusctl_status reread(const unsigned char *bytes, size_t size, int kind, uint32_t wflags,
                             unsigned char **out, size_t *out_size)
{
    clusctl_plist_reader r;
    clusctl_plist_writer w;
    unsigned char *copy;
    clusctl_status st;
    size_t pass;
    *out = NULL;
    *out_size = 0;
    for (pass = 0; pass < 2; pass++) { /* a size query, then the real thing */
        st = open_copy(bytes, size, kind, 0, &r, &copy);
        if (st != CCTL_ERROR_SUCCESS) {
            free(copy);
            return st;
        }
        memset(&w, 0, sizeof w);
        if (kind == PLIST)
            clusctl_plist_write_begin(&w, *out, *out_size, wflags);
        else
            clusctl_vlist_write_begin(&w, *out, *out_size, wflags);
        st = kind == PLIST ? copy_plist(&r, &w) : copy_vlist(&r, &w);
        free(copy);
        if (st != CCTL_ERROR_SUCCESS)
            return st;
        st = clusctl_plist_write_end(&w, out_size);
        if (pass == 0) {
            if (st != CCTL_ERROR_MORE_DATA)
                return st;
            *out = (unsigned char *)xmalloc(*out_size);
        }
    }
    return st;
}

static void test_round_trip_reader_writer(void)
{
    size_t i, size;
    unsigned char *out;
    for (i = 0; i < COUNT(vectors); i++) {
        const struct vector *v = &vectors[i];
        uint32_t flags = v->kind == PLIST && !v->final_endmark ? CCTL_PLIST_NO_FINAL_ENDMARK : 0;
        if (!v->canonical)
            continue;
        harness_test = v->name;
        CHECK_EQ_U(reread(v->bytes, v->size, v->kind, flags, &out, &size), CCTL_ERROR_SUCCESS);
        CHECK_EQ_U(size, v->size);
        CHECK(out != NULL && memcmp(out, v->bytes, v->size) == 0);
        free(out);
    }
    harness_test = "test_round_trip_reader_writer";
}

/* ---- Writer -> reader: pseudo-random lists (seeded, reproducible) ---------------- */

static uint32_t rng_state = 12345u;

static uint32_t rng(void)
{
    rng_state = rng_state * 1103515245u + 12345u;
    return (rng_state >> 8) & 0xFFFFFFu;
}

struct spec_value {
    uint32_t syntax;
    uint64_t number;
    char text[16];
};

static void random_text(char *t)
{
    static const char *const pieces[] = {"a", "Z", "9", "_", "\xC3\xA9", "\xE2\x82\xAC",
                                         "\xF0\x9F\x98\x80", " ", "%"};
    size_t n = 1 + rng() % 3, i;
    t[0] = '\0';
    for (i = 0; i < n; i++)
        strcat(t, pieces[rng() % COUNT(pieces)]);
}

static void test_round_trip_writer_reader(void)
{
    int round;
    for (round = 0; round < 300; round++) {
        struct spec_value values[8][3];
        char names[8][16];
        size_t counts[8], props = rng() % 8, p, k, size = 0;
        clusctl_plist_writer w;
        clusctl_plist_reader r;
        clusctl_prop prop = {0};
        clusctl_prop_value v = {0};
        unsigned char *buf;
        uint32_t flags = rng() % 2 ? CCTL_PLIST_NO_FINAL_ENDMARK : 0;
        static const uint32_t formats[] = {CCTL_PROP_FORMAT_DWORD, CCTL_PROP_FORMAT_LONG,
                                           CCTL_PROP_FORMAT_WORD, CCTL_PROP_FORMAT_ULARGE_INTEGER,
                                           CCTL_PROP_FORMAT_LARGE_INTEGER,
                                           CCTL_PROP_FORMAT_FILETIME, CCTL_PROP_FORMAT_SZ,
                                           CCTL_PROP_FORMAT_EXPAND_SZ};
        for (p = 0; p < props; p++) {
            random_text(names[p]);
            counts[p] = 1 + rng() % 3;
            for (k = 0; k < counts[p]; k++) {
                uint32_t f = formats[rng() % COUNT(formats)];
                values[p][k].syntax = CCTL_PROP_SYNTAX_VALUE(CCTL_PROP_TYPE_LIST_VALUE, f);
                values[p][k].number = ((uint64_t)rng() << 40) ^ ((uint64_t)rng() << 16) ^ rng();
                random_text(values[p][k].text);
            }
        }
        for (k = 0; k < 2; k++) { /* size query, then write */
            memset(&w, 0, sizeof w);
            buf = k == 0 ? NULL : (unsigned char *)xmalloc(size);
            CHECK_EQ_U(clusctl_plist_write_begin(&w, buf, k == 0 ? 0 : size, flags),
                       CCTL_ERROR_SUCCESS);
            for (p = 0; p < props; p++) {
                size_t j;
                clusctl_plist_write_property(&w, names[p]);
                for (j = 0; j < counts[p]; j++) {
                    const struct spec_value *s = &values[p][j];
                    switch (s->syntax & 0xFFFF) {
                    case CCTL_PROP_FORMAT_DWORD:
                        clusctl_plist_write_dword(&w, 0, (uint32_t)s->number);
                        break;
                    case CCTL_PROP_FORMAT_LONG:
                        clusctl_plist_write_long(&w, 0, (int32_t)(s->number & 0x7FFFFFFF) - 5);
                        break;
                    case CCTL_PROP_FORMAT_WORD:
                        clusctl_plist_write_word(&w, 0, (uint16_t)s->number);
                        break;
                    case CCTL_PROP_FORMAT_ULARGE_INTEGER:
                        clusctl_plist_write_ularge_integer(&w, 0, s->number);
                        break;
                    case CCTL_PROP_FORMAT_LARGE_INTEGER:
                        clusctl_plist_write_large_integer(&w, 0, -(int64_t)(s->number >> 1));
                        break;
                    case CCTL_PROP_FORMAT_FILETIME:
                        clusctl_plist_write_filetime(&w, 0, s->number);
                        break;
                    default:
                        clusctl_plist_write_string(&w, s->syntax, s->text);
                    }
                }
                clusctl_plist_write_property_end(&w);
            }
            CHECK_EQ_U(clusctl_plist_write_end(&w, &size),
                       k == 0 ? CCTL_ERROR_MORE_DATA : CCTL_ERROR_SUCCESS);
        }
        /* Read back, strictly. */
        memset(&r, 0, sizeof r);
        CHECK_EQ_U(clusctl_plist_open(&r, buf, size, CCTL_PLIST_STRICT, NULL), CCTL_ERROR_SUCCESS);
        CHECK_EQ_U(r.count, props);
        CHECK_EQ_U(r.final_endmark, flags == 0);
        for (p = 0; p < props; p++) {
            char text[64];
            CHECK_EQ_U(clusctl_plist_next(&r, &prop), CCTL_ERROR_SUCCESS);
            CHECK(clusctl_prop_name_equal(&prop, names[p]));
            CHECK_EQ_U(prop.value_count, counts[p]);
            for (k = 0; k < counts[p]; k++) {
                const struct spec_value *s = &values[p][k];
                uint32_t d = 0;
                int32_t l = 0;
                uint16_t wd = 0;
                uint64_t u = 0;
                int64_t ll = 0;
                CHECK_EQ_U(clusctl_prop_next_value(&prop, &v), CCTL_ERROR_SUCCESS);
                CHECK_EQ_U(v.syntax, s->syntax);
                switch (s->syntax & 0xFFFF) {
                case CCTL_PROP_FORMAT_DWORD:
                    clusctl_value_dword(&v, &d);
                    CHECK_EQ_U(d, (uint32_t)s->number);
                    break;
                case CCTL_PROP_FORMAT_LONG:
                    clusctl_value_long(&v, &l);
                    CHECK(l == (int32_t)(s->number & 0x7FFFFFFF) - 5);
                    break;
                case CCTL_PROP_FORMAT_WORD:
                    clusctl_value_word(&v, &wd);
                    CHECK_EQ_U(wd, (uint16_t)s->number);
                    break;
                case CCTL_PROP_FORMAT_ULARGE_INTEGER:
                    clusctl_value_ularge_integer(&v, &u);
                    CHECK(u == s->number);
                    break;
                case CCTL_PROP_FORMAT_LARGE_INTEGER:
                    clusctl_value_large_integer(&v, &ll);
                    CHECK(ll == -(int64_t)(s->number >> 1));
                    break;
                case CCTL_PROP_FORMAT_FILETIME:
                    clusctl_value_filetime(&v, &u);
                    CHECK(u == s->number);
                    break;
                default:
                    CHECK_EQ_U(clusctl_value_string(&v, text, sizeof text, NULL),
                               CCTL_ERROR_SUCCESS);
                    CHECK_STR(text, s->text);
                }
            }
            CHECK_EQ_U(clusctl_prop_next_value(&prop, &v), CCTL_ERROR_NO_MORE_ITEMS);
        }
        CHECK_EQ_U(clusctl_plist_next(&r, &prop), CCTL_ERROR_NO_MORE_ITEMS);
        free(buf);
        if (harness_failed > 20)
            return;
    }
}

/* ---- The writer's errors ---------------------------------------------------------- */

static clusctl_status begun(clusctl_plist_writer *w, unsigned char *buf, size_t size,
                            uint32_t flags)
{
    memset(w, 0, sizeof *w);
    return clusctl_plist_write_begin(w, buf, size, flags);
}

static void test_writer_errors(void)
{
    clusctl_plist_writer w;
    uint64_t buf_words[32]; /* aligned: a check passes buf + 8 as a size_t * */
    unsigned char *const buf = (unsigned char *)buf_words;
    size_t size = 0;
    static const char *const with_empty[] = {"a", ""};

    /* begin's arguments. */
    memset(&w, 0, sizeof w);
    CHECK_EQ_U(clusctl_plist_write_begin(NULL, buf, sizeof buf_words, 0), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_plist_write_begin(&w, NULL, 4, 0), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_plist_write_begin(&w, buf, sizeof buf_words, 0x10), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_vlist_write_begin(&w, buf, sizeof buf_words, CCTL_PLIST_NO_FINAL_ENDMARK),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_plist_write_begin(&w, (unsigned char *)&w, sizeof w, 0),
               CCTL_ERROR_INVALID_PARAMETER);
    w.reserved[3] = 1;
    CHECK_EQ_U(clusctl_plist_write_begin(&w, buf, sizeof buf_words, 0), CCTL_ERROR_INVALID_PARAMETER);
    memset(&w, 0, sizeof w);
    w.levels[4].reserved[0] = 1;
    CHECK_EQ_U(clusctl_plist_write_begin(&w, buf, sizeof buf_words, 0), CCTL_ERROR_INVALID_PARAMETER);

    /* A value outside a property: refused, and sticky. */
    CHECK_EQ_U(begun(&w, buf, sizeof buf_words, 0), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(clusctl_plist_write_dword(&w, 0, 1), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_plist_write_property(&w, "A"), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_plist_write_end(&w, &size), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(w.status, CCTL_ERROR_INVALID_PARAMETER);

    /* A property without a value. */
    CHECK_EQ_U(begun(&w, buf, sizeof buf_words, 0), CCTL_ERROR_SUCCESS);
    clusctl_plist_write_property(&w, "A");
    CHECK_EQ_U(clusctl_plist_write_property_end(&w), CCTL_ERROR_INVALID_DATA);
    CHECK_EQ_U(w.rule, CCTL_PLIST_RULE_NO_VALUE);
    /* A property left open; two properties open. */
    CHECK_EQ_U(begun(&w, buf, sizeof buf_words, 0), CCTL_ERROR_SUCCESS);
    clusctl_plist_write_property(&w, "A");
    clusctl_plist_write_dword(&w, 0, 1);
    CHECK_EQ_U(clusctl_plist_write_end(&w, &size), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(begun(&w, buf, sizeof buf_words, 0), CCTL_ERROR_SUCCESS);
    clusctl_plist_write_property(&w, "A");
    CHECK_EQ_U(clusctl_plist_write_property(&w, "B"), CCTL_ERROR_INVALID_PARAMETER);
    /* Names. */
    CHECK_EQ_U(begun(&w, buf, sizeof buf_words, 0), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(clusctl_plist_write_property(&w, ""), CCTL_ERROR_INVALID_NAME);
    CHECK_EQ_U(w.rule, CCTL_PLIST_RULE_NAME_EMPTY);
    CHECK_EQ_U(begun(&w, buf, sizeof buf_words, 0), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(clusctl_plist_write_property(&w, "\xED\xA0\x80"), /* an encoded surrogate */
               CCTL_ERROR_NO_UNICODE_TRANSLATION);
    CHECK_EQ_U(begun(&w, buf, sizeof buf_words, 0), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(clusctl_plist_write_property(&w, NULL), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(begun(&w, buf, sizeof buf_words, 0), CCTL_ERROR_SUCCESS);
    buf[200] = 'x';
    buf[201] = '\0';
    CHECK_EQ_U(clusctl_plist_write_property(&w, (const char *)buf + 200),
               CCTL_ERROR_INVALID_PARAMETER); /* inside the output buffer */
    /* Syntaxes of the wrong format, ENDMARK, NAME in a property list. */
    CHECK_EQ_U(begun(&w, buf, sizeof buf_words, 0), CCTL_ERROR_SUCCESS);
    clusctl_plist_write_property(&w, "A");
    CHECK_EQ_U(clusctl_plist_write_dword(&w, CCTL_PROP_SYNTAX_LIST_VALUE_LONG, 1),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(begun(&w, buf, sizeof buf_words, 0), CCTL_ERROR_SUCCESS);
    clusctl_plist_write_property(&w, "A");
    CHECK_EQ_U(clusctl_plist_write_string(&w, CCTL_PROP_SYNTAX_NAME, "x"),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(begun(&w, buf, sizeof buf_words, 0), CCTL_ERROR_SUCCESS);
    clusctl_plist_write_property(&w, "A");
    CHECK_EQ_U(clusctl_plist_write_value(&w, 0, NULL, 0), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(begun(&w, buf, sizeof buf_words, 0), CCTL_ERROR_SUCCESS);
    clusctl_plist_write_property(&w, "A");
    CHECK_EQ_U(clusctl_plist_write_bytes(&w, CCTL_PROP_SYNTAX_LIST_VALUE_SZ, "ab", 2),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(begun(&w, buf, sizeof buf_words, 0), CCTL_ERROR_SUCCESS);
    clusctl_plist_write_property(&w, "A");
    CHECK_EQ_U(clusctl_plist_write_multi_sz(&w, 0, with_empty, 2), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(begun(&w, buf, sizeof buf_words, 0), CCTL_ERROR_SUCCESS);
    clusctl_plist_write_property(&w, "A");
    CHECK_EQ_U(clusctl_plist_write_multi_sz(&w, 0, NULL, 1), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(begun(&w, buf, sizeof buf_words, 0), CCTL_ERROR_SUCCESS);
    clusctl_plist_write_property(&w, "A");
    CHECK_EQ_U(clusctl_plist_write_string(&w, 0, "\xC0\x80"), /* overlong NUL */
               CCTL_ERROR_NO_UNICODE_TRANSLATION);
    /* Raw values are checked as the reader checks them, contents strictly. */
    {
        static const unsigned char not_terminated[] = {'a', 0};
        static const unsigned char two_nuls[] = {'a', 0, 0, 0, 0, 0};
        static const unsigned char three[] = {1, 2, 3};
        static const unsigned char sz[] = {'o', 0, 'k', 0, 0, 0};
        static const unsigned char bad_nested[] = {1, 0, 0, 0};
        CHECK_EQ_U(begun(&w, buf, sizeof buf_words, 0), CCTL_ERROR_SUCCESS);
        clusctl_plist_write_property(&w, "A");
        CHECK_EQ_U(clusctl_plist_write_value(&w, CCTL_PROP_SYNTAX_LIST_VALUE_SZ, not_terminated, 2),
                   CCTL_ERROR_INVALID_DATA);
        CHECK_EQ_U(w.rule, CCTL_PLIST_RULE_STRING_NOT_TERMINATED);
        CHECK_EQ_U(begun(&w, buf, sizeof buf_words, 0), CCTL_ERROR_SUCCESS);
        clusctl_plist_write_property(&w, "A");
        CHECK_EQ_U(clusctl_plist_write_value(&w, CCTL_PROP_SYNTAX_LIST_VALUE_SZ, two_nuls, 6),
                   CCTL_ERROR_INVALID_DATA);
        CHECK_EQ_U(w.rule, CCTL_PLIST_RULE_STRING_EMBEDDED_NUL);
        CHECK_EQ_U(begun(&w, buf, sizeof buf_words, 0), CCTL_ERROR_SUCCESS);
        clusctl_plist_write_property(&w, "A");
        CHECK_EQ_U(clusctl_plist_write_value(&w, CCTL_PROP_SYNTAX_LIST_VALUE_SZ, NULL, 0),
                   CCTL_ERROR_INVALID_DATA);
        CHECK_EQ_U(begun(&w, buf, sizeof buf_words, 0), CCTL_ERROR_SUCCESS);
        clusctl_plist_write_property(&w, "A");
        CHECK_EQ_U(clusctl_plist_write_value(&w, CCTL_PROP_SYNTAX_LIST_VALUE_DWORD, three, 3),
                   CCTL_ERROR_BAD_LENGTH);
        CHECK_EQ_U(w.rule, CCTL_PLIST_RULE_FIXED_LENGTH);
        CHECK_EQ_U(begun(&w, buf, sizeof buf_words, 0), CCTL_ERROR_SUCCESS);
        clusctl_plist_write_property(&w, "A");
        CHECK_EQ_U(clusctl_plist_write_value(&w, CCTL_PROP_SYNTAX_LIST_VALUE_PROPERTY_LIST,
                                             bad_nested, 4),
                   CCTL_ERROR_INVALID_DATA);
        CHECK_EQ_U(w.rule, CCTL_PLIST_RULE_COUNT_TOO_LARGE);
        CHECK_EQ_U(begun(&w, buf, sizeof buf_words, 0), CCTL_ERROR_SUCCESS);
        clusctl_plist_write_property(&w, "A");
        CHECK_EQ_U(clusctl_plist_write_value(&w, CCTL_PROP_SYNTAX_LIST_VALUE_SZ, sz, 6),
                   CCTL_ERROR_SUCCESS);
        CHECK_EQ_U(clusctl_plist_write_value(&w, CCTL_PROP_SYNTAX_LIST_VALUE_BINARY, NULL, 0),
                   CCTL_ERROR_SUCCESS);
        CHECK_EQ_U(clusctl_plist_write_value(&w, 0x80018002u, three, 3), CCTL_ERROR_SUCCESS);
        CHECK_EQ_U(clusctl_plist_write_value(&w, CCTL_PROP_SYNTAX_LIST_VALUE_SZ, buf + 100, 2),
                   CCTL_ERROR_INVALID_PARAMETER);
    }
    /* FROM_CLIENT: no EXPANDED_SZ. */
    CHECK_EQ_U(begun(&w, buf, sizeof buf_words, CCTL_PLIST_FROM_CLIENT), CCTL_ERROR_SUCCESS);
    clusctl_plist_write_property(&w, "A");
    clusctl_plist_write_string(&w, CCTL_PROP_SYNTAX_LIST_VALUE_EXPAND_SZ, "%x%");
    CHECK_EQ_U(clusctl_plist_write_string(&w, CCTL_PROP_SYNTAX_LIST_VALUE_EXPANDED_SZ, "y"),
               CCTL_ERROR_INVALID_DATA);
    CHECK_EQ_U(w.rule, CCTL_PLIST_RULE_EXPANDED_SZ_FROM_CLIENT);
    /* STRICT: three values at most, named syntaxes, EXPANDED_SZ after EXPAND_SZ. */
    CHECK_EQ_U(begun(&w, buf, sizeof buf_words, CCTL_PLIST_STRICT), CCTL_ERROR_SUCCESS);
    clusctl_plist_write_property(&w, "A");
    clusctl_plist_write_dword(&w, 0, 1);
    clusctl_plist_write_dword(&w, 0, 2);
    CHECK_EQ_U(clusctl_plist_write_dword(&w, 0, 3), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(clusctl_plist_write_dword(&w, 0, 4), CCTL_ERROR_INVALID_DATA);
    CHECK_EQ_U(w.rule, CCTL_PLIST_RULE_TOO_MANY_VALUES);
    CHECK_EQ_U(begun(&w, buf, sizeof buf_words, CCTL_PLIST_STRICT), CCTL_ERROR_SUCCESS);
    clusctl_plist_write_property(&w, "A");
    CHECK_EQ_U(clusctl_plist_write_dword(&w, 0x80000002u, 1), CCTL_ERROR_INVALID_DATA);
    CHECK_EQ_U(w.rule, CCTL_PLIST_RULE_UNKNOWN_SYNTAX);
    CHECK_EQ_U(begun(&w, buf, sizeof buf_words, CCTL_PLIST_STRICT), CCTL_ERROR_SUCCESS);
    clusctl_plist_write_property(&w, "A");
    CHECK_EQ_U(clusctl_plist_write_string(&w, CCTL_PROP_SYNTAX_LIST_VALUE_EXPANDED_SZ, "y"),
               CCTL_ERROR_INVALID_DATA);
    CHECK_EQ_U(w.rule, CCTL_PLIST_RULE_EXPANDED_SZ_ALONE);
    /* Without STRICT the same are written (the default reader reads them). */
    CHECK_EQ_U(begun(&w, buf, sizeof buf_words, 0), CCTL_ERROR_SUCCESS);
    clusctl_plist_write_property(&w, "A");
    clusctl_plist_write_dword(&w, 0, 1);
    clusctl_plist_write_dword(&w, 0, 2);
    clusctl_plist_write_dword(&w, 0, 3);
    clusctl_plist_write_dword(&w, 0x80000002u, 4);
    clusctl_plist_write_string(&w, CCTL_PROP_SYNTAX_LIST_VALUE_EXPANDED_SZ, "y");
    clusctl_plist_write_property_end(&w);
    CHECK_EQ_U(clusctl_plist_write_end(&w, &size), CCTL_ERROR_SUCCESS);
    {
        clusctl_plist_error e;
        CHECK_EQ_U(check(buf, size, PLIST, 0, &e), CCTL_ERROR_SUCCESS);
        CHECK_EQ_U(check(buf, size, PLIST, CCTL_PLIST_STRICT, &e), CCTL_ERROR_INVALID_DATA);
        CHECK_EQ_U(e.rule, CCTL_PLIST_RULE_TOO_MANY_VALUES);
    }
    /* Done: every later call is refused. */
    CHECK_EQ_U(clusctl_plist_write_end(&w, &size), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_plist_write_property(&w, "B"), CCTL_ERROR_INVALID_PARAMETER);
    /* end's arguments. */
    CHECK_EQ_U(begun(&w, buf, sizeof buf_words, 0), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(clusctl_plist_write_end(&w, NULL), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_plist_write_end(&w, (size_t *)(void *)(buf + 8)),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_plist_write_end(&w, &size), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(size, 8);
    /* Nested lists: depth, order, kinds. */
    {
        int i;
        CHECK_EQ_U(begun(&w, buf, sizeof buf_words, 0), CCTL_ERROR_SUCCESS);
        CHECK_EQ_U(clusctl_plist_write_list_end(&w), CCTL_ERROR_INVALID_PARAMETER);
        CHECK_EQ_U(begun(&w, NULL, 0, 0), CCTL_ERROR_SUCCESS);
        for (i = 0; i < CCTL_PLIST_DEPTH_MAX; i++) {
            CHECK_EQ_U(clusctl_plist_write_property(&w, "N"), CCTL_ERROR_SUCCESS);
            CHECK_EQ_U(clusctl_plist_write_list_begin(&w, CCTL_PROP_SYNTAX_LIST_VALUE_PROPERTY_LIST),
                       CCTL_ERROR_SUCCESS);
        }
        CHECK_EQ_U(w.depth, CCTL_PLIST_DEPTH_MAX);
        CHECK_EQ_U(clusctl_plist_write_property(&w, "N"), CCTL_ERROR_SUCCESS);
        CHECK_EQ_U(clusctl_plist_write_list_begin(&w, CCTL_PROP_SYNTAX_LIST_VALUE_PROPERTY_LIST),
                   CCTL_ERROR_INVALID_PARAMETER);
        CHECK_EQ_U(begun(&w, buf, sizeof buf_words, 0), CCTL_ERROR_SUCCESS);
        clusctl_plist_write_property(&w, "N");
        CHECK_EQ_U(clusctl_plist_write_list_begin(&w, CCTL_PROP_SYNTAX_LIST_VALUE_DWORD),
                   CCTL_ERROR_INVALID_PARAMETER);
        CHECK_EQ_U(begun(&w, buf, sizeof buf_words, 0), CCTL_ERROR_SUCCESS);
        clusctl_plist_write_property(&w, "N");
        clusctl_plist_write_list_begin(&w, CCTL_PROP_SYNTAX_LIST_VALUE_PROPERTY_LIST);
        clusctl_plist_write_property(&w, "M");
        CHECK_EQ_U(clusctl_plist_write_list_end(&w), CCTL_ERROR_INVALID_PARAMETER);
        CHECK_EQ_U(begun(&w, buf, sizeof buf_words, 0), CCTL_ERROR_SUCCESS);
        clusctl_plist_write_property(&w, "N");
        clusctl_plist_write_list_begin(&w, CCTL_PROP_SYNTAX_LIST_VALUE_PROPERTY_LIST);
        CHECK_EQ_U(clusctl_plist_write_end(&w, &size), CCTL_ERROR_INVALID_PARAMETER);
        /* An empty nested list, then the deepest one: read back. */
        CHECK_EQ_U(begun(&w, buf, sizeof buf_words, CCTL_PLIST_STRICT), CCTL_ERROR_SUCCESS);
        clusctl_plist_write_property(&w, "N");
        clusctl_plist_write_list_begin(&w, CCTL_PROP_SYNTAX_LIST_VALUE_PROPERTY_LIST);
        clusctl_plist_write_list_end(&w);
        clusctl_plist_write_property_end(&w);
        CHECK_EQ_U(clusctl_plist_write_end(&w, &size), CCTL_ERROR_SUCCESS);
        CHECK_EQ_U(size, 4 + 12 + 8 + 8 + 4 + 4);
        {
            clusctl_plist_error e;
            CHECK_EQ_U(check(buf, size, PLIST, CCTL_PLIST_STRICT, &e), CCTL_ERROR_SUCCESS);
        }
    }
    /* A changed writer is refused. */
    CHECK_EQ_U(begun(&w, buf, sizeof buf_words, 0), CCTL_ERROR_SUCCESS);
    w.depth = CCTL_PLIST_DEPTH_MAX + 1;
    CHECK_EQ_U(clusctl_plist_write_property(&w, "A"), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(begun(&w, buf, sizeof buf_words, 0), CCTL_ERROR_SUCCESS);
    w.reserved_ptr[0] = buf;
    CHECK_EQ_U(clusctl_plist_write_property(&w, "A"), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_plist_write_property(NULL, "A"), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_plist_write_property_end(NULL), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_plist_write_dword(NULL, 0, 1), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_plist_write_list_end(NULL), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_plist_write_end(NULL, &size), CCTL_ERROR_INVALID_PARAMETER);
}

/* ---- The reader's arguments ------------------------------------------------------- */

static void test_reader_arguments(void)
{
    clusctl_plist_reader r, saved;
    clusctl_prop p = {0};
    clusctl_prop_value v = {0};
    clusctl_plist_error e;
    unsigned char *copy = exact_copy(vec_one_dword, sizeof vec_one_dword);
    unsigned char *big = (unsigned char *)xmalloc(sizeof vec_one_dword + sizeof r);

    memset(&r, 0, sizeof r);
    memset(&e, 0, sizeof e);
    CHECK_EQ_U(clusctl_plist_open(NULL, copy, sizeof vec_one_dword, 0, &e),
               CCTL_ERROR_INVALID_PARAMETER);
    r.reserved[0] = 1;
    CHECK_EQ_U(clusctl_plist_open(&r, copy, sizeof vec_one_dword, 0, &e),
               CCTL_ERROR_INVALID_PARAMETER);
    r.reserved[0] = 0;
    r.reserved_ptr[1] = copy;
    CHECK_EQ_U(clusctl_plist_open(&r, copy, sizeof vec_one_dword, 0, &e),
               CCTL_ERROR_INVALID_PARAMETER);
    r.reserved_ptr[1] = NULL;
    e.reserved[2] = 1;
    e.rule = 77;
    CHECK_EQ_U(clusctl_plist_open(&r, copy, sizeof vec_one_dword, 0, &e),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(e.rule, 77); /* untouched */
    CHECK_EQ_U(clusctl_plist_validate(copy, sizeof vec_one_dword, 0, &e),
               CCTL_ERROR_INVALID_PARAMETER);
    memset(&e, 0, sizeof e);
    CHECK_EQ_U(clusctl_plist_open(&r, NULL, 8, 0, &e), CCTL_ERROR_INVALID_USER_BUFFER);
    CHECK_EQ_U(clusctl_vlist_validate(NULL, 8, 0, &e), CCTL_ERROR_INVALID_USER_BUFFER);
    CHECK_EQ_U(e.rule, 0);
    CHECK_EQ_U(clusctl_plist_validate(NULL, 0, 0, &e), CCTL_ERROR_INVALID_DATA);
    CHECK_EQ_U(e.rule, CCTL_PLIST_RULE_TRUNCATED_COUNT);
    CHECK_EQ_U(clusctl_plist_open(&r, copy, sizeof vec_one_dword, 0,
                                  (clusctl_plist_error *)(void *)&r),
               CCTL_ERROR_INVALID_PARAMETER); /* the report over the reader */
    CHECK_EQ_U(clusctl_plist_validate(copy, sizeof vec_one_dword, 0,
                                      (clusctl_plist_error *)(void *)copy),
               CCTL_ERROR_INVALID_PARAMETER);
    /* The reader inside the buffer it reads: over its last 4 bytes (the
     * ENDMARK, 0), its reserved room in zeroed bytes after it. */
    memcpy(big, vec_one_dword, sizeof vec_one_dword);
    memset(big + sizeof vec_one_dword, 0, sizeof r);
    CHECK_EQ_U(clusctl_plist_open((clusctl_plist_reader *)(void *)(big + 40), big,
                                  sizeof vec_one_dword, 0, NULL),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_plist_open((clusctl_plist_reader *)(void *)(big + 40), big, 40, 0, NULL),
               CCTL_ERROR_INVALID_DATA); /* no overlap: the buffer's status */
    /* A value over the list. */
    {
        clusctl_plist_reader r2 = {0};
        clusctl_prop p2 = {0};
        memset(big + 40, 0, sizeof r);
        CHECK_EQ_U(clusctl_plist_open(&r2, big, 44, 0, NULL), CCTL_ERROR_SUCCESS);
        CHECK_EQ_U(clusctl_plist_next(&r2, &p2), CCTL_ERROR_SUCCESS);
        CHECK_EQ_U(clusctl_prop_next_value(&p2, (clusctl_prop_value *)(void *)(big + 40)),
                   CCTL_ERROR_INVALID_PARAMETER);
    }
    CHECK_EQ_U(clusctl_plist_open(&r, copy, sizeof vec_one_dword, 0, &e), CCTL_ERROR_SUCCESS);
    saved = r;
    /* next's arguments. */
    CHECK_EQ_U(clusctl_plist_next(NULL, &p), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_plist_next(&r, NULL), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_vlist_next(&r, &v), CCTL_ERROR_INVALID_PARAMETER);
    {
        union {
            clusctl_plist_reader r;
            clusctl_prop p;
        } both;
        memset(&both, 0, sizeof both);
        both.r = r;
        CHECK_EQ_U(clusctl_plist_next(&both.r, &both.p), CCTL_ERROR_INVALID_PARAMETER);
    }
    p.reserved[0] = 9;
    CHECK_EQ_U(clusctl_plist_next(&r, &p), CCTL_ERROR_INVALID_PARAMETER);
    p.reserved[0] = 0;
    r.next = r.end + 1;
    CHECK_EQ_U(clusctl_plist_next(&r, &p), CCTL_ERROR_INVALID_PARAMETER);
    r = saved;
    r.size = 1000;
    CHECK_EQ_U(clusctl_plist_next(&r, &p), CCTL_ERROR_SUCCESS); /* end still inside */
    r = saved;
    r.flags = 0x40;
    CHECK_EQ_U(clusctl_plist_next(&r, &p), CCTL_ERROR_INVALID_PARAMETER);
    r = saved;
    r.next = 5; /* not a property's start: its rule's status, no read past */
    CHECK(clusctl_plist_next(&r, &p) != CCTL_ERROR_SUCCESS);
    r = saved;
    CHECK_EQ_U(clusctl_plist_next(&r, &p), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(clusctl_prop_next_value(NULL, &v), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_prop_next_value(&p, NULL), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_prop_next_value(&p, (clusctl_prop_value *)(void *)&p),
               CCTL_ERROR_INVALID_PARAMETER);
    p.next_ = p.list_size_ + 4;
    CHECK_EQ_U(clusctl_prop_next_value(&p, &v), CCTL_ERROR_INVALID_PARAMETER);
    free(big);
    free(copy);
}

/* ---- A seeded mutation sweep: never a crash, reports consistent ------------------ */

static void test_mutations(void)
{
    size_t i, pos, k;
    static const unsigned char values[] = {0x00, 0x01, 0x02, 0x03, 0x04, 0x0E, 0x0D, 0x7F,
                                           0x80, 0xD8, 0xDC, 0xFE, 0xFF};
    unsigned long runs = 0;
    for (i = 0; i < COUNT(vectors); i++) {
        const struct vector *v = &vectors[i];
        unsigned char *buf = exact_copy(v->bytes, v->size);
        harness_test = v->name;
        for (pos = 0; pos < v->size; pos++) {
            for (k = 0; k < COUNT(values); k++) {
                clusctl_plist_error e = {0}, s = {0};
                clusctl_status st, sst;
                unsigned char old = buf[pos];
                buf[pos] = values[k];
                st = v->kind == PLIST ? clusctl_plist_validate(buf, v->size, 0, &e)
                                      : clusctl_vlist_validate(buf, v->size, 0, &e);
                sst = v->kind == PLIST
                          ? clusctl_plist_validate(buf, v->size, CCTL_PLIST_STRICT, &s)
                          : clusctl_vlist_validate(buf, v->size, CCTL_PLIST_STRICT, &s);
                if (st != CCTL_ERROR_SUCCESS)
                    check_report(st, &e, v->size);
                if (sst != CCTL_ERROR_SUCCESS)
                    check_report(sst, &s, v->size);
                else
                    CHECK_EQ_U(st, CCTL_ERROR_SUCCESS); /* strict accepts less */
                buf[pos] = old;
                runs++;
            }
            if (harness_failed > 50)
                break;
        }
        free(buf);
    }
    harness_test = "test_mutations";
    CHECK(runs > 10000);
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: %s PATH/TO/data/clusprop.csv\n", argv[0]);
        return 2;
    }
    test_tables_equal_data_file(argv[1]);
    RUN(test_syntax_codec);
    RUN(test_rule_names);
    RUN(test_vectors_validate);
    RUN(test_read_vm);
    RUN(test_read_every_format);
    RUN(test_read_multi_sz);
    RUN(test_read_lenient_strings);
    RUN(test_read_nested);
    RUN(test_read_storage);
    RUN(test_malformed);
    RUN(test_modes);
    RUN(test_depth);
    RUN(test_find);
    RUN(test_getters);
    RUN(test_writer_golden);
    RUN(test_round_trip_reader_writer);
    RUN(test_round_trip_writer_reader);
    RUN(test_writer_errors);
    RUN(test_reader_arguments);
    RUN(test_mutations);
    return harness_finish();
}
