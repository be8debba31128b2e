/**
 * @file catalog.h
 * @brief Every known control code by name, looked up both ways, and the
 *        access policy derived from a code's bits.
 *
 * The catalog holds every `CLCTL_*`, `CTCTL_*` and `CLUSCTL_*` constant of the
 * current Windows SDK's `ClusApi.h` (10.0.26100.6584), the Hyper-V VM codes
 * (`CLUSCTL_RESOURCE_VM_*`, private to the Hyper-V resource DLL), and legacy
 * and protocol-only names. Its one source of truth is `data/control_codes.csv`;
 * the tables are generated from it by `cmake/gen_catalog.py`.
 *
 * Entries are ordered by value, then by preference (SDK names first, then
 * Hyper-V, legacy, protocol-only; within those, the order of the data file).
 * Several names can share a value: the VM codes have one name per resource
 * type, and the SDK itself has aliases. A name has one entry, but for the
 * three `CLCTL_FILESERVER_SHARE_ADD/DEL/MODIFY` operations and their
 * `CLUSCTL_RESOURCE_FILESERVER_SHARE_*` codes, which also keep the older
 * value of Windows 7-era SDKs (0x00400245, ...): a second entry, of
 * provenance #CCTL_PROVENANCE_LEGACY, whose notes name the current value.
 * Lookups by name give the current entry; the older one is found by value.
 *
 * Lookups by value and by name are open-addressing hash tables that
 * `cmake/gen_catalog.py` builds (about one probe each, in any ASCII case
 * for names); nothing allocates, and every table is `static const`, so
 * threads can share them freely.
 */
#ifndef CCTL_CATALOG_H_
#define CCTL_CATALOG_H_

#include <stddef.h>
#include <stdint.h>

#include "code.h"
#include "export.h"
#include "status.h"

CCTL_BEGIN_DECLS

/** @brief What a catalog name stands for. */
typedef enum clusctl_kind {
    /** A `CLCTL_*` (or `CTCTL_*`) operation: no object code (bits 24-31 are 0). */
    CCTL_KIND_OPERATION = 1,
    /** A `CLUSCTL_*` full code: an operation placed on an object. */
    CCTL_KIND_CODE = 2
} clusctl_kind;

/** @brief Where a catalog name comes from. */
typedef enum clusctl_provenance {
    /** Defined by the current Windows SDK's `ClusApi.h`. */
    CCTL_PROVENANCE_SDK = 1,
    /** A private user code of the Hyper-V cluster resource DLL. */
    CCTL_PROVENANCE_HYPERV = 2,
    /** In older SDKs, mingw-w64's header or Microsoft's managed code only. */
    CCTL_PROVENANCE_LEGACY = 3,
    /** Named only by the MS-CMRP protocol documents. */
    CCTL_PROVENANCE_PROTOCOL = 4
} clusctl_provenance;

/**
 * @brief What a control code's input or output buffer holds, as its docs page
 *        says: `X(NAME, value, id, text)`.
 *
 * `id` is the category as `data/control_code_buffers.csv` spells it (and the
 * tool's JSON), `text` what `clusctl decode` prints. One list feeds
 * #clusctl_buffer, clusctl_buffer_name(), clusctl_buffer_text() and the
 * generator, which refuses a category that is not here.
 *
 * `CCTL_BUFFER_UNDOCUMENTED` (0) is the project's own: the code has no docs
 * page (bare `CLCTL_*` operations, most legacy and protocol-only names, some
 * SDK codes), or the value is not in the catalog. `CCTL_BUFFER_UNKNOWN` is the
 * data file's: the page exists but does not say (TBD, or generic).
 */
