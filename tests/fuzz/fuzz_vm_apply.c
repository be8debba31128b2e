/* Fuzz target: clusctl_vm_apply(), the machines themselves, with any model
 * (documented or not: every member may be a raw value of the input), any
 * cluster, and a walk of up to 32 events of every kind of vm.h (START,
 * SETUP_COMPLETE, PROGRESS, TRANSFER_COMPLETE, MOVE_COMPLETE, CANCEL, FAIL,
 * RESET, VM_REQUEST, VM_COMPLETE, VM_LEAVES_ENABLED, unknown kinds) with any
 * caller, destination and value. An accepted event's model is the next
 * event's current model.
 *
 * Input: read a byte at a time (past its end every byte is 0). A "pick" is
 * one byte: 0xE0 or above takes the next 4 bytes as a raw little-endian
 * value, anything else picks from a table of interesting values (byte %
 * the table's size). In order:
 *   model:   VmState, MigrationState, host, source, destination (picks),
 *            failure reason (pick), progress (byte < 0xE0: byte % 128, else
 *            raw), the properties (byte % 8: 0-4 zero, at their defaults;
 *            5 written out with raw members and a VmId from the input; 6
 *            zero with a member set: broken; 7 a raw word), the reserved
 *            room (byte >= 0xF0: a raw word in reserved[byte % 9])
 *   cluster: byte % 8: 0 none (NULL), else 0-6 nodes, each: id (pick),
 *            up (byte & 1), name (byte % 8: five names, NULL, "", a string
 *            of the input), a reserved member set (byte >= 0xF8); the
 *            cluster's reserved room (byte >= 0xF8)
 *   events:  while input is left, at most 32: kind, caller, value (picks;
 *            the caller can be the model's host or source, the value its
 *            progress + 1), destination (byte % 8: NULL, "", a node's name
 *            in another case, "node9", a string of the input), a reserved
 *            member set (byte >= 0xF8), then a byte of how to call: bit 0
 *            next is current; bit 1 next lies over the destination's bytes.
 *
 * Checked at every event: the status and the next model, byte for byte,
 * equal those of the reference below; the current model, the event and the
 * cluster are never modified; a refusal leaves next equal to current;
 * only the statuses clusctl_vm_apply() documents, and START's own only for
 * START; an accepted event changes no member the machines do not own (the
 * properties, the reserved room); progress never goes down (but for START,
 * MOVE_COMPLETE and RESET, which set it to 0) nor above 100; documented
 * states lead to documented states; each machine looks at its own state
 * only (an event of a machine in an undocumented state is refused); No
 * Migration entered keeps no nodes; the same call again, with next over
 * current, over the destination's bytes, or (an event other than START)
 * with a NULL cluster gives the same result. Once per input: NULL
 * pointers.
 *
 * The reference is another formulation of the rules than src/vm.c's: the
 * table of docs/state_machines.md pasted cell for cell (text), read by an
 * interpreter written here from vm.h's prose (the guards' order and
 * statuses, what each effect's words mean). Where vm.h does not order two
 * refusals, the reference makes one choice and says so: argument errors
 * (reserved room, the properties rule, an unknown kind, a VM request for a
 * state no request names) come before the table's. */
#include "fuzz_common.h"

#include <stddef.h>

#include "clusctl/clusctl.h"
#include "print.h"

/* ---- The input. ---- */

typedef struct reader {
    const uint8_t *p;
    size_t n, at;
} reader;

static uint8_t r_byte(reader *r)
{
    return r->at < r->n ? r->p[r->at++] : 0;
}

static uint32_t r_u32(reader *r)
{
    uint32_t v = r_byte(r);
    v |= (uint32_t)r_byte(r) << 8;
    v |= (uint32_t)r_byte(r) << 16;
    return v | (uint32_t)r_byte(r) << 24;
}

static uint32_t r_pick(reader *r, const uint32_t *table, size_t count)
{
    uint8_t b = r_byte(r);
    return b >= 0xE0 ? r_u32(r) : table[b % count];
}

/* A string of the input: a length byte (% 24), then that many bytes (a NUL
 * among them ends it early), into `buf` (room for 24 and a NUL). */
static void r_string(reader *r, char *buf)
{
    size_t len = r_byte(r) % 24u, i;
    for (i = 0; i < len; i++)
        buf[i] = (char)r_byte(r);
    buf[len] = '\0';
}

static const uint32_t vm_states[] = {
    0, 2, 3, 32768, 32769, 32770, 32773, 32774, 32776, 32777, /* documented */
    2, 2, 3, 32769, 32768,                                    /* again */
    1, 4, 32771, 65536, 0xFFFFFFFFu, 0x80000002u};
