/* The clusctl tool: command dispatch, help, and the helpers commands share. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "cli_internal.h"

static const cli_command *const cli_commands[] = {
    &cli_cmd_decode,
    &cli_cmd_encode,
    &cli_cmd_lookup,
    &cli_cmd_list,
    &cli_cmd_vm,
    &cli_cmd_annotate,
};

#define CLI_COMMAND_COUNT (sizeof(cli_commands) / sizeof(cli_commands[0]))

int cli_fail(const cli_ctx *ctx, int status, const char *fmt, ...)
{
    va_list ap;
    if (ctx->command != NULL)
        fprintf(ctx->err, "clusctl: %s: ", ctx->command);
    else
        fputs("clusctl: ", ctx->err);
    va_start(ap, fmt);
    vfprintf(ctx->err, fmt, ap);
    va_end(ap);
    fputc('\n', ctx->err);
    return status;
}

int cli_is_identifier(const char *s)
{
    if (!((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z') || *s == '_'))
        return 0;
    for (; *s != '\0'; s++)
        if (!((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z') ||
              (*s >= '0' && *s <= '9') || *s == '_'))
            return 0;
    return 1;
}

static const cli_option *cli_find_option(const cli_option *options,
                                         size_t count, const char *arg,
                                         size_t name_len)
{
    size_t i;
    for (i = 0; i < count; i++)
        if (strlen(options[i].name) == name_len &&
            strncmp(options[i].name, arg, name_len) == 0)
            return &options[i];
    return NULL;
}

int cli_parse_args(const cli_ctx *ctx, int argc, char **argv, int first,
                   const cli_option *options, size_t option_count,
                   int *operand_count, int *help)
{
    int i;
    int only_operands = 0;
    *operand_count = 0;
    *help = 0;
    for (i = first; i < argc; i++) {
        const char *arg = argv[i];
        const char *eq;
        const cli_option *opt;
        size_t name_len;

        if (only_operands || arg[0] != '-' || arg[1] == '\0' ||
            (arg[1] >= '0' && arg[1] <= '9')) {
            ctx->operands[(*operand_count)++] = arg;
            continue;
        }
        if (strcmp(arg, "--") == 0) {
            only_operands = 1;
            continue;
        }
        if (strcmp(arg, "-h") == 0 || strcmp(arg, "--help") == 0) {
            *help = 1;
            continue;
        }
        eq = strchr(arg, '=');
        name_len = eq != NULL ? (size_t)(eq - arg) : strlen(arg);
        opt = cli_find_option(options, option_count, arg, name_len);
        if (opt == NULL)
            return cli_fail(ctx, CCTL_EXIT_USAGE, "unknown option '%.*s'",
                            (int)name_len, arg);
        if (opt->flag != NULL) {
            if (eq != NULL)
                return cli_fail(ctx, CCTL_EXIT_USAGE,
                                "option '%s' takes no value", opt->name);
            if (*opt->flag)
                return cli_fail(ctx, CCTL_EXIT_USAGE,
                                "option '%s' given twice", opt->name);
            *opt->flag = 1;
            continue;
        }
        if (*opt->value != NULL)
            return cli_fail(ctx, CCTL_EXIT_USAGE, "option '%s' given twice",
                            opt->name);
        if (eq != NULL) {
            *opt->value = eq + 1;
        } else if (i + 1 < argc) {
            *opt->value = argv[++i];
        } else {
            return cli_fail(ctx, CCTL_EXIT_USAGE, "option '%s' needs a value",
                            opt->name);
        }
    }
    return CCTL_EXIT_OK;
}

int cli_parse_command(const cli_ctx *ctx, int argc, char **argv,
                      const cli_option *options, size_t option_count,
                      const struct cli_command *command, int no_operands,
                      int *operand_count)
{
    int help = 0;
    int rc = cli_parse_args(ctx, argc, argv, 1, options, option_count,
                            operand_count, &help);
    if (rc != CCTL_EXIT_OK)
        return rc;
    if (help) {
        cli_print_command_help(ctx->out, command);
        return CCTL_EXIT_OK;
    }
    if (no_operands && *operand_count > 0)
        return cli_fail(ctx, CCTL_EXIT_USAGE, "unexpected argument '%s'",
                        ctx->operands[0]);
    return CLI_CONTINUE;
}

int cli_parse_number(const cli_ctx *ctx, const char *what, const char *text,
                     uint32_t *value)
{
    switch (clusctl_parse_u32(text, value)) {
    case CCTL_ERROR_SUCCESS:
        return CCTL_EXIT_OK;
    case CCTL_ERROR_ARITHMETIC_OVERFLOW:
        return cli_fail(ctx, CCTL_EXIT_USAGE,
                        "%s '%s' does not fit in 32 bits", what, text);
    default:
        break;
    }
    if (text[0] == '\0')
        return cli_fail(ctx, CCTL_EXIT_USAGE, "%s is empty", what);
    if (text[0] == '-')
        return cli_fail(ctx, CCTL_EXIT_USAGE,
                        "%s '%s' is negative: expected 0x-prefixed hex or "
                        "decimal from 0 to 4294967295",
                        what, text);
    if (text[0] == '0' && text[1] >= '0' && text[1] <= '9')
        return cli_fail(ctx, CCTL_EXIT_USAGE,
                        "%s '%s' starts with 0: octal is not accepted; write "
                        "0x for hex",
                        what, text);
    return cli_fail(ctx, CCTL_EXIT_USAGE,
                    "%s '%s' is not a number: expected 0x-prefixed hex or "
                    "decimal",
                    what, text);
}

int cli_named_number(const cli_ctx *ctx, const char *option, const char *text,
                     clusctl_status (*from_name)(const char *, uint32_t *),
                     const char *names, uint32_t *value)
{
    if (from_name(text, value) == CCTL_ERROR_SUCCESS)
        return CCTL_EXIT_OK;
    if (!cli_is_identifier(text))
        return cli_parse_number(ctx, option, text, value);
    return cli_fail(ctx, CCTL_EXIT_USAGE,
                    "%s '%s' is neither a number nor a name (%s)", option, text,
                    names);
}

int cli_parse_code(const cli_ctx *ctx, const char *text, uint32_t *code,
                   const clusctl_entry **entry)
{
    const clusctl_entry *suggestions[3];
    size_t count = 0;
    *entry = NULL;
    if (!cli_is_identifier(text))
        return cli_parse_number(ctx, "CODE", text, code);
    if (clusctl_catalog_find_name(text, CCTL_MATCH_NOCASE, entry) ==
        CCTL_ERROR_SUCCESS) {
        *code = (*entry)->value;
        return CCTL_EXIT_OK;
    }
    (void)clusctl_catalog_suggest(text, suggestions, 3, &count);
    switch (count) {
    case 0:
        return cli_fail(ctx, CCTL_EXIT_REFUSED,
                        "'%s' is neither a number nor a known name", text);
    case 1:
        return cli_fail(ctx, CCTL_EXIT_REFUSED,
                        "unknown name '%s'; did you mean %s?", text,
                        suggestions[0]->name);
    case 2:
        return cli_fail(ctx, CCTL_EXIT_REFUSED,
                        "unknown name '%s'; did you mean %s or %s?", text,
                        suggestions[0]->name, suggestions[1]->name);
    default:
        return cli_fail(ctx, CCTL_EXIT_REFUSED,
                        "unknown name '%s'; did you mean %s, %s or %s?", text,
                        suggestions[0]->name, suggestions[1]->name,
                        suggestions[2]->name);
    }
}

void cli_json_string(FILE *out, const char *s)
{
    if (s == NULL) {
        fputs("null", out);
        return;
    }
    fputc('"', out);
    for (; *s != '\0'; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            fprintf(out, "\\%c", c);
        else if (c < 0x20)
            fprintf(out, "\\u%04x", c);
        else
            fputc(c, out);
    }
    fputc('"', out);
}

void cli_json_bool(FILE *out, uint32_t value)
{
    fputs(value ? "true" : "false", out);
}

void cli_print_command_help(FILE *out, const cli_command *command)
{
    fprintf(out, "usage: clusctl %s\n\n%s\n", command->usage, command->summary);
    if (command->help[0] != '\0')
        fprintf(out, "\n%s", command->help);
}

/* The pieces of `clusctl --help` that the man page shares. */
#define CLI_SUMMARY "Encode and decode Windows Failover Cluster control codes."
#define CLI_EXIT_STATUS                                                        \
    "Exit status: 0 done, 1 not found or refused, 2 bad command line."
