/* Runs a fuzz target's LLVMFuzzerTestOneInput() on files, without libFuzzer:
 * each argument is a file (one input) or a directory (every file in it, in
 * name order, recursively; names starting with '.' are skipped). Arguments
 * starting with '-' (libFuzzer's flags) are ignored. Each input is read into
 * a buffer of exactly its size. A failed check aborts the program; the last
 * "Running:" line on stderr names the input.
 *
 * Prints how many inputs ran and ends with "N passed, M failed" (M counts
 * inputs that could not be read); exits nonzero when M > 0 or nothing ran. */
#if !defined(_WIN32)
#define _POSIX_C_SOURCE 200809L
#define _FILE_OFFSET_BITS 64 /* 32-bit hosts: stat() of files with 64-bit inodes */
#endif

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if defined(_WIN32)
#include <windows.h>
#else
#include <dirent.h>
#include <sys/stat.h>
#endif

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static unsigned long passed;
static unsigned long failed;

/* Reads a whole file into a buffer of exactly its size (one byte for an
 * empty file, which is passed with size 0). */
static int read_file(const char *path, uint8_t **data, size_t *size)
{
    FILE *f = fopen(path, "rb");
    uint8_t *buf = NULL, *grown;
    size_t cap = 0, len = 0, n;
    if (f == NULL)
        return 0;
    for (;;) {
        if (len == cap) {
            cap = cap != 0 ? cap * 2 : 4096;
            grown = (uint8_t *)realloc(buf, cap);
            if (grown == NULL) {
                free(buf);
                fclose(f);
                return 0;
            }
            buf = grown;
        }
        n = fread(buf + len, 1, cap - len, f);
        len += n;
        if (n == 0)
            break;
    }
    if (ferror(f)) {
        free(buf);
        fclose(f);
        return 0;
    }
    fclose(f);
    *data = (uint8_t *)malloc(len != 0 ? len : 1);
    if (*data == NULL) {
        free(buf);
        return 0;
    }
    if (len != 0)
        memcpy(*data, buf, len);
    free(buf);
    *size = len;
    return 1;
}

static void run_file(const char *path)
{
    uint8_t *data;
    size_t size;
    fprintf(stderr, "Running: %s\n", path);
    fflush(stderr);
    if (!read_file(path, &data, &size)) {
        fprintf(stderr, "cannot read %s\n", path);
        failed++;
        return;
    }
    (void)LLVMFuzzerTestOneInput(data, size);
    free(data);
    passed++;
}

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void run_path(const char *path);

/* The entries of a directory being listed. */
typedef struct name_list {
    char **names;
    size_t count, cap;
} name_list;

/* Adds dir/name unless the name starts with '.'; 0 when out of memory. */
static int add_name(name_list *list, const char *dir, const char *name)
{
    char **grown;
    if (name[0] == '.')
        return 1;
    if (list->count == list->cap) {
        size_t cap = list->cap != 0 ? list->cap * 2 : 64;
        grown = (char **)realloc(list->names, cap * sizeof *grown);
        if (grown == NULL)
            return 0;
        list->names = grown;
        list->cap = cap;
    }
    list->names[list->count] = (char *)malloc(strlen(dir) + strlen(name) + 2);
    if (list->names[list->count] == NULL)
        return 0;
    sprintf(list->names[list->count], "%s/%s", dir, name);
    list->count++;
    return 1;
}

/* Lists a directory; 0 when it cannot be read. */
static int list_dir(const char *dir, name_list *list)
{
    int ok = 1;
#if defined(_WIN32)
    WIN32_FIND_DATAA fd;
    HANDLE h;
    char *pattern = (char *)malloc(strlen(dir) + 3);
    if (pattern == NULL)
        return 0;
    sprintf(pattern, "%s\\*", dir);
    h = FindFirstFileA(pattern, &fd);
    free(pattern);
    if (h == INVALID_HANDLE_VALUE)
        return 0;
    do
        ok = add_name(list, dir, fd.cFileName);
    while (ok && FindNextFileA(h, &fd));
    FindClose(h);
#else
    struct dirent *de;
    DIR *d = opendir(dir);
    if (d == NULL)
        return 0;
    while (ok && (de = readdir(d)) != NULL)
        ok = add_name(list, dir, de->d_name);
    closedir(d);
#endif
    return ok;
}

/* Runs every entry of a directory, in name order. */
static void run_dir(const char *dir)
{
    name_list list = {NULL, 0, 0};
    size_t i;
    if (!list_dir(dir, &list)) {
        fprintf(stderr, "cannot read directory %s\n", dir);
        failed++;
    }
    if (list.count > 0)
        qsort(list.names, list.count, sizeof *list.names, compare_names);
    for (i = 0; i < list.count; i++) {
        run_path(list.names[i]);
        free(list.names[i]);
    }
    free(list.names);
}

static int is_dir(const char *path)
{
#if defined(_WIN32)
    DWORD a = GetFileAttributesA(path);
    return a != INVALID_FILE_ATTRIBUTES && (a & FILE_ATTRIBUTE_DIRECTORY) != 0;
#else
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
#endif
}

static void run_path(const char *path)
{
    if (is_dir(path))
        run_dir(path);
    else
        run_file(path);
}

int main(int argc, char **argv)
{
    int i;
    for (i = 1; i < argc; i++) {
        if (argv[i][0] == '-')
            continue;
        run_path(argv[i]);
    }
    printf("ran %lu inputs\n", passed);
    printf("%lu passed, %lu failed\n", passed, failed);
    if (passed == 0)
        fprintf(stderr, "no input ran: give files or directories of inputs\n");
    return passed > 0 && failed == 0 ? 0 : 1;
}
