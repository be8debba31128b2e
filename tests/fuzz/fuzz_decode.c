/* Fuzz target: control codes from bytes and from text.
 *
 * The input is read three ways:
 * - every 4 bytes, little-endian, is a code (at most 64; an input shorter
 *   than 4 bytes is zero-padded into one);
 * - the bytes from offset 4 on, as a NUL-terminated string, are a resource
 *   type for clusctl_catalog_preferred();
 * - the whole input as a NUL-terminated string goes to clusctl_parse_u32(),
 *   compared with a reference parser; a number it parses is checked as a
 *   code too.
 *
 * For each code: decode then encode gives it back, the fields are its bits,
 * clusctl_validate() is what the fields say, and every catalog lookup
 * returns entries whose value matches. */
#include "fuzz_common.h"

#include "clusctl/clusctl.h"

/* Whether an object code has an SDK name: 0-9 and 0x80 (CLUS_OBJECT_*). */
static int known_object(uint32_t object)
{
    return object <= 9u || object == 0x80u;
}

/* The catalog's entries, read once through clusctl_catalog_get(): entry(i)
 * points into this copy (NULL past the end), so that two entries are the
 * same exactly when their indexes are. */
static const clusctl_entry *entry(size_t index)
{
    static clusctl_entry *copies;
    static size_t copied;
    size_t n = clusctl_catalog_size();
    if (copies == NULL) {
        copies = (clusctl_entry *)malloc(n * sizeof *copies);
        FUZZ_CHECK(copies != NULL);
        for (copied = 0; copied < n; copied++)
            FUZZ_CHECK(clusctl_catalog_get(copied, &copies[copied]) == CCTL_ERROR_SUCCESS);
    }
    return index < copied ? &copies[index] : NULL;
}

static void check_entry(const clusctl_entry *e)
{
    const clusctl_entry *by_name = NULL;
    size_t index = CCTL_NO_ENTRY;
    FUZZ_CHECK(e != NULL && e->name != NULL && e->name[0] != '\0');
    FUZZ_CHECK(e->kind == CCTL_KIND_OPERATION || e->kind == CCTL_KIND_CODE);
    FUZZ_CHECK(clusctl_kind_name(e->kind) != NULL);
    FUZZ_CHECK(clusctl_provenance_name(e->provenance) != NULL);
    /* A CLCTL_* operation has no object code. */
    FUZZ_CHECKF(e->kind != CCTL_KIND_OPERATION || (e->value >> 24) == 0,
                "%s is an operation with value 0x%08lX", e->name,
                (unsigned long)e->value);
    /* Its name finds an entry of the same name and value, or for an older
     * value of a name (legacy, data/README.md) the name's current entry. */
    FUZZ_CHECK(clusctl_catalog_find_name(e->name, CCTL_MATCH_EXACT, &index) ==
               CCTL_ERROR_SUCCESS);
    by_name = entry(index);
    FUZZ_CHECK(by_name != NULL && strcmp(by_name->name, e->name) == 0 &&
               (by_name == e ||
                (e->provenance == CCTL_PROVENANCE_LEGACY && by_name->value != e->value)));
}

