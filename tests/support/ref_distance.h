/* A reference edit distance for the tests, written independently of
 * src/catalog.c's (two rows, cut short past a limit): the Levenshtein
 * distance ignoring ASCII case, by the Wagner-Fischer dynamic programme
 * over the whole (m+1) x (n+1) matrix, every cell filled, no early exit.
 * Part of clusctl_test_support. */
#ifndef CCTL_TEST_REF_DISTANCE_H_
#define CCTL_TEST_REF_DISTANCE_H_

#include <stddef.h>

/* The fewest insertions, deletions and substitutions of one character that
 * turn `a` into `b` (NUL-terminated), where an ASCII letter and its other
 * case are the same character. Costs (strlen(a)+1) x (strlen(b)+1) cells of
 * memory and time: callers bound the lengths. Exits the program when out of
 * memory. */
size_t ref_edit_distance(const char *a, const char *b);

#endif /* CCTL_TEST_REF_DISTANCE_H_ */
