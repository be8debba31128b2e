/* Fuzz target: the clusctl tool, in process, every command, with standard
 * input.
 *
 * Input: up to the first 0xFF byte (a byte no UTF-8 text holds), the
 * command line after argv[0] = "clusctl", split on NUL bytes (at most 32
 * arguments, each in its own buffer of exactly its size; a NUL right before
 * the 0xFF or at the end ends the last argument and adds none, so
 * "vm\0start\0--dest\0\0" ends with an empty argument). After the 0xFF: the
 * tool's standard input (none: empty).
 *
 * Files: the harness keeps a scratch directory (removed at exit) holding
 * one file, the standard input's bytes; standard input is reopened on it
 * before every run. An argument "@FILE", or one ending in "=@FILE", names
 * that file instead (its path put in place), so the tool opens the same
 * bytes as a FILE operand (annotate FILE, plist decode FILE, vm control
 * --in FILE, --properties FILE). Any other argument that is a path with a
 * directory part (holds a '/' or a '\\': /dev/zero, /dev/stdin,
 * ../x), that names something that exists (in the current directory), or
 * that is a Windows device name (CON, NUL, COM1, CONIN$, ... with or
 * without an extension), or whose part after its first '=' is one of
 * those, makes the harness skip the input: the tool never opens anything
 * but the scratch file, so nothing can block or be unbounded. (Wine, for
 * one, opens /dev/zero while saying no such file exists: hence the paths.)
 * Nor does it allocate what the input asks: an input with `--out-size`
 * above 1 MiB (vm control's output buffer) is skipped too.
 *
 * Checked: the exit status is 0, 1 or 2; running the same command line
 * again (on the same standard input) gives the same status and the same
 * bytes on standard output and standard error (the tool keeps no state
 * between runs); the arguments are not modified. */
#if !defined(_WIN32)
#define _POSIX_C_SOURCE 200809L /* mkdtemp, rmdir */
#endif

#include "fuzz_common.h"

#include "cli.h"
#include "clusctl/clusctl.h"

#if defined(_WIN32)
#include <windows.h>
#else
#include <sys/stat.h>
#include <unistd.h>
#endif

#define FUZZ_MAX_ARGS 32
#define FUZZ_OUT_SIZE_MAX ((uint32_t)1 << 20)

static char scratch_dir[1024];
static char scratch_file[1100]; /* the standard input's bytes */
static FILE *out_file, *err_file;

static void scratch_remove(void)
{
    /* Standard input off the scratch file first: Windows deletes no open
     * file. */
#if defined(_WIN32)
    if (freopen("NUL", "rb", stdin) == NULL)
#else
    if (freopen("/dev/null", "rb", stdin) == NULL)
#endif
        fclose(stdin);
    remove(scratch_file);
#if defined(_WIN32)
    RemoveDirectoryA(scratch_dir);
#else
    rmdir(scratch_dir);
#endif
}

static void scratch_make(void)
{
#if defined(_WIN32)
    char tmp[MAX_PATH + 1];
    DWORD n = GetTempPathA(sizeof tmp, tmp);
    FUZZ_CHECK(n > 0 && n < sizeof tmp);
    snprintf(scratch_dir, sizeof scratch_dir, "%sclusctl-fuzz-cli-%lu", tmp,
             (unsigned long)GetCurrentProcessId());
    FUZZ_CHECK(CreateDirectoryA(scratch_dir, NULL) || GetLastError() == ERROR_ALREADY_EXISTS);
    snprintf(scratch_file, sizeof scratch_file, "%s\\stdin", scratch_dir);
#else
    const char *tmp = getenv("TMPDIR");
    snprintf(scratch_dir, sizeof scratch_dir, "%s/clusctl-fuzz-cli.XXXXXX",
             tmp != NULL && tmp[0] != '\0' ? tmp : "/tmp");
    FUZZ_CHECK(mkdtemp(scratch_dir) != NULL);
    snprintf(scratch_file, sizeof scratch_file, "%s/stdin", scratch_dir);
#endif
    atexit(scratch_remove);
}

