/* The clusctl tool, run in process: documented output for good input, exit
 * status 2 and one line on stderr naming the bad argument for bad input. */
#include <stdarg.h>
#include <stdlib.h>

#include "cli.h"
#include "clusctl/clusctl.h"
#include "harness.h"

static char out_text[65536];
static char err_text[4096];

static void slurp(FILE *f, char *buf, size_t size)
{
    size_t n;
    rewind(f);
    n = fread(buf, 1, size - 1, f);
    buf[n] = '\0';
    fclose(f);
}

/* Runs `clusctl ARGS...` (a NULL-terminated list); captures its output. */
static int run(const char *first, ...)
{
    char *argv[64];
    int argc = 0, status;
    const char *arg;
    va_list ap;
    FILE *out = tmpfile(), *err = tmpfile();
    if (out == NULL || err == NULL) {
        fprintf(stderr, "tmpfile failed\n");
        exit(1);
    }
    argv[argc++] = (char *)"clusctl";
    va_start(ap, first);
    for (arg = first; arg != NULL; arg = va_arg(ap, const char *))
        argv[argc++] = (char *)arg;
    va_end(ap);
    argv[argc] = NULL;
    status = clusctl_cli_main(argc, argv, out, err);
    slurp(out, out_text, sizeof out_text);
    slurp(err, err_text, sizeof err_text);
    return status;
}

static size_t count_lines(const char *s)
{
    size_t n = 0;
    for (; *s != '\0'; s++)
        n += *s == '\n';
    return n;
}

/* A usage error: status 2, nothing on stdout, exactly one line on stderr
 * that starts with "clusctl: " and contains `needle`. */
#define CHECK_USAGE(needle, ...)                                               \
    do {                                                                       \
        CHECK_EQ_U(run(__VA_ARGS__, (const char *)NULL), 2);                   \
        CHECK_STR(out_text, "");                                               \
        CHECK_EQ_U(count_lines(err_text), 1);                                  \
        CHECK(strncmp(err_text, "clusctl: ", 9) == 0);                         \
        if (!CHECK(strstr(err_text, needle) != NULL))                          \
            fprintf(stderr, "    stderr: %s", err_text);                      \
    } while (0)

static void test_decode_table(void)
{
    CHECK_EQ_U(run("decode", "0x01600008", (const char *)NULL), 0);
    CHECK_STR(out_text,
              "code      0x01600008\n"
              "object    1         RESOURCE\n"
              "global    0\n"
              "modify    1\n"
              "user      1\n"
              "internal  0\n"
              "function  2         operation 0x000008, low 22 bits 0x200008\n"
              "access    0         ANY\n");
    CHECK_STR(err_text, "");
}

static void test_decode_table_warnings(void)
{
    CHECK_EQ_U(run("decode", "0x0A800007", (const char *)NULL), 0);
    CHECK(strstr(out_text, "object    10        -\n") != NULL);
    CHECK(strstr(out_text, "access    3         -\n") != NULL);
    CHECK(strstr(out_text, "warning   the object code is none that the SDK defines\n") != NULL);
    CHECK(strstr(out_text, "warning   access is 3") != NULL);
    CHECK(strstr(out_text, "warning   the global bit (23) is set") != NULL);
    CHECK(strstr(out_text, "CLUSCTL_USER_CODE") != NULL);
}

