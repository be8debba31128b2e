/* Golden property lists and value lists, written by hand from the format
 * (clusctl/plist.h, MS-CMRP 2.2.3.10): every byte below was laid out on
 * paper, offset by offset; none was produced by the code under test.
 *
 * A value is syntax (4 bytes LE) | cbLength (4 bytes LE) | data | zero
 * padding to 4. Syntaxes used: NAME 0x00040003 (03 00 04 00), LIST_VALUE_*
 * 0x0001xxxx (xx 00 01 00), ENDMARK 0 (00 00 00 00). Strings are UTF-16LE,
 * written 'c', 0 per code unit. The comment before each line gives the
 * offset of its first byte. */
#ifndef CCTL_PLIST_VECTORS_H_
#define CCTL_PLIST_VECTORS_H_

#include <stddef.h>

/* The syntax words, little-endian. */
#define V_NAME 0x03, 0x00, 0x04, 0x00
#define V_ENDMARK 0x00, 0x00, 0x00, 0x00
#define V_BINARY 0x01, 0x00, 0x01, 0x00
#define V_DWORD 0x02, 0x00, 0x01, 0x00
#define V_SZ 0x03, 0x00, 0x01, 0x00
#define V_EXPAND_SZ 0x04, 0x00, 0x01, 0x00
#define V_MULTI_SZ 0x05, 0x00, 0x01, 0x00
#define V_ULARGE 0x06, 0x00, 0x01, 0x00
#define V_LONG 0x07, 0x00, 0x01, 0x00
#define V_EXPANDED_SZ 0x08, 0x00, 0x01, 0x00
#define V_SECURITY 0x09, 0x00, 0x01, 0x00
#define V_LARGE 0x0A, 0x00, 0x01, 0x00
#define V_WORD 0x0B, 0x00, 0x01, 0x00
#define V_FILETIME 0x0C, 0x00, 0x01, 0x00
#define V_VALUE_LIST 0x0D, 0x00, 0x01, 0x00
#define V_PROPERTY_LIST 0x0E, 0x00, 0x01, 0x00
/* A length word. */
#define V_LEN(n) (n), 0x00, 0x00, 0x00

/* ---- One DWORD property: VmState = 2 (Enabled), MS-CMRP's form (no final
 * ENDMARK). 44 bytes. */
static const unsigned char vec_one_dword[] = {
    /*  0 */ 0x01, 0x00, 0x00, 0x00,                         /* count 1 */
    /*  4 */ V_NAME, V_LEN(16),
    /* 12 */ 'V', 0, 'm', 0, 'S', 0, 't', 0, 'a', 0, 't', 0, 'e', 0, 0, 0,
    /* 28 */ V_DWORD, V_LEN(4),
    /* 36 */ 0x02, 0x00, 0x00, 0x00,
    /* 40 */ V_ENDMARK,
};

/* ---- The same as Windows sends it: one more ENDMARK. 48 bytes. */
static const unsigned char vec_one_dword_final[] = {
    /*  0 */ 0x01, 0x00, 0x00, 0x00,
    /*  4 */ V_NAME, V_LEN(16),
    /* 12 */ 'V', 0, 'm', 0, 'S', 0, 't', 0, 'a', 0, 't', 0, 'e', 0, 0, 0,
    /* 28 */ V_DWORD, V_LEN(4),
    /* 36 */ 0x02, 0x00, 0x00, 0x00,
    /* 40 */ V_ENDMARK,
    /* 44 */ V_ENDMARK,                                      /* the final one */
};

/* ---- A VM's CLUSCTL_RESOURCE_GET_RO_PRIVATE_PROPERTIES output during a
 * migration: VmState 2 (Enabled), MigrationProgress 42, MigrationFailureReason
 * 0 (S_OK), with Windows' final ENDMARK. 180 bytes. */
