/* The catalog: it equals its data file, entry by entry; lookups both ways,
 * and every value and name of the data file found by the hashed lookups and
 * nothing else (against linear scans of the file);
 * aliases; the CLUSCTL_<OBJECT>_<OP> rule and its documented traps; policy;
 * the nearest description; suggestions; what each code's buffers hold, row
 * by row against the buffers file; every description's source; the layout
 * rule of the grown structs.
 *
 * Usage: test_catalog PATH/TO/data/control_codes.csv
 *                     PATH/TO/data/control_code_buffers.csv */
#include <ctype.h>
#include <stddef.h>
#include <stdlib.h>

#include "clusctl/clusctl.h"
#include "csv.h"
#include "harness.h"
#include "ref_distance.h"
#include "ref_names.h"

/* ---- A small reader for the data file (RFC 4180 quoting). ---- */

#define MAX_FIELDS 16
#define MAX_LINE 8192

/* One record of the data file, split into at most MAX_FIELDS fields. */
static int read_record(FILE *f, char *buf, size_t size, char **fields)
{
    return csv_read_record(f, buf, size, fields, MAX_FIELDS);
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

/* ---- The catalog through its API, as pointers for the checks. ----
 * Entries are caller-allocated and named by index: entry(i) is the i-th of
 * a copy of the catalog read once through clusctl_catalog_get() (NULL past
 * the end), and the helpers below turn the API's indexes into pointers into
 * that copy, so that two entries are the same exactly when their indexes
 * are. */

#define ENTRIES_MAX 1024

static const clusctl_entry *entry(size_t index)
{
    static clusctl_entry copies[ENTRIES_MAX];
    static size_t copied;
    if (copied == 0) {
        size_t n = clusctl_catalog_size();
        for (copied = 0; copied < n && copied < ENTRIES_MAX; copied++)
            if (clusctl_catalog_get(copied, &copies[copied]) != CCTL_ERROR_SUCCESS)
                break;
    }
    return index < copied ? &copies[index] : NULL;
}

/* clusctl_catalog_find_name(), the index as its entry. */
static clusctl_status find_name(const char *name, clusctl_match match,
                                const clusctl_entry **e)
{
    size_t index = CCTL_NO_ENTRY;
    clusctl_status st = clusctl_catalog_find_name(name, match, e != NULL ? &index : NULL);
    if (st == CCTL_ERROR_SUCCESS)
        *e = entry(index);
    return st;
}

/* clusctl_catalog_preferred(), the index as its entry (NULL for none). */
static const clusctl_entry *preferred(uint32_t value, const char *resource_type)
{
    return entry(clusctl_catalog_preferred(value, resource_type));
}

/* clusctl_catalog_suggest(), the indexes as their entries. */
static clusctl_status suggest(const char *name, const clusctl_entry **out, size_t capacity,
                              size_t *count)
{
    size_t index[16], i;
    clusctl_status st = clusctl_catalog_suggest(name, out != NULL ? index : NULL,
                                                capacity < 16 ? capacity : 16, count);
    if (st == CCTL_ERROR_SUCCESS && out != NULL)
        for (i = 0; i < *count; i++)
            out[i] = entry(index[i]);
    return st;
}

/* The operation a full code inherits from: the preferred operation entry
 * whose value is the code's low 24 bits; NULL for operations and when none. */
static const clusctl_entry *operation_of(const clusctl_entry *e)
{
    size_t first = 0, count = 0, j;
    if (e->kind != CCTL_KIND_CODE ||
        clusctl_catalog_find_value(e->value & 0x00FFFFFFu, &first, &count) != CCTL_ERROR_SUCCESS)
        return NULL;
    for (j = first; j < first + count; j++)
        if (entry(j)->kind == CCTL_KIND_OPERATION)
            return entry(j);
    return NULL;
}

/* Every row of the data file is in the catalog, exactly; its value equals the
 * encoding of its fields; and the catalog has nothing else. */
static void test_catalog_equals_data_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    char buf[MAX_LINE];
    char *col[MAX_FIELDS];
    size_t rows = 0, older = 0;
    int n;
    if (!CHECK(f != NULL)) {
        fprintf(stderr, "    cannot open %s\n", path);
        return;
    }
    n = read_record(f, buf, sizeof buf, col);
    CHECK(n == 16 && strcmp(col[0], "name") == 0 && strcmp(col[12], "description") == 0 &&
          strcmp(col[13], "description_source") == 0 && strcmp(col[15], "notes") == 0);
    while ((n = read_record(f, buf, sizeof buf, col)) > 0) {
        const clusctl_entry *e = NULL;
        clusctl_fields fields = {0};
        uint32_t value = number(col[1]), encoded = 0;
        const char *description = or_null(col[12]);
        rows++;
        harness_test = col[0];
        if (n != 16) {
            CHECK_EQ_U(n, 16);
            break;
        }
        memset(&fields, 0, sizeof fields); /* the reserved room too */
        fields.object = number(col[5]);
        fields.global = number(col[6]);
        fields.modify = number(col[7]);
        fields.user = number(col[8]);
        fields.internal = number(col[9]);
        fields.function = number(col[10]);
        fields.access = number(col[11]);
        CHECK_EQ_U(clusctl_encode(&fields, &encoded), CCTL_ERROR_SUCCESS);
        CHECK_EQ_U(encoded, value);
        if (!CHECK(find_name(col[0], CCTL_MATCH_EXACT, &e) ==
                   CCTL_ERROR_SUCCESS))
            continue;
        CHECK_STR(e->name, col[0]);
        if (e->value != value) {
            /* A name's second row: an older value of it (data/README.md),
             * legacy, its notes naming the current value the name gives; the
             * entry is found by value. */
            const clusctl_entry *current = e;
            char hex[16];
            size_t first = 0, count = 0, k;
            older++;
            snprintf(hex, sizeof hex, "0x%08lX", (unsigned long)current->value);
            CHECK_STR(col[3], "legacy");
            CHECK(strstr(col[15], hex) != NULL);
            CHECK_EQ_U(CCTL_GET_CONTROL_OBJECT(current->value), CCTL_GET_CONTROL_OBJECT(value));
            e = NULL;
            if (clusctl_catalog_find_value(value, &first, &count) == CCTL_ERROR_SUCCESS)
                for (k = first; k < first + count; k++)
                    if (strcmp(entry(k)->name, col[0]) == 0)
                        e = entry(k);
            if (!CHECK(e != NULL))
                continue;
        }
        CHECK_EQ_U(e->value, value);
        CHECK_STR(clusctl_kind_name(e->kind), col[2]);
        CHECK_STR(clusctl_provenance_name(e->provenance), col[3]);
        CHECK_STR(e->resource_type, or_null(col[4]));
        CHECK_STR(e->docs_errata, or_null(col[14]));
        CHECK_STR(e->notes, or_null(col[15]));
        /* A description and its source go together; a code without one of
         * its own takes its operation's, source and all. */
        CHECK((description == NULL) == (col[13][0] == '\0'));
        if (description != NULL) {
            CHECK_STR(e->description, description);
            CHECK_STR(e->description_source, col[13]);
        } else {
            const clusctl_entry *op = operation_of(e);
            CHECK_STR(e->description, op != NULL ? op->description : NULL);
            CHECK_STR(e->description_source, op != NULL ? op->description_source : NULL);
        }
    }
    harness_test = "test_catalog_equals_data_file";
    CHECK(n == 0);
    CHECK_EQ_U(rows, clusctl_catalog_size());
    CHECK(rows >= 552);
    CHECK_EQ_U(older, 6); /* the FILESERVER_SHARE_ADD/DEL/MODIFY pairs */
    fclose(f);
}

