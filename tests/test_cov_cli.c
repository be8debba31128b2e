/* The tool, in process: what test_cli, test_plist_cli and test_vm_cli leave
 * out (found by the coverage tier). Every message of plist encode's JSON
 * reader, decode's rarer values (laid out here in hex, byte by byte), the
 * input from standard input, too large, or a directory, output that cannot
 * be written (a full device, a closed pipe), and the vm command's rarer
 * options. Each case checks the exit status and the text. */
#if defined(__linux__)
#define _POSIX_C_SOURCE 200809L /* fdopen, pipe, signal */
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli_runner.h"
#include "harness.h"
#include "json_parse.h"

#if defined(__linux__)
#include <signal.h>
#include <unistd.h>
#define HAVE_POSIX_IO 1
#endif

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static const char *const tmp = "test_cov_cli.tmp";

static void write_file(const char *name, const void *data, size_t size)
{
    FILE *f = fopen(name, "wb");
    if (f == NULL || (size != 0 && fwrite(data, 1, size, f) != size) || fclose(f) != 0) {
        fprintf(stderr, "cannot write %s\n", name);
        exit(1);
    }
}

/* A case: the arguments ("@" is the file holding `input`), the exit
 * status, and text that stdout and stderr must hold ("" for empty). */
struct cli_case {
    const char *args[9];
    const char *input;
    int exit;
    const char *out, *err;
};

static const char *arg(const struct cli_case *c, int i)
{
    return c->args[i] != NULL && strcmp(c->args[i], "@") == 0 ? tmp : c->args[i];
}

static void check_text(const char *what, const run_text *t, const char *want)
{
    if (want == NULL)
        return;
    if (want[0] == '\0')
        CHECK_EQ_U(t->len, 0);
    else if (!CHECK(strstr(t->data, want) != NULL))
        fprintf(stderr, "    %s: \"%s\"\n    should hold \"%s\"\n", what, t->data, want);
}

static void run_cases(const struct cli_case *cases, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++) {
        const struct cli_case *c = &cases[i];
        int st;
        harness_test = c->input != NULL ? c->input : c->args[1];
        if (c->input != NULL)
            write_file(tmp, c->input, strlen(c->input));
        st = run_clusctl(arg(c, 0), arg(c, 1), arg(c, 2), arg(c, 3), arg(c, 4), arg(c, 5),
                         arg(c, 6), arg(c, 7), arg(c, 8), (const char *)NULL);
        CHECK_EQ_U(st, c->exit);
        check_text("stdout", &run_out, c->out);
        check_text("stderr", &run_err, c->err);
        if (c->exit != 0 && c->out != NULL && c->out[0] == '\0')
            CHECK_EQ_U(count_lines(run_err.data), 1); /* one line says why */
    }
    remove(tmp);
}

/* A property "A" with one value of `value_json`. */
#define ONE(value_json)                                                        \
    "{\"kind\":\"property_list\",\"properties\":[{\"name\":\"A\",\"values\":[" value_json "]}]}"
#define ENCODE {"plist", "encode", "--hex", "@"}

