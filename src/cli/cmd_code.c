/* `clusctl decode` and `clusctl encode`. */
#include <string.h>

#include "cli_internal.h"

static int cli_decode(const cli_ctx *ctx, int argc, char **argv)
{
    int json = 0, verbose = 0, count = 0, i, rc;
    const char *restype = NULL;
    const cli_option options[] = {{"--json", NULL, &json},
                                  {"--restype", &restype, NULL},
                                  {"--verbose", NULL, &verbose}};
    clusctl_description d;

    rc = cli_parse_command(ctx, argc, argv, options, 3, &cli_cmd_decode, 0,
                           &count);
    if (rc != CLI_CONTINUE)
        return rc;
    if (count == 0)
        return cli_fail(ctx, CCTL_EXIT_USAGE, "no CODE given");
    cli_check_restype(ctx, restype);
    /* Check every argument before printing anything. */
    for (i = 0; i < count; i++) {
        rc = cli_parse_code(ctx, ctx->operands[i], restype, &d);
        if (rc != CCTL_EXIT_OK)
            return rc;
    }
    for (i = 0; i < count; i++)
        cli_note_hex_lookalike(ctx, ctx->operands[i], restype);
    for (i = 0; i < count; i++) {
        (void)cli_parse_code(ctx, ctx->operands[i], restype, &d);
        if (json) {
            cli_print_code_json(ctx->out, &d);
            fputc('\n', ctx->out);
        } else {
            if (i > 0)
                fputc('\n', ctx->out);
            cli_print_code_table(ctx->out, &d, verbose);
        }
    }
    return CCTL_EXIT_OK;
}

const cli_command cli_cmd_decode = {
    "decode", cli_decode, "decode [--json] [--verbose] [--restype NAME] CODE...",
    "Take control codes apart: names, fields, policy, buffers.",
    "The text names the source of each description (source) and, for a\n"
    "value a name had in older SDKs, the change (note).\n\n"
    "CODE is 0x-prefixed hex (0x01600008), decimal (23068680) or a name from\n"
    "the catalog in any case (CLUSCTL_RESOURCE_VM_CANCEL_MIGRATION). An\n"
    "unknown name exits 1 with suggestions. Decimal digits that name no code\n"
    "but would as hex (1600004 for 0x01600004) get a note on stderr.\n\n"
    "Options:\n"
    "  --restype NAME  name first the code that belongs to resource type NAME\n"
    "                  (@restypes@);\n"
    "                  another type gets a warning on stderr\n"
    "  --verbose       also a page line (its docs page) and a note line (where\n"
    "                  the sources disagree, SDK #if guards) for each name\n"
    "  --json          one JSON object per CODE, one per line, with the keys\n"
    "                  value, object, object_name, object_description,\n"
    "                  global, modify, user, internal, function, operation,\n"
    "                  control_function (the low 22 bits), access,\n"
    "                  access_name, warnings,\n"
    "                  names (preferred first; empty when unknown), entries\n"
    "                  (one object per name, in the order of names: name,\n"
    "                  kind, provenance, resource_type, description,\n"
    "                  description_source, doc_page, docs_errata (an\n"
    "                  array), notes; null when unknown), the preferred\n"
    "                  name's description, description_source and\n"
    "                  docs_errata, required_access (READ or ALL),\n"
    "                  application_may_send, sdk, input and output (what the\n"
    "                  buffers hold, as its docs page says: none,\n"
    "                  property_list, ..., unknown; undocumented without a\n"
    "                  page), input_detail and output_detail (a struct's name,\n"
    "                  the flags' constants, e.g. \"CLUS_CHAR_*\"; else null),\n"
    "                  and nearest (for an unknown value, e.g.\n"
    "                  \"CLCTL_GET_FLAGS on object 10\"; else null)\n\n"
    "Examples:\n"
    "  clusctl decode 0x01600008\n"
    "  clusctl decode --restype \"Virtual Machine Configuration\" 0x01600004\n"
    "  clusctl decode --verbose 0x01400246\n"
    "  clusctl decode --json CLUSCTL_RESOURCE_GET_FLAGS 0x0A000009\n",
    NULL};

static int cli_encode(const cli_ctx *ctx, int argc, char **argv)
{
    int json = 0, count = 0, rc;
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

    rc = cli_parse_command(ctx, argc, argv, options, sizeof(options) / sizeof(options[0]), &cli_cmd_encode, 1,
                           &count);
    if (rc != CLI_CONTINUE)
        return rc;
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
                          CLI_LIST_OBJECTS, clusctl_field_max(CCTL_FIELD_OBJECT),
                          &f.object);
    if (rc == CCTL_EXIT_OK)
        rc = cli_parse_number_in(ctx, "--function", function,
                                 clusctl_field_max(CCTL_FIELD_FUNCTION),
                                 &f.function);
    if (rc == CCTL_EXIT_OK && access != NULL)
        rc = cli_named_number(ctx, "--access", access,
                              clusctl_access_from_name, CLI_LIST_ACCESS,
                              clusctl_field_max(CCTL_FIELD_ACCESS), &f.access);
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
    if (json) {
        clusctl_description d;
        (void)clusctl_describe(code, NULL, &d);
        cli_print_code_json(ctx->out, &d);
    } else
        fprintf(ctx->out, "0x%08lX", (unsigned long)code);
    fputc('\n', ctx->out);
    return CCTL_EXIT_OK;
}

const cli_command cli_cmd_encode = {
    "encode", cli_encode,
    "encode [--json] --object OBJ [--global] [--modify] [--user]\n"
    "       [--internal] --function N [--access ACC]",
    "Build a control code from its fields.",
    "Options:\n"
    "  --object OBJ    object code, 0 to 255, or a name (any case):\n"
    "                  @objects@\n"
    "  --global        set the global bit (23)\n"
    "  --modify        set the modify bit (22)\n"
    "  --user          set the user bit (21)\n"
    "  --internal      set the internal bit (20)\n"
    "  --function N    the 18-bit function number, 0 to 262143\n"
    "  --access ACC    0 to 3 or a name (any case), default any:\n"
    "                  @access@\n"
    "  --json          print the decode object instead of the code\n\n"
    "Numbers are 0x-prefixed hex or decimal. Prints the code as 0x%08X.\n\n"
    "Examples:\n"
    "  clusctl encode --object resource --modify --user --function 2\n"
    "  clusctl encode --object 1 --function 2 --access read\n",
    NULL};
