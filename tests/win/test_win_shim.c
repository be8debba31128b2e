/* The shim's caller side under Wine, against the fake clusapi.dll: the exact
 * control code, hHostNode passed through, START's buffer bytes and size,
 * statuses returned unchanged, and the ERROR_MORE_DATA retry; and the
 * resource DLL's side, clusctl_win_vm_control(). */
#include <windows.h>

#include <clusapi.h>

#include "../harness.h"
#include "clusctl/win.h"
#include "fake_clusapi.h"
#include "../plist_vectors.h"

static fake_reset_fn fake_reset;
static fake_calls_fn fake_calls;
static fake_call_fn fake_call;

#define RESOURCE ((HRESOURCE)(ULONG_PTR)0x1234)
#define NODE ((HNODE)(ULONG_PTR)0x5678)

static const unsigned char node2_bytes[] = {'n', 0, 'o', 0, 'd', 0, 'e', 0, '2', 0, 0, 0};

static void test_start_wide(void)
{
    const fake_record *c;
    fake_reset(ERROR_SUCCESS, 0, 0);
    CHECK_EQ_U(clusctl_win_start_migration(RESOURCE, NODE, L"node2"), ERROR_SUCCESS);
    CHECK_EQ_U(fake_calls(), 1);
    c = fake_call(0);
    CHECK(c->resource == (void *)RESOURCE);
    CHECK(c->host_node == (void *)NODE);
    CHECK_EQ_U(c->code, 0x01600004u);
    CHECK_EQ_U(c->in_size, sizeof node2_bytes);
    CHECK(memcmp(c->in_bytes, node2_bytes, sizeof node2_bytes) == 0);
    CHECK(c->out_buffer_null);
    CHECK_EQ_U(c->out_size, 0);
    CHECK(c->bytes_returned_null);
    /* A NULL host node is passed through as NULL. */
    fake_reset(ERROR_SUCCESS, 0, 0);
    CHECK_EQ_U(clusctl_win_start_migration(RESOURCE, NULL, L"node2"), ERROR_SUCCESS);
    CHECK(fake_call(0)->host_node == NULL);
}

static void test_start_utf8(void)
{
    static const unsigned char noeud[] = {'n', 0, 0x53, 0x01, 'u', 0, 'd', 0,
                                          0x3D, 0xD8, 0x00, 0xDE, 0, 0};
    const fake_record *c;
    fake_reset(ERROR_SUCCESS, 0, 0);
    CHECK_EQ_U(clusctl_win_start_migration_utf8(RESOURCE, NODE, "node2"), ERROR_SUCCESS);
    c = fake_call(0);
    CHECK_EQ_U(c->code, 0x01600004u);
    CHECK_EQ_U(c->in_size, 12);
    CHECK(memcmp(c->in_bytes, node2_bytes, 12) == 0);
    CHECK(c->host_node == (void *)NODE);
    /* "nœud😀": BMP and astral characters, byte-exact. */
    fake_reset(ERROR_SUCCESS, 0, 0);
    CHECK_EQ_U(clusctl_win_start_migration_utf8(RESOURCE, NODE,
                                                "n\xC5\x93ud\xF0\x9F\x98\x80"),
               ERROR_SUCCESS);
    CHECK_EQ_U(fake_call(0)->in_size, sizeof noeud);
    CHECK(memcmp(fake_call(0)->in_bytes, noeud, sizeof noeud) == 0);
}

