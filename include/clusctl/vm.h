/**
 * @file vm.h
 * @brief The Hyper-V VM resource's state machines, as pure functions: the
 *        VM machine (`VmState`) and the live-migration machine
 *        (`MigrationState`), and the front door a resource DLL's
 *        `ResourceControl` calls for `CLUSCTL_RESOURCE_VM_START_MIGRATION`
 *        (0x01600004) and `CLUSCTL_RESOURCE_VM_CANCEL_MIGRATION` (0x01600008).
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
 */
#ifndef CCTL_VM_H_
#define CCTL_VM_H_

#include <stddef.h>
#include <stdint.h>

#include "export.h"
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

/** @brief No node: the value of an unset node field. Node ids are nonzero. */
#define CCTL_NO_NODE ((uint32_t)0)

/** @brief The most nodes a Windows failover cluster has (64). */
#define CCTL_CLUSTER_NODES_MAX 64

/**
 * @brief The VM resource as the machines see it.
 *
 * Nodes are identified by nonzero ids (the cluster's node ids, or any the
 * caller chooses), so the model holds no strings and allocates nothing.
 *
 * Caller-allocated: build it with clusctl_vm_init(), or zero it
 * (`clusctl_vm vm = {0};`) and set the members. The reserved room is for
 * members of later minor versions: it must be 0 on input (else
 * ERROR_INVALID_PARAMETER), and it is 0 on output.
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
    uint32_t reserved[25];    /**< room for later members: 0 */
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
 * the reserved room 0. Any value is taken, undocumented ones included: the
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
 *         @p cluster), reserved room that is not 0 (in @p current,
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
 *        two VM migration codes and nothing else.
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
 *         @p next.
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
