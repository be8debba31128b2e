/* Unit tests of the codec: the seed codes, encode's range checks, names,
 * validation, number parsing, statuses and the version. */
#include <stdint.h>

#include "clusctl/clusctl.h"
#include "harness.h"

static clusctl_fields fields_of(uint32_t object, uint32_t global,
                                uint32_t modify, uint32_t user,
                                uint32_t internal, uint32_t function,
                                uint32_t access)
{
    clusctl_fields f = {0};
    f.object = object;
    f.global = global;
    f.modify = modify;
    f.user = user;
    f.internal = internal;
    f.function = function;
    f.access = access;
    return f;
}

static int fields_equal(const clusctl_fields *a, const clusctl_fields *b)
{
    return a->object == b->object && a->global == b->global &&
           a->modify == b->modify && a->user == b->user &&
           a->internal == b->internal && a->function == b->function &&
           a->access == b->access;
}

/* The one table of the layout, CCTL_FIELD_MAP, against the bit table of the
 * product's description (object 24-31, global 23, modify 22, user 21,
 * internal 20, function 2-19, access 0-1), written here independently. */
static void test_field_map(void)
{
    static const struct {
        const char *name;
        uint32_t low, high;
    } spec[] = {{"object", 24, 31}, {"global", 23, 23}, {"modify", 22, 22},
                {"user", 21, 21},   {"internal", 20, 20}, {"function", 2, 19},
                {"access", 0, 1}};
    size_t i = 0;
#define ROW_(FLAG, member, shift, max)                                         \
    CHECK(i < sizeof spec / sizeof spec[0]);                                   \
    if (i < sizeof spec / sizeof spec[0]) {                                    \
        CHECK_STR(#member, spec[i].name);                                      \
        CHECK_STR(clusctl_field_name(CCTL_FIELD_##FLAG), spec[i].name);        \
        CHECK_EQ_U(shift, spec[i].low);                                        \
        CHECK_EQ_U((uint64_t)(max) + 1, (uint64_t)1 << (spec[i].high - spec[i].low + 1)); \
        CHECK_EQ_U(clusctl_field_max(CCTL_FIELD_##FLAG), max);                 \
    }                                                                          \
    i++;
    CCTL_FIELD_MAP(ROW_)
#undef ROW_
    CHECK_EQ_U(i, sizeof spec / sizeof spec[0]);
}

/* The two codes of the seed documents, field by field. */
static void test_seed_start_migration(void)
{
    clusctl_fields f, want = fields_of(CCTL_OBJECT_RESOURCE, 0, 1, 1, 0, 1,
                                       CCTL_ACCESS_ANY);
    uint32_t code = 0;
    CHECK_EQ_U(clusctl_decode(0x01600004u, &f), CCTL_ERROR_SUCCESS);
    CHECK(fields_equal(&f, &want));
    CHECK_EQ_U(f.object, 1);
    CHECK_EQ_U(f.global, 0);
    CHECK_EQ_U(f.modify, 1);
    CHECK_EQ_U(f.user, 1);
    CHECK_EQ_U(f.internal, 0);
    CHECK_EQ_U(f.function, 1);
    CHECK_EQ_U(f.access, 0);
    CHECK_EQ_U(0x01600004u & 0x3FFFCu, 0x4); /* operation code 0x4 */
    CHECK_EQ_U(clusctl_encode(&want, &code), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(code, 0x01600004u);
    CHECK_EQ_U(clusctl_validate(0x01600004u), 0);
}

static void test_seed_cancel_migration(void)
{
    clusctl_fields f, want = fields_of(CCTL_OBJECT_RESOURCE, 0, 1, 1, 0, 2,
                                       CCTL_ACCESS_ANY);
    uint32_t code = 0;
    CHECK_EQ_U(clusctl_decode(0x01600008u, &f), CCTL_ERROR_SUCCESS);
    CHECK(fields_equal(&f, &want));
    CHECK_EQ_U(f.function, 2);
    CHECK_EQ_U(clusctl_encode(&want, &code), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(code, 0x01600008u);
    CHECK_EQ_U(clusctl_validate(0x01600008u), 0);
}

static void test_field_extremes(void)
{
    clusctl_fields f, all = fields_of(255, 1, 1, 1, 1, 0x3FFFF, 3),
                      none = fields_of(0, 0, 0, 0, 0, 0, 0);
    uint32_t code = 1;
    CHECK_EQ_U(clusctl_encode(&all, &code), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(code, 0xFFFFFFFFu);
    CHECK_EQ_U(clusctl_decode(0xFFFFFFFFu, &f), CCTL_ERROR_SUCCESS);
    CHECK(fields_equal(&f, &all));
    CHECK_EQ_U(clusctl_encode(&none, &code), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(code, 0);
    /* Each field alone lands on its own bits. */
    CHECK_EQ_U((clusctl_encode(&(clusctl_fields){.object = 255, .global = 0, .modify = 0, .user = 0, .internal = 0, .function = 0, .access = 0}, &code), code), 0xFF000000u);
    CHECK_EQ_U((clusctl_encode(&(clusctl_fields){.object = 0, .global = 1, .modify = 0, .user = 0, .internal = 0, .function = 0, .access = 0}, &code), code), 0x00800000u);
    CHECK_EQ_U((clusctl_encode(&(clusctl_fields){.object = 0, .global = 0, .modify = 1, .user = 0, .internal = 0, .function = 0, .access = 0}, &code), code), 0x00400000u);
    CHECK_EQ_U((clusctl_encode(&(clusctl_fields){.object = 0, .global = 0, .modify = 0, .user = 1, .internal = 0, .function = 0, .access = 0}, &code), code), 0x00200000u);
    CHECK_EQ_U((clusctl_encode(&(clusctl_fields){.object = 0, .global = 0, .modify = 0, .user = 0, .internal = 1, .function = 0, .access = 0}, &code), code), 0x00100000u);
    CHECK_EQ_U((clusctl_encode(&(clusctl_fields){.object = 0, .global = 0, .modify = 0, .user = 0, .internal = 0, .function = 0x3FFFF, .access = 0}, &code), code), 0x000FFFFCu);
    CHECK_EQ_U((clusctl_encode(&(clusctl_fields){.object = 0, .global = 0, .modify = 0, .user = 0, .internal = 0, .function = 0, .access = 3}, &code), code), 0x00000003u);
}

/* Every field, one past its maximum and at UINT32_MAX, is refused with
 * ERROR_INVALID_PARAMETER, named by clusctl_fields_check(), and the output is
 * left untouched. */
static void test_encode_rejects_out_of_range(void)
{
    static const uint32_t flags[] = {
        CCTL_FIELD_OBJECT, CCTL_FIELD_GLOBAL,   CCTL_FIELD_MODIFY,
        CCTL_FIELD_USER,   CCTL_FIELD_INTERNAL, CCTL_FIELD_FUNCTION,
        CCTL_FIELD_ACCESS};
    static const uint32_t max[] = {255, 1, 1, 1, 1, 0x3FFFF, 3};
    size_t i, k;
    for (i = 0; i < sizeof flags / sizeof flags[0]; i++) {
        const uint32_t bad_values[] = {max[i] + 1, max[i] * 2 + 1, UINT32_MAX};
        CHECK_EQ_U(clusctl_field_max(flags[i]), max[i]);
        for (k = 0; k < 3; k++) {
            clusctl_fields f = fields_of(1, 0, 1, 1, 0, 1, 0);
            uint32_t *member[] = {&f.object, &f.global,   &f.modify, &f.user,
                                  &f.internal, &f.function, &f.access};
            uint32_t code = 0xDEADBEEFu;
            *member[i] = bad_values[k];
            CHECK_EQ_U(clusctl_fields_check(&f), flags[i]);
            CHECK_EQ_U(clusctl_encode(&f, &code), CCTL_ERROR_INVALID_PARAMETER);
            CHECK_EQ_U(code, 0xDEADBEEFu);
            /* At the maximum it is accepted. */
            *member[i] = max[i];
            CHECK_EQ_U(clusctl_fields_check(&f), 0);
            CHECK_EQ_U(clusctl_encode(&f, &code), CCTL_ERROR_SUCCESS);
        }
    }
    {
        clusctl_fields f = fields_of(256, 2, 0, 0, 0, 0x40000, 4);
        uint32_t code = 0;
        CHECK_EQ_U(clusctl_fields_check(&f),
                   CCTL_FIELD_OBJECT | CCTL_FIELD_GLOBAL | CCTL_FIELD_FUNCTION |
                       CCTL_FIELD_ACCESS);
        CHECK_EQ_U(clusctl_fields_check(NULL), 0xFF);
        CHECK_EQ_U(clusctl_encode(NULL, &code), CCTL_ERROR_INVALID_PARAMETER);
        f = fields_of(0, 0, 0, 0, 0, 0, 0);
        CHECK_EQ_U(clusctl_encode(&f, NULL), CCTL_ERROR_INVALID_PARAMETER);
        CHECK_EQ_U(clusctl_decode(0, NULL), CCTL_ERROR_INVALID_PARAMETER);
    }
}

static void test_field_names(void)
{
    CHECK_STR(clusctl_field_name(CCTL_FIELD_OBJECT), "object");
    CHECK_STR(clusctl_field_name(CCTL_FIELD_GLOBAL), "global");
    CHECK_STR(clusctl_field_name(CCTL_FIELD_MODIFY), "modify");
    CHECK_STR(clusctl_field_name(CCTL_FIELD_USER), "user");
    CHECK_STR(clusctl_field_name(CCTL_FIELD_INTERNAL), "internal");
    CHECK_STR(clusctl_field_name(CCTL_FIELD_FUNCTION), "function");
    CHECK_STR(clusctl_field_name(CCTL_FIELD_ACCESS), "access");
    CHECK_STR(clusctl_field_name(0), NULL);
    CHECK_STR(clusctl_field_name(CCTL_FIELD_OBJECT | CCTL_FIELD_ACCESS), NULL);
    CHECK_STR(clusctl_field_name(CCTL_FIELD_RESERVED), "reserved");
    CHECK_STR(clusctl_field_name(0x100), NULL);
    CHECK_EQ_U(clusctl_field_max(CCTL_FIELD_RESERVED), 0);
    CHECK_EQ_U(clusctl_field_max(0), 0);
    CHECK_EQ_U(clusctl_field_max(0x3), 0);
}

/* Flips the ASCII case of every other letter: "ReSoUrCe". */
static void mixed_case(const char *in, char *out, size_t size)
{
    size_t i;
    for (i = 0; in[i] != '\0' && i + 1 < size; i++) {
        char c = in[i];
        if (i % 2 == 1 && c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        out[i] = c;
    }
    out[i] = '\0';
}

/* The object names, walked from their one table (CCTL_OBJECT_MAP); the
 * values themselves are checked against the SDK's CLUS_OBJECT_* in the mingw
 * tier (tests/win/sdk_checks.h). */
static void test_object_names(void)
{
    static const struct {
        uint32_t value;
        const char *name;
    } objects[] = {
#define ROW_(name, value, text) {value, #name},
        CCTL_OBJECT_MAP(ROW_)
#undef ROW_
    };
    size_t i;
    uint32_t v, count = 0;
    char other_case[32];
    CHECK_EQ_U(sizeof objects / sizeof objects[0], 11);
    for (i = 0; i < sizeof objects / sizeof objects[0]; i++) {
        CHECK_STR(clusctl_object_name(objects[i].value), objects[i].name);
        CHECK(clusctl_object_description(objects[i].value) != NULL);
        v = 0xFFFF;
        CHECK_EQ_U(clusctl_object_from_name(objects[i].name, &v), CCTL_ERROR_SUCCESS);
        CHECK_EQ_U(v, objects[i].value);
        mixed_case(objects[i].name, other_case, sizeof other_case);
        v = 0xFFFF;
        CHECK_EQ_U(clusctl_object_from_name(other_case, &v), CCTL_ERROR_SUCCESS);
        CHECK_EQ_U(v, objects[i].value);
    }
    CHECK_EQ_U(CCTL_OBJECT_RESOURCE, 1);
    CHECK_EQ_U(CCTL_OBJECT_USER, 0x80);
    CHECK_STR(clusctl_object_description(10), NULL);
    for (v = 0; v < 0x1000; v++)
        count += clusctl_object_name(v) != NULL;
    CHECK_EQ_U(count, 11);
    CHECK_STR(clusctl_object_name(10), NULL);
    CHECK_STR(clusctl_object_name(0x7F), NULL);
    CHECK_STR(clusctl_object_name(0x101), NULL);
    v = 42;
    CHECK_EQ_U(clusctl_object_from_name("resourcex", &v), CCTL_ERROR_NOT_FOUND);
    CHECK_EQ_U(clusctl_object_from_name("resourc", &v), CCTL_ERROR_NOT_FOUND);
    CHECK_EQ_U(clusctl_object_from_name("", &v), CCTL_ERROR_NOT_FOUND);
    CHECK_EQ_U(clusctl_object_from_name("1", &v), CCTL_ERROR_NOT_FOUND);
    CHECK_EQ_U(v, 42);
    CHECK_EQ_U(clusctl_object_from_name(NULL, &v), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_object_from_name("node", NULL), CCTL_ERROR_INVALID_PARAMETER);
}

static void test_access_names(void)
{
    uint32_t v = 9;
    CHECK_STR(clusctl_access_name(0), "ANY");
    CHECK_STR(clusctl_access_name(1), "READ");
    CHECK_STR(clusctl_access_name(2), "WRITE");
    CHECK_STR(clusctl_access_name(3), NULL);
    CHECK_STR(clusctl_access_name(UINT32_MAX), NULL);
    CHECK_EQ_U(clusctl_access_from_name("any", &v), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(v, 0);
    CHECK_EQ_U(clusctl_access_from_name("Read", &v), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(v, 1);
    CHECK_EQ_U(clusctl_access_from_name("WRITE", &v), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(v, 2);
    CHECK_EQ_U(clusctl_access_from_name("readwrite", &v), CCTL_ERROR_NOT_FOUND);
    CHECK_EQ_U(clusctl_access_from_name("3", &v), CCTL_ERROR_NOT_FOUND);
    CHECK_EQ_U(v, 2);
    CHECK_EQ_U(clusctl_access_from_name(NULL, &v), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_access_from_name("any", NULL), CCTL_ERROR_INVALID_PARAMETER);
}

static void test_validate(void)
{
    /* Every current SDK code passes; these stand for the kinds there are. */
    CHECK_EQ_U(clusctl_validate(0x00000000u), 0); /* CLCTL_UNKNOWN */
    CHECK_EQ_U(clusctl_validate(0x00500006u), 0); /* CLCTL_DELETE, internal */
    CHECK_EQ_U(clusctl_validate(0x09000039u), 0); /* CLUSCTL_AFFINITYRULE_GET_ID */
    CHECK_EQ_U(clusctl_validate(0x80000000u), 0); /* object USER */
    /* One flag at a time. */
    CHECK_EQ_U(clusctl_validate(0x0A000000u), CCTL_WARN_UNKNOWN_OBJECT);
    CHECK_EQ_U(clusctl_validate(0x7F000000u), CCTL_WARN_UNKNOWN_OBJECT);
    CHECK_EQ_U(clusctl_validate(0xFF000000u), CCTL_WARN_UNKNOWN_OBJECT);
    CHECK_EQ_U(clusctl_validate(0x01000007u), CCTL_WARN_ACCESS_3);
    CHECK_EQ_U(clusctl_validate(0x01A00000u), CCTL_WARN_GLOBAL);
    CHECK_EQ_U(clusctl_validate(0x01300000u), CCTL_WARN_USER_AND_INTERNAL);
    /* What the SDK's CLUSCTL_USER_CODE macro makes: bit 23, not bit 21. */
    CHECK_EQ_U(clusctl_validate(CCTL_USER_CODE(1, CCTL_OBJECT_RESOURCE)),
               CCTL_WARN_GLOBAL | CCTL_WARN_USER_CODE_MACRO);
    CHECK_EQ_U(clusctl_validate(0x0080019Du), /* legacy global code */
               CCTL_WARN_GLOBAL | CCTL_WARN_USER_CODE_MACRO);
    /* All at once. */
    CHECK_EQ_U(clusctl_validate(0xFFFFFFFFu),
               CCTL_WARN_UNKNOWN_OBJECT | CCTL_WARN_ACCESS_3 | CCTL_WARN_GLOBAL |
                   CCTL_WARN_USER_AND_INTERNAL);
    CHECK_EQ_U(clusctl_validate(0xFFEFFFFFu) & CCTL_WARN_USER_AND_INTERNAL, 0);
}

static void test_warning_names(void)
{
    static const struct {
        uint32_t flag;
        const char *id;
    } warnings[] = {
        {CCTL_WARN_UNKNOWN_OBJECT, "unknown_object"},
        {CCTL_WARN_ACCESS_3, "access_3"},
        {CCTL_WARN_GLOBAL, "global"},
        {CCTL_WARN_USER_CODE_MACRO, "user_code_macro"},
        {CCTL_WARN_USER_AND_INTERNAL, "user_and_internal"},
    };
    size_t i;
    uint32_t all = 0;
    for (i = 0; i < sizeof warnings / sizeof warnings[0]; i++) {
        CHECK_STR(clusctl_warning_id(warnings[i].flag), warnings[i].id);
        CHECK(clusctl_warning_description(warnings[i].flag) != NULL);
        all |= warnings[i].flag;
    }
    CHECK_EQ_U(all, 0x1F);
    CHECK_STR(clusctl_warning_id(0), NULL);
    CHECK_STR(clusctl_warning_id(0x20), NULL);
    CHECK_STR(clusctl_warning_id(0x3), NULL);
    CHECK_STR(clusctl_warning_description(0), NULL);
    CHECK_STR(clusctl_warning_description(0x40), NULL);
}

static void test_parse_u32(void)
{
    static const struct {
        const char *text;
        clusctl_status status;
        uint32_t value;
    } cases[] = {
        {"0", CCTL_ERROR_SUCCESS, 0},
        {"7", CCTL_ERROR_SUCCESS, 7},
        {"23068680", CCTL_ERROR_SUCCESS, 0x01600008u},
        {"4294967295", CCTL_ERROR_SUCCESS, 0xFFFFFFFFu},
        {"0x0", CCTL_ERROR_SUCCESS, 0},
        {"0x01600008", CCTL_ERROR_SUCCESS, 0x01600008u},
        {"0X1600008", CCTL_ERROR_SUCCESS, 0x01600008u},
        {"0xabcDEF", CCTL_ERROR_SUCCESS, 0xABCDEFu},
        {"0xFFFFFFFF", CCTL_ERROR_SUCCESS, 0xFFFFFFFFu},
        {"0x000000000001600004", CCTL_ERROR_SUCCESS, 0x01600004u},
        {"4294967296", CCTL_ERROR_ARITHMETIC_OVERFLOW, 0},
        {"99999999999", CCTL_ERROR_ARITHMETIC_OVERFLOW, 0},
        {"0x100000000", CCTL_ERROR_ARITHMETIC_OVERFLOW, 0},
        {"0x1FFFFFFFF", CCTL_ERROR_ARITHMETIC_OVERFLOW, 0},
        {"", CCTL_ERROR_INVALID_DATA, 0},
        {"0x", CCTL_ERROR_INVALID_DATA, 0},
        {"x10", CCTL_ERROR_INVALID_DATA, 0},
        {"-1", CCTL_ERROR_INVALID_DATA, 0},
        {"+1", CCTL_ERROR_INVALID_DATA, 0},
        {" 1", CCTL_ERROR_INVALID_DATA, 0},
        {"1 ", CCTL_ERROR_INVALID_DATA, 0},
        {"12a", CCTL_ERROR_INVALID_DATA, 0},
        {"0x1g", CCTL_ERROR_INVALID_DATA, 0},
        {"0x 1", CCTL_ERROR_INVALID_DATA, 0},
        {"010", CCTL_ERROR_INVALID_DATA, 0},
        {"00", CCTL_ERROR_INVALID_DATA, 0},
        {"1e3", CCTL_ERROR_INVALID_DATA, 0},
        {"1.0", CCTL_ERROR_INVALID_DATA, 0},
        {"99999999999x", CCTL_ERROR_INVALID_DATA, 0}, /* syntax wins */
        {"0xx1", CCTL_ERROR_INVALID_DATA, 0},
    };
    size_t i;
    uint32_t v;
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        v = 0x5A5A5A5Au;
        harness_test = cases[i].text;
        CHECK_EQ_U(clusctl_parse_u32(cases[i].text, &v), cases[i].status);
        CHECK_EQ_U(v, cases[i].status == CCTL_ERROR_SUCCESS ? cases[i].value
                                                            : 0x5A5A5A5Au);
    }
    CHECK_EQ_U(clusctl_parse_u32(NULL, &v), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_parse_u32("1", NULL), CCTL_ERROR_INVALID_PARAMETER);
}

static void test_status_names(void)
{
    CHECK_STR(clusctl_status_name(0), "ERROR_SUCCESS");
    CHECK_STR(clusctl_status_name(1), "ERROR_INVALID_FUNCTION");
    CHECK_STR(clusctl_status_name(87), "ERROR_INVALID_PARAMETER");
    CHECK_STR(clusctl_status_name(122), "ERROR_INSUFFICIENT_BUFFER");
    CHECK_STR(clusctl_status_name(234), "ERROR_MORE_DATA");
    CHECK_STR(clusctl_status_name(1113), "ERROR_NO_UNICODE_TRANSLATION");
    CHECK_STR(clusctl_status_name(5023), "ERROR_INVALID_STATE");
    CHECK_STR(clusctl_status_name(5042), "ERROR_CLUSTER_NODE_NOT_FOUND");
    CHECK_STR(clusctl_status_name(5050), "ERROR_CLUSTER_NODE_DOWN");
    CHECK_EQ_U(CCTL_ERROR_INVALID_STATE, 0x139F);
    CHECK_STR(clusctl_status_name(3), NULL);
    CHECK_STR(clusctl_status_name(UINT32_MAX), NULL);
    CHECK(clusctl_status_description(5023) != NULL);
    CHECK_STR(clusctl_status_description(3), NULL);
#define CHECK_STATUS_(name, number, text)                                      \
    CHECK_STR(clusctl_status_name(number), "ERROR_" #name);                    \
    CHECK_STR(clusctl_status_description(number), text);
    CCTL_STATUS_MAP(CHECK_STATUS_)
#undef CHECK_STATUS_
}

static void test_version(void)
{
    char expected[32];
    snprintf(expected, sizeof expected, "%d.%d.%d", CCTL_VERSION_MAJOR,
             CCTL_VERSION_MINOR, CCTL_VERSION_PATCH);
    CHECK_STR(clusctl_version_string(), expected);
    CHECK_EQ_U(clusctl_version_number(), CCTL_VERSION_NUMBER);
}

int main(void)
{
    RUN(test_field_map);
    RUN(test_seed_start_migration);
    RUN(test_seed_cancel_migration);
    RUN(test_field_extremes);
    RUN(test_encode_rejects_out_of_range);
    RUN(test_field_names);
    RUN(test_object_names);
    RUN(test_access_names);
    RUN(test_validate);
    RUN(test_warning_names);
    RUN(test_parse_u32);
    RUN(test_status_names);
    RUN(test_version);
    return harness_finish();
}
