/* Every public function that takes an input and an output buffer, called
 * with the two overlapping: each either gives exactly the answer of a call
 * with separate buffers, or refuses with ERROR_INVALID_PARAMETER and writes
 * nothing, as its documentation says.
 *
 * The first two tests are the bugs of issue 10: START's encoder re-read a
 * name it had overwritten and ran off the stack, and its decoder returned a
 * wrong name when the output was the input. */
#include <stdint.h>
#include <string.h>

#include "clusctl/clusctl.h"
#include "harness.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* Room aligned for any of the library's structs. */
typedef union arena {
    unsigned char bytes[4096];
    uint32_t words[1024];
    void *pointers[512];
    size_t sizes[512];
} arena;

/* The UTF-16LE bytes of U+00E9 then "abcdef", and the NUL, written out. */
static const unsigned char e_acute_abcdef[] = {0xE9, 0, 'a', 0, 'b', 0, 'c', 0,
                                               'd',  0, 'e', 0, 'f', 0, 0,   0};

static void test_encode_overlapping_name(void)
{
    size_t shift, needed, size;
    /* The case: the output starts 2 bytes into the name. Then every
     * other shift, forwards and backwards, and the same bytes. */
    for (shift = 0; shift <= 40; shift++) {
        arena a;
        char *name;
        unsigned char *out;
        int backwards = shift > 20;
        size_t d = backwards ? shift - 20 : shift;
        memset(&a, 0x5A, sizeof a);
        name = (char *)a.bytes + (backwards ? 64 + d : 64);
        out = a.bytes + (backwards ? 64 : 64 + d);
        memcpy(name, "\xC3\xA9" "abcdef", 9);
        needed = 0;
        CHECK_EQ_U(clusctl_start_buffer_encode(name, NULL, 0, &needed),
                   CCTL_ERROR_MORE_DATA);
        CHECK_EQ_U(needed, sizeof e_acute_abcdef);
        size = needed;
        CHECK_EQ_U(clusctl_start_buffer_encode(name, out, size, &needed),
                   CCTL_ERROR_SUCCESS);
        CHECK_EQ_U(needed, sizeof e_acute_abcdef);
        CHECK(memcmp(out, e_acute_abcdef, sizeof e_acute_abcdef) == 0);
    }
}

static void test_decode_into_its_own_buffer(void)
{
    /* U+4E00 then six 'a', as UTF-16LE with the NUL; decoded in place. */
    static const unsigned char in[] = {0x00, 0x4E, 'a', 0, 'a', 0, 'a', 0, 'a', 0,
                                       'a',  0,    'a', 0, 0,   0};
    static const char want[] = "\xE4\xB8\x80" "aaaaaa";
    size_t shift, needed;
    for (shift = 0; shift <= 40; shift++) {
        arena a;
        unsigned char *buffer;
        char *name;
        int backwards = shift > 20;
        size_t d = backwards ? shift - 20 : shift;
        memset(&a, 0x5A, sizeof a);
        buffer = a.bytes + (backwards ? 64 + d : 64);
        name = (char *)a.bytes + (backwards ? 64 : 64 + d);
        memcpy(buffer, in, sizeof in);
        needed = 0;
        CHECK_EQ_U(clusctl_start_buffer_decode(buffer, sizeof in, name, sizeof want,
                                               &needed),
                   CCTL_ERROR_SUCCESS);
        CHECK_EQ_U(needed, sizeof want);
        CHECK_STR(name, want);
    }
}

