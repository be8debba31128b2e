/* clusctl plist decode, encode and syntax, run in process on the golden
 * vectors of plist_vectors.h (written by hand from the format): the text and
 * JSON they print, decode --json | encode giving back every canonical
 * vector, every prefix refused with one line naming its offset and nothing
 * on stdout, hex text in the forms hex dumps write, and JSON errors with
 * their position. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli_runner.h"
#include "clusctl/clusctl.h"
#include "harness.h"
#include "plist_vectors.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static const char *const bin_file = "test_plist_cli.bin";
static const char *const txt_file = "test_plist_cli.txt";

static void write_file(const char *name, const void *data, size_t size)
{
    FILE *f = fopen(name, "wb");
    if (f == NULL || (size != 0 && fwrite(data, 1, size, f) != size) || fclose(f) != 0) {
        fprintf(stderr, "cannot write %s\n", name);
        exit(1);
    }
}

static const struct {
    const char *name;
    const unsigned char *bytes;
    size_t size;
    int value_list;
} vectors[] = {
#define VEC(v, vl) {#v, v, sizeof v, vl}
    VEC(vec_one_dword, 0),     VEC(vec_one_dword_final, 0), VEC(vec_vm_ro, 0),
    VEC(vec_vm_ro_failed, 0),  VEC(vec_every_format, 0),    VEC(vec_two_values, 0),
    VEC(vec_expand_pair, 0),   VEC(vec_multi_sz, 0),        VEC(vec_nested, 0),
    VEC(vec_nested_vlist, 0),  VEC(vec_storage, 1),         VEC(vec_two_disks, 1),
    VEC(vec_empty_plist, 0),   VEC(vec_empty_plist_bare, 0), VEC(vec_empty_vlist, 1),
#undef VEC
};

/* The VM's read-only properties, as text and as JSON. */
static void test_decode_vm(void)
{
    write_file(bin_file, vec_vm_ro, sizeof vec_vm_ro);
    CHECK_EQ_U(run_clusctl("plist", "decode", bin_file, (const char *)NULL), 0);
    CHECK_STR(run_out.data, "VmState = 2  DWORD\n"
                            "MigrationProgress = 42  DWORD\n"
                            "MigrationFailureReason = 0  DWORD\n");
    CHECK_STR(run_err.data, "");
    CHECK_EQ_U(run_clusctl("plist", "decode", "--json", bin_file, (const char *)NULL), 0);
    CHECK_STR(run_out.data,
              "{\"kind\":\"property_list\",\"size\":180,\"count\":3,\"final_endmark\":true,"
              "\"properties\":[{\"name\":\"VmState\",\"offset\":4,\"values\":[{\"syntax\":"
              "\"0x00010002\",\"syntax_name\":\"CLUSPROP_SYNTAX_LIST_VALUE_DWORD\",\"type\":"
              "\"LIST_VALUE\",\"format\":\"DWORD\",\"length\":4,\"offset\":28,\"value\":2}]},"
              "{\"name\":\"MigrationProgress\",\"offset\":44,\"values\":[{\"syntax\":"
              "\"0x00010002\",\"syntax_name\":\"CLUSPROP_SYNTAX_LIST_VALUE_DWORD\",\"type\":"
              "\"LIST_VALUE\",\"format\":\"DWORD\",\"length\":4,\"offset\":88,\"value\":42}]},"
              "{\"name\":\"MigrationFailureReason\",\"offset\":104,\"values\":[{\"syntax\":"
              "\"0x00010002\",\"syntax_name\":\"CLUSPROP_SYNTAX_LIST_VALUE_DWORD\",\"type\":"
              "\"LIST_VALUE\",\"format\":\"DWORD\",\"length\":4,\"offset\":160,\"value\":0}]}]}\n");
    /* A storage value list. */
    write_file(bin_file, vec_storage, sizeof vec_storage);
    CHECK_EQ_U(run_clusctl("plist", "decode", "--value-list", bin_file, (const char *)NULL), 0);
    CHECK_STR(run_out.data, "[0] DISK_SIGNATURE = 305419896  DWORD, type SIGNATURE\n"
                            "[1] SCSI_ADDRESS = 50462976  DWORD, type SCSI_ADDRESS\n"
                            "[2] DISK_NUMBER = 1  DWORD, type DISK_NUMBER\n"
                            "[3] DISK_SIZE = 1000000000000  ULARGE_INTEGER, type DISK_SIZE\n"
                            "[4] DISK_SERIALNUMBER = \"SN1\"  SZ, type DISK_SERIALNUMBER\n"
                            "[5] PARTITION_INFO_EX = 010203040506  BINARY, type "
                            "PARTITION_INFO_EX\n");
}

