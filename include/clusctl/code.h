/**
 * @file code.h
 * @brief The control-code codec: fields to a 32-bit code and back,
 *        names of objects and access modes, validation, and twins of the
 *        SDK's own macros.
 *
 * A Failover Cluster control code is 32 bits:
 *
 * | bits  | field    | meaning                                            |
 * |-------|----------|----------------------------------------------------|
 * | 24-31 | object   | the kind of object the code acts on (#clusctl_object) |
 * | 23    | global   | the operation applies to every node                 |
 * | 22    | modify   | the operation changes the object (needs 'All' access) |
 * | 21    | user     | a code private to one resource type's DLL           |
 * | 20    | internal | sent by the Cluster service only                    |
 * | 2-19  | function | the 18-bit operation number                         |
 * | 0-1   | access   | ANY 0, READ 1, WRITE 2 (#clusctl_access)            |
 *
 * Everything here is pure: no heap, no globals, no I/O.
 *
 * **The codec inline.** clusctl_decode(), clusctl_encode() and
 * clusctl_fields_check() are exported functions (for C++, FFI and any
 * caller that takes their address) and, for C99 and later C callers, also
 * `static inline` functions behind variadic macros of the same names:
 * a call `clusctl_decode(code, &f)` compiles to the shifts and masks in
 * place, at the cost of the SDK's macros, with exactly the documented
 * behaviour of the exported function (same statuses, same NULL and range
 * checks, same outputs; each argument evaluated once, arguments with commas
 * of their own such as compound literals welcome). The exported
 * functions are built from the same inline bodies (tests/test_codec_paths.c
 * checks that the two agree). Writing the name without
 * a call (`&clusctl_decode`, `(clusctl_decode)(code, &f)`) reaches the
 * exported function. Define #CCTL_NO_INLINE_CODEC before including any
 * clusctl header to call the exported functions only; C++ and compilers
 * before C99 always do (#CCTL_INLINE_CODEC says which path a file gets).
 * Inlined code keeps the behaviour of the header it was compiled with; the
 * codec's behaviour is part of the API and does not change within a SONAME.
 */
#ifndef CCTL_CODE_H_
#define CCTL_CODE_H_

#include <stddef.h>
#include <stdint.h>

#include "export.h"
#include "status.h"

CCTL_BEGIN_DECLS

/** @name Field positions and widths
 *  Bit positions of the fields, twins of the SDK's `*_SHIFT` macros.
 *  @{ */
#define CCTL_ACCESS_SHIFT 0    /**< access, bits 0-1 (`CLUSCTL_ACCESS_SHIFT`) */
#define CCTL_FUNCTION_SHIFT 2  /**< function, bits 2-19 (`CLUSCTL_FUNCTION_SHIFT`) */
#define CCTL_INTERNAL_SHIFT 20 /**< internal bit (`CLCTL_INTERNAL_SHIFT`) */
#define CCTL_USER_SHIFT 21     /**< user bit (`CLCTL_USER_SHIFT`) */
#define CCTL_MODIFY_SHIFT 22   /**< modify bit (`CLCTL_MODIFY_SHIFT`) */
#define CCTL_GLOBAL_SHIFT 23   /**< global bit (`CLCTL_GLOBAL_SHIFT`) */
#define CCTL_OBJECT_SHIFT 24   /**< object code, bits 24-31 (`CLUSCTL_OBJECT_SHIFT`) */

#define CCTL_OBJECT_MAX 0xFFu      /**< largest object code (8 bits) */
#define CCTL_FUNCTION_MAX 0x3FFFFu /**< largest function number (18 bits) */
#define CCTL_ACCESS_MAX 3u         /**< largest access value (2 bits) */
/** @} */

/** @name Masks, twins of the SDK's
 *  @{ */
