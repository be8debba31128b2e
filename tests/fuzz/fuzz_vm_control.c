/* Fuzz target: clusctl_vm_control(), the complete front door (START,
 * CANCEL and the private-property codes), with output buffers of random
 * size, each in a heap block of exactly that size, and input buffers of
 * exactly theirs.
 *
 * Input layout (shorter inputs are zero-padded to 12 bytes):
 *   [0]  code: low 4 bits pick from `codes` below; 15 takes [8..11]
 *   [1]  bits 0-3: VmState from `vm_states` (15: [8..11]); bit 4: the
 *        properties written out (else the model's are at their defaults);
 *        bit 5: a broken model (properties 0 with a member set, or 2)
 *   [2]  MigrationState: value % 8 (6: 6, 7: [8..11])
 *   [3]  OfflineAction (value % 6), [4] VirtualNumaCount (0-255),
 *   [5]  bit 0 ShutdownAction, bit 1 CheckHeartbeat, bits 2-7 StartMemory
 *   [6]  VmId: value % 8: "", a GUID, a braced GUID, "vm1", lower case, 40
 *        bytes without a NUL, invalid UTF-8, [8..11] in hex
 *   [7]  bit 0: NULL output buffer; bit 1: an output of exactly the size
 *        needed (else [8..9] % 512); bit 2: next is current; bit 3: NULL
 *        input buffer (with its size); bit 4: the output's size is the
 *        input's last two bytes (little-endian, 0 to 65535), which are then
 *        not part of the input buffer (bits 1 and 4 both: that size % 4 +
 *        the size needed - 2); bit 5: GET and ENUM again with the model in
 *        the output buffer (current over out_buffer)
 *   [8..11] a raw little-endian value: a code, a state, the failure reason
 *   [12..]  the input buffer (a property list for SET and VALIDATE, START's
 *           UTF-16LE name)
 *
 * Checked: the model is never modified; the code first (other codes are
 * ERROR_INVALID_FUNCTION, next is current, bytes 0); a refusal leaves next
 * equal to current and bytes 0; GET and ENUM give the reference bytes of
 * ref_props.h when they fit, else ERROR_MORE_DATA with the size and nothing
 * written, and a retry with exactly that size succeeds with the same bytes
 * (so does a larger buffer; one byte less is ERROR_MORE_DATA again), the
 * same with the model lying in the output buffer; the input's own rules
 * first (the reader's status for a
 * malformed list); SET and VALIDATE agree; a SET changes only the property
 * members, writes them out, and is idempotent; START and CANCEL equal
 * clusctl_vm_resource_control(); the error's status is the status, and its
 * reason's status too. */
#include "fuzz_common.h"

#include "clusctl/clusctl.h"
#include "print.h"
#include "ref_props.h"

static const clusctl_node nodes[] = {
    {.id = 1, .name = "node1", .up = 1},
    {.id = 2, .name = "node2", .up = 1},
    {.id = 3, .name = "node3", .up = 0},
};
static const clusctl_cluster cluster = {.nodes = nodes, .count = 3};

static const uint32_t codes[15] = {
    CCTL_RESOURCE_GET_RO_PRIVATE_PROPERTIES,
    CCTL_RESOURCE_GET_PRIVATE_PROPERTIES,
    CCTL_RESOURCE_ENUM_PRIVATE_PROPERTIES,
    CCTL_RESOURCE_SET_PRIVATE_PROPERTIES,
    CCTL_RESOURCE_VALIDATE_PRIVATE_PROPERTIES,
    CCTL_RESOURCE_SET_PRIVATE_PROPERTIES,
    CCTL_RESOURCE_VALIDATE_PRIVATE_PROPERTIES,
    CCTL_VM_START_MIGRATION,
    CCTL_VM_CANCEL_MIGRATION,
    0x01000085u, /* CLUSCTL_RESOURCE_GET_PRIVATE_PROPERTY_FMTS: not handled */
    0x01000055u, /* GET_RO_COMMON_PROPERTIES */
    0x0140005Eu, /* SET_COMMON_PROPERTIES */
    0x0200007Du, /* GET_RO_PRIVATE_PROPERTIES on a resource type */
    0x0100007Eu, /* the GET_RO code with access WRITE */
    0xFFFFFFFFu,
};

static const uint32_t vm_states[15] = {
    CCTL_VM_UNKNOWN, CCTL_VM_ENABLED, CCTL_VM_DISABLED, CCTL_VM_PAUSED, CCTL_VM_SUSPENDED,
    CCTL_VM_STARTING, CCTL_VM_SAVING, CCTL_VM_STOPPING, CCTL_VM_PAUSING, CCTL_VM_RESUMING,
    1u, 65536u, 65537u, 0xFFFFFFFFu, CCTL_VM_ENABLED};

