/* The clusctl tool: command dispatch, help, and the helpers commands share. */
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "cli_internal.h"

#include <errno.h>

#if defined(_WIN32)
#include <fcntl.h>
#include <io.h>
#endif

const cli_command *const cli_commands[] = {
    &cli_cmd_decode,
    &cli_cmd_encode,
    &cli_cmd_lookup,
    &cli_cmd_list,
    &cli_cmd_vm,
    &cli_cmd_annotate,
    &cli_cmd_plist,
};

const size_t cli_command_count = sizeof(cli_commands) / sizeof(cli_commands[0]);
#define CLI_COMMAND_COUNT cli_command_count

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

void cli_binary_mode(FILE *f)
{
#if defined(_WIN32)
    (void)fflush(f);
    (void)_setmode(_fileno(f), _O_BINARY);
#else
    (void)f;
#endif
}

const char *cli_errno_text(int err, const char *fallback)
{
    return err != 0 ? strerror(err) : fallback;
}

int cli_write_failed(const cli_ctx *ctx, int err)
{
#if defined(EPIPE)
    if (err == EPIPE) {
        clearerr(ctx->out);
        return CCTL_EXIT_OUTPUT;
    }
#endif
    (void)cli_fail(ctx, CCTL_EXIT_OUTPUT, "cannot write the output: %s",
                   cli_errno_text(err, "write error"));
    clearerr(ctx->out);
    return CCTL_EXIT_OUTPUT;
}

