/* The VM resource's private properties (vm.h): the schema against
 * data/vm_properties.csv row by row (its own reader, not the generator's),
 * the model's layout and its properties rule, every property code of
 * clusctl_vm_control() on every kind of model against the reference lists
 * (ref_props.h) and hand-written golden bytes, the size query at every
 * output size in an exact heap block, every refusal of SET and VALIDATE,
 * the arguments, overlap, and the tool side (clusctl_vm_from_properties()):
 * model -> both lists -> model is the identity.
 *
 * Usage: test_vm_props PATH/TO/data/vm_properties.csv */
#include <stdlib.h>

#include "clusctl/clusctl.h"
#include "harness.h"
#include "print.h"
#include "ref_props.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static const clusctl_node nodes[] = {
    {.id = 1, .name = "node1", .up = 1},
    {.id = 2, .name = "node2", .up = 1},
    {.id = 3, .name = "node3", .up = 0},
};
static const clusctl_cluster cluster = {.nodes = nodes, .count = 3};

static const char guid[] = "4A8E3A52-1B9C-4E8F-9D4B-6C1D2E3F4A5B";

/* ---- The schema against the data file ---------------------------------------- */

#define MAX_LINE 1024
#define MAX_ROWS 32
#define COLUMNS 12

typedef struct row {
    char field[COLUMNS][256];
} row;
static row rows[MAX_ROWS];
static size_t row_count;

/* Splits one CSV line (quoted fields, "" inside them) into fields. */
static int split(const char *line, row *r)
{
    size_t f = 0, at = 0;
    const char *p = line;
    memset(r, 0, sizeof *r);
    for (;;) {
        int quoted = *p == '"';
        if (quoted)
            p++;
        at = 0;
        for (;;) {
            if (*p == '\0' || *p == '\n' || *p == '\r') {
                if (quoted)
                    return 0;
                break;
            }
            if (quoted && *p == '"') {
                if (p[1] == '"') {
                    p++;
                } else {
                    p++;
                    break;
                }
            } else if (!quoted && *p == ',') {
                break;
            }
            if (at + 1 >= sizeof r->field[0])
                return 0;
            r->field[f][at++] = *p++;
        }
        r->field[f][at] = '\0';
        f++;
        if (*p != ',')
            return f == COLUMNS;
        if (f == COLUMNS)
            return 0;
        p++;
    }
}

enum { C_NAME, C_TYPE, C_SYNTAX, C_ACCESS, C_STATUS, C_MIN, C_MAX, C_DEFAULT, C_VALUES,
       C_SERVER, C_PAGE, C_RESTYPE };

static int read_rows(const char *path)
{
    FILE *f = fopen(path, "rb");
    char line[MAX_LINE];
    if (f == NULL) {
        fprintf(stderr, "cannot open %s\n", path);
        return 0;
    }
    if (fgets(line, sizeof line, f) == NULL ||
        strcmp(line, "name,data_type,syntax,access,status,minimum,maximum,default,values,"
                     "min_server,doc_page,resource_type\n") != 0) {
        fclose(f);
        fprintf(stderr, "%s: not the expected header\n", path);
        return 0;
    }
    while (fgets(line, sizeof line, f) != NULL && row_count < MAX_ROWS)
        if (!CHECK(split(line, &rows[row_count++])))
            fprintf(stderr, "    line: %s", line);
    fclose(f);
    return 1;
}

static uint32_t number(const char *s)
{
    return (uint32_t)strtoul(s, NULL, strncmp(s, "0x", 2) == 0 ? 16 : 10);
}

/* The member of each property, restated from vm.h's documentation. */
static size_t member_of(const char *name)
{
    static const struct {
        const char *name;
        size_t offset;
    } members[] = {
        {"CheckHeartbeat", offsetof(clusctl_vm, check_heartbeat)},
        {"MigrationFailureReason", offsetof(clusctl_vm, failure_reason)},
        {"MigrationProgress", offsetof(clusctl_vm, progress)},
        {"MigrationState", offsetof(clusctl_vm, migration_state)},
        {"OfflineAction", offsetof(clusctl_vm, offline_action)},
        {"ShutdownAction", offsetof(clusctl_vm, shutdown_action)},
        {"StartMemory", offsetof(clusctl_vm, start_memory)},
        {"VirtualNumaCount", offsetof(clusctl_vm, virtual_numa_count)},
        {"VmId", offsetof(clusctl_vm, vm_id)},
        {"VmState", offsetof(clusctl_vm, vm_state)},
    };
    size_t i;
    for (i = 0; i < COUNT(members); i++)
        if (strcmp(members[i].name, name) == 0)
            return members[i].offset;
    return (size_t)-1;
}

/* The next "Name=value" of a values column (';'-separated): item gets the
 * name, *value the number's text (in item); *p moves past it. 0 at the end,
 * or after a failed check for a malformed item. */
static int next_value_item(const char **p, char *item, size_t size, const char **value)
{
    size_t len = strcspn(*p, ";");
    char *eq;
    if (**p == '\0' || !CHECK(len < size))
        return 0;
    memcpy(item, *p, len);
    item[len] = '\0';
    *p += len + ((*p)[len] == ';');
    eq = strrchr(item, '=');
    if (!CHECK(eq != NULL))
        return 0;
    *eq = '\0';
    *value = eq + 1;
    return 1;
}

/* Each "Name=value" of a values column against a state map's display names. */
static void check_values(const char *values, const char *const *names, const uint32_t *numbers,
                         size_t n)
{
    char item[128];
    const char *p = values, *value;
    size_t seen = 0, i;
    while (next_value_item(&p, item, sizeof item, &value)) {
        int found = 0;
        for (i = 0; i < n; i++)
            if (strcmp(names[i], item) == 0 && numbers[i] == number(value))
                found = 1;
        if (!CHECK(found))
            fprintf(stderr, "    %s=%s is not in vm.h\n", item, value);
        seen++;
    }
    CHECK_EQ_U(seen, n);
}

/* A property's named values, one by one, against its values column: the
 * same names and numbers, in the same order, and no more. */
static void check_value_names(const char *property, const char *values)
{
    char item[128];
    const char *p = values, *name, *value;
    size_t index = 0;
    uint32_t v;
    while (next_value_item(&p, item, sizeof item, &value)) {
        v = 0xA5A5A5A5u;
        name = clusctl_vm_property_value_at(property, index++, &v);
        CHECK_STR(name, item);
        CHECK_EQ_U(v, number(value));
    }
    v = 0xA5A5A5A5u;
    CHECK(clusctl_vm_property_value_at(property, index, &v) == NULL);
    CHECK_EQ_U(v, 0xA5A5A5A5u);
    CHECK(clusctl_vm_property_value_at(property, (size_t)-1, NULL) == NULL);
}

