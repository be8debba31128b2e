/**
 * @file version.h
 * @brief The library's version. CMake reads the numbers from this file.
 */
#ifndef CCTL_VERSION_H_
#define CCTL_VERSION_H_

#include <stdint.h>

#include "export.h"

#define CCTL_VERSION_MAJOR 0 /**< major version: incompatible API changes */
#define CCTL_VERSION_MINOR 4 /**< minor version: compatible additions */
#define CCTL_VERSION_PATCH 0 /**< patch version: fixes */

/**
 * @brief The date of this version's release, `YYYY-MM-DD`: set with the
 *        version numbers (never from the build's clock, so that builds are
 *        reproducible). The clusctl(1) man page's footer carries it.
 */
#define CCTL_RELEASE_DATE "2026-12-01"

/**
 * @brief The ABI's serial number while the version is 0.x: the shared
 *        library's SONAME is `libclusctl.so.0.<CCTL_ABI_VERSION>`.
 *
 * It goes up with every incompatible change of the ABI (a symbol removed or
 * changed, a struct's size or layout, an enum value, a behaviour binaries
 * rely on), and only then; compatible additions (a function, a member taken
 * from a struct's reserved room, a status) keep it. From 1.0 on the SONAME
 * is `libclusctl.so.<major>`. The `abi` test tier compares the library with
 * the baseline in `abi/` and fails on an incompatible change that keeps the
 * SONAME.
 */
#define CCTL_ABI_VERSION 3

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