static const struct cli_case encode_cases[] = {
    {ENCODE, ONE("{\"syntax\":5,\"value\":1}"), 1, "", "\"syntax\" must be a string"},
    {ENCODE, ONE("{\"syntax\":\"bogus\",\"value\":1}"), 1, "",
     "\"syntax\" is neither a number nor a syntax name"},
    {ENCODE, ONE("{\"format\":\"BOGUS\",\"value\":1}"), 1, "", "\"format\" is not a format name"},
    {ENCODE, ONE("{\"format\":\"DWORD\",\"type\":\"BOGUS\",\"value\":1}"), 1, "",
     "\"type\" is not a type name"},
    {ENCODE, ONE("{\"format\":\"DWORD\",\"type\":\"SIGNATURE\",\"value\":1}"), 0,
     "02 00 05 00 04 00 00 00 01 00 00 00", ""},
    {ENCODE, ONE("{\"value\":1}"), 1, "", "a value needs \"syntax\" or \"format\""},
    {ENCODE, ONE("{\"syntax\":\"0x00010002\",\"type\":\"NAME\",\"value\":1}"), 1, "",
     "\"type\" does not match \"syntax\""},
    {ENCODE, ONE("{\"syntax\":\"0x00010002\",\"format\":\"SZ\",\"value\":1}"), 1, "",
     "\"format\" does not match \"syntax\""},
    {ENCODE, ONE("{\"syntax\":\"0x00010002\",\"format\":null,\"type\":null,\"value\":1}"), 0,
     "02 00 01 00 04 00 00 00 01 00 00 00", ""},
    {ENCODE, ONE("{\"syntax\":\"0x00010002\"}"), 1, "", "the value has no \"value\""},
    {ENCODE, ONE("{\"format\":\"DWORD\",\"value\":\"1\"}"), 1, "", "the value must be a number"},
    {ENCODE, ONE("{\"format\":\"DWORD\",\"value\":1.5}"), 1, "",
     "the number is not an integer in the format's range"},
    {ENCODE, ONE("{\"format\":\"LARGE_INTEGER\",\"value\":\"1x\"}"), 1, "",
     "not a decimal integer"},
    {ENCODE, ONE("{\"format\":\"LARGE_INTEGER\",\"value\":\"\"}"), 1, "", "not a decimal integer"},
    {ENCODE, ONE("{\"format\":\"ULARGE_INTEGER\",\"value\":\"-1\"}"), 1, "",
     "not a decimal integer in range"},
    {ENCODE, ONE("{\"format\":\"ULARGE_INTEGER\",\"value\":\"[1]\"}"), 1, "",
     "not a decimal integer in range"},
    {ENCODE, ONE("{\"format\":\"SZ\",\"value\":1}"), 1, "", "the value must be a string"},
    {ENCODE, ONE("{\"format\":\"SZ\",\"value\":\"a\\u0000b\"}"), 1, "",
     "a string value may not hold a NUL"},
    {ENCODE, ONE("1"), 1, "", "a value must be an object"},
    {ENCODE, ONE("{\"format\":\"MULTI_SZ\",\"value\":\"a\"}"), 1, "",
     "a MULTI_SZ value must be an array of strings"},
    {ENCODE, ONE("{\"format\":\"MULTI_SZ\",\"value\":[1]}"), 1, "", "the value must be a string"},
    {ENCODE, ONE("{\"format\":\"MULTI_SZ\",\"value\":[\"\"]}"), 1, "",
     "a MULTI_SZ cannot hold an empty string"},
    {ENCODE, ONE("{\"format\":\"PROPERTY_LIST\",\"value\":1}"), 1, "",
     "a nested list's value must be an object"},
    {ENCODE, ONE("{\"format\":\"PROPERTY_LIST\",\"value\":{\"kind\":\"x\"}}"), 1, "",
     "\"kind\" is neither \"property_list\" nor \"value_list\""},
    {ENCODE, ONE("{\"format\":\"PROPERTY_LIST\",\"value\":{}}"), 1, "",
     "a list needs \"kind\": \"property_list\" or \"value_list\""},
    {ENCODE, ONE("{\"format\":\"BINARY\",\"value\":1}"), 1, "",
     "the value must be a string of hex digits"},
    {ENCODE, ONE("{\"format\":\"BINARY\",\"value\":\"abc\"}"), 1, "",
     "the value must be pairs of hex digits"},
    {ENCODE, ONE("{\"format\":\"BINARY\",\"value\":\"zz\"}"), 1, "",
     "the value must be pairs of hex digits"},
    {ENCODE, ONE("{\"format\":\"BINARY\",\"value\":\"\",\"length\":0}"), 0,
     "01 00 01 00 00 00 00 00", ""},
    {ENCODE, ONE("{\"format\":\"BINARY\",\"value\":\"ab\",\"length\":5}"), 1, "",
     "\"length\" does not match the value"},
    {ENCODE, ONE("{\"format\":\"BINARY\",\"value\":\"ab\",\"length\":\"1\"}"), 1, "",
     "\"length\" must be an integer"},
    {ENCODE, ONE("{\"syntax\":\"0x00010008\",\"value\":\"x\"}"), 0, "08 00 01 00", ""},
    {ENCODE, "{\"properties\":[]}", 1, "", "the document must be a list object with \"kind\""},
    {ENCODE, "[1]", 1, "", "the document must be a list object with \"kind\""},
    {ENCODE, "{\"kind\":\"value_list\"}", 1, "", "a value list needs \"values\": [...]"},
    {ENCODE, "{\"kind\":\"property_list\",\"properties\":{}}", 1, "",
     "a property list needs \"properties\": [...]"},
    {ENCODE, "{\"kind\":\"property_list\",\"count\":2,\"properties\":[]}", 1, "",
     "\"count\" is not the number of properties"},
    {ENCODE, "{\"kind\":\"property_list\",\"properties\":[1]}", 1, "",
     "a property must be an object"},
    {ENCODE, "{\"kind\":\"property_list\",\"properties\":[{\"name\":1,\"values\":[]}]}", 1, "",
     "the value must be a string"},
    {ENCODE, "{\"kind\":\"property_list\",\"properties\":[{\"name\":\"A\"}]}", 1, "",
     "a property needs \"values\": [...]"},
    {ENCODE, "{\"kind\":\"property_list\",\"properties\":[{\"name\":\"A\",\"values\":[]}]}", 1, "",
     "the writer refused it: the property has no value (NO_VALUE)"},
    {ENCODE, "{\"kind\":\"property_list\",\"properties\":[{\"name\":\"\",\"values\":[]}]}", 1, "",
     "(NAME_EMPTY)"},
    {ENCODE, "{\"kind\":\"property_list\",\"final_endmark\":1,\"properties\":[]}", 1, "",
     "\"final_endmark\" must be true or false"},
    {ENCODE, "{\"kind\":\"property_list\",\"final_endmark\":false,\"properties\":[]}", 0,
     "00 00 00 00\n", ""},
    {ENCODE, "{\"kind\":\"value_list\",\"values\":[{\"format\":\"WORD\",\"value\":7}]}", 0,
     "0b 00 01 00 02 00 00 00 07 00 00 00 00 00 00 00\n", ""},
    {ENCODE, "{\"kind\":", 1, "", "line 1, column 9 (offset 8): "},
    {{"plist", "encode", "@", "extra"}, "{}", 2, "", "unexpected argument 'extra'"},
    {{"plist", "decode", "@", "extra"}, "{}", 2, "", "unexpected argument 'extra'"},
    {{"plist", "encode", "--bogus"}, NULL, 2, "", "--bogus"},
};

