/* What the tests print on stderr to show a failing case: a status with its
 * name, a VM model, an event. One line each, indented four spaces, a label
 * of up to eight characters in a column of its own. Part of
 * clusctl_test_support. */
#ifndef CCTL_TEST_PRINT_H_
#define CCTL_TEST_PRINT_H_

#include <stdint.h>

#include "clusctl/clusctl.h"

/* The status's name (ERROR_INVALID_STATE), or "?" for a value
 * clusctl_status_name() does not know. */
const char *print_status_name(uint32_t status);

/* "    LABEL    status 5023 (ERROR_INVALID_STATE)" */
void print_status(const char *label, uint32_t status);

/* "    LABEL    vm_state=2 migration_state=1 host=1 ... progress=0" */
void print_vm(const char *label, const clusctl_vm *vm);

/* "    event    kind=1 (start) caller=1 destination="node2" value=0 (0x00000000)" */
void print_event(const clusctl_event *event);

#endif /* CCTL_TEST_PRINT_H_ */
