/* The JSON of `clusctl plist decode --json` and `plist encode`: the reader
 * of encode (cli_plist_from_json) and the printer of decode
 * (cli_plist_print), both ways.
 *
 * The input as JSON text: the reader never crashes or leaks; a refusal
 * names an offset inside the text with a message; what it accepts is a list
 * the library's reader validates (of the kind the JSON names), the same
 * text encodes to the same bytes again, and those bytes printed as JSON
 * encode to themselves (the encoder's output is canonical).
 *
 * The input as bytes, a property list and a value list: a valid one printed
 * as JSON encodes again when it is strictly valid; a canonical one
 * (strictly valid, every property list in it ending the same way, all with
 * the final ENDMARK or, in a property list, all without, and no empty
 * MULTI_SZ as two NULs, which plist.h's reader takes and its writer writes
 * as one: what the encoder can write) encodes to itself byte for byte, as
 * README says of `decode --json | encode`; whatever it encodes to encodes
 * to itself again. */
#include "cli_internal.h"
#include "fuzz_common.h"

/* The bytes of a list printed as decode --json prints it (malloc'd, NUL
 * after them), through one temporary file kept for the whole run. */
static char *print_json(const unsigned char *data, size_t size, int value_list, size_t *len)
{
    static FILE *f;
    long end;
    char *text;
    if (f == NULL) {
        f = tmpfile();
        FUZZ_CHECK(f != NULL);
    }
    rewind(f);
    FUZZ_CHECK(cli_plist_print(f, data, size, value_list, 1, 0) == 0);
    FUZZ_CHECK(fflush(f) == 0 && !ferror(f));
    end = ftell(f);
    FUZZ_CHECK(end > 0);
    text = (char *)malloc((size_t)end + 1);
    FUZZ_CHECK(text != NULL);
    rewind(f);
    FUZZ_CHECK(fread(text, 1, (size_t)end, f) == (size_t)end);
    text[end] = '\0';
    *len = (size_t)end;
    return text;
}

/* What makes a strictly valid list not canonical: property lists ending
 * both ways, and the empty MULTI_SZ as two NULs (the reader takes it, the
 * writer writes one NUL). */
typedef struct shape {
    unsigned long with, without; /* property lists with, without the final ENDMARK */
    unsigned long two_nul_multi_sz;
} shape;

static void count_shape(clusctl_plist_reader *r, shape *sh);

/* A value: a nested list is counted too. */
static void count_in_value(const clusctl_prop_value *v, shape *sh)
{
    clusctl_plist_reader inner;
    if (v->format == CCTL_PROP_FORMAT_MULTI_SZ && v->length == 4 && v->data[0] == 0 &&
        v->data[1] == 0 && v->data[2] == 0 && v->data[3] == 0)
        sh->two_nul_multi_sz++;
    if (v->format != CCTL_PROP_FORMAT_PROPERTY_LIST && v->format != CCTL_PROP_FORMAT_VALUE_LIST)
        return;
    memset(&inner, 0, sizeof inner);
    FUZZ_CHECK((v->format == CCTL_PROP_FORMAT_PROPERTY_LIST
                    ? clusctl_value_plist(v, &inner, NULL)
                    : clusctl_value_vlist(v, &inner, NULL)) == CCTL_ERROR_SUCCESS);
    count_shape(&inner, sh);
}

/* Counts them in a valid list, nested ones included. */
static void count_shape(clusctl_plist_reader *r, shape *sh)
{
    clusctl_prop_value v;
    clusctl_prop p;
    memset(&v, 0, sizeof v);
    memset(&p, 0, sizeof p);
    if (r->kind == CCTL_PLIST_KIND_VALUE_LIST) {
        while (clusctl_vlist_next(r, &v) == CCTL_ERROR_SUCCESS)
            count_in_value(&v, sh);
        return;
    }
    if (r->final_endmark)
        sh->with++;
    else
        sh->without++;
    while (clusctl_plist_next(r, &p) == CCTL_ERROR_SUCCESS)
        while (clusctl_prop_next_value(&p, &v) == CCTL_ERROR_SUCCESS)
            count_in_value(&v, sh);
}

