/**
 * @file flags.h
 * @brief Names for the flags and classes that control codes return: the
 *        `CLUS_CHAR_*`, `CLUS_FLAG_*`, `CLUS_RESCLASS_*` and
 *        `CLUS_RESSUBCLASS_*` constants of `ClusApi.h`.
 *
 * `CLUSCTL_*_GET_CHARACTERISTICS` return a DWORD of `CLUS_CHAR_*` bits,
 * `CLUSCTL_RESOURCE_GET_FLAGS` a DWORD of `CLUS_FLAG_*` bits, and
 * `CLUSCTL_*_GET_CLASS_INFO` a `CLUS_RESOURCE_CLASS_INFO`: a class (a value,
 * `CLUS_RESCLASS_*`) and a subclass (bits, `CLUS_RESSUBCLASS_*`, which
 * depend on the class). Which set a code returns comes from its docs page
 * (clusctl_entry::flag_set, from `data/control_code_buffers.csv`); the names
 * and values come from `data/clusprop.csv` (SDK 10.0.26100.6584). Both are
 * generated into the library's tables by `cmake/gen_catalog.py`.
 *
 * Every bit of a value is accounted for: a set bit that no constant names is
 * reported as such (its name is NULL), never dropped.
 *
 * Everything here is pure: no heap, no globals, no I/O.
 */
#ifndef CCTL_FLAGS_H_
#define CCTL_FLAGS_H_

#include <stddef.h>
#include <stdint.h>

#include "export.h"
#include "status.h"

CCTL_BEGIN_DECLS

/**
 * @brief The sets of named constants:
 *        `X(NAME, value, bitmask, prefix, sdk_enum, description)`.
 *
 * `bitmask` is 1 when the set names single bits of a DWORD (and perhaps the
 * value 0), 0 when it names whole values (the resource class). `prefix` is
 * what the constants' names start with (NULL: the set names none);
 * `sdk_enum` the `ClusApi.h` enum they belong to, which the generator reads
 * from `data/clusprop.csv`'s notes. One list feeds #clusctl_flag_set,
 * clusctl_flag_set_name(), clusctl_flag_set_description(),
 * clusctl_flag_set_is_bitmask() and the generator.
 */
#define CCTL_FLAG_SET_MAP(X)                                                   \
    X(CHAR, 1, 1, "CLUS_CHAR", "CLUS_CHARACTERISTICS",                         \
      "the characteristics that the GET_CHARACTERISTICS codes return")         \
    X(FLAG, 2, 1, "CLUS_FLAG", "CLUS_FLAGS",                                   \
      "the flags that CLUSCTL_RESOURCE_GET_FLAGS returns")                     \
    X(UNNAMED, 3, 1, NULL, NULL,                                               \
      "flags for which the docs page names no constants")                      \
    X(RESCLASS, 4, 0, "CLUS_RESCLASS", "CLUSTER_RESOURCE_CLASS",               \
      "the resource class that the GET_CLASS_INFO codes return (a value)")     \
    X(RESSUBCLASS, 5, 1, "CLUS_RESSUBCLASS", "CLUS_RESSUBCLASS",               \
      "the subclass of a class that has no subclass enum of its own")          \
    X(RESSUBCLASS_STORAGE, 6, 1, "CLUS_RESSUBCLASS_STORAGE",                   \
      "CLUS_RESSUBCLASS_STORAGE", "the subclass of a storage resource")        \
    X(RESSUBCLASS_NETWORK, 7, 1, "CLUS_RESSUBCLASS_NETWORK",                   \
      "CLUS_RESSUBCLASS_NETWORK", "the subclass of a network resource")

/**
 * @brief The sets: one constant `CCTL_FLAG_SET_<NAME> = <value>` for each
 *        row of #CCTL_FLAG_SET_MAP (`CCTL_FLAG_SET_CHAR` is 1). 0 is no set.
 */
typedef enum clusctl_flag_set {
    /** @cond INTERNAL */
#define CCTL_FLAG_SET_ENUM_(name, value, bitmask, prefix, sdk_enum, text)      \
    CCTL_FLAG_SET_##name = value,
    CCTL_FLAG_SET_MAP(CCTL_FLAG_SET_ENUM_)
#undef CCTL_FLAG_SET_ENUM_
    /** @endcond */
} clusctl_flag_set;

/**
 * @brief The set that names what a control code returns.
 *
 * The set is the preferred catalog entry's (clusctl_catalog_preferred()
 * without a resource type; clusctl_entry::flag_set): `CCTL_FLAG_SET_CHAR` for
 * the GET_CHARACTERISTICS codes, `CCTL_FLAG_SET_FLAG` for
 * `CLUSCTL_RESOURCE_GET_FLAGS`, `CCTL_FLAG_SET_UNNAMED` for the other GET_FLAGS
 * codes (their pages name no constants), `CCTL_FLAG_SET_RESCLASS` for the
 * GET_CLASS_INFO codes. Only a code's own docs page counts: the bare
 * `CLCTL_*` operations have none.
 *
 * @param code Any 32-bit value.
 * @param[out] set Receives the set; 0 when there is none.
 * @retval CCTL_ERROR_SUCCESS The code returns flags or a class (*set is a
 *         #clusctl_flag_set).
 * @retval CCTL_ERROR_NOT_FOUND The catalog has no entry of the value, or its
 *         docs page says it returns no flags (*set is 0).
 * @retval CCTL_ERROR_INVALID_PARAMETER @p set is NULL.
 */