/* Two outputs over each other are refused, with nothing written. */
static void test_buffer_outputs_that_overlap(void)
{
    arena a, before;
    size_t *needed;
    memset(&a, 0x5A, sizeof a);
    needed = (size_t *)(void *)(a.bytes + 64);
    before = a;
    /* encode: *needed inside the output buffer. */
    CHECK_EQ_U(clusctl_start_buffer_encode("node2", a.bytes + 60, 64, needed),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK(memcmp(&a, &before, sizeof a) == 0);
    /* decode: *name_needed inside the name. */
    CHECK_EQ_U(clusctl_start_buffer_decode(e_acute_abcdef, sizeof e_acute_abcdef,
                                           (char *)a.bytes + 60, 64, needed),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK(memcmp(&a, &before, sizeof a) == 0);
    /* Just beside each other is not an overlap. */
    CHECK_EQ_U(clusctl_start_buffer_encode("node2", a.bytes + 64 - 12, 12, needed),
               CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(*needed, 12);
}

/* clusctl_encode() with the code written over the fields it reads. */
static void test_encode_code_over_fields(void)
{
    clusctl_fields f = {0};
    uint32_t *places[3];
    size_t i;
    places[0] = &f.object;
    places[1] = &f.function;
    places[2] = &f.access;
    for (i = 0; i < COUNT(places); i++) {
        memset(&f, 0, sizeof f);
        f.object = 1;
        f.modify = 1;
        f.user = 1;
        f.function = 1;
        CHECK_EQ_U(clusctl_encode(&f, places[i]), CCTL_ERROR_SUCCESS);
        CHECK_EQ_U(*places[i], 0x01600004u);
    }
}

static void test_parse_over_text(void)
{
    arena a;
    uint32_t *value = &a.words[4];
    memset(&a, 0, sizeof a);
    memcpy(value, "0x01600008", 11);
    CHECK_EQ_U(clusctl_parse_u32((const char *)value, value), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(*value, 0x01600008u);
    memcpy(a.bytes + 14, "23068676", 9); /* the value's last 2 bytes */
    CHECK_EQ_U(clusctl_parse_u32((const char *)a.bytes + 14, value),
               CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(*value, 23068676u);
}

static void test_catalog_outputs_over_inputs(void)
{
    arena a;
    size_t *index = a.sizes;
    size_t want[8], *out;
    size_t n_want = 0, n = 0, first, *count;
    clusctl_entry e;

    /* find_name: the index written over the name. */
    memset(&a, 0, sizeof a);
    strcpy((char *)a.bytes, "clusctl_resource_vm_start_migration");
    CHECK_EQ_U(clusctl_catalog_find_name((const char *)a.bytes, CCTL_MATCH_NOCASE,
                                         index),
               CCTL_ERROR_SUCCESS);
    CHECK(clusctl_catalog_get(*index, &e) == CCTL_ERROR_SUCCESS && e.value == 0x01600004u);

    /* suggest: the indexes written over the name. */
    CHECK_EQ_U(clusctl_catalog_suggest("CLUSCTL_RESOURCE_GET_FLAG", want, 8, &n_want),
               CCTL_ERROR_SUCCESS);
    CHECK(n_want > 0);
    memset(&a, 0, sizeof a);
    strcpy((char *)a.bytes + 3, "CLUSCTL_RESOURCE_GET_FLAG");
    out = a.sizes;
    CHECK_EQ_U(clusctl_catalog_suggest((const char *)a.bytes + 3, out, 8, &n),
               CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(n, n_want);
    CHECK(memcmp(out, want, n * sizeof want[0]) == 0);

    /* suggest: *count inside the output array is refused, nothing written. */
    {
        arena before;
        memset(&a, 0x5A, sizeof a);
        before = a;
        count = &a.sizes[2];
        CHECK_EQ_U(clusctl_catalog_suggest("CLUSCTL_RESOURCE_GET_FLAG", out, 8, count),
                   CCTL_ERROR_INVALID_PARAMETER);
        CHECK(memcmp(&a, &before, sizeof a) == 0);
        /* Room for two indexes only: the count just past them is fine. */
        CHECK_EQ_U(clusctl_catalog_suggest("CLUSCTL_RESOURCE_GET_FLAG", out, 2, count),
                   CCTL_ERROR_SUCCESS);
        CHECK_EQ_U(*count, n_want < 2 ? n_want : 2);
    }

    /* find_value / find_object: first and count the same object. */
    CHECK_EQ_U(clusctl_catalog_find_value(0x01600004u, &first, &first),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_catalog_find_object(1, &first, &first),
               CCTL_ERROR_INVALID_PARAMETER);
}

static void test_describe_over_its_input(void)
{
    arena a;
    clusctl_description want, *d = (clusctl_description *)(void *)a.pointers;
    const char *restype = "Virtual Machine Configuration";

    CHECK_EQ_U(clusctl_describe(0x01600004u, restype, &want), CCTL_ERROR_SUCCESS);
    CHECK_STR(clusctl_catalog_name(want.preferred), "CLUSCTL_RESOURCE_VM_CONFIG_UPDATE");
    memset(&a, 0, sizeof a);
    strcpy((char *)a.bytes + 8, restype);
    CHECK_EQ_U(clusctl_describe(0x01600004u, (const char *)a.bytes + 8, d),
               CCTL_ERROR_SUCCESS);
    CHECK(memcmp(d, &want, sizeof want) == 0);

    CHECK_EQ_U(clusctl_describe_name("CLCTL_GET_FLAGS", &want), CCTL_ERROR_SUCCESS);
    memset(&a, 0, sizeof a);
    strcpy((char *)a.bytes + 24, "clctl_get_flags");
    CHECK_EQ_U(clusctl_describe_name((const char *)a.bytes + 24, d), CCTL_ERROR_SUCCESS);
    CHECK(memcmp(d, &want, sizeof want) == 0);
}

static const clusctl_node nodes[] = {
    {.id = 1, .name = "node1", .up = 1},
    {.id = 2, .name = "node2", .up = 1},
};
static const clusctl_cluster cluster = {.nodes = nodes, .count = 2};

/* The models placed over their inputs, at every word offset. */
static void test_vm_outputs_over_inputs(void)
{
    clusctl_vm start, want;
    clusctl_event e = {0};
    unsigned char buf[CCTL_START_BUFFER_MAX];
    size_t size = 0, shift;
    const clusctl_node *node;

    CHECK_EQ_U(clusctl_vm_init(&start, CCTL_VM_ENABLED, CCTL_MIGRATION_NONE, 1),
               CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(clusctl_start_buffer_encode("node2", buf, sizeof buf, &size),
               CCTL_ERROR_SUCCESS);
    e.kind = CCTL_EVENT_START;
    e.caller = 1;
    e.destination = "node2";
    CHECK_EQ_U(clusctl_vm_apply(&start, &cluster, &e, &want), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(want.migration_state, CCTL_MIGRATION_SETUP);

    for (shift = 0; shift < 16; shift++) {
        arena a;
        clusctl_vm *cur = (clusctl_vm *)(void *)&a.words[8];
        clusctl_vm *next = (clusctl_vm *)(void *)&a.words[8 + shift];

        /* apply: next over current. */
        memset(&a, 0, sizeof a);
        *cur = start;
        CHECK_EQ_U(clusctl_vm_apply(cur, &cluster, &e, next), CCTL_ERROR_SUCCESS);
        CHECK(memcmp(next, &want, sizeof want) == 0);

        /* the front door: next over current, then over the START buffer. */
        memset(&a, 0, sizeof a);
        *cur = start;
        CHECK_EQ_U(clusctl_vm_resource_control(CCTL_VM_START_MIGRATION, buf, size,
                                               &cluster, 1, cur, next),
                   CCTL_ERROR_SUCCESS);
        CHECK(memcmp(next, &want, sizeof want) == 0);
        memset(&a, 0, sizeof a);
        memcpy(a.bytes + 4 * shift, buf, size);
        next = (clusctl_vm *)(void *)a.words;
        CHECK_EQ_U(clusctl_vm_resource_control(CCTL_VM_START_MIGRATION,
                                               a.bytes + 4 * shift, size, &cluster,
                                               1, &start, next),
                   CCTL_ERROR_SUCCESS);
        CHECK(memcmp(next, &want, sizeof want) == 0);

        /* START by name, and a refusal: next still equals current. */
        memset(&a, 0, sizeof a);
        next = (clusctl_vm *)(void *)&a.words[8 + shift];
        *cur = start;
        CHECK_EQ_U(clusctl_vm_start(cur, &cluster, 1, "node2", next),
                   CCTL_ERROR_SUCCESS);
        CHECK(memcmp(next, &want, sizeof want) == 0);
        memset(&a, 0, sizeof a);
        *cur = start;
        CHECK_EQ_U(clusctl_vm_cancel(cur, &cluster, 1, next), CCTL_ERROR_INVALID_STATE);
        CHECK(memcmp(next, &start, sizeof start) == 0);
    }

    /* cluster_find: the node pointer written over the name. */
    {
        arena a;
        const clusctl_node **out = (const clusctl_node **)(void *)a.pointers;
        memset(&a, 0, sizeof a);
        strcpy((char *)a.bytes, "NODE2");
        CHECK_EQ_U(clusctl_cluster_find(&cluster, (const char *)a.bytes, out),
                   CCTL_ERROR_SUCCESS);
        CHECK(*out == &nodes[1]);
        CHECK_EQ_U(clusctl_cluster_find(&cluster, "node2", &node), CCTL_ERROR_SUCCESS);
    }
}

int main(void)
{
    RUN(test_encode_overlapping_name);
    RUN(test_decode_into_its_own_buffer);
    RUN(test_buffer_outputs_that_overlap);
    RUN(test_encode_code_over_fields);
    RUN(test_parse_over_text);
    RUN(test_catalog_outputs_over_inputs);
    RUN(test_describe_over_its_input);
    RUN(test_vm_outputs_over_inputs);
    return harness_finish();
}
