/* The tool's JSON writer: every command's JSON goes through these, so that
 * one style holds everywhere. */
#include <string.h>

#include "cli_internal.h"

void cli_json_chars(FILE *out, const char *s, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\')
            fprintf(out, "\\%c", c);
        else if (c < 0x20)
            fprintf(out, "\\u%04x", c);
        else
            fputc(c, out);
    }
}

void cli_json_string(FILE *out, const char *s)
{
    if (s == NULL) {
        fputs("null", out);
        return;
    }
    fputc('"', out);
    cli_json_chars(out, s, strlen(s));
    fputc('"', out);
}

void cli_json_bool(FILE *out, uint32_t value)
{
    fputs(value ? "true" : "false", out);
}
