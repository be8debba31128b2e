/**
 * @file vm.h
 * @brief The Hyper-V VM resource's state machines, as pure functions: the
 *        VM machine (`VmState`) and the live-migration machine
 *        (`MigrationState`), the resource's private properties, and the
 *        front door a resource DLL's `ResourceControl` calls for
 *        `CLUSCTL_RESOURCE_VM_START_MIGRATION` (0x01600004),
 *        `CLUSCTL_RESOURCE_VM_CANCEL_MIGRATION` (0x01600008) and the
 *        private-property codes.
 *
 * Every function takes the current model by const pointer and writes the
 * new one through an out-parameter: the input is never modified, and a
 * refused request leaves the output equal to the input. No I/O, no globals,
 * no heap.
 *
 * Each machine is one table of transitions; clusctl_vm_apply() consults it,
 * and the docs, the tool's `vm table` and `vm dot`, and the exhaustive tests
 * are produced from the same table (clusctl_machine_format()). The table's
 * rows themselves are an unstable interface (#CCTL_UNSTABLE_API).
 *
 * Overlap: every function here reads all of its inputs before it writes its
 * output, so an output may overlap any input (the new model may be the
 * current one, or lie over the START buffer).
 *
 * @par Decisions where the seed documents are silent
 * - START while this VM's migration is in Setup, Data Transfer or Move is
 *   refused with ERROR_INVALID_STATE and the running migration is left as
 *   it is; START from Canceled or Failure is allowed and clears the failure
 *   reason.
 * - START checks, in order: a migration is not running (else
 *   ERROR_INVALID_STATE), the VM is Enabled (ERROR_INVALID_STATE), the caller
 *   is the host (ERROR_INVALID_STATE), then the destination: missing
 *   (ERROR_INVALID_PARAMETER), empty (ERROR_INVALID_COMPUTERNAME), the
 *   current host (ERROR_CLUSTER_INVALID_REQUEST), not a member
 *   (ERROR_CLUSTER_NODE_NOT_FOUND), down (ERROR_CLUSTER_NODE_DOWN). Node names
 *   are compared ignoring ASCII case, as Windows computer names are.
 * - CANCEL on the source in Setup or Data Transfer goes to Canceled; anything
 *   else is ERROR_INVALID_STATE, Move included (the group is already moving).
 * - Setup complete, progress, transfer complete, move complete, failure and
 *   reset are the Cluster service's own events: they have no caller.
 * - Progress is accepted in Data Transfer only, from the current value up to
 *   100 (ERROR_INVALID_PARAMETER otherwise); transfer complete sets it to
 *   100; move complete and reset set it to 0; Canceled and Failure keep the
 *   last value. The source and destination are kept in Canceled and Failure
 *   (they describe the last attempt) and cleared by move complete and reset.
 * - A failure needs a failure HRESULT (severity bit set, such as E_BUSY or
 *   E_FAIL): S_OK or another success code is ERROR_INVALID_PARAMETER.
 * - A VM request that takes the VM out of Enabled (stop, save, pause) while
 *   a migration is in Setup, Data Transfer or Move is accepted and fails the
 *   migration with E_FAIL.
 * - The VM machine allows exactly the seven paths of the seed documents:
 *   Disabled to Starting to Enabled; Enabled to Stopping to Disabled;
 *   Enabled to Saving to Suspended; Suspended to Starting to Enabled;
 *   Suspended to Disabled; Enabled to Pausing to Paused; Paused to Resuming
 *   to Enabled. Anything else (turning off or saving a Paused VM included)
 *   is refused.
 * - A VM request that names no state a request may name (Enabled, Disabled,
 *   Paused, Suspended) is ERROR_INVALID_PARAMETER, whatever the current
 *   state; a request the table does not allow from the current state, and
 *   any event of a machine in a state of that machine that is undocumented,
 *   is ERROR_INVALID_STATE. Each machine looks at its own state only: an
 *   undocumented MigrationState does not stop a VM request, and the reverse.
 * - START with a NULL cluster is ERROR_INVALID_PARAMETER, checked with the
 *   destination (after the state).
 * - MS-CMRP says a server SHOULD refuse the two VM codes with
 *   ERROR_INVALID_FUNCTION on Windows versions where managed code moves the
 *   VM's group instead; a resource DLL that wants that behaviour returns
 *   ERROR_INVALID_FUNCTION before calling clusctl_vm_resource_control().
 *
 * @par Decisions on the private properties (clusctl_vm_control())
 * - The schema is `data/vm_properties.csv`'s "Virtual Machine" rows whose
 *   format the docs give, generated into one table
 *   (clusctl_vm_property_table()); #clusctl_vm is its parameter block.
 *   CheckApplicationHealth and DefaultMoveType are TBD in the docs (no
 *   format, access or range) and left out, as are MigrationExcludeNetworks
 *   and MigrationNetworkOrder (common properties, not supported since
 *   Windows Server 2012) and the "Virtual Machine Configuration" rows: a
 *   list that names one of them is refused as unknown by SET and VALIDATE
 *   and ignored by clusctl_vm_from_properties(). The docs' values are kept
 *   as they are, doubtful ones included: VmState's maximum is 65536 (its
 *   largest value is 32777), StartMemory's default 1; VmState (status TBD),
 *   StartMemory and VirtualNumaCount (Optional) are not required.
 * - MigrationState is read-write in the docs, but the machines own it: SET
 *   and VALIDATE accept it only with the model's own value (so that a
 *   client may send back the list GET gave it) and refuse a change with
 *   ERROR_INVALID_STATE (`CCTL_PROP_REASON_OWNED`), after its range (0 to
 *   5). START, CANCEL and the Cluster service's events change it. The
 *   read-only VmState, MigrationProgress and MigrationFailureReason are
 *   refused with ERROR_INVALID_PARAMETER (`CCTL_PROP_REASON_READ_ONLY`).
 * - VmId is kept as the property's string (clusctl_vm::vm_id, UTF-8 in
 *   #CCTL_VM_ID_SIZE bytes), not as 16 bytes of GUID: the model reports
 *   what it was given, byte for byte, whatever its case and braces. SET
 *   takes `""` (unset, the docs' NULL) or a GUID string, with or without
 *   braces, in any case; anything else is `CCTL_PROP_REASON_NOT_A_GUID`.
 * - The members taken from the reserved room are 0 in a model of an older
 *   caller and in clusctl_vm_init()'s: clusctl_vm::properties 0 means every
 *   read-write property at its documented default (OfflineAction 1,
 *   VirtualNumaCount 1, StartMemory 1, ShutdownAction 0, CheckHeartbeat 0,
 *   VmId unset), and such a model must have 0 in every one of them; a
 *   per-member "0 is the default" could not tell OfflineAction 0 (Turn
 *   Off) from its default. clusctl_vm_properties_expand() writes them out;
 *   SET and clusctl_vm_from_properties() give models written out.
 * - GET reports the model as it holds it, a member out of its range
 *   included (VirtualNumaCount 0 in a model written out is reported as 0):
 *   the model is the resource's state. Only a VmId room without a NUL, or
 *   not UTF-8, is refused (`CCTL_PROP_REASON_BAD_BLOCK`), by every property
 *   code.
 * - ENUM lists every property, read-only and read-write, as the page's
 *   title says (its parameter text says read-write only), in the table's
 *   order, as a bare MULTI_SZ (see proptable.h).
 * - SET and VALIDATE read the list as a client's (#CCTL_PLIST_FROM_CLIENT)
 *   in the reader's default mode, lenient as ResUtil is; the first
 *   property with a problem decides (proptable.h's order), and a refused
 *   list changes nothing. A property named twice is refused. SET writes
 *   the model's properties out even when the list is empty.
 * - The property codes take no cluster and no caller: `ResourceControl`
 *   runs on the node that hosts the resource.
 * - clusctl_vm_resource_control() stays the two-code door of 0.2: binaries
 *   built for it keep getting ERROR_INVALID_FUNCTION for the property codes
 *   (the Resource Monitor's default processing).
 * - "Would START succeed, and why not?" needs no function of its own:
 *   clusctl_vm_start() on the model (read with clusctl_vm_from_properties())
 *   returns the status START would get.
 */