/* Names the buffer cannot carry never reach ClusterResourceControl. */
static void test_start_bad_names(void)
{
    static wchar_t long_name[300];
    static const wchar_t lone[] = {'a', 0xD800, 0};
    int i;
    for (i = 0; i < 256; i++)
        long_name[i] = L'a';
    fake_reset(ERROR_SUCCESS, 0, 0);
    CHECK_EQ_U(clusctl_win_start_migration(RESOURCE, NODE, NULL), ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_win_start_migration(RESOURCE, NODE, L""), ERROR_INVALID_COMPUTERNAME);
    CHECK_EQ_U(clusctl_win_start_migration(RESOURCE, NODE, long_name), ERROR_BUFFER_OVERFLOW);
    CHECK_EQ_U(clusctl_win_start_migration(RESOURCE, NODE, lone), ERROR_NO_UNICODE_TRANSLATION);
    CHECK_EQ_U(clusctl_win_start_migration_utf8(RESOURCE, NODE, NULL), ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_win_start_migration_utf8(RESOURCE, NODE, ""), ERROR_INVALID_COMPUTERNAME);
    CHECK_EQ_U(clusctl_win_start_migration_utf8(RESOURCE, NODE, "\xC3\x28"),
               ERROR_NO_UNICODE_TRANSLATION);
    CHECK_EQ_U(fake_calls(), 0);
    long_name[255] = 0; /* 255 characters: the longest name */
    CHECK_EQ_U(clusctl_win_start_migration(RESOURCE, NODE, long_name), ERROR_SUCCESS);
    CHECK_EQ_U(fake_call(0)->in_size, 512);
}

static void test_cancel(void)
{
    const fake_record *c;
    fake_reset(ERROR_SUCCESS, 0, 0);
    CHECK_EQ_U(clusctl_win_cancel_migration(RESOURCE, NODE), ERROR_SUCCESS);
    c = fake_call(0);
    CHECK_EQ_U(c->code, 0x01600008u);
    CHECK(c->in_buffer_null);
    CHECK_EQ_U(c->in_size, 0);
    CHECK(c->host_node == (void *)NODE);
    CHECK(c->resource == (void *)RESOURCE);
}

/* Whatever the fake answers comes back unchanged. */
static void test_status_unchanged(void)
{
    static const DWORD statuses[] = {ERROR_INVALID_STATE, ERROR_INVALID_FUNCTION,
                                     ERROR_CLUSTER_NODE_DOWN, ERROR_ACCESS_DENIED,
                                     0xDEADBEEFu};
    size_t i;
    for (i = 0; i < sizeof statuses / sizeof statuses[0]; i++) {
        fake_reset(statuses[i], 0, 0);
        CHECK_EQ_U(clusctl_win_start_migration(RESOURCE, NODE, L"node2"), statuses[i]);
        fake_reset(statuses[i], 0, 0);
        CHECK_EQ_U(clusctl_win_start_migration_utf8(RESOURCE, NODE, "node2"), statuses[i]);
        fake_reset(statuses[i], 0, 0);
        CHECK_EQ_U(clusctl_win_cancel_migration(RESOURCE, NULL), statuses[i]);
    }
}

static void test_more_data_retry(void)
{
    void *out = (void *)1;
    DWORD size = 99;
    size_t i;
    /* 300 bytes of output: the first call learns the size, the second gets it. */
    fake_reset(ERROR_SUCCESS, 300, 0);
    CHECK_EQ_U(clusctl_win_resource_control(RESOURCE, NODE, 0x01000009u, NULL, 0, &out, &size),
               ERROR_SUCCESS);
    CHECK_EQ_U(fake_calls(), 2);
    CHECK_EQ_U(size, 300);
    CHECK(out != NULL);
    for (i = 0; out != NULL && i < 300; i++)
        if (((unsigned char *)out)[i] != 0x5A)
            break;
    CHECK_EQ_U(i, 300);
    CHECK(fake_call(0)->out_buffer_null);
    CHECK_EQ_U(fake_call(1)->out_size, 300);
    CHECK_EQ_U(fake_call(1)->code, 0x01000009u);
    CHECK(fake_call(1)->host_node == (void *)NODE);
    clusctl_win_free(out);
    /* Output that grows between calls: retried while it grows, bounded. */
    fake_reset(ERROR_SUCCESS, 100, 50);
    CHECK_EQ_U(clusctl_win_resource_control(RESOURCE, NODE, 0x01000009u, NULL, 0, &out, &size),
               ERROR_MORE_DATA);
    CHECK_EQ_U(fake_calls(), CCTL_WIN_MAX_CALLS);
    CHECK(out == NULL);
    CHECK_EQ_U(size, 0);
    /* No output: one call, no buffer. */
    fake_reset(ERROR_SUCCESS, 0, 0);
    CHECK_EQ_U(clusctl_win_resource_control(RESOURCE, NODE, 0x01000000u, "ab", 2, &out, &size),
               ERROR_SUCCESS);
    CHECK_EQ_U(fake_calls(), 1);
    CHECK(out == NULL);
    CHECK_EQ_U(size, 0);
    CHECK_EQ_U(fake_call(0)->in_size, 2);
    CHECK(memcmp(fake_call(0)->in_bytes, "ab", 2) == 0);
    /* ERROR_MORE_DATA though the output fit (no larger size to try): that
     * status, after the one retry. */
    fake_reset(ERROR_MORE_DATA, 8, 0);
    CHECK_EQ_U(clusctl_win_resource_control(RESOURCE, NODE, 0x01000009u, NULL, 0, &out, &size),
               ERROR_MORE_DATA);
    CHECK_EQ_U(fake_calls(), 2);
    CHECK(out == NULL);
    CHECK_EQ_U(size, 0);
    /* A failure after growing: status unchanged, nothing leaked to the caller. */
    fake_reset(ERROR_INVALID_FUNCTION, 64, 0);
    CHECK_EQ_U(clusctl_win_resource_control(RESOURCE, NODE, 0x01000009u, NULL, 0, &out, &size),
               ERROR_INVALID_FUNCTION);
    CHECK(out == NULL);
    CHECK_EQ_U(clusctl_win_resource_control(RESOURCE, NODE, 1, NULL, 0, NULL, &size),
               ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_win_resource_control(RESOURCE, NODE, 1, NULL, 0, &out, NULL),
               ERROR_INVALID_PARAMETER);
    clusctl_win_free(NULL);
}

