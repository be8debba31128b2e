/* The clusctl executable. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"

int main(int argc, char **argv)
{
    int status = clusctl_cli_main(argc, argv, stdout, stderr);
    /* clusctl_cli_main() has flushed and reported; this is the last word
     * (a broken pipe stays silent). */
    errno = 0;
    if (fflush(stdout) != 0 || ferror(stdout)) {
#if defined(EPIPE)
        if (errno != EPIPE)
#endif
            fprintf(stderr, "clusctl: cannot write the output: %s\n",
                    errno != 0 ? strerror(errno) : "write error");
        return CCTL_EXIT_OUTPUT;
    }
    return status;
}
