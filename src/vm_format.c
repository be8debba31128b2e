/* The machines' table written out as Markdown, CSV, JSON or Graphviz DOT,
 * from the same rows clusctl_vm_apply() uses. Pure: it writes into the
 * caller's buffer, counting what it needs. */
#include <string.h>

#define CCTL_UNSTABLE_API /* the table's rows */
#include "clusctl/vm.h"
#include "internal.h"

/* A writer that counts every byte and stores those that fit. */
typedef struct clusctl__out {
    char *text;
    size_t size;
    size_t len;
} clusctl__out;

static void put(clusctl__out *o, const char *s)
{
    size_t n = strlen(s);
    if (o->len < o->size) {
        size_t room = o->size - o->len;
        memcpy(o->text + o->len, s, n < room ? n : room);
    }
    o->len += n;
}

static void put_u32(clusctl__out *o, uint32_t v)
{
    char digits[11];
    size_t i = sizeof digits - 1;
    digits[i] = '\0';
    do {
        digits[--i] = (char)('0' + v % 10u);
        v /= 10u;
    } while (v != 0);
    put(o, digits + i);
}

/* The display name of a state; the rows name documented states only.
 * The names are one string each, not a table of pointers (see
 * clusctl__nth_string()). */
static const char *state_display(uint32_t machine, uint32_t state)
{
#define CCTL_VALUE_(N, v, text, display, alias) v,
#define CCTL_DISPLAY_(N, v, text, display, alias) display "\0"
    static const uint32_t vm_values[] = {CCTL_VM_STATE_MAP(CCTL_VALUE_)};
    static const uint32_t migration_values[] = {CCTL_MIGRATION_STATE_MAP(CCTL_VALUE_)};
    static const char vm_displays[] = CCTL_VM_STATE_MAP(CCTL_DISPLAY_);
    static const char migration_displays[] = CCTL_MIGRATION_STATE_MAP(CCTL_DISPLAY_);
#undef CCTL_VALUE_
#undef CCTL_DISPLAY_
    const uint32_t *values = machine == CCTL_MACHINE_VM ? vm_values : migration_values;
    size_t i, count = machine == CCTL_MACHINE_VM ? CCTL_COUNTOF_(vm_values)
                                                 : CCTL_COUNTOF_(migration_values);
    for (i = 0; i < count; i++)
        if (values[i] == state)
            return clusctl__nth_string(
                machine == CCTL_MACHINE_VM ? vm_displays : migration_displays, i);
    return "?"; /* GCOVR_EXCL_LINE: not reached: the rows name documented states only */
}

static const char *machine_name(uint32_t machine)
{
    return machine == CCTL_MACHINE_VM ? "vm" : "migration";
}

/* "request Enabled", "start", ... */
static void put_event(clusctl__out *o, const clusctl_transition *t)
{
    put(o, clusctl_event_name(t->event));
    if (t->event == CCTL_EVENT_VM_REQUEST) {
        put(o, " ");
        put(o, state_display(CCTL_MACHINE_VM, t->argument));
    }
}

/* The guards in the order they are shown; their texts come from a switch,
 * so that no table of pointers needs a load-time relocation. */
static const uint32_t clusctl__guards[] = {
    CCTL_GUARD_VM_ENABLED,  CCTL_GUARD_CALLER_HOST, CCTL_GUARD_CALLER_SOURCE,
    CCTL_GUARD_DESTINATION, CCTL_GUARD_PROGRESS,    CCTL_GUARD_FAILURE,
};

static const char *guard_text(uint32_t guard)
{
    switch (guard) {
    case CCTL_GUARD_VM_ENABLED:
        return "VM Enabled";
    case CCTL_GUARD_CALLER_HOST:
        return "caller is the host";
    case CCTL_GUARD_CALLER_SOURCE:
        return "caller is the source";
    case CCTL_GUARD_DESTINATION:
        return "destination is another member, up";
    case CCTL_GUARD_PROGRESS:
        return "progress from the current value to 100";
    default: /* CCTL_GUARD_FAILURE, the last of clusctl__guards */
        return "failure HRESULT";
    }
}

