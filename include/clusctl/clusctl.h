/**
 * @file clusctl.h
 * @brief The umbrella header: includes every public clusctl header.
 *
 * Naming: functions and types are `clusctl_*`; macros and enum constants are
 * `CCTL_*`. Neither prefix is used by the SDK's `clusapi.h` or `resapi.h`,
 * so a resource DLL can include them together.
 *
 * @par Threads
 * Every function of these headers may be called from any number of threads
 * at once, with no lock and nothing to initialize first: the library keeps
 * no state between calls (no global or static variable that is not const,
 * no thread-local storage, no heap) and writes only through the output
 * pointers it is given. What a caller shares is the caller's to guard: two
 * threads may read the same input (a property list, a model, a table) at
 * once, but an output (a buffer, a #clusctl_plist_reader, a
 * #clusctl_plist_writer, a #clusctl_vm being written) must not be read or
 * written by another thread during the call. tests/test_threads.c checks
 * this under ThreadSanitizer (the `tsan` tier of TESTING.md).
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