static fake_answer_fn fake_answer;

/* The model read from a cluster: the fake answers both property codes
 * with recorded lists (the golden vectors of plist_vectors.h). */
static void test_vm_read(void)
{
    static const clusctl_node members[] = {{.id = 1, .name = "node1", .up = 1},
                                           {.id = 2, .name = "node2", .up = 1}};
    static const clusctl_cluster cluster = {.nodes = members, .count = 2};
    unsigned char disabled[sizeof vec_vm_ro];
    clusctl_vm vm;
    clusctl_prop_error e = {0};
    DWORD i;

    fake_reset(ERROR_SUCCESS, 0, 0);
    CHECK(fake_answer(0x0100007Du, vec_vm_ro, sizeof vec_vm_ro));
    CHECK(fake_answer(0x01000081u, vec_empty_plist, sizeof vec_empty_plist));
    CHECK_EQ_U(clusctl_win_vm_read(RESOURCE, NODE, 1, &vm, &e), ERROR_SUCCESS);
    CHECK_EQ_U(vm.vm_state, CCTL_VM_ENABLED);
    CHECK_EQ_U(vm.progress, 42);
    CHECK_EQ_U(vm.host, 1);
    CHECK_EQ_U(fake_calls(), 4); /* each: a size query, then the list */
    CHECK_EQ_U(fake_call(0)->code, 0x0100007Du);
    CHECK_EQ_U(fake_call(2)->code, 0x01000081u);
    /* Would START succeed? Asked of the model: nothing is sent. */
    fake_reset(ERROR_SUCCESS, 0, 0);
    CHECK(fake_answer(0x0100007Du, vec_vm_ro, sizeof vec_vm_ro));
    CHECK(fake_answer(0x01000081u, vec_empty_plist, sizeof vec_empty_plist));
    CHECK_EQ_U(clusctl_win_vm_check_start(RESOURCE, NODE, &cluster, 1, 1, "node2", &vm),
               ERROR_SUCCESS);
    memcpy(disabled, vec_vm_ro, sizeof disabled);
    disabled[36] = 3; /* VmState Disabled */
    fake_reset(ERROR_SUCCESS, 0, 0);
    CHECK(fake_answer(0x0100007Du, disabled, sizeof disabled));
    CHECK(fake_answer(0x01000081u, vec_empty_plist, sizeof vec_empty_plist));
    CHECK_EQ_U(clusctl_win_vm_check_start(RESOURCE, NODE, &cluster, 1, 1, "node2", NULL),
               ERROR_INVALID_STATE);
    CHECK_EQ_U(fake_calls(), 4);
    for (i = 0; i < fake_calls(); i++)
        CHECK(fake_call(i)->code != CCTL_VM_START_MIGRATION);
    /* A malformed list: the reader's status. */
    fake_reset(ERROR_SUCCESS, 0, 0);
    CHECK(fake_answer(0x0100007Du, vec_vm_ro, 30));
    CHECK(fake_answer(0x01000081u, vec_empty_plist, sizeof vec_empty_plist));
    CHECK_EQ_U(clusctl_win_vm_read(RESOURCE, NODE, 1, &vm, NULL), ERROR_INVALID_DATA);
    /* A control that fails: its status; check_start leaves the model. */
    fake_reset(ERROR_ACCESS_DENIED, 0, 0);
    CHECK_EQ_U(clusctl_win_vm_read(RESOURCE, NODE, 1, &vm, NULL), ERROR_ACCESS_DENIED);
    vm.progress = 77;
    CHECK_EQ_U(clusctl_win_vm_check_start(RESOURCE, NODE, &cluster, 1, 1, "node2", &vm),
               ERROR_ACCESS_DENIED);
    CHECK_EQ_U(vm.progress, 77);
    CHECK_EQ_U(clusctl_win_vm_read(RESOURCE, NODE, 1, NULL, NULL), ERROR_INVALID_PARAMETER);
}