/* Entries are in value order, each found by value and by name. */
static void test_order_and_round_trips(void)
{
    size_t i, size = clusctl_catalog_size(), first, count, sdk = 0, older = 0;
    for (i = 0; i < size; i++) {
        const clusctl_entry *e = entry(i), *back = NULL;
        harness_test = e->name;
        if (i > 0)
            CHECK(entry(i - 1)->value <= e->value);
        /* name -> value -> names: the names of the value include the name. */
        CHECK_EQ_U(find_name(e->name, CCTL_MATCH_EXACT, &back),
                   CCTL_ERROR_SUCCESS);
        if (back != e) {
            /* An older value: the name gives the current entry. */
            older++;
            CHECK(back != NULL && strcmp(back->name, e->name) == 0 && back->value != e->value);
            CHECK_EQ_U(e->provenance, CCTL_PROVENANCE_LEGACY);
        }
        CHECK_EQ_U(clusctl_catalog_find_value(e->value, &first, &count),
                   CCTL_ERROR_SUCCESS);
        CHECK(first <= i && i < first + count);
        CHECK(entry(first)->value == e->value);
        CHECK(first == 0 || entry(first - 1)->value != e->value);
        CHECK(first + count == size ||
              entry(first + count)->value != e->value);
        CHECK(preferred(e->value, NULL) == entry(first));
        CHECK_EQ_U(e->kind, strncmp(e->name, "CLUSCTL_", 8) == 0
                                ? CCTL_KIND_CODE
                                : CCTL_KIND_OPERATION);
        if (e->kind == CCTL_KIND_OPERATION)
            CHECK_EQ_U(CCTL_GET_CONTROL_OBJECT(e->value), 0);
        sdk += e->provenance == CCTL_PROVENANCE_SDK;
        CHECK_EQ_U(clusctl_catalog_in_sdk(e->value),
                   entry(first)->provenance == CCTL_PROVENANCE_SDK);
    }
    harness_test = "test_order_and_round_trips";
    CHECK_EQ_U(sdk, 506); /* ClusApi.h of SDK 10.0.26100.6584 */
    CHECK_EQ_U(older, 6);
    /* clusctl_catalog_get(): every entry written in full, its reserved room
     * 0; past the end (CCTL_NO_ENTRY too) nothing written; no room refused.
     * clusctl_catalog_name(): the entry's name, NULL past the end. */
    for (i = 0; i < size; i++) {
        clusctl_entry e, again;
        size_t k;
        memset(&e, 0x5A, sizeof e);
        if (!CHECK(clusctl_catalog_get(i, &e) == CCTL_ERROR_SUCCESS))
            break;
        for (k = 0; k < sizeof e.reserved / sizeof e.reserved[0]; k++)
            CHECK_EQ_U(e.reserved[k], 0);
        for (k = 0; k < sizeof e.reserved_ptr / sizeof e.reserved_ptr[0]; k++)
            CHECK(e.reserved_ptr[k] == NULL);
        memset(&again, 0, sizeof again);
        CHECK(clusctl_catalog_get(i, &again) == CCTL_ERROR_SUCCESS &&
              memcmp(&e, &again, sizeof e) == 0); /* no byte left from before */
        CHECK(clusctl_catalog_name(i) == e.name && e.name != NULL);
    }
    {
        clusctl_entry e, before;
        memset(&e, 0x5A, sizeof e);
        before = e;
        CHECK_EQ_U(clusctl_catalog_get(size, &e), CCTL_ERROR_NOT_FOUND);
        CHECK_EQ_U(clusctl_catalog_get(CCTL_NO_ENTRY, &e), CCTL_ERROR_NOT_FOUND);
        CHECK(memcmp(&e, &before, sizeof e) == 0);
        CHECK_EQ_U(clusctl_catalog_get(0, NULL), CCTL_ERROR_INVALID_PARAMETER);
        CHECK(clusctl_catalog_name(size) == NULL);
        CHECK(clusctl_catalog_name(CCTL_NO_ENTRY) == NULL);
        CHECK(clusctl_catalog_preferred(0x0A000009u, NULL) == CCTL_NO_ENTRY);
    }
}

