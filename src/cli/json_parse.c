/* The tool's JSON reader: recursive descent over RFC 8259's grammar, nodes
 * linked by index (the array grows), strings unescaped into one pool. */
#include "json_parse.h"

#include <stdlib.h>
#include <string.h>

typedef struct parser {
    const char *s;
    size_t len, pos;
    cli_json_doc *doc;
    const char *message; /* the first error, or NULL */
    size_t error_at;
} parser;

static int fail(parser *p, size_t at, const char *message)
{
    if (p->message == NULL) {
        p->message = message;
        p->error_at = at;
    }
    return -1;
}

static void skip_space(parser *p)
{
    while (p->pos < p->len && (p->s[p->pos] == ' ' || p->s[p->pos] == '\t' ||
                               p->s[p->pos] == '\n' || p->s[p->pos] == '\r'))
        p->pos++;
}

/* A new node; returns its index, or NONE when out of memory. */
static size_t new_node(parser *p, cli_json_type type)
{
    cli_json_doc *d = p->doc;
    cli_json_node *n;
    if (d->node_count == d->node_room) {
        size_t room = d->node_room != 0 ? d->node_room * 2 : 64;
        cli_json_node *grown = (cli_json_node *)realloc(d->nodes, room * sizeof *grown);
        if (grown == NULL)
            return CLI_JSON_NONE;
        d->nodes = grown;
        d->node_room = room;
    }
    n = &d->nodes[d->node_count];
    memset(n, 0, sizeof *n);
    n->type = type;
    n->offset = p->pos;
    n->key = n->first = n->next = CLI_JSON_NONE;
    return d->node_count++;
}

static int pool_put(parser *p, const char *bytes, size_t n)
{
    cli_json_doc *d = p->doc;
    if (d->pool_len + n + 1 > d->pool_room) {
        size_t room = d->pool_room != 0 ? d->pool_room : 256;
        char *grown;
        while (d->pool_len + n + 1 > room)
            room *= 2;
        grown = (char *)realloc(d->pool, room);
        if (grown == NULL)
            return fail(p, p->pos, "out of memory");
        d->pool = grown;
        d->pool_room = room;
    }
    memcpy(d->pool + d->pool_len, bytes, n);
    d->pool_len += n;
    return 0;
}

static int put_utf8(parser *p, uint32_t cp)
{
    char b[4];
    size_t n;
    if (cp < 0x80u) {
        b[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800u) {
        b[0] = (char)(0xC0u | (cp >> 6));
        b[1] = (char)(0x80u | (cp & 0x3Fu));
        n = 2;
    } else if (cp < 0x10000u) {
        b[0] = (char)(0xE0u | (cp >> 12));
        b[1] = (char)(0x80u | ((cp >> 6) & 0x3Fu));
        b[2] = (char)(0x80u | (cp & 0x3Fu));
        n = 3;
    } else {
        b[0] = (char)(0xF0u | (cp >> 18));
        b[1] = (char)(0x80u | ((cp >> 12) & 0x3Fu));
        b[2] = (char)(0x80u | ((cp >> 6) & 0x3Fu));
        b[3] = (char)(0x80u | (cp & 0x3Fu));
        n = 4;
    }
    return pool_put(p, b, n);
}

static int hex4(parser *p, uint32_t *out)
{
    size_t i;
    uint32_t v = 0;
    if (p->len - p->pos < 4)
        return fail(p, p->pos, "a \\u escape needs four hex digits");
    for (i = 0; i < 4; i++) {
        char c = p->s[p->pos + i];
        uint32_t d;
        if (c >= '0' && c <= '9')
            d = (uint32_t)(c - '0');
        else if (c >= 'a' && c <= 'f')
            d = (uint32_t)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            d = (uint32_t)(c - 'A' + 10);
        else
            return fail(p, p->pos + i, "a \\u escape needs four hex digits");
        v = v * 16 + d;
    }
    p->pos += 4;
    *out = v;
    return 0;
}

/* The length of a well-formed UTF-8 sequence at s (Unicode Table 3-7), or 0. */
static size_t utf8_sequence(const unsigned char *s, size_t room)
{
    unsigned char c = s[0], lo = 0x80, hi = 0xBF;
    size_t n, i;
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        n = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        if (c == 0xE0)
            lo = 0xA0;
        if (c == 0xED)
            hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        if (c == 0xF0)
            lo = 0x90;
        if (c == 0xF4)
            hi = 0x8F;
    } else
        return 0;
    if (room < n)
        return 0;
    for (i = 1; i < n; i++) {
        unsigned char b = s[i];
        if (b < (i == 1 ? lo : 0x80) || b > (i == 1 ? hi : 0xBF))
            return 0;
    }
    return n;
}