static void check_code(uint32_t code, const char *restype)
{
    clusctl_fields f, g;
    uint32_t back = ~code, flags, expect, bit;
    size_t first = (size_t)-1, count = (size_t)-1, i, size = clusctl_catalog_size();
    clusctl_status st;
    const clusctl_entry *p, *q;
    clusctl_nearest nearest;
    int sdk;
    const char *types[3];
    size_t t;

    /* decode, the fields, encode. */
    memset(&f, 0xA5, sizeof f);
    FUZZ_CHECK(clusctl_decode(code, &f) == CCTL_ERROR_SUCCESS);
    FUZZ_CHECK(clusctl_fields_check(&f) == 0);
    FUZZ_CHECK(f.object == code >> 24 && f.object == CCTL_GET_CONTROL_OBJECT(code));
    FUZZ_CHECK(f.global == ((code >> 23) & 1u));
    FUZZ_CHECK(f.modify == ((code >> 22) & 1u));
    FUZZ_CHECK(f.user == ((code >> 21) & 1u) && f.user == CCTL_GET_USER(code));
    FUZZ_CHECK(f.internal == ((code >> 20) & 1u));
    FUZZ_CHECK(f.function == ((code >> 2) & 0x3FFFFu));
    FUZZ_CHECK(f.access == (code & 3u) && f.access == CCTL_GET_ACCESS_MODE(code));
    FUZZ_CHECK(clusctl_encode(&f, &back) == CCTL_ERROR_SUCCESS);
    FUZZ_CHECKF(back == code, "decode/encode 0x%08lX gave 0x%08lX",
                (unsigned long)code, (unsigned long)back);

    /* A field one past its range is refused, and the code left alone. */
    g = f;
    g.function = CCTL_FUNCTION_MAX + 1u + (code & 0xFFu);
    back = 0x5A5A5A5Au;
    FUZZ_CHECK(clusctl_encode(&g, &back) == CCTL_ERROR_INVALID_PARAMETER);
    FUZZ_CHECK(back == 0x5A5A5A5Au);
    FUZZ_CHECK(clusctl_fields_check(&g) == CCTL_FIELD_FUNCTION);
    g = f;
    g.object = CCTL_OBJECT_MAX + 1u + (code >> 24);
    g.access = 4u + (code & 3u);
    FUZZ_CHECK(clusctl_encode(&g, &back) == CCTL_ERROR_INVALID_PARAMETER);
    FUZZ_CHECK(back == 0x5A5A5A5Au);
    FUZZ_CHECK(clusctl_fields_check(&g) == (CCTL_FIELD_OBJECT | CCTL_FIELD_ACCESS));

    /* clusctl_validate() from the fields. */
    expect = 0;
    if (!known_object(f.object))
        expect |= CCTL_WARN_UNKNOWN_OBJECT;
    if (f.access == 3u)
        expect |= CCTL_WARN_ACCESS_3;
    if (f.global)
        expect |= CCTL_WARN_GLOBAL;
    if (f.global && !f.user)
        expect |= CCTL_WARN_USER_CODE_MACRO;
    if (f.user && f.internal)
        expect |= CCTL_WARN_USER_AND_INTERNAL;
    flags = clusctl_validate(code);
    FUZZ_CHECKF(flags == expect, "validate(0x%08lX) = 0x%lX, fields say 0x%lX",
                (unsigned long)code, (unsigned long)flags, (unsigned long)expect);
    for (bit = 1; bit != 0; bit <<= 1) {
        int one = (flags & bit) != 0;
        if (one) {
            FUZZ_CHECK(clusctl_warning_id(bit) != NULL);
            FUZZ_CHECK(clusctl_warning_description(bit) != NULL);
        }
    }
    FUZZ_CHECK((clusctl_object_name(f.object) != NULL) == known_object(f.object));
    FUZZ_CHECK((clusctl_access_name(f.access) != NULL) == (f.access != 3u));
    FUZZ_CHECK(clusctl_required_access(code) ==
               (f.modify ? CCTL_HANDLE_ACCESS_ALL : CCTL_HANDLE_ACCESS_READ));
    FUZZ_CHECK(clusctl_application_may_send(code) == !f.internal);

    /* The entries of the value: a maximal range of equal values. */
    st = clusctl_catalog_find_value(code, &first, &count);
    FUZZ_CHECK(st == CCTL_ERROR_SUCCESS || st == CCTL_ERROR_NOT_FOUND);
    FUZZ_CHECK((st == CCTL_ERROR_SUCCESS) == (count > 0));
    FUZZ_CHECK(first <= size && count <= size - first);
    sdk = 0;
    for (i = first; i < first + count; i++) {
        const clusctl_entry *e = entry(i);
        check_entry(e);
        FUZZ_CHECKF(e->value == code, "find_value(0x%08lX) gave %s = 0x%08lX",
                    (unsigned long)code, e->name, (unsigned long)e->value);
        if (e->provenance == CCTL_PROVENANCE_SDK)
            sdk = 1;
    }
    /* The neighbours hold other values: below before, above after. */
    if (first > 0)
        FUZZ_CHECK(entry(first - 1)->value < code);
    if (first + count < size)
        FUZZ_CHECK(entry(first + count)->value > code);
    {
        clusctl_entry past;
        FUZZ_CHECK(clusctl_catalog_get(size, &past) == CCTL_ERROR_NOT_FOUND);
    }
    FUZZ_CHECK(clusctl_catalog_in_sdk(code) == sdk);

    /* Its object's range holds it. */
    {
        size_t ofirst = 0, ocount = 0;
        st = clusctl_catalog_find_object(f.object, &ofirst, &ocount);
        FUZZ_CHECK(st == (ocount > 0 ? CCTL_ERROR_SUCCESS : CCTL_ERROR_NOT_FOUND));
        if (count > 0)
            FUZZ_CHECK(ofirst <= first && first + count <= ofirst + ocount);
        for (i = ofirst; i < ofirst + ocount; i++)
            FUZZ_CHECK(entry(i)->value >> 24 == f.object);
        FUZZ_CHECK(clusctl_catalog_find_object(0x100u + f.object, &ofirst, &ocount) ==
                   CCTL_ERROR_INVALID_PARAMETER);
    }

    /* The preferred name: none, the given resource type, and two fixed ones. */
    p = entry(clusctl_catalog_preferred(code, NULL));
    FUZZ_CHECK((p != NULL) == (count > 0));
    if (p != NULL)
        FUZZ_CHECK(p == entry(first) && p->value == code);
    types[0] = restype;
    types[1] = "Virtual Machine";
    types[2] = "virtual machine CONFIGURATION";
    for (t = 0; t < 3; t++) {
        const clusctl_entry *want = count > 0 ? entry(first) : NULL;
        if (types[t] == NULL)
            continue;
        for (i = first; i < first + count; i++) {
            const clusctl_entry *e = entry(i);
            if (e->resource_type != NULL && fuzz_equal_nocase(e->resource_type, types[t])) {
                want = e;
                break;
            }
        }
        q = entry(clusctl_catalog_preferred(code, types[t]));
        FUZZ_CHECKF(q == want, "preferred(0x%08lX, \"%s\") gave %s, expected %s",
                    (unsigned long)code, types[t], q != NULL ? q->name : "NULL",
                    want != NULL ? want->name : "NULL");
        if (q != NULL)
            FUZZ_CHECK(q->value == code);
    }

    /* The nearest description: the object and the operation of the low 24 bits. */
    memset(&nearest, 0xA5, sizeof nearest);
    st = clusctl_catalog_nearest(code, &nearest);
    FUZZ_CHECK(nearest.object == f.object);
    FUZZ_CHECK(nearest.object_name == clusctl_object_name(f.object) ||
               (nearest.object_name != NULL && clusctl_object_name(f.object) != NULL &&
                strcmp(nearest.object_name, clusctl_object_name(f.object)) == 0));
    {
        uint32_t low = code & 0x00FFFFFFu;
        size_t lfirst = 0, lcount = 0;
        const clusctl_entry *op = NULL;
        (void)clusctl_catalog_find_value(low, &lfirst, &lcount);
        for (i = lfirst; i < lfirst + lcount && op == NULL; i++)
            if (entry(i)->kind == CCTL_KIND_OPERATION)
                op = entry(i);
        FUZZ_CHECK(st == (op != NULL ? CCTL_ERROR_SUCCESS : CCTL_ERROR_NOT_FOUND));
        FUZZ_CHECK(entry(nearest.operation) == op);
        FUZZ_CHECK(op != NULL || nearest.operation == CCTL_NO_ENTRY);
        if (op != NULL)
            FUZZ_CHECK(op->value == low && op->kind == CCTL_KIND_OPERATION);
    }
}

