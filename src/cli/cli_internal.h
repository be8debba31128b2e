/* What the tool's command files share. Not installed. */
#ifndef CCTL_CLI_INTERNAL_H_
#define CCTL_CLI_INTERNAL_H_

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "cli.h"
#include "clusctl/clusctl.h"

#if defined(__GNUC__)
#define CLI_PRINTF_(fmt, args) __attribute__((format(printf, fmt, args)))
#else
#define CLI_PRINTF_(fmt, args)
#endif

/* One run of one command. */
typedef struct cli_ctx {
    FILE *out;
    FILE *err;
    const char *command; /* the command's name, for messages */
    const char **operands; /* room for every argument; see cli_parse_args */
} cli_ctx;

/* Prints "clusctl: COMMAND: message" as one line on err; returns `status`. */
int cli_fail(const cli_ctx *ctx, int status, const char *fmt, ...)
    CLI_PRINTF_(3, 4);

/* An option a command accepts. Exactly one of `value` (an option that takes a
 * value) and `flag` (a switch) is set. */
typedef struct cli_option {
    const char *name;    /* with its dashes: "--object" */
    const char **value;  /* receives the value; NULL until given */
    int *flag;           /* set to 1 when given */
} cli_option;

/* Parses argv[first..argc-1] against `options`: "--name value",
 * "--name=value", switches, and "--" ending the options. Everything else is
 * an operand, stored in order into ctx->operands and counted in
 * *operand_count. An argument of the form "-N" (a dash and a
 * digit) is an operand, so that "-1" gets "negative" rather than "unknown
 * option". Sets *help when -h or --help is given. Returns CCTL_EXIT_OK, or
 * CCTL_EXIT_USAGE after printing why (unknown option, missing value, option
 * given twice). */
int cli_parse_args(const cli_ctx *ctx, int argc, char **argv, int first,
                   const cli_option *options, size_t option_count,
                   int *operand_count, int *help);

/* What cli_parse_command() returns when the command should go on. */
#define CLI_CONTINUE (-1)

/* The start of every command: parses argv[1..] (argv[0] is the command's
 * name) with cli_parse_args(), prints `command`'s help for -h/--help, and
 * with `no_operands` refuses any operand. Returns CLI_CONTINUE, or the exit
 * status to return (CCTL_EXIT_OK after help, CCTL_EXIT_USAGE after a
 * message). */
struct cli_command;
int cli_parse_command(const cli_ctx *ctx, int argc, char **argv,
                      const cli_option *options, size_t option_count,
                      const struct cli_command *command, int no_operands,
                      int *operand_count);

/* Parses a number argument with clusctl_parse_u32(); on error prints a
 * message naming `what` and the text and returns CCTL_EXIT_USAGE. */
int cli_parse_number(const cli_ctx *ctx, const char *what, const char *text,
                     uint32_t *value);

/* The same for a number from 0 to `max` (the library's: clusctl_field_max(),
 * a map's type): every message states that range, and a larger number is
 * "WHAT TEXT is out of range (0 to MAX)". */
int cli_parse_number_in(const cli_ctx *ctx, const char *what, const char *text,
                        uint32_t max, uint32_t *value);

/* The range of a DWORD property of the library's VM property table: 1 and
 * *min, *max set, or 0 when the table has no such property. */
int cli_vm_property_range(const char *property, uint32_t *min, uint32_t *max);

/* The same for a number from `min` to `max` (a property's range in its
 * table): "WHAT TEXT is out of range (MIN to MAX)" outside it. */
int cli_parse_number_range(const cli_ctx *ctx, const char *what, const char *text,
                           uint32_t min, uint32_t max, uint32_t *value);

/* Whether a and b are the same text, ASCII letters in any case. */
int cli_equal_nocase(const char *a, const char *b);

/* The value of an enumerated option: *index is the position in `choices`
 * (NULL-terminated) of the one `text` names, in any case. Otherwise prints
 * "OPTION 'text' is not a, b or c" and returns CCTL_EXIT_USAGE. */
int cli_parse_choice(const cli_ctx *ctx, const char *option, const char *text,
                     const char *const *choices, int *index);

/* A command's output format: --format FORMAT (`format`, NULL when not given;
 * read with cli_parse_choice()) and its synonym --json (`json`), which picks
 * choices[json_index]. *index is left alone when neither is given. Both
 * given and disagreeing is a usage error. */
int cli_parse_format(const cli_ctx *ctx, int json, const char *format,
                     const char *const *choices, int json_index, int *index);

