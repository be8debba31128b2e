/* Every public function of the core, called from several threads at once on
 * shared inputs (README: "Threads"): the library promises that any number of
 * threads may call any of its functions at the same time, as it has no
 * global or static mutable state. The tsan tier runs this test under
 * ThreadSanitizer, which reports any data race between two threads; every
 * build runs it too.
 *
 * Usage: test_threads [THREADS [ROUNDS]] (default 4 threads, 3 rounds).
 *
 * The inputs (property lists, a START buffer, VM models, a cluster, a
 * property table and its parameter block, names and codes) are built once,
 * before any thread starts, and only read afterwards, by every thread at
 * once. The work is a table of groups, each calling a family of functions
 * (the codec, the catalog, describe, flags, START's buffer, the syntax
 * codec, the plist reader, the plist writer, property tables, the VM
 * machines and their front doors, the VM properties, the machines' table,
 * the status and version names) over many inputs and folding every result
 * into a 64-bit digest (FNV-1a over each status, each output's bytes and
 * members, each string returned and each pointer returned into the
 * library's tables). Each group's digest is computed once, single-threaded,
 * before the threads start; then THREADS threads each run every group
 * ROUNDS times, in phases that a barrier starts together (in each phase
 * half the threads run one group and half another, so each function runs
 * in several threads at once beside another family's), and compare each
 * digest with the one computed up front: a result that differs anywhere
 * (a status, a byte, a string) makes that group fail in that thread.
 * Outputs are each thread's own (on its stack).
 *
 * Phases rather than free-running threads: ThreadSanitizer missed a race
 * planted in clusctl_status_name() (a static counter) when each thread ran
 * the groups in its own order, and when one barrier started every phase
 * (see worker_main()); with two barriers in turn it reports it in every
 * run, with 4 threads and 1 round.
 *
 * tests/api_called.cmake checks that this file names every function that
 * the public headers declare. POSIX threads: not built on Windows. */
#if !defined(_WIN32)
#define _POSIX_C_SOURCE 200809L
#endif
/* clusctl_machine_transitions() is unstable API (static library only). */
#define CCTL_UNSTABLE_API

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "clusctl/clusctl.h"
#include "harness.h"

#define COUNTOF(a) (sizeof(a) / sizeof((a)[0]))
#define MAX_THREADS 64

/* ---- The digest. ---- */

typedef struct digest {
    uint64_t h;
} digest;

#define DIGEST_INIT {0xCBF29CE484222325u}

static void put_bytes(digest *d, const void *p, size_t n)
{
    const unsigned char *b = (const unsigned char *)p;
    size_t i;
    for (i = 0; i < n; i++) {
        d->h ^= b[i];
        d->h *= 0x100000001B3u;
    }
}

static void put_u64(digest *d, uint64_t v)
{
    unsigned char b[8];
    int i;
    for (i = 0; i < 8; i++)
        b[i] = (unsigned char)(v >> (8 * i));
    put_bytes(d, b, sizeof b);
}

/* A string's bytes and its NUL; NULL is distinct from every string. */
static void put_str(digest *d, const char *s)
{
    if (s == NULL)
        put_u64(d, 0xFFFFFFFFFFFFFFFFu);
    else
        put_bytes(d, s, strlen(s) + 1);
}

/* A pointer the library returned: into its own tables or into a shared
 * input, so the same in every thread. */
static void put_ptr(digest *d, const void *p) { put_u64(d, (uint64_t)(uintptr_t)p); }

static void put_fields(digest *d, const clusctl_fields *f)
{
    size_t i;
    put_u64(d, f->object);
    put_u64(d, f->global);
    put_u64(d, f->modify);
    put_u64(d, f->user);
    put_u64(d, f->internal);
    put_u64(d, f->function);
    put_u64(d, f->access);
    for (i = 0; i < COUNTOF(f->reserved); i++)
        put_u64(d, f->reserved[i]);
}

/* An entry by its index: the index, and what clusctl_catalog_get() and
 * clusctl_catalog_name() give for it. */
static void put_entry(digest *d, size_t index)
{
    clusctl_entry e;
    put_u64(d, index);
    memset(&e, 0, sizeof e);
    put_u64(d, clusctl_catalog_get(index, &e));
    put_str(d, e.name);
    put_u64(d, e.value);
    put_str(d, e.description);
    put_str(d, clusctl_catalog_name(index));
}

static void put_nearest(digest *d, const clusctl_nearest *n)
{
    put_u64(d, n->object);
    put_str(d, n->object_name);
    put_entry(d, n->operation);
}

static void put_description(digest *d, const clusctl_description *x)
{
    put_u64(d, x->code);
    put_fields(d, &x->fields);
    put_str(d, x->object_name);
    put_str(d, x->object_description);
    put_str(d, x->access_name);
    put_u64(d, x->operation_bits);
    put_u64(d, x->control_function);
    put_entry(d, x->preferred);
    put_u64(d, x->first);
    put_u64(d, x->count);
    put_str(d, x->description);
    put_str(d, x->docs_errata);
    put_u64(d, x->warnings);
    put_nearest(d, &x->nearest);
    put_u64(d, x->handle_access);
    put_u64(d, x->application_may_send);
    put_u64(d, x->in_sdk);
    put_u64(d, x->resource_type_known);
    put_u64(d, x->input);
    put_u64(d, x->output);
    put_str(d, x->input_detail);
    put_str(d, x->output_detail);
    put_str(d, x->description_source);
}

/* clusctl_vm has no padding: 32-bit members and a char array. */
static void put_vm(digest *d, const clusctl_vm *vm) { put_bytes(d, vm, sizeof *vm); }

static void put_plist_error(digest *d, const clusctl_plist_error *e)
{
    put_u64(d, e->status);
    put_u64(d, e->rule);
    put_u64(d, e->offset);
    put_u64(d, e->value_offset);
    put_u64(d, e->property);
    put_u64(d, e->depth);
}

static void put_prop_error(digest *d, const clusctl_prop_error *e)
{
    put_u64(d, e->status);
    put_u64(d, e->reason);
    put_u64(d, e->rule);
    put_u64(d, e->property);
    put_u64(d, e->list);
    put_u64(d, e->name_cut);
    put_u64(d, e->offset);
    put_u64(d, e->item);
    put_u64(d, e->value);
    put_bytes(d, e->name, sizeof e->name);
}

static void put_value(digest *d, const clusctl_prop_value *v)
{
    put_u64(d, v->syntax);
    put_u64(d, v->type);
    put_u64(d, v->format);
    put_u64(d, v->length);
    put_ptr(d, v->data);
    put_u64(d, v->offset);
    put_u64(d, v->depth);
    put_u64(d, v->flags);
}

static void put_prop(digest *d, const clusctl_prop *p)
{
    put_ptr(d, p->name);
    put_u64(d, p->name_length);
    put_u64(d, p->index);
    put_u64(d, p->value_count);
    put_u64(d, p->depth);
    put_u64(d, p->offset);
}

static void put_reader(digest *d, const clusctl_plist_reader *r)
{
    put_ptr(d, r->data);
    put_u64(d, r->size);
    put_u64(d, r->origin);
    put_u64(d, r->next);
    put_u64(d, r->end);
    put_u64(d, r->kind);
    put_u64(d, r->flags);
    put_u64(d, r->depth);
    put_u64(d, r->count);
    put_u64(d, r->index);
    put_u64(d, r->final_endmark);
}

/* ---- The shared inputs: built by setup(), then only read. ---- */

static const uint32_t sample_codes[] = {
    0x00000000u, 0x00000009u, 0x01000009u, 0x01600004u, 0x01600008u, 0x0100007Du,
    0x01000081u, 0x01400086u, 0x01000089u, 0x01000005u, 0x0100000Du, 0x0700004Du,
    0x09000039u, 0x0A000009u, 0x01800004u, 0x01300004u, 0x00500006u, 0x01102125u,
    0x02000231u, 0x03000009u, 0x0300000Du, 0x0800000Du, 0x00400000u, 0xFFFFFFFFu};

