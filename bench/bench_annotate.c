/* `clusctl annotate` into a pipe against `cat` into a pipe, on the same
 * generated cluster log (about bench_opt.annotate_mb megabytes, 10^6 bytes
 * each), interleaved rounds, in one run.
 *
 * The log has the shape of Get-ClusterLog's ("PID.TID::DATE-TIME LEVEL
 * [COMPONENT] text", CR LF): most lines without a number in hex, and lines
 * with control codes in several spellings (0x01600008, 0x1600008,
 * 0X01600008, lower-case digits, inside CLUSCTL_...(0x...)), HRESULTs
 * (0x8007139F), 64-bit pointers (0x000001D2C3A4B5C0: too long to be codes),
 * small statuses and counts (0x0, 0x9: bare operations, not named by
 * default), GUIDs and unknown values. While it writes the log, the
 * generator works out what annotate must print (each hex token followed by
 * " [NAME]" when clusctl_catalog_preferred() names a full control code),
 * and the run checks annotate's output against that, byte for byte (a hash
 * and the length), before timing.
 *
 * Each timed run starts the program with its standard output a pipe that
 * this process reads (1 MiB reads) and throws away; its time is the wall
 * time from fork() to the end of waitpid(), the row's ratio is annotate's
 * throughput over cat's (cat's median time / annotate's median time). The
 * children's CPU time (getrusage) is in the row's note. POSIX only. */
#if !defined(_POSIX_C_SOURCE)
#define _POSIX_C_SOURCE 200809L
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <clusctl/clusctl.h>

#include "bench.h"

#if defined(BENCH_POSIX)
#include <errno.h>
#include <fcntl.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

/* ---- the generator ------------------------------------------------------ */

#define FNV_OFFSET 0xcbf29ce484222325ull
#define FNV_PRIME 0x100000001b3ull

typedef struct gen {
    FILE *f;
    uint64_t in_len, exp_len, exp_hash;
    unsigned long lines, hex_tokens, named;
} gen;

static uint64_t fnv(uint64_t h, const char *s, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * FNV_PRIME;
    return h;
}

static void text(gen *g, const char *s)
{
    size_t n = strlen(s);
    if (fwrite(s, 1, n, g->f) != n)
        bench_fail("cannot write the generated log");
    g->in_len += n;
    g->exp_len += n;
    g->exp_hash = fnv(g->exp_hash, s, n);
}

/* A hex token ("0x..." or "0X..."), which the text around it never joins to
 * an identifier: in the log, and what annotate adds after it. */
static void hex(gen *g, const char *token)
{
    size_t digits = strlen(token) - 2;
    text(g, token);
    g->hex_tokens++;
    if (digits >= 1 && digits <= 8) {
        uint32_t v = (uint32_t)strtoul(token + 2, NULL, 16);
        clusctl_entry e;
        if (clusctl_catalog_get(clusctl_catalog_preferred(v, NULL), &e) == CCTL_ERROR_SUCCESS &&
            e.kind != CCTL_KIND_OPERATION) {
            size_t n = strlen(e.name);
            g->exp_hash = fnv(g->exp_hash, " [", 2);
            g->exp_hash = fnv(g->exp_hash, e.name, n);
            g->exp_hash = fnv(g->exp_hash, "]", 1);
            g->exp_len += n + 3;
            g->named++;
        }
    }
}

static const char *pick(const char *const *list, size_t n)
{
    return list[bench_rng_below(n)];
}
#define PICK(list) pick(list, sizeof list / sizeof list[0])

/* A catalog value (or, one time in eight, a value it does not hold) in one
 * of the spellings logs use. */
