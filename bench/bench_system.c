/* The rows that measure whole programs or files:
 *   sweep        test_exhaustive's CPU time (user + system, getrusage) for
 *                the 2^32 decode + re-encode round trips: by default every
 *                16th value, scaled to 2^32; --full-sweep runs all of them
 *   relocations  the dynamic relocations of libclusctl.so (its SHT_RELA,
 *                SHT_REL and SHT_RELR sections, what `readelf -r` lists),
 *                read from the ELF file itself
 *   fuzz_name    libFuzzer's executions per second of the fuzz build's
 *                fuzz_name over its seed corpus and dictionary, for
 *                bench_opt.fuzz_seconds; skipped without a fuzz build */
#if !defined(_WIN32) && !defined(_POSIX_C_SOURCE)
#define _POSIX_C_SOURCE 200809L
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench.h"

#if defined(BENCH_POSIX)
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

/* Runs argv, its output to `out_fd` (or /dev/null when -1); its exit
 * status, -1 when it cannot run. *cpu: its CPU time. */
static int run(char *const argv[], int out_fd, double *cpu)
{
    int status;
    double c0 = bench_children_seconds();
    pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        int null = open("/dev/null", O_RDWR);
        if (null >= 0) {
            dup2(null, 0);
            if (out_fd < 0) {
                dup2(null, 1);
                dup2(null, 2);
            }
        }
        if (out_fd >= 0) {
            dup2(out_fd, 1);
            dup2(out_fd, 2);
        }
        execvp(argv[0], argv);
        _exit(127);
    }
    while (waitpid(pid, &status, 0) < 0)
        if (errno != EINTR)
            return -1;
    *cpu = bench_children_seconds() - c0;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

static void sweep_row(void)
{
    bench_row *r = bench_add_row("sweep", "target",
                                 "test_exhaustive: 2^32 decode+encode, CPU s");
    char step_text[16];
    char *argv[3];
    unsigned long step = bench_opt.full_sweep ? 1 : bench_opt.quick ? 65537 : 16;
    double cpu = 0, visited = ((double)4294967296.0 + (double)step - 1) / (double)step;
    r->target = 10;
    r->unit = "s";
    if (bench_opt.test_exhaustive == NULL) {
        bench_skip(r, "skipped", "no test_exhaustive in this build (or --test-exhaustive PATH)");
        return;
    }
    sprintf(step_text, "%lu", step);
    argv[0] = (char *)bench_opt.test_exhaustive;
    argv[1] = step_text;
    argv[2] = NULL;
    if (run(argv, -1, &cpu) != 0)
        bench_fail("%s %s failed", bench_opt.test_exhaustive, step_text);
    visited = (double)(unsigned long)visited; /* whole values */
    r->value = cpu * 4294967296.0 / visited;
    if (step == 1)
        snprintf(r->reason, sizeof r->reason, "every value: %.2f s CPU", cpu);
    else
        snprintf(r->reason, sizeof r->reason,
                 "every %luth value: %.3f s CPU, scaled to 2^32 (--full-sweep: all)", step,
                 cpu);
}

/* ---- fuzz_name ---------------------------------------------------------- */

static void remove_tree(const char *dir)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    char path[4096 + 512];
    if (d != NULL) {
        while ((e = readdir(d)) != NULL) {
            if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
                continue;
            snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
            unlink(path);
        }
        closedir(d);
    }
    rmdir(dir);
}

static void fuzz_row(void)
{
    bench_row *r = bench_add_row("fuzz_name", "target", "fuzz_name executions per second");
    char dir[4096], log[4096 + 8], max_time[32], dict[4200];
    char *argv[8];
    const char *tmp = getenv("TMPDIR");
    int fd, argc = 0, status;
    double cpu = 0, execs = -1;
    FILE *f;
    char lbuf[512];
    r->higher_is_better = 1;
    r->target = 5000;
    r->unit = "exec/s";
    if (bench_opt.fuzz_name == NULL || access(bench_opt.fuzz_name, X_OK) != 0) {
        bench_skip(r, "skipped",
                   "no fuzz build (cmake --preset fuzz; or --fuzz-name PATH)");
        return;
    }
    if (bench_opt.quick) {
        bench_skip(r, "skipped", "not in --quick");
        return;
    }
    snprintf(dir, sizeof dir, "%s/clusctl-bench-fuzz.XXXXXX",
             tmp != NULL && tmp[0] != '\0' ? tmp : "/tmp");
    if (mkdtemp(dir) == NULL)
        bench_fail("cannot create a temporary directory");
    snprintf(log, sizeof log, "%s.log", dir);
    fd = open(log, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0)
        bench_fail("cannot create %s", log);
    snprintf(max_time, sizeof max_time, "-max_total_time=%d", bench_opt.fuzz_seconds);
    argv[argc++] = (char *)bench_opt.fuzz_name;
    argv[argc++] = max_time;
    argv[argc++] = (char *)"-print_final_stats=1";
    argv[argc++] = (char *)"-seed=1";
    if (bench_opt.fuzz_dict != NULL && access(bench_opt.fuzz_dict, R_OK) == 0) {
        snprintf(dict, sizeof dict, "-dict=%s", bench_opt.fuzz_dict);
        argv[argc++] = dict;
    }
    argv[argc++] = dir; /* new inputs go here, the seed corpus is not changed */
    if (bench_opt.fuzz_corpus != NULL && access(bench_opt.fuzz_corpus, R_OK) == 0)
        argv[argc++] = (char *)bench_opt.fuzz_corpus;
    argv[argc] = NULL;
    status = run(argv, fd, &cpu);
    close(fd);
    f = fopen(log, "r");
    while (f != NULL && fgets(lbuf, sizeof lbuf, f) != NULL) {
        const char *p = strstr(lbuf, "stat::average_exec_per_sec:");
        if (p != NULL)
            execs = strtod(p + strlen("stat::average_exec_per_sec:"), NULL);
    }
    if (f != NULL)
        fclose(f);
    unlink(log);
    remove_tree(dir);
    if (status != 0 || execs < 0)
        bench_fail("%s did not run cleanly (status %d)", bench_opt.fuzz_name, status);
    r->value = execs;
    snprintf(r->reason, sizeof r->reason, "%s, %d s from the seed corpus",
             bench_opt.fuzz_name, bench_opt.fuzz_seconds);
}
#endif /* BENCH_POSIX */

