/* The example resource DLL under Wine: LoadLibrary, Startup, Open, then
 * ResourceControl with the shared vectors (vm_vectors.h): the seed codes, bad
 * buffers and other codes, each status as the portable core gives it.
 * Usage: test_win_resdll PATH\TO\test_win_vm_resource.dll (the example's
 * examples/win/vm_resource.c, built by tests/CMakeLists.txt) */
#include "../../examples/win/sdk_headers.h" /* windows.h, clusapi.h, resapi.h */

#include "../harness.h"
#include "clusctl/clusctl.h"
#include "../vm_vectors.h"

int main(int argc, char **argv)
{
    HMODULE dll;
    PSTARTUP_ROUTINE startup;
    PCLRES_FUNCTION_TABLE table = NULL;
    RESID resource;
    unsigned char buf[514];
    size_t i;

    if (argc != 2) {
        printf("usage: test_win_resdll DLL\n");
        return 2;
    }
    dll = LoadLibraryA(argv[1]);
    if (!CHECK(dll != NULL))
        return harness_finish();
    startup = (PSTARTUP_ROUTINE)(void (*)(void))GetProcAddress(dll, "Startup");
    if (!CHECK(startup != NULL))
        return harness_finish();
    /* Startup refuses versions it does not speak. */
    CHECK_EQ_U(startup(L"Virtual Machine", 0x200, 0x200, NULL, NULL, &table),
               ERROR_REVISION_MISMATCH);
    CHECK_EQ_U(startup(L"Virtual Machine", CLRES_VERSION_V1_00, CLRES_VERSION_V1_00,
                       NULL, NULL, NULL), ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(startup(L"Virtual Machine", CLRES_VERSION_V1_00, CLRES_VERSION_V1_00,
                       NULL, NULL, &table), ERROR_SUCCESS);
    if (!CHECK(table != NULL && table->Version == CLRES_VERSION_V1_00 &&
               table->TableSize == CLRES_V1_FUNCTION_SIZE &&
               table->V1Functions.ResourceControl != NULL))
        return harness_finish();
    resource = table->V1Functions.Open(L"VM1", NULL, NULL);
    CHECK(resource != NULL);
    for (i = 0; i < VM_VECTOR_COUNT; i++) {
        const vm_vector *v = &vm_vectors[i];
        DWORD returned = 77;
        harness_test = v->what;
        CHECK_EQ_U(table->V1Functions.ResourceControl(
                       resource, v->code, (PVOID)vm_vector_input(v, buf), (DWORD)v->size,
                       NULL, 0, &returned),
                   v->expected);
        if (v->code == VEC_START || v->code == VEC_CANCEL)
            CHECK_EQ_U(returned, 0);
    }
    /* The private-property codes, answered from the DLL's model. */
    {
        unsigned char out[512];
        DWORD returned = 0;
        uint32_t value = 0;
        RESID vm2 = table->V1Functions.Open(L"VM2", NULL, NULL);
        harness_test = "property codes";
        CHECK_EQ_U(table->V1Functions.ResourceControl(vm2, 0x0100007Du, NULL, 0, NULL, 0,
                                                      &returned),
                   ERROR_MORE_DATA);
        CHECK(returned > 0 && returned <= sizeof out);
        CHECK_EQ_U(table->V1Functions.ResourceControl(vm2, 0x0100007Du, NULL, 0, out,
                                                      sizeof out, &returned),
                   ERROR_SUCCESS);
        CHECK_EQ_U(clusctl_plist_find_dword(out, returned, "VmState", &value), CCTL_ERROR_SUCCESS);
        CHECK_EQ_U(value, CCTL_VM_ENABLED);
        /* SET OfflineAction 3 (Shutdown (Forced)), then GET reports it. */
        {
            unsigned char list[128];
            size_t size = 0;
            clusctl_plist_writer w = {0};
            CHECK_EQ_U(clusctl_plist_write_begin(&w, list, sizeof list, CCTL_PLIST_FROM_CLIENT),
                       CCTL_ERROR_SUCCESS);
            (void)clusctl_plist_write_property(&w, "OfflineAction");
            (void)clusctl_plist_write_dword(&w, 0, 3);
            (void)clusctl_plist_write_property_end(&w);
            CHECK_EQ_U(clusctl_plist_write_end(&w, &size), CCTL_ERROR_SUCCESS);
            CHECK_EQ_U(table->V1Functions.ResourceControl(vm2, 0x01400086u, list, (DWORD)size,
                                                          NULL, 0, &returned),
                       ERROR_SUCCESS);
            CHECK_EQ_U(table->V1Functions.ResourceControl(vm2, 0x01000081u, NULL, 0, out,
                                                          sizeof out, &returned),
                       ERROR_SUCCESS);
            CHECK_EQ_U(clusctl_plist_find_dword(out, returned, "OfflineAction", &value),
                       CCTL_ERROR_SUCCESS);
            CHECK_EQ_U(value, 3);
        }
        table->V1Functions.Close(vm2);
    }
    harness_test = "resource type control";
    CHECK_EQ_U(table->V1Functions.ResourceTypeControl(L"Virtual Machine", 0x02000009u, NULL,
                                                      0, NULL, 0, NULL),
               ERROR_INVALID_FUNCTION);
    table->V1Functions.Close(resource);
    FreeLibrary(dll);
    return harness_finish();
}
