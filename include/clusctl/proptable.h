/**
 * @file proptable.h
 * @brief Property tables, as ResUtil gives them to resource DLLs, in
 *        portable C: a table describes an object's private properties and
 *        where each value lives in the caller's parameter block; the
 *        functions build property lists from the block, verify a list
 *        against the table, apply a verified list to the block and
 *        enumerate the names.
 *
 * A resource DLL's `ResourceControl` answers the private-property codes of
 * its resource type with its own table (the VM resource's is
 * clusctl_vm_property_table(), answered by clusctl_vm_control()):
 *
 * | code | function | ResUtil's |
 * |---|---|---|
 * | `CLUSCTL_RESOURCE_GET_RO_PRIVATE_PROPERTIES` | clusctl_proptable_to_list(), #CCTL_PROPTABLE_READ_ONLY | `ResUtilPropertyListFromParameterBlock` |
 * | `CLUSCTL_RESOURCE_GET_PRIVATE_PROPERTIES` | clusctl_proptable_to_list(), #CCTL_PROPTABLE_READ_WRITE | the same |
 * | `CLUSCTL_RESOURCE_ENUM_PRIVATE_PROPERTIES` | clusctl_proptable_enum(), #CCTL_PROPTABLE_ALL | `ResUtilEnumProperties` |
 * | `CLUSCTL_RESOURCE_VALIDATE_PRIVATE_PROPERTIES` | clusctl_proptable_verify(), or clusctl_proptable_apply() on a copy | `ResUtilVerifyPropertyTable` |
 * | `CLUSCTL_RESOURCE_SET_PRIVATE_PROPERTIES` | clusctl_proptable_apply() | `ResUtilSetPropertyParameterBlock` |
 *
 * ## The parameter block
 *
 * Any caller-owned bytes (normally a struct): each item's value is at its
 * clusctl_prop_item::offset, in the host's byte order and layout, read and
 * written with `memcpy` (no alignment is assumed). The list side is
 * little-endian, byte by byte, whatever the host. Nothing is allocated, so
 * strings are fixed rooms in the block instead of ResUtil's `LPWSTR`
 * pointers:
 *
 * | format | member in the block |
 * |---|---|
 * | `DWORD` | `uint32_t` |
 * | `LONG` | `int32_t` |
 * | `ULARGE_INTEGER` | `uint64_t` |
 * | `LARGE_INTEGER` | `int64_t` |
 * | `SZ`, `EXPAND_SZ` | `char[size]`: UTF-8, NUL-terminated within its room (clusctl_prop_item::size) |
 *
 * Other formats (`MULTI_SZ`, `BINARY`, ...) are not supported yet: a table
 * item with one is refused (`CCTL_PROP_REASON_BAD_TABLE`).
 *
 * ## Decisions
 *
 * - **Lists** are written as clusctl_plist_write_begin() writes them (one
 *   data value per property, zero padding, Windows' final ENDMARK), in the
 *   table's order. An `EXPAND_SZ` item is written as its `EXPAND_SZ` value
 *   alone: expanding environment variables is the host's business.
 * - **ENUM's output** is a bare MULTI_SZ, as the page of
 *   `CLUSCTL_RESOURCE_ENUM_PRIVATE_PROPERTIES` gives it ("an array of
 *   null-terminated Unicode strings with an additional NULL terminator
 *   appended to the last string"): each name in UTF-16LE with its NUL, then
 *   one more NUL; no value header, no padding. No names is one NUL (2
 *   bytes), as plist.h writes the empty MULTI_SZ. The page's title says the
 *   names of the read/write *and* read-only properties, its parameter text
 *   "read/write" only: the VM door lists both (#CCTL_PROPTABLE_ALL), as the
 *   title and the 1998 SDK page say.
 * - **Names** are compared as clusctl_prop_name_equal() compares them:
 *   ASCII letters without regard to case, everything else exactly. A table
 *   may not hold two names equal that way.
 * - **One data value per property.** A property without a value, or with a
 *   second one, is refused (`CCTL_PROP_REASON_VALUE_COUNT`); the one
 *   exception is a server's `EXPAND_SZ` value followed by its
 *   `EXPANDED_SZ` form (MS-CMRP 2.2.2.3), taken for an `EXPAND_SZ` item
 *   unless #CCTL_PLIST_FROM_CLIENT says the list is a client's.
 * - **A property named twice** in one list is refused
 *   (`CCTL_PROP_REASON_DUPLICATE`): which value wins would be a guess.
 * - **Verification comes first, then the block is written**: a refused
 *   list leaves the block as it was, whatever its problem and wherever it
 *   is. The reader validates the whole list before any property is looked
 *   at (`CCTL_PROP_REASON_MALFORMED`); then problems are looked for front
 *   to back, and the first property with one is reported; within a
 *   property, in the order of
 *   `CCTL_PROP_REASON_MAP`'s numbers from `CCTL_PROP_REASON_UNKNOWN_NAME` on
 *   (a duplicate is found at its second occurrence).
 * - **Statuses** follow ResUtil where its docs say one: an unknown
 *   property, like a read-only one or a value out of range, is
 *   `ERROR_INVALID_PARAMETER` (`ResUtilVerifyPropertyTable`), a malformed
 *   list the reader's status (`ERROR_INVALID_DATA`, ...). A value of the
 *   wrong format is `ERROR_CLUSTER_PROPERTY_DATA_TYPE_MISMATCH` (5895), so
 *   that it cannot be mistaken for a malformed list. Every refusal says
 *   its reason, the property and the table item in a #clusctl_prop_error.
 * - **Required** (#CCTL_PROP_ITEM_REQUIRED) is descriptive, as the docs'
 *   status column is: a list may set any subset of the properties, and
 *   what it does not name keeps its value.
 * - **Owned** properties (#CCTL_PROP_ITEM_OWNED, integer items only) report
 *   a state that the resource itself changes (the VM's `MigrationState`,
 *   which the docs call read-write): a list may name one with its current
 *   value (so that a client may send back what GET gave it), and a change
 *   is refused with
 *   `ERROR_INVALID_STATE`. clusctl_proptable_verify() has no block to
 *   compare with and does not check them; clusctl_proptable_apply() does.
 *
 * ## Arguments, overlap and reserved room
 *
 * Every struct here is caller-allocated and ends with reserved room: zero
 * it (`= {0}`) before use; each table item's and the error's are checked
 * (`CCTL_ERROR_INVALID_PARAMETER` for the error; `CCTL_PROP_REASON_BAD_TABLE`
 * for an item) and the error's is written 0. Argument errors (a NULL
 * pointer, an unknown flag, overlapping outputs, a reserved room that is
 * not 0: `CCTL_ERROR_INVALID_PARAMETER`; a NULL list or output buffer with
 * a size: `CCTL_ERROR_INVALID_USER_BUFFER`) come first and leave every
 * output untouched, the error included.
 *
 * Overlap: the functions read all of their inputs before they write their
 * outputs where they can, and refuse where they cannot. Outputs (the output
 * buffer, the byte count, the block being written) must not overlap each
 * other or the inputs they are made from (the table, its strings, the block
 * read, the list applied): refused with `CCTL_ERROR_INVALID_PARAMETER`,
 * nothing written. The error is written last: it may overlap any input,
 * but no other output.
 *
 * Nothing here allocates, keeps global state or does I/O.
 */