/* The resource DLL's side: START through clusctl_win_vm_control() moves
 * the model on; a refusal leaves it. */
static void test_vm_control(void)
{
    static const clusctl_node members[] = {{.id = 1, .name = "node1", .up = 1},
                                           {.id = 2, .name = "node2", .up = 1}};
    static const clusctl_cluster cluster = {.nodes = members, .count = 2};
    clusctl_vm vm;
    DWORD returned = 7;
    CHECK_EQ_U(clusctl_vm_init(&vm, CCTL_VM_ENABLED, CCTL_MIGRATION_NONE, 1), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(clusctl_win_vm_control(CCTL_VM_START_MIGRATION, node2_bytes, sizeof node2_bytes,
                                      &returned, &cluster, 1, &vm),
               ERROR_SUCCESS);
    CHECK_EQ_U(returned, 0);
    CHECK_EQ_U(vm.migration_state, CCTL_MIGRATION_SETUP);
    CHECK_EQ_U(vm.destination, 2);
    returned = 7;
    CHECK_EQ_U(clusctl_win_vm_control(CCTL_VM_START_MIGRATION, node2_bytes, sizeof node2_bytes,
                                      &returned, &cluster, 1, &vm),
               ERROR_INVALID_STATE); /* a migration is under way */
    CHECK_EQ_U(returned, 0);
    CHECK_EQ_U(vm.migration_state, CCTL_MIGRATION_SETUP);
    CHECK_EQ_U(clusctl_win_vm_control(CCTL_VM_CANCEL_MIGRATION, NULL, 0, NULL, &cluster, 1, &vm),
               ERROR_SUCCESS);
    CHECK_EQ_U(vm.migration_state, CCTL_MIGRATION_CANCELED);
}

int main(void)
{
    HMODULE fake = GetModuleHandleA("clusapi.dll");
    if (fake == NULL || (fake_reset = (fake_reset_fn)(void (*)(void))GetProcAddress(
                             fake, "FakeClusapiReset")) == NULL) {
        printf("the fake clusapi.dll is not loaded: run with WINEDLLOVERRIDES=clusapi=n\n");
        return 1;
    }
    fake_calls = (fake_calls_fn)(void (*)(void))GetProcAddress(fake, "FakeClusapiCalls");
    fake_call = (fake_call_fn)(void (*)(void))GetProcAddress(fake, "FakeClusapiCall");
    fake_answer = (fake_answer_fn)(void (*)(void))GetProcAddress(fake, "FakeClusapiAnswer");
    RUN(test_start_wide);
    RUN(test_start_utf8);
    RUN(test_start_bad_names);
    RUN(test_cancel);
    RUN(test_status_unchanged);
    RUN(test_more_data_retry);
    RUN(test_vm_read);
    RUN(test_vm_control);
    return harness_finish();
}
