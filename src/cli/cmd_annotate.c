/* `clusctl annotate`: copies text through, naming the control codes in it,
 * as c++filt does for C++ symbols. The scanner is annotate.c. */
#if !defined(_WIN32) && !defined(_POSIX_C_SOURCE)
#define _POSIX_C_SOURCE 200809L /* fileno(), read(), write() */
#endif
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "annotate.h"
#include "cli_internal.h"

#if defined(_WIN32)
#include <io.h>
#define CLI_FILENO(f) _fileno(f)
#define CLI_RAW_IO 1
#elif defined(__unix__) || defined(__APPLE__)
#include <sys/stat.h>
#include <unistd.h>
#define CLI_FILENO(f) fileno(f)
#define CLI_RAW_IO 1
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

/* The output: write(2) on the stream's descriptor, all of it (a partial
 * write goes on, an interrupted one is retried), or fwrite() where there is
 * no descriptor. The annotator gathers CLI_ANNOTATE_OUT_BUFFER bytes
 * between writes. */
typedef struct cli_output {
    FILE *file;
    int fd;  /* -1: write with fwrite() */
    int err; /* errno of the failed write, 0 when it set none */
} cli_output;

static int cli_output_write(void *user, const char *data, size_t size)
{
    cli_output *o = (cli_output *)user;
#if defined(CLI_RAW_IO)
    if (o->fd >= 0) {
        while (size > 0) {
            size_t part = size < (size_t)INT_MAX ? size : (size_t)INT_MAX;
#if defined(_WIN32)
            int n;
            errno = 0;
            n = _write(o->fd, data, (unsigned int)part);
#else
            ssize_t n;
            errno = 0;
            n = write(o->fd, data, part);
#endif
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                o->err = n < 0 ? errno : 0;
                return -1;
            }
            data += n;
            size -= (size_t)n;
        }
        return 0;
    }
#endif
    errno = 0;
    if (fwrite(data, 1, size, o->file) != size) {
        o->err = errno;
        return -1;
    }
    return 0;
}

/* Reads up to `size` bytes of `in` into buf: read(2) on its descriptor (a
 * pipe or a terminal gives what it has), else fread(). The count, 0 at the
 * end of the input, or -1 with errno set. */
static long cli_input_read(FILE *in, char *buf, size_t size)
{
#if defined(CLI_RAW_IO)
    int fd = CLI_FILENO(in);
    if (fd >= 0) {
        for (;;) {
#if defined(_WIN32)
            int n;
            errno = 0;
            n = _read(fd, buf, (unsigned int)size);
#else
            ssize_t n;
            errno = 0;
            n = read(fd, buf, size);
#endif
            if (n < 0 && errno == EINTR)
                continue;
            return (long)n;
        }
    }
#endif
    {
        size_t n;
        errno = 0;
        n = fread(buf, 1, size, in);
        if (n == 0 && ferror(in))
            return -1;
        return (long)n;
    }
}

/* Annotates one open stream to the output. `name` is for messages. After
 * an input that gave less than a whole chunk (a pipe, a terminal), what
 * waits in the output buffer is written, so that `tail -f log | clusctl
 * annotate` shows each line as it comes. */
static int cli_annotate_stream(const cli_ctx *ctx, cli_annotator *a,
                               cli_output *out, FILE *in, const char *name,
                               char *buf)
{
    for (;;) {
        long n = cli_input_read(in, buf, CLI_ANNOTATE_CHUNK);
        if (n < 0) {
            int err = errno;
            /* What was read is written (a write error is then reported). */
            if (cli_annotate_flush(a) != 0)
                (void)cli_write_failed(ctx, out->err);
            return cli_fail(ctx, CCTL_EXIT_REFUSED, "cannot read '%s': %s", name,
                            cli_errno_text(err, "read error"));
        }
        if (n == 0)
            break; /* end of file */
        if (cli_annotate_feed(a, buf, (size_t)n) != 0 ||
            ((size_t)n < CLI_ANNOTATE_CHUNK && cli_annotate_flush(a) != 0))
            return cli_write_failed(ctx, out->err);
    }
    if (cli_annotate_finish(a) != 0)
        return cli_write_failed(ctx, out->err);
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
    cli_output out;
    char *buf, *out_buf;

    rc = cli_parse_command(ctx, argc, argv, options, 2, &cli_cmd_annotate, 0,
                           &count);
    if (rc != CLI_CONTINUE)
        return rc;
    rc = CCTL_EXIT_OK;
    cli_check_restype(ctx, restype);
    buf = (char *)malloc(CLI_ANNOTATE_CHUNK);
    out_buf = (char *)malloc(CLI_ANNOTATE_OUT_BUFFER);
    if (buf == NULL || out_buf == NULL) {
        free(buf);
        free(out_buf);
        return cli_fail(ctx, CCTL_EXIT_REFUSED, "out of memory");
    }
    if (ctx->out == stdout)
        cli_binary_mode(stdout);
    /* What the stream holds goes first; from here on the output bypasses
     * its buffer. */
    errno = 0;
    if (fflush(ctx->out) != 0) {
        free(buf);
        free(out_buf);
        return cli_write_failed(ctx, errno);
    }
    out.file = ctx->out;
#if defined(CLI_RAW_IO)
    out.fd = CLI_FILENO(ctx->out);
#else
    out.fd = -1;
#endif
    out.err = 0;
    cli_annotate_init(&a, restype, cli_output_write, &out);
    cli_annotate_buffer(&a, out_buf, CLI_ANNOTATE_OUT_BUFFER);
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
            rc = cli_annotate_stream(ctx, &a, &out, stdin, "standard input", buf);
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
        rc = cli_annotate_stream(ctx, &a, &out, in, name, buf);
        fclose(in);
    }
    free(buf);
    free(out_buf);
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
    "write error exits 3. What it prints is the text, not data about it, so\n"
    "it takes no --json: decode --json describes the codes it names.\n\n"
    "Options:\n"
    "  --operations    name bare CLCTL_* operations too (0x9 [CLCTL_GET_FLAGS]);\n"
    "                  by default only full control codes are named, so that\n"
    "                  small numbers (pid 0x0, count 0x9) pass through\n"
    "  --restype NAME  name the code that belongs to resource type NAME\n"
    "                  (@restypes@);\n"
    "                  another type gets a warning on stderr\n\n"
    "Examples:\n"
    "  echo 'ResourceControl(0x01600008) failed' | clusctl annotate\n"
    "  clusctl annotate node1_cluster.log node2_cluster.log > named.log\n"
    "  grep -i resourcecontrol cluster.log | clusctl annotate\n"
    "  clusctl annotate --restype \"Virtual Machine Configuration\" cluster.log\n",
    NULL};
