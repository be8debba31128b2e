/* The names of the flags and classes that control codes return: every
 * constant against data/clusprop.csv (its own reader, not the generator's),
 * every bit of each set, unknown bits, the walk over a value, the set of each
 * code, the subclass sets, and the statuses.
 *
 * Usage: test_flags PATH/TO/data/clusprop.csv */
#include <stdlib.h>

#include "clusctl/clusctl.h"
#include "harness.h"

#define MAX_LINE 1024
#define MAX_CONSTANTS 64
#define SET_TOP 16 /* above every clusctl_flag_set value */

/* One constant of the data file: its set (from the enum its notes name),
 * value and name. */
static struct {
    uint32_t set;
    uint32_t value;
    char name[64];
} rows[MAX_CONSTANTS];
static size_t row_count;

/* The set of a ClusApi.h enum, as flags.h documents it. */
static uint32_t set_of_enum(const char *notes)
{
    static const struct {
        const char *name;
        uint32_t set;
    } enums[] = {
        {"CLUS_CHARACTERISTICS", CCTL_FLAG_SET_CHAR},
        {"CLUS_FLAGS", CCTL_FLAG_SET_FLAG},
        {"CLUSTER_RESOURCE_CLASS", CCTL_FLAG_SET_RESCLASS},
        {"CLUS_RESSUBCLASS", CCTL_FLAG_SET_RESSUBCLASS},
        {"CLUS_RESSUBCLASS_STORAGE", CCTL_FLAG_SET_RESSUBCLASS_STORAGE},
        {"CLUS_RESSUBCLASS_NETWORK", CCTL_FLAG_SET_RESSUBCLASS_NETWORK},
    };
    const char *p = strstr(notes, "enum ");
    size_t i, len = 0;
    if (p == NULL)
        return 0;
    p += 5;
    while ((p[len] >= 'A' && p[len] <= 'Z') || p[len] == '_')
        len++;
    for (i = 0; i < sizeof enums / sizeof enums[0]; i++)
        if (strlen(enums[i].name) == len && strncmp(enums[i].name, p, len) == 0)
            return enums[i].set;
    return 0;
}

/* Reads the rows of kinds char, flag, resclass and ressubclass. The file's
 * name, kind and value_hex columns hold no commas or quotes; notes may be
 * quoted, and only the text after the fifth comma is searched. */
static int read_constants(const char *path)
{
    FILE *f = fopen(path, "rb");
    char line[MAX_LINE];
    if (f == NULL) {
        fprintf(stderr, "cannot open %s\n", path);
        return 0;
    }
    if (fgets(line, sizeof line, f) == NULL ||
        strcmp(line, "name,kind,value_hex,type,format,notes\n") != 0) {
        fclose(f);
        fprintf(stderr, "%s: not the expected header\n", path);
        return 0;
    }
    while (fgets(line, sizeof line, f) != NULL) {
        char *fields[6];
        char *p = line;
        int n = 0;
        fields[n++] = p;
        while (n < 6 && (p = strchr(p, ',')) != NULL) {
            *p++ = '\0';
            fields[n++] = p;
        }
        if (n < 6)
            continue; /* a quoted macro note with its commas: not a constant */
        if (strcmp(fields[1], "char") != 0 && strcmp(fields[1], "flag") != 0 &&
            strcmp(fields[1], "resclass") != 0 && strcmp(fields[1], "ressubclass") != 0)
            continue;
        if (row_count == MAX_CONSTANTS || strlen(fields[0]) >= sizeof rows[0].name)
            break; /* and the count check fails */
        rows[row_count].set = set_of_enum(fields[5]);
        rows[row_count].value = (uint32_t)strtoul(fields[2], NULL, 16);
        memcpy(rows[row_count].name, fields[0], strlen(fields[0]) + 1);
        row_count++;
    }
    fclose(f);
    return 1;
}