#ifndef CCTL_VM_H_
#define CCTL_VM_H_

#include <stddef.h>
#include <stdint.h>

#include "export.h"
#include "proptable.h"
#include "status.h"

CCTL_BEGIN_DECLS

/** @brief `CLUSCTL_RESOURCE_VM_START_MIGRATION` (Hyper-V "Virtual Machine"). */
#define CCTL_VM_START_MIGRATION ((uint32_t)0x01600004)
/** @brief `CLUSCTL_RESOURCE_VM_CANCEL_MIGRATION` (Hyper-V "Virtual Machine"). */
#define CCTL_VM_CANCEL_MIGRATION ((uint32_t)0x01600008)

/**
 * @brief VmState, which mirrors `Msvm_ComputerSystem.EnabledState`:
 *        `X(NAME, value, "name", "Display name", "alias")`.
 *
 * `alias` is a second name the tool and clusctl_vm_state_from_name() take
 * (`online` is Enabled, `offline` is Disabled: the resource's states), or
 * `""` for none.
 */
#define CCTL_VM_STATE_MAP(X)                                                   \
    X(UNKNOWN, 0, "unknown", "Unknown", "")                                    \
    X(ENABLED, 2, "enabled", "Enabled", "online")                              \
    X(DISABLED, 3, "disabled", "Disabled", "offline")                          \
    X(PAUSED, 32768, "paused", "Paused", "")                                   \
    X(SUSPENDED, 32769, "suspended", "Suspended", "")                          \
    X(STARTING, 32770, "starting", "Starting", "")                             \
    X(SAVING, 32773, "saving", "Saving", "")                                   \
    X(STOPPING, 32774, "stopping", "Stopping", "")                             \
    X(PAUSING, 32776, "pausing", "Pausing", "")                                \
    X(RESUMING, 32777, "resuming", "Resuming", "")

/**
 * @brief The documented VmState values: one constant `CCTL_VM_<NAME>` for
 *        each row of #CCTL_VM_STATE_MAP (`CCTL_VM_ENABLED` is 2, the VM is
 *        Online). Any other value is undocumented; the functions handle it.
 */
typedef enum clusctl_vm_state {
    /** @cond INTERNAL */
#define CCTL_VM_STATE_ENUM_(N, v, name, display, alias) CCTL_VM_##N = v,
    CCTL_VM_STATE_MAP(CCTL_VM_STATE_ENUM_)
#undef CCTL_VM_STATE_ENUM_
    /** @endcond */
} clusctl_vm_state;

/**
 * @brief MigrationState: `X(NAME, value, "name", "Display name", "alias")`,
 *        with the columns of #CCTL_VM_STATE_MAP.
 */
#define CCTL_MIGRATION_STATE_MAP(X)                                            \
    X(NONE, 0, "none", "No Migration", "")                                     \
    X(SETUP, 1, "setup", "Setup", "")                                          \
    X(DATA_TRANSFER, 2, "data-transfer", "Data Transfer", "")                  \
    X(MOVE, 3, "move", "Move", "")                                             \
    X(CANCELED, 4, "canceled", "Canceled", "")                                 \
    X(FAILURE, 5, "failure", "Failure", "")

/**
 * @brief The documented MigrationState values: one constant
 *        `CCTL_MIGRATION_<NAME>` for each row of #CCTL_MIGRATION_STATE_MAP
 *        (`CCTL_MIGRATION_SETUP` is 1).
 */
typedef enum clusctl_migration_state {
    /** @cond INTERNAL */
#define CCTL_MIGRATION_STATE_ENUM_(N, v, name, display, alias) CCTL_MIGRATION_##N = v,
    CCTL_MIGRATION_STATE_MAP(CCTL_MIGRATION_STATE_ENUM_)
#undef CCTL_MIGRATION_STATE_ENUM_
    /** @endcond */
} clusctl_migration_state;

/** @name MigrationFailureReason values (HRESULTs)
 *  @{ */
#define CCTL_S_OK ((uint32_t)0x00000000)   /**< no failure */
#define CCTL_E_BUSY ((uint32_t)0x800700AA) /**< another migration was in progress */
#define CCTL_E_FAIL ((uint32_t)0x80004005) /**< any other reason */
/** @} */

/** @name The private-property codes the VM door answers (clusctl_vm_control())
 *  @{ */
