/* `clusctl plist decode`, `plist encode` and `plist syntax`: property lists
 * and value lists as text and JSON, through the library's reader and writer.
 * The tool marshals; every rule of the format is the library's. */
#include <stdlib.h>
#include <string.h>

#include "cli_internal.h"
#include "json_parse.h"

/* ---- hex text in -------------------------------------------------------- */

static int cli_hex_digit(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

static int cli_is_space(int c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

/* The bytes of hex text, in place (out may be text). White space, commas and
 * 0x prefixes are ignored, and so is a hex dump's offset at the start of a
 * line (a word ending in ':', or a word of 6 or more digits followed by words
 * of 2 or 4) and its text column (after '|', or after two spaces past an
 * offset ending in ':', as xxd writes). Digits are bytes in the order written.
 * Returns the byte count, or (size_t)-1 with *bad the offset of a bad char. */
size_t cli_hex_text_bytes(const char *text, size_t len, unsigned char *out, size_t *bad)
{
    size_t pos = 0, n = 0;
    int dump = -1; /* whether the first line had an offset: a hex dump */
    while (pos < len) {
        size_t line_end = pos, p, word_end;
        int colon = 0, digits = 0, offset = 0;
        while (line_end < len && text[line_end] != '\n')
            line_end++;
        /* The offset, if any. */
        p = pos;
        while (p < line_end && cli_is_space((unsigned char)text[p]))
            p++;
        word_end = p;
        while (word_end < line_end && cli_hex_digit((unsigned char)text[word_end]) >= 0)
            word_end++;
        digits = (int)(word_end - p);
        if (digits > 0 && word_end < line_end && text[word_end] == ':') {
            colon = offset = 1;
            p = word_end + 1;
        } else if (digits >= 6) {
            size_t q = word_end, r;
            while (q < line_end && cli_is_space((unsigned char)text[q]))
                q++;
            r = q;
            while (r < line_end && cli_hex_digit((unsigned char)text[r]) >= 0)
                r++;
            if (q > word_end && (r - q == 2 || r - q == 4)) {
                p = q;
                offset = 1;
            } else if (dump == 1 && q == line_end) {
                p = line_end; /* a dump's last line: the offset of its end */
            }
        }
        if (dump == -1 && digits > 0)
            dump = offset;
        for (; p < line_end; p++) {
            int c = (unsigned char)text[p], hi, lo;
            if (c == '|')
                break;
            if (colon && c == ' ' && p + 1 < line_end && text[p + 1] == ' ')
                break;
            if (cli_is_space(c) || c == ',')
                continue;
            if (c == '0' && p + 1 < line_end && (text[p + 1] == 'x' || text[p + 1] == 'X')) {
                p++;
                continue;
            }
            hi = cli_hex_digit(c);
            lo = p + 1 < line_end ? cli_hex_digit((unsigned char)text[p + 1]) : -1;
            if (hi < 0 || lo < 0) {
                *bad = hi < 0 ? p : p + 1;
                return (size_t)-1;
            }
            out[n++] = (unsigned char)(hi * 16 + lo);
            p++;
        }
        pos = line_end + 1;
    }
    return n;
}

/* ---- decode: text and JSON out --------------------------------------------- */

typedef struct cli_plist_out {
    FILE *out;
    int json;
    int failed; /* a getter refused what the reader accepted: never expected */
} cli_plist_out;

/* A string value's UTF-8, or NULL (malloc'd). */
static char *cli_value_text(const clusctl_prop_value *v)
{
    size_t needed = 0;
    char *s;
    if (clusctl_value_string(v, NULL, 0, &needed) != CCTL_ERROR_MORE_DATA)
        return NULL;
    s = (char *)malloc(needed);
    if (s != NULL && clusctl_value_string(v, s, needed, &needed) != CCTL_ERROR_SUCCESS) {
        free(s);
        s = NULL;
    }
    return s;
}

/* 100 ns units since 1601-01-01 as ISO 8601 UTC, to 100 ns. */
static void cli_filetime_utc(uint64_t t, char *buf, size_t size)
{
    uint64_t secs = t / 10000000u, frac = t % 10000000u;
    uint64_t days = secs / 86400u, rem = secs % 86400u;
    /* Days to a civil date: H. Hinnant's civil_from_days, whose day 0 is
     * 0000-03-01; 1601-01-01 is its day 584694. */
    int64_t z = (int64_t)days + 584694;
    int64_t era = z / 146097, doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t y = yoe + era * 400, doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153, d = doy - (153 * mp + 2) / 5 + 1;
    int64_t m = mp < 10 ? mp + 3 : mp - 9;
    if (m <= 2)
        y++;
    snprintf(buf, size, "%04ld-%02ld-%02ldT%02lu:%02lu:%02lu.%07luZ", (long)y, (long)m,
             (long)d, (unsigned long)(rem / 3600), (unsigned long)(rem / 60 % 60),
             (unsigned long)(rem % 60), (unsigned long)frac);
}

static void cli_hex_out(FILE *out, const unsigned char *p, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        fprintf(out, "%02x", p[i]);
}

static void cli_print_list(cli_plist_out *o, clusctl_plist_reader *r, int indent);

/* A value's "value" (JSON) or its text. */
static void cli_print_value_data(cli_plist_out *o, const clusctl_prop_value *v,
                                 int indent)
{
    FILE *out = o->out;
    uint32_t d32;
    uint16_t d16;
    int32_t l32;
    int64_t s64;
    uint64_t u64;
    char *text;
    const unsigned char *bytes;
    size_t size;
    clusctl_plist_reader nested;

    switch (v->format) {
    case CCTL_PROP_FORMAT_WORD:
        if (clusctl_value_word(v, &d16) == CCTL_ERROR_SUCCESS) {
            fprintf(out, "%u", (unsigned)d16);
            return;
        }
        break;
    case CCTL_PROP_FORMAT_DWORD:
        if (clusctl_value_dword(v, &d32) == CCTL_ERROR_SUCCESS) {
            fprintf(out, "%lu", (unsigned long)d32);
            return;
        }
        break;
    case CCTL_PROP_FORMAT_LONG:
        if (clusctl_value_long(v, &l32) == CCTL_ERROR_SUCCESS) {
            fprintf(out, "%ld", (long)l32);
            return;
        }
        break;
    case CCTL_PROP_FORMAT_LARGE_INTEGER:
        if (clusctl_value_large_integer(v, &s64) == CCTL_ERROR_SUCCESS) {
            fprintf(out, o->json ? "\"%lld\"" : "%lld", (long long)s64);
            return;
        }
        break;
    case CCTL_PROP_FORMAT_ULARGE_INTEGER:
        if (clusctl_value_ularge_integer(v, &u64) == CCTL_ERROR_SUCCESS) {
            fprintf(out, o->json ? "\"%llu\"" : "%llu", (unsigned long long)u64);
            return;
        }
        break;
    case CCTL_PROP_FORMAT_FILETIME:
        if (clusctl_value_filetime(v, &u64) == CCTL_ERROR_SUCCESS) {
            char utc[48];
            cli_filetime_utc(u64, utc, sizeof utc);
            if (o->json)
                fprintf(out, "\"%llu\",\"utc\":\"%s\"", (unsigned long long)u64, utc);
            else
                fprintf(out, "%llu (%s)", (unsigned long long)u64, utc);
            return;
        }
        break;
    case CCTL_PROP_FORMAT_SZ:
    case CCTL_PROP_FORMAT_EXPAND_SZ:
    case CCTL_PROP_FORMAT_EXPANDED_SZ:
        text = cli_value_text(v);
        if (text != NULL) {
            cli_json_string(out, text);
            free(text);
            return;
        }
        break;
    case CCTL_PROP_FORMAT_MULTI_SZ: {
        size_t cursor = 0, needed = 0;
        int first = 1;
        clusctl_status st;
        fputc('[', out);
        for (;;) {
            char *s;
            st = clusctl_value_multi_sz_next(v, &cursor, NULL, 0, &needed);
            if (st != CCTL_ERROR_MORE_DATA)
                break;
            s = (char *)malloc(needed);
            if (s == NULL || clusctl_value_multi_sz_next(v, &cursor, s, needed, &needed) !=
                                 CCTL_ERROR_SUCCESS) {
                free(s);
                st = CCTL_ERROR_INVALID_DATA;
                break;
            }
            fputs(first ? "" : ", ", out);
            cli_json_string(out, s);
            free(s);
            first = 0;
        }
        fputc(']', out);
        if (st != CCTL_ERROR_NO_MORE_ITEMS)
            o->failed = 1;
        return;
    }
    case CCTL_PROP_FORMAT_PROPERTY_LIST:
    case CCTL_PROP_FORMAT_VALUE_LIST:
        memset(&nested, 0, sizeof nested);
        if ((v->format == CCTL_PROP_FORMAT_PROPERTY_LIST
                 ? clusctl_value_plist(v, &nested, NULL)
                 : clusctl_value_vlist(v, &nested, NULL)) == CCTL_ERROR_SUCCESS) {
            cli_print_list(o, &nested, indent + 2);
            return;
        }
        o->failed = 1;
        return;
    default:
        break;
    }
    /* BINARY, SECURITY_DESCRIPTOR, unknown formats: the bytes. */
    if (clusctl_value_bytes(v, &bytes, &size) != CCTL_ERROR_SUCCESS) {
        bytes = v->data;
        size = v->length;
    }
    if (o->json)
        fputc('"', out);
    cli_hex_out(out, bytes, size);
    if (o->json)
        fputc('"', out);
}

static void cli_print_value(cli_plist_out *o, const char *label,
                            const clusctl_prop_value *v, int indent, int first)
{
    const char *format = clusctl_prop_format_name(v->format);
    const char *type = clusctl_prop_type_name(v->type);
    const char *syntax = clusctl_syntax_name(v->syntax);
    if (o->json) {
        fprintf(o->out, "%s{\"syntax\":\"0x%08lX\",\"syntax_name\":", first ? "" : ",",
                (unsigned long)v->syntax);
        if (syntax != NULL)
            fprintf(o->out, "\"CLUSPROP_SYNTAX_%s\"", syntax);
        else
            fputs("null", o->out);
        fputs(",\"type\":", o->out);
        cli_json_string(o->out, type);
        fputs(",\"format\":", o->out);
        cli_json_string(o->out, format);
        fprintf(o->out, ",\"length\":%lu,\"offset\":%lu,\"value\":", (unsigned long)v->length,
                (unsigned long)v->offset);
        cli_print_value_data(o, v, indent);
        fputc('}', o->out);
        return;
    }
    fprintf(o->out, "%*s%s = ", indent, "", label);
    if (v->format == CCTL_PROP_FORMAT_PROPERTY_LIST || v->format == CCTL_PROP_FORMAT_VALUE_LIST) {
        fprintf(o->out, "%s\n", format);
        cli_print_value_data(o, v, indent);
        return;
    }
    cli_print_value_data(o, v, indent);
    if (format != NULL)
        fprintf(o->out, "  %s", format);
    else
        fprintf(o->out, "  format 0x%04lX", (unsigned long)v->format);
    if (v->type != CCTL_PROP_TYPE_LIST_VALUE)
        fprintf(o->out, ", %s%s", type != NULL ? "type " : "type 0x",
                type != NULL ? type : "");
    if (v->type != CCTL_PROP_TYPE_LIST_VALUE && type == NULL)
        fprintf(o->out, "%04lX", (unsigned long)v->type);
    fputc('\n', o->out);
}

/* A whole list: JSON object, or text lines indented by `indent`. */
static void cli_print_list(cli_plist_out *o, clusctl_plist_reader *r, int indent)
{
    FILE *out = o->out;
    clusctl_prop prop;
    clusctl_prop_value v;
    int first = 1;
    if (o->json) {
        if (r->kind == CCTL_PLIST_KIND_PROPERTY_LIST)
            fprintf(out, "{\"kind\":\"property_list\",\"size\":%lu,\"count\":%lu,"
                         "\"final_endmark\":%s,\"properties\":[",
                    (unsigned long)r->size, (unsigned long)r->count,
                    r->final_endmark ? "true" : "false");
        else
            fprintf(out, "{\"kind\":\"value_list\",\"size\":%lu,\"values\":[",
                    (unsigned long)r->size);
    }
    if (r->kind == CCTL_PLIST_KIND_PROPERTY_LIST) {
        for (;;) {
            size_t needed = 0;
            char *name;
            int vfirst = 1;
            memset(&prop, 0, sizeof prop);
            if (clusctl_plist_next(r, &prop) != CCTL_ERROR_SUCCESS)
                break;
            name = NULL;
            if (clusctl_prop_name(&prop, NULL, 0, &needed) == CCTL_ERROR_MORE_DATA &&
                (name = (char *)malloc(needed)) != NULL &&
                clusctl_prop_name(&prop, name, needed, &needed) != CCTL_ERROR_SUCCESS) {
                free(name);
                name = NULL;
            }
            if (name == NULL) {
                o->failed = 1;
                break;
            }
            if (o->json) {
                fputs(first ? "{\"name\":" : ",{\"name\":", out);
                cli_json_string(out, name);
                fprintf(out, ",\"offset\":%lu,\"values\":[", (unsigned long)prop.offset);
            }
            for (;;) {
                memset(&v, 0, sizeof v);
                if (clusctl_prop_next_value(&prop, &v) != CCTL_ERROR_SUCCESS)
                    break;
                cli_print_value(o, name, &v, indent, vfirst);
                vfirst = 0;
            }
            if (!o->json && prop.value_count == 0)
                fprintf(out, "%*s%s  (no value)\n", indent, "", name);
            if (o->json)
                fputs("]}", out);
            free(name);
            first = 0;
        }
    } else {
        uint32_t i = 0;
        for (;; i++) {
            char label[64];
            const char *syntax;
            memset(&v, 0, sizeof v);
            if (clusctl_vlist_next(r, &v) != CCTL_ERROR_SUCCESS)
                break;
            syntax = clusctl_syntax_name(v.syntax);
            if (syntax != NULL)
                snprintf(label, sizeof label, "[%lu] %s", (unsigned long)i, syntax);
            else
                snprintf(label, sizeof label, "[%lu] 0x%08lX", (unsigned long)i,
                         (unsigned long)v.syntax);
            cli_print_value(o, label, &v, indent, first);
            first = 0;
        }
    }
    if (o->json)
        fputs("]}", out);
}

int cli_plist_print(FILE *out, const unsigned char *data, size_t size, int value_list,
                    int json, int indent)
{
    clusctl_plist_reader r;
    cli_plist_out o;
    memset(&r, 0, sizeof r);
    if ((value_list ? clusctl_vlist_open(&r, data, size, 0, NULL)
                    : clusctl_plist_open(&r, data, size, 0, NULL)) != CCTL_ERROR_SUCCESS)
        return -1;
    o.out = out;
    o.json = json;
    o.failed = 0;
    cli_print_list(&o, &r, indent);
    return o.failed ? -1 : 0;
}

/* The one line for a refused buffer: the offset and the problem. */
static int cli_plist_refused(const cli_ctx *ctx, const clusctl_plist_error *e,
                             const unsigned char *buf, size_t size)
{
    if (e->rule == CCTL_PLIST_RULE_LENGTH_PAST_END && e->value_offset != CCTL_PLIST_NO_OFFSET &&
        e->value_offset + 8 <= size) {
        const unsigned char *p = buf + e->value_offset + 4;
        unsigned long length = (unsigned long)p[0] | ((unsigned long)p[1] << 8) |
                               ((unsigned long)p[2] << 16) | ((unsigned long)p[3] << 24);
        return cli_fail(ctx, CCTL_EXIT_REFUSED,
                        "offset %lu: value length %lu runs past the end (%lu bytes)",
                        (unsigned long)e->offset, length, (unsigned long)size);
    }
    return cli_fail(ctx, CCTL_EXIT_REFUSED, "offset %lu: %s (%s, %s)",
                    (unsigned long)e->offset, clusctl_plist_rule_description(e->rule),
                    clusctl_plist_rule_name(e->rule), clusctl_status_name(e->status));
}

int cli_plist_decode(const cli_ctx *ctx, int argc, char **argv)
{
    int json = 0, hex = 0, value_list = 0, strict = 0, count = 0, rc;
    const cli_option options[] = {{"--json", NULL, &json},
                                  {"--hex", NULL, &hex},
                                  {"--value-list", NULL, &value_list},
                                  {"--strict", NULL, &strict}};
    unsigned char *data;
    size_t size, bad = 0;
    clusctl_plist_reader r;
    clusctl_plist_error e;
    clusctl_status st;
    cli_plist_out o;

    rc = cli_parse_command(ctx, argc, argv, options, sizeof options / sizeof options[0],
                           &cli_cmd_plist_decode, 0, &count);
    if (rc != CLI_CONTINUE)
        return rc;
    if (count > 1)
        return cli_fail(ctx, CCTL_EXIT_USAGE, "unexpected argument '%s'", ctx->operands[1]);
    rc = cli_read_input(ctx, count == 1 ? ctx->operands[0] : NULL, &data, &size);
    if (rc != CCTL_EXIT_OK)
        return rc;
    if (hex) {
        size_t n = cli_hex_text_bytes((const char *)data, size, data, &bad);
        if (n == (size_t)-1) {
            free(data);
            return cli_fail(ctx, CCTL_EXIT_USAGE,
                            "--hex: offset %lu of the text: not a pair of hex digits",
                            (unsigned long)bad);
        }
        size = n;
    }
    memset(&r, 0, sizeof r);
    memset(&e, 0, sizeof e);
    st = value_list ? clusctl_vlist_open(&r, size != 0 ? data : NULL, size,
                                         strict ? CCTL_PLIST_STRICT : 0, &e)
                    : clusctl_plist_open(&r, size != 0 ? data : NULL, size,
                                         strict ? CCTL_PLIST_STRICT : 0, &e);
    if (st != CCTL_ERROR_SUCCESS) {
        rc = cli_plist_refused(ctx, &e, data, size);
        free(data);
        return rc;
    }
    o.out = ctx->out;
    o.json = json;
    o.failed = 0;
    cli_print_list(&o, &r, 0);
    if (json)
        fputc('\n', ctx->out);
    free(data);
    if (o.failed)
        return cli_fail(ctx, CCTL_EXIT_REFUSED, "a value the reader accepted could not be read");
    return CCTL_EXIT_OK;
}

/* ---- encode: JSON in ------------------------------------------------------ */

typedef struct cli_encoder {
    const cli_json_doc *doc;
    clusctl_plist_writer *w;
    const char *message; /* the first error */
    size_t at;           /* its offset in the JSON text */
    char text[160];      /* room for a message made from the writer's rule */
} cli_encoder;

static int cli_enc_fail(cli_encoder *e, size_t node, const char *message)
{
    if (e->message == NULL) {
        e->message = message;
        e->at = node != CLI_JSON_NONE ? e->doc->nodes[node].offset : 0;
    }
    return -1;
}

/* The writer's status after a call: 0, or a failure naming the node. */
static int cli_enc_check(cli_encoder *e, size_t node, clusctl_status st)
{
    if (st == CCTL_ERROR_SUCCESS || e->message != NULL)
        return st == CCTL_ERROR_SUCCESS ? 0 : -1;
    if (e->w->rule != 0)
        snprintf(e->text, sizeof e->text, "the writer refused it: %s (%s)",
                 clusctl_plist_rule_description(e->w->rule), clusctl_plist_rule_name(e->w->rule));
    else
        snprintf(e->text, sizeof e->text, "the writer refused it: %s",
                 clusctl_status_description(st) != NULL ? clusctl_status_description(st) : "?");
    return cli_enc_fail(e, node, e->text);
}

static int cli_enc_list(cli_encoder *e, size_t node, int nested);

/* A value's syntax: "syntax" (a number as 0x-hex text or a name), else
 * LIST_VALUE with "format" (a name). Other keys must agree. */
static int cli_enc_syntax(cli_encoder *e, size_t v, uint32_t *syntax)
{
    const cli_json_doc *d = e->doc;
    size_t s = cli_json_member(d, v, "syntax"), f = cli_json_member(d, v, "format"),
           t = cli_json_member(d, v, "type");
    const char *text;
    uint32_t type, format, want;
    if (s != CLI_JSON_NONE) {
        text = cli_json_string_of(d, s, NULL);
        if (text == NULL)
            return cli_enc_fail(e, s, "\"syntax\" must be a string: \"0x00010002\" or a name");
        if (clusctl_parse_u32(text, syntax) != CCTL_ERROR_SUCCESS &&
            clusctl_syntax_from_name(text, syntax) != CCTL_ERROR_SUCCESS)
            return cli_enc_fail(e, s, "\"syntax\" is neither a number nor a syntax name");
    } else if (f != CLI_JSON_NONE) {
        text = cli_json_string_of(d, f, NULL);
        if (text == NULL || clusctl_prop_format_from_name(text, &format) != CCTL_ERROR_SUCCESS)
            return cli_enc_fail(e, f, "\"format\" is not a format name (DWORD, SZ, ...)");
        type = CCTL_PROP_TYPE_LIST_VALUE;
        if (t != CLI_JSON_NONE) {
            text = cli_json_string_of(d, t, NULL);
            if (text == NULL || clusctl_prop_type_from_name(text, &type) != CCTL_ERROR_SUCCESS)
                return cli_enc_fail(e, t, "\"type\" is not a type name (LIST_VALUE, ...)");
        }
        *syntax = CCTL_PROP_SYNTAX_VALUE(type, format);
        return 0;
    } else {
        return cli_enc_fail(e, v, "a value needs \"syntax\" or \"format\"");
    }
    /* With a syntax, a type or format given too must agree with it. */
    (void)clusctl_syntax_decode(*syntax, &type, &format);
    if (f != CLI_JSON_NONE && d->nodes[f].type != CLI_JSON_NULL) {
        text = cli_json_string_of(d, f, NULL);
        if (text == NULL || clusctl_prop_format_from_name(text, &want) != CCTL_ERROR_SUCCESS ||
            want != format)
            return cli_enc_fail(e, f, "\"format\" does not match \"syntax\"");
    }
    if (t != CLI_JSON_NONE && d->nodes[t].type != CLI_JSON_NULL) {
        text = cli_json_string_of(d, t, NULL);
        if (text == NULL || clusctl_prop_type_from_name(text, &want) != CCTL_ERROR_SUCCESS ||
            want != type)
            return cli_enc_fail(e, t, "\"type\" does not match \"syntax\"");
    }
    return 0;
}

/* An integer "value": a JSON number, or a decimal string for 64 bits. */
static int cli_enc_integer(cli_encoder *e, size_t node, int64_t min, uint64_t max,
                           int64_t *sv, uint64_t *uv, int strings_too)
{
    const cli_json_doc *d = e->doc;
    if (node == CLI_JSON_NONE)
        return cli_enc_fail(e, node, "the value has no \"value\"");
    if (d->nodes[node].type == CLI_JSON_STRING && strings_too) {
        /* Parse the string as a JSON number of its own. */
        size_t len;
        const char *s = cli_json_string_of(d, node, &len);
        cli_json_doc sub;
        cli_json_error err;
        int rc;
        if (len == 0 || cli_json_parse(s, len, &sub, &err) != 0)
            return cli_enc_fail(e, node, "not a decimal integer");
        rc = sub.nodes[0].type == CLI_JSON_NUMBER
                 ? cli_json_integer(&sub, 0, min, max, sv, uv)
                 : -1;
        cli_json_free(&sub);
        return rc == 0 ? 0 : cli_enc_fail(e, node, "not a decimal integer in range");
    }
    if (cli_json_integer(d, node, min, max, sv, uv) != 0)
        return cli_enc_fail(e, node, d->nodes[node].type == CLI_JSON_NUMBER
                                         ? "the number is not an integer in the format's range"
                                         : "the value must be a number");
    return 0;
}

/* A string without NUL from a JSON string node. */
static const char *cli_enc_text(cli_encoder *e, size_t node)
{
    size_t len;
    const char *s = cli_json_string_of(e->doc, node, &len);
    if (s == NULL) {
        cli_enc_fail(e, node, "the value must be a string");
        return NULL;
    }
    if (strlen(s) != len) {
        cli_enc_fail(e, node, "a string value may not hold a NUL");
        return NULL;
    }
    return s;
}

static int cli_enc_value(cli_encoder *e, size_t v)
{
    const cli_json_doc *d = e->doc;
    size_t val = cli_json_member(d, v, "value"), len_node = cli_json_member(d, v, "length");
    uint32_t syntax, type, format;
    int64_t sv = 0;
    uint64_t uv = 0;
    size_t before;
    clusctl_status st;

    if (d->nodes[v].type != CLI_JSON_OBJECT)
        return cli_enc_fail(e, v, "a value must be an object");
    if (cli_enc_syntax(e, v, &syntax) != 0)
        return -1;
    (void)clusctl_syntax_decode(syntax, &type, &format);
    if (val == CLI_JSON_NONE)
        return cli_enc_fail(e, v, "the value has no \"value\"");
    before = e->w->length;
    switch (format) {
    case CCTL_PROP_FORMAT_WORD:
        if (cli_enc_integer(e, val, 0, 0xFFFFu, NULL, &uv, 0) != 0)
            return -1;
        st = clusctl_plist_write_word(e->w, syntax, (uint16_t)uv);
        break;
    case CCTL_PROP_FORMAT_DWORD:
        if (cli_enc_integer(e, val, 0, 0xFFFFFFFFu, NULL, &uv, 0) != 0)
            return -1;
        st = clusctl_plist_write_dword(e->w, syntax, (uint32_t)uv);
        break;
    case CCTL_PROP_FORMAT_LONG:
        if (cli_enc_integer(e, val, INT32_MIN, INT32_MAX, &sv, NULL, 0) != 0)
            return -1;
        st = clusctl_plist_write_long(e->w, syntax, (int32_t)sv);
        break;
    case CCTL_PROP_FORMAT_LARGE_INTEGER:
        if (cli_enc_integer(e, val, INT64_MIN, INT64_MAX, &sv, NULL, 1) != 0)
            return -1;
        st = clusctl_plist_write_large_integer(e->w, syntax, sv);
        break;
    case CCTL_PROP_FORMAT_ULARGE_INTEGER:
    case CCTL_PROP_FORMAT_FILETIME:
        if (cli_enc_integer(e, val, 0, UINT64_MAX, NULL, &uv, 1) != 0)
            return -1;
        st = format == CCTL_PROP_FORMAT_FILETIME
                 ? clusctl_plist_write_filetime(e->w, syntax, uv)
                 : clusctl_plist_write_ularge_integer(e->w, syntax, uv);
        break;
    case CCTL_PROP_FORMAT_SZ:
    case CCTL_PROP_FORMAT_EXPAND_SZ:
    case CCTL_PROP_FORMAT_EXPANDED_SZ: {
        const char *s = cli_enc_text(e, val);
        if (s == NULL)
            return -1;
        st = clusctl_plist_write_string(e->w, syntax, s);
        break;
    }
    case CCTL_PROP_FORMAT_MULTI_SZ: {
        const char *items[256];
        size_t n = 0, i;
        if (d->nodes[val].type != CLI_JSON_ARRAY)
            return cli_enc_fail(e, val, "a MULTI_SZ value must be an array of strings");
        if (d->nodes[val].count > sizeof items / sizeof items[0])
            return cli_enc_fail(e, val, "more than 256 strings in one MULTI_SZ");
        for (i = d->nodes[val].first; i != CLI_JSON_NONE; i = d->nodes[i].next) {
            items[n] = cli_enc_text(e, i);
            if (items[n] == NULL)
                return -1;
            if (items[n][0] == '\0')
                return cli_enc_fail(e, i, "a MULTI_SZ cannot hold an empty string");
            n++;
        }
        st = clusctl_plist_write_multi_sz(e->w, syntax, items, n);
        break;
    }
    case CCTL_PROP_FORMAT_PROPERTY_LIST:
    case CCTL_PROP_FORMAT_VALUE_LIST:
        if (d->nodes[val].type != CLI_JSON_OBJECT)
            return cli_enc_fail(e, val, "a nested list's value must be an object");
        st = clusctl_plist_write_list_begin(e->w, syntax);
        if (cli_enc_check(e, val, st) != 0 || cli_enc_list(e, val, 1) != 0)
            return -1;
        st = clusctl_plist_write_list_end(e->w);
        break;
    default: {
        /* BINARY, SECURITY_DESCRIPTOR and unknown formats: hex bytes. */
        size_t len, n;
        const char *s = cli_json_string_of(d, val, &len);
        unsigned char *bytes;
        size_t bad;
        if (s == NULL)
            return cli_enc_fail(e, val, "the value must be a string of hex digits");
        bytes = (unsigned char *)malloc(len / 2 + 1);
        if (bytes == NULL)
            return cli_enc_fail(e, val, "out of memory");
        n = len % 2 == 0 ? cli_hex_text_bytes(s, len, bytes, &bad) : (size_t)-1;
        if (n == (size_t)-1) {
            free(bytes);
            return cli_enc_fail(e, val, "the value must be pairs of hex digits");
        }
        st = clusctl_plist_write_value(e->w, syntax, n != 0 ? bytes : NULL, n);
        free(bytes);
        break;
    }
    }
    if (cli_enc_check(e, v, st) != 0)
        return -1;
    if (len_node != CLI_JSON_NONE && format != CCTL_PROP_FORMAT_PROPERTY_LIST &&
        format != CCTL_PROP_FORMAT_VALUE_LIST) {
        uint64_t want;
        size_t written = e->w->length - before;
        if (cli_json_integer(d, len_node, 0, 0xFFFFFFFFu, NULL, &want) != 0)
            return cli_enc_fail(e, len_node, "\"length\" must be an integer");
        /* The value's header is 8 bytes, the data padded to 4. */
        if (((size_t)want + 3u) / 4u * 4u + 8u != written)
            return cli_enc_fail(e, len_node, "\"length\" does not match the value");
    }
    return 0;
}

/* The properties or values of a list object (kind, properties / values). */
static int cli_enc_list(cli_encoder *e, size_t node, int nested)
{
    const cli_json_doc *d = e->doc;
    size_t kind = cli_json_member(d, node, "kind"), items, i, j, count_node;
    const char *k = cli_json_string_of(d, kind, NULL);
    int plist;
    (void)nested;
    if (k == NULL)
        return cli_enc_fail(e, node, "a list needs \"kind\": \"property_list\" or \"value_list\"");
    plist = strcmp(k, "property_list") == 0;
    if (!plist && strcmp(k, "value_list") != 0)
        return cli_enc_fail(e, kind, "\"kind\" is neither \"property_list\" nor \"value_list\"");
    items = cli_json_member(d, node, plist ? "properties" : "values");
    if (items == CLI_JSON_NONE || d->nodes[items].type != CLI_JSON_ARRAY)
        return cli_enc_fail(e, node, plist ? "a property list needs \"properties\": [...]"
                                           : "a value list needs \"values\": [...]");
    count_node = cli_json_member(d, node, "count");
    if (plist && count_node != CLI_JSON_NONE) {
        uint64_t count;
        if (cli_json_integer(d, count_node, 0, 0xFFFFFFFFu, NULL, &count) != 0 ||
            count != d->nodes[items].count)
            return cli_enc_fail(e, count_node, "\"count\" is not the number of properties");
    }
    for (i = d->nodes[items].first; i != CLI_JSON_NONE; i = d->nodes[i].next) {
        if (plist) {
            size_t name = cli_json_member(d, i, "name"), values = cli_json_member(d, i, "values");
            const char *n;
            if (d->nodes[i].type != CLI_JSON_OBJECT)
                return cli_enc_fail(e, i, "a property must be an object");
            n = cli_enc_text(e, name);
            if (n == NULL)
                return -1;
            if (values == CLI_JSON_NONE || d->nodes[values].type != CLI_JSON_ARRAY)
                return cli_enc_fail(e, i, "a property needs \"values\": [...]");
            if (cli_enc_check(e, name, clusctl_plist_write_property(e->w, n)) != 0)
                return -1;
            for (j = d->nodes[values].first; j != CLI_JSON_NONE; j = d->nodes[j].next)
                if (cli_enc_value(e, j) != 0)
                    return -1;
            if (cli_enc_check(e, i, clusctl_plist_write_property_end(e->w)) != 0)
                return -1;
        } else if (cli_enc_value(e, i) != 0) {
            return -1;
        }
    }
    return 0;
}

/* Hex text out: 16 bytes a line, separated by spaces. */
static void cli_hex_lines(FILE *out, const unsigned char *p, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        fprintf(out, "%02x%s", p[i], i + 1 == n || i % 16 == 15 ? "\n" : " ");
}

int cli_plist_from_json(const char *text, size_t size, unsigned char **bytes,
                        size_t *length, cli_plist_json_error *error)
{
    unsigned char *out = NULL;
    size_t needed = 0, kind, final;
    cli_json_doc doc;
    cli_json_error err;
    clusctl_plist_writer w;
    cli_encoder e;
    uint32_t flags = 0;
    const char *k;
    int pass;

    *bytes = NULL;
    *length = 0;
    if (cli_json_parse(text, size, &doc, &err) != 0) {
        error->offset = err.offset;
        error->line = err.line;
        error->column = err.column;
        snprintf(error->message, sizeof error->message, "%s", err.message);
        return -1;
    }
    memset(&e, 0, sizeof e);
    e.doc = &doc;
    kind = cli_json_member(&doc, 0, "kind");
    k = cli_json_string_of(&doc, kind, NULL);
    final = cli_json_member(&doc, 0, "final_endmark");
    if (final != CLI_JSON_NONE && doc.nodes[final].type == CLI_JSON_FALSE)
        flags |= CCTL_PLIST_NO_FINAL_ENDMARK;
    else if (final != CLI_JSON_NONE && doc.nodes[final].type != CLI_JSON_TRUE)
        (void)cli_enc_fail(&e, final, "\"final_endmark\" must be true or false");
    /* Two passes: the size, then the bytes. */
    for (pass = 0; pass < 2 && e.message == NULL; pass++) {
        clusctl_status st;
        memset(&w, 0, sizeof w);
        e.w = &w;
        if (doc.nodes[0].type != CLI_JSON_OBJECT || k == NULL) {
            (void)cli_enc_fail(&e, 0, "the document must be a list object with \"kind\"");
            break;
        }
        st = strcmp(k, "value_list") == 0
                 ? clusctl_vlist_write_begin(&w, out, pass == 0 ? 0 : needed, 0)
                 : clusctl_plist_write_begin(&w, out, pass == 0 ? 0 : needed,
                                             strcmp(k, "property_list") == 0 ? flags : 0);
        if (cli_enc_check(&e, 0, st) != 0 || cli_enc_list(&e, 0, 0) != 0)
            break;
        st = clusctl_plist_write_end(&w, &needed);
        if (pass == 0) {
            if (st != CCTL_ERROR_MORE_DATA && cli_enc_check(&e, 0, st) != 0)
                break;
            out = (unsigned char *)malloc(needed != 0 ? needed : 1);
            if (out == NULL) {
                (void)cli_enc_fail(&e, 0, "out of memory");
                break;
            }
        } else if (cli_enc_check(&e, 0, st) != 0) {
            break;
        }
    }
    if (e.message != NULL) {
        error->offset = e.at;
        cli_json_position(text, e.at, &error->line, &error->column);
        snprintf(error->message, sizeof error->message, "%s", e.message);
        free(out);
        cli_json_free(&doc);
        return -1;
    }
    cli_json_free(&doc);
    *bytes = out;
    *length = needed;
    return 0;
}

int cli_plist_encode(const cli_ctx *ctx, int argc, char **argv)
{
    int hex = 0, count = 0, rc;
    const cli_option options[] = {{"--hex", NULL, &hex}};
    unsigned char *text, *out;
    size_t size, length;
    cli_plist_json_error error;

    rc = cli_parse_command(ctx, argc, argv, options, 1, &cli_cmd_plist_encode, 0, &count);
    if (rc != CLI_CONTINUE)
        return rc;
    if (count > 1)
        return cli_fail(ctx, CCTL_EXIT_USAGE, "unexpected argument '%s'", ctx->operands[1]);
    rc = cli_read_input(ctx, count == 1 ? ctx->operands[0] : NULL, &text, &size);
    if (rc != CCTL_EXIT_OK)
        return rc;
    if (cli_plist_from_json((const char *)text, size, &out, &length, &error) != 0) {
        free(text);
        return cli_fail(ctx, CCTL_EXIT_REFUSED, "line %lu, column %lu (offset %lu): %s",
                        (unsigned long)error.line, (unsigned long)error.column,
                        (unsigned long)error.offset, error.message);
    }
    if (hex) {
        cli_hex_lines(ctx->out, out, length);
    } else {
        if (ctx->out == stdout)
            cli_binary_mode(stdout);
        if (length != 0 && fwrite(out, 1, length, ctx->out) != length)
            rc = cli_write_failed(ctx, 0);
    }
    free(out);
    free(text);
    return rc;
}

/* ---- syntax --------------------------------------------------------------- */

/* Case-insensitive edit distance of two short names (Levenshtein, one row;
 * names longer than the row count as far apart). */
static size_t cli_name_distance(const char *a, const char *b)
{
    size_t row[64], la = strlen(a), lb = strlen(b), i, j;
    if (la >= sizeof row / sizeof row[0] || lb >= sizeof row / sizeof row[0])
        return (size_t)-1;
    for (j = 0; j <= lb; j++)
        row[j] = j;
    for (i = 1; i <= la; i++) {
        size_t diagonal = row[0];
        row[0] = i;
        for (j = 1; j <= lb; j++) {
            size_t up = row[j], best = diagonal;
            int ca = a[i - 1], cb = b[j - 1];
            if (ca >= 'a' && ca <= 'z')
                ca -= 'a' - 'A';
            if (cb >= 'a' && cb <= 'z')
                cb -= 'a' - 'A';
            if (ca != cb)
                best++;
            if (up + 1 < best)
                best = up + 1;
            if (row[j - 1] + 1 < best)
                best = row[j - 1] + 1;
            diagonal = up;
            row[j] = best;
        }
    }
    return row[lb];
}

/* An unknown syntax name: up to three named syntaxes close to it (within
 * a fifth of its length, at least 2 edits), closest first, as the catalog's
 * names are suggested. */
static int cli_unknown_syntax(const cli_ctx *ctx, const char *text)
{
#define CLI_SYNTAX_NAME_(N, t, f) #N,
    static const char *const names[] = {CCTL_PROP_SYNTAX_MAP(CLI_SYNTAX_NAME_)};
#undef CLI_SYNTAX_NAME_
    static const char prefix[] = "CLUSPROP_SYNTAX_";
    const char *best[3] = {NULL, NULL, NULL};
    size_t dist[3] = {0, 0, 0}, n = 0, i, k, limit, d, len;
    char list[160];
    const char *bare = text;
    /* The names compare without the prefix, which the text may have in
     * any case. */
    for (i = 0; i < sizeof prefix - 1; i++) {
        int c = text[i] >= 'a' && text[i] <= 'z' ? text[i] - 'a' + 'A' : text[i];
        if (c != prefix[i])
            break;
    }
    if (i == sizeof prefix - 1)
        bare = text + i;
    limit = strlen(bare) / 5 > 2 ? strlen(bare) / 5 : 2;
    for (i = 0; i < sizeof names / sizeof names[0]; i++) {
        d = cli_name_distance(bare, names[i]);
        if (d > limit)
            continue;
        for (k = n < 3 ? n : 3; k > 0 && dist[k - 1] > d; k--)
            if (k < 3) {
                best[k] = best[k - 1];
                dist[k] = dist[k - 1];
            }
        if (k < 3) {
            best[k] = names[i];
            dist[k] = d;
            if (n < 3)
                n++;
        }
    }
    if (n == 0)
        return cli_fail(ctx, CCTL_EXIT_REFUSED,
                        "unknown name '%s'; expected a CLUSPROP_SYNTAX_* name", text);
    list[0] = '\0';
    for (i = 0, len = 0; i < n; i++)
        len += (size_t)snprintf(list + len, sizeof list - len, "%s%s%s",
                                i == 0 ? "" : i + 1 == n ? " or " : ", ", prefix, best[i]);
    return cli_fail(ctx, CCTL_EXIT_REFUSED, "unknown name '%s'; did you mean %s?", text, list);
}

int cli_plist_syntax(const cli_ctx *ctx, int argc, char **argv)
{
    int json = 0, count = 0, rc, i, pass;
    const cli_option options[] = {{"--json", NULL, &json}};

    rc = cli_parse_command(ctx, argc, argv, options, 1, &cli_cmd_plist_syntax, 0, &count);
    if (rc != CLI_CONTINUE)
        return rc;
    if (count == 0)
        return cli_fail(ctx, CCTL_EXIT_USAGE, "no SYNTAX given");
    /* Every operand is checked before anything is printed. */
    for (pass = 0; pass < 2; pass++) {
        for (i = 0; i < count; i++) {
            const char *text = ctx->operands[i];
            uint32_t syntax, type = 0, format = 0;
            const char *name, *tn, *fn;
            if (cli_is_identifier(text)) {
                if (clusctl_syntax_from_name(text, &syntax) != CCTL_ERROR_SUCCESS)
                    return cli_unknown_syntax(ctx, text);
            } else if ((rc = cli_parse_number(ctx, "SYNTAX", text, &syntax)) != CCTL_EXIT_OK) {
                return rc;
            }
            if (pass == 0)
                continue;
            (void)clusctl_syntax_decode(syntax, &type, &format);
            name = clusctl_syntax_name(syntax);
            tn = clusctl_prop_type_name(type);
            fn = clusctl_prop_format_name(format);
            if (json) {
                fprintf(ctx->out, "{\"value\":\"0x%08lX\",\"type\":%lu,\"type_name\":",
                        (unsigned long)syntax, (unsigned long)type);
                cli_json_string(ctx->out, tn);
                fprintf(ctx->out, ",\"format\":%lu,\"format_name\":", (unsigned long)format);
                cli_json_string(ctx->out, fn);
                fputs(",\"name\":", ctx->out);
                if (name != NULL)
                    fprintf(ctx->out, "\"CLUSPROP_SYNTAX_%s\"", name);
                else
                    fputs("null", ctx->out);
                fputs("}\n", ctx->out);
            } else {
                if (i > 0)
                    fputc('\n', ctx->out);
                fprintf(ctx->out, "syntax    0x%08lX\n", (unsigned long)syntax);
                if (name != NULL)
                    fprintf(ctx->out, "name      CLUSPROP_SYNTAX_%s\n", name);
                else
                    fputs("name      none (the SDK names no such syntax)\n", ctx->out);
                fprintf(ctx->out, "type      %-8lu  %s\n", (unsigned long)type,
                        tn != NULL ? tn : "-");
                fprintf(ctx->out, "format    %-8lu  %s\n", (unsigned long)format,
                        fn != NULL ? fn : "-");
            }
        }
    }
    return CCTL_EXIT_OK;
}
