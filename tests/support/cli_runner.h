/* The clusctl tool run in process, as test_cli and test_annotate run it:
 * clusctl_cli_main() with a command line given as arguments, its standard
 * output and standard error captured (through tmpfile()) into growable,
 * NUL-terminated buffers. Part of clusctl_test_support_cli. */
#ifndef CCTL_TEST_CLI_RUNNER_H_
#define CCTL_TEST_CLI_RUNNER_H_

#include <stddef.h>
#include <stdio.h>

/* What one stream of the last run wrote: `len` bytes at `data` (which may
 * hold NUL bytes), and a NUL after them. */
typedef struct run_text {
    char *data;
    size_t len;
} run_text;

/* The standard output and standard error of the last run. Empty (never a
 * NULL data) before the first run; run_out is empty after a run whose
 * output went to a stream of the caller's. */
extern run_text run_out, run_err;

/* Runs `clusctl ARGS...`: the arguments, then (const char *)NULL. Returns
 * the exit status; captures both streams into run_out and run_err. At most
 * 62 arguments. Exits the program (status 1) when no temporary file can be
 * made. */
int run_clusctl(const char *first, ...);

/* The same with the output going to `out` (NULL: captured as run_clusctl()
 * does). `out` is left open; run_out is emptied. */
int run_clusctl_to(FILE *out, const char *first, ...);

/* Frees what run_out and run_err hold (they are empty again after). */
void run_clusctl_free(void);

/* The number of '\n' in a NUL-terminated string. */
size_t count_lines(const char *s);

/* Whether `text` is the one line `vm start|cancel --json` prints for this
 * status, status name, VmState and MigrationState: {"status":S,
 * "status_name":"NAME","vm":{"vm_state":V,...,"migration_state":M,...}}. */
int vm_json_is(const char *text, unsigned long status, const char *name,
               unsigned long vm_state, unsigned long migration_state);

#define CHECK_VM_JSON(status, name, vm_state, migration_state)                 \
    CHECK(vm_json_is(run_out.data, status, name, vm_state, migration_state))

#endif /* CCTL_TEST_CLI_RUNNER_H_ */