static const char *const sample_names[] = {
    "CLUSCTL_RESOURCE_VM_START_MIGRATION", "clusctl_resource_vm_cancel_migration",
    "CLUSCTL_RESOURCE_VM_CANCEL_MIGRATON", "CLCTL_GET_FLAGS", "clctl_get_flags",
    "CLUSCTL_RESOURCE_GET_CHARACTERISTICS", "CLUSCTL_RESOURCE_GET_CLASS_INFO",
    "CLUSCTL_GROUP_GET_FLAGS", "CLUSCTL_RESOURCE_VM_CONFIG_UPDATE", "CLUSCTL_",
    "", "no such name"};

static const char *const word_names[] = {
    "resource", "RESOURCE_TYPE", "Group", "cluster", "affinityrule", "bogus",
    "any", "READ", "write", "online", "offline", "Paused", "data-transfer",
    "canceled", "unknown", "", "0x1"};

static const char *const number_texts[] = {
    "0", "9", "0x01600004", "0X1600004", "4294967295", "4294967296", "0777",
    "-5", "0x", " 1", "0x123456789", "23068680", "12a"};

static const char *const restypes[] = {NULL, "Virtual Machine", "virtual machine configuration",
                                       "Cluster"};

static const clusctl_node nodes[] = {{.id = 1, .name = "node1", .up = 1},
                                     {.id = 2, .name = "node2", .up = 1},
                                     {.id = 3, .name = "Node3", .up = 0},
                                     {.id = 4, .name = "n\303\266de4", .up = 1}};
static const clusctl_cluster cluster = {.nodes = nodes, .count = COUNTOF(nodes)};

static unsigned char start_node2[CCTL_START_BUFFER_MAX];
static size_t start_node2_size;
static const unsigned char start_bad[][8] = {
    {'n', 0, 'o', 0},             /* no NUL */
    {'n', 0, 0x00, 0xD8, 0, 0},   /* a lone high surrogate */
    {0, 0},                       /* empty */
    {'n', 0, 0, 0, 'x', 0, 0, 0}, /* an embedded NUL */
};
static const size_t start_bad_sizes[] = {4, 6, 2, 8};

/* Models: Enabled (no migration), in Setup towards node2, in Data Transfer
 * at 40%, Failed, Disabled, with properties written out. */
static clusctl_vm models[6];

/* A property list with a value of each format, a nested property list and a
 * nested value list (built by write_all_formats()), the door's GET_RO and
 * GET lists of models[2], a value list, and a SET list. */
static unsigned char all_list[2048];
static size_t all_size;
static unsigned char ro_list[512], rw_list[1024];
static size_t ro_size, rw_size;
static unsigned char value_list[256];
static size_t value_list_size;
static unsigned char set_list[256];
static size_t set_size;
static uint32_t syntax_value_list; /* LIST_VALUE | VALUE_LIST */

/* A property table over a parameter block of every format it takes. */
typedef struct block {
    uint32_t count;
    int32_t delta;
    int64_t offset;
    uint64_t size;
    char label[16];
    char path[32];
    uint32_t fixed;
} block;

static const clusctl_prop_item table[] = {
    {.name = "Count", .format = CCTL_PROP_FORMAT_DWORD, .flags = CCTL_PROP_ITEM_REQUIRED,
     .minimum = 1, .maximum = 100, .default_number = 5, .offset = offsetof(block, count)},
    {.name = "Delta", .format = CCTL_PROP_FORMAT_LONG, .minimum = (uint64_t)(int64_t)-50,
     .maximum = 50, .default_number = (uint64_t)(int64_t)-3, .offset = offsetof(block, delta)},
    {.name = "Offset", .format = CCTL_PROP_FORMAT_LARGE_INTEGER,
     .minimum = (uint64_t)INT64_MIN, .maximum = (uint64_t)INT64_MAX,
     .offset = offsetof(block, offset)},
    {.name = "Size", .format = CCTL_PROP_FORMAT_ULARGE_INTEGER, .maximum = UINT64_MAX,
     .default_number = 4096, .offset = offsetof(block, size)},
    {.name = "Label", .format = CCTL_PROP_FORMAT_SZ, .default_string = "none",
     .offset = offsetof(block, label), .size = sizeof(((block *)0)->label)},
    {.name = "Path", .format = CCTL_PROP_FORMAT_EXPAND_SZ, .default_string = "%TEMP%",
     .offset = offsetof(block, path), .size = sizeof(((block *)0)->path)},
    {.name = "Fixed", .format = CCTL_PROP_FORMAT_DWORD, .flags = CCTL_PROP_ITEM_READ_ONLY,
     .maximum = 0xFFFFFFFFu, .default_number = 7, .offset = offsetof(block, fixed)},
};
static block shared_block;
static unsigned char table_set[512];
static size_t table_set_size;

/* ---- The work: each group returns the digest of its results. ---- */

static uint64_t w_codec(void)
{
    digest d = DIGEST_INIT;
    uint32_t i, code = 0, back, v;
    for (i = 0; i < 4096; i++) {
        clusctl_fields f;
        memset(&f, 0, sizeof f);
        code = code * 1664525u + 1013904223u; /* spread over all 32 bits */
        put_u64(&d, clusctl_decode(code, &f));
        put_fields(&d, &f);
        put_u64(&d, clusctl_fields_check(&f));
        put_u64(&d, clusctl_encode(&f, &back));
        put_u64(&d, back);
        /* the exported functions too (the names above are code.h's inline
         * macros for C callers) */
        memset(&f, 0, sizeof f);
        put_u64(&d, (clusctl_decode)(code, &f));
        put_fields(&d, &f);
        put_u64(&d, (clusctl_fields_check)(&f));
        put_u64(&d, (clusctl_encode)(&f, &back));
        put_u64(&d, back);
        put_u64(&d, clusctl_validate(code));
        put_u64(&d, clusctl_required_access(code));
        put_u64(&d, (uint64_t)clusctl_application_may_send(code));
        f.function = 0x40000u + i; /* too wide: refused */
        put_u64(&d, clusctl_fields_check(&f));
        put_u64(&d, clusctl_encode(&f, &back));
    }
    for (i = 0; i < 32; i++) {
        put_str(&d, clusctl_field_name(1u << i));
        put_u64(&d, clusctl_field_max(1u << i));
        put_str(&d, clusctl_warning_id(1u << i));
        put_str(&d, clusctl_warning_description(1u << i));
    }
    for (i = 0; i < 260; i++) {
        put_str(&d, clusctl_object_name(i));
        put_str(&d, clusctl_object_description(i));
        put_str(&d, clusctl_access_name(i));
        put_str(&d, clusctl_handle_access_name(i));
    }
    for (i = 0; i < COUNTOF(word_names); i++) {
        v = 0xA5A5A5A5u;
        put_u64(&d, clusctl_object_from_name(word_names[i], &v));
        put_u64(&d, v);
        v = 0xA5A5A5A5u;
        put_u64(&d, clusctl_access_from_name(word_names[i], &v));
        put_u64(&d, v);
    }
    for (i = 0; i < COUNTOF(number_texts); i++) {
        v = 0xA5A5A5A5u;
        put_u64(&d, clusctl_parse_u32(number_texts[i], &v));
        put_u64(&d, v);
    }
    return d.h;
}

