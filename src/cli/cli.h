/* The clusctl tool as a function, so that tests and fuzzers can run it in
 * process. Not installed. */
#ifndef CCTL_CLI_H_
#define CCTL_CLI_H_

#include <stdio.h>

/* Exit statuses of the tool. */
#define CCTL_EXIT_OK 0        /* done; for `vm`: the request succeeded */
#define CCTL_EXIT_REFUSED 1   /* not found, or the request was refused */
#define CCTL_EXIT_USAGE 2     /* bad command line */
#define CCTL_EXIT_OUTPUT 3    /* the output could not be written */

/* Runs the tool with argv[0..argc-1] (argv[0] is the program name), writing
 * results to `out` and one-line errors to `err`. Returns the exit status. */
int clusctl_cli_main(int argc, char **argv, FILE *out, FILE *err);

#endif /* CCTL_CLI_H_ */