/* Lists nested one deeper than the writer allows: its refusal, by status. */
static void test_encode_too_deep(void)
{
    char json[2048];
    size_t len = 0;
    int i;
    len += (size_t)sprintf(json + len, "{\"kind\":\"value_list\",\"values\":[");
    for (i = 0; i < 9; i++)
        len += (size_t)sprintf(json + len, "{\"format\":\"VALUE_LIST\",\"value\":"
                                           "{\"kind\":\"value_list\",\"values\":[");
    len += (size_t)sprintf(json + len, "{\"format\":\"DWORD\",\"value\":1}");
    for (i = 0; i < 9; i++)
        len += (size_t)sprintf(json + len, "]}}");
    sprintf(json + len, "]}");
    write_file(tmp, json, strlen(json));
    CHECK_EQ_U(run_clusctl("plist", "encode", tmp, (const char *)NULL), 1);
    CHECK(strstr(run_err.data, "the writer refused it: a parameter is missing or out of range") !=
          NULL);
    CHECK_EQ_U(run_out.len, 0);
    remove(tmp);
}

/* More strings in one MULTI_SZ than the tool takes. */
static void test_encode_many_strings(void)
{
    static char json[8192];
    size_t len = 0;
    int i, n;
    for (n = 256; n <= 257; n++) {
        len = (size_t)sprintf(json, "{\"kind\":\"value_list\",\"values\":[{\"format\":\"MULTI_SZ\","
                                    "\"value\":[");
        for (i = 0; i < n; i++)
            len += (size_t)sprintf(json + len, "%s\"s\"", i == 0 ? "" : ",");
        sprintf(json + len, "]}]}");
        write_file(tmp, json, strlen(json));
        CHECK_EQ_U(run_clusctl("plist", "encode", tmp, (const char *)NULL), n == 256 ? 0 : 1);
        if (n == 256)
            CHECK_EQ_U(run_out.len, 8 + 256 * 4 + 4 + 4);
        else
            CHECK(strstr(run_err.data, "more than 256 strings in one MULTI_SZ") != NULL);
    }
    remove(tmp);
}

