/* A minimal test harness: CHECK macros and a closing "N passed, N failed"
 * line. Each test program includes it once. */
#ifndef CCTL_TEST_HARNESS_H_
#define CCTL_TEST_HARNESS_H_

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

static unsigned long harness_passed;
static unsigned long harness_failed;
static const char *harness_test = "";

static int harness_check(int ok, const char *expr, const char *file, int line)
{
    if (ok) {
        harness_passed++;
    } else {
        harness_failed++;
        fprintf(stderr, "%s:%d: %s: check failed: %s\n", file, line,
                harness_test, expr);
    }
    return ok;
}

/* A condition that must hold. */
#define CHECK(cond) harness_check(!!(cond), #cond, __FILE__, __LINE__)

/* Two unsigned integers that must be equal; prints both when not. */
#define CHECK_EQ_U(actual, expected)                                           \
    do {                                                                       \
        uintmax_t a_ = (uintmax_t)(actual), e_ = (uintmax_t)(expected);        \
        if (!harness_check(a_ == e_, #actual " == " #expected, __FILE__,       \
                           __LINE__))                                          \
            fprintf(stderr, "    got 0x%jX (%ju), expected 0x%jX (%ju)\n", a_,  \
                    a_, e_, e_);                                               \
    } while (0)

/* Two strings (either may be NULL) that must be equal. */
#define CHECK_STR(actual, expected)                                            \
    do {                                                                       \
        const char *a_ = (actual), *e_ = (expected);                           \
        int ok_ = (a_ == NULL || e_ == NULL) ? a_ == e_ : strcmp(a_, e_) == 0; \
        if (!harness_check(ok_, #actual " == " #expected, __FILE__, __LINE__)) \
            fprintf(stderr, "    got \"%s\"\n    expected \"%s\"\n",          \
                    a_ ? a_ : "(null)", e_ ? e_ : "(null)");                   \
    } while (0)

/* Runs one test function, named for messages. */
#define RUN(fn)                                                                \
    do {                                                                       \
        harness_test = #fn;                                                    \
        fn();                                                                  \
    } while (0)

/* Prints the closing line and gives the exit status. */
static int harness_finish(void)
{
    printf("%lu passed, %lu failed\n", harness_passed, harness_failed);
    return harness_failed == 0 ? 0 : 1;
}

#endif /* CCTL_TEST_HARNESS_H_ */