static void setup(void)
{
    if (out_file != NULL)
        return;
    scratch_make();
    out_file = tmpfile();
    err_file = tmpfile();
    FUZZ_CHECK(out_file != NULL && err_file != NULL);
}

/* Whether a path names something that exists. */
static int exists(const char *path)
{
#if defined(_WIN32)
    return GetFileAttributesA(path) != INVALID_FILE_ATTRIBUTES;
#else
    struct stat st;
    return stat(path, &st) == 0;
#endif
}

/* Whether a name is a Windows device, which any directory holds: CON, PRN,
 * AUX, NUL, COM0-9, LPT0-9, CONIN$, CONOUT$, any case, with or without an
 * extension, after any directory part. */
static int windows_device(const char *path)
{
    static const char *const devices[] = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"};
    const char *base = path, *p;
    size_t len, i;
    for (p = path; *p != '\0'; p++)
        if (*p == '/' || *p == '\\' || *p == ':')
            base = p + 1;
    for (len = 0; base[len] != '\0' && base[len] != '.'; len++)
        ;
    while (len > 0 && base[len - 1] == ' ')
        len--;
    for (i = 0; i < sizeof devices / sizeof devices[0]; i++)
        if (strlen(devices[i]) == len) {
            char name[8];
            memcpy(name, base, len);
            name[len] = '\0';
            if (fuzz_equal_nocase(name, devices[i]))
                return 1;
        }
    if (len == 4 && (base[3] >= '0' && base[3] <= '9')) {
        char name[4];
        memcpy(name, base, 3);
        name[3] = '\0';
        if (fuzz_equal_nocase(name, "COM") || fuzz_equal_nocase(name, "LPT"))
            return 1;
    }
    return 0;
}

/* Whether a name could open something: a path with a directory part, an
 * existing name, a Windows device. */
static int opens_something(const char *name)
{
    return name[0] != '\0' && (strchr(name, '/') != NULL || strchr(name, '\\') != NULL ||
                                exists(name) || windows_device(name));
}

/* Whether the harness lets an argument through (see the file's comment). */
static int allowed(const char *arg, const char *previous)
{
    const char *eq = strchr(arg, '=');
    uint32_t n;
    if (opens_something(arg) || (eq != NULL && opens_something(eq + 1)))
        return 0;
    if (previous != NULL && strcmp(previous, "--out-size") == 0 &&
        clusctl_parse_u32(arg, &n) == CCTL_ERROR_SUCCESS && n > FUZZ_OUT_SIZE_MAX)
        return 0;
    if (strncmp(arg, "--out-size=", 11) == 0 &&
        clusctl_parse_u32(arg + 11, &n) == CCTL_ERROR_SUCCESS && n > FUZZ_OUT_SIZE_MAX)
        return 0;
    return 1;
}

/* An argument as the tool gets it: "@FILE" (or "...=@FILE") becomes the
 * scratch file's path. malloc'd, exactly its size and a NUL. */
static char *argument(const uint8_t *p, size_t len, size_t *out_len, int *substituted)
{
    static const char tag[] = "@FILE";
    size_t tag_len = sizeof tag - 1;
    char *a;
    if ((len == tag_len || (len > tag_len && p[len - tag_len - 1] == '=')) &&
        memcmp(p + len - tag_len, tag, tag_len) == 0) {
        size_t head = len - tag_len, path = strlen(scratch_file);
        a = (char *)malloc(head + path + 1);
        FUZZ_CHECK(a != NULL);
        memcpy(a, p, head);
        memcpy(a + head, scratch_file, path + 1);
        *out_len = head + path;
        *substituted = 1;
        return a;
    }
    *out_len = len;
    *substituted = 0;
    return fuzz_cstring(p, len);
}

/* Standard input: the scratch file, reopened from its start. */
static void reopen_stdin(void)
{
    if (freopen(scratch_file, "rb", stdin) == NULL) {
        fputs("fuzz_cli: cannot reopen stdin on the scratch file\n", stderr);
        abort();
    }
}

/* What one stream got in a run: its length and an FNV-1a hash of it. */
typedef struct digest {
    long length;
    uint64_t hash;
} digest;

