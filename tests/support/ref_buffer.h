/* Reference models of START's buffer rules, written from the table and the
 * return values documented in clusctl/buffer.h, with the Unicode rules of
 * ref_utf.h, independently of src/buffer.c. test_buffer and the fuzz
 * targets compare the library with them. Part of clusctl_test_support. */
#ifndef CCTL_TEST_REF_BUFFER_H_
#define CCTL_TEST_REF_BUFFER_H_

#include <stddef.h>

#include "clusctl/clusctl.h"

/* The status clusctl_start_buffer_decode() documents for the `size` bytes
 * at b (not NULL), given room enough for the name: the rows of
 * buffer.h's table, in order. On success *units gets the name's length in
 * code units (the index of the NUL) and *utf8_len its length in UTF-8 bytes
 * (without the NUL); either may be NULL. */
clusctl_status ref_start_buffer(const unsigned char *b, size_t size, size_t *units,
                                size_t *utf8_len);

/* The status clusctl_start_buffer_encode() documents for a name (given
 * valid arguments and room enough): the first problem met reading the name
 * decides. On success *units (may be NULL) gets its length in UTF-16 code
 * units. */
clusctl_status ref_name_to_buffer(const char *name, size_t *units);

/* Whether clusctl_start_buffer_decode() documents `status` for a buffer
 * (given room enough): success or a row of buffer.h's table. */
int ref_start_buffer_status_documented(clusctl_status status);

#endif /* CCTL_TEST_REF_BUFFER_H_ */