#define DECODE {"plist", "decode", "--hex", "@"}
/* A property list's count 1 and property "A"'s NAME value. */
#define NAME_A "01000000 03000400 04000000 41000000 "

static const struct cli_case decode_cases[] = {
    /* FILETIME 0: 1601-01-01, a January. */
    {DECODE, NAME_A "0c000100 08000000 00000000 00000000 00000000", 0,
     "A = 0 (1601-01-01T00:00:00.0000000Z)  FILETIME\n", ""},
    /* 2024-02-29T12:00:00Z: 133536816000000000 (0x01DA6B06D21DE000). */
    {DECODE, NAME_A "0c000100 08000000 00e01dd2 066bda01 00000000", 0,
     "(2024-02-29T12:00:00.0000000Z)", ""},
    /* A user format and an unknown type. */
    {DECODE, NAME_A "01800180 02000000 abcd0000 00000000", 0,
     "A = abcd  format 0x8001, type 0x8001\n", ""},
    {DECODE, NAME_A "00000000", 0, "A  (no value)\n", ""},
    /* Upper-case digits, leading white space, 0X. */
    {DECODE, "  01000000 03000400 04000000 41000000\n\t0X02000100 04000000 0A000000 00000000", 0,
     "A = 10  DWORD\n", ""},
    {{"plist", "decode", "--hex", "--value-list", "@"}, "99000100 02000000 abcd0000 00000000", 0,
     "[0] 0x00010099 = abcd  format 0x0099\n", ""},
    /* A control character in a string, as JSON. */
    {{"plist", "decode", "--hex", "--json", "@"},
     NAME_A "03000100 06000000 61000100 00000000 00000000", 0, "\"value\":\"a\\u0001\"", ""},
    /* syntax: an unnamed syntax, two operands, an unknown name. */
    {{"plist", "syntax", "0x00010099", "CLUSPROP_SYNTAX_NAME"}, NULL, 0,
     "name      none (the SDK names no such syntax)\ntype      1         LIST_VALUE\nformat    "
     "153       -\n\nsyntax    0x00040003\n",
     ""},
    {{"plist", "syntax", "CLUSPROP_SYNTAX_BOGUS"}, NULL, 1, "",
     "unknown name 'CLUSPROP_SYNTAX_BOGUS'; expected a CLUSPROP_SYNTAX_* name"},
    {{"plist", "syntax", "0x1x"}, NULL, 2, "", "is not a number"},
};

static const struct cli_case misc_cases[] = {
    {{"--version", "x"}, NULL, 2, "", "unexpected argument 'x' after --version"},
    {{"--help", "x"}, NULL, 2, "", "unexpected argument 'x' after --help"},
    /* Two names: a blank line between their tables. */
    {{"lookup", "CLCTL_GET_ID", "CLCTL_GET_NAME"}, NULL, 0,
     "\n\nCLCTL_GET_NAME = 0x00000029\n", ""},
    /* A pattern with a star after the name's end. */
    {{"lookup", "--search", "*CLUSCTL_RESOURCE_GET_FLAGS*"}, NULL, 0,
     "CLUSCTL_RESOURCE_GET_FLAGS", ""},
    /* Exactly two close names (both spell the same operation). */
    {{"lookup", "CLCTL_GET_REQUIRED_DEPENDENCIESQQQ"}, NULL, 1, "",
     "did you mean CLCTL_GET_REQUIRED_DEPENDENCIES or "
     "CLUSCTL_RESOURCE_GET_REQUIRED_DEPENDENCIES?\n"},
    /* Decimal 10, read as hex 0x10, has no name either way: no note. */
    {{"decode", "10"}, NULL, 0, "name      unknown; nearest: nothing matches\n", ""},
    /* A value the catalog does not hold on a known object. */
    {{"decode", "--json", "0x05000011"}, NULL, 0,
     "\"nearest\":\"CLCTL_GET_REQUIRED_DEPENDENCIES on NETWORK\"", ""},
    /* vm: an empty node name, too many nodes, bad numbers. */
    {{"vm", "start", "--dest", "n2", "--host", ""}, NULL, 2, "", "an empty node name"},
    {{"vm", "start", "--dest", "n2", "--progress", "x"}, NULL, 2, "", "--progress"},
    {{"vm", "start", "--dest", "n2", "--failure-reason", "E_BOGUS"}, NULL, 2, "",
     "--failure-reason"},
    {{"vm", "control", "--bogus"}, NULL, 2, "", "--bogus"},
    {{"vm", "control", "CLUSCTL_RESOURCE_GET_FLAGZ"}, NULL, 1, "", "unknown name"},
    {{"vm", "control", "CLUSCTL_RESOURCE_GET_PRIVATE_PROPERTIES", "--out-size", "x"}, NULL, 2, "",
     "--out-size"},
    {{"vm", "control", "CLUSCTL_RESOURCE_SET_PRIVATE_PROPERTIES", "--in", "no-such-file"}, NULL,
     1, "", "cannot open 'no-such-file'"},
    /* SET with an unknown property: the reason and the name. */
    {{"vm", "control", "CLUSCTL_RESOURCE_SET_PRIVATE_PROPERTIES", "--in-hex",
      "01000000 03000400 06000000 5a005a00 00000000 02000100 04000000 01000000 00000000"},
     NULL, 1, "refused          no property of the table has that name: ZZ\n", ""},
    /* A model from captured properties, its MigrationState overridden. */
    {{"vm", "cancel", "--properties", "@", "--hex", "--migration-state", "setup", "--json"},
     "01000000 03000400 10000000 56006d00 53007400 61007400 65000000 02000100 04000000 "
     "02000000 00000000",
     0, "\"status_name\":\"ERROR_SUCCESS\",\"vm\":{\"vm_state\":2,\"vm_state_name\":\"enabled\",\"migration_state\":4,", ""},
};

