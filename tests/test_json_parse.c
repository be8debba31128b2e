/* The tool's JSON reader (src/cli/json_parse.c): the values RFC 8259 allows,
 * each error with its offset, line and column, and the integer helper. */
#include <stdint.h>
#include <string.h>

#include "harness.h"
#include "json_parse.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static void test_values(void)
{
    static const char text[] =
        " {\"a\": [1, -2, 3.5e1, true, false, null], \"s\": \"x\\u00e9\\ud83d\\ude00\\n\","
        " \"o\": {}, \"e\": [], \"q\": \"\\\"\\\\\\/\\b\\f\\r\\t\", \"z\": \"\\u0000\"}\n";
    cli_json_doc d;
    cli_json_error e;
    size_t a, s, n, el;
    const char *str;
    int64_t sv;
    uint64_t uv;

    CHECK_EQ_U(cli_json_parse(text, sizeof text - 1, &d, &e), 0);
    CHECK_EQ_U(d.nodes[0].type, CLI_JSON_OBJECT);
    CHECK_EQ_U(d.nodes[0].count, 6);
    a = cli_json_member(&d, 0, "a");
    CHECK(a != CLI_JSON_NONE);
    CHECK_EQ_U(d.nodes[a].count, 6);
    el = d.nodes[a].first;
    CHECK_EQ_U(cli_json_integer(&d, el, 0, 10, NULL, &uv), 0);
    CHECK_EQ_U(uv, 1);
    el = d.nodes[el].next;
    CHECK_EQ_U(cli_json_integer(&d, el, 0, 10, NULL, &uv), -1); /* negative */
    CHECK_EQ_U(cli_json_integer(&d, el, -5, 10, &sv, NULL), 0);
    CHECK(sv == -2);
    el = d.nodes[el].next;
    CHECK_EQ_U(d.nodes[el].type, CLI_JSON_NUMBER);
    CHECK_EQ_U(cli_json_integer(&d, el, 0, 100, NULL, &uv), -1); /* not an integer */
    el = d.nodes[el].next;
    CHECK_EQ_U(d.nodes[el].type, CLI_JSON_TRUE);
    CHECK_EQ_U(d.nodes[d.nodes[el].next].type, CLI_JSON_FALSE);
    CHECK_EQ_U(d.nodes[d.nodes[d.nodes[el].next].next].type, CLI_JSON_NULL);
    s = cli_json_member(&d, 0, "s");
    str = cli_json_string_of(&d, s, &n);
    CHECK_EQ_U(n, 8);
    CHECK(str != NULL && memcmp(str, "x\xC3\xA9\xF0\x9F\x98\x80\n", 8) == 0);
    CHECK_EQ_U(d.nodes[cli_json_member(&d, 0, "o")].count, 0);
    CHECK_EQ_U(d.nodes[cli_json_member(&d, 0, "e")].type, CLI_JSON_ARRAY);
    CHECK_STR(cli_json_string_of(&d, cli_json_member(&d, 0, "q"), NULL), "\"\\/\b\f\r\t");
    str = cli_json_string_of(&d, cli_json_member(&d, 0, "z"), &n);
    CHECK_EQ_U(n, 1);
    CHECK(str != NULL && str[0] == '\0');
    CHECK(cli_json_member(&d, 0, "missing") == CLI_JSON_NONE);
    CHECK(cli_json_member(&d, a, "a") == CLI_JSON_NONE); /* not an object */
    cli_json_free(&d);
}

