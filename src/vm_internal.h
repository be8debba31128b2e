/* What the VM machines (vm.c) and the VM door's properties (vm_props.c)
 * share; not installed. */
#ifndef CCTL_VM_INTERNAL_H_
#define CCTL_VM_INTERNAL_H_

#include <stdint.h>

#include "clusctl/vm.h"

/* Whether a model is valid: its reserved room 0, and clusctl_vm::properties
 * 0 with every property member 0, or CCTL_VM_PROPERTIES_SET. */
int clusctl__vm_clean(const clusctl_vm *vm);

/* Whether a migration exists in `state` (the states that keep the last
 * attempt's source). */
int clusctl__vm_has_migration(uint32_t state);

#endif /* CCTL_VM_INTERNAL_H_ */