int cli_read_input(const cli_ctx *ctx, const char *name, unsigned char **data,
                   size_t *size)
{
    FILE *in;
    unsigned char *buf = NULL;
    size_t len = 0, room = 0;
    int is_stdin = name == NULL || strcmp(name, "-") == 0;
    *data = NULL;
    *size = 0;
    if (is_stdin) {
        in = stdin;
        cli_binary_mode(stdin);
    } else {
        errno = 0;
        in = fopen(name, "rb");
        if (in == NULL)
            return cli_fail(ctx, CCTL_EXIT_REFUSED, "cannot open '%s': %s", name,
                            cli_errno_text(errno, "unknown error"));
    }
    for (;;) {
        size_t n;
        if (len == room) {
            size_t grown_room = room != 0 ? room * 2 : 65536;
            unsigned char *grown;
            if (grown_room < room || grown_room > CLI_INPUT_MAX + 1)
                grown_room = CLI_INPUT_MAX + 1;
            if (grown_room <= len) {
                free(buf);
                if (!is_stdin)
                    fclose(in);
                return cli_fail(ctx, CCTL_EXIT_REFUSED,
                                "%s is larger than %lu bytes", is_stdin ? "standard input" : name,
                                (unsigned long)CLI_INPUT_MAX);
            }
            grown = (unsigned char *)realloc(buf, grown_room);
            if (grown == NULL) {
                free(buf);
                if (!is_stdin)
                    fclose(in);
                return cli_fail(ctx, CCTL_EXIT_REFUSED, "out of memory");
            }
            buf = grown;
            room = grown_room;
        }
        n = fread(buf + len, 1, room - len, in);
        len += n;
        if (n == 0)
            break;
    }
    if (ferror(in)) {
        int err = errno;
        free(buf);
        if (!is_stdin)
            fclose(in);
        else
            clearerr(stdin);
        return cli_fail(ctx, CCTL_EXIT_REFUSED, "cannot read '%s': %s",
                        is_stdin ? "-" : name, cli_errno_text(err, "read error"));
    }
    if (is_stdin)
        clearerr(stdin);
    else
        fclose(in);
    *data = buf;
    *size = len;
    return CCTL_EXIT_OK;
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

/* The option named like arg. An option listed twice may be given twice:
 * the first entry whose value is not set yet takes it. */
static const cli_option *cli_find_option(const cli_option *options,
                                         size_t count, const char *arg,
                                         size_t name_len)
{
    size_t i;
    const cli_option *found = NULL;
    for (i = 0; i < count; i++) {
        if (strlen(options[i].name) != name_len ||
            strncmp(options[i].name, arg, name_len) != 0)
            continue;
        if (found == NULL)
            found = &options[i];
        if (options[i].value != NULL && *options[i].value == NULL)
            return &options[i];
    }
    return found;
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
    return cli_parse_number_in(ctx, what, text, UINT32_MAX, value);
}

int cli_parse_number_in(const cli_ctx *ctx, const char *what, const char *text,
                        uint32_t max, uint32_t *value)
{
    return cli_parse_number_range(ctx, what, text, 0, max, value);
}

int cli_parse_number_range(const cli_ctx *ctx, const char *what, const char *text,
                           uint32_t min, uint32_t max, uint32_t *value)
{
    /* A number above the range, whether or not it fits in 32 bits, gets
     * the one message that states the range. */
    switch (clusctl_parse_u32(text, value)) {
    case CCTL_ERROR_SUCCESS:
        if (*value >= min && *value <= max)
            return CCTL_EXIT_OK;
        /* fall through */
    case CCTL_ERROR_ARITHMETIC_OVERFLOW:
        return cli_fail(ctx, CCTL_EXIT_USAGE, "%s %s is out of range (%lu to %lu)",
                        what, text, (unsigned long)min, (unsigned long)max);
    default:
        break;
    }
    if (text[0] == '\0')
        return cli_fail(ctx, CCTL_EXIT_USAGE, "%s is empty", what);
    if (text[0] == '-')
        return cli_fail(ctx, CCTL_EXIT_USAGE,
                        "%s '%s' is negative: expected 0x-prefixed hex or "
                        "decimal from %lu to %lu",
                        what, text, (unsigned long)min, (unsigned long)max);
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

static int cli_lower(int c)
{
    return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

int cli_equal_nocase(const char *a, const char *b)
{
    for (; *a != '\0' && cli_lower((unsigned char)*a) == cli_lower((unsigned char)*b); a++, b++)
        ;
    return *a == '\0' && *b == '\0';
}

int cli_parse_choice(const cli_ctx *ctx, const char *option, const char *text,
                     const char *const *choices, int *index)
{
    char list[CLI_LIST_SIZE];
    size_t len = 0;
    int i, n;
    for (i = 0; choices[i] != NULL; i++)
        if (cli_equal_nocase(text, choices[i])) {
            *index = i;
            return CCTL_EXIT_OK;
        }
    n = i;
    list[0] = '\0';
    for (i = 0; i < n; i++) {
        const char *sep = i == 0 ? "" : i == n - 1 ? " or " : ", ";
        size_t need = strlen(sep) + strlen(choices[i]);
        if (len + need >= sizeof list)
            break;
        memcpy(list + len, sep, strlen(sep));
        len += strlen(sep);
        memcpy(list + len, choices[i], strlen(choices[i]) + 1);
        len += strlen(choices[i]);
    }
    return cli_fail(ctx, CCTL_EXIT_USAGE, "%s '%s' is not %s", option, text, list);
}

int cli_parse_format(const cli_ctx *ctx, int json, const char *format,
                     const char *const *choices, int json_index, int *index)
{
    int rc;
    if (format == NULL) {
        if (json)
            *index = json_index;
        return CCTL_EXIT_OK;
    }
    rc = cli_parse_choice(ctx, "--format", format, choices, index);
    if (rc == CCTL_EXIT_OK && json && *index != json_index)
        return cli_fail(ctx, CCTL_EXIT_USAGE,
                        "--json and --format %s ask for two formats", format);
    return rc;
}

/* Appends `name` (lower-cased), "/alias" when there is one, and ", " before
 * it unless it is the first, to buf; counts what does not fit. */
static void cli_append_name(char *buf, size_t size, size_t *len,
                            const char *name, const char *alias)
{
    const char *parts[4];
    size_t i;
    parts[0] = *len > 0 ? ", " : "";
    parts[1] = name;
    parts[2] = alias[0] != '\0' ? "/" : "";
    parts[3] = alias;
    for (i = 0; i < 4; i++) {
        const char *p;
        for (p = parts[i]; *p != '\0'; p++, (*len)++)
            if (*len + 1 < size)
                buf[*len] = (*p >= 'A' && *p <= 'Z') ? (char)(*p - 'A' + 'a') : *p;
    }
    if (size > 0)
        buf[*len < size ? *len : size - 1] = '\0';
}

void cli_list_names(cli_list list, char *buf, size_t size)
{
    size_t len = 0;
    if (size > 0)
        buf[0] = '\0';
    switch (list) {
    case CLI_LIST_OBJECTS:
#define CLI_OBJECT_(name, value, text) cli_append_name(buf, size, &len, #name, "");
        CCTL_OBJECT_MAP(CLI_OBJECT_)
#undef CLI_OBJECT_
        break;
    case CLI_LIST_ACCESS:
#define CLI_ACCESS_(name, value, text) cli_append_name(buf, size, &len, #name, "");
        CCTL_ACCESS_MAP(CLI_ACCESS_)
#undef CLI_ACCESS_
        break;
    case CLI_LIST_VM_STATES:
#define CLI_STATE_(N, v, name, display, alias)                                 \
    cli_append_name(buf, size, &len, name, alias);
        CCTL_VM_STATE_MAP(CLI_STATE_)
        break;
    case CLI_LIST_MIGRATION_STATES:
        CCTL_MIGRATION_STATE_MAP(CLI_STATE_)
#undef CLI_STATE_
        break;
    case CLI_LIST_RESTYPES:
        cli_resource_types(buf, size);
        break;
    }
}

int cli_named_number(const cli_ctx *ctx, const char *option, const char *text,
                     clusctl_status (*from_name)(const char *, uint32_t *),
                     cli_list names, uint32_t max, uint32_t *value)
{
    char list[CLI_LIST_SIZE];
    if (from_name(text, value) == CCTL_ERROR_SUCCESS)
        return CCTL_EXIT_OK;
    if (!cli_is_identifier(text))
        return cli_parse_number_in(ctx, option, text, max, value);
    cli_list_names(names, list, sizeof list);
    return cli_fail(ctx, CCTL_EXIT_USAGE,
                    "unknown name '%s' for %s; expected a number or one of: %s",
                    text, option, list);
}

/* The lists that help text names as @token@. */
static const struct {
    const char *token;
    cli_list list;
} cli_help_lists[] = {
    {"@objects@", CLI_LIST_OBJECTS},
    {"@access@", CLI_LIST_ACCESS},
    {"@vm-states@", CLI_LIST_VM_STATES},
    {"@migration-states@", CLI_LIST_MIGRATION_STATES},
    {"@restypes@", CLI_LIST_RESTYPES},
};

/* Stores one byte of the expansion, counting those that do not fit. */
static void cli_put(char *buf, size_t size, size_t *len, char c)
{
    if (*len + 1 < size)
        buf[*len] = c;
    (*len)++;
}

int cli_vm_property_range(const char *property, uint32_t *min, uint32_t *max)
{
    size_t n = 0, i;
    const clusctl_prop_item *items = clusctl_vm_property_table(&n);
    for (i = 0; i < n; i++)
        if (strcmp(items[i].name, property) == 0 && items[i].maximum <= UINT32_MAX) {
            *min = (uint32_t)items[i].minimum;
            *max = (uint32_t)items[i].maximum;
            return 1;
        }
    return 0;
}

/* "@range:NAME@" in help: a VM property's range, "MIN to MAX"; the number
 * of bytes of text it takes, or 0 when text is no such token. */
static size_t cli_expand_range(const char *text, char *buf, size_t size, size_t *len_out,
                               size_t *column)
{
    char name[64], range[32];
    const char *end;
    uint32_t min, max;
    size_t n, k;
    if (strncmp(text, "@range:", 7) != 0 || (end = strchr(text + 7, '@')) == NULL ||
        (n = (size_t)(end - (text + 7))) >= sizeof name)
        return 0;
    memcpy(name, text + 7, n);
    name[n] = '\0';
    if (!cli_vm_property_range(name, &min, &max))
        return 0;
    n = (size_t)snprintf(range, sizeof range, "%lu to %lu", (unsigned long)min,
                         (unsigned long)max);
    for (k = 0; k < n; k++)
        cli_put(buf, size, len_out, range[k]);
    *column += n;
    return (size_t)(end + 1 - text);
}

size_t cli_expand_help(const char *text, char *buf, size_t size)
{
    size_t column = 0, len_out = 0, i, k;
    while (*text != '\0') {
        int expanded = 0;
        size_t token = cli_expand_range(text, buf, size, &len_out, &column);
        if (token != 0) {
            text += token;
            continue;
        }
        if (*text == '@') {
            for (i = 0; i < sizeof cli_help_lists / sizeof cli_help_lists[0]; i++) {
                size_t n = strlen(cli_help_lists[i].token);
                char list[CLI_LIST_SIZE], *word, *end;
                size_t indent = column;
                if (strncmp(text, cli_help_lists[i].token, n) != 0)
                    continue;
                /* The names, wrapped at CLI_HELP_WIDTH under the first. */
                cli_list_names(cli_help_lists[i].list, list, sizeof list);
                for (word = list; *word != '\0'; word = end) {
                    size_t len;
                    end = strchr(word, ' ');
                    end = end != NULL ? end + 1 : word + strlen(word);
                    len = (size_t)(end - word);
                    if (column > indent && column + len > CLI_HELP_WIDTH) {
                        /* The space that ended the line is not kept. */
                        if (len_out > 0 && buf[len_out - 1] == ' ' && len_out < size)
                            len_out--;
                        cli_put(buf, size, &len_out, '\n');
                        for (k = 0; k < indent; k++)
                            cli_put(buf, size, &len_out, ' ');
                        column = indent;
                    }
                    for (k = 0; k < len; k++)
                        cli_put(buf, size, &len_out, word[k]);
                    column += len;
                }
                text += n;
                expanded = 1;
                break;
            }
        }
        if (expanded)
            continue;
        cli_put(buf, size, &len_out, *text);
        column = *text == '\n' ? 0 : column + 1;
        text++;
    }
    if (size > 0)
        buf[len_out < size ? len_out : size - 1] = '\0';
    return len_out;
}

int cli_name_matches(const char *pattern, const char *name)
{
    const char *star = NULL, *resume = NULL;
    int glob = strpbrk(pattern, "*?") != NULL;
    if (!glob) {
        /* Part of the name: somewhere in it, in any case. */
        size_t n = strlen(pattern);
        for (; *name != '\0'; name++) {
            size_t k;
            for (k = 0; k < n && name[k] != '\0' &&
                        cli_lower((unsigned char)name[k]) == cli_lower((unsigned char)pattern[k]);
                 k++)
                ;
            if (k == n)
                return 1;
        }
        return n == 0;
    }
    while (*name != '\0') {
        if (*pattern == '*') {
            star = ++pattern;
            resume = name;
        } else if (*pattern == '?' ||
                   cli_lower((unsigned char)*pattern) == cli_lower((unsigned char)*name)) {
            pattern++;
            name++;
        } else if (star != NULL) {
            pattern = star;
            name = ++resume;
        } else {
            return 0;
        }
    }
    while (*pattern == '*')
        pattern++;
    return *pattern == '\0';
}

int cli_unknown_name(const cli_ctx *ctx, int status, const char *text)
{
    size_t found[3];
    const char *suggestions[3];
    size_t count = 0, contain = 0, i, n = clusctl_catalog_size();
    (void)clusctl_catalog_suggest(text, found, 3, &count);
    for (i = 0; i < count; i++)
        suggestions[i] = clusctl_catalog_name(found[i]);
    if (count == 0) {
        /* No close name: the names that hold the text, each once (an
         * older value of a name is not its current entry). */
        for (i = 0; i < n; i++) {
            const char *name = clusctl_catalog_name(i);
            size_t current = CCTL_NO_ENTRY;
            if (!cli_name_matches(text, name) ||
                clusctl_catalog_find_name(name, CCTL_MATCH_EXACT, &current) !=
                    CCTL_ERROR_SUCCESS ||
                current != i)
                continue;
            if (count < 3)
                suggestions[count++] = name;
            contain++;
        }
    }
    switch (count) {
    case 0:
        return cli_fail(ctx, status, "unknown name '%s'", text);
    case 1:
        return cli_fail(ctx, status, "unknown name '%s'; did you mean %s?", text,
                        suggestions[0]);
    case 2:
        return cli_fail(ctx, status, "unknown name '%s'; did you mean %s or %s?",
                        text, suggestions[0], suggestions[1]);
    default:
        if (contain > 3)
            return cli_fail(ctx, status,
                            "unknown name '%s'; did you mean %s, %s, %s or one "
                            "of %lu more ('clusctl lookup --search %s')?",
                            text, suggestions[0], suggestions[1],
                            suggestions[2], (unsigned long)(contain - 3), text);
        return cli_fail(ctx, status, "unknown name '%s'; did you mean %s, %s or %s?",
                        text, suggestions[0], suggestions[1],
                        suggestions[2]);
    }
}

void cli_resource_types(char *buf, size_t size)
{
    const char *seen[32];
    size_t n_seen = 0, len = 0, i, k, n = clusctl_catalog_size();
    if (size > 0)
        buf[0] = '\0';
    for (i = 0; i < n; i++) {
        clusctl_entry e;
        const char *type = NULL;
        if (clusctl_catalog_get(i, &e) == CCTL_ERROR_SUCCESS)
            type = e.resource_type;
        if (type == NULL)
            continue;
        for (k = 0; k < n_seen && strcmp(seen[k], type) != 0; k++)
            ;
        if (k < n_seen)
            continue;
        if (n_seen < sizeof seen / sizeof seen[0])
            seen[n_seen++] = type;
        if (len > 0) {
            cli_put(buf, size, &len, ',');
            cli_put(buf, size, &len, ' ');
        }
        cli_put(buf, size, &len, '"');
        for (k = 0; type[k] != '\0'; k++)
            cli_put(buf, size, &len, type[k]);
        cli_put(buf, size, &len, '"');
    }
    if (size > 0)
        buf[len < size ? len : size - 1] = '\0';
}

void cli_check_restype(const cli_ctx *ctx, const char *restype)
{
    char known[CLI_LIST_SIZE];
    if (restype == NULL || clusctl_catalog_resource_type_known(restype))
        return;
    cli_resource_types(known, sizeof known);
    (void)cli_fail(ctx, 0,
                   "warning: --restype '%s' is no resource type the catalog "
                   "knows (%s): names are picked as without it",
                   restype, known);
}

void cli_note_hex_lookalike(const cli_ctx *ctx, const char *text,
                            const char *restype)
{
    char hex[16];
    size_t len = strlen(text), i;
    uint32_t dec, value;
    size_t e;
    if (len < 2 || len > 8)
        return;
    for (i = 0; i < len; i++)
        if (text[i] < '0' || text[i] > '9')
            return;
    hex[0] = '0';
    hex[1] = 'x';
    memcpy(hex + 2, text, len + 1);
    if (clusctl_parse_u32(text, &dec) != CCTL_ERROR_SUCCESS ||
        clusctl_parse_u32(hex, &value) != CCTL_ERROR_SUCCESS ||
        clusctl_catalog_preferred(dec, restype) != CCTL_NO_ENTRY)
        return;
    e = clusctl_catalog_preferred(value, restype);
    if (e == CCTL_NO_ENTRY)
        return;
    (void)cli_fail(ctx, 0,
                   "note: %s is read as decimal (0x%08lX); as hex, 0x%08lX is %s",
                   text, (unsigned long)dec, (unsigned long)value, clusctl_catalog_name(e));
}

int cli_parse_code(const cli_ctx *ctx, const char *text, const char *restype,
                   clusctl_description *d)
{
    uint32_t code;
    if (!cli_is_identifier(text)) {
        int rc = cli_parse_number(ctx, "CODE", text, &code);
        if (rc == CCTL_EXIT_OK)
            (void)clusctl_describe(code, restype, d);
        return rc;
    }
    if (clusctl_describe_name(text, d) == CCTL_ERROR_SUCCESS)
        return CCTL_EXIT_OK;
    return cli_unknown_name(ctx, CCTL_EXIT_REFUSED, text);
}

const char *cli_subcommand_name(const cli_command *subcommand)
{
    const char *space = strchr(subcommand->name, ' ');
    return space != NULL ? space + 1 : subcommand->name;
}

const cli_command *cli_find_subcommand(const cli_command *command, const char *name)
{
    const cli_command *const *sub;
    for (sub = command->subcommands; sub != NULL && *sub != NULL; sub++)
        if (strcmp(cli_subcommand_name(*sub), name) == 0)
            return *sub;
    return NULL;
}

void cli_print_command_help(FILE *out, const cli_command *command)
{
    const cli_command *const *sub;
    if (command->subcommands == NULL)
        fprintf(out, "usage: clusctl %s\n", command->usage);
    for (sub = command->subcommands; sub != NULL && *sub != NULL; sub++)
        fprintf(out, "%s clusctl %s\n", sub == command->subcommands ? "usage:" : "      ",
                (*sub)->usage);
    fprintf(out, "\n%s\n", command->summary);
    if (command->help[0] != '\0') {
        char help[CLI_HELP_SIZE];
        (void)cli_expand_help(command->help, help, sizeof help);
        fprintf(out, "\n%s", help);
    }
    if (command->subcommands != NULL) {
        fputs("\nSubcommands:\n", out);
        for (sub = command->subcommands; *sub != NULL; sub++)
            fprintf(out, "  %-8s %s\n", cli_subcommand_name(*sub), (*sub)->summary);
        fprintf(out, "\nRun 'clusctl help %s SUBCOMMAND' for a subcommand's options.\n",
                command->name);
    }
}

/* "unknown subcommand 'NAME' (start, cancel, ...)", or with NULL "no
 * subcommand given (...)": a usage error. */
static int cli_bad_subcommand(const cli_ctx *ctx, const cli_command *command,
                              const char *name)
{
    const cli_command *const *sub;
    char names[128];
    size_t len = 0;
    names[0] = '\0';
    for (sub = command->subcommands; *sub != NULL && len < sizeof names; sub++)
        len += (size_t)snprintf(names + len, sizeof names - len, "%s%s",
                                sub == command->subcommands ? "" : ", ",
                                cli_subcommand_name(*sub));
    if (name == NULL)
        return cli_fail(ctx, CCTL_EXIT_USAGE, "no subcommand given (%s)", names);
    return cli_fail(ctx, CCTL_EXIT_USAGE, "unknown subcommand '%s' (%s)", name, names);
}

int cli_run_subcommand(const cli_ctx *ctx, const cli_command *command, int argc,
                       char **argv)
{
    const char *name = argc > 1 ? argv[1] : NULL;
    const cli_command *sub;
    if (name == NULL)
        return cli_bad_subcommand(ctx, command, NULL);
    if (strcmp(name, "--help") == 0 || strcmp(name, "-h") == 0) {
        if (argc > 2)
            return cli_fail(ctx, CCTL_EXIT_USAGE, "unexpected argument '%s' after %s",
                            argv[2], name);
        cli_print_command_help(ctx->out, command);
        return CCTL_EXIT_OK;
    }
    sub = cli_find_subcommand(command, name);
    if (sub == NULL)
        return cli_bad_subcommand(ctx, command, name);
    return sub->run(ctx, argc - 1, argv + 1);
}

/* The pieces of `clusctl --help` that the man page shares. */
const char cli_examples[] =
    "  clusctl decode 0x01600008\n"
    "  clusctl decode --json 0x01600004 23068676\n"
    "  clusctl decode CLUSCTL_RESOURCE_GET_FLAGS\n"
    "  clusctl encode --object resource --modify --user --function 2\n"
    "  clusctl lookup clusctl_resource_vm_start_migration\n"
    "  clusctl list --object resource --format csv\n"
    "  clusctl vm start --dest node2 --json\n"
    "  clusctl vm cancel --migration-state setup\n"
    "  clusctl annotate cluster.log | less\n"
    "  clusctl plist flags CLUSCTL_RESOURCE_GET_CHARACTERISTICS 0x5\n";

static void cli_print_help(FILE *out)
{
    size_t i;
    fputs("usage: clusctl COMMAND [ARGS...]\n"
          "       clusctl help [COMMAND [SUBCOMMAND]] | --help | --version | -V\n"
          "       clusctl help --man   (the man page, clusctl(1), as roff)\n\n" CLI_SUMMARY
          "\n\nCommands:\n",
          out);
    for (i = 0; i < CLI_COMMAND_COUNT; i++)
        fprintf(out, "  %-8s %s\n", cli_commands[i]->name,
                cli_commands[i]->summary);
    fputs("\nCODE is 0x-prefixed hex, decimal or a name.\n" CLI_EXIT_STATUS
          "\n\nExamples:\n",
          out);
    fputs(cli_examples, out);
    fputs("\nRun 'clusctl help COMMAND' for a command's options.\n", out);
}

/* `clusctl help help`. */
static const char cli_help_help[] =
    "usage: clusctl help [COMMAND [SUBCOMMAND]]\n"
    "       clusctl help --man\n\n"
    "Print help: the tool's (no COMMAND, the same as --help), a command's (the\n"
    "same as COMMAND --help), or a subcommand's (help vm start, help plist\n"
    "decode: the same as COMMAND SUBCOMMAND --help). --man prints the man\n"
    "page, clusctl(1), as roff. --version and -V print the version.\n";

static const cli_command *cli_find_command(const char *name)
{
    size_t i;
    for (i = 0; i < CLI_COMMAND_COUNT; i++)
        if (strcmp(cli_commands[i]->name, name) == 0)
            return cli_commands[i];
    return NULL;
}

static int cli_run(cli_ctx *c, int argc, char **argv, FILE *out, FILE *err);

int clusctl_cli_main(int argc, char **argv, FILE *out, FILE *err)
{
    cli_ctx ctx;
    int status = cli_run(&ctx, argc, argv, out, err);
    /* Whatever the command wrote: a write error of any command is reported
     * here, once, with the command's name. */
    errno = 0;
    if (status != CCTL_EXIT_OUTPUT && (fflush(out) != 0 || ferror(out)))
        status = cli_write_failed(&ctx, errno);
    return status;
}

static int cli_run(cli_ctx *c, int argc, char **argv, FILE *out, FILE *err)
{
    const cli_command *command, *sub;
    const char *name;
    int status;

    c->out = out;
    c->err = err;
    c->command = NULL;
    c->operands = NULL;
    if (argc < 2) {
        return cli_fail(c, CCTL_EXIT_USAGE,
                        "no command given; run 'clusctl --help'");
    }
    name = argv[1];
    if (strcmp(name, "--help") == 0 || strcmp(name, "-h") == 0) {
        if (argc > 2)
            return cli_fail(c, CCTL_EXIT_USAGE,
                            "unexpected argument '%s' after %s", argv[2], name);
        cli_print_help(out);
        return CCTL_EXIT_OK;
    }
    if (strcmp(name, "--version") == 0 || strcmp(name, "-V") == 0) {
        if (argc > 2)
            return cli_fail(c, CCTL_EXIT_USAGE,
                            "unexpected argument '%s' after %s", argv[2], name);
        fprintf(out, "clusctl %s\n", clusctl_version_string());
        return CCTL_EXIT_OK;
    }
    if (strcmp(name, "help") == 0) {
        c->command = "help";
        if (argc == 2) {
            cli_print_help(out);
            return CCTL_EXIT_OK;
        }
        if (strcmp(argv[2], "--man") == 0 || strcmp(argv[2], "help") == 0) {
            if (argc > 3)
                return cli_fail(c, CCTL_EXIT_USAGE,
                                "unexpected argument '%s'", argv[3]);
            if (argv[2][0] == '-')
                cli_print_man(out);
            else
                fputs(cli_help_help, out);
            return CCTL_EXIT_OK;
        }
        command = cli_find_command(argv[2]);
        if (command == NULL)
            return cli_fail(c, CCTL_EXIT_USAGE,
                            "unknown command '%s'; run 'clusctl --help'",
                            argv[2]);
        if (argc == 3) {
            cli_print_command_help(out, command);
            return CCTL_EXIT_OK;
        }
        /* A subcommand's help: what `COMMAND SUBCOMMAND --help` prints. */
        if (command->subcommands == NULL)
            return cli_fail(c, CCTL_EXIT_USAGE, "unexpected argument '%s'", argv[3]);
        sub = cli_find_subcommand(command, argv[3]);
        if (sub == NULL) {
            c->command = command->name;
            return cli_bad_subcommand(c, command, argv[3]);
        }
        if (argc > 4)
            return cli_fail(c, CCTL_EXIT_USAGE, "unexpected argument '%s'", argv[4]);
        cli_print_command_help(out, sub);
        return CCTL_EXIT_OK;
    }
    command = cli_find_command(name);
    if (command == NULL) {
        if (name[0] == '-')
            return cli_fail(c, CCTL_EXIT_USAGE,
                            "unknown option '%s'; run 'clusctl --help'", name);
        return cli_fail(c, CCTL_EXIT_USAGE,
                        "unknown command '%s'; run 'clusctl --help'", name);
    }
    /* Messages name the subcommand too: "clusctl: vm start: ...". */
    sub = argc > 2 ? cli_find_subcommand(command, argv[2]) : NULL;
    c->command = sub != NULL ? sub->name : command->name;
    c->operands = (const char **)malloc((size_t)argc * sizeof(const char *));
    if (c->operands == NULL)
        return cli_fail(c, CCTL_EXIT_REFUSED, "out of memory");
    status = command->run(c, argc - 1, argv + 1);
    free((void *)c->operands);
    c->operands = NULL;
    return status;
}