/* A reference for clusctl_parse_u32(), from its documented grammar:
 * "0x" or "0X" and one or more hex digits, or decimal without leading zeros;
 * bad syntax wins over overflow. */
static clusctl_status ref_parse_u32(const char *s, uint32_t *value)
{
    uint64_t v = 0;
    int overflow = 0;
    unsigned base = 10;
    const char *p = s;
    if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
        base = 16;
        p += 2;
    } else if (s[0] == '0' && s[1] != '\0') {
        return CCTL_ERROR_INVALID_DATA;
    }
    if (*p == '\0')
        return CCTL_ERROR_INVALID_DATA;
    for (; *p != '\0'; p++) {
        unsigned d;
        if (*p >= '0' && *p <= '9')
            d = (unsigned)(*p - '0');
        else if (base == 16 && *p >= 'a' && *p <= 'f')
            d = (unsigned)(*p - 'a' + 10);
        else if (base == 16 && *p >= 'A' && *p <= 'F')
            d = (unsigned)(*p - 'A' + 10);
        else
            return CCTL_ERROR_INVALID_DATA;
        if (!overflow) {
            v = v * base + d;
            if (v > 0xFFFFFFFFu)
                overflow = 1;
        }
    }
    if (overflow)
        return CCTL_ERROR_ARITHMETIC_OVERFLOW;
    *value = (uint32_t)v;
    return CCTL_ERROR_SUCCESS;
}

