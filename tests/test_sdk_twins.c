/* The twins of the SDK's macros, checked against codes of the current
 * Windows SDK: each row builds a constant the way ClusApi.h builds it, and
 * its value comes from ../shared/data/sdk_codes.csv (SDK 10.0.26100.6584). */
#include "clusctl/clusctl.h"
#include "harness.h"

#define R CCTL_ACCESS_READ
#define W CCTL_ACCESS_WRITE
#define A CCTL_ACCESS_ANY

/* CLCTL_* operations, as ClusApi.h defines them. */
#define OP_GET_CHARACTERISTICS CCTL_EXTERNAL_CODE(1, R, 0)
#define OP_GET_FLAGS CCTL_EXTERNAL_CODE(2, R, 0)
#define OP_GET_ARB_TIMEOUT CCTL_EXTERNAL_CODE(5, R, 0)
#define OP_GET_NAME CCTL_EXTERNAL_CODE(10, R, 0)
#define OP_GET_ID CCTL_EXTERNAL_CODE(14, R, 0)
#define OP_GET_FQDN CCTL_EXTERNAL_CODE(15, R, 0)
#define OP_SET_COMMON_PROPERTIES CCTL_EXTERNAL_CODE(23, W, 1)
#define OP_SET_PRIVATE_PROPERTIES CCTL_EXTERNAL_CODE(33, W, 1)
#define OP_UPGRADE_DLL CCTL_EXTERNAL_CODE(46, W, 1)
#define OP_STORAGE_IS_CSV_FILE CCTL_EXTERNAL_CODE(138, R, 0)
#define OP_FILESERVER_SHARE_ADD CCTL_EXTERNAL_CODE(145, W, 1)
#define OP_GROUPSET_GET_GROUPS CCTL_EXTERNAL_CODE(2908, R, 0)
#define OP_GET_PROVIDER_GROUPS CCTL_EXTERNAL_CODE(2911, R, 0)
#define OP_SCALEOUT_GET_CLUSTERS CCTL_EXTERNAL_CODE(2919, R, 1)
#define OP_DELETE CCTL_INTERNAL_CODE(1, W, 1)
#define OP_SET_NAME CCTL_INTERNAL_CODE(9, W, 1)
#define OP_FSWITNESS_GET_EPOCH_INFO CCTL_INTERNAL_CODE(23, R, 0)
#define OP_NETNAME_CREDS_NOTIFYCAM CCTL_INTERNAL_CODE(26, W, 1)

