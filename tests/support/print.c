/* The tests' printers of statuses, models and events (print.h). */
#include "print.h"

#include <stdio.h>

const char *print_status_name(uint32_t status)
{
    const char *name = clusctl_status_name(status);
    return name != NULL ? name : "?";
}

void print_status(const char *label, uint32_t status)
{
    fprintf(stderr, "    %-8s status %lu (%s)\n", label, (unsigned long)status,
            print_status_name(status));
}

void print_vm(const char *label, const clusctl_vm *v)
{
    fprintf(stderr,
            "    %-8s vm_state=%lu migration_state=%lu host=%lu source=%lu "
            "destination=%lu failure_reason=0x%08lX progress=%lu\n",
            label, (unsigned long)v->vm_state, (unsigned long)v->migration_state,
            (unsigned long)v->host, (unsigned long)v->source,
            (unsigned long)v->destination, (unsigned long)v->failure_reason,
            (unsigned long)v->progress);
}

void print_event(const clusctl_event *e)
{
    const char *name = clusctl_event_name(e->kind);
    fprintf(stderr,
            "    event    kind=%lu (%s) caller=%lu destination=%s%s%s "
            "value=%lu (0x%08lX)\n",
            (unsigned long)e->kind, name ? name : "unknown",
            (unsigned long)e->caller, e->destination ? "\"" : "",
            e->destination ? e->destination : "NULL",
            e->destination ? "\"" : "", (unsigned long)e->value,
            (unsigned long)e->value);
}
