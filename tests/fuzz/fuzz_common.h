/* What the fuzz targets share: the entry point's prototype, checks that
 * abort with a message (and the input, in hex) on stderr, and small helpers
 * that do not call the library. Each target includes it once. */
#ifndef CCTL_FUZZ_COMMON_H_
#define CCTL_FUZZ_COMMON_H_

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The libFuzzer entry point; regression_driver.c calls it too. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The input being run, shown when a check fails. */
static const uint8_t *fuzz_input;
static size_t fuzz_input_size;

/* Call first in LLVMFuzzerTestOneInput. */
#define FUZZ_BEGIN(data, size)                                                 \
    do {                                                                       \
        fuzz_input = (data);                                                   \
        fuzz_input_size = (size);                                              \
    } while (0)

#if defined(__GNUC__)
#define FUZZ_NORETURN_ __attribute__((noreturn))
#else
#define FUZZ_NORETURN_
#endif

/* Prints the failed check and the input (its first 512 bytes), then aborts,
 * which libFuzzer reports as a crash and saves the input. */
static inline FUZZ_NORETURN_ void fuzz_fail(const char *file, int line,
                                            const char *expr)
{
    size_t i, n = fuzz_input_size < 512 ? fuzz_input_size : 512;
    fprintf(stderr, "%s:%d: fuzz check failed: %s\n", file, line, expr);
    fprintf(stderr, "input (%lu bytes):", (unsigned long)fuzz_input_size);
    for (i = 0; i < n; i++)
        fprintf(stderr, "%s%02x", i % 32 == 0 ? "\n  " : " ",
                (unsigned)fuzz_input[i]);
    fprintf(stderr, "%s\n", n < fuzz_input_size ? "\n  ..." : "");
    fflush(stderr);
    abort();
}

/* A property that must hold. */
#define FUZZ_CHECK(cond)                                                       \
    do {                                                                       \
        if (!(cond))                                                           \
            fuzz_fail(__FILE__, __LINE__, #cond);                              \
    } while (0)

/* The same, printing a formatted explanation first (printf arguments). */
#define FUZZ_CHECKF(cond, ...)                                                 \
    do {                                                                       \
        if (!(cond)) {                                                         \
            fprintf(stderr, __VA_ARGS__);                                      \
            fputc('\n', stderr);                                               \
            fuzz_fail(__FILE__, __LINE__, #cond);                              \
        }                                                                      \
    } while (0)

/* A copy of data[0..size-1] in a buffer of exactly `size` bytes, so that
 * AddressSanitizer sees any read past the end. For size 0 the buffer has
 * one byte (malloc(0) may give NULL) that nothing may read. Never NULL. */
static inline uint8_t *fuzz_copy(const uint8_t *data, size_t size)
{
    uint8_t *p = (uint8_t *)malloc(size != 0 ? size : 1);
    if (p == NULL) {
        fputs("fuzz: out of memory\n", stderr);
        abort();
    }
    if (size != 0)
        memcpy(p, data, size);
    return p;
}

/* data[0..size-1] and a NUL, in a buffer of exactly size + 1 bytes. The
 * string ends at the first NUL byte of the data, if any. */
static inline char *fuzz_cstring(const uint8_t *data, size_t size)
{
    char *p = (char *)malloc(size + 1);
    if (p == NULL) {
        fputs("fuzz: out of memory\n", stderr);
        abort();
    }
    if (size != 0)
        memcpy(p, data, size);
    p[size] = '\0';
    return p;
}

/* ASCII upper case of one byte; other bytes are left alone. */
static inline unsigned char fuzz_upper(unsigned char c)
{
    return (c >= 'a' && c <= 'z') ? (unsigned char)(c - 'a' + 'A') : c;
}

/* Whether two NUL-terminated strings are equal ignoring ASCII case. */
static inline int fuzz_equal_nocase(const char *a, const char *b)
{
    const unsigned char *x = (const unsigned char *)a;
    const unsigned char *y = (const unsigned char *)b;
    for (; *x != '\0' && *y != '\0'; x++, y++)
        if (fuzz_upper(*x) != fuzz_upper(*y))
            return 0;
    return *x == '\0' && *y == '\0';
}

/* Little-endian 32 bits at p. */
static inline uint32_t fuzz_le32(const uint8_t *p)
{
    return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) |
           ((uint32_t)p[3] << 24);
}

#endif /* CCTL_FUZZ_COMMON_H_ */
