/* One CSV reader (RFC 4180 quoting) for the tests that check the library
 * against the project's data files (test_catalog, test_plist). */
#ifndef CCTL_TEST_CSV_H_
#define CCTL_TEST_CSV_H_

#include <stddef.h>
#include <stdio.h>

/* Reads one record into buf (size bytes) and splits it into at most
 * max_fields fields; returns the number of fields, 0 at end of file, -1 when
 * the record does not fit. */
int csv_read_record(FILE *f, char *buf, size_t size, char **fields, int max_fields);

#endif /* CCTL_TEST_CSV_H_ */