#ifndef CCTL_PROPTABLE_H_
#define CCTL_PROPTABLE_H_

#include <stddef.h>
#include <stdint.h>

#include "export.h"
#include "plist.h"
#include "status.h"

CCTL_BEGIN_DECLS

/** @name Item flags (clusctl_prop_item::flags)
 *  @{ */
/** Read-only: reported by the `GET_RO_*` codes, refused by SET and VALIDATE
 *  (`RESUTIL_PROPITEM_READ_ONLY`, the same value). */
#define CCTL_PROP_ITEM_READ_ONLY 0x1u
/** Required, as the docs' status column says (`RESUTIL_PROPITEM_REQUIRED`,
 *  the same value); descriptive: no function enforces it. */
#define CCTL_PROP_ITEM_REQUIRED 0x2u
/** An `SZ` item whose value is empty or a GUID string: 32 hexadecimal
 *  digits (any case) in groups of 8-4-4-4-12 joined by `-`, optionally
 *  between `{` and `}`. Anything else is `CCTL_PROP_REASON_NOT_A_GUID`. */
#define CCTL_PROP_ITEM_GUID 0x100u
/** Owned by the object: a list may name it only with its current value
 *  (see the file's decisions); a change is `CCTL_PROP_REASON_OWNED`. */
#define CCTL_PROP_ITEM_OWNED 0x200u
/** @} */

