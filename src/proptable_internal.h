/* The property tables' internals that the VM door shares (vm_props.c);
 * not installed. Each takes a staged error (never NULL) and checks no
 * argument beyond what its comment says. */
#ifndef CCTL_PROPTABLE_INTERNAL_H_
#define CCTL_PROPTABLE_INTERNAL_H_

#include <stddef.h>
#include <stdint.h>

#include "clusctl/proptable.h"

/* The table's rules (clusctl_prop_item), items inside a block of
 * block_size bytes ((size_t)-1: no block); BAD_TABLE in e. */
clusctl_status clusctl__table_check(const clusctl_prop_item *table, size_t count,
                                    size_t block_size, clusctl_prop_error *e);

/* The selected string items of a checked table are NUL-terminated UTF-8 in
 * their rooms; BAD_BLOCK in e. */
clusctl_status clusctl__block_check(const clusctl_prop_item *table, size_t count,
                                    uint32_t which, const void *block, clusctl_prop_error *e);

/* Every item's default into the block (a checked table). */
void clusctl__defaults(const clusctl_prop_item *table, size_t count, void *block);

/* clusctl_proptable_apply() without its argument checks: the block must
 * not overlap the list or the table. */
clusctl_status clusctl__apply(const clusctl_prop_item *table, size_t count, const void *list,
                              size_t size, uint32_t flags, void *block, size_t block_size,
                              clusctl_prop_error *e);

/* A staged error: zero, no property, no item. */
void clusctl__prop_error_init(clusctl_prop_error *e);

/* Sets the staged error's status, copies it to `error` when not NULL, and
 * returns the status. */
clusctl_status clusctl__prop_error_done(clusctl_prop_error *staged, clusctl_status st,
                                       clusctl_prop_error *error);

/* A property's problem (its reason's status, the name as the list spells
 * it). */
clusctl_status clusctl__prop_fail(clusctl_prop_error *e, uint32_t reason, const clusctl_prop *prop,
                                  size_t item, size_t offset);

/* The item a property names, or CCTL_PROP_NO_ITEM. */
size_t clusctl__item_of(const clusctl_prop_item *table, size_t count, const clusctl_prop *prop);

#endif /* CCTL_PROPTABLE_INTERNAL_H_ */