static void code_token(gen *g)
{
    char tok[24];
    uint32_t v;
    if (bench_rng_below(8) == 0) {
        v = 0x01000000u | (bench_rng() & 0x00FFFFFFu);
    } else {
        clusctl_entry e;
        v = clusctl_catalog_get(bench_rng_below(clusctl_catalog_size()), &e) ==
                    CCTL_ERROR_SUCCESS
                ? e.value
                : 0;
    }
    switch (bench_rng_below(5)) {
    case 0:
        sprintf(tok, "0x%08lX", (unsigned long)v);
        break;
    case 1:
        sprintf(tok, "0x%lX", (unsigned long)v);
        break;
    case 2:
        sprintf(tok, "0X%08lX", (unsigned long)v);
        break;
    case 3:
        sprintf(tok, "0x%08lx", (unsigned long)v);
        break;
    default:
        sprintf(tok, "0x%lx", (unsigned long)v);
        break;
    }
    hex(g, tok);
}

static void hresult_token(gen *g)
{
    static const unsigned long hr[] = {0x80070005ul, 0x8007139Ful, 0x80071397ul,
                                       0x8007048Ful, 0x80004005ul, 0x800713C5ul};
    char tok[24];
    sprintf(tok, bench_rng_below(2) ? "0x%08lX" : "0x%08lx", hr[bench_rng_below(6)]);
    hex(g, tok);
}

static void pointer_token(gen *g)
{
    char tok[32];
    sprintf(tok, bench_rng_below(2) ? "0x%08lX%08lX" : "0x%04lx%08lx",
            (unsigned long)(0x1D2u + (bench_rng() & 0xFFu)), (unsigned long)bench_rng());
    hex(g, tok);
}

static void small_token(gen *g)
{
    char tok[16];
    sprintf(tok, "0x%lx", (unsigned long)bench_rng_below(24));
    hex(g, tok);
}

static void guid(gen *g)
{
    char s[48];
    sprintf(s, "{%08lx-%04lx-%04lx-%04lx-%04lx%08lx}", (unsigned long)bench_rng(),
            (unsigned long)(bench_rng() & 0xFFFF), (unsigned long)(bench_rng() & 0xFFFF),
            (unsigned long)(bench_rng() & 0xFFFF), (unsigned long)(bench_rng() & 0xFFFF),
            (unsigned long)bench_rng());
    text(g, s);
}

static void line(gen *g, unsigned long *t)
{
    static const char *const level[] = {"INFO ", "INFO ", "INFO ", "WARN ", "ERR  ", "DBG  "};
    static const char *const comp[] = {"RCM", "RES", "RHS", "NM", "GUM", "DM",
                                       "API", "CS", "QUORUM", "GEM"};
    static const char *const plain[] = {
        "Received request from client address 10.0.0.%lu.",
        "Node %lu is up and joining the cluster.",
        "Lock acquired, sequence number %lu, waiters 0",
        "Ticks since last heartbeat %lu, threshold 5000",
        "Resource IP Address 10.0.0.%lu went into state Online.",
        "[GUM] Node 2: Processing RequestLock 2:%lu",
        "Signaled NetworkStateChanged event for network Cluster Network %lu",
        "Group Cluster Group state change requested, current sequence %lu"};
    char s[160];
    unsigned long k = 1 + bench_rng_below(250);
    unsigned kind = (unsigned)bench_rng_below(100);
    *t += 1 + bench_rng_below(40);
    sprintf(s, "%08lx.%08lx::2026/11/21-%02lu:%02lu:%02lu.%03lu %s [%s] ",
            (unsigned long)(1000 + bench_rng_below(8000)),
            (unsigned long)(1000 + bench_rng_below(60000)), 10 + (*t / 3600000) % 14,
            (*t / 60000) % 60, (*t / 1000) % 60, *t % 1000, PICK(level), PICK(comp));
    text(g, s);
    if (kind < 45) {
        sprintf(s, PICK(plain), k);
        text(g, s);
    } else if (kind < 57) {
        text(g, "rcm::RcmApi::ResourceControl: (5023)' because of 'ResourceControl(");
        code_token(g);
        text(g, ") failed'");
    } else if (kind < 65) {
        sprintf(s, "Virtual Machine <VM%lu>: Control ", k);
        text(g, s);
        code_token(g);
        text(g, " returned ");
        hresult_token(g);
    } else if (kind < 73) {
        sprintf(s, "Physical Disk <Cluster Disk %lu>: OnlineThread: Error ", k);
        text(g, s);
        hresult_token(g);
        text(g, " (hr=");
        hresult_token(g);
        text(g, "), retrying.");
    } else if (kind < 81) {
        text(g, "Resource handle ");
        pointer_token(g);
        text(g, ", context ");
        pointer_token(g);
        text(g, ", status ");
        small_token(g);
    } else if (kind < 89) {
        sprintf(s, "Node %lu: group ", k % 8);
        text(g, s);
        guid(g);
        text(g, " resource ");
        guid(g);
        text(g, " moved to state 2");
    } else if (kind < 95) {
        text(g, "HandleResourceControl: control ");
        code_token(g);
        text(g, " flags ");
        small_token(g);
        text(g, " count ");
        small_token(g);
        sprintf(s, ", buffer size %lu", k * 8);
        text(g, s);
    } else {
        text(g, "rcm::RcmResControl::DoResourceControl: CLUSCTL_RESOURCE_GET_FLAGS(");
        code_token(g);
        text(g, "), then (");
        code_token(g);
        text(g, "), sent to RHS");
    }
    text(g, "\r\n");
    g->lines++;
}