/** @name Selections (the @p which of clusctl_proptable_to_list() and
 *        clusctl_proptable_enum())
 *  @{ */
#define CCTL_PROPTABLE_READ_ONLY 0x1u  /**< the items with #CCTL_PROP_ITEM_READ_ONLY */
#define CCTL_PROPTABLE_READ_WRITE 0x2u /**< the items without it */
#define CCTL_PROPTABLE_ALL 0x3u        /**< every item */
/** @} */

/** @name Flags of clusctl_proptable_verify() and clusctl_proptable_apply()
 *
 * With #CCTL_PLIST_STRICT and #CCTL_PLIST_FROM_CLIENT, which are passed to
 * the reader (clusctl_plist_open()) as they are; #CCTL_PLIST_FROM_CLIENT
 * also refuses a second value after an `EXPAND_SZ` (a client must not send
 * `EXPANDED_SZ`, MS-CMRP 2.2.2.3). SET and VALIDATE input is a client's.
 *  @{ */
/** Skip properties the table does not name (ResUtil's
 *  `bAllowUnknownProperties`) instead of refusing them. */
#define CCTL_PROPTABLE_ALLOW_UNKNOWN 0x100u
/** The list is a server's answer (a GET code's output) read by a tool:
 *  read-only and owned items are taken as values, not refused. Not with
 *  #CCTL_PLIST_FROM_CLIENT. */
#define CCTL_PROPTABLE_FROM_SERVER 0x200u
/** @} */

/** @brief clusctl_prop_error::item when no table item is concerned. */
#define CCTL_PROP_NO_ITEM ((size_t)-1)

/** @brief The room for a property's name in #clusctl_prop_error, its NUL
 *         included (longer names are cut, see clusctl_prop_error::name_cut). */
#define CCTL_PROP_ERROR_NAME_SIZE 64

/**
 * @brief Why a list, a table or a block was refused:
 *        `X(NAME, number, STATUS, description)`.
 *
 * `STATUS` is the #clusctl_status (without `CCTL_ERROR_`) returned;
 * `MALFORMED` returns the reader's status for its rule
 * (#CCTL_PLIST_RULE_MAP: `INVALID_DATA`, `INVALID_NAME`, `BAD_LENGTH`,
 * `NO_UNICODE_TRANSLATION`). The numbers are stable.
 *
 * | reason | clusctl_prop_error::offset | clusctl_prop_error::property, clusctl_prop_error::item, clusctl_prop_error::name |
 * |---|---|---|
 * | `MALFORMED` | the reader's (clusctl_plist_error::offset); clusctl_prop_error::rule its rule | the reader's property index; no item; `""` |
 * | `UNKNOWN_NAME`, `READ_ONLY`, `DUPLICATE` | the property's NAME value | the property; the item (none for `UNKNOWN_NAME`); the name as the list spells it |
 * | `VALUE_COUNT` | no value: the property's NAME value; a second value: that value | the same |
 * | `WRONG_FORMAT`, `OUT_OF_RANGE`, `TOO_LONG`, `NOT_A_GUID`, `OWNED` | the value | the same; `OUT_OF_RANGE` and `OWNED` also give clusctl_prop_error::value |
 * | `BAD_TABLE`, `BAD_BLOCK` | 0 | no property; the item (none when the table pointer or count is wrong); the item's name when it is valid UTF-8 |
 */