CCTL_API clusctl_status clusctl_flag_set_for_code(uint32_t code, uint32_t *set);

/**
 * @brief What the constants of a set start with, such as `"CLUS_CHAR"` (the
 *        set's name in the tool's JSON).
 * @param set Any value.
 * @return The prefix; NULL for `CCTL_FLAG_SET_UNNAMED` (it names nothing) and
 *         for a value that is no #clusctl_flag_set.
 */
CCTL_API const char *clusctl_flag_set_name(uint32_t set);

/**
 * @brief A one-line English description of a set.
 * @param set Any value.
 * @return A static string, or NULL for a value that is no #clusctl_flag_set.
 */
CCTL_API const char *clusctl_flag_set_description(uint32_t set);

/**
 * @brief Whether a set names bits (and clusctl_flags_next() walks a value's
 *        bits) or whole values (`CCTL_FLAG_SET_RESCLASS`).
 * @param set Any value.
 * @return 1 for a set of bits; 0 for a set of values and for a value that is
 *         no #clusctl_flag_set.
 */
CCTL_API int clusctl_flag_set_is_bitmask(uint32_t set);

/**
 * @brief The name of the constant of a set that has exactly one value.
 *
 * For a set of bits, @p value is one bit, or 0 (`CLUS_CHAR_UNKNOWN` is 0);
 * for `CCTL_FLAG_SET_RESCLASS`, a class (`CLUS_RESCLASS_STORAGE` is 1).
 *
 * @param set A #clusctl_flag_set.
 * @param value Any 32-bit value.
 * @return The constant's name, such as `"CLUS_CHAR_QUORUM"` for
 *         (`CCTL_FLAG_SET_CHAR`, 1); NULL when no constant of the set has the
 *         value, or @p set is no #clusctl_flag_set.
 */
CCTL_API const char *clusctl_flag_name(uint32_t set, uint32_t value);

/**
 * @brief The named constants of a set, one by one in value order.
 *
 * @param set A #clusctl_flag_set.
 * @param index 0 for the first constant, then 1, 2, ...
 * @param[out] value Receives the constant's value.
 * @param[out] name Receives its name. Must not overlap @p value.
 * @retval CCTL_ERROR_SUCCESS Written.
 * @retval CCTL_ERROR_NOT_FOUND The set has no constant at @p index (none at
 *         all for `CCTL_FLAG_SET_UNNAMED`); nothing is written.
 * @retval CCTL_ERROR_INVALID_PARAMETER @p value or @p name is NULL, they
 *         overlap, or @p set is no #clusctl_flag_set.
 */
CCTL_API clusctl_status clusctl_flag_constant(uint32_t set, size_t index, uint32_t *value,
                                              const char **name);

/**
 * @brief Walks the set bits of a value, lowest first, each with its name.
 *
 * @code
 * uint32_t bit = 0;
 * const char *name;
 * while (clusctl_flags_next(CCTL_FLAG_SET_CHAR, 0x105u, &bit, &name) == CCTL_ERROR_SUCCESS)
 *     printf("0x%08lX %s\n", (unsigned long)bit, name != NULL ? name : "(unknown)");
 * // 0x00000001 CLUS_CHAR_QUORUM, 0x00000004 CLUS_CHAR_LOCAL_QUORUM,
 * // 0x00000100 CLUS_CHAR_COEXIST_IN_SHARED_VOLUME_GROUP
 * @endcode
 *
 * A value of 0 has no set bit: the first call returns `CCTL_ERROR_NOT_FOUND`
 * (clusctl_flag_name() of 0 names it, where the set has a name for it).
 *
 * @param set A set of bits (clusctl_flag_set_is_bitmask()).
 * @param value The value to take apart.
 * @param[in,out] bit In: 0 to start, else the bit the previous call
 *        returned. Out: the next set bit of @p value above it.
 * @param[out] name Receives the bit's constant, or NULL when no constant of
 *        the set names it (an unknown bit). Must not overlap @p bit.
 * @retval CCTL_ERROR_SUCCESS *bit and *name are the next bit.
 * @retval CCTL_ERROR_NOT_FOUND No set bit is above *bit: done; nothing is
 *         written.
 * @retval CCTL_ERROR_INVALID_PARAMETER @p bit or @p name is NULL, they
 *         overlap, @p set is no set of bits, or *bit is neither 0 nor one
 *         bit; nothing is written.
 */
CCTL_API clusctl_status clusctl_flags_next(uint32_t set, uint32_t value, uint32_t *bit,
                                           const char **name);

/**
 * @brief The set that names the subclass bits of a resource class.
 *
 * `ClusApi.h` has a subclass enum per class for storage
 * (`CLUS_RESSUBCLASS_STORAGE_*`, for `CLUS_RESCLASS_STORAGE`) and network
 * (`CLUS_RESSUBCLASS_NETWORK_*`, for `CLUS_RESCLASS_NETWORK`); any other
 * class gets the legacy enum (`CCTL_FLAG_SET_RESSUBCLASS`:
 * `CLUS_RESSUBCLASS_SHARED`).
 *
 * @param resclass Any class value.
 * @param[out] set Receives the subclass set.
 * @retval CCTL_ERROR_SUCCESS Written.
 * @retval CCTL_ERROR_INVALID_PARAMETER @p set is NULL.
 */
CCTL_API clusctl_status clusctl_subclass_set(uint32_t resclass, uint32_t *set);

CCTL_END_DECLS

#endif /* CCTL_FLAGS_H_ */