/** `CLUSCTL_RESOURCE_ENUM_PRIVATE_PROPERTIES`: the names (a MULTI_SZ). */
#define CCTL_RESOURCE_ENUM_PRIVATE_PROPERTIES ((uint32_t)0x01000079)
/** `CLUSCTL_RESOURCE_GET_RO_PRIVATE_PROPERTIES`: the read-only properties. */
#define CCTL_RESOURCE_GET_RO_PRIVATE_PROPERTIES ((uint32_t)0x0100007D)
/** `CLUSCTL_RESOURCE_GET_PRIVATE_PROPERTIES`: the read-write properties. */
#define CCTL_RESOURCE_GET_PRIVATE_PROPERTIES ((uint32_t)0x01000081)
/** `CLUSCTL_RESOURCE_SET_PRIVATE_PROPERTIES`: new values. */
#define CCTL_RESOURCE_SET_PRIVATE_PROPERTIES ((uint32_t)0x01400086)
/** `CLUSCTL_RESOURCE_VALIDATE_PRIVATE_PROPERTIES`: values checked, not set. */
#define CCTL_RESOURCE_VALIDATE_PRIVATE_PROPERTIES ((uint32_t)0x01000089)
/** @} */

/** @brief The room of clusctl_vm::vm_id: a GUID string between braces (38
 *         characters) and its NUL, rounded up to whole words. */
#define CCTL_VM_ID_SIZE 40

/** @brief clusctl_vm::properties: the property members hold the values. */
#define CCTL_VM_PROPERTIES_SET 1u

/** @brief No node: the value of an unset node field. Node ids are nonzero. */
#define CCTL_NO_NODE ((uint32_t)0)

/** @brief The most nodes a Windows failover cluster has (64). */
#define CCTL_CLUSTER_NODES_MAX 64

/**
 * @brief The VM resource as the machines see it, and its private
 *        properties: the parameter block of clusctl_vm_property_table().
 *
 * Nodes are identified by nonzero ids (the cluster's node ids, or any the
 * caller chooses), so the model allocates nothing.
 *
 * Caller-allocated: build it with clusctl_vm_init() (or
 * clusctl_vm_from_properties()), or zero it (`clusctl_vm vm = {0};`) and
 * set the members. The reserved room is for members of later minor
 * versions: it must be 0 on input (else ERROR_INVALID_PARAMETER), and it is
 * 0 on output.
 *
 * The read-write properties' members came from the reserved room, so a
 * model zeroed by a caller of an older version has 0 there; 0 must then
 * mean "as before", the documented defaults. But OfflineAction 0 (Turn
 * Off) and StartMemory 0 are values of their own, not the defaults (1), so
 * one word says which: with clusctl_vm::properties 0 every one of them is
 * at its default (reported so by GET, and their members must be 0, else
 * ERROR_INVALID_PARAMETER everywhere); with #CCTL_VM_PROPERTIES_SET the
 * members hold the values. To change one, write the defaults out first
 * with clusctl_vm_properties_expand(). The machines ignore these members
 * and keep them as they are.
 */
typedef struct clusctl_vm {
    uint32_t vm_state;        /**< VmState (#clusctl_vm_state) */
    uint32_t migration_state; /**< MigrationState (#clusctl_migration_state) */
    uint32_t host;            /**< the node that hosts the VM */
    /** The source node of the migration: set by START (the host), kept in
     *  Canceled and Failure, #CCTL_NO_NODE in No Migration. */
    uint32_t source;
    /** The destination node, likewise. */
    uint32_t destination;
    uint32_t failure_reason;  /**< MigrationFailureReason, an HRESULT */
    uint32_t progress;        /**< MigrationProgress, 0 to 100 percent */
    /** 0 (what a zeroed model and clusctl_vm_init() give): every
     *  read-write property below is at its documented default, and its
     *  member must be 0; #CCTL_VM_PROPERTIES_SET: the members hold the
     *  values (clusctl_vm_properties_expand() writes the defaults out).
     *  Since 0.2 (taken from the reserved room). */
    uint32_t properties;
    /** OfflineAction: 0 Turn Off, 1 Save (the default), 2 Shutdown, 3
     *  Shutdown (Forced). */
    uint32_t offline_action;
    /** ShutdownAction: 0 Offline resource (the default), 1 Fail resource. */
    uint32_t shutdown_action;
    /** CheckHeartbeat: 0 Don't Check Heartbeat (the default), 1 Check
     *  Heartbeat. */
    uint32_t check_heartbeat;
    uint32_t start_memory;       /**< StartMemory (the docs' default: 1) */
    uint32_t virtual_numa_count; /**< VirtualNumaCount, 1 to 64 (default 1) */
    /** VmId: the VM's GUID as the property's string (UTF-8, NUL-terminated,
     *  zero-filled after it), or `""` when unset (the docs' default, NULL). */
    char vm_id[CCTL_VM_ID_SIZE];
    uint32_t reserved[9];     /**< room for later members: 0 */
} clusctl_vm;

/**
 * @brief One node of the cluster, as the caller describes it.
 *
 * Caller-allocated, in arrays: zero it (`{0}`) before setting the members;
 * the reserved room must stay 0 (else ERROR_INVALID_PARAMETER).
 */
typedef struct clusctl_node {
    uint32_t id;      /**< nonzero id, as used in #clusctl_vm */
    const char *name; /**< its name, NUL-terminated UTF-8 */
    int up;           /**< nonzero when the node is up */
    uint32_t reserved[2];          /**< room for later members: 0 */
    const void *reserved_ptr[1];   /**< room for later pointer members: NULL */
} clusctl_node;

/**
 * @brief The cluster's nodes (members), up or down.
 *
 * Caller-allocated: zero it (`{0}`) before setting the members; the
 * reserved room must stay 0 (else ERROR_INVALID_PARAMETER).
 */
typedef struct clusctl_cluster {
    const clusctl_node *nodes; /**< the members; may be NULL when count is 0 */
    size_t count;              /**< how many */
    uint32_t reserved[2];          /**< room for later members: 0 */
    const void *reserved_ptr[2];   /**< room for later pointer members: NULL */
} clusctl_cluster;

/**
 * @brief The events of both machines: `X(NAME, value, "name")`.
 *
 * - `START`: CLUSCTL_RESOURCE_VM_START_MIGRATION (caller, destination).
 * - `SETUP_COMPLETE`, `TRANSFER_COMPLETE`, `MOVE_COMPLETE`: the migration
 *   moves on.
 * - `PROGRESS`: MigrationProgress becomes `value`.
 * - `CANCEL`: CLUSCTL_RESOURCE_VM_CANCEL_MIGRATION (caller).
 * - `FAIL`: the migration fails with HRESULT `value`.
 * - `RESET`: Canceled or Failure back to No Migration.
 * - `VM_REQUEST`: RequestStateChange to VmState `value`.
 * - `VM_COMPLETE`: the VM's transitional state (Starting, ...) completes.
 * - `VM_LEAVES_ENABLED`: not applied directly; the migration machine's side
 *   of a `VM_REQUEST` that takes the VM out of Enabled.
 */
