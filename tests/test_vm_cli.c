/* clusctl vm control and vm start --properties, run in process: the
 * front door's answer to each private-property code, decisions taken from
 * captured property lists (the golden vectors of plist_vectors.h), the
 * model options, and their refusals. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli_runner.h"
#include "harness.h"
#include "plist_vectors.h"

static const char *const file1 = "test_vm_cli_1.bin";
static const char *const file2 = "test_vm_cli_2.bin";

static void write_file(const char *name, const void *data, size_t size)
{
    FILE *f = fopen(name, "wb");
    if (f == NULL || (size != 0 && fwrite(data, 1, size, f) != size) || fclose(f) != 0) {
        fprintf(stderr, "cannot write %s\n", name);
        exit(1);
    }
}

#define HAS(text) CHECK(strstr(run_out.data, text) != NULL)

static void test_get_codes(void)
{
    CHECK_EQ_U(run_clusctl("vm", "control", "CLUSCTL_RESOURCE_GET_RO_PRIVATE_PROPERTIES",
                           "--progress", "42", "--migration-state", "data-transfer",
                           (const char *)NULL),
               0);
    CHECK(strncmp(run_out.data, "status           ERROR_SUCCESS (0)\n"
                                "bytes returned   180\noutput\n", 58) == 0);
    HAS("\n  VmState = 2  DWORD\n");
    HAS("\n  MigrationProgress = 42  DWORD\n");
    HAS("\n  MigrationFailureReason = 0  DWORD\n");
    HAS("\nmigration state  data-transfer (2)\n");
    /* The read-write ones, with the model options. */
    CHECK_EQ_U(run_clusctl("vm", "control", "0x01000081", "--offline-action", "Shutdown (Forced)",
                           "--vm-id", "{12345678-1234-1234-1234-123456789abc}",
                           "--virtual-numa-count", "4", (const char *)NULL),
               0);
    HAS("\n  OfflineAction = 3  DWORD\n");
    HAS("\n  VirtualNumaCount = 4  DWORD\n");
    HAS("\n  VmId = \"{12345678-1234-1234-1234-123456789abc}\"  SZ\n");
    HAS("\n  MigrationState = 0  DWORD\n");
    /* JSON: the whole model. */
    CHECK_EQ_U(run_clusctl("vm", "control", "0x01000081", "--json", "--check-heartbeat",
                           "check-heartbeat", (const char *)NULL),
               0);
    CHECK(strncmp(run_out.data, "{\"status\":0,\"status_name\":\"ERROR_SUCCESS\",\"code\":"
                                "\"0x01000081\",\"code_name\":\"CLUSCTL_RESOURCE_GET_PRIVATE_"
                                "PROPERTIES\",\"bytes_returned\":",
                  120) == 0);
    HAS(",\"vm\":{\"vm_state\":2,\"vm_state_name\":\"enabled\",\"migration_state\":0,"
        "\"migration_state_name\":\"none\",\"host\":\"node1\",\"source\":null,\"destination\":"
        "null,\"failure_reason\":\"0x00000000\",\"progress\":0,\"vm_id\":null,"
        "\"offline_action\":1,\"shutdown_action\":0,\"check_heartbeat\":1,\"start_memory\":1,"
        "\"virtual_numa_count\":1}}\n");
    /* JSON holds the output decoded too, as plist decode --json prints the
     * bytes in "output". */
    {
        char *json, *hex, *list, *end;
        CHECK_EQ_U(run_clusctl("vm", "control", "0x0100007D", "--progress", "42", "--json",
                               (const char *)NULL),
                   0);
        json = (char *)malloc(run_out.len + 1);
        CHECK(json != NULL);
        if (json != NULL)
            memcpy(json, run_out.data, run_out.len + 1);
        hex = json != NULL ? strstr(json, ",\"output\":\"") : NULL;
        list = json != NULL ? strstr(json, "\",\"output_list\":{") : NULL;
        end = json != NULL ? strstr(json, ",\"output_names\":null,\"error\":null,") : NULL;
        CHECK(hex != NULL && list != NULL && end != NULL && hex < list && list < end);
        if (hex != NULL && list != NULL && end != NULL && hex < list && list < end) {
            hex += strlen(",\"output\":\"");
            write_file(file1, hex, (size_t)(list - hex));
            list += strlen("\",\"output_list\":");
            *end = '\0';
            CHECK_EQ_U(run_clusctl("plist", "decode", "--hex", "--json", file1,
                                   (const char *)NULL),
                       0);
            CHECK(run_out.len == strlen(list) + 1 && strncmp(run_out.data, list, strlen(list)) == 0);
            CHECK(strstr(list, "{\"name\":\"MigrationProgress\",") != NULL &&
                  strstr(list, "\"value\":42}") != NULL);
        }
        free(json);
    }
    CHECK_EQ_U(run_clusctl("vm", "control", "CLUSCTL_RESOURCE_ENUM_PRIVATE_PROPERTIES", "--json",
                           (const char *)NULL),
               0);
    HAS(",\"output_list\":null,\"output_names\":[\"CheckHeartbeat\",\"MigrationFailureReason\","
        "\"MigrationProgress\",\"MigrationState\",\"OfflineAction\",\"ShutdownAction\","
        "\"StartMemory\",\"VirtualNumaCount\",\"VmId\",\"VmState\"],\"error\":null,");
    /* ENUM: the names. */
    CHECK_EQ_U(run_clusctl("vm", "control", "CLUSCTL_RESOURCE_ENUM_PRIVATE_PROPERTIES",
                           (const char *)NULL),
               0);
    HAS("\noutput\n  CheckHeartbeat\n  MigrationFailureReason\n");
    HAS("\n  VmState\n");
    /* Too small a buffer: ERROR_MORE_DATA and the size, exit 1. */
    CHECK_EQ_U(run_clusctl("vm", "control", "0x0100007D", "--out-size", "8", "--json",
                           (const char *)NULL),
               1);
    HAS("{\"status\":234,\"status_name\":\"ERROR_MORE_DATA\"");
    HAS("\"bytes_returned\":180,\"output\":\"\",\"output_list\":null,\"output_names\":null,");
    /* Other codes: ERROR_INVALID_FUNCTION. */
    CHECK_EQ_U(run_clusctl("vm", "control", "CLUSCTL_RESOURCE_GET_FLAGS", (const char *)NULL), 1);
    HAS("status           ERROR_INVALID_FUNCTION (1)\n");
}

