/* Shell completion scripts (bash, zsh, fish) written from a description of
 * a command line: its commands, their options and what their arguments
 * are.  The program hands over its own tables, so a script never lists a
 * command or option by hand, and a new one is completed as soon as it is in
 * the table.  What only the project knows (revision ids, labels) is asked
 * of the program itself when the shell completes, by a hidden command. */
#ifndef RETORT_COMPLETE_H
#define RETORT_COMPLETE_H

#include <stdbool.h>
#include <stddef.h>

#include "sbuf.h"

/* What an argument, or an option's value, is: what the shell offers. */
enum complete_kind {
	COMPLETE_NOTHING,	/* no argument, or one no list holds (a message) */
	COMPLETE_FILE,
	COMPLETE_DIR,
	COMPLETE_TARGET,	/* the targets command's lines, at completion time */
	COMPLETE_COMMAND,	/* one of the (shown) commands */
	COMPLETE_SHELL,		/* one of complete_shells */
	COMPLETE_WORDS		/* one of a fixed list (complete_opt.words) */
};

struct complete_opt {
	const char *name;	/* "-c", "--config": one name, as typed */
	const char *help;	/* a line; may be NULL */
	bool global;		/* taken by every command; else by the commands
				 * whose opts hold it */
	bool takes_value;
	bool repeats;		/* may be given more than once */
	bool context;		/* passed on to the targets command: it says
				 * which project the line is about (-c, -n) */
	enum complete_kind value;
	const char *words;	/* COMPLETE_WORDS: blank-separated */
};

struct complete_cmd {
	const char *name, *summary;
	enum complete_kind args;	/* what its positional arguments are */
	size_t min_args, max_args;	/* max SIZE_MAX: any number */
	const struct complete_opt **opts;	/* its own options, in spec.opts */
	size_t nopts;
};

struct complete_spec {
	const char *prog;		/* the command the script completes */
	const char *targets_cmd;	/* prints one target a line, quietly */
	const struct complete_opt *opts;	/* every option, global or not */
	size_t nopts;
	const struct complete_cmd *cmds;	/* the commands to offer */
	size_t ncmds;
};

/* The shells complete_write knows, blank-separated. */
extern const char complete_shells[];

/* The script for shell (a word of complete_shells) to out; false, writing
 * nothing, for a shell it does not know. */
bool complete_write(const char *shell, const struct complete_spec *s, struct sbuf *out);

#endif