static const char cli_examples[] =
    "  clusctl decode 0x01600008\n"
    "  clusctl decode --json 0x01600004 23068676\n"
    "  clusctl decode CLUSCTL_RESOURCE_GET_FLAGS\n"
    "  clusctl encode --object resource --modify --user --function 2\n"
    "  clusctl lookup clusctl_resource_vm_start_migration\n"
    "  clusctl list --object resource --format csv\n"
    "  clusctl vm start --dest node2 --json\n"
    "  clusctl vm cancel --migration-state setup\n"
    "  clusctl annotate cluster.log | less\n";

static void cli_print_help(FILE *out)
{
    size_t i;
    fputs("usage: clusctl COMMAND [ARGS...]\n"
          "       clusctl help COMMAND | --help | --version\n"
          "       clusctl help --man   (the man page, clusctl(1), as roff)\n\n" CLI_SUMMARY
          "\n\nCommands:\n",
          out);
    for (i = 0; i < CLI_COMMAND_COUNT; i++)
        fprintf(out, "  %-8s %s\n", cli_commands[i]->name,
                cli_commands[i]->summary);
    fputs("\nCODE is 0x-prefixed hex, decimal or a name. " CLI_EXIT_STATUS
          "\n\nExamples:\n",
          out);
    fputs(cli_examples, out);
    fputs("\nRun 'clusctl help COMMAND' for a command's options.\n", out);
}

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
static void cli_print_man(FILE *out)
{
    size_t i;
    fprintf(out, ".TH CLUSCTL 1 \"\" \"clusctl %s\" \"User Commands\"\n",
            clusctl_version_string());
    fputs(".SH NAME\nclusctl \\- " CLI_SUMMARY "\n"
          ".SH SYNOPSIS\n.nf\n", out);
    for (i = 0; i < CLI_COMMAND_COUNT; i++)
        cli_man_synopsis(out, cli_commands[i]->usage);
    fputs("clusctl help COMMAND | \\-\\-help | \\-\\-version\n.fi\n"
          ".SH DESCRIPTION\n"
          "clusctl decodes, encodes, names and lists the 32\\-bit control codes that\n"
          "applications pass to ClusterResourceControl and resource DLLs receive\n"
          "in their ResourceControl callback, and runs the Hyper\\-V VM live\\-migration\n"
          "state machines behind CLUSCTL_RESOURCE_VM_START_MIGRATION and\n"
          "CLUSCTL_RESOURCE_VM_CANCEL_MIGRATION. It also annotates logs: every\n"
          "control code in the text gets its name.\n"
          "CODE is 0x\\-prefixed hex, decimal or a catalog name.\n"
          ".SH COMMANDS\n", out);
    for (i = 0; i < CLI_COMMAND_COUNT; i++) {
        fprintf(out, ".SS %s\n", cli_commands[i]->name);
        cli_man_text(out, cli_commands[i]->summary);
        fputs(".PP\n.nf\n", out);
        cli_man_text(out, cli_commands[i]->help);
        fputs(".fi\n", out);
    }
    fputs(".SH EXIT STATUS\n", out);
    cli_man_text(out, CLI_EXIT_STATUS);
    fputs(".SH EXAMPLES\n.nf\n", out);
    cli_man_text(out, cli_examples);
    fputs(".fi\n.SH SEE ALSO\n"
          "The clusctl library's documentation (Doxygen) and README.\n", out);
}