static const uint32_t migration_states[] = {0, 1, 2, 3, 4, 5, 0, 1, 2, 3,
                                            4, 5, 6, 7, 0xFFFFFFFFu, 0x80000001u};
static const uint32_t node_ids[] = {0, 1, 2, 3, 1, 2, 4, 5, 0xFFFFFFFFu};
static const uint32_t reasons[] = {0, 0x80004005u, 0x800700AAu, 1, 0x7FFFFFFFu, 0x80000000u};
/* Kinds: every event of vm.h (VM_LEAVES_ENABLED, 11, included), 0, 12. */
static const uint32_t kinds[] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2, 3,
                                 4, 5, 6, 7, 8, 9, 9, 9, 10, 10, 0, 12};
static const uint32_t values[] = {0,      1,      50,     99,     100,        101,
                                  2,      3,      32768,  32769,  32770,      0,
                                  0x80004005u, 0x800700AAu, 0x7FFFFFFFu, 0xFFFFFFFFu};
#define PICK(r, t) r_pick((r), (t), sizeof(t) / sizeof((t)[0]))

/* ---- The reference: docs/state_machines.md, cell for cell. ---- */

typedef struct doc_row {
    const char *machine, *from, *event, *to, *guards, *effect;
} doc_row;

static const doc_row doc_rows[] = {
    {"VmState", "Disabled (3)", "request Enabled", "Starting (32770)", "", ""},
    {"VmState", "Starting (32770)", "complete", "Enabled (2)", "", ""},
    {"VmState", "Enabled (2)", "request Disabled", "Stopping (32774)", "", ""},
    {"VmState", "Stopping (32774)", "complete", "Disabled (3)", "", ""},
    {"VmState", "Enabled (2)", "request Suspended", "Saving (32773)", "", ""},
    {"VmState", "Saving (32773)", "complete", "Suspended (32769)", "", ""},
    {"VmState", "Suspended (32769)", "request Enabled", "Starting (32770)", "", ""},
    {"VmState", "Suspended (32769)", "request Disabled", "Disabled (3)", "", ""},
    {"VmState", "Enabled (2)", "request Paused", "Pausing (32776)", "", ""},
    {"VmState", "Pausing (32776)", "complete", "Paused (32768)", "", ""},
    {"VmState", "Paused (32768)", "request Enabled", "Resuming (32777)", "", ""},
    {"VmState", "Resuming (32777)", "complete", "Enabled (2)", "", ""},
    {"MigrationState", "No Migration (0)", "start", "Setup (1)",
     "VM Enabled, caller is the host, destination is another member, up",
     "source = host, destination set, reason S_OK, progress 0"},
    {"MigrationState", "Canceled (4)", "start", "Setup (1)",
     "VM Enabled, caller is the host, destination is another member, up",
     "source = host, destination set, reason S_OK, progress 0"},
    {"MigrationState", "Failure (5)", "start", "Setup (1)",
     "VM Enabled, caller is the host, destination is another member, up",
     "source = host, destination set, reason S_OK, progress 0"},
    {"MigrationState", "Setup (1)", "setup complete", "Data Transfer (2)", "", ""},
    {"MigrationState", "Data Transfer (2)", "progress", "Data Transfer (2)",
     "progress from the current value to 100", "progress = value"},
    {"MigrationState", "Data Transfer (2)", "transfer complete", "Move (3)", "", "progress 100"},
    {"MigrationState", "Move (3)", "move complete", "No Migration (0)", "",
     "host = destination; source, destination, progress cleared"},
    {"MigrationState", "Setup (1)", "cancel", "Canceled (4)", "caller is the source", ""},
    {"MigrationState", "Data Transfer (2)", "cancel", "Canceled (4)", "caller is the source", ""},
    {"MigrationState", "Setup (1)", "fail", "Failure (5)", "failure HRESULT",
     "reason = the HRESULT"},
    {"MigrationState", "Data Transfer (2)", "fail", "Failure (5)", "failure HRESULT",
     "reason = the HRESULT"},
    {"MigrationState", "Move (3)", "fail", "Failure (5)", "failure HRESULT",
     "reason = the HRESULT"},
    {"MigrationState", "Canceled (4)", "reset", "No Migration (0)", "",
     "source, destination, reason, progress cleared"},
    {"MigrationState", "Failure (5)", "reset", "No Migration (0)", "",
     "source, destination, reason, progress cleared"},
    {"MigrationState", "Setup (1)", "VM leaves Enabled", "Failure (5)", "", "reason E_FAIL"},
    {"MigrationState", "Data Transfer (2)", "VM leaves Enabled", "Failure (5)", "",
     "reason E_FAIL"},
    {"MigrationState", "Move (3)", "VM leaves Enabled", "Failure (5)", "", "reason E_FAIL"},
};
#define DOC_ROWS (sizeof doc_rows / sizeof doc_rows[0])