/** The internal bit in place (`CLCTL_INTERNAL_MASK`). */
#define CCTL_INTERNAL_MASK ((uint32_t)1 << CCTL_INTERNAL_SHIFT)
/** The user bit in place (`CLCTL_USER_MASK`). */
#define CCTL_USER_MASK ((uint32_t)1 << CCTL_USER_SHIFT)
/** The modify bit in place (`CLCTL_MODIFY_MASK`). */
#define CCTL_MODIFY_MASK ((uint32_t)1 << CCTL_MODIFY_SHIFT)
/** The global bit in place (`CLCTL_GLOBAL_MASK`). */
#define CCTL_GLOBAL_MASK ((uint32_t)1 << CCTL_GLOBAL_SHIFT)
/** The low 22 bits: what the SDK calls the control function (`CLUSCTL_CONTROL_CODE_MASK`). */
#define CCTL_CONTROL_CODE_MASK ((uint32_t)0x3FFFFF)
/** The object code after shifting (`CLUSCTL_OBJECT_MASK`). */
#define CCTL_OBJECT_MASK ((uint32_t)0xFF)
/** The access mode (`CLUSCTL_ACCESS_MODE_MASK`). */
#define CCTL_ACCESS_MODE_MASK ((uint32_t)0x03)
/** The base the SDK adds to a user function number (`CLCTL_USER_BASE`, 1 << 21). */
#define CCTL_USER_BASE ((uint32_t)1 << CCTL_USER_SHIFT)
/** @} */

/**
 * @name Twins of the SDK's macros
 * Bit-for-bit equal to the `ClusApi.h` macro named in each brief, computed in
 * `uint32_t` (so object codes of 0x80 and above are defined behaviour) and
 * usable in constant expressions such as `case` labels.
 * @{
 */
/** `CLCTL_EXTERNAL_CODE(Function, Access, Modify)`: an external operation. */
#define CCTL_EXTERNAL_CODE(Function, Access, Modify)                           \
    (((uint32_t)(Access) << CCTL_ACCESS_SHIFT) |                               \
     ((uint32_t)(Function) << CCTL_FUNCTION_SHIFT) |                           \
     ((uint32_t)(Modify) << CCTL_MODIFY_SHIFT))
/** `CLCTL_INTERNAL_CODE(Function, Access, Modify)`: an internal operation (bit 20 set). */
#define CCTL_INTERNAL_CODE(Function, Access, Modify)                           \
    (CCTL_EXTERNAL_CODE(Function, Access, Modify) | CCTL_INTERNAL_MASK)
/** An operation placed on any object code: `(Object << 24) | Operation`. */
#define CCTL_OBJECT_CODE(Object, Operation)                                    \
    (((uint32_t)(Object) << CCTL_OBJECT_SHIFT) | (uint32_t)(Operation))
/** `CLUSCTL_RESOURCE_CODE(Function)` */
#define CCTL_RESOURCE_CODE(Operation) CCTL_OBJECT_CODE(CCTL_OBJECT_RESOURCE, Operation)
/** `CLUSCTL_RESOURCE_TYPE_CODE(Function)` */
#define CCTL_RESOURCE_TYPE_CODE(Operation) CCTL_OBJECT_CODE(CCTL_OBJECT_RESOURCE_TYPE, Operation)
/** `CLUSCTL_GROUP_CODE(Function)` */
#define CCTL_GROUP_CODE(Operation) CCTL_OBJECT_CODE(CCTL_OBJECT_GROUP, Operation)
/** `CLUSCTL_NODE_CODE(Function)` */
#define CCTL_NODE_CODE(Operation) CCTL_OBJECT_CODE(CCTL_OBJECT_NODE, Operation)
/** `CLUSCTL_NETWORK_CODE(Function)` */
#define CCTL_NETWORK_CODE(Operation) CCTL_OBJECT_CODE(CCTL_OBJECT_NETWORK, Operation)
/** `CLUSCTL_NETINTERFACE_CODE(Function)` */
#define CCTL_NETINTERFACE_CODE(Operation) CCTL_OBJECT_CODE(CCTL_OBJECT_NETINTERFACE, Operation)
/** `CLUSCTL_CLUSTER_CODE(Function)` */
#define CCTL_CLUSTER_CODE(Operation) CCTL_OBJECT_CODE(CCTL_OBJECT_CLUSTER, Operation)
/** `CLUSCTL_GROUPSET_CODE(Function)` */
#define CCTL_GROUPSET_CODE(Operation) CCTL_OBJECT_CODE(CCTL_OBJECT_GROUPSET, Operation)
/** `CLUSCTL_AFFINITYRULE_CODE(Function)` */
#define CCTL_AFFINITYRULE_CODE(Operation) CCTL_OBJECT_CODE(CCTL_OBJECT_AFFINITYRULE, Operation)
/**
 * `CLUSCTL_USER_CODE(Function, Object)`, quirk included: the SDK adds
 * `CLCTL_USER_BASE` (1 << 21) to the function *before* shifting it left by
 * 2, so the user flag lands on bit 23 (global), not on bit 21 (user), and
 * the code has access ANY and no modify bit. The Hyper-V VM codes do not
 * use this macro: they set bit 21 directly (see #CCTL_USER_MASK).
 */