/* decode --json | encode is the identity on every canonical vector. */
static void test_round_trips(void)
{
    size_t i;
    for (i = 0; i < COUNT(vectors); i++) {
        char *json;
        harness_test = vectors[i].name;
        write_file(bin_file, vectors[i].bytes, vectors[i].size);
        CHECK_EQ_U(run_clusctl("plist", "decode", "--json",
                               vectors[i].value_list ? "--value-list" : "--", bin_file,
                               (const char *)NULL),
                   0);
        json = (char *)malloc(run_out.len + 1);
        if (json == NULL)
            exit(1);
        memcpy(json, run_out.data, run_out.len + 1);
        write_file(txt_file, json, strlen(json));
        free(json);
        CHECK_EQ_U(run_clusctl("plist", "encode", txt_file, (const char *)NULL), 0);
        CHECK_EQ_U(run_out.len, vectors[i].size);
        if (!CHECK(run_out.len == vectors[i].size &&
                   memcmp(run_out.data, vectors[i].bytes, vectors[i].size) == 0))
            fprintf(stderr, "    stderr: %s", run_err.data);
    }
    harness_test = "test_round_trips";
}

/* Whether the first n bytes of a vector are MS-CMRP's form of it: a
 * property list that ends with Windows' final ENDMARK, less that ENDMARK
 * (the library's reader, tested on its own in test_plist, says so). */
static int bare_form(const unsigned char *b, size_t size, int value_list, size_t n)
{
    clusctl_plist_reader r;
    clusctl_plist_error e;
    if (value_list || n + 4 != size)
        return 0;
    memset(&r, 0, sizeof r);
    memset(&e, 0, sizeof e);
    return clusctl_plist_open(&r, b, size, 0, &e) == CCTL_ERROR_SUCCESS && r.final_endmark &&
           clusctl_plist_validate(b, n, 0, &e) == CCTL_ERROR_SUCCESS;
}

/* Every prefix of every vector but the whole (and but MS-CMRP's form of a
 * list that ends with the final ENDMARK, which is a list too): exit 1, one
 * line on stderr naming an offset within the prefix, nothing on stdout. */
static void test_prefixes_refused(void)
{
    size_t i, n;
    unsigned long bad = 0;
    for (i = 0; i < COUNT(vectors); i++) {
        for (n = 0; n < vectors[i].size; n++) {
            unsigned long offset = 0;
            int rc;
            write_file(bin_file, vectors[i].bytes, n);
            if (bare_form(vectors[i].bytes, vectors[i].size, vectors[i].value_list, n)) {
                CHECK_EQ_U(run_clusctl("plist", "decode", bin_file, (const char *)NULL), 0);
                continue;
            }
            rc = run_clusctl("plist", "decode", vectors[i].value_list ? "--value-list" : "--",
                             bin_file, (const char *)NULL);
            if (rc != 1 || run_out.len != 0 || count_lines(run_err.data) != 1 ||
                sscanf(run_err.data, "clusctl: plist decode: offset %lu: ", &offset) != 1 ||
                offset > n) {
                if (bad++ < 5)
                    fprintf(stderr, "%s, %lu bytes: rc %d, stderr %s", vectors[i].name,
                            (unsigned long)n, rc, run_err.data);
            }
        }
    }
    CHECK_EQ_U(bad, 0);
}

/* The example message, and --strict. */
static void test_messages(void)
{
    unsigned char b[sizeof vec_one_dword];
    memcpy(b, vec_one_dword, sizeof b);
    b[32] = 0x00;
    b[33] = 0x10; /* the DWORD's length: 4096 */
    write_file(bin_file, b, sizeof b);
    CHECK_EQ_U(run_clusctl("plist", "decode", bin_file, (const char *)NULL), 1);
    CHECK_STR(run_err.data, "clusctl: plist decode: offset 32: value length 4096 runs past "
                            "the end (44 bytes)\n");
    CHECK_STR(run_out.data, "");
    /* A padding byte that is not 0: read by default, refused by --strict. */
    memcpy(b, vec_one_dword, sizeof b);
    write_file(bin_file, vec_vm_ro, sizeof vec_vm_ro);
    CHECK_EQ_U(run_clusctl("plist", "decode", "--strict", bin_file, (const char *)NULL), 0);
    {
        unsigned char p[sizeof vec_vm_ro];
        memcpy(p, vec_vm_ro, sizeof p);
        p[158] = 0x55;
        write_file(bin_file, p, sizeof p);
        CHECK_EQ_U(run_clusctl("plist", "decode", bin_file, (const char *)NULL), 0);
        CHECK_EQ_U(run_clusctl("plist", "decode", "--strict", bin_file, (const char *)NULL), 1);
        CHECK(strstr(run_err.data, "offset 158: a padding byte is not 0 (PADDING_NOT_ZERO") != NULL);
    }
    CHECK_EQ_U(run_clusctl("plist", "decode", "no-such-file.bin", (const char *)NULL), 1);
    CHECK(strstr(run_err.data, "clusctl: plist decode: cannot open 'no-such-file.bin'") != NULL);
    CHECK_EQ_U(run_clusctl("plist", "decode", "a", "b", (const char *)NULL), 2);
    CHECK(strstr(run_err.data, "unexpected argument 'b'") != NULL);
}