/* The guards joined by `sep`, each wrapped in `quote`. */
static void put_guards(clusctl__out *o, uint32_t guards, const char *sep,
                       const char *quote)
{
    size_t i;
    int first = 1;
    for (i = 0; i < CCTL_COUNTOF_(clusctl__guards); i++) {
        if (guards & clusctl__guards[i]) {
            if (!first)
                put(o, sep);
            put(o, quote);
            put(o, guard_text(clusctl__guards[i]));
            put(o, quote);
            first = 0;
        }
    }
}

/* An effect in words, by its value (CCTL_EFFECT_NONE, 0, first): one string
 * each, not a table of pointers (see clusctl__nth_string()). */
static const char *effect_text(uint32_t effect)
{
    static const char texts[] = "\0"
                                "source = host, destination set, reason S_OK, progress 0\0"
                                "progress = value\0"
                                "progress 100\0"
                                "host = destination; source, destination, progress cleared\0"
                                "reason = the HRESULT\0"
                                "reason E_FAIL\0"
                                "source, destination, reason, progress cleared";
    return clusctl__nth_string(texts, effect <= CCTL_EFFECT_CLEAR ? effect : CCTL_EFFECT_NONE);
}

/* "Enabled (2)" */
static void put_state(clusctl__out *o, uint32_t machine, uint32_t state)
{
    put(o, state_display(machine, state));
    put(o, " (");
    put_u32(o, state);
    put(o, ")");
}

static void format_markdown(clusctl__out *o, uint32_t machines,
                            const clusctl_transition *rows, size_t count)
{
    uint32_t m;
    size_t i;
    int first = 1;
    for (m = CCTL_MACHINE_VM; m <= CCTL_MACHINE_MIGRATION; m++) {
        if (!(machines & m))
            continue;
        if (!first)
            put(o, "\n");
        first = 0;
        put(o, m == CCTL_MACHINE_VM ? "### VmState\n\n" : "### MigrationState\n\n");
        put(o, "| from | event | to | guards | effect |\n");
        put(o, "|---|---|---|---|---|\n");
        for (i = 0; i < count; i++) {
            if (rows[i].machine != m)
                continue;
            put(o, "| ");
            put_state(o, m, rows[i].from);
            put(o, " | ");
            put_event(o, &rows[i]);
            put(o, " | ");
            put_state(o, m, rows[i].to);
            put(o, " | ");
            put_guards(o, rows[i].guards, ", ", "");
            put(o, " | ");
            put(o, effect_text(rows[i].effect));
            put(o, " |\n");
        }
    }
}

static void format_csv(clusctl__out *o, uint32_t machines,
                       const clusctl_transition *rows, size_t count)
{
    size_t i;
    put(o, "machine,from,from_name,event,argument,to,to_name,guards,effect\n");
    for (i = 0; i < count; i++) {
        uint32_t m = rows[i].machine;
        if (!(machines & m))
            continue;
        put(o, machine_name(m));
        put(o, ",");
        put_u32(o, rows[i].from);
        put(o, ",");
        put(o, state_display(m, rows[i].from));
        put(o, ",");
        put(o, clusctl_event_name(rows[i].event));
        put(o, ",");
        put_u32(o, rows[i].argument);
        put(o, ",");
        put_u32(o, rows[i].to);
        put(o, ",");
        put(o, state_display(m, rows[i].to));
        put(o, ",\"");
        put_guards(o, rows[i].guards, "; ", "");
        put(o, "\",\"");
        put(o, effect_text(rows[i].effect));
        put(o, "\"\n");
    }
}

static void format_json(clusctl__out *o, uint32_t machines,
                        const clusctl_transition *rows, size_t count)
{
    size_t i;
    int first = 1;
    put(o, "[");
    for (i = 0; i < count; i++) {
        uint32_t m = rows[i].machine;
        if (!(machines & m))
            continue;
        put(o, first ? "\n" : ",\n");
        first = 0;
        put(o, "{\"machine\":\"");
        put(o, machine_name(m));
        put(o, "\",\"from\":");
        put_u32(o, rows[i].from);
        put(o, ",\"from_name\":\"");
        put(o, state_display(m, rows[i].from));
        put(o, "\",\"event\":\"");
        put(o, clusctl_event_name(rows[i].event));
        put(o, "\",\"argument\":");
        put_u32(o, rows[i].argument);
        put(o, ",\"to\":");
        put_u32(o, rows[i].to);
        put(o, ",\"to_name\":\"");
        put(o, state_display(m, rows[i].to));
        put(o, "\",\"guards\":[");
        put_guards(o, rows[i].guards, ",", "\"");
        put(o, "],\"effect\":\"");
        put(o, effect_text(rows[i].effect));
        put(o, "\"}");
    }
    put(o, first ? "]\n" : "\n]\n");
}

