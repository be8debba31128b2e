/**
 * @file export.h
 * @brief Linkage macros shared by every public clusctl header.
 *
 * Not meant to be included on its own: include <clusctl/clusctl.h>.
 */
#ifndef CCTL_EXPORT_H_
#define CCTL_EXPORT_H_

/**
 * @def CCTL_API
 * @brief Marks a function of the public API.
 *
 * Expands to the attribute that exports the symbol from the shared library
 * while it is being built (`CCTL_BUILDING_SHARED`), imports it on Windows when
 * a program uses the DLL, and to nothing when the static library is used
 * (`CCTL_STATIC`, which the `clusctl::clusctl_static` CMake target defines).
 */
#if defined(CCTL_STATIC)
#define CCTL_API
#elif defined(_WIN32) || defined(__CYGWIN__)
#if defined(CCTL_BUILDING_SHARED)
#define CCTL_API __declspec(dllexport)
#else
#define CCTL_API __declspec(dllimport)
#endif
#elif defined(__GNUC__) && __GNUC__ >= 4
#define CCTL_API __attribute__((visibility("default")))
#else
#define CCTL_API
#endif

/**
 * @def CCTL_UNSTABLE_FUNC
 * @brief Marks a function of the unstable interface (#CCTL_UNSTABLE_API):
 *        never exported from the shared library, so only a statically linked
 *        program can call it.
 */
#define CCTL_UNSTABLE_FUNC extern

/**
 * @def CCTL_BEGIN_DECLS
 * @brief Opens `extern "C"` when a C++ compiler includes a public header.
 * @def CCTL_END_DECLS
 * @brief Closes what #CCTL_BEGIN_DECLS opened.
 */
#ifdef __cplusplus
#define CCTL_BEGIN_DECLS extern "C" {
#define CCTL_END_DECLS }
#else
#define CCTL_BEGIN_DECLS
#define CCTL_END_DECLS
#endif

#endif /* CCTL_EXPORT_H_ */