/* START and CANCEL through control, with an input buffer. */
static void test_migration_codes(void)
{
    CHECK_EQ_U(run_clusctl("vm", "control", "CLUSCTL_RESOURCE_VM_START_MIGRATION", "--in-hex",
                           "6e 00 6f 00 64 00 65 00 32 00 00 00", (const char *)NULL),
               0);
    HAS("\nmigration state  setup (1)\n");
    HAS("\ndestination      node2\n");
    CHECK_EQ_U(run_clusctl("vm", "control", "0x01600008", "--migration-state", "setup",
                           "--json", (const char *)NULL),
               0);
    HAS("\"migration_state\":4,\"migration_state_name\":\"canceled\"");
    CHECK_EQ_U(run_clusctl("vm", "control", "0x01600004", "--in-hex", "6e0", (const char *)NULL), 2);
    CHECK(strstr(run_err.data, "--in-hex: offset 3: not a pair of hex digits") != NULL);
}

/* SET and VALIDATE, with a list built by plist encode. */
static void test_set(void)
{
    static const char set_json[] =
        "{\"kind\":\"property_list\",\"properties\":[{\"name\":\"OfflineAction\",\"values\":"
        "[{\"format\":\"DWORD\",\"value\":2}]}]}";
    static const char ro_json[] =
        "{\"kind\":\"property_list\",\"properties\":[{\"name\":\"VmState\",\"values\":"
        "[{\"format\":\"DWORD\",\"value\":3}]}]}";
    write_file(file2, set_json, sizeof set_json - 1);
    CHECK_EQ_U(run_clusctl("plist", "encode", file2, (const char *)NULL), 0);
    write_file(file1, run_out.data, run_out.len);
    CHECK_EQ_U(run_clusctl("vm", "control", "CLUSCTL_RESOURCE_SET_PRIVATE_PROPERTIES", "--in",
                           file1, "--json", (const char *)NULL),
               0);
    HAS("\"offline_action\":2");
    CHECK_EQ_U(run_clusctl("vm", "control", "CLUSCTL_RESOURCE_VALIDATE_PRIVATE_PROPERTIES",
                           "--in", file1, "--json", (const char *)NULL),
               0);
    HAS("\"offline_action\":1"); /* validated, not applied */
    write_file(file2, ro_json, sizeof ro_json - 1);
    CHECK_EQ_U(run_clusctl("plist", "encode", file2, (const char *)NULL), 0);
    write_file(file1, run_out.data, run_out.len);
    CHECK_EQ_U(run_clusctl("vm", "control", "0x01400086", "--in", file1, "--json",
                           (const char *)NULL),
               1);
    HAS("\"error\":{\"reason\":\"READ_ONLY\",\"name\":\"VmState\"");
    HAS("\"vm_state\":2,");
}