/* A string at p->pos (the opening quote); appends it to the pool and sets
 * its pool offset and length. */
static int parse_string(parser *p, size_t *at, size_t *len)
{
    size_t start = p->doc->pool_len;
    p->pos++; /* the quote */
    for (;;) {
        unsigned char c;
        if (p->pos >= p->len)
            return fail(p, p->pos, "the string does not end");
        c = (unsigned char)p->s[p->pos];
        if (c == '"') {
            p->pos++;
            break;
        }
        if (c < 0x20)
            return fail(p, p->pos, "a control character in a string (escape it)");
        if (c == '\\') {
            uint32_t cp;
            char e;
            if (p->pos + 1 >= p->len)
                return fail(p, p->pos, "the string does not end");
            e = p->s[p->pos + 1];
            p->pos += 2;
            switch (e) {
            case '"': case '\\': case '/':
                if (pool_put(p, &e, 1) != 0)
                    return -1;
                continue;
            case 'b': cp = 8; break;
            case 'f': cp = 12; break;
            case 'n': cp = 10; break;
            case 'r': cp = 13; break;
            case 't': cp = 9; break;
            case 'u':
                if (hex4(p, &cp) != 0)
                    return -1;
                if (cp >= 0xDC00u && cp <= 0xDFFFu)
                    return fail(p, p->pos - 6, "an unpaired surrogate escape");
                if (cp >= 0xD800u && cp <= 0xDBFFu) {
                    uint32_t low;
                    if (p->len - p->pos < 2 || p->s[p->pos] != '\\' || p->s[p->pos + 1] != 'u')
                        return fail(p, p->pos - 6, "an unpaired surrogate escape");
                    p->pos += 2;
                    if (hex4(p, &low) != 0)
                        return -1;
                    if (low < 0xDC00u || low > 0xDFFFu)
                        return fail(p, p->pos - 6, "an unpaired surrogate escape");
                    cp = 0x10000u + ((cp - 0xD800u) << 10) + (low - 0xDC00u);
                }
                break;
            default:
                return fail(p, p->pos - 2, "an unknown escape in a string");
            }
            if (put_utf8(p, cp) != 0)
                return -1;
            continue;
        }
        {
            size_t n = utf8_sequence((const unsigned char *)p->s + p->pos, p->len - p->pos);
            if (n == 0)
                return fail(p, p->pos, "the string is not valid UTF-8");
            if (pool_put(p, p->s + p->pos, n) != 0)
                return -1;
            p->pos += n;
        }
    }
    *at = start;
    *len = p->doc->pool_len - start;
    return pool_put(p, "", 1) == 0 ? 0 : -1; /* the NUL */
}

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static int parse_number(parser *p)
{
    size_t start = p->pos;
    if (p->s[p->pos] == '-')
        p->pos++;
    if (p->pos >= p->len || !is_digit(p->s[p->pos]))
        return fail(p, start, "not a number");
    if (p->s[p->pos] == '0')
        p->pos++;
    else
        while (p->pos < p->len && is_digit(p->s[p->pos]))
            p->pos++;
    if (p->pos < p->len && p->s[p->pos] == '.') {
        p->pos++;
        if (p->pos >= p->len || !is_digit(p->s[p->pos]))
            return fail(p, p->pos, "a digit must follow the decimal point");
        while (p->pos < p->len && is_digit(p->s[p->pos]))
            p->pos++;
    }
    if (p->pos < p->len && (p->s[p->pos] == 'e' || p->s[p->pos] == 'E')) {
        p->pos++;
        if (p->pos < p->len && (p->s[p->pos] == '+' || p->s[p->pos] == '-'))
            p->pos++;
        if (p->pos >= p->len || !is_digit(p->s[p->pos]))
            return fail(p, p->pos, "a digit must follow the exponent");
        while (p->pos < p->len && is_digit(p->s[p->pos]))
            p->pos++;
    }
    return 0;
}