static void test_decode_json(void)
{
    CHECK_EQ_U(run("decode", "--json", "0x01600004", (const char *)NULL), 0);
    CHECK_STR(out_text,
              "{\"value\":\"0x01600004\",\"object\":1,\"object_name\":\"RESOURCE\","
              "\"global\":false,\"modify\":true,\"user\":true,\"internal\":false,"
              "\"function\":1,\"access\":0,\"access_name\":\"ANY\",\"warnings\":[]}\n");
    /* Several codes, decimal and hex, options after operands: one line each. */
    CHECK_EQ_U(run("decode", "23068680", "0xFFFFFFFF", "--json", (const char *)NULL), 0);
    CHECK_STR(out_text,
              "{\"value\":\"0x01600008\",\"object\":1,\"object_name\":\"RESOURCE\","
              "\"global\":false,\"modify\":true,\"user\":true,\"internal\":false,"
              "\"function\":2,\"access\":0,\"access_name\":\"ANY\",\"warnings\":[]}\n"
              "{\"value\":\"0xFFFFFFFF\",\"object\":255,\"object_name\":null,"
              "\"global\":true,\"modify\":true,\"user\":true,\"internal\":true,"
              "\"function\":262143,\"access\":3,\"access_name\":null,"
              "\"warnings\":[\"unknown_object\",\"access_3\",\"global\","
              "\"user_and_internal\"]}\n");
    CHECK_EQ_U(run("decode", "--json", "0x00800000", (const char *)NULL), 0);
    CHECK(strstr(out_text, "\"object_name\":\"INVALID\"") != NULL);
    CHECK(strstr(out_text, "\"warnings\":[\"global\",\"user_code_macro\"]") != NULL);
    /* "--" ends the options. */
    CHECK_EQ_U(run("decode", "--", "0", (const char *)NULL), 0);
    CHECK(strncmp(out_text, "code      0x00000000\n", 20) == 0);
}

static void test_decode_several_tables(void)
{
    CHECK_EQ_U(run("decode", "0x01600004", "0x01600008", (const char *)NULL), 0);
    CHECK_EQ_U(count_lines(out_text), 8 + 1 + 8);
    CHECK(strstr(out_text, "\n\ncode      0x01600008\n") != NULL);
}

static void test_encode(void)
{
    CHECK_EQ_U(run("encode", "--object", "resource", "--modify", "--user",
                   "--function", "2", (const char *)NULL), 0);
    CHECK_STR(out_text, "0x01600008\n");
    CHECK_EQ_U(run("encode", "--object=RESOURCE", "--function=1", "--modify",
                   "--user", "--access=any", (const char *)NULL), 0);
    CHECK_STR(out_text, "0x01600004\n");
    CHECK_EQ_U(run("encode", "--object", "1", "--function", "0x2",
                   "--access", "read", (const char *)NULL), 0);
    CHECK_STR(out_text, "0x01000009\n");
    CHECK_EQ_U(run("encode", "--object", "cluster", "--function", "23",
                   "--access", "write", "--modify", (const char *)NULL), 0);
    CHECK_STR(out_text, "0x0740005E\n");
    CHECK_EQ_U(run("encode", "--object", "0", "--internal", "--function", "1",
                   "--access", "2", "--modify", (const char *)NULL), 0);
    CHECK_STR(out_text, "0x00500006\n");
    CHECK_EQ_U(run("encode", "--object", "user", "--global", "--function",
                   "262143", "--access", "3", (const char *)NULL), 0);
    CHECK_STR(out_text, "0x808FFFFF\n");
    CHECK_EQ_U(run("encode", "--json", "--object", "Resource", "--modify",
                   "--user", "--function", "2", (const char *)NULL), 0);
    CHECK_STR(out_text,
              "{\"value\":\"0x01600008\",\"object\":1,\"object_name\":\"RESOURCE\","
              "\"global\":false,\"modify\":true,\"user\":true,\"internal\":false,"
              "\"function\":2,\"access\":0,\"access_name\":\"ANY\",\"warnings\":[]}\n");
}