static const struct {
    const char *name;
    uint32_t twin;     /* built with the twins */
    uint32_t expected; /* value_hex from sdk_codes.csv */
    uint32_t object, modify, internal, function, access; /* the csv's fields */
} sdk_codes[] = {
    {"CLCTL_UNKNOWN", CCTL_EXTERNAL_CODE(0, A, 0), 0x00000000, 0, 0, 0, 0, 0},
    {"CLCTL_GET_CHARACTERISTICS", OP_GET_CHARACTERISTICS, 0x00000005, 0, 0, 0, 1, 1},
    {"CLCTL_GET_FLAGS", OP_GET_FLAGS, 0x00000009, 0, 0, 0, 2, 1},
    {"CLCTL_FSWITNESS_GET_EPOCH_INFO", OP_FSWITNESS_GET_EPOCH_INFO, 0x0010005D, 0, 0, 1, 23, 1},
    {"CLCTL_FILESERVER_SHARE_ADD", OP_FILESERVER_SHARE_ADD, 0x00400246, 0, 1, 0, 145, 2},
    {"CLCTL_SCALEOUT_GET_CLUSTERS", OP_SCALEOUT_GET_CLUSTERS, 0x00402D9D, 0, 1, 0, 2919, 1},
    {"CLCTL_DELETE", OP_DELETE, 0x00500006, 0, 1, 1, 1, 2},
    {"CLCTL_SET_NAME", OP_SET_NAME, 0x00500026, 0, 1, 1, 9, 2},
    {"CLCTL_NETNAME_CREDS_NOTIFYCAM", OP_NETNAME_CREDS_NOTIFYCAM, 0x0050006A, 0, 1, 1, 26, 2},
    {"CLUSCTL_RESOURCE_UNKNOWN", CCTL_RESOURCE_CODE(CCTL_EXTERNAL_CODE(0, A, 0)), 0x01000000, 1, 0, 0, 0, 0},
    {"CLUSCTL_RESOURCE_GET_FLAGS", CCTL_RESOURCE_CODE(OP_GET_FLAGS), 0x01000009, 1, 0, 0, 2, 1},
    {"CLUSCTL_RESOURCE_SET_PRIVATE_PROPERTIES", CCTL_RESOURCE_CODE(OP_SET_PRIVATE_PROPERTIES), 0x01400086, 1, 1, 0, 33, 2},
    {"CLUSCTL_RESOURCE_UPGRADE_DLL", CCTL_RESOURCE_CODE(OP_UPGRADE_DLL), 0x014000BA, 1, 1, 0, 46, 2},
    {"CLUSCTL_RESOURCE_DELETE", CCTL_RESOURCE_CODE(OP_DELETE), 0x01500006, 1, 1, 1, 1, 2},
    /* Prefix says RESOURCE_TYPE, object is RESOURCE (design.md's traps). */
    {"CLUSCTL_RESOURCE_TYPE_STORAGE_IS_CSV_FILE", CCTL_RESOURCE_CODE(OP_STORAGE_IS_CSV_FILE), 0x01000229, 1, 0, 0, 138, 1},
    {"CLUSCTL_RESOURCE_TYPE_GET_ARB_TIMEOUT", CCTL_RESOURCE_TYPE_CODE(OP_GET_ARB_TIMEOUT), 0x02000015, 2, 0, 0, 5, 1},
    {"CLUSCTL_GROUP_GET_ID", CCTL_GROUP_CODE(OP_GET_ID), 0x03000039, 3, 0, 0, 14, 1},
    /* Prefix says GROUP, object is GROUPSET. */
    {"CLUSCTL_GROUP_GET_PROVIDER_GROUPS", CCTL_GROUPSET_CODE(OP_GET_PROVIDER_GROUPS), 0x08002D7D, 8, 0, 0, 2911, 1},
    {"CLUSCTL_NODE_UNKNOWN", CCTL_NODE_CODE(CCTL_EXTERNAL_CODE(0, A, 0)), 0x04000000, 4, 0, 0, 0, 0},
    {"CLUSCTL_NODE_GET_NAME", CCTL_NODE_CODE(OP_GET_NAME), 0x04000029, 4, 0, 0, 10, 1},
    {"CLUSCTL_NETWORK_GET_FLAGS", CCTL_NETWORK_CODE(OP_GET_FLAGS), 0x05000009, 5, 0, 0, 2, 1},
    {"CLUSCTL_NETINTERFACE_GET_ID", CCTL_NETINTERFACE_CODE(OP_GET_ID), 0x06000039, 6, 0, 0, 14, 1},
    {"CLUSCTL_CLUSTER_GET_FQDN", CCTL_CLUSTER_CODE(OP_GET_FQDN), 0x0700003D, 7, 0, 0, 15, 1},
    {"CLUSCTL_CLUSTER_SET_COMMON_PROPERTIES", CCTL_CLUSTER_CODE(OP_SET_COMMON_PROPERTIES), 0x0740005E, 7, 1, 0, 23, 2},
    {"CLUSCTL_GROUPSET_GET_GROUPS", CCTL_GROUPSET_CODE(OP_GROUPSET_GET_GROUPS), 0x08002D71, 8, 0, 0, 2908, 1},
    {"CLUSCTL_AFFINITYRULE_GET_ID", CCTL_AFFINITYRULE_CODE(OP_GET_ID), 0x09000039, 9, 0, 0, 14, 1},
};