/* 64 up nodes and a host that is not one of them: one too many. */
static void test_too_many_nodes(void)
{
    char list[64 * 6];
    size_t len = 0;
    int i;
    for (i = 0; i < 64; i++)
        len += (size_t)sprintf(list + len, "%sn%d", i == 0 ? "" : ",", i);
    CHECK_EQ_U(run_clusctl("vm", "start", "--dest", "n1", "--host", "n0", "--nodes", list,
                           (const char *)NULL),
               0);
    CHECK_EQ_U(run_clusctl("vm", "start", "--dest", "n1", "--host", "other", "--nodes", list,
                           (const char *)NULL),
               2);
    CHECK_STR(run_err.data, "clusctl: vm start: too many nodes (a cluster has at most 64)\n");
}

/* Standard input: read whole ("-" or no FILE), and refused when it is
 * the output. */
static void test_standard_input(void)
{
    static const char hex[] = NAME_A "02000100 04000000 05000000 00000000";
    write_file(tmp, hex, strlen(hex));
    if (!CHECK(freopen(tmp, "rb", stdin) != NULL))
        return;
    CHECK_EQ_U(run_clusctl("plist", "decode", "--hex", "-", (const char *)NULL), 0);
    CHECK_STR(run_out.data, "A = 5  DWORD\n");
    rewind(stdin);
    CHECK_EQ_U(run_clusctl("plist", "decode", "--hex", (const char *)NULL), 0);
    CHECK_STR(run_out.data, "A = 5  DWORD\n");
    /* At its end: nothing more to read, an empty list. */
    CHECK_EQ_U(run_clusctl("plist", "decode", "-", (const char *)NULL), 1);
    CHECK(strstr(run_err.data, "offset 0: ") != NULL);
#if defined(HAVE_POSIX_IO)
    {
        FILE *out = fopen(tmp, "ab");
        if (CHECK(out != NULL)) {
            CHECK_EQ_U(run_clusctl_to(out, "annotate", "-", (const char *)NULL), 1);
            CHECK_STR(run_err.data, "clusctl: annotate: standard input is the output: refused\n");
            fclose(out);
        }
    }
#endif
    remove(tmp);
}