static void test_bad_codes(void)
{
    CHECK_USAGE("'xyz' is not a number", "decode", "xyz");
    CHECK_USAGE("'0x100000000' does not fit in 32 bits", "decode", "0x100000000");
    CHECK_USAGE("'4294967296' does not fit in 32 bits", "decode", "4294967296");
    CHECK_USAGE("'-1' is negative", "decode", "-1");
    CHECK_USAGE("'-0x5' is negative", "decode", "-0x5");
    CHECK_USAGE("CODE is empty", "decode", "");
    CHECK_USAGE("'12abc' is not a number", "decode", "12abc");
    CHECK_USAGE("'0x' is not a number", "decode", "0x");
    CHECK_USAGE("'0x1 ' is not a number", "decode", "0x1 ");
    CHECK_USAGE("'010' starts with 0", "decode", "010");
    /* A bad CODE anywhere means no output at all. */
    CHECK_USAGE("'bad' is not a number", "decode", "0x01600008", "bad");
    CHECK_USAGE("no CODE given", "decode");
    CHECK_USAGE("no CODE given", "decode", "--json");
    CHECK_USAGE("unknown option '--bogus'", "decode", "--bogus", "1");
    CHECK_USAGE("unknown option '-x'", "decode", "-x");
    CHECK_USAGE("option '--json' given twice", "decode", "--json", "--json", "1");
    CHECK_USAGE("option '--json' takes no value", "decode", "--json=yes", "1");
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
    CHECK_USAGE("--object 'foo' is neither a number nor a name", "encode",
                "--object", "foo", "--function", "1");
    CHECK_USAGE("--access 'all' is neither a number nor a name", "encode",
                "--object", "1", "--function", "1", "--access", "all");
    CHECK_USAGE("--function '-1' is negative", "encode", "--object", "1",
                "--function", "-1");
    CHECK_USAGE("--function 'two' is not a number", "encode", "--object", "1",
                "--function", "two");
    CHECK_USAGE("--function '99999999999' does not fit", "encode", "--object",
                "1", "--function", "99999999999");
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
    CHECK_EQ_U(run((const char *)NULL), 2);
    CHECK_EQ_U(count_lines(err_text), 1);
    CHECK(strstr(err_text, "no command given") != NULL);
    CHECK_USAGE("unknown command 'decod'", "decod", "1");
    CHECK_USAGE("unknown option '--bogus'", "--bogus");
    CHECK_USAGE("unknown command 'nope'", "help", "nope");
    CHECK_USAGE("unexpected argument 'x'", "--version", "x");
}

static void test_help_and_version(void)
{
    char expected[64];
    CHECK_EQ_U(run("--version", (const char *)NULL), 0);
    snprintf(expected, sizeof expected, "clusctl %s\n", clusctl_version_string());
    CHECK_STR(out_text, expected);
    CHECK_EQ_U(run("--help", (const char *)NULL), 0);
    CHECK(strstr(out_text, "usage: clusctl COMMAND") != NULL);
    CHECK(strstr(out_text, "  decode ") != NULL);
    CHECK(strstr(out_text, "  encode ") != NULL);
    CHECK_STR(err_text, "");
    CHECK_EQ_U(run("help", (const char *)NULL), 0);
    CHECK(strstr(out_text, "usage: clusctl COMMAND") != NULL);
    CHECK_EQ_U(run("help", "decode", (const char *)NULL), 0);
    CHECK(strncmp(out_text, "usage: clusctl decode [--json] CODE...\n", 39) == 0);
    CHECK(strstr(out_text, "Examples:") != NULL);
    CHECK_EQ_U(run("help", "encode", (const char *)NULL), 0);
    CHECK(strstr(out_text, "--function N") != NULL);
    CHECK_EQ_U(run("encode", "--help", (const char *)NULL), 0);
    CHECK(strncmp(out_text, "usage: clusctl encode", 21) == 0);
    CHECK_EQ_U(run("decode", "-h", (const char *)NULL), 0);
    CHECK(strncmp(out_text, "usage: clusctl decode", 21) == 0);
}

int main(void)
{
    RUN(test_decode_table);
    RUN(test_decode_table_warnings);
    RUN(test_decode_json);
    RUN(test_decode_several_tables);
    RUN(test_encode);
    RUN(test_bad_codes);
    RUN(test_bad_encode);
    RUN(test_bad_commands);
    RUN(test_help_and_version);
    return harness_finish();
}
