/* The tool's JSON writer: every command's JSON goes through these, so that
 * one style holds everywhere. */
#include "cli_internal.h"

void cli_json_string(FILE *out, const char *s)
{
    if (s == NULL) {
        fputs("null", out);
        return;
    }
    fputc('"', out);
    for (; *s != '\0'; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            fprintf(out, "\\%c", c);
        else if (c < 0x20)
            fprintf(out, "\\u%04x", c);
        else
            fputc(c, out);
    }
    fputc('"', out);
}

void cli_json_bool(FILE *out, uint32_t value)
{
    fputs(value ? "true" : "false", out);
}
