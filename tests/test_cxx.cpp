// The public headers from C++: they compile with -Wpedantic, declare the API
// extern "C" (this links against the C library), and the twins of the SDK's
// macros are constant expressions.
#include <clusctl/clusctl.h>

#include <cstdint>
#include <cstdio>
#include <cstring>

static_assert(CCTL_RESOURCE_CODE(CCTL_MODIFY_MASK | CCTL_USER_MASK |
                                 CCTL_EXTERNAL_CODE(2, CCTL_ACCESS_ANY, 0)) ==
                  0x01600008u,
              "VM_CANCEL_MIGRATION");
static_assert(CCTL_USER_CODE(1, CCTL_OBJECT_RESOURCE) == 0x01800004u,
              "CLUSCTL_USER_CODE quirk");

int main()
{
    clusctl_fields f;
    std::uint32_t code = 0;
    int failed = 0;
    failed += clusctl_decode(0x01600008u, &f) != CCTL_ERROR_SUCCESS;
    failed += f.function != 2 || f.user != 1 || f.modify != 1;
    failed += clusctl_encode(&f, &code) != CCTL_ERROR_SUCCESS;
    failed += code != 0x01600008u;
    failed += std::strcmp(clusctl_status_name(CCTL_ERROR_INVALID_STATE),
                          "ERROR_INVALID_STATE") != 0;
    std::printf("%d passed, %d failed\n", 5 - failed, failed);
    return failed == 0 ? 0 : 1;
}