#define CCTL_USER_CODE(Function, Object)                                       \
    (((uint32_t)(Object) << CCTL_OBJECT_SHIFT) |                               \
     ((CCTL_USER_BASE + (uint32_t)(Function)) << CCTL_FUNCTION_SHIFT))
/**
 * `CLUSCTL_GET_CONTROL_FUNCTION(ControlCode)`: the low 22 bits (`code &
 * 0x3FFFFF`). Beware: this keeps the access, internal and user bits; it is
 * not the 18-bit function number (clusctl_fields::function is).
 */
#define CCTL_GET_CONTROL_FUNCTION(ControlCode)                                 \
    (((uint32_t)(ControlCode) >> CCTL_ACCESS_SHIFT) & CCTL_CONTROL_CODE_MASK)
/** `CLUSCTL_GET_ACCESS_MODE(ControlCode)`: bits 0-1. */
#define CCTL_GET_ACCESS_MODE(ControlCode)                                      \
    (((uint32_t)(ControlCode) >> CCTL_ACCESS_SHIFT) & CCTL_ACCESS_MODE_MASK)
/** `CLUSCTL_GET_CONTROL_OBJECT(ControlCode)`: bits 24-31. */
#define CCTL_GET_CONTROL_OBJECT(ControlCode)                                   \
    (((uint32_t)(ControlCode) >> CCTL_OBJECT_SHIFT) & CCTL_OBJECT_MASK)
/** `CLUSCTL_GET_USER(ControlCode)`: bit 21, as 0 or 1. */
#define CCTL_GET_USER(ControlCode)                                             \
    (((uint32_t)(ControlCode) & CCTL_USER_MASK) >> CCTL_USER_SHIFT)
/** @} */

/**
 * @brief The object codes the SDK defines (`CLUS_OBJECT_*`), bits 24-31:
 *        `X(NAME, value, description)`.
 *
 * One list feeds #clusctl_object, clusctl_object_name(),
 * clusctl_object_from_name(), clusctl_object_description() and the tool's
 * help and messages.
 */
#define CCTL_OBJECT_MAP(X)                                                     \
    X(INVALID, 0, "no object: a bare CLCTL_* operation")                       \
    X(RESOURCE, 1, "a resource")                                               \
    X(RESOURCE_TYPE, 2, "a resource type")                                     \
    X(GROUP, 3, "a group (role)")                                              \
    X(NODE, 4, "a node")                                                       \
    X(NETWORK, 5, "a network")                                                 \
    X(NETINTERFACE, 6, "a network interface")                                  \
    X(CLUSTER, 7, "the cluster")                                               \
    X(GROUPSET, 8, "a group set")                                              \
    X(AFFINITYRULE, 9, "an affinity rule")                                     \
    X(USER, 0x80, "user-defined object (CLUS_OBJECT_USER)")

/**
 * @brief The object codes: one constant `CCTL_OBJECT_<NAME> = <value>` for
 *        each row of #CCTL_OBJECT_MAP (`CCTL_OBJECT_RESOURCE` is 1).
 */
typedef enum clusctl_object {
    /** @cond INTERNAL */
#define CCTL_OBJECT_ENUM_(name, value, text) CCTL_OBJECT_##name = value,
    CCTL_OBJECT_MAP(CCTL_OBJECT_ENUM_)
#undef CCTL_OBJECT_ENUM_
    /** @endcond */
} clusctl_object;

/**
 * @brief The access modes (`CLUS_ACCESS_*`), bits 0-1:
 *        `X(NAME, value, description)`. The value 3 has no name.
 *
 * One list feeds #clusctl_access, clusctl_access_name(),
 * clusctl_access_from_name() and the tool's help and messages.
 */
#define CCTL_ACCESS_MAP(X)                                                     \
    X(ANY, 0, "any access")                                                    \
    X(READ, 1, "reads the object")                                             \
    X(WRITE, 2, "changes the object")