#define CCTL_PROP_REASON_MAP(X)                                                \
    X(NONE, 0, SUCCESS, "no problem")                                          \
    X(MALFORMED, 1, INVALID_DATA, "the property list breaks a rule of plist.h") \
    X(UNKNOWN_NAME, 2, INVALID_PARAMETER, "no property of the table has that name") \
    X(READ_ONLY, 3, INVALID_PARAMETER, "the property is read-only")           \
    X(VALUE_COUNT, 4, INVALID_PARAMETER,                                       \
      "the property has no value, or more than one")                           \
    X(WRONG_FORMAT, 5, CLUSTER_PROPERTY_DATA_TYPE_MISMATCH,                    \
      "the value's format is not the property's")                              \
    X(OUT_OF_RANGE, 6, INVALID_PARAMETER,                                      \
      "the number is below the property's minimum or above its maximum")      \
    X(NOT_A_GUID, 7, INVALID_PARAMETER, "the string is neither empty nor a GUID") \
    X(TOO_LONG, 8, INVALID_PARAMETER,                                          \
      "the string does not fit the property's room in the parameter block")    \
    X(OWNED, 9, INVALID_STATE,                                                 \
      "the property reports a state the object changes itself: it may be "     \
      "named only with its current value")                                     \
    X(DUPLICATE, 10, INVALID_PARAMETER, "the property is named twice")        \
    X(BAD_TABLE, 11, INVALID_PARAMETER, "the property table is not valid")    \
    X(BAD_BLOCK, 12, INVALID_PARAMETER,                                        \
      "a string of the parameter block is not NUL-terminated in its room, or " \
      "not UTF-8")

/**
 * @brief The reasons: one constant `CCTL_PROP_REASON_<NAME>` for each row of
 *        `CCTL_PROP_REASON_MAP` (`CCTL_PROP_REASON_NONE` is 0).
 */
typedef enum clusctl_prop_reason {
    /** @cond INTERNAL */
#define CCTL_PROP_REASON_ENUM_(name, number, status, text) CCTL_PROP_REASON_##name = number,
    CCTL_PROP_REASON_MAP(CCTL_PROP_REASON_ENUM_)
#undef CCTL_PROP_REASON_ENUM_
    /** @endcond */
} clusctl_prop_reason;

/**
 * @brief One property of a table: `RESUTIL_PROPERTY_ITEM`, portable.
 *
 * Caller-allocated, in arrays (a table is an array and its count): zero
 * each item (designated initializers do) before setting the members; the
 * reserved room must stay 0 (else `CCTL_PROP_REASON_BAD_TABLE`). Every
 * function checks the whole table first:
 * - clusctl_prop_item::name not NULL, valid UTF-8, not empty, unique in the table
 *   (ignoring ASCII case);
 * - clusctl_prop_item::format one of the formats of the file's table, clusctl_prop_item::flags only
 *   the `CCTL_PROP_ITEM_*` bits, #CCTL_PROP_ITEM_GUID only on `SZ`,
 *   #CCTL_PROP_ITEM_OWNED only on integers;
 * - integers: clusctl_prop_item::minimum <= clusctl_prop_item::default_number <= clusctl_prop_item::maximum in the
 *   format's range (signed formats compare as signed), clusctl_prop_item::size 0 and
 *   clusctl_prop_item::default_string NULL;
 * - strings: clusctl_prop_item::minimum, clusctl_prop_item::maximum and clusctl_prop_item::default_number 0,
 *   clusctl_prop_item::size at least 1, clusctl_prop_item::default_string NULL (for `""`) or valid
 *   UTF-8 that fits clusctl_prop_item::size with its NUL (and is a GUID or empty for a
 *   GUID item);
 * - with a block: each item's storage inside it, and no two items'
 *   storage overlapping.
 */