static size_t parse_value(parser *p, int depth);

/* The elements of an array or the members of an object at p->pos. */
static int parse_container(parser *p, size_t node, int depth, int object)
{
    size_t last = CLI_JSON_NONE;
    char close = object ? '}' : ']';
    p->pos++;
    skip_space(p);
    if (p->pos < p->len && p->s[p->pos] == close) {
        p->pos++;
        return 0;
    }
    for (;;) {
        size_t key = CLI_JSON_NONE, key_len = 0, child;
        skip_space(p);
        if (object) {
            if (p->pos >= p->len || p->s[p->pos] != '"')
                return fail(p, p->pos, "expected a member name in quotes");
            if (parse_string(p, &key, &key_len) != 0)
                return -1;
            skip_space(p);
            if (p->pos >= p->len || p->s[p->pos] != ':')
                return fail(p, p->pos, "expected ':' after the member name");
            p->pos++;
        }
        child = parse_value(p, depth + 1);
        if (child == CLI_JSON_NONE)
            return -1;
        p->doc->nodes[child].key = key;
        p->doc->nodes[child].key_len = key_len;
        if (last == CLI_JSON_NONE)
            p->doc->nodes[node].first = child;
        else
            p->doc->nodes[last].next = child;
        last = child;
        p->doc->nodes[node].count++;
        skip_space(p);
        if (p->pos < p->len && p->s[p->pos] == ',') {
            p->pos++;
            continue;
        }
        if (p->pos < p->len && p->s[p->pos] == close) {
            p->pos++;
            return 0;
        }
        return fail(p, p->pos, object ? "expected ',' or '}'" : "expected ',' or ']'");
    }
}

static size_t parse_value(parser *p, int depth)
{
    size_t node;
    char c;
    skip_space(p);
    if (p->pos >= p->len) {
        fail(p, p->pos, "expected a value");
        return CLI_JSON_NONE;
    }
    if (depth > CLI_JSON_MAX_DEPTH) {
        fail(p, p->pos, "nested too deep");
        return CLI_JSON_NONE;
    }
    c = p->s[p->pos];
    switch (c) {
    case '{':
    case '[':
        node = new_node(p, c == '{' ? CLI_JSON_OBJECT : CLI_JSON_ARRAY);
        if (node == CLI_JSON_NONE || parse_container(p, node, depth, c == '{') != 0) {
            fail(p, p->pos, "out of memory");
            return CLI_JSON_NONE;
        }
        return node;
    case '"': {
        size_t at, len;
        node = new_node(p, CLI_JSON_STRING);
        if (node == CLI_JSON_NONE || parse_string(p, &at, &len) != 0) {
            fail(p, p->pos, "out of memory");
            return CLI_JSON_NONE;
        }
        p->doc->nodes[node].text = at;
        p->doc->nodes[node].text_len = len;
        return node;
    }
    case 't':
    case 'f':
    case 'n': {
        const char *word = c == 't' ? "true" : c == 'f' ? "false" : "null";
        size_t n = strlen(word);
        if (p->len - p->pos < n || memcmp(p->s + p->pos, word, n) != 0) {
            fail(p, p->pos, "unexpected word (true, false or null?)");
            return CLI_JSON_NONE;
        }
        node = new_node(p, c == 't' ? CLI_JSON_TRUE : c == 'f' ? CLI_JSON_FALSE : CLI_JSON_NULL);
        if (node == CLI_JSON_NONE) {
            fail(p, p->pos, "out of memory");
            return CLI_JSON_NONE;
        }
        p->pos += n;
        return node;
    }
    default:
        if (c == '-' || is_digit(c)) {
            node = new_node(p, CLI_JSON_NUMBER);
            if (node == CLI_JSON_NONE) {
                fail(p, p->pos, "out of memory");
                return CLI_JSON_NONE;
            }
            p->doc->nodes[node].text = p->pos;
            if (parse_number(p) != 0)
                return CLI_JSON_NONE;
            p->doc->nodes[node].text_len = p->pos - p->doc->nodes[node].text;
            return node;
        }
        fail(p, p->pos, "unexpected character");
        return CLI_JSON_NONE;
    }
}