static int handled(uint32_t code)
{
    return code == CCTL_VM_START_MIGRATION || code == CCTL_VM_CANCEL_MIGRATION ||
           code == CCTL_RESOURCE_ENUM_PRIVATE_PROPERTIES ||
           code == CCTL_RESOURCE_GET_RO_PRIVATE_PROPERTIES ||
           code == CCTL_RESOURCE_GET_PRIVATE_PROPERTIES ||
           code == CCTL_RESOURCE_SET_PRIVATE_PROPERTIES ||
           code == CCTL_RESOURCE_VALIDATE_PRIVATE_PROPERTIES;
}

static int has_output(uint32_t code)
{
    return code == CCTL_RESOURCE_ENUM_PRIVATE_PROPERTIES ||
           code == CCTL_RESOURCE_GET_RO_PRIVATE_PROPERTIES ||
           code == CCTL_RESOURCE_GET_PRIVATE_PROPERTIES;
}

/* The status a reason gives (proptable.h's map), MALFORMED aside. */
static clusctl_status reason_status(uint32_t reason)
{
    switch (reason) {
#define CCTL_R_(name, number, status, text)                                    \
    case number:                                                               \
        return CCTL_ERROR_##status;
        CCTL_PROP_REASON_MAP(CCTL_R_)
#undef CCTL_R_
    default:
        return (clusctl_status)0xFFFFFFFFu;
    }
}

/* Whether a VmId room holds NUL-terminated UTF-8 (a simple check: the
 * bytes the fuzzer makes are ASCII, or one invalid byte). */
static int vm_id_ok(const clusctl_vm *vm)
{
    size_t i;
    for (i = 0; i < sizeof vm->vm_id; i++) {
        unsigned char c = (unsigned char)vm->vm_id[i];
        if (c == 0)
            return 1;
        if (c >= 0x80)
            return 0;
    }
    return 0;
}

static void build_model(const uint8_t *h, uint32_t raw, clusctl_vm *vm, int *broken)
{
    static const char *const ids[] = {"", "6B29FC40-CA47-1067-B31D-00DD010662DA",
                                      "{6B29FC40-CA47-1067-B31D-00DD010662DA}", "vm1",
                                      "6b29fc40-ca47-1067-b31d-00dd010662da"};
    uint32_t mig = h[2] % 8u;
    memset(vm, 0, sizeof *vm);
    vm->vm_state = (h[1] & 15u) == 15u ? raw : vm_states[h[1] & 15u];
    vm->migration_state = mig == 7 ? raw : mig;
    vm->host = 1;
    vm->source = mig >= 1 && mig <= 5 ? 1 : 0;
    vm->destination = mig >= 1 && mig <= 5 ? 2 : 0;
    vm->failure_reason = raw;
    vm->progress = h[4] % 101u;
    *broken = 0;
    if (h[1] & 0x10u) {
        vm->properties = CCTL_VM_PROPERTIES_SET;
        vm->offline_action = h[3] % 6u;
        vm->virtual_numa_count = h[4];
        vm->shutdown_action = h[5] & 1u;
        vm->check_heartbeat = (h[5] >> 1) & 1u;
        vm->start_memory = (uint32_t)(h[5] >> 2) * 1024u;
        switch (h[6] % 8u) {
        case 5:
            memset(vm->vm_id, 'a', sizeof vm->vm_id);
            break;
        case 6:
            vm->vm_id[0] = (char)0xFF;
            break;
        case 7: {
            static const char hex[] = "0123456789ABCDEF";
            int i;
            for (i = 0; i < 8; i++)
                vm->vm_id[i] = hex[(raw >> (28 - 4 * i)) & 15u];
            break;
        }
        default:
            memcpy(vm->vm_id, ids[h[6] % 8u], strlen(ids[h[6] % 8u]));
            break;
        }
    }
    if (h[1] & 0x20u) {
        *broken = 1;
        if (vm->properties == 0)
            vm->offline_action = 2;
        else
            vm->properties = 2;
    }
}

/* One GET or ENUM call into a heap block of exactly `out_size` bytes filled
 * with 0xEE (or, with `over`, holding the model first, which is then read
 * from there): the status, *bytes_returned, and the block (malloc'd, the
 * caller frees it). */