/* Hex text: plain, with commas and 0x, and as xxd, hexdump -C and od -A x
 * -t x1 write it. */
static void test_hex_forms(void)
{
    static const char *const forms[] = {
        "01000000 0300040010000000 5600 6d00 5300 7400 6100 7400 6500 0000\n"
        "02000100 04000000 02000000 00000000\n",
        "0x01, 0x00, 0x00, 0x00, 0x03, 0x00, 0x04, 0x00, 0x10, 0x00, 0x00, 0x00,\n"
        "0x56, 0x00, 0x6d, 0x00, 0x53, 0x00, 0x74, 0x00, 0x61, 0x00, 0x74, 0x00,\n"
        "0x65, 0x00, 0x00, 0x00, 0x02, 0x00, 0x01, 0x00, 0x04, 0x00, 0x00, 0x00,\n"
        "0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00\n",
        "00000000: 0100 0000 0300 0400 1000 0000 5600 6d00  ............V.m.\n"
        "00000010: 5300 7400 6100 7400 6500 0000 0200 0100  S.t.a.t.e.......\n"
        "00000020: 0400 0000 0200 0000 0000 0000            ............\n",
        "00000000  01 00 00 00 03 00 04 00  10 00 00 00 56 00 6d 00  |............V.m.|\n"
        "00000010  53 00 74 00 61 00 74 00  65 00 00 00 02 00 01 00  |S.t.a.t.e.......|\n"
        "00000020  04 00 00 00 02 00 00 00  00 00 00 00              |............|\n"
        "0000002c\n",
        "000000 01 00 00 00 03 00 04 00 10 00 00 00 56 00 6d 00\n"
        "000010 53 00 74 00 61 00 74 00 65 00 00 00 02 00 01 00\n"
        "000020 04 00 00 00 02 00 00 00 00 00 00 00\n"
        "00002c\n",
    };
    size_t i;
    for (i = 0; i < COUNT(forms); i++) {
        write_file(txt_file, forms[i], strlen(forms[i]));
        CHECK_EQ_U(run_clusctl("plist", "decode", "--hex", txt_file, (const char *)NULL), 0);
        if (!CHECK(strcmp(run_out.data, "VmState = 2  DWORD\n") == 0))
            fprintf(stderr, "    form %lu: %s", (unsigned long)i, run_err.data);
    }
    write_file(txt_file, "01 0g", 5);
    CHECK_EQ_U(run_clusctl("plist", "decode", "--hex", txt_file, (const char *)NULL), 2);
    CHECK(strstr(run_err.data, "--hex: offset 4 of the text: not a pair of hex digits") != NULL);
    /* encode --hex writes what decode --hex reads. */
    write_file(bin_file, vec_every_format, sizeof vec_every_format);
    CHECK_EQ_U(run_clusctl("plist", "decode", "--json", bin_file, (const char *)NULL), 0);
    write_file(txt_file, run_out.data, run_out.len);
    CHECK_EQ_U(run_clusctl("plist", "encode", "--hex", txt_file, (const char *)NULL), 0);
    CHECK(strncmp(run_out.data, "0b 00 00 00 03 00 04 00", 23) == 0);
    write_file(txt_file, run_out.data, run_out.len);
    CHECK_EQ_U(run_clusctl("plist", "decode", "--hex", "--json", txt_file, (const char *)NULL), 0);
    CHECK(strstr(run_out.data, "\"count\":11") != NULL);
}