/**
 * @brief Access modes: one constant `CCTL_ACCESS_<NAME> = <value>` for each
 *        row of #CCTL_ACCESS_MAP (`CCTL_ACCESS_READ` is 1).
 */
typedef enum clusctl_access {
    /** @cond INTERNAL */
#define CCTL_ACCESS_ENUM_(name, value, text) CCTL_ACCESS_##name = value,
    CCTL_ACCESS_MAP(CCTL_ACCESS_ENUM_)
#undef CCTL_ACCESS_ENUM_
    /** @endcond */
} clusctl_access;

/**
 * @brief The fields of a control code, written once:
 *        `X(FLAG, member, shift, max)`.
 *
 * `member` names the #clusctl_fields member, `shift` its lowest bit, `max`
 * its largest value (all ones in its width). This list generates
 * clusctl_encode(), clusctl_decode(), clusctl_fields_check(),
 * clusctl_field_name() and clusctl_field_max(); `cmake/gen_catalog.py` reads
 * it to check the catalog's field columns.
 */
#define CCTL_FIELD_MAP(X)                                                      \
    X(OBJECT, object, CCTL_OBJECT_SHIFT, CCTL_OBJECT_MAX)                      \
    X(GLOBAL, global, CCTL_GLOBAL_SHIFT, 1u)                                   \
    X(MODIFY, modify, CCTL_MODIFY_SHIFT, 1u)                                   \
    X(USER, user, CCTL_USER_SHIFT, 1u)                                         \
    X(INTERNAL, internal, CCTL_INTERNAL_SHIFT, 1u)                             \
    X(FUNCTION, function, CCTL_FUNCTION_SHIFT, CCTL_FUNCTION_MAX)              \
    X(ACCESS, access, CCTL_ACCESS_SHIFT, CCTL_ACCESS_MAX)

/** @brief Words of room that #clusctl_fields keeps for later members. */
#define CCTL_FIELDS_RESERVED 1

/**
 * @brief A control code taken apart. Each member holds one field, shifted
 *        down to bit 0.
 *
 * The members are wider than their fields on purpose: clusctl_encode()
 * rejects a value that does not fit instead of masking it.
 *
 * Caller-allocated: zero it before use (`clusctl_fields f = {0};`), as
 * every struct of this API (see "Growing the ABI" in the README).
 */
typedef struct clusctl_fields {
    uint32_t object;   /**< bits 24-31: 0 to 255 (#clusctl_object) */
    uint32_t global;   /**< bit 23: 0 or 1 */
    uint32_t modify;   /**< bit 22: 0 or 1 */
    uint32_t user;     /**< bit 21: 0 or 1 */
    uint32_t internal; /**< bit 20: 0 or 1 */
    uint32_t function; /**< bits 2-19: 0 to 262143 (the 18-bit function number) */
    uint32_t access;   /**< bits 0-1: 0 to 3 (#clusctl_access) */
    /** Room for later members: 0 on input (else #CCTL_FIELD_RESERVED), and
     *  0 on output. */
    uint32_t reserved[CCTL_FIELDS_RESERVED];
} clusctl_fields;

/**
 * @brief Flags naming the members of #clusctl_fields, as returned by
 *        clusctl_fields_check().
 */
typedef enum clusctl_field {
    CCTL_FIELD_OBJECT = 0x01,   /**< clusctl_fields::object */
    CCTL_FIELD_GLOBAL = 0x02,   /**< clusctl_fields::global */
    CCTL_FIELD_MODIFY = 0x04,   /**< clusctl_fields::modify */
    CCTL_FIELD_USER = 0x08,     /**< clusctl_fields::user */
    CCTL_FIELD_INTERNAL = 0x10, /**< clusctl_fields::internal */
    CCTL_FIELD_FUNCTION = 0x20, /**< clusctl_fields::function */
    CCTL_FIELD_ACCESS = 0x40,   /**< clusctl_fields::access */
    CCTL_FIELD_RESERVED = 0x80  /**< clusctl_fields::reserved is not all 0 */
} clusctl_field;

/**
 * @brief Builds a control code from its fields.
 *
 * C99 and later C callers get it inline, with the same behaviour (see
 * code.h, "The codec inline"; #CCTL_INLINE_CODEC).
 *
 * @param fields The fields; each must fit its width, and the reserved
 *        room must be 0.
 * @param[out] code Receives the code. Left untouched on error. May point
 *        into @p fields: every field is read before the code is written.
 * @retval CCTL_ERROR_SUCCESS The code was written.
 * @retval CCTL_ERROR_INVALID_PARAMETER @p fields or @p code is NULL, or a
 *         field is out of range or the reserved room is not 0
 *         (clusctl_fields_check() says which); nothing is ever masked.
 */
