/* The catalog: it equals its data file, entry by entry; lookups both ways;
 * aliases; the CLUSCTL_<OBJECT>_<OP> rule and its documented traps; policy;
 * the nearest description; suggestions.
 *
 * Usage: test_catalog PATH/TO/data/control_codes.csv */
#include <stdlib.h>

#include "clusctl/clusctl.h"
#include "harness.h"

/* ---- A small reader for the data file (RFC 4180 quoting). ---- */

#define MAX_FIELDS 16
#define MAX_LINE 8192

/* Reads one record into buf, splitting it into fields; returns the number of
 * fields, 0 at end of file. */
static int read_record(FILE *f, char *buf, size_t size, char **fields)
{
    int c, n = 0, quoted = 0;
    size_t len = 0;
    c = fgetc(f);
    if (c == EOF)
        return 0;
    fields[n++] = buf;
    for (; c != EOF; c = fgetc(f)) {
        if (len + 2 >= size)
            return -1;
        if (quoted) {
            if (c == '"') {
                int next = fgetc(f);
                if (next == '"') {
                    buf[len++] = '"';
                } else {
                    quoted = 0;
                    ungetc(next, f);
                }
            } else {
                buf[len++] = (char)c;
            }
        } else if (c == '"') {
            quoted = 1;
        } else if (c == ',') {
            buf[len++] = '\0';
            if (n == MAX_FIELDS)
                return -1;
            fields[n++] = buf + len;
        } else if (c == '\n') {
            break;
        } else if (c != '\r') {
            buf[len++] = (char)c;
        }
    }
    buf[len] = '\0';
    return n;
}

static const char *or_null(const char *s)
{
    return s[0] != '\0' ? s : NULL;
}

static uint32_t number(const char *s)
{
    uint32_t v = 0xFFFFFFFFu;
    (void)clusctl_parse_u32(s, &v);
    return v;
}

/* Every row of the data file is in the catalog, exactly; its value equals the
 * encoding of its fields; and the catalog has nothing else. */
static void test_catalog_equals_data_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    char buf[MAX_LINE];
    char *col[MAX_FIELDS];
    size_t rows = 0;
    int n;
    if (!CHECK(f != NULL)) {
        fprintf(stderr, "    cannot open %s\n", path);
        return;
    }
    n = read_record(f, buf, sizeof buf, col);
    CHECK(n == 15 && strcmp(col[0], "name") == 0 && strcmp(col[14], "notes") == 0);
    while ((n = read_record(f, buf, sizeof buf, col)) > 0) {
        const clusctl_entry *e = NULL;
        clusctl_fields fields;
        uint32_t value = number(col[1]), encoded = 0;
        const char *description = or_null(col[12]);
        rows++;
        harness_test = col[0];
        if (n != 15) {
            CHECK_EQ_U(n, 15);
            break;
        }
        fields.object = number(col[5]);
        fields.global = number(col[6]);
        fields.modify = number(col[7]);
        fields.user = number(col[8]);
        fields.internal = number(col[9]);
        fields.function = number(col[10]);
        fields.access = number(col[11]);
        CHECK_EQ_U(clusctl_encode(&fields, &encoded), CCTL_ERROR_SUCCESS);
        CHECK_EQ_U(encoded, value);
        if (!CHECK(clusctl_catalog_find_name(col[0], CCTL_MATCH_EXACT, &e) ==
                   CCTL_ERROR_SUCCESS))
            continue;
        CHECK_STR(e->name, col[0]);
        CHECK_EQ_U(e->value, value);
        CHECK_STR(clusctl_kind_name(e->kind), col[2]);
        CHECK_STR(clusctl_provenance_name(e->provenance), col[3]);
        CHECK_STR(e->resource_type, or_null(col[4]));
        CHECK_STR(e->docs_errata, or_null(col[13]));
        CHECK_STR(e->notes, or_null(col[14]));
        if (description != NULL)
            CHECK_STR(e->description, description);
    }
    harness_test = "test_catalog_equals_data_file";
    CHECK(n == 0);
    CHECK_EQ_U(rows, clusctl_catalog_size());
    CHECK(rows >= 546);
    fclose(f);
}