static uint64_t w_status(void)
{
    static const uint32_t extra[] = {5023, 5042, 5048, 5050, 5895, 1113, 1168, 1210, 1784,
                                     0x800700AAu, 0x80004005u, 0xFFFFFFFFu};
    digest d = DIGEST_INIT;
    uint32_t s;
    size_t i;
    for (s = 0; s < 1300; s++) {
        put_str(&d, clusctl_status_name(s));
        put_str(&d, clusctl_status_description(s));
    }
    for (i = 0; i < COUNTOF(extra); i++) {
        put_str(&d, clusctl_status_name(extra[i]));
        put_str(&d, clusctl_status_description(extra[i]));
    }
    put_str(&d, clusctl_version_string());
    put_u64(&d, clusctl_version_number());
    return d.h;
}

static uint64_t w_catalog(void)
{
    digest d = DIGEST_INIT;
    size_t i, n = clusctl_catalog_size(), first, count;
    uint32_t k;
    put_u64(&d, n);
    for (i = 0; i <= n; i++) {
        clusctl_entry entry;
        const clusctl_entry *e = &entry;
        size_t found = CCTL_NO_ENTRY;
        put_entry(&d, i);
        memset(&entry, 0, sizeof entry);
        if (clusctl_catalog_get(i, &entry) != CCTL_ERROR_SUCCESS)
            continue;
        first = count = 0;
        put_u64(&d, clusctl_catalog_find_value(e->value, &first, &count));
        put_u64(&d, first);
        put_u64(&d, count);
        put_u64(&d, clusctl_catalog_find_name(e->name, CCTL_MATCH_EXACT, &found));
        put_entry(&d, found);
        put_u64(&d, (uint64_t)clusctl_catalog_in_sdk(e->value));
        put_str(&d, clusctl_kind_name(e->kind));
        put_str(&d, clusctl_provenance_name(e->provenance));
        put_str(&d, e->description);
    }
    for (k = 0; k < 260; k++) {
        first = count = 0;
        put_u64(&d, clusctl_catalog_find_object(k, &first, &count));
        put_u64(&d, first);
        put_u64(&d, count);
    }
    for (i = 0; i < COUNTOF(sample_codes); i++)
        for (k = 0; k < COUNTOF(restypes); k++)
            put_entry(&d, clusctl_catalog_preferred(sample_codes[i], restypes[k]));
    for (i = 0; i < COUNTOF(sample_names); i++) {
        size_t found = CCTL_NO_ENTRY;
        put_u64(&d, clusctl_catalog_find_name(sample_names[i], CCTL_MATCH_NOCASE, &found));
        put_entry(&d, found);
    }
    for (k = 0; k < COUNTOF(restypes); k++)
        put_u64(&d, (uint64_t)clusctl_catalog_resource_type_known(restypes[k]));
    for (k = 0; k < 24; k++) {
        put_str(&d, clusctl_buffer_name(k));
        put_str(&d, clusctl_buffer_text(k));
    }
    return d.h;
}

static uint64_t w_suggest(void)
{
    static const char *const typos[] = {"CLUSCTL_RESOURCE_VM_CANCEL_MIGRATON", "clctl_get_flag",
                                        "GET_FLAGS"};
    digest d = DIGEST_INIT;
    size_t i, j, count;
    for (i = 0; i < COUNTOF(typos); i++) {
        size_t out[8];
        memset(out, 0, sizeof out);
        count = 99;
        put_u64(&d, clusctl_catalog_suggest(typos[i], out, COUNTOF(out), &count));
        put_u64(&d, count);
        for (j = 0; j < count && j < COUNTOF(out); j++)
            put_entry(&d, out[j]);
    }
    for (i = 0; i < COUNTOF(sample_codes); i++) {
        clusctl_nearest n;
        memset(&n, 0, sizeof n);
        put_u64(&d, clusctl_catalog_nearest(sample_codes[i], &n));
        put_nearest(&d, &n);
    }
    return d.h;
}

static uint64_t w_describe(void)
{
    digest d = DIGEST_INIT;
    size_t i, k;
    for (i = 0; i < COUNTOF(sample_codes); i++)
        for (k = 0; k < COUNTOF(restypes); k++) {
            clusctl_description x;
            memset(&x, 0, sizeof x);
            put_u64(&d, clusctl_describe(sample_codes[i], restypes[k], &x));
            put_description(&d, &x);
        }
    for (i = 0; i < COUNTOF(sample_names); i++) {
        clusctl_description x;
        memset(&x, 0, sizeof x);
        put_u64(&d, clusctl_describe_name(sample_names[i], &x));
        put_description(&d, &x);
    }
    for (i = 0; i < clusctl_catalog_size(); i += 5) {
        clusctl_description x;
        memset(&x, 0, sizeof x);
        put_u64(&d, clusctl_describe_entry(i, &x));
        put_description(&d, &x);
    }
    return d.h;
}

static uint64_t w_flags(void)
{
    static const uint32_t values[] = {0, 1, 5, 0x105u, 0x80000001u, 0xFFFFFFFFu};
    digest d = DIGEST_INIT;
    size_t i, k, n = clusctl_catalog_size();
    uint32_t set, bit, value;
    const char *name;
    for (i = 0; i < n; i += 3) {
        set = 0xA5u;
        clusctl_entry e;
        memset(&e, 0, sizeof e);
        (void)clusctl_catalog_get(i, &e);
        put_u64(&d, clusctl_flag_set_for_code(e.value, &set));
        put_u64(&d, set);
    }
    for (set = 0; set < 8; set++) {
        put_str(&d, clusctl_flag_set_name(set));
        put_str(&d, clusctl_flag_set_description(set));
        put_u64(&d, (uint64_t)clusctl_flag_set_is_bitmask(set));
        for (bit = 0; bit < 33; bit++)
            put_str(&d, clusctl_flag_name(set, bit == 32 ? 0 : 1u << bit));
        for (k = 0; k < 80; k++) {
            value = 0;
            name = NULL;
            if (clusctl_flag_constant(set, k, &value, &name) != CCTL_ERROR_SUCCESS)
                break;
            put_u64(&d, value);
            put_str(&d, name);
        }
        put_u64(&d, k);
        for (i = 0; i < COUNTOF(values); i++) {
            clusctl_status s;
            bit = 0;
            for (k = 0; k < 40; k++) {
                name = NULL;
                s = clusctl_flags_next(set, values[i], &bit, &name);
                put_u64(&d, s);
                if (s != CCTL_ERROR_SUCCESS)
                    break;
                put_u64(&d, bit);
                put_str(&d, name);
            }
        }
    }
    for (value = 0; value < 40; value++) {
        set = 0xA5u;
        put_u64(&d, clusctl_subclass_set(value == 39 ? 0x80000000u : value, &set));
        put_u64(&d, set);
    }
    return d.h;
}

static uint64_t w_buffer(void)
{
    static const char *const names[] = {"node2", "", "n\303\266de", "node\xf0\x9f\x98\x80",
                                        "n\xc0\xaf", "\xed\xa0\x80",
                                        "nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn"};
    static const size_t sizes[] = {0, 1, 4, 11, 12, CCTL_START_BUFFER_MAX};
    digest d = DIGEST_INIT;
    size_t i, k, needed;
    for (i = 0; i < COUNTOF(names); i++)
        for (k = 0; k < COUNTOF(sizes); k++) {
            unsigned char out[CCTL_START_BUFFER_MAX];
            memset(out, 0, sizeof out);
            needed = 0;
            put_u64(&d, clusctl_start_buffer_encode(names[i], sizes[k] ? out : NULL, sizes[k],
                                                    &needed));
            put_u64(&d, needed);
            put_bytes(&d, out, needed < sizeof out ? needed : sizeof out);
        }
    for (k = 0; k < COUNTOF(sizes); k++) {
        char name[CCTL_NODE_NAME_UTF8_SIZE];
        memset(name, 0, sizeof name);
        needed = 0;
        put_u64(&d, clusctl_start_buffer_decode(start_node2, start_node2_size,
                                                sizes[k] ? name : NULL, sizes[k], &needed));
        put_u64(&d, needed);
        put_bytes(&d, name, 16);
    }
    for (i = 0; i < COUNTOF(start_bad); i++) {
        char name[64];
        memset(name, 0, sizeof name);
        needed = 0;
        put_u64(&d, clusctl_start_buffer_decode(start_bad[i], start_bad_sizes[i], name,
                                                sizeof name, &needed));
        put_u64(&d, needed);
    }
    return d.h;
}