/* The data file's name for (set, value), or NULL. */
static const char *row_name(uint32_t set, uint32_t value)
{
    size_t i;
    for (i = 0; i < row_count; i++)
        if (rows[i].set == set && rows[i].value == value)
            return rows[i].name;
    return NULL;
}

/* Every constant of the file is named by its set, and each set enumerates
 * exactly the file's constants, in value order. */
static void test_constants_equal_data_file(void)
{
    size_t i, counts[SET_TOP] = {0}, total = 0;
    uint32_t set;
    CHECK_EQ_U(row_count, 31); /* 4 classes, 5 subclasses, 21 CLUS_CHAR, CLUS_FLAG_CORE */
    for (i = 0; i < row_count; i++) {
        harness_test = rows[i].name;
        CHECK(rows[i].set != 0);
        CHECK_STR(clusctl_flag_name(rows[i].set, rows[i].value), rows[i].name);
        CHECK(strncmp(rows[i].name, clusctl_flag_set_name(rows[i].set),
                      strlen(clusctl_flag_set_name(rows[i].set))) == 0);
        counts[rows[i].set < SET_TOP ? rows[i].set : 0]++;
    }
    harness_test = "test_constants_equal_data_file";
    for (set = 1; set < SET_TOP; set++) {
        uint32_t value = 0, previous = 0;
        const char *name = NULL;
        size_t index = 0;
        if (clusctl_flag_set_description(set) == NULL)
            continue;
        while (clusctl_flag_constant(set, index, &value, &name) == CCTL_ERROR_SUCCESS) {
            CHECK_STR(row_name(set, value), name);
            CHECK(index == 0 || value > previous);
            previous = value;
            index++;
        }
        CHECK_EQ_U(index, counts[set]);
        total += index;
    }
    CHECK_EQ_U(total, row_count);
    CHECK_EQ_U(counts[CCTL_FLAG_SET_CHAR], 21);
    CHECK_EQ_U(counts[CCTL_FLAG_SET_FLAG], 1);
    CHECK_EQ_U(counts[CCTL_FLAG_SET_UNNAMED], 0);
    CHECK_EQ_U(counts[CCTL_FLAG_SET_RESCLASS], 4);
    CHECK_EQ_U(counts[CCTL_FLAG_SET_RESSUBCLASS_STORAGE], 3);
}

/* For every set of bits, each of the 32 bits (and 0) has a name exactly when
 * the file has a constant for it. */
static void test_every_bit(void)
{
    uint32_t set, i;
    for (set = 1; set < SET_TOP; set++) {
        if (!clusctl_flag_set_is_bitmask(set))
            continue;
        CHECK_STR(clusctl_flag_name(set, 0), row_name(set, 0));
        for (i = 0; i < 32; i++)
            CHECK_STR(clusctl_flag_name(set, (uint32_t)1 << i), row_name(set, (uint32_t)1 << i));
        CHECK_STR(clusctl_flag_name(set, 3), NULL); /* two bits: no constant */
    }
    CHECK_STR(clusctl_flag_name(CCTL_FLAG_SET_CHAR, 0), "CLUS_CHAR_UNKNOWN");
    CHECK_STR(clusctl_flag_name(CCTL_FLAG_SET_CHAR, 0x00080000u), "CLUS_CHAR_DRAIN_LOCAL_OFFLINE");
    CHECK_STR(clusctl_flag_name(CCTL_FLAG_SET_CHAR, 0x00100000u), NULL);
    CHECK_STR(clusctl_flag_name(CCTL_FLAG_SET_FLAG, 1), "CLUS_FLAG_CORE");
    CHECK_STR(clusctl_flag_name(CCTL_FLAG_SET_FLAG, 0), NULL);
    CHECK_STR(clusctl_flag_name(CCTL_FLAG_SET_UNNAMED, 1), NULL);
    CHECK_STR(clusctl_flag_name(CCTL_FLAG_SET_RESCLASS, 1), "CLUS_RESCLASS_STORAGE");
    CHECK_STR(clusctl_flag_name(CCTL_FLAG_SET_RESCLASS, 0x8000u), "CLUS_RESCLASS_USER");
    CHECK_STR(clusctl_flag_name(CCTL_FLAG_SET_RESCLASS, 3), NULL);
    CHECK_STR(clusctl_flag_name(CCTL_FLAG_SET_RESSUBCLASS_STORAGE, 0x80000000u),
              "CLUS_RESSUBCLASS_STORAGE_SHARED_BUS");
    CHECK_STR(clusctl_flag_name(CCTL_FLAG_SET_RESSUBCLASS_NETWORK, 0x80000000u),
              "CLUS_RESSUBCLASS_NETWORK_INTERNET_PROTOCOL");
    CHECK_STR(clusctl_flag_name(CCTL_FLAG_SET_RESSUBCLASS, 0x80000000u), "CLUS_RESSUBCLASS_SHARED");
    CHECK_STR(clusctl_flag_name(0, 0), NULL);
    CHECK_STR(clusctl_flag_name(SET_TOP, 1), NULL);
}

