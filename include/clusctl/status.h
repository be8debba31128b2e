/**
 * @file status.h
 * @brief The Win32 status codes that clusctl functions return.
 *
 * Every status keeps the number winerror.h gives it, so a resource DLL can
 * return a clusctl status from its `ResourceControl` entry point as it is.
 * The names carry the project prefix (`CCTL_ERROR_...`) so that they never
 * collide with winerror.h's `ERROR_...` macros; clusctl_status_name() gives
 * back the Win32 name.
 */
#ifndef CCTL_STATUS_H_
#define CCTL_STATUS_H_

#include <stdint.h>

#include "export.h"

CCTL_BEGIN_DECLS

/**
 * @brief The list of statuses: `X(name, number, description)`.
 *
 * One list feeds the #clusctl_status enum, clusctl_status_name() and
 * clusctl_status_description(). `name` is the winerror.h name without its
 * `ERROR_` prefix; `number` is winerror.h's number.
 */
#define CCTL_STATUS_MAP(X)                                                     \
    X(SUCCESS, 0, "the operation completed successfully")                      \
    X(INVALID_FUNCTION, 1, "the control code is not handled")                  \
    X(FILE_NOT_FOUND, 2, "no property has that name")                          \
    X(INVALID_DATA, 13, "the data is not in the expected form")                \
    X(BAD_LENGTH, 24, "the length of the input is not valid")                  \
    X(INVALID_PARAMETER, 87, "a parameter is missing or out of range")         \
    X(BUFFER_OVERFLOW, 111, "the name is too long")                            \
    X(INSUFFICIENT_BUFFER, 122, "the output buffer is too small")              \
    X(INVALID_NAME, 123, "the name is not valid")                              \
    X(MORE_DATA, 234, "more data is available: the size needed was returned")  \
    X(NO_MORE_ITEMS, 259, "no more items: the list has been read to its end")  \
    X(ARITHMETIC_OVERFLOW, 534, "the number does not fit in 32 bits")          \
    X(NO_UNICODE_TRANSLATION, 1113, "the text is not valid Unicode")           \
    X(NOT_FOUND, 1168, "no such name or entry")                                \
    X(INVALID_COMPUTERNAME, 1210, "the computer name is not valid")            \
    X(INVALID_USER_BUFFER, 1784, "the buffer is not valid for the request")    \
    X(INVALID_STATE, 5023, "the object is not in a state that allows this")    \
    X(CLUSTER_NODE_NOT_FOUND, 5042, "the node is not a member of the cluster") \
    X(CLUSTER_INVALID_REQUEST, 5048, "the request is not valid for this object") \
    X(CLUSTER_NODE_DOWN, 5050, "the node is down")                             \
    X(CLUSTER_PROPERTY_DATA_TYPE_MISMATCH, 5895,                               \
      "the value's format is not the property's")

/**
 * @brief A status returned by a clusctl function: a Win32 error code.
 *
 * One constant `CCTL_ERROR_<name> = <number>` for each row of
 * #CCTL_STATUS_MAP: `CCTL_ERROR_SUCCESS` (0), `CCTL_ERROR_INVALID_FUNCTION`
 * (1), `CCTL_ERROR_INVALID_PARAMETER` (87), `CCTL_ERROR_INVALID_STATE`
 * (5023), ...
 */
typedef enum clusctl_status {
    /** @cond INTERNAL */
#define CCTL_STATUS_ENUM_(name, number, text) CCTL_ERROR_##name = number,
    CCTL_STATUS_MAP(CCTL_STATUS_ENUM_)
#undef CCTL_STATUS_ENUM_
    /** @endcond */
} clusctl_status;

/**
 * @brief The winerror.h name of a status, such as `"ERROR_INVALID_STATE"`.
 *
 * @param status Any 32-bit value.
 * @return A static string, or NULL when @p status is not one of the
 *         statuses in #CCTL_STATUS_MAP.
 */
CCTL_API const char *clusctl_status_name(uint32_t status);

/**
 * @brief A short English description of a status.
 *
 * @param status Any 32-bit value.
 * @return A static string, or NULL when @p status is not one of the
 *         statuses in #CCTL_STATUS_MAP.
 */
CCTL_API const char *clusctl_status_description(uint32_t status);

CCTL_END_DECLS

#endif /* CCTL_STATUS_H_ */