/* JSON output. */
void cli_json_string(FILE *out, const char *s);      /* "..." escaped, or null */
void cli_json_chars(FILE *out, const char *s, size_t n); /* escaped, no quotes */
void cli_json_bool(FILE *out, uint32_t value);       /* true / false */

/* Prints what clusctl_describe() says of a code as a JSON object (no
 * newline) or as a table. */
void cli_print_code_json(FILE *out, const clusctl_description *d);
void cli_print_code_table(FILE *out, const clusctl_description *d,
                          int verbose);

/* "CLCTL_GET_FLAGS on NETWORK", "... on object 10" or "nothing matches". */
void cli_nearest_text(char *buf, size_t size, const clusctl_nearest *n);

/* Binary mode for a standard stream on Windows (CR LF and ^Z pass through
 * exactly); a no-op elsewhere. */
void cli_binary_mode(FILE *f);

/* errno as text, or `fallback` when the C library set none. */
const char *cli_errno_text(int err, const char *fallback);

/* A write error, reported once as "cannot write the output: REASON" (`err`,
 * an errno; a broken pipe, EPIPE, is not reported): the stream's error flag
 * is cleared so that it is not reported again. Returns CCTL_EXIT_OUTPUT. */
int cli_write_failed(const cli_ctx *ctx, int err);

/* The largest input a command reads whole (plist decode, plist encode). */
#define CLI_INPUT_MAX ((size_t)64 * 1024 * 1024)

/* Reads all of FILE (NULL or "-": standard input) into *data (malloc'd; the
 * caller frees it), *size bytes. On error prints why and returns
 * CCTL_EXIT_REFUSED with *data NULL. */
int cli_read_input(const cli_ctx *ctx, const char *name, unsigned char **data,
                   size_t *size);

/* Whether s is a C identifier: a letter or '_', then letters, digits, '_'. */
int cli_is_identifier(const char *s);

/* Reads a CODE argument, a number or a catalog name (any case), into its
 * description: clusctl_describe() with `restype` (which may be NULL) for a
 * number, clusctl_describe_name() for a name. Otherwise prints why and
 * returns CCTL_EXIT_USAGE (not a number nor a name) or CCTL_EXIT_REFUSED
 * (shaped like a name but not in the catalog; the message suggests close
 * names). */
int cli_parse_code(const cli_ctx *ctx, const char *text, const char *restype,
                   clusctl_description *d);

/* The resource types the catalog's entries belong to, each once, quoted and
 * ", "-separated, NUL-terminated into buf (cut to fit). */
void cli_resource_types(char *buf, size_t size);

/* A --restype that no catalog entry belongs to gets one warning line on
 * stderr naming the known types; the run goes on. NULL: nothing. */
void cli_check_restype(const cli_ctx *ctx, const char *restype);

/* A CODE operand of 2 to 8 decimal digits that the catalog does not hold,
 * but whose hex reading (0x + the same digits) it does, gets one note line
 * on stderr: how it was read, and what the hex reading names. */
void cli_note_hex_lookalike(const cli_ctx *ctx, const char *text,
                            const char *restype);

/* Whether a catalog name matches a search pattern, ASCII letters in any
 * case: a glob ('*' any run, '?' any one character) when the pattern holds
 * one of those, else part of the name (anywhere in it). */
int cli_name_matches(const char *pattern, const char *name);

/* The one message for a name the catalog does not hold: "unknown name
 * 'TEXT'", then "did you mean" up to three close names
 * (clusctl_catalog_suggest()), or else names that hold TEXT. Returns
 * `status`. */
int cli_unknown_name(const cli_ctx *ctx, int status, const char *text);

/* The lists of names the tool takes, each from the library's map
 * (CCTL_OBJECT_MAP, ...) or catalog (the resource types). Help text names
 * one as @objects@, @access@, @vm-states@, @migration-states@ or
 * @restypes@. */
typedef enum cli_list {
    CLI_LIST_OBJECTS,
    CLI_LIST_ACCESS,
    CLI_LIST_VM_STATES,
    CLI_LIST_MIGRATION_STATES,
    CLI_LIST_RESTYPES
} cli_list;

/* Room for any list, and for any command's expanded help. */
#define CLI_LIST_SIZE 512
#define CLI_HELP_SIZE 16384
/* The widest line help text makes when it wraps a list. */
#define CLI_HELP_WIDTH 78

/* Writes a list's names, lower-case, ", "-separated ("enabled/online" for a
 * name with an alias), NUL-terminated into buf (cut to fit). */
void cli_list_names(cli_list list, char *buf, size_t size);

/* Copies help text into buf with each @list@ replaced by its names, wrapped
 * at CLI_HELP_WIDTH and indented under the first; returns the length the
 * whole expansion needs (without the NUL). */