void cli_json_position(const char *input, size_t offset, size_t *line,
                       size_t *column)
{
    size_t i, l = 1, c = 1;
    for (i = 0; i < offset; i++) {
        if (input[i] == '\n') {
            l++;
            c = 1;
        } else {
            c++;
        }
    }
    *line = l;
    *column = c;
}

int cli_json_parse(const char *input, size_t len, cli_json_doc *doc,
                   cli_json_error *error)
{
    parser p;
    memset(doc, 0, sizeof *doc);
    memset(&p, 0, sizeof p);
    doc->input = input;
    doc->input_len = len;
    p.s = input;
    p.len = len;
    p.doc = doc;
    if (parse_value(&p, 0) == 0) {
        skip_space(&p);
        if (p.pos != p.len)
            fail(&p, p.pos, "more text after the value");
    }
    if (p.message != NULL) {
        error->offset = p.error_at;
        error->message = p.message;
        cli_json_position(input, p.error_at, &error->line, &error->column);
        cli_json_free(doc);
        return -1;
    }
    return 0;
}

void cli_json_free(cli_json_doc *doc)
{
    free(doc->nodes);
    free(doc->pool);
    doc->nodes = NULL;
    doc->pool = NULL;
    doc->node_count = doc->node_room = doc->pool_len = doc->pool_room = 0;
}

size_t cli_json_member(const cli_json_doc *doc, size_t object, const char *key)
{
    size_t i, n = strlen(key);
    if (object == CLI_JSON_NONE || doc->nodes[object].type != CLI_JSON_OBJECT)
        return CLI_JSON_NONE;
    for (i = doc->nodes[object].first; i != CLI_JSON_NONE; i = doc->nodes[i].next)
        if (doc->nodes[i].key_len == n && memcmp(doc->pool + doc->nodes[i].key, key, n) == 0)
            return i;
    return CLI_JSON_NONE;
}

const char *cli_json_string_of(const cli_json_doc *doc, size_t node, size_t *len)
{
    if (node == CLI_JSON_NONE || doc->nodes[node].type != CLI_JSON_STRING)
        return NULL;
    if (len != NULL)
        *len = doc->nodes[node].text_len;
    return doc->pool + doc->nodes[node].text;
}

int cli_json_integer(const cli_json_doc *doc, size_t node, int64_t min,
                     uint64_t max, int64_t *value_signed, uint64_t *value)
{
    const char *t;
    size_t n, i = 0;
    uint64_t v = 0;
    int negative = 0;
    if (node == CLI_JSON_NONE || doc->nodes[node].type != CLI_JSON_NUMBER)
        return -1;
    t = doc->input + doc->nodes[node].text;
    n = doc->nodes[node].text_len;
    if (t[0] == '-') {
        negative = 1;
        i = 1;
    }
    for (; i < n; i++) {
        unsigned d;
        if (!is_digit(t[i]))
            return -1; /* a fraction or an exponent */
        d = (unsigned)(t[i] - '0');
        if (v > (UINT64_MAX - d) / 10)
            return -1;
        v = v * 10 + d;
    }
    if (negative) {
        /* -v must be >= min (min <= 0). */
        uint64_t limit = min < 0 ? (uint64_t)(-(min + 1)) + 1 : 0;
        if (v > limit)
            return -1;
        if (value_signed != NULL)
            *value_signed = v == 0 ? 0 : -(int64_t)(v - 1) - 1;
        if (value != NULL)
            *value = 0;
        return v == 0 ? 0 : (value_signed != NULL ? 0 : -1);
    }
    if (v > max)
        return -1;
    if (value != NULL)
        *value = v;
    if (value_signed != NULL)
        *value_signed = v <= (uint64_t)INT64_MAX ? (int64_t)v : 0;
    return 0;
}