/* Whether encoding what `bytes` prints as JSON gives `bytes` again. */
static void check_fixed_point(const unsigned char *bytes, size_t length, int value_list)
{
    unsigned char *again = NULL;
    size_t again_length = 0, len = 0;
    cli_plist_json_error error;
    char *text = print_json(bytes, length, value_list, &len);
    memset(&error, 0, sizeof error);
    FUZZ_CHECKF(cli_plist_from_json(text, len, &again, &again_length, &error) == 0,
                "the encoder's own output, printed, does not encode: %s", error.message);
    FUZZ_CHECKF(again_length == length && memcmp(again, bytes, length) == 0,
                "the encoder's output (%lu bytes) printed and encoded gives %lu other bytes",
                (unsigned long)length, (unsigned long)again_length);
    free(again);
    free(text);
}

/* The input as JSON text. */
static void check_text(const uint8_t *data, size_t size)
{
    unsigned char *bytes = NULL, *again = NULL;
    size_t length = 0, length2 = 0;
    cli_plist_json_error error;
    clusctl_plist_error e;
    int vlist;

    memset(&error, 0, sizeof error);
    if (cli_plist_from_json((const char *)data, size, &bytes, &length, &error) != 0) {
        FUZZ_CHECK(bytes == NULL && length == 0);
        FUZZ_CHECK(error.offset <= size);
        FUZZ_CHECK(error.line >= 1 && error.column >= 1);
        FUZZ_CHECK(error.message[0] != '\0');
        return;
    }
    FUZZ_CHECK(bytes != NULL && length >= 4);
    memset(&e, 0, sizeof e);
    /* The kind decides: a value list never starts with a count that
     * validates as a property list of the same bytes, so try both and need
     * one to hold. */
    vlist = clusctl_vlist_validate(bytes, length, 0, &e) == CCTL_ERROR_SUCCESS;
    FUZZ_CHECK(vlist || clusctl_plist_validate(bytes, length, 0, &e) == CCTL_ERROR_SUCCESS);
    FUZZ_CHECK(cli_plist_from_json((const char *)data, size, &again, &length2, &error) == 0);
    FUZZ_CHECK(length2 == length && memcmp(again, bytes, length) == 0);
    check_fixed_point(bytes, length, vlist);
    free(again);
    free(bytes);
}

/* The input as a list's bytes, of one kind. */
static void check_bytes(const uint8_t *data, size_t size, int value_list)
{
    clusctl_plist_reader r;
    shape sh;
    unsigned char *bytes = NULL;
    size_t length = 0, len = 0;
    cli_plist_json_error error;
    int strict, canonical, rc;
    char *text;

    memset(&r, 0, sizeof r);
    if ((value_list ? clusctl_vlist_open(&r, data, size, 0, NULL)
                    : clusctl_plist_open(&r, data, size, 0, NULL)) != CCTL_ERROR_SUCCESS)
        return;
    memset(&sh, 0, sizeof sh);
    count_shape(&r, &sh);
    strict = (value_list ? clusctl_vlist_validate(data, size, CCTL_PLIST_STRICT, NULL)
                         : clusctl_plist_validate(data, size, CCTL_PLIST_STRICT, NULL)) ==
             CCTL_ERROR_SUCCESS;
    canonical = strict && (sh.without == 0 || (sh.with == 0 && !value_list)) &&
                sh.two_nul_multi_sz == 0;
    text = print_json(data, size, value_list, &len);
    memset(&error, 0, sizeof error);
    rc = cli_plist_from_json(text, len, &bytes, &length, &error);
    FUZZ_CHECKF(rc == 0 || !strict, "a strictly valid list's JSON does not encode: %s",
                error.message);
    if (rc == 0) {
        if (canonical)
            FUZZ_CHECKF(length == size && memcmp(bytes, data, size) == 0,
                        "a canonical list (%lu bytes; %lu property lists with the final "
                        "ENDMARK, %lu without) decoded and encoded gives %lu other bytes",
                        (unsigned long)size, sh.with, sh.without, (unsigned long)length);
        check_fixed_point(bytes, length, value_list);
    }
    free(bytes);
    free(text);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    uint8_t *copy;
    FUZZ_BEGIN(data, size);
    check_text(data, size);
    copy = fuzz_copy(data, size);
    check_bytes(copy, size, 0);
    check_bytes(copy, size, 1);
    free(copy);
    return 0;
}
