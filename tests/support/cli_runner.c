/* The in-process runner of the clusctl tool (cli_runner.h). */
#include "cli_runner.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

#define RUN_MAX_ARGS 64

static char run_empty[1];
run_text run_out = {run_empty, 0};
run_text run_err = {run_empty, 0};

static void run_die(const char *what)
{
    fprintf(stderr, "cli_runner: %s\n", what);
    exit(1);
}

static void run_text_free(run_text *t)
{
    if (t->data != run_empty)
        free(t->data);
    t->data = run_empty;
    t->len = 0;
}

/* Reads the whole of `f` (from its start) into `t`, then closes `f`. */
static void run_slurp(FILE *f, run_text *t)
{
    size_t cap = 8192, len = 0, n;
    char *buf = (char *)malloc(cap);
    if (buf == NULL)
        run_die("out of memory");
    rewind(f);
    for (;;) {
        if (cap - len < 4096) {
            char *grown = (char *)realloc(buf, cap * 2);
            if (grown == NULL)
                run_die("out of memory");
            buf = grown;
            cap *= 2;
        }
        n = fread(buf + len, 1, cap - len - 1, f);
        len += n;
        if (n == 0)
            break;
    }
    fclose(f);
    buf[len] = '\0';
    run_text_free(t);
    t->data = buf;
    t->len = len;
}

static int run_list(FILE *out, const char *first, va_list ap)
{
    char *argv[RUN_MAX_ARGS];
    int argc = 0, status, own = out == NULL;
    const char *arg;
    FILE *err = tmpfile();
    if (own)
        out = tmpfile();
    if (out == NULL || err == NULL)
        run_die("tmpfile failed");
    argv[argc++] = (char *)"clusctl";
    for (arg = first; arg != NULL; arg = va_arg(ap, const char *)) {
        if (argc == RUN_MAX_ARGS - 1)
            run_die("too many arguments");
        argv[argc++] = (char *)arg;
    }
    argv[argc] = NULL;
    status = clusctl_cli_main(argc, argv, out, err);
    if (own)
        run_slurp(out, &run_out);
    else
        run_text_free(&run_out);
    run_slurp(err, &run_err);
    return status;
}

int run_clusctl(const char *first, ...)
{
    va_list ap;
    int status;
    va_start(ap, first);
    status = run_list(NULL, first, ap);
    va_end(ap);
    return status;
}

int run_clusctl_to(FILE *out, const char *first, ...)
{
    va_list ap;
    int status;
    va_start(ap, first);
    status = run_list(out, first, ap);
    va_end(ap);
    return status;
}

void run_clusctl_free(void)
{
    run_text_free(&run_out);
    run_text_free(&run_err);
}

size_t count_lines(const char *s)
{
    size_t n = 0;
    for (; *s != '\0'; s++)
        n += *s == '\n';
    return n;
}

int vm_json_is(const char *text, unsigned long status, const char *name,
               unsigned long vm_state, unsigned long migration_state)
{
    char head[160], migration[80];
    size_t len = strlen(text);
    snprintf(head, sizeof head,
             "{\"status\":%lu,\"status_name\":\"%s\",\"vm\":{\"vm_state\":%lu,"
             "\"vm_state_name\":",
             status, name, vm_state);
    snprintf(migration, sizeof migration,
             ",\"migration_state\":%lu,\"migration_state_name\":", migration_state);
    return strncmp(text, head, strlen(head)) == 0 && strstr(text, migration) != NULL &&
           count_lines(text) == 1 && len >= 3 && strcmp(text + len - 3, "}}\n") == 0;
}
