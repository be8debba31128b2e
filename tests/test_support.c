/* The references of tests/support/ checked against their sources, not
 * against the library: the Unicode tables of ref_utf.h against the shape
 * the standard gives them and its own examples, every scalar value both
 * ways; START's buffer model (ref_buffer.h) on one buffer per row of
 * buffer.h's table; the edit distance (ref_distance.h) on pairs worked out
 * by hand. */
#include <stdint.h>
#include <string.h>

#include "clusctl/clusctl.h"
#include "harness.h"
#include "ref_buffer.h"
#include "ref_distance.h"
#include "ref_utf.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* The rows are in order, contiguous but for the surrogates D800..DFFF, each
 * as many values as sequences, first code units that no two rows share. */
static void check_table(const char *what, const ref_utf_row *t, size_t rows,
                        size_t max_units)
{
    uint32_t next = 0;
    size_t r, q, k;
    harness_test = what;
    for (r = 0; r < rows; r++) {
        uint32_t product = 1;
        if (next == 0xD800u)
            next = 0xE000u;
        CHECK_EQ_U(t[r].first, next);
        CHECK(t[r].last >= t[r].first);
        CHECK(t[r].units >= 1 && t[r].units <= max_units);
        for (k = 0; k < t[r].units; k++) {
            CHECK(t[r].lo[k] <= t[r].hi[k]);
            product *= t[r].hi[k] - t[r].lo[k] + 1;
        }
        CHECK_EQ_U(t[r].last - t[r].first + 1, product);
        for (q = 0; q < r; q++)
            CHECK(t[q].hi[0] < t[r].lo[0] || t[q].lo[0] > t[r].hi[0]);
        next = t[r].last + 1;
    }
    CHECK_EQ_U(next, 0x110000u);
}

static void test_tables(void)
{
    size_t r, k;
    check_table("UTF-8 table", ref_utf8_table, ref_utf8_rows, 4);
    check_table("UTF-16 table", ref_utf16_table, ref_utf16_rows, 2);
    harness_test = "test_tables";
    CHECK_EQ_U(ref_utf8_rows, 9);
    CHECK_EQ_U(ref_utf16_rows, 3);
    /* UTF-8's trailing bytes are all within 80..BF. */
    for (r = 0; r < ref_utf8_rows; r++)
        for (k = 1; k < ref_utf8_table[r].units; k++)
            CHECK(ref_utf8_table[r].lo[k] >= 0x80u && ref_utf8_table[r].hi[k] <= 0xBFu);
}

/* One scalar value in both encoding forms, as the standard writes it. */
typedef struct form_case {
    uint32_t cp;
    const char *utf8;    /* its bytes */
    uint32_t utf16[2];   /* its code units (0 after the last) */
} form_case;

/* Unicode 15.0 section 3.9, the examples of D92 and of Table 3-4
 * (U+004D, U+0430, U+4E8C, U+10302), and the bounds of Table 3-6's rows. */
static const form_case form_cases[] = {
    {0x004Du, "\x4D", {0x004D, 0}},
    {0x0430u, "\xD0\xB0", {0x0430, 0}},
    {0x4E8Cu, "\xE4\xBA\x8C", {0x4E8C, 0}},
    {0x10302u, "\xF0\x90\x8C\x82", {0xD800, 0xDF02}},
    {0x0001u, "\x01", {0x0001, 0}},
    {0x007Fu, "\x7F", {0x007F, 0}},
    {0x0080u, "\xC2\x80", {0x0080, 0}},
    {0x07FFu, "\xDF\xBF", {0x07FF, 0}},
    {0x0800u, "\xE0\xA0\x80", {0x0800, 0}},
    {0xD7FFu, "\xED\x9F\xBF", {0xD7FF, 0}},
    {0xE000u, "\xEE\x80\x80", {0xE000, 0}},
    {0xFFFDu, "\xEF\xBF\xBD", {0xFFFD, 0}},
    {0xFFFFu, "\xEF\xBF\xBF", {0xFFFF, 0}},
    {0x10000u, "\xF0\x90\x80\x80", {0xD800, 0xDC00}},
    {0x1F600u, "\xF0\x9F\x98\x80", {0xD83D, 0xDE00}},
    {0x10FFFFu, "\xF4\x8F\xBF\xBF", {0xDBFF, 0xDFFF}},
};