static const unsigned char vec_vm_ro[] = {
    /*   0 */ 0x03, 0x00, 0x00, 0x00,                        /* count 3 */
    /*   4 */ V_NAME, V_LEN(16),
    /*  12 */ 'V', 0, 'm', 0, 'S', 0, 't', 0, 'a', 0, 't', 0, 'e', 0, 0, 0,
    /*  28 */ V_DWORD, V_LEN(4), 0x02, 0x00, 0x00, 0x00,
    /*  40 */ V_ENDMARK,
    /*  44 */ V_NAME, V_LEN(36),                             /* 17 units + NUL */
    /*  52 */ 'M', 0, 'i', 0, 'g', 0, 'r', 0, 'a', 0, 't', 0, 'i', 0, 'o', 0,
    /*  68 */ 'n', 0, 'P', 0, 'r', 0, 'o', 0, 'g', 0, 'r', 0, 'e', 0, 's', 0,
    /*  84 */ 's', 0, 0, 0,
    /*  88 */ V_DWORD, V_LEN(4), 0x2A, 0x00, 0x00, 0x00,     /* 42 */
    /* 100 */ V_ENDMARK,
    /* 104 */ V_NAME, V_LEN(46),                             /* 22 units + NUL */
    /* 112 */ 'M', 0, 'i', 0, 'g', 0, 'r', 0, 'a', 0, 't', 0, 'i', 0, 'o', 0,
    /* 128 */ 'n', 0, 'F', 0, 'a', 0, 'i', 0, 'l', 0, 'u', 0, 'r', 0, 'e', 0,
    /* 144 */ 'R', 0, 'e', 0, 'a', 0, 's', 0, 'o', 0, 'n', 0, 0, 0,
    /* 158 */ 0, 0,                                          /* padding */
    /* 160 */ V_DWORD, V_LEN(4), 0x00, 0x00, 0x00, 0x00,
    /* 172 */ V_ENDMARK,
    /* 176 */ V_ENDMARK,                                     /* the final one */
};

/* ---- The same VM after a failed migration: MigrationProgress 0,
 * MigrationFailureReason E_BUSY (0x800700AA), MS-CMRP's form. 176 bytes. */
static const unsigned char vec_vm_ro_failed[] = {
    /*   0 */ 0x03, 0x00, 0x00, 0x00,
    /*   4 */ V_NAME, V_LEN(16),
    /*  12 */ 'V', 0, 'm', 0, 'S', 0, 't', 0, 'a', 0, 't', 0, 'e', 0, 0, 0,
    /*  28 */ V_DWORD, V_LEN(4), 0x02, 0x00, 0x00, 0x00,
    /*  40 */ V_ENDMARK,
    /*  44 */ V_NAME, V_LEN(36),
    /*  52 */ 'M', 0, 'i', 0, 'g', 0, 'r', 0, 'a', 0, 't', 0, 'i', 0, 'o', 0,
    /*  68 */ 'n', 0, 'P', 0, 'r', 0, 'o', 0, 'g', 0, 'r', 0, 'e', 0, 's', 0,
    /*  84 */ 's', 0, 0, 0,
    /*  88 */ V_DWORD, V_LEN(4), 0x00, 0x00, 0x00, 0x00,
    /* 100 */ V_ENDMARK,
    /* 104 */ V_NAME, V_LEN(46),
    /* 112 */ 'M', 0, 'i', 0, 'g', 0, 'r', 0, 'a', 0, 't', 0, 'i', 0, 'o', 0,
    /* 128 */ 'n', 0, 'F', 0, 'a', 0, 'i', 0, 'l', 0, 'u', 0, 'r', 0, 'e', 0,
    /* 144 */ 'R', 0, 'e', 0, 'a', 0, 's', 0, 'o', 0, 'n', 0, 0, 0,
    /* 158 */ 0, 0,
    /* 160 */ V_DWORD, V_LEN(4), 0xAA, 0x00, 0x07, 0x80,     /* 0x800700AA */
    /* 172 */ V_ENDMARK,
};

/* ---- One property per format but the nested ones, each named by one
 * letter ("B\0" is 4 bytes: a NAME value of 12 bytes). The 8-byte values'
 * data (U at 196, I at 300, F at 332) are 4-byte but not 8-byte aligned.
 * With Windows' final ENDMARK. 376 bytes. */