#define CCTL_EVENT_MAP(X)                                                      \
    X(START, 1, "start")                                                       \
    X(SETUP_COMPLETE, 2, "setup complete")                                     \
    X(PROGRESS, 3, "progress")                                                 \
    X(TRANSFER_COMPLETE, 4, "transfer complete")                               \
    X(MOVE_COMPLETE, 5, "move complete")                                       \
    X(CANCEL, 6, "cancel")                                                     \
    X(FAIL, 7, "fail")                                                         \
    X(RESET, 8, "reset")                                                       \
    X(VM_REQUEST, 9, "request")                                                \
    X(VM_COMPLETE, 10, "complete")                                             \
    X(VM_LEAVES_ENABLED, 11, "VM leaves Enabled")

/**
 * @brief Event kinds: one constant `CCTL_EVENT_<NAME>` for each row of
 *        #CCTL_EVENT_MAP.
 */
typedef enum clusctl_event_kind {
    /** @cond INTERNAL */
#define CCTL_EVENT_ENUM_(N, v, name) CCTL_EVENT_##N = v,
    CCTL_EVENT_MAP(CCTL_EVENT_ENUM_)
#undef CCTL_EVENT_ENUM_
    /** @endcond */
} clusctl_event_kind;

/**
 * @brief One event, with what it carries. Unused fields are ignored.
 *
 * Caller-allocated: zero it (`clusctl_event e = {0};`) before setting the
 * members; the reserved room must stay 0 (else ERROR_INVALID_PARAMETER).
 */
typedef struct clusctl_event {
    uint32_t kind;           /**< #clusctl_event_kind */
    uint32_t caller;         /**< START, CANCEL: the node the request runs on */
    /** START: the destination node's name (NUL-terminated UTF-8), or NULL
     *  when the request names none. */
    const char *destination;
    /** PROGRESS: percent; FAIL: the HRESULT; VM_REQUEST: the requested
     *  VmState. */
    uint32_t value;
    uint32_t reserved[3];          /**< room for later members: 0 */
    const void *reserved_ptr[2];   /**< room for later pointer members: NULL */
} clusctl_event;

/**
 * @brief Builds a model of a VM in a given state.
 *
 * The model has @p vm_state, @p migration_state and @p host. When a
 * migration exists (Setup, Data Transfer, Move, Canceled or Failure: the
 * states in which the model keeps the last attempt's nodes), its source is
 * the host, since a migration leaves from the node that hosts the VM; its
 * destination is unknown (#CCTL_NO_NODE). Failure reason S_OK, progress 0,
 * the read-write properties at their documented defaults (OfflineAction 1,
 * ShutdownAction 0, CheckHeartbeat 0, StartMemory 1, VirtualNumaCount 1,
 * VmId unset) in the form of a zeroed model (clusctl_vm::properties 0, the
 * members 0: binaries of older versions see the reserved room 0), the
 * reserved room 0. Any value is taken, undocumented ones included: the
 * machines handle them.
 *
 * @param[out] vm Receives the model.
 * @param vm_state VmState (#clusctl_vm_state).
 * @param migration_state MigrationState (#clusctl_migration_state).
 * @param host The node that hosts the VM, or #CCTL_NO_NODE.
 * @retval CCTL_ERROR_SUCCESS Written.
 * @retval CCTL_ERROR_INVALID_PARAMETER @p vm is NULL.
 */
CCTL_API clusctl_status clusctl_vm_init(clusctl_vm *vm, uint32_t vm_state,
                                        uint32_t migration_state, uint32_t host);

/**
 * @brief Whether two node names name the same node: equal ignoring ASCII
 *        case, as Windows computer names are compared (the same comparison
 *        START uses to find its destination).
 *
 * @param a A NUL-terminated UTF-8 name, or NULL.
 * @param b Another, or NULL.
 * @return 1 when both are non-NULL and equal ignoring ASCII case, else 0.
 */
CCTL_API int clusctl_node_name_equal(const char *a, const char *b);

/**
 * @brief Finds a member of the cluster by name, as START finds its
 *        destination: the first node with a nonzero id whose name is
 *        clusctl_node_name_equal() to @p name.
 *
 * @param cluster The cluster.
 * @param name A NUL-terminated UTF-8 name.
 * @param[out] node Receives the node (a pointer into @p cluster's array),
 *             written once after the search: it may overlap @p name.
 * @retval CCTL_ERROR_SUCCESS Found.
 * @retval CCTL_ERROR_NOT_FOUND No member has that name.
 * @retval CCTL_ERROR_INVALID_PARAMETER @p cluster, @p name or @p node is
 *         NULL, or a reserved member of @p cluster or of a node is not 0.
 */
CCTL_API clusctl_status clusctl_cluster_find(const clusctl_cluster *cluster,
                                             const char *name,
                                             const clusctl_node **node);

/**
 * @brief Applies one event to the model.
 *
 * Finds the event's row in the table of its machine for the current state,
 * checks the row's guards, and applies its effect. See the file's
 * description for the rules and their statuses.
 *
 * @param current The model now.
 * @param cluster The cluster's nodes (START only; may be NULL otherwise).
 * @param event The event.
 * @param[out] next Receives the new model; equal to @p current when the
 *             event is refused. May overlap any input: it is written last.
 * @retval CCTL_ERROR_SUCCESS Accepted.
 * @retval CCTL_ERROR_INVALID_STATE Not allowed in the current state (no
 *         row), or a guard on the state or the caller failed.
 * @retval CCTL_ERROR_INVALID_PARAMETER A NULL pointer (START: a NULL
 *         @p cluster), a model whose clusctl_vm::properties rule is broken,
 *         reserved room that is not 0 (in @p current,
 *         @p event, @p cluster or a node), an unknown event kind or `VM_LEAVES_ENABLED` (which
 *         only follows a VM request), a missing destination, progress
 *         out of range, a success HRESULT for FAIL, or a VM_REQUEST for a
 *         state no request may name.
 * @retval CCTL_ERROR_INVALID_COMPUTERNAME START: an empty destination.
 * @retval CCTL_ERROR_CLUSTER_INVALID_REQUEST START: the destination is the host.
 * @retval CCTL_ERROR_CLUSTER_NODE_NOT_FOUND START: the destination is not a member.
 * @retval CCTL_ERROR_CLUSTER_NODE_DOWN START: the destination is down.
 */