#define CCTL_BUFFER_MAP(X)                                                     \
    X(UNDOCUMENTED, 0, "undocumented", "undocumented (no docs page)")          \
    X(UNKNOWN, 1, "unknown", "unknown (its docs page does not say)")           \
    X(NONE, 2, "none", "none")                                                 \
    X(PROPERTY_LIST, 3, "property_list", "property list")                      \
    X(VALUE_LIST, 4, "value_list", "value list")                               \
    X(SZ, 5, "sz", "string")                                                   \
    X(MULTI_SZ, 6, "multi_sz", "string list (MULTI_SZ)")                       \
    X(DWORD, 7, "dword", "DWORD")                                              \
    X(DWORD_FLAGS, 8, "dword_flags", "DWORD flags")                            \
    X(DWORD_ARRAY, 9, "dword_array", "DWORD array")                            \
    X(ULARGE_INTEGER, 10, "ularge_integer", "ULARGE_INTEGER")                  \
    X(STRUCT, 11, "struct", "struct")                                          \
    X(BINARY, 12, "binary", "binary data")                                     \
    X(HANDLE, 13, "handle", "handle")

/**
 * @brief Buffer categories: one constant `CCTL_BUFFER_<NAME> = <value>` for
 *        each row of #CCTL_BUFFER_MAP (`CCTL_BUFFER_PROPERTY_LIST` is 3).
 */
typedef enum clusctl_buffer {
    /** @cond INTERNAL */
#define CCTL_BUFFER_ENUM_(name, value, id, text) CCTL_BUFFER_##name = value,
    CCTL_BUFFER_MAP(CCTL_BUFFER_ENUM_)
#undef CCTL_BUFFER_ENUM_
    /** @endcond */
} clusctl_buffer;

/**
 * @brief The index that stands for no entry: what the functions that give
 *        an entry's index (clusctl_catalog_preferred(),
 *        clusctl_nearest::operation, clusctl_description::preferred) give
 *        when there is none. Never a valid index.
 */
#define CCTL_NO_ENTRY ((size_t)-1)

/** @brief One named control code, as clusctl_catalog_get() writes it. All
 *        strings are static (the library's, for the life of the program).
 *
 * Caller-allocated (written by the library in full): its reserved room is
 * for members of later minor versions and is written as 0 / NULL. The
 * catalog refers to entries by index (0 to clusctl_catalog_size() - 1, in
 * value order). */
typedef struct clusctl_entry {
    const char *name;          /**< the constant's name, e.g. `"CLCTL_GET_FLAGS"` */
    uint32_t value;            /**< its 32-bit value */
    clusctl_kind kind;         /**< operation or full code */
    clusctl_provenance provenance; /**< where the name comes from */
    /** The resource type the name belongs to (`"Virtual Machine"`, `"Virtual
     *  Machine Configuration"`), for user codes where known; else NULL. */
    const char *resource_type;
    /** One line of English: the entry's own, or else its operation's; NULL
     *  when neither has one. */
    const char *description;
    /** Where Microsoft's docs page for this code is wrong (value, bit table),
     *  `" | "`-separated; NULL when no erratum is known. */
    const char *docs_errata;
    /** Other notes: the source of a non-SDK value, disagreements between
     *  sources, aliases, a prefix that does not match the object; NULL when none. */
    const char *notes;
    /** What the input buffer holds, as the entry's own docs page says
     *  (`data/control_code_buffers.csv`); `CCTL_BUFFER_UNDOCUMENTED` when the
     *  name has no page. */
    clusctl_buffer input;
    /** What the output buffer holds; as @p input. */
    clusctl_buffer output;
    /** The detail the data file gives in parentheses, such as the struct's
     *  name (`"CLUS_MAINTENANCE_MODE_INFO"` for `struct(...)`); NULL when
     *  none. */
    const char *input_detail;
    /** The output's detail, as @p input_detail: `"CLUS_CHAR_*"` for
     *  `dword_flags(CLUS_CHAR_*)`, `"CLUS_RESOURCE_CLASS_INFO"`. */
    const char *output_detail;
    /** The entry's docs page, as a path in the `MicrosoftDocs/win32`
     *  repository (`"desktop-src/MsCS/clusctl-resource-get-flags.md"`); NULL
     *  when the name has none. */
    const char *doc_page;
    /** The #clusctl_flag_set that names the output's bits or value (see
     *  clusctl_flag_set_for_code()); 0 when the output holds no flags. */
    uint32_t flag_set;
    /** Where @p description comes from: a docs page, as a path in the
     *  `MicrosoftDocs/win32` repository
     *  (`"desktop-src/MsCS/clusctl-resource-get-flags.md"`, a page of
     *  `data/control_code_buffers.csv`), or a named source: `"MS-CMRP
     *  3.1.4.3.7.20"` (a section of the protocol), `"non_sdk_codes.csv"` (the
     *  project's reference data of the Hyper-V names), `"ClusApi.h"` (the SDK
     *  header: name and value only). A description inherited from the
     *  operation has the operation's source. NULL exactly when @p description
     *  is NULL. */
    const char *description_source;
    uint32_t reserved[4];          /**< room for later members: 0 */
    const void *reserved_ptr[4];   /**< room for later pointer members: NULL */
} clusctl_entry;