static void test_sdk_codes(void)
{
    size_t i;
    for (i = 0; i < sizeof sdk_codes / sizeof sdk_codes[0]; i++) {
        uint32_t v = sdk_codes[i].expected;
        clusctl_fields f;
        harness_test = sdk_codes[i].name;
        CHECK_EQ_U(sdk_codes[i].twin, v);
        CHECK_EQ_U(CCTL_GET_CONTROL_OBJECT(v), sdk_codes[i].object);
        CHECK_EQ_U(CCTL_GET_ACCESS_MODE(v), sdk_codes[i].access);
        CHECK_EQ_U(CCTL_GET_USER(v), 0);
        /* The SDK's "control function" is the low 22 bits, not the function. */
        CHECK_EQ_U(CCTL_GET_CONTROL_FUNCTION(v), v & 0x3FFFFFu);
        CHECK_EQ_U(CCTL_GET_CONTROL_FUNCTION(v),
                   (sdk_codes[i].function << 2) | (sdk_codes[i].internal << 20) |
                       sdk_codes[i].access);
        CHECK_EQ_U(clusctl_decode(v, &f), CCTL_ERROR_SUCCESS);
        CHECK_EQ_U(f.object, sdk_codes[i].object);
        CHECK_EQ_U(f.modify, sdk_codes[i].modify);
        CHECK_EQ_U(f.internal, sdk_codes[i].internal);
        CHECK_EQ_U(f.function, sdk_codes[i].function);
        CHECK_EQ_U(f.access, sdk_codes[i].access);
        CHECK_EQ_U(f.global, 0);
        CHECK_EQ_U(f.user, 0);
        CHECK_EQ_U(clusctl_validate(v), 0); /* no current SDK code warns */
    }
    CHECK(i >= 20);
}

/* Internal and external codes share function numbers: only bit 20 tells
 * CLCTL_GET_CHARACTERISTICS (0x5) from CLCTL_DELETE (0x00500006). */
static void test_internal_external_pair(void)
{
    clusctl_fields a, b;
    (void)clusctl_decode(OP_GET_CHARACTERISTICS, &a);
    (void)clusctl_decode(OP_DELETE, &b);
    CHECK_EQ_U(a.function, 1);
    CHECK_EQ_U(b.function, 1);
    CHECK_EQ_U(a.internal, 0);
    CHECK_EQ_U(b.internal, 1);
}

/* CLUSCTL_USER_CODE puts CLCTL_USER_BASE on bit 23 (global), not 21 (user),
 * so it cannot make the Hyper-V VM codes, which set bit 21 directly. */
static void test_user_code_quirk(void)
{
    uint32_t code = CCTL_USER_CODE(1, CCTL_OBJECT_RESOURCE);
    clusctl_fields f;
    CHECK_EQ_U(code, 0x01800004u);
    CHECK_EQ_U(CCTL_GET_USER(code), 0);
    (void)clusctl_decode(code, &f);
    CHECK_EQ_U(f.global, 1);
    CHECK_EQ_U(f.user, 0);
    CHECK_EQ_U(f.function, 1);
    CHECK_EQ_U(CCTL_USER_CODE(2, CCTL_OBJECT_RESOURCE) | CCTL_MODIFY_MASK, 0x01C00008u);
    CHECK(CCTL_USER_CODE(1, CCTL_OBJECT_RESOURCE) != 0x01600004u);
    /* The VM codes: RESOURCE, modify, bit 21 set directly. */
    CHECK_EQ_U(CCTL_RESOURCE_CODE(CCTL_MODIFY_MASK | CCTL_USER_MASK |
                                  CCTL_EXTERNAL_CODE(1, A, 0)),
               0x01600004u);
    CHECK_EQ_U(CCTL_GET_USER(0x01600004u), 1);
    CHECK_EQ_U(CCTL_GET_USER(0x01600008u), 1);
    CHECK_EQ_U(CCTL_GET_CONTROL_FUNCTION(0x01600008u), 0x200008u); /* modify (22) is cut */
    /* Object USER (0x80) is defined in uint32_t arithmetic. */
    CHECK_EQ_U(CCTL_USER_CODE(0x3FFFF, CCTL_OBJECT_USER), 0x808FFFFCu);
    CHECK_EQ_U(CCTL_GET_CONTROL_OBJECT(0x808FFFFCu), 0x80);
}

/* The twins are constant expressions. */
static int twin_in_switch(uint32_t code)
{
    switch (code) {
    case CCTL_RESOURCE_CODE(OP_GET_FLAGS):
        return 1;
    case CCTL_USER_CODE(1, CCTL_OBJECT_RESOURCE):
        return 2;
    default:
        return 0;
    }
}

static void test_constant_expressions(void)
{
    CHECK_EQ_U(twin_in_switch(0x01000009u), 1);
    CHECK_EQ_U(twin_in_switch(0x01800004u), 2);
    CHECK_EQ_U(twin_in_switch(0x01600004u), 0);
}

int main(void)
{
    RUN(test_sdk_codes);
    RUN(test_internal_external_pair);
    RUN(test_user_code_quirk);
    RUN(test_constant_expressions);
    return harness_finish();
}