static uint64_t w_syntax(void)
{
    static const char *const words[] = {"DWORD", "dword", "LIST_VALUE", "SZ", "MULTI_SZ",
                                        "CLUSPROP_SYNTAX_LIST_VALUE_DWORD", "LIST_VALUE_DWORD",
                                        "ENDMARK", "PROPERTY_LIST", "bogus", ""};
    digest d = DIGEST_INIT;
    uint32_t t, f, syntax, a, b;
    size_t i;
    for (t = 0; t < 20; t++)
        for (f = 0; f < 20; f++) {
            syntax = 0;
            put_u64(&d, clusctl_syntax_encode(t, f, &syntax));
            put_u64(&d, syntax);
            a = b = 0xA5u;
            put_u64(&d, clusctl_syntax_decode(syntax | (t << 28), &a, &b));
            put_u64(&d, a);
            put_u64(&d, b);
            put_str(&d, clusctl_syntax_name(syntax));
        }
    for (t = 0; t < 40; t++) {
        put_str(&d, clusctl_prop_type_name(t));
        put_str(&d, clusctl_prop_format_name(t));
        put_str(&d, clusctl_plist_rule_name(t));
        put_str(&d, clusctl_plist_rule_description(t));
    }
    for (i = 0; i < COUNTOF(words); i++) {
        a = 0xA5u;
        put_u64(&d, clusctl_syntax_from_name(words[i], &a));
        put_u64(&d, a);
        a = 0xA5u;
        put_u64(&d, clusctl_prop_type_from_name(words[i], &a));
        put_u64(&d, a);
        a = 0xA5u;
        put_u64(&d, clusctl_prop_format_from_name(words[i], &a));
        put_u64(&d, a);
    }
    return d.h;
}

/* Every value of a reader's list, with every getter; nested lists too. */
static void read_values(digest *d, clusctl_prop_value *v, int depth);

static void read_plist(digest *d, clusctl_plist_reader *r, int depth)
{
    clusctl_prop p;
    clusctl_prop_value v;
    clusctl_status s;
    int guard = 0;
    put_reader(d, r);
    for (;;) {
        memset(&p, 0, sizeof p);
        s = clusctl_plist_next(r, &p);
        put_u64(d, s);
        if (s != CCTL_ERROR_SUCCESS || ++guard > 64)
            break;
        put_prop(d, &p);
        {
            char name[64];
            size_t needed = 0;
            memset(name, 0, sizeof name);
            put_u64(d, clusctl_prop_name(&p, name, sizeof name, &needed));
            put_u64(d, needed);
            put_str(d, name);
            put_u64(d, clusctl_prop_name(&p, name, 3, &needed));
            put_u64(d, (uint64_t)clusctl_prop_name_equal(&p, "vmstate"));
            put_u64(d, (uint64_t)clusctl_prop_name_equal(&p, "Label"));
        }
        for (;;) {
            memset(&v, 0, sizeof v);
            s = clusctl_prop_next_value(&p, &v);
            put_u64(d, s);
            if (s != CCTL_ERROR_SUCCESS || ++guard > 256)
                break;
            read_values(d, &v, depth);
        }
    }
}

static void read_vlist(digest *d, clusctl_plist_reader *r, int depth)
{
    clusctl_prop_value v;
    clusctl_status s;
    int guard = 0;
    put_reader(d, r);
    for (;;) {
        memset(&v, 0, sizeof v);
        s = clusctl_vlist_next(r, &v);
        put_u64(d, s);
        if (s != CCTL_ERROR_SUCCESS || ++guard > 64)
            break;
        read_values(d, &v, depth);
    }
}

static void read_values(digest *d, clusctl_prop_value *v, int depth)
{
    uint16_t w = 0;
    uint32_t dw = 0;
    int32_t l = 0;
    int64_t li = 0;
    uint64_t u = 0;
    char text[128];
    size_t needed = 0, cursor = 0, size = 0;
    const unsigned char *bytes = NULL;
    clusctl_plist_reader nested;
    clusctl_plist_error err;
    int k;

    put_value(d, v);
    put_u64(d, clusctl_value_word(v, &w));
    put_u64(d, w);
    put_u64(d, clusctl_value_dword(v, &dw));
    put_u64(d, dw);
    put_u64(d, clusctl_value_long(v, &l));
    put_u64(d, (uint64_t)(int64_t)l);
    put_u64(d, clusctl_value_large_integer(v, &li));
    put_u64(d, (uint64_t)li);
    put_u64(d, clusctl_value_ularge_integer(v, &u));
    put_u64(d, u);
    put_u64(d, clusctl_value_filetime(v, &u));
    put_u64(d, u);
    memset(text, 0, sizeof text);
    put_u64(d, clusctl_value_string(v, text, sizeof text, &needed));
    put_u64(d, needed);
    put_str(d, text);
    for (k = 0; k < 8; k++) {
        clusctl_status s;
        memset(text, 0, sizeof text);
        s = clusctl_value_multi_sz_next(v, &cursor, text, sizeof text, &needed);
        put_u64(d, s);
        if (s != CCTL_ERROR_SUCCESS)
            break;
        put_u64(d, cursor);
        put_str(d, text);
    }
    put_u64(d, clusctl_value_bytes(v, &bytes, &size));
    put_ptr(d, bytes);
    put_u64(d, size);
    memset(&nested, 0, sizeof nested);
    memset(&err, 0, sizeof err);
    if (clusctl_value_plist(v, &nested, &err) == CCTL_ERROR_SUCCESS && depth < 4)
        read_plist(d, &nested, depth + 1);
    put_plist_error(d, &err);
    memset(&nested, 0, sizeof nested);
    memset(&err, 0, sizeof err);
    if (clusctl_value_vlist(v, &nested, &err) == CCTL_ERROR_SUCCESS && depth < 4)
        read_vlist(d, &nested, depth + 1);
    put_plist_error(d, &err);
}

static uint64_t w_plist_read(void)
{
    static const char *const find[] = {"Label", "label", "Count", "VmState", "Nested", "none"};
    static const uint32_t formats[] = {CCTL_PROP_FORMAT_ANY, CCTL_PROP_FORMAT_DWORD,
                                       CCTL_PROP_FORMAT_SZ};
    struct {
        const unsigned char *data;
        size_t size;
    } lists[4];
    digest d = DIGEST_INIT;
    size_t i, j, cut;
    uint32_t flags, dw;
    lists[0].data = all_list, lists[0].size = all_size;
    lists[1].data = ro_list, lists[1].size = ro_size;
    lists[2].data = rw_list, lists[2].size = rw_size;
    lists[3].data = set_list, lists[3].size = set_size;
    for (i = 0; i < COUNTOF(lists); i++)
        for (flags = 0; flags < 8; flags++) {
            clusctl_plist_reader r;
            clusctl_plist_error err;
            memset(&err, 0, sizeof err);
            put_u64(&d, clusctl_plist_validate(lists[i].data, lists[i].size, flags, &err));
            put_plist_error(&d, &err);
            /* every eighth prefix, each refused with its own rule */
            for (cut = 0; cut < lists[i].size; cut += 8) {
                memset(&err, 0, sizeof err);
                put_u64(&d, clusctl_plist_validate(lists[i].data, cut, flags, &err));
                put_plist_error(&d, &err);
            }
            memset(&r, 0, sizeof r);
            memset(&err, 0, sizeof err);
            if (clusctl_plist_open(&r, lists[i].data, lists[i].size, flags, &err) ==
                CCTL_ERROR_SUCCESS)
                read_plist(&d, &r, 0);
            put_plist_error(&d, &err);
            for (j = 0; j < COUNTOF(find); j++) {
                clusctl_prop_value v;
                memset(&v, 0, sizeof v);
                memset(&err, 0, sizeof err);
                put_u64(&d, clusctl_plist_find(lists[i].data, lists[i].size, flags, find[j],
                                               formats[j % COUNTOF(formats)], &v, &err));
                put_value(&d, &v);
                put_plist_error(&d, &err);
                dw = 0xA5u;
                put_u64(&d, clusctl_plist_find_dword(lists[i].data, lists[i].size, find[j],
                                                     &dw));
                put_u64(&d, dw);
            }
        }
    for (flags = 0; flags < 4; flags++) {
        clusctl_plist_reader r;
        clusctl_plist_error err;
        memset(&err, 0, sizeof err);
        put_u64(&d, clusctl_vlist_validate(value_list, value_list_size, flags, &err));
        put_plist_error(&d, &err);
        memset(&r, 0, sizeof r);
        memset(&err, 0, sizeof err);
        if (clusctl_vlist_open(&r, value_list, value_list_size, flags, &err) ==
            CCTL_ERROR_SUCCESS)
            read_vlist(&d, &r, 0);
        put_plist_error(&d, &err);
    }
    return d.h;
}

