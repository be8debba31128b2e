/* The JSON reader of `clusctl plist encode` (cli_plist_from_json): any text.
 * Checks: it never crashes or leaks; a refusal names an offset inside the
 * text with a message; what it accepts is a list the library's reader
 * validates (of the kind the JSON names), and the same text encodes to the
 * same bytes again. */
#include "cli_internal.h"
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    unsigned char *bytes = NULL, *again = NULL;
    size_t length = 0, length2 = 0;
    cli_plist_json_error error;
    int rc;

    FUZZ_BEGIN(data, size);
    memset(&error, 0, sizeof error);
    rc = cli_plist_from_json((const char *)data, size, &bytes, &length, &error);
    if (rc != 0) {
        FUZZ_CHECK(bytes == NULL && length == 0);
        FUZZ_CHECK(error.offset <= size);
        FUZZ_CHECK(error.line >= 1 && error.column >= 1);
        FUZZ_CHECK(error.message[0] != '\0');
        return 0;
    }
    FUZZ_CHECK(bytes != NULL && length >= 4);
    {
        clusctl_plist_error e;
        int vlist;
        memset(&e, 0, sizeof e);
        /* The kind decides: a value list never starts with a count that
         * validates as a property list of the same bytes, so try both and
         * need one to hold. */
        vlist = clusctl_vlist_validate(bytes, length, 0, &e) == CCTL_ERROR_SUCCESS;
        FUZZ_CHECK(vlist || clusctl_plist_validate(bytes, length, 0, &e) == CCTL_ERROR_SUCCESS);
    }
    FUZZ_CHECK(cli_plist_from_json((const char *)data, size, &again, &length2, &error) == 0);
    FUZZ_CHECK(length2 == length && memcmp(again, bytes, length) == 0);
    free(again);
    free(bytes);
    return 0;
}