/**
 * @brief The number of entries in the catalog.
 * @return The count; entries are numbered 0 to count - 1.
 */
CCTL_API size_t clusctl_catalog_size(void);

/**
 * @brief One entry, by its index in value order.
 *
 * @param index 0 to clusctl_catalog_size() - 1.
 * @param[out] entry Receives the entry, written in full (its reserved room
 *             as 0 / NULL).
 * @retval CCTL_ERROR_SUCCESS Written.
 * @retval CCTL_ERROR_NOT_FOUND @p index is clusctl_catalog_size() or more;
 *         nothing is written.
 * @retval CCTL_ERROR_INVALID_PARAMETER @p entry is NULL.
 */
CCTL_API clusctl_status clusctl_catalog_get(size_t index, clusctl_entry *entry);

/**
 * @brief One entry's name: clusctl_catalog_get()'s clusctl_entry::name,
 *        without the rest.
 * @param index Any index.
 * @return The name (static), or NULL when @p index is
 *         clusctl_catalog_size() or more (#CCTL_NO_ENTRY among them).
 */
CCTL_API const char *clusctl_catalog_name(size_t index);

/**
 * @brief The entries that have one value: indexes first to first + count - 1,
 *        preferred name first.
 *
 * @param value Any 32-bit value.
 * @param[out] first Receives the index of the first entry; when there is none,
 *             the index where the value would be.
 * @param[out] count Receives the number of entries (0 when none). Must not
 *             be the same object as @p first.
 * @retval CCTL_ERROR_SUCCESS At least one entry has the value.
 * @retval CCTL_ERROR_NOT_FOUND No entry has it (*count is 0).
 * @retval CCTL_ERROR_INVALID_PARAMETER @p first or @p count is NULL, or
 *         they overlap.
 */
CCTL_API clusctl_status clusctl_catalog_find_value(uint32_t value, size_t *first,
                                                   size_t *count);

/**
 * @brief The entries whose value has one object code (bits 24-31), as a range
 *        of indexes. Object 0 gives the bare `CLCTL_*` operations.
 *
 * The object is the value's, not the name's prefix:
 * `CLUSCTL_GROUP_GET_PROVIDER_GROUPS` has object 8 (GROUPSET).
 *
 * @param object 0 to 255.
 * @param[out] first Receives the index of the first entry.
 * @param[out] count Receives the number of entries (0 when none). Must not
 *             be the same object as @p first.
 * @retval CCTL_ERROR_SUCCESS At least one entry has the object.
 * @retval CCTL_ERROR_NOT_FOUND No entry has it (*count is 0).
 * @retval CCTL_ERROR_INVALID_PARAMETER @p object is over 255, or @p first or
 *         @p count is NULL, or they overlap.
 */
CCTL_API clusctl_status clusctl_catalog_find_object(uint32_t object, size_t *first,
                                                    size_t *count);

/**
 * @brief The preferred name of a value, for a resource type if given.
 *
 * When @p resource_type is not NULL and an entry of the value belongs to that
 * resource type (compared without regard to ASCII case), that entry wins:
 * 0x01600004 is `CLUSCTL_RESOURCE_VM_START_MIGRATION` for `"Virtual Machine"`
 * and `CLUSCTL_RESOURCE_VM_CONFIG_UPDATE` for `"Virtual Machine
 * Configuration"`. Otherwise the first entry of the value wins.
 *
 * @param value Any 32-bit value.
 * @param resource_type A NUL-terminated resource type name, or NULL.
 * @return The entry's index, or #CCTL_NO_ENTRY when no entry has the value.
 */