/* DOT node id: vm_2, migration_0. */
static void put_node_id(clusctl__out *o, uint32_t machine, uint32_t state)
{
    put(o, machine_name(machine));
    put(o, "_");
    put_u32(o, state);
}

static void format_dot(clusctl__out *o, uint32_t machines,
                       const clusctl_transition *rows, size_t count)
{
    static const uint32_t vm_states[] = {
#define CCTL_VALUE_(N, v, name, display, alias) v,
        CCTL_VM_STATE_MAP(CCTL_VALUE_)};
    static const uint32_t migration_states[] = {
        CCTL_MIGRATION_STATE_MAP(CCTL_VALUE_)
#undef CCTL_VALUE_
    };
    uint32_t m;
    size_t i, n;
    put(o, "digraph clusctl {\n  rankdir=LR;\n  node [shape=box, style=rounded];\n");
    for (m = CCTL_MACHINE_VM; m <= CCTL_MACHINE_MIGRATION; m++) {
        const uint32_t *states = m == CCTL_MACHINE_VM ? vm_states : migration_states;
        n = m == CCTL_MACHINE_VM ? CCTL_COUNTOF_(vm_states)
                                 : CCTL_COUNTOF_(migration_states);
        if (!(machines & m))
            continue;
        put(o, "  subgraph cluster_");
        put(o, machine_name(m));
        put(o, m == CCTL_MACHINE_VM ? " {\n    label=\"VmState\";\n"
                                    : " {\n    label=\"MigrationState\";\n");
        for (i = 0; i < n; i++) {
            put(o, "    ");
            put_node_id(o, m, states[i]);
            put(o, " [label=\"");
            put(o, state_display(m, states[i]));
            put(o, "\\n");
            put_u32(o, states[i]);
            put(o, "\"];\n");
        }
        for (i = 0; i < count; i++) {
            if (rows[i].machine != m)
                continue;
            put(o, "    ");
            put_node_id(o, m, rows[i].from);
            put(o, " -> ");
            put_node_id(o, m, rows[i].to);
            put(o, " [label=\"");
            put_event(o, &rows[i]);
            if (rows[i].guards != 0) {
                put(o, "\\n[");
                put_guards(o, rows[i].guards, ", ", "");
                put(o, "]");
            }
            put(o, "\"];\n");
        }
        put(o, "  }\n");
    }
    put(o, "}\n");
}

clusctl_status clusctl_machine_format(uint32_t machines, uint32_t format,
                                      char *text, size_t size, size_t *needed)
{
    clusctl__out o;
    size_t count;
    const clusctl_transition *rows = clusctl_machine_transitions(&count);

    if (needed == NULL || (text == NULL && size != 0) || machines == 0 ||
        (machines & ~(uint32_t)(CCTL_MACHINE_VM | CCTL_MACHINE_MIGRATION)) != 0)
        return CCTL_ERROR_INVALID_PARAMETER;
    o.text = text;
    o.size = size;
    o.len = 0;
    switch (format) {
    case CCTL_FORMAT_MARKDOWN:
        format_markdown(&o, machines, rows, count);
        break;
    case CCTL_FORMAT_CSV:
        format_csv(&o, machines, rows, count);
        break;
    case CCTL_FORMAT_JSON:
        format_json(&o, machines, rows, count);
        break;
    case CCTL_FORMAT_DOT:
        format_dot(&o, machines, rows, count);
        break;
    default:
        return CCTL_ERROR_INVALID_PARAMETER;
    }
    *needed = o.len + 1;
    if (text == NULL)
        return CCTL_ERROR_MORE_DATA;
    if (size < o.len + 1) {
        if (size > 0)
            text[size - 1] = '\0';
        return CCTL_ERROR_INSUFFICIENT_BUFFER;
    }
    text[o.len] = '\0';
    return CCTL_ERROR_SUCCESS;
}