typedef struct clusctl_prop_item {
    const char *name;  /**< the property's name, NUL-terminated UTF-8 */
    uint32_t format;   /**< `CCTL_PROP_FORMAT_DWORD`, `_LONG`, `_ULARGE_INTEGER`,
                            `_LARGE_INTEGER`, `_SZ` or `_EXPAND_SZ` */
    uint32_t flags;    /**< `CCTL_PROP_ITEM_*` */
    /** Integers: the smallest value allowed. Signed formats hold the
     *  two's-complement bits of the number (`(uint64_t)(int64_t)-5`). */
    uint64_t minimum;
    uint64_t maximum;        /**< integers: the largest value allowed, likewise */
    uint64_t default_number; /**< integers: the default, likewise */
    /** Strings: the default (NUL-terminated UTF-8), or NULL for `""`. */
    const char *default_string;
    size_t offset; /**< where the value is in the parameter block, in bytes */
    /** Strings: the size of the `char` array at clusctl_prop_item::offset, its NUL
     *  included; integers: 0 (the format gives 4 or 8). */
    size_t size;
    uint32_t reserved[4];        /**< room for later members: 0 */
    const void *reserved_ptr[2]; /**< room for later pointer members: NULL */
} clusctl_prop_item;

/**
 * @brief Why and where a list, a table or a block was refused.
 *
 * Caller-allocated, optional (pass NULL): zero it (`= {0}`). Written in
 * full for every status but argument errors (then left untouched); on
 * success its reason is `CCTL_PROP_REASON_NONE`, its offset 0, its
 * property #CCTL_PLIST_NO_INDEX, its item #CCTL_PROP_NO_ITEM and its name
 * `""`. The table of `CCTL_PROP_REASON_MAP` says what each member holds for
 * each reason.
 */
typedef struct clusctl_prop_error {
    uint32_t status;   /**< the status returned */
    uint32_t reason;   /**< #clusctl_prop_reason */
    uint32_t rule;     /**< `MALFORMED`: the reader's rule (#clusctl_plist_rule); else 0 */
    /** The 0-based index of the property in the list, or
     *  #CCTL_PLIST_NO_INDEX. */
    uint32_t property;
    /** Which list of the call: 0 for the only (or first) one, 1 for the
     *  second (clusctl_vm_from_properties()'s read-write list). */
    uint32_t list;
    uint32_t name_cut; /**< 1 when clusctl_prop_item::name is the start of a longer name */
    /** The byte offset of the problem from the start of its list. */
    size_t offset;
    size_t item;       /**< the table item's index, or #CCTL_PROP_NO_ITEM */
    /** `OUT_OF_RANGE` and `OWNED`: the number given (signed formats: its
     *  two's-complement bits); else 0. */
    uint64_t value;
    /** The property's name, UTF-8 and NUL-terminated, cut at a character's
     *  boundary to fit; `""` when there is none. */
    char name[CCTL_PROP_ERROR_NAME_SIZE];
    uint32_t reserved[4];        /**< room for later members: 0 */
    const void *reserved_ptr[2]; /**< room for later pointer members: NULL */
} clusctl_prop_error;

/**
 * @brief The name of a reason, such as `"OUT_OF_RANGE"`.
 * @param reason Any value.
 * @return A static string, or NULL when @p reason is none of
 *         `CCTL_PROP_REASON_MAP`.
 */
CCTL_API const char *clusctl_prop_reason_name(uint32_t reason);