/* A property list of every format the writer takes, into out (size bytes;
 * NULL with 0 counts). Returns the status of write_end, *length its size. */
static clusctl_status write_all_formats(void *out, size_t size, uint32_t flags,
                                        size_t *length)
{
    static const char *const strings[] = {"one", "tw\xc3\xb6", "thr\342\202\254e"};
    static const unsigned char sd[] = {1, 0, 4, 0x80, 0, 0, 0, 0};
    clusctl_plist_writer w;
    memset(&w, 0, sizeof w);
    clusctl_plist_write_begin(&w, out, size, flags);
    clusctl_plist_write_property(&w, "Count");
    clusctl_plist_write_dword(&w, CCTL_PROP_SYNTAX_LIST_VALUE_DWORD, 42);
    clusctl_plist_write_property_end(&w);
    clusctl_plist_write_property(&w, "Delta");
    clusctl_plist_write_long(&w, CCTL_PROP_SYNTAX_LIST_VALUE_LONG, -7);
    clusctl_plist_write_property_end(&w);
    clusctl_plist_write_property(&w, "Offset");
    clusctl_plist_write_large_integer(&w, CCTL_PROP_SYNTAX_LIST_VALUE_LARGE_INTEGER,
                                      -1234567890123);
    clusctl_plist_write_property_end(&w);
    clusctl_plist_write_property(&w, "Size");
    clusctl_plist_write_ularge_integer(&w, CCTL_PROP_SYNTAX_LIST_VALUE_ULARGE_INTEGER,
                                       0x123456789ABCDEFu);
    clusctl_plist_write_property_end(&w);
    clusctl_plist_write_property(&w, "When");
    clusctl_plist_write_filetime(&w, CCTL_PROP_SYNTAX_LIST_VALUE_FILETIME,
                                 133000000000000000u);
    clusctl_plist_write_property_end(&w);
    clusctl_plist_write_property(&w, "Word");
    clusctl_plist_write_word(&w, CCTL_PROP_SYNTAX_LIST_VALUE_WORD, 0xBEEF);
    clusctl_plist_write_property_end(&w);
    clusctl_plist_write_property(&w, "Label");
    clusctl_plist_write_string(&w, CCTL_PROP_SYNTAX_LIST_VALUE_SZ, "n\303\266de \360\237\230\200");
    clusctl_plist_write_property_end(&w);
    clusctl_plist_write_property(&w, "Path");
    clusctl_plist_write_string(&w, CCTL_PROP_SYNTAX_LIST_VALUE_EXPAND_SZ, "%TEMP%\\x");
    clusctl_plist_write_string(&w, CCTL_PROP_SYNTAX_LIST_VALUE_EXPANDED_SZ, "C:\\t\\x");
    clusctl_plist_write_property_end(&w);
    clusctl_plist_write_property(&w, "Names");
    clusctl_plist_write_multi_sz(&w, CCTL_PROP_SYNTAX_LIST_VALUE_MULTI_SZ, strings,
                                 COUNTOF(strings));
    clusctl_plist_write_property_end(&w);
    clusctl_plist_write_property(&w, "Blob");
    clusctl_plist_write_bytes(&w, CCTL_PROP_SYNTAX_LIST_VALUE_BINARY, "\x01\x02\x03", 3);
    clusctl_plist_write_property_end(&w);
    clusctl_plist_write_property(&w, "Security");
    clusctl_plist_write_value(&w, CCTL_PROP_SYNTAX_LIST_VALUE_SECURITY_DESCRIPTOR, sd,
                              sizeof sd);
    clusctl_plist_write_property_end(&w);
    clusctl_plist_write_property(&w, "Nested");
    clusctl_plist_write_list_begin(&w, CCTL_PROP_SYNTAX_LIST_VALUE_PROPERTY_LIST);
    clusctl_plist_write_property(&w, "Inner");
    clusctl_plist_write_dword(&w, CCTL_PROP_SYNTAX_LIST_VALUE_DWORD, 7);
    clusctl_plist_write_property_end(&w);
    clusctl_plist_write_list_end(&w);
    clusctl_plist_write_property_end(&w);
    clusctl_plist_write_property(&w, "Values");
    clusctl_plist_write_list_begin(&w, syntax_value_list);
    clusctl_plist_write_dword(&w, CCTL_PROP_SYNTAX_DISK_NUMBER, 3);
    clusctl_plist_write_string(&w, CCTL_PROP_SYNTAX_DISK_SERIALNUMBER, "SN-1");
    clusctl_plist_write_list_end(&w);
    clusctl_plist_write_property_end(&w);
    return clusctl_plist_write_end(&w, length);
}

static clusctl_status write_value_list(void *out, size_t size, size_t *length)
{
    clusctl_plist_writer w;
    memset(&w, 0, sizeof w);
    clusctl_vlist_write_begin(&w, out, size, 0);
    clusctl_plist_write_dword(&w, CCTL_PROP_SYNTAX_DISK_NUMBER, 1);
    clusctl_plist_write_ularge_integer(&w, CCTL_PROP_SYNTAX_DISK_SIZE, 1u << 30);
    clusctl_plist_write_string(&w, CCTL_PROP_SYNTAX_DISK_GUID,
                               "{0F1E2D3C-4B5A-6978-8796-A5B4C3D2E1F0}");
    clusctl_plist_write_bytes(&w, CCTL_PROP_SYNTAX_PARTITION_INFO, "\0\1\2\3\4", 5);
    return clusctl_plist_write_end(&w, length);
}

static uint64_t w_plist_write(void)
{
    digest d = DIGEST_INIT;
    size_t size, length;
    uint32_t flags;
    for (flags = 0; flags <= CCTL_PLIST_NO_FINAL_ENDMARK; flags += CCTL_PLIST_NO_FINAL_ENDMARK)
        for (size = 0; size <= all_size + 8; size += size < 64 ? 1 : 13) {
            unsigned char out[sizeof all_list];
            memset(out, 0, sizeof out);
            length = 0;
            put_u64(&d, write_all_formats(size ? out : NULL, size, flags, &length));
            put_u64(&d, length);
            put_bytes(&d, out, size < sizeof out ? size : sizeof out);
        }
    for (size = 0; size <= value_list_size + 4; size++) {
        unsigned char out[sizeof value_list];
        memset(out, 0, sizeof out);
        length = 0;
        put_u64(&d, write_value_list(size ? out : NULL, size, &length));
        put_u64(&d, length);
        put_bytes(&d, out, size < sizeof out ? size : sizeof out);
    }
    return d.h;
}

