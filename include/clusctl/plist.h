/**
 * @file plist.h
 * @brief Property lists and value lists: the syntax codec, a zero-copy
 *        reader that validates with a position, typed getters, and a writer
 *        with the size-query convention.
 *
 * Most control codes carry a property list or a value list in their buffers
 * (`CLUSCTL_RESOURCE_GET_RO_PRIVATE_PROPERTIES`, `..._SET_PRIVATE_PROPERTIES`,
 * `..._VALIDATE_PRIVATE_PROPERTIES`, `CLUSCTL_RESOURCE_STORAGE_GET_DISK_INFO`,
 * ...). The VM resource's `VmState`, `MigrationState`, `MigrationProgress` and
 * `MigrationFailureReason` reach a tool only that way.
 *
 * ## The format
 *
 * Every integer is 32-bit little-endian, whatever the host; the functions
 * read and write the buffers byte by byte.
 *
 * - A **syntax** is `(type << 16) | format` (#CCTL_PROP_SYNTAX_VALUE): the
 *   types of #CCTL_PROP_TYPE_MAP, the formats of #CCTL_PROP_FORMAT_MAP, the
 *   named syntaxes of #CCTL_PROP_SYNTAX_MAP.
 * - A **value** is its syntax (4 bytes), `cbLength` (4 bytes), `cbLength`
 *   bytes of data, then zero padding to a multiple of 4 (`ALIGN_CLUSPROP`);
 *   `cbLength` does not count the padding. Every value starts 4-byte
 *   aligned from the start of the buffer, so 8-byte values (LARGE_INTEGER,
 *   ULARGE_INTEGER, FILETIME) are only 4-byte aligned.
 * - Strings (SZ, EXPAND_SZ, EXPANDED_SZ, and the NAME syntax, which is SZ)
 *   are UTF-16LE with their NUL counted in `cbLength`. A MULTI_SZ is its
 *   strings, each NUL-terminated, then one more NUL.
 * - An **ENDMARK** is the syntax 0 alone: 4 bytes, no `cbLength`.
 * - A **property list** is a property count (4 bytes), then for each
 *   property a NAME value, one or more data values, and an ENDMARK.
 * - A **value list** is values, then an ENDMARK: no count, no names.
 *   Storage codes return them (`STORAGE_GET_AVAILABLE_DISKS` returns disk
 *   records back to back, one ENDMARK ending the whole series).
 * - A value of format PROPERTY_LIST or VALUE_LIST holds a nested list.
 *
 * ## Decisions where the sources disagree or are silent
 *
 * - **The final ENDMARK.** MS-CMRP 2.2.3.10 wants one ENDMARK per property
 *   and shows none after the last property; Windows servers send one more
 *   ENDMARK after the last property (the buffers Samba's torture tests
 *   captured from Windows, `source4/torture/ndr/clusapi.c`, end that way, an
 *   empty list is the count 0 and an ENDMARK), and Samba's IDL expects it.
 *   The reader accepts a property list with or without that one final
 *   ENDMARK, in both modes (MS-CMRP does not forbid it, and refusing it
 *   would refuse every Windows server) and says which it saw
 *   (clusctl_plist_reader::final_endmark); anything after it is trailing
 *   bytes. The writer writes it, as Windows does, so that Samba reads our
 *   lists too; #CCTL_PLIST_NO_FINAL_ENDMARK writes MS-CMRP's form instead.
 *   Readers that go by the count (ResUtil's, the SDK's) read both.
 * - **Name padding.** Names are padded to 4 bytes like every value (MS-CMRP
 *   2.2.3.10.1: "0 or 2 bytes of padding such that ... is divisible by 4"),
 *   as Samba's captured Windows buffers are, whatever Samba's IDL says of a
 *   2-byte alignment.
 * - **The empty MULTI_SZ** is written as one NUL (`cbLength` 2): zero
 *   strings, then the one more NUL. That is what Windows' own property-list
 *   builders send for an empty MULTI_SZ. The reader also takes two NULs
 *   (`cbLength` 4) as empty, in both modes, and `cbLength` 0 in the default
 *   mode. An empty string inside a MULTI_SZ cannot be written (it would end
 *   the list) and is refused when read.
 * - **Padding.** MS-CMRP tells readers to ignore the padding's contents and
 *   the docs tell writers to zero it: the default mode ignores it, the
 *   strict mode refuses non-zero padding (to check a writer); the writer
 *   always zeroes it.
 * - **Lenient strings.** Windows' builders copy registry data, which may hold
 *   extra NULs, or be empty: the default mode reads an SZ with `cbLength` 0
 *   as `""`, allows zero code units after the NUL, reads a MULTI_SZ whose
 *   last string lacks the one more NUL and a property without data value;
 *   the strict mode refuses all of them. Names are exact in both modes.
 * - **EXPAND_SZ.** A server that returns an EXPAND_SZ value sends it, then
 *   its EXPANDED_SZ form (only when it differs); a client must not send
 *   EXPANDED_SZ (MS-CMRP 2.2.2.3). Strict mode refuses an EXPANDED_SZ that
 *   does not follow an EXPAND_SZ in the same property, and with
 *   #CCTL_PLIST_FROM_CLIENT any EXPANDED_SZ.
 * - **Unknown types and formats** are opaque bytes in the default mode (the
 *   docs: a reader that meets an unknown type falls back to the format).
 *   Strict mode applies MS-CMRP 2.2.3.10.1 ("MUST be one of the
 *   CLUSTER_PROPERTY_SYNTAX values"): a syntax that is none of
 *   #CCTL_PROP_SYNTAX_MAP is refused, user-defined ones and
 *   `LIST_VALUE | VALUE_LIST` (which the SDK does not name) included.
 * - **Nesting** is limited to #CCTL_PLIST_DEPTH_MAX lists inside the
 *   outermost one, so that validation (which descends into nested lists)
 *   needs bounded stack.
 *
 * ## Validation rules
 *
 * The reader checks the whole buffer, nested lists included, when a list is
 * opened or validated, front to back: the first problem found wins, and
 * #clusctl_plist_error gives its status, its rule (#clusctl_plist_rule) and
 * its byte offset from the start of the buffer. Within a value the order is:
 * header, `cbLength`, padding room, the strict rules of its place
 * (`TOO_MANY_VALUES`, `EXPANDED_SZ_*`), the strict syntax check, the
 * contents, the strict padding check; a property's name is checked before
 * its values, and `NO_VALUE` after them. "Both" rules apply in the default
 * mode and in the strict mode (#CCTL_PLIST_STRICT); "strict" rules only in
 * the strict mode.
 *
 * | rule | mode | status | offset |
 * |---|---|---|---|
 * | `TRUNCATED_COUNT`: fewer than 4 bytes for the property count | both | `CCTL_ERROR_INVALID_DATA` (13) | 0 |
 * | `TRUNCATED_HEADER`: the buffer ends inside a value's syntax or `cbLength` | both | `CCTL_ERROR_INVALID_DATA` | the value |
 * | `LENGTH_PAST_END`: `cbLength` runs past the end | both | `CCTL_ERROR_INVALID_DATA` | its `cbLength` |
 * | `TRUNCATED_PADDING`: the buffer ends inside the padding | both | `CCTL_ERROR_INVALID_DATA` | the padding |
 * | `MISSING_ENDMARK`: no ENDMARK where the values end (the buffer ends, or a NAME value comes, in a property list) | both | `CCTL_ERROR_INVALID_DATA` | where it should be |
 * | `COUNT_TOO_LARGE`: the list ends (or only the final ENDMARK is left) before the count's properties | both | `CCTL_ERROR_INVALID_DATA` | where the next property should be |
 * | `COUNT_TOO_SMALL`: a NAME value follows the count's last property | both | `CCTL_ERROR_INVALID_DATA` | that value |
 * | `TRAILING_BYTES`: bytes after the list's end (a value list's ENDMARK, the final ENDMARK) | both | `CCTL_ERROR_INVALID_DATA` | the first of them |
 * | `NAME_SYNTAX`: a property does not start with a NAME value (0x00040003) | both | `CCTL_ERROR_INVALID_NAME` (123) | the value |
 * | `NAME_NOT_TERMINATED`: a name does not end with its NUL (or `cbLength` is 0) | both | `CCTL_ERROR_INVALID_NAME` | its last unit (its `cbLength`) |
 * | `NAME_EMBEDDED_NUL`: a NUL before the name's end | both | `CCTL_ERROR_INVALID_NAME` | that NUL |
 * | `NAME_EMPTY`: the name is `""` | both | `CCTL_ERROR_INVALID_NAME` | its NUL |
 * | `ODD_LENGTH`: a UTF-16 value (name, SZ, EXPAND_SZ, EXPANDED_SZ, MULTI_SZ) with an odd `cbLength` | both | `CCTL_ERROR_BAD_LENGTH` (24) | its `cbLength` |
 * | `FIXED_LENGTH`: `cbLength` is not 2 (WORD), 4 (DWORD, LONG) or 8 (LARGE_INTEGER, ULARGE_INTEGER, FILETIME) | both | `CCTL_ERROR_BAD_LENGTH` | its `cbLength` |
 * | `UNPAIRED_SURROGATE`: in a name or a string | both | `CCTL_ERROR_NO_UNICODE_TRANSLATION` (1113) | the unit |
 * | `STRING_NOT_TERMINATED`: an SZ, EXPAND_SZ or EXPANDED_SZ does not end with a NUL (`cbLength` 0: strict only) | both | `CCTL_ERROR_INVALID_DATA` | its last unit (its `cbLength`) |
 * | `STRING_EMBEDDED_NUL`: data after the string's NUL (only NULs: strict only) | both | `CCTL_ERROR_INVALID_DATA` | that NUL |
 * | `MULTI_SZ_NOT_TERMINATED`: a MULTI_SZ does not end with a NUL | both | `CCTL_ERROR_INVALID_DATA` | its last unit |
 * | `MULTI_SZ_EMPTY_STRING`: an empty string before the MULTI_SZ's end, or data after its terminating NUL (two NULs alone are the empty MULTI_SZ) | both | `CCTL_ERROR_INVALID_DATA` | that empty string |
 * | `NESTING_TOO_DEEP`: more than #CCTL_PLIST_DEPTH_MAX nested lists | both | `CCTL_ERROR_INVALID_DATA` | the nested value |
 * | `MULTI_SZ_NO_FINAL_NUL`: a MULTI_SZ without its one more NUL (or `cbLength` 0) | strict | `CCTL_ERROR_INVALID_DATA` | its last unit (its `cbLength`) |
 * | `PADDING_NOT_ZERO`: a padding byte is not 0 | strict | `CCTL_ERROR_INVALID_DATA` | that byte |
 * | `UNKNOWN_SYNTAX`: the syntax is none of #CCTL_PROP_SYNTAX_MAP | strict | `CCTL_ERROR_INVALID_DATA` | the value |
 * | `NO_VALUE`: a property without a data value | strict | `CCTL_ERROR_INVALID_DATA` | its ENDMARK |
 * | `TOO_MANY_VALUES`: more than #CCTL_PLIST_STRICT_VALUES_MAX data values in a property | strict | `CCTL_ERROR_INVALID_DATA` | the one too many |
 * | `EXPANDED_SZ_FROM_CLIENT`: an EXPANDED_SZ, with #CCTL_PLIST_FROM_CLIENT | strict | `CCTL_ERROR_INVALID_DATA` | the value |
 * | `EXPANDED_SZ_ALONE`: an EXPANDED_SZ not right after an EXPAND_SZ of the same property | strict | `CCTL_ERROR_INVALID_DATA` | the value |
 *
 * Offsets count from the first byte of the buffer given to the outermost
 * call, also in nested lists. "The value" is its syntax word; "its
 * `cbLength`" is the value's offset + 4; "a unit" is the offset of that
 * UTF-16 code unit. The status alone matches what ResUtil returns for a bad
 * list (`ERROR_INVALID_DATA`) except for the finer name, length and Unicode
 * statuses. clusctl_plist_find() adds `NOT_FOUND` and `FORMAT_MISMATCH`.
 *
 * ## Arguments, overlap and reserved room
 *
 * Every struct here is caller-allocated and ends with reserved room (see
 * "Growing the ABI" in the README): zero it before the first use (`= {0}`);
 * every function refuses a struct whose reserved room is not 0
 * (`CCTL_ERROR_INVALID_PARAMETER`) and writes it as 0. Argument errors
 * (`CCTL_ERROR_INVALID_PARAMETER`, and `CCTL_ERROR_INVALID_USER_BUFFER` for
 * a NULL buffer with a size) come before any other status and leave every
 * output untouched, the #clusctl_plist_error included. Sizes are 32-bit on
 * the wire: a buffer of 4 GiB or more is refused as an argument error.
 *
 * Overlap: the reader's outputs (reader, property, value and error structs)
 * must not overlap the buffer they describe or each other: they keep
 * pointing into it. The writer's inputs (names, strings, bytes) must not
 * overlap its buffer or its state. Both are refused with
 * `CCTL_ERROR_INVALID_PARAMETER`, nothing written. Getters that return an
 * integer read the value before they write, so their output may overlap
 * anything.
 *
 * Nothing here allocates, keeps global state or does I/O.
 */
