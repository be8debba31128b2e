/* `clusctl annotate`: copies text through, naming the control codes in it,
 * as c++filt does for C++ symbols. The scanner is annotate.c. */
#if !defined(_WIN32) && !defined(_POSIX_C_SOURCE)
#define _POSIX_C_SOURCE 200809L /* fileno() */
#endif
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "annotate.h"
#include "cli_internal.h"

#if !defined(_WIN32)
#include <sys/stat.h>
#define CLI_SAME_FILE_CHECK 1
#endif

/* Whether `in` is the file standard output (`out`) writes to, as cat(1)
 * asks: the same device and inode, the output a regular file. POSIX only;
 * elsewhere, never. */
static int cli_input_is_output(FILE *in, FILE *out)
{
#if defined(CLI_SAME_FILE_CHECK)
    struct stat si, so;
    if (fstat(fileno(out), &so) != 0 || !S_ISREG(so.st_mode) ||
        fstat(fileno(in), &si) != 0)
        return 0;
    return si.st_dev == so.st_dev && si.st_ino == so.st_ino;
#else
    (void)in;
    (void)out;
    return 0;
#endif
}

/* Annotates one open stream to ctx->out. `name` is for messages. */
static int cli_annotate_stream(const cli_ctx *ctx, cli_annotator *a, FILE *in,
                               const char *name, char *buf)
{
    for (;;) {
        size_t n;
        errno = 0;
        n = fread(buf, 1, CLI_ANNOTATE_CHUNK, in);
        if (n > 0 && cli_annotate_feed(a, buf, n) != 0)
            return cli_write_failed(ctx, errno);
        if (n < CLI_ANNOTATE_CHUNK) {
            if (ferror(in))
                return cli_fail(ctx, CCTL_EXIT_REFUSED, "cannot read '%s': %s",
                                name, cli_errno_text(errno, "read error"));
            break; /* end of file */
        }
    }
    errno = 0;
    if (cli_annotate_finish(a) != 0)
        return cli_write_failed(ctx, errno);
    return CCTL_EXIT_OK;
}

static int cli_annotate(const cli_ctx *ctx, int argc, char **argv)
{
    int count = 0, i, rc = CCTL_EXIT_OK;
    const char *restype = NULL;
    int operations = 0;
    const cli_option options[] = {{"--restype", &restype, NULL},
                                  {"--operations", NULL, &operations}};
    cli_annotator a;
    char *buf;

    rc = cli_parse_command(ctx, argc, argv, options, 2, &cli_cmd_annotate, 0,
                           &count);
    if (rc != CLI_CONTINUE)
        return rc;
    rc = CCTL_EXIT_OK;
    cli_check_restype(ctx, restype);
    buf = (char *)malloc(CLI_ANNOTATE_CHUNK);
    if (buf == NULL)
        return cli_fail(ctx, CCTL_EXIT_REFUSED, "out of memory");
    if (ctx->out == stdout)
        cli_binary_mode(stdout);
    cli_annotate_init(&a, restype, cli_annotate_write_file, ctx->out);
    a.operations = operations;
    /* Each FILE is a stream of its own: a code does not run from one into
     * the next. */
    for (i = 0; i < (count > 0 ? count : 1) && rc == CCTL_EXIT_OK; i++) {
        const char *name = count > 0 ? ctx->operands[i] : "-";
        FILE *in;
        if (strcmp(name, "-") == 0) {
            if (cli_input_is_output(stdin, ctx->out)) {
                rc = cli_fail(ctx, CCTL_EXIT_REFUSED,
                              "standard input is the output: refused");
                break;
            }
            cli_binary_mode(stdin);
            rc = cli_annotate_stream(ctx, &a, stdin, "standard input", buf);
            clearerr(stdin); /* "-" twice reads on after end of file */
            continue;
        }
        errno = 0;
        in = fopen(name, "rb");
        if (in == NULL) {
            rc = cli_fail(ctx, CCTL_EXIT_REFUSED, "cannot open '%s': %s", name,
                          cli_errno_text(errno, "unknown error"));
            break;
        }
        if (cli_input_is_output(in, ctx->out)) {
            fclose(in);
            rc = cli_fail(ctx, CCTL_EXIT_REFUSED, "'%s' is the output: refused",
                          name);
            break;
        }
        rc = cli_annotate_stream(ctx, &a, in, name, buf);
        fclose(in);
    }
    free(buf);
    errno = 0;
    if (rc == CCTL_EXIT_OK && fflush(ctx->out) != 0)
        rc = cli_write_failed(ctx, errno);
    return rc;
}

const cli_command cli_cmd_annotate = {
    "annotate", cli_annotate, "annotate [--restype NAME] [--operations] [FILE...]",
    "Name the control codes in text, such as cluster logs (like c++filt).",
    "Copies each FILE in order, or standard input when there is none (a\n"
    "FILE of - is standard input too), to standard output byte for byte,\n"
    "except that every control code the catalog holds is followed by a space\n"
    "and its preferred name in brackets:\n"
    "  ResourceControl(0x01600008) failed\n"
    "  ResourceControl(0x01600008 [CLUSCTL_RESOURCE_VM_CANCEL_MIGRATION]) failed\n\n"
    "A code is 0x or 0X and 1 to 8 hex digits in either case (0x01600008,\n"
    "0X1600008, 0x0100002d). The 0 must not follow a letter, digit or _, and\n"
    "the digits must not be followed by a ninth hex digit, a letter or _:\n"
    "a0x12, 10x5, 0x123456789, 0x12G and 0x12_ are left alone, as are values\n"
    "the catalog does not hold (0x139F), and small values that are bare\n"
    "operations (0x0, 0x9) unless --operations is given. Every other byte\n"
    "passes through\n"
    "unchanged (NUL bytes, invalid UTF-8, CR LF, no final newline), and lines\n"
    "of any length are read in constant memory.\n\n"
    "Each FILE is scanned on its own: a code does not run from one FILE into\n"
    "the next. A FILE that cannot be opened ends the run with exit status 1\n"
    "and one line on stderr: the FILEs before it have been written, the ones\n"
    "after it are not read. So does a FILE that is the output (clusctl\n"
    "annotate log >> log), as cat refuses it. A read error exits 1 too; a\n"
    "write error exits 3.\n\n"
    "Options:\n"
    "  --operations    name bare CLCTL_* operations too (0x9 [CLCTL_GET_FLAGS]);\n"
    "                  by default only full control codes are named, so that\n"
    "                  small numbers (pid 0x0, count 0x9) pass through\n"
    "  --restype NAME  name the code that belongs to resource type NAME\n"
    "                  (\"Virtual Machine\", \"Virtual Machine Configuration\");\n"
    "                  another type gets a warning on stderr\n\n"
    "Examples:\n"
    "  echo 'ResourceControl(0x01600008) failed' | clusctl annotate\n"
    "  clusctl annotate node1_cluster.log node2_cluster.log > named.log\n"
    "  grep -i resourcecontrol cluster.log | clusctl annotate\n"
    "  clusctl annotate --restype \"Virtual Machine Configuration\" cluster.log\n"};