/**
 * @brief A one-line English description of a reason.
 * @param reason Any value.
 * @return A static string, or NULL when @p reason is none of
 *         `CCTL_PROP_REASON_MAP`.
 */
CCTL_API const char *clusctl_prop_reason_description(uint32_t reason);

/**
 * @brief Checks a table (the rules of #clusctl_prop_item), and that every
 *        item fits a block of @p block_size bytes.
 *
 * @param table The items, or NULL when @p count is 0.
 * @param count How many (at most 0xFFFFFFFF, a list's property count).
 * @param block_size The parameter block's size in bytes.
 * @param[out] error Receives the problem; may be NULL.
 * @retval CCTL_ERROR_SUCCESS The table is valid for such a block.
 * @retval CCTL_ERROR_INVALID_PARAMETER `CCTL_PROP_REASON_BAD_TABLE` (the
 *         item in clusctl_prop_error::item), or an argument error (@p error's
 *         reserved room is not 0).
 */
CCTL_API clusctl_status clusctl_proptable_check(const clusctl_prop_item *table, size_t count,
                                                size_t block_size, clusctl_prop_error *error);

/**
 * @brief Finds an item by name, compared as clusctl_prop_name_equal()
 *        compares a property's.
 *
 * @param table The items, or NULL when @p count is 0 (not checked: any
 *        item whose name is NULL is skipped).
 * @param count How many.
 * @param name A NUL-terminated UTF-8 name.
 * @param[out] index Receives the item's index; written once, after the
 *        search.
 * @retval CCTL_ERROR_SUCCESS Found.
 * @retval CCTL_ERROR_FILE_NOT_FOUND No item has that name (ResUtil's status
 *         for "no such property").
 * @retval CCTL_ERROR_INVALID_PARAMETER @p name or @p index is NULL,
 *         @p table is NULL with a nonzero @p count, or @p name is not valid
 *         UTF-8.
 */
CCTL_API clusctl_status clusctl_proptable_find(const clusctl_prop_item *table, size_t count,
                                               const char *name, size_t *index);

/**
 * @brief Writes every item's default into the block: integers, and each
 *        string with the rest of its room zeroed.
 *
 * @param table The items, or NULL when @p count is 0.
 * @param count How many.
 * @param[out] block The parameter block. Must not overlap @p table, its
 *        strings or @p error.
 * @param block_size Its size in bytes.
 * @param[out] error Receives the problem; may be NULL.
 * @retval CCTL_ERROR_SUCCESS Written.
 * @retval CCTL_ERROR_INVALID_PARAMETER `CCTL_PROP_REASON_BAD_TABLE` (nothing
 *         written), or an argument error: @p block NULL (with a nonzero
 *         @p block_size, or with items), reserved room, overlap.
 */
CCTL_API clusctl_status clusctl_proptable_defaults(const clusctl_prop_item *table, size_t count,
                                                   void *block, size_t block_size,
                                                   clusctl_prop_error *error);

