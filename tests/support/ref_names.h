/* A reference for looking names up, written independently of
 * src/catalog.c's hash tables: a linear scan of an array of strings, byte
 * for byte or ignoring ASCII case. Part of clusctl_test_support (in a fuzz
 * build without libFuzzer coverage, like the other references). */
#ifndef CCTL_TEST_REF_NAMES_H_
#define CCTL_TEST_REF_NAMES_H_

#include <stddef.h>

/* The index of the first of strings[0..count) that equals `s`
 * (NUL-terminated), compared byte for byte, or ignoring the case of ASCII
 * letters when `nocase`; `count` when none does. */
size_t ref_find_string(const char *const *strings, size_t count, const char *s, int nocase);

#endif /* CCTL_TEST_REF_NAMES_H_ */
