/* clusctl_bench: every row of issue 14's table against its baseline, in one
 * run (bench/README.md says what each row compares and how to run it).
 *
 *   clusctl_bench [--quick] [--full-sweep] [--rounds N] [--annotate-mb N]
 *                 [--fuzz-seconds N] [--clusctl PATH] [--test-exhaustive PATH]
 *                 [--shared-lib PATH] [--fuzz-name PATH] [--save-log PATH]
 *                 [--only lookups|codec|annotate|system]
 *
 * Prints the table, then one JSON object per row, one per line. A benchmark,
 * not a test: it fails (status 1) only when clusctl and a baseline disagree
 * or a step cannot run, never because something is slow. */
#if !defined(_WIN32) && !defined(_POSIX_C_SOURCE)
#define _POSIX_C_SOURCE 200809L
#endif
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <clusctl/clusctl.h>

#include "bench.h"

#if defined(BENCH_POSIX)
#include <sys/resource.h>
#include <sys/time.h>
#include <unistd.h>
#endif

/* Paths the build knows (bench/CMakeLists.txt); empty when it has none. */
#ifndef BENCH_CLUSCTL
#define BENCH_CLUSCTL ""
#endif
#ifndef BENCH_TEST_EXHAUSTIVE
#define BENCH_TEST_EXHAUSTIVE ""
#endif
#ifndef BENCH_SHARED_LIB
#define BENCH_SHARED_LIB ""
#endif
#ifndef BENCH_FUZZ_NAME
#define BENCH_FUZZ_NAME ""
#endif
#ifndef BENCH_SOURCE_DIR
#define BENCH_SOURCE_DIR ""
#endif
#ifndef BENCH_BUILD_TYPE
#define BENCH_BUILD_TYPE "unknown"
#endif

#if defined(__clang__)
#define BENCH_COMPILER "clang"
#elif defined(__GNUC__)
#define BENCH_COMPILER "gcc"
#else
#define BENCH_COMPILER "cc"
#endif

bench_options bench_opt;

static bench_row rows[BENCH_MAX_ROWS];
static size_t n_rows;

bench_row *bench_add_row(const char *bench, const char *baseline, const char *what)
{
    bench_row *r;
    if (n_rows == BENCH_MAX_ROWS)
        bench_fail("too many rows");
    r = &rows[n_rows++];
    memset(r, 0, sizeof *r);
    r->bench = bench;
    r->baseline = baseline;
    r->what = what;
    r->status = "measured";
    r->unit = "";
    return r;
}

void bench_skip(bench_row *row, const char *status, const char *reason)
{
    row->status = status;
    snprintf(row->reason, sizeof row->reason, "%s", reason);
}

void bench_fail(const char *fmt, ...)
{
    va_list ap;
    fflush(stdout);
    fputs("clusctl_bench: MISMATCH or failure: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    exit(1);
}

/* ---- timing ------------------------------------------------------------- */

double bench_thread_seconds(void)
{
#if defined(BENCH_POSIX) && defined(CLOCK_THREAD_CPUTIME_ID)
    struct timespec t;
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t) == 0)
        return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
#endif
    return (double)clock() / (double)CLOCKS_PER_SEC;
}

const char *bench_clock_name(void)
{
#if defined(BENCH_POSIX) && defined(CLOCK_THREAD_CPUTIME_ID)
    return "thread CPU time (CLOCK_THREAD_CPUTIME_ID)";
#else
    return "clock()";
#endif
}

double bench_wall_seconds(void)
{
#if defined(BENCH_POSIX) && defined(CLOCK_MONOTONIC)
    struct timespec t;
    if (clock_gettime(CLOCK_MONOTONIC, &t) == 0)
        return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
#endif
    return (double)clock() / (double)CLOCKS_PER_SEC;
}

