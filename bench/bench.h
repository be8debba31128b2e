/* What the files of the benchmark share: timing, a fixed-seed PRNG, the
 * optimization barrier, and the rows it reports (bench/README.md). */
#ifndef CCTL_BENCH_H_
#define CCTL_BENCH_H_

#include <stddef.h>
#include <stdint.h>

#if defined(__unix__) || defined(__APPLE__)
#define BENCH_POSIX 1 /* fork, pipes, thread CPU time */
#endif

/* ---- options ------------------------------------------------------------ */

typedef struct bench_options {
    int quick;                /* --quick: tiny counts, nothing timed means anything */
    int rounds;               /* rounds of the interleaved comparisons */
    int full_sweep;           /* --full-sweep: all 2^32 values, not a sample */
    unsigned long annotate_mb; /* size of the generated log */
    int fuzz_seconds;
    const char *clusctl;      /* the tool, or NULL */
    const char *test_exhaustive;
    const char *shared_lib;
    const char *fuzz_name;
    const char *fuzz_dict;
    const char *fuzz_corpus;
    const char *save_log;     /* --save-log PATH: the annotate log, kept */
} bench_options;

extern bench_options bench_opt;

/* ---- rows --------------------------------------------------------------- */

/* One row of the table. A ratio row compares clusctl with a baseline
 * measured in the same run; a value row states one figure (seconds, a
 * count, executions per second) against its target. */
typedef struct bench_row {
    const char *bench;    /* "find_value" */
    const char *baseline; /* "bsearch" */
    const char *what;     /* what the row compares, for the table */
    const char *status;   /* "measured" or "skipped" */
    char reason[160];     /* why skipped; a note */
    int is_ratio;
    double ratio, ratio_min, ratio_max; /* ratio rows */
    double clusctl, base;               /* the two figures of a ratio row */
    const char *unit;                   /* of clusctl and base, or of value */
    double value;                       /* value rows */
    double target;
    int higher_is_better;
    int strict;        /* met only strictly below (or above) the target */
    int informational; /* no target: shown for context */
} bench_row;

/* A new row in the report (at most BENCH_MAX_ROWS). */
#define BENCH_MAX_ROWS 24
bench_row *bench_add_row(const char *bench, const char *baseline, const char *what);
void bench_skip(bench_row *row, const char *status, const char *reason);

/* Stops the run: a method disagreed with its baseline, or a step failed. */
void bench_fail(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2), noreturn))
#endif
    ;

/* ---- timing ------------------------------------------------------------- */

/* CPU time of the calling thread, in seconds (clock() where there is no
 * thread clock). */
double bench_thread_seconds(void);
/* Wall time, seconds, for the runs of other programs (POSIX only). */
double bench_wall_seconds(void);
/* CPU time (user and system) of the waited-for child processes so far,
 * seconds (POSIX only: 0 elsewhere). */
double bench_children_seconds(void);
const char *bench_clock_name(void);

/* Two methods compared over `rounds` interleaved rounds: each round times
 * `reps` passes of each (their order alternating), and the result is the
 * median time per pass of each and the ratio of the medians (a / b), with
 * the smallest and largest ratio of one round. fn(ctx, reps) returns a
 * checksum that must be the same for both (else bench_fail). */
typedef uint64_t (*bench_pass_fn)(void *ctx, long reps);
typedef struct bench_pair {
    double a_seconds, b_seconds; /* median, per pass */
    double ratio, ratio_min, ratio_max;
} bench_pair;
void bench_compare(const char *name, bench_pass_fn a, bench_pass_fn b, void *ctx,
                   bench_pair *out);

/* ---- helpers ------------------------------------------------------------ */

uint32_t bench_rng(void);           /* fixed seed: the same queries every run */
void bench_rng_seed(unsigned long long seed); /* each group starts from its own */
size_t bench_rng_below(size_t n);   /* 0 to n - 1 */
void *bench_xmalloc(size_t size);

/* Called through a volatile pointer: the compiler cannot see what it does
 * with `p`, so whatever `p` points to is read again after it. */
extern void (*volatile bench_opaque)(const void *p);

/* The number of lookup queries of a row, and how many of them hit. */
#define BENCH_QUERIES 4096
#define BENCH_HITS (BENCH_QUERIES * 4 / 5)

/* The rows, one function per file. */
void bench_lookups(void);  /* bench_lookup.c: find_value, find_name, nocase */
void bench_codec(void);    /* bench_codec.c: decode, encode */
void bench_annotate(void); /* bench_annotate.c */
void bench_system(void);   /* bench_system.c: sweep, relocations, fuzz_name */

#endif /* CCTL_BENCH_H_ */