CCTL_API clusctl_status clusctl_vm_apply(const clusctl_vm *current,
                                         const clusctl_cluster *cluster,
                                         const clusctl_event *event,
                                         clusctl_vm *next);

/**
 * @brief The front door for a resource DLL's `ResourceControl`: handles the
 *        two VM migration codes and nothing else (the door of version 0.2,
 *        kept as it was; clusctl_vm_control() also answers the private
 *        properties, with an output buffer).
 *
 * Total: the code is checked first, so every code it does not handle gets
 * ERROR_INVALID_FUNCTION whatever the other arguments (NULL pointers
 * included), and the Resource Monitor does its default processing; then
 * NULL pointers are refused. For #CCTL_VM_START_MIGRATION it reads the destination from the input
 * buffer with clusctl_start_buffer_decode() and applies START. A malformed
 * buffer gets that function's status before anything else; a missing
 * buffer (size 0, whatever the pointer) or an empty name is a problem of
 * the destination, checked after the state like every destination check
 * (ERROR_INVALID_PARAMETER, ERROR_INVALID_COMPUTERNAME). For
 * #CCTL_VM_CANCEL_MIGRATION, which takes no input, a buffer size other than
 * 0 is ERROR_INVALID_PARAMETER, else it applies CANCEL. Never reads past
 * @p in_size.
 *
 * @param code The control code `ResourceControl` received.
 * @param in_buffer `lpInBuffer`, or NULL.
 * @param in_size `cbInBufferSize`.
 * @param cluster The cluster's nodes.
 * @param caller The id of the node this runs on.
 * @param current The model now.
 * @param[out] next Receives the new model (equal to @p current on refusal
 *        and for ERROR_INVALID_FUNCTION, when both are given). May overlap
 *        any input, @p in_buffer included: it is written last.
 * @retval CCTL_ERROR_INVALID_FUNCTION Any other code, whatever the other
 *         arguments.
 * @retval CCTL_ERROR_INVALID_PARAMETER NULL @p cluster, @p current or
 *         @p next, or a model that is not valid (its reserved room, or its
 *         clusctl_vm::properties rule).
 * @retval other The buffer's status (clusctl_start_buffer_decode()) or
 *         clusctl_vm_apply()'s.
 */
CCTL_API clusctl_status clusctl_vm_resource_control(uint32_t code, const void *in_buffer,
                                                    size_t in_size,
                                                    const clusctl_cluster *cluster,
                                                    uint32_t caller,
                                                    const clusctl_vm *current,
                                                    clusctl_vm *next);

/**
 * @brief Sends START as a caller on node @p caller would, and answers it as
 *        the resource would: builds START's buffer from @p destination and
 *        passes it to clusctl_vm_resource_control().
 *
 * The buffer is what a caller of `ClusterResourceControl` sends: no buffer
 * for a NULL @p destination, a lone UTF-16 NUL for an empty one (the
 * resource then reports each in its order), else
 * clusctl_start_buffer_encode()'s bytes. A name that cannot be encoded
 * (invalid UTF-8, too long) is the caller's problem: its status is returned
 * and nothing is sent.
 *
 * @param current The model now.
 * @param cluster The cluster's nodes.
 * @param caller The id of the node the request runs on.
 * @param destination The destination's name (NUL-terminated UTF-8), or NULL.
 * @param[out] next Receives the new model (equal to @p current on refusal).
 * @retval CCTL_ERROR_NO_UNICODE_TRANSLATION @p destination is not UTF-8.
 * @retval CCTL_ERROR_BUFFER_OVERFLOW @p destination is too long.
 * @retval other clusctl_vm_resource_control()'s status.
 */
CCTL_API clusctl_status clusctl_vm_start(const clusctl_vm *current,
                                         const clusctl_cluster *cluster,
                                         uint32_t caller, const char *destination,
                                         clusctl_vm *next);

/**
 * @brief Sends CANCEL as a caller on node @p caller would (no input
 *        buffer), through clusctl_vm_resource_control().
 *
 * @param current The model now.
 * @param cluster The cluster's nodes.
 * @param caller The id of the node the request runs on.
 * @param[out] next Receives the new model (equal to @p current on refusal).
 * @return clusctl_vm_resource_control()'s status.
 */
CCTL_API clusctl_status clusctl_vm_cancel(const clusctl_vm *current,
                                          const clusctl_cluster *cluster,
                                          uint32_t caller, clusctl_vm *next);

/**
 * @brief The VM resource's private properties: a property table
 *        (proptable.h) whose parameter block is a #clusctl_vm.
 *
 * Generated from `data/vm_properties.csv` (the private properties of
 * "Virtual Machine" in Microsoft's docs), in that file's order:
 * CheckHeartbeat, MigrationFailureReason (read-only), MigrationProgress
 * (read-only), MigrationState (owned: see the file's decisions),
 * OfflineAction, ShutdownAction, StartMemory, VirtualNumaCount, VmId (a
 * GUID string), VmState (read-only), each with the docs' minimum, maximum
 * and default. Left out: CheckApplicationHealth and DefaultMoveType (TBD in
 * the docs: no format, access or range), MigrationExcludeNetworks and
 * MigrationNetworkOrder (common properties, not supported since Windows
 * Server 2012), and the rows of "Virtual Machine Configuration" (another
 * resource type). The docs' status is "TBD" for VmState and "Optional" for
 * StartMemory and VirtualNumaCount: they are not #CCTL_PROP_ITEM_REQUIRED.
 *
 * @param[out] count Receives the number of items.
 * @return The items (static), or NULL when @p count is NULL.
 */
CCTL_API const clusctl_prop_item *clusctl_vm_property_table(size_t *count);

/**
 * @brief The docs' name of a value of a VM property (`"Turn Off"` for
 *        OfflineAction 0, `"E_BUSY"` for MigrationFailureReason
 *        0x800700AA), from `data/vm_properties.csv`.
 *
 * @param property A property of clusctl_vm_property_table(), any ASCII case.
 * @param value Any value.
 * @return A static string, or NULL when the docs name no such value (or
 *         @p property is NULL or unknown).
 */
CCTL_API const char *clusctl_vm_property_value_name(const char *property, uint32_t value);