static void test_integers(void)
{
    static const struct {
        const char *text;
        int64_t min;
        uint64_t max;
        int ok;
        uint64_t value;
    } cases[] = {
        {"4294967295", 0, 4294967295u, 1, 4294967295u},
        {"4294967296", 0, 4294967295u, 0, 0},
        {"18446744073709551615", 0, UINT64_MAX, 1, UINT64_MAX},
        {"18446744073709551616", 0, UINT64_MAX, 0, 0},
        {"-0", 0, 10, 1, 0},
        {"0", 0, 0, 1, 0},
        {"1e2", 0, 1000, 0, 0},
        {"1.0", 0, 10, 0, 0},
    };
    size_t i;
    for (i = 0; i < COUNT(cases); i++) {
        cli_json_doc d;
        cli_json_error e;
        uint64_t v = 77;
        CHECK_EQ_U(cli_json_parse(cases[i].text, strlen(cases[i].text), &d, &e), 0);
        CHECK_EQ_U(cli_json_integer(&d, 0, cases[i].min, cases[i].max, NULL, &v) == 0,
                   cases[i].ok);
        if (cases[i].ok)
            CHECK_EQ_U(v, cases[i].value);
        cli_json_free(&d);
    }
    {
        cli_json_doc d;
        cli_json_error e;
        int64_t sv = 0;
        CHECK_EQ_U(cli_json_parse("-9223372036854775808", 20, &d, &e), 0);
        CHECK_EQ_U(cli_json_integer(&d, 0, INT64_MIN, 0, &sv, NULL), 0);
        CHECK(sv == INT64_MIN);
        CHECK_EQ_U(cli_json_integer(&d, 0, INT64_MIN + 1, 0, &sv, NULL), -1);
        cli_json_free(&d);
    }
}

/* Each malformed text: the offset (and line, column) of its first error. */
static void test_errors(void)
{
    static const struct {
        const char *text;
        size_t offset, line, column;
    } cases[] = {
        {"", 0, 1, 1},
        {"  ", 2, 1, 3},
        {"{", 1, 1, 2},
        {"{\"a\" 1}", 5, 1, 6},
        {"{\"a\":1,}", 7, 1, 8},
        {"[1 2]", 3, 1, 4},
        {"[1,\n 2,\n x]", 9, 3, 2},
        {"\"abc", 4, 1, 5},
        {"\"a\tb\"", 2, 1, 3},
        {"\"\\x\"", 1, 1, 2},
        {"\"\\u12\"", 3, 1, 4},
        {"\"\\udc00\"", 1, 1, 2},
        {"\"\\ud800\"", 1, 1, 2},
        {"\"\\ud800\\u0041\"", 7, 1, 8},
        {"\"\xC3\"", 1, 1, 2},
        {"\"\xED\xA0\x80\"", 1, 1, 2}, /* an encoded surrogate */
        {"\"\xC0\xAF\"", 1, 1, 2},     /* overlong */
        {"tru", 0, 1, 1},
        {"nul", 0, 1, 1},
        {"01", 1, 1, 2},
        {"-", 0, 1, 1},
        {"1.", 2, 1, 3},
        {"1e", 2, 1, 3},
        {"{} {}", 3, 1, 4},
        {"[1]]", 3, 1, 4},
        {"@", 0, 1, 1},
    };
    size_t i;
    for (i = 0; i < COUNT(cases); i++) {
        cli_json_doc d;
        cli_json_error e;
        memset(&e, 0, sizeof e);
        CHECK(cli_json_parse(cases[i].text, strlen(cases[i].text), &d, &e) == -1);
        CHECK_EQ_U(e.offset, cases[i].offset);
        CHECK_EQ_U(e.line, cases[i].line);
        CHECK_EQ_U(e.column, cases[i].column);
        CHECK(e.message != NULL);
        if (e.offset != cases[i].offset)
            fprintf(stderr, "    case %u: %s: %s\n", (unsigned)i, cases[i].text, e.message);
    }
}

static void test_depth(void)
{
    char text[2 * (CLI_JSON_MAX_DEPTH + 2) + 1];
    size_t i, n = 0;
    cli_json_doc d;
    cli_json_error e;
    for (i = 0; i <= CLI_JSON_MAX_DEPTH; i++)
        text[n++] = '[';
    for (i = 0; i <= CLI_JSON_MAX_DEPTH; i++)
        text[n++] = ']';
    CHECK_EQ_U(cli_json_parse(text, n, &d, &e), 0); /* depth 64: fine */
    cli_json_free(&d);
    n = 0;
    for (i = 0; i <= CLI_JSON_MAX_DEPTH + 1; i++)
        text[n++] = '[';
    for (i = 0; i <= CLI_JSON_MAX_DEPTH + 1; i++)
        text[n++] = ']';
    CHECK(cli_json_parse(text, n, &d, &e) == -1);
    CHECK_EQ_U(e.offset, CLI_JSON_MAX_DEPTH + 1);
    CHECK_STR(e.message, "nested too deep");
}

int main(void)
{
    RUN(test_values);
    RUN(test_integers);
    RUN(test_errors);
    RUN(test_depth);
    return harness_finish();
}
