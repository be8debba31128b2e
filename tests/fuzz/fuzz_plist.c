/* Fuzz target: property lists and value lists (clusctl/plist.h).
 *
 * The input, in a buffer of exactly its size, is a property list and a
 * value list, each validated in the four modes (default, strict, and both
 * with FROM_CLIENT):
 * - every status is documented and its report agrees with it (the rule's
 *   status, an offset within the buffer, the value before the offset, the
 *   reserved room 0); the strict mode accepts nothing the default refuses,
 *   strict with FROM_CLIENT nothing the strict refuses, and FROM_CLIENT
 *   changes nothing without the strict mode;
 * - a valid list is read whole (properties, values, nested lists, every
 *   getter with a size query first): every pointer stays inside the buffer,
 *   the counts add up, every getter of the value's own format succeeds;
 * - find gives the first property its own name;
 * - a strictly valid list is copied by the writer (one pass for the size,
 *   then into a buffer of exactly that size): the copy reads the same, is
 *   strictly valid, and copies to itself byte for byte;
 * - a canonical list (strictly valid, and every property list in it, the
 *   nested ones included, ending the same way: all with the final ENDMARK,
 *   or all without; in a value list, whose writer takes no
 *   CCTL_PLIST_NO_FINAL_ENDMARK, all with it) is rewritten by the writer
 *   byte for byte (with CCTL_PLIST_NO_FINAL_ENDMARK when they end
 *   without). */
#include "fuzz_common.h"

#include "clusctl/clusctl.h"

#define PLIST 0
#define VLIST 1

static const uint8_t *g_buf; /* the buffer being read, for bounds checks */
static size_t g_size;
/* The property lists read by digest() that end with the final ENDMARK, and
 * those that end without it. */
static unsigned long g_with_endmark, g_without_endmark;

static int documented(clusctl_status st)
{
    return st == CCTL_ERROR_SUCCESS || st == CCTL_ERROR_INVALID_DATA ||
           st == CCTL_ERROR_INVALID_NAME || st == CCTL_ERROR_BAD_LENGTH ||
           st == CCTL_ERROR_NO_UNICODE_TRANSLATION;
}

static void check_report(clusctl_status st, const clusctl_plist_error *e, size_t size)
{
    size_t i;
    FUZZ_CHECKF(documented(st), "undocumented status %d", (int)st);
    FUZZ_CHECK(e->status == (uint32_t)st);
    for (i = 0; i < 4; i++)
        FUZZ_CHECK(e->reserved[i] == 0);
    if (st == CCTL_ERROR_SUCCESS) {
        FUZZ_CHECK(e->rule == CCTL_PLIST_RULE_NONE && e->offset == 0);
        return;
    }
    FUZZ_CHECK(e->rule != CCTL_PLIST_RULE_NONE && clusctl_plist_rule_name(e->rule) != NULL);
    FUZZ_CHECKF(e->offset <= size, "offset %lu past %lu", (unsigned long)e->offset,
                (unsigned long)size);
    FUZZ_CHECK(e->value_offset == CCTL_PLIST_NO_OFFSET || e->value_offset <= e->offset);
    FUZZ_CHECK(e->depth <= CCTL_PLIST_DEPTH_MAX);
}

/* Whether [p, p + n) lies in the buffer. */
static int inside(const void *p, size_t n)
{
    const uint8_t *q = (const uint8_t *)p;
    if (n == 0)
        return 1;
    return q >= g_buf && q <= g_buf + g_size && n <= (size_t)(g_buf + g_size - q);
}

/* A digest of what a list holds, blind to its encoding's choices (the final
 * ENDMARKs): FNV-1a over names, syntaxes and data. */
static uint64_t mix(uint64_t h, const void *p, size_t n)
{
    const uint8_t *b = (const uint8_t *)p;
    size_t i;
    for (i = 0; i < n; i++)
        h = (h ^ b[i]) * UINT64_C(0x100000001B3);
    return h;
}

static uint64_t mix32(uint64_t h, uint32_t v)
{
    uint8_t b[4];
    b[0] = (uint8_t)v;
    b[1] = (uint8_t)(v >> 8);
    b[2] = (uint8_t)(v >> 16);
    b[3] = (uint8_t)(v >> 24);
    return mix(h, b, 4);
}

