/* `clusctl plist`: what control codes carry: property lists and value lists
 * (decode, encode, syntax: cmd_plist_codec.c) and flags. Each subcommand is
 * a command of its own, in cli_plist_subcommands. */
#include <string.h>

#include "cli_internal.h"

/* One line per set bit: "0x00000001  CLUS_CHAR_QUORUM" (or "(unknown)");
 * for a value with no bit set, the set's name for 0 or "(no bits set)". A
 * label ("subclass") goes first when given. */
static void cli_plist_bits_text(FILE *out, const char *label, uint32_t set,
                                uint32_t value)
{
    uint32_t bit = 0;
    const char *name;
    if (value == 0) {
        name = clusctl_flag_name(set, 0);
        fprintf(out, "%s0x00000000  %s\n", label, name != NULL ? name : "(no bits set)");
        return;
    }
    while (clusctl_flags_next(set, value, &bit, &name) == CCTL_ERROR_SUCCESS)
        fprintf(out, "%s0x%08lX  %s\n", label, (unsigned long)bit,
                name != NULL ? name : "(unknown)");
}

/* "flags":[{"value":"0x00000001","name":"CLUS_CHAR_QUORUM"},...], the set
 * bits only (none for 0); name null for an unknown bit. */
static void cli_plist_bits_json(FILE *out, uint32_t set, uint32_t value)
{
    uint32_t bit = 0;
    const char *name;
    int first = 1;
    fputs(",\"flags\":[", out);
    while (clusctl_flags_next(set, value, &bit, &name) == CCTL_ERROR_SUCCESS) {
        fprintf(out, "%s{\"value\":\"0x%08lX\",\"name\":", first ? "" : ",",
                (unsigned long)bit);
        cli_json_string(out, name);
        fputc('}', out);
        first = 0;
    }
    fputc(']', out);
}

static int cli_plist_flags(const cli_ctx *ctx, int argc, char **argv)
{
    int json = 0, count = 0, rc, has_subclass;
    const cli_option options[] = {{"--json", NULL, &json}};
    clusctl_description d;
    clusctl_entry e;
    uint32_t value, subclass = 0, set, subclass_set = 0;
    const char *name;

    rc = cli_parse_command(ctx, argc, argv, options, 1, &cli_cmd_plist_flags, 0, &count);
    if (rc != CLI_CONTINUE)
        return rc;
    if (count == 0)
        return cli_fail(ctx, CCTL_EXIT_USAGE, "no CODE given");
    if (count == 1)
        return cli_fail(ctx, CCTL_EXIT_USAGE, "no VALUE given");
    if (count > 3)
        return cli_fail(ctx, CCTL_EXIT_USAGE, "unexpected argument '%s'",
                        ctx->operands[3]);
    has_subclass = count == 3;
    rc = cli_parse_number(ctx, "VALUE", ctx->operands[1], &value);
    if (rc == CCTL_EXIT_OK && has_subclass)
        rc = cli_parse_number(ctx, "SUBCLASS", ctx->operands[2], &subclass);
    if (rc == CCTL_EXIT_OK)
        rc = cli_parse_code(ctx, ctx->operands[0], NULL, &d);
    if (rc != CCTL_EXIT_OK)
        return rc;
    if (clusctl_catalog_get(d.preferred, &e) != CCTL_ERROR_SUCCESS)
        return cli_fail(ctx, CCTL_EXIT_REFUSED,
                        "0x%08lX is not in the catalog: nothing says what it returns",
                        (unsigned long)d.code);
    set = e.flag_set;
    if (set == 0 && d.output == CCTL_BUFFER_UNDOCUMENTED)
        return cli_fail(ctx, CCTL_EXIT_REFUSED,
                        "%s has no docs page: nothing says it returns flags",
                        e.name);
    if (set == 0 && d.output == CCTL_BUFFER_UNKNOWN)
        return cli_fail(ctx, CCTL_EXIT_REFUSED,
                        "%s: its docs page does not say what it returns",
                        e.name);
    if (set == 0)
        return cli_fail(ctx, CCTL_EXIT_REFUSED, "%s returns no flags (output: %s%s%s)",
                        e.name, clusctl_buffer_text(d.output),
                        d.output_detail != NULL ? ": " : "",
                        d.output_detail != NULL ? d.output_detail : "");
    if (clusctl_flag_set_is_bitmask(set)) {
        if (has_subclass)
            return cli_fail(ctx, CCTL_EXIT_USAGE,
                            "SUBCLASS is for the GET_CLASS_INFO codes; %s returns "
                            "one DWORD",
                            e.name);
    } else {
        (void)clusctl_subclass_set(value, &subclass_set);
    }

    if (json) {
        fprintf(ctx->out, "{\"code\":\"0x%08lX\",\"name\":", (unsigned long)d.code);
        cli_json_string(ctx->out, e.name);
        fputs(",\"set\":", ctx->out);
        cli_json_string(ctx->out, clusctl_flag_set_name(set));
        fprintf(ctx->out, ",\"value\":\"0x%08lX\"", (unsigned long)value);
        if (clusctl_flag_set_is_bitmask(set)) {
            cli_plist_bits_json(ctx->out, set, value);
        } else {
            fputs(",\"class\":", ctx->out);
            cli_json_string(ctx->out, clusctl_flag_name(set, value));
            if (has_subclass) {
                fprintf(ctx->out, ",\"subclass\":\"0x%08lX\",\"subclass_set\":",
                        (unsigned long)subclass);
                cli_json_string(ctx->out, clusctl_flag_set_name(subclass_set));
            } else {
                fputs(",\"subclass\":null,\"subclass_set\":null", ctx->out);
            }
            cli_plist_bits_json(ctx->out, subclass_set, subclass);
        }
        fputs("}\n", ctx->out);
        return CCTL_EXIT_OK;
    }
    if (clusctl_flag_set_is_bitmask(set)) {
        cli_plist_bits_text(ctx->out, "", set, value);
        return CCTL_EXIT_OK;
    }
    name = clusctl_flag_name(set, value);
    fprintf(ctx->out, "class     0x%08lX  %s\n", (unsigned long)value,
            name != NULL ? name : "(unknown)");
    if (has_subclass)
        cli_plist_bits_text(ctx->out, "subclass  ", subclass_set, subclass);
    return CCTL_EXIT_OK;
}

