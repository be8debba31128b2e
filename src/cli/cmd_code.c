/* `clusctl decode` and `clusctl encode`. */
#include <string.h>

#include "cli_internal.h"

/* The validation flags of a code as a JSON array of ids, in flag order. */
static void cli_json_warnings(FILE *out, uint32_t flags)
{
    uint32_t bit;
    int first = 1;
    fputc('[', out);
    for (bit = 1; bit != 0 && bit <= flags; bit <<= 1) {
        if (flags & bit) {
            if (!first)
                fputc(',', out);
            cli_json_string(out, clusctl_warning_id(bit));
            first = 0;
        }
    }
    fputc(']', out);
}

void cli_print_code_json(FILE *out, uint32_t code)
{
    clusctl_fields f;
    (void)clusctl_decode(code, &f);
    fprintf(out, "{\"value\":\"0x%08lX\",\"object\":%lu,\"object_name\":",
            (unsigned long)code, (unsigned long)f.object);
    cli_json_string(out, clusctl_object_name(f.object));
    fputs(",\"global\":", out);
    cli_json_bool(out, f.global);
    fputs(",\"modify\":", out);
    cli_json_bool(out, f.modify);
    fputs(",\"user\":", out);
    cli_json_bool(out, f.user);
    fputs(",\"internal\":", out);
    cli_json_bool(out, f.internal);
    fprintf(out, ",\"function\":%lu,\"access\":%lu,\"access_name\":",
            (unsigned long)f.function, (unsigned long)f.access);
    cli_json_string(out, clusctl_access_name(f.access));
    fputs(",\"warnings\":", out);
    cli_json_warnings(out, clusctl_validate(code));
    fputc('}', out);
}

static const char *cli_or_dash(const char *s)
{
    return s != NULL ? s : "-";
}

void cli_print_code_table(FILE *out, uint32_t code)
{
    clusctl_fields f;
    uint32_t flags = clusctl_validate(code);
    uint32_t bit;
    (void)clusctl_decode(code, &f);
    fprintf(out, "code      0x%08lX\n", (unsigned long)code);
    fprintf(out, "object    %-8lu  %s\n", (unsigned long)f.object,
            f.object == 0 ? "INVALID (none: a bare CLCTL_* operation)"
                          : cli_or_dash(clusctl_object_name(f.object)));
    fprintf(out, "global    %lu\n", (unsigned long)f.global);
    fprintf(out, "modify    %lu\n", (unsigned long)f.modify);
    fprintf(out, "user      %lu\n", (unsigned long)f.user);
    fprintf(out, "internal  %lu\n", (unsigned long)f.internal);
    fprintf(out, "function  %-8lu  operation 0x%06lX, low 22 bits 0x%06lX\n",
            (unsigned long)f.function,
            (unsigned long)(code & (CCTL_FUNCTION_MAX << CCTL_FUNCTION_SHIFT)),
            (unsigned long)CCTL_GET_CONTROL_FUNCTION(code));
    fprintf(out, "access    %-8lu  %s\n", (unsigned long)f.access,
            cli_or_dash(clusctl_access_name(f.access)));
    for (bit = 1; bit != 0 && bit <= flags; bit <<= 1)
        if (flags & bit)
            fprintf(out, "warning   %s\n", clusctl_warning_description(bit));
}

static int cli_decode(const cli_ctx *ctx, int argc, char **argv)
{
    int json = 0, help = 0, count = 0, i, rc;
    const cli_option options[] = {{"--json", NULL, &json}};
    uint32_t code;

    rc = cli_parse_args(ctx, argc, argv, 1, options, 1, &count, &help);
    if (rc != CCTL_EXIT_OK)
        return rc;
    if (help) {
        cli_print_command_help(ctx->out, &cli_cmd_decode);
        return CCTL_EXIT_OK;
    }
    if (count == 0)
        return cli_fail(ctx, CCTL_EXIT_USAGE, "no CODE given");
    /* Check every argument before printing anything. */
    for (i = 0; i < count; i++) {
        rc = cli_parse_number(ctx, "CODE", ctx->operands[i], &code);
        if (rc != CCTL_EXIT_OK)
            return rc;
    }
    for (i = 0; i < count; i++) {
        (void)clusctl_parse_u32(ctx->operands[i], &code);
        if (json) {
            cli_print_code_json(ctx->out, code);
            fputc('\n', ctx->out);
        } else {
            if (i > 0)
                fputc('\n', ctx->out);
            cli_print_code_table(ctx->out, code);
        }
    }
    return CCTL_EXIT_OK;
}

const cli_command cli_cmd_decode = {
    "decode", cli_decode, "decode [--json] CODE...",
    "Take control codes apart into their fields.",
    "CODE is 0x-prefixed hex (0x01600008) or decimal (23068680).\n\n"
    "Options:\n"
    "  --json    one JSON object per CODE, one per line, with the keys value,\n"
    "            object, object_name, global, modify, user, internal,\n"
    "            function, access, access_name and warnings\n\n"
    "Examples:\n"
    "  clusctl decode 0x01600008\n"
    "  clusctl decode --json 0x01600004 0x01600008\n"};

