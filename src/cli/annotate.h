/* The scanner behind `clusctl annotate`: a streaming state machine that
 * copies bytes through and follows every control code it recognizes with
 * " [NAME]". Not installed.
 *
 * A code is "0x" or "0X", then 1 to 8 hex digits of either case, where the
 * "0" does not follow an identifier character ([A-Za-z0-9_]) and the digits
 * are not followed by another hex digit or identifier character, and whose
 * value the catalog holds (a bare CLCTL_* operation only with `operations`).
 * Everything else passes through byte for byte.
 *
 * The contract, for any caller (the command, the tests, a fuzz target):
 *   - A stream is cli_annotate_init(), then any number of
 *     cli_annotate_feed() calls with chunks of any size (0 included, cut
 *     anywhere, even inside a code or between "0" and "x"), then
 *     cli_annotate_finish(). The output is the same however the input is cut:
 *     the input with " [NAME]" inserted after each code, nothing else
 *     changed, so removing every inserted " [NAME]" gives the input back.
 *   - Memory is constant: between two calls the scanner keeps at most the
 *     bytes of one unfinished code (CLI_ANNOTATE_PENDING_MAX), so lines of
 *     any length work. The scanner never reads outside the chunk it is given
 *     and keeps no pointer to it after the call.
 *   - Output goes to the write function, in order, in calls of at least one
 *     byte. Without a buffer (the default) every span and name is one call
 *     as soon as it is known. With cli_annotate_buffer(), the bytes gather in
 *     the caller's buffer and the write function gets the buffer when it is
 *     full (or a long span directly), at cli_annotate_flush() and at the end
 *     of cli_annotate_finish(); between calls some output may wait there.
 *   - A nonzero value from the write function is returned by the call that
 *     got it; the output is then incomplete and the stream must be
 *     abandoned (cli_annotate_init() starts a new one). */
#ifndef CCTL_CLI_ANNOTATE_H_
#define CCTL_CLI_ANNOTATE_H_

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* Where the output goes: writes `size` bytes (size > 0), returns 0 on
 * success, nonzero on error. */
typedef int (*cli_annotate_write_fn)(void *user, const char *data, size_t size);

/* The size of one read of `clusctl annotate`. */
#define CLI_ANNOTATE_CHUNK (1024u * 1024u)

/* The size of `clusctl annotate`'s output buffer. */
#define CLI_ANNOTATE_OUT_BUFFER (256u * 1024u)

/* "0x" and 8 hex digits: the longest unfinished code. */
#define CLI_ANNOTATE_PENDING_MAX 10

/* Room for the catalog's entries in cli_annotator::operations_at: an entry
 * past it is looked up in full (clusctl_catalog_get()) instead. */
#define CLI_ANNOTATE_ENTRIES_MAX 1024u

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
    /* The output buffer (cli_annotate_buffer()); NULL: none. out_len bytes
     * of out_size wait in it. */
    char *out;
    size_t out_size, out_len;
    /* Which object codes (bits 24-31) the catalog holds any entry of, and
     * any full control code of: a value of another object needs no lookup.
     * Read from the catalog at the first lookup (objects_known), with which
     * entries (by index, one bit each) are bare operations. */
    int objects_known;
    uint32_t objects_any[8], objects_full[8];
    uint32_t operations_at[(CLI_ANNOTATE_ENTRIES_MAX + 31) / 32];
} cli_annotator;

/* Starts a stream, without an output buffer. `restype` (not copied; may be
 * NULL) is passed to clusctl_catalog_preferred(). */
void cli_annotate_init(cli_annotator *a, const char *restype,
                       cli_annotate_write_fn write_fn, void *user);

/* Gathers the output in buf[0..size) (size > 0; the caller keeps it alive
 * until the stream is finished), as the contract above says. Call it
 * between cli_annotate_init() and the first feed. */
void cli_annotate_buffer(cli_annotator *a, char *buf, size_t size);

/* Scans the next `size` bytes of the stream (size may be 0), writing all of
 * them but the start of a code they may end with, which is kept until the
 * next call. Returns 0, or the first nonzero value of the write function
 * (then the stream's output is incomplete and it should be abandoned). */
int cli_annotate_feed(cli_annotator *a, const void *data, size_t size);

/* Writes what waits in the output buffer (nothing without one). Returns as
 * cli_annotate_feed() does. */
int cli_annotate_flush(cli_annotator *a);

/* Ends the stream (end of input): writes what is still pending, annotated
 * when it is a complete code, then flushes the output buffer. Returns as
 * cli_annotate_feed() does. The annotator is then ready for a new stream
 * with the same settings (buffer included). */
int cli_annotate_finish(cli_annotator *a);

/* A write function for a FILE * (`user`): fwrite(); nonzero when short. */
int cli_annotate_write_file(void *user, const char *data, size_t size);

#endif /* CCTL_CLI_ANNOTATE_H_ */