static const unsigned char vec_every_format[] = {
    /*   0 */ 0x0B, 0x00, 0x00, 0x00,                         /* count 11 */
    /*   4 */ V_NAME, V_LEN(4), 'B', 0, 0, 0,
    /*  16 */ V_BINARY, V_LEN(3), 0x01, 0x02, 0x03, 0x00,     /* + 1 padding */
    /*  28 */ V_ENDMARK,
    /*  32 */ V_NAME, V_LEN(4), 'D', 0, 0, 0,
    /*  44 */ V_DWORD, V_LEN(4), 0xEF, 0xBE, 0xAD, 0xDE,      /* 0xDEADBEEF */
    /*  56 */ V_ENDMARK,
    /*  60 */ V_NAME, V_LEN(4), 'S', 0, 0, 0,
    /*  72 */ V_SZ, V_LEN(6), 'h', 0, 0xE9, 0x00, 0, 0, 0, 0, /* "hé" + 2 padding */
    /*  88 */ V_ENDMARK,
    /*  92 */ V_NAME, V_LEN(4), 'E', 0, 0, 0,
    /* 104 */ V_EXPAND_SZ, V_LEN(8), '%', 0, 'W', 0, '%', 0, 0, 0,
    /* 120 */ V_EXPANDED_SZ, V_LEN(6), 'C', 0, ':', 0, 0, 0, 0, 0,
    /* 136 */ V_ENDMARK,
    /* 140 */ V_NAME, V_LEN(4), 'M', 0, 0, 0,
    /* 152 */ V_MULTI_SZ, V_LEN(12), 'a', 0, 0, 0, 'b', 0, 'c', 0, 0, 0, 0, 0,
    /* 172 */ V_ENDMARK,
    /* 176 */ V_NAME, V_LEN(4), 'U', 0, 0, 0,
    /* 188 */ V_ULARGE, V_LEN(8),
    /* 196 */ 0xEF, 0xCD, 0xAB, 0x89, 0x67, 0x45, 0x23, 0x01, /* 0x0123456789ABCDEF */
    /* 204 */ V_ENDMARK,
    /* 208 */ V_NAME, V_LEN(4), 'L', 0, 0, 0,
    /* 220 */ V_LONG, V_LEN(4), 0xFE, 0xFF, 0xFF, 0xFF,       /* -2 */
    /* 232 */ V_ENDMARK,
    /* 236 */ V_NAME, V_LEN(4), 'X', 0, 0, 0,
    /* 248 */ V_SECURITY, V_LEN(20),                          /* self-relative, NULL DACL */
    /* 256 */ 0x01, 0x00, 0x04, 0x80, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    /* 266 */ 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    /* 276 */ V_ENDMARK,
    /* 280 */ V_NAME, V_LEN(4), 'I', 0, 0, 0,
    /* 292 */ V_LARGE, V_LEN(8),
    /* 300 */ 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, /* -1 */
    /* 308 */ V_ENDMARK,
    /* 312 */ V_NAME, V_LEN(4), 'F', 0, 0, 0,
    /* 324 */ V_FILETIME, V_LEN(8),
    /* 332 */ 0x60, 0x5F, 0x4E, 0x3D, 0x2C, 0x1B, 0xDA, 0x01, /* 0x01DA1B2C3D4E5F60 */
    /* 340 */ V_ENDMARK,
    /* 344 */ V_NAME, V_LEN(4), 'W', 0, 0, 0,
    /* 356 */ V_WORD, V_LEN(2), 0xEF, 0xBE, 0x00, 0x00,       /* 0xBEEF + 2 padding */
    /* 368 */ V_ENDMARK,
    /* 372 */ V_ENDMARK,                                      /* the final one */
};

/* ---- A property with two values. 60 bytes. */
static const unsigned char vec_two_values[] = {
    /*  0 */ 0x01, 0x00, 0x00, 0x00,
    /*  4 */ V_NAME, V_LEN(14),
    /* 12 */ 'V', 0, 'a', 0, 'l', 0, 'u', 0, 'e', 0, 's', 0, 0, 0, 0, 0,
    /* 28 */ V_DWORD, V_LEN(4), 0x01, 0x00, 0x00, 0x00,
    /* 40 */ V_DWORD, V_LEN(4), 0x02, 0x00, 0x00, 0x00,
    /* 52 */ V_ENDMARK,
    /* 56 */ V_ENDMARK,
};

/* ---- EXPAND_SZ "%TMP%" and its EXPANDED_SZ "C:\T", as a server sends
 * them. 72 bytes. */
