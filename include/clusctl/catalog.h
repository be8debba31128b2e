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
 * type, and the SDK itself has aliases.
 *
 * Every lookup is O(log n), allocates nothing, and reads only `static const`
 * tables, so threads can share them freely.
 */
#ifndef CCTL_CATALOG_H_
#define CCTL_CATALOG_H_

#include <stddef.h>
#include <stdint.h>

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

/** @brief One named control code. All strings are static. */
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
} clusctl_entry;

/**
 * @brief The number of entries in the catalog.
 * @return The count; entries are numbered 0 to count - 1.
 */
CCTL_API size_t clusctl_catalog_size(void);

/**
 * @brief One entry, by its index in value order.
 * @param index 0 to clusctl_catalog_size() - 1.
 * @return The entry, or NULL when @p index is out of range.
 */
CCTL_API const clusctl_entry *clusctl_catalog_entry(size_t index);

/**
 * @brief The entries that have one value: indexes first to first + count - 1,
 *        preferred name first.
 *
 * @param value Any 32-bit value.
 * @param[out] first Receives the index of the first entry; when there is none,
 *             the index where the value would be.
 * @param[out] count Receives the number of entries (0 when none).
 * @retval CCTL_ERROR_SUCCESS At least one entry has the value.
 * @retval CCTL_ERROR_NOT_FOUND No entry has it (*count is 0).
 * @retval CCTL_ERROR_INVALID_PARAMETER @p first or @p count is NULL.
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
 * @param[out] count Receives the number of entries (0 when none).
 * @retval CCTL_ERROR_SUCCESS At least one entry has the object.
 * @retval CCTL_ERROR_NOT_FOUND No entry has it (*count is 0).
 * @retval CCTL_ERROR_INVALID_PARAMETER @p object is over 255, or @p first or
 *         @p count is NULL.
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
 * @return The entry, or NULL when no entry has the value.
 */
CCTL_API const clusctl_entry *clusctl_catalog_preferred(uint32_t value,
                                                        const char *resource_type);

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
 * @param[out] entry Receives the entry.
 * @retval CCTL_ERROR_SUCCESS Found.
 * @retval CCTL_ERROR_NOT_FOUND No entry has that name.
 * @retval CCTL_ERROR_INVALID_PARAMETER @p name or @p entry is NULL, or
 *         @p match is neither value.
 */
CCTL_API clusctl_status clusctl_catalog_find_name(const char *name, clusctl_match match,
                                                  const clusctl_entry **entry);

/**
 * @brief The names closest to a name that is not in the catalog, for "did you
 *        mean" messages.
 *
 * Closeness is the edit distance (insertions, deletions, substitutions),
 * ignoring ASCII case; names farther than a third of their length are not
 * suggested. Ties keep name order.
 *
 * @param name A NUL-terminated name, of any length.
 * @param[out] out Receives up to @p capacity entries (8 at the most),
 *             closest first.
 * @param capacity Room in @p out; 0 is allowed (then only *count is set to
 *             0); above 8, 8 entries at the most are written.
 * @param[out] count Receives the number of entries written.
 * @retval CCTL_ERROR_SUCCESS Done (*count may be 0).
 * @retval CCTL_ERROR_INVALID_PARAMETER @p name or @p count is NULL, or @p out
 *         is NULL with a nonzero @p capacity.
 */
CCTL_API clusctl_status clusctl_catalog_suggest(const char *name, const clusctl_entry **out,
                                                size_t capacity, size_t *count);

/** @brief What the catalog can say of a value it does not hold. */
typedef struct clusctl_nearest {
    uint32_t object;          /**< the value's object code (bits 24-31) */
    const char *object_name;  /**< its name (clusctl_object_name()), or NULL */
    /** The preferred operation entry whose value equals the low 24 bits of
     *  the value (for 0x05000009, `CLCTL_GET_FLAGS`), or NULL. */
    const clusctl_entry *operation;
} clusctl_nearest;

/**
 * @brief The nearest description of a value: its object and the `CLCTL_*`
 *        operation with the same low 24 bits ("CLCTL_GET_FLAGS on NETWORK").
 *
 * @param value Any 32-bit value (meant for values the catalog does not hold).
 * @param[out] nearest Receives the description.
 * @retval CCTL_ERROR_SUCCESS An operation matches (nearest->operation is set).
 * @retval CCTL_ERROR_NOT_FOUND Nothing matches (nearest->operation is NULL;
 *         the object fields are still set).
 * @retval CCTL_ERROR_INVALID_PARAMETER @p nearest is NULL.
 */
CCTL_API clusctl_status clusctl_catalog_nearest(uint32_t value, clusctl_nearest *nearest);

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
 * @brief The access a cluster handle needs for a control code, as the
 *        `OpenCluster*Ex` `DesiredAccess` bits of `clusapi.h`.
 */
typedef enum clusctl_handle_access {
    /** `CLUSAPI_READ_ACCESS` (1). */
    CCTL_HANDLE_ACCESS_READ = 1,
    /** `CLUSAPI_ALL_ACCESS` (3: read and change). */
    CCTL_HANDLE_ACCESS_ALL = 3
} clusctl_handle_access;

/**
 * @brief The handle access a caller needs to send a control code.
 *
 * Rule (MS-CMRP, the `Api*Control` methods): when the modify bit (22) is
 * set, the server requires a handle opened with 'All' access
 * (`CLUSAPI_ALL_ACCESS`); any other code needs read access. The access bits
 * (0-1) only describe the operation; they do not decide the handle access.
 *
 * @param code Any 32-bit value.
 * @return #CCTL_HANDLE_ACCESS_ALL when bit 22 is set, else
 *         #CCTL_HANDLE_ACCESS_READ.
 */
CCTL_API clusctl_handle_access clusctl_required_access(uint32_t code);

/**
 * @brief The name of a handle access.
 * @param access Any value.
 * @return `"READ"` or `"ALL"`; NULL for any other value.
 */
CCTL_API const char *clusctl_handle_access_name(uint32_t access);

/**
 * @brief Whether an application may send a control code.
 *
 * Rule (`ClusApi.h` groups them as "Internal control codes"; Microsoft's page
 * for each says "because the control code is internal, applications cannot
 * use it in a control code function"): codes with the internal bit (20) set
 * are sent by the Cluster service to resources and resource types only.
 * Every other code may be sent (its recipient may still not handle it).
 *
 * @param code Any 32-bit value.
 * @return 0 when bit 20 is set, else 1.
 */
CCTL_API int clusctl_application_may_send(uint32_t code);

CCTL_END_DECLS

#endif /* CCTL_CATALOG_H_ */