/* The event words of the table, and the kinds vm.h gives them. */
static const struct {
    const char *text;
    uint32_t kind;
} doc_events[] = {
    {"start", 1},    {"setup complete", 2}, {"progress", 3}, {"transfer complete", 4},
    {"move complete", 5}, {"cancel", 6},    {"fail", 7},     {"reset", 8},
    {"request", 9},  {"complete", 10},      {"VM leaves Enabled", 11}};

/* The number in "Display name (N)". */
static uint32_t doc_number(const char *cell)
{
    const char *p = strchr(cell, '(');
    uint32_t v = 0;
    FUZZ_CHECK(p != NULL);
    for (p++; *p >= '0' && *p <= '9'; p++)
        v = v * 10u + (uint32_t)(*p - '0');
    FUZZ_CHECK(*p == ')');
    return v;
}

/* The VmState whose display name is the `len` bytes at `name`, from the
 * table's own cells. */
static uint32_t doc_vm_state(const char *name, size_t len)
{
    size_t i;
    for (i = 0; i < DOC_ROWS; i++) {
        const char *cells[2];
        int c;
        cells[0] = doc_rows[i].from;
        cells[1] = doc_rows[i].to;
        for (c = 0; c < 2; c++)
            if (strcmp(doc_rows[i].machine, "VmState") == 0 &&
                strncmp(cells[c], name, len) == 0 && cells[c][len] == ' ')
                return doc_number(cells[c]);
    }
    FUZZ_CHECKF(0, "a requested state the table does not name: %.*s", (int)len, name);
    return 0;
}

/* What the words of a guards cell and of an effect cell say (vm.h's
 * prose), read once from the table so that no text is compared while the
 * fuzzer runs. */
enum {
    G_VM_ENABLED = 1, G_CALLER_HOST = 2, G_CALLER_SOURCE = 4, G_DESTINATION = 8,
    G_PROGRESS = 16, G_FAILURE = 32
};
enum { E_NONE, E_BEGIN, E_PROGRESS, E_PROGRESS_100, E_ARRIVE, E_FAIL, E_FAIL_E_FAIL, E_CLEAR };

static const struct {
    const char *words;
    unsigned bit;
} doc_guards[] = {{"VM Enabled", G_VM_ENABLED},
                  {"caller is the host", G_CALLER_HOST},
                  {"caller is the source", G_CALLER_SOURCE},
                  {"destination is another member, up", G_DESTINATION},
                  {"progress from the current value to 100", G_PROGRESS},
                  {"failure HRESULT", G_FAILURE}};

static const struct {
    const char *words;
    int effect;
} doc_effects[] = {{"", E_NONE},
                   {"source = host, destination set, reason S_OK, progress 0", E_BEGIN},
                   {"progress = value", E_PROGRESS},
                   {"progress 100", E_PROGRESS_100},
                   {"host = destination; source, destination, progress cleared", E_ARRIVE},
                   {"reason = the HRESULT", E_FAIL},
                   {"reason E_FAIL", E_FAIL_E_FAIL},
                   {"source, destination, reason, progress cleared", E_CLEAR}};

/* The table read into numbers once. */
typedef struct ref_row {
    int vm;                  /* VmState's table, else MigrationState's */
    uint32_t from, kind, argument, to;
    unsigned guards;         /* G_* */
    int effect;              /* E_* */
} ref_row;

static ref_row ref_rows[DOC_ROWS];

/* The guards cell: phrases joined by ", " (one phrase holds a comma). */
static unsigned doc_guard_bits(const char *cell)
{
    unsigned bits = 0;
    size_t k, at = 0;
    while (cell[at] != '\0') {
        size_t before = at;
        for (k = 0; k < sizeof doc_guards / sizeof doc_guards[0]; k++) {
            size_t n = strlen(doc_guards[k].words);
            if (strncmp(cell + at, doc_guards[k].words, n) == 0 &&
                (cell[at + n] == '\0' || cell[at + n] == ',')) {
                bits |= doc_guards[k].bit;
                at += n;
                if (cell[at] == ',')
                    at += 2;
                break;
            }
        }
        FUZZ_CHECKF(at != before, "a guard the reference cannot read: '%s'", cell + at);
    }
    return bits;
}