/**
 * @brief Finds a value of a VM property by the docs' name of it.
 *
 * Names compare ignoring ASCII case, with any run of spaces, `-`, `_` and
 * parentheses equal to one space and apostrophes left out: `"turn-off"`,
 * `"Turn Off"` and `"TURN_OFF"` are OfflineAction 0, `"shutdown-forced"` is
 * `"Shutdown (Forced)"`, `"dont-check-heartbeat"` is `"Don't Check
 * Heartbeat"`.
 *
 * @param property A property of clusctl_vm_property_table(), any ASCII case.
 * @param name The value's name, NUL-terminated.
 * @param[out] value Receives the value; written once, after the search (it
 *        may overlap the names).
 * @retval CCTL_ERROR_SUCCESS Found.
 * @retval CCTL_ERROR_NOT_FOUND No such property, or no value of it has that
 *         name.
 * @retval CCTL_ERROR_INVALID_PARAMETER An argument is NULL.
 */
CCTL_API clusctl_status clusctl_vm_property_value_from_name(const char *property,
                                                            const char *name,
                                                            uint32_t *value);

/**
 * @brief The docs' named values of a VM property one at a time, in the
 *        order of `data/vm_properties.csv` (to list them: OfflineAction's
 *        are "Turn Off", "Save", "Shutdown" and "Shutdown (Forced)").
 *
 * @param property A property of clusctl_vm_property_table(), any ASCII case.
 * @param index Which named value: 0 for the first.
 * @param[out] value Receives the value when a name is returned; may be NULL.
 * @return The value's name (a static string), or NULL when @p index is past
 *         the property's last named value (a property the docs name no value
 *         of has none) or @p property is NULL or unknown; then @p value is
 *         left untouched.
 */
CCTL_API const char *clusctl_vm_property_value_at(const char *property, size_t index,
                                                  uint32_t *value);

/**
 * @brief The same model with its read-write properties written out: when
 *        clusctl_vm::properties is 0, each property member gets its
 *        documented default and clusctl_vm::properties becomes
 *        #CCTL_VM_PROPERTIES_SET; otherwise the model is copied as it is.
 *
 * GET reports the same properties for both models. Call it before setting
 * a property member of a model built by clusctl_vm_init() or zeroed.
 *
 * @param vm The model.
 * @param[out] out Receives the model; may be @p vm (written last).
 * @retval CCTL_ERROR_SUCCESS Written.
 * @retval CCTL_ERROR_INVALID_PARAMETER @p vm or @p out is NULL, or @p vm is
 *         not a valid model (its reserved room; clusctl_vm::properties
 *         neither 0 nor #CCTL_VM_PROPERTIES_SET; 0 with a property member
 *         that is not 0).
 */
CCTL_API clusctl_status clusctl_vm_properties_expand(const clusctl_vm *vm, clusctl_vm *out);

/**
 * @brief The complete front door for a "Virtual Machine" resource's
 *        `ResourceControl`: the two migration codes and the private
 *        properties, with `lpOutBuffer`, `cbOutBufferSize` and
 *        `lpBytesReturned`.
 *
 * Total: the code is checked first, so every code it does not handle gets
 * ERROR_INVALID_FUNCTION whatever the other arguments (NULL pointers
 * included; @p next becomes @p current and *@p bytes_returned 0 when they
 * are given), and the Resource Monitor does its default processing. The
 * codes:
 * - #CCTL_VM_START_MIGRATION, #CCTL_VM_CANCEL_MIGRATION: as
 *   clusctl_vm_resource_control() (which is what it calls); no output.
 * - #CCTL_RESOURCE_GET_RO_PRIVATE_PROPERTIES,
 *   #CCTL_RESOURCE_GET_PRIVATE_PROPERTIES: the property list of the
 *   model's read-only / read-write properties
 *   (clusctl_proptable_to_list()), as the model holds them (a model with
 *   clusctl_vm::properties 0 reports the defaults); no input.
 * - #CCTL_RESOURCE_ENUM_PRIVATE_PROPERTIES: the names of every property,
 *   read-only and read-write, as a bare MULTI_SZ
 *   (clusctl_proptable_enum()); no input.
 * - #CCTL_RESOURCE_SET_PRIVATE_PROPERTIES: the input list, a client's
 *   (#CCTL_PLIST_FROM_CLIENT, the reader's default mode, as ResUtil is
 *   lenient), is verified and applied to the new model
 *   (clusctl_proptable_apply() on a copy, its properties written out
 *   first); a read-only property, an unknown name, a wrong format, a value
 *   out of range, a property named twice or a change of MigrationState is
 *   refused, and @p next is @p current. No output.
 * - #CCTL_RESOURCE_VALIDATE_PRIVATE_PROPERTIES: the same checks, and the
 *   model is not changed (@p next is @p current).
 *
 * For the codes that take no input a buffer size other than 0 is
 * ERROR_INVALID_PARAMETER (as CANCEL's); an output buffer is ignored by the
 * codes that have no output. GET and ENUM write nothing into @p out_buffer
 * unless the whole answer fits, and never past @p out_size; a buffer that
 * is too small (or NULL with size 0) gets ERROR_MORE_DATA and the size
 * needed. @p cluster and @p caller are used by START and CANCEL only (may
 * be NULL and anything for the others).
 *
 * Overlap: every input is read (the model copied, the input list read
 * whole) before an output is written, so any output may overlap any input
 * (@p next may be @p current, or lie over @p in_buffer; @p out_buffer may
 * lie over @p current). The outputs @p out_buffer (its @p out_size bytes,
 * for GET and ENUM: the other codes do not write it), @p bytes_returned,
 * @p next and @p error must not overlap each other: refused with
 * ERROR_INVALID_PARAMETER, nothing written.
 *
 * @param code The control code `ResourceControl` received.
 * @param in_buffer `lpInBuffer`, or NULL.
 * @param in_size `cbInBufferSize`.
 * @param[out] out_buffer `lpOutBuffer`, or NULL.
 * @param out_size `cbOutBufferSize`.
 * @param[out] bytes_returned `*lpBytesReturned`: the bytes written on
 *        success, the bytes needed on ERROR_MORE_DATA, else 0 (not written
 *        on argument errors).
 * @param cluster The cluster's nodes (START, CANCEL).
 * @param caller The id of the node this runs on (START, CANCEL).
 * @param current The model now.
 * @param[out] next Receives the new model: equal to @p current but for a
 *        successful START, CANCEL or SET.
 * @param[out] error Receives why a SET or VALIDATE list (or the model's
 *        VmId) was refused, and where (#clusctl_prop_error; the name is the
 *        list's); written for every handled code once the arguments are
 *        valid; may be NULL.
 * @retval CCTL_ERROR_SUCCESS Done.
 * @retval CCTL_ERROR_INVALID_FUNCTION Any other code, whatever the other
 *         arguments.
 * @retval CCTL_ERROR_MORE_DATA GET, ENUM: @p out_size is too small;
 *         *@p bytes_returned is the size needed.
 * @retval CCTL_ERROR_INVALID_PARAMETER NULL @p current, @p next or
 *         @p bytes_returned; overlapping outputs; @p error's reserved room
 *         not 0; a model that is not valid (as clusctl_vm_properties_expand()
 *         says; and its VmId not NUL-terminated in its room or not UTF-8:
 *         `CCTL_PROP_REASON_BAD_BLOCK`); an input size for a code that takes
 *         none; SET, VALIDATE: an unknown property, a read-only one, a
 *         property without a value or with two, a value out of range, a
 *         VmId that is not a GUID or too long, a property named twice (the
 *         reason in @p error); START, CANCEL: as
 *         clusctl_vm_resource_control().
 * @retval CCTL_ERROR_INVALID_STATE SET, VALIDATE: MigrationState with
 *         another value than the model's (`CCTL_PROP_REASON_OWNED`); START,
 *         CANCEL: as clusctl_vm_resource_control().
 * @retval CCTL_ERROR_CLUSTER_PROPERTY_DATA_TYPE_MISMATCH SET, VALIDATE: a
 *         value of the wrong format (`CCTL_PROP_REASON_WRONG_FORMAT`).
 * @retval CCTL_ERROR_INVALID_USER_BUFFER @p out_buffer NULL with a nonzero
 *         @p out_size (GET, ENUM), or @p in_buffer NULL with a nonzero
 *         @p in_size (SET, VALIDATE, START).
 * @retval other SET, VALIDATE: a malformed list gets the reader's status
 *         (clusctl_plist_validate(); no list at all is `TRUNCATED_COUNT`,
 *         ERROR_INVALID_DATA); START, CANCEL: clusctl_vm_resource_control()'s.
 */