/* A value may give just format and value; every JSON error names where. */
static void test_encode_json(void)
{
    static const struct {
        const char *json;
        const char *error; /* NULL: encodes to vec_one_dword_final */
    } cases[] = {
        {"{\"kind\":\"property_list\",\"properties\":[{\"name\":\"VmState\",\"values\":"
         "[{\"format\":\"DWORD\",\"value\":2}]}]}",
         NULL},
        {"{\"kind\":\"property_list\",\"properties\":[{\"name\":\"VmState\",\"values\":"
         "[{\"syntax\":\"CLUSPROP_SYNTAX_LIST_VALUE_DWORD\",\"value\":2}]}]}",
         NULL},
        {"{\"kind\":\"property_list\",\"properties\":[{\"name\":\"VmState\",\"values\":"
         "[{\"syntax\":\"0x00010002\",\"format\":\"DWORD\",\"length\":4,\"value\":2}]}]}",
         NULL},
        {"{\"kind\":\"property_list\",", "line 1, column 25 (offset 24): expected a member"},
        {"[1]", "line 1, column 1 (offset 0): the document must be a list object"},
        {"{\"kind\":\"list\",\"properties\":[]}", "column 9 (offset 8): \"kind\" is neither"},
        {"{\"kind\":\"property_list\",\"properties\":[{\"name\":\"X\",\"values\":"
         "[{\"format\":\"DWORD\",\"value\":4294967296}]}]}",
         "offset 86): the number is not an integer in the format's range"},
        {"{\"kind\":\"property_list\",\"properties\":[{\"name\":\"X\",\"values\":"
         "[{\"format\":\"DWORX\",\"value\":1}]}]}",
         "offset 70): \"format\" is not a format name"},
        {"{\"kind\":\"property_list\",\"properties\":[{\"name\":\"X\",\"values\":"
         "[{\"syntax\":\"0x00010002\",\"format\":\"SZ\",\"value\":1}]}]}",
         "\"format\" does not match \"syntax\""},
        {"{\"kind\":\"property_list\",\"properties\":[{\"name\":\"X\",\"values\":"
         "[{\"format\":\"DWORD\",\"length\":8,\"value\":1}]}]}",
         "\"length\" does not match the value"},
        {"{\"kind\":\"property_list\",\"count\":2,\"properties\":[]}",
         "\"count\" is not the number of properties"},
        {"{\"kind\":\"property_list\",\"properties\":[{\"name\":\"\",\"values\":"
         "[{\"format\":\"DWORD\",\"value\":1}]}]}",
         "the writer refused it"},
        {"{\"kind\":\"property_list\",\"properties\":[{\"name\":\"X\",\"values\":[]}]}",
         "the writer refused it"},
        {"{\"kind\":\"property_list\",\"properties\":[{\"name\":\"X\",\"values\":"
         "[{\"format\":\"SZ\",\"value\":\"a\\u0000b\"}]}]}",
         "a string value may not hold a NUL"},
        {"{\"kind\":\"property_list\",\"properties\":[{\"name\":\"X\",\"values\":"
         "[{\"format\":\"BINARY\",\"value\":\"abc\"}]}]}",
         "the value must be pairs of hex digits"},
        {"{\"kind\":\"property_list\",\"properties\":[{\"name\":\"X\",\"values\":"
         "[{\"format\":\"MULTI_SZ\",\"value\":[\"a\",\"\"]}]}]}",
         "a MULTI_SZ cannot hold an empty string"},
    };
    size_t i;
    for (i = 0; i < COUNT(cases); i++) {
        write_file(txt_file, cases[i].json, strlen(cases[i].json));
        if (cases[i].error == NULL) {
            CHECK_EQ_U(run_clusctl("plist", "encode", txt_file, (const char *)NULL), 0);
            CHECK(run_out.len == sizeof vec_one_dword_final &&
                  memcmp(run_out.data, vec_one_dword_final, run_out.len) == 0);
            continue;
        }
        CHECK_EQ_U(run_clusctl("plist", "encode", txt_file, (const char *)NULL), 1);
        CHECK_EQ_U(run_out.len, 0);
        CHECK_EQ_U(count_lines(run_err.data), 1);
        if (!CHECK(strncmp(run_err.data, "clusctl: plist encode: line ", 28) == 0 &&
                   strstr(run_err.data, cases[i].error) != NULL))
            fprintf(stderr, "    case %lu: %s", (unsigned long)i, run_err.data);
    }
    /* final_endmark false: MS-CMRP's form. */
    {
        static const char bare[] =
            "{\"kind\":\"property_list\",\"final_endmark\":false,\"properties\":"
            "[{\"name\":\"VmState\",\"values\":[{\"format\":\"DWORD\",\"value\":2}]}]}";
        write_file(txt_file, bare, sizeof bare - 1);
    }
    CHECK_EQ_U(run_clusctl("plist", "encode", txt_file, (const char *)NULL), 0);
    CHECK(run_out.len == sizeof vec_one_dword &&
          memcmp(run_out.data, vec_one_dword, run_out.len) == 0);
}

