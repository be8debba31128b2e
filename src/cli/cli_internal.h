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

/* Parses a number argument with clusctl_parse_u32(); on error prints a
 * message naming `what` and the text and returns CCTL_EXIT_USAGE. */
int cli_parse_number(const cli_ctx *ctx, const char *what, const char *text,
                     uint32_t *value);

/* JSON output. */
void cli_json_string(FILE *out, const char *s);      /* "..." escaped, or null */
void cli_json_bool(FILE *out, uint32_t value);       /* true / false */

/* Prints one decoded code as a JSON object (no newline). */
void cli_print_code_json(FILE *out, uint32_t code);
/* Prints one decoded code as a human-readable table. */
void cli_print_code_table(FILE *out, uint32_t code);

/* A command of the tool. */
typedef struct cli_command {
    const char *name;
    int (*run)(const cli_ctx *ctx, int argc, char **argv); /* argv[0] = name */
    const char *usage;   /* one line: "decode [--json] CODE..." */
    const char *summary; /* one line */
    const char *help;    /* the rest of `clusctl help NAME`: options, examples */
} cli_command;

/* Prints `clusctl help NAME` for one command. */
void cli_print_command_help(FILE *out, const cli_command *command);

/* The commands, defined in their own files. */
extern const cli_command cli_cmd_decode;
extern const cli_command cli_cmd_encode;

#endif /* CCTL_CLI_INTERNAL_H_ */
