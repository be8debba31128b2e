/* The scanner behind `clusctl annotate`: a streaming state machine that
 * copies bytes through and follows every control code it recognizes with
 * " [NAME]". Not installed.
 *
 * A code is "0x" or "0X", then 1 to 8 hex digits of either case, where the
 * "0" does not follow an identifier character ([A-Za-z0-9_]) and the digits
 * are not followed by another hex digit or identifier character, and whose
 * value the catalog holds. Everything else passes through byte for byte.
 *
 * Memory is constant: the scanner keeps at most the bytes of one unfinished
 * code (CLI_ANNOTATE_PENDING_MAX) between two calls of cli_annotate_feed(),
 * so a code split across chunks is still recognized and lines of any length
 * work. */
#ifndef CCTL_CLI_ANNOTATE_H_
#define CCTL_CLI_ANNOTATE_H_

#include <stddef.h>
#include <stdio.h>

/* Where the output goes: writes `size` bytes (size > 0), returns 0 on
 * success, nonzero on error. */
typedef int (*cli_annotate_write_fn)(void *user, const char *data, size_t size);

/* The size of one read of `clusctl annotate`. */
#define CLI_ANNOTATE_CHUNK (64u * 1024u)

/* "0x" and 8 hex digits: the longest unfinished code. */
#define CLI_ANNOTATE_PENDING_MAX 10

/* One stream being annotated. Fill it with cli_annotate_init(). */
typedef struct cli_annotator {
    cli_annotate_write_fn write;
    void *user;
    const char *restype; /* picks the name per resource type; may be NULL */
    /* 1: bare CLCTL_* operations (a value the catalog holds as an operation,
     * 0x9) are named too; 0 (what cli_annotate_init() sets): full control
     * codes only. */
    int operations;
    /* The start of a code not yet finished at the end of the last chunk:
     * "0", "0x" or "0x" and 1 to 8 hex digits. */
    char pending[CLI_ANNOTATE_PENDING_MAX];
    size_t pending_len;
    /* Whether the last byte before the next chunk (when nothing is pending)
     * is an identifier character. */
    int prev_ident;
} cli_annotator;

/* Starts a stream. `restype` (not copied; may be NULL) is passed to
 * clusctl_catalog_preferred(). */
void cli_annotate_init(cli_annotator *a, const char *restype,
                       cli_annotate_write_fn write_fn, void *user);

/* Scans the next `size` bytes of the stream (size may be 0), writing all of
 * them but the start of a code they may end with, which is kept until the
 * next call. Returns 0, or the first nonzero value of the write function
 * (then the stream's output is incomplete and it should be abandoned). */
int cli_annotate_feed(cli_annotator *a, const void *data, size_t size);

/* Ends the stream (end of input): writes what is still pending, annotated
 * when it is a complete code. Returns as cli_annotate_feed() does. The
 * annotator is then ready for a new stream with the same settings. */
int cli_annotate_finish(cli_annotator *a);

/* A write function for a FILE * (`user`): fwrite(); nonzero when short. */
int cli_annotate_write_file(void *user, const char *data, size_t size);

#endif /* CCTL_CLI_ANNOTATE_H_ */