static int cli_plist(const cli_ctx *ctx, int argc, char **argv)
{
    return cli_run_subcommand(ctx, &cli_cmd_plist, argc, argv);
}

const cli_command cli_cmd_plist_decode = {
    "plist decode", cli_plist_decode,
    "plist decode [--hex] [--value-list] [--strict] [--json] [FILE|-]",
    "Check a property list or value list whole and print its values.",
    "Reads a property list (or with --value-list a value list) from FILE or\n"
    "standard input, raw bytes or with --hex hex text (white space, commas,\n"
    "0x prefixes and a hex dump's offsets and text column are ignored),\n"
    "checks it whole and prints one line per value:\n"
    "  VmState = 2  DWORD\n"
    "A malformed buffer exits 1 with one line on stderr naming the offset and\n"
    "the problem, and prints nothing on stdout.\n\n"
    "Options:\n"
    "  --hex         the input is hex text\n"
    "  --value-list  the input is a value list (no count, no names)\n"
    "  --strict      apply every MUST of MS-CMRP and the docs (zero padding,\n"
    "                named syntaxes only, ...), not only what real buffers need\n"
    "  --json        one object: {\"kind\":\"property_list\",\"size\":44,\n"
    "                \"count\":1,\"final_endmark\":true,\"properties\":[{\"name\":\n"
    "                \"VmState\",\"offset\":4,\"values\":[{\"syntax\":\"0x00010002\",\n"
    "                \"syntax_name\":\"CLUSPROP_SYNTAX_LIST_VALUE_DWORD\",\n"
    "                \"type\":\"LIST_VALUE\",\"format\":\"DWORD\",\"length\":4,\n"
    "                \"offset\":28,\"value\":2}]}]}; a value list is\n"
    "                {\"kind\":\"value_list\",\"size\":N,\"values\":[...]}. value is\n"
    "                a number (WORD, DWORD, LONG), a decimal string (LARGE_INTEGER,\n"
    "                ULARGE_INTEGER, FILETIME, which also gets \"utc\"), a string\n"
    "                (SZ, EXPAND_SZ, EXPANDED_SZ), an array of strings (MULTI_SZ),\n"
    "                lower-case hex (BINARY, SECURITY_DESCRIPTOR, other formats)\n"
    "                or a list object (nested lists)\n\n"
    "Examples:\n"
    "  clusctl plist decode --hex ro_private_properties.hex\n"
    "  clusctl plist decode --json buffer.bin | clusctl plist encode > same.bin\n",
    NULL};