/**
 * @brief Builds the property list of the selected items from the block:
 *        `ResUtilPropertyListFromParameterBlock`, with `ResourceControl`'s
 *        size-query convention.
 *
 * One property per selected item, in the table's order, with its value as
 * the block holds it (ranges are not checked: the block is the object's
 * state, reported as it is); see the file's decisions for the layout.
 *
 * @param table The items, or NULL when @p count is 0.
 * @param count How many.
 * @param which #CCTL_PROPTABLE_READ_ONLY, #CCTL_PROPTABLE_READ_WRITE or
 *        #CCTL_PROPTABLE_ALL.
 * @param block The parameter block.
 * @param block_size Its size in bytes.
 * @param[out] out The output buffer (`lpOutBuffer`); NULL with @p out_size
 *        0 asks for the size. Nothing is written past @p out_size, and
 *        nothing at all unless the whole list fits. Must not overlap
 *        @p block, @p table, its strings, @p bytes or @p error.
 * @param out_size Its size (`cbOutBufferSize`).
 * @param[out] bytes Receives `*lpBytesReturned`: the list's size on
 *        success, the size needed on `CCTL_ERROR_MORE_DATA`, 0 otherwise
 *        (but for argument errors, when it is not written).
 * @param[out] error Receives the problem; may be NULL.
 * @retval CCTL_ERROR_SUCCESS The list is in @p out: *bytes bytes.
 * @retval CCTL_ERROR_MORE_DATA @p out_size is too small (or @p out NULL):
 *         *bytes is the size needed; @p out is not written.
 * @retval CCTL_ERROR_INVALID_PARAMETER `CCTL_PROP_REASON_BAD_TABLE`,
 *         `CCTL_PROP_REASON_BAD_BLOCK`, or an argument error: @p bytes NULL,
 *         @p block NULL with items, an unknown @p which, reserved room,
 *         overlap.
 * @retval CCTL_ERROR_INVALID_USER_BUFFER @p out is NULL with a nonzero
 *         @p out_size.
 * @retval CCTL_ERROR_ARITHMETIC_OVERFLOW The list would exceed 4 GiB - 1.
 */
CCTL_API clusctl_status clusctl_proptable_to_list(const clusctl_prop_item *table, size_t count,
                                                  uint32_t which, const void *block,
                                                  size_t block_size, void *out, size_t out_size,
                                                  size_t *bytes, clusctl_prop_error *error);

/**
 * @brief The names of the selected items as a bare MULTI_SZ (the output of
 *        `ENUM_PRIVATE_PROPERTIES`, see the file's decisions), with the
 *        size-query convention of clusctl_proptable_to_list().
 *
 * @param table The items, or NULL when @p count is 0.
 * @param count How many.
 * @param which #CCTL_PROPTABLE_READ_ONLY, #CCTL_PROPTABLE_READ_WRITE or
 *        #CCTL_PROPTABLE_ALL.
 * @param[out] out The output buffer; NULL with @p out_size 0 asks for the
 *        size. Written only when the names fit. Must not overlap @p table,
 *        its strings, @p bytes or @p error.
 * @param out_size Its size.
 * @param[out] bytes Receives the size written, or needed on
 *        `CCTL_ERROR_MORE_DATA`, 0 otherwise (not for argument errors).
 * @param[out] error Receives the problem; may be NULL.
 * @retval CCTL_ERROR_SUCCESS Written: *bytes bytes.
 * @retval CCTL_ERROR_MORE_DATA @p out_size is too small (or @p out NULL):
 *         *bytes is the size needed; @p out is not written.
 * @retval CCTL_ERROR_INVALID_PARAMETER `CCTL_PROP_REASON_BAD_TABLE`, or an
 *         argument error: @p bytes NULL, an unknown @p which, reserved
 *         room, overlap.
 * @retval CCTL_ERROR_INVALID_USER_BUFFER @p out is NULL with a nonzero
 *         @p out_size.
 * @retval CCTL_ERROR_ARITHMETIC_OVERFLOW The names would exceed 4 GiB - 1.
 */
CCTL_API clusctl_status clusctl_proptable_enum(const clusctl_prop_item *table, size_t count,
                                               uint32_t which, void *out, size_t out_size,
                                               size_t *bytes, clusctl_prop_error *error);