static void test_standard_examples(void)
{
    size_t i;
    for (i = 0; i < COUNT(form_cases); i++) {
        const form_case *c = &form_cases[i];
        unsigned char u8[4], le[4], want_le[4];
        size_t n8 = strlen(c->utf8), n16 = c->utf16[1] != 0 ? 2 : 1, k;
        uint32_t cp = 0;
        unsigned long before = harness_failed;
        for (k = 0; k < n16; k++) {
            want_le[2 * k] = (unsigned char)(c->utf16[k] & 0xFFu);
            want_le[2 * k + 1] = (unsigned char)(c->utf16[k] >> 8);
        }
        CHECK_EQ_U(ref_utf8_encode(c->cp, u8), n8);
        CHECK(memcmp(u8, c->utf8, n8) == 0);
        CHECK_EQ_U(ref_utf8_decode((const unsigned char *)c->utf8, n8, &cp), n8);
        CHECK_EQ_U(cp, c->cp);
        CHECK_EQ_U(ref_utf16le_encode(c->cp, le), 2 * n16);
        CHECK(memcmp(le, want_le, 2 * n16) == 0);
        cp = 0;
        CHECK_EQ_U(ref_utf16le_decode(want_le, n16, &cp), n16);
        CHECK_EQ_U(cp, c->cp);
        CHECK_EQ_U(ref_utf16le_to_utf8(want_le, n16, u8), n8);
        CHECK(memcmp(u8, c->utf8, n8) == 0);
        if (harness_failed != before)
            fprintf(stderr, "    (U+%04lX)\n", (unsigned long)c->cp);
    }
}

/* Every scalar value both ways, and every other value refused. */
static void test_every_value(void)
{
    unsigned long bad = 0;
    uint32_t cp;
    for (cp = 0; cp <= 0x10FFFFu; cp++) {
        unsigned char u8[4], le[4];
        uint32_t back = 0xFFFFFFFFu;
        size_t n8 = ref_utf8_encode(cp, u8), n16 = ref_utf16le_encode(cp, le);
        int scalar = cp < 0xD800u || cp > 0xDFFFu;
        /* The lengths of Table 3-6 and of D91. */
        size_t want8 = !scalar ? 0 : cp < 0x80u ? 1 : cp < 0x800u ? 2 : cp < 0x10000u ? 3 : 4;
        size_t want16 = !scalar ? 0 : cp < 0x10000u ? 2 : 4;
        if (n8 != want8 || n16 != want16) {
            bad++;
            continue;
        }
        if (!scalar)
            continue;
        if (ref_utf8_decode(u8, n8, &back) != n8 || back != cp)
            bad++;
        /* One byte fewer is no sequence. */
        if (ref_utf8_decode(u8, n8 - 1, &back) != 0)
            bad++;
        back = 0xFFFFFFFFu;
        if (ref_utf16le_decode(le, n16 / 2, &back) != n16 / 2 || back != cp)
            bad++;
    }
    CHECK_EQ_U(bad, 0);
    CHECK_EQ_U(ref_utf8_encode(0x110000u, (unsigned char[4]){0}), 0);
    CHECK_EQ_U(ref_utf8_encode(0xFFFFFFFFu, (unsigned char[4]){0}), 0);
    CHECK_EQ_U(ref_utf16le_encode(0x110000u, (unsigned char[4]){0}), 0);
}

/* How many sequences of each length are well formed: one per scalar value
 * of that length. */
static void test_sequence_counts(void)
{
    unsigned long n1 = 0, n2 = 0, n3 = 0, n16 = 0;
    uint32_t a, b, c;
    for (a = 0; a < 256; a++) {
        unsigned char s[3];
        uint32_t cp;
        s[0] = (unsigned char)a;
        n1 += ref_utf8_decode(s, 1, &cp) == 1;
        for (b = 0; b < 256; b++) {
            s[1] = (unsigned char)b;
            n2 += ref_utf8_decode(s, 2, &cp) == 2;
            if (a < 0xE0u || a > 0xEFu)
                continue;
            for (c = 0; c < 256; c++) {
                s[2] = (unsigned char)c;
                n3 += ref_utf8_decode(s, 3, &cp) == 3;
            }
        }
    }
    CHECK_EQ_U(n1, 0x80);
    CHECK_EQ_U(n2, 0x800 - 0x80);
    CHECK_EQ_U(n3, 0x10000 - 0x800 - 0x800); /* less the surrogates */
    /* A code unit alone: every one but the surrogates. */
    for (a = 0; a <= 0xFFFFu; a++) {
        unsigned char le[2];
        uint32_t cp;
        le[0] = (unsigned char)(a & 0xFFu);
        le[1] = (unsigned char)(a >> 8);
        n16 += ref_utf16le_decode(le, 1, &cp) == 1;
    }
    CHECK_EQ_U(n16, 0x10000 - 0x800);
}

