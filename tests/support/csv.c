/* One CSV reader for the tests: see csv.h. */
#include "csv.h"

int csv_read_record(FILE *f, char *buf, size_t size, char **fields, int max_fields)
{
    int c, n = 0, quoted = 0;
    size_t len = 0;
    c = fgetc(f);
    if (c == EOF)
        return 0;
    fields[n++] = buf;
    for (; c != EOF; c = fgetc(f)) {
        if (len + 2 >= size)
            return -1;
        if (quoted) {
            if (c == '"') {
                int next = fgetc(f);
                if (next == '"') {
                    buf[len++] = '"';
                } else {
                    quoted = 0;
                    ungetc(next, f);
                }
            } else {
                buf[len++] = (char)c;
            }
        } else if (c == '"') {
            quoted = 1;
        } else if (c == ',') {
            buf[len++] = '\0';
            if (n == max_fields)
                return -1;
            fields[n++] = buf + len;
        } else if (c == '\n') {
            break;
        } else if (c != '\r') {
            buf[len++] = (char)c;
        }
    }
    buf[len] = '\0';
    return n;
}