CCTL_API clusctl_status clusctl_encode(const clusctl_fields *fields, uint32_t *code);

/**
 * @brief Takes a control code apart. Total: every 32-bit value decodes, and
 *        clusctl_encode() of the result gives @p code back.
 *
 * C99 and later C callers get it inline, with the same behaviour (see
 * code.h, "The codec inline"; #CCTL_INLINE_CODEC).
 *
 * @param code Any 32-bit value.
 * @param[out] fields Receives the fields, the reserved room set to 0.
 * @retval CCTL_ERROR_SUCCESS The fields were written.
 * @retval CCTL_ERROR_INVALID_PARAMETER @p fields is NULL.
 */
CCTL_API clusctl_status clusctl_decode(uint32_t code, clusctl_fields *fields);

/**
 * @brief Says which fields do not fit their width.
 *
 * C99 and later C callers get it inline, with the same behaviour (see
 * code.h, "The codec inline"; #CCTL_INLINE_CODEC).
 *
 * @param fields The fields to check.
 * @return A bitwise OR of #clusctl_field flags, one for each member out of
 *         range (#CCTL_FIELD_RESERVED when the reserved room is not 0); 0
 *         when all fit. When @p fields is NULL, every flag.
 */
CCTL_API uint32_t clusctl_fields_check(const clusctl_fields *fields);

#if defined(CCTL_DOXYGEN)
/**
 * @def CCTL_NO_INLINE_CODEC
 * @brief Define it (to anything) before including a clusctl header to call
 *        the exported clusctl_decode(), clusctl_encode() and
 *        clusctl_fields_check() instead of their inline versions.
 */
#define CCTL_NO_INLINE_CODEC
#endif

#if defined(CCTL_DOXYGEN) ||                                                   \
    (!defined(CCTL_NO_INLINE_CODEC) && !defined(__cplusplus) &&                \
     defined(__STDC_VERSION__) && __STDC_VERSION__ >= 199901L)
/**
 * @def CCTL_INLINE_CODEC
 * @brief Defined (to 1) when this file's calls of clusctl_decode(),
 *        clusctl_encode() and clusctl_fields_check() are the inline ones:
 *        C99 or later, not C++, #CCTL_NO_INLINE_CODEC not defined.
 */
#define CCTL_INLINE_CODEC 1
#endif

#if defined(CCTL_INLINE_CODEC) && !defined(CCTL_DOXYGEN)
/* The codec's one definition: the inline path and the exported functions
 * (src/code.c) both run these bodies. Not API: call the documented names. */
static inline uint32_t clusctl__fields_check_inline(const clusctl_fields *fields)
{
    uint32_t bad = 0;
    size_t i;
    if (fields == NULL) {
#define CCTL_ALL_(FLAG, member, shift, max) | CCTL_FIELD_##FLAG
        return (uint32_t)(CCTL_FIELD_RESERVED CCTL_FIELD_MAP(CCTL_ALL_));
#undef CCTL_ALL_
    }
    /* Flags by masks, not branches, and no loop for the one reserved word
     * there is today: loops of calls vectorize. */
    bad = (0u - (uint32_t)(fields->reserved[0] != 0)) & (uint32_t)CCTL_FIELD_RESERVED;
    for (i = 1; i < CCTL_FIELDS_RESERVED; i++)
        bad |= (0u - (uint32_t)(fields->reserved[i] != 0)) & (uint32_t)CCTL_FIELD_RESERVED;
#define CCTL_CHECK_(FLAG, member, shift, max)                                  \
    bad |= (0u - (uint32_t)(fields->member > (max))) & (uint32_t)CCTL_FIELD_##FLAG;
    CCTL_FIELD_MAP(CCTL_CHECK_)
#undef CCTL_CHECK_
    return bad;
}