static const char *name_at(size_t index)
{
    const clusctl_entry *e = entry(index);
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
    CHECK_STR(entry(first)->resource_type, "Virtual Machine");
    CHECK_STR(entry(first + 1)->resource_type,
              "Virtual Machine Configuration");
    CHECK_STR(preferred(0x01600004u, NULL)->name,
              "CLUSCTL_RESOURCE_VM_START_MIGRATION");
    CHECK_STR(preferred(0x01600004u, "Virtual Machine")->name,
              "CLUSCTL_RESOURCE_VM_START_MIGRATION");
    CHECK_STR(preferred(0x01600004u, "Virtual Machine Configuration")->name,
              "CLUSCTL_RESOURCE_VM_CONFIG_UPDATE");
    CHECK_STR(preferred(0x01600004u, "virtual machine configuration")->name,
              "CLUSCTL_RESOURCE_VM_CONFIG_UPDATE");
    CHECK_STR(preferred(0x01600004u, "Physical Disk")->name,
              "CLUSCTL_RESOURCE_VM_START_MIGRATION");
    CHECK_STR(preferred(0x01600008u, "Virtual Machine Configuration")->name,
              "CLUSCTL_RESOURCE_VM_CREATE_SWITCHPORTS");
    CHECK_STR(preferred(0x01600008u, NULL)->name,
              "CLUSCTL_RESOURCE_VM_CANCEL_MIGRATION");
    CHECK_STR(preferred(0x0160000Cu, NULL)->name,
              "CLUSCTL_RESOURCE_VM_ACCEPT_MIGRATION");
    CHECK_STR(preferred(0x01600010u, NULL)->name,
              "CLUSCTL_RESOURCE_VM_HALT_MIGRATION");
    CHECK_STR(preferred(0x01600014u, NULL)->name,
              "CLUSCTL_RESOURCE_VM_SET_NEXT_OFFLINE_ACTION");
    CHECK(preferred(0x01600018u, NULL) == NULL);
    /* SDK aliases: three resource-type VALIDATE_PATH names (SDK first, then
     * the protocol-only one). */
    CHECK_EQ_U(clusctl_catalog_find_value(0x02000231u, &first, &count), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(count, 4);
    CHECK_EQ_U(entry(first + 2)->provenance, CCTL_PROVENANCE_SDK);
    CHECK_STR(name_at(first + 3), "CLUSCTL_RESOURCE_TYPE_VALIDATE_PATH");
    CHECK_EQ_U(entry(first + 3)->provenance, CCTL_PROVENANCE_PROTOCOL);
    /* NETNAME and RLUA share values. */
    {
        const clusctl_entry *rlua = NULL, *netname = NULL;
        CHECK_EQ_U(find_name("CLUSCTL_RESOURCE_RLUA_GET_VIRTUAL_SERVER_TOKEN",
                                             CCTL_MATCH_EXACT, &rlua), CCTL_ERROR_SUCCESS);
        CHECK_EQ_U(find_name("CLUSCTL_RESOURCE_NETNAME_GET_VIRTUAL_SERVER_TOKEN",
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
        const clusctl_entry *e = entry(i), *op = NULL;
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
        if (find_name(op_name, CCTL_MATCH_EXACT, &op) != CCTL_ERROR_SUCCESS)
            continue;
        {
            /* An older value of a code pairs with the older value of its
             * operation: the operation entry of its low 24 bits, same name. */
            const clusctl_entry *current = NULL;
            (void)find_name(e->name, CCTL_MATCH_EXACT, &current);
            if (current != e) {
                const clusctl_entry *old_op = operation_of(e);
                CHECK(old_op != NULL && strcmp(old_op->name, op_name) == 0 &&
                      old_op->value != op->value);
                op = old_op != NULL ? old_op : op;
            }
        }
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
        (void)find_name("CLUSCTL_GROUP_GET_PROVIDER_GROUPS", CCTL_MATCH_EXACT, &code);
        (void)find_name("CLCTL_GROUP_GET_PROVIDER_GROUPS", CCTL_MATCH_EXACT, &op);
        CHECK(code != NULL && op != NULL &&
              code->value == CCTL_GROUPSET_CODE(op->value));
        (void)find_name("CLUSCTL_RESOURCE_NETNAME_CHECK_OU_PERMISSIONS",
                                        CCTL_MATCH_EXACT, &code);
        CHECK(code != NULL && CCTL_GET_CONTROL_OBJECT(code->value) == CCTL_OBJECT_CLUSTER);
    }
}

static void test_find_name(void)
{
    const clusctl_entry *e = NULL;
    CHECK_EQ_U(find_name("clusctl_resource_vm_cancel_migration",
                                         CCTL_MATCH_NOCASE, &e), CCTL_ERROR_SUCCESS);
    CHECK(e != NULL && e->value == 0x01600008u);
    e = NULL;
    CHECK_EQ_U(find_name("clusctl_resource_vm_cancel_migration",
                                         CCTL_MATCH_EXACT, &e), CCTL_ERROR_NOT_FOUND);
    CHECK(e == NULL);
    CHECK_EQ_U(find_name("CLCTL_GET_FLAGS", CCTL_MATCH_EXACT, &e), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(e->value, 9);
    CHECK_EQ_U(find_name("CLCTL_GET_FLAG", CCTL_MATCH_NOCASE, &e), CCTL_ERROR_NOT_FOUND);
    CHECK_EQ_U(find_name("CLCTL_GET_FLAGSX", CCTL_MATCH_NOCASE, &e), CCTL_ERROR_NOT_FOUND);
    CHECK_EQ_U(find_name("", CCTL_MATCH_NOCASE, &e), CCTL_ERROR_NOT_FOUND);
    /* Names marked UNRELIABLE in the source data are left out. */
    CHECK_EQ_U(find_name("CLUSCTL_COLLECTION_GET_GROUPS", CCTL_MATCH_EXACT, &e),
               CCTL_ERROR_NOT_FOUND);
    CHECK_EQ_U(find_name("CLUSCTL_GROUP_GET_PROVIDER_COLLECTIONS", CCTL_MATCH_EXACT, &e),
               CCTL_ERROR_NOT_FOUND);
    CHECK_EQ_U(find_name(NULL, CCTL_MATCH_EXACT, &e), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(find_name("CLCTL_GET_FLAGS", CCTL_MATCH_EXACT, NULL),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(find_name("CLCTL_GET_FLAGS", (clusctl_match)2, &e),
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
            CHECK_EQ_U(CCTL_GET_CONTROL_OBJECT(entry(i)->value), object);
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
        uint32_t v = entry(i)->value;
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
    CHECK_STR(entry(n.operation)->name, "CLCTL_GET_FLAGS");
    /* CLCTL_GET_FLAGS on NETWORK. */
    CHECK_EQ_U(clusctl_catalog_nearest(0x05000009u, &n), CCTL_ERROR_SUCCESS);
    CHECK_STR(n.object_name, "NETWORK");
    CHECK_STR(entry(n.operation)->name, "CLCTL_GET_FLAGS");
    /* Internal and external operations with one function number differ. */
    CHECK_EQ_U(clusctl_catalog_nearest(0x08500006u, &n), CCTL_ERROR_SUCCESS);
    CHECK_STR(entry(n.operation)->name, "CLCTL_DELETE");
    CHECK_EQ_U(clusctl_catalog_nearest(0x08000005u, &n), CCTL_ERROR_SUCCESS);
    CHECK_STR(entry(n.operation)->name, "CLCTL_GET_CHARACTERISTICS");
    /* Nothing matches. */
    CHECK_EQ_U(clusctl_catalog_nearest(0x01000003u, &n), CCTL_ERROR_NOT_FOUND);
    CHECK(n.operation == CCTL_NO_ENTRY);
    CHECK_STR(n.object_name, "RESOURCE");
    CHECK_EQ_U(clusctl_catalog_nearest(0x01600004u, &n), CCTL_ERROR_NOT_FOUND);
    CHECK_EQ_U(clusctl_catalog_nearest(0, NULL), CCTL_ERROR_INVALID_PARAMETER);
}

/* The closest names by the reference (tests/support's ref_suggest(), its
 * full-matrix distance), over the names of entry() less the older values
 * of names (the entries their names do not find), as pointers. */
static size_t catalog_ref_suggest(const char *query, const clusctl_entry **out, size_t cap)
{
    static const char *names[ENTRIES_MAX];
    static unsigned char older[ENTRIES_MAX];
    size_t i, n, total = clusctl_catalog_size(), idx[8], dist[8];
    if (total > ENTRIES_MAX)
        total = ENTRIES_MAX;
    if (names[0] == NULL)
        for (i = 0; i < total; i++) {
            const clusctl_entry *current = NULL;
            names[i] = entry(i)->name;
            older[i] = find_name(names[i], CCTL_MATCH_EXACT, &current) != CCTL_ERROR_SUCCESS ||
                       current != entry(i);
        }
    n = ref_suggest(names, older, total, query, idx, dist, cap < 8 ? cap : 8);
    for (i = 0; i < n; i++)
        out[i] = entry(idx[i]);
    return n;
}

static void check_suggest_like_reference(const char *query)
{
    static const size_t caps[] = {8, 3, 1};
    const clusctl_entry *got[8], *want[8];
    size_t c, i;
    for (c = 0; c < sizeof caps / sizeof caps[0]; c++) {
        size_t n = 99, m = catalog_ref_suggest(query, want, caps[c]);
        if (!CHECK(suggest(query, got, caps[c], &n) == CCTL_ERROR_SUCCESS && n == m)) {
            fprintf(stderr, "    suggest(\"%s\", %lu): %lu names, the reference %lu\n", query,
                    (unsigned long)caps[c], (unsigned long)n, (unsigned long)m);
            continue;
        }
        for (i = 0; i < n; i++)
            if (!CHECK(got[i] == want[i]))
                fprintf(stderr, "    suggest(\"%s\")[%lu]: %s, the reference %s\n", query,
                        (unsigned long)i, got[i]->name, want[i]->name);
    }
}

/* Suggestions equal the reference's: for queries near the names, in any
 * case, and longer than 64 bytes (where the library takes the name as the
 * pattern of its bit-parallel distance, in two words for a name of 65). */
static void test_suggest_against_reference(void)
{
    size_t i, n = clusctl_catalog_size(), k;
    uint32_t state = 2024u;
    char q[160];
    for (i = 0; i < n; i++) {
        const char *name = entry(i)->name;
        size_t len = strlen(name);
        if (len < 50)
            continue;
        /* (Built with memcpy: every name is shorter than 128, and gcc's
         * -Wformat-truncation cannot know it of a "%s".) */
        if (!CHECK(len + sizeof "_EXTRA" <= sizeof q))
            continue;
        /* The long names, grown past 64 bytes, shortened, in lower case. */
        memcpy(q, name, len);
        memcpy(q + len, "X", sizeof "X");
        check_suggest_like_reference(q);
        memcpy(q + len, "_EXTRA", sizeof "_EXTRA");
        check_suggest_like_reference(q);
        q[0] = 'X';
        memcpy(q + 1, name + 2, len - 3);
        memcpy(q + len - 2, "Y", sizeof "Y");
        check_suggest_like_reference(q);
        for (k = 0; k < len && k + 1 < sizeof q; k++)
            q[k] = (char)tolower((unsigned char)name[k]);
        q[k] = 'z';
        q[k + 1] = '\0';
        check_suggest_like_reference(q);
    }
    for (i = 0; i < 120; i++) {
        /* A fixed sequence: a name with a few bytes changed, some dropped,
         * some doubled. */
        const char *name;
        size_t len, j, o = 0;
        state = state * 1103515245u + 12345u;
        name = entry((state >> 8) % n)->name;
        len = strlen(name);
        for (j = 0; j < len && o + 2 < sizeof q; j++) {
            uint32_t r;
            state = state * 1103515245u + 12345u;
            r = (state >> 16) % 16;
            if (r == 0)
                continue; /* dropped */
            q[o++] = r == 1 ? (char)('a' + (state >> 8) % 26) : name[j];
            if (r == 2)
                q[o++] = name[j];
        }
        q[o] = '\0';
        check_suggest_like_reference(q);
    }
}

static void test_suggest(void)
{
    const clusctl_entry *out[3];
    size_t count = 99;
    CHECK_EQ_U(suggest("CLUSCTL_RESOURCE_VM_START_MIGRATOIN", out, 3, &count),
               CCTL_ERROR_SUCCESS);
    CHECK(count >= 1);
    CHECK_STR(out[0]->name, "CLUSCTL_RESOURCE_VM_START_MIGRATION");
    CHECK_EQ_U(suggest("clusctl_resource_get_flag", out, 3, &count),
               CCTL_ERROR_SUCCESS);
    CHECK(count >= 1 && strcmp(out[0]->name, "CLUSCTL_RESOURCE_GET_FLAGS") == 0);
    CHECK_EQ_U(suggest("CLCTL_GET_FLAG", out, 1, &count), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(count, 1);
    CHECK_STR(out[0]->name, "CLCTL_GET_FLAGS");
    CHECK_EQ_U(suggest("hello", out, 3, &count), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(count, 0);
    CHECK_EQ_U(suggest("", out, 3, &count), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(count, 0);
    CHECK_EQ_U(suggest("CLCTL_GET_FLAG", NULL, 0, &count), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(count, 0);
    {
        /* A very long query is fine. */
        static char longname[5000];
        memset(longname, 'A', sizeof longname - 1);
        CHECK_EQ_U(suggest(longname, out, 3, &count), CCTL_ERROR_SUCCESS);
        CHECK_EQ_U(count, 0);
    }
    CHECK_EQ_U(suggest(NULL, out, 3, &count), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(suggest("x", NULL, 3, &count), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(suggest("x", out, 3, NULL), CCTL_ERROR_INVALID_PARAMETER);
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
        if (CHECK(find_name(names[i], CCTL_MATCH_EXACT, &e) == CCTL_ERROR_SUCCESS))
            CHECK(e->description != NULL && strlen(e->description) > 10);
    }
}

/* A description a full code inherits from its operation fits every object
 * that inherits it: one that speaks of a resource (or resource type) is
 * inherited only by RESOURCE and RESOURCE_TYPE codes. */
static int mentions_resource(const char *s)
{
    size_t i, n = strlen("resource");
    for (; s != NULL && *s != '\0'; s++) {
        for (i = 0; i < n && s[i] != '\0' && tolower((unsigned char)s[i]) == "resource"[i]; i++)
            ;
        if (i == n)
            return 1;
    }
    return 0;
}

static void test_inherited_descriptions_fit(void)
{
    size_t i, inherited = 0;
    for (i = 0; i < clusctl_catalog_size(); i++) {
        const clusctl_entry *e = entry(i);
        const clusctl_entry *op = NULL;
        size_t first = 0, count = 0, j;
        uint32_t object = e->value >> 24;
        if (e->kind != CCTL_KIND_CODE || e->description == NULL)
            continue;
        if (clusctl_catalog_find_value(e->value & 0x00FFFFFFu, &first, &count) !=
            CCTL_ERROR_SUCCESS)
            continue;
        for (j = first; j < first + count; j++)
            if (entry(j)->kind == CCTL_KIND_OPERATION)
                op = entry(j);
        if (op == NULL || op->description == NULL || strcmp(op->description, e->description) != 0)
            continue;
        inherited++;
        harness_test = e->name;
        if (mentions_resource(e->description))
            CHECK(object == 1 || object == 2);
    }
    harness_test = "test_inherited_descriptions_fit";
    CHECK(inherited > 100);
    /* The phrase that was wrong for groups, nodes, networks and interfaces. */
    {
        static const char *const names[] = {
            "CLUSCTL_GROUP_GET_CHARACTERISTICS", "CLUSCTL_NODE_GET_CHARACTERISTICS",
            "CLUSCTL_NETWORK_GET_CHARACTERISTICS", "CLUSCTL_NETINTERFACE_GET_CHARACTERISTICS",
            "CLUSCTL_GROUP_QUERY_DELETE",
        };
        for (i = 0; i < sizeof names / sizeof names[0]; i++) {
            const clusctl_entry *e = NULL;
            harness_test = names[i];
            if (CHECK(find_name(names[i], CCTL_MATCH_EXACT, &e) ==
                      CCTL_ERROR_SUCCESS))
                CHECK(e->description != NULL && !mentions_resource(e->description));
        }
        harness_test = "test_inherited_descriptions_fit";
    }
}

/* Descriptions say what the docs say: reserved, not supported, TBD or not
 * documented where the pages say so, not what the name suggests. */
static void test_descriptions_follow_docs(void)
{
    static const struct {
        const char *name, *phrase;
    } cases[] = {
        {"CLUSCTL_RESOURCE_QUERY_DELETE", "eserved"},
        {"CLUSCTL_RESOURCE_TYPE_QUERY_DELETE", "eserved"},
        {"CLUSCTL_GROUP_QUERY_DELETE", "eserved"},
        {"CLUSCTL_RESOURCE_TYPE_HOLD_IO", "not supported"},
        {"CLUSCTL_RESOURCE_TYPE_RESUME_IO", "not supported"},
        {"CLUSCTL_RESOURCE_NOTIFY_OWNER_CHANGE", "not documented"},
        {"CLUSCTL_RESOURCE_PROVIDER_STATE_CHANGE", "not documented"},
        {"CLUSCTL_RESOURCE_VM_ACCEPT_MIGRATION", "not documented"},
        {"CLUSCTL_RESOURCE_VM_HALT_MIGRATION", "not documented"},
        {"CLUSCTL_RESOURCE_VM_CREATE_SWITCHPORTS", "not documented"},
        {"CLUSCTL_RESOURCE_VM_ENABLE_PORT_CREATION", "not documented"},
        {"CLUSCTL_RESOURCE_VM_DISABLE_PORT_CREATION", "not documented"},
        {"CLUSCTL_RESOURCE_UNKNOWN", "processed on the node"},
        {"CLUSCTL_GROUP_UNKNOWN", "processed on the node"},
        {"CLUSCTL_RESOURCE_INITIALIZE", "after it is first created"},
        {"CLUSCTL_RESOURCE_GET_LOADBAL_PROCESS_LIST", "load balancing processor list"},
        {"CLUSCTL_RESOURCE_CLUSTER_NAME_CHANGED", "not supported"},
        {"CLUSCTL_RESOURCE_TYPE_GET_REGISTRY_CHECKPOINTS", "not supported"},
        {"CLUSCTL_RESOURCE_TYPE_GET_CRYPTO_CHECKPOINTS", "not supported"},
        {"CLUSCTL_RESOURCE_RLUA_SET_PWD_INFO", "TBD"},
        /* Pages that say reserved, not supported or TBD, where the
         * operation's words said what the name suggests. */
        {"CLUSCTL_RESOURCE_TYPE_GET_COMMON_PROPERTY_FMTS", "Reserved for future use"},
        {"CLUSCTL_NODE_GET_COMMON_PROPERTY_FMTS", "Reserved for future use"},
        {"CLUSCTL_NETWORK_GET_COMMON_PROPERTY_FMTS", "Reserved for future use"},
        {"CLUSCTL_NETINTERFACE_GET_COMMON_PROPERTY_FMTS", "Reserved for future use"},
        {"CLUSCTL_GROUP_GET_PRIVATE_PROPERTY_FMTS", "ERROR_INVALID_FUNCTION"},
        {"CLUSCTL_NODE_GET_PRIVATE_PROPERTY_FMTS", "ERROR_INVALID_FUNCTION"},
        {"CLUSCTL_NETWORK_GET_PRIVATE_PROPERTY_FMTS", "ERROR_INVALID_FUNCTION"},
        {"CLUSCTL_NETINTERFACE_GET_PRIVATE_PROPERTY_FMTS", "ERROR_INVALID_FUNCTION"},
        {"CLUSCTL_CLUSTER_GET_PRIVATE_PROPERTY_FMTS", "ERROR_INVALID_FUNCTION"},
        {"CLUSCTL_RESOURCE_TYPE_NETNAME_VALIDATE_NETNAME", "TBD"},
        {"CLCTL_VALIDATE_NETNAME", "TBD"},
        {"CLCTL_CLUSTER_NAME_CHANGED", "not supported"},
        {"CLUSCTL_NODE_INJECT_GEM_FAULT", "TBD"},
        {"CLUSCTL_NODE_GET_GEMID_VECTOR", "TBD"},
        {"CLUSCTL_RESOURCE_VALIDATE_CHANGE_GROUP", "TBD"},
        {"CLUSCTL_RESOURCE_RW_MODIFY_NOOP", "TBD"},
        {"CLUSCTL_CLOUD_WITNESS_RESOURCE_UPDATE_KEY", "TBD"},
        {"CLUSCTL_CLOUD_WITNESS_RESOURCE_TYPE_VALIDATE_CREDENTIALS_WITH_KEY", "TBD"},
        {"CLUSCTL_RESOURCE_TYPE_UPGRADE_COMPLETED", "repeats PREPARE_UPGRADE"},
        {"CLCTL_UNDELETE", "not documented"},
        /* What the page says, not what the name suggests. */
        {"CLUSCTL_RESOURCE_GET_NETWORK_NAME", "Name private property of a Network Name"},
        {"CLUSCTL_RESOURCE_VM_CONFIG_UPDATE", "VmSwitchPorts and VmPhysicalDisks"},
        {"CLUSCTL_RESOURCE_VM_CREATE_SWITCHPORTS", "Virtual Machine Configuration"},
        {"CLUSCTL_RESOURCE_FORCE_QUORUM", "majority-of-nodes"},
        {"CLUSCTL_RESOURCE_TYPE_GET_ARB_TIMEOUT", "in seconds"},
        {"CLUSCTL_RESOURCE_IS_QUORUM_BLOCKED", "Prevents a resource"},
    };
    size_t i;
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const clusctl_entry *e = NULL;
        harness_test = cases[i].name;
        if (CHECK(find_name(cases[i].name, CCTL_MATCH_EXACT, &e) ==
                  CCTL_ERROR_SUCCESS) &&
            CHECK(e->description != NULL))
            CHECK(strstr(e->description, cases[i].phrase) != NULL);
    }
    harness_test = "test_descriptions_follow_docs";
}

/* The six values of the seven left-out UNRELIABLE COLLECTION names
 * (data/README.md, Left out): three are SDK cluster codes, three have no
 * entry. */
static void test_left_out_collection_values(void)
{
    static const struct {
        uint32_t value;
        const char *preferred;
    } cases[] = {
        {0x07000055u, "CLUSCTL_CLUSTER_GET_RO_COMMON_PROPERTIES"},
        {0x07000059u, "CLUSCTL_CLUSTER_GET_COMMON_PROPERTIES"},
        {0x0740005Eu, "CLUSCTL_CLUSTER_SET_COMMON_PROPERTIES"},
        {0x07002D73u, NULL},
        {0x07002D77u, NULL},
        {0x07002D7Bu, NULL},
    };
    size_t i;
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        size_t first = 0, count = 0;
        const clusctl_entry *e = preferred(cases[i].value, NULL);
        harness_test = cases[i].preferred != NULL ? cases[i].preferred : "no entry";
        if (cases[i].preferred == NULL) {
            CHECK(e == NULL);
            CHECK_EQ_U(clusctl_catalog_find_value(cases[i].value, &first, &count),
                       CCTL_ERROR_NOT_FOUND);
        } else if (CHECK(e != NULL)) {
            CHECK_STR(e->name, cases[i].preferred);
            CHECK_EQ_U(e->provenance, CCTL_PROVENANCE_SDK);
        }
    }
    harness_test = "test_left_out_collection_values";
}

/* The catalog shows a description for every name with a docs page
 * (data/control_code_buffers.csv: 280 of its names are in the catalog) and
 * for at least 400 entries. */
static void test_description_coverage(void)
{
    size_t i, with = 0, paged = 0;
    for (i = 0; i < clusctl_catalog_size(); i++) {
        const clusctl_entry *e = entry(i);
        if (e->description != NULL)
            with++;
        if (e->doc_page == NULL)
            continue;
        paged++;
        harness_test = e->name;
        CHECK(e->description != NULL);
    }
    harness_test = "test_description_coverage";
    CHECK_EQ_U(paged, 283); /* 280 names, 3 of them with an older value too */
    CHECK(with >= 400);
}

/* "MS-CMRP 3" and one or more ".N": a section of the protocol. */
static int is_cmrp_section(const char *s)
{
    if (strncmp(s, "MS-CMRP 3", 9) != 0)
        return 0;
    s += 9;
    if (*s == '\0')
        return 0;
    while (*s == '.') {
        s++;
        if (!isdigit((unsigned char)*s))
            return 0;
        while (isdigit((unsigned char)*s))
            s++;
    }
    return *s == '\0';
}

/* Every description names its source: a docs page of the buffers file (a
 * doc_page of any of its rows) or a named source (data/README.md,
 * "Description sources"); no source without a description. */
static void test_description_sources(const char *buffers_path)
{
    static char pages[512][128];
    FILE *f = fopen(buffers_path, "rb");
    char buf[MAX_LINE];
    char *col[MAX_FIELDS];
    size_t n_pages = 0, i, k, by_page = 0, named = 0;
    int n;
    if (!CHECK(f != NULL))
        return;
    (void)read_record(f, buf, sizeof buf, col);
    while ((n = read_record(f, buf, sizeof buf, col)) == 6 && n_pages < 512)
        snprintf(pages[n_pages++], sizeof pages[0], "%s", col[5]);
    fclose(f);
    CHECK_EQ_U(n_pages, 289);
    for (i = 0; i < clusctl_catalog_size(); i++) {
        const clusctl_entry *e = entry(i);
        const char *s = e->description_source;
        harness_test = e->name;
        CHECK((e->description == NULL) == (s == NULL));
        if (s == NULL)
            continue;
        if (strncmp(s, "desktop-src/MsCS/", 17) == 0) {
            for (k = 0; k < n_pages && strcmp(pages[k], s) != 0; k++)
                ;
            if (!CHECK(k < n_pages))
                fprintf(stderr, "    %s is no page of the buffers file\n", s);
            by_page++;
        } else {
            if (!CHECK(is_cmrp_section(s) || strcmp(s, "non_sdk_codes.csv") == 0 ||
                       strcmp(s, "ClusApi.h") == 0))
                fprintf(stderr, "    '%s' is no known source\n", s);
            named++;
        }
    }
    harness_test = "test_description_sources";
    CHECK(by_page > 300);
    CHECK(named >= 6);
    CHECK(is_cmrp_section("MS-CMRP 3.1.4.3.7.20") && !is_cmrp_section("MS-CMRP 3") &&
          !is_cmrp_section("MS-CMRP 3.") && !is_cmrp_section("MS-CMRP 3.1x"));
    /* The VM codes whose meaning no page gives, and a page-sourced one. */
    {
        const clusctl_entry *e = NULL;
        CHECK_EQ_U(find_name("CLUSCTL_RESOURCE_VM_HALT_MIGRATION",
                                             CCTL_MATCH_EXACT, &e), CCTL_ERROR_SUCCESS);
        CHECK_STR(e->description_source, "non_sdk_codes.csv");
        CHECK_EQ_U(find_name("CLUSCTL_GROUP_GET_CHARACTERISTICS",
                                             CCTL_MATCH_EXACT, &e), CCTL_ERROR_SUCCESS);
        CHECK_STR(e->description_source,
                  "desktop-src/MsCS/clusctl-resource-get-characteristics.md");
        CHECK_EQ_U(find_name("CLUSCTL_CLUSTER_IS_READY_FOR_UPGRADE",
                                             CCTL_MATCH_EXACT, &e), CCTL_ERROR_SUCCESS);
        CHECK_STR(e->description_source, "MS-CMRP 3.1.4.3.7.20");
        /* A protocol-only alias inherits the operation's MS-CMRP source. */
        CHECK_EQ_U(find_name("CLUSCTL_RESOURCE_TYPE_STORAGE_RELEASE_OWNERSHIP",
                                             CCTL_MATCH_EXACT, &e), CCTL_ERROR_SUCCESS);
        CHECK_STR(e->description_source, "MS-CMRP 3.1.4.3.2.30");
    }
}

/* The older FILESERVER_SHARE values (Windows 7-era SDKs and the docs)
 * decode under their names with a note on the change; the names give the
 * current values; mingw-w64's wrong values stay unknown (the test
 * catalog_vs_mingw_clusapi checks that mingw still says them). */
static void test_older_values(void)
{
    static const struct {
        const char *name;
        uint32_t current, older, mingw;
    } cases[] = {
        {"CLCTL_FILESERVER_SHARE_ADD", 0x00400246u, 0x00400245u, 0x00000245u},
        {"CLCTL_FILESERVER_SHARE_DEL", 0x0040024Au, 0x00400249u, 0x00000249u},
        {"CLCTL_FILESERVER_SHARE_MODIFY", 0x0040024Eu, 0x0040024Du, 0x0000024Du},
        {"CLUSCTL_RESOURCE_FILESERVER_SHARE_ADD", 0x01400246u, 0x01400245u, 0x01000245u},
        {"CLUSCTL_RESOURCE_FILESERVER_SHARE_DEL", 0x0140024Au, 0x01400249u, 0x01000249u},
        {"CLUSCTL_RESOURCE_FILESERVER_SHARE_MODIFY", 0x0140024Eu, 0x0140024Du, 0x0100024Du},
    };
    size_t i;
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const clusctl_entry *e = NULL, *out[8];
        clusctl_description d, by_entry;
        clusctl_nearest nearest;
        char hex[16];
        size_t first = 0, count = 0, k, n = 0, same = 0;
        harness_test = cases[i].name;
        /* The name: its current value, described as such. */
        CHECK_EQ_U(find_name(cases[i].name, CCTL_MATCH_NOCASE, &e),
                   CCTL_ERROR_SUCCESS);
        CHECK(e != NULL && e->value == cases[i].current);
        CHECK_EQ_U(clusctl_describe_name(cases[i].name, &d), CCTL_ERROR_SUCCESS);
        CHECK_EQ_U(d.code, cases[i].current);
        /* The older value: one entry, the legacy name, a note naming the
         * current value and the access change, the page's description. */
        CHECK_EQ_U(clusctl_catalog_find_value(cases[i].older, &first, &count),
                   CCTL_ERROR_SUCCESS);
        CHECK_EQ_U(count, 1);
        CHECK_EQ_U(clusctl_describe(cases[i].older, NULL, &d), CCTL_ERROR_SUCCESS);
        if (!CHECK(entry(d.preferred) != NULL))
            continue;
        CHECK_STR(entry(d.preferred)->name, cases[i].name);
        CHECK_EQ_U(entry(d.preferred)->provenance, CCTL_PROVENANCE_LEGACY);
        CHECK_EQ_U(d.in_sdk, 0);
        CHECK_EQ_U(d.fields.access, CCTL_ACCESS_READ);
        CHECK(d.nearest.operation == CCTL_NO_ENTRY);
        snprintf(hex, sizeof hex, "0x%08lX", (unsigned long)cases[i].current);
        CHECK(entry(d.preferred)->notes != NULL && strstr(entry(d.preferred)->notes, hex) != NULL &&
              strstr(entry(d.preferred)->notes, "older SDKs") != NULL &&
              strstr(entry(d.preferred)->notes, "READ -> WRITE") != NULL);
        CHECK(d.description != NULL && strcmp(d.description, e->description) == 0);
        CHECK_STR(d.description_source, e->description_source);
        CHECK_STR(entry(d.preferred)->doc_page, e->doc_page);
        /* clusctl_describe_entry() reaches it, with it preferred. */
        CHECK_EQ_U(clusctl_describe_entry(d.preferred, &by_entry), CCTL_ERROR_SUCCESS);
        CHECK(by_entry.preferred == d.preferred && by_entry.code == cases[i].older);
        /* mingw-w64's value: nothing the catalog holds. */
        CHECK_EQ_U(clusctl_catalog_find_value(cases[i].mingw, &first, &count),
                   CCTL_ERROR_NOT_FOUND);
        (void)clusctl_catalog_nearest(cases[i].mingw, &nearest);
        CHECK(nearest.operation == CCTL_NO_ENTRY);
        /* Suggestions name it once. */
        CHECK_EQ_U(suggest(cases[i].name + 1, out, 8, &n), CCTL_ERROR_SUCCESS);
        for (k = 0; k < n; k++)
            same += strcmp(out[k]->name, cases[i].name) == 0;
        CHECK_EQ_U(same, 1);
    }
    harness_test = "test_older_values";
    /* describe_entry refuses an index past the catalog, and no room. */
    {
        clusctl_description d;
        CHECK_EQ_U(clusctl_describe_entry(clusctl_catalog_size(), &d), CCTL_ERROR_NOT_FOUND);
        CHECK_EQ_U(clusctl_describe_entry(CCTL_NO_ENTRY, &d), CCTL_ERROR_NOT_FOUND);
        CHECK_EQ_U(clusctl_describe_entry(0, NULL), CCTL_ERROR_INVALID_PARAMETER);
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

/* ---- What the buffers hold: data/control_code_buffers.csv. ---- */

/* The names of the buffers file that the catalog does not hold: seven
 * pre-release COLLECTION names (data/README.md, "Left out") and two full
 * codes whose value no source gives (the catalog has their CLCTL_ operation). */
static const char *const not_in_catalog[] = {
    "CLUSCTL_COLLECTION_GET_COMMON_PROPERTIES", "CLUSCTL_COLLECTION_GET_GROUPS",
    "CLUSCTL_COLLECTION_GET_PROVIDER_COLLECTIONS", "CLUSCTL_COLLECTION_GET_PROVIDER_GROUPS",
    "CLUSCTL_COLLECTION_GET_RO_COMMON_PROPERTIES", "CLUSCTL_COLLECTION_SET_COMMON_PROPERTIES",
    "CLUSCTL_GROUP_GET_PROVIDER_COLLECTIONS", "CLUSCTL_RESOURCE_QUERY_CSV_MAINTENANCE_MODE",
    "CLUSCTL_RESOURCE_SET_CLUSTER_MEMBERSHIP"};

#define MAX_ROWS 512
#define BUFFER_TOP 64 /* above every clusctl_buffer value */

/* Splits "struct(NAME)" into "struct" (in place) and "NAME"; NULL when the
 * category has no detail. */
static const char *split_detail(char *category)
{
    char *open = strchr(category, '('), *close;
    if (open == NULL)
        return NULL;
    close = strchr(open, ')');
    if (close == NULL || close[1] != '\0')
        return "(unbalanced)";
    *open = '\0';
    *close = '\0';
    return open + 1;
}

/* The category whose id is `id`, or BUFFER_TOP. */
static uint32_t buffer_by_name(const char *id)
{
    uint32_t b;
    for (b = 0; b < BUFFER_TOP; b++)
        if (clusctl_buffer_name(b) != NULL && strcmp(clusctl_buffer_name(b), id) == 0)
            return b;
    return BUFFER_TOP;
}

/* The flag set an output names, as the buffers file spells it. */
static uint32_t expected_flag_set(const char *output)
{
    if (strcmp(output, "dword_flags(CLUS_CHAR_*)") == 0)
        return CCTL_FLAG_SET_CHAR;
    if (strcmp(output, "dword_flags(CLUS_FLAG_*)") == 0)
        return CCTL_FLAG_SET_FLAG;
    if (strcmp(output, "dword_flags") == 0)
        return CCTL_FLAG_SET_UNNAMED;
    if (strcmp(output, "struct(CLUS_RESOURCE_CLASS_INFO)") == 0)
        return CCTL_FLAG_SET_RESCLASS;
    return 0;
}

/* Every row is its entry's input, output, details, page and flag set; the
 * nine names outside the catalog are exactly those listed; every other entry
 * is undocumented (only a name's own page counts); every category of the map
 * but `undocumented` is used. */
static void test_buffers_equal_data_file(const char *path)
{
    static char names[MAX_ROWS][128];
    FILE *f = fopen(path, "rb");
    char buf[MAX_LINE];
    char *col[MAX_FIELDS];
    size_t rows = 0, outside = 0, i, k, documented = 0;
    unsigned used[BUFFER_TOP] = {0};
    int n;
    if (!CHECK(f != NULL)) {
        fprintf(stderr, "    cannot open %s\n", path);
        return;
    }
    n = read_record(f, buf, sizeof buf, col);
    CHECK(n == 6 && strcmp(col[0], "name") == 0 && strcmp(col[1], "input") == 0 &&
          strcmp(col[2], "output") == 0 && strcmp(col[5], "doc_page") == 0);
    while ((n = read_record(f, buf, sizeof buf, col)) > 0) {
        const clusctl_entry *e = NULL;
        const char *in_detail, *out_detail;
        uint32_t in, out, flag_set = expected_flag_set(col[2]);
        harness_test = col[0];
        if (n != 6 || rows == MAX_ROWS) {
            CHECK_EQ_U(n, 6);
            CHECK(rows < MAX_ROWS);
            break;
        }
        snprintf(names[rows++], sizeof names[0], "%s", col[0]);
        in_detail = split_detail(col[1]);
        out_detail = split_detail(col[2]);
        in = buffer_by_name(col[1]);
        out = buffer_by_name(col[2]);
        CHECK(in != BUFFER_TOP && in != CCTL_BUFFER_UNDOCUMENTED);
        CHECK(out != BUFFER_TOP && out != CCTL_BUFFER_UNDOCUMENTED);
        if (in < BUFFER_TOP)
            used[in]++;
        if (out < BUFFER_TOP)
            used[out]++;
        if (find_name(col[0], CCTL_MATCH_EXACT, &e) != CCTL_ERROR_SUCCESS) {
            for (k = 0; k < sizeof not_in_catalog / sizeof not_in_catalog[0]; k++)
                if (strcmp(col[0], not_in_catalog[k]) == 0)
                    break;
            CHECK(k < sizeof not_in_catalog / sizeof not_in_catalog[0]);
            outside++;
            continue;
        }
        CHECK_EQ_U(e->input, in);
        CHECK_EQ_U(e->output, out);
        CHECK_STR(e->input_detail, in_detail);
        CHECK_STR(e->output_detail, out_detail);
        CHECK_STR(e->doc_page, col[5]);
        CHECK_EQ_U(e->flag_set, flag_set);
    }
    harness_test = "test_buffers_equal_data_file";
    CHECK(n == 0);
    fclose(f);
    CHECK_EQ_U(rows, 289);
    CHECK_EQ_U(outside, sizeof not_in_catalog / sizeof not_in_catalog[0]);
    for (i = 0; i < clusctl_catalog_size(); i++) {
        const clusctl_entry *e = entry(i);
        for (k = 0; k < rows; k++)
            if (strcmp(names[k], e->name) == 0)
                break;
        if (k < rows) {
            const clusctl_entry *current = NULL;
            documented++;
            /* An older value of a name has the name's page. */
            if (find_name(e->name, CCTL_MATCH_EXACT, &current) ==
                    CCTL_ERROR_SUCCESS &&
                current != e) {
                harness_test = e->name;
                CHECK_STR(e->doc_page, current->doc_page);
                CHECK_EQ_U(e->input, current->input);
                CHECK_EQ_U(e->output, current->output);
            }
            continue;
        }
        harness_test = e->name;
        CHECK_EQ_U(e->input, CCTL_BUFFER_UNDOCUMENTED);
        CHECK_EQ_U(e->output, CCTL_BUFFER_UNDOCUMENTED);
        CHECK(e->input_detail == NULL && e->output_detail == NULL && e->doc_page == NULL);
        CHECK_EQ_U(e->flag_set, 0);
    }
    harness_test = "test_buffers_equal_data_file";
    /* The three older values of the CLUSCTL_RESOURCE_FILESERVER_SHARE_*
     * names have their name's page too. */
    CHECK_EQ_U(documented, rows - outside + 3);
    /* The map is what the file uses, and `undocumented`, the project's own. */
    for (i = 0; i < BUFFER_TOP; i++) {
        if (clusctl_buffer_name((uint32_t)i) == NULL)
            continue;
        if (i == CCTL_BUFFER_UNDOCUMENTED)
            CHECK_EQ_U(used[i], 0);
        else if (!CHECK(used[i] > 0))
            fprintf(stderr, "    category %s is not used\n", clusctl_buffer_name((uint32_t)i));
    }
}

static void test_buffer_names(void)
{
    uint32_t b, count = 0;
    CHECK_EQ_U(CCTL_BUFFER_UNDOCUMENTED, 0);
    CHECK_STR(clusctl_buffer_name(CCTL_BUFFER_UNDOCUMENTED), "undocumented");
    CHECK_STR(clusctl_buffer_name(CCTL_BUFFER_UNKNOWN), "unknown");
    CHECK_STR(clusctl_buffer_name(CCTL_BUFFER_NONE), "none");
    CHECK_STR(clusctl_buffer_name(CCTL_BUFFER_PROPERTY_LIST), "property_list");
    CHECK_STR(clusctl_buffer_text(CCTL_BUFFER_PROPERTY_LIST), "property list");
    CHECK_STR(clusctl_buffer_text(CCTL_BUFFER_NONE), "none");
    CHECK_STR(clusctl_buffer_name(CCTL_BUFFER_DWORD_FLAGS), "dword_flags");
    CHECK_STR(clusctl_buffer_name(CCTL_BUFFER_STRUCT), "struct");
    CHECK_STR(clusctl_buffer_name(CCTL_BUFFER_HANDLE), "handle");
    /* Values 0 to 13, each with a lower-case id and a text; none after. */
    for (b = 0; b < BUFFER_TOP; b++) {
        const char *id = clusctl_buffer_name(b), *p;
        harness_test = id != NULL ? id : "test_buffer_names";
        CHECK((id == NULL) == (clusctl_buffer_text(b) == NULL));
        if (id == NULL)
            continue;
        count++;
        CHECK_EQ_U(b, count - 1);
        for (p = id; *p != '\0'; p++)
            CHECK((*p >= 'a' && *p <= 'z') || *p == '_');
        CHECK(strlen(clusctl_buffer_text(b)) > 0);
        CHECK_EQ_U(buffer_by_name(id), b);
    }
    harness_test = "test_buffer_names";
    CHECK_EQ_U(count, 14);
    CHECK(clusctl_buffer_name(0xFFFFFFFFu) == NULL && clusctl_buffer_text(14) == NULL);
}

/* clusctl_describe() gives the preferred entry's categories; a value without
 * an entry is undocumented. */
static void test_describe_buffers(void)
{
    clusctl_description d;
    CHECK_EQ_U(clusctl_describe(0x01000005u, NULL, &d), CCTL_ERROR_SUCCESS);
    CHECK_STR(entry(d.preferred)->name, "CLUSCTL_RESOURCE_GET_CHARACTERISTICS");
    CHECK_EQ_U(d.input, CCTL_BUFFER_NONE);
    CHECK_EQ_U(d.output, CCTL_BUFFER_DWORD_FLAGS);
    CHECK_STR(d.input_detail, NULL);
    CHECK_STR(d.output_detail, "CLUS_CHAR_*");
    CHECK_STR(entry(d.preferred)->doc_page,
              "desktop-src/MsCS/clusctl-resource-get-characteristics.md");
    CHECK(d.description_source == entry(d.preferred)->description_source);
    CHECK_STR(d.description_source,
              "desktop-src/MsCS/clusctl-resource-get-characteristics.md");
    CHECK_EQ_U(clusctl_describe(0x01400086u, NULL, &d), CCTL_ERROR_SUCCESS);
    CHECK_STR(entry(d.preferred)->name, "CLUSCTL_RESOURCE_SET_PRIVATE_PROPERTIES");
    CHECK_EQ_U(d.input, CCTL_BUFFER_PROPERTY_LIST);
    CHECK_EQ_U(d.output, CCTL_BUFFER_NONE);
    /* A struct names itself in the detail. */
    CHECK_EQ_U(clusctl_describe_name("CLUSCTL_RESOURCE_SET_MAINTENANCE_MODE", &d),
               CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(d.input, CCTL_BUFFER_STRUCT);
    CHECK_STR(d.input_detail, "CLUS_MAINTENANCE_MODE_INFO");
    /* One value, two resource types, two pages. */
    CHECK_EQ_U(clusctl_describe(0x01600004u, "Virtual Machine", &d), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(d.input, CCTL_BUFFER_SZ);
    CHECK_EQ_U(d.output, CCTL_BUFFER_NONE);
    CHECK_EQ_U(clusctl_describe(0x01600004u, "Virtual Machine Configuration", &d),
               CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(d.input, CCTL_BUFFER_NONE);
    /* Only a name's own page counts: the protocol-only alias of three
     * documented names, and a bare operation, are undocumented. */
    CHECK_EQ_U(clusctl_describe(0x02000231u, NULL, &d), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(d.input, CCTL_BUFFER_SZ);
    CHECK_EQ_U(clusctl_describe_name("CLUSCTL_RESOURCE_TYPE_VALIDATE_PATH", &d),
               CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(d.input, CCTL_BUFFER_UNDOCUMENTED);
    CHECK_EQ_U(d.output, CCTL_BUFFER_UNDOCUMENTED);
    CHECK(entry(d.preferred)->doc_page == NULL);
    CHECK_EQ_U(clusctl_describe(0x00000005u, NULL, &d), CCTL_ERROR_SUCCESS);
    CHECK_STR(entry(d.preferred)->name, "CLCTL_GET_CHARACTERISTICS");
    CHECK_EQ_U(d.output, CCTL_BUFFER_UNDOCUMENTED);
    /* A page that does not say, and a value the catalog does not hold. */
    CHECK_EQ_U(clusctl_describe_name("CLUSCTL_RESOURCE_GET_FAILURE_INFO", &d),
               CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(d.input, CCTL_BUFFER_UNKNOWN);
    memset(&d, 0x5A, sizeof d);
    CHECK_EQ_U(clusctl_describe(0x0A000009u, NULL, &d), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(d.input, CCTL_BUFFER_UNDOCUMENTED);
    CHECK_EQ_U(d.output, CCTL_BUFFER_UNDOCUMENTED);
    CHECK(d.input_detail == NULL && d.output_detail == NULL && d.description_source == NULL);
}

/* The grown structs keep the ABI's rules (README, "Growing the ABI"):
 * clusctl_description took its new members from the start of its reserved
 * room, so its size and every other member's offset are those of the 0.2.0
 * layout; clusctl_entry grew at its end. */
struct description_0_2_0 {
    uint32_t code;
    clusctl_fields fields;
    const char *object_name;
    const char *object_description;
    const char *access_name;
    uint32_t operation_bits;
    uint32_t control_function;
    const clusctl_entry *preferred;
    size_t first;
    size_t count;
    const char *description;
    const char *docs_errata;
    uint32_t warnings;
    clusctl_nearest nearest;
    uint32_t handle_access;
    uint32_t application_may_send;
    uint32_t in_sdk;
    uint32_t resource_type_known;
    uint32_t reserved[8];
    const void *reserved_ptr[8];
};

struct entry_0_2_0 {
    const char *name;
    uint32_t value;
    clusctl_kind kind;
    clusctl_provenance provenance;
    const char *resource_type;
    const char *description;
    const char *docs_errata;
    const char *notes;
};

#define SAME_OFFSET(a, b, member) CHECK_EQ_U(offsetof(a, member), offsetof(b, member))

static void test_layout(void)
{
    typedef clusctl_description new_d;
    typedef struct description_0_2_0 old_d;
    CHECK_EQ_U(sizeof(new_d), sizeof(old_d));
    SAME_OFFSET(new_d, old_d, code);
    SAME_OFFSET(new_d, old_d, fields);
    SAME_OFFSET(new_d, old_d, object_name);
    SAME_OFFSET(new_d, old_d, object_description);
    SAME_OFFSET(new_d, old_d, access_name);
    SAME_OFFSET(new_d, old_d, operation_bits);
    SAME_OFFSET(new_d, old_d, control_function);
    SAME_OFFSET(new_d, old_d, preferred);
    SAME_OFFSET(new_d, old_d, first);
    SAME_OFFSET(new_d, old_d, count);
    SAME_OFFSET(new_d, old_d, description);
    SAME_OFFSET(new_d, old_d, docs_errata);
    SAME_OFFSET(new_d, old_d, warnings);
    SAME_OFFSET(new_d, old_d, nearest);
    SAME_OFFSET(new_d, old_d, handle_access);
    SAME_OFFSET(new_d, old_d, application_may_send);
    SAME_OFFSET(new_d, old_d, in_sdk);
    SAME_OFFSET(new_d, old_d, resource_type_known);
    /* The new members are the first words and slots of the old room. */
    CHECK_EQ_U(offsetof(new_d, input), offsetof(old_d, reserved));
    CHECK_EQ_U(offsetof(new_d, output), offsetof(old_d, reserved) + 4);
    CHECK_EQ_U(offsetof(new_d, reserved), offsetof(old_d, reserved) + 8);
    CHECK_EQ_U(offsetof(new_d, input_detail), offsetof(old_d, reserved_ptr));
    CHECK_EQ_U(offsetof(new_d, output_detail),
               offsetof(old_d, reserved_ptr) + sizeof(void *));
    CHECK_EQ_U(offsetof(new_d, description_source),
               offsetof(old_d, reserved_ptr) + 2 * sizeof(void *));
    CHECK_EQ_U(offsetof(new_d, reserved_ptr),
               offsetof(old_d, reserved_ptr) + 3 * sizeof(void *));
    /* clusctl_entry (caller-allocated since 0.3): the members of 0.2 where
     * they were, then the reserved room, at the end. */
    SAME_OFFSET(clusctl_entry, struct entry_0_2_0, name);
    SAME_OFFSET(clusctl_entry, struct entry_0_2_0, value);
    SAME_OFFSET(clusctl_entry, struct entry_0_2_0, kind);
    SAME_OFFSET(clusctl_entry, struct entry_0_2_0, provenance);
    SAME_OFFSET(clusctl_entry, struct entry_0_2_0, resource_type);
    SAME_OFFSET(clusctl_entry, struct entry_0_2_0, description);
    SAME_OFFSET(clusctl_entry, struct entry_0_2_0, docs_errata);
    SAME_OFFSET(clusctl_entry, struct entry_0_2_0, notes);
    CHECK(offsetof(clusctl_entry, input) >= sizeof(struct entry_0_2_0));
    CHECK(offsetof(clusctl_entry, description_source) >=
          offsetof(clusctl_entry, flag_set) + sizeof(uint32_t));
    CHECK(offsetof(clusctl_entry, reserved) >=
          offsetof(clusctl_entry, description_source) + sizeof(const char *));
    CHECK(offsetof(clusctl_entry, reserved_ptr) >=
          offsetof(clusctl_entry, reserved) + 4 * sizeof(uint32_t));
    CHECK_EQ_U(sizeof(clusctl_entry),
               offsetof(clusctl_entry, reserved_ptr) + 4 * sizeof(const void *));
}

/* ---- The hashed lookups against the data file itself. ----
 *
 * Every value and every name of the data file is found, and nothing else:
 * the expected answer of each query is a linear scan of the file's rows,
 * which knows nothing of the tables' hashes. Absent values: every value's
 * neighbours, every one-bit change of it and a fixed pseudo-random sample;
 * absent names: every name cut short, grown, and with each of its bytes
 * changed, in both cases. */

#define DATA_ROWS_MAX 1024

static char data_names[DATA_ROWS_MAX][80];
static uint32_t data_values[DATA_ROWS_MAX];
static size_t data_rows;

static void load_data_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    char buf[MAX_LINE];
    char *col[MAX_FIELDS];
    data_rows = 0;
    if (!CHECK(f != NULL))
        return;
    (void)read_record(f, buf, sizeof buf, col); /* the header */
    while (read_record(f, buf, sizeof buf, col) > 0 && CHECK(data_rows < DATA_ROWS_MAX)) {
        CHECK(strlen(col[0]) < sizeof data_names[0]);
        strncpy(data_names[data_rows], col[0], sizeof data_names[0] - 1);
        data_values[data_rows] = number(col[1]);
        data_rows++;
    }
    fclose(f);
}

/* The expected answer for a value: how many rows have it, how many a
 * smaller one (the first index of it, or where it would be). */
static void scan_value(uint32_t value, size_t *below, size_t *equal)
{
    size_t i;
    *below = *equal = 0;
    for (i = 0; i < data_rows; i++) {
        *below += data_values[i] < value;
        *equal += data_values[i] == value;
    }
}

static void check_value_lookup(uint32_t value)
{
    size_t below, equal, first = 12345, count = 12345, i;
    clusctl_status st = clusctl_catalog_find_value(value, &first, &count);
    scan_value(value, &below, &equal);
    if (!CHECK(st == (equal ? CCTL_ERROR_SUCCESS : CCTL_ERROR_NOT_FOUND) && count == equal &&
               first == below)) {
        fprintf(stderr, "    find_value(0x%08lX): status %lu, first %lu, count %lu; the file "
                "has %lu rows of it, %lu below\n", (unsigned long)value, (unsigned long)st,
                (unsigned long)first, (unsigned long)count, (unsigned long)equal,
                (unsigned long)below);
        return;
    }
    for (i = first; i < first + count; i++)
        CHECK(entry(i)->value == value);
}

/* The row a name finds by a linear scan (byte for byte, or ignoring ASCII
 * case), or data_rows; of a name's two rows, the current one (the first
 * in the file: data/README.md). */
static size_t scan_name(const char *name, int nocase)
{
    size_t i, j;
    for (i = 0; i < data_rows; i++) {
        const char *a = data_names[i];
        for (j = 0;; j++) {
            int x = (unsigned char)a[j], y = (unsigned char)name[j];
            if (nocase) {
                x = toupper(x); /* (the C locale: ASCII letters only) */
                y = toupper(y);
            }
            if (x != y)
                break;
            if (x == 0)
                return i;
        }
    }
    return data_rows;
}

static void check_name_lookup(const char *name)
{
    int nocase;
    for (nocase = 0; nocase <= 1; nocase++) {
        const clusctl_entry *e = NULL;
        size_t row = scan_name(name, nocase);
        clusctl_status st = find_name(
            name, nocase ? CCTL_MATCH_NOCASE : CCTL_MATCH_EXACT, &e);
        if (!CHECK(st == (row < data_rows ? CCTL_ERROR_SUCCESS : CCTL_ERROR_NOT_FOUND))) {
            fprintf(stderr, "    find_name(\"%s\", %s): status %lu; the file %s\n", name,
                    nocase ? "NOCASE" : "EXACT", (unsigned long)st,
                    row < data_rows ? "has it" : "has not");
            continue;
        }
        if (st == CCTL_ERROR_SUCCESS)
            CHECK(e != NULL && strcmp(e->name, data_names[row]) == 0 &&
                  e->value == data_values[row]);
    }
}

static void test_lookups_against_data_file(const char *path)
{
    static const char bytes[] = "A_z0\x80";
    uint32_t state = 12345u;
    size_t i, k;
    load_data_file(path);
    CHECK_EQ_U(data_rows, clusctl_catalog_size());
    for (i = 0; i < data_rows; i++) {
        uint32_t v = data_values[i];
        char name[96];
        size_t len = strlen(data_names[i]);
        if (!CHECK(len > 0 && len + 2 < sizeof name))
            continue;
        check_value_lookup(v);
        check_value_lookup(v + 1u);
        check_value_lookup(v - 1u);
        check_value_lookup(v + 4u);
        for (k = 0; k < 32; k++)
            check_value_lookup(v ^ ((uint32_t)1 << k));
        /* The name, in three cases, cut, grown, each byte changed. */
        strcpy(name, data_names[i]);
        check_name_lookup(name);
        for (k = 0; k < len; k++)
            name[k] = (char)tolower((unsigned char)name[k]);
        check_name_lookup(name);
        for (k = 0; k < len; k += 2)
            name[k] = (char)toupper((unsigned char)name[k]);
        check_name_lookup(name);
        strcpy(name, data_names[i]);
        name[len - 1] = '\0';
        check_name_lookup(name);
        strcpy(name, data_names[i]);
        strcat(name, "_");
        check_name_lookup(name);
        for (k = 0; k < len; k++) {
            size_t b;
            for (b = 0; b < sizeof bytes - 1; b++) {
                strcpy(name, data_names[i]);
                if (name[k] == bytes[b])
                    continue;
                name[k] = bytes[b];
                check_name_lookup(name);
            }
        }
    }
    for (i = 0; i < 20000; i++) {
        state = state * 1103515245u + 12345u; /* a fixed sequence */
        check_value_lookup(state ^ (state >> 16));
    }
    check_value_lookup(0);
    check_value_lookup(0xFFFFFFFFu);
    check_name_lookup("");
    check_name_lookup("CLCTL_");
    check_name_lookup("CLCTL_GET_I"); /* 11 bytes: below the shortest name */
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: %s PATH/TO/control_codes.csv PATH/TO/control_code_buffers.csv\n",
                argv[0]);
        return 2;
    }
    harness_test = "test_catalog_equals_data_file";
    test_catalog_equals_data_file(argv[1]);
    harness_test = "test_lookups_against_data_file";
    test_lookups_against_data_file(argv[1]);
    harness_test = "test_buffers_equal_data_file";
    test_buffers_equal_data_file(argv[2]);
    RUN(test_buffer_names);
    RUN(test_describe_buffers);
    RUN(test_layout);
    RUN(test_order_and_round_trips);
    RUN(test_aliases);
    RUN(test_object_op_rule);
    RUN(test_find_name);
    RUN(test_find_object);
    RUN(test_policy);
    RUN(test_nearest);
    RUN(test_suggest);
    RUN(test_suggest_against_reference);
    RUN(test_descriptions);
    RUN(test_inherited_descriptions_fit);
    RUN(test_descriptions_follow_docs);
    RUN(test_left_out_collection_values);
    RUN(test_description_coverage);
    RUN(test_older_values);
    harness_test = "test_description_sources";
    test_description_sources(argv[2]);
    RUN(test_names_of_kinds);
    return harness_finish();
}
