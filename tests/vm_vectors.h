/* One sequence of ResourceControl calls and the status each must get, shared
 * by test_vm_vectors (the portable core, on every platform) and
 * test_win_resdll (the example resource DLL through the Windows shim, under
 * Wine): the same inputs give the same statuses on both sides.
 *
 * The calls run in order on one VM resource that starts Enabled with no
 * migration, hosted on node1, which is the node the calls run on, in the
 * example DLL's cluster: node1 (id 1, up), node2 (id 2, up), node3 (id 3,
 * down). */
#ifndef CCTL_VM_VECTORS_H_
#define CCTL_VM_VECTORS_H_

#include <stddef.h>
#include <stdint.h>

#define VEC_START 0x01600004u
#define VEC_CANCEL 0x01600008u

typedef struct vm_vector {
    const char *what;
    uint32_t code;
    const char *bytes;   /* the input buffer; NULL for none */
    size_t size;         /* cbInBufferSize */
    int long_name;       /* build 256 'a' code units and a NUL instead */
    uint32_t expected;
} vm_vector;

static const vm_vector vm_vectors[] = {
    {"start to node2", VEC_START, "n\0o\0d\0e\0002\0\0", 12, 0, 0},
    {"start while in setup", VEC_START, "n\0o\0d\0e\0002\0\0", 12, 0, 5023},
    {"cancel on the source", VEC_CANCEL, NULL, 0, 0, 0},
    {"cancel when canceled", VEC_CANCEL, NULL, 0, 0, 5023},
    {"start to a down node", VEC_START, "n\0o\0d\0e\0003\0\0", 12, 0, 5050},
    {"start to a stranger", VEC_START, "n\0o\0d\0e\0009\0\0", 12, 0, 5042},
    {"start to the host", VEC_START, "n\0o\0d\0e\0001\0\0", 12, 0, 5048},
    {"start, empty name", VEC_START, "\0\0", 2, 0, 1210},
    {"start, no buffer", VEC_START, NULL, 0, 0, 87},
    {"start, NULL with a size", VEC_START, NULL, 12, 0, 1784},
    {"start, odd size", VEC_START, "n\0\0", 3, 0, 24},
    {"start, no NUL", VEC_START, "n\0o\0d\0e\0002\0", 10, 0, 13},
    {"start, embedded NUL", VEC_START, "n\0\0\0x\0\0\0", 8, 0, 123},
    {"start, lone surrogate", VEC_START, "n\0\x00\xD8\0\0", 6, 0, 1113},
    {"start, 256 characters", VEC_START, NULL, 514, 1, 111},
    {"cancel with a buffer", VEC_CANCEL, "x\0\0\0", 4, 0, 87},
    {"resource get flags", 0x01000009u, NULL, 0, 0, 1},
    {"vm halt migration", 0x01600010u, NULL, 0, 0, 1},
    {"vm accept migration", 0x0160000Cu, "n\0o\0d\0e\0002\0\0", 12, 0, 1},
    {"user code macro's start", 0x01800004u, "n\0o\0d\0e\0002\0\0", 12, 0, 1},
    {"code 0", 0, NULL, 0, 0, 1},
    {"start again, any case", VEC_START, "N\0O\0D\0E\0002\0\0", 12, 0, 0},
    {"cancel again", VEC_CANCEL, NULL, 0, 0, 0},
};

#define VM_VECTOR_COUNT (sizeof vm_vectors / sizeof vm_vectors[0])

/* Fills `buf` (room for 514 bytes) with the input of vector v; returns the
 * pointer to pass as the input buffer. */
static const void *vm_vector_input(const vm_vector *v, unsigned char *buf)
{
    size_t i;
    if (!v->long_name)
        return v->bytes;
    for (i = 0; i < 256; i++) {
        buf[2 * i] = 'a';
        buf[2 * i + 1] = 0;
    }
    buf[512] = buf[513] = 0;
    return buf;
}

#endif