static inline clusctl_status clusctl__encode_inline(const clusctl_fields *fields,
                                                   uint32_t *code)
{
    uint32_t value, over;
    size_t i;
    if (fields == NULL || code == NULL)
        return CCTL_ERROR_INVALID_PARAMETER;
    /* clusctl_fields_check() != 0, cheaper: each max is all ones in its
     * width, so a field fits when it has no bit outside max. */
#define CCTL_OVER_(FLAG, member, shift, max) | (fields->member & ~(uint32_t)(max))
    over = fields->reserved[0] CCTL_FIELD_MAP(CCTL_OVER_);
#undef CCTL_OVER_
    for (i = 1; i < CCTL_FIELDS_RESERVED; i++)
        over |= fields->reserved[i];
    if (over != 0)
        return CCTL_ERROR_INVALID_PARAMETER;
#define CCTL_PUT_(FLAG, member, shift, max) | (fields->member << (shift))
    value = 0u CCTL_FIELD_MAP(CCTL_PUT_);
#undef CCTL_PUT_
    *code = value; /* after every read: code may point into fields */
    return CCTL_ERROR_SUCCESS;
}

static inline clusctl_status clusctl__decode_inline(uint32_t code, clusctl_fields *fields)
{
    size_t i;
    if (fields == NULL)
        return CCTL_ERROR_INVALID_PARAMETER;
#define CCTL_GET_(FLAG, member, shift, max) fields->member = (code >> (shift)) & (max);
    CCTL_FIELD_MAP(CCTL_GET_)
#undef CCTL_GET_
    for (i = 0; i < CCTL_FIELDS_RESERVED; i++)
        fields->reserved[i] = 0;
    return CCTL_ERROR_SUCCESS;
}

/* Variadic, so that an argument with commas of its own (a compound literal,
 * `&(clusctl_fields){.object = 1, .function = 2}`) passes as it would to a
 * function. */
#define clusctl_fields_check(...) clusctl__fields_check_inline(__VA_ARGS__)
#define clusctl_encode(...) clusctl__encode_inline(__VA_ARGS__)
#define clusctl_decode(...) clusctl__decode_inline(__VA_ARGS__)
#endif

/**
 * @brief The name of one field, as used by the `clusctl` tool and in JSON.
 *
 * @param field One #clusctl_field flag.
 * @return `"object"`, `"global"`, ..., `"access"`, `"reserved"`; NULL when
 *         @p field is not exactly one flag.
 */
CCTL_API const char *clusctl_field_name(uint32_t field);

/**
 * @brief The largest value one field takes.
 *
 * @param field One #clusctl_field flag.
 * @return 255 for the object, 1 for a flag bit, 262143 for the function, 3
 *         for the access; 0 for #CCTL_FIELD_RESERVED (which must be 0) and
 *         when @p field is not exactly one flag.
 */
CCTL_API uint32_t clusctl_field_max(uint32_t field);

/**
 * @brief The SDK name of an object code, without its `CLUS_OBJECT_` prefix.
 *
 * @param object Any value.
 * @return `"RESOURCE"`, `"RESOURCE_TYPE"`, ..., `"USER"`, or NULL when the
 *         SDK defines no object with that code.
 */
CCTL_API const char *clusctl_object_name(uint32_t object);

/**
 * @brief What an object code stands for, in a few words (`"a resource"`).
 *
 * @param object Any value.
 * @return A static string, or NULL when the SDK defines no object with that
 *         code.
 */
CCTL_API const char *clusctl_object_description(uint32_t object);

/**
 * @brief Finds an object code by name, ignoring case.
 *
 * @param name A NUL-terminated name as clusctl_object_name() gives it
 *             (`"resource_type"`, `"Cluster"`, ...).
 * @param[out] object Receives the object code.
 * @retval CCTL_ERROR_SUCCESS Found.
 * @retval CCTL_ERROR_INVALID_PARAMETER @p name or @p object is NULL.
 * @retval CCTL_ERROR_NOT_FOUND No object has that name.
 */
CCTL_API clusctl_status clusctl_object_from_name(const char *name, uint32_t *object);

/**
 * @brief The SDK name of an access mode, without its `CLUS_ACCESS_` prefix.
 *
 * @param access Any value.
 * @return `"ANY"`, `"READ"` or `"WRITE"`; NULL for 3 and above.
 */
CCTL_API const char *clusctl_access_name(uint32_t access);