/* ---- relocations -------------------------------------------------------- */

static uint64_t get(const unsigned char *p, size_t n, int big)
{
    uint64_t v = 0;
    size_t i;
    for (i = 0; i < n; i++)
        v |= (uint64_t)p[big ? n - 1 - i : i] << (8 * i);
    return v;
}

#define SHT_RELA_ 4
#define SHT_REL_ 9
#define SHT_RELR_ 19
#define SHF_ALLOC_ 2

static void relocation_row(void)
{
    bench_row *r = bench_add_row("relocations", "target",
                                 "dynamic relocations of libclusctl.so");
    FILE *f;
    unsigned char *img;
    long size;
    int is64, big;
    uint64_t shoff, shentsize, shnum, i, total = 0, relr = 0;
    r->target = 50; /* fewer than 50 */
    r->strict = 1;
    r->unit = "relocations";
    if (bench_opt.shared_lib == NULL) {
        bench_skip(r, "skipped", "no ELF shared library in this build (or --shared-lib PATH)");
        return;
    }
    f = fopen(bench_opt.shared_lib, "rb");
    if (f == NULL || fseek(f, 0, SEEK_END) != 0 || (size = ftell(f)) < 64 ||
        fseek(f, 0, SEEK_SET) != 0)
        bench_fail("cannot read %s", bench_opt.shared_lib);
    img = (unsigned char *)bench_xmalloc((size_t)size);
    if (fread(img, 1, (size_t)size, f) != (size_t)size)
        bench_fail("cannot read %s", bench_opt.shared_lib);
    fclose(f);
    if (memcmp(img, "\177ELF", 4) != 0)
        bench_fail("%s is not an ELF file", bench_opt.shared_lib);
    is64 = img[4] == 2;
    big = img[5] == 2;
    shoff = is64 ? get(img + 0x28, 8, big) : get(img + 0x20, 4, big);
    shentsize = get(img + (is64 ? 0x3A : 0x2E), 2, big);
    shnum = get(img + (is64 ? 0x3C : 0x30), 2, big);
    if (shoff + shentsize * shnum > (uint64_t)size)
        bench_fail("%s: bad section headers", bench_opt.shared_lib);
    for (i = 0; i < shnum; i++) {
        const unsigned char *sh = img + shoff + i * shentsize;
        uint64_t type = get(sh + 4, 4, big);
        uint64_t flags = is64 ? get(sh + 8, 8, big) : get(sh + 8, 4, big);
        uint64_t off = is64 ? get(sh + 0x18, 8, big) : get(sh + 0x10, 4, big);
        uint64_t len = is64 ? get(sh + 0x20, 8, big) : get(sh + 0x14, 4, big);
        uint64_t ent = is64 ? get(sh + 0x38, 8, big) : get(sh + 0x24, 4, big);
        if (!(flags & SHF_ALLOC_))
            continue;
        if ((type == SHT_RELA_ || type == SHT_REL_) && ent != 0) {
            total += len / ent;
        } else if (type == SHT_RELR_ && ent != 0 && off + len <= (uint64_t)size) {
            /* An address (even) is one relocation; a bitmap (odd) one per
             * bit set above bit 0. */
            uint64_t k;
            for (k = 0; k + ent <= len; k += ent) {
                uint64_t w = get(img + off + k, (size_t)ent, big);
                if ((w & 1) == 0) {
                    relr++;
                } else {
                    for (w >>= 1; w != 0; w >>= 1)
                        relr += w & 1;
                }
            }
        }
    }
    free(img);
    r->value = (double)(total + relr);
    snprintf(r->reason, sizeof r->reason, "%s%s", bench_opt.shared_lib,
             relr != 0 ? " (RELR entries unpacked)" : "");
}

void bench_system(void)
{
#if defined(BENCH_POSIX)
    sweep_row();
#else
    bench_skip(bench_add_row("sweep", "target", "test_exhaustive: 2^32 decode+encode, CPU s"),
               "skipped", "needs POSIX (fork, getrusage)");
#endif
    relocation_row();
#if defined(BENCH_POSIX)
    fuzz_row();
#else
    bench_skip(bench_add_row("fuzz_name", "target", "fuzz_name executions per second"),
               "skipped", "needs POSIX");
#endif
}
