/* clusctl(1): the man page, as roff, from the same strings as --help and
 * `clusctl help COMMAND`. */
#include <stdlib.h>
#include <string.h>

#include "cli_internal.h"

/* Text as roff: backslashes escaped, a line that starts with . or ' guarded. */
static void cli_man_text(FILE *out, const char *text)
{
    int start = 1;
    for (; *text != '\0'; text++) {
        if (start && (*text == '.' || *text == '\''))
            fputs("\\&", out);
        if (*text == '\\')
            fputs("\\e", out);
        else if (*text == '-')
            fputs("\\-", out);
        else
            fputc(*text, out);
        start = *text == '\n';
    }
    if (!start)
        fputc('\n', out);
}

/* A usage string as SYNOPSIS lines: each line starts with "clusctl ",
 * continuation lines (those that start with '[') are indented. */
static void cli_man_synopsis(FILE *out, const char *usage)
{
    while (*usage != '\0') {
        const char *end = strchr(usage, '\n');
        size_t len = end != NULL ? (size_t)(end - usage) : strlen(usage);
        char line[256];
        const char *p = usage;
        while (*p == ' ' && p < usage + len)
            p++;
        len -= (size_t)(p - usage);
        if (len >= sizeof line)
            len = sizeof line - 1;
        memcpy(line, p, len);
        line[len] = '\0';
        if (line[0] == '[')
            fputs("    ", out);
        else if (strncmp(line, "clusctl ", 8) != 0)
            fputs("clusctl ", out);
        cli_man_text(out, line);
        usage = end != NULL ? end + 1 : usage + strlen(usage);
    }
}

/* clusctl(1), from the same strings as --help and `help COMMAND`. */
/* A command's help, its @lists@ expanded, as roff. */
static void cli_man_help(FILE *out, const char *help)
{
    char text[CLI_HELP_SIZE];
    (void)cli_expand_help(help, text, sizeof text);
    cli_man_text(out, text);
}

/* A command's or a subcommand's section: its summary, then its help. */
static void cli_man_command(FILE *out, const cli_command *command)
{
    fprintf(out, ".SS %s\n", command->name);
    cli_man_text(out, command->summary);
    /* The help is as wide as a terminal (80 columns): shown from the left
     * margin, so that the man page is no wider. */
    fputs(".PP\n.nf\n.in 0\n", out);
    cli_man_help(out, command->help);
    fputs(".in\n.fi\n", out);
}

void cli_print_man(FILE *out)
{
    size_t i;
    fprintf(out, ".TH CLUSCTL 1 \"%s\" \"clusctl %s\" \"User Commands\"\n",
            CCTL_RELEASE_DATE, clusctl_version_string());
    fputs(".SH NAME\nclusctl \\- " CLI_SUMMARY "\n"
          ".SH SYNOPSIS\n.nf\n.in 0\n", out);
    for (i = 0; i < cli_command_count; i++) {
        const cli_command *const *sub = cli_commands[i]->subcommands;
        if (sub == NULL)
            cli_man_synopsis(out, cli_commands[i]->usage);
        for (; sub != NULL && *sub != NULL; sub++)
            cli_man_synopsis(out, (*sub)->usage);
    }
    fputs("clusctl help [COMMAND [SUBCOMMAND]] | \\-\\-help | \\-\\-version | \\-V\n.in\n.fi\n"
          ".SH DESCRIPTION\n"
          "clusctl decodes, encodes, names and lists the 32\\-bit control codes that\n"
          "applications pass to ClusterResourceControl and resource DLLs receive\n"
          "in their ResourceControl callback, and runs the Hyper\\-V VM live\\-migration\n"
          "state machines behind CLUSCTL_RESOURCE_VM_START_MIGRATION and\n"
          "CLUSCTL_RESOURCE_VM_CANCEL_MIGRATION. It also annotates logs: every\n"
          "control code in the text gets its name.\n"
          "CODE is 0x\\-prefixed hex, decimal or a catalog name.\n"
          ".SH COMMANDS\n", out);
    for (i = 0; i < cli_command_count; i++) {
        const cli_command *const *sub = cli_commands[i]->subcommands;
        cli_man_command(out, cli_commands[i]);
        for (; sub != NULL && *sub != NULL; sub++)
            cli_man_command(out, *sub);
    }
    fputs(".SH EXIT STATUS\n", out);
    cli_man_text(out, CLI_EXIT_STATUS);
    fputs(".SH EXAMPLES\n.nf\n", out);
    cli_man_text(out, cli_examples);
    fputs(".fi\n.SH SEE ALSO\n"
          "The clusctl library's documentation (Doxygen) and README.\n", out);
}