static void test_syntax(void)
{
    CHECK_EQ_U(run_clusctl("plist", "syntax", "--json", "0x00010002", "clusprop_syntax_name",
                           "disk_size", "0xFFFF0000", (const char *)NULL),
               0);
    CHECK_STR(run_out.data,
              "{\"value\":\"0x00010002\",\"type\":1,\"type_name\":\"LIST_VALUE\",\"format\":2,"
              "\"format_name\":\"DWORD\",\"name\":\"CLUSPROP_SYNTAX_LIST_VALUE_DWORD\"}\n"
              "{\"value\":\"0x00040003\",\"type\":4,\"type_name\":\"NAME\",\"format\":3,"
              "\"format_name\":\"SZ\",\"name\":\"CLUSPROP_SYNTAX_NAME\"}\n"
              "{\"value\":\"0x000C0006\",\"type\":12,\"type_name\":\"DISK_SIZE\",\"format\":6,"
              "\"format_name\":\"ULARGE_INTEGER\",\"name\":\"CLUSPROP_SYNTAX_DISK_SIZE\"}\n"
              "{\"value\":\"0xFFFF0000\",\"type\":65535,\"type_name\":\"UNKNOWN\",\"format\":0,"
              "\"format_name\":\"UNKNOWN\",\"name\":null}\n");
    CHECK_EQ_U(run_clusctl("plist", "syntax", "0x00010002", (const char *)NULL), 0);
    CHECK_STR(run_out.data, "syntax    0x00010002\n"
                            "name      CLUSPROP_SYNTAX_LIST_VALUE_DWORD\n"
                            "type      1         LIST_VALUE\n"
                            "format    2         DWORD\n");
    CHECK_EQ_U(run_clusctl("plist", "syntax", "0x00010002", "LIST_VALUE_DWORX", (const char *)NULL), 1);
    CHECK_STR(run_out.data, "");
    /* Suggestions, as for control codes: the close names, closest first. */
    CHECK_STR(run_err.data, "clusctl: plist syntax: unknown name 'LIST_VALUE_DWORX'; did you mean "
                            "CLUSPROP_SYNTAX_LIST_VALUE_DWORD or "
                            "CLUSPROP_SYNTAX_LIST_VALUE_WORD?\n");
    CHECK_EQ_U(run_clusctl("plist", "syntax", "clusprop_syntax_disk_sze", (const char *)NULL), 1);
    CHECK_STR(run_err.data, "clusctl: plist syntax: unknown name 'clusprop_syntax_disk_sze'; "
                            "did you mean CLUSPROP_SYNTAX_DISK_SIZE?\n");
    CHECK_EQ_U(run_clusctl("plist", "syntax", "PARTITION_INFO_EX3", (const char *)NULL), 1);
    CHECK_STR(run_err.data, "clusctl: plist syntax: unknown name 'PARTITION_INFO_EX3'; did you mean "
                            "CLUSPROP_SYNTAX_PARTITION_INFO_EX or "
                            "CLUSPROP_SYNTAX_PARTITION_INFO_EX2?\n");
    CHECK_EQ_U(run_clusctl("plist", "syntax", "LIST_VALUE_", (const char *)NULL), 1);
    CHECK(strstr(run_err.data, "did you mean CLUSPROP_SYNTAX_LIST_VALUE_SZ?\n") != NULL);
    CHECK_EQ_U(run_clusctl("plist", "syntax", "NOTHING_LIKE_IT", (const char *)NULL), 1);
    CHECK_STR(run_err.data, "clusctl: plist syntax: unknown name 'NOTHING_LIKE_IT'; expected a "
                            "CLUSPROP_SYNTAX_* name\n");
    CHECK_EQ_U(run_clusctl("plist", "syntax", "0x1g", (const char *)NULL), 2);
    CHECK_EQ_U(run_clusctl("plist", "syntax", (const char *)NULL), 2);
}

int main(void)
{
    RUN(test_decode_vm);
    RUN(test_round_trips);
    RUN(test_prefixes_refused);
    RUN(test_messages);
    RUN(test_hex_forms);
    RUN(test_encode_json);
    RUN(test_syntax);
    remove(bin_file);
    remove(txt_file);
    run_clusctl_free();
    return harness_finish();
}