static uint64_t read_list(clusctl_plist_reader *r, uint64_t h);

static void check_string(const clusctl_prop_value *v)
{
    size_t needed = 0, again = 0;
    char *out;
    clusctl_status st = clusctl_value_string(v, NULL, 0, &needed);
    FUZZ_CHECK(st == CCTL_ERROR_MORE_DATA); /* the reader validated it */
    out = (char *)malloc(needed);
    FUZZ_CHECK(out != NULL);
    if (needed > 1)
        FUZZ_CHECK(clusctl_value_string(v, out, needed - 1, &again) ==
                   CCTL_ERROR_INSUFFICIENT_BUFFER);
    FUZZ_CHECK(clusctl_value_string(v, out, needed, &again) == CCTL_ERROR_SUCCESS);
    FUZZ_CHECK(again == needed && strlen(out) + 1 == needed);
    free(out);
}

static uint64_t read_value(const clusctl_prop_value *v, uint64_t h)
{
    uint32_t d;
    int32_t l;
    uint16_t w;
    int64_t ll;
    uint64_t u;
    const unsigned char *bytes;
    size_t size, cursor = 0, n = 0;
    char out[64];
    clusctl_status st;

    FUZZ_CHECK(inside(v->data, v->length));
    FUZZ_CHECK(v->offset + 8 + v->length <= g_size);
    FUZZ_CHECK(g_buf + v->offset + 8 == v->data);
    FUZZ_CHECK(v->syntax == CCTL_PROP_SYNTAX_VALUE(v->type, v->format));
    h = mix32(h, v->syntax);
    /* Every fixed-size getter: success for its own format only. */
    FUZZ_CHECK((clusctl_value_dword(v, &d) == CCTL_ERROR_SUCCESS) ==
               (v->format == CCTL_PROP_FORMAT_DWORD));
    FUZZ_CHECK((clusctl_value_long(v, &l) == CCTL_ERROR_SUCCESS) ==
               (v->format == CCTL_PROP_FORMAT_LONG));
    FUZZ_CHECK((clusctl_value_word(v, &w) == CCTL_ERROR_SUCCESS) ==
               (v->format == CCTL_PROP_FORMAT_WORD));
    FUZZ_CHECK((clusctl_value_large_integer(v, &ll) == CCTL_ERROR_SUCCESS) ==
               (v->format == CCTL_PROP_FORMAT_LARGE_INTEGER));
    FUZZ_CHECK((clusctl_value_ularge_integer(v, &u) == CCTL_ERROR_SUCCESS) ==
               (v->format == CCTL_PROP_FORMAT_ULARGE_INTEGER));
    FUZZ_CHECK((clusctl_value_filetime(v, &u) == CCTL_ERROR_SUCCESS) ==
               (v->format == CCTL_PROP_FORMAT_FILETIME));
    st = clusctl_value_bytes(v, &bytes, &size);
    FUZZ_CHECK((st == CCTL_ERROR_SUCCESS) == (v->format == CCTL_PROP_FORMAT_BINARY ||
                                              v->format == CCTL_PROP_FORMAT_SECURITY_DESCRIPTOR));
    if (st == CCTL_ERROR_SUCCESS)
        FUZZ_CHECK(bytes == v->data && size == v->length);
    switch (v->format) {
    case CCTL_PROP_FORMAT_SZ:
    case CCTL_PROP_FORMAT_EXPAND_SZ:
    case CCTL_PROP_FORMAT_EXPANDED_SZ:
        check_string(v);
        break;
    case CCTL_PROP_FORMAT_MULTI_SZ:
        for (;;) { /* each success moves the cursor on: at most length / 2 strings */
            size_t before = cursor;
            st = clusctl_value_multi_sz_next(v, &cursor, out, sizeof out, &size);
            if (st == CCTL_ERROR_NO_MORE_ITEMS)
                break;
            if (st == CCTL_ERROR_INSUFFICIENT_BUFFER) {
                char *big = (char *)malloc(size);
                FUZZ_CHECK(big != NULL && size > sizeof out);
                st = clusctl_value_multi_sz_next(v, &cursor, big, size, NULL);
                free(big);
            }
            FUZZ_CHECK(st == CCTL_ERROR_SUCCESS && cursor > before && cursor <= v->length);
            FUZZ_CHECK(++n <= v->length / 2);
        }
        break;
    case CCTL_PROP_FORMAT_PROPERTY_LIST:
    case CCTL_PROP_FORMAT_VALUE_LIST: {
        clusctl_plist_reader inner;
        clusctl_plist_error e;
        int plist = v->format == CCTL_PROP_FORMAT_PROPERTY_LIST;
        memset(&inner, 0, sizeof inner);
        memset(&e, 0, sizeof e);
        st = plist ? clusctl_value_plist(v, &inner, &e) : clusctl_value_vlist(v, &inner, &e);
        FUZZ_CHECK(st == CCTL_ERROR_SUCCESS); /* validated with the outer list */
        FUZZ_CHECK(inner.depth == v->depth + 1 && inner.origin == v->offset + 8);
        return read_list(&inner, mix32(h, 0xABCD0000u + (uint32_t)plist));
    }
    default:
        break;
    }
    return mix(h, v->data, v->length);
}

