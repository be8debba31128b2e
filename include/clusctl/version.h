/**
 * @file version.h
 * @brief The library's version. CMake reads the numbers from this file.
 */
#ifndef CCTL_VERSION_H_
#define CCTL_VERSION_H_

#include <stdint.h>

#include "export.h"

#define CCTL_VERSION_MAJOR 0 /**< major version: incompatible API changes */
#define CCTL_VERSION_MINOR 1 /**< minor version: compatible additions */
#define CCTL_VERSION_PATCH 0 /**< patch version: fixes */

/** The version as one number, `major * 10000 + minor * 100 + patch`. */
#define CCTL_VERSION_NUMBER                                                    \
    (CCTL_VERSION_MAJOR * 10000 + CCTL_VERSION_MINOR * 100 + CCTL_VERSION_PATCH)

CCTL_BEGIN_DECLS

/**
 * @brief The version of the library actually linked, as `"0.1.0"`.
 * @return A static string.
 */
CCTL_API const char *clusctl_version_string(void);

/**
 * @brief The version of the library actually linked, as #CCTL_VERSION_NUMBER
 *        gives it.
 * @return The version number.
 */
CCTL_API uint32_t clusctl_version_number(void);

CCTL_END_DECLS

#endif /* CCTL_VERSION_H_ */