/**
 * @brief Verifies a property list against the table without applying it:
 *        `ResUtilVerifyPropertyTable`.
 *
 * The list is validated by the reader first (`CCTL_PROP_REASON_MALFORMED`),
 * then each property, front to back: its name (unknown, read-only), its
 * values (count, format), the value (range; for strings the GUID form and
 * the room), and that no property is named twice. Owned items are not
 * compared (there is no block): see clusctl_proptable_apply().
 *
 * @param table The items, or NULL when @p count is 0.
 * @param count How many.
 * @param list The property list (`lpInBuffer`), or NULL with @p size 0.
 * @param size Its size (`cbInBufferSize`).
 * @param flags #CCTL_PLIST_STRICT, #CCTL_PLIST_FROM_CLIENT,
 *        #CCTL_PROPTABLE_ALLOW_UNKNOWN, #CCTL_PROPTABLE_FROM_SERVER, or 0.
 * @param[out] error Receives the problem; may be NULL. May overlap @p list.
 * @retval CCTL_ERROR_SUCCESS Every property is valid for the table.
 * @retval CCTL_ERROR_INVALID_PARAMETER `CCTL_PROP_REASON_UNKNOWN_NAME`,
 *         `READ_ONLY`, `VALUE_COUNT`, `OUT_OF_RANGE`, `NOT_A_GUID`,
 *         `TOO_LONG`, `DUPLICATE`, `BAD_TABLE`; or an argument error (an
 *         unknown flag, #CCTL_PLIST_FROM_CLIENT with
 *         #CCTL_PROPTABLE_FROM_SERVER, reserved room, @p error over
 *         @p table).
 * @retval CCTL_ERROR_CLUSTER_PROPERTY_DATA_TYPE_MISMATCH
 *         `CCTL_PROP_REASON_WRONG_FORMAT`.
 * @retval CCTL_ERROR_INVALID_USER_BUFFER @p list is NULL with a nonzero
 *         @p size.
 * @retval other `CCTL_PROP_REASON_MALFORMED`: the reader's status
 *         (clusctl_plist_validate()); an empty buffer is `TRUNCATED_COUNT`.
 */
CCTL_API clusctl_status clusctl_proptable_verify(const clusctl_prop_item *table, size_t count,
                                                 const void *list, size_t size, uint32_t flags,
                                                 clusctl_prop_error *error);

/**
 * @brief Verifies a property list as clusctl_proptable_verify() does, owned
 *        items against the block's current values too, then writes its
 *        values into the block: `ResUtilSetPropertyParameterBlock`.
 *
 * All or nothing: the block is written only when the whole list is valid,
 * and then only the members of the properties the list names (a string's
 * whole room: the string, its NUL, then zeros). Unknown properties skipped
 * with #CCTL_PROPTABLE_ALLOW_UNKNOWN are not written anywhere. To validate
 * with the owned items compared (VALIDATE), apply to a copy of the block.
 *
 * @param table The items, or NULL when @p count is 0.
 * @param count How many.
 * @param list The property list, or NULL with @p size 0.
 * @param size Its size.
 * @param flags As clusctl_proptable_verify().
 * @param[in,out] block The parameter block. Must not overlap @p list,
 *        @p table, its strings or @p error.
 * @param block_size Its size in bytes.
 * @param[out] error Receives the problem; may be NULL.
 * @retval CCTL_ERROR_SUCCESS Applied.
 * @retval CCTL_ERROR_INVALID_STATE `CCTL_PROP_REASON_OWNED`: an owned item
 *         with another value than the block's.
 * @retval CCTL_ERROR_INVALID_PARAMETER As clusctl_proptable_verify(), or
 *         @p block NULL, or overlapping.
 * @retval CCTL_ERROR_CLUSTER_PROPERTY_DATA_TYPE_MISMATCH
 *         `CCTL_PROP_REASON_WRONG_FORMAT`.
 * @retval CCTL_ERROR_INVALID_USER_BUFFER @p list is NULL with a nonzero
 *         @p size.
 * @retval other `CCTL_PROP_REASON_MALFORMED`: the reader's status.
 */
CCTL_API clusctl_status clusctl_proptable_apply(const clusctl_prop_item *table, size_t count,
                                                const void *list, size_t size, uint32_t flags,
                                                void *block, size_t block_size,
                                                clusctl_prop_error *error);

CCTL_END_DECLS

#endif /* CCTL_PROPTABLE_H_ */