static uint64_t read_list(clusctl_plist_reader *r, uint64_t h)
{
    clusctl_prop_value v;
    clusctl_status st;
    uint32_t n = 0;
    memset(&v, 0, sizeof v);
    if (r->kind == CCTL_PLIST_KIND_VALUE_LIST) {
        while ((st = clusctl_vlist_next(r, &v)) == CCTL_ERROR_SUCCESS) {
            h = read_value(&v, h);
            n++;
        }
        FUZZ_CHECK(st == CCTL_ERROR_NO_MORE_ITEMS && n == r->count);
        return mix32(h, 0xE0E0E0E0u);
    }
    FUZZ_CHECK(r->final_endmark == 0 || r->final_endmark == 1);
    if (r->final_endmark)
        g_with_endmark++;
    else
        g_without_endmark++;
    for (;;) {
        clusctl_prop p;
        char name[512];
        size_t needed = 0;
        uint32_t values = 0;
        memset(&p, 0, sizeof p);
        st = clusctl_plist_next(r, &p);
        if (st != CCTL_ERROR_SUCCESS)
            break;
        FUZZ_CHECK(inside(p.name, p.name_length));
        FUZZ_CHECK(p.index == n && p.depth == r->depth);
        st = clusctl_prop_name(&p, name, sizeof name, &needed);
        FUZZ_CHECK(st == CCTL_ERROR_SUCCESS || st == CCTL_ERROR_INSUFFICIENT_BUFFER);
        if (st == CCTL_ERROR_SUCCESS)
            FUZZ_CHECK(clusctl_prop_name_equal(&p, name));
        h = mix(mix32(h, 0x4E4E4E4Eu), p.name, p.name_length);
        while ((st = clusctl_prop_next_value(&p, &v)) == CCTL_ERROR_SUCCESS) {
            h = read_value(&v, h);
            values++;
        }
        FUZZ_CHECK(st == CCTL_ERROR_NO_MORE_ITEMS && values == p.value_count);
        n++;
    }
    FUZZ_CHECK(st == CCTL_ERROR_NO_MORE_ITEMS && n == r->count);
    return mix32(h, 0xF0F0F0F0u);
}

/* ---- The writer's copy ------------------------------------------------------ */

static void copy_list(clusctl_plist_reader *r, clusctl_plist_writer *w);

static void copy_value(const clusctl_prop_value *v, clusctl_plist_writer *w)
{
    clusctl_plist_reader inner;
    memset(&inner, 0, sizeof inner);
    if (v->format == CCTL_PROP_FORMAT_PROPERTY_LIST || v->format == CCTL_PROP_FORMAT_VALUE_LIST) {
        clusctl_status st = v->format == CCTL_PROP_FORMAT_PROPERTY_LIST
                                ? clusctl_value_plist(v, &inner, NULL)
                                : clusctl_value_vlist(v, &inner, NULL);
        FUZZ_CHECK(st == CCTL_ERROR_SUCCESS);
        clusctl_plist_write_list_begin(w, v->syntax);
        copy_list(&inner, w);
        clusctl_plist_write_list_end(w);
        return;
    }
    clusctl_plist_write_value(w, v->syntax, v->data, v->length);
}