/* Reads a value that is a name (through `from_name`) or a number. */
static int cli_named_number(const cli_ctx *ctx, const char *option,
                            const char *text,
                            clusctl_status (*from_name)(const char *, uint32_t *),
                            const char *names, uint32_t *value)
{
    if (from_name(text, value) == CCTL_ERROR_SUCCESS)
        return CCTL_EXIT_OK;
    if (text[0] >= '0' && text[0] <= '9')
        return cli_parse_number(ctx, option, text, value);
    return cli_fail(ctx, CCTL_EXIT_USAGE,
                    "%s '%s' is neither a number nor a name (%s)", option, text,
                    names);
}

static int cli_encode(const cli_ctx *ctx, int argc, char **argv)
{
    int json = 0, help = 0, count = 0, rc;
    int global = 0, modify = 0, user = 0, internal = 0;
    const char *object = NULL, *function = NULL, *access = NULL;
    const cli_option options[] = {
        {"--json", NULL, &json},       {"--object", &object, NULL},
        {"--global", NULL, &global},   {"--modify", NULL, &modify},
        {"--user", NULL, &user},       {"--internal", NULL, &internal},
        {"--function", &function, NULL}, {"--access", &access, NULL},
    };
    clusctl_fields f;
    uint32_t code, bad;
    const char *bad_text;

    rc = cli_parse_args(ctx, argc, argv, 1, options,
                        sizeof(options) / sizeof(options[0]), &count, &help);
    if (rc != CCTL_EXIT_OK)
        return rc;
    if (help) {
        cli_print_command_help(ctx->out, &cli_cmd_encode);
        return CCTL_EXIT_OK;
    }
    if (count > 0)
        return cli_fail(ctx, CCTL_EXIT_USAGE, "unexpected argument '%s'",
                        ctx->operands[0]);
    if (object == NULL)
        return cli_fail(ctx, CCTL_EXIT_USAGE, "--object is required");
    if (function == NULL)
        return cli_fail(ctx, CCTL_EXIT_USAGE, "--function is required");

    memset(&f, 0, sizeof f);
    f.global = (uint32_t)global;
    f.modify = (uint32_t)modify;
    f.user = (uint32_t)user;
    f.internal = (uint32_t)internal;
    rc = cli_named_number(ctx, "--object", object, clusctl_object_from_name,
                          "resource, resource_type, group, node, network, "
                          "netinterface, cluster, groupset, affinityrule, "
                          "user, invalid",
                          &f.object);
    if (rc == CCTL_EXIT_OK)
        rc = cli_parse_number(ctx, "--function", function, &f.function);
    if (rc == CCTL_EXIT_OK && access != NULL)
        rc = cli_named_number(ctx, "--access", access,
                              clusctl_access_from_name, "any, read, write",
                              &f.access);
    if (rc != CCTL_EXIT_OK)
        return rc;

    bad = clusctl_fields_check(&f);
    if (bad != 0) {
        /* Only the object, the function and the access can be out of
         * range: the switches are 0 or 1. */
        uint32_t field = bad & (0u - bad); /* the lowest flag */
        bad_text = field == CCTL_FIELD_OBJECT     ? object
                   : field == CCTL_FIELD_FUNCTION ? function
                                                  : access;
        return cli_fail(ctx, CCTL_EXIT_USAGE,
                        "--%s %s is out of range (0 to %lu)",
                        clusctl_field_name(field), bad_text,
                        (unsigned long)clusctl_field_max(field));
    }
    if (clusctl_encode(&f, &code) != CCTL_ERROR_SUCCESS)
        return cli_fail(ctx, CCTL_EXIT_USAGE, "cannot encode these fields");
    if (json)
        cli_print_code_json(ctx->out, code);
    else
        fprintf(ctx->out, "0x%08lX", (unsigned long)code);
    fputc('\n', ctx->out);
    return CCTL_EXIT_OK;
}

const cli_command cli_cmd_encode = {
    "encode", cli_encode,
    "encode [--json] --object OBJ [--global] [--modify] [--user] "
    "[--internal] --function N [--access ACC]",
    "Build a control code from its fields.",
    "Options:\n"
    "  --object OBJ    object code: a name (resource, resource_type, group,\n"
    "                  node, network, netinterface, cluster, groupset,\n"
    "                  affinityrule, user, invalid; any case) or 0 to 255\n"
    "  --global        set the global bit (23)\n"
    "  --modify        set the modify bit (22)\n"
    "  --user          set the user bit (21)\n"
    "  --internal      set the internal bit (20)\n"
    "  --function N    the 18-bit function number, 0 to 262143\n"
    "  --access ACC    any, read, write (any case) or 0 to 3; default any\n"
    "  --json          print the decode object instead of the code\n\n"
    "Numbers are 0x-prefixed hex or decimal. Prints the code as 0x%08X.\n\n"
    "Examples:\n"
    "  clusctl encode --object resource --modify --user --function 2\n"
    "  clusctl encode --object 1 --function 2 --access read\n"};