static void tables_of(size_t which, const clusctl_prop_item **items, size_t *count,
                      const void **blk, size_t *blk_size, const unsigned char **set,
                      size_t *set_len)
{
    if (which == 0) {
        *items = table, *count = COUNTOF(table);
        *blk = &shared_block, *blk_size = sizeof shared_block;
        *set = table_set, *set_len = table_set_size;
    } else {
        *items = clusctl_vm_property_table(count);
        *blk = &models[5], *blk_size = sizeof models[5];
        *set = set_list, *set_len = set_size;
    }
}

static uint64_t w_proptable(void)
{
    static const char *const names[] = {"Count", "count", "Label", "VmId", "OfflineAction",
                                        "Nope", ""};
    digest d = DIGEST_INIT;
    size_t t, i, index, bytes, cut;
    uint32_t which, flags;
    for (i = 0; i < 14; i++) {
        put_str(&d, clusctl_prop_reason_name((uint32_t)i));
        put_str(&d, clusctl_prop_reason_description((uint32_t)i));
    }
    for (t = 0; t < 2; t++) {
        const clusctl_prop_item *items;
        const void *blk;
        const unsigned char *set;
        size_t count, blk_size, set_len;
        clusctl_prop_error err;
        union {
            block b;
            clusctl_vm vm;
        } mine;
        tables_of(t, &items, &count, &blk, &blk_size, &set, &set_len);
        put_u64(&d, count);
        memset(&err, 0, sizeof err);
        put_u64(&d, clusctl_proptable_check(items, count, blk_size, &err));
        put_prop_error(&d, &err);
        for (i = 0; i < COUNTOF(names); i++) {
            index = 99;
            put_u64(&d, clusctl_proptable_find(items, count, names[i], &index));
            put_u64(&d, index);
        }
        memset(&mine, 0, sizeof mine);
        memset(&err, 0, sizeof err);
        put_u64(&d, clusctl_proptable_defaults(items, count, &mine, blk_size, &err));
        put_bytes(&d, &mine, blk_size);
        put_prop_error(&d, &err);
        for (which = 1; which <= 3; which++) {
            unsigned char out[1024];
            memset(out, 0, sizeof out);
            memset(&err, 0, sizeof err);
            bytes = 0;
            put_u64(&d, clusctl_proptable_to_list(items, count, which, blk, blk_size, out,
                                                  sizeof out, &bytes, &err));
            put_u64(&d, bytes);
            put_bytes(&d, out, bytes < sizeof out ? bytes : sizeof out);
            put_prop_error(&d, &err);
            put_u64(&d, clusctl_proptable_to_list(items, count, which, blk, blk_size, out, 10,
                                                  &bytes, NULL));
            put_u64(&d, bytes);
            memset(out, 0, sizeof out);
            put_u64(&d, clusctl_proptable_enum(items, count, which, out, sizeof out, &bytes,
                                               &err));
            put_u64(&d, bytes);
            put_bytes(&d, out, bytes < sizeof out ? bytes : sizeof out);
        }
        for (flags = 0; flags < 4; flags++)
            for (cut = set_len; cut + 8 >= set_len && cut > 0; cut -= 4) {
                memset(&err, 0, sizeof err);
                put_u64(&d, clusctl_proptable_verify(items, count, set, cut, flags, &err));
                put_prop_error(&d, &err);
                memcpy(&mine, blk, blk_size);
                memset(&err, 0, sizeof err);
                put_u64(&d, clusctl_proptable_apply(items, count, set, cut, flags, &mine,
                                                    blk_size, &err));
                put_bytes(&d, &mine, blk_size);
                put_prop_error(&d, &err);
            }
    }
    return d.h;
}

static uint64_t w_vm(void)
{
    static const char *const dests[] = {"node2", "NODE2", "node1", "Node3", "n\303\266de4",
                                        "node9", "", NULL};
    static const char *const state_words[] = {"enabled", "Online", "offline", "paused",
                                              "suspended", "starting", "bogus", "setup",
                                              "data-transfer", "move", "canceled", "failure",
                                              "none", "2", ""};
    digest d = DIGEST_INIT;
    size_t m, i, k;
    uint32_t kind, caller, s, v;
    for (s = 0; s < 12; s++)
        for (v = 0; v < 7; v++) {
            clusctl_vm vm;
            memset(&vm, 0, sizeof vm);
            put_u64(&d, clusctl_vm_init(&vm, s < 10 ? s : 32768 + s, v, 1 + (s & 1)));
            put_vm(&d, &vm);
        }
    for (i = 0; i < COUNTOF(dests); i++)
        for (k = 0; k < COUNTOF(dests); k++)
            put_u64(&d, (uint64_t)clusctl_node_name_equal(dests[i], dests[k]));
    for (i = 0; i < COUNTOF(dests); i++) {
        const clusctl_node *node = NULL;
        put_u64(&d, clusctl_cluster_find(&cluster, dests[i], &node));
        put_ptr(&d, node);
    }
    for (m = 0; m < COUNTOF(models); m++)
        for (kind = 0; kind <= 12; kind++)
            for (caller = 0; caller <= 3; caller++)
                for (v = 0; v < 6; v++) {
                    static const uint32_t values[] = {0, 50, 101, 3, 32768, 0x80004005u};
                    clusctl_event ev;
                    clusctl_vm next;
                    memset(&ev, 0, sizeof ev);
                    memset(&next, 0, sizeof next);
                    ev.kind = kind;
                    ev.caller = caller;
                    ev.destination = dests[v];
                    ev.value = values[v];
                    put_u64(&d, clusctl_vm_apply(&models[m], &cluster, &ev, &next));
                    put_vm(&d, &next);
                }
    for (m = 0; m < COUNTOF(models); m++)
        for (caller = 0; caller <= 3; caller++) {
            static const uint32_t codes[] = {CCTL_VM_START_MIGRATION, CCTL_VM_CANCEL_MIGRATION,
                                             0x01000009u, 0};
            clusctl_vm next;
            for (i = 0; i < COUNTOF(codes); i++) {
                memset(&next, 0, sizeof next);
                put_u64(&d, clusctl_vm_resource_control(codes[i], start_node2,
                                                        start_node2_size, &cluster, caller,
                                                        &models[m], &next));
                put_vm(&d, &next);
            }
            for (i = 0; i < COUNTOF(dests); i++) {
                memset(&next, 0, sizeof next);
                put_u64(&d, clusctl_vm_start(&models[m], &cluster, caller, dests[i], &next));
                put_vm(&d, &next);
            }
            memset(&next, 0, sizeof next);
            put_u64(&d, clusctl_vm_cancel(&models[m], &cluster, caller, &next));
            put_vm(&d, &next);
        }
    for (s = 0; s < 32800; s = s == 15 ? 32768 : s + 1) {
        put_u64(&d, (uint64_t)clusctl_vm_state_requestable(s));
        put_str(&d, clusctl_vm_state_name(s));
        put_str(&d, clusctl_migration_state_name(s));
        put_str(&d, clusctl_event_name(s));
    }
    for (i = 0; i < COUNTOF(state_words); i++) {
        v = 0xA5u;
        put_u64(&d, clusctl_vm_state_from_name(state_words[i], &v));
        put_u64(&d, v);
        v = 0xA5u;
        put_u64(&d, clusctl_migration_state_from_name(state_words[i], &v));
        put_u64(&d, v);
    }
    return d.h;
}