static void copy_list(clusctl_plist_reader *r, clusctl_plist_writer *w)
{
    clusctl_prop_value v;
    clusctl_prop p;
    memset(&v, 0, sizeof v);
    if (r->kind == CCTL_PLIST_KIND_VALUE_LIST) {
        while (clusctl_vlist_next(r, &v) == CCTL_ERROR_SUCCESS)
            copy_value(&v, w);
        return;
    }
    memset(&p, 0, sizeof p);
    while (clusctl_plist_next(r, &p) == CCTL_ERROR_SUCCESS) {
        size_t needed = 0;
        char *name;
        FUZZ_CHECK(clusctl_prop_name(&p, NULL, 0, &needed) == CCTL_ERROR_MORE_DATA);
        name = (char *)malloc(needed);
        FUZZ_CHECK(name != NULL);
        FUZZ_CHECK(clusctl_prop_name(&p, name, needed, NULL) == CCTL_ERROR_SUCCESS);
        clusctl_plist_write_property(w, name);
        free(name);
        while (clusctl_prop_next_value(&p, &v) == CCTL_ERROR_SUCCESS)
            copy_value(&v, w);
        clusctl_plist_write_property_end(w);
    }
}

/* Copies a valid list (in `buf`, `size` bytes) with the writer; returns the
 * copy (malloc'd) and its size, or NULL when the writer refused it. */
static uint8_t *copy(const uint8_t *buf, size_t size, int kind, uint32_t flags,
                     size_t *out_size)
{
    clusctl_plist_reader r;
    clusctl_plist_writer w;
    uint8_t *out = NULL;
    size_t need = 0, got = 0;
    int pass;
    for (pass = 0; pass < 2; pass++) {
        clusctl_status st;
        memset(&r, 0, sizeof r);
        memset(&w, 0, sizeof w);
        st = kind == PLIST ? clusctl_plist_open(&r, buf, size, 0, NULL)
                           : clusctl_vlist_open(&r, buf, size, 0, NULL);
        FUZZ_CHECK(st == CCTL_ERROR_SUCCESS);
        st = kind == PLIST ? clusctl_plist_write_begin(&w, out, need, flags)
                           : clusctl_vlist_write_begin(&w, out, need, flags & ~CCTL_PLIST_NO_FINAL_ENDMARK);
        FUZZ_CHECK(st == CCTL_ERROR_SUCCESS);
        copy_list(&r, &w);
        st = clusctl_plist_write_end(&w, &got);
        if (pass == 0) {
            if (st != CCTL_ERROR_MORE_DATA) {
                FUZZ_CHECK(st != CCTL_ERROR_SUCCESS); /* no room: never a success */
                return NULL;
            }
            need = got;
            out = (uint8_t *)malloc(need != 0 ? need : 1);
            FUZZ_CHECK(out != NULL);
        } else {
            FUZZ_CHECKF(st == CCTL_ERROR_SUCCESS && got == need,
                        "second pass: status %d, %lu bytes for %lu", (int)st,
                        (unsigned long)got, (unsigned long)need);
        }
    }
    *out_size = got;
    return out;
}

static uint64_t digest(const uint8_t *buf, size_t size, int kind)
{
    clusctl_plist_reader r;
    const uint8_t *saved_buf = g_buf;
    size_t saved_size = g_size;
    uint64_t h;
    memset(&r, 0, sizeof r);
    FUZZ_CHECK((kind == PLIST ? clusctl_plist_open(&r, buf, size, 0, NULL)
                              : clusctl_vlist_open(&r, buf, size, 0, NULL)) ==
               CCTL_ERROR_SUCCESS);
    g_buf = buf;
    g_size = size;
    g_with_endmark = g_without_endmark = 0;
    h = read_list(&r, UINT64_C(0xCBF29CE484222325));
    g_buf = saved_buf;
    g_size = saved_size;
    return h;
}