static const unsigned char vec_expand_pair[] = {
    /*  0 */ 0x01, 0x00, 0x00, 0x00,
    /*  4 */ V_NAME, V_LEN(10), 'P', 0, 'a', 0, 't', 0, 'h', 0, 0, 0, 0, 0,
    /* 24 */ V_EXPAND_SZ, V_LEN(12), '%', 0, 'T', 0, 'M', 0, 'P', 0, '%', 0, 0, 0,
    /* 44 */ V_EXPANDED_SZ, V_LEN(10), 'C', 0, ':', 0, '\\', 0, 'T', 0, 0, 0, 0, 0,
    /* 64 */ V_ENDMARK,
    /* 68 */ V_ENDMARK,
};

/* ---- MULTI_SZ: one string, several, characters outside the BMP, none
 * (one NUL: the writer's empty form). MS-CMRP's form. 180 bytes. */
static const unsigned char vec_multi_sz[] = {
    /*   0 */ 0x04, 0x00, 0x00, 0x00,
    /*   4 */ V_NAME, V_LEN(8), 'O', 0, 'n', 0, 'e', 0, 0, 0,
    /*  20 */ V_MULTI_SZ, V_LEN(8), 'a', 0, 'b', 0, 0, 0, 0, 0,          /* "ab" */
    /*  36 */ V_ENDMARK,
    /*  40 */ V_NAME, V_LEN(10), 'M', 0, 'a', 0, 'n', 0, 'y', 0, 0, 0, 0, 0,
    /*  60 */ V_MULTI_SZ, V_LEN(20),                                    /* "a" "bc" "def" */
    /*  68 */ 'a', 0, 0, 0, 'b', 0, 'c', 0, 0, 0, 'd', 0, 'e', 0, 'f', 0, 0, 0, 0, 0,
    /*  88 */ V_ENDMARK,
    /*  92 */ V_NAME, V_LEN(14), 'A', 0, 's', 0, 't', 0, 'r', 0, 'a', 0, 'l', 0, 0, 0,
    /* 114 */ 0, 0,
    /* 116 */ V_MULTI_SZ, V_LEN(14),                                    /* U+1F600 "x", "é" */
    /* 124 */ 0x3D, 0xD8, 0x00, 0xDE, 'x', 0, 0, 0, 0xE9, 0x00, 0, 0, 0, 0,
    /* 138 */ 0, 0,
    /* 140 */ V_ENDMARK,
    /* 144 */ V_NAME, V_LEN(10), 'N', 0, 'o', 0, 'n', 0, 'e', 0, 0, 0, 0, 0,
    /* 164 */ V_MULTI_SZ, V_LEN(2), 0, 0, 0, 0,                         /* none */
    /* 176 */ V_ENDMARK,
};

/* ---- A property list nested in a LIST_VALUE_PROPERTY_LIST value: "Inner"
 * holds { "N": 7 } (36 bytes, with its own final ENDMARK). 76 bytes. */
static const unsigned char vec_nested[] = {
    /*  0 */ 0x01, 0x00, 0x00, 0x00,
    /*  4 */ V_NAME, V_LEN(12), 'I', 0, 'n', 0, 'n', 0, 'e', 0, 'r', 0, 0, 0,
    /* 24 */ V_PROPERTY_LIST, V_LEN(36),
    /* 32 */ 0x01, 0x00, 0x00, 0x00,
    /* 36 */ V_NAME, V_LEN(4), 'N', 0, 0, 0,
    /* 48 */ V_DWORD, V_LEN(4), 0x07, 0x00, 0x00, 0x00,
    /* 60 */ V_ENDMARK,
    /* 64 */ V_ENDMARK,                                      /* the nested list's final one */
    /* 68 */ V_ENDMARK,
    /* 72 */ V_ENDMARK,
};

/* ---- A value list nested in a VALUE_LIST value (the SDK names no
 * LIST_VALUE_VALUE_LIST syntax: strict mode refuses it). 52 bytes. */
static const unsigned char vec_nested_vlist[] = {
    /*  0 */ 0x01, 0x00, 0x00, 0x00,
    /*  4 */ V_NAME, V_LEN(8), 'V', 0, 'L', 0, 's', 0, 0, 0,
    /* 20 */ V_VALUE_LIST, V_LEN(16),
    /* 28 */ V_DWORD, V_LEN(4), 0x05, 0x00, 0x00, 0x00,
    /* 40 */ V_ENDMARK,
    /* 44 */ V_ENDMARK,
    /* 48 */ V_ENDMARK,
};