#ifndef CCTL_PLIST_H_
#define CCTL_PLIST_H_

#include <stddef.h>
#include <stdint.h>

#include "export.h"
#include "status.h"

CCTL_BEGIN_DECLS

/* ---- The syntax codec ---------------------------------------------------- */

/**
 * @brief The property formats (`CLUSPROP_FORMAT_*`, the low 16 bits of a
 *        syntax): `X(NAME, value, description)`.
 *
 * One list feeds #clusctl_prop_format, clusctl_prop_format_name() and
 * clusctl_prop_format_from_name(); `test_plist` checks it against
 * `data/clusprop.csv` row by row. `USER` (0x8000) is the first format of the
 * user range.
 */
#define CCTL_PROP_FORMAT_MAP(X)                                                \
    X(UNKNOWN, 0x0000, "unknown (the ENDMARK's format)")                       \
    X(BINARY, 0x0001, "bytes")                                                 \
    X(DWORD, 0x0002, "32-bit unsigned integer")                                \
    X(SZ, 0x0003, "UTF-16LE string")                                           \
    X(EXPAND_SZ, 0x0004, "UTF-16LE string with environment variables")         \
    X(MULTI_SZ, 0x0005, "UTF-16LE strings, then one more NUL")                 \
    X(ULARGE_INTEGER, 0x0006, "64-bit unsigned integer")                       \
    X(LONG, 0x0007, "32-bit signed integer")                                   \
    X(EXPANDED_SZ, 0x0008, "an EXPAND_SZ with its variables expanded")         \
    X(SECURITY_DESCRIPTOR, 0x0009, "a self-relative security descriptor")      \
    X(LARGE_INTEGER, 0x000A, "64-bit signed integer")                          \
    X(WORD, 0x000B, "16-bit unsigned integer")                                 \
    X(FILETIME, 0x000C, "64-bit FILETIME (100 ns since 1601)")                 \
    X(VALUE_LIST, 0x000D, "a nested value list")                               \
    X(PROPERTY_LIST, 0x000E, "a nested property list")                         \
    X(USER, 0x8000, "the first user-defined format")

/**
 * @brief The property formats: one constant `CCTL_PROP_FORMAT_<NAME>` for each
 *        row of #CCTL_PROP_FORMAT_MAP (`CCTL_PROP_FORMAT_DWORD` is 2).
 */
typedef enum clusctl_prop_format {
    /** @cond INTERNAL */
#define CCTL_PROP_FORMAT_ENUM_(name, value, text) CCTL_PROP_FORMAT_##name = value,
    CCTL_PROP_FORMAT_MAP(CCTL_PROP_FORMAT_ENUM_)
#undef CCTL_PROP_FORMAT_ENUM_
    /** @endcond */
} clusctl_prop_format;

/**
 * @brief The property types (`CLUSPROP_TYPE_*`, the high 16 bits of a
 *        syntax): `X(NAME, value, description)`.
 *
 * `UNKNOWN` is declared -1 in `ClusApi.h`; in the 16-bit type field it is
 * 0xFFFF, the value here. `RESERVED1` is named by the SDK and used by no
 * syntax. `USER` (0x8000) is the first type of the user range.
 */
#define CCTL_PROP_TYPE_MAP(X)                                                  \
    X(ENDMARK, 0x0000, "ends a value list or a property's values")             \
    X(LIST_VALUE, 0x0001, "a property's value")                                \
    X(RESCLASS, 0x0002, "a resource class")                                    \
    X(RESERVED1, 0x0003, "reserved")                                           \
    X(NAME, 0x0004, "a property name")                                         \
    X(SIGNATURE, 0x0005, "a disk signature")                                   \
    X(SCSI_ADDRESS, 0x0006, "a SCSI address")                                  \
    X(DISK_NUMBER, 0x0007, "a disk number")                                    \
    X(PARTITION_INFO, 0x0008, "partition information")                         \
    X(FTSET_INFO, 0x0009, "fault-tolerant set information")                    \
    X(DISK_SERIALNUMBER, 0x000A, "a disk serial number")                       \
    X(DISK_GUID, 0x000B, "a disk GUID")                                        \
    X(DISK_SIZE, 0x000C, "a disk size")                                        \
    X(PARTITION_INFO_EX, 0x000D, "extended partition information")             \
    X(PARTITION_INFO_EX2, 0x000E, "extended partition information, version 2") \
    X(STORAGE_DEVICE_ID_DESCRIPTOR, 0x000F, "a storage device identifier")     \
    X(USER, 0x8000, "the first user-defined type")                             \
    X(UNKNOWN, 0xFFFF, "unknown (-1 in ClusApi.h)")

/**
 * @brief The property types: one constant `CCTL_PROP_TYPE_<NAME>` for each
 *        row of #CCTL_PROP_TYPE_MAP (`CCTL_PROP_TYPE_LIST_VALUE` is 1).
 */
typedef enum clusctl_prop_type {
    /** @cond INTERNAL */
#define CCTL_PROP_TYPE_ENUM_(name, value, text) CCTL_PROP_TYPE_##name = value,
    CCTL_PROP_TYPE_MAP(CCTL_PROP_TYPE_ENUM_)
#undef CCTL_PROP_TYPE_ENUM_
    /** @endcond */
} clusctl_prop_type;

/**
 * @brief `CLUSPROP_SYNTAX_VALUE(type, format)`: a syntax from a type and a
 *        format, `(type << 16) | format`, computed in `uint32_t` and usable
 *        in constant expressions. Nothing is masked: use
 *        clusctl_syntax_encode() to refuse values over 16 bits.
 */
#define CCTL_PROP_SYNTAX_VALUE(type, format)                                   \
    ((uint32_t)(((uint32_t)(type) << 16) | (uint32_t)(format)))

/**
 * @brief The syntaxes the SDK names (`CLUSPROP_SYNTAX_*`):
 *        `X(NAME, TYPE, FORMAT)`, the value being
 *        `CCTL_PROP_SYNTAX_VALUE(CCTL_PROP_TYPE_<TYPE>, CCTL_PROP_FORMAT_<FORMAT>)`.
 *
 * One list feeds #clusctl_prop_syntax, clusctl_syntax_name(),
 * clusctl_syntax_from_name() and the strict mode's `UNKNOWN_SYNTAX` rule.
 */
#define CCTL_PROP_SYNTAX_MAP(X)                                                \
    X(ENDMARK, ENDMARK, UNKNOWN)                                               \
    X(NAME, NAME, SZ)                                                          \
    X(RESCLASS, RESCLASS, DWORD)                                               \
    X(LIST_VALUE_SZ, LIST_VALUE, SZ)                                           \
    X(LIST_VALUE_EXPAND_SZ, LIST_VALUE, EXPAND_SZ)                             \
    X(LIST_VALUE_DWORD, LIST_VALUE, DWORD)                                     \
    X(LIST_VALUE_BINARY, LIST_VALUE, BINARY)                                   \
    X(LIST_VALUE_MULTI_SZ, LIST_VALUE, MULTI_SZ)                               \
    X(LIST_VALUE_LONG, LIST_VALUE, LONG)                                       \
    X(LIST_VALUE_EXPANDED_SZ, LIST_VALUE, EXPANDED_SZ)                         \
    X(LIST_VALUE_SECURITY_DESCRIPTOR, LIST_VALUE, SECURITY_DESCRIPTOR)         \
    X(LIST_VALUE_LARGE_INTEGER, LIST_VALUE, LARGE_INTEGER)                     \
    X(LIST_VALUE_ULARGE_INTEGER, LIST_VALUE, ULARGE_INTEGER)                   \
    X(LIST_VALUE_WORD, LIST_VALUE, WORD)                                       \
    X(LIST_VALUE_PROPERTY_LIST, LIST_VALUE, PROPERTY_LIST)                     \
    X(LIST_VALUE_FILETIME, LIST_VALUE, FILETIME)                               \
    X(DISK_SIGNATURE, SIGNATURE, DWORD)                                        \
    X(SCSI_ADDRESS, SCSI_ADDRESS, DWORD)                                       \
    X(DISK_NUMBER, DISK_NUMBER, DWORD)                                         \
    X(PARTITION_INFO, PARTITION_INFO, BINARY)                                  \
    X(FTSET_INFO, FTSET_INFO, BINARY)                                          \
    X(DISK_SERIALNUMBER, DISK_SERIALNUMBER, SZ)                                \
    X(DISK_GUID, DISK_GUID, SZ)                                                \
    X(DISK_SIZE, DISK_SIZE, ULARGE_INTEGER)                                    \
    X(PARTITION_INFO_EX, PARTITION_INFO_EX, BINARY)                            \
    X(PARTITION_INFO_EX2, PARTITION_INFO_EX2, BINARY)                          \
    X(STORAGE_DEVICE_ID_DESCRIPTOR, STORAGE_DEVICE_ID_DESCRIPTOR, BINARY)