/* An input of more than 64 MiB (a sparse file: no disk written). */
static void test_input_too_large(void)
{
    FILE *f = fopen(tmp, "wb");
    if (!CHECK(f != NULL))
        return;
    CHECK(fseek(f, 64L * 1024 * 1024, SEEK_SET) == 0);
    CHECK(fputc(0, f) == 0);
    CHECK(fclose(f) == 0);
    CHECK_EQ_U(run_clusctl("plist", "decode", tmp, (const char *)NULL), 1);
    CHECK_STR(run_err.data, "clusctl: plist decode: test_cov_cli.tmp is larger than 67108864 bytes\n");
    if (CHECK(freopen(tmp, "rb", stdin) != NULL)) {
        CHECK_EQ_U(run_clusctl("plist", "encode", (const char *)NULL), 1);
        CHECK_STR(run_err.data,
                  "clusctl: plist encode: standard input is larger than 67108864 bytes\n");
    }
    /* 64 MiB exactly is read (and refused for what it holds). */
    f = fopen(tmp, "wb");
    if (!CHECK(f != NULL))
        return;
    CHECK(fseek(f, 64L * 1024 * 1024 - 1, SEEK_SET) == 0);
    CHECK(fputc(0, f) == 0);
    CHECK(fclose(f) == 0);
    CHECK_EQ_U(run_clusctl("plist", "decode", tmp, (const char *)NULL), 1);
    CHECK(strstr(run_err.data, "larger") == NULL);
    remove(tmp);
}

#if defined(HAVE_POSIX_IO)
/* A directory opens but cannot be read. */
static void test_read_error(void)
{
    CHECK_EQ_U(run_clusctl("plist", "decode", ".", (const char *)NULL), 1);
    CHECK(strncmp(run_err.data, "clusctl: plist decode: cannot read '.': ", 40) == 0);
    CHECK_EQ_U(count_lines(run_err.data), 1);
    CHECK_EQ_U(run_clusctl("annotate", ".", (const char *)NULL), 1);
    CHECK(strncmp(run_err.data, "clusctl: annotate: cannot read '.': ", 36) == 0);
}

/* Output to a full device: one line says so, exit 3. */
static void test_output_full(void)
{
    FILE *full = fopen("/dev/full", "w");
    static char text[200000];
    size_t i;
    if (full == NULL) {
        printf("test_output_full: no /dev/full: not run\n");
        return;
    }
    CHECK_EQ_U(run_clusctl_to(full, "decode", "0x01600008", (const char *)NULL), 3);
    CHECK_STR(run_err.data, "clusctl: decode: cannot write the output: No space left on device\n");
    /* annotate: the last bytes at the end, and a long input's on the way. */
    write_file(tmp, "0x5\n", 4);
    CHECK_EQ_U(run_clusctl_to(full, "annotate", tmp, (const char *)NULL), 3);
    CHECK_STR(run_err.data,
              "clusctl: annotate: cannot write the output: No space left on device\n");
    for (i = 0; i + 12 <= sizeof text - 1; i += 12)
        memcpy(text + i, "0x01600008\n ", 12);
    write_file(tmp, text, i);
    CHECK_EQ_U(run_clusctl_to(full, "annotate", tmp, (const char *)NULL), 3);
    CHECK_STR(run_err.data,
              "clusctl: annotate: cannot write the output: No space left on device\n");
    fclose(full);
    remove(tmp);
}

/* Output to a pipe nobody reads: exit 3, silently. */
static void test_output_broken_pipe(void)
{
    int fds[2];
    FILE *w;
    if (!CHECK(pipe(fds) == 0))
        return;
    signal(SIGPIPE, SIG_IGN);
    close(fds[0]);
    w = fdopen(fds[1], "w");
    if (!CHECK(w != NULL))
        return;
    CHECK_EQ_U(run_clusctl_to(w, "vm", "table", (const char *)NULL), 3);
    CHECK_STR(run_err.data, "");
    fclose(w);
    signal(SIGPIPE, SIG_DFL);
}
#endif

/* The tool's JSON reader: escapes and UTF-8 that test_json_parse does not
 * give, each string's bytes or the error's offset and message. */
