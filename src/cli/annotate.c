/* The scanner of `clusctl annotate`: see annotate.h.
 *
 * The fast path looks for the 'x' or 'X' of "0x" with memchr() and checks
 * the bytes around it; the bytes between codes are written in whole spans.
 * Only a code cut by the end of a chunk goes through the byte-at-a-time
 * path, when the next chunk comes. */
#include <stdint.h>
#include <string.h>

#include "annotate.h"
#include "clusctl/clusctl.h"

static int is_ident(unsigned char c)
{
    return (unsigned char)((c | 0x20) - 'a') < 26 ||
           (unsigned char)(c - '0') < 10 || c == '_';
}

/* The value of a hex digit, or -1. */
static int hex_value(unsigned char c)
{
    if ((unsigned char)(c - '0') < 10)
        return c - '0';
    if ((unsigned char)((c | 0x20) - 'a') < 6)
        return (c | 0x20) - 'a' + 10;
    return -1;
}

static int put(const cli_annotator *a, const unsigned char *data, size_t size)
{
    return size > 0 ? a->write(a->user, (const char *)data, size) : 0;
}

/* A complete code, text[0..size): "0x" and 1 to 8 hex digits. Writes it,
 * then " [NAME]" when the catalog holds its value. */
static int put_code(const cli_annotator *a, const unsigned char *text,
                    size_t size)
{
    clusctl_entry entry;
    uint32_t value = 0;
    size_t i;
    int rc;
    for (i = 2; i < size; i++)
        value = (value << 4) | (uint32_t)hex_value(text[i]);
    rc = put(a, text, size);
    if (rc != 0)
        return rc;
    if (clusctl_catalog_get(clusctl_catalog_preferred(value, a->restype), &entry) !=
            CCTL_ERROR_SUCCESS ||
        (entry.kind == CCTL_KIND_OPERATION && !a->operations))
        return 0; /* (no entry: CCTL_NO_ENTRY is out of range) */
    if ((rc = a->write(a->user, " [", 2)) != 0 ||
        (rc = a->write(a->user, entry.name, strlen(entry.name))) != 0)
        return rc;
    return a->write(a->user, "]", 1);
}

void cli_annotate_init(cli_annotator *a, const char *restype,
                       cli_annotate_write_fn write_fn, void *user)
{
    a->write = write_fn;
    a->user = user;
    a->restype = restype;
    a->operations = 0;
    a->pending_len = 0;
    a->prev_ident = 0;
}

int cli_annotate_write_file(void *user, const char *data, size_t size)
{
    return fwrite(data, 1, size, (FILE *)user) == size ? 0 : -1;
}

/* Moves `p` (a memchr() result, or NULL when there is none left) to the next
 * `c` at or after buf[from] when it lies before it. */
static const unsigned char *next_at(const unsigned char *p,
                                    const unsigned char *buf, size_t from,
                                    size_t size, int c)
{
    if (p == NULL || p >= buf + from)
        return p;
    return from < size ? (const unsigned char *)memchr(buf + from, c, size - from)
                       : NULL;
}

int cli_annotate_feed(cli_annotator *a, const void *data, size_t size)
{
    const unsigned char *buf = (const unsigned char *)data;
    const unsigned char *lx, *ux; /* the next 'x' and 'X' */
    size_t start = 0; /* the first byte after what the pending code took */
    size_t done;      /* buf[0..done) is written */
    size_t scan;      /* where the search for the next 'x' goes on */
    int rc;

    /* The end of a code begun in an earlier chunk, byte by byte. */
    while (a->pending_len > 0 && start < size) {
        unsigned char c = buf[start];
        size_t digits = a->pending_len - 2;
        if (a->pending_len == 1 ? (c == 'x' || c == 'X')
                                : (hex_value(c) >= 0 && digits < 8)) {
            a->pending[a->pending_len++] = (char)c;
            start++;
            continue;
        }
        /* c ends it: a code when it has digits and c is no identifier
         * character (hex digit past the 8th included). */
        if (a->pending_len > 2 && !is_ident(c))
            rc = put_code(a, (const unsigned char *)a->pending, a->pending_len);
        else
            rc = put(a, (const unsigned char *)a->pending, a->pending_len);
        a->pending_len = 0;
        a->prev_ident = 1; /* its last byte, '0', 'x' or a digit */
        if (rc != 0)
            return rc;
    }
    if (a->pending_len > 0 || start == size)
        return 0;

    done = start;
    scan = start;
    lx = (const unsigned char *)memchr(buf + start, 'x', size - start);
    ux = (const unsigned char *)memchr(buf + start, 'X', size - start);
    for (;;) {
        size_t q, zero, end;
        lx = next_at(lx, buf, scan, size, 'x');
        ux = next_at(ux, buf, scan, size, 'X');
        if (lx == NULL && ux == NULL)
            break;
        q = (size_t)((ux == NULL || (lx != NULL && lx < ux) ? lx : ux) - buf);
        scan = q + 1;
        /* The "0" must be in this chunk (one before it would be pending)
         * and follow no identifier character. */
        if (q == start || buf[q - 1] != '0')
            continue;
        zero = q - 1;
        if (zero > start ? is_ident(buf[zero - 1]) : a->prev_ident)
            continue;
        /* Up to 8 digits; a 9th is an identifier character, below. */
        for (end = q + 1; end < size && end - (q + 1) < 8 && hex_value(buf[end]) >= 0;
             end++)
            ;
        if (end == size) { /* cut by the end of the chunk: keep it */
            rc = put(a, buf + done, zero - done);
            memcpy(a->pending, buf + zero, size - zero);
            a->pending_len = size - zero;
            return rc;
        }
        if (end == q + 1 || is_ident(buf[end])) {
            scan = end;
            continue;
        }
        if ((rc = put(a, buf + done, zero - done)) != 0 ||
            (rc = put_code(a, buf + zero, end - zero)) != 0)
            return rc;
        done = end;
        scan = end;
    }

    /* A "0" at the very end may begin a code. */
    if (buf[size - 1] == '0' &&
        !(size - 1 > start ? is_ident(buf[size - 2]) : a->prev_ident)) {
        rc = put(a, buf + done, size - 1 - done);
        a->pending[0] = '0';
        a->pending_len = 1;
        return rc;
    }
    a->prev_ident = is_ident(buf[size - 1]);
    return put(a, buf + done, size - done);
}

int cli_annotate_finish(cli_annotator *a)
{
    int rc;
    if (a->pending_len > 2)
        rc = put_code(a, (const unsigned char *)a->pending, a->pending_len);
    else
        rc = put(a, (const unsigned char *)a->pending, a->pending_len);
    a->pending_len = 0;
    a->prev_ident = 0;
    return rc;
}
