/**
 * @file buffer.h
 * @brief The input buffer of `CLUSCTL_RESOURCE_VM_START_MIGRATION`: the
 *        destination node's name as a NUL-terminated UTF-16LE string.
 *
 * The buffer is bytes, little-endian, whatever the host's byte order: these
 * functions read and write it byte by byte and never read past the size they
 * are given. Names cross the API as UTF-8.
 */
#ifndef CCTL_BUFFER_H_
#define CCTL_BUFFER_H_

#include <stddef.h>

#include "export.h"
#include "status.h"

CCTL_BEGIN_DECLS

/**
 * @brief The longest node name accepted, in UTF-16 code units, without the
 *        NUL: 255, the longest DNS name.
 *
 * This covers every legal Windows computer name: NetBIOS names (15
 * characters), DNS host names (63 characters per label) and fully qualified
 * DNS names (255). A character outside the Basic Multilingual Plane counts
 * as two code units.
 */
#define CCTL_NODE_NAME_MAX 255

/** @brief The largest START buffer, in bytes: #CCTL_NODE_NAME_MAX code units
 *         and the NUL, two bytes each. */
#define CCTL_START_BUFFER_MAX ((CCTL_NODE_NAME_MAX + 1) * 2)

/** @brief Room for any node name as UTF-8 with its NUL: at most 3 bytes per
 *         UTF-16 code unit. */
#define CCTL_NODE_NAME_UTF8_SIZE (CCTL_NODE_NAME_MAX * 3 + 1)

/**
 * @brief Reads the destination node's name out of a START buffer, as a
 *        resource DLL's `ResourceControl` receives it.
 *
 * The buffer must hold a UTF-16LE string and its NUL within @p size bytes.
 * Zero code units after the NUL are allowed (a caller may pass a fixed-size,
 * zero-filled buffer); any other data after it is an embedded NUL.
 *
 * Overlap: @p name may overlap @p buffer (even be the same bytes): the whole
 * buffer is read and the name built before anything is written.
 * @p name_needed must not overlap @p name (two outputs): that is refused.
 *
 * A NULL @p name with a nonzero @p name_size, or @p name_needed inside
 * @p name, is refused first (ERROR_INVALID_PARAMETER). Then the buffer's
 * checks, in this order, each with its status:
 *
 * | input | status |
 * |---|---|
 * | @p size 0, whatever @p buffer: no destination | `CCTL_ERROR_INVALID_PARAMETER` (87) |
 * | @p buffer NULL and @p size not 0 | `CCTL_ERROR_INVALID_USER_BUFFER` (1784) |
 * | @p size odd | `CCTL_ERROR_BAD_LENGTH` (24) |
 * | no NUL within @p size | `CCTL_ERROR_INVALID_DATA` (13) |
 * | non-zero data after the NUL (embedded NUL) | `CCTL_ERROR_INVALID_NAME` (123) |
 * | the name is empty | `CCTL_ERROR_INVALID_COMPUTERNAME` (1210) |
 * | more than #CCTL_NODE_NAME_MAX code units | `CCTL_ERROR_BUFFER_OVERFLOW` (111) |
 * | an unpaired surrogate | `CCTL_ERROR_NO_UNICODE_TRANSLATION` (1113) |
 *
 * @param buffer The input buffer (`lpInBuffer`), or NULL.
 * @param size Its size in bytes (`cbInBufferSize`).
 * @param[out] name Receives the name as NUL-terminated UTF-8; NULL with
 *             @p name_size 0 asks for the size only.
 * @param name_size Room in @p name, in bytes; #CCTL_NODE_NAME_UTF8_SIZE is
 *             always enough.
 * @param[out] name_needed Receives the bytes the name needs, NUL included,
 *             on success and on `CCTL_ERROR_MORE_DATA` /
 *             `CCTL_ERROR_INSUFFICIENT_BUFFER`. May be NULL.
 * @retval CCTL_ERROR_SUCCESS The name was written.
 * @retval CCTL_ERROR_MORE_DATA Size query (@p name NULL, @p name_size 0):
 *         *name_needed holds the size.
 * @retval CCTL_ERROR_INSUFFICIENT_BUFFER @p name_size is too small: nothing
 *         was written; *name_needed holds the size.
 * @retval CCTL_ERROR_INVALID_PARAMETER No destination, @p name NULL with a
 *         nonzero @p name_size, or @p name_needed overlapping @p name.
 * @retval other The buffer's status from the table above.
 */
CCTL_API clusctl_status clusctl_start_buffer_decode(const void *buffer, size_t size,
                                                    char *name, size_t name_size,
                                                    size_t *name_needed);

/**
 * @brief Builds a START buffer from a UTF-8 node name, as a caller of
 *        `ClusterResourceControl` passes it: UTF-16LE and its NUL, byte-exact
 *        on every host.
 *
 * @param name The destination node's name, NUL-terminated UTF-8.
 * @param[out] buffer Receives the buffer; NULL with @p size 0 asks for the
 *             size only.
 * @param size Room in @p buffer, in bytes.
 * @param[out] needed Receives the bytes the buffer needs (its
 *             `cbInBufferSize`) on success and on `CCTL_ERROR_MORE_DATA` /
 *             `CCTL_ERROR_INSUFFICIENT_BUFFER`.
 * @retval CCTL_ERROR_SUCCESS The buffer was written; *needed is its size.
 * @retval CCTL_ERROR_MORE_DATA Size query (@p buffer NULL, @p size 0).
 * @retval CCTL_ERROR_INSUFFICIENT_BUFFER @p size is too small: nothing was
 *         written.
 * @retval CCTL_ERROR_INVALID_PARAMETER @p name or @p needed is NULL,
 *         @p buffer is NULL with a nonzero @p size, or @p needed overlaps
 *         @p buffer.
 * @retval CCTL_ERROR_NO_UNICODE_TRANSLATION @p name is not valid UTF-8
 *         (overlong forms, encoded surrogates and values above U+10FFFF
 *         included).
 * @retval CCTL_ERROR_INVALID_COMPUTERNAME @p name is empty.
 * @retval CCTL_ERROR_BUFFER_OVERFLOW @p name needs more than
 *         #CCTL_NODE_NAME_MAX UTF-16 code units.
 *
 * Argument errors come first, then the name's, then the buffer's size; the
 * name is read once, and its first problem (an invalid sequence, or the
 * 256th code unit) decides.
 *
 * Overlap: @p buffer may overlap @p name: the name is read once, in full,
 * before the first byte of @p buffer is written. @p needed must not overlap
 * @p buffer (two outputs): that is refused.
 */
CCTL_API clusctl_status clusctl_start_buffer_encode(const char *name, void *buffer,
                                                    size_t size, size_t *needed);

CCTL_END_DECLS

#endif /* CCTL_BUFFER_H_ */