static clusctl_status get_into(uint32_t code, const clusctl_vm *model, size_t out_size,
                               int over, size_t *bytes, uint8_t **block)
{
    clusctl_vm next;
    clusctl_prop_error e;
    clusctl_status st;
    uint8_t *out = (uint8_t *)malloc(out_size != 0 ? out_size : 1);
    const clusctl_vm *current = model;
    FUZZ_CHECK(out != NULL);
    memset(out, 0xEE, out_size);
    if (over) {
        FUZZ_CHECK(out_size >= sizeof *model);
        memcpy(out, model, sizeof *model);
        current = (const clusctl_vm *)(void *)out;
    }
    memset(&e, 0, sizeof e);
    *bytes = 0xBAD;
    st = clusctl_vm_control(code, NULL, 0, out, out_size, bytes, NULL, 0, current, &next, &e);
    FUZZ_CHECK(memcmp(&next, model, sizeof next) == 0);
    FUZZ_CHECK(e.status == (uint32_t)st);
    *block = out;
    return st;
}

/* MORE_DATA and the size it gives agree with a retry: exactly that size
 * succeeds with the answer's bytes (`want`, `needed` of them), a larger
 * block too with nothing written after them, one byte less is MORE_DATA
 * with the same size and nothing written; with `over`, the same with the
 * model in the output block (where it fits). */