static uint64_t w_vm_props(void)
{
    static const uint32_t codes[] = {
        CCTL_RESOURCE_GET_RO_PRIVATE_PROPERTIES, CCTL_RESOURCE_GET_PRIVATE_PROPERTIES,
        CCTL_RESOURCE_ENUM_PRIVATE_PROPERTIES,   CCTL_RESOURCE_SET_PRIVATE_PROPERTIES,
        CCTL_RESOURCE_VALIDATE_PRIVATE_PROPERTIES, CCTL_VM_START_MIGRATION,
        CCTL_VM_CANCEL_MIGRATION,                0x01000009u};
    static const size_t out_sizes[] = {0, 4, 64, 1024};
    static const char *const props[] = {"OfflineAction", "offlineaction", "ShutdownAction",
                                        "MigrationFailureReason", "CheckHeartbeat", "VmState",
                                        "MigrationState", "VmId", "nope"};
    static const char *const words[] = {"Save", "turn off", "Shutdown (Forced)", "E_BUSY",
                                        "S_OK", "Check Heartbeat", "Paused", "Fail resource",
                                        "bogus"};
    digest d = DIGEST_INIT;
    size_t count = 0, m, i, k, bytes;
    uint32_t v;
    const clusctl_prop_item *items = clusctl_vm_property_table(&count);
    put_ptr(&d, items);
    put_u64(&d, count);
    for (i = 0; i < COUNTOF(props); i++) {
        for (v = 0; v < 6; v++)
            put_str(&d, clusctl_vm_property_value_name(props[i], v == 5 ? 0x800700AAu : v));
        for (k = 0; k < 12; k++) {
            v = 0xA5u;
            put_str(&d, clusctl_vm_property_value_at(props[i], k, &v));
            put_u64(&d, v);
        }
        for (k = 0; k < COUNTOF(words); k++) {
            v = 0xA5u;
            put_u64(&d, clusctl_vm_property_value_from_name(props[i], words[k], &v));
            put_u64(&d, v);
        }
    }
    for (m = 0; m < COUNTOF(models); m++) {
        clusctl_vm out;
        clusctl_prop_error err;
        memset(&out, 0, sizeof out);
        put_u64(&d, clusctl_vm_properties_expand(&models[m], &out));
        put_vm(&d, &out);
        for (i = 0; i < COUNTOF(codes); i++)
            for (k = 0; k < COUNTOF(out_sizes); k++) {
                unsigned char buffer[1024];
                const void *in = NULL;
                size_t in_size = 0;
                clusctl_vm next;
                if (codes[i] == CCTL_RESOURCE_SET_PRIVATE_PROPERTIES ||
                    codes[i] == CCTL_RESOURCE_VALIDATE_PRIVATE_PROPERTIES)
                    in = set_list, in_size = set_size;
                else if (codes[i] == CCTL_VM_START_MIGRATION)
                    in = start_node2, in_size = start_node2_size;
                memset(buffer, 0, sizeof buffer);
                memset(&next, 0, sizeof next);
                memset(&err, 0, sizeof err);
                bytes = 0;
                put_u64(&d, clusctl_vm_control(codes[i], in, in_size,
                                               out_sizes[k] ? buffer : NULL, out_sizes[k],
                                               &bytes, &cluster, 1, &models[m], &next, &err));
                put_u64(&d, bytes);
                put_bytes(&d, buffer, bytes < out_sizes[k] ? bytes : out_sizes[k]);
                put_vm(&d, &next);
                put_prop_error(&d, &err);
            }
    }
    for (i = 0; i < 4; i++) {
        clusctl_vm vm;
        clusctl_prop_error err;
        memset(&vm, 0, sizeof vm);
        memset(&err, 0, sizeof err);
        put_u64(&d, clusctl_vm_from_properties(i & 1 ? ro_list : NULL, i & 1 ? ro_size : 0,
                                               i & 2 ? rw_list : NULL, i & 2 ? rw_size : 0, 1,
                                               &vm, &err));
        put_vm(&d, &vm);
        put_prop_error(&d, &err);
    }
    {
        clusctl_vm vm;
        clusctl_prop_error err;
        memset(&vm, 0, sizeof vm);
        memset(&err, 0, sizeof err);
        put_u64(&d, clusctl_vm_from_properties(all_list, all_size, set_list, set_size, 2, &vm,
                                               &err));
        put_vm(&d, &vm);
        put_prop_error(&d, &err);
    }
    return d.h;
}

static uint64_t w_machine(void)
{
    static const size_t sizes[] = {0, 1, 100, 20000};
    digest d = DIGEST_INIT;
    size_t count = 0, needed, k;
    uint32_t machines, format;
    const clusctl_transition *rows = clusctl_machine_transitions(&count);
    put_ptr(&d, rows);
    put_u64(&d, count);
    for (machines = 0; machines <= 4; machines++)
        for (format = 0; format <= 5; format++)
            for (k = 0; k < COUNTOF(sizes); k++) {
                char out[20000];
                memset(out, 0, sizeof out);
                needed = 0;
                put_u64(&d, clusctl_machine_format(machines, format, sizes[k] ? out : NULL,
                                                   sizes[k], &needed));
                put_u64(&d, needed);
                put_bytes(&d, out, sizes[k] < 64 ? sizes[k] : 64);
                if (sizes[k] > needed)
                    put_str(&d, out);
            }
    return d.h;
}

typedef struct work {
    const char *name;
    uint64_t (*run)(void);
} work;

static const work works[] = {
    {"codec", w_codec},           {"status and version", w_status},
    {"catalog", w_catalog},       {"suggest and nearest", w_suggest},
    {"describe", w_describe},     {"flags", w_flags},
    {"START buffer", w_buffer},   {"syntax codec", w_syntax},
    {"plist reader", w_plist_read}, {"plist writer", w_plist_write},
    {"property tables", w_proptable}, {"VM machines and doors", w_vm},
    {"VM properties", w_vm_props}, {"machines' table", w_machine},
};

/* ---- Setup, single-threaded. ---- */