static int doc_effect(const char *cell)
{
    size_t k;
    for (k = 0; k < sizeof doc_effects / sizeof doc_effects[0]; k++)
        if (strcmp(cell, doc_effects[k].words) == 0)
            return doc_effects[k].effect;
    FUZZ_CHECKF(0, "an effect the reference cannot read: '%s'", cell);
    return E_NONE;
}

static void ref_load(void)
{
    static int loaded;
    size_t i, k;
    if (loaded)
        return;
    for (i = 0; i < DOC_ROWS; i++) {
        const doc_row *d = &doc_rows[i];
        ref_row *r = &ref_rows[i];
        size_t len = 0;
        r->vm = strcmp(d->machine, "VmState") == 0;
        r->from = doc_number(d->from);
        r->to = doc_number(d->to);
        r->guards = doc_guard_bits(d->guards);
        r->effect = doc_effect(d->effect);
        r->kind = 0;
        for (k = 0; k < sizeof doc_events / sizeof doc_events[0]; k++) {
            size_t n = strlen(doc_events[k].text);
            if (strncmp(d->event, doc_events[k].text, n) == 0 &&
                (d->event[n] == '\0' || d->event[n] == ' ') && n > len) {
                r->kind = doc_events[k].kind;
                len = n;
            }
        }
        FUZZ_CHECK(r->kind != 0);
        r->argument = 0;
        if (r->kind == 9) /* "request Enabled": the state requested */
            r->argument = doc_vm_state(d->event + len + 1, strlen(d->event + len + 1));
    }
    loaded = 1;
}

/* The row of a machine for a state, a kind and an argument, or NULL. */
static const ref_row *ref_find(int vm, uint32_t from, uint32_t kind, uint32_t argument)
{
    size_t i;
    for (i = 0; i < DOC_ROWS; i++)
        if (ref_rows[i].vm == vm && ref_rows[i].from == from && ref_rows[i].kind == kind &&
            ref_rows[i].argument == argument)
            return &ref_rows[i];
    return NULL;
}

/* States the table's cells name, and VmState Unknown (0), which vm.h's map
 * documents though no row leaves or enters it. */
static int ref_documented(int vm, uint32_t state)
{
    size_t i;
    if (vm && state == 0)
        return 1;
    for (i = 0; i < DOC_ROWS; i++)
        if (ref_rows[i].vm == vm && (ref_rows[i].from == state || ref_rows[i].to == state))
            return 1;
    return 0;
}

static int ref_requestable(uint32_t state)
{
    size_t i;
    for (i = 0; i < DOC_ROWS; i++)
        if (ref_rows[i].kind == 9 && ref_rows[i].argument == state)
            return 1;
    return 0;
}

static int ref_same_name(const char *a, const char *b)
{
    for (;; a++, b++) {
        unsigned char x = (unsigned char)*a, y = (unsigned char)*b;
        if (x >= 'a' && x <= 'z')
            x = (unsigned char)(x - 32);
        if (y >= 'a' && y <= 'z')
            y = (unsigned char)(y - 32);
        if (x != y)
            return 0;
        if (x == 0)
            return 1;
    }
}

static int ref_words_zero(const uint32_t *w, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        if (w[i] != 0)
            return 0;
    return 1;
}

static int ref_ptrs_null(const void *const *p, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        if (p[i] != NULL)
            return 0;
    return 1;
}

/* vm.h's rule of a valid model: reserved room 0; properties 0 with every
 * property member 0 (VmId's room included), or CCTL_VM_PROPERTIES_SET. */
static int ref_model_valid(const clusctl_vm *m)
{
    size_t i;
    if (!ref_words_zero(m->reserved, sizeof m->reserved / sizeof m->reserved[0]))
        return 0;
    if (m->properties == CCTL_VM_PROPERTIES_SET)
        return 1;
    if (m->properties != 0 || m->offline_action != 0 || m->shutdown_action != 0 ||
        m->check_heartbeat != 0 || m->start_memory != 0 || m->virtual_numa_count != 0)
        return 0;
    for (i = 0; i < sizeof m->vm_id; i++)
        if (m->vm_id[i] != 0)
            return 0;
    return 1;
}