static char log_path[4096];

static void remove_log(void)
{
    if (log_path[0] != '\0')
        unlink(log_path);
}

/* ---- running a program into a pipe -------------------------------------- */

typedef struct run_result {
    double wall, cpu;
    uint64_t len, hash;
} run_result;

static char pipe_buf[1 << 20];

/* Runs argv with its standard output a pipe that is read to its end; 0, or
 * -1 when it cannot be started or does not exit with status 0. */
static int run_into_pipe(char *const argv[], int hash, run_result *r)
{
    int p[2], status;
    pid_t pid;
    double c0 = bench_children_seconds(), t0;
    r->len = 0;
    r->hash = FNV_OFFSET;
    if (pipe(p) != 0)
        return -1;
    t0 = bench_wall_seconds();
    pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        int null = open("/dev/null", O_RDONLY);
        if (null >= 0)
            dup2(null, 0);
        dup2(p[1], 1);
        close(p[0]);
        close(p[1]);
        execvp(argv[0], argv);
        _exit(127);
    }
    close(p[1]);
    for (;;) {
        ssize_t n = read(p[0], pipe_buf, sizeof pipe_buf);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        r->len += (uint64_t)n;
        if (hash)
            r->hash = fnv(r->hash, pipe_buf, (size_t)n);
    }
    close(p[0]);
    while (waitpid(pid, &status, 0) < 0)
        if (errno != EINTR)
            return -1;
    r->wall = bench_wall_seconds() - t0;
    r->cpu = bench_children_seconds() - c0;
    return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : -1;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

#define ANNOTATE_ROUNDS 7

