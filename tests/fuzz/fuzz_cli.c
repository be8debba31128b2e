/* Fuzz target: the clusctl tool, in process. The input, split on NUL bytes,
 * is the command line after argv[0] = "clusctl" (at most 32 arguments, each
 * in its own buffer of exactly its size; a final NUL ends the last argument
 * and adds none). Output goes to the null device.
 *
 * Checked: the exit status is 0, 1 or 2; running the same command line
 * again gives the same status (the tool keeps no state between runs); the
 * arguments are not modified. */
#include "fuzz_common.h"

#include "cli.h"

#define FUZZ_MAX_ARGS 32

static FILE *null_stream(void)
{
    static FILE *null;
    if (null == NULL) {
#if defined(_WIN32)
        null = fopen("NUL", "w");
#else
        null = fopen("/dev/null", "w");
#endif
        if (null == NULL) {
            fputs("fuzz_cli: cannot open the null device\n", stderr);
            abort();
        }
        /* `annotate` with no FILE reads stdin: make that the empty null
         * device, or an input naming no file would wait for a terminal. */
#if defined(_WIN32)
        if (freopen("NUL", "rb", stdin) == NULL)
#else
        if (freopen("/dev/null", "rb", stdin) == NULL)
#endif
        {
            fputs("fuzz_cli: cannot read stdin from the null device\n", stderr);
            abort();
        }
    }
    return null;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *argv[FUZZ_MAX_ARGS + 1];
    char *copy[FUZZ_MAX_ARGS + 1];
    size_t lens[FUZZ_MAX_ARGS + 1];
    int argc = 0, i, status, again;
    size_t pos = 0;
    FILE *out = null_stream();

    FUZZ_BEGIN(data, size);
    argv[argc] = fuzz_cstring((const uint8_t *)"clusctl", 7);
    lens[argc++] = 7;
    while (pos < size && argc < FUZZ_MAX_ARGS) {
        const uint8_t *nul = (const uint8_t *)memchr(data + pos, 0, size - pos);
        size_t len = nul != NULL ? (size_t)(nul - (data + pos)) : size - pos;
        argv[argc] = fuzz_cstring(data + pos, len);
        lens[argc++] = len;
        pos += len + 1;
    }
    argv[argc] = NULL;
    for (i = 0; i < argc; i++)
        copy[i] = fuzz_cstring((const uint8_t *)argv[i], lens[i]);

    status = clusctl_cli_main(argc, argv, out, out);
    FUZZ_CHECKF(status == CCTL_EXIT_OK || status == CCTL_EXIT_REFUSED ||
                    status == CCTL_EXIT_USAGE,
                "exit status %d", status);
    for (i = 0; i < argc; i++)
        FUZZ_CHECKF(memcmp(argv[i], copy[i], lens[i] + 1) == 0,
                    "argv[%d] was modified", i);
    FUZZ_CHECK(argv[argc] == NULL);

    again = clusctl_cli_main(argc, argv, out, out);
    FUZZ_CHECKF(again == status, "the same command line gave %d, then %d", status,
                again);

    for (i = 0; i < argc; i++) {
        free(argv[i]);
        free(copy[i]);
    }
    return 0;
}