/* An effect, as vm.h's prose says its words. */
static void ref_effect(int effect, clusctl_vm *n, uint32_t value, uint32_t dest)
{
    switch (effect) {
    case E_BEGIN: /* source = host, destination set, reason S_OK, progress 0 */
        n->source = n->host;
        n->destination = dest;
        n->failure_reason = 0;
        n->progress = 0;
        break;
    case E_PROGRESS: /* progress = value */
        n->progress = value;
        break;
    case E_PROGRESS_100:
        n->progress = 100;
        break;
    case E_ARRIVE: /* host = destination; source, destination, progress cleared */
        n->host = n->destination;
        n->source = 0;
        n->destination = 0;
        n->progress = 0;
        break;
    case E_FAIL: /* reason = the HRESULT */
        n->failure_reason = value;
        break;
    case E_FAIL_E_FAIL:
        n->failure_reason = 0x80004005u;
        break;
    case E_CLEAR: /* source, destination, reason, progress cleared */
        n->source = 0;
        n->destination = 0;
        n->failure_reason = 0;
        n->progress = 0;
        break;
    default:
        break;
    }
}

/* The status and next model the rules give. */
static clusctl_status ref_apply(const clusctl_vm *cur, const clusctl_cluster *cl,
                                const clusctl_event *ev, clusctl_vm *out)
{
    clusctl_vm n = *cur;
    const ref_row *row;
    uint32_t dest = 0;
    size_t i;
    int vm;

    *out = *cur;
    ref_load();
    /* Argument errors. */
    if (!ref_model_valid(cur) || !ref_words_zero(ev->reserved, 3) ||
        !ref_ptrs_null(ev->reserved_ptr, 2))
        return CCTL_ERROR_INVALID_PARAMETER;
    if (cl != NULL) {
        if (!ref_words_zero(cl->reserved, 2) || !ref_ptrs_null(cl->reserved_ptr, 2))
            return CCTL_ERROR_INVALID_PARAMETER;
        for (i = 0; cl->nodes != NULL && i < cl->count; i++)
            if (!ref_words_zero(cl->nodes[i].reserved, 2) ||
                !ref_ptrs_null(cl->nodes[i].reserved_ptr, 1))
                return CCTL_ERROR_INVALID_PARAMETER;
    }
    if (ev->kind < 1 || ev->kind > 10) /* unknown, or VM_LEAVES_ENABLED */
        return CCTL_ERROR_INVALID_PARAMETER;
    if (ev->kind == 9 && !ref_requestable(ev->value))
        return CCTL_ERROR_INVALID_PARAMETER;
    /* The row of the event's own machine. */
    vm = ev->kind == 9 || ev->kind == 10;
    row = ref_find(vm, vm ? cur->vm_state : cur->migration_state, ev->kind,
                   ev->kind == 9 ? ev->value : 0);
    if (row == NULL)
        return CCTL_ERROR_INVALID_STATE;
    /* The guards, in vm.h's order. */
    if ((row->guards & G_VM_ENABLED) && cur->vm_state != 2)
        return CCTL_ERROR_INVALID_STATE;
    if ((row->guards & G_CALLER_HOST) && (ev->caller == 0 || ev->caller != cur->host))
        return CCTL_ERROR_INVALID_STATE;
    if ((row->guards & G_CALLER_SOURCE) &&
        (ev->caller == 0 || ev->caller != cur->source))
        return CCTL_ERROR_INVALID_STATE;
    if ((row->guards & G_DESTINATION)) {
        const clusctl_node *node = NULL;
        if (cl == NULL || ev->destination == NULL)
            return CCTL_ERROR_INVALID_PARAMETER;
        if (ev->destination[0] == '\0')
            return CCTL_ERROR_INVALID_COMPUTERNAME;
        for (i = 0; cl->nodes != NULL && i < cl->count && node == NULL; i++)
            if (cl->nodes[i].id != 0 && cl->nodes[i].name != NULL &&
                ref_same_name(cl->nodes[i].name, ev->destination))
                node = &cl->nodes[i];
        if (node != NULL && node->id == cur->host)
            return CCTL_ERROR_CLUSTER_INVALID_REQUEST;
        if (node == NULL)
            return CCTL_ERROR_CLUSTER_NODE_NOT_FOUND;
        if (!node->up)
            return CCTL_ERROR_CLUSTER_NODE_DOWN;
        dest = node->id;
    }
    if ((row->guards & G_PROGRESS) &&
        (ev->value > 100 || ev->value < cur->progress))
        return CCTL_ERROR_INVALID_PARAMETER;
    if ((row->guards & G_FAILURE) && ev->value < 0x80000000u)
        return CCTL_ERROR_INVALID_PARAMETER;
    /* The move, and the migration machine's side of leaving Enabled. */
    if (vm) {
        n.vm_state = row->to;
        if (row->from == 2 && row->to != 2) {
            const ref_row *m = ref_find(0, cur->migration_state, 11, 0);
            if (m != NULL) {
                n.migration_state = m->to;
                ref_effect(m->effect, &n, 0, 0);
            }
        }
    } else {
        n.migration_state = row->to;
    }
    ref_effect(row->effect, &n, ev->value, dest);
    *out = n;
    return CCTL_ERROR_SUCCESS;
}

