/**
 * @file clusctl.h
 * @brief The umbrella header: includes every public clusctl header.
 *
 * Naming: functions and types are `clusctl_*`; macros and enum constants are
 * `CCTL_*`. Neither prefix is used by the SDK's `clusapi.h` or `resapi.h`,
 * so a resource DLL can include them together.
 */
#ifndef CCTL_CLUSCTL_H_
#define CCTL_CLUSCTL_H_

#include "buffer.h"
#include "catalog.h"
#include "code.h"
#include "flags.h"
#include "plist.h"
#include "proptable.h"
#include "status.h"
#include "version.h"
#include "vm.h"

#endif /* CCTL_CLUSCTL_H_ */