/* ---- A storage value list, as CLUSCTL_RESOURCE_STORAGE_GET_DISK_INFO_EX
 * returns one: signature, SCSI address, disk number, size (data at 44: not
 * 8-byte aligned), serial number, partition information. 88 bytes. */
static const unsigned char vec_storage[] = {
    /*  0 */ 0x02, 0x00, 0x05, 0x00, V_LEN(4), 0x78, 0x56, 0x34, 0x12, /* DISK_SIGNATURE */
    /* 12 */ 0x02, 0x00, 0x06, 0x00, V_LEN(4), 0x00, 0x01, 0x02, 0x03, /* SCSI_ADDRESS */
    /* 24 */ 0x02, 0x00, 0x07, 0x00, V_LEN(4), 0x01, 0x00, 0x00, 0x00, /* DISK_NUMBER 1 */
    /* 36 */ 0x06, 0x00, 0x0C, 0x00, V_LEN(8),                         /* DISK_SIZE */
    /* 44 */ 0x00, 0x10, 0xA5, 0xD4, 0xE8, 0x00, 0x00, 0x00,           /* 0xE8D4A51000: 1 TB */
    /* 52 */ 0x03, 0x00, 0x0A, 0x00, V_LEN(8), 'S', 0, 'N', 0, '1', 0, 0, 0, /* DISK_SERIALNUMBER */
    /* 68 */ 0x01, 0x00, 0x0D, 0x00, V_LEN(6), 1, 2, 3, 4, 5, 6, 0, 0, /* PARTITION_INFO_EX */
    /* 84 */ V_ENDMARK,
};

/* ---- Two disk records back to back and one ENDMARK, as
 * CLUSCTL_RESOURCE_TYPE_STORAGE_GET_AVAILABLE_DISKS returns them. 52 bytes. */
static const unsigned char vec_two_disks[] = {
    /*  0 */ 0x02, 0x00, 0x05, 0x00, V_LEN(4), 0x11, 0x11, 0x11, 0x11, /* DISK_SIGNATURE */
    /* 12 */ 0x02, 0x00, 0x07, 0x00, V_LEN(4), 0x02, 0x00, 0x00, 0x00, /* DISK_NUMBER 2 */
    /* 24 */ 0x02, 0x00, 0x05, 0x00, V_LEN(4), 0x22, 0x22, 0x22, 0x22,
    /* 36 */ 0x02, 0x00, 0x07, 0x00, V_LEN(4), 0x03, 0x00, 0x00, 0x00, /* DISK_NUMBER 3 */
    /* 48 */ V_ENDMARK,
};

/* ---- A value list with a NAME value, as CLUSCTL_RESOURCE_GET_REQUIRED_
 * DEPENDENCIES returns one: RESCLASS 1 (storage), then the name "Disk".
 * 36 bytes. */
static const unsigned char vec_dependencies[] = {
    /*  0 */ 0x02, 0x00, 0x02, 0x00, V_LEN(4), 0x01, 0x00, 0x00, 0x00, /* RESCLASS */
    /* 12 */ V_NAME, V_LEN(10), 'D', 0, 'i', 0, 's', 0, 'k', 0, 0, 0, 0, 0,
    /* 32 */ V_ENDMARK,
};

/* ---- Empty lists. */
static const unsigned char vec_empty_plist[] = {0, 0, 0, 0, V_ENDMARK}; /* Windows */
static const unsigned char vec_empty_plist_bare[] = {0, 0, 0, 0};       /* MS-CMRP */
static const unsigned char vec_empty_vlist[] = {V_ENDMARK};

/* ---- What the default mode reads and the strict mode refuses. Each is one
 * property "S" (NAME at 4, 12 bytes) whose value starts at 16. */
/* An SZ with cbLength 0 (strict: STRING_NOT_TERMINATED at 20). 28 bytes. */
static const unsigned char vec_lenient_sz_empty[] = {
    0x01, 0, 0, 0, V_NAME, V_LEN(4), 'S', 0, 0, 0,
    /* 16 */ V_SZ, V_LEN(0),
    /* 24 */ V_ENDMARK,
};
/* "a" and two NULs (strict: STRING_EMBEDDED_NUL at 26). 36 bytes. */
static const unsigned char vec_lenient_sz_nuls[] = {
    0x01, 0, 0, 0, V_NAME, V_LEN(4), 'S', 0, 0, 0,
    /* 16 */ V_SZ, V_LEN(6), 'a', 0, 0, 0, 0, 0, 0, 0,
    /* 32 */ V_ENDMARK,
};
/* A MULTI_SZ "a" without the one more NUL (strict: MULTI_SZ_NO_FINAL_NUL
 * at 26). 32 bytes. */