static void setup(void)
{
    clusctl_vm tmp;
    clusctl_event ev;
    clusctl_prop_error err;
    clusctl_plist_writer w;
    size_t bytes = 0;

    CHECK_EQ_U(clusctl_syntax_encode(CCTL_PROP_TYPE_LIST_VALUE, CCTL_PROP_FORMAT_VALUE_LIST,
                                     &syntax_value_list),
               CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(clusctl_start_buffer_encode("node2", start_node2, sizeof start_node2,
                                           &start_node2_size),
               CCTL_ERROR_SUCCESS);

    CHECK_EQ_U(clusctl_vm_init(&models[0], CCTL_VM_ENABLED, CCTL_MIGRATION_NONE, 1),
               CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(clusctl_vm_start(&models[0], &cluster, 1, "node2", &models[1]),
               CCTL_ERROR_SUCCESS);
    memset(&ev, 0, sizeof ev);
    ev.kind = CCTL_EVENT_SETUP_COMPLETE;
    ev.caller = 1;
    CHECK_EQ_U(clusctl_vm_apply(&models[1], &cluster, &ev, &tmp), CCTL_ERROR_SUCCESS);
    ev.kind = CCTL_EVENT_PROGRESS;
    ev.value = 40;
    CHECK_EQ_U(clusctl_vm_apply(&tmp, &cluster, &ev, &models[2]), CCTL_ERROR_SUCCESS);
    ev.kind = CCTL_EVENT_FAIL;
    ev.value = CCTL_E_FAIL;
    CHECK_EQ_U(clusctl_vm_apply(&models[2], &cluster, &ev, &models[3]), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(clusctl_vm_init(&models[4], CCTL_VM_DISABLED, CCTL_MIGRATION_NONE, 2),
               CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(clusctl_vm_properties_expand(&models[2], &models[5]), CCTL_ERROR_SUCCESS);
    strcpy(models[5].vm_id, "{0F1E2D3C-4B5A-6978-8796-A5B4C3D2E1F0}");

    CHECK_EQ_U(clusctl_vm_control(CCTL_RESOURCE_GET_RO_PRIVATE_PROPERTIES, NULL, 0, ro_list,
                                  sizeof ro_list, &ro_size, &cluster, 1, &models[5], &tmp,
                                  NULL),
               CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(clusctl_vm_control(CCTL_RESOURCE_GET_PRIVATE_PROPERTIES, NULL, 0, rw_list,
                                  sizeof rw_list, &rw_size, &cluster, 1, &models[5], &tmp,
                                  NULL),
               CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(write_all_formats(all_list, sizeof all_list, 0, &all_size), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(clusctl_plist_validate(all_list, all_size, 0, NULL), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(write_value_list(value_list, sizeof value_list, &value_list_size),
               CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(clusctl_vlist_validate(value_list, value_list_size, 0, NULL),
               CCTL_ERROR_SUCCESS);

    /* SET for the VM: OfflineAction 2, VirtualNumaCount 4. */
    memset(&w, 0, sizeof w);
    clusctl_plist_write_begin(&w, set_list, sizeof set_list, 0);
    clusctl_plist_write_property(&w, "OfflineAction");
    clusctl_plist_write_dword(&w, CCTL_PROP_SYNTAX_LIST_VALUE_DWORD, 2);
    clusctl_plist_write_property_end(&w);
    clusctl_plist_write_property(&w, "VirtualNumaCount");
    clusctl_plist_write_dword(&w, CCTL_PROP_SYNTAX_LIST_VALUE_DWORD, 4);
    clusctl_plist_write_property_end(&w);
    CHECK_EQ_U(clusctl_plist_write_end(&w, &set_size), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(clusctl_vm_control(CCTL_RESOURCE_SET_PRIVATE_PROPERTIES, set_list, set_size,
                                  NULL, 0, &bytes, &cluster, 1, &models[5], &tmp, NULL),
               CCTL_ERROR_SUCCESS);

    /* The custom table's block, at its defaults, and a SET list for it. */
    memset(&err, 0, sizeof err);
    CHECK_EQ_U(clusctl_proptable_check(table, COUNTOF(table), sizeof shared_block, &err),
               CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(clusctl_proptable_defaults(table, COUNTOF(table), &shared_block,
                                          sizeof shared_block, &err),
               CCTL_ERROR_SUCCESS);
    memset(&w, 0, sizeof w);
    clusctl_plist_write_begin(&w, table_set, sizeof table_set, 0);
    clusctl_plist_write_property(&w, "Count");
    clusctl_plist_write_dword(&w, CCTL_PROP_SYNTAX_LIST_VALUE_DWORD, 9);
    clusctl_plist_write_property_end(&w);
    clusctl_plist_write_property(&w, "Delta");
    clusctl_plist_write_long(&w, CCTL_PROP_SYNTAX_LIST_VALUE_LONG, -9);
    clusctl_plist_write_property_end(&w);
    clusctl_plist_write_property(&w, "Offset");
    clusctl_plist_write_large_integer(&w, CCTL_PROP_SYNTAX_LIST_VALUE_LARGE_INTEGER, -99);
    clusctl_plist_write_property_end(&w);
    clusctl_plist_write_property(&w, "Size");
    clusctl_plist_write_ularge_integer(&w, CCTL_PROP_SYNTAX_LIST_VALUE_ULARGE_INTEGER, 99);
    clusctl_plist_write_property_end(&w);
    clusctl_plist_write_property(&w, "Label");
    clusctl_plist_write_string(&w, CCTL_PROP_SYNTAX_LIST_VALUE_SZ, "nine");
    clusctl_plist_write_property_end(&w);
    clusctl_plist_write_property(&w, "Path");
    clusctl_plist_write_string(&w, CCTL_PROP_SYNTAX_LIST_VALUE_EXPAND_SZ, "%HOME%\\9");
    clusctl_plist_write_property_end(&w);
    CHECK_EQ_U(clusctl_plist_write_end(&w, &table_set_size), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(clusctl_proptable_verify(table, COUNTOF(table), table_set, table_set_size, 0,
                                        &err),
               CCTL_ERROR_SUCCESS);
}

/* ---- The threads. ---- */

typedef struct worker {
    pthread_t thread;
    unsigned index;
    unsigned long rounds;
    unsigned long runs;
    unsigned long mismatches[COUNTOF(works)];
} worker;

static uint64_t expected[COUNTOF(works)];
static pthread_barrier_t phase[2];
static unsigned long rounds = 3;

/* Each round is one phase per group. In phase k the even threads run group
 * k and the odd ones group k + n/2, all released together by a barrier:
 * so each function runs in several threads at once (a race between two
 * calls of one function is one ThreadSanitizer sees, however long the
 * groups take) beside another family's functions. Two barriers, used in
 * turn: ThreadSanitizer orders everything a thread did before it reached a
 * barrier before everything any thread does after it leaves that barrier,
 * so with one barrier a thread that left it late would be ordered after a
 * fast thread's whole next phase, hiding a race between them. */
static void *worker_main(void *arg)
{
    worker *me = (worker *)arg;
    unsigned long r, p = 0;
    size_t k, n = COUNTOF(works);
    for (r = 0; r < me->rounds; r++)
        for (k = 0; k < n; k++) {
            size_t i = (k + (me->index % 2) * (n / 2) + r) % n;
            pthread_barrier_wait(&phase[p++ % 2]);
            if (works[i].run() != expected[i])
                me->mismatches[i]++;
            me->runs++;
        }
    return NULL;
}

int main(int argc, char **argv)
{
    static worker workers[MAX_THREADS];
    uint32_t threads = 4, r = 3;
    size_t i;
    unsigned t, started = 0;

    if (argc > 3 ||
        (argc > 1 && (clusctl_parse_u32(argv[1], &threads) != CCTL_ERROR_SUCCESS ||
                      threads < 2 || threads > MAX_THREADS)) ||
        (argc > 2 && (clusctl_parse_u32(argv[2], &r) != CCTL_ERROR_SUCCESS || r == 0))) {
        fprintf(stderr, "usage: %s [THREADS (2 to %d) [ROUNDS]]\n", argv[0], MAX_THREADS);
        return 2;
    }
    rounds = r;
    harness_test = "setup";
    setup();
    harness_test = "single-threaded";
    for (i = 0; i < COUNTOF(works); i++) {
        expected[i] = works[i].run();
        /* the same twice in a row: the digests are deterministic */
        CHECK_EQ_U(works[i].run(), expected[i]);
    }

    harness_test = "threads";
    if (!CHECK(pthread_barrier_init(&phase[0], NULL, threads) == 0 &&
               pthread_barrier_init(&phase[1], NULL, threads) == 0))
        return harness_finish();
    for (t = 0; t < threads; t++) {
        workers[t].index = t;
        workers[t].rounds = rounds;
        if (pthread_create(&workers[t].thread, NULL, worker_main, &workers[t]) != 0)
            break;
        started++;
    }
    CHECK_EQ_U(started, threads);
    if (started != threads) {
        /* the barrier would never open: nothing more can be checked */
        fprintf(stderr, "could not start %u threads\n", threads);
        return 1;
    }
    for (t = 0; t < threads; t++)
        CHECK(pthread_join(workers[t].thread, NULL) == 0);
    pthread_barrier_destroy(&phase[0]);
    pthread_barrier_destroy(&phase[1]);

    for (i = 0; i < COUNTOF(works); i++) {
        unsigned long bad = 0;
        for (t = 0; t < threads; t++)
            bad += workers[t].mismatches[i];
        harness_test = works[i].name;
        CHECK_EQ_U(bad, 0);
    }
    {
        unsigned long runs = 0;
        for (t = 0; t < threads; t++)
            runs += workers[t].runs;
        CHECK_EQ_U(runs, (unsigned long)threads * rounds * COUNTOF(works));
        printf("%u threads x %lu rounds x %lu groups: %lu group runs, each digest equal to "
               "the single-threaded one\n",
               threads, rounds, (unsigned long)COUNTOF(works), runs);
    }
    return harness_finish();
}