void bench_annotate(void)
{
    bench_row *r = bench_add_row("annotate", "cat",
                                 "clusctl annotate into a pipe vs cat, same log");
    gen g;
    int fd, rounds = bench_opt.quick ? 1 : ANNOTATE_ROUNDS, i;
    const char *tmp = getenv("TMPDIR");
    unsigned long t = 0;
    uint64_t target_bytes = (uint64_t)bench_opt.annotate_mb * 1000000u;
    double tc[ANNOTATE_ROUNDS], ta[ANNOTATE_ROUNDS], cc = 0, ca = 0, mb;
    run_result res;
    char *cat_argv[3], *ann_argv[4];

    r->higher_is_better = 1;
    r->target = 0.5;
    if (bench_opt.clusctl == NULL) {
        bench_skip(r, "skipped", "no clusctl tool in this build (or --clusctl PATH)");
        return;
    }
    if (bench_opt.save_log != NULL) {
        snprintf(log_path, sizeof log_path, "%s", bench_opt.save_log);
        fd = open(log_path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (fd < 0)
            bench_fail("cannot create %s", log_path);
    } else {
        snprintf(log_path, sizeof log_path, "%s/clusctl-bench-log.XXXXXX",
                 tmp != NULL && tmp[0] != '\0' ? tmp : "/tmp");
        fd = mkstemp(log_path);
        if (fd < 0) {
            log_path[0] = '\0';
            bench_fail("cannot create a temporary file for the log");
        }
        atexit(remove_log);
    }
    memset(&g, 0, sizeof g);
    g.exp_hash = FNV_OFFSET;
    g.f = fdopen(fd, "wb");
    if (g.f == NULL)
        bench_fail("cannot open the temporary log");
    while (g.in_len < target_bytes)
        line(&g, &t);
    if (fclose(g.f) != 0)
        bench_fail("cannot write the generated log");

    cat_argv[0] = (char *)"cat";
    cat_argv[1] = log_path;
    cat_argv[2] = NULL;
    ann_argv[0] = (char *)bench_opt.clusctl;
    ann_argv[1] = (char *)"annotate";
    ann_argv[2] = log_path;
    ann_argv[3] = NULL;

    /* Byte for byte what the generator expects (this also warms the page
     * cache), and cat gives the log back. */
    if (run_into_pipe(ann_argv, 1, &res) != 0)
        bench_fail("%s annotate %s did not run or failed", bench_opt.clusctl, log_path);
    if (res.len != g.exp_len || res.hash != g.exp_hash)
        bench_fail("annotate's output (%llu bytes) is not the expected one (%llu bytes)",
                   (unsigned long long)res.len, (unsigned long long)g.exp_len);
    if (run_into_pipe(cat_argv, 0, &res) != 0 || res.len != g.in_len)
        bench_fail("cat %s did not give the log back", log_path);

    for (i = 0; i < rounds; i++) {
        int k;
        for (k = 0; k < 2; k++) {
            int ann = (i + k) % 2 == 0;
            if (run_into_pipe(ann ? ann_argv : cat_argv, 0, &res) != 0 ||
                res.len != (ann ? g.exp_len : g.in_len))
                bench_fail("a timed run of %s failed", ann ? "annotate" : "cat");
            if (ann) {
                ta[i] = res.wall;
                ca += res.cpu;
            } else {
                tc[i] = res.wall;
                cc += res.cpu;
            }
        }
    }
    qsort(ta, (size_t)rounds, sizeof ta[0], cmp_double);
    qsort(tc, (size_t)rounds, sizeof tc[0], cmp_double);
    mb = (double)g.in_len / 1e6;
    r->is_ratio = 1;
    r->unit = "MB/s";
    r->clusctl = mb / ta[rounds / 2];
    r->base = mb / tc[rounds / 2];
    r->ratio = tc[rounds / 2] / ta[rounds / 2];
    r->ratio_min = tc[0] / ta[rounds - 1];
    r->ratio_max = tc[rounds - 1] / ta[0];
    snprintf(r->reason, sizeof r->reason,
             "%.0f MB, %lu lines, %lu hex tokens, %lu named; wall time, median of %d; "
             "CPU per run: annotate %.3f s, cat %.3f s",
             mb, g.lines, g.hex_tokens, g.named, rounds, ca / rounds, cc / rounds);
    if (bench_opt.save_log == NULL)
        remove_log();
    log_path[0] = '\0';
}

#else /* !BENCH_POSIX */

void bench_annotate(void)
{
    bench_row *r = bench_add_row("annotate", "cat",
                                 "clusctl annotate into a pipe vs cat, same log");
    r->higher_is_better = 1;
    r->target = 0.5;
    bench_skip(r, "skipped", "needs POSIX (fork, pipes)");
}

#endif