/* Walks a value; returns the number of bits and writes them and their names
 * into bits/names (room for 32). */
static size_t walk(uint32_t set, uint32_t value, uint32_t *bits, const char **names)
{
    uint32_t bit = 0;
    const char *name = NULL;
    size_t n = 0;
    clusctl_status s;
    while ((s = clusctl_flags_next(set, value, &bit, &name)) == CCTL_ERROR_SUCCESS && n < 33) {
        bits[n] = bit;
        names[n++] = name;
    }
    CHECK_EQ_U(s, CCTL_ERROR_NOT_FOUND);
    return n;
}

static void test_flags_next(void)
{
    uint32_t bits[33], bit, value, set;
    const char *names[33], *name;
    size_t n, i;
    union {
        uint32_t bit;
        const char *name;
    } same;

    /* The brief's example: 0x5 is QUORUM and LOCAL_QUORUM; an unknown bit
     * is reported with a NULL name, never dropped. */
    n = walk(CCTL_FLAG_SET_CHAR, 0x80000105u, bits, names);
    CHECK_EQ_U(n, 4);
    CHECK_EQ_U(bits[0], 1);
    CHECK_STR(names[0], "CLUS_CHAR_QUORUM");
    CHECK_EQ_U(bits[1], 4);
    CHECK_STR(names[1], "CLUS_CHAR_LOCAL_QUORUM");
    CHECK_EQ_U(bits[2], 0x100);
    CHECK_STR(names[2], "CLUS_CHAR_COEXIST_IN_SHARED_VOLUME_GROUP");
    CHECK_EQ_U(bits[3], 0x80000000u);
    CHECK_STR(names[3], NULL);
    /* Every bit, lowest first, each with the data file's name or NULL. */
    for (set = 1; set < SET_TOP; set++) {
        if (!clusctl_flag_set_is_bitmask(set))
            continue;
        n = walk(set, 0xFFFFFFFFu, bits, names);
        CHECK_EQ_U(n, 32);
        for (i = 0; i < n && i < 32; i++) {
            CHECK_EQ_U(bits[i], (uint32_t)1 << i);
            CHECK_STR(names[i], row_name(set, (uint32_t)1 << i));
        }
        /* No set bit: nothing, even where 0 has a name. */
        CHECK_EQ_U(walk(set, 0, bits, names), 0);
    }
    n = walk(CCTL_FLAG_SET_FLAG, 3, bits, names);
    CHECK(n == 2 && strcmp(names[0], "CLUS_FLAG_CORE") == 0 && names[1] == NULL);
    n = walk(CCTL_FLAG_SET_UNNAMED, 0x00010001u, bits, names);
    CHECK(n == 2 && bits[1] == 0x10000u && names[0] == NULL && names[1] == NULL);
    n = walk(CCTL_FLAG_SET_RESSUBCLASS_STORAGE, 0x40000000u, bits, names);
    CHECK(n == 1 && strcmp(names[0], "CLUS_RESSUBCLASS_STORAGE_DISK") == 0);

    /* Done and refused calls write nothing. */
    bit = 0x80000000u;
    name = "untouched";
    CHECK_EQ_U(clusctl_flags_next(CCTL_FLAG_SET_CHAR, 0xFFFFFFFFu, &bit, &name),
               CCTL_ERROR_NOT_FOUND);
    CHECK(bit == 0x80000000u && strcmp(name, "untouched") == 0);
    bit = 4;
    CHECK_EQ_U(clusctl_flags_next(CCTL_FLAG_SET_CHAR, 5, &bit, &name), CCTL_ERROR_NOT_FOUND);
    CHECK_EQ_U(bit, 4);
    bit = 3; /* not one bit */
    CHECK_EQ_U(clusctl_flags_next(CCTL_FLAG_SET_CHAR, 5, &bit, &name),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(bit, 3);
    bit = 0;
    CHECK_EQ_U(clusctl_flags_next(CCTL_FLAG_SET_RESCLASS, 1, &bit, &name),
               CCTL_ERROR_INVALID_PARAMETER); /* classes are values, not bits */
    CHECK_EQ_U(clusctl_flags_next(0, 1, &bit, &name), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_flags_next(SET_TOP, 1, &bit, &name), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_flags_next(CCTL_FLAG_SET_CHAR, 1, NULL, &name),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_flags_next(CCTL_FLAG_SET_CHAR, 1, &bit, NULL),
               CCTL_ERROR_INVALID_PARAMETER);
    memset(&same, 0, sizeof same);
    CHECK_EQ_U(clusctl_flags_next(CCTL_FLAG_SET_CHAR, 1, &same.bit, &same.name),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(bit, 0);
    /* Continuing from a bit that is not set in the value is allowed. */
    bit = 2;
    CHECK_EQ_U(clusctl_flags_next(CCTL_FLAG_SET_CHAR, 5, &bit, &name), CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(bit, 4);
    value = 0;
    CHECK_EQ_U(clusctl_flag_constant(CCTL_FLAG_SET_CHAR, 0, &value, &name), CCTL_ERROR_SUCCESS);
}

static void test_flag_constant_statuses(void)
{
    uint32_t value = 7;
    const char *name = "untouched";
    union {
        uint32_t value;
        const char *name;
    } same;
    CHECK_EQ_U(clusctl_flag_constant(CCTL_FLAG_SET_CHAR, 21, &value, &name), CCTL_ERROR_NOT_FOUND);
    CHECK_EQ_U(clusctl_flag_constant(CCTL_FLAG_SET_UNNAMED, 0, &value, &name),
               CCTL_ERROR_NOT_FOUND);
    CHECK_EQ_U(clusctl_flag_constant(CCTL_FLAG_SET_FLAG, (size_t)-1, &value, &name),
               CCTL_ERROR_NOT_FOUND);
    CHECK(value == 7 && strcmp(name, "untouched") == 0);
    CHECK_EQ_U(clusctl_flag_constant(0, 0, &value, &name), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_flag_constant(SET_TOP, 0, &value, &name), CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_flag_constant(CCTL_FLAG_SET_CHAR, 0, NULL, &name),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_flag_constant(CCTL_FLAG_SET_CHAR, 0, &value, NULL),
               CCTL_ERROR_INVALID_PARAMETER);
    memset(&same, 0, sizeof same);
    CHECK_EQ_U(clusctl_flag_constant(CCTL_FLAG_SET_CHAR, 0, &same.value, &same.name),
               CCTL_ERROR_INVALID_PARAMETER);
    CHECK_EQ_U(clusctl_flag_constant(CCTL_FLAG_SET_RESCLASS, 3, &value, &name),
               CCTL_ERROR_SUCCESS);
    CHECK_EQ_U(value, 0x8000u);
    CHECK_STR(name, "CLUS_RESCLASS_USER");
}

static void test_set_names(void)
{
    uint32_t set, count = 0;
    CHECK_STR(clusctl_flag_set_name(CCTL_FLAG_SET_CHAR), "CLUS_CHAR");
    CHECK_STR(clusctl_flag_set_name(CCTL_FLAG_SET_FLAG), "CLUS_FLAG");
    CHECK_STR(clusctl_flag_set_name(CCTL_FLAG_SET_UNNAMED), NULL);
    CHECK_STR(clusctl_flag_set_name(CCTL_FLAG_SET_RESCLASS), "CLUS_RESCLASS");
    CHECK_STR(clusctl_flag_set_name(CCTL_FLAG_SET_RESSUBCLASS), "CLUS_RESSUBCLASS");
    CHECK_STR(clusctl_flag_set_name(CCTL_FLAG_SET_RESSUBCLASS_STORAGE), "CLUS_RESSUBCLASS_STORAGE");
    CHECK_STR(clusctl_flag_set_name(CCTL_FLAG_SET_RESSUBCLASS_NETWORK), "CLUS_RESSUBCLASS_NETWORK");
    CHECK_EQ_U(clusctl_flag_set_is_bitmask(CCTL_FLAG_SET_RESCLASS), 0);
    CHECK_EQ_U(clusctl_flag_set_is_bitmask(CCTL_FLAG_SET_UNNAMED), 1);
    for (set = 0; set < SET_TOP; set++) {
        if (clusctl_flag_set_description(set) == NULL) {
            CHECK_STR(clusctl_flag_set_name(set), NULL);
            CHECK_EQ_U(clusctl_flag_set_is_bitmask(set), 0);
            continue;
        }
        count++;
        CHECK_EQ_U(set, count); /* 1 to 7, no gaps */
        CHECK_EQ_U(clusctl_flag_set_is_bitmask(set), set != CCTL_FLAG_SET_RESCLASS);
    }
    CHECK_EQ_U(count, 7);
    CHECK_STR(clusctl_flag_set_description(0xFFFFFFFFu), NULL);
}

/* The set of a code is its preferred entry's; only documented flags count. */
static void test_set_for_code(void)
{
    static const struct {
        const char *name;
        uint32_t set;
    } cases[] = {
        {"CLUSCTL_RESOURCE_GET_CHARACTERISTICS", CCTL_FLAG_SET_CHAR},
        {"CLUSCTL_RESOURCE_TYPE_GET_CHARACTERISTICS", CCTL_FLAG_SET_CHAR},
        {"CLUSCTL_GROUP_GET_CHARACTERISTICS", CCTL_FLAG_SET_CHAR},
        {"CLUSCTL_NODE_GET_CHARACTERISTICS", CCTL_FLAG_SET_CHAR},
        {"CLUSCTL_NETWORK_GET_CHARACTERISTICS", CCTL_FLAG_SET_CHAR},
        {"CLUSCTL_NETINTERFACE_GET_CHARACTERISTICS", CCTL_FLAG_SET_CHAR},
        {"CLUSCTL_RESOURCE_GET_FLAGS", CCTL_FLAG_SET_FLAG},
        {"CLUSCTL_RESOURCE_TYPE_GET_FLAGS", CCTL_FLAG_SET_UNNAMED},
        {"CLUSCTL_GROUP_GET_FLAGS", CCTL_FLAG_SET_UNNAMED},
        {"CLUSCTL_NODE_GET_FLAGS", CCTL_FLAG_SET_UNNAMED},
        {"CLUSCTL_NETWORK_GET_FLAGS", CCTL_FLAG_SET_UNNAMED},
        {"CLUSCTL_NETINTERFACE_GET_FLAGS", CCTL_FLAG_SET_UNNAMED},
        {"CLUSCTL_RESOURCE_GET_CLASS_INFO", CCTL_FLAG_SET_RESCLASS},
        {"CLUSCTL_RESOURCE_TYPE_GET_CLASS_INFO", CCTL_FLAG_SET_RESCLASS},
        {"CLUSCTL_RESOURCE_GET_NAME", 0},
        {"CLCTL_GET_CHARACTERISTICS", 0}, /* no page of its own */
        {"CLCTL_GET_FLAGS", 0},
    };
    size_t i, with_set = 0;
    uint32_t set;
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        size_t index = CCTL_NO_ENTRY;
        clusctl_entry e;
        harness_test = cases[i].name;
        if (!CHECK(clusctl_catalog_find_name(cases[i].name, CCTL_MATCH_EXACT, &index) ==
                       CCTL_ERROR_SUCCESS &&
                   clusctl_catalog_get(index, &e) == CCTL_ERROR_SUCCESS))
            continue;
        set = 99;
        CHECK_EQ_U(clusctl_flag_set_for_code(e.value, &set),
                   cases[i].set != 0 ? CCTL_ERROR_SUCCESS : CCTL_ERROR_NOT_FOUND);
        CHECK_EQ_U(set, cases[i].set);
        CHECK_EQ_U(e.flag_set, cases[i].set);
    }
    harness_test = "test_set_for_code";
    /* Over the catalog: the preferred entry's set; 14 codes in all. */
    for (i = 0; i < clusctl_catalog_size(); i++) {
        clusctl_entry e, preferred;
        clusctl_status s;
        if (!CHECK(clusctl_catalog_get(i, &e) == CCTL_ERROR_SUCCESS &&
                   clusctl_catalog_get(clusctl_catalog_preferred(e.value, NULL), &preferred) ==
                       CCTL_ERROR_SUCCESS))
            continue;
        s = clusctl_flag_set_for_code(e.value, &set);
        CHECK_EQ_U(set, preferred.flag_set);
        CHECK_EQ_U(s, set != 0 ? CCTL_ERROR_SUCCESS : CCTL_ERROR_NOT_FOUND);
        CHECK(e.flag_set == 0 || clusctl_flag_set_description(e.flag_set) != NULL);
        CHECK(e.flag_set == 0 || e.output == CCTL_BUFFER_DWORD_FLAGS ||
              e.output == CCTL_BUFFER_STRUCT);
        with_set += e.flag_set != 0;
    }
    CHECK_EQ_U(with_set, 14);
    set = 99;
    CHECK_EQ_U(clusctl_flag_set_for_code(0x0A000005u, &set), CCTL_ERROR_NOT_FOUND);
    CHECK_EQ_U(set, 0);
    CHECK_EQ_U(clusctl_flag_set_for_code(0x01000005u, NULL), CCTL_ERROR_INVALID_PARAMETER);
}

static void test_subclass_set(void)
{
    static const struct {
        uint32_t resclass, set;
    } cases[] = {
        {1, CCTL_FLAG_SET_RESSUBCLASS_STORAGE},  {2, CCTL_FLAG_SET_RESSUBCLASS_NETWORK},
        {0, CCTL_FLAG_SET_RESSUBCLASS},          {0x8000u, CCTL_FLAG_SET_RESSUBCLASS},
        {3, CCTL_FLAG_SET_RESSUBCLASS},          {0xFFFFFFFFu, CCTL_FLAG_SET_RESSUBCLASS},
    };
    size_t i;
    uint32_t set;
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        set = 0;
        CHECK_EQ_U(clusctl_subclass_set(cases[i].resclass, &set), CCTL_ERROR_SUCCESS);
        CHECK_EQ_U(set, cases[i].set);
    }
    CHECK_EQ_U(clusctl_subclass_set(1, NULL), CCTL_ERROR_INVALID_PARAMETER);
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: %s PATH/TO/clusprop.csv\n", argv[0]);
        return 2;
    }
    if (!read_constants(argv[1]))
        return 1;
    RUN(test_constants_equal_data_file);
    RUN(test_every_bit);
    RUN(test_flags_next);
    RUN(test_flag_constant_statuses);
    RUN(test_set_names);
    RUN(test_set_for_code);
    RUN(test_subclass_set);
    return harness_finish();
}