static const unsigned char vec_lenient_multi_short[] = {
    0x01, 0, 0, 0, V_NAME, V_LEN(4), 'S', 0, 0, 0,
    /* 16 */ V_MULTI_SZ, V_LEN(4), 'a', 0, 0, 0,
    /* 28 */ V_ENDMARK,
};
/* A MULTI_SZ with cbLength 0 (strict: MULTI_SZ_NO_FINAL_NUL at 20). */
static const unsigned char vec_lenient_multi_empty[] = {
    0x01, 0, 0, 0, V_NAME, V_LEN(4), 'S', 0, 0, 0,
    /* 16 */ V_MULTI_SZ, V_LEN(0),
    /* 24 */ V_ENDMARK,
};
/* The empty MULTI_SZ as two NULs: valid in both modes. 32 bytes. */
static const unsigned char vec_multi_two_nuls[] = {
    0x01, 0, 0, 0, V_NAME, V_LEN(4), 'S', 0, 0, 0,
    /* 16 */ V_MULTI_SZ, V_LEN(4), 0, 0, 0, 0,
    /* 28 */ V_ENDMARK,
};
/* One byte of BINARY, padding AA BB CC (strict: PADDING_NOT_ZERO at 25). */
static const unsigned char vec_lenient_padding[] = {
    0x01, 0, 0, 0, V_NAME, V_LEN(4), 'S', 0, 0, 0,
    /* 16 */ V_BINARY, V_LEN(1), 0x7F, 0xAA, 0xBB, 0xCC,
    /* 28 */ V_ENDMARK,
};
/* An unknown format, 99 (strict: UNKNOWN_SYNTAX at 16). */
static const unsigned char vec_lenient_format[] = {
    0x01, 0, 0, 0, V_NAME, V_LEN(4), 'S', 0, 0, 0,
    /* 16 */ 0x63, 0x00, 0x01, 0x00, V_LEN(4), 1, 2, 3, 4,
    /* 28 */ V_ENDMARK,
};
/* A user-defined syntax (type and format 0x8000; strict: UNKNOWN_SYNTAX). */
static const unsigned char vec_lenient_user[] = {
    0x01, 0, 0, 0, V_NAME, V_LEN(4), 'S', 0, 0, 0,
    /* 16 */ 0x00, 0x80, 0x00, 0x80, V_LEN(2), 9, 9, 0, 0,
    /* 28 */ V_ENDMARK,
};
/* A property without a value (strict: NO_VALUE at 16). 20 bytes. */
static const unsigned char vec_lenient_no_value[] = {
    0x01, 0, 0, 0, V_NAME, V_LEN(4), 'S', 0, 0, 0,
    /* 16 */ V_ENDMARK,
};
/* Four values (strict: TOO_MANY_VALUES at 52). 68 bytes. */
static const unsigned char vec_lenient_four[] = {
    0x01, 0, 0, 0, V_NAME, V_LEN(4), 'S', 0, 0, 0,
    /* 16 */ V_DWORD, V_LEN(4), 1, 0, 0, 0,
    /* 28 */ V_DWORD, V_LEN(4), 2, 0, 0, 0,
    /* 40 */ V_DWORD, V_LEN(4), 3, 0, 0, 0,
    /* 52 */ V_DWORD, V_LEN(4), 4, 0, 0, 0,
    /* 64 */ V_ENDMARK,
};
/* An EXPANDED_SZ alone (strict: EXPANDED_SZ_ALONE at 16). 32 bytes. */
static const unsigned char vec_lenient_expanded[] = {
    0x01, 0, 0, 0, V_NAME, V_LEN(4), 'S', 0, 0, 0,
    /* 16 */ V_EXPANDED_SZ, V_LEN(4), 'C', 0, 0, 0,
    /* 28 */ V_ENDMARK,
};

#endif /* CCTL_PLIST_VECTORS_H_ */