/* ---- The harness. ---- */

#define MAX_NODES 6
#define MAX_EVENTS 32

static const char *const node_names[] = {"node1", "NODE2", "node3", "Node4", "node5"};

typedef struct world {
    clusctl_node nodes[MAX_NODES];
    char names[MAX_NODES][25];
    clusctl_cluster cluster;
    const clusctl_cluster *cl; /* &cluster or NULL */
} world;

static void read_model(reader *r, clusctl_vm *m)
{
    uint8_t b;
    memset(m, 0, sizeof *m);
    m->vm_state = PICK(r, vm_states);
    m->migration_state = PICK(r, migration_states);
    m->host = PICK(r, node_ids);
    m->source = PICK(r, node_ids);
    m->destination = PICK(r, node_ids);
    m->failure_reason = PICK(r, reasons);
    b = r_byte(r);
    m->progress = b >= 0xE0 ? r_u32(r) : b % 128u;
    b = r_byte(r);
    switch (b % 8u) {
    case 5: {
        char id[25];
        m->properties = CCTL_VM_PROPERTIES_SET;
        m->offline_action = r_u32(r);
        m->shutdown_action = r_u32(r);
        m->check_heartbeat = r_u32(r);
        m->start_memory = r_u32(r);
        m->virtual_numa_count = r_u32(r);
        r_string(r, id);
        memcpy(m->vm_id, id, strlen(id));
        break;
    }
    case 6:
        m->start_memory = 1; /* broken: a member set in a model at its defaults */
        break;
    case 7:
        m->properties = r_u32(r);
        break;
    default:
        break;
    }
    b = r_byte(r);
    if (b >= 0xF0)
        m->reserved[b % 9u] = r_u32(r);
}

static void read_cluster(reader *r, world *w)
{
    uint8_t b = r_byte(r);
    size_t count, i;
    memset(&w->cluster, 0, sizeof w->cluster);
    memset(w->nodes, 0, sizeof w->nodes);
    w->cl = NULL;
    if (b % 8u == 0)
        return;
    count = b % 8u - 1u;
    for (i = 0; i < count; i++) {
        clusctl_node *n = &w->nodes[i];
        uint8_t c;
        n->id = PICK(r, node_ids);
        n->up = r_byte(r) & 1;
        c = r_byte(r);
        switch (c % 8u) {
        case 5:
            n->name = NULL;
            break;
        case 6:
            n->name = "";
            break;
        case 7:
            r_string(r, w->names[i]);
            n->name = w->names[i];
            break;
        default:
            n->name = node_names[c % 8u];
            break;
        }
        if (r_byte(r) >= 0xF8)
            n->reserved[1] = 1;
    }
    w->cluster.nodes = count != 0 ? w->nodes : NULL;
    w->cluster.count = count;
    if (r_byte(r) >= 0xF8)
        w->cluster.reserved[0] = 1;
    w->cl = &w->cluster;
}

/* A destination in another ASCII case than a node's name. */
static void flip_case(const char *in, char *out)
{
    size_t i;
    for (i = 0; in[i] != '\0' && i < 24; i++) {
        char c = in[i];
        out[i] = (char)(c >= 'a' && c <= 'z' ? c - 32 : (c >= 'A' && c <= 'Z' ? c + 32 : c));
    }
    out[i] = '\0';
}

static int documented(const clusctl_vm *m)
{
    return ref_documented(1, m->vm_state) && ref_documented(0, m->migration_state);
}

static void show(const char *what, const clusctl_vm *cur, const clusctl_event *ev,
                 clusctl_status st, const clusctl_vm *got, clusctl_status want_st,
                 const clusctl_vm *want)
{
    fprintf(stderr, "%s\n", what);
    print_vm("current", cur);
    print_event(ev);
    print_status("got", st);
    print_vm("got", got);
    print_status("expected", want_st);
    print_vm("expected", want);
}

/* The members after the machines' (the properties, the reserved room). */
#define TAIL offsetof(clusctl_vm, properties)