size_t cli_expand_help(const char *text, char *buf, size_t size);

/* Reads a value that is a name (through `from_name`) or a number from 0 to
 * `max` (cli_parse_number_in()), such as --object. `names` is the list the
 * error message shows. */
int cli_named_number(const cli_ctx *ctx, const char *option, const char *text,
                     clusctl_status (*from_name)(const char *, uint32_t *),
                     cli_list names, uint32_t max, uint32_t *value);

/* A command of the tool, or a subcommand ("vm start": its name is the
 * command's, a space and its own; messages name it so). */
typedef struct cli_command {
    const char *name;
    int (*run)(const cli_ctx *ctx, int argc, char **argv); /* argv[0] = name */
    /* One line, or lines: "decode [--json] CODE..."; NULL for a command
     * with subcommands, whose usage is theirs. */
    const char *usage;
    const char *summary; /* one line */
    const char *help;    /* the rest of `clusctl help NAME`: options, examples */
    /* NULL-terminated, or NULL: what `clusctl NAME SUBCOMMAND` runs. */
    const struct cli_command *const *subcommands;
} cli_command;

/* Prints `clusctl help NAME` for one command or subcommand: a command with
 * subcommands lists their usage and summaries. */
void cli_print_command_help(FILE *out, const cli_command *command);

/* A subcommand's own name ("start" of "vm start"). */
const char *cli_subcommand_name(const cli_command *subcommand);

/* The subcommand of `command` named `name`, or NULL. */
const cli_command *cli_find_subcommand(const cli_command *command, const char *name);

/* Runs `clusctl COMMAND SUBCOMMAND ...` (argv[0] is COMMAND): no
 * subcommand, or one it does not have, is a usage error that names them;
 * --help prints the command's help. */
int cli_run_subcommand(const cli_ctx *ctx, const cli_command *command, int argc,
                       char **argv);

/* Every command, in the order --help lists them. */
extern const cli_command *const cli_commands[];
extern const size_t cli_command_count;

/* The pieces of `clusctl --help` that the man page shares. */
#define CLI_SUMMARY "Encode and decode Windows Failover Cluster control codes."
#define CLI_EXIT_STATUS                                                        \
    "Exit status: 0 done, 1 not found or refused, 2 bad command line,\n"      \
    "3 the output could not be written."
extern const char cli_examples[];

/* Prints clusctl(1), as roff (man.c). */
void cli_print_man(FILE *out);

/* The plist subcommands of cmd_plist_codec.c (argv[0] is the subcommand). */
int cli_plist_decode(const cli_ctx *ctx, int argc, char **argv);
int cli_plist_encode(const cli_ctx *ctx, int argc, char **argv);
int cli_plist_syntax(const cli_ctx *ctx, int argc, char **argv);

/* The bytes of hex text, in place (out may be text): white space, commas,
 * 0x prefixes and a hex dump's offsets and text column are ignored. The
 * byte count, or (size_t)-1 with *bad the offset of a bad character. */
size_t cli_hex_text_bytes(const char *text, size_t len, unsigned char *out, size_t *bad);

/* Prints a valid list as plist decode does (text lines indented by
 * `indent`, or one JSON object); -1 when it is not a valid list. */
int cli_plist_print(FILE *out, const unsigned char *data, size_t size, int value_list,
                    int json, int indent);

/* Why cli_plist_from_json() refused a text. */
typedef struct cli_plist_json_error {
    size_t offset, line, column; /* where, in the JSON text */
    char message[160];
} cli_plist_json_error;

/* The bytes of the list that `plist decode --json` printed as `text`
 * (`size` bytes): 0 and *bytes (malloc'd, the caller frees it; NULL when
 * *length is 0 is possible) or -1 with *error set. */
int cli_plist_from_json(const char *text, size_t size, unsigned char **bytes,
                        size_t *length, cli_plist_json_error *error);

/* The commands, defined in their own files. */
extern const cli_command cli_cmd_decode;
extern const cli_command cli_cmd_encode;
extern const cli_command cli_cmd_lookup;
extern const cli_command cli_cmd_list;
extern const cli_command cli_cmd_vm;
extern const cli_command cli_cmd_annotate;
extern const cli_command cli_cmd_plist;
extern const cli_command cli_cmd_vm_start, cli_cmd_vm_cancel, cli_cmd_vm_control,
    cli_cmd_vm_table, cli_cmd_vm_dot;
extern const cli_command cli_cmd_plist_decode, cli_cmd_plist_encode, cli_cmd_plist_syntax,
    cli_cmd_plist_flags;

#endif /* CCTL_CLI_INTERNAL_H_ */