static void check_retries(uint32_t code, const clusctl_vm *model, size_t needed,
                          const unsigned char *want, int over)
{
    static const size_t extra[3] = {0, 1, 37};
    size_t k, i, bytes;
    uint8_t *block;
    for (k = 0; k < 3; k++) {
        FUZZ_CHECK(get_into(code, model, needed + extra[k], 0, &bytes, &block) ==
                   CCTL_ERROR_SUCCESS);
        FUZZ_CHECK(bytes == needed && memcmp(block, want, needed) == 0);
        for (i = needed; i < needed + extra[k]; i++)
            FUZZ_CHECK(block[i] == 0xEE);
        free(block);
        if (over && needed + extra[k] >= sizeof *model) {
            FUZZ_CHECK(get_into(code, model, needed + extra[k], 1, &bytes, &block) ==
                       CCTL_ERROR_SUCCESS);
            FUZZ_CHECK(bytes == needed && memcmp(block, want, needed) == 0);
            free(block);
        }
    }
    if (needed == 0)
        return;
    FUZZ_CHECK(get_into(code, model, needed - 1, 0, &bytes, &block) == CCTL_ERROR_MORE_DATA);
    FUZZ_CHECK(bytes == needed);
    for (i = 0; i + 1 < needed; i++)
        FUZZ_CHECK(block[i] == 0xEE);
    free(block);
    if (over && needed - 1 >= sizeof *model) {
        FUZZ_CHECK(get_into(code, model, needed - 1, 1, &bytes, &block) == CCTL_ERROR_MORE_DATA);
        FUZZ_CHECK(bytes == needed && memcmp(block, model, sizeof *model) == 0);
        for (i = sizeof *model; i + 1 < needed; i++)
            FUZZ_CHECK(block[i] == 0xEE);
        free(block);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    uint8_t h[12];
    uint32_t raw, code;
    size_t in_size, out_size, bytes, want_size = 0, i, tail_size = 0;
    uint8_t *in, *out;
    const uint8_t *in_arg;
    unsigned char want[2048];
    clusctl_vm current, saved, next;
    clusctl_prop_error e;
    clusctl_status st;
    int broken, alias;

    FUZZ_BEGIN(data, size);
    memset(h, 0, sizeof h);
    memcpy(h, data, size < sizeof h ? size : sizeof h);
    raw = fuzz_le32(h + 8);
    code = (h[0] & 15u) == 15u ? raw : codes[h[0] & 15u];
    build_model(h, raw, &current, &broken);
    saved = current;
    alias = (h[7] & 4u) != 0;

    in_size = size > sizeof h ? size - sizeof h : 0;
    if ((h[7] & 16u) && in_size >= 2) {
        in_size -= 2;
        tail_size = (size_t)data[size - 2] | ((size_t)data[size - 1] << 8);
    }
    in = fuzz_copy(data + (size > sizeof h ? sizeof h : size), in_size);
    in_arg = (h[7] & 8u) ? NULL : in;

    /* The reference answer of GET and ENUM (for a valid model). */
    if (code == CCTL_RESOURCE_ENUM_PRIVATE_PROPERTIES) {
        want_size = ref_vm_enum(want, sizeof want);
    } else if (code == CCTL_RESOURCE_GET_RO_PRIVATE_PROPERTIES ||
               code == CCTL_RESOURCE_GET_PRIVATE_PROPERTIES) {
        ref_list l;
        ref_vm_list(&current, code == CCTL_RESOURCE_GET_RO_PRIVATE_PROPERTIES, &l);
        memcpy(want, l.data, l.size);
        want_size = l.size;
    }
    if ((h[7] & 18u) == 18u)
        out_size = want_size + tail_size % 4u >= 2 ? want_size + tail_size % 4u - 2 : 0;
    else if (h[7] & 2u)
        out_size = want_size;
    else if (h[7] & 16u)
        out_size = tail_size;
    else
        out_size = (size_t)(h[8] | (h[9] << 8)) % 512u;
    out = (uint8_t *)malloc(out_size != 0 ? out_size : 1);
    FUZZ_CHECK(out != NULL);
    memset(out, 0xEE, out_size);

    memset(&e, 0, sizeof e);
    memset(&next, 0xA5, sizeof next);
    bytes = 0xBAD;
    if (alias) {
        next = current;
        st = clusctl_vm_control(code, in_arg, in_size, (h[7] & 1u) ? NULL : out, out_size,
                                &bytes, &cluster, 1, &next, &next, &e);
    } else {
        st = clusctl_vm_control(code, in_arg, in_size, (h[7] & 1u) ? NULL : out, out_size,
                                &bytes, &cluster, 1, &current, &next, &e);
        FUZZ_CHECK(memcmp(&current, &saved, sizeof current) == 0); /* the input */
    }

    if (!handled(code)) {
        FUZZ_CHECK(st == CCTL_ERROR_INVALID_FUNCTION);
        FUZZ_CHECK(memcmp(&next, &saved, sizeof next) == 0);
        FUZZ_CHECK(bytes == 0);
        FUZZ_CHECK(e.status == 0); /* not written */
        goto done;
    }
    /* Argument errors: nothing written, the error and bytes untouched. */
    if (broken || (has_output(code) && (in_size != 0 || ((h[7] & 1u) && out_size != 0))) ||
        (!has_output(code) && code != CCTL_VM_START_MIGRATION &&
         code != CCTL_VM_CANCEL_MIGRATION && in_arg == NULL && in_size != 0)) {
        if (broken || (has_output(code) && in_size != 0))
            FUZZ_CHECK(st == CCTL_ERROR_INVALID_PARAMETER);
        else
            FUZZ_CHECK(st == CCTL_ERROR_INVALID_USER_BUFFER);
        FUZZ_CHECK(bytes == 0xBAD);
        FUZZ_CHECK(e.status == 0);
        if (!broken)
            FUZZ_CHECK(memcmp(&next, &saved, sizeof next) == 0 || !alias);
        goto done;
    }
    /* Every handled code with valid arguments writes the error. */
    FUZZ_CHECK(e.status == (uint32_t)st);
    if (st != CCTL_ERROR_SUCCESS && e.reason != CCTL_PROP_REASON_NONE &&
        e.reason != CCTL_PROP_REASON_MALFORMED)
        FUZZ_CHECKF(reason_status(e.reason) == st, "reason %lu, status %lu",
                    (unsigned long)e.reason, (unsigned long)st);
    if (st != CCTL_ERROR_SUCCESS && st != CCTL_ERROR_MORE_DATA) {
        FUZZ_CHECK(bytes == 0);
        FUZZ_CHECK(memcmp(&next, &saved, sizeof next) == 0);
    }

    if (code == CCTL_VM_START_MIGRATION || code == CCTL_VM_CANCEL_MIGRATION) {
        clusctl_vm old;
        clusctl_status want_st = clusctl_vm_resource_control(code, in_arg, in_size, &cluster, 1,
                                                             &saved, &old);
        FUZZ_CHECKF(st == want_st, "START/CANCEL: %d, the 0.2 door %d", (int)st, (int)want_st);
        FUZZ_CHECK(memcmp(&next, &old, sizeof next) == 0);
        FUZZ_CHECK(bytes == 0);
        FUZZ_CHECK(e.reason == CCTL_PROP_REASON_NONE);
        goto done;
    }
    if (saved.properties != 0 && !vm_id_ok(&saved)) {
        FUZZ_CHECK(st == CCTL_ERROR_INVALID_PARAMETER);
        FUZZ_CHECK(e.reason == CCTL_PROP_REASON_BAD_BLOCK);
        goto done;
    }
    if (has_output(code)) {
        if (out_size < want_size || (h[7] & 1u)) {
            FUZZ_CHECK(st == CCTL_ERROR_MORE_DATA);
            FUZZ_CHECK(bytes == want_size);
            for (i = 0; i < out_size; i++)
                FUZZ_CHECK(out[i] == 0xEE); /* nothing written */
        } else {
            FUZZ_CHECKF(st == CCTL_ERROR_SUCCESS, "GET/ENUM: status %d", (int)st);
            FUZZ_CHECK(bytes == want_size);
            if (memcmp(out, want, want_size) != 0) {
                print_vm("model", &saved);
                print_vm_props("model", &saved);
                print_bytes("got", out, want_size);
                print_bytes("expected", want, want_size);
            }
            FUZZ_CHECK(memcmp(out, want, want_size) == 0);
            for (i = want_size; i < out_size; i++)
                FUZZ_CHECK(out[i] == 0xEE);
        }
        FUZZ_CHECK(memcmp(&next, &saved, sizeof next) == 0);
        check_retries(code, &saved, bytes, want, (h[7] & 32u) != 0);
        goto done;
    }

    /* SET and VALIDATE. */
    FUZZ_CHECK(bytes == 0);
    for (i = 0; i < out_size; i++)
        FUZZ_CHECK(out[i] == 0xEE); /* no output */
    {
        clusctl_plist_error pe;
        clusctl_status list_st;
        memset(&pe, 0, sizeof pe);
        list_st = clusctl_plist_validate(in, in_size, CCTL_PLIST_FROM_CLIENT, &pe);
        if (list_st != CCTL_ERROR_SUCCESS) {
            FUZZ_CHECK(st == list_st);
            FUZZ_CHECK(e.reason == CCTL_PROP_REASON_MALFORMED);
            FUZZ_CHECK(e.rule == pe.rule && e.offset == pe.offset);
            goto done;
        }
    }
    FUZZ_CHECK(st == CCTL_ERROR_SUCCESS || st == CCTL_ERROR_INVALID_PARAMETER ||
               st == CCTL_ERROR_INVALID_STATE ||
               st == CCTL_ERROR_CLUSTER_PROPERTY_DATA_TYPE_MISMATCH);
    {
        /* The other of SET and VALIDATE agrees. */
        uint32_t other = code == CCTL_RESOURCE_SET_PRIVATE_PROPERTIES
                             ? CCTL_RESOURCE_VALIDATE_PRIVATE_PROPERTIES
                             : CCTL_RESOURCE_SET_PRIVATE_PROPERTIES;
        clusctl_vm set_next, again;
        clusctl_prop_error e2;
        clusctl_status st2;
        memset(&e2, 0, sizeof e2);
        st2 = clusctl_vm_control(other, in, in_size, NULL, 0, &bytes, NULL, 0, &saved, &set_next,
                                 &e2);
        FUZZ_CHECK(st2 == st);
        FUZZ_CHECK(e2.reason == e.reason && e2.property == e.property && e2.offset == e.offset);
        if (code == CCTL_RESOURCE_VALIDATE_PRIVATE_PROPERTIES) {
            FUZZ_CHECK(memcmp(&next, &saved, sizeof next) == 0);
            if (st == CCTL_ERROR_SUCCESS) {
                next = set_next;
            } else {
                goto done;
            }
        } else if (st != CCTL_ERROR_SUCCESS) {
            goto done;
        }
        /* A SET: the machines' members as they were, MigrationState too;
         * the properties written out; the same list again changes nothing. */
        FUZZ_CHECK(next.vm_state == saved.vm_state);
        FUZZ_CHECK(next.migration_state == saved.migration_state);
        FUZZ_CHECK(next.host == saved.host && next.source == saved.source &&
                   next.destination == saved.destination);
        FUZZ_CHECK(next.failure_reason == saved.failure_reason &&
                   next.progress == saved.progress);
        FUZZ_CHECK(next.properties == CCTL_VM_PROPERTIES_SET);
        FUZZ_CHECK(next.offline_action <= 3 || next.offline_action == saved.offline_action);
        FUZZ_CHECK((next.virtual_numa_count >= 1 && next.virtual_numa_count <= 64) ||
                   next.virtual_numa_count == ref_vm_expand(&saved).virtual_numa_count);
        FUZZ_CHECK(vm_id_ok(&next));
        FUZZ_CHECK(clusctl_vm_control(CCTL_RESOURCE_SET_PRIVATE_PROPERTIES, in, in_size, NULL, 0,
                                      &bytes, NULL, 0, &next, &again, NULL) == CCTL_ERROR_SUCCESS);
        FUZZ_CHECK(memcmp(&again, &next, sizeof again) == 0);
    }

done:
    free(out);
    free(in);
    return 0;
}