static void check_event(const clusctl_vm *cur, const world *w, const clusctl_event *ev,
                        uint8_t how, clusctl_vm *result, clusctl_status *result_st)
{
    clusctl_vm saved = *cur, next, want, again;
    clusctl_event ev_saved = *ev;
    clusctl_cluster cl_saved;
    clusctl_node nodes_saved[MAX_NODES];
    clusctl_status st, want_st, st2;

    if (w->cl != NULL) {
        cl_saved = *w->cl;
        memcpy(nodes_saved, w->nodes, sizeof nodes_saved);
    }
    memset(&next, 0xA5, sizeof next);
    st = clusctl_vm_apply(cur, w->cl, ev, &next);
    want_st = ref_apply(cur, w->cl, ev, &want);
    if (st != want_st || memcmp(&next, &want, sizeof next) != 0)
        show("clusctl_vm_apply and the reference differ", cur, ev, st, &next, want_st, &want);
    FUZZ_CHECK(st == want_st);
    FUZZ_CHECK(memcmp(&next, &want, sizeof next) == 0);

    /* The inputs are not modified. */
    FUZZ_CHECK(memcmp(cur, &saved, sizeof saved) == 0);
    FUZZ_CHECK(memcmp(ev, &ev_saved, sizeof ev_saved) == 0);
    if (w->cl != NULL) {
        FUZZ_CHECK(memcmp(w->cl, &cl_saved, sizeof cl_saved) == 0);
        FUZZ_CHECK(memcmp(w->nodes, nodes_saved, sizeof nodes_saved) == 0);
    }
    /* vm.h's invariants, on their own. */
    switch (st) {
    case CCTL_ERROR_SUCCESS:
    case CCTL_ERROR_INVALID_STATE:
    case CCTL_ERROR_INVALID_PARAMETER:
        break;
    case CCTL_ERROR_INVALID_COMPUTERNAME:
    case CCTL_ERROR_CLUSTER_INVALID_REQUEST:
    case CCTL_ERROR_CLUSTER_NODE_NOT_FOUND:
    case CCTL_ERROR_CLUSTER_NODE_DOWN:
        FUZZ_CHECKF(ev->kind == CCTL_EVENT_START, "status %d for kind %lu", (int)st,
                    (unsigned long)ev->kind);
        break;
    default:
        FUZZ_CHECKF(0, "undocumented status %d", (int)st);
    }
    if (st != CCTL_ERROR_SUCCESS) {
        FUZZ_CHECK(memcmp(&next, cur, sizeof next) == 0); /* a refusal changes nothing */
    } else {
        int vm_event = ev->kind == CCTL_EVENT_VM_REQUEST || ev->kind == CCTL_EVENT_VM_COMPLETE;
        FUZZ_CHECK(memcmp((const char *)&next + TAIL, (const char *)cur + TAIL,
                          sizeof next - TAIL) == 0);
        FUZZ_CHECK(ev->kind >= CCTL_EVENT_START && ev->kind <= CCTL_EVENT_VM_COMPLETE);
        /* Each machine looks at its own state, and moves only it (a VM
         * request that leaves Enabled fails a running migration). */
        if (vm_event) {
            FUZZ_CHECK(ref_documented(1, cur->vm_state));
            FUZZ_CHECK(next.migration_state == cur->migration_state ||
                       next.migration_state == CCTL_MIGRATION_FAILURE);
        } else {
            FUZZ_CHECK(ref_documented(0, cur->migration_state));
            FUZZ_CHECK(next.vm_state == cur->vm_state);
        }
        if (documented(cur))
            FUZZ_CHECK(documented(&next));
        if (cur->progress <= 100) {
            FUZZ_CHECK(next.progress <= 100);
            if (ev->kind != CCTL_EVENT_START && ev->kind != CCTL_EVENT_MOVE_COMPLETE &&
                ev->kind != CCTL_EVENT_RESET)
                FUZZ_CHECKF(next.progress >= cur->progress, "progress %lu -> %lu",
                            (unsigned long)cur->progress, (unsigned long)next.progress);
        }
        if (next.migration_state == CCTL_MIGRATION_NONE &&
            cur->migration_state != CCTL_MIGRATION_NONE)
            FUZZ_CHECK(next.source == 0 && next.destination == 0 && next.progress == 0);
        if (next.migration_state == CCTL_MIGRATION_SETUP &&
            cur->migration_state != CCTL_MIGRATION_SETUP)
            FUZZ_CHECK(next.source == cur->host && next.destination != 0 &&
                       next.destination != cur->host && next.progress == 0);
    }

    /* The same call again. */
    memset(&again, 0x5A, sizeof again);
    st2 = clusctl_vm_apply(cur, w->cl, ev, &again);
    FUZZ_CHECK(st2 == st && memcmp(&again, &next, sizeof again) == 0);
    /* next over current. */
    if (how & 1u) {
        again = *cur;
        st2 = clusctl_vm_apply(&again, w->cl, ev, &again);
        FUZZ_CHECK(st2 == st && memcmp(&again, &next, sizeof again) == 0);
    }
    /* next over the destination's bytes. */
    if ((how & 2u) && ev->destination != NULL) {
        union {
            clusctl_vm vm;
            char text[sizeof(clusctl_vm) + 32];
        } over;
        clusctl_event moved = *ev;
        size_t len = strlen(ev->destination);
        if (len < sizeof over.text) {
            memset(&over, 0, sizeof over);
            memcpy(over.text, ev->destination, len + 1);
            moved.destination = over.text;
            st2 = clusctl_vm_apply(cur, w->cl, &moved, &over.vm);
            FUZZ_CHECK(st2 == st && memcmp(&over.vm, &next, sizeof next) == 0);
        }
    }
    /* Only START reads the cluster: NULL gives the same result (when the
     * cluster's reserved room is clean, or there is none), and the
     * reference's for START. */
    memset(&again, 0x5A, sizeof again);
    st2 = clusctl_vm_apply(cur, NULL, ev, &again);
    want_st = ref_apply(cur, NULL, ev, &want);
    FUZZ_CHECK(st2 == want_st && memcmp(&again, &want, sizeof again) == 0);
    if (ev->kind != CCTL_EVENT_START && (w->cl == NULL || st != CCTL_ERROR_INVALID_PARAMETER))
        FUZZ_CHECK(st2 == st && memcmp(&again, &next, sizeof again) == 0);

    *result = next;
    *result_st = st;
}

