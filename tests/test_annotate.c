/* `clusctl annotate`: the streaming scanner (src/cli/annotate.c) fed in every
 * way a stream can be cut, checked against exact outputs and against a
 * whole-buffer reference; and the command in process, on files it reads
 * from the working directory (and standard input, last). */
#if defined(__linux__) && !defined(_POSIX_C_SOURCE)
#define _POSIX_C_SOURCE 200809L /* pipe(), fdopen() */
#endif
#include <errno.h>
#include <stdlib.h>
#if defined(__linux__)
#include <signal.h>
#include <unistd.h>
#endif

#include "annotate.h"
#include "cli.h"
#include "cli_runner.h"
#include "clusctl/clusctl.h"
#include "harness.h"

/* ---- a growable byte buffer, the scanner's sink ------------------------- */

typedef struct sink {
    char *data;
    size_t len, cap;
    long writes_left; /* fail once this many writes are done; -1: never */
} sink;

static void die(const char *what)
{
    fprintf(stderr, "test_annotate: %s\n", what);
    exit(1);
}

static void sink_add(sink *s, const void *data, size_t size)
{
    if (s->len + size + 1 > s->cap) {
        size_t cap = s->cap > 0 ? s->cap : 256;
        while (cap < s->len + size + 1)
            cap *= 2;
        s->data = (char *)realloc(s->data, cap);
        if (s->data == NULL)
            die("out of memory");
        s->cap = cap;
    }
    if (size > 0)
        memcpy(s->data + s->len, data, size);
    s->len += size;
    s->data[s->len] = '\0';
}

static void sink_init(sink *s)
{
    s->data = NULL;
    s->len = s->cap = 0;
    s->writes_left = -1;
    sink_add(s, "", 0);
}

static int sink_write(void *user, const char *data, size_t size)
{
    sink *s = (sink *)user;
    if (size == 0)
        return 99; /* the scanner promises size > 0 */
    if (s->writes_left == 0)
        return 7;
    if (s->writes_left > 0)
        s->writes_left--;
    sink_add(s, data, size);
    return 0;
}

/* Two byte strings that must be equal; shows where they differ when not. */
#define CHECK_BYTES(got, got_len, exp, exp_len)                                \
    check_bytes((got), (got_len), (exp), (exp_len), __FILE__, __LINE__)

static int check_bytes(const char *got, size_t got_len, const char *exp,
                       size_t exp_len, const char *file, int line)
{
    size_t i = 0;
    int ok = got_len == exp_len && memcmp(got, exp, exp_len) == 0;
    if (harness_check(ok, "output == expected", file, line))
        return 1;
    while (i < got_len && i < exp_len && got[i] == exp[i])
        i++;
    fprintf(stderr, "    lengths %lu and %lu, first difference at %lu\n",
            (unsigned long)got_len, (unsigned long)exp_len, (unsigned long)i);
    if (got_len < 200 && exp_len < 200)
        fprintf(stderr, "    got      \"%.*s\"\n    expected \"%.*s\"\n",
                (int)got_len, got, (int)exp_len, exp);
    return 0;
}

/* ---- the reference: the rules over a whole buffer ----------------------- */

static int ref_ident(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
           (c >= '0' && c <= '9') || c == '_';
}