/**
 * @brief Finds an access mode by name, ignoring case.
 *
 * @param name A NUL-terminated name: `"any"`, `"read"` or `"write"`.
 * @param[out] access Receives the access mode.
 * @retval CCTL_ERROR_SUCCESS Found.
 * @retval CCTL_ERROR_INVALID_PARAMETER @p name or @p access is NULL.
 * @retval CCTL_ERROR_NOT_FOUND No access mode has that name.
 */
CCTL_API clusctl_status clusctl_access_from_name(const char *name, uint32_t *access);

/**
 * @brief The validation flags: `X(name, flag, id, description)`.
 *
 * One list feeds #clusctl_warning, clusctl_warning_id() and
 * clusctl_warning_description().
 */
#define CCTL_WARNING_MAP(X)                                                    \
    X(UNKNOWN_OBJECT, 0x01, "unknown_object",                                  \
      "the object code is none that the SDK defines")                          \
    X(ACCESS_3, 0x02, "access_3",                                              \
      "access is 3, which is neither ANY, READ nor WRITE")                     \
    X(GLOBAL, 0x04, "global",                                                  \
      "the global bit (23) is set, which no current SDK code does")            \
    X(USER_CODE_MACRO, 0x08, "user_code_macro",                                \
      "bit 23 set and bit 21 clear: looks made by the SDK's CLUSCTL_USER_CODE" \
      " macro, which puts CLCTL_USER_BASE on bit 23")                          \
    X(USER_AND_INTERNAL, 0x10, "user_and_internal",                            \
      "both the user (21) and internal (20) bits are set")

/**
 * @brief What a value does that no current SDK code does, as flags that
 *        clusctl_validate() returns.
 *
 * One constant `CCTL_WARN_<name> = <flag>` for each row of
 * #CCTL_WARNING_MAP: `CCTL_WARN_UNKNOWN_OBJECT`, `CCTL_WARN_ACCESS_3`,
 * `CCTL_WARN_GLOBAL`, `CCTL_WARN_USER_CODE_MACRO`,
 * `CCTL_WARN_USER_AND_INTERNAL`.
 */
typedef enum clusctl_warning {
    /** @cond INTERNAL */
#define CCTL_WARNING_ENUM_(name, flag, id, text) CCTL_WARN_##name = flag,
    CCTL_WARNING_MAP(CCTL_WARNING_ENUM_)
#undef CCTL_WARNING_ENUM_
    /** @endcond */
} clusctl_warning;

/**
 * @brief Checks a value against what the current SDK's codes do.
 *
 * A code that sets none of these flags may still be unknown to the SDK;
 * a flag is a warning, not a verdict (legacy SDKs had global codes).
 *
 * @param code Any 32-bit value.
 * @return A bitwise OR of #clusctl_warning flags; 0 when none applies.
 */
CCTL_API uint32_t clusctl_validate(uint32_t code);

/**
 * @brief The stable identifier of one validation flag, such as
 *        `"unknown_object"` (used in the tool's JSON).
 *
 * @param warning One #clusctl_warning flag.
 * @return A static string, or NULL when @p warning is not exactly one flag.
 */
CCTL_API const char *clusctl_warning_id(uint32_t warning);

/**
 * @brief A one-line English description of one validation flag.
 *
 * @param warning One #clusctl_warning flag.
 * @return A static string, or NULL when @p warning is not exactly one flag.
 */
CCTL_API const char *clusctl_warning_description(uint32_t warning);

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

/**
 * @brief Parses a number the way the `clusctl` tool reads one: `0x`-prefixed
 *        hex or decimal, nothing else.
 *
 * Strict on purpose: no sign, no white space, no trailing characters, no
 * octal (a decimal number may not start with 0 unless it is 0), and at least
 * one digit after `0x` (or `0X`). Hex digits may be either case, and hex may
 * have leading zeros.
 *
 * @param text A NUL-terminated string.
 * @param[out] value Receives the number. Left untouched on error. May
 *        overlap @p text: it is written once, after the whole text is read.
 * @retval CCTL_ERROR_SUCCESS Parsed.
 * @retval CCTL_ERROR_INVALID_PARAMETER @p text or @p value is NULL.
 * @retval CCTL_ERROR_INVALID_DATA @p text is empty or not a number of that form.
 * @retval CCTL_ERROR_ARITHMETIC_OVERFLOW The number needs more than 32 bits.
 */
CCTL_API clusctl_status clusctl_parse_u32(const char *text, uint32_t *value);

CCTL_END_DECLS

#endif /* CCTL_CODE_H_ */