CCTL_API size_t clusctl_catalog_preferred(uint32_t value, const char *resource_type);

/** @brief How clusctl_catalog_find_name() compares names. */
typedef enum clusctl_match {
    CCTL_MATCH_EXACT = 0, /**< byte for byte */
    CCTL_MATCH_NOCASE = 1 /**< ignoring ASCII case */
} clusctl_match;

/**
 * @brief Finds an entry by name.
 *
 * @param name A NUL-terminated name, e.g. `"CLUSCTL_RESOURCE_VM_START_MIGRATION"`.
 * @param match #CCTL_MATCH_EXACT or #CCTL_MATCH_NOCASE.
 * @param[out] index Receives the entry's index: for a name that also has an
 *             older value (`CLCTL_FILESERVER_SHARE_ADD`), the current one's
 *             (0x00400246). May overlap @p name: it is written once, after
 *             the search.
 * @retval CCTL_ERROR_SUCCESS Found.
 * @retval CCTL_ERROR_NOT_FOUND No entry has that name (*index is not
 *         written).
 * @retval CCTL_ERROR_INVALID_PARAMETER @p name or @p index is NULL, or
 *         @p match is neither value.
 */
CCTL_API clusctl_status clusctl_catalog_find_name(const char *name, clusctl_match match,
                                                  size_t *index);

/**
 * @brief The names closest to a name that is not in the catalog, for "did you
 *        mean" messages.
 *
 * Closeness is the edit distance (insertions, deletions, substitutions),
 * ignoring ASCII case; names farther than a third of their length are not
 * suggested. Ties keep name order. Each name comes once, as its current
 * entry (the one clusctl_catalog_find_name() gives).
 *
 * @param name A NUL-terminated name, of any length.
 * @param[out] out Receives up to @p capacity entries' indexes (8 at the
 *             most), closest first. May overlap @p name: the indexes are
 *             gathered apart and written at the end.
 * @param capacity Room in @p out; 0 is allowed (then only *count is set to
 *             0); above 8, 8 indexes at the most are written.
 * @param[out] count Receives the number of indexes written. Must not
 *             overlap @p out (the first @p capacity slots, 8 at the most).
 * @retval CCTL_ERROR_SUCCESS Done (*count may be 0).
 * @retval CCTL_ERROR_INVALID_PARAMETER @p name or @p count is NULL, @p out
 *         is NULL with a nonzero @p capacity, or @p count overlaps @p out.
 */
CCTL_API clusctl_status clusctl_catalog_suggest(const char *name, size_t *out,
                                                size_t capacity, size_t *count);

/**
 * @brief What the catalog can say of a value it does not hold.
 *
 * Caller-allocated (written by the library): its reserved room is for
 * members of later minor versions and is written as 0 / NULL.
 */
typedef struct clusctl_nearest {
    uint32_t object;          /**< the value's object code (bits 24-31) */
    const char *object_name;  /**< its name (clusctl_object_name()), or NULL */
    /** The index of the preferred operation entry whose value equals the
     *  low 24 bits of the value (for 0x05000009, `CLCTL_GET_FLAGS`), or
     *  #CCTL_NO_ENTRY. */
    size_t operation;
    uint32_t reserved[2];          /**< room for later members: 0 */
    const void *reserved_ptr[2];   /**< room for later pointer members: NULL */
} clusctl_nearest;

/**
 * @brief The nearest description of a value: its object and the `CLCTL_*`
 *        operation with the same low 24 bits ("CLCTL_GET_FLAGS on NETWORK").
 *
 * @param value Any 32-bit value (meant for values the catalog does not hold).
 * @param[out] nearest Receives the description.
 * @retval CCTL_ERROR_SUCCESS An operation matches (nearest->operation is its
 *         index).
 * @retval CCTL_ERROR_NOT_FOUND Nothing matches (nearest->operation is
 *         #CCTL_NO_ENTRY; the object fields are still set).
 * @retval CCTL_ERROR_INVALID_PARAMETER @p nearest is NULL.
 */
