/* The clusctl executable. */
#include <stdio.h>

#include "cli.h"

int main(int argc, char **argv)
{
    int status = clusctl_cli_main(argc, argv, stdout, stderr);
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fputs("clusctl: cannot write the output\n", stderr);
        return CCTL_EXIT_REFUSED;
    }
    return status;
}