/* vm start decides from captured lists; explicit options win. */
static void test_properties_files(void)
{
    unsigned char disabled[sizeof vec_vm_ro];
    memcpy(disabled, vec_vm_ro, sizeof disabled);
    disabled[36] = 0x03; /* VmState 3: Disabled */
    write_file(file1, vec_vm_ro, sizeof vec_vm_ro);
    CHECK_EQ_U(run_clusctl("vm", "start", "--dest", "node2", "--properties", file1,
                           (const char *)NULL),
               0);
    HAS("\nmigration state  setup (1)\n");
    write_file(file1, disabled, sizeof disabled);
    CHECK_EQ_U(run_clusctl("vm", "start", "--dest", "node2", "--properties", file1, "--json",
                           (const char *)NULL),
               1);
    CHECK_VM_JSON(5023, "ERROR_INVALID_STATE", 3, 0);
    CHECK_EQ_U(run_clusctl("vm", "start", "--dest", "node2", "--properties", file1,
                           "--vm-state", "online", (const char *)NULL),
               0);
    /* Two lists, read-only and read-write; hex text read raw is no list. */
    write_file(file2, vec_empty_plist, sizeof vec_empty_plist);
    CHECK_EQ_U(run_clusctl("vm", "start", "--dest", "node2", "--properties", file1,
                           "--properties", file2, (const char *)NULL),
               1); /* file1 is the Disabled VM */
    HAS("status           ERROR_INVALID_STATE (5023)\n");
    write_file(file2, "00000000 00000000", 17);
    CHECK_EQ_U(run_clusctl("vm", "start", "--dest", "node2", "--properties", file1,
                           "--properties", file2, (const char *)NULL),
               1);
    CHECK(strstr(run_err.data, "clusctl: vm start: test_vm_cli_2.bin: ") != NULL);
    CHECK_EQ_U(run_clusctl("vm", "start", "--dest", "node2", "--hex", "--properties", file1,
                           "--properties", file2, (const char *)NULL),
               2); /* file1 is not hex text */
    /* A known property of the wrong format names it. */
    {
        unsigned char wrong[sizeof vec_vm_ro];
        memcpy(wrong, vec_vm_ro, sizeof wrong);
        wrong[28] = 0x07; /* VmState as a LONG */
        write_file(file1, wrong, sizeof wrong);
        CHECK_EQ_U(run_clusctl("vm", "start", "--dest", "node2", "--properties", file1,
                               (const char *)NULL),
                   1);
        CHECK(strstr(run_err.data, "clusctl: vm start: test_vm_cli_1.bin: VmState: ") != NULL);
        CHECK_EQ_U(count_lines(run_err.data), 1);
    }
    CHECK_EQ_U(run_clusctl("vm", "start", "--dest", "node2", "--properties", "no-such.bin",
                           (const char *)NULL),
               1);
    CHECK(strstr(run_err.data, "cannot open 'no-such.bin'") != NULL);
    CHECK_EQ_U(run_clusctl("vm", "start", "--dest", "node2", "--properties", "a", "--properties",
                           "b", "--properties", "c", (const char *)NULL),
               2);
    CHECK(strstr(run_err.data, "option '--properties' given twice") != NULL);
}

