/* A small JSON reader for the tool (RFC 8259): the whole text into a tree of
 * nodes, with the byte offset, line and column of the first error. Not
 * installed; the library never parses JSON. */
#ifndef CCTL_CLI_JSON_PARSE_H_
#define CCTL_CLI_JSON_PARSE_H_

#include <stddef.h>
#include <stdint.h>

/* No node: the index of a missing child, sibling or member. */
#define CLI_JSON_NONE ((size_t)-1)

/* How deep arrays and objects may nest. */
#define CLI_JSON_MAX_DEPTH 64

typedef enum cli_json_type {
    CLI_JSON_NULL,
    CLI_JSON_FALSE,
    CLI_JSON_TRUE,
    CLI_JSON_NUMBER,
    CLI_JSON_STRING,
    CLI_JSON_ARRAY,
    CLI_JSON_OBJECT
} cli_json_type;

/* One value. Strings (and keys) are unescaped UTF-8 in the document's text
 * pool, NUL-terminated (they may hold a NUL: use the lengths). A number
 * keeps its text as written. */
typedef struct cli_json_node {
    cli_json_type type;
    size_t offset;       /* where the value starts in the input */
    size_t key;          /* an object member: its key in the pool, else NONE */
    size_t key_len;
    size_t text;         /* STRING: the pool offset; NUMBER: the input offset */
    size_t text_len;
    size_t first;        /* ARRAY, OBJECT: the first element, or NONE */
    size_t next;         /* the next element of the parent, or NONE */
    size_t count;        /* ARRAY, OBJECT: how many elements */
} cli_json_node;

typedef struct cli_json_doc {
    const char *input;
    size_t input_len;
    cli_json_node *nodes; /* nodes[0] is the root */
    size_t node_count, node_room;
    char *pool;
    size_t pool_len, pool_room;
} cli_json_doc;

/* Why parsing stopped. */
typedef struct cli_json_error {
    size_t offset;       /* byte offset in the input */
    size_t line, column; /* 1-based; the column counts bytes */
    const char *message; /* static English text */
} cli_json_error;

/* Parses `len` bytes (one value, white space around it allowed). Returns 0
 * and fills *doc (free it with cli_json_free), or -1 with *error set and
 * nothing to free. The input must outlive the document. */
int cli_json_parse(const char *input, size_t len, cli_json_doc *doc,
                   cli_json_error *error);
void cli_json_free(cli_json_doc *doc);

/* The member `key` of an object node, or CLI_JSON_NONE. */
size_t cli_json_member(const cli_json_doc *doc, size_t object, const char *key);

/* A string node's text (NUL-terminated) and length. */
const char *cli_json_string_of(const cli_json_doc *doc, size_t node, size_t *len);

/* A number node as an integer: 0 when it is one (no fraction, no exponent)
 * within [min, max] (as int64 for negatives), else -1. */
int cli_json_integer(const cli_json_doc *doc, size_t node, int64_t min,
                     uint64_t max, int64_t *value_signed, uint64_t *value);

/* The line and column of a byte offset of the input. */
void cli_json_position(const char *input, size_t offset, size_t *line,
                       size_t *column);

#endif /* CCTL_CLI_JSON_PARSE_H_ */