static void test_json_strings(void)
{
    static const struct {
        const char *text; /* a JSON document */
        const char *bytes; /* the string it holds, or NULL for an error */
        size_t at;         /* the error's offset */
        const char *message;
    } cases[] = {
        {"\"\\u20AC\\u20ac\"", "\xE2\x82\xAC\xE2\x82\xAC", 0, NULL}, /* 3 bytes, both cases */
        {"\"\\u07FF\"", "\xDF\xBF", 0, NULL},
        {"\"\xE0\xA0\x80\"", "\xE0\xA0\x80", 0, NULL},         /* the lowest after E0 */
        {"\"\xE0\x9F\xBF\"", NULL, 1, "the string is not valid UTF-8"}, /* overlong */
        {"\"\xED\x9F\xBF\"", "\xED\x9F\xBF", 0, NULL},
        {"\"\xED\xA0\x80\"", NULL, 1, "the string is not valid UTF-8"}, /* a surrogate */
        {"\"\xF0\x90\x80\x80\"", "\xF0\x90\x80\x80", 0, NULL},
        {"\"\xF0\x8F\xBF\xBF\"", NULL, 1, "the string is not valid UTF-8"},
        {"\"\xF4\x8F\xBF\xBF\"", "\xF4\x8F\xBF\xBF", 0, NULL}, /* U+10FFFF */
        {"\"\xF4\x90\x80\x80\"", NULL, 1, "the string is not valid UTF-8"},
        {"\"\xF5\x80\x80\x80\"", NULL, 1, "the string is not valid UTF-8"},
        {"\"\xE2\x82\"", NULL, 1, "the string is not valid UTF-8"}, /* cut */
        {"\"\\u12G4\"", NULL, 5, "a \\u escape needs four hex digits"}, /* at the G */
        {"\"\\ud800\\u12G4\"", NULL, 11, "a \\u escape needs four hex digits"},
        {"\"\\ud800\\u0041\"", NULL, 7, "an unpaired surrogate escape"},
        {"\"\\ud800x\"", NULL, 1, "an unpaired surrogate escape"},
        {"{\"a\\q\":1}", NULL, 3, "an unknown escape in a string"},
    };
    size_t i;
    for (i = 0; i < COUNT(cases); i++) {
        cli_json_doc d;
        cli_json_error e;
        int rc = cli_json_parse(cases[i].text, strlen(cases[i].text), &d, &e);
        harness_test = cases[i].text;
        if (cases[i].bytes != NULL) {
            size_t n = 0;
            const char *str;
            if (!CHECK(rc == 0))
                continue;
            str = cli_json_string_of(&d, 0, &n);
            CHECK(str != NULL && n == strlen(cases[i].bytes) &&
                  memcmp(str, cases[i].bytes, n) == 0);
            cli_json_free(&d);
        } else {
            CHECK_EQ_U(rc, -1);
            CHECK_EQ_U(e.offset, cases[i].at);
            CHECK_STR(e.message, cases[i].message);
        }
    }
    harness_test = "test_json_strings";
}

/* Numbers with a signed exponent; an integer asked for both ways. */
static void test_json_numbers(void)
{
    static const char text[] = "[1e+2, 2E-0, 18446744073709551615]";
    cli_json_doc d;
    cli_json_error e;
    size_t n;
    int64_t sv = 7;
    uint64_t uv = 0;
    if (!CHECK(cli_json_parse(text, sizeof text - 1, &d, &e) == 0))
        return;
    n = d.nodes[0].first;
    CHECK_EQ_U(d.nodes[n].type, CLI_JSON_NUMBER);
    CHECK_EQ_U(cli_json_integer(&d, n, 0, 1000, NULL, &uv), -1); /* an exponent */
    n = d.nodes[d.nodes[n].next].next;
    CHECK_EQ_U(cli_json_integer(&d, n, 0, UINT64_MAX, &sv, &uv), 0);
    CHECK(uv == UINT64_MAX);
    CHECK(sv == 0); /* not an int64 */
    cli_json_free(&d);
}

static void test_encode(void)
{
    run_cases(encode_cases, COUNT(encode_cases));
}

static void test_decode(void)
{
    run_cases(decode_cases, COUNT(decode_cases));
}

static void test_misc(void)
{
    run_cases(misc_cases, COUNT(misc_cases));
}

int main(void)
{
    RUN(test_encode);
    RUN(test_encode_too_deep);
    RUN(test_json_strings);
    RUN(test_json_numbers);
    RUN(test_encode_many_strings);
    RUN(test_decode);
    RUN(test_misc);
    RUN(test_too_many_nodes);
    RUN(test_standard_input);
    RUN(test_input_too_large);
#if defined(HAVE_POSIX_IO)
    RUN(test_read_error);
    RUN(test_output_full);
    RUN(test_output_broken_pipe);
#endif
    /* Windows removes no file that is open: standard input's first. */
    fclose(stdin);
    remove(tmp);
    run_clusctl_free();
    return harness_finish();
}