static void check_kind(const uint8_t *buf, size_t size, int kind)
{
    static const uint32_t modes[] = {0, CCTL_PLIST_STRICT, CCTL_PLIST_FROM_CLIENT,
                                     CCTL_PLIST_STRICT | CCTL_PLIST_FROM_CLIENT};
    clusctl_status st[4];
    clusctl_plist_error e[4];
    size_t m;

    for (m = 0; m < 4; m++) {
        memset(&e[m], 0, sizeof e[m]);
        st[m] = kind == PLIST ? clusctl_plist_validate(buf, size, modes[m], &e[m])
                              : clusctl_vlist_validate(buf, size, modes[m], &e[m]);
        check_report(st[m], &e[m], size);
    }
    if (st[3] == CCTL_ERROR_SUCCESS) /* each mode accepts less than the one before */
        FUZZ_CHECK(st[1] == CCTL_ERROR_SUCCESS);
    if (st[1] == CCTL_ERROR_SUCCESS)
        FUZZ_CHECK(st[0] == CCTL_ERROR_SUCCESS);
    FUZZ_CHECK(st[2] == st[0] && e[2].rule == e[0].rule && e[2].offset == e[0].offset);
    if (st[0] != CCTL_ERROR_SUCCESS)
        return;

    /* Read it whole; digest it. */
    {
        uint64_t h = digest(buf, size, kind);
        unsigned long with = g_with_endmark, without = g_without_endmark;
        uint8_t *again, *twice;
        size_t again_size = 0, twice_size = 0;

        /* find gives the first property its own name. */
        if (kind == PLIST) {
            clusctl_plist_reader r;
            clusctl_prop p;
            clusctl_prop_value v;
            clusctl_plist_error fe;
            char name[512];
            memset(&r, 0, sizeof r);
            memset(&p, 0, sizeof p);
            memset(&v, 0, sizeof v);
            memset(&fe, 0, sizeof fe);
            FUZZ_CHECK(clusctl_plist_open(&r, buf, size, 0, NULL) == CCTL_ERROR_SUCCESS);
            if (clusctl_plist_next(&r, &p) == CCTL_ERROR_SUCCESS &&
                clusctl_prop_name(&p, name, sizeof name, NULL) == CCTL_ERROR_SUCCESS) {
                clusctl_status fs = clusctl_plist_find(buf, size, 0, name, CCTL_PROP_FORMAT_ANY,
                                                       &v, &fe);
                if (p.value_count == 0) {
                    FUZZ_CHECK(fs == CCTL_ERROR_INVALID_DATA &&
                               fe.rule == CCTL_PLIST_RULE_NO_VALUE);
                } else {
                    FUZZ_CHECK(fs == CCTL_ERROR_SUCCESS && fe.property == 0);
                    FUZZ_CHECK(v.offset == p.offset + 8 + ((p.name_length + 3u) & ~3u));
                }
            }
        }

        /* A strictly valid list: the writer's copy reads the same and is a
         * fixed point. */
        if (st[1] != CCTL_ERROR_SUCCESS)
            return;
        again = copy(buf, size, kind, 0, &again_size);
        FUZZ_CHECK(again != NULL); /* strict lists are canonical enough to write */
        FUZZ_CHECK(clusctl_plist_validate(again, again_size, CCTL_PLIST_STRICT, NULL) ==
                       CCTL_ERROR_SUCCESS ||
                   kind == VLIST);
        if (kind == VLIST)
            FUZZ_CHECK(clusctl_vlist_validate(again, again_size, CCTL_PLIST_STRICT, NULL) ==
                       CCTL_ERROR_SUCCESS);
        FUZZ_CHECK(digest(again, again_size, kind) == h);
        twice = copy(again, again_size, kind, 0, &twice_size);
        FUZZ_CHECK(twice != NULL && twice_size == again_size &&
                   memcmp(twice, again, again_size) == 0);
        free(twice);
        free(again);
        /* Canonical: the writer gives back the input itself. */
        if (without == 0 || (with == 0 && kind == PLIST)) {
            again = copy(buf, size, kind, without != 0 ? CCTL_PLIST_NO_FINAL_ENDMARK : 0,
                         &again_size);
            FUZZ_CHECK(again != NULL);
            FUZZ_CHECKF(again_size == size && memcmp(again, buf, size) == 0,
                        "a canonical list (%lu property lists with the final ENDMARK, %lu "
                        "without) rewritten to %lu bytes, not its own %lu",
                        with, without, (unsigned long)again_size, (unsigned long)size);
            free(again);
        }
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    uint8_t *buf;
    FUZZ_BEGIN(data, size);
    buf = fuzz_copy(data, size);
    g_buf = buf;
    g_size = size;
    check_kind(buf, size, PLIST);
    check_kind(buf, size, VLIST);
    free(buf);
    return 0;
}