static void check_null_pointers(const clusctl_vm *cur, const world *w)
{
    clusctl_event ev;
    clusctl_vm next;
    memset(&ev, 0, sizeof ev);
    ev.kind = CCTL_EVENT_VM_COMPLETE;
    FUZZ_CHECK(clusctl_vm_apply(NULL, w->cl, &ev, &next) == CCTL_ERROR_INVALID_PARAMETER);
    FUZZ_CHECK(clusctl_vm_apply(cur, w->cl, &ev, NULL) == CCTL_ERROR_INVALID_PARAMETER);
    memset(&next, 0xA5, sizeof next);
    FUZZ_CHECK(clusctl_vm_apply(cur, w->cl, NULL, &next) == CCTL_ERROR_INVALID_PARAMETER);
    FUZZ_CHECK(memcmp(&next, cur, sizeof next) == 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    reader r;
    world w;
    clusctl_vm cur;
    int events = 0;

    FUZZ_BEGIN(data, size);
    r.p = data;
    r.n = size;
    r.at = 0;
    ref_load();
    read_model(&r, &cur);
    read_cluster(&r, &w);
    check_null_pointers(&cur, &w);
    do {
        clusctl_event ev;
        clusctl_vm next;
        clusctl_status st;
        char text[25], flipped[25];
        uint8_t b, how;
        uint32_t v;
        memset(&ev, 0, sizeof ev);
        ev.kind = PICK(&r, kinds);
        b = r_byte(&r);
        ev.caller = b % 16u == 14u ? cur.host
                    : b % 16u == 15u ? cur.source
                    : b >= 0xE0 ? r_u32(&r) : node_ids[b % (sizeof node_ids / sizeof node_ids[0])];
        b = r_byte(&r);
        v = b >= 0xE0 ? r_u32(&r)
            : b % 17u == 16u ? cur.progress + 1u
            : values[b % 16u];
        ev.value = v;
        b = r_byte(&r);
        switch (b % 8u) {
        case 0:
            ev.destination = NULL;
            break;
        case 1:
            ev.destination = "";
            break;
        case 2:
            ev.destination = "node9";
            break;
        case 3:
            r_string(&r, text);
            ev.destination = text;
            break;
        default:
            if (w.cl != NULL && w.cluster.count != 0 &&
                w.nodes[b % w.cluster.count].name != NULL) {
                flip_case(w.nodes[b % w.cluster.count].name, flipped);
                ev.destination = (b & 0x10u) ? flipped : w.nodes[b % w.cluster.count].name;
            } else {
                ev.destination = node_names[b % 5u];
            }
            break;
        }
        if (r_byte(&r) >= 0xF8)
            ev.reserved[2] = 1;
        how = r_byte(&r);
        check_event(&cur, &w, &ev, how, &next, &st);
        if (st == CCTL_ERROR_SUCCESS)
            cur = next;
    } while (r.at < r.n && ++events < MAX_EVENTS);
    return 0;
}