static digest digest_of(FILE *f)
{
    digest d;
    unsigned char buf[4096];
    long left;
    FUZZ_CHECK(fflush(f) == 0);
    d.length = ftell(f);
    d.hash = UINT64_C(0xCBF29CE484222325);
    rewind(f);
    for (left = d.length; left > 0;) {
        size_t want = left < (long)sizeof buf ? (size_t)left : sizeof buf, i;
        size_t got = fread(buf, 1, want, f);
        FUZZ_CHECK(got == want);
        for (i = 0; i < got; i++)
            d.hash = (d.hash ^ buf[i]) * UINT64_C(0x100000001B3);
        left -= (long)got;
    }
    rewind(f);
    return d;
}

static int run(int argc, char **argv, digest *out, digest *err)
{
    int status;
    reopen_stdin();
    rewind(out_file);
    rewind(err_file);
    status = clusctl_cli_main(argc, argv, out_file, err_file);
    *out = digest_of(out_file);
    *err = digest_of(err_file);
    return status;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *argv[FUZZ_MAX_ARGS + 1];
    char *copy[FUZZ_MAX_ARGS + 1];
    size_t lens[FUZZ_MAX_ARGS + 1];
    int argc = 0, i, status, again, ok = 1;
    size_t pos = 0, line;
    const uint8_t *sep;
    char *previous = NULL;
    FILE *f;
    digest out1, err1, out2, err2;

    FUZZ_BEGIN(data, size);
    setup();
    sep = (const uint8_t *)memchr(data, 0xFF, size);
    line = sep != NULL ? (size_t)(sep - data) : size;

    /* Standard input. */
    f = fopen(scratch_file, "wb");
    FUZZ_CHECK(f != NULL);
    if (sep != NULL && size - line - 1 > 0)
        FUZZ_CHECK(fwrite(sep + 1, 1, size - line - 1, f) == size - line - 1);
    FUZZ_CHECK(fclose(f) == 0);

    argv[argc] = fuzz_cstring((const uint8_t *)"clusctl", 7);
    lens[argc++] = 7;
    while (pos < line && argc < FUZZ_MAX_ARGS) {
        const uint8_t *nul = (const uint8_t *)memchr(data + pos, 0, line - pos);
        size_t len = nul != NULL ? (size_t)(nul - (data + pos)) : line - pos;
        char *raw = fuzz_cstring(data + pos, len);
        int substituted;
        argv[argc] = argument(data + pos, len, &lens[argc], &substituted);
        /* The scratch file is let through where "@FILE" named it. */
        if (!substituted && !allowed(raw, previous))
            ok = 0;
        free(previous);
        previous = raw;
        argc++;
        pos += len + 1;
    }
    free(previous);
    argv[argc] = NULL;
    for (i = 0; i < argc; i++)
        copy[i] = fuzz_cstring((const uint8_t *)argv[i], lens[i]);

    if (ok) {
        status = run(argc, argv, &out1, &err1);
        FUZZ_CHECKF(status == CCTL_EXIT_OK || status == CCTL_EXIT_REFUSED ||
                        status == CCTL_EXIT_USAGE,
                    "exit status %d", status);
        for (i = 0; i < argc; i++)
            FUZZ_CHECKF(memcmp(argv[i], copy[i], lens[i] + 1) == 0, "argv[%d] was modified", i);
        FUZZ_CHECK(argv[argc] == NULL);

        again = run(argc, argv, &out2, &err2);
        FUZZ_CHECKF(again == status, "the same command line gave %d, then %d", status, again);
        FUZZ_CHECKF(out2.length == out1.length && out2.hash == out1.hash,
                    "the same command line wrote %ld bytes, then %ld other bytes", out1.length,
                    out2.length);
        FUZZ_CHECKF(err2.length == err1.length && err2.hash == err1.hash,
                    "the same command line wrote %ld bytes on stderr, then %ld other bytes",
                    err1.length, err2.length);
    }

    for (i = 0; i < argc; i++) {
        free(argv[i]);
        free(copy[i]);
    }
    return 0;
}
