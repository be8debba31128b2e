/* A reference edit distance for the tests, written independently of
 * src/catalog.c's (two rows, cut short past a limit): the Levenshtein
 * distance ignoring ASCII case, by the Wagner-Fischer dynamic programme
 * over the whole (m+1) x (n+1) matrix, every cell filled, no early exit;
 * and a lower bound of it, the bag distance.
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

/* ref_edit_distance(a, b), with the common prefix and suffix of the folded
 * strings left out first: the distance of two strings is that of what
 * remains (an alignment can match the common ends and lose nothing), and
 * the matrix is that much smaller. test_support checks it equals
 * ref_edit_distance() on every pair of its cases. */
size_t ref_edit_distance_trimmed(const char *a, const char *b);

/* The bag distance of `a` and `b` (NUL-terminated), folded as above: the
 * larger of the number of bytes of a that b lacks and the number of bytes
 * of b that a lacks, counting repeats (as multisets). A lower bound of
 * ref_edit_distance(a, b): every byte of a that b lacks must go (a
 * deletion or a substitution), every byte of b that a lacks must come (an
 * insertion or a substitution), and each edit does one of each at most.
 * Costs strlen(a) + strlen(b) + 256 steps, so a caller can skip the matrix
 * of every pair whose bag distance is already too far. */
size_t ref_bag_distance(const char *a, const char *b);

#endif /* CCTL_TEST_REF_DISTANCE_H_ */