/* Ill-formed sequences: a table of byte strings no decoder may accept. */
static void test_ill_formed(void)
{
    static const char *const utf8[] = {
        "\x80", "\xBF", "\xC0\xAF", "\xC1\xBF", "\xE0\x80\xAF", "\xE0\x9F\xBF",
        "\xED\xA0\x80", "\xED\xBF\xBF", "\xF0\x8F\xBF\xBF", "\xF4\x90\x80\x80",
        "\xF5\x80\x80\x80", "\xFF", "\xC3", "\xE2\x82", "\xF0\x9F\x98", "\xC3\x41",
    };
    /* UTF-16 code units (0 ends each; 2 at most). */
    static const uint32_t utf16[][3] = {
        {0xD800, 0, 0},      {0xDBFF, 0x0041, 0}, {0xDC00, 0, 0},
        {0xDFFF, 0xD800, 0}, {0xD83D, 0xD83D, 0}, {0xD83D, 0xE000, 0},
    };
    size_t i, k;
    for (i = 0; i < COUNT(utf8); i++) {
        uint32_t cp;
        if (!CHECK(ref_utf8_decode((const unsigned char *)utf8[i], strlen(utf8[i]), &cp) == 0))
            fprintf(stderr, "    UTF-8 #%lu\n", (unsigned long)i);
        CHECK(!ref_utf8_valid(utf8[i]));
    }
    CHECK(ref_utf8_valid(""));
    CHECK(ref_utf8_valid("a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80"));
    for (i = 0; i < COUNT(utf16); i++) {
        unsigned char le[4];
        size_t n = utf16[i][1] != 0 ? 2 : 1;
        uint32_t cp;
        for (k = 0; k < n; k++) {
            le[2 * k] = (unsigned char)(utf16[i][k] & 0xFFu);
            le[2 * k + 1] = (unsigned char)(utf16[i][k] >> 8);
        }
        if (!CHECK(ref_utf16le_decode(le, n, &cp) == 0 ||
                   (n == 2 && ref_utf16le_decode(le + 2, 1, &cp) == 0)))
            fprintf(stderr, "    UTF-16 #%lu\n", (unsigned long)i);
        CHECK_EQ_U(ref_utf16le_to_utf8(le, n, NULL), REF_ILL_FORMED);
    }
}

/* One buffer per row of buffer.h's table, and two good ones. */
typedef struct buffer_case {
    const char *what;
    const char *bytes;
    size_t size;
    clusctl_status status;
    size_t units, utf8_len;
} buffer_case;

static const buffer_case buffer_cases[] = {
    {"size 0", "", 0, CCTL_ERROR_INVALID_PARAMETER, 0, 0},
    {"odd size", "a\0\0", 3, CCTL_ERROR_BAD_LENGTH, 0, 0},
    {"no NUL", "a\0b\0", 4, CCTL_ERROR_INVALID_DATA, 0, 0},
    {"data after the NUL", "a\0\0\0b\0", 6, CCTL_ERROR_INVALID_NAME, 0, 0},
    {"empty", "\0\0\0\0", 4, CCTL_ERROR_INVALID_COMPUTERNAME, 0, 0},
    {"unpaired surrogate", "a\0\x3D\xD8\0\0", 6, CCTL_ERROR_NO_UNICODE_TRANSLATION, 0, 0},
    {"node2", "n\0o\0d\0e\0" "2\0\0\0", 12, CCTL_ERROR_SUCCESS, 5, 5},
    {"U+00E9 U+1F600, padded", "\xE9\0\x3D\xD8\0\xDE\0\0\0\0", 10, CCTL_ERROR_SUCCESS, 3, 6},
};