static void check_reparse(const char *text, uint32_t value)
{
    uint32_t again = ~value;
    FUZZ_CHECKF(clusctl_parse_u32(text, &again) == CCTL_ERROR_SUCCESS && again == value,
                "\"%s\" does not parse back to %lu", text, (unsigned long)value);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text;
    uint32_t value = 0xDEADBEEFu, ref = 0xDEADBEEFu;
    clusctl_status st, ref_st;
    size_t i;

    FUZZ_BEGIN(data, size);
    text = fuzz_cstring(data, size);

    if (size < 4) {
        uint8_t word[4] = {0, 0, 0, 0};
        if (size != 0)
            memcpy(word, data, size);
        check_code(fuzz_le32(word), NULL);
    }
    for (i = 0; i + 4 <= size && i < 4 * 64; i += 4)
        check_code(fuzz_le32(data + i), size > 4 ? text + 4 : NULL);

    /* The text as a number. */
    st = clusctl_parse_u32(text, &value);
    ref_st = ref_parse_u32(text, &ref);
    FUZZ_CHECKF(st == ref_st, "parse_u32 gave %d, the grammar says %d",
                (int)st, (int)ref_st);
    if (st == CCTL_ERROR_SUCCESS) {
        char buf[32];
        FUZZ_CHECK(value == ref);
        sprintf(buf, "%lu", (unsigned long)value);
        check_reparse(buf, value);
        sprintf(buf, "0x%lX", (unsigned long)value);
        check_reparse(buf, value);
        sprintf(buf, "0x%08lx", (unsigned long)value);
        check_reparse(buf, value);
        sprintf(buf, "0X%024lX", (unsigned long)value);
        check_reparse(buf, value);
        check_code(value, NULL);
    } else {
        FUZZ_CHECK(value == 0xDEADBEEFu); /* left untouched on error */
    }
    FUZZ_CHECK(clusctl_parse_u32(NULL, &value) == CCTL_ERROR_INVALID_PARAMETER);
    FUZZ_CHECK(clusctl_parse_u32(text, NULL) == CCTL_ERROR_INVALID_PARAMETER);

    free(text);
    return 0;
}
