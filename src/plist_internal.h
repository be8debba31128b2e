/* Shared by the property-list sources (plist_syntax.c, plist.c); not
 * installed. */
#ifndef CCTL_PLIST_INTERNAL_H_
#define CCTL_PLIST_INTERNAL_H_

#include <stdint.h>

#include "clusctl/status.h"

/* Whether the SDK names the syntax (a row of CCTL_PROP_SYNTAX_MAP). */
int clusctl__syntax_is_named(uint32_t syntax);

/* The status of a rule of CCTL_PLIST_RULE_MAP. */
clusctl_status clusctl__rule_status(uint32_t rule);

#endif /* CCTL_PLIST_INTERNAL_H_ */
