/* A reference for looking names up, written independently of
 * src/catalog.c's hash tables and bit-parallel distance: a linear scan of an
 * array of strings, byte for byte or ignoring ASCII case, and the closest
 * names by ref_distance.h's full-matrix distance. Part of
 * clusctl_test_support (in a fuzz build without libFuzzer coverage, like
 * the other references). */
#ifndef CCTL_TEST_REF_NAMES_H_
#define CCTL_TEST_REF_NAMES_H_

#include <stddef.h>

/* The index of the first of strings[0..count) that equals `s`
 * (NUL-terminated), compared byte for byte, or ignoring the case of ASCII
 * letters when `nocase`; `count` when none does. */
size_t ref_find_string(const char *const *strings, size_t count, const char *s, int nocase);

/* The closest names to `query` as clusctl_catalog_suggest()'s documentation
 * defines them, over names[0..count) (each shorter than 128 bytes) less
 * those whose `skip` is nonzero (the older values of names: an entry its
 * name does not find): every name within a third of its length of the query
 * (ref_edit_distance()), closest first, ties in strcmp() order of the
 * names; the first `cap` of them. Writes their indexes to out[] and their
 * distances to dist[] (each of room for `cap`) and returns how many. */
size_t ref_suggest(const char *const *names, const unsigned char *skip, size_t count,
                   const char *query, size_t *out, size_t *dist, size_t cap);

#endif /* CCTL_TEST_REF_NAMES_H_ */