static const cli_command *cli_find_command(const char *name)
{
    size_t i;
    for (i = 0; i < CLI_COMMAND_COUNT; i++)
        if (strcmp(cli_commands[i]->name, name) == 0)
            return cli_commands[i];
    return NULL;
}

int clusctl_cli_main(int argc, char **argv, FILE *out, FILE *err)
{
    cli_ctx ctx;
    const cli_command *command;
    const char *name;
    int status;

    ctx.out = out;
    ctx.err = err;
    ctx.command = NULL;
    ctx.operands = NULL;
    if (argc < 2) {
        return cli_fail(&ctx, CCTL_EXIT_USAGE,
                        "no command given; run 'clusctl --help'");
    }
    name = argv[1];
    if (strcmp(name, "--help") == 0 || strcmp(name, "-h") == 0) {
        if (argc > 2)
            return cli_fail(&ctx, CCTL_EXIT_USAGE,
                            "unexpected argument '%s' after %s", argv[2], name);
        cli_print_help(out);
        return CCTL_EXIT_OK;
    }
    if (strcmp(name, "--version") == 0) {
        if (argc > 2)
            return cli_fail(&ctx, CCTL_EXIT_USAGE,
                            "unexpected argument '%s' after %s", argv[2], name);
        fprintf(out, "clusctl %s\n", clusctl_version_string());
        return CCTL_EXIT_OK;
    }
    if (strcmp(name, "help") == 0) {
        ctx.command = "help";
        if (argc == 2) {
            cli_print_help(out);
            return CCTL_EXIT_OK;
        }
        if (argc > 3)
            return cli_fail(&ctx, CCTL_EXIT_USAGE,
                            "unexpected argument '%s'", argv[3]);
        if (strcmp(argv[2], "--man") == 0) {
            cli_print_man(out);
            return CCTL_EXIT_OK;
        }
        command = cli_find_command(argv[2]);
        if (command == NULL)
            return cli_fail(&ctx, CCTL_EXIT_USAGE,
                            "unknown command '%s'; run 'clusctl --help'",
                            argv[2]);
        cli_print_command_help(out, command);
        return CCTL_EXIT_OK;
    }
    command = cli_find_command(name);
    if (command == NULL) {
        if (name[0] == '-')
            return cli_fail(&ctx, CCTL_EXIT_USAGE,
                            "unknown option '%s'; run 'clusctl --help'", name);
        return cli_fail(&ctx, CCTL_EXIT_USAGE,
                        "unknown command '%s'; run 'clusctl --help'", name);
    }
    ctx.command = command->name;
    ctx.operands = (const char **)malloc((size_t)argc * sizeof(const char *));
    if (ctx.operands == NULL)
        return cli_fail(&ctx, CCTL_EXIT_REFUSED, "out of memory");
    status = command->run(&ctx, argc - 1, argv + 1);
    free((void *)ctx.operands);
    return status;
}