static void test_start_buffer_model(void)
{
    unsigned char big[2 * 257];
    size_t i, units, len;
    for (i = 0; i < COUNT(buffer_cases); i++) {
        const buffer_case *c = &buffer_cases[i];
        harness_test = c->what;
        units = len = 0;
        CHECK_EQ_U(ref_start_buffer((const unsigned char *)c->bytes, c->size, &units, &len),
                   c->status);
        CHECK_EQ_U(units, c->units);
        CHECK_EQ_U(len, c->utf8_len);
        CHECK(ref_start_buffer_status_documented(c->status));
    }
    harness_test = "256 code units";
    for (i = 0; i < 256; i++) {
        big[2 * i] = 'a';
        big[2 * i + 1] = 0;
    }
    big[512] = big[513] = 0;
    CHECK_EQ_U(ref_start_buffer(big, sizeof big, NULL, NULL), CCTL_ERROR_BUFFER_OVERFLOW);
    CHECK_EQ_U(ref_start_buffer(big + 2, sizeof big - 2, &units, &len), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(units, 255);
    harness_test = "test_start_buffer_model";
    CHECK(!ref_start_buffer_status_documented(CCTL_ERROR_MORE_DATA));
    CHECK(!ref_start_buffer_status_documented(CCTL_ERROR_INVALID_USER_BUFFER));
    /* Encode's model. */
    CHECK_EQ_U(ref_name_to_buffer("node2", &units), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(units, 5);
    CHECK_EQ_U(ref_name_to_buffer("a\xF0\x9F\x98\x80", &units), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(units, 3);
    CHECK_EQ_U(ref_name_to_buffer("", NULL), CCTL_ERROR_INVALID_COMPUTERNAME);
    CHECK_EQ_U(ref_name_to_buffer("a\xC0\xAF", NULL), CCTL_ERROR_NO_UNICODE_TRANSLATION);
    memset(big, 'a', 256);
    big[256] = 0;
    CHECK_EQ_U(ref_name_to_buffer((const char *)big, NULL), CCTL_ERROR_BUFFER_OVERFLOW);
    big[255] = 0;
    CHECK_EQ_U(ref_name_to_buffer((const char *)big, &units), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(units, 255);
}

/* Pairs and their distance, worked out by hand. */
typedef struct distance_case {
    const char *a, *b;
    size_t distance;
} distance_case;

static const distance_case distance_cases[] = {
    {"", "", 0},
    {"abc", "", 3},
    {"", "abcd", 4},
    {"a", "b", 1},
    {"kitten", "sitting", 3},     /* k->s, e->i, +g */
    {"flaw", "lawn", 2},          /* -f, +n */
    {"Saturday", "Sunday", 3},    /* -a, -t, r->n */
    {"intention", "execution", 5},
    {"ABC", "abc", 0},            /* ASCII case is ignored */
    {"CLCTL_GET_FLAGS", "clctl_get_flag", 1},
    {"CLUSCTL_RESOURCE_VM_CANCEL_MIGRATON", "CLUSCTL_RESOURCE_VM_CANCEL_MIGRATION", 1},
    {"CLUSCTL_RESOURCE_VM_START_MIGRATOIN", "CLUSCTL_RESOURCE_VM_START_MIGRATION", 2},
    {"@[\\]^_", "`{|}~\x7F", 6},   /* only letters fold, not their neighbours */
    {"\xC3\xA9", "\xC3\x89", 1},      /* nor any byte above 0x7F */
    {"abcdef", "badcfe", 4},      /* no transpositions: 4, not 3 */
    {"aaaa", "aa", 2},
};

static void test_edit_distance(void)
{
    size_t i, j;
    for (i = 0; i < COUNT(distance_cases); i++) {
        const distance_case *c = &distance_cases[i];
        size_t ab = ref_edit_distance(c->a, c->b), ba = ref_edit_distance(c->b, c->a);
        if (!CHECK(ab == c->distance && ba == c->distance))
            fprintf(stderr, "    \"%s\" and \"%s\": %lu and %lu, expected %lu\n", c->a,
                    c->b, (unsigned long)ab, (unsigned long)ba, (unsigned long)c->distance);
    }
    /* The triangle inequality over every three of them. */
    for (i = 0; i < COUNT(distance_cases); i++)
        for (j = 0; j < COUNT(distance_cases); j++) {
            const char *x = distance_cases[i].a, *y = distance_cases[j].a;
            const char *z = distance_cases[j].b;
            CHECK(ref_edit_distance(x, z) <= ref_edit_distance(x, y) + ref_edit_distance(y, z));
        }
    /* The trimmed distance (common ends left out) is the distance, on every
     * two strings of the table, both ways. */
    for (i = 0; i < 2 * COUNT(distance_cases); i++)
        for (j = 0; j < 2 * COUNT(distance_cases); j++) {
            const distance_case *x = &distance_cases[i / 2], *y = &distance_cases[j / 2];
            const char *s = i % 2 ? x->b : x->a, *t = j % 2 ? y->b : y->a;
            CHECK_EQ_U(ref_edit_distance_trimmed(s, t), ref_edit_distance(s, t));
        }
    {
        /* Common ends in either case, and all of one string common. */
        static const char *const pairs[][2] = {
            {"CLUSCTL_RESOURCE_GET_FLAGS", "clusctl_resource_get_flag"},
            {"abcXdef", "abcdef"}, {"abc", "abcabc"}, {"aXa", "aa"}, {"ab", "ba"},
            {"CLCTL_GET_ID", "CLCTL_GET_NAME"}, {"xyz", "xyz"}, {"", "q"}};
        for (i = 0; i < COUNT(pairs); i++) {
            CHECK_EQ_U(ref_edit_distance_trimmed(pairs[i][0], pairs[i][1]),
                       ref_edit_distance(pairs[i][0], pairs[i][1]));
            CHECK_EQ_U(ref_edit_distance_trimmed(pairs[i][1], pairs[i][0]),
                       ref_edit_distance(pairs[i][0], pairs[i][1]));
        }
    }
    /* The bag distance: worked out by hand, and a lower bound of the edit
     * distance on every two strings of the table, both ways. */
    {
        static const distance_case bag_cases[] = {
            {"", "", 0},
            {"", "abcd", 4},
            {"kitten", "sitting", 3},     /* k, e go; s, i, g come */
            {"flaw", "lawn", 1},          /* f goes, n comes (edit distance 2) */
            {"Saturday", "Sunday", 3},    /* a, t, r go; n comes */
            {"intention", "execution", 4}, /* i, n, n, t go; e, x, c, u come */
            {"abcdef", "badcfe", 0},      /* the same letters (edit distance 4) */
            {"ABC", "abc", 0},
            {"aaaa", "aa", 2},
            {"@[\\]^_", "`{|}~\x7F", 6},
        };
        for (i = 0; i < COUNT(bag_cases); i++) {
            const distance_case *c = &bag_cases[i];
            size_t ab = ref_bag_distance(c->a, c->b), ba = ref_bag_distance(c->b, c->a);
            if (!CHECK(ab == c->distance && ba == c->distance))
                fprintf(stderr, "    bag \"%s\" and \"%s\": %lu and %lu, expected %lu\n", c->a,
                        c->b, (unsigned long)ab, (unsigned long)ba,
                        (unsigned long)c->distance);
        }
        for (i = 0; i < 2 * COUNT(distance_cases); i++)
            for (j = 0; j < 2 * COUNT(distance_cases); j++) {
                const distance_case *x = &distance_cases[i / 2], *y = &distance_cases[j / 2];
                const char *s = i % 2 ? x->b : x->a, *t = j % 2 ? y->b : y->a;
                CHECK(ref_bag_distance(s, t) <= ref_edit_distance(s, t));
            }
    }
    /* Long strings (the scratch matrix grows). */
    {
        static char a[301], b[301];
        memset(a, 'x', 300);
        memset(b, 'X', 300);
        b[150] = 'y';
        CHECK_EQ_U(ref_edit_distance(a, b), 1);
        b[299] = '\0';
        CHECK_EQ_U(ref_edit_distance(a, b), 2);
    }
}

int main(void)
{
    RUN(test_tables);
    RUN(test_standard_examples);
    RUN(test_every_value);
    RUN(test_sequence_counts);
    RUN(test_ill_formed);
    RUN(test_start_buffer_model);
    RUN(test_edit_distance);
    return harness_finish();
}