const cli_command cli_cmd_plist_encode = {
    "plist encode", cli_plist_encode, "plist encode [--hex] [FILE|-]",
    "Write the bytes of a list given as plist decode's JSON.",
    "Reads the JSON plist decode --json prints (a value may give just format\n"
    "and value, the syntax then being LIST_VALUE with that format) from FILE\n"
    "or standard input and writes the list's bytes, or with --hex hex text,\n"
    "16 bytes a line: decode --json | encode gives back the bytes of every\n"
    "canonical list. A JSON error names its line, column and offset.\n\n"
    "Options:\n"
    "  --hex   write hex text, not raw bytes\n\n"
    "Example:\n"
    "  clusctl plist decode --json buffer.bin | clusctl plist encode > same.bin\n",
    NULL};

const cli_command cli_cmd_plist_syntax = {
    "plist syntax", cli_plist_syntax, "plist syntax [--json] SYNTAX...",
    "Take syntax values apart: type and format.",
    "Takes syntax values apart, as decode does for control codes: each\n"
    "SYNTAX is a number or a name (CLUSPROP_SYNTAX_LIST_VALUE_DWORD, any case,\n"
    "with or without its prefix).\n\n"
    "Options:\n"
    "  --json  {\"value\":\"0x00010002\",\"type\":1,\"type_name\":\"LIST_VALUE\",\n"
    "          \"format\":2,\"format_name\":\"DWORD\",\n"
    "          \"name\":\"CLUSPROP_SYNTAX_LIST_VALUE_DWORD\"} per SYNTAX, one\n"
    "          per line\n\n"
    "Example:\n"
    "  clusctl plist syntax 0x00010002 CLUSPROP_SYNTAX_NAME\n",
    NULL};

const cli_command cli_cmd_plist_flags = {
    "plist flags", cli_plist_flags, "plist flags [--json] CODE VALUE [SUBCLASS]",
    "Name the bits of the DWORD a code returns: flags, classes.",
    "Takes apart VALUE, the DWORD that CODE returns, with the constants its\n"
    "docs page names: CLUS_CHAR_* for the GET_CHARACTERISTICS codes,\n"
    "CLUS_FLAG_* for CLUSCTL_RESOURCE_GET_FLAGS (the other GET_FLAGS codes'\n"
    "pages name none, so each of their bits is unknown). It prints one line per\n"
    "set bit, lowest first, (unknown) for a bit that no constant names (never\n"
    "left out); for 0, the set's name for 0 (CLUS_CHAR_UNKNOWN) or (no bits\n"
    "set). For the GET_CLASS_INFO codes VALUE is the resource class\n"
    "(CLUS_RESCLASS_*) and SUBCLASS, if given, its subclass bits\n"
    "(CLUS_RESSUBCLASS_*, whose set depends on the class). CODE is a number\n"
    "or a catalog name, as decode takes it; VALUE and SUBCLASS are numbers.\n"
    "Exits 1 when CODE returns no flags (its page says so), its page does not\n"
    "say, it has no page, or it is not in the catalog.\n\n"
    "Options:\n"
    "  --json    one object: code, name (the code's), set (\"CLUS_CHAR\";\n"
    "            null when its page names no constants), value, and flags:\n"
    "            [{\"value\":\"0x00000001\",\"name\":\"CLUS_CHAR_QUORUM\"},...], the\n"
    "            set bits, name null for an unknown one. For a class code,\n"
    "            also class (its name or null), subclass and subclass_set\n"
    "            (null without SUBCLASS), and flags holds the subclass bits\n\n"
    "Examples:\n"
    "  clusctl plist flags CLUSCTL_RESOURCE_GET_CHARACTERISTICS 0x5\n"
    "  clusctl plist flags --json CLUSCTL_RESOURCE_GET_FLAGS 1\n"
    "  clusctl plist flags CLUSCTL_RESOURCE_GET_CLASS_INFO 1 0x40000000\n",
    NULL};

static const cli_command *const cli_plist_subcommands[] = {
    &cli_cmd_plist_decode, &cli_cmd_plist_encode, &cli_cmd_plist_syntax,
    &cli_cmd_plist_flags, NULL};

const cli_command cli_cmd_plist = {
    "plist", cli_plist, NULL,
    "Take apart what control codes carry: property lists, flags, classes.",
    "decode and encode convert property lists and value lists between their\n"
    "bytes and text or JSON; syntax takes their syntax values apart; flags\n"
    "names the bits of the DWORD a code returns.\n\n"
    "Examples:\n"
    "  clusctl plist decode --hex ro_private_properties.hex\n"
    "  clusctl plist syntax 0x00010002\n"
    "  clusctl plist flags CLUSCTL_RESOURCE_GET_CHARACTERISTICS 0x5\n",
    cli_plist_subcommands};