CCTL_API clusctl_status clusctl_catalog_nearest(uint32_t value, clusctl_nearest *nearest);

/**
 * @brief Everything clusctl knows of one 32-bit value: what `clusctl decode`
 *        prints, as one result that every front end prints or checks.
 *
 * Caller-allocated (written by the library in full): its reserved room is
 * for members of later minor versions and is written as 0 / NULL.
 */
typedef struct clusctl_description {
    uint32_t code;             /**< the value described */
    clusctl_fields fields;     /**< its fields (clusctl_decode()) */
    const char *object_name;   /**< clusctl_object_name() of the object, or NULL */
    /** clusctl_object_description() of the object, or NULL. */
    const char *object_description;
    const char *access_name;   /**< clusctl_access_name() of the access, or NULL */
    /** The bits 2-19 in place (`code & 0x000FFFFC`): the operation number as
     *  `CLCTL_*` values spell it, without access, internal or user bits. */
    uint32_t operation_bits;
    /** The low 22 bits, `CLUSCTL_GET_CONTROL_FUNCTION(code)`. */
    uint32_t control_function;
    /** The index of the entry to show first: the entry named
     *  (clusctl_describe_name()), else the preferred entry for the resource
     *  type (clusctl_catalog_preferred()); #CCTL_NO_ENTRY when the catalog
     *  has no entry of the value. */
    size_t preferred;
    /** Every entry of the value: catalog indexes @p first to
     *  @p first + @p count - 1 (clusctl_catalog_get()), the preferred one
     *  among them; @p count is 0 when none. Each entry gives its name,
     *  provenance, resource type, description and docs errata. */
    size_t first;
    size_t count;              /**< how many entries; see @p first */
    /** The preferred entry's description, or NULL; its source is
     *  @p description_source. */
    const char *description;
    /** The preferred entry's docs errata (`" | "`-separated), or NULL. */
    const char *docs_errata;
    uint32_t warnings;         /**< clusctl_validate(): #clusctl_warning flags */
    /** When @p preferred is #CCTL_NO_ENTRY: the nearest description
     *  (clusctl_catalog_nearest()); else its operation is #CCTL_NO_ENTRY and
     *  its object members are still set. */
    clusctl_nearest nearest;
    /** clusctl_required_access(): a #clusctl_handle_access. */
    uint32_t handle_access;
    /** clusctl_application_may_send(): 1 or 0. */
    uint32_t application_may_send;
    /** clusctl_catalog_in_sdk(): 1 or 0. */
    uint32_t in_sdk;
    /** 1 when a resource type was given and some entry of the catalog
     *  belongs to it (any value); 0 otherwise. */
    uint32_t resource_type_known;
    /** The preferred entry's input category (a #clusctl_buffer);
     *  `CCTL_BUFFER_UNDOCUMENTED` when the catalog has no entry of the value.
     *  Taken from the reserved room. */
    uint32_t input;
    /** The preferred entry's output category; as @p input. */
    uint32_t output;
    uint32_t reserved[6];          /**< room for later members: 0 */
    /** The preferred entry's input detail (clusctl_entry::input_detail), or
     *  NULL. Taken from the reserved room. */
    const char *input_detail;
    /** The preferred entry's output detail, or NULL. */
    const char *output_detail;
    /** The preferred entry's description source
     *  (clusctl_entry::description_source), or NULL. Taken from the reserved
     *  room (its first pointer slot left): the struct's size is unchanged. */
    const char *description_source;
    const void *reserved_ptr[5];   /**< room for later pointer members: NULL */
} clusctl_description;

/**
 * @brief Describes a value: fields, names, policy, warnings, nearest.
 *
 * @param code Any 32-bit value.
 * @param resource_type A NUL-terminated resource type name that decides the
 *        preferred name (see clusctl_catalog_preferred()), or NULL.
 * @param[out] description Receives the description, written in full. May
 *        overlap @p resource_type: it is written once, at the end.
 * @retval CCTL_ERROR_SUCCESS Written (also for values the catalog does not
 *         hold: then `preferred` is #CCTL_NO_ENTRY and `nearest` says what it
 *         can).
 * @retval CCTL_ERROR_INVALID_PARAMETER @p description is NULL.
 */