/* Entries are in value order, each found by value and by name. */
static void test_order_and_round_trips(void)
{
    size_t i, size = clusctl_catalog_size(), first, count, sdk = 0;
    for (i = 0; i < size; i++) {
        const clusctl_entry *e = clusctl_catalog_entry(i), *back = NULL;
        harness_test = e->name;
        if (i > 0)
            CHECK(clusctl_catalog_entry(i - 1)->value <= e->value);
        /* name -> value -> names: the names of the value include the name. */
        CHECK_EQ_U(clusctl_catalog_find_name(e->name, CCTL_MATCH_EXACT, &back),
                   CCTL_ERROR_SUCCESS);
        CHECK(back == e);
        CHECK_EQ_U(clusctl_catalog_find_value(e->value, &first, &count),
                   CCTL_ERROR_SUCCESS);
        CHECK(first <= i && i < first + count);
        CHECK(clusctl_catalog_entry(first)->value == e->value);
        CHECK(first == 0 || clusctl_catalog_entry(first - 1)->value != e->value);
        CHECK(first + count == size ||
              clusctl_catalog_entry(first + count)->value != e->value);
        CHECK(clusctl_catalog_preferred(e->value, NULL) == clusctl_catalog_entry(first));
        CHECK_EQ_U(e->kind, strncmp(e->name, "CLUSCTL_", 8) == 0
                                ? CCTL_KIND_CODE
                                : CCTL_KIND_OPERATION);
        if (e->kind == CCTL_KIND_OPERATION)
            CHECK_EQ_U(CCTL_GET_CONTROL_OBJECT(e->value), 0);
        sdk += e->provenance == CCTL_PROVENANCE_SDK;
        CHECK_EQ_U(clusctl_catalog_in_sdk(e->value),
                   clusctl_catalog_entry(first)->provenance == CCTL_PROVENANCE_SDK);
    }
    harness_test = "test_order_and_round_trips";
    CHECK_EQ_U(sdk, 506); /* ClusApi.h of SDK 10.0.26100.6584 */
    CHECK(clusctl_catalog_entry(size) == NULL);
    CHECK(clusctl_catalog_entry((size_t)-1) == NULL);
}

static const char *name_at(size_t index)
{
    const clusctl_entry *e = clusctl_catalog_entry(index);
    return e != NULL ? e->name : NULL;
}