CCTL_API clusctl_status clusctl_vm_control(uint32_t code, const void *in_buffer, size_t in_size,
                                           void *out_buffer, size_t out_size,
                                           size_t *bytes_returned,
                                           const clusctl_cluster *cluster, uint32_t caller,
                                           const clusctl_vm *current, clusctl_vm *next,
                                           clusctl_prop_error *error);

/**
 * @brief Builds a model from the two property lists a cluster returns for a
 *        "Virtual Machine" resource: what a tool reads with
 *        `CLUSCTL_RESOURCE_GET_RO_PRIVATE_PROPERTIES` and
 *        `CLUSCTL_RESOURCE_GET_PRIVATE_PROPERTIES`.
 *
 * The model starts with every property at its documented default (VmState
 * Unknown, MigrationState No Migration, failure reason S_OK, progress 0,
 * the read-write ones written out: clusctl_vm::properties is
 * #CCTL_VM_PROPERTIES_SET), hosted on @p host. Each list is read (the
 * reader's default mode, a server's list: #CCTL_PROPTABLE_FROM_SERVER) and
 * its known properties set, whichever list names them; unknown properties
 * (CheckApplicationHealth, ...) are ignored; what neither list names keeps
 * its default. A known property with a wrong format, a value out of range
 * (VmState above 65536, MigrationState above 5, ...), no value, or named
 * twice (in one list, or in both) is an error that names it, with its list
 * and offset. Then, as clusctl_vm_init() does, the source is the host when
 * a migration exists, and the destination unknown (the lists do not hold
 * the nodes).
 *
 * So a model written out by clusctl_vm_properties_expand(), sent through
 * both GET codes and read back here with its host, is the model again (when
 * its values are in range and its source and destination follow
 * clusctl_vm_init()'s rule).
 *
 * Would START succeed, and why not? Send it to the model: `clusctl_vm_start(
 * &vm, &cluster, caller, "node2", &next)` returns the status START gets
 * (and @p next the model after it); no other function is needed.
 *
 * @param ro_list The read-only properties' list, or NULL (size 0: no list,
 *        whatever the pointer).
 * @param ro_size Its size in bytes.
 * @param rw_list The read-write properties' list, or NULL.
 * @param rw_size Its size in bytes.
 * @param host The node that hosts the VM, or #CCTL_NO_NODE.
 * @param[out] vm Receives the model; written last, only on success (it may
 *        overlap the lists).
 * @param[out] error Receives the problem (clusctl_prop_error::list: 0 for
 *        @p ro_list, 1 for @p rw_list); may be NULL. Must not overlap @p vm.
 * @retval CCTL_ERROR_SUCCESS Built.
 * @retval CCTL_ERROR_INVALID_PARAMETER @p vm is NULL, @p error's reserved
 *         room is not 0, @p error overlaps @p vm; or a known property
 *         without a value or with two, out of range, not a GUID (VmId) or
 *         too long, or named twice.
 * @retval CCTL_ERROR_CLUSTER_PROPERTY_DATA_TYPE_MISMATCH A known property
 *         of the wrong format.
 * @retval CCTL_ERROR_INVALID_USER_BUFFER A list is NULL with a nonzero
 *         size.
 * @retval other A malformed list: the reader's status
 *         (clusctl_plist_validate()).
 */
CCTL_API clusctl_status clusctl_vm_from_properties(const void *ro_list, size_t ro_size,
                                                   const void *rw_list, size_t rw_size,
                                                   uint32_t host, clusctl_vm *vm,
                                                   clusctl_prop_error *error);

/**
 * @brief Whether a VM request (`CCTL_EVENT_VM_REQUEST`) may name a VmState:
 *        1 for the states some row of the VM machine's table takes a
 *        request to (Enabled, Disabled, Paused, Suspended).
 *
 * @param state Any value.
 * @return 1 or 0.
 */
CCTL_API int clusctl_vm_state_requestable(uint32_t state);

/** @brief The two machines. */
typedef enum clusctl_machine {
    CCTL_MACHINE_VM = 1,        /**< VmState */
    CCTL_MACHINE_MIGRATION = 2  /**< MigrationState */
} clusctl_machine;

#if defined(CCTL_DOXYGEN)
/**
 * @brief Define before including clusctl's headers to opt in to the
 *        unstable interface (@ref unstable), with the static library.
 */
#define CCTL_UNSTABLE_API
#endif

#if defined(CCTL_UNSTABLE_API)
/**
 * @defgroup unstable The unstable interface
 * @brief The machines' table as rows: the implementation, exposed.
 *
 * Define `CCTL_UNSTABLE_API` before including clusctl's headers to use it,
 * and link the static library (`clusctl::clusctl_static`): the shared
 * library does not export it, so no dynamically linked binary can depend
 * on it. Its types and rows may change in any version, patch versions
 * included, without a SONAME change. Stable code reads the table through
 * clusctl_machine_format() instead.
 * @{
 */