/**
 * @brief The named syntaxes: one constant `CCTL_PROP_SYNTAX_<NAME>` for each
 *        row of #CCTL_PROP_SYNTAX_MAP (`CCTL_PROP_SYNTAX_NAME` is 0x00040003,
 *        `CCTL_PROP_SYNTAX_LIST_VALUE_DWORD` 0x00010002).
 */
typedef enum clusctl_prop_syntax {
    /** @cond INTERNAL */
#define CCTL_PROP_SYNTAX_ENUM_(name, type, format)                             \
    CCTL_PROP_SYNTAX_##name =                                                  \
        (int)CCTL_PROP_SYNTAX_VALUE(CCTL_PROP_TYPE_##type, CCTL_PROP_FORMAT_##format),
    CCTL_PROP_SYNTAX_MAP(CCTL_PROP_SYNTAX_ENUM_)
#undef CCTL_PROP_SYNTAX_ENUM_
    /** @endcond */
} clusctl_prop_syntax;

/** @brief Stands for any format in clusctl_plist_find(): no format check. */
#define CCTL_PROP_FORMAT_ANY ((uint32_t)0xFFFFFFFFu)

/**
 * @brief Builds a syntax from a type and a format.
 *
 * @param type 0 to 0xFFFF (#clusctl_prop_type or a user type).
 * @param format 0 to 0xFFFF (#clusctl_prop_format or a user format).
 * @param[out] syntax Receives `(type << 16) | format`.
 * @retval CCTL_ERROR_SUCCESS Written.
 * @retval CCTL_ERROR_INVALID_PARAMETER @p syntax is NULL, or @p type or
 *         @p format is over 0xFFFF (never masked).
 */
CCTL_API clusctl_status clusctl_syntax_encode(uint32_t type, uint32_t format,
                                              uint32_t *syntax);

/**
 * @brief Takes a syntax apart. Total: every 32-bit value decodes, and
 *        clusctl_syntax_encode() of the result gives @p syntax back.
 *
 * @param syntax Any 32-bit value.
 * @param[out] type Receives the high 16 bits.
 * @param[out] format Receives the low 16 bits. Must not overlap @p type.
 * @retval CCTL_ERROR_SUCCESS Written.
 * @retval CCTL_ERROR_INVALID_PARAMETER @p type or @p format is NULL, or they
 *         overlap.
 */
CCTL_API clusctl_status clusctl_syntax_decode(uint32_t syntax, uint32_t *type,
                                              uint32_t *format);

/**
 * @brief The SDK name of a named syntax, without its `CLUSPROP_SYNTAX_`
 *        prefix.
 * @param syntax Any value.
 * @return `"NAME"`, `"LIST_VALUE_DWORD"`, ..., or NULL when the SDK names no
 *         syntax with that value.
 */
CCTL_API const char *clusctl_syntax_name(uint32_t syntax);

/**
 * @brief Finds a named syntax by name, ignoring ASCII case, with or without
 *        the `CLUSPROP_SYNTAX_` prefix (`"list_value_dword"`,
 *        `"CLUSPROP_SYNTAX_NAME"`).
 * @param name A NUL-terminated name.
 * @param[out] syntax Receives the syntax. May overlap @p name: written once,
 *        after the search.
 * @retval CCTL_ERROR_SUCCESS Found.
 * @retval CCTL_ERROR_INVALID_PARAMETER @p name or @p syntax is NULL.
 * @retval CCTL_ERROR_NOT_FOUND No syntax has that name.
 */
CCTL_API clusctl_status clusctl_syntax_from_name(const char *name, uint32_t *syntax);

/**
 * @brief The SDK name of a type, without its `CLUSPROP_TYPE_` prefix.
 * @param type Any value (the 16-bit type field; 0xFFFF is `"UNKNOWN"`).
 * @return `"LIST_VALUE"`, `"NAME"`, ..., or NULL for a value the SDK does
 *         not name (user types above 0x8000 included).
 */
CCTL_API const char *clusctl_prop_type_name(uint32_t type);

/**
 * @brief Finds a type by name, ignoring ASCII case, with or without the
 *        `CLUSPROP_TYPE_` prefix.
 * @param name A NUL-terminated name.
 * @param[out] type Receives the type. May overlap @p name.
 * @retval CCTL_ERROR_SUCCESS Found.
 * @retval CCTL_ERROR_INVALID_PARAMETER @p name or @p type is NULL.
 * @retval CCTL_ERROR_NOT_FOUND No type has that name.
 */
CCTL_API clusctl_status clusctl_prop_type_from_name(const char *name, uint32_t *type);

/**
 * @brief The SDK name of a format, without its `CLUSPROP_FORMAT_` prefix.
 * @param format Any value.
 * @return `"DWORD"`, `"SZ"`, ..., or NULL for a value the SDK does not name.
 */
CCTL_API const char *clusctl_prop_format_name(uint32_t format);

/**
 * @brief Finds a format by name, ignoring ASCII case, with or without the
 *        `CLUSPROP_FORMAT_` prefix.
 * @param name A NUL-terminated name.
 * @param[out] format Receives the format. May overlap @p name.
 * @retval CCTL_ERROR_SUCCESS Found.
 * @retval CCTL_ERROR_INVALID_PARAMETER @p name or @p format is NULL.
 * @retval CCTL_ERROR_NOT_FOUND No format has that name.
 */
CCTL_API clusctl_status clusctl_prop_format_from_name(const char *name, uint32_t *format);

/* ---- Validation rules, flags, limits ------------------------------------- */

/**
 * @brief The validation rules: `X(NAME, number, STATUS, strict, description)`.
 *
 * `STATUS` is the #clusctl_status (without `CCTL_ERROR_`) a buffer that
 * breaks the rule gets; `strict` is 1 for rules that only the strict mode
 * applies. The table of the file's documentation gives each rule's mode and
 * offset. `NOT_FOUND` and `FORMAT_MISMATCH` are clusctl_plist_find()'s.
 * The numbers are stable.
 */
#define CCTL_PLIST_RULE_MAP(X)                                                 \
    X(NONE, 0, SUCCESS, 0, "no problem")                                       \
    X(TRUNCATED_COUNT, 1, INVALID_DATA, 0,                                     \
      "fewer than 4 bytes for the property count")                             \
    X(TRUNCATED_HEADER, 2, INVALID_DATA, 0,                                    \
      "the buffer ends inside a value's syntax or length")                     \
    X(LENGTH_PAST_END, 3, INVALID_DATA, 0,                                     \
      "the value's length runs past the end of the buffer")                    \
    X(TRUNCATED_PADDING, 4, INVALID_DATA, 0,                                   \
      "the buffer ends inside the value's padding")                            \
    X(MISSING_ENDMARK, 5, INVALID_DATA, 0,                                     \
      "the values are not closed by an ENDMARK")                               \
    X(COUNT_TOO_LARGE, 6, INVALID_DATA, 0,                                     \
      "the list ends before the property count's properties")                  \
    X(COUNT_TOO_SMALL, 7, INVALID_DATA, 0,                                     \
      "a property follows the property count's last property")                 \
    X(TRAILING_BYTES, 8, INVALID_DATA, 0, "bytes after the end of the list")  \
    X(NAME_SYNTAX, 9, INVALID_NAME, 0,                                         \
      "the property does not start with a NAME value")                         \
    X(NAME_NOT_TERMINATED, 10, INVALID_NAME, 0,                                \
      "the property name does not end with its NUL")                           \
    X(NAME_EMBEDDED_NUL, 11, INVALID_NAME, 0,                                  \
      "a NUL before the end of the property name")                             \
    X(NAME_EMPTY, 12, INVALID_NAME, 0, "the property name is empty")          \
    X(ODD_LENGTH, 13, BAD_LENGTH, 0, "a UTF-16 value with an odd length")     \
    X(FIXED_LENGTH, 14, BAD_LENGTH, 0,                                         \
      "the length is wrong for the format (WORD 2, DWORD and LONG 4, 64-bit"   \
      " values 8)")                                                            \
    X(UNPAIRED_SURROGATE, 15, NO_UNICODE_TRANSLATION, 0,                       \
      "an unpaired UTF-16 surrogate")                                          \
    X(STRING_NOT_TERMINATED, 16, INVALID_DATA, 0,                              \
      "the string does not end with a NUL")                                    \
    X(STRING_EMBEDDED_NUL, 17, INVALID_DATA, 0,                                \
      "data after the string's NUL")                                           \
    X(MULTI_SZ_NOT_TERMINATED, 18, INVALID_DATA, 0,                            \
      "the MULTI_SZ does not end with a NUL")                                  \
    X(MULTI_SZ_EMPTY_STRING, 19, INVALID_DATA, 0,                              \
      "an empty string before the end of the MULTI_SZ")                        \
    X(NESTING_TOO_DEEP, 20, INVALID_DATA, 0, "lists nested too deep")         \
    X(MULTI_SZ_NO_FINAL_NUL, 21, INVALID_DATA, 1,                              \
      "the MULTI_SZ lacks the NUL after its last string")                      \
    X(PADDING_NOT_ZERO, 22, INVALID_DATA, 1, "a padding byte is not 0")       \
    X(UNKNOWN_SYNTAX, 23, INVALID_DATA, 1,                                     \
      "the syntax is none that the SDK names")                                 \
    X(NO_VALUE, 24, INVALID_DATA, 1, "the property has no value")             \
    X(TOO_MANY_VALUES, 25, INVALID_DATA, 1,                                    \
      "more than 3 values in one property")                                    \
    X(EXPANDED_SZ_FROM_CLIENT, 26, INVALID_DATA, 1,                            \
      "an EXPANDED_SZ value sent by a client")                                 \
    X(EXPANDED_SZ_ALONE, 27, INVALID_DATA, 1,                                  \
      "an EXPANDED_SZ value that does not follow an EXPAND_SZ")                \
    X(NOT_FOUND, 28, FILE_NOT_FOUND, 0, "no property has that name")          \
    X(FORMAT_MISMATCH, 29, INVALID_DATA, 0,                                    \
      "the value's format is not the one asked for")

/**
 * @brief The validation rules: one constant `CCTL_PLIST_RULE_<NAME>` for each
 *        row of #CCTL_PLIST_RULE_MAP (`CCTL_PLIST_RULE_NONE` is 0).
 */
typedef enum clusctl_plist_rule {
    /** @cond INTERNAL */
#define CCTL_PLIST_RULE_ENUM_(name, number, status, strict, text)              \
    CCTL_PLIST_RULE_##name = number,
    CCTL_PLIST_RULE_MAP(CCTL_PLIST_RULE_ENUM_)
#undef CCTL_PLIST_RULE_ENUM_
    /** @endcond */
} clusctl_plist_rule;

/**
 * @brief The name of a rule, such as `"LENGTH_PAST_END"`.
 * @param rule Any value.
 * @return A static string, or NULL when @p rule is none of #CCTL_PLIST_RULE_MAP.
 */
CCTL_API const char *clusctl_plist_rule_name(uint32_t rule);

/**
 * @brief A one-line English description of a rule.
 * @param rule Any value.
 * @return A static string, or NULL when @p rule is none of #CCTL_PLIST_RULE_MAP.
 */
CCTL_API const char *clusctl_plist_rule_description(uint32_t rule);

/** @name Flags of the reader and the writer
 *  @{ */
/** Apply the strict rules (reader); refuse what they refuse (writer). */
#define CCTL_PLIST_STRICT 0x1u
/** The buffer comes from (reader) or goes to (writer) a client: the input of
 *  a `SET_*` or `VALIDATE_*` code. The strict reader refuses EXPANDED_SZ;
 *  the writer always does. */
#define CCTL_PLIST_FROM_CLIENT 0x2u
/** Writer: no final ENDMARK after the last property (MS-CMRP's figure). */
#define CCTL_PLIST_NO_FINAL_ENDMARK 0x4u
/** @} */

/** @brief The most lists nested inside the outermost one (8): a ninth level is
 *         `NESTING_TOO_DEEP`. */
#define CCTL_PLIST_DEPTH_MAX 8

/** @brief The most data values of one property in the strict mode (MS-CMRP:
 *         "One to three"). */
#define CCTL_PLIST_STRICT_VALUES_MAX 3

/** @brief An offset that is not there (#clusctl_plist_error::value_offset). */
#define CCTL_PLIST_NO_OFFSET ((size_t)-1)

/** @brief An index that is not there (#clusctl_plist_error::property). */
#define CCTL_PLIST_NO_INDEX ((uint32_t)0xFFFFFFFFu)

/**
 * @brief Where and why a buffer was refused.
 *
 * Caller-allocated, optional (pass NULL): zero it (`= {0}`). Written in full
 * for every status but the argument errors `CCTL_ERROR_INVALID_PARAMETER`
 * and `CCTL_ERROR_INVALID_USER_BUFFER` (then it is left untouched); on
 * success its rule is `CCTL_PLIST_RULE_NONE`, its offset 0, its value offset
 * #CCTL_PLIST_NO_OFFSET and its property #CCTL_PLIST_NO_INDEX (except after
 * clusctl_plist_find(), which gives the property found).
 */
typedef struct clusctl_plist_error {
    uint32_t status;     /**< the status returned */
    uint32_t rule;       /**< the rule broken (#clusctl_plist_rule) */
    /** The byte offset of the problem from the start of the outermost
     *  buffer (see the table in the file's documentation); 0 on success. */
    size_t offset;
    /** The offset of the value that holds the problem (its syntax word), or
     *  #CCTL_PLIST_NO_OFFSET when it is in no value. */
    size_t value_offset;
    /** The 0-based index of the property of the innermost property list,
     *  or #CCTL_PLIST_NO_INDEX when the problem is in no property. */
    uint32_t property;
    /** The nesting depth of the list where it is: 0 for the outermost. */
    uint32_t depth;
    uint32_t reserved[4]; /**< room for later members: 0 */
} clusctl_plist_error;

/* ---- The reader ---------------------------------------------------------- */

/** @brief What a reader reads. */
typedef enum clusctl_plist_kind {
    CCTL_PLIST_KIND_PROPERTY_LIST = 1, /**< a property list */
    CCTL_PLIST_KIND_VALUE_LIST = 2     /**< a value list */
} clusctl_plist_kind;

/**
 * @brief A reader over a validated property list or value list.
 *
 * Caller-allocated: zero it (`= {0}`), then open it with
 * clusctl_plist_open(), clusctl_vlist_open() or a nested list's
 * clusctl_value_plist() / clusctl_value_vlist(). The members are written by
 * the library; read them, do not change them.
 */
typedef struct clusctl_plist_reader {
    const unsigned char *data; /**< the list's first byte (in the caller's buffer) */
    size_t size;        /**< the list's size in bytes */
    size_t origin;      /**< the list's offset in the outermost buffer */
    size_t next;        /**< offset in the list of the next property or value */
    size_t end;         /**< offset in the list where the properties or values end */
    uint32_t kind;      /**< #clusctl_plist_kind */
    uint32_t flags;     /**< the flags it was opened with */
    uint32_t depth;     /**< 0 for the outermost list */
    /** Property list: the property count. Value list: the number of values
     *  before the ENDMARK. */
    uint32_t count;
    uint32_t index;     /**< properties or values returned so far */
    /** Property list: 1 when one more ENDMARK follows the last property. */
    uint32_t final_endmark;
    uint32_t reserved[4];          /**< room for later members: 0 */
    const void *reserved_ptr[2];   /**< room for later pointer members: NULL */
} clusctl_plist_reader;

/**
 * @brief One property of a property list: its name, and a cursor over its
 *        values for clusctl_prop_next_value().
 *
 * Caller-allocated: zero it (`= {0}`); written by clusctl_plist_next(). The
 * members ending in `_` are the cursor: do not change them.
 */
typedef struct clusctl_prop {
    /** The name: UTF-16LE, its NUL included, in the caller's buffer. */
    const unsigned char *name;
    uint32_t name_length; /**< its size in bytes (the NAME value's `cbLength`) */
    uint32_t index;       /**< 0-based position in the list */
    uint32_t value_count; /**< how many data values it has */
    uint32_t depth;       /**< the list's nesting depth: 0 for the outermost */
    /** The offset of its NAME value from the start of the outermost buffer. */
    size_t offset;
    const unsigned char *list_; /**< cursor: the list's first byte */
    size_t list_size_;          /**< cursor: the list's size */
    size_t origin_;             /**< cursor: the list's offset in the outermost buffer */
    size_t next_;               /**< cursor: offset in the list of the next value */
    uint32_t flags_;            /**< cursor: the reader's flags */
    uint32_t read_;             /**< cursor: values returned so far */
    uint32_t reserved[4];          /**< room for later members: 0 */
    const void *reserved_ptr[2];   /**< room for later pointer members: NULL */
} clusctl_prop;

/**
 * @brief One value: its syntax and where its data is.
 *
 * Caller-allocated: zero it (`= {0}`); written by clusctl_prop_next_value(),
 * clusctl_vlist_next() and clusctl_plist_find(), read by the getters
 * (clusctl_value_dword(), ...). A hand-made value must describe readable
 * bytes (@p data, @p length); the getters check everything else.
 */
typedef struct clusctl_prop_value {
    uint32_t syntax;  /**< its syntax */
    uint32_t type;    /**< the syntax's type (high 16 bits) */
    uint32_t format;  /**< the syntax's format (low 16 bits) */
    uint32_t length;  /**< `cbLength`: the data's size, without padding */
    const unsigned char *data; /**< the data, in the caller's buffer */
    /** The offset of its syntax word from the start of the outermost buffer. */
    size_t offset;
    uint32_t depth;   /**< the nesting depth of the list that holds it */
    /** The reader's flags: the getters apply the same mode. */
    uint32_t flags;
    uint32_t reserved[4];          /**< room for later members: 0 */
    const void *reserved_ptr[2];   /**< room for later pointer members: NULL */
} clusctl_prop_value;

/**
 * @brief Checks a property list: every rule of the file's table, nested lists
 *        included.
 *
 * @param buffer The list, or NULL with @p size 0 (then `TRUNCATED_COUNT`).
 * @param size Its size in bytes (`BytesReturned`, `cbInBufferSize`).
 * @param flags #CCTL_PLIST_STRICT, #CCTL_PLIST_FROM_CLIENT, or 0.
 * @param[out] error Receives the status, rule and position; may be NULL.
 *        Must not overlap @p buffer.
 * @retval CCTL_ERROR_SUCCESS The list is valid.
 * @retval CCTL_ERROR_INVALID_PARAMETER An unknown flag, @p error's reserved
 *         room is not 0, @p error overlaps @p buffer, or @p size is 4 GiB or
 *         more.
 * @retval CCTL_ERROR_INVALID_USER_BUFFER @p buffer is NULL with a nonzero
 *         @p size.
 * @retval CCTL_ERROR_INVALID_DATA A structural or contents rule (see the
 *         table).
 * @retval CCTL_ERROR_INVALID_NAME A property name rule.
 * @retval CCTL_ERROR_BAD_LENGTH `ODD_LENGTH` or `FIXED_LENGTH`.
 * @retval CCTL_ERROR_NO_UNICODE_TRANSLATION `UNPAIRED_SURROGATE`.
 */
CCTL_API clusctl_status clusctl_plist_validate(const void *buffer, size_t size,
                                               uint32_t flags, clusctl_plist_error *error);

/**
 * @brief Checks a value list: values, then an ENDMARK, then nothing.
 *
 * Parameters and statuses as clusctl_plist_validate() (`TRUNCATED_COUNT`,
 * the count and the name rules never apply; an empty buffer is
 * `MISSING_ENDMARK`). NAME values may be among the values (as in
 * `CLUSCTL_RESOURCE_GET_REQUIRED_DEPENDENCIES`); they are read as SZ.
 *
 * @param buffer The list, or NULL with @p size 0.
 * @param size Its size in bytes.
 * @param flags #CCTL_PLIST_STRICT, #CCTL_PLIST_FROM_CLIENT, or 0.
 * @param[out] error Receives the status, rule and position; may be NULL.
 * @retval CCTL_ERROR_SUCCESS The list is valid.
 * @retval CCTL_ERROR_INVALID_PARAMETER As clusctl_plist_validate().
 * @retval CCTL_ERROR_INVALID_USER_BUFFER @p buffer is NULL with a nonzero
 *         @p size.
 * @retval CCTL_ERROR_INVALID_DATA A structural or contents rule.
 * @retval CCTL_ERROR_BAD_LENGTH `ODD_LENGTH` or `FIXED_LENGTH`.
 * @retval CCTL_ERROR_NO_UNICODE_TRANSLATION `UNPAIRED_SURROGATE`.
 */
CCTL_API clusctl_status clusctl_vlist_validate(const void *buffer, size_t size,
                                               uint32_t flags, clusctl_plist_error *error);

/**
 * @brief Validates a property list (clusctl_plist_validate()) and opens a
 *        reader over it. Nothing is copied: the reader points into @p buffer,
 *        which must stay unchanged while it is read.
 *
 * @param[out] reader Receives the reader (zeroed by the caller before).
 *        Must not overlap @p buffer or @p error.
 * @param buffer The list, or NULL with @p size 0.
 * @param size Its size in bytes.
 * @param flags #CCTL_PLIST_STRICT, #CCTL_PLIST_FROM_CLIENT, or 0.
 * @param[out] error Receives the status, rule and position; may be NULL.
 * @retval CCTL_ERROR_SUCCESS Opened: call clusctl_plist_next().
 * @retval CCTL_ERROR_INVALID_PARAMETER @p reader is NULL, a reserved room
 *         is not 0, an unknown flag, or overlapping arguments.
 * @retval CCTL_ERROR_INVALID_USER_BUFFER @p buffer is NULL with a nonzero
 *         @p size.
 * @retval other The list's status, as clusctl_plist_validate(); @p reader
 *         is left untouched.
 */
CCTL_API clusctl_status clusctl_plist_open(clusctl_plist_reader *reader, const void *buffer,
                                           size_t size, uint32_t flags,
                                           clusctl_plist_error *error);

/**
 * @brief Validates a value list (clusctl_vlist_validate()) and opens a reader
 *        over it, as clusctl_plist_open() does.
 *
 * @param[out] reader Receives the reader. Must not overlap @p buffer or
 *        @p error.
 * @param buffer The list, or NULL with @p size 0.
 * @param size Its size in bytes.
 * @param flags #CCTL_PLIST_STRICT, #CCTL_PLIST_FROM_CLIENT, or 0.
 * @param[out] error Receives the status, rule and position; may be NULL.
 * @retval CCTL_ERROR_SUCCESS Opened: call clusctl_vlist_next().
 * @retval CCTL_ERROR_INVALID_PARAMETER As clusctl_plist_open().
 * @retval CCTL_ERROR_INVALID_USER_BUFFER @p buffer is NULL with a nonzero
 *         @p size.
 * @retval other The list's status, as clusctl_vlist_validate().
 */
CCTL_API clusctl_status clusctl_vlist_open(clusctl_plist_reader *reader, const void *buffer,
                                           size_t size, uint32_t flags,
                                           clusctl_plist_error *error);

/**
 * @brief The next property of a property list.
 *
 * @param reader A property-list reader.
 * @param[out] prop Receives the property and a cursor over its values. Must
 *        not overlap @p reader or the list.
 * @retval CCTL_ERROR_SUCCESS @p prop holds the next property.
 * @retval CCTL_ERROR_NO_MORE_ITEMS Every property has been returned.
 * @retval CCTL_ERROR_INVALID_PARAMETER @p reader or @p prop is NULL, a
 *         reserved room is not 0, @p reader is not a property-list reader
 *         or was changed, or overlapping arguments.
 * @retval other The list changed since it was opened (its rule's status).
 */
CCTL_API clusctl_status clusctl_plist_next(clusctl_plist_reader *reader, clusctl_prop *prop);

/**
 * @brief The next data value of a property.
 *
 * @param prop A property from clusctl_plist_next() (its cursor advances).
 * @param[out] value Receives the value. Must not overlap @p prop or the list.
 * @retval CCTL_ERROR_SUCCESS @p value holds the next value.
 * @retval CCTL_ERROR_NO_MORE_ITEMS Every value has been returned.
 * @retval CCTL_ERROR_INVALID_PARAMETER @p prop or @p value is NULL, a
 *         reserved room is not 0, the cursor was changed, or overlapping
 *         arguments.
 * @retval other The list changed since it was opened (its rule's status).
 */
CCTL_API clusctl_status clusctl_prop_next_value(clusctl_prop *prop, clusctl_prop_value *value);

/**
 * @brief The next value of a value list.
 *
 * @param reader A value-list reader.
 * @param[out] value Receives the value. Must not overlap @p reader or the
 *        list.
 * @retval CCTL_ERROR_SUCCESS @p value holds the next value.
 * @retval CCTL_ERROR_NO_MORE_ITEMS Every value has been returned.
 * @retval CCTL_ERROR_INVALID_PARAMETER @p reader or @p value is NULL, a
 *         reserved room is not 0, @p reader is not a value-list reader or
 *         was changed, or overlapping arguments.
 * @retval other The list changed since it was opened (its rule's status).
 */
CCTL_API clusctl_status clusctl_vlist_next(clusctl_plist_reader *reader,
                                           clusctl_prop_value *value);

/**
 * @brief A property's name as UTF-8, with the size-query convention of
 *        buffer.h.
 *
 * @param prop A property from clusctl_plist_next().
 * @param[out] out Receives the name and its NUL; NULL with @p out_size 0
 *        asks for the size only. Must not overlap the name's bytes.
 * @param out_size Room in @p out, in bytes.
 * @param[out] needed Receives the bytes needed, NUL included, on success,
 *        `CCTL_ERROR_MORE_DATA` and `CCTL_ERROR_INSUFFICIENT_BUFFER`; may be
 *        NULL. Must not overlap @p out.
 * @retval CCTL_ERROR_SUCCESS Written.
 * @retval CCTL_ERROR_MORE_DATA Size query: *needed holds the size.
 * @retval CCTL_ERROR_INSUFFICIENT_BUFFER @p out_size is too small: nothing
 *         written.
 * @retval CCTL_ERROR_INVALID_PARAMETER @p prop is NULL, its reserved room is
 *         not 0, @p out is NULL with a nonzero @p out_size, or overlapping
 *         arguments.
 * @retval CCTL_ERROR_INVALID_NAME The name is not a valid name (a changed
 *         buffer or a hand-made @p prop).
 * @retval CCTL_ERROR_BAD_LENGTH Its length is odd.
 * @retval CCTL_ERROR_NO_UNICODE_TRANSLATION An unpaired surrogate.
 * @retval CCTL_ERROR_ARITHMETIC_OVERFLOW The UTF-8 size does not fit in a
 *         `size_t` (only possible on a 32-bit host, for a name of more than
 *         a third of its address space).
 */
CCTL_API clusctl_status clusctl_prop_name(const clusctl_prop *prop, char *out,
                                          size_t out_size, size_t *needed);

/**
 * @brief Whether a property has a name, compared as ResUtil's find functions
 *        do without regard to case: here ASCII letters only, every other
 *        character exactly.
 * @param prop A property from clusctl_plist_next().
 * @param name A NUL-terminated UTF-8 name.
 * @return 1 when the names are equal; 0 when not, or when an argument is
 *         NULL, not valid UTF-8, or @p prop's name is not valid.
 */
CCTL_API int clusctl_prop_name_equal(const clusctl_prop *prop, const char *name);

/**
 * @brief Finds a property by name in a property list and gives its first
 *        value, as ResUtil's `ResUtilFind*Property` functions do.
 *
 * The whole list is validated first (clusctl_plist_validate()); the first
 * property whose name equals @p name (clusctl_prop_name_equal()) is used.
 *
 * @param buffer The list, or NULL with @p size 0.
 * @param size Its size in bytes.
 * @param flags #CCTL_PLIST_STRICT, #CCTL_PLIST_FROM_CLIENT, or 0.
 * @param name A NUL-terminated UTF-8 name.
 * @param format The format the value must have (#clusctl_prop_format), or
 *        #CCTL_PROP_FORMAT_ANY.
 * @param[out] value Receives the first value (may be NULL). Must not overlap
 *        @p buffer, @p name or @p error.
 * @param[out] error Receives the status, rule and position (`NOT_FOUND`:
 *        offset at the end of the properties; `NO_VALUE`: the property's
 *        ENDMARK; success and `FORMAT_MISMATCH`: the property's index);
 *        may be NULL.
 * @retval CCTL_ERROR_SUCCESS Found, with the format asked for.
 * @retval CCTL_ERROR_FILE_NOT_FOUND No property has that name (ResUtil's
 *         status); rule `NOT_FOUND`.
 * @retval CCTL_ERROR_INVALID_DATA The first value's format is not
 *         @p format (ResUtil's status; rule `FORMAT_MISMATCH`, @p value
 *         still written), the property has no value (rule `NO_VALUE`), or
 *         the list is malformed.
 * @retval CCTL_ERROR_INVALID_PARAMETER @p name is NULL or not valid UTF-8,
 *         @p format is over 0xFFFF (and not #CCTL_PROP_FORMAT_ANY), an
 *         unknown flag, a reserved room is not 0, or overlapping arguments.
 * @retval CCTL_ERROR_INVALID_USER_BUFFER @p buffer is NULL with a nonzero
 *         @p size.
 * @retval other The list's status, as clusctl_plist_validate().
 */
CCTL_API clusctl_status clusctl_plist_find(const void *buffer, size_t size, uint32_t flags,
                                           const char *name, uint32_t format,
                                           clusctl_prop_value *value,
                                           clusctl_plist_error *error);

/**
 * @brief Finds a DWORD property by name: `ResUtilFindDwordProperty`, in the
 *        default mode.
 *
 * @param buffer The list, or NULL with @p size 0.
 * @param size Its size in bytes.
 * @param name A NUL-terminated UTF-8 name, compared as
 *        clusctl_prop_name_equal() does.
 * @param[out] value Receives the number. Written last: may overlap anything.
 * @retval CCTL_ERROR_SUCCESS Found.
 * @retval CCTL_ERROR_FILE_NOT_FOUND No property has that name.
 * @retval CCTL_ERROR_INVALID_DATA The value is not a DWORD, or the list is
 *         malformed.
 * @retval CCTL_ERROR_INVALID_PARAMETER @p name or @p value is NULL, or
 *         @p name is not valid UTF-8.
 * @retval CCTL_ERROR_INVALID_USER_BUFFER @p buffer is NULL with a nonzero
 *         @p size.
 * @retval other The list's status, as clusctl_plist_validate().
 */
CCTL_API clusctl_status clusctl_plist_find_dword(const void *buffer, size_t size,
                                                 const char *name, uint32_t *value);

/* ---- Typed getters -------------------------------------------------------- */

/**
 * @brief The number of a WORD value (format WORD, `cbLength` 2).
 * @param value A value.
 * @param[out] out Receives the number; written after the value is read.
 * @retval CCTL_ERROR_SUCCESS Written.
 * @retval CCTL_ERROR_INVALID_DATA The format is not WORD (ResUtil's status
 *         for a wrong format).
 * @retval CCTL_ERROR_BAD_LENGTH `cbLength` is not 2.
 * @retval CCTL_ERROR_INVALID_PARAMETER An argument is NULL, or @p value's
 *         reserved room is not 0.
 */
CCTL_API clusctl_status clusctl_value_word(const clusctl_prop_value *value, uint16_t *out);

/**
 * @brief The number of a DWORD value (format DWORD, `cbLength` 4: also
 *        RESCLASS, DISK_SIGNATURE, SCSI_ADDRESS, DISK_NUMBER).
 * @param value A value.
 * @param[out] out Receives the number; written after the value is read.
 * @retval CCTL_ERROR_SUCCESS Written.
 * @retval CCTL_ERROR_INVALID_DATA The format is not DWORD.
 * @retval CCTL_ERROR_BAD_LENGTH `cbLength` is not 4.
 * @retval CCTL_ERROR_INVALID_PARAMETER An argument is NULL, or @p value's
 *         reserved room is not 0.
 */
CCTL_API clusctl_status clusctl_value_dword(const clusctl_prop_value *value, uint32_t *out);

/**
 * @brief The number of a LONG value (format LONG, `cbLength` 4).
 * @param value A value.
 * @param[out] out Receives the number; written after the value is read.
 * @retval CCTL_ERROR_SUCCESS Written.
 * @retval CCTL_ERROR_INVALID_DATA The format is not LONG.
 * @retval CCTL_ERROR_BAD_LENGTH `cbLength` is not 4.
 * @retval CCTL_ERROR_INVALID_PARAMETER An argument is NULL, or @p value's
 *         reserved room is not 0.
 */
CCTL_API clusctl_status clusctl_value_long(const clusctl_prop_value *value, int32_t *out);

/**
 * @brief The number of a LARGE_INTEGER value (format LARGE_INTEGER,
 *        `cbLength` 8), read byte by byte whatever its alignment.
 * @param value A value.
 * @param[out] out Receives the number; written after the value is read.
 * @retval CCTL_ERROR_SUCCESS Written.
 * @retval CCTL_ERROR_INVALID_DATA The format is not LARGE_INTEGER.
 * @retval CCTL_ERROR_BAD_LENGTH `cbLength` is not 8.
 * @retval CCTL_ERROR_INVALID_PARAMETER An argument is NULL, or @p value's
 *         reserved room is not 0.
 */
CCTL_API clusctl_status clusctl_value_large_integer(const clusctl_prop_value *value,
                                                    int64_t *out);

/**
 * @brief The number of a ULARGE_INTEGER value (format ULARGE_INTEGER,
 *        `cbLength` 8: also DISK_SIZE), read byte by byte.
 * @param value A value.
 * @param[out] out Receives the number; written after the value is read.
 * @retval CCTL_ERROR_SUCCESS Written.
 * @retval CCTL_ERROR_INVALID_DATA The format is not ULARGE_INTEGER.
 * @retval CCTL_ERROR_BAD_LENGTH `cbLength` is not 8.
 * @retval CCTL_ERROR_INVALID_PARAMETER An argument is NULL, or @p value's
 *         reserved room is not 0.
 */
CCTL_API clusctl_status clusctl_value_ularge_integer(const clusctl_prop_value *value,
                                                     uint64_t *out);

/**
 * @brief A FILETIME value (format FILETIME, `cbLength` 8) as one 64-bit
 *        number: `dwLowDateTime | (dwHighDateTime << 32)`, 100 ns units
 *        since 1601-01-01 UTC.
 * @param value A value.
 * @param[out] out Receives the number; written after the value is read.
 * @retval CCTL_ERROR_SUCCESS Written.
 * @retval CCTL_ERROR_INVALID_DATA The format is not FILETIME.
 * @retval CCTL_ERROR_BAD_LENGTH `cbLength` is not 8.
 * @retval CCTL_ERROR_INVALID_PARAMETER An argument is NULL, or @p value's
 *         reserved room is not 0.
 */
CCTL_API clusctl_status clusctl_value_filetime(const clusctl_prop_value *value, uint64_t *out);

/**
 * @brief A string value (format SZ, EXPAND_SZ or EXPANDED_SZ: also NAME,
 *        DISK_SERIALNUMBER, DISK_GUID) as UTF-8, with the size-query
 *        convention of buffer.h.
 *
 * The string's rules are checked again in the value's mode
 * (clusctl_prop_value::flags): in the default mode `cbLength` 0 is `""`.
 *
 * @param value A value.
 * @param[out] out Receives the string and its NUL; NULL with @p out_size 0
 *        asks for the size only. Must not overlap the value's data.
 * @param out_size Room in @p out, in bytes.
 * @param[out] needed Receives the bytes needed, NUL included, on success,
 *        `CCTL_ERROR_MORE_DATA` and `CCTL_ERROR_INSUFFICIENT_BUFFER`; may be
 *        NULL. Must not overlap @p out.
 * @retval CCTL_ERROR_SUCCESS Written.
 * @retval CCTL_ERROR_MORE_DATA Size query: *needed holds the size.
 * @retval CCTL_ERROR_INSUFFICIENT_BUFFER @p out_size is too small: nothing
 *         written.
 * @retval CCTL_ERROR_INVALID_DATA The format is not a string's, or the
 *         string is not NUL-terminated or has data after its NUL.
 * @retval CCTL_ERROR_BAD_LENGTH `cbLength` is odd.
 * @retval CCTL_ERROR_NO_UNICODE_TRANSLATION An unpaired surrogate.
 * @retval CCTL_ERROR_ARITHMETIC_OVERFLOW The UTF-8 size does not fit in a
 *         `size_t` (32-bit hosts, strings of more than a third of memory).
 * @retval CCTL_ERROR_INVALID_PARAMETER @p value is NULL, its reserved room
 *         is not 0, its members disagree (`type`, `format` and `syntax`),
 *         @p out is NULL with a nonzero @p out_size, or overlapping
 *         arguments.
 */
CCTL_API clusctl_status clusctl_value_string(const clusctl_prop_value *value, char *out,
                                             size_t out_size, size_t *needed);

/**
 * @brief The next string of a MULTI_SZ value as UTF-8, with the size-query
 *        convention of buffer.h.
 *
 * @p cursor is a byte offset into the value's data: start at 0; each
 * success moves it to the next string. On any other status it stays, so a
 * call can be repeated with more room. Each call checks the string it reads
 * (and, at the end, the MULTI_SZ's end) in the value's mode.
 *
 * @param value A value of format MULTI_SZ.
 * @param[in,out] cursor Where the next string starts.
 * @param[out] out Receives the string and its NUL; NULL with @p out_size 0
 *        asks for the size only. Must not overlap the value's data or
 *        @p cursor.
 * @param out_size Room in @p out, in bytes.
 * @param[out] needed Receives the bytes needed, NUL included, on success,
 *        `CCTL_ERROR_MORE_DATA` and `CCTL_ERROR_INSUFFICIENT_BUFFER`; may be
 *        NULL. Must not overlap @p out or @p cursor.
 * @retval CCTL_ERROR_SUCCESS Written; *cursor advanced.
 * @retval CCTL_ERROR_NO_MORE_ITEMS No more strings.
 * @retval CCTL_ERROR_MORE_DATA Size query: *needed holds the size.
 * @retval CCTL_ERROR_INSUFFICIENT_BUFFER @p out_size is too small: nothing
 *         written.
 * @retval CCTL_ERROR_INVALID_DATA The format is not MULTI_SZ, or a MULTI_SZ
 *         rule is broken.
 * @retval CCTL_ERROR_BAD_LENGTH `cbLength` is odd.
 * @retval CCTL_ERROR_NO_UNICODE_TRANSLATION An unpaired surrogate.
 * @retval CCTL_ERROR_ARITHMETIC_OVERFLOW The UTF-8 size does not fit in a
 *         `size_t` (32-bit hosts only).
 * @retval CCTL_ERROR_INVALID_PARAMETER @p value or @p cursor is NULL, the
 *         reserved room is not 0, *cursor is odd or past the data, @p out is
 *         NULL with a nonzero @p out_size, or overlapping arguments.
 */
CCTL_API clusctl_status clusctl_value_multi_sz_next(const clusctl_prop_value *value,
                                                    size_t *cursor, char *out,
                                                    size_t out_size, size_t *needed);

/**
 * @brief The bytes of a BINARY or SECURITY_DESCRIPTOR value (also
 *        PARTITION_INFO, ... of format BINARY): zero-copy.
 * @param value A value.
 * @param[out] data Receives a pointer to the data, in the caller's buffer.
 *        May overlap @p value: it is read in full first.
 * @param[out] size Receives `cbLength`. Must not overlap @p data.
 * @retval CCTL_ERROR_SUCCESS Written.
 * @retval CCTL_ERROR_INVALID_DATA The format is neither.
 * @retval CCTL_ERROR_INVALID_PARAMETER An argument is NULL, the reserved room
 *         is not 0, or @p data and @p size overlap.
 */
CCTL_API clusctl_status clusctl_value_bytes(const clusctl_prop_value *value,
                                            const unsigned char **data, size_t *size);

/**
 * @brief Opens a reader over the property list nested in a PROPERTY_LIST
 *        value (validated again in the value's mode, one level deeper).
 * @param value A value of format PROPERTY_LIST.
 * @param[out] reader Receives the reader; offsets stay those of the
 *        outermost buffer. Must not overlap the value's data or @p error.
 * @param[out] error Receives the status, rule and position; may be NULL.
 * @retval CCTL_ERROR_SUCCESS Opened.
 * @retval CCTL_ERROR_INVALID_DATA The format is not PROPERTY_LIST, the
 *         value is #CCTL_PLIST_DEPTH_MAX deep already (`NESTING_TOO_DEEP`),
 *         or the nested list is malformed.
 * @retval CCTL_ERROR_INVALID_PARAMETER An argument is NULL, a reserved room
 *         is not 0, or overlapping arguments.
 * @retval other The nested list's status, as clusctl_plist_validate().
 */
CCTL_API clusctl_status clusctl_value_plist(const clusctl_prop_value *value,
                                            clusctl_plist_reader *reader,
                                            clusctl_plist_error *error);

/**
 * @brief Opens a reader over the value list nested in a VALUE_LIST value, as
 *        clusctl_value_plist() does.
 * @param value A value of format VALUE_LIST.
 * @param[out] reader Receives the reader. Must not overlap the value's data
 *        or @p error.
 * @param[out] error Receives the status, rule and position; may be NULL.
 * @retval CCTL_ERROR_SUCCESS Opened.
 * @retval CCTL_ERROR_INVALID_DATA The format is not VALUE_LIST, the nesting
 *         is too deep, or the nested list is malformed.
 * @retval CCTL_ERROR_INVALID_PARAMETER An argument is NULL, a reserved room
 *         is not 0, or overlapping arguments.
 * @retval other The nested list's status, as clusctl_vlist_validate().
 */
CCTL_API clusctl_status clusctl_value_vlist(const clusctl_prop_value *value,
                                            clusctl_plist_reader *reader,
                                            clusctl_plist_error *error);

/* ---- The writer ---------------------------------------------------------- */

/** @brief One open list of a writer: its internal state (do not change). */
typedef struct clusctl_plist_level {
    size_t start;     /**< offset of the list's first byte */
    uint32_t kind;    /**< #clusctl_plist_kind */
    uint32_t count;   /**< properties ended (property list) or values (value list) */
    uint32_t open;    /**< property list: 1 while a property is open */
    uint32_t values;  /**< property list: values of the open property */
    uint32_t last_format; /**< the format of the value written last in it */
    uint32_t reserved[1]; /**< room for later members: 0 */
} clusctl_plist_level;

/**
 * @brief A writer of a property list or value list into a caller's buffer.
 *
 * Caller-allocated: zero it (`= {0}`), then clusctl_plist_write_begin() or
 * clusctl_vlist_write_begin(). It keeps counting when the buffer is full,
 * so one pass gives the size needed: clusctl_plist_write_end() returns
 * `CCTL_ERROR_MORE_DATA` with it (the convention of `ResourceControl` and
 * `ResUtilPropertyListFromParameterBlock`). Bytes are written only while
 * everything so far has fit, never past the buffer's size.
 *
 * Errors are sticky: the first one is kept in @p status, every later call
 * returns it, and so does clusctl_plist_write_end(). The output is canonical:
 * zero padding, exact string lengths, the count right.
 */
typedef struct clusctl_plist_writer {
    unsigned char *buffer; /**< the output buffer, or NULL for a size query */
    size_t size;           /**< its size */
    size_t length;         /**< the list's bytes so far, written or counted */
    uint32_t status;       /**< the first error, sticky; 0 while none */
    uint32_t rule;         /**< the rule a refused value broke, else 0 */
    uint32_t flags;        /**< the flags it was begun with */
    uint32_t depth;        /**< nested lists open inside the outermost one */
    uint32_t fits;         /**< 1 while everything so far has fit */
    uint32_t done;         /**< 1 after clusctl_plist_write_end() */
    /** The open lists, outermost first (internal state). */
    clusctl_plist_level levels[CCTL_PLIST_DEPTH_MAX + 1];
    uint32_t reserved[4];          /**< room for later members: 0 */
    const void *reserved_ptr[2];   /**< room for later pointer members: NULL */
} clusctl_plist_writer;

/**
 * @brief Begins a property list: the count, then properties.
 *
 * @param[out] writer The writer, zeroed by the caller. Must not overlap
 *        @p buffer.
 * @param buffer The output buffer; NULL with @p size 0 asks for the size.
 * @param size Its size in bytes.
 * @param flags #CCTL_PLIST_STRICT, #CCTL_PLIST_FROM_CLIENT,
 *        #CCTL_PLIST_NO_FINAL_ENDMARK, or 0.
 * @retval CCTL_ERROR_SUCCESS Begun.
 * @retval CCTL_ERROR_INVALID_PARAMETER @p writer is NULL, its reserved room
 *         is not 0, @p buffer is NULL with a nonzero @p size, an unknown
 *         flag, or @p writer overlaps @p buffer.
 */
CCTL_API clusctl_status clusctl_plist_write_begin(clusctl_plist_writer *writer, void *buffer,
                                                  size_t size, uint32_t flags);

/**
 * @brief Begins a value list: values, then (at the end) an ENDMARK.
 *
 * @param[out] writer The writer, zeroed by the caller. Must not overlap
 *        @p buffer.
 * @param buffer The output buffer; NULL with @p size 0 asks for the size.
 * @param size Its size in bytes.
 * @param flags #CCTL_PLIST_STRICT, #CCTL_PLIST_FROM_CLIENT, or 0.
 * @retval CCTL_ERROR_SUCCESS Begun.
 * @retval CCTL_ERROR_INVALID_PARAMETER As clusctl_plist_write_begin().
 */
CCTL_API clusctl_status clusctl_vlist_write_begin(clusctl_plist_writer *writer, void *buffer,
                                                  size_t size, uint32_t flags);

/**
 * @brief Begins a property: writes its NAME value. Values follow, then
 *        clusctl_plist_write_property_end().
 *
 * @param writer A writer whose innermost open list is a property list with
 *        no open property.
 * @param name The name, NUL-terminated UTF-8, not empty. Must not overlap
 *        the buffer or @p writer.
 * @retval CCTL_ERROR_SUCCESS Written or counted.
 * @retval CCTL_ERROR_INVALID_PARAMETER An argument is NULL, the reserved
 *         room is not 0, @p name overlaps, or the call is out of order (a
 *         value list, a property open, after the end).
 * @retval CCTL_ERROR_INVALID_NAME @p name is empty.
 * @retval CCTL_ERROR_NO_UNICODE_TRANSLATION @p name is not valid UTF-8.
 * @retval CCTL_ERROR_ARITHMETIC_OVERFLOW The list would exceed 4 GiB - 1.
 * @retval other An earlier error (sticky).
 */
CCTL_API clusctl_status clusctl_plist_write_property(clusctl_plist_writer *writer,
                                                     const char *name);

/**
 * @brief Ends the open property: writes its ENDMARK and counts it.
 * @param writer A writer with an open property that has at least one value.
 * @retval CCTL_ERROR_SUCCESS Written or counted.
 * @retval CCTL_ERROR_INVALID_PARAMETER @p writer is NULL, its reserved room
 *         is not 0, or no property is open.
 * @retval CCTL_ERROR_INVALID_DATA The property has no value (MS-CMRP: one or
 *         more; rule `NO_VALUE`).
 * @retval CCTL_ERROR_ARITHMETIC_OVERFLOW The list would exceed 4 GiB - 1.
 * @retval other An earlier error (sticky).
 */
CCTL_API clusctl_status clusctl_plist_write_property_end(clusctl_plist_writer *writer);

/**
 * @brief Writes a value of any syntax from its data, checked as the reader
 *        checks it (strict string rules always; #CCTL_PLIST_STRICT:
 *        named syntaxes only) and padded with zeros.
 *
 * Where values go: into the open property of a property list, or into a
 * value list. The same holds for every `clusctl_plist_write_*` value
 * function below, and so do these rules of a value's place, each refused
 * with `CCTL_ERROR_INVALID_DATA` and its rule in the writer's `rule`: with
 * #CCTL_PLIST_FROM_CLIENT, no EXPANDED_SZ (`EXPANDED_SZ_FROM_CLIENT`); with
 * #CCTL_PLIST_STRICT, at most #CCTL_PLIST_STRICT_VALUES_MAX values in a
 * property (`TOO_MANY_VALUES`), an EXPANDED_SZ only right after an
 * EXPAND_SZ (`EXPANDED_SZ_ALONE`), and named syntaxes only
 * (`UNKNOWN_SYNTAX`). "A rule of its place" below means these.
 *
 * @param writer The writer.
 * @param syntax Any syntax but ENDMARK (0), and NAME in a property list.
 *        A PROPERTY_LIST or VALUE_LIST value's data is validated as a
 *        nested list.
 * @param data The data, or NULL with @p length 0. Must not overlap the
 *        buffer or @p writer.
 * @param length Its size in bytes (`cbLength`).
 * @retval CCTL_ERROR_SUCCESS Written or counted.
 * @retval CCTL_ERROR_INVALID_PARAMETER An argument is NULL, the reserved room
 *         is not 0, @p data overlaps, @p syntax is not allowed, or the call
 *         is out of order (no open property, after the end).
 * @retval CCTL_ERROR_ARITHMETIC_OVERFLOW The list would exceed 4 GiB - 1.
 * @retval other The data breaks a rule of the reader or of its place (the
 *         rule's status; @p writer's `rule` says which), or an earlier error
 *         (sticky).
 */
CCTL_API clusctl_status clusctl_plist_write_value(clusctl_plist_writer *writer,
                                                  uint32_t syntax, const void *data,
                                                  size_t length);

/**
 * @brief Writes a WORD value.
 * @param writer The writer.
 * @param syntax A syntax of format WORD, or 0 for LIST_VALUE_WORD.
 * @param number The number.
 * @retval CCTL_ERROR_SUCCESS Written or counted.
 * @retval CCTL_ERROR_INVALID_PARAMETER As clusctl_plist_write_value(), or
 *         @p syntax's format is not WORD.
 * @retval CCTL_ERROR_ARITHMETIC_OVERFLOW The list would exceed 4 GiB - 1.
 * @retval other An earlier error (sticky), or a rule of its place.
 */
CCTL_API clusctl_status clusctl_plist_write_word(clusctl_plist_writer *writer,
                                                 uint32_t syntax, uint16_t number);

/**
 * @brief Writes a DWORD value.
 * @param writer The writer.
 * @param syntax A syntax of format DWORD (LIST_VALUE_DWORD, DISK_SIGNATURE,
 *        RESCLASS, ...), or 0 for LIST_VALUE_DWORD.
 * @param number The number.
 * @retval CCTL_ERROR_SUCCESS Written or counted.
 * @retval CCTL_ERROR_INVALID_PARAMETER As clusctl_plist_write_value(), or
 *         @p syntax's format is not DWORD.
 * @retval CCTL_ERROR_ARITHMETIC_OVERFLOW The list would exceed 4 GiB - 1.
 * @retval other An earlier error (sticky), or a rule of its place.
 */
CCTL_API clusctl_status clusctl_plist_write_dword(clusctl_plist_writer *writer,
                                                  uint32_t syntax, uint32_t number);

/**
 * @brief Writes a LONG value.
 * @param writer The writer.
 * @param syntax A syntax of format LONG, or 0 for LIST_VALUE_LONG.
 * @param number The number.
 * @retval CCTL_ERROR_SUCCESS Written or counted.
 * @retval CCTL_ERROR_INVALID_PARAMETER As clusctl_plist_write_value(), or
 *         @p syntax's format is not LONG.
 * @retval CCTL_ERROR_ARITHMETIC_OVERFLOW The list would exceed 4 GiB - 1.
 * @retval other An earlier error (sticky), or a rule of its place.
 */
CCTL_API clusctl_status clusctl_plist_write_long(clusctl_plist_writer *writer,
                                                 uint32_t syntax, int32_t number);

/**
 * @brief Writes a LARGE_INTEGER value.
 * @param writer The writer.
 * @param syntax A syntax of format LARGE_INTEGER, or 0 for
 *        LIST_VALUE_LARGE_INTEGER.
 * @param number The number.
 * @retval CCTL_ERROR_SUCCESS Written or counted.
 * @retval CCTL_ERROR_INVALID_PARAMETER As clusctl_plist_write_value(), or
 *         @p syntax's format is not LARGE_INTEGER.
 * @retval CCTL_ERROR_ARITHMETIC_OVERFLOW The list would exceed 4 GiB - 1.
 * @retval other An earlier error (sticky), or a rule of its place.
 */
CCTL_API clusctl_status clusctl_plist_write_large_integer(clusctl_plist_writer *writer,
                                                          uint32_t syntax, int64_t number);

/**
 * @brief Writes a ULARGE_INTEGER value.
 * @param writer The writer.
 * @param syntax A syntax of format ULARGE_INTEGER (LIST_VALUE_ULARGE_INTEGER,
 *        DISK_SIZE), or 0 for LIST_VALUE_ULARGE_INTEGER.
 * @param number The number.
 * @retval CCTL_ERROR_SUCCESS Written or counted.
 * @retval CCTL_ERROR_INVALID_PARAMETER As clusctl_plist_write_value(), or
 *         @p syntax's format is not ULARGE_INTEGER.
 * @retval CCTL_ERROR_ARITHMETIC_OVERFLOW The list would exceed 4 GiB - 1.
 * @retval other An earlier error (sticky), or a rule of its place.
 */
CCTL_API clusctl_status clusctl_plist_write_ularge_integer(clusctl_plist_writer *writer,
                                                           uint32_t syntax, uint64_t number);

/**
 * @brief Writes a FILETIME value from one 64-bit number (see
 *        clusctl_value_filetime()).
 * @param writer The writer.
 * @param syntax A syntax of format FILETIME, or 0 for LIST_VALUE_FILETIME.
 * @param number 100 ns units since 1601-01-01 UTC.
 * @retval CCTL_ERROR_SUCCESS Written or counted.
 * @retval CCTL_ERROR_INVALID_PARAMETER As clusctl_plist_write_value(), or
 *         @p syntax's format is not FILETIME.
 * @retval CCTL_ERROR_ARITHMETIC_OVERFLOW The list would exceed 4 GiB - 1.
 * @retval other An earlier error (sticky), or a rule of its place.
 */
CCTL_API clusctl_status clusctl_plist_write_filetime(clusctl_plist_writer *writer,
                                                     uint32_t syntax, uint64_t number);

/**
 * @brief Writes a string value from UTF-8: UTF-16LE and its NUL.
 * @param writer The writer.
 * @param syntax A syntax of format SZ, EXPAND_SZ or EXPANDED_SZ (NAME only
 *        in a value list), or 0 for LIST_VALUE_SZ.
 * @param text NUL-terminated UTF-8 (may be empty). Must not overlap the
 *        buffer or @p writer.
 * @retval CCTL_ERROR_SUCCESS Written or counted.
 * @retval CCTL_ERROR_INVALID_PARAMETER As clusctl_plist_write_value(), or
 *         @p syntax's format is not a string's.
 * @retval CCTL_ERROR_NO_UNICODE_TRANSLATION @p text is not valid UTF-8.
 * @retval CCTL_ERROR_ARITHMETIC_OVERFLOW The list would exceed 4 GiB - 1.
 * @retval other An earlier error (sticky), or a rule of its place.
 */
CCTL_API clusctl_status clusctl_plist_write_string(clusctl_plist_writer *writer,
                                                   uint32_t syntax, const char *text);

/**
 * @brief Writes a MULTI_SZ value from UTF-8 strings: each string and its NUL,
 *        then one more NUL (zero strings: one NUL, `cbLength` 2).
 * @param writer The writer.
 * @param syntax A syntax of format MULTI_SZ, or 0 for LIST_VALUE_MULTI_SZ.
 * @param strings @p count NUL-terminated UTF-8 strings, none empty; may be
 *        NULL when @p count is 0. Neither the array nor the strings may
 *        overlap the buffer or @p writer.
 * @param count How many.
 * @retval CCTL_ERROR_SUCCESS Written or counted.
 * @retval CCTL_ERROR_INVALID_PARAMETER As clusctl_plist_write_value(), a
 *         string is NULL or empty, or @p syntax's format is not MULTI_SZ.
 * @retval CCTL_ERROR_NO_UNICODE_TRANSLATION A string is not valid UTF-8.
 * @retval CCTL_ERROR_ARITHMETIC_OVERFLOW The list would exceed 4 GiB - 1.
 * @retval other An earlier error (sticky), or a rule of its place.
 */
CCTL_API clusctl_status clusctl_plist_write_multi_sz(clusctl_plist_writer *writer,
                                                     uint32_t syntax,
                                                     const char *const *strings,
                                                     size_t count);

/**
 * @brief Writes a BINARY or SECURITY_DESCRIPTOR value.
 * @param writer The writer.
 * @param syntax A syntax of format BINARY or SECURITY_DESCRIPTOR, or 0 for
 *        LIST_VALUE_BINARY.
 * @param data The bytes, or NULL with @p length 0. Must not overlap the
 *        buffer or @p writer.
 * @param length How many.
 * @retval CCTL_ERROR_SUCCESS Written or counted.
 * @retval CCTL_ERROR_INVALID_PARAMETER As clusctl_plist_write_value(), or
 *         @p syntax's format is neither.
 * @retval CCTL_ERROR_ARITHMETIC_OVERFLOW The list would exceed 4 GiB - 1.
 * @retval other An earlier error (sticky), or a rule of its place.
 */
CCTL_API clusctl_status clusctl_plist_write_bytes(clusctl_plist_writer *writer,
                                                  uint32_t syntax, const void *data,
                                                  size_t length);

/**
 * @brief Begins a nested list as the next value: a property list or a value
 *        list, written in place until clusctl_plist_write_list_end().
 * @param writer The writer.
 * @param syntax A syntax of format PROPERTY_LIST (LIST_VALUE_PROPERTY_LIST)
 *        or VALUE_LIST.
 * @retval CCTL_ERROR_SUCCESS Begun.
 * @retval CCTL_ERROR_INVALID_PARAMETER As clusctl_plist_write_value(),
 *         @p syntax's format is neither, or #CCTL_PLIST_DEPTH_MAX lists are
 *         open inside the outermost one already.
 * @retval CCTL_ERROR_ARITHMETIC_OVERFLOW The list would exceed 4 GiB - 1.
 * @retval other An earlier error (sticky), or a rule of its place.
 */
CCTL_API clusctl_status clusctl_plist_write_list_begin(clusctl_plist_writer *writer,
                                                       uint32_t syntax);

/**
 * @brief Ends the innermost nested list (its ENDMARK, its count and its
 *        `cbLength`); it counts as one value of the list around it.
 * @param writer The writer.
 * @retval CCTL_ERROR_SUCCESS Ended.
 * @retval CCTL_ERROR_INVALID_PARAMETER @p writer is NULL, its reserved room
 *         is not 0, no nested list is open, or it has an open property.
 * @retval CCTL_ERROR_ARITHMETIC_OVERFLOW The list would exceed 4 GiB - 1.
 * @retval other An earlier error (sticky).
 */
CCTL_API clusctl_status clusctl_plist_write_list_end(clusctl_plist_writer *writer);

/**
 * @brief Ends the list: a property list's final ENDMARK (unless
 *        #CCTL_PLIST_NO_FINAL_ENDMARK) and its count, or a value list's
 *        ENDMARK; gives the size.
 *
 * @param writer The writer; done afterwards (every later call is refused).
 * @param[out] size Receives the list's size on success, the size needed on
 *        `CCTL_ERROR_MORE_DATA` (what `ResourceControl` puts in
 *        `*BytesReturned`). Must not overlap @p writer or the buffer.
 * @retval CCTL_ERROR_SUCCESS The list is in the buffer: @p size bytes.
 * @retval CCTL_ERROR_MORE_DATA The buffer is too small (or NULL): *size is
 *         the size needed; what the buffer holds is not a list.
 * @retval CCTL_ERROR_INVALID_PARAMETER An argument is NULL, the reserved
 *         room is not 0, overlapping arguments, a property or nested list is
 *         still open, or the writer is done already.
 * @retval other An earlier error (sticky): nothing usable was written.
 */
CCTL_API clusctl_status clusctl_plist_write_end(clusctl_plist_writer *writer, size_t *size);

CCTL_END_DECLS

#endif /* CCTL_PLIST_H_ */