static int ref_hex(unsigned char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* Whether the scanner and the reference name bare operations (the scanner's
 * tests: yes, as --operations does). */
static int ref_operations = 1;

static void reference(const char *text, size_t n, const char *restype, sink *out)
{
    const unsigned char *in = (const unsigned char *)text;
    size_t p = 0, done = 0;
    while (p < n) {
        if (in[p] == '0' && (p == 0 || !ref_ident(in[p - 1])) && p + 1 < n &&
            (in[p + 1] == 'x' || in[p + 1] == 'X')) {
            size_t j = p + 2;
            uint32_t value = 0;
            while (j < n && ref_hex(in[j]) >= 0)
                j++;
            if (j - (p + 2) >= 1 && j - (p + 2) <= 8 && (j == n || !ref_ident(in[j]))) {
                clusctl_entry e;
                size_t k;
                for (k = p + 2; k < j; k++)
                    value = value * 16 + (uint32_t)ref_hex(in[k]);
                if (clusctl_catalog_get(clusctl_catalog_preferred(value, restype), &e) ==
                        CCTL_ERROR_SUCCESS &&
                    (ref_operations || e.kind != CCTL_KIND_OPERATION)) {
                    sink_add(out, in + done, j - done);
                    sink_add(out, " [", 2);
                    sink_add(out, e.name, strlen(e.name));
                    sink_add(out, "]", 1);
                    done = j;
                }
                p = j;
                continue;
            }
        }
        p++;
    }
    sink_add(out, in + done, n - done);
}

/* ---- the scanner -------------------------------------------------------- */

/* Feeds text[0..n) in chunks of the sizes `cuts` gives in turn (0 ends the
 * list and repeats it; NULL: one chunk), then finishes. */
static void scan(const char *text, size_t n, const char *restype,
                 const size_t *cuts, sink *out)
{
    cli_annotator a;
    size_t pos = 0, c = 0;
    char *copy;
    sink_init(out);
    cli_annotate_init(&a, restype, sink_write, out);
    a.operations = ref_operations;
    while (pos < n) {
        size_t len = cuts == NULL ? n - pos : cuts[c];
        if (cuts != NULL && cuts[++c] == 0)
            c = 0;
        if (len > n - pos)
            len = n - pos;
        /* Each chunk in a block of its own size, so that a sanitizer sees
         * any read outside it. */
        copy = (char *)malloc(len);
        if (copy == NULL)
            die("out of memory");
        memcpy(copy, text + pos, len);
        if (cli_annotate_feed(&a, copy, len) != 0)
            die("feed failed");
        free(copy);
        if (a.pending_len > CLI_ANNOTATE_PENDING_MAX)
            die("pending overflow");
        pos += len;
    }
    CHECK(cli_annotate_feed(&a, text, 0) == 0); /* an empty chunk is fine */
    if (cli_annotate_finish(&a) != 0)
        die("finish failed");
    CHECK_EQ_U(a.pending_len, 0);
}

/* The scanner on `in` in one chunk, in two chunks at every cut, and byte by
 * byte: all give `exp`, and so does the reference. */
static void check_annotate_r(const char *restype, const char *in, size_t in_len,
                             const char *exp, size_t exp_len)
{
    static const size_t one[] = {1, 0};
    sink out;
    size_t cut;
    scan(in, in_len, restype, NULL, &out);
    if (!CHECK_BYTES(out.data, out.len, exp, exp_len))
        fprintf(stderr, "    input \"%.*s\"\n", (int)in_len, in);
    free(out.data);
    scan(in, in_len, restype, one, &out);
    CHECK_BYTES(out.data, out.len, exp, exp_len);
    free(out.data);
    for (cut = 1; cut < in_len; cut++) {
        size_t cuts[3];
        cuts[0] = cut;
        cuts[1] = in_len; /* the rest */
        cuts[2] = 0;
        scan(in, in_len, restype, cuts, &out);
        if (!CHECK_BYTES(out.data, out.len, exp, exp_len))
            fprintf(stderr, "    cut after %lu bytes\n", (unsigned long)cut);
        free(out.data);
    }
    sink_init(&out);
    reference(in, in_len, restype, &out);
    CHECK_BYTES(out.data, out.len, exp, exp_len);
    free(out.data);
}

#define CHECK_ANNOTATE(in, exp)                                                \
    check_annotate_r(NULL, (in), strlen(in), (exp), strlen(exp))
#define CHECK_SAME(in) CHECK_ANNOTATE((in), (in))

#define CANCEL "CLUSCTL_RESOURCE_VM_CANCEL_MIGRATION"
#define START "CLUSCTL_RESOURCE_VM_START_MIGRATION"

static void test_cluster_log_lines(void)
{
    CHECK_ANNOTATE(
        "00000e1c.00001234::2026/11/21-10:15:02.123 ERR   [RCM] "
        "rcm::RcmApi::ResourceControl: (5023)' because of "
        "'ResourceControl(0x01600004) failed'\r\n",
        "00000e1c.00001234::2026/11/21-10:15:02.123 ERR   [RCM] "
        "rcm::RcmApi::ResourceControl: (5023)' because of "
        "'ResourceControl(0x01600004 [" START "]) failed'\r\n");
    CHECK_ANNOTATE(
        "00000e1c.00001234::2026/11/21-10:15:02.125 INFO  [RES] Virtual "
        "Machine <VM1>: Control 0x1600008 returned 0x139F\n",
        "00000e1c.00001234::2026/11/21-10:15:02.125 INFO  [RES] Virtual "
        "Machine <VM1>: Control 0x1600008 [" CANCEL "] returned 0x139F\n");
    CHECK_ANNOTATE(
        "000015a8.00000f60::2026/11/21-10:15:03.001 INFO  [RCM] "
        "rcm::RcmResControl::DoResourceControl: Virtual Machine VM1: "
        "CLUSCTL_RESOURCE_GET_FLAGS(0x1000009) sent to RHS\n",
        "000015a8.00000f60::2026/11/21-10:15:03.001 INFO  [RCM] "
        "rcm::RcmResControl::DoResourceControl: Virtual Machine VM1: "
        "CLUSCTL_RESOURCE_GET_FLAGS(0x1000009 [CLUSCTL_RESOURCE_GET_FLAGS]) "
        "sent to RHS\n");
    /* The thread and process ids and the timestamp are no codes. */
    CHECK_SAME("00000e1c.00001234::2026/11/21-10:15:02.123 INFO  [NM] "
               "Received request from client address 10.0.0.5.\n");
}

static void test_case_and_short_forms(void)
{
    CHECK_ANNOTATE("0X01600008", "0X01600008 [" CANCEL "]");
    CHECK_ANNOTATE("0x01600008", "0x01600008 [" CANCEL "]");
    CHECK_ANNOTATE("0x1600008", "0x1600008 [" CANCEL "]");
    CHECK_ANNOTATE("0X1600004 0x01600004", "0X1600004 [" START "] 0x01600004 [" START "]");
    /* Hex digits of either case. */
    CHECK_ANNOTATE("0x01000009 0x01000009", "0x01000009 [CLUSCTL_RESOURCE_GET_FLAGS] "
                                           "0x01000009 [CLUSCTL_RESOURCE_GET_FLAGS]");
    CHECK_ANNOTATE("0x0a000009", "0x0a000009"); /* unknown object 10 */
    CHECK_ANNOTATE("0x0000000d 0x0000000D 0XD 0xd",
                   "0x0000000d [CLCTL_GET_CLASS_INFO] 0x0000000D [CLCTL_GET_CLASS_INFO] "
                   "0XD [CLCTL_GET_CLASS_INFO] 0xd [CLCTL_GET_CLASS_INFO]");
    /* Small values are operations: status 0x0 is CLCTL_UNKNOWN. */
    CHECK_ANNOTATE("returned 0x0.", "returned 0x0 [CLCTL_UNKNOWN].");
    CHECK_ANNOTATE("flags 0x9", "flags 0x9 [CLCTL_GET_FLAGS]");
}

static void test_positions_and_punctuation(void)
{
    CHECK_ANNOTATE("0x01600008 at the start", "0x01600008 [" CANCEL "] at the start");
    CHECK_ANNOTATE("at the end 0x01600008", "at the end 0x01600008 [" CANCEL "]");
    CHECK_ANNOTATE("at the end of a line 0x01600008\nnext",
                   "at the end of a line 0x01600008 [" CANCEL "]\nnext");
    CHECK_ANNOTATE("line\n0x01600008 starts it", "line\n0x01600008 [" CANCEL "] starts it");
    CHECK_ANNOTATE("0x01600008", "0x01600008 [" CANCEL "]");
    CHECK_ANNOTATE("(0x01600008)", "(0x01600008 [" CANCEL "])");
    CHECK_ANNOTATE("[0x01600008],", "[0x01600008 [" CANCEL "]],");
    CHECK_ANNOTATE("code=0x01600008;", "code=0x01600008 [" CANCEL "];");
    CHECK_ANNOTATE("'0x01600008'.", "'0x01600008 [" CANCEL "]'.");
    CHECK_ANNOTATE("\"0x01600008\":", "\"0x01600008 [" CANCEL "]\":");
    CHECK_ANNOTATE("-0x01600008-", "-0x01600008 [" CANCEL "]-");
    CHECK_ANNOTATE("\t0x01600008\r\n", "\t0x01600008 [" CANCEL "]\r\n");
    CHECK_ANNOTATE("0x01600008,0x01600004", "0x01600008 [" CANCEL "],0x01600004 [" START "]");
    CHECK_ANNOTATE(".0x9.", ".0x9 [CLCTL_GET_FLAGS].");
    /* Bytes over 0x7F are no identifier characters. */
    CHECK_ANNOTATE("\xc3\xa9" "0x9\xff", "\xc3\xa9" "0x9 [CLCTL_GET_FLAGS]\xff");
}

static void test_not_codes(void)
{
    CHECK_SAME("returned 0x139F");          /* not in the catalog */
    CHECK_SAME("0x12345678 0xFFFFFFFF 0x0A000009");
    CHECK_SAME("0x123456789");              /* 9 digits */
    CHECK_SAME("0x016000080 0x0160000800"); /* 9 and 10 digits */
    CHECK_SAME("0x000000009");              /* 9 digits, though the value fits */
    CHECK_SAME("a0x12 a0x9 10x5 _0x9 Z0X9 00x9 90x9");
    CHECK_SAME("0x12G 0x9g 0x9_ 0x9x 0x9X 0x1600008z");
    CHECK_SAME("0x0160000g 0x0160001G"); /* not 0x01600010 nor 0x01600008 */
    CHECK_SAME("0x 0X 0x. 0xg 0x_ 0xx9 0 x9 0 X9");
    CHECK_SAME("0");
    CHECK_SAME("0x");
    CHECK_SAME("x9 X9 09 0o9 0b1");
    CHECK_SAME("");
    /* A rejected run hides no code: the next "0x" follows an identifier byte. */
    CHECK_SAME("0x1234567890x9 0x9G0x9 0xZ0x9");
    /* But one after a non-identifier byte is a code again. */
    CHECK_ANNOTATE("0x123456789 0x9", "0x123456789 0x9 [CLCTL_GET_FLAGS]");
    CHECK_ANNOTATE("0x12G.0x9", "0x12G.0x9 [CLCTL_GET_FLAGS]");
}

static void test_restype(void)
{
    static const char in[] = "ResourceControl(0x01600004) failed";
    const char *exp_cfg = "ResourceControl(0x01600004 [CLUSCTL_RESOURCE_VM_CONFIG_UPDATE]) failed";
    const char *exp_vm = "ResourceControl(0x01600004 [" START "]) failed";
    check_annotate_r("Virtual Machine Configuration", in, strlen(in), exp_cfg,
                     strlen(exp_cfg));
    check_annotate_r("virtual machine configuration", in, strlen(in), exp_cfg,
                     strlen(exp_cfg));
    check_annotate_r("Virtual Machine", in, strlen(in), exp_vm, strlen(exp_vm));
    check_annotate_r("Physical Disk", in, strlen(in), exp_vm, strlen(exp_vm));
    check_annotate_r(NULL, in, strlen(in), exp_vm, strlen(exp_vm));
}

static void test_binary(void)
{
    static const char in[] = "\0" "0x9\0" "0x01600008\0\xff\xfe\x80" "0x9\r\n"
                             "\x1b[0m0x9\xc0\x80\0";
    static const char exp[] = "\0" "0x9 [CLCTL_GET_FLAGS]\0" "0x01600008 [" CANCEL
                              "]\0\xff\xfe\x80" "0x9 [CLCTL_GET_FLAGS]\r\n"
                              "\x1b[0m0x9\xc0\x80\0"; /* m0x9: no code */
    check_annotate_r(NULL, in, sizeof in - 1, exp, sizeof exp - 1);
    /* Every byte value, twice, passes through. */
    {
        char all[512];
        int i;
        for (i = 0; i < 512; i++)
            all[i] = (char)(i & 0xFF);
        check_annotate_r(NULL, all, sizeof all, all, sizeof all);
    }
}

/* Every cut of a stream into chunks of 1 to 3 bytes, and random chunkings of
 * random text rich in near-codes, against the reference. */
static unsigned long rng_state = 12345;

static unsigned long rng(void)
{
    rng_state = rng_state * 1103515245UL + 12345UL;
    return (rng_state >> 16) & 0x7FFF;
}

static void test_random_streams(void)
{
    static const char *const pieces[] = {
        "0", "x", "X", "0x", "0X", "1", "6", "9", "a", "F", "g", "_", " ",
        "\n", "\r\n", "(", ")", "\xff", "0x01600008", "0x1600004", "0X9",
        "0x00000009", "0x123456789", "0x01000009", "0x0", "0xd", "0x139F",
        "ERR  [RCM] ", "00000e1c.00001234::"};
    size_t npieces = sizeof pieces / sizeof pieces[0];
    int round;
    unsigned long mismatches = 0;
    for (round = 0; round < 3000; round++) {
        sink text, exp, out;
        size_t cuts[9], i, ncuts = 1 + rng() % 8;
        int k, len = (int)(rng() % 40);
        sink_init(&text);
        for (k = 0; k < len; k++) {
            const char *p = pieces[rng() % npieces];
            if (rng() % 50 == 0)
                sink_add(&text, "", 1); /* a NUL byte */
            sink_add(&text, p, strlen(p));
        }
        for (i = 0; i < ncuts; i++)
            cuts[i] = 1 + rng() % (rng() % 4 == 0 ? 64 : 12);
        cuts[ncuts] = 0;
        sink_init(&exp);
        reference(text.data, text.len, round % 2 ? "Virtual Machine Configuration" : NULL,
                  &exp);
        scan(text.data, text.len, round % 2 ? "Virtual Machine Configuration" : NULL, cuts,
             &out);
        if (out.len != exp.len || memcmp(out.data, exp.data, exp.len) != 0) {
            if (mismatches++ < 3)
                CHECK_BYTES(out.data, out.len, exp.data, exp.len);
        }
        free(text.data);
        free(exp.data);
        free(out.data);
    }
    CHECK_EQ_U(mismatches, 0);
}

static void test_write_error(void)
{
    static const char in[] = "a 0x01600008 b 0x9 c 0";
    int n, saw_error = 0;
    /* The first failing write's value comes back, whichever write it is. */
    for (n = 0; n < 12; n++) {
        cli_annotator a;
        sink out;
        int rc;
        sink_init(&out);
        out.writes_left = n;
        cli_annotate_init(&a, NULL, sink_write, &out);
        a.operations = 1;
        rc = cli_annotate_feed(&a, in, sizeof in - 1);
        if (rc == 0)
            rc = cli_annotate_finish(&a);
        if (rc != 0) {
            CHECK_EQ_U(rc, 7);
            saw_error = 1;
        }
        free(out.data);
    }
    CHECK(saw_error);
}

/* ---- the command -------------------------------------------------------- */

/* `clusctl ARGS...`, captured into run_out and run_err (cli_runner.h). */
#define run(...) run_clusctl(__VA_ARGS__, (const char *)NULL)

static void write_file(const char *name, const char *data, size_t size)
{
    FILE *f = fopen(name, "wb");
    if (f == NULL || fwrite(data, 1, size, f) != size || fclose(f) != 0)
        die("cannot write a temporary file in the working directory");
}

#define FILE_A "test_annotate_a.tmp"
#define FILE_B "test_annotate_b.tmp"
#define FILE_C "test_annotate_c.tmp"
#define FILE_BIG "test_annotate_big.tmp"
#define FILE_MISSING "test_annotate_missing.tmp"

static void test_command_files(void)
{
    static const char a[] = "one 0x01600008\n";
    static const char b[] = "two 0X9 0x139F 0x016";  /* no final newline; */
    static const char c[] = "00008 three\r\n";         /* no code across files */
    CHECK(clusctl_catalog_preferred(0x01600008, NULL) != CCTL_NO_ENTRY);
    write_file(FILE_A, a, sizeof a - 1);
    write_file(FILE_B, b, sizeof b - 1);
    write_file(FILE_C, c, sizeof c - 1);
    remove(FILE_MISSING);

    CHECK_EQ_U(run("annotate", FILE_A), 0);
    CHECK_STR(run_out.data, "one 0x01600008 [" CANCEL "]\n");
    CHECK_STR(run_err.data, "");

    CHECK_EQ_U(run("annotate", FILE_A, FILE_B, FILE_C, FILE_A), 0);
    CHECK_STR(run_out.data, "one 0x01600008 [" CANCEL "]\n"
                            "two 0X9 0x139F 0x016"
                            "00008 three\r\n"
                            "one 0x01600008 [" CANCEL "]\n");
    CHECK_STR(run_err.data, "");

    /* Options after operands, --opt=value, and -- before a file name. */
    CHECK_EQ_U(run("annotate", FILE_A, "--restype=Virtual Machine Configuration", "--",
                   FILE_A),
               0);
    CHECK_STR(run_out.data, "one 0x01600008 [CLUSCTL_RESOURCE_VM_CREATE_SWITCHPORTS]\n"
                            "one 0x01600008 [CLUSCTL_RESOURCE_VM_CREATE_SWITCHPORTS]\n");
}

static void test_command_restype(void)
{
    static const char in[] =
        "00000e1c.00001234::2026/11/21-10:15:02.123 ERR   [RCM] "
        "rcm::RcmApi::ResourceControl: (5023)' because of "
        "'ResourceControl(0x01600004) failed'\n";
    write_file(FILE_A, in, sizeof in - 1);
    CHECK_EQ_U(run("annotate", "--restype", "Virtual Machine Configuration", FILE_A), 0);
    CHECK(strstr(run_out.data,
                 "'ResourceControl(0x01600004 [CLUSCTL_RESOURCE_VM_CONFIG_UPDATE]) "
                 "failed'\n") != NULL);
    CHECK_EQ_U(run("annotate", FILE_A), 0);
    CHECK(strstr(run_out.data, "'ResourceControl(0x01600004 [" START "]) failed'\n") !=
          NULL);
}

static void test_command_missing_file(void)
{
    char exp_err[512];
    static const char a[] = "one 0x01600008\n";
    write_file(FILE_A, a, sizeof a - 1);
    remove(FILE_MISSING);
    errno = 0;
    CHECK(fopen(FILE_MISSING, "rb") == NULL);
    sprintf(exp_err, "clusctl: annotate: cannot open '" FILE_MISSING "': %s\n",
            strerror(errno));
    CHECK_EQ_U(run("annotate", FILE_A, FILE_A, FILE_MISSING, FILE_A), 1);
    /* The files before it are written, the one after it is not read. */
    CHECK_STR(run_out.data, "one 0x01600008 [" CANCEL "]\none 0x01600008 [" CANCEL "]\n");
    CHECK_STR(run_err.data, exp_err);
    CHECK_EQ_U(run("annotate", FILE_MISSING), 1);
    CHECK_STR(run_out.data, "");
    CHECK_STR(run_err.data, exp_err);
}

static void test_command_binary_and_empty(void)
{
    static const char bin[] = "\0\0" "0x9\0\xff\xfe" "bin\r\n\x80" "0x01600008";
    static const char exp[] = "\0\0" "0x9\0\xff\xfe" "bin\r\n\x80"
                              "0x01600008 [" CANCEL "]";
    write_file(FILE_A, bin, sizeof bin - 1);
    CHECK_EQ_U(run("annotate", FILE_A), 0);
    CHECK_BYTES(run_out.data, run_out.len, exp, sizeof exp - 1);
    write_file(FILE_B, "", 0);
    CHECK_EQ_U(run("annotate", FILE_B), 0);
    CHECK_EQ_U(run_out.len, 0);
    CHECK_EQ_U(run("annotate", FILE_B, FILE_A, FILE_B), 0);
    CHECK_BYTES(run_out.data, run_out.len, exp, sizeof exp - 1);
    CHECK_STR(run_err.data, "");
}

/* A single line of 3 MB with codes through it, one across every boundary of
 * the command's 64 KiB reads, at every offset in turn. */
static void test_command_long_line(void)
{
    static const char *const codes[] = {"0x01600008", "0x139F", "0X9", "0x1600004",
                                        "0x123456789", "0x0000000d"};
    sink in, exp;
    size_t boundary = CLI_ANNOTATE_CHUNK, k = 0;
    unsigned long n_codes = 0;
    sink_init(&in);
    sink_init(&exp);
    while (in.len < 3u * 1024u * 1024u) {
        const char *code = codes[rng() % (sizeof codes / sizeof codes[0])];
        clusctl_entry e;
        int known;
        uint32_t value;
        size_t gap = 20 + rng() % 400, i;
        if (in.len + gap + 20 >= boundary) {
            /* Put the code's " 0x..." across the boundary at offset k. */
            code = "0x01600008";
            gap = boundary - in.len - 1 - (k % 13);
            if (boundary - in.len < 1 + 13 + 1)
                gap = 0;
            k++;
            boundary += CLI_ANNOTATE_CHUNK;
        }
        for (i = 0; i < gap; i++) {
            char ch = (char)(rng() % 7 == 0 ? ' ' : 'a' + (char)(rng() % 26));
            sink_add(&in, &ch, 1);
            sink_add(&exp, &ch, 1);
        }
        sink_add(&in, " ", 1);
        sink_add(&exp, " ", 1);
        sink_add(&in, code, strlen(code));
        sink_add(&exp, code, strlen(code));
        known = clusctl_parse_u32(code, &value) == CCTL_ERROR_SUCCESS &&
                clusctl_catalog_get(clusctl_catalog_preferred(value, NULL), &e) ==
                    CCTL_ERROR_SUCCESS;
        /* The command's default: full control codes only. */
        if (known && e.kind != CCTL_KIND_OPERATION) {
            sink_add(&exp, " [", 2);
            sink_add(&exp, e.name, strlen(e.name));
            sink_add(&exp, "]", 1);
            n_codes++;
        }
        sink_add(&in, " ", 1);
        sink_add(&exp, " ", 1);
    }
    CHECK(n_codes > 3000);
    CHECK(memchr(in.data, '\n', in.len) == NULL);
    write_file(FILE_BIG, in.data, in.len);
    CHECK_EQ_U(run("annotate", FILE_BIG), 0);
    CHECK_BYTES(run_out.data, run_out.len, exp.data, exp.len);
    /* The same through the scanner in odd chunks. */
    {
        static const size_t cuts[] = {4093, 1, 7, 65536, 3, 0};
        sink out;
        ref_operations = 0;
        scan(in.data, in.len, NULL, cuts, &out);
        ref_operations = 1;
        CHECK_BYTES(out.data, out.len, exp.data, exp.len);
        free(out.data);
    }
    free(in.data);
    free(exp.data);
    remove(FILE_BIG);
}

static void test_command_usage(void)
{
    CHECK_EQ_U(run("annotate", "--frobnicate", FILE_A), 2);
    CHECK_STR(run_out.data, "");
    CHECK_STR(run_err.data, "clusctl: annotate: unknown option '--frobnicate'\n");
    CHECK_EQ_U(run("annotate", "--restype"), 2);
    CHECK_EQ_U(count_lines(run_err.data), 1);
    CHECK(strstr(run_err.data, "'--restype' needs a value") != NULL);
    CHECK_EQ_U(run("annotate", "--restype", "a", "--restype", "b"), 2);
    CHECK(strstr(run_err.data, "given twice") != NULL);

    CHECK_EQ_U(run("help", "annotate"), 0);
    CHECK(strncmp(run_out.data, "usage: clusctl annotate [--restype NAME] [--operations] "
                                "[FILE...]\n", 66) == 0);
    CHECK(strstr(run_out.data, "Examples:\n") != NULL);
    CHECK(strstr(run_out.data, "  --restype NAME") != NULL);
    CHECK_EQ_U(run("annotate", "--help"), 0);
    CHECK(strncmp(run_out.data, "usage: clusctl annotate", 23) == 0);
    CHECK_EQ_U(run("--help"), 0);
    CHECK(strstr(run_out.data, "\n  annotate ") != NULL);
}

/* A write error: the output stream is open for reading only. */
static void test_command_write_error(void)
{
    FILE *ro;
    write_file(FILE_A, "one 0x01600008\n", 15);
    write_file(FILE_B, "one 0x01600008\n", 15);
    ro = fopen(FILE_A, "rb");
    if (ro == NULL)
        die("cannot open a temporary file");
    CHECK_EQ_U(run_clusctl_to(ro, "annotate", FILE_B, (const char *)NULL), CCTL_EXIT_OUTPUT);
    CHECK_EQ_U(count_lines(run_err.data), 1);
    if (!CHECK(strncmp(run_err.data, "clusctl: annotate: cannot write the output", 42) == 0))
        fprintf(stderr, "    stderr: %s", run_err.data);
    fclose(ro);
}

/* By default full control codes only; --operations names bare operations. */
static void test_command_operations(void)
{
    static const char in[] = "pid 0x0 flags 0x5 count 0x9 code 0x01000009\n";
    sink out;
    write_file(FILE_A, in, sizeof in - 1);
    CHECK_EQ_U(run("annotate", FILE_A), 0);
    CHECK_STR(run_out.data, "pid 0x0 flags 0x5 count 0x9 code 0x01000009 "
                            "[CLUSCTL_RESOURCE_GET_FLAGS]\n");
    CHECK_EQ_U(run("annotate", "--operations", FILE_A), 0);
    CHECK_STR(run_out.data, "pid 0x0 [CLCTL_UNKNOWN] flags 0x5 [CLCTL_GET_CHARACTERISTICS] "
                            "count 0x9 [CLCTL_GET_FLAGS] code 0x01000009 "
                            "[CLUSCTL_RESOURCE_GET_FLAGS]\n");
    CHECK_STR(run_err.data, "");
    /* The scanner and the reference agree without operations too. */
    ref_operations = 0;
    CHECK_ANNOTATE("flags 0x9.0x01000009", "flags 0x9.0x01000009 [CLUSCTL_RESOURCE_GET_FLAGS]");
    CHECK_SAME("0x0 0x9 0X5 0xd");
    scan(in, sizeof in - 1, NULL, NULL, &out);
    CHECK_BYTES(out.data, out.len, "pid 0x0 flags 0x5 count 0x9 code 0x01000009 "
                "[CLUSCTL_RESOURCE_GET_FLAGS]\n", sizeof in - 1 + 29);
    free(out.data);
    ref_operations = 1;
}

/* A FILE that is the output (annotate log >> log) is refused, as cat does;
 * the FILEs before it are written. POSIX only. */
static void test_command_input_is_output(void)
{
#if !defined(_WIN32)
    FILE *out;
    write_file(FILE_A, "one 0x01600008\n", 15);
    write_file(FILE_B, "two 0x01600004\n", 15);
    out = fopen(FILE_A, "ab");
    if (out == NULL)
        die("cannot open a temporary file");
    CHECK_EQ_U(run_clusctl_to(out, "annotate", FILE_B, FILE_A, (const char *)NULL), 1);
    CHECK_STR(run_err.data, "clusctl: annotate: '" FILE_A "' is the output: refused\n");
    fclose(out);
    /* Another file as the output, or the output not a regular file: fine. */
    out = fopen(FILE_C, "wb");
    if (out == NULL)
        die("cannot open a temporary file");
    CHECK_EQ_U(run_clusctl_to(out, "annotate", FILE_A, FILE_B, (const char *)NULL), 0);
    CHECK_STR(run_err.data, "");
    fclose(out);
    /* FILE_A got FILE_B's annotation, and nothing of itself. */
    {
        char got[128];
        size_t n;
        FILE *in = fopen(FILE_A, "rb");
        if (in == NULL)
            die("cannot open a temporary file");
        n = fread(got, 1, sizeof got - 1, in);
        got[n] = '\0';
        fclose(in);
        CHECK_STR(got, "one 0x01600008\ntwo 0x01600004 [CLUSCTL_RESOURCE_VM_START_MIGRATION]\n");
    }
#endif
}

/* Standard input, last: no FILE, and "-" among files. */
static void test_command_stdin(void)
{
    static const char in[] = "stdin 0x01600008\n";
    write_file(FILE_C, in, sizeof in - 1);
    if (freopen(FILE_C, "rb", stdin) == NULL)
        die("cannot reopen stdin");
    CHECK_EQ_U(run("annotate"), 0);
    CHECK_STR(run_out.data, "stdin 0x01600008 [" CANCEL "]\n");
    write_file(FILE_A, "one 0x9\n", 8);
    if (freopen(FILE_C, "rb", stdin) == NULL)
        die("cannot reopen stdin");
    /* "-" twice: the second finds the end of the file at once. */
    CHECK_EQ_U(run("annotate", FILE_A, "-", FILE_A, "-"), 0);
    CHECK_STR(run_out.data, "one 0x9\nstdin 0x01600008 [" CANCEL "]\n"
                            "one 0x9\n");
    CHECK_STR(run_err.data, "");
}

/* ---- the output buffer and the command's write path -------------------- */

/* The scanner with an output buffer of every small size, on random streams
 * cut at random: the same bytes as the reference; the write function gets
 * nothing larger than the buffer except a long span passed through. */
static void test_buffered_output(void)
{
    static const size_t sizes[] = {1, 2, 3, 7, 16, 64, 4096};
    size_t si;
    unsigned long mismatches = 0;
    for (si = 0; si < sizeof sizes / sizeof sizes[0]; si++) {
        int round;
        for (round = 0; round < 200; round++) {
            sink text, exp, out;
            cli_annotator a;
            char *buffer = (char *)malloc(sizes[si]);
            size_t pos = 0;
            int k, len = (int)(rng() % 60);
            if (buffer == NULL)
                die("out of memory");
            sink_init(&text);
            for (k = 0; k < len; k++) {
                static const char *const pieces[] = {
                    "0x01600008", "0X1600004", " ", "(", "0x9", "0x139F", "0",
                    "x", "a", "\n", "0x123456789", "0x0100002d]", "0x"};
                const char *p = pieces[rng() % (sizeof pieces / sizeof pieces[0])];
                sink_add(&text, p, strlen(p));
            }
            sink_init(&exp);
            reference(text.data, text.len, NULL, &exp);
            sink_init(&out);
            cli_annotate_init(&a, NULL, sink_write, &out);
            cli_annotate_buffer(&a, buffer, sizes[si]);
            a.operations = ref_operations;
            while (pos < text.len) {
                size_t n = 1 + rng() % 9;
                if (n > text.len - pos)
                    n = text.len - pos;
                if (cli_annotate_feed(&a, text.data + pos, n) != 0)
                    die("feed failed");
                CHECK(a.out_len <= sizes[si]);
                pos += n;
            }
            if (cli_annotate_finish(&a) != 0)
                die("finish failed");
            CHECK_EQ_U(a.out_len, 0); /* finish flushed it */
            if (out.len != exp.len || memcmp(out.data, exp.data, exp.len) != 0) {
                if (mismatches++ < 3)
                    CHECK_BYTES(out.data, out.len, exp.data, exp.len);
            }
            free(buffer);
            free(text.data);
            free(exp.data);
            free(out.data);
        }
    }
    CHECK_EQ_U(mismatches, 0);
}

/* With a buffer too, the first failing write's value comes back. */
static void test_buffered_write_error(void)
{
    static const char in[] = "a 0x01600008 b 0x9 c 0 and a long tail after it";
    int n, saw_error = 0;
    for (n = 0; n < 12; n++) {
        cli_annotator a;
        char buffer[8];
        sink out;
        int rc;
        sink_init(&out);
        out.writes_left = n;
        cli_annotate_init(&a, NULL, sink_write, &out);
        cli_annotate_buffer(&a, buffer, sizeof buffer);
        rc = cli_annotate_feed(&a, in, sizeof in - 1);
        if (rc == 0)
            rc = cli_annotate_finish(&a);
        if (rc != 0) {
            CHECK_EQ_U(rc, 7);
            saw_error = 1;
        }
        free(out.data);
    }
    CHECK(saw_error);
}

/* The command's own write path: a full device is "cannot write the output"
 * and exit status 3; a pipe with no reader (SIGPIPE ignored, as a caller
 * may) is exit status 3 and silent. */
static void test_command_write_paths(void)
{
#if defined(__linux__)
    FILE *full = fopen("/dev/full", "w");
    char expected[128];
    write_file(FILE_A, "one 0x01600008\n", 15);
    if (CHECK(full != NULL)) {
        CHECK_EQ_U(run_clusctl_to(full, "annotate", FILE_A, (const char *)NULL),
                   CCTL_EXIT_OUTPUT);
        snprintf(expected, sizeof expected, "clusctl: annotate: cannot write the output: %s\n",
                 strerror(ENOSPC));
        CHECK_STR(run_err.data, expected);
        fclose(full);
    }
    {
        int fds[2];
        FILE *w;
        void (*old)(int) = signal(SIGPIPE, SIG_IGN);
        if (!CHECK(pipe(fds) == 0))
            return;
        close(fds[0]);
        w = fdopen(fds[1], "w");
        if (CHECK(w != NULL)) {
            CHECK_EQ_U(run_clusctl_to(w, "annotate", FILE_A, (const char *)NULL),
                       CCTL_EXIT_OUTPUT);
            CHECK_STR(run_err.data, "");
            fclose(w);
        }
        signal(SIGPIPE, old);
    }
#endif
}

int main(void)
{
    RUN(test_cluster_log_lines);
    RUN(test_case_and_short_forms);
    RUN(test_positions_and_punctuation);
    RUN(test_not_codes);
    RUN(test_restype);
    RUN(test_binary);
    RUN(test_random_streams);
    RUN(test_write_error);
    RUN(test_command_files);
    RUN(test_command_restype);
    RUN(test_command_missing_file);
    RUN(test_command_binary_and_empty);
    RUN(test_command_long_line);
    RUN(test_command_usage);
    RUN(test_command_write_error);
    RUN(test_command_input_is_output);
    RUN(test_command_operations);
    RUN(test_command_stdin);
    RUN(test_buffered_output);
    RUN(test_buffered_write_error);
    RUN(test_command_write_paths);
    remove(FILE_A);
    remove(FILE_B);
    remove(FILE_C);
    run_clusctl_free();
    return harness_finish();
}