CCTL_API clusctl_status clusctl_describe(uint32_t code, const char *resource_type,
                                         clusctl_description *description);

/**
 * @brief Describes the value of a catalog name, with that name preferred.
 *
 * @param name A NUL-terminated catalog name, any ASCII case
 *        (clusctl_catalog_find_name() with #CCTL_MATCH_NOCASE).
 * @param[out] description Receives the description (as clusctl_describe(),
 *        `preferred` the entry named: for a name with an older value too, its
 *        current entry; clusctl_describe_entry() describes the older one).
 *        May overlap @p name: it is written once, at the end.
 * @retval CCTL_ERROR_SUCCESS Written.
 * @retval CCTL_ERROR_NOT_FOUND No entry has that name; nothing is written.
 * @retval CCTL_ERROR_INVALID_PARAMETER @p name or @p description is NULL.
 */
CCTL_API clusctl_status clusctl_describe_name(const char *name,
                                              clusctl_description *description);

/**
 * @brief Describes the value of one catalog entry, with that entry preferred.
 *
 * What clusctl_describe_name() does for a name, for an entry: it also
 * reaches an entry the name does not give, the older value of a name
 * (`CLCTL_FILESERVER_SHARE_ADD` at 0x00400245).
 *
 * @param index The entry's index, 0 to clusctl_catalog_size() - 1.
 * @param[out] description Receives the description (as clusctl_describe(),
 *        `preferred` @p index), written once, at the end.
 * @retval CCTL_ERROR_SUCCESS Written.
 * @retval CCTL_ERROR_NOT_FOUND @p index is clusctl_catalog_size() or more;
 *         nothing is written.
 * @retval CCTL_ERROR_INVALID_PARAMETER @p description is NULL.
 */
CCTL_API clusctl_status clusctl_describe_entry(size_t index,
                                               clusctl_description *description);

/**
 * @brief Whether the catalog knows a resource type: some entry belongs to
 *        it (compared ignoring ASCII case).
 * @param resource_type A NUL-terminated name, or NULL.
 * @return 1 or 0 (0 for NULL).
 */
CCTL_API int clusctl_catalog_resource_type_known(const char *resource_type);

/**
 * @brief Whether the current Windows SDK defines a value.
 * @param value Any 32-bit value.
 * @return 1 when an entry of provenance #CCTL_PROVENANCE_SDK has the value, else 0.
 */
CCTL_API int clusctl_catalog_in_sdk(uint32_t value);

/**
 * @brief The name of a kind.
 * @param kind Any value.
 * @return `"operation"` or `"code"`; NULL for any other value.
 */
CCTL_API const char *clusctl_kind_name(uint32_t kind);

/**
 * @brief The name of a provenance.
 * @param provenance Any value.
 * @return `"sdk"`, `"hyperv"`, `"legacy"` or `"protocol"`; NULL for any other value.
 */
CCTL_API const char *clusctl_provenance_name(uint32_t provenance);

/**
 * @brief The identifier of a buffer category, as `data/control_code_buffers.csv`
 *        and the tool's JSON spell it.
 * @param buffer Any value.
 * @return `"undocumented"`, `"unknown"`, `"none"`, `"property_list"`, ...
 *         (#CCTL_BUFFER_MAP); NULL for any other value.
 */
CCTL_API const char *clusctl_buffer_name(uint32_t buffer);

/**
 * @brief A buffer category in words, as `clusctl decode` prints it.
 * @param buffer Any value.
 * @return `"property list"`, `"none"`, `"string"`, ... (#CCTL_BUFFER_MAP);
 *         NULL for any other value.
 */
CCTL_API const char *clusctl_buffer_text(uint32_t buffer);

CCTL_END_DECLS

#endif /* CCTL_CATALOG_H_ */