static void test_model_options(void)
{
    /* Usage errors, each one line that states what the option takes: a
     * number in the property's range (the VM property table's), or one of
     * the docs' names of its values. */
    static const struct {
        const char *args[6];
        const char *err;
    } usage[] = {
        {{"control", "0x01000081", "--offline-action", "9"},
         "clusctl: vm control: --offline-action 9 is out of range (0 to 3)\n"},
        {{"start", "--dest", "node2", "--virtual-numa-count", "0"},
         "clusctl: vm start: --virtual-numa-count 0 is out of range (1 to 64)\n"},
        {{"start", "--dest", "node2", "--virtual-numa-count", "-1"},
         "clusctl: vm start: --virtual-numa-count '-1' is negative: expected 0x-prefixed hex or "
         "decimal from 1 to 64\n"},
        {{"start", "--dest", "node2", "--progress", "101"},
         "clusctl: vm start: --progress 101 is out of range (0 to 100)\n"},
        {{"start", "--dest", "node2", "--start-memory", "0x100000000"},
         "clusctl: vm start: --start-memory 0x100000000 is out of range (0 to 4294967295)\n"},
        {{"control", "0x01000081", "--offline-action", "sometimes"},
         "clusctl: vm control: unknown name 'sometimes' for --offline-action; expected a number "
         "or one of: \"Turn Off\", \"Save\", \"Shutdown\", \"Shutdown (Forced)\"\n"},
        {{"start", "--dest", "node2", "--failure-reason", "E_BUSYY"},
         "clusctl: vm start: unknown name 'E_BUSYY' for --failure-reason; expected a number or "
         "one of: \"S_OK\", \"E_BUSY\", \"E_FAIL\"\n"},
        /* A property the docs name no value of takes numbers only. */
        {{"start", "--dest", "node2", "--start-memory", "lots"},
         "clusctl: vm start: --start-memory 'lots' is not a number: expected 0x-prefixed hex or "
         "decimal\n"},
    };
    size_t i;
    for (i = 0; i < sizeof usage / sizeof usage[0]; i++) {
        harness_test = usage[i].args[3];
        CHECK_EQ_U(run_clusctl("vm", usage[i].args[0], usage[i].args[1], usage[i].args[2],
                               usage[i].args[3], usage[i].args[4], usage[i].args[5],
                               (const char *)NULL),
                   2);
        CHECK_STR(run_out.data, "");
        CHECK_STR(run_err.data, usage[i].err);
    }
    harness_test = "test_model_options";
    /* The range's ends are taken. */
    CHECK_EQ_U(run_clusctl("vm", "control", "0x0100007D", "--progress", "100", "--json",
                           (const char *)NULL),
               0);
    HAS("\"progress\":100,");
    CHECK_EQ_U(run_clusctl("vm", "control", "0x01000081", "--vm-id", "not-a-guid",
                           (const char *)NULL),
               1);
    CHECK(strstr(run_err.data, "VmId") != NULL);
    CHECK_EQ_U(run_clusctl("vm", "control", "0x0100007D", "--failure-reason", "e_busy", "--json",
                           (const char *)NULL),
               0);
    HAS("\"failure_reason\":\"0x800700AA\"");
    CHECK_EQ_U(run_clusctl("vm", "control", (const char *)NULL), 2);
    CHECK_EQ_U(run_clusctl("vm", "control", "0x1", "0x2", (const char *)NULL), 2);
    CHECK_EQ_U(run_clusctl("vm", "control", "0x1", "--in", "a", "--in-hex", "00",
                           (const char *)NULL),
               2);
}

int main(void)
{
    RUN(test_get_codes);
    RUN(test_migration_codes);
    RUN(test_set);
    RUN(test_properties_files);
    RUN(test_model_options);
    remove(file1);
    remove(file2);
    run_clusctl_free();
    return harness_finish();
}
