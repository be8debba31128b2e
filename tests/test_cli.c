/* The clusctl tool, run in process: documented output for good input, exit
 * status 2 and one line on stderr naming the bad argument for bad input. */
#define CCTL_UNSTABLE_API /* the machines' table rows */
#include "cli.h"
#include "cli_runner.h"
#include "clusctl/clusctl.h"
#include "harness.h"

#include <errno.h>
#include <stdlib.h>

/* A copy of s (the test stops when there is no memory). */
static char *strdup_or_die(const char *s)
{
    size_t n = strlen(s) + 1;
    char *p = (char *)malloc(n);
    if (p == NULL) {
        fputs("out of memory\n", stderr);
        exit(1);
    }
    memcpy(p, s, n);
    return p;
}

static int starts_with(const char *s, const char *prefix)
{
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* A usage error: status 2, nothing on stdout, exactly one line on stderr
 * that starts with "clusctl: " and contains `needle`. */
#define CHECK_USAGE(needle, ...)                                               \
    do {                                                                       \
        CHECK_EQ_U(run_clusctl(__VA_ARGS__, (const char *)NULL), 2);           \
        CHECK_STR(run_out.data, "");                                           \
        CHECK_EQ_U(count_lines(run_err.data), 1);                              \
        CHECK(strncmp(run_err.data, "clusctl: ", 9) == 0);                     \
        if (!CHECK(strstr(run_err.data, needle) != NULL))                      \
            fprintf(stderr, "    stderr: %s", run_err.data);                   \
    } while (0)

static void test_decode_table(void)
{
    CHECK_EQ_U(run_clusctl("decode", "0x01600008", (const char *)NULL), 0);
    CHECK_STR(run_out.data,
              "code      0x01600008\n"
              "name      CLUSCTL_RESOURCE_VM_CANCEL_MIGRATION (hyperv, Virtual Machine)\n"
              "alias     CLUSCTL_RESOURCE_VM_CREATE_SWITCHPORTS (hyperv, Virtual "
              "Machine Configuration)\n"
              "about     Cancels the live migration of the VM while it is in Setup "
              "or Data Transfer; only on the source node. No buffers.\n"
              "source    desktop-src/MsCS/clusctl-resource-vm-cancel-migration.md\n"
              "object    1         RESOURCE\n"
              "global    0\n"
              "modify    1\n"
              "user      1\n"
              "internal  0\n"
              "function  2         operation 0x000008, low 22 bits 0x200008\n"
              "access    0         ANY\n"
              "handle    ALL access (modify bit set)\n"
              "sender    applications may send it\n"
              "sdk       no\n"
              "input     none\n"
              "output    none\n");
    CHECK_STR(run_err.data, "");
}

static void test_decode_table_warnings(void)
{
    CHECK_EQ_U(run_clusctl("decode", "0x0A800007", (const char *)NULL), 0);
    CHECK(strstr(run_out.data, "object    10        -\n") != NULL);
    CHECK(strstr(run_out.data, "access    3         -\n") != NULL);
    CHECK(strstr(run_out.data, "warning   the object code is none that the SDK defines\n") != NULL);
    CHECK(strstr(run_out.data, "warning   access is 3") != NULL);
    CHECK(strstr(run_out.data, "warning   the global bit (23) is set") != NULL);
    CHECK(strstr(run_out.data, "CLUSCTL_USER_CODE") != NULL);
    CHECK(strstr(run_out.data, "name      unknown; nearest: nothing matches\n") != NULL);
}

static void test_decode_json(void)
{
    CHECK_EQ_U(run_clusctl("decode", "--json", "0x01600004", (const char *)NULL), 0);
    CHECK_STR(run_out.data,
              "{\"value\":\"0x01600004\",\"object\":1,\"object_name\":\"RESOURCE\",\"object_description\":\"a resource\","
              "\"global\":false,\"modify\":true,\"user\":true,\"internal\":false,"
              "\"function\":1,\"operation\":\"0x000004\",\"control_function\":\"0x200004\",\"access\":0,\"access_name\":\"ANY\",\"warnings\":[],"
              "\"names\":[\"CLUSCTL_RESOURCE_VM_START_MIGRATION\","
              "\"CLUSCTL_RESOURCE_VM_CONFIG_UPDATE\"],"
              "\"entries\":[{\"name\":\"CLUSCTL_RESOURCE_VM_START_MIGRATION\","
              "\"kind\":\"code\",\"provenance\":\"hyperv\",\"resource_type\":\"Virtual "
              "Machine\",\"description\":\"Starts the live migration of the VM to the node "
              "named in the input buffer (NUL-terminated UTF-16); only on the host node, VM "
              "online.\","
              "\"description_source\":\"desktop-src/MsCS/clusctl-resource-vm-start-migration.md\","
              "\"doc_page\":\"desktop-src/MsCS/clusctl-resource-vm-start-migration.md\","
              "\"docs_errata\":[],\"notes\":\"value from consensus (agreeing: samba-idl,"
              "dotnet-native,dotnet-table,docs,docs-fields)\"},"
              "{\"name\":\"CLUSCTL_RESOURCE_VM_CONFIG_UPDATE\",\"kind\":\"code\","
              "\"provenance\":\"hyperv\",\"resource_type\":\"Virtual Machine Configuration\","
              "\"description\":\"Updates the VmSwitchPorts and VmPhysicalDisks properties of "
              "the Virtual Machine Configuration resource instances.\","
              "\"description_source\":\"desktop-src/MsCS/clusctl-resource-vm-config-update.md\","
              "\"doc_page\":\"desktop-src/MsCS/clusctl-resource-vm-config-update.md\","
              "\"docs_errata\":[],\"notes\":\"value from consensus (agreeing: dotnet-native,"
              "docs,docs-fields)\"}],\"description\":\"Starts the live migration of the VM to "
              "the node named in the input buffer (NUL-terminated UTF-16); only on the host "
              "node, VM online.\","
              "\"description_source\":\"desktop-src/MsCS/clusctl-resource-vm-start-migration.md\","
              "\"docs_errata\":[],\"required_access\":\"ALL\",\"application_may_send\":true,"
              "\"sdk\":false,\"input\":\"sz\",\"output\":\"none\",\"input_detail\":null,"
              "\"output_detail\":null,\"nearest\":null}\n");
    /* Several codes, decimal and hex, options after operands: one line each. */
    CHECK_EQ_U(run_clusctl("decode", "23068680", "0xFFFFFFFF", "--json", (const char *)NULL), 0);
    CHECK_STR(run_out.data,
              "{\"value\":\"0x01600008\",\"object\":1,\"object_name\":\"RESOURCE\",\"object_description\":\"a resource\","
              "\"global\":false,\"modify\":true,\"user\":true,\"internal\":false,"
              "\"function\":2,\"operation\":\"0x000008\",\"control_function\":\"0x200008\",\"access\":0,\"access_name\":\"ANY\",\"warnings\":[],"
              "\"names\":[\"CLUSCTL_RESOURCE_VM_CANCEL_MIGRATION\","
              "\"CLUSCTL_RESOURCE_VM_CREATE_SWITCHPORTS\"],"
              "\"entries\":[{\"name\":\"CLUSCTL_RESOURCE_VM_CANCEL_MIGRATION\","
              "\"kind\":\"code\",\"provenance\":\"hyperv\",\"resource_type\":\"Virtual "
              "Machine\",\"description\":\"Cancels the live migration of the VM while it is in "
              "Setup or Data Transfer; only on the source node. No buffers.\","
              "\"description_source\":\"desktop-src/MsCS/clusctl-resource-vm-cancel-migration.md\","
              "\"doc_page\":\"desktop-src/MsCS/clusctl-resource-vm-cancel-migration.md\","
              "\"docs_errata\":[],\"notes\":\"value from consensus (agreeing: samba-idl,"
              "dotnet-native,dotnet-table,docs,docs-fields)\"},"
              "{\"name\":\"CLUSCTL_RESOURCE_VM_CREATE_SWITCHPORTS\",\"kind\":\"code\","
              "\"provenance\":\"hyperv\",\"resource_type\":\"Virtual Machine Configuration\","
              "\"description\":\"Private Hyper-V code of the Virtual Machine Configuration "
              "resource; what it does is not documented.\","
              "\"description_source\":\"non_sdk_codes.csv\",\"doc_page\":null,"
              "\"docs_errata\":[],\"notes\":\"value from consensus (agreeing: "
              "dotnet-native)\"}],\"description\":\"Cancels the live migration of the VM while "
              "it is in Setup or Data Transfer; only on the source node. No buffers.\","
              "\"description_source\":\"desktop-src/MsCS/clusctl-resource-vm-cancel-migration.md\","
              "\"docs_errata\":[],\"required_access\":\"ALL\",\"application_may_send\":true,"
              "\"sdk\":false,\"input\":\"none\",\"output\":\"none\",\"input_detail\":null,"
              "\"output_detail\":null,\"nearest\":null}\n"
              "{\"value\":\"0xFFFFFFFF\",\"object\":255,\"object_name\":null,\"object_description\":null,\"global\":true,"
              "\"modify\":true,\"user\":true,\"internal\":true,\"function\":262143,"
              "\"operation\":\"0x0FFFFC\",\"control_function\":\"0x3FFFFF\","
              "\"access\":3,\"access_name\":null,\"warnings\":[\"unknown_object\",\"access_3\","
              "\"global\",\"user_and_internal\"],\"names\":[],\"entries\":[],"
              "\"description\":null,\"description_source\":null,\"docs_errata\":[],"
              "\"required_access\":\"ALL\",\"application_may_send\":false,\"sdk\":false,"
              "\"input\":\"undocumented\",\"output\":\"undocumented\",\"input_detail\":null,"
              "\"output_detail\":null,\"nearest\":\"nothing matches\"}\n");
    CHECK_EQ_U(run_clusctl("decode", "--json", "0x00800000", (const char *)NULL), 0);
    CHECK(strstr(run_out.data, "\"object_name\":\"INVALID\"") != NULL);
    CHECK(strstr(run_out.data, "\"warnings\":[\"global\",\"user_code_macro\"]") != NULL);
    /* The text's docs line is the preferred entry's errata: JSON gives them
     * as an array, at the top and in the entry. */
    CHECK_EQ_U(run_clusctl("decode", "0x01400246", (const char *)NULL), 0);
    CHECK(strstr(run_out.data, "\ndocs      docs page says 0x01400245 | docs Remarks") != NULL);
    CHECK_EQ_U(run_clusctl("decode", "--json", "0x01400246", (const char *)NULL), 0);
    CHECK(strstr(run_out.data, "\"docs_errata\":[\"docs page says 0x01400245\","
                               "\"docs Remarks table rebuilds to 0x01400245\",") != NULL);
    CHECK(strstr(run_out.data, "\"provenance\":\"legacy\",\"resource_type\":null,") != NULL);
    CHECK(strstr(run_out.data, "\"notes\":\"value from current SDK CLCTL_FILESERVER_SHARE_ADD"
                               " + object code") != NULL);
    /* Every description names its source; an older value of a name says
     * so (its note) without --verbose too, and its JSON names it. */
    CHECK_EQ_U(run_clusctl("decode", "0x00400245", (const char *)NULL), 0);
    CHECK(starts_with(run_out.data, "code      0x00400245\n"
                                    "name      CLCTL_FILESERVER_SHARE_ADD (legacy)\n"
                                    "about     Creates a file share"));
    CHECK(strstr(run_out.data, "\nsource    desktop-src/MsCS/clusctl-resource-fileserver-share-add.md\n"
                               "note      older SDKs (Windows 7 era; ") != NULL);
    CHECK(strstr(run_out.data, "the current SDK's value is 0x00400246 (access READ -> WRITE)\n") != NULL);
    CHECK_EQ_U(run_clusctl("decode", "0x00400246", (const char *)NULL), 0);
    CHECK(strstr(run_out.data, "\nnote ") == NULL);
    CHECK_EQ_U(run_clusctl("list", "--json", "--object", "0", (const char *)NULL), 0);
    CHECK(strstr(run_out.data, "{\"value\":\"0x00400245\",") != NULL);
    CHECK(strstr(run_out.data, "\"names\":[\"CLCTL_FILESERVER_SHARE_ADD\"],\"entries\":[{\"name\":"
                               "\"CLCTL_FILESERVER_SHARE_ADD\",\"kind\":\"operation\",\"provenance\":"
                               "\"legacy\"") != NULL);
    CHECK_EQ_U(run_clusctl("lookup", "--search", "--json", "CLCTL_FILESERVER_SHARE_ADD",
                           (const char *)NULL), 0);
    CHECK(starts_with(run_out.data, "{\"value\":\"0x00400245\","));
    CHECK(strstr(run_out.data, "\n{\"value\":\"0x00400246\",") != NULL);
    CHECK_EQ_U(count_lines(run_out.data), 2);
    /* lookup and list print the same objects, entries included. */
    CHECK_EQ_U(run_clusctl("lookup", "--json", "CLUSCTL_RESOURCE_VM_CONFIG_UPDATE",
                           (const char *)NULL), 0);
    CHECK(strstr(run_out.data, "\"entries\":[{\"name\":\"CLUSCTL_RESOURCE_VM_CONFIG_UPDATE\","
                               "\"kind\":\"code\",\"provenance\":\"hyperv\","
                               "\"resource_type\":\"Virtual Machine Configuration\",") != NULL);
    CHECK(strstr(run_out.data, "},{\"name\":\"CLUSCTL_RESOURCE_VM_START_MIGRATION\",") != NULL);
    CHECK_EQ_U(run_clusctl("list", "--json", "--object", "resource", (const char *)NULL), 0);
    CHECK(strstr(run_out.data, "\"names\":[\"CLUSCTL_RESOURCE_VM_START_MIGRATION\","
                               "\"CLUSCTL_RESOURCE_VM_CONFIG_UPDATE\"],\"entries\":[{") != NULL);
    /* --verbose: each name's page and source notes; not without it. */
    CHECK_EQ_U(run_clusctl("decode", "--verbose", "0x01400246", (const char *)NULL), 0);
    CHECK(strstr(run_out.data, "\npage      CLUSCTL_RESOURCE_FILESERVER_SHARE_ADD: "
                               "desktop-src/MsCS/clusctl-resource-fileserver-share-add.md\n"
                               "note      CLUSCTL_RESOURCE_FILESERVER_SHARE_ADD: value from "
                               "current SDK") != NULL);
    CHECK(strstr(run_out.data, "| mingw says 0x01000245 |") != NULL);
    CHECK_EQ_U(run_clusctl("lookup", "--verbose", "CLUSCTL_RESOURCE_VM_CONFIG_UPDATE",
                           (const char *)NULL), 0);
    CHECK(strstr(run_out.data, "\npage      CLUSCTL_RESOURCE_VM_CONFIG_UPDATE: ") != NULL);
    CHECK(strstr(run_out.data, "\nnote      CLUSCTL_RESOURCE_VM_START_MIGRATION: ") != NULL);
    CHECK_EQ_U(run_clusctl("decode", "0x01400246", (const char *)NULL), 0);
    CHECK(strstr(run_out.data, "\npage ") == NULL && strstr(run_out.data, "\nnote ") == NULL);
    /* "--" ends the options. */
    CHECK_EQ_U(run_clusctl("decode", "--", "0", (const char *)NULL), 0);
    CHECK(starts_with(run_out.data, "code      0x00000000\n"));
}

static void test_decode_several_tables(void)
{
    CHECK_EQ_U(run_clusctl("decode", "0x01600004", "0x01600008", (const char *)NULL), 0);
    CHECK_EQ_U(count_lines(run_out.data), 17 + 1 + 17);
    CHECK(strstr(run_out.data, "\n\ncode      0x01600008\n") != NULL);
}

static void test_encode(void)
{
    CHECK_EQ_U(run_clusctl("encode", "--object", "resource", "--modify", "--user",
                           "--function", "2", (const char *)NULL), 0);
    CHECK_STR(run_out.data, "0x01600008\n");
    CHECK_EQ_U(run_clusctl("encode", "--object=RESOURCE", "--function=1", "--modify",
                           "--user", "--access=any", (const char *)NULL), 0);
    CHECK_STR(run_out.data, "0x01600004\n");
    CHECK_EQ_U(run_clusctl("encode", "--object", "1", "--function", "0x2",
                           "--access", "read", (const char *)NULL), 0);
    CHECK_STR(run_out.data, "0x01000009\n");
    CHECK_EQ_U(run_clusctl("encode", "--object", "cluster", "--function", "23",
                           "--access", "write", "--modify", (const char *)NULL), 0);
    CHECK_STR(run_out.data, "0x0740005E\n");
    CHECK_EQ_U(run_clusctl("encode", "--object", "0", "--internal", "--function", "1",
                           "--access", "2", "--modify", (const char *)NULL), 0);
    CHECK_STR(run_out.data, "0x00500006\n");
    CHECK_EQ_U(run_clusctl("encode", "--object", "user", "--global", "--function",
                           "262143", "--access", "3", (const char *)NULL), 0);
    CHECK_STR(run_out.data, "0x808FFFFF\n");
    CHECK_EQ_U(run_clusctl("encode", "--json", "--object", "Resource", "--modify",
                           "--user", "--function", "2", (const char *)NULL), 0);
    CHECK(starts_with(run_out.data, "{\"value\":\"0x01600008\",\"object\":1,\"object_name\":\"RESOURCE\",\"object_description\":\"a resource\","
                  "\"global\":false,\"modify\":true,\"user\":true,\"internal\":false,"
                  "\"function\":2,\"operation\":\"0x000008\",\"control_function\":\"0x200008\",\"access\":0,\"access_name\":\"ANY\",\"warnings\":[],"
                  "\"names\":[\"CLUSCTL_RESOURCE_VM_CANCEL_MIGRATION\","));
}

static void test_bad_codes(void)
{
    CHECK_USAGE("'0xyz' is not a number", "decode", "0xyz");
    CHECK_USAGE("'x-1' is not a number", "decode", "x-1");
    CHECK_USAGE("CODE 0x100000000 is out of range (0 to 4294967295)", "decode", "0x100000000");
    CHECK_USAGE("CODE 4294967296 is out of range (0 to 4294967295)", "decode", "4294967296");
    CHECK_USAGE("'-1' is negative", "decode", "-1");
    CHECK_USAGE("'-0x5' is negative", "decode", "-0x5");
    CHECK_USAGE("CODE is empty", "decode", "");
    CHECK_USAGE("'12abc' is not a number", "decode", "12abc");
    CHECK_USAGE("'0x' is not a number", "decode", "0x");
    CHECK_USAGE("'0x1 ' is not a number", "decode", "0x1 ");
    CHECK_USAGE("'010' starts with 0", "decode", "010");
    /* A bad CODE anywhere means no output at all. */
    CHECK_USAGE("'1bad' is not a number", "decode", "0x01600008", "1bad");
    CHECK_USAGE("no CODE given", "decode");
    CHECK_USAGE("no CODE given", "decode", "--json");
    CHECK_USAGE("unknown option '--bogus'", "decode", "--bogus", "1");
    CHECK_USAGE("unknown option '-x'", "decode", "-x");
    CHECK_USAGE("option '--json' given twice", "decode", "--json", "--json", "1");
    CHECK_USAGE("option '--json' takes no value", "decode", "--json=yes", "1");
}

/* A usage-free refusal: status 1, nothing on stdout, one line on stderr. */
#define CHECK_REFUSED(needle, ...)                                             \
    do {                                                                       \
        CHECK_EQ_U(run_clusctl(__VA_ARGS__, (const char *)NULL), 1);           \
        CHECK_STR(run_out.data, "");                                           \
        CHECK_EQ_U(count_lines(run_err.data), 1);                              \
        if (!CHECK(strstr(run_err.data, needle) != NULL))                      \
            fprintf(stderr, "    stderr: %s", run_err.data);                   \
    } while (0)

static void test_decode_names(void)
{
    /* A name, in any case, decodes like its value, named first. */
    CHECK_EQ_U(run_clusctl("decode", "clusctl_resource_vm_config_update", (const char *)NULL), 0);
    CHECK(starts_with(run_out.data, "code      0x01600004\n"
                  "name      CLUSCTL_RESOURCE_VM_CONFIG_UPDATE (hyperv, Virtual "
                  "Machine Configuration)\n"
                  "alias     CLUSCTL_RESOURCE_VM_START_MIGRATION (hyperv, Virtual Machine)\n"));
    CHECK_EQ_U(run_clusctl("decode", "--json", "CLCTL_GET_FLAGS", (const char *)NULL), 0);
    CHECK(strstr(run_out.data, "\"value\":\"0x00000009\"") != NULL);
    CHECK(strstr(run_out.data, "\"names\":[\"CLCTL_GET_FLAGS\"]") != NULL);
    CHECK(strstr(run_out.data, "\"sdk\":true") != NULL);
    /* --restype picks the name of that resource type. */
    CHECK_EQ_U(run_clusctl("decode", "--restype", "Virtual Machine", "0x01600004",
                           (const char *)NULL), 0);
    CHECK(strstr(run_out.data, "name      CLUSCTL_RESOURCE_VM_START_MIGRATION") != NULL);
    CHECK_EQ_U(run_clusctl("decode", "--restype", "Virtual Machine Configuration", "0x01600004",
                           (const char *)NULL), 0);
    CHECK(strstr(run_out.data, "name      CLUSCTL_RESOURCE_VM_CONFIG_UPDATE") != NULL);
    CHECK(strstr(run_out.data, "alias     CLUSCTL_RESOURCE_VM_START_MIGRATION") != NULL);
    CHECK_EQ_U(run_clusctl("decode", "--json", "--restype=virtual machine configuration",
                           "0x01600008", (const char *)NULL), 0);
    CHECK(strstr(run_out.data, "\"names\":[\"CLUSCTL_RESOURCE_VM_CREATE_SWITCHPORTS\","
                               "\"CLUSCTL_RESOURCE_VM_CANCEL_MIGRATION\"]") != NULL);
    /* Unknown values: the nearest description. */
    CHECK_EQ_U(run_clusctl("decode", "--json", "0x0A000009", (const char *)NULL), 0);
    CHECK(strstr(run_out.data, "\"names\":[],\"entries\":[],\"description\":null") != NULL);
    CHECK(strstr(run_out.data, "\"nearest\":\"CLCTL_GET_FLAGS on object 10\"") != NULL);
    CHECK_EQ_U(run_clusctl("decode", "0x05C00009", (const char *)NULL), 0);
    CHECK(strstr(run_out.data, "name      unknown; nearest: nothing matches\n") != NULL);
    CHECK_EQ_U(run_clusctl("decode", "0x05400005", (const char *)NULL), 0);
    CHECK(strstr(run_out.data, "nothing matches") != NULL);
    CHECK_EQ_U(run_clusctl("decode", "--json", "0x0B500006", (const char *)NULL), 0);
    CHECK(strstr(run_out.data, "\"nearest\":\"CLCTL_DELETE on object 11\"") != NULL);
    CHECK_EQ_U(run_clusctl("decode", "--json", "0x01500006", (const char *)NULL), 0);
    CHECK(strstr(run_out.data, "\"names\":[\"CLUSCTL_RESOURCE_DELETE\"]") != NULL);
    CHECK(strstr(run_out.data, "\"application_may_send\":false") != NULL);
    /* Policy lines. */
    CHECK_EQ_U(run_clusctl("decode", "CLUSCTL_RESOURCE_DELETE", (const char *)NULL), 0);
    CHECK(strstr(run_out.data, "sender    the Cluster service only (internal bit set)\n") != NULL);
    CHECK(strstr(run_out.data, "handle    ALL access (modify bit set)\n") != NULL);
    CHECK(strstr(run_out.data, "sdk       yes\n") != NULL);
    CHECK_EQ_U(run_clusctl("decode", "0x01000009", (const char *)NULL), 0);
    CHECK(strstr(run_out.data, "handle    READ access\n") != NULL);
    /* Docs errata are shown. */
    CHECK_EQ_U(run_clusctl("decode", "CLUSCTL_RESOURCE_VALIDATE_CHANGE_GROUP",
                           (const char *)NULL), 0);
    CHECK(strstr(run_out.data, "docs      docs page says 0x01202125") != NULL);
    /* An unknown name is "not found": exit 1, with suggestions. */
    CHECK_REFUSED("unknown name 'CLCTL_GET_FLAG'; did you mean CLCTL_GET_FLAGS",
                  "decode", "CLCTL_GET_FLAG");
    CHECK_REFUSED("unknown name 'xyz'\n", "decode", "xyz");
    CHECK_REFUSED("unknown name", "decode", "0x01600008", "CLUSCTL_RESOURCE_VM_STRAT_MIGRATION");
    CHECK_USAGE("option '--restype' needs a value", "decode", "1", "--restype");
    /* Decimal digits that look like hex copied without 0x: read as decimal,
     * with one note per operand. */
    CHECK_EQ_U(run_clusctl("decode", "1600004", "23068676", "1000009", (const char *)NULL), 0);
    CHECK(starts_with(run_out.data, "code      0x00186A04\n"));
    CHECK_STR(run_err.data,
              "clusctl: decode: note: 1600004 is read as decimal (0x00186A04); as hex, "
              "0x01600004 is CLUSCTL_RESOURCE_VM_START_MIGRATION\n"
              "clusctl: decode: note: 1000009 is read as decimal (0x000F4249); as hex, "
              "0x01000009 is CLUSCTL_RESOURCE_GET_FLAGS\n");
    CHECK_EQ_U(run_clusctl("decode", "--restype", "Virtual Machine Configuration",
                           "1600004", (const char *)NULL), 0);
    CHECK(strstr(run_err.data, "as hex, 0x01600004 is CLUSCTL_RESOURCE_VM_CONFIG_UPDATE\n") != NULL);
    /* Known as decimal, one digit, or 0x given: no note. */
    CHECK_EQ_U(run_clusctl("decode", "9", "0x1600004", "23068680", (const char *)NULL), 0);
    CHECK_STR(run_err.data, "");
    /* A resource type the catalog does not know: a warning, the run goes on. */
    CHECK_EQ_U(run_clusctl("decode", "--restype", "Virtual Machin", "0x01600004",
                           (const char *)NULL), 0);
    CHECK(strstr(run_out.data, "name      CLUSCTL_RESOURCE_VM_START_MIGRATION (") != NULL);
    CHECK_STR(run_err.data, "clusctl: decode: warning: --restype 'Virtual Machin' is no "
                            "resource type the catalog knows (\"Virtual Machine\", "
                            "\"Virtual Machine Configuration\"): names are picked as "
                            "without it\n");
    /* The help of decode and annotate names the same types, from the catalog. */
    {
        static const char *const commands[] = {"decode", "annotate"};
        size_t k;
        for (k = 0; k < 2; k++) {
            CHECK_EQ_U(run_clusctl("help", commands[k], (const char *)NULL), 0);
            CHECK(strstr(run_out.data, "(\"Virtual Machine\", \"Virtual Machine Configuration\")")
                  != NULL);
        }
    }
    CHECK_EQ_U(run_clusctl("decode", "--restype", "virtual machine configuration",
                           "0x01600004", (const char *)NULL), 0);
    CHECK(strstr(run_out.data, "name      CLUSCTL_RESOURCE_VM_CONFIG_UPDATE (") != NULL);
    CHECK_STR(run_err.data, "");
}

/* What the buffers hold: two lines after sdk, the detail after a colon. */
static void test_decode_buffers(void)
{
    CHECK_EQ_U(run_clusctl("decode", "CLUSCTL_RESOURCE_GET_CHARACTERISTICS", (const char *)NULL), 0);
    CHECK(strstr(run_out.data, "\nsdk       yes\ninput     none\noutput    DWORD flags: "
                           "CLUS_CHAR_*\n") != NULL);
    CHECK_EQ_U(run_clusctl("decode", "CLUSCTL_RESOURCE_SET_PRIVATE_PROPERTIES", (const char *)NULL), 0);
    CHECK(strstr(run_out.data, "\ninput     property list\noutput    none\n") != NULL);
    CHECK_EQ_U(run_clusctl("decode", "CLUSCTL_RESOURCE_SET_MAINTENANCE_MODE", (const char *)NULL), 0);
    CHECK(strstr(run_out.data, "\ninput     struct: CLUS_MAINTENANCE_MODE_INFO\n") != NULL);
    CHECK_EQ_U(run_clusctl("decode", "CLUSCTL_RESOURCE_GET_FAILURE_INFO", (const char *)NULL), 0);
    CHECK(strstr(run_out.data, "\ninput     unknown (its docs page does not say)\n") != NULL);
    /* No page of its own (an operation; an unknown value): undocumented. */
    CHECK_EQ_U(run_clusctl("decode", "CLCTL_GET_CHARACTERISTICS", (const char *)NULL), 0);
    CHECK(strstr(run_out.data, "\ninput     undocumented (no docs page)\n"
                           "output    undocumented (no docs page)\n") != NULL);
    CHECK_EQ_U(run_clusctl("decode", "0x0A000009", (const char *)NULL), 0);
    CHECK(strstr(run_out.data, "\noutput    undocumented (no docs page)\n") != NULL);
    /* The docs line still follows. */
    CHECK_EQ_U(run_clusctl("decode", "CLUSCTL_RESOURCE_VALIDATE_CHANGE_GROUP", (const char *)NULL), 0);
    CHECK(strstr(run_out.data, "\noutput    none\ndocs      docs page says 0x01202125") != NULL);
    /* JSON: the data file's category names; details null when none. */
    CHECK_EQ_U(run_clusctl("decode", "--json", "CLUSCTL_RESOURCE_GET_CLASS_INFO", (const char *)NULL), 0);
    CHECK(strstr(run_out.data, "\"sdk\":true,\"input\":\"none\",\"output\":\"struct\","
                           "\"input_detail\":null,\"output_detail\":\"CLUS_RESOURCE_CLASS_INFO\","
                           "\"nearest\":null}\n") != NULL);
    CHECK_EQ_U(run_clusctl("decode", "--json", "CLUSCTL_CLUSTER_GET_COMMON_PROPERTIES", (const char *)NULL), 0);
    CHECK(strstr(run_out.data, "\"input\":\"none\",\"output\":\"property_list\",") != NULL);
    CHECK_EQ_U(run_clusctl("decode", "--json", "--restype", "Virtual Machine Configuration",
                   "0x01600004", (const char *)NULL), 0);
    CHECK(strstr(run_out.data, "\"input\":\"none\",\"output\":\"none\",") != NULL);
    CHECK_EQ_U(run_clusctl("help", "decode", (const char *)NULL), 0);
    CHECK(strstr(run_out.data, "input and output") != NULL);
    CHECK(strstr(run_out.data, "input_detail and output_detail") != NULL);
}

/* clusctl plist flags: one line per set bit, JSON, classes, and errors. */
static void test_plist_flags(void)
{
    CHECK_EQ_U(run_clusctl("plist", "flags", "CLUSCTL_RESOURCE_GET_CHARACTERISTICS", "0x5",
                   (const char *)NULL), 0);
    CHECK_STR(run_out.data, "0x00000001  CLUS_CHAR_QUORUM\n0x00000004  CLUS_CHAR_LOCAL_QUORUM\n");
    CHECK_STR(run_err.data, "");
    /* By number, in any case; an unknown bit is shown, never dropped. */
    CHECK_EQ_U(run_clusctl("plist", "flags", "0x02000005", "0x80000100", (const char *)NULL), 0);
    CHECK_STR(run_out.data, "0x00000100  CLUS_CHAR_COEXIST_IN_SHARED_VOLUME_GROUP\n"
                        "0x80000000  (unknown)\n");
    CHECK_EQ_U(run_clusctl("plist", "flags", "clusctl_node_get_characteristics", "0", (const char *)NULL), 0);
    CHECK_STR(run_out.data, "0x00000000  CLUS_CHAR_UNKNOWN\n");
    CHECK_EQ_U(run_clusctl("plist", "flags", "CLUSCTL_RESOURCE_GET_FLAGS", "3", (const char *)NULL), 0);
    CHECK_STR(run_out.data, "0x00000001  CLUS_FLAG_CORE\n0x00000002  (unknown)\n");
    CHECK_EQ_U(run_clusctl("plist", "flags", "CLUSCTL_RESOURCE_GET_FLAGS", "0", (const char *)NULL), 0);
    CHECK_STR(run_out.data, "0x00000000  (no bits set)\n");
    /* A page that names no constants: every bit unknown, set null. */
    CHECK_EQ_U(run_clusctl("plist", "flags", "CLUSCTL_GROUP_GET_FLAGS", "1", (const char *)NULL), 0);
    CHECK_STR(run_out.data, "0x00000001  (unknown)\n");
    CHECK_EQ_U(run_clusctl("plist", "flags", "--json", "CLUSCTL_GROUP_GET_FLAGS", "1", (const char *)NULL), 0);
    CHECK_STR(run_out.data, "{\"code\":\"0x03000009\",\"name\":\"CLUSCTL_GROUP_GET_FLAGS\","
                        "\"set\":null,\"value\":\"0x00000001\","
                        "\"flags\":[{\"value\":\"0x00000001\",\"name\":null}]}\n");
    /* JSON, options after operands. */
    CHECK_EQ_U(run_clusctl("plist", "flags", "CLUSCTL_RESOURCE_GET_CHARACTERISTICS", "0x105", "--json",
                   (const char *)NULL), 0);
    CHECK_STR(run_out.data,
              "{\"code\":\"0x01000005\",\"name\":\"CLUSCTL_RESOURCE_GET_CHARACTERISTICS\","
              "\"set\":\"CLUS_CHAR\",\"value\":\"0x00000105\",\"flags\":["
              "{\"value\":\"0x00000001\",\"name\":\"CLUS_CHAR_QUORUM\"},"
              "{\"value\":\"0x00000004\",\"name\":\"CLUS_CHAR_LOCAL_QUORUM\"},"
              "{\"value\":\"0x00000100\",\"name\":\"CLUS_CHAR_COEXIST_IN_SHARED_VOLUME_GROUP\"}]}\n");
    CHECK_EQ_U(run_clusctl("plist", "flags", "--json", "CLUSCTL_RESOURCE_GET_FLAGS", "0", (const char *)NULL), 0);
    CHECK(strstr(run_out.data, "\"set\":\"CLUS_FLAG\",\"value\":\"0x00000000\",\"flags\":[]}\n") != NULL);
    /* Classes: a value, then the subclass bits of that class. */
    CHECK_EQ_U(run_clusctl("plist", "flags", "CLUSCTL_RESOURCE_GET_CLASS_INFO", "1", (const char *)NULL), 0);
    CHECK_STR(run_out.data, "class     0x00000001  CLUS_RESCLASS_STORAGE\n");
    CHECK_EQ_U(run_clusctl("plist", "flags", "CLUSCTL_RESOURCE_TYPE_GET_CLASS_INFO", "1", "0xC0000000",
                   (const char *)NULL), 0);
    CHECK_STR(run_out.data, "class     0x00000001  CLUS_RESCLASS_STORAGE\n"
                        "subclass  0x40000000  CLUS_RESSUBCLASS_STORAGE_DISK\n"
                        "subclass  0x80000000  CLUS_RESSUBCLASS_STORAGE_SHARED_BUS\n");
    CHECK_EQ_U(run_clusctl("plist", "flags", "CLUSCTL_RESOURCE_GET_CLASS_INFO", "2", "0x80000001",
                   (const char *)NULL), 0);
    CHECK_STR(run_out.data, "class     0x00000002  CLUS_RESCLASS_NETWORK\n"
                        "subclass  0x00000001  (unknown)\n"
                        "subclass  0x80000000  CLUS_RESSUBCLASS_NETWORK_INTERNET_PROTOCOL\n");
    CHECK_EQ_U(run_clusctl("plist", "flags", "CLUSCTL_RESOURCE_GET_CLASS_INFO", "9", "0", (const char *)NULL), 0);
    CHECK_STR(run_out.data, "class     0x00000009  (unknown)\nsubclass  0x00000000  (no bits set)\n");
    CHECK_EQ_U(run_clusctl("plist", "flags", "--json", "CLUSCTL_RESOURCE_GET_CLASS_INFO", "1",
                   "0x40000000", (const char *)NULL), 0);
    CHECK_STR(run_out.data,
              "{\"code\":\"0x0100000D\",\"name\":\"CLUSCTL_RESOURCE_GET_CLASS_INFO\","
              "\"set\":\"CLUS_RESCLASS\",\"value\":\"0x00000001\","
              "\"class\":\"CLUS_RESCLASS_STORAGE\",\"subclass\":\"0x40000000\","
              "\"subclass_set\":\"CLUS_RESSUBCLASS_STORAGE\",\"flags\":["
              "{\"value\":\"0x40000000\",\"name\":\"CLUS_RESSUBCLASS_STORAGE_DISK\"}]}\n");
    CHECK_EQ_U(run_clusctl("plist", "flags", "--json", "CLUSCTL_RESOURCE_GET_CLASS_INFO", "0x8000",
                   (const char *)NULL), 0);
    CHECK(strstr(run_out.data, "\"class\":\"CLUS_RESCLASS_USER\",\"subclass\":null,"
                           "\"subclass_set\":null,\"flags\":[]}\n") != NULL);
    /* Codes that return no flags: exit 1. */
    CHECK_REFUSED("clusctl: plist flags: CLUSCTL_RESOURCE_GET_NAME returns no flags (output: string)",
                  "plist", "flags", "CLUSCTL_RESOURCE_GET_NAME", "1");
    CHECK_REFUSED("CLUSCTL_RESOURCE_GET_LOADBAL_PROCESS_LIST: its docs page does not say what "
                  "it returns",
                  "plist", "flags", "CLUSCTL_RESOURCE_GET_LOADBAL_PROCESS_LIST", "1");
    CHECK_REFUSED("CLCTL_GET_CHARACTERISTICS has no docs page", "plist", "flags",
                  "CLCTL_GET_CHARACTERISTICS", "1");
    CHECK_REFUSED("0x0A000005 is not in the catalog", "plist", "flags", "0x0A000005", "1");
    CHECK_REFUSED("unknown name 'CLUSCTL_RESOURCE_GET_FLAGZ'; did you mean "
                  "CLUSCTL_RESOURCE_GET_FLAGS", "plist", "flags", "CLUSCTL_RESOURCE_GET_FLAGZ", "1");
    /* Bad command lines: exit 2. */
    CHECK_USAGE("clusctl: plist: no subcommand given (decode, encode, syntax, flags)", "plist");
    CHECK_USAGE("clusctl: plist: unknown subcommand 'bits' (decode, encode, syntax, flags)",
                "plist", "bits");
    CHECK_USAGE("clusctl: plist flags: no CODE given", "plist", "flags");
    CHECK_USAGE("clusctl: plist flags: no CODE given", "plist", "flags", "--json");
    CHECK_USAGE("clusctl: plist flags: no VALUE given", "plist", "flags", "5");
    CHECK_USAGE("unexpected argument 'x'", "plist", "flags", "CLUSCTL_RESOURCE_GET_CLASS_INFO",
                "1", "2", "x");
    CHECK_USAGE("VALUE 'five' is not a number", "plist", "flags", "5", "five");
    CHECK_USAGE("VALUE '-1' is negative", "plist", "flags", "5", "-1");
    CHECK_USAGE("VALUE 0x100000000 is out of range (0 to 4294967295)", "plist", "flags", "5",
                "0x100000000");
    CHECK_USAGE("SUBCLASS 'x' is not a number", "plist", "flags",
                "CLUSCTL_RESOURCE_GET_CLASS_INFO", "1", "x");
    CHECK_USAGE("SUBCLASS is for the GET_CLASS_INFO codes; "
                "CLUSCTL_RESOURCE_GET_CHARACTERISTICS returns one DWORD", "plist", "flags",
                "CLUSCTL_RESOURCE_GET_CHARACTERISTICS", "1", "2");
    CHECK_USAGE("unknown option '--bits'", "plist", "flags", "--bits", "5", "1");
    CHECK_USAGE("'0xZ' is not a number", "plist", "flags", "0xZ", "1");
    /* Help. */
    CHECK_EQ_U(run_clusctl("plist", "--help", (const char *)NULL), 0);
    CHECK(starts_with(run_out.data, "usage: clusctl plist decode [--hex] [--value-list] "
                                    "[--strict] [--json] [FILE|-]\n"));
    CHECK(strstr(run_out.data, "\n       clusctl plist flags [--json] CODE VALUE [SUBCLASS]\n") != NULL);
    CHECK_EQ_U(run_clusctl("plist", "flags", "-h", (const char *)NULL), 0);
    CHECK(starts_with(run_out.data, "usage: clusctl plist flags [--json] CODE VALUE [SUBCLASS]\n\n"
                                    "Name the bits of the DWORD a code returns"));
    CHECK(strstr(run_out.data, "plist decode") == NULL);
    CHECK_EQ_U(run_clusctl("help", "plist", (const char *)NULL), 0);
    CHECK(strstr(run_out.data, "clusctl plist flags CLUSCTL_RESOURCE_GET_CHARACTERISTICS 0x5\n") != NULL);
}

/* One JSON style on every command: each line of the output is one JSON
 * value (an object, or "[" and "]" around a listing's objects, one a line,
 * comma-separated), compact (no white space outside strings), every key
 * snake_case. A scanner of its own, not the tool's JSON reader. */
static void check_json_style(const char *out)
{
    const char *p = out;
    int depth = 0;
    while (*p != '\0') {
        const char *line_end = strchr(p, '\n');
        if (!CHECK(line_end != NULL))
            return;
        if (line_end - p == 1 && (*p == '[' || *p == ']')) {
            p = line_end + 1;
            continue;
        }
        CHECK(*p == '{');
        for (; p < line_end; p++) {
            if (*p == '"') {
                const char *start = ++p;
                int key;
                while (p < line_end && *p != '"')
                    p += *p == '\\' ? 2 : 1;
                if (!CHECK(p < line_end))
                    return;
                key = p[1] == ':';
                if (key) {
                    const char *k;
                    for (k = start; k < p; k++)
                        if (!CHECK((*k >= 'a' && *k <= 'z') || (*k >= '0' && *k <= '9') ||
                                   *k == '_'))
                            fprintf(stderr, "    key %.*s\n", (int)(p - start), start);
                }
                continue;
            }
            if (!CHECK(*p != ' ' && *p != '\t' && *p != '\r'))
                fprintf(stderr, "    white space in %.40s\n", p);
            depth += (*p == '{' || *p == '[') - (*p == '}' || *p == ']');
        }
        /* A listing's objects end with a comma, but the last. */
        CHECK(depth == 0);
        p = line_end + 1;
    }
}

static void test_json_style(void)
{
    static const char *const runs[][8] = {
        {"decode", "--json", "0x01600004", "0xFFFFFFFF", "0x00400249", NULL},
        {"encode", "--json", "--object", "1", "--function", "2", NULL},
        {"lookup", "--json", "CLCTL_GET_FLAGS", NULL},
        {"lookup", "--search", "--json", "vm_", NULL},
        {"list", "--json", "--object", "9", NULL},
        {"vm", "table", "--json", NULL},
        {"vm", "start", "--dest", "node2", "--json", NULL},
        {"vm", "cancel", "--json", NULL},
        {"vm", "control", "0x0100007D", "--json", NULL},
        {"vm", "control", "0x01000079", "--json", NULL},
        {"plist", "syntax", "--json", "0x00010002", "CLUSPROP_SYNTAX_NAME", NULL},
        {"plist", "flags", "--json", "0x01000005", "5", NULL},
        {"plist", "flags", "--json", "CLUSCTL_RESOURCE_GET_CLASS_INFO", "1", "0x40000000", NULL},
    };
    size_t i;
    for (i = 0; i < sizeof runs / sizeof runs[0]; i++) {
        harness_test = runs[i][0];
        CHECK_EQ_U(run_clusctl(runs[i][0], runs[i][1], runs[i][2], runs[i][3], runs[i][4],
                               runs[i][5], runs[i][6], runs[i][7]),
                   0);
        check_json_style(run_out.data);
    }
    harness_test = "test_json_style";
}

/* JSON never holds less than the text: for each code, every hex number and
 * every control-code name of decode --verbose's text is in its JSON, and so
 * is every line's value whose label says it is free text (about, source,
 * note, docs, page: their text after any "NAME: "). */
static void test_json_holds_the_text(void)
{
    static const char *const codes[] = {"0x01600004", "0x01600008", "0x0A000009",
                                        "0x00400249", "0x01000005", "0xFFFFFFFF",
                                        "CLUSCTL_RESOURCE_UNKNOWN", "0x00000009",
                                        "0x01000082", "0x06000009"};
    size_t i;
    for (i = 0; i < sizeof codes / sizeof codes[0]; i++) {
        char *text, *json;
        const char *line, *end;
        harness_test = codes[i];
        CHECK_EQ_U(run_clusctl("decode", "--verbose", codes[i], (const char *)NULL), 0);
        text = strdup_or_die(run_out.data);
        CHECK_EQ_U(run_clusctl("decode", "--json", codes[i], (const char *)NULL), 0);
        json = strdup_or_die(run_out.data);
        for (line = text; *line != '\0'; line = *end != '\0' ? end + 1 : end) {
            const char *p, *value;
            end = strchr(line, '\n');
            if (end == NULL)
                end = line + strlen(line);
            value = line + 10; /* "label     value" */
            if (end - line <= 10)
                continue;
            /* Hex numbers and names, anywhere in the line. */
            for (p = value; p < end; p++) {
                size_t n = 0;
                char token[128];
                if (p > value && (p[-1] == '_' || (p[-1] >= 'A' && p[-1] <= 'Z') ||
                                  (p[-1] >= '0' && p[-1] <= '9')))
                    continue;
                if (p[0] == '0' && p[1] == 'x')
                    while (p + n < end && strchr("0123456789ABCDEFabcdefx", p[n]) != NULL)
                        n++;
                else if (strncmp(p, "CLCTL_", 6) == 0 || strncmp(p, "CLUSCTL_", 8) == 0 ||
                         strncmp(p, "CTCTL_", 6) == 0)
                    while (p + n < end && (p[n] == '_' || (p[n] >= 'A' && p[n] <= 'Z') ||
                                           (p[n] >= '0' && p[n] <= '9')))
                        n++;
                if (n == 0 || n >= sizeof token)
                    continue;
                memcpy(token, p, n);
                token[n] = '\0';
                if (!CHECK(strstr(json, token) != NULL))
                    fprintf(stderr, "    %s (%.*s) is not in the JSON\n", token,
                            (int)(end - line), line);
            }
            /* Free text, whole. */
            if (strncmp(line, "about ", 6) == 0 || strncmp(line, "source ", 7) == 0 ||
                strncmp(line, "note ", 5) == 0 || strncmp(line, "docs ", 5) == 0 ||
                strncmp(line, "page ", 5) == 0) {
                char piece[512];
                const char *colon = strstr(value, ": ");
                size_t n;
                if ((strncmp(line, "note ", 5) == 0 || strncmp(line, "page ", 5) == 0) &&
                    colon != NULL && colon < end && strncmp(value, "CL", 2) == 0)
                    value = colon + 2;
                /* Each " | "-separated item (the docs errata), as a JSON
                 * string holds it. */
                while (value < end) {
                    const char *stop = strstr(value, " | ");
                    if (stop == NULL || stop > end || strncmp(line, "docs ", 5) != 0)
                        stop = end;
                    for (n = 0; value < stop && n + 2 < sizeof piece; value++) {
                        if (*value == '"' || *value == '\\')
                            piece[n++] = '\\';
                        piece[n++] = *value;
                    }
                    piece[n] = '\0';
                    if (!CHECK(strstr(json, piece) != NULL))
                        fprintf(stderr, "    '%s' is not in the JSON\n", piece);
                    value = stop < end ? stop + 3 : end;
                }
            }
        }
        free(json);
        free(text);
    }
    harness_test = "test_json_holds_the_text";
}

/* Every line of every command's help fits in 78 columns. */
/* Every line of every help, the man page rendered aside, is at most 80
 * columns wide; wrapped lists are at most CLI_HELP_WIDTH (78). */
static void test_help_width(void)
{
    size_t i;
    static const char *const runs[][4] = {
        {"--help", NULL, NULL, NULL},       {"help", "help", NULL, NULL},
        {"help", "decode", NULL, NULL},     {"help", "encode", NULL, NULL},
        {"help", "lookup", NULL, NULL},     {"help", "list", NULL, NULL},
        {"help", "vm", NULL, NULL},         {"help", "annotate", NULL, NULL},
        {"help", "plist", NULL, NULL},      {"help", "vm", "start", NULL},
        {"vm", "table", "--help", NULL},    {"plist", "decode", "--help", NULL},
        {"plist", "flags", "--help", NULL}, {"help", "--man", NULL, NULL},
        {"help", "vm", "cancel", NULL},     {"help", "vm", "control", NULL},
        {"help", "vm", "dot", NULL},        {"help", "plist", "encode", NULL},
        {"help", "plist", "syntax", NULL},
    };
    for (i = 0; i < sizeof runs / sizeof runs[0]; i++) {
        const char *line, *end;
        harness_test = runs[i][1] != NULL ? runs[i][1] : runs[i][0];
        CHECK_EQ_U(run_clusctl(runs[i][0], runs[i][1], runs[i][2], runs[i][3]), 0);
        /* Every @list@ and @range:NAME@ token was expanded. */
        CHECK(strchr(run_out.data, '@') == NULL);
        for (line = run_out.data; *line != '\0'; line = *end != '\0' ? end + 1 : end) {
            size_t width = 0;
            const char *p;
            end = strchr(line, '\n');
            if (end == NULL)
                end = line + strlen(line);
            /* roff: "\-" and "\e" are one column. */
            for (p = line; p < end; p++)
                if (!(*p == '\\' && p + 1 < end && (p[1] == '-' || p[1] == 'e')))
                    width++;
            if (!CHECK(width <= 80))
                fprintf(stderr, "    %.*s\n", (int)(end - line), line);
        }
    }
    harness_test = "test_help_width";
}

static void test_lookup(void)
{
    CHECK_EQ_U(run_clusctl("lookup", "CLUSCTL_RESOURCE_VM_START_MIGRATION", (const char *)NULL), 0);
    CHECK(starts_with(run_out.data, "CLUSCTL_RESOURCE_VM_START_MIGRATION = 0x01600004\n"
                  "code      0x01600004\n"
                  "name      CLUSCTL_RESOURCE_VM_START_MIGRATION (hyperv, Virtual Machine)\n"));
    CHECK(strstr(run_out.data, "function  1 ") != NULL);
    CHECK_EQ_U(run_clusctl("lookup", "clctl_get_flags", (const char *)NULL), 0);
    CHECK(starts_with(run_out.data, "CLCTL_GET_FLAGS = 0x00000009\n"));
    CHECK_EQ_U(run_clusctl("lookup", "--json", "CLUSCTL_RESOURCE_VM_CREATE_SWITCHPORTS", (const char *)NULL), 0);
    CHECK(strstr(run_out.data, "\"names\":[\"CLUSCTL_RESOURCE_VM_CREATE_SWITCHPORTS\","
                               "\"CLUSCTL_RESOURCE_VM_CANCEL_MIGRATION\"]") != NULL);
    CHECK_EQ_U(count_lines(run_out.data), 1);
    CHECK_REFUSED("unknown name 'CLUSCTL_RESOURCE_VM_START_MIGRATOIN'; did you mean "
                  "CLUSCTL_RESOURCE_VM_START_MIGRATION, ",
                  "lookup", "CLUSCTL_RESOURCE_VM_START_MIGRATOIN");
    CHECK_REFUSED("unknown name 'CLUSCTL_RESOURCE_GET_FLAG'; did you mean "
                  "CLUSCTL_RESOURCE_GET_FLAGS", "lookup", "CLUSCTL_RESOURCE_GET_FLAG");
    CHECK_REFUSED("unknown name 'nothing_like_it'\n", "lookup", "nothing_like_it");
    /* No close name: the names that hold the text, the same on every command. */
    CHECK_REFUSED("unknown name 'GET_FLAGS'; did you mean CLCTL_GET_FLAGS, "
                  "CLUSCTL_RESOURCE_GET_FLAGS, CLUSCTL_RESOURCE_TYPE_GET_FLAGS or one "
                  "of 4 more ('clusctl lookup --search GET_FLAGS')?\n",
                  "lookup", "GET_FLAGS");
    CHECK_REFUSED("clusctl: decode: unknown name 'GET_FLAGS'; did you mean CLCTL_GET_FLAGS, ",
                  "decode", "GET_FLAGS");
    CHECK_REFUSED("unknown name 'vm_start_migration'; did you mean "
                  "CLUSCTL_RESOURCE_VM_START_MIGRATION?\n", "lookup", "vm_start_migration");
    /* --search: part of a name, or a glob; any case; by value. */
    CHECK_EQ_U(run_clusctl("lookup", "--search", "get_flags", (const char *)NULL), 0);
    CHECK_STR(run_out.data, "0x00000009  CLCTL_GET_FLAGS\n"
                            "0x01000009  CLUSCTL_RESOURCE_GET_FLAGS\n"
                            "0x02000009  CLUSCTL_RESOURCE_TYPE_GET_FLAGS\n"
                            "0x03000009  CLUSCTL_GROUP_GET_FLAGS\n"
                            "0x04000009  CLUSCTL_NODE_GET_FLAGS\n"
                            "0x05000009  CLUSCTL_NETWORK_GET_FLAGS\n"
                            "0x06000009  CLUSCTL_NETINTERFACE_GET_FLAGS\n");
    CHECK_STR(run_err.data, "");
    CHECK_EQ_U(run_clusctl("lookup", "--search", "*Get_Flags", (const char *)NULL), 0);
    CHECK_EQ_U(count_lines(run_out.data), 7);
    CHECK_EQ_U(run_clusctl("lookup", "--search", "CLCTL_GET_FLAG?", (const char *)NULL), 0);
    CHECK_STR(run_out.data, "0x00000009  CLCTL_GET_FLAGS\n");
    CHECK_EQ_U(run_clusctl("lookup", "--search", "CLCTL_GET_FLAG", (const char *)NULL), 0);
    CHECK_STR(run_out.data, "0x00000009  CLCTL_GET_FLAGS\n");
    CHECK_EQ_U(run_clusctl("lookup", "--search", "CLCTL_GET_FLAG*", "clcTL_get_flags", (const char *)NULL), 0);
    CHECK_STR(run_out.data, "0x00000009  CLCTL_GET_FLAGS\n");
    CHECK_EQ_U(run_clusctl("lookup", "--search", "--json", "*_GROUP_GET_FLAGS", (const char *)NULL), 0);
    CHECK(starts_with(run_out.data, "{\"value\":\"0x03000009\","));
    CHECK_EQ_U(count_lines(run_out.data), 1);
    /* Operands that are all globs search without --search. */
    CHECK_EQ_U(run_clusctl("lookup", "*GET_FLAGS", (const char *)NULL), 0);
    CHECK_EQ_U(count_lines(run_out.data), 7);
    CHECK(starts_with(run_out.data, "0x00000009  CLCTL_GET_FLAGS\n0x01000009  "));
    CHECK_EQ_U(run_clusctl("lookup", "--json", "*_GROUP_GET_FLAG?", "CLCTL_GET_FLAG?",
                           (const char *)NULL), 0);
    CHECK_EQ_U(count_lines(run_out.data), 2);
    CHECK(starts_with(run_out.data, "{\"value\":\"0x00000009\","));
    CHECK_REFUSED("no name matches '*NO_SUCH_FLAGS'", "lookup", "*NO_SUCH_FLAGS");
    CHECK_USAGE("'*GET_FLAGS' is a pattern: give patterns alone, or use --search", "lookup",
                "CLCTL_GET_FLAGS", "*GET_FLAGS");
    CHECK_REFUSED("no name matches 'CLCTL_GET_FLAGS_'", "lookup", "--search", "CLCTL_GET_FLAGS_");
    CHECK_REFUSED("no name matches '*FLAGS?'", "lookup", "--search", "*FLAGS?");
    CHECK_USAGE("no PATTERN given", "lookup", "--search");
    CHECK_USAGE("an empty PATTERN", "lookup", "--search", "");
    CHECK_USAGE("no NAME given", "lookup");
    CHECK_USAGE("'0x01600004' is a number: use 'clusctl decode 0x01600004'",
                "lookup", "0x01600004");
    CHECK_USAGE("'CLCTL-GET' is not a name", "lookup", "CLCTL-GET");
}

static void test_list(void)
{
    size_t lines;
    CHECK_EQ_U(run_clusctl("list", (const char *)NULL), 0);
    lines = count_lines(run_out.data);
    CHECK_EQ_U(lines, clusctl_catalog_size() + 1);
    CHECK(starts_with(run_out.data, "VALUE       NAME"));
    CHECK(strstr(run_out.data, "\n0x01600004  CLUSCTL_RESOURCE_VM_START_MIGRATION ") != NULL);
    CHECK_EQ_U(run_clusctl("list", "--format", "csv", (const char *)NULL), 0);
    CHECK_EQ_U(count_lines(run_out.data), clusctl_catalog_size() + 1);
    CHECK(starts_with(run_out.data, "name,value,kind,provenance,resource_type,object,"));
    CHECK(strstr(run_out.data, "\nCLUSCTL_RESOURCE_VM_CONFIG_UPDATE,0x01600004,code,hyperv,"
                               "Virtual Machine Configuration,1,0,1,1,0,1,0,ALL,1,") != NULL);
    CHECK(strstr(run_out.data, "\nCLCTL_UNKNOWN,0x00000000,operation,sdk,,0,0,0,0,0,0,0,READ,1,"
                               "Checks that control codes are being processed on the node the "
                               "call is directed to; no buffers.,\n") != NULL);
    /* One object: the value's object, whatever the name's prefix says. */
    CHECK_EQ_U(run_clusctl("list", "--object", "groupset", "--format=csv", (const char *)NULL), 0);
    CHECK_EQ_U(count_lines(run_out.data), 1 + 9);
    CHECK(strstr(run_out.data, "\nCLUSCTL_GROUP_GET_PROVIDER_GROUPS,0x08002D7D,") != NULL);
    CHECK_EQ_U(run_clusctl("list", "--object", "9", "--format", "json", (const char *)NULL), 0);
    CHECK(starts_with(run_out.data, "[\n{\"value\":\"0x09000039\","));
    CHECK_EQ_U(count_lines(run_out.data), 1 + 5 + 1);
    CHECK(strstr(run_out.data, "}\n]\n") != NULL);
    CHECK_EQ_U(run_clusctl("list", "--object", "200", "--format", "json", (const char *)NULL), 0);
    CHECK_STR(run_out.data, "[]\n");
    CHECK_EQ_U(run_clusctl("list", "--object", "200", (const char *)NULL), 0);
    CHECK_EQ_U(count_lines(run_out.data), 1);
    CHECK_USAGE("--format 'xml' is not table, csv or json", "list", "--format", "xml");
    /* --json is --format json; values in any case. */
    {
        char *json_out;
        CHECK_EQ_U(run_clusctl("list", "--object", "9", "--format", "json", (const char *)NULL), 0);
        json_out = strdup_or_die(run_out.data);
        CHECK_EQ_U(run_clusctl("list", "--object", "9", "--json", (const char *)NULL), 0);
        CHECK_STR(run_out.data, json_out);
        CHECK_EQ_U(run_clusctl("list", "--object", "9", "--format", "JSON", "--json", (const char *)NULL), 0);
        CHECK_STR(run_out.data, json_out);
        free(json_out);
    }
    CHECK_EQ_U(run_clusctl("list", "--object", "9", "--format", "CSV", (const char *)NULL), 0);
    CHECK(starts_with(run_out.data, "name,value,kind,"));
    CHECK_EQ_U(run_clusctl("list", "--object", "9", "--format", "Table", (const char *)NULL), 0);
    CHECK(starts_with(run_out.data, "VALUE       NAME"));
    CHECK_USAGE("--json and --format csv ask for two formats", "list", "--json", "--format", "csv");
    CHECK_USAGE("unknown name 'rsrc' for --object; expected a number or one of: invalid, "
                "resource, ", "list", "--object", "rsrc");
    CHECK_USAGE("--object 256 is out of range (0 to 255)", "list", "--object", "256");
    CHECK_USAGE("--object '-1' is negative: expected 0x-prefixed hex or decimal "
                "from 0 to 255", "list", "--object", "-1");
    CHECK_USAGE("unexpected argument 'x'", "list", "x");
}

static void test_vm_start(void)
{
    CHECK_EQ_U(run_clusctl("vm", "start", "--dest", "node2", "--json", (const char *)NULL), 0);
    CHECK_VM_JSON(0, "ERROR_SUCCESS", 2, 1);
    /* The whole model, nodes and states by name, as the text shows it. */
    CHECK_STR(run_out.data,
              "{\"status\":0,\"status_name\":\"ERROR_SUCCESS\",\"vm\":{\"vm_state\":2,"
              "\"vm_state_name\":\"enabled\",\"migration_state\":1,"
              "\"migration_state_name\":\"setup\",\"host\":\"node1\",\"source\":\"node1\","
              "\"destination\":\"node2\",\"failure_reason\":\"0x00000000\",\"progress\":0,"
              "\"vm_id\":null,\"offline_action\":1,\"shutdown_action\":0,"
              "\"check_heartbeat\":0,\"start_memory\":1,\"virtual_numa_count\":1}}\n");
    CHECK_EQ_U(run_clusctl("vm", "start", "--dest", "node2", (const char *)NULL), 0);
    CHECK_STR(run_out.data, "status           ERROR_SUCCESS (0)\n"
                            "vm state         enabled (2)\n"
                            "migration state  setup (1)\n"
                            "host             node1\n"
                            "source           node1\n"
                            "destination      node2\n"
                            "failure reason   0x00000000\n"
                            "progress         0\n");
    /* Refusals: exit 1, the model unchanged. */
    CHECK_EQ_U(run_clusctl("vm", "start", "--dest", "node2", "--vm-state", "paused", "--json",
                           (const char *)NULL), 1);
    CHECK_VM_JSON(5023, "ERROR_INVALID_STATE", 32768, 0);
    CHECK_STR(run_err.data, "");
    CHECK_EQ_U(run_clusctl("vm", "start", "--dest", "node2", "--vm-state", "OFFLINE", "--json",
                           (const char *)NULL), 1);
    CHECK(strstr(run_out.data, "\"vm_state\":3,") != NULL);
    CHECK_EQ_U(run_clusctl("vm", "start", "--dest", "node2", "--caller", "node2", "--json",
                           (const char *)NULL), 1);
    CHECK(strstr(run_out.data, "\"status\":5023") != NULL);
    CHECK_EQ_U(run_clusctl("vm", "start", "--dest", "node2", "--migration-state", "data-transfer",
                           "--json", (const char *)NULL), 1);
    CHECK_VM_JSON(5023, "ERROR_INVALID_STATE", 2, 2);
    CHECK_EQ_U(run_clusctl("vm", "start", "--dest", "node2", "--migration-state", "failure",
                           "--json", (const char *)NULL), 0);
    CHECK(strstr(run_out.data, "\"migration_state\":1,") != NULL);
    CHECK_EQ_U(run_clusctl("vm", "start", "--dest", "node1", "--json", (const char *)NULL), 1);
    CHECK(strstr(run_out.data, "\"status\":5048,\"status_name\":\"ERROR_CLUSTER_INVALID_REQUEST\"") != NULL);
    CHECK_EQ_U(run_clusctl("vm", "start", "--dest", "node3", "--nodes", "node1,node2", "--json",
                           (const char *)NULL), 1);
    CHECK(strstr(run_out.data, "\"status_name\":\"ERROR_CLUSTER_NODE_NOT_FOUND\"") != NULL);
    CHECK_EQ_U(run_clusctl("vm", "start", "--dest", "node3", "--nodes", "node1,node2", "--down",
                           "node3", "--json", (const char *)NULL), 1);
    CHECK(strstr(run_out.data, "\"status_name\":\"ERROR_CLUSTER_NODE_DOWN\"") != NULL);
    CHECK_EQ_U(run_clusctl("vm", "start", "--dest", "NODE2", "--host", "hv-a", "--nodes",
                           "hv-a,node2", (const char *)NULL), 0);
    CHECK(strstr(run_out.data, "host             hv-a\ndestination      node2\n") == NULL);
    CHECK(strstr(run_out.data, "destination      node2\n") != NULL);
    CHECK_EQ_U(run_clusctl("vm", "start", "--dest", "", "--json", (const char *)NULL), 1);
    CHECK(strstr(run_out.data, "\"status_name\":\"ERROR_INVALID_COMPUTERNAME\"") != NULL);
    CHECK_EQ_U(run_clusctl("vm", "start", "--dest", "\xC3\x28", "--json", (const char *)NULL), 1);
    CHECK(strstr(run_out.data, "\"status_name\":\"ERROR_NO_UNICODE_TRANSLATION\"") != NULL);
    CHECK_EQ_U(run_clusctl("vm", "start", "--dest", "n\xC5\x93ud", "--nodes", "node1,N\xC5\x92UD",
                           "--json", (const char *)NULL), 1); /* only ASCII letters fold */
    CHECK(strstr(run_out.data, "\"status_name\":\"ERROR_CLUSTER_NODE_NOT_FOUND\"") != NULL);
    CHECK_EQ_U(run_clusctl("vm", "start", "--dest", "n\xC5\x93ud", "--nodes", "node1,n\xC5\x93ud",
                           "--json", (const char *)NULL), 0);
    /* Undocumented numbers are taken and refused by the machine. */
    CHECK_EQ_U(run_clusctl("vm", "start", "--dest", "node2", "--vm-state", "1", "--json",
                           (const char *)NULL), 1);
    CHECK(strstr(run_out.data, "\"vm_state\":1,") != NULL);
    CHECK_EQ_U(run_clusctl("vm", "start", "--dest", "node2", "--migration-state", "9", "--json",
                           (const char *)NULL), 1);
    /* Usage errors. */
    CHECK_USAGE("--dest is required", "vm", "start");
    CHECK_USAGE("unknown name 'running' for --vm-state", "vm", "start",
                "--dest", "node2", "--vm-state", "running");
    CHECK_USAGE("unknown name 'cancelled' for --migration-state", "vm", "start", "--dest",
                "node2", "--migration-state", "cancelled");
    CHECK_USAGE("--vm-state 0x1FFFFFFFF is out of range (0 to 4294967295)", "vm", "start",
                "--dest", "node2", "--vm-state", "0x1FFFFFFFF");
    CHECK_USAGE("--nodes 'node1,,node2' has an empty node name", "vm", "start", "--dest",
                "node2", "--nodes", "node1,,node2");
    CHECK_USAGE("node 'node2' is in both --nodes and --down", "vm", "start", "--dest",
                "node2", "--nodes", "node1,node2", "--down", "node2");
    CHECK_USAGE("unknown option '--destination'", "vm", "start", "--destination", "node2");
    CHECK_USAGE("unexpected argument 'node2'", "vm", "start", "node2");
}

static void test_vm_cancel(void)
{
    CHECK_EQ_U(run_clusctl("vm", "cancel", "--json", (const char *)NULL), 0);
    CHECK_VM_JSON(0, "ERROR_SUCCESS", 2, 4);
    CHECK_EQ_U(run_clusctl("vm", "cancel", "--migration-state", "data-transfer", "--json",
                           (const char *)NULL), 0);
    CHECK(strstr(run_out.data, "\"migration_state\":4,") != NULL);
    CHECK_EQ_U(run_clusctl("vm", "cancel", "--migration-state", "move", "--json",
                           (const char *)NULL), 1);
    CHECK_VM_JSON(5023, "ERROR_INVALID_STATE", 2, 3);
    /* Unknown: an undocumented state has no name, a node none: null. */
    CHECK_EQ_U(run_clusctl("vm", "cancel", "--migration-state", "77", "--json",
                           (const char *)NULL), 1);
    CHECK(strstr(run_out.data, "\"migration_state\":77,\"migration_state_name\":null,"
                               "\"host\":\"node1\",\"source\":null,\"destination\":null,") != NULL);
    CHECK_EQ_U(run_clusctl("vm", "cancel", "--migration-state", "0", "--json",
                           (const char *)NULL), 1);
    CHECK_EQ_U(run_clusctl("vm", "cancel", "--source", "hv-a", "--caller", "hv-b", "--json",
                           (const char *)NULL), 1);
    CHECK(strstr(run_out.data, "\"migration_state\":1,") != NULL);
    CHECK_EQ_U(run_clusctl("vm", "cancel", "--source", "hv-a", "--caller", "HV-A",
                           (const char *)NULL), 0);
    CHECK(strncmp(run_out.data, "status           ERROR_SUCCESS (0)\n", 35) == 0);
    CHECK(strstr(run_out.data, "migration state  canceled (4)\n") != NULL);
    CHECK_USAGE("unknown option '--dest'", "vm", "cancel", "--dest", "node2");
}

static void test_vm_table(void)
{
    size_t rows;
    (void)clusctl_machine_transitions(&rows);
    CHECK_EQ_U(run_clusctl("vm", "table", (const char *)NULL), 0);
    CHECK(starts_with(run_out.data, "### VmState\n\n| from | event | to | guards | effect |\n"));
    CHECK(strstr(run_out.data, "### MigrationState") != NULL);
    CHECK_EQ_U(run_clusctl("vm", "table", "--format", "csv", (const char *)NULL), 0);
    CHECK_EQ_U(count_lines(run_out.data), rows + 1);
    CHECK_EQ_U(run_clusctl("vm", "table", "--format=json", (const char *)NULL), 0);
    CHECK(starts_with(run_out.data, "[\n{\"machine\":\"vm\",\"from\":3,"));
    CHECK_EQ_U(run_clusctl("vm", "dot", (const char *)NULL), 0);
    CHECK(starts_with(run_out.data, "digraph clusctl {\n"));
    CHECK(strstr(run_out.data, "subgraph cluster_migration") != NULL);
    CHECK_USAGE("--format 'xml' is not md, csv or json", "vm", "table", "--format", "xml");
    CHECK_EQ_U(run_clusctl("vm", "table", "--json", (const char *)NULL), 0);
    CHECK(starts_with(run_out.data, "[\n{\"machine\":\"vm\",\"from\":3,"));
    CHECK_EQ_U(run_clusctl("vm", "table", "--format", "MD", (const char *)NULL), 0);
    CHECK(starts_with(run_out.data, "### VmState\n"));
    CHECK_EQ_U(run_clusctl("vm", "table", "--format", "Csv", (const char *)NULL), 0);
    CHECK_EQ_U(count_lines(run_out.data), rows + 1);
    CHECK_USAGE("--json and --format md ask for two formats", "vm", "table", "--format", "md", "--json");
    CHECK_USAGE("unknown option '--json'", "vm", "dot", "--json");
    CHECK_USAGE("unknown option '--format'", "vm", "dot", "--format", "md");
    CHECK_USAGE("no subcommand given", "vm");
    CHECK_USAGE("unknown subcommand 'stop'", "vm", "stop");
    CHECK_EQ_U(run_clusctl("vm", "--help", (const char *)NULL), 0);
    CHECK(starts_with(run_out.data, "usage: clusctl vm start --dest NODE"));
    CHECK_EQ_U(run_clusctl("help", "vm", (const char *)NULL), 0);
    CHECK(strstr(run_out.data, "clusctl vm cancel") != NULL);
    CHECK_EQ_U(run_clusctl("vm", "start", "--help", (const char *)NULL), 0);
    CHECK(strstr(run_out.data, "--migration-state M") != NULL);
}

static void test_bad_encode(void)
{
    CHECK_USAGE("--function 262144 is out of range (0 to 262143)", "encode",
                "--object", "1", "--function", "262144");
    CHECK_USAGE("--function 0xFFFFFFFF is out of range", "encode", "--object",
                "1", "--function", "0xFFFFFFFF");
    CHECK_USAGE("--object 256 is out of range (0 to 255)", "encode", "--object",
                "256", "--function", "1");
    CHECK_USAGE("--access 4 is out of range (0 to 3)", "encode", "--object",
                "1", "--function", "1", "--access", "4");
    CHECK_USAGE("unknown name 'foo' for --object", "encode",
                "--object", "foo", "--function", "1");
    CHECK_USAGE("unknown name 'all' for --access; expected a number or one of: any, ", "encode",
                "--object", "1", "--function", "1", "--access", "all");
    /* Every message states the field's real range, from the library. */
    CHECK_USAGE("--function '-1' is negative: expected 0x-prefixed hex or decimal "
                "from 0 to 262143", "encode", "--object", "1", "--function", "-1");
    CHECK_USAGE("--object '-1' is negative: expected 0x-prefixed hex or decimal "
                "from 0 to 255", "encode", "--object", "-1", "--function", "1");
    CHECK_USAGE("--access '-1' is negative: expected 0x-prefixed hex or decimal "
                "from 0 to 3", "encode", "--object", "1", "--function", "1",
                "--access", "-1");
    CHECK_USAGE("--object 0x100 is out of range (0 to 255)", "encode", "--object",
                "0x100", "--function", "1");
    /* Beyond 32 bits too: the range, not the width of the parser. */
    CHECK_USAGE("--function 5000000000 is out of range (0 to 262143)", "encode",
                "--object", "1", "--function", "5000000000");
    CHECK_USAGE("--object 0x1FFFFFFFF is out of range (0 to 255)", "encode", "--object",
                "0x1FFFFFFFF", "--function", "1");
    CHECK_USAGE("--access 99999999999 is out of range (0 to 3)", "encode", "--object",
                "1", "--function", "1", "--access", "99999999999");
    CHECK_USAGE("--object 4294967296 is out of range (0 to 255)", "list", "--object",
                "4294967296");
    CHECK_USAGE("--vm-state '-1' is negative: expected 0x-prefixed hex or decimal "
                "from 0 to 4294967295", "vm", "start", "--dest", "node2",
                "--vm-state", "-1");
    CHECK_USAGE("--migration-state '-2' is negative: expected 0x-prefixed hex or "
                "decimal from 0 to 4294967295", "vm", "cancel",
                "--migration-state", "-2");
    CHECK_USAGE("--function 'two' is not a number", "encode", "--object", "1",
                "--function", "two");
    CHECK_USAGE("--object '1x' is not a number", "encode", "--object", "1x",
                "--function", "1");
    CHECK_USAGE("--object is required", "encode", "--function", "1");
    CHECK_USAGE("--function is required", "encode", "--object", "1");
    CHECK_USAGE("option '--object' needs a value", "encode", "--function", "1",
                "--object");
    CHECK_USAGE("option '--global' given twice", "encode", "--object", "1",
                "--function", "1", "--global", "--global");
    CHECK_USAGE("option '--object' given twice", "encode", "--object", "1",
                "--object", "2", "--function", "1");
    CHECK_USAGE("unexpected argument '7'", "encode", "--object", "1",
                "--function", "1", "7");
    CHECK_USAGE("unknown option '--funtion'", "encode", "--object", "1",
                "--funtion", "1");
}

static void test_bad_commands(void)
{
    CHECK_EQ_U(run_clusctl((const char *)NULL), 2);
    CHECK_EQ_U(count_lines(run_err.data), 1);
    CHECK(strstr(run_err.data, "no command given") != NULL);
    CHECK_USAGE("unknown command 'decod'", "decod", "1");
    CHECK_USAGE("unknown option '--bogus'", "--bogus");
    CHECK_USAGE("unknown command 'nope'", "help", "nope");
    CHECK_USAGE("unexpected argument 'x'", "--version", "x");
}

static void test_help_and_version(void)
{
    char expected[64];
    CHECK_EQ_U(run_clusctl("--version", (const char *)NULL), 0);
    snprintf(expected, sizeof expected, "clusctl %s\n", clusctl_version_string());
    CHECK_STR(run_out.data, expected);
    CHECK_EQ_U(run_clusctl("--help", (const char *)NULL), 0);
    CHECK(strstr(run_out.data, "usage: clusctl COMMAND") != NULL);
    CHECK(strstr(run_out.data, "  decode ") != NULL);
    CHECK(strstr(run_out.data, "  encode ") != NULL);
    CHECK(strstr(run_out.data, "  lookup ") != NULL);
    CHECK(strstr(run_out.data, "  list ") != NULL);
    CHECK(strstr(run_out.data, "  vm ") != NULL);
    CHECK(strstr(run_out.data, "  plist    Take apart what control codes carry") != NULL);
    CHECK_STR(run_err.data, "");
    CHECK_EQ_U(run_clusctl("help", (const char *)NULL), 0);
    CHECK(strstr(run_out.data, "usage: clusctl COMMAND") != NULL);
    CHECK_EQ_U(run_clusctl("help", "decode", (const char *)NULL), 0);
    CHECK(starts_with(run_out.data, "usage: clusctl decode [--json] [--verbose] [--restype NAME] CODE...\n"));
    CHECK(strstr(run_out.data, "Examples:") != NULL);
    CHECK_EQ_U(run_clusctl("help", "encode", (const char *)NULL), 0);
    CHECK(strstr(run_out.data, "--function N") != NULL);
    CHECK_EQ_U(run_clusctl("encode", "--help", (const char *)NULL), 0);
    CHECK(starts_with(run_out.data, "usage: clusctl encode"));
    CHECK_EQ_U(run_clusctl("decode", "-h", (const char *)NULL), 0);
    CHECK(starts_with(run_out.data, "usage: clusctl decode"));
    /* -V is --version. */
    CHECK_EQ_U(run_clusctl("-V", (const char *)NULL), 0);
    CHECK_STR(run_out.data, expected);
    CHECK_USAGE("unexpected argument 'x' after -V", "-V", "x");
    /* Every command's --help is its `help COMMAND`. */
    {
        size_t i;
        static const char *const commands[] = {"decode", "encode", "lookup", "list",
                                               "vm", "annotate", "plist"};
        for (i = 0; i < sizeof commands / sizeof commands[0]; i++) {
            char *help;
            char usage[64];
            harness_test = commands[i];
            CHECK_EQ_U(run_clusctl("help", commands[i], (const char *)NULL), 0);
            help = strdup_or_die(run_out.data);
            snprintf(usage, sizeof usage, "usage: clusctl %s", commands[i]);
            CHECK(starts_with(help, usage));
            CHECK_EQ_U(run_clusctl(commands[i], "--help", (const char *)NULL), 0);
            CHECK_STR(run_out.data, help);
            CHECK_STR(run_err.data, "");
            free(help);
        }
        harness_test = "test_help_and_version";
    }
    /* help help, and a subcommand's help. */
    CHECK_EQ_U(run_clusctl("help", "help", (const char *)NULL), 0);
    CHECK(starts_with(run_out.data, "usage: clusctl help [COMMAND [SUBCOMMAND]]\n"));
    {
        char *help;
        CHECK_EQ_U(run_clusctl("vm", "start", "--help", (const char *)NULL), 0);
        help = strdup_or_die(run_out.data);
        CHECK_EQ_U(run_clusctl("help", "vm", "start", (const char *)NULL), 0);
        CHECK_STR(run_out.data, help);
        free(help);
        CHECK_EQ_U(run_clusctl("plist", "decode", "--help", (const char *)NULL), 0);
        help = strdup_or_die(run_out.data);
        CHECK_EQ_U(run_clusctl("help", "plist", "decode", (const char *)NULL), 0);
        CHECK_STR(run_out.data, help);
        free(help);
    }
    /* Each subcommand has help of its own: its usage, its summary and its
     * options, not its siblings'; the command's help lists them all. */
    {
        static const char *const subs[][3] = {
            {"vm", "start", "--dest NODE"},        {"vm", "cancel", "--source NODE"},
            {"vm", "control", "--out-size N"},     {"vm", "table", "--format F"},
            {"vm", "dot", "Graphviz"},             {"plist", "decode", "--value-list"},
            {"plist", "encode", "--hex"},          {"plist", "syntax", "SYNTAX"},
            {"plist", "flags", "SUBCLASS"},
        };
        size_t i, k;
        for (i = 0; i < sizeof subs / sizeof subs[0]; i++) {
            char *help, *parent, usage[64], listed[64];
            harness_test = subs[i][1];
            CHECK_EQ_U(run_clusctl("help", subs[i][0], subs[i][1], (const char *)NULL), 0);
            help = strdup_or_die(run_out.data);
            CHECK_EQ_U(run_clusctl(subs[i][0], subs[i][1], "--help", (const char *)NULL), 0);
            CHECK_STR(run_out.data, help);
            snprintf(usage, sizeof usage, "usage: clusctl %s %s", subs[i][0], subs[i][1]);
            CHECK(starts_with(help, usage));
            CHECK(strstr(help, subs[i][2]) != NULL);
            for (k = 0; k < sizeof subs / sizeof subs[0]; k++) {
                snprintf(usage, sizeof usage, "clusctl %s %s [", subs[k][0], subs[k][1]);
                if (k != i)
                    CHECK(strstr(help, usage) == NULL);
            }
            CHECK_EQ_U(run_clusctl("help", subs[i][0], (const char *)NULL), 0);
            parent = strdup_or_die(run_out.data);
            snprintf(listed, sizeof listed, "\n  %-8s ", subs[i][1]);
            CHECK(strstr(parent, listed) != NULL);
            snprintf(usage, sizeof usage, "\n       clusctl %s %s", subs[i][0], subs[i][1]);
            CHECK(starts_with(parent + strlen("usage:"), usage + strlen("\n      ")) ||
                  strstr(parent, usage) != NULL);
            CHECK_EQ_U(run_clusctl("help", "--man", (const char *)NULL), 0);
            snprintf(usage, sizeof usage, "\n.SS %s %s\n", subs[i][0], subs[i][1]);
            CHECK(strstr(run_out.data, usage) != NULL);
            free(parent);
            free(help);
        }
        harness_test = "test_help_and_version";
    }
    CHECK_USAGE("unknown subcommand 'stop'", "help", "vm", "stop");
    CHECK_USAGE("unexpected argument 'x'", "help", "decode", "x");
    CHECK_USAGE("unexpected argument 'y'", "help", "vm", "start", "y");
    CHECK_USAGE("unexpected argument 'x'", "help", "help", "x");
    /* The man page's footer: the release date, from version.h. */
    CHECK_EQ_U(run_clusctl("help", "--man", (const char *)NULL), 0);
    CHECK(starts_with(run_out.data, ".TH CLUSCTL 1 \"" CCTL_RELEASE_DATE "\" \"clusctl "));
}

/* A write error, on every command: one line, "cannot write the output:
 * REASON", exit status 3 (not 1, "refused"). */
static void test_write_errors(void)
{
#if defined(__linux__)
    static const char *const runs[][4] = {
        {"decode", "0x01600008", NULL, NULL},
        {"encode", "--object", "1", "--function"},
        {"lookup", "CLCTL_GET_FLAGS", NULL, NULL},
        {"lookup", "--search", "flags", NULL},
        {"list", NULL, NULL, NULL},
        {"list", "--json", NULL, NULL},
        {"vm", "table", NULL, NULL},
        {"vm", "start", "--dest", "node2"},
        {"plist", "syntax", "0x00010002", NULL},
        {"help", "decode", NULL, NULL},
        {"--version", NULL, NULL, NULL},
    };
    size_t i;
    for (i = 0; i < sizeof runs / sizeof runs[0]; i++) {
        FILE *full = fopen("/dev/full", "w");
        char expected[128], name_buf[32];
        const char *name = runs[i][0][0] == '-' ? NULL : runs[i][0];
        /* A subcommand's messages name it: "clusctl: vm table: ...". */
        if (strcmp(runs[i][0], "vm") == 0 || strcmp(runs[i][0], "plist") == 0) {
            snprintf(name_buf, sizeof name_buf, "%s %s", runs[i][0], runs[i][1]);
            name = name_buf;
        }
        if (!CHECK(full != NULL))
            return;
        harness_test = runs[i][0];
        if (i == 1)
            CHECK_EQ_U(run_clusctl_to(full, "encode", "--object", "1", "--function", "2",
                                      (const char *)NULL), CCTL_EXIT_OUTPUT);
        else
            CHECK_EQ_U(run_clusctl_to(full, runs[i][0], runs[i][1], runs[i][2], runs[i][3],
                                      (const char *)NULL), CCTL_EXIT_OUTPUT);
        snprintf(expected, sizeof expected, "clusctl: %s%scannot write the output: %s\n",
                 name != NULL ? name : "", name != NULL ? ": " : "", strerror(ENOSPC));
        CHECK_STR(run_err.data, expected);
        fclose(full);
    }
    harness_test = "test_write_errors";
#endif
}

int main(void)
{
    RUN(test_decode_table);
    RUN(test_decode_table_warnings);
    RUN(test_decode_json);
    RUN(test_json_holds_the_text);
    RUN(test_json_style);
    RUN(test_decode_several_tables);
    RUN(test_encode);
    RUN(test_bad_codes);
    RUN(test_decode_names);
    RUN(test_decode_buffers);
    RUN(test_plist_flags);
    RUN(test_help_width);
    RUN(test_lookup);
    RUN(test_list);
    RUN(test_vm_start);
    RUN(test_vm_cancel);
    RUN(test_vm_table);
    RUN(test_bad_encode);
    RUN(test_bad_commands);
    RUN(test_help_and_version);
    RUN(test_write_errors);
    run_clusctl_free();
    return harness_finish();
}