static void test_aliases(void)
{
    size_t first = 0, count = 0;
    /* The VM codes: one value, one name per resource type. */
    CHECK_EQ_U(clusctl_catalog_find_value(0x01600004u, &first, &count), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(count, 2);
    CHECK_STR(name_at(first), "CLUSCTL_RESOURCE_VM_START_MIGRATION");
    CHECK_STR(name_at(first + 1), "CLUSCTL_RESOURCE_VM_CONFIG_UPDATE");
    CHECK_STR(clusctl_catalog_entry(first)->resource_type, "Virtual Machine");
    CHECK_STR(clusctl_catalog_entry(first + 1)->resource_type,
              "Virtual Machine Configuration");
    CHECK_STR(clusctl_catalog_preferred(0x01600004u, NULL)->name,
              "CLUSCTL_RESOURCE_VM_START_MIGRATION");
    CHECK_STR(clusctl_catalog_preferred(0x01600004u, "Virtual Machine")->name,
              "CLUSCTL_RESOURCE_VM_START_MIGRATION");
    CHECK_STR(clusctl_catalog_preferred(0x01600004u, "Virtual Machine Configuration")->name,
              "CLUSCTL_RESOURCE_VM_CONFIG_UPDATE");
    CHECK_STR(clusctl_catalog_preferred(0x01600004u, "virtual machine configuration")->name,
              "CLUSCTL_RESOURCE_VM_CONFIG_UPDATE");
    CHECK_STR(clusctl_catalog_preferred(0x01600004u, "Physical Disk")->name,
              "CLUSCTL_RESOURCE_VM_START_MIGRATION");
    CHECK_STR(clusctl_catalog_preferred(0x01600008u, "Virtual Machine Configuration")->name,
              "CLUSCTL_RESOURCE_VM_CREATE_SWITCHPORTS");
    CHECK_STR(clusctl_catalog_preferred(0x01600008u, NULL)->name,
              "CLUSCTL_RESOURCE_VM_CANCEL_MIGRATION");
    CHECK_STR(clusctl_catalog_preferred(0x0160000Cu, NULL)->name,
              "CLUSCTL_RESOURCE_VM_ACCEPT_MIGRATION");
    CHECK_STR(clusctl_catalog_preferred(0x01600010u, NULL)->name,
              "CLUSCTL_RESOURCE_VM_HALT_MIGRATION");
    CHECK_STR(clusctl_catalog_preferred(0x01600014u, NULL)->name,
              "CLUSCTL_RESOURCE_VM_SET_NEXT_OFFLINE_ACTION");
    CHECK(clusctl_catalog_preferred(0x01600018u, NULL) == NULL);
    /* SDK aliases: three resource-type VALIDATE_PATH names (SDK first, then
     * the protocol-only one). */
    CHECK_EQ_U(clusctl_catalog_find_value(0x02000231u, &first, &count), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(count, 4);
    CHECK_EQ_U(clusctl_catalog_entry(first + 2)->provenance, CCTL_PROVENANCE_SDK);
    CHECK_STR(name_at(first + 3), "CLUSCTL_RESOURCE_TYPE_VALIDATE_PATH");
    CHECK_EQ_U(clusctl_catalog_entry(first + 3)->provenance, CCTL_PROVENANCE_PROTOCOL);
    /* NETNAME and RLUA share values. */
    {
        const clusctl_entry *rlua = NULL, *netname = NULL;
        CHECK_EQ_U(clusctl_catalog_find_name("CLUSCTL_RESOURCE_RLUA_GET_VIRTUAL_SERVER_TOKEN",
                                             CCTL_MATCH_EXACT, &rlua), CCTL_ERROR_SUCCESS);
        CHECK_EQ_U(clusctl_catalog_find_name("CLUSCTL_RESOURCE_NETNAME_GET_VIRTUAL_SERVER_TOKEN",
                                             CCTL_MATCH_EXACT, &netname), CCTL_ERROR_SUCCESS);
        CHECK(rlua != NULL && netname != NULL && rlua->value == netname->value);
    }
    /* A value nothing has. */
    CHECK_EQ_U(clusctl_catalog_find_value(0x0A000009u, &first, &count), CCTL_ERROR_NOT_FOUND);
    CHECK_EQ_U(count, 0);
    CHECK_EQ_U(clusctl_catalog_find_value(0xFFFFFFFFu, &first, &count), CCTL_ERROR_NOT_FOUND);
    CHECK_EQ_U(first, clusctl_catalog_size());
    CHECK_EQ_U(clusctl_catalog_find_value(1, NULL, &count), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_catalog_find_value(1, &first, NULL), CCTL_ERROR_INVALID_PARAMETER);
}

/* Where CLUSCTL_<OBJECT>_<OP> names an object and CLCTL_<OP> exists, the code
 * is the object code combined with the operation; the exceptions are exactly
 * the documented traps. */
static void test_object_op_rule(void)
{
    static const char *const objects[] = {
        "RESOURCE_TYPE", "RESOURCE", "GROUPSET", "GROUP", "NODE",
        "NETWORK", "NETINTERFACE", "CLUSTER", "AFFINITYRULE"};
    static const uint32_t codes[] = {2, 1, 8, 3, 4, 5, 6, 7, 9};
    /* The trap: prefix RESOURCE_TYPE, object RESOURCE (data/README). */
    static const char *const traps[] = {"CLUSCTL_RESOURCE_TYPE_STORAGE_IS_CSV_FILE"};
    size_t i, k, checked = 0, broken = 0;
    char op_name[128];
    for (i = 0; i < clusctl_catalog_size(); i++) {
        const clusctl_entry *e = clusctl_catalog_entry(i), *op = NULL;
        const char *rest = e->name + 8;
        if (e->kind != CCTL_KIND_CODE)
            continue;
        for (k = 0; k < sizeof objects / sizeof objects[0]; k++) {
            size_t len = strlen(objects[k]);
            if (strncmp(rest, objects[k], len) == 0 && rest[len] == '_')
                break;
        }
        if (k == sizeof objects / sizeof objects[0])
            continue; /* e.g. CLUSCTL_CLOUD_WITNESS_RESOURCE_UPDATE_TOKEN */
        snprintf(op_name, sizeof op_name, "CLCTL_%s", rest + strlen(objects[k]) + 1);
        if (clusctl_catalog_find_name(op_name, CCTL_MATCH_EXACT, &op) != CCTL_ERROR_SUCCESS)
            continue;
        checked++;
        if (e->value != CCTL_OBJECT_CODE(codes[k], op->value)) {
            broken++;
            harness_test = e->name;
            CHECK(broken <= 1 && strcmp(e->name, traps[0]) == 0);
        }
    }
    harness_test = "test_object_op_rule";
    CHECK_EQ_U(broken, 1);
    CHECK(checked >= 250);
    /* The other traps of the data's README: GROUP names with object GROUPSET
     * are CLCTL_GROUP_* operations placed on object 8. */
    {
        const clusctl_entry *code = NULL, *op = NULL;
        (void)clusctl_catalog_find_name("CLUSCTL_GROUP_GET_PROVIDER_GROUPS", CCTL_MATCH_EXACT, &code);
        (void)clusctl_catalog_find_name("CLCTL_GROUP_GET_PROVIDER_GROUPS", CCTL_MATCH_EXACT, &op);
        CHECK(code != NULL && op != NULL &&
              code->value == CCTL_GROUPSET_CODE(op->value));
        (void)clusctl_catalog_find_name("CLUSCTL_RESOURCE_NETNAME_CHECK_OU_PERMISSIONS",
                                        CCTL_MATCH_EXACT, &code);
        CHECK(code != NULL && CCTL_GET_CONTROL_OBJECT(code->value) == CCTL_OBJECT_CLUSTER);
    }
}

static void test_find_name(void)
{
    const clusctl_entry *e = NULL;
    CHECK_EQ_U(clusctl_catalog_find_name("clusctl_resource_vm_cancel_migration",
                                         CCTL_MATCH_NOCASE, &e), CCTL_ERROR_SUCCESS);
    CHECK(e != NULL && e->value == 0x01600008u);
    e = NULL;
    CHECK_EQ_U(clusctl_catalog_find_name("clusctl_resource_vm_cancel_migration",
                                         CCTL_MATCH_EXACT, &e), CCTL_ERROR_NOT_FOUND);
    CHECK(e == NULL);
    CHECK_EQ_U(clusctl_catalog_find_name("CLCTL_GET_FLAGS", CCTL_MATCH_EXACT, &e), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(e->value, 9);
    CHECK_EQ_U(clusctl_catalog_find_name("CLCTL_GET_FLAG", CCTL_MATCH_NOCASE, &e), CCTL_ERROR_NOT_FOUND);
    CHECK_EQ_U(clusctl_catalog_find_name("CLCTL_GET_FLAGSX", CCTL_MATCH_NOCASE, &e), CCTL_ERROR_NOT_FOUND);
    CHECK_EQ_U(clusctl_catalog_find_name("", CCTL_MATCH_NOCASE, &e), CCTL_ERROR_NOT_FOUND);
    /* Names marked UNRELIABLE in the source data are left out. */
    CHECK_EQ_U(clusctl_catalog_find_name("CLUSCTL_COLLECTION_GET_GROUPS", CCTL_MATCH_EXACT, &e),
               CCTL_ERROR_NOT_FOUND);
    CHECK_EQ_U(clusctl_catalog_find_name("CLUSCTL_GROUP_GET_PROVIDER_COLLECTIONS", CCTL_MATCH_EXACT, &e),
               CCTL_ERROR_NOT_FOUND);
    CHECK_EQ_U(clusctl_catalog_find_name(NULL, CCTL_MATCH_EXACT, &e), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_catalog_find_name("CLCTL_GET_FLAGS", CCTL_MATCH_EXACT, NULL),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_catalog_find_name("CLCTL_GET_FLAGS", (clusctl_match)2, &e),
               CCTL_ERROR_INVALID_PARAMETER);
}

static void test_find_object(void)
{
    size_t first, count, total = 0, i;
    uint32_t object;
    for (object = 0; object <= 255; object++) {
        clusctl_status s = clusctl_catalog_find_object(object, &first, &count);
        CHECK_EQ_U(s, count > 0 ? CCTL_ERROR_SUCCESS : CCTL_ERROR_NOT_FOUND);
        for (i = first; i < first + count; i++)
            CHECK_EQ_U(CCTL_GET_CONTROL_OBJECT(clusctl_catalog_entry(i)->value), object);
        total += count;
    }
    CHECK_EQ_U(total, clusctl_catalog_size());
    CHECK_EQ_U(clusctl_catalog_find_object(CCTL_OBJECT_GROUPSET, &first, &count), CCTL_ERROR_SUCCESS);
    CHECK(count > 0);
    CHECK_EQ_U(clusctl_catalog_find_object(0x0A, &first, &count), CCTL_ERROR_NOT_FOUND);
    CHECK_EQ_U(count, 0);
    CHECK_EQ_U(clusctl_catalog_find_object(256, &first, &count), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_catalog_find_object(1, NULL, &count), CCTL_ERROR_INVALID_PARAMETER);
}

static void test_policy(void)
{
    static const struct {
        uint32_t code;
        uint32_t access;
        int may_send;
    } cases[] = {
        {0x01600004u, CCTL_HANDLE_ACCESS_ALL, 1},  /* VM_START_MIGRATION: modify */
        {0x01600008u, CCTL_HANDLE_ACCESS_ALL, 1},  /* VM_CANCEL_MIGRATION */
        {0x01000009u, CCTL_HANDLE_ACCESS_READ, 1}, /* RESOURCE_GET_FLAGS */
        {0x01400086u, CCTL_HANDLE_ACCESS_ALL, 1},  /* RESOURCE_SET_PRIVATE_PROPERTIES */
        {0x00402D9Du, CCTL_HANDLE_ACCESS_ALL, 1},  /* SCALEOUT_GET_CLUSTERS: READ and MODIFY */
        {0x01500006u, CCTL_HANDLE_ACCESS_ALL, 0},  /* RESOURCE_DELETE: internal */
        {0x0110005Du, CCTL_HANDLE_ACCESS_READ, 0}, /* RESOURCE_FSWITNESS_GET_EPOCH_INFO */
        {0x01102125u, CCTL_HANDLE_ACCESS_READ, 0}, /* RESOURCE_VALIDATE_CHANGE_GROUP (docs: 0x01202125) */
        {0x0740005Eu, CCTL_HANDLE_ACCESS_ALL, 1},  /* CLUSTER_SET_COMMON_PROPERTIES */
        {0x00000000u, CCTL_HANDLE_ACCESS_READ, 1},
        {0xFFFFFFFFu, CCTL_HANDLE_ACCESS_ALL, 0},
    };
    size_t i;
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        CHECK_EQ_U(clusctl_required_access(cases[i].code), cases[i].access);
        CHECK_EQ_U(clusctl_application_may_send(cases[i].code), cases[i].may_send);
    }
    /* Over the whole catalog the policy is the bits. */
    for (i = 0; i < clusctl_catalog_size(); i++) {
        uint32_t v = clusctl_catalog_entry(i)->value;
        CHECK_EQ_U(clusctl_required_access(v), (v >> 22) & 1 ? 3 : 1);
        CHECK_EQ_U(clusctl_application_may_send(v), !((v >> 20) & 1));
    }
    CHECK_STR(clusctl_handle_access_name(CCTL_HANDLE_ACCESS_READ), "READ");
    CHECK_STR(clusctl_handle_access_name(CCTL_HANDLE_ACCESS_ALL), "ALL");
    CHECK_STR(clusctl_handle_access_name(2), NULL);
}

static void test_nearest(void)
{
    clusctl_nearest n;
    CHECK_EQ_U(clusctl_catalog_nearest(0x0A000009u, &n), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(n.object, 10);
    CHECK_STR(n.object_name, NULL);
    CHECK_STR(n.operation->name, "CLCTL_GET_FLAGS");
    /* CLCTL_GET_FLAGS on NETWORK. */
    CHECK_EQ_U(clusctl_catalog_nearest(0x05000009u, &n), CCTL_ERROR_SUCCESS);
    CHECK_STR(n.object_name, "NETWORK");
    CHECK_STR(n.operation->name, "CLCTL_GET_FLAGS");
    /* Internal and external operations with one function number differ. */
    CHECK_EQ_U(clusctl_catalog_nearest(0x08500006u, &n), CCTL_ERROR_SUCCESS);
    CHECK_STR(n.operation->name, "CLCTL_DELETE");
    CHECK_EQ_U(clusctl_catalog_nearest(0x08000005u, &n), CCTL_ERROR_SUCCESS);
    CHECK_STR(n.operation->name, "CLCTL_GET_CHARACTERISTICS");
    /* Nothing matches. */
    CHECK_EQ_U(clusctl_catalog_nearest(0x01000003u, &n), CCTL_ERROR_NOT_FOUND);
    CHECK(n.operation == NULL);
    CHECK_STR(n.object_name, "RESOURCE");
    CHECK_EQ_U(clusctl_catalog_nearest(0x01600004u, &n), CCTL_ERROR_NOT_FOUND);
    CHECK_EQ_U(clusctl_catalog_nearest(0, NULL), CCTL_ERROR_INVALID_PARAMETER);
}

static void test_suggest(void)
{
    const clusctl_entry *out[3];
    size_t count = 99;
    CHECK_EQ_U(clusctl_catalog_suggest("CLUSCTL_RESOURCE_VM_START_MIGRATOIN", out, 3, &count),
               CCTL_ERROR_SUCCESS);
    CHECK(count >= 1);
    CHECK_STR(out[0]->name, "CLUSCTL_RESOURCE_VM_START_MIGRATION");
    CHECK_EQ_U(clusctl_catalog_suggest("clusctl_resource_get_flag", out, 3, &count),
               CCTL_ERROR_SUCCESS);
    CHECK(count >= 1 && strcmp(out[0]->name, "CLUSCTL_RESOURCE_GET_FLAGS") == 0);
    CHECK_EQ_U(clusctl_catalog_suggest("CLCTL_GET_FLAG", out, 1, &count), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(count, 1);
    CHECK_STR(out[0]->name, "CLCTL_GET_FLAGS");
    CHECK_EQ_U(clusctl_catalog_suggest("hello", out, 3, &count), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(count, 0);
    CHECK_EQ_U(clusctl_catalog_suggest("", out, 3, &count), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(count, 0);
    CHECK_EQ_U(clusctl_catalog_suggest("CLCTL_GET_FLAG", NULL, 0, &count), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(count, 0);
    {
        /* A very long query is fine. */
        static char longname[5000];
        memset(longname, 'A', sizeof longname - 1);
        CHECK_EQ_U(clusctl_catalog_suggest(longname, out, 3, &count), CCTL_ERROR_SUCCESS);
        CHECK_EQ_U(count, 0);
    }
    CHECK_EQ_U(clusctl_catalog_suggest(NULL, out, 3, &count), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_catalog_suggest("x", NULL, 3, &count), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_catalog_suggest("x", out, 3, NULL), CCTL_ERROR_INVALID_PARAMETER);
}

/* Descriptions: every VM code and the codes a resource DLL commonly handles. */
static void test_descriptions(void)
{
    static const char *const names[] = {
        "CLUSCTL_RESOURCE_VM_START_MIGRATION", "CLUSCTL_RESOURCE_VM_CANCEL_MIGRATION",
        "CLUSCTL_RESOURCE_VM_ACCEPT_MIGRATION", "CLUSCTL_RESOURCE_VM_HALT_MIGRATION",
        "CLUSCTL_RESOURCE_VM_SET_NEXT_OFFLINE_ACTION", "CLUSCTL_RESOURCE_VM_CONFIG_UPDATE",
        "CLUSCTL_RESOURCE_VM_CREATE_SWITCHPORTS", "CLUSCTL_RESOURCE_VM_ENABLE_PORT_CREATION",
        "CLUSCTL_RESOURCE_VM_DISABLE_PORT_CREATION",
        "CLUSCTL_RESOURCE_UNKNOWN", "CLUSCTL_RESOURCE_GET_CHARACTERISTICS",
        "CLUSCTL_RESOURCE_GET_FLAGS", "CLUSCTL_RESOURCE_GET_CLASS_INFO",
        "CLUSCTL_RESOURCE_GET_REQUIRED_DEPENDENCIES", "CLUSCTL_RESOURCE_GET_NAME",
        "CLUSCTL_RESOURCE_GET_ID", "CLUSCTL_RESOURCE_GET_RESOURCE_TYPE",
        "CLUSCTL_RESOURCE_ENUM_COMMON_PROPERTIES", "CLUSCTL_RESOURCE_GET_RO_COMMON_PROPERTIES",
        "CLUSCTL_RESOURCE_GET_COMMON_PROPERTIES", "CLUSCTL_RESOURCE_SET_COMMON_PROPERTIES",
        "CLUSCTL_RESOURCE_VALIDATE_COMMON_PROPERTIES", "CLUSCTL_RESOURCE_GET_COMMON_PROPERTY_FMTS",
        "CLUSCTL_RESOURCE_ENUM_PRIVATE_PROPERTIES", "CLUSCTL_RESOURCE_GET_RO_PRIVATE_PROPERTIES",
        "CLUSCTL_RESOURCE_GET_PRIVATE_PROPERTIES", "CLUSCTL_RESOURCE_SET_PRIVATE_PROPERTIES",
        "CLUSCTL_RESOURCE_VALIDATE_PRIVATE_PROPERTIES", "CLUSCTL_RESOURCE_GET_PRIVATE_PROPERTY_FMTS",
        "CLUSCTL_RESOURCE_DELETE", "CLUSCTL_RESOURCE_INSTALL_NODE", "CLUSCTL_RESOURCE_EVICT_NODE",
        "CLUSCTL_RESOURCE_ADD_DEPENDENCY", "CLUSCTL_RESOURCE_REMOVE_DEPENDENCY",
        "CLUSCTL_RESOURCE_ADD_OWNER", "CLUSCTL_RESOURCE_REMOVE_OWNER", "CLUSCTL_RESOURCE_SET_NAME",
        "CLUSCTL_RESOURCE_CLUSTER_NAME_CHANGED", "CLUSCTL_RESOURCE_CLUSTER_VERSION_CHANGED",
        "CLUSCTL_RESOURCE_STATE_CHANGE_REASON", "CLUSCTL_RESOURCE_QUERY_DELETE",
        "CLUSCTL_RESOURCE_UPGRADE_DLL", "CLUSCTL_RESOURCE_TYPE_GET_CHARACTERISTICS",
        "CLUSCTL_RESOURCE_TYPE_GET_PRIVATE_PROPERTIES", "CLUSCTL_RESOURCE_TYPE_VALIDATE_PRIVATE_PROPERTIES",
    };
    size_t i;
    for (i = 0; i < sizeof names / sizeof names[0]; i++) {
        const clusctl_entry *e = NULL;
        harness_test = names[i];
        if (CHECK(clusctl_catalog_find_name(names[i], CCTL_MATCH_EXACT, &e) == CCTL_ERROR_SUCCESS))
            CHECK(e->description != NULL && strlen(e->description) > 10);
    }
}

static void test_names_of_kinds(void)
{
    CHECK_STR(clusctl_kind_name(CCTL_KIND_OPERATION), "operation");
    CHECK_STR(clusctl_kind_name(CCTL_KIND_CODE), "code");
    CHECK_STR(clusctl_kind_name(0), NULL);
    CHECK_STR(clusctl_provenance_name(CCTL_PROVENANCE_SDK), "sdk");
    CHECK_STR(clusctl_provenance_name(CCTL_PROVENANCE_HYPERV), "hyperv");
    CHECK_STR(clusctl_provenance_name(CCTL_PROVENANCE_LEGACY), "legacy");
    CHECK_STR(clusctl_provenance_name(CCTL_PROVENANCE_PROTOCOL), "protocol");
    CHECK_STR(clusctl_provenance_name(5), NULL);
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: %s PATH/TO/control_codes.csv\n", argv[0]);
        return 2;
    }
    harness_test = "test_catalog_equals_data_file";
    test_catalog_equals_data_file(argv[1]);
    RUN(test_order_and_round_trips);
    RUN(test_aliases);
    RUN(test_object_op_rule);
    RUN(test_find_name);
    RUN(test_find_object);
    RUN(test_policy);
    RUN(test_nearest);
    RUN(test_suggest);
    RUN(test_descriptions);
    RUN(test_names_of_kinds);
    return harness_finish();
}