double bench_children_seconds(void)
{
#if defined(BENCH_POSIX)
    struct rusage u;
    if (getrusage(RUSAGE_CHILDREN, &u) == 0)
        return (double)u.ru_utime.tv_sec + (double)u.ru_utime.tv_usec * 1e-6 +
               (double)u.ru_stime.tv_sec + (double)u.ru_stime.tv_usec * 1e-6;
#endif
    return 0.0;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

#define MAX_ROUNDS 101

void bench_compare(const char *name, bench_pass_fn a, bench_pass_fn b, void *ctx,
                   bench_pair *out)
{
    double ta[MAX_ROUNDS], tb[MAX_ROUNDS], ratio[MAX_ROUNDS];
    long reps = 1;
    int rounds = bench_opt.rounds, r;
    uint64_t sa = a(ctx, 1), sb = b(ctx, 1);
    if (sa != sb)
        bench_fail("%s: the checksums of clusctl (0x%llx) and the baseline (0x%llx) differ",
                   name, (unsigned long long)sa, (unsigned long long)sb);
    if (!bench_opt.quick) {
        /* Enough passes for about 2 ms per sample of the slower method. */
        for (;;) {
            double t0 = bench_thread_seconds(), t;
            (void)a(ctx, reps);
            (void)b(ctx, reps);
            t = bench_thread_seconds() - t0;
            if (t >= 0.004 || reps >= (1L << 24))
                break;
            reps *= 2;
        }
    }
    for (r = 0; r < rounds; r++) {
        double t0, t1, t2;
        uint64_t ca, cb;
        if (r % 2 == 0) {
            t0 = bench_thread_seconds();
            ca = a(ctx, reps);
            t1 = bench_thread_seconds();
            cb = b(ctx, reps);
            t2 = bench_thread_seconds();
            ta[r] = (t1 - t0) / (double)reps;
            tb[r] = (t2 - t1) / (double)reps;
        } else {
            t0 = bench_thread_seconds();
            cb = b(ctx, reps);
            t1 = bench_thread_seconds();
            ca = a(ctx, reps);
            t2 = bench_thread_seconds();
            tb[r] = (t1 - t0) / (double)reps;
            ta[r] = (t2 - t1) / (double)reps;
        }
        if (ca != cb)
            bench_fail("%s: checksums differ in round %d", name, r);
        ratio[r] = tb[r] > 0 ? ta[r] / tb[r] : 0.0;
    }
    qsort(ta, (size_t)rounds, sizeof ta[0], cmp_double);
    qsort(tb, (size_t)rounds, sizeof tb[0], cmp_double);
    qsort(ratio, (size_t)rounds, sizeof ratio[0], cmp_double);
    out->a_seconds = ta[rounds / 2];
    out->b_seconds = tb[rounds / 2];
    out->ratio = out->b_seconds > 0 ? out->a_seconds / out->b_seconds : 0.0;
    out->ratio_min = ratio[0];
    out->ratio_max = ratio[rounds - 1];
}

/* ---- helpers ------------------------------------------------------------ */

static unsigned long long rng_state = 0x636C757363746C31ull; /* "clusctl1" */

void bench_rng_seed(unsigned long long seed)
{
    rng_state = seed;
}

uint32_t bench_rng(void)
{
    unsigned long long z = (rng_state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return (uint32_t)((z ^ (z >> 31)) >> 32);
}

size_t bench_rng_below(size_t n)
{
    return (size_t)(bench_rng() % (uint32_t)n);
}

void *bench_xmalloc(size_t size)
{
    void *p = malloc(size != 0 ? size : 1);
    if (p == NULL)
        bench_fail("out of memory");
    return p;
}

static void opaque_impl(const void *p)
{
    (void)p;
}

void (*volatile bench_opaque)(const void *p) = opaque_impl;

/* ---- the report --------------------------------------------------------- */

static int row_met(const bench_row *r)
{
    double x = r->is_ratio ? r->ratio : r->value;
    if (r->strict)
        return r->higher_is_better ? x > r->target : x < r->target;
    return r->higher_is_better ? x >= r->target : x <= r->target;
}

static void json_string(const char *s)
{
    if (s == NULL) {
        fputs("null", stdout);
        return;
    }
    putchar('"');
    for (; *s != '\0'; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            printf("\\%c", c);
        else if (c < 0x20)
            printf("\\u%04x", c);
        else
            putchar(c);
    }
    putchar('"');
}

static void json_number(double x)
{
    printf("%.4g", x);
}

static void print_json(const bench_row *r)
{
    int measured = strcmp(r->status, "measured") == 0;
    fputs("{\"bench\":", stdout);
    json_string(r->bench);
    fputs(",\"baseline\":", stdout);
    json_string(r->baseline);
    fputs(",\"status\":", stdout);
    json_string(r->status);
    if (measured && r->is_ratio) {
        fputs(",\"ratio\":", stdout);
        json_number(r->ratio);
        fputs(",\"ratio_min\":", stdout);
        json_number(r->ratio_min);
        fputs(",\"ratio_max\":", stdout);
        json_number(r->ratio_max);
        fputs(",\"clusctl\":", stdout);
        json_number(r->clusctl);
        fputs(",\"baseline_value\":", stdout);
        json_number(r->base);
        fputs(",\"unit\":", stdout);
        json_string(r->unit);
    } else if (measured) {
        fputs(",\"value\":", stdout);
        json_number(r->value);
        fputs(",\"unit\":", stdout);
        json_string(r->unit);
    } else {
        fputs(",\"ratio\":null", stdout);
    }
    if (r->informational) {
        fputs(",\"target\":null,\"met\":null", stdout);
    } else {
        fputs(",\"target\":", stdout);
        json_number(r->target);
        fputs(",\"better\":", stdout);
        json_string(r->higher_is_better ? "higher" : "lower");
        if (r->strict)
            fputs(",\"strict\":true", stdout);
        fputs(",\"met\":", stdout);
        fputs(!measured || bench_opt.quick ? "null" : row_met(r) ? "true" : "false",
              stdout);
    }
    if (r->reason[0] != '\0') {
        fputs(",\"note\":", stdout);
        json_string(r->reason);
    }
    printf(",\"quick\":%s}\n", bench_opt.quick ? "true" : "false");
}

static void print_table(void)
{
    size_t i;
    printf("\n%-18s %-26s %-30s %-18s %-9s %s\n", "row", "clusctl", "baseline",
           "ratio (range)", "target", "met");
    for (i = 0; i < n_rows; i++) {
        const bench_row *r = &rows[i];
        char c[64], b[64], ratio[64], target[32];
        const char *met;
        if (strcmp(r->status, "measured") != 0) {
            printf("%-18s %s%s%s\n", r->bench, r->status, r->reason[0] ? ": " : "",
                   r->reason);
            continue;
        }
        if (r->is_ratio) {
            snprintf(c, sizeof c, "%.4g %s", r->clusctl, r->unit);
            snprintf(b, sizeof b, "%s %.4g %s", r->baseline, r->base, r->unit);
            snprintf(ratio, sizeof ratio, "%.2fx (%.2f-%.2f)", r->ratio, r->ratio_min,
                     r->ratio_max);
        } else {
            snprintf(c, sizeof c, "%.4g %s", r->value, r->unit);
            snprintf(b, sizeof b, "%s", r->baseline);
            snprintf(ratio, sizeof ratio, "-");
        }
        if (r->informational) {
            snprintf(target, sizeof target, "-");
            met = "(context)";
        } else {
            snprintf(target, sizeof target, "%s %.4g%s",
                     r->higher_is_better ? (r->strict ? ">" : ">=") : (r->strict ? "<" : "<="),
                     r->target, r->is_ratio ? "x" : "");
            met = bench_opt.quick ? "(quick)" : row_met(r) ? "yes" : "NO";
        }
        printf("%-18s %-26s %-30s %-18s %-9s %s\n", r->bench, c, b, ratio, target, met);
        if (r->reason[0] != '\0')
            printf("%-18s   %s\n", "", r->reason);
    }
    putchar('\n');
}

/* ---- main --------------------------------------------------------------- */

static const char *path_or_null(const char *p)
{
    return p != NULL && p[0] != '\0' ? p : NULL;
}

static void usage(const char *argv0)
{
    fprintf(stderr,
            "usage: %s [--quick] [--full-sweep] [--rounds N] [--annotate-mb N]\n"
            "       [--fuzz-seconds N] [--clusctl PATH] [--test-exhaustive PATH]\n"
            "       [--shared-lib PATH] [--fuzz-name PATH] [--save-log PATH]\n"
            "       [--only lookups|codec|annotate|system]\n",
            argv0);
    exit(2);
}

static long number_arg(const char *argv0, const char *text, long lo, long hi)
{
    char *end;
    long v = strtol(text, &end, 10);
    if (*text == '\0' || *end != '\0' || v < lo || v > hi)
        usage(argv0);
    return v;
}

int main(int argc, char **argv)
{
    int i, mb_given = 0;
    const char *only = NULL;
    double start = bench_wall_seconds();
    static char dict_default[1024], corpus_default[1024];
#if defined(BENCH_POSIX)
    static char fuzz_default[1024];
#endif

    bench_opt.rounds = 21;
    bench_opt.annotate_mb = 100;
    bench_opt.fuzz_seconds = 5;
    bench_opt.clusctl = path_or_null(BENCH_CLUSCTL);
    bench_opt.test_exhaustive = path_or_null(BENCH_TEST_EXHAUSTIVE);
    bench_opt.shared_lib = path_or_null(BENCH_SHARED_LIB);
    bench_opt.fuzz_name = path_or_null(BENCH_FUZZ_NAME);
    if (BENCH_SOURCE_DIR[0] != '\0') {
        snprintf(dict_default, sizeof dict_default, "%s/tests/fuzz/fuzz_name.dict",
                 BENCH_SOURCE_DIR);
        snprintf(corpus_default, sizeof corpus_default, "%s/tests/fuzz/corpus/fuzz_name",
                 BENCH_SOURCE_DIR);
        bench_opt.fuzz_dict = dict_default;
        bench_opt.fuzz_corpus = corpus_default;
#if defined(BENCH_POSIX)
        /* The fuzz tier's build of the source tree, when there is one. */
        if (bench_opt.fuzz_name == NULL) {
            snprintf(fuzz_default, sizeof fuzz_default,
                     "%s/build-ci/fuzz/tests/fuzz/fuzz_name", BENCH_SOURCE_DIR);
            if (access(fuzz_default, X_OK) == 0)
                bench_opt.fuzz_name = fuzz_default;
        }
#endif
    }
    for (i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--quick") == 0)
            bench_opt.quick = 1;
        else if (strcmp(a, "--full-sweep") == 0)
            bench_opt.full_sweep = 1;
        else if (i + 1 < argc && strcmp(a, "--rounds") == 0)
            bench_opt.rounds = (int)number_arg(argv[0], argv[++i], 1, MAX_ROUNDS);
        else if (i + 1 < argc && strcmp(a, "--annotate-mb") == 0)
        {
            bench_opt.annotate_mb = (unsigned long)number_arg(argv[0], argv[++i], 1, 100000);
            mb_given = 1;
        }
        else if (i + 1 < argc && strcmp(a, "--fuzz-seconds") == 0)
            bench_opt.fuzz_seconds = (int)number_arg(argv[0], argv[++i], 1, 3600);
        else if (i + 1 < argc && strcmp(a, "--clusctl") == 0)
            bench_opt.clusctl = path_or_null(argv[++i]);
        else if (i + 1 < argc && strcmp(a, "--test-exhaustive") == 0)
            bench_opt.test_exhaustive = path_or_null(argv[++i]);
        else if (i + 1 < argc && strcmp(a, "--shared-lib") == 0)
            bench_opt.shared_lib = path_or_null(argv[++i]);
        else if (i + 1 < argc && strcmp(a, "--fuzz-name") == 0)
            bench_opt.fuzz_name = path_or_null(argv[++i]);
        else if (i + 1 < argc && strcmp(a, "--only") == 0)
            only = argv[++i];
        else if (i + 1 < argc && strcmp(a, "--save-log") == 0)
            bench_opt.save_log = path_or_null(argv[++i]);
        else
            usage(argv[0]);
    }
    if (bench_opt.quick) {
        bench_opt.rounds = 1;
        if (!mb_given)
            bench_opt.annotate_mb = 1;
    }

    printf("clusctl %s benchmark, %s build", clusctl_version_string(), BENCH_BUILD_TYPE);
#if defined(__VERSION__)
    printf(" (" BENCH_COMPILER " %s)", __VERSION__);
#endif
    printf(": %d queries per pass (%.0f%% hits), %d interleaved rounds, medians; %s%s\n",
           BENCH_QUERIES, 100.0 * BENCH_HITS / BENCH_QUERIES, bench_opt.rounds,
           bench_clock_name(),
           bench_opt.quick ? "; --quick: a smoke run, the figures mean nothing" : "");
    fflush(stdout);

    if (only != NULL && strcmp(only, "lookups") != 0 && strcmp(only, "codec") != 0 &&
        strcmp(only, "annotate") != 0 && strcmp(only, "system") != 0)
        usage(argv[0]);
    /* Each group from its own seed: the same data whichever groups run. */
    if (only == NULL || strcmp(only, "lookups") == 0) {
        bench_rng_seed(0x636C757363746C31ull);
        bench_lookups();
    }
    if (only == NULL || strcmp(only, "codec") == 0) {
        bench_rng_seed(0x636C757363746C32ull);
        bench_codec();
    }
    if (only == NULL || strcmp(only, "annotate") == 0) {
        bench_rng_seed(0x636C757363746C33ull);
        bench_annotate();
    }
    if (only == NULL || strcmp(only, "system") == 0)
        bench_system();

    print_table();
    for (i = 0; i < (int)n_rows; i++)
        print_json(&rows[i]);
    fflush(stdout);
    fprintf(stderr, "clusctl_bench: every method agreed with its baseline; %.1f s\n",
            bench_wall_seconds() - start);
    return 0;
}