static void test_schema_equals_data_file(void)
{
    static const char *const left_out[] = {"CheckApplicationHealth", "DefaultMoveType",
                                           "MigrationExcludeNetworks", "MigrationNetworkOrder"};
#define DISPLAY_(N, v, name, display, alias) display,
#define VALUE_(N, v, name, display, alias) v,
    static const char *const vm_names[] = {CCTL_VM_STATE_MAP(DISPLAY_)};
    static const uint32_t vm_values[] = {CCTL_VM_STATE_MAP(VALUE_)};
    static const char *const mig_names[] = {CCTL_MIGRATION_STATE_MAP(DISPLAY_)};
    static const uint32_t mig_values[] = {CCTL_MIGRATION_STATE_MAP(VALUE_)};
#undef DISPLAY_
#undef VALUE_
    static const char *const hr_names[] = {"S_OK", "E_BUSY", "E_FAIL"};
    static const uint32_t hr_values[] = {CCTL_S_OK, CCTL_E_BUSY, CCTL_E_FAIL};
    const clusctl_prop_item *t;
    size_t count = 0, i, k, next_item = 0, index;
    clusctl_prop_error e = {0};

    t = clusctl_vm_property_table(&count);
    CHECK(clusctl_vm_property_table(NULL) == NULL);
    if (!CHECK(t != NULL && count == 10))
        return;
    CHECK_EQ_U(clusctl_proptable_check(t, count, sizeof(clusctl_vm), &e), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(row_count, 19);
    for (i = 0; i < row_count; i++) {
        const row *r = &rows[i];
        const char *name = r->field[C_NAME];
        int out = strcmp(r->field[C_RESTYPE], "Virtual Machine") != 0;
        const clusctl_prop_item *it;
        harness_test = name;
        for (k = 0; k < COUNT(left_out); k++)
            out |= strcmp(left_out[k], name) == 0;
        if (out) {
            /* VmId is also a "Virtual Machine Configuration" row. */
            if (strcmp(name, "VmId") != 0)
                CHECK_EQ_U(clusctl_proptable_find(t, count, name, &index),
                           CCTL_ERROR_FILE_NOT_FOUND);
            continue;
        }
        /* In the table, in the file's order. */
        if (!CHECK(next_item < count))
            continue;
        if (!CHECK(strcmp(t[next_item].name, name) == 0)) {
            fprintf(stderr, "    table item %lu is %s\n", (unsigned long)next_item,
                    t[next_item].name);
            continue;
        }
        it = &t[next_item++];
        CHECK_EQ_U(it->format, strcmp(r->field[C_TYPE], "DWORD") == 0 ? CCTL_PROP_FORMAT_DWORD
                                                                       : CCTL_PROP_FORMAT_SZ);
        CHECK_STR(r->field[C_SYNTAX], it->format == CCTL_PROP_FORMAT_DWORD
                                          ? "CLUSPROP_SYNTAX_LIST_VALUE_DWORD"
                                          : "CLUSPROP_SYNTAX_LIST_VALUE_SZ");
        CHECK_EQ_U((it->flags & CCTL_PROP_ITEM_READ_ONLY) != 0,
                   strcmp(r->field[C_ACCESS], "read-only") == 0);
        CHECK_EQ_U((it->flags & CCTL_PROP_ITEM_REQUIRED) != 0,
                   strncmp(r->field[C_STATUS], "Required", 8) == 0);
        CHECK_EQ_U((it->flags & CCTL_PROP_ITEM_GUID) != 0,
                   strstr(r->field[C_TYPE], "GUID") != NULL);
        CHECK_EQ_U((it->flags & CCTL_PROP_ITEM_OWNED) != 0, strcmp(name, "MigrationState") == 0);
        CHECK_EQ_U(it->offset, member_of(name));
        check_value_names(name, r->field[C_VALUES]);
        if (it->format == CCTL_PROP_FORMAT_DWORD) {
            CHECK_EQ_U(it->minimum, number(r->field[C_MIN]));
            CHECK_EQ_U(it->maximum, number(r->field[C_MAX]));
            CHECK_EQ_U(it->default_number, number(r->field[C_DEFAULT]));
            CHECK_EQ_U(it->size, 0);
        } else {
            CHECK_STR(r->field[C_MIN], "NULL");
            CHECK_STR(r->field[C_DEFAULT], "NULL");
            CHECK(it->default_string == NULL); /* NULL: unset, "" */
            CHECK_EQ_U(it->size, CCTL_VM_ID_SIZE);
        }
        if (strcmp(name, "VmState") == 0)
            check_values(r->field[C_VALUES], vm_names, vm_values, COUNT(vm_names));
        if (strcmp(name, "MigrationState") == 0)
            check_values(r->field[C_VALUES], mig_names, mig_values, COUNT(mig_names));
        if (strcmp(name, "MigrationFailureReason") == 0)
            check_values(r->field[C_VALUES], hr_names, hr_values, COUNT(hr_names));
    }
    harness_test = "test_schema_equals_data_file";
    CHECK_EQ_U(next_item, count);
    /* The defaults the header documents. */
    CHECK_EQ_U(t[4].default_number, REF_OFFLINE_ACTION_DEFAULT);
    CHECK_EQ_U(t[7].default_number, REF_VIRTUAL_NUMA_COUNT_DEFAULT);
    CHECK_EQ_U(t[6].default_number, REF_START_MEMORY_DEFAULT);
}

/* The codes are the catalog's. */
static void test_codes(void)
{
    static const struct {
        const char *name;
        uint32_t code;
    } codes[] = {
        {"CLUSCTL_RESOURCE_ENUM_PRIVATE_PROPERTIES", CCTL_RESOURCE_ENUM_PRIVATE_PROPERTIES},
        {"CLUSCTL_RESOURCE_GET_RO_PRIVATE_PROPERTIES", CCTL_RESOURCE_GET_RO_PRIVATE_PROPERTIES},
        {"CLUSCTL_RESOURCE_GET_PRIVATE_PROPERTIES", CCTL_RESOURCE_GET_PRIVATE_PROPERTIES},
        {"CLUSCTL_RESOURCE_SET_PRIVATE_PROPERTIES", CCTL_RESOURCE_SET_PRIVATE_PROPERTIES},
        {"CLUSCTL_RESOURCE_VALIDATE_PRIVATE_PROPERTIES",
         CCTL_RESOURCE_VALIDATE_PRIVATE_PROPERTIES},
    };
    size_t i;
    for (i = 0; i < COUNT(codes); i++) {
        size_t index = CCTL_NO_ENTRY;
        clusctl_entry e;
        CHECK_EQ_U(clusctl_catalog_find_name(codes[i].name, CCTL_MATCH_EXACT, &index),
                   CCTL_ERROR_SUCCESS);
        if (CHECK(clusctl_catalog_get(index, &e) == CCTL_ERROR_SUCCESS))
            CHECK_EQ_U(e.value, codes[i].code);
    }
}

/* ---- The model ------------------------------------------------------------------- */

/* clusctl_vm as version 0.2 laid it out. */
struct vm_0_2 {
    uint32_t vm_state, migration_state, host, source, destination, failure_reason, progress;
    uint32_t reserved[25];
};

static void test_layout(void)
{
    CHECK_EQ_U(sizeof(clusctl_vm), sizeof(struct vm_0_2));
    CHECK_EQ_U(sizeof(clusctl_vm), 128);
#define SAME_(m) CHECK_EQ_U(offsetof(clusctl_vm, m), offsetof(struct vm_0_2, m))
    SAME_(vm_state);
    SAME_(migration_state);
    SAME_(host);
    SAME_(source);
    SAME_(destination);
    SAME_(failure_reason);
    SAME_(progress);
#undef SAME_
    /* The new members are the old reserved room's first words, in order. */
    CHECK_EQ_U(offsetof(clusctl_vm, properties), offsetof(struct vm_0_2, reserved));
    CHECK_EQ_U(offsetof(clusctl_vm, offline_action), offsetof(struct vm_0_2, reserved) + 4);
    CHECK_EQ_U(offsetof(clusctl_vm, shutdown_action), offsetof(struct vm_0_2, reserved) + 8);
    CHECK_EQ_U(offsetof(clusctl_vm, check_heartbeat), offsetof(struct vm_0_2, reserved) + 12);
    CHECK_EQ_U(offsetof(clusctl_vm, start_memory), offsetof(struct vm_0_2, reserved) + 16);
    CHECK_EQ_U(offsetof(clusctl_vm, virtual_numa_count), offsetof(struct vm_0_2, reserved) + 20);
    CHECK_EQ_U(offsetof(clusctl_vm, vm_id), offsetof(struct vm_0_2, reserved) + 24);
    CHECK_EQ_U(offsetof(clusctl_vm, reserved), offsetof(struct vm_0_2, reserved) + 64);
    CHECK_EQ_U(sizeof(((clusctl_vm *)0)->reserved), 9 * 4);
}

static clusctl_vm model(uint32_t vm_state, uint32_t migration_state)
{
    clusctl_vm vm;
    CHECK_EQ_U(clusctl_vm_init(&vm, vm_state, migration_state, 1), CCTL_ERROR_SUCCESS);
    return vm;
}

/* A model with its properties written out, and values set. */
static clusctl_vm model_set(uint32_t vm_state, uint32_t migration_state, uint32_t offline,
                            uint32_t numa, const char *id)
{
    clusctl_vm vm = model(vm_state, migration_state);
    CHECK_EQ_U(clusctl_vm_properties_expand(&vm, &vm), CCTL_ERROR_SUCCESS);
    vm.offline_action = offline;
    vm.virtual_numa_count = numa;
    vm.shutdown_action = 1;
    vm.check_heartbeat = 1;
    vm.start_memory = 2048;
    memset(vm.vm_id, 0, sizeof vm.vm_id);
    memcpy(vm.vm_id, id, strlen(id));
    return vm;
}

static void test_init_and_expand(void)
{
    clusctl_vm vm, out, bad;
    const unsigned char *b;
    size_t i, bytes = 5;
    uint32_t m;

    /* init: the properties at their defaults as a zeroed model. */
    for (m = 0; m <= 6; m++) {
        memset(&vm, 0x5A, sizeof vm);
        CHECK_EQ_U(clusctl_vm_init(&vm, CCTL_VM_ENABLED, m, 3), CCTL_ERROR_SUCCESS);
        b = (const unsigned char *)&vm;
        for (i = offsetof(clusctl_vm, properties); i < sizeof vm; i++)
            CHECK_EQ_U(b[i], 0); /* what 0.2 binaries see as reserved room */
    }
    vm = model(CCTL_VM_ENABLED, CCTL_MIGRATION_SETUP);
    memset(&out, 0x5A, sizeof out);
    CHECK_EQ_U(clusctl_vm_properties_expand(&vm, &out), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(out.properties, CCTL_VM_PROPERTIES_SET);
    CHECK_EQ_U(out.offline_action, 1);
    CHECK_EQ_U(out.shutdown_action, 0);
    CHECK_EQ_U(out.check_heartbeat, 0);
    CHECK_EQ_U(out.start_memory, 1);
    CHECK_EQ_U(out.virtual_numa_count, 1);
    for (i = 0; i < sizeof out.vm_id; i++)
        CHECK_EQ_U((unsigned char)out.vm_id[i], 0);
    for (i = 0; i < COUNT(out.reserved); i++)
        CHECK_EQ_U(out.reserved[i], 0);
    CHECK_EQ_U(out.vm_state, vm.vm_state);
    CHECK_EQ_U(out.migration_state, vm.migration_state);
    CHECK_EQ_U(out.source, vm.source);
    {
        clusctl_vm want = ref_vm_expand(&vm);
        CHECK(ref_vm_equal(&out, &want));
    }
    /* A written-out model is copied as it is; in place too. */
    out.offline_action = 0;
    vm = out;
    CHECK_EQ_U(clusctl_vm_properties_expand(&vm, &vm), CCTL_ERROR_SUCCESS);
    CHECK(memcmp(&vm, &out, sizeof vm) == 0);
    CHECK_EQ_U(clusctl_vm_properties_expand(NULL, &out), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_vm_properties_expand(&vm, NULL), CCTL_ERROR_INVALID_PARAMETER);

    /* Models that break the rule: refused everywhere, nothing changed. */
    for (i = 0; i < 9; i++) {
        clusctl_vm next;
        clusctl_event ev = {0};
        clusctl_status st;
        unsigned char buf[512];
        bad = model(CCTL_VM_ENABLED, CCTL_MIGRATION_SETUP);
        switch (i) {
        case 0: bad.properties = 2; break;
        case 1: bad.properties = 0xFFFFFFFFu; break;
        case 2: bad.offline_action = 2; break; /* properties 0, a member set */
        case 3: bad.virtual_numa_count = 1; break;
        case 4: bad.vm_id[39] = 'x'; break;
        case 5: bad.start_memory = 1; break;
        case 6: bad.reserved[0] = 1; break;
        case 7: bad.reserved[8] = 1; break;
        default: bad.properties = CCTL_VM_PROPERTIES_SET; bad.reserved[4] = 1; break;
        }
        memset(&out, 0x5A, sizeof out);
        CHECK_EQ_U(clusctl_vm_properties_expand(&bad, &out), CCTL_ERROR_INVALID_PARAMETER);
        ev.kind = CCTL_EVENT_CANCEL;
        ev.caller = 1;
        CHECK_EQ_U(clusctl_vm_apply(&bad, &cluster, &ev, &next), CCTL_ERROR_INVALID_PARAMETER);
        CHECK(memcmp(&next, &bad, sizeof next) == 0);
        CHECK_EQ_U(clusctl_vm_cancel(&bad, &cluster, 1, &next), CCTL_ERROR_INVALID_PARAMETER);
        for (m = 0; m < 7; m++) {
            static const uint32_t codes[] = {
                CCTL_VM_START_MIGRATION, CCTL_VM_CANCEL_MIGRATION,
                CCTL_RESOURCE_ENUM_PRIVATE_PROPERTIES, CCTL_RESOURCE_GET_RO_PRIVATE_PROPERTIES,
                CCTL_RESOURCE_GET_PRIVATE_PROPERTIES, CCTL_RESOURCE_SET_PRIVATE_PROPERTIES,
                CCTL_RESOURCE_VALIDATE_PRIVATE_PROPERTIES};
            bytes = 5;
            memset(&next, 0x5A, sizeof next);
            st = clusctl_vm_control(codes[m], NULL, 0, buf, sizeof buf, &bytes, &cluster, 1,
                                    &bad, &next, NULL);
            CHECK_EQ_U(st, CCTL_ERROR_INVALID_PARAMETER);
            CHECK_EQ_U(bytes, 5);
        }
    }
    /* A VmId not NUL-terminated in its room, or not UTF-8, in a written-out
     * model: BAD_BLOCK for every property code. */
    for (i = 0; i < 2; i++) {
        clusctl_prop_error e = {0};
        unsigned char buf[512];
        clusctl_vm next;
        bad = model_set(CCTL_VM_ENABLED, 0, 1, 1, "");
        if (i == 0)
            memset(bad.vm_id, 'a', sizeof bad.vm_id);
        else
            bad.vm_id[0] = (char)0xFF;
        for (m = 0; m < 5; m++) {
            static const uint32_t codes[] = {
                CCTL_RESOURCE_ENUM_PRIVATE_PROPERTIES, CCTL_RESOURCE_GET_RO_PRIVATE_PROPERTIES,
                CCTL_RESOURCE_GET_PRIVATE_PROPERTIES, CCTL_RESOURCE_SET_PRIVATE_PROPERTIES,
                CCTL_RESOURCE_VALIDATE_PRIVATE_PROPERTIES};
            ref_list l;
            ref_list_begin(&l);
            ref_list_end(&l, 1);
            memset(&e, 0, sizeof e);
            bytes = 5;
            CHECK_EQ_U(clusctl_vm_control(codes[m], m >= 3 ? l.data : NULL, m >= 3 ? l.size : 0,
                                          buf, sizeof buf, &bytes, NULL, 0, &bad, &next, &e),
                       CCTL_ERROR_INVALID_PARAMETER);
            CHECK_EQ_U(e.reason, CCTL_PROP_REASON_BAD_BLOCK);
            CHECK_EQ_U(e.item, 8);
            CHECK_STR(e.name, "VmId");
            CHECK_EQ_U(bytes, 0);
            CHECK(memcmp(&next, &bad, sizeof next) == 0);
        }
        /* START and CANCEL do not read the properties. */
        CHECK_EQ_U(clusctl_vm_start(&bad, &cluster, 1, "node2", &next), CCTL_ERROR_SUCCESS);
    }
}

/* ---- The property codes ---------------------------------------------------------- */

/* Calls the door; checks the rules that hold for every call: the input is
 * not modified, next equals current but for a successful START, CANCEL or
 * SET, bytes is 0 but for success and MORE_DATA. */
static clusctl_status door(uint32_t code, const void *in, size_t in_size, void *out,
                           size_t out_size, size_t *bytes, const clusctl_vm *vm, clusctl_vm *next,
                           clusctl_prop_error *e)
{
    clusctl_vm copy = *vm;
    clusctl_status st;
    memset(next, 0xA5, sizeof *next);
    *bytes = 0xBAD;
    st = clusctl_vm_control(code, in, in_size, out, out_size, bytes, &cluster, 1, &copy, next, e);
    CHECK(memcmp(&copy, vm, sizeof copy) == 0);
    if (!(st == CCTL_ERROR_SUCCESS && (code == CCTL_RESOURCE_SET_PRIVATE_PROPERTIES ||
                                       code == CCTL_VM_START_MIGRATION ||
                                       code == CCTL_VM_CANCEL_MIGRATION)))
        CHECK(memcmp(next, vm, sizeof *next) == 0);
    if (st != CCTL_ERROR_SUCCESS && st != CCTL_ERROR_MORE_DATA)
        CHECK_EQ_U(*bytes, 0);
    if (e != NULL)
        CHECK_EQ_U(e->status, st);
    return st;
}

/* GET_RO, GET and ENUM of a model equal the reference bytes. */
static void check_gets(const clusctl_vm *vm)
{
    unsigned char out[1024], want[512];
    size_t bytes, n;
    clusctl_vm next;
    clusctl_prop_error e;
    ref_list l;
    int ro;
    unsigned long before = harness_failed;
    for (ro = 0; ro < 2; ro++) {
        ref_vm_list(vm, ro, &l);
        memset(&e, 0, sizeof e);
        CHECK_EQ_U(door(ro ? CCTL_RESOURCE_GET_RO_PRIVATE_PROPERTIES
                           : CCTL_RESOURCE_GET_PRIVATE_PROPERTIES,
                        NULL, 0, out, sizeof out, &bytes, vm, &next, &e),
                   CCTL_ERROR_SUCCESS);
        CHECK_EQ_U(e.reason, CCTL_PROP_REASON_NONE);
        if (!CHECK(bytes == l.size && memcmp(out, l.data, l.size) == 0)) {
            print_bytes("got", out, bytes);
            print_bytes("expected", l.data, l.size);
        }
        CHECK_EQ_U(clusctl_plist_validate(out, bytes, CCTL_PLIST_STRICT, NULL), CCTL_ERROR_SUCCESS);
    }
    n = ref_vm_enum(want, sizeof want);
    CHECK_EQ_U(door(CCTL_RESOURCE_ENUM_PRIVATE_PROPERTIES, NULL, 0, out, sizeof out, &bytes, vm,
                    &next, NULL),
               CCTL_ERROR_SUCCESS);
    CHECK(bytes == n && memcmp(out, want, n) == 0);
    if (harness_failed != before) {
        print_vm("model", vm);
        print_vm_props("model", vm);
    }
}

static void test_gets_every_kind_of_model(void)
{
    static const uint32_t vm_states[] = {0, 2, 3, 32768, 32769, 32770, 32777, 1, 65536, 65537,
                                         0xFFFFFFFFu};
    static const uint32_t migs[] = {0, 1, 2, 3, 4, 5, 6, 0xFFFFFFFFu};
    static const char *const ids[] = {"", "6B29FC40-CA47-1067-B31D-00DD010662DA",
                                      "{6b29fc40-ca47-1067-b31d-00dd010662da}", "not a guid",
                                      "\xC3\xA9t\xC3\xA9", "123456789012345678901234567890123456789"};
    size_t a, b, k;
    for (a = 0; a < COUNT(vm_states); a++)
        for (b = 0; b < COUNT(migs); b++) {
            clusctl_vm vm = model(vm_states[a], migs[b]);
            vm.failure_reason = b == 5 ? CCTL_E_BUSY : (uint32_t)a * 0x11111111u;
            vm.progress = (uint32_t)(a * 13 + b);
            check_gets(&vm); /* properties 0: the defaults */
            for (k = 0; k < COUNT(ids); k++) {
                clusctl_vm set = model_set(vm_states[a], migs[b], (uint32_t)k % 5,
                                           (uint32_t)k * 20, ids[k]);
                set.check_heartbeat = (uint32_t)k;
                set.start_memory = (uint32_t)(0xFFFFFFFFu - k);
                check_gets(&set); /* the members, out of range ones too */
            }
        }
}

/* GET_RO_PRIVATE_PROPERTIES of an Enabled VM whose last migration failed
 * with E_BUSY at 42 %, written out by hand from the format. */
static const unsigned char golden_get_ro[] = {
    0x03, 0x00, 0x00, 0x00, /* 3 properties */
    /* NAME "MigrationFailureReason": 23 units, 46 bytes, 2 of padding */
    0x03, 0x00, 0x04, 0x00, 0x2E, 0x00, 0x00, 0x00,
    'M', 0, 'i', 0, 'g', 0, 'r', 0, 'a', 0, 't', 0, 'i', 0, 'o', 0, 'n', 0, 'F', 0, 'a', 0,
    'i', 0, 'l', 0, 'u', 0, 'r', 0, 'e', 0, 'R', 0, 'e', 0, 'a', 0, 's', 0, 'o', 0, 'n', 0,
    0, 0, 0, 0,
    0x02, 0x00, 0x01, 0x00, 0x04, 0x00, 0x00, 0x00, /* LIST_VALUE_DWORD, 4 */
    0xAA, 0x00, 0x07, 0x80,                         /* E_BUSY 0x800700AA */
    0x00, 0x00, 0x00, 0x00,                         /* ENDMARK */
    /* NAME "MigrationProgress": 18 units, 36 bytes */
    0x03, 0x00, 0x04, 0x00, 0x24, 0x00, 0x00, 0x00,
    'M', 0, 'i', 0, 'g', 0, 'r', 0, 'a', 0, 't', 0, 'i', 0, 'o', 0, 'n', 0, 'P', 0, 'r', 0,
    'o', 0, 'g', 0, 'r', 0, 'e', 0, 's', 0, 's', 0, 0, 0,
    0x02, 0x00, 0x01, 0x00, 0x04, 0x00, 0x00, 0x00, 0x2A, 0x00, 0x00, 0x00, /* 42 */
    0x00, 0x00, 0x00, 0x00,
    /* NAME "VmState": 8 units, 16 bytes */
    0x03, 0x00, 0x04, 0x00, 0x10, 0x00, 0x00, 0x00,
    'V', 0, 'm', 0, 'S', 0, 't', 0, 'a', 0, 't', 0, 'e', 0, 0, 0,
    0x02, 0x00, 0x01, 0x00, 0x04, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, /* Enabled */
    0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, /* the final ENDMARK */
};

/* GET_PRIVATE_PROPERTIES of a model at its defaults (properties 0): the
 * read-write list, by hand too. */
static const unsigned char golden_get_defaults[] = {
    0x07, 0x00, 0x00, 0x00,
    0x03, 0x00, 0x04, 0x00, 0x1E, 0x00, 0x00, 0x00, /* "CheckHeartbeat", 30 bytes */
    'C', 0, 'h', 0, 'e', 0, 'c', 0, 'k', 0, 'H', 0, 'e', 0, 'a', 0, 'r', 0, 't', 0, 'b', 0,
    'e', 0, 'a', 0, 't', 0, 0, 0, 0, 0,
    0x02, 0x00, 0x01, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x03, 0x00, 0x04, 0x00, 0x1E, 0x00, 0x00, 0x00, /* "MigrationState", 30 bytes */
    'M', 0, 'i', 0, 'g', 0, 'r', 0, 'a', 0, 't', 0, 'i', 0, 'o', 0, 'n', 0, 'S', 0, 't', 0,
    'a', 0, 't', 0, 'e', 0, 0, 0, 0, 0,
    0x02, 0x00, 0x01, 0x00, 0x04, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x03, 0x00, 0x04, 0x00, 0x1C, 0x00, 0x00, 0x00, /* "OfflineAction", 28 bytes */
    'O', 0, 'f', 0, 'f', 0, 'l', 0, 'i', 0, 'n', 0, 'e', 0, 'A', 0, 'c', 0, 't', 0, 'i', 0,
    'o', 0, 'n', 0, 0, 0,
    0x02, 0x00, 0x01, 0x00, 0x04, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x03, 0x00, 0x04, 0x00, 0x1E, 0x00, 0x00, 0x00, /* "ShutdownAction", 30 bytes */
    'S', 0, 'h', 0, 'u', 0, 't', 0, 'd', 0, 'o', 0, 'w', 0, 'n', 0, 'A', 0, 'c', 0, 't', 0,
    'i', 0, 'o', 0, 'n', 0, 0, 0, 0, 0,
    0x02, 0x00, 0x01, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x03, 0x00, 0x04, 0x00, 0x18, 0x00, 0x00, 0x00, /* "StartMemory", 24 bytes */
    'S', 0, 't', 0, 'a', 0, 'r', 0, 't', 0, 'M', 0, 'e', 0, 'm', 0, 'o', 0, 'r', 0, 'y', 0, 0, 0,
    0x02, 0x00, 0x01, 0x00, 0x04, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x03, 0x00, 0x04, 0x00, 0x22, 0x00, 0x00, 0x00, /* "VirtualNumaCount", 34 bytes */
    'V', 0, 'i', 0, 'r', 0, 't', 0, 'u', 0, 'a', 0, 'l', 0, 'N', 0, 'u', 0, 'm', 0, 'a', 0,
    'C', 0, 'o', 0, 'u', 0, 'n', 0, 't', 0, 0, 0, 0, 0,
    0x02, 0x00, 0x01, 0x00, 0x04, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x03, 0x00, 0x04, 0x00, 0x0A, 0x00, 0x00, 0x00, /* "VmId", 10 bytes, 2 of padding */
    'V', 0, 'm', 0, 'I', 0, 'd', 0, 0, 0, 0, 0,
    0x03, 0x00, 0x01, 0x00, 0x02, 0x00, 0x00, 0x00, /* LIST_VALUE_SZ, 2: "" */
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, /* the final ENDMARK */
};

static void test_golden(void)
{
    clusctl_vm vm = model(CCTL_VM_ENABLED, CCTL_MIGRATION_FAILURE), next;
    unsigned char out[512];
    size_t bytes;
    vm.failure_reason = CCTL_E_BUSY;
    vm.progress = 42;
    CHECK_EQ_U(sizeof golden_get_ro, 180);
    CHECK_EQ_U(door(CCTL_RESOURCE_GET_RO_PRIVATE_PROPERTIES, NULL, 0, out, sizeof out, &bytes,
                    &vm, &next, NULL),
               CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(bytes, sizeof golden_get_ro);
    if (!CHECK(memcmp(out, golden_get_ro, sizeof golden_get_ro) == 0))
        print_bytes("got", out, bytes);
    vm.migration_state = CCTL_MIGRATION_SETUP;
    CHECK_EQ_U(door(CCTL_RESOURCE_GET_PRIVATE_PROPERTIES, NULL, 0, out, sizeof out, &bytes, &vm,
                    &next, NULL),
               CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(bytes, sizeof golden_get_defaults);
    if (!CHECK(memcmp(out, golden_get_defaults, sizeof golden_get_defaults) == 0))
        print_bytes("got", out, bytes);
}

/* Every output size from 0 to enough in an exact heap block. */
static void test_every_output_size(void)
{
    static const uint32_t codes[] = {CCTL_RESOURCE_GET_RO_PRIVATE_PROPERTIES,
                                     CCTL_RESOURCE_GET_PRIVATE_PROPERTIES,
                                     CCTL_RESOURCE_ENUM_PRIVATE_PROPERTIES};
    clusctl_vm models[2], next;
    unsigned char want[1024];
    size_t c, m, size, n = 0, bytes;
    models[0] = model(CCTL_VM_ENABLED, 0);
    models[1] = model_set(CCTL_VM_PAUSED, 2, 3, 64, "{6B29FC40-CA47-1067-B31D-00DD010662DA}");
    for (m = 0; m < 2; m++)
        for (c = 0; c < COUNT(codes); c++) {
            ref_list l;
            if (codes[c] == CCTL_RESOURCE_ENUM_PRIVATE_PROPERTIES) {
                n = ref_vm_enum(want, sizeof want);
            } else {
                ref_vm_list(&models[m], codes[c] == CCTL_RESOURCE_GET_RO_PRIVATE_PROPERTIES, &l);
                n = l.size;
                memcpy(want, l.data, n);
            }
            CHECK_EQ_U(door(codes[c], NULL, 0, NULL, 0, &bytes, &models[m], &next, NULL),
                       CCTL_ERROR_MORE_DATA);
            CHECK_EQ_U(bytes, n);
            for (size = 0; size <= n + 3; size++) {
                unsigned char *out = (unsigned char *)malloc(size != 0 ? size : 1);
                size_t i, touched = 0;
                clusctl_status st;
                if (!CHECK(out != NULL))
                    return;
                memset(out, 0xEE, size);
                st = door(codes[c], NULL, 0, out, size, &bytes, &models[m], &next, NULL);
                CHECK_EQ_U(bytes, n);
                if (size < n) {
                    CHECK_EQ_U(st, CCTL_ERROR_MORE_DATA);
                    for (i = 0; i < size; i++)
                        touched += out[i] != 0xEE;
                } else {
                    CHECK_EQ_U(st, CCTL_ERROR_SUCCESS);
                    CHECK(memcmp(out, want, n) == 0);
                    for (i = n; i < size; i++)
                        touched += out[i] != 0xEE;
                }
                CHECK_EQ_U(touched, 0);
                free(out);
            }
        }
}

/* ---- SET and VALIDATE ---------------------------------------------------------- */

static void expect_set(const char *what, const ref_list *l, const clusctl_vm *vm,
                       clusctl_status status, uint32_t reason, uint32_t property,
                       const char *name, uint64_t value)
{
    static const uint32_t codes[] = {CCTL_RESOURCE_VALIDATE_PRIVATE_PROPERTIES,
                                     CCTL_RESOURCE_SET_PRIVATE_PROPERTIES};
    unsigned long before = harness_failed;
    size_t c, bytes;
    for (c = 0; c < 2; c++) {
        clusctl_prop_error e = {0};
        clusctl_vm next;
        unsigned char out[16];
        memset(out, 0xEE, sizeof out);
        CHECK_EQ_U(door(codes[c], l->data, l->size, out, sizeof out, &bytes, vm, &next, &e),
                   status);
        CHECK_EQ_U(bytes, 0);
        CHECK_EQ_U(out[0], 0xEE); /* no output */
        CHECK_EQ_U(e.reason, reason);
        CHECK_EQ_U(e.property, property);
        CHECK_STR(e.name, name);
        CHECK_EQ_U(e.value, value);
        if (status == CCTL_ERROR_SUCCESS && c == 1) {
            CHECK_EQ_U(next.properties, CCTL_VM_PROPERTIES_SET);
        } else {
            CHECK(memcmp(&next, vm, sizeof next) == 0);
        }
    }
    if (harness_failed != before) {
        fprintf(stderr, "    case: %s\n", what);
        print_vm("model", vm);
    }
}

static void dword_list(ref_list *l, const char *name, uint32_t v)
{
    ref_list_begin(l);
    ref_list_dword_prop(l, name, v);
    ref_list_end(l, 1);
}

static void test_set_and_validate(void)
{
    const clusctl_status IP = CCTL_ERROR_INVALID_PARAMETER;
    clusctl_vm models[3];
    ref_list l;
    size_t m;
    models[0] = model(CCTL_VM_ENABLED, CCTL_MIGRATION_NONE);
    models[1] = model_set(CCTL_VM_DISABLED, CCTL_MIGRATION_CANCELED, 3, 8, guid);
    models[2] = model(0xFFFFFFFFu, 7); /* undocumented states */
    for (m = 0; m < COUNT(models); m++) {
        const clusctl_vm *vm = &models[m];
        uint32_t mig = vm->migration_state;
        /* Accepted: each read-write property at its bounds. */
        dword_list(&l, "OfflineAction", 0);
        expect_set("OfflineAction 0", &l, vm, CCTL_ERROR_SUCCESS, 0, CCTL_PLIST_NO_INDEX, "", 0);
        dword_list(&l, "offlineaction", 3);
        expect_set("offlineaction 3", &l, vm, CCTL_ERROR_SUCCESS, 0, CCTL_PLIST_NO_INDEX, "", 0);
        dword_list(&l, "VirtualNumaCount", 64);
        expect_set("VirtualNumaCount 64", &l, vm, CCTL_ERROR_SUCCESS, 0, CCTL_PLIST_NO_INDEX, "",
                   0);
        dword_list(&l, "StartMemory", 0xFFFFFFFFu);
        expect_set("StartMemory max", &l, vm, CCTL_ERROR_SUCCESS, 0, CCTL_PLIST_NO_INDEX, "", 0);
        ref_list_begin(&l);
        ref_list_sz_prop(&l, "VmId", guid);
        ref_list_end(&l, 1);
        expect_set("VmId", &l, vm, CCTL_ERROR_SUCCESS, 0, CCTL_PLIST_NO_INDEX, "", 0);
        ref_list_begin(&l);
        ref_list_end(&l, 1);
        expect_set("empty list", &l, vm, CCTL_ERROR_SUCCESS, 0, CCTL_PLIST_NO_INDEX, "", 0);
        /* MigrationState: its current value is accepted (a client sending
         * back what GET gave it), a change refused; out of range first. */
        if (mig <= 5) {
            dword_list(&l, "MigrationState", mig);
            expect_set("MigrationState unchanged", &l, vm, CCTL_ERROR_SUCCESS, 0,
                       CCTL_PLIST_NO_INDEX, "", 0);
            dword_list(&l, "MigrationState", (mig + 1) % 6);
            expect_set("MigrationState changed", &l, vm, CCTL_ERROR_INVALID_STATE,
                       CCTL_PROP_REASON_OWNED, 0, "MigrationState", (mig + 1) % 6);
        } else {
            dword_list(&l, "MigrationState", 3);
            expect_set("MigrationState of an undocumented state", &l, vm,
                       CCTL_ERROR_INVALID_STATE, CCTL_PROP_REASON_OWNED, 0, "MigrationState", 3);
        }
        dword_list(&l, "MigrationState", 6);
        expect_set("MigrationState 6", &l, vm, IP, CCTL_PROP_REASON_OUT_OF_RANGE, 0,
                   "MigrationState", 6);
        /* Out of range, each property with a range. */
        dword_list(&l, "OfflineAction", 4);
        expect_set("OfflineAction 4", &l, vm, IP, CCTL_PROP_REASON_OUT_OF_RANGE, 0,
                   "OfflineAction", 4);
        dword_list(&l, "ShutdownAction", 2);
        expect_set("ShutdownAction 2", &l, vm, IP, CCTL_PROP_REASON_OUT_OF_RANGE, 0,
                   "ShutdownAction", 2);
        dword_list(&l, "CheckHeartbeat", 2);
        expect_set("CheckHeartbeat 2", &l, vm, IP, CCTL_PROP_REASON_OUT_OF_RANGE, 0,
                   "CheckHeartbeat", 2);
        dword_list(&l, "VirtualNumaCount", 0);
        expect_set("VirtualNumaCount 0", &l, vm, IP, CCTL_PROP_REASON_OUT_OF_RANGE, 0,
                   "VirtualNumaCount", 0);
        dword_list(&l, "VirtualNumaCount", 65);
        expect_set("VirtualNumaCount 65", &l, vm, IP, CCTL_PROP_REASON_OUT_OF_RANGE, 0,
                   "VirtualNumaCount", 65);
        /* Read-only, each. */
        dword_list(&l, "VmState", 2);
        expect_set("VmState", &l, vm, IP, CCTL_PROP_REASON_READ_ONLY, 0, "VmState", 0);
        dword_list(&l, "MigrationProgress", 0);
        expect_set("MigrationProgress", &l, vm, IP, CCTL_PROP_REASON_READ_ONLY, 0,
                   "MigrationProgress", 0);
        dword_list(&l, "MigrationFailureReason", 0);
        expect_set("MigrationFailureReason", &l, vm, IP, CCTL_PROP_REASON_READ_ONLY, 0,
                   "MigrationFailureReason", 0);
        /* Unknown: the TBD and left-out rows too. */
        dword_list(&l, "CheckApplicationHealth", 1);
        expect_set("CheckApplicationHealth", &l, vm, IP, CCTL_PROP_REASON_UNKNOWN_NAME, 0,
                   "CheckApplicationHealth", 0);
        dword_list(&l, "DefaultMoveType", 1);
        expect_set("DefaultMoveType", &l, vm, IP, CCTL_PROP_REASON_UNKNOWN_NAME, 0,
                   "DefaultMoveType", 0);
        ref_list_begin(&l);
        ref_list_sz_prop(&l, "VmStoreRootPath", "C:\\VMs");
        ref_list_end(&l, 1);
        expect_set("a Configuration property", &l, vm, IP, CCTL_PROP_REASON_UNKNOWN_NAME, 0,
                   "VmStoreRootPath", 0);
        /* Formats. */
        ref_list_begin(&l);
        ref_list_sz_prop(&l, "OfflineAction", "1");
        ref_list_end(&l, 1);
        expect_set("OfflineAction as SZ", &l, vm, CCTL_ERROR_CLUSTER_PROPERTY_DATA_TYPE_MISMATCH,
                   CCTL_PROP_REASON_WRONG_FORMAT, 0, "OfflineAction", 0);
        dword_list(&l, "VmId", 1);
        expect_set("VmId as DWORD", &l, vm, CCTL_ERROR_CLUSTER_PROPERTY_DATA_TYPE_MISMATCH,
                   CCTL_PROP_REASON_WRONG_FORMAT, 0, "VmId", 0);
        ref_list_begin(&l);
        ref_list_string(&l, REF_NAME, "VmId");
        ref_list_string(&l, REF_EXPAND_SZ, guid);
        ref_list_string(&l, REF_EXPANDED_SZ, guid);
        ref_list_endmark(&l);
        ref_list_end(&l, 1);
        expect_set("VmId as EXPAND_SZ and EXPANDED_SZ", &l, vm, IP, CCTL_PROP_REASON_VALUE_COUNT,
                   0, "VmId", 0);
        /* GUIDs. */
        ref_list_begin(&l);
        ref_list_sz_prop(&l, "VmId", "not-a-guid");
        ref_list_end(&l, 1);
        expect_set("VmId not a GUID", &l, vm, IP, CCTL_PROP_REASON_NOT_A_GUID, 0, "VmId", 0);
        ref_list_begin(&l);
        ref_list_sz_prop(&l, "VmId", "{4A8E3A52-1B9C-4E8F-9D4B-6C1D2E3F4A5B}");
        ref_list_end(&l, 1);
        expect_set("VmId braced", &l, vm, CCTL_ERROR_SUCCESS, 0, CCTL_PLIST_NO_INDEX, "", 0);
        /* Values: none, two. */
        ref_list_begin(&l);
        ref_list_string(&l, REF_NAME, "ShutdownAction");
        ref_list_endmark(&l);
        ref_list_end(&l, 1);
        expect_set("no value", &l, vm, IP, CCTL_PROP_REASON_VALUE_COUNT, 0, "ShutdownAction", 0);
        ref_list_begin(&l);
        ref_list_string(&l, REF_NAME, "ShutdownAction");
        ref_list_dword(&l, 0);
        ref_list_dword(&l, 1);
        ref_list_endmark(&l);
        ref_list_end(&l, 1);
        expect_set("two values", &l, vm, IP, CCTL_PROP_REASON_VALUE_COUNT, 0, "ShutdownAction",
                   0);
        /* Twice; the first bad property wins; a good prefix is not applied. */
        ref_list_begin(&l);
        ref_list_dword_prop(&l, "OfflineAction", 2);
        ref_list_dword_prop(&l, "CheckHeartbeat", 1);
        ref_list_dword_prop(&l, "OFFLINEACTION", 2);
        ref_list_end(&l, 1);
        expect_set("OfflineAction twice", &l, vm, IP, CCTL_PROP_REASON_DUPLICATE, 2,
                   "OFFLINEACTION", 0);
        ref_list_begin(&l);
        ref_list_dword_prop(&l, "OfflineAction", 2);
        ref_list_dword_prop(&l, "VmState", 2);
        ref_list_dword_prop(&l, "Bogus", 2);
        ref_list_end(&l, 1);
        expect_set("read-only after a good one", &l, vm, IP, CCTL_PROP_REASON_READ_ONLY, 1,
                   "VmState", 0);
        /* Malformed: the reader's status; no list at all. */
        ref_list_begin(&l);
        ref_list_dword_prop(&l, "OfflineAction", 2);
        ref_list_end(&l, 1);
        l.size -= 6;
        expect_set("cut", &l, vm, CCTL_ERROR_INVALID_DATA, CCTL_PROP_REASON_MALFORMED, 0, "", 0);
        l.size = 0;
        expect_set("nothing", &l, vm, CCTL_ERROR_INVALID_DATA, CCTL_PROP_REASON_MALFORMED,
                   CCTL_PLIST_NO_INDEX, "", 0);
    }
}

/* What SET makes of the model, and that VALIDATE keeps it. */
static void test_set_applies(void)
{
    clusctl_vm vm = model(CCTL_VM_ENABLED, CCTL_MIGRATION_NONE), next, want;
    ref_list l;
    size_t bytes;
    unsigned char back[512];
    clusctl_prop_error e = {0};

    ref_list_begin(&l);
    ref_list_dword_prop(&l, "OfflineAction", 2);
    ref_list_sz_prop(&l, "vmid", guid);
    ref_list_dword_prop(&l, "MigrationState", 0);
    ref_list_dword_prop(&l, "VirtualNumaCount", 4);
    ref_list_end(&l, 0); /* MS-CMRP's form: no final ENDMARK */
    CHECK_EQ_U(door(CCTL_RESOURCE_SET_PRIVATE_PROPERTIES, l.data, l.size, NULL, 0, &bytes, &vm,
                    &next, &e),
               CCTL_ERROR_SUCCESS);
    want = ref_vm_expand(&vm);
    want.offline_action = 2;
    memcpy(want.vm_id, guid, sizeof guid);
    want.virtual_numa_count = 4;
    CHECK(ref_vm_equal(&next, &want));
    CHECK(memcmp(&next, &want, sizeof next) == 0); /* the VmId's room zero-filled */
    /* GET reports it, and a client may send the list back. */
    vm = next;
    CHECK_EQ_U(door(CCTL_RESOURCE_GET_PRIVATE_PROPERTIES, NULL, 0, back, sizeof back, &bytes, &vm,
                    &next, NULL),
               CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(door(CCTL_RESOURCE_SET_PRIVATE_PROPERTIES, back, bytes, NULL, 0, &bytes, &vm,
                    &next, NULL),
               CCTL_ERROR_SUCCESS);
    CHECK(memcmp(&next, &vm, sizeof next) == 0);
    /* SET's input may lie over the new model; the model may be the next. */
    {
        union {
            clusctl_vm vm;
            unsigned char bytes[REF_LIST_CAP];
        } u;
        clusctl_vm cur = model(CCTL_VM_ENABLED, 0);
        dword_list(&l, "CheckHeartbeat", 1);
        memcpy(u.bytes, l.data, l.size);
        CHECK_EQ_U(clusctl_vm_control(CCTL_RESOURCE_SET_PRIVATE_PROPERTIES, u.bytes, l.size, NULL,
                                      0, &bytes, NULL, 0, &cur, &u.vm, NULL),
                   CCTL_ERROR_SUCCESS);
        want = ref_vm_expand(&cur);
        want.check_heartbeat = 1;
        CHECK(ref_vm_equal(&u.vm, &want));
        CHECK_EQ_U(clusctl_vm_control(CCTL_RESOURCE_SET_PRIVATE_PROPERTIES, l.data, l.size, NULL,
                                      0, &bytes, NULL, 0, &cur, &cur, NULL),
                   CCTL_ERROR_SUCCESS);
        CHECK(ref_vm_equal(&cur, &want));
    }
    /* GET's output may lie over the model. */
    {
        union {
            clusctl_vm vm;
            unsigned char bytes[1024];
        } u;
        ref_list want_list;
        clusctl_vm copy;
        u.vm = model_set(CCTL_VM_ENABLED, 0, 0, 2, guid);
        copy = u.vm;
        ref_vm_list(&copy, 0, &want_list);
        CHECK_EQ_U(clusctl_vm_control(CCTL_RESOURCE_GET_PRIVATE_PROPERTIES, NULL, 0, u.bytes,
                                      sizeof u.bytes, &bytes, NULL, 0, &u.vm, &next, NULL),
                   CCTL_ERROR_SUCCESS);
        CHECK(bytes == want_list.size && memcmp(u.bytes, want_list.data, bytes) == 0);
        CHECK(memcmp(&next, &copy, sizeof next) == 0);
    }
}

/* ---- Arguments and the other codes ----------------------------------------------- */

static void test_door_arguments(void)
{
    clusctl_vm vm = model(CCTL_VM_ENABLED, 0), next, other;
    unsigned char out[512];
    size_t bytes = 5, handled = 0;
    uint32_t code;
    clusctl_prop_error e = {0};
    ref_list l;

    /* The code first: every code but the seven, whatever the arguments. */
    {
        static const uint32_t bases[] = {0x00000000u, 0x01000000u, 0x01400000u, 0x01600000u,
                                         0x02000000u, 0x81000000u};
        size_t b;
        for (b = 0; b < COUNT(bases); b++)
            for (code = bases[b]; code < bases[b] + 0x400u; code++) {
                clusctl_status st = clusctl_vm_control(code, NULL, 7, NULL, 9, NULL, NULL, 0,
                                                       NULL, NULL, NULL);
                if (st == CCTL_ERROR_INVALID_FUNCTION)
                    continue;
                handled++;
                CHECK_EQ_U(st, CCTL_ERROR_INVALID_PARAMETER);
            }
    }
    CHECK_EQ_U(handled, 7);
    memset(&next, 0x5A, sizeof next);
    bytes = 5;
    CHECK_EQ_U(clusctl_vm_control(0x01000009u, out, 4, out, sizeof out, &bytes, NULL, 0, &vm,
                                  &next, &e),
               CCTL_ERROR_INVALID_FUNCTION);
    CHECK(memcmp(&next, &vm, sizeof next) == 0);
    CHECK_EQ_U(bytes, 0);
    CHECK_EQ_U(e.status, 0); /* not written */
    CHECK_EQ_U(clusctl_vm_control(0xFFFFFFFFu, NULL, 0, NULL, 0, &bytes, NULL, 0, &vm, NULL, NULL),
               CCTL_ERROR_INVALID_FUNCTION);
    /* The 0.2 door still handles the two migration codes only. */
    CHECK_EQ_U(clusctl_vm_resource_control(CCTL_RESOURCE_GET_RO_PRIVATE_PROPERTIES, NULL, 0,
                                           &cluster, 1, &vm, &next),
               CCTL_ERROR_INVALID_FUNCTION);
    CHECK_EQ_U(clusctl_vm_resource_control(CCTL_RESOURCE_SET_PRIVATE_PROPERTIES, NULL, 0,
                                           &cluster, 1, &vm, &next),
               CCTL_ERROR_INVALID_FUNCTION);

    /* NULL pointers; bytes and next untouched. */
    bytes = 5;
    CHECK_EQ_U(clusctl_vm_control(CCTL_RESOURCE_GET_PRIVATE_PROPERTIES, NULL, 0, out, sizeof out,
                                  NULL, NULL, 0, &vm, &next, NULL),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_vm_control(CCTL_RESOURCE_GET_PRIVATE_PROPERTIES, NULL, 0, out, sizeof out,
                                  &bytes, NULL, 0, NULL, &next, NULL),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_vm_control(CCTL_RESOURCE_GET_PRIVATE_PROPERTIES, NULL, 0, out, sizeof out,
                                  &bytes, NULL, 0, &vm, NULL, NULL),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(bytes, 5);
    /* Outputs over each other. */
    CHECK_EQ_U(clusctl_vm_control(CCTL_RESOURCE_GET_PRIVATE_PROPERTIES, NULL, 0, &next,
                                  sizeof out, &bytes, NULL, 0, &vm, &next, NULL),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_vm_control(CCTL_RESOURCE_GET_PRIVATE_PROPERTIES, NULL, 0, out, sizeof out,
                                  (size_t *)(void *)&next, NULL, 0, &vm, &next, NULL),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_vm_control(CCTL_RESOURCE_GET_PRIVATE_PROPERTIES, NULL, 0, &e, sizeof e,
                                  &bytes, NULL, 0, &vm, &next, &e),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_vm_control(CCTL_RESOURCE_GET_PRIVATE_PROPERTIES, NULL, 0, out, sizeof out,
                                  &bytes, NULL, 0, &vm, (clusctl_vm *)(void *)&e, &e),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_vm_control(CCTL_RESOURCE_GET_PRIVATE_PROPERTIES, NULL, 0, out, sizeof out,
                                  (size_t *)(void *)&e, NULL, 0, &vm, &next, &e),
               CCTL_ERROR_INVALID_PARAMETER);
    /* SET has no output: its output buffer may be anything. */
    dword_list(&l, "CheckHeartbeat", 1);
    CHECK_EQ_U(clusctl_vm_control(CCTL_RESOURCE_SET_PRIVATE_PROPERTIES, l.data, l.size, &other,
                                  sizeof other, &bytes, NULL, 0, &vm, &other, NULL),
               CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(clusctl_vm_control(CCTL_RESOURCE_SET_PRIVATE_PROPERTIES, l.data, l.size, NULL,
                                  1000, &bytes, NULL, 0, &vm, &other, NULL),
               CCTL_ERROR_SUCCESS);
    /* A dirty error. */
    e.reserved[0] = 1;
    CHECK_EQ_U(clusctl_vm_control(CCTL_RESOURCE_GET_PRIVATE_PROPERTIES, NULL, 0, out, sizeof out,
                                  &bytes, NULL, 0, &vm, &next, &e),
               CCTL_ERROR_INVALID_PARAMETER);
    memset(&e, 0, sizeof e);
    /* Inputs: GET and ENUM take none; buffers NULL with a size. */
    CHECK_EQ_U(clusctl_vm_control(CCTL_RESOURCE_GET_RO_PRIVATE_PROPERTIES, out, 4, out + 8, 100,
                                  &bytes, NULL, 0, &vm, &next, NULL),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_vm_control(CCTL_RESOURCE_ENUM_PRIVATE_PROPERTIES, NULL, 1, out, 100,
                                  &bytes, NULL, 0, &vm, &next, NULL),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_vm_control(CCTL_RESOURCE_GET_RO_PRIVATE_PROPERTIES, NULL, 0, NULL, 100,
                                  &bytes, NULL, 0, &vm, &next, NULL),
               CCTL_ERROR_INVALID_USER_BUFFER);
    CHECK_EQ_U(clusctl_vm_control(CCTL_RESOURCE_VALIDATE_PRIVATE_PROPERTIES, NULL, 12, NULL, 0,
                                  &bytes, NULL, 0, &vm, &next, NULL),
               CCTL_ERROR_INVALID_USER_BUFFER);
    CHECK_EQ_U(clusctl_vm_control(CCTL_RESOURCE_GET_RO_PRIVATE_PROPERTIES, out, 0, out, 100,
                                  &bytes, NULL, 0, &vm, &next, NULL),
               CCTL_ERROR_MORE_DATA); /* an empty input, over the output: fine */

    /* START and CANCEL through this door equal the 0.2 door's. */
    {
        unsigned char sb[CCTL_START_BUFFER_MAX];
        size_t sn;
        clusctl_vm a, b;
        clusctl_status s1, s2;
        uint32_t m;
        CHECK_EQ_U(clusctl_start_buffer_encode("node2", sb, sizeof sb, &sn), CCTL_ERROR_SUCCESS);
        for (m = 0; m < 7; m++) {
            clusctl_vm cur = model(m == 6 ? CCTL_VM_DISABLED : CCTL_VM_ENABLED, m % 6);
            s1 = clusctl_vm_resource_control(CCTL_VM_START_MIGRATION, sb, sn, &cluster, 1, &cur,
                                             &a);
            memset(&e, 0, sizeof e);
            s2 = clusctl_vm_control(CCTL_VM_START_MIGRATION, sb, sn, out, sizeof out, &bytes,
                                    &cluster, 1, &cur, &b, &e);
            CHECK_EQ_U(s1, s2);
            CHECK(memcmp(&a, &b, sizeof a) == 0);
            CHECK_EQ_U(bytes, 0);
            CHECK_EQ_U(e.status, s2);
            CHECK_EQ_U(e.reason, CCTL_PROP_REASON_NONE);
            s1 = clusctl_vm_resource_control(CCTL_VM_CANCEL_MIGRATION, NULL, 0, &cluster, 1,
                                             &cur, &a);
            s2 = clusctl_vm_control(CCTL_VM_CANCEL_MIGRATION, NULL, 0, NULL, 0, &bytes, &cluster,
                                    1, &cur, &b, NULL);
            CHECK_EQ_U(s1, s2);
            CHECK(memcmp(&a, &b, sizeof a) == 0);
            s2 = clusctl_vm_control(CCTL_VM_CANCEL_MIGRATION, NULL, 0, NULL, 0, &bytes, NULL, 1,
                                    &cur, &b, NULL);
            CHECK_EQ_U(s2, CCTL_ERROR_INVALID_PARAMETER);
        }
        /* The machines keep the properties. */
        vm = model_set(CCTL_VM_ENABLED, 0, 3, 9, guid);
        CHECK_EQ_U(clusctl_vm_start(&vm, &cluster, 1, "node2", &next), CCTL_ERROR_SUCCESS);
        CHECK_EQ_U(next.offline_action, 3);
        CHECK_EQ_U(next.virtual_numa_count, 9);
        CHECK_STR(next.vm_id, guid);
        CHECK_EQ_U(next.migration_state, CCTL_MIGRATION_SETUP);
    }
}

/* ---- The tool side ------------------------------------------------------------------- */

static void get_lists(const clusctl_vm *vm, ref_list *ro, ref_list *rw)
{
    size_t bytes;
    clusctl_vm next;
    CHECK_EQ_U(clusctl_vm_control(CCTL_RESOURCE_GET_RO_PRIVATE_PROPERTIES, NULL, 0, ro->data,
                                  sizeof ro->data, &bytes, NULL, 0, vm, &next, NULL),
               CCTL_ERROR_SUCCESS);
    ro->size = bytes;
    CHECK_EQ_U(clusctl_vm_control(CCTL_RESOURCE_GET_PRIVATE_PROPERTIES, NULL, 0, rw->data,
                                  sizeof rw->data, &bytes, NULL, 0, vm, &next, NULL),
               CCTL_ERROR_SUCCESS);
    rw->size = bytes;
}

static void expect_from(const char *what, const ref_list *ro, const ref_list *rw,
                        clusctl_status status, uint32_t reason, uint32_t list, uint32_t property,
                        const char *name, uint64_t value)
{
    clusctl_vm vm, before;
    clusctl_prop_error e = {0};
    unsigned long failed = harness_failed;
    memset(&vm, 0x5A, sizeof vm);
    before = vm;
    CHECK_EQ_U(clusctl_vm_from_properties(ro ? ro->data : NULL, ro ? ro->size : 0,
                                          rw ? rw->data : NULL, rw ? rw->size : 0, 1, &vm, &e),
               status);
    CHECK_EQ_U(e.status, status);
    CHECK_EQ_U(e.reason, reason);
    CHECK_EQ_U(e.list, list);
    CHECK_EQ_U(e.property, property);
    CHECK_STR(e.name, name);
    CHECK_EQ_U(e.value, value);
    if (status != CCTL_ERROR_SUCCESS)
        CHECK(memcmp(&vm, &before, sizeof vm) == 0);
    if (harness_failed != failed)
        fprintf(stderr, "    case: %s\n", what);
}

static void test_from_properties(void)
{
    const clusctl_status IP = CCTL_ERROR_INVALID_PARAMETER;
    clusctl_vm vm, back, want, next;
    ref_list ro, rw;
    clusctl_prop_error e = {0};
    size_t v, m, k;

    /* No lists: every property at its default, written out. */
    memset(&vm, 0x5A, sizeof vm);
    CHECK_EQ_U(clusctl_vm_from_properties(NULL, 0, "x", 0, 7, &vm, &e), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(e.status, 0);
    CHECK_EQ_U(e.reason, CCTL_PROP_REASON_NONE);
    CHECK_EQ_U(clusctl_vm_init(&want, CCTL_VM_UNKNOWN, CCTL_MIGRATION_NONE, 7),
               CCTL_ERROR_SUCCESS);
    want = ref_vm_expand(&want);
    CHECK(memcmp(&vm, &want, sizeof vm) == 0);

    /* Model -> both lists -> model: the identity, for every state in range,
     * properties written out or not. */
    for (v = 0; v < 12; v++)
        for (m = 0; m <= 5; m++)
            for (k = 0; k < 3; k++) {
                static const uint32_t states[] = {0, 1, 2, 3, 4, 32768, 32769, 32770, 32773,
                                                  32777, 65535, 65536};
                clusctl_vm init = model(states[v], (uint32_t)m);
                init.failure_reason = (uint32_t)(k * 0x40000001u + v);
                init.progress = (uint32_t)(k * 50);
                vm = k == 0 ? init
                            : model_set(states[v], (uint32_t)m, (uint32_t)k + 1, (uint32_t)k * 32,
                                        k == 1 ? guid : "{4a8e3a52-1b9c-4e8f-9d4b-6c1d2e3f4a5b}");
                vm.failure_reason = init.failure_reason;
                vm.progress = init.progress;
                get_lists(&vm, &ro, &rw);
                memset(&back, 0x5A, sizeof back);
                CHECK_EQ_U(clusctl_vm_from_properties(ro.data, ro.size, rw.data, rw.size, 1, &back,
                                                      NULL),
                           CCTL_ERROR_SUCCESS);
                want = ref_vm_expand(&vm);
                if (!CHECK(memcmp(&back, &want, sizeof back) == 0)) {
                    print_vm("model", &vm);
                    print_vm("back", &back);
                    print_vm_props("back", &back);
                }
            }

    /* One list only: the other keeps its defaults. */
    vm = model_set(CCTL_VM_ENABLED, CCTL_MIGRATION_DATA_TRANSFER, 2, 3, guid);
    vm.progress = 30;
    get_lists(&vm, &ro, &rw);
    CHECK_EQ_U(clusctl_vm_from_properties(ro.data, ro.size, NULL, 0, 4, &back, NULL),
               CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(back.vm_state, CCTL_VM_ENABLED);
    CHECK_EQ_U(back.progress, 30);
    CHECK_EQ_U(back.migration_state, CCTL_MIGRATION_NONE); /* the default */
    CHECK_EQ_U(back.offline_action, 1);
    CHECK_EQ_U(back.host, 4);
    CHECK_EQ_U(back.source, 0);
    CHECK_EQ_U(clusctl_vm_from_properties(NULL, 0, rw.data, rw.size, 4, &back, NULL),
               CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(back.vm_state, CCTL_VM_UNKNOWN);
    CHECK_EQ_U(back.migration_state, CCTL_MIGRATION_DATA_TRANSFER);
    CHECK_EQ_U(back.source, 4); /* a migration exists: it leaves from the host */
    CHECK_EQ_U(back.destination, CCTL_NO_NODE);
    CHECK_STR(back.vm_id, guid);

    /* Unknown properties are ignored; a known one may be in either list;
     * lists without the final ENDMARK (MS-CMRP's form) are read. */
    ref_list_begin(&ro);
    ref_list_dword_prop(&ro, "CheckApplicationHealth", 1);
    ref_list_dword_prop(&ro, "vmstate", CCTL_VM_PAUSED);
    ref_list_dword_prop(&ro, "OfflineAction", 3);
    ref_list_sz_prop(&ro, "MigrationExcludeNetworks", "x");
    ref_list_end(&ro, 0);
    ref_list_begin(&rw);
    ref_list_string(&rw, REF_NAME, "DefaultMoveType");
    ref_list_string(&rw, REF_MULTI_SZ, "a");
    ref_list_endmark(&rw);
    ref_list_dword_prop(&rw, "CheckHeartbeat", 1);
    ref_list_end(&rw, 1);
    expect_from("unknown ignored", &ro, &rw, CCTL_ERROR_SUCCESS, 0, 0, CCTL_PLIST_NO_INDEX, "", 0);
    CHECK_EQ_U(clusctl_vm_from_properties(ro.data, ro.size, rw.data, rw.size, 1, &back, NULL),
               CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(back.vm_state, CCTL_VM_PAUSED);
    CHECK_EQ_U(back.offline_action, 3);
    CHECK_EQ_U(back.check_heartbeat, 1);

    /* Errors that name the property, its list and where. */
    ref_list_begin(&ro);
    ref_list_dword_prop(&ro, "VmState", 65537);
    ref_list_end(&ro, 1);
    expect_from("VmState 65537", &ro, NULL, IP, CCTL_PROP_REASON_OUT_OF_RANGE, 0, 0, "VmState",
                65537);
    ref_list_begin(&rw);
    ref_list_dword_prop(&rw, "OfflineAction", 1);
    ref_list_dword_prop(&rw, "MigrationState", 6);
    ref_list_end(&rw, 1);
    expect_from("MigrationState 6", NULL, &rw, IP, CCTL_PROP_REASON_OUT_OF_RANGE, 1, 1,
                "MigrationState", 6);
    ref_list_begin(&ro);
    ref_list_sz_prop(&ro, "MigrationProgress", "10");
    ref_list_end(&ro, 1);
    expect_from("MigrationProgress as SZ", &ro, &rw, CCTL_ERROR_CLUSTER_PROPERTY_DATA_TYPE_MISMATCH,
                CCTL_PROP_REASON_WRONG_FORMAT, 0, 0, "MigrationProgress", 0);
    ref_list_begin(&ro);
    ref_list_dword_prop(&ro, "MigrationProgress", 101);
    ref_list_end(&ro, 1);
    expect_from("MigrationProgress 101", &ro, NULL, IP, CCTL_PROP_REASON_OUT_OF_RANGE, 0, 0,
                "MigrationProgress", 101);
    ref_list_begin(&rw);
    ref_list_sz_prop(&rw, "VmId", "VM1");
    ref_list_end(&rw, 1);
    expect_from("VmId not a GUID", NULL, &rw, IP, CCTL_PROP_REASON_NOT_A_GUID, 1, 0, "VmId", 0);
    ref_list_begin(&ro);
    ref_list_dword_prop(&ro, "VmState", 2);
    ref_list_dword_prop(&ro, "VMSTATE", 2);
    ref_list_end(&ro, 1);
    expect_from("VmState twice", &ro, NULL, IP, CCTL_PROP_REASON_DUPLICATE, 0, 1, "VMSTATE", 0);
    ref_list_begin(&ro);
    ref_list_dword_prop(&ro, "MigrationState", 1);
    ref_list_end(&ro, 1);
    ref_list_begin(&rw);
    ref_list_dword_prop(&rw, "CheckHeartbeat", 1);
    ref_list_dword_prop(&rw, "migrationstate", 1);
    ref_list_end(&rw, 1);
    expect_from("MigrationState in both lists", &ro, &rw, IP, CCTL_PROP_REASON_DUPLICATE, 1, 1,
                "migrationstate", 0);
    ref_list_begin(&rw);
    ref_list_dword_prop(&rw, "CheckHeartbeat", 1);
    ref_list_end(&rw, 1);
    rw.size -= 2;
    expect_from("a cut list", &ro, &rw, CCTL_ERROR_INVALID_DATA, CCTL_PROP_REASON_MALFORMED, 1,
                CCTL_PLIST_NO_INDEX, "", 0);
    /* Arguments. */
    CHECK_EQ_U(clusctl_vm_from_properties(NULL, 0, NULL, 0, 1, NULL, NULL), IP);
    CHECK_EQ_U(clusctl_vm_from_properties(NULL, 4, NULL, 0, 1, &vm, NULL),
               CCTL_ERROR_INVALID_USER_BUFFER);
    CHECK_EQ_U(clusctl_vm_from_properties(NULL, 0, NULL, 4, 1, &vm, NULL),
               CCTL_ERROR_INVALID_USER_BUFFER);
    {
        union {
            clusctl_vm vm;
            clusctl_prop_error e;
        } u;
        memset(&u, 0, sizeof u);
        CHECK_EQ_U(clusctl_vm_from_properties(NULL, 0, NULL, 0, 1, &u.vm, &u.e), IP);
    }
    e.reserved_ptr[0] = &e;
    CHECK_EQ_U(clusctl_vm_from_properties(NULL, 0, NULL, 0, 1, &vm, &e), IP);
    /* The model may lie over a list: it is written last. */
    {
        union {
            clusctl_vm vm;
            unsigned char bytes[REF_LIST_CAP];
        } u;
        vm = model_set(CCTL_VM_ENABLED, 0, 0, 5, guid);
        get_lists(&vm, &ro, &rw);
        memcpy(u.bytes, rw.data, rw.size);
        CHECK_EQ_U(clusctl_vm_from_properties(ro.data, ro.size, u.bytes, rw.size, 1, &u.vm, NULL),
                   CCTL_ERROR_SUCCESS);
        CHECK(ref_vm_equal(&u.vm, &vm));
    }

    /* Would START succeed, and why not: START on the model read back. */
    {
        static const struct {
            uint32_t vm_state, migration_state;
            const char *dest;
            clusctl_status status;
        } cases[] = {
            {CCTL_VM_ENABLED, CCTL_MIGRATION_NONE, "node2", CCTL_ERROR_SUCCESS},
            {CCTL_VM_ENABLED, CCTL_MIGRATION_FAILURE, "node2", CCTL_ERROR_SUCCESS},
            {CCTL_VM_DISABLED, CCTL_MIGRATION_NONE, "node2", CCTL_ERROR_INVALID_STATE},
            {CCTL_VM_ENABLED, CCTL_MIGRATION_DATA_TRANSFER, "node2", CCTL_ERROR_INVALID_STATE},
            {CCTL_VM_ENABLED, CCTL_MIGRATION_NONE, "node3", CCTL_ERROR_CLUSTER_NODE_DOWN},
            {CCTL_VM_ENABLED, CCTL_MIGRATION_NONE, "node1", CCTL_ERROR_CLUSTER_INVALID_REQUEST},
            {CCTL_VM_ENABLED, CCTL_MIGRATION_NONE, "node9", CCTL_ERROR_CLUSTER_NODE_NOT_FOUND},
        };
        for (k = 0; k < COUNT(cases); k++) {
            ref_list_begin(&ro);
            ref_list_dword_prop(&ro, "VmState", cases[k].vm_state);
            ref_list_end(&ro, 1);
            ref_list_begin(&rw);
            ref_list_dword_prop(&rw, "MigrationState", cases[k].migration_state);
            ref_list_end(&rw, 1);
            CHECK_EQ_U(clusctl_vm_from_properties(ro.data, ro.size, rw.data, rw.size, 1, &vm,
                                                  NULL),
                       CCTL_ERROR_SUCCESS);
            back = vm;
            CHECK_EQ_U(clusctl_vm_start(&vm, &cluster, 1, cases[k].dest, &next), cases[k].status);
            CHECK(memcmp(&vm, &back, sizeof vm) == 0); /* a copy: the model is kept */
        }
    }
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: %s PATH/TO/vm_properties.csv\n", argv[0]);
        return 2;
    }
    if (!read_rows(argv[1]))
        return 1;
    RUN(test_schema_equals_data_file);
    RUN(test_codes);
    RUN(test_layout);
    RUN(test_init_and_expand);
    RUN(test_gets_every_kind_of_model);
    RUN(test_golden);
    RUN(test_every_output_size);
    RUN(test_set_and_validate);
    RUN(test_set_applies);
    RUN(test_door_arguments);
    RUN(test_from_properties);
    return harness_finish();
}