#if !defined(CCTL_STATIC) && !defined(CCTL_BUILDING_SHARED) && !defined(CCTL_DOXYGEN)
#error "CCTL_UNSTABLE_API is for the static library only: define CCTL_STATIC (clusctl::clusctl_static)"
#endif

/** @name Guards: conditions a transition checks, in this order
 *  @{ */
#define CCTL_GUARD_VM_ENABLED 0x01u    /**< the VM is Enabled */
#define CCTL_GUARD_CALLER_HOST 0x02u   /**< the caller is the host */
#define CCTL_GUARD_CALLER_SOURCE 0x04u /**< the caller is the migration's source */
#define CCTL_GUARD_DESTINATION 0x08u   /**< the destination is another member, up */
#define CCTL_GUARD_PROGRESS 0x10u      /**< the progress is from the current value to 100 */
#define CCTL_GUARD_FAILURE 0x20u       /**< the value is a failure HRESULT */
/** @} */

/** @brief What a transition does besides changing the state. */
typedef enum clusctl_effect {
    CCTL_EFFECT_NONE = 0,        /**< nothing else */
    CCTL_EFFECT_BEGIN = 1,       /**< source = host, destination set, reason S_OK, progress 0 */
    CCTL_EFFECT_PROGRESS = 2,    /**< progress = the event's value */
    CCTL_EFFECT_PROGRESS_100 = 3, /**< progress = 100 */
    CCTL_EFFECT_ARRIVE = 4,      /**< host = destination; source, destination, progress cleared */
    CCTL_EFFECT_FAIL = 5,        /**< failure reason = the event's value */
    CCTL_EFFECT_FAIL_E_FAIL = 6, /**< failure reason = E_FAIL */
    CCTL_EFFECT_CLEAR = 7        /**< source, destination, reason and progress cleared */
} clusctl_effect;

/** @brief One row of a machine's table. */
typedef struct clusctl_transition {
    uint32_t machine;  /**< #clusctl_machine */
    uint32_t from;     /**< the state before */
    uint32_t event;    /**< #clusctl_event_kind */
    uint32_t argument; /**< VM_REQUEST: the requested VmState; else 0 */
    uint32_t to;       /**< the state after */
    uint32_t guards;   /**< `CCTL_GUARD_*` flags */
    uint32_t effect;   /**< #clusctl_effect */
} clusctl_transition;

/**
 * @brief The table of transitions: first the VM machine's rows, then the
 *        migration machine's.
 * @param[out] count Receives the number of rows.
 * @return The rows (static), or NULL when @p count is NULL.
 */
CCTL_UNSTABLE_FUNC const clusctl_transition *clusctl_machine_transitions(size_t *count);

/** @} */
#endif /* CCTL_UNSTABLE_API */

/** @brief Output formats of clusctl_machine_format(). */
typedef enum clusctl_format {
    CCTL_FORMAT_MARKDOWN = 1, /**< a Markdown table per machine */
    CCTL_FORMAT_CSV = 2,      /**< one CSV table, a header line first */
    CCTL_FORMAT_JSON = 3,     /**< one JSON array of rows */
    CCTL_FORMAT_DOT = 4       /**< one Graphviz digraph, a cluster per machine */
} clusctl_format;

/**
 * @brief Writes the machines' table in a format, from the same rows
 *        clusctl_vm_apply() uses.
 *
 * @param machines #CCTL_MACHINE_VM, #CCTL_MACHINE_MIGRATION, or both ORed.
 * @param format A #clusctl_format.
 * @param[out] text Receives the NUL-terminated text; NULL with @p size 0
 *             asks for the size.
 * @param size Room in @p text, in bytes.
 * @param[out] needed Receives the bytes needed, NUL included.
 * @retval CCTL_ERROR_SUCCESS Written.
 * @retval CCTL_ERROR_MORE_DATA Size query (@p text NULL, @p size 0).
 * @retval CCTL_ERROR_INSUFFICIENT_BUFFER @p size is too small; nothing useful
 *         was written (the text is cut and NUL-terminated when @p size > 0;
 *         with @p size 0 nothing at all is written).
 * @retval CCTL_ERROR_INVALID_PARAMETER @p needed NULL, @p text NULL with a
 *         nonzero @p size, @p machines not 1 to 3, or an unknown @p format.
 */
CCTL_API clusctl_status clusctl_machine_format(uint32_t machines, uint32_t format,
                                               char *text, size_t size, size_t *needed);

/**
 * @brief The name of a VmState as the tool takes it (`"enabled"`).
 * @param state Any value.
 * @return A static string, or NULL when @p state is undocumented.
 */
CCTL_API const char *clusctl_vm_state_name(uint32_t state);

/**
 * @brief Finds a VmState by name or alias (#CCTL_VM_STATE_MAP), ignoring
 *        case: `online` is Enabled and `offline` is Disabled.
 * @param name A NUL-terminated name.
 * @param[out] state Receives the value.
 * @retval CCTL_ERROR_SUCCESS Found.
 * @retval CCTL_ERROR_NOT_FOUND No such name.
 * @retval CCTL_ERROR_INVALID_PARAMETER @p name or @p state is NULL.
 */
CCTL_API clusctl_status clusctl_vm_state_from_name(const char *name, uint32_t *state);

/**
 * @brief The name of a MigrationState as the tool takes it (`"data-transfer"`).
 * @param state Any value.
 * @return A static string, or NULL when @p state is undocumented.
 */
CCTL_API const char *clusctl_migration_state_name(uint32_t state);

/**
 * @brief Finds a MigrationState by name or alias
 *        (#CCTL_MIGRATION_STATE_MAP), ignoring case.
 * @param name A NUL-terminated name: none, setup, data-transfer, move,
 *             canceled, failure.
 * @param[out] state Receives the value.
 * @retval CCTL_ERROR_SUCCESS Found.
 * @retval CCTL_ERROR_NOT_FOUND No such name.
 * @retval CCTL_ERROR_INVALID_PARAMETER @p name or @p state is NULL.
 */
CCTL_API clusctl_status clusctl_migration_state_from_name(const char *name, uint32_t *state);

/**
 * @brief The name of an event kind (`"transfer complete"`).
 * @param kind Any value.
 * @return A static string, or NULL for an unknown kind.
 */
CCTL_API const char *clusctl_event_name(uint32_t kind);

CCTL_END_DECLS

#endif /* CCTL_VM_H_ */
