/* Shell completion scripts written from the program's own tables (see
 * complete.h): a fixed part per shell, the parser of the line, with the
 * program's name put in, and around it the lists the tables give.  What
 * the project holds (targets) each script asks of the program when the
 * shell completes, passing on the options that name the project. */
#include "complete.h"
#include "util.h"

#include <stdint.h>
#include <string.h>

const char complete_shells[] = "bash zsh fish";

/* text, with @P@ made the program's name and @T@ the targets command. */
static void complete_add_text(struct sbuf *sb, const struct complete_spec *s, const char *text)
{
	const char *at;

	while ((at = strchr(text, '@')) != NULL) {
		sbuf_add(sb, text, (size_t)(at - text));
		if (strncmp(at, "@P@", 3) == 0) {
			sbuf_adds(sb, s->prog);
			text = at + 3;
		} else if (strncmp(at, "@T@", 3) == 0) {
			sbuf_adds(sb, s->targets_cmd);
			text = at + 3;
		} else {
			sbuf_addc(sb, '@');
			text = at + 1;
		}
	}
	sbuf_adds(sb, text);
}

/* s in single quotes, as sh (bash and zsh) reads them: a ' is '\''. */
static void complete_add_squoted(struct sbuf *sb, const char *s)
{
	sbuf_addc(sb, '\'');
	for (; *s; s++)
		if (*s == '\'')
			sbuf_adds(sb, "'\\''");
		else
			sbuf_addc(sb, *s);
	sbuf_addc(sb, '\'');
}

/* s in single quotes, as fish reads them: \ and ' escaped. */
static void complete_add_fish_quoted(struct sbuf *sb, const char *s)
{
	sbuf_addc(sb, '\'');
	for (; *s; s++) {
		if (*s == '\'' || *s == '\\')
			sbuf_addc(sb, '\\');
		sbuf_addc(sb, *s);
	}
	sbuf_addc(sb, '\'');
}

/* The words of a blank-separated list, one blank between them. */
static void complete_add_words(struct sbuf *sb, const char *words)
{
	size_t n;
	bool first = true;

	while (*words) {
		words += strspn(words, " ");
		n = strcspn(words, " ");
		if (!n)
			break;
		if (!first)
			sbuf_addc(sb, ' ');
		sbuf_add(sb, words, n);
		words += n;
		first = false;
	}
}

static bool complete_cmd_takes(const struct complete_cmd *c, const struct complete_opt *o)
{
	size_t i;

	for (i = 0; i < c->nopts; i++)
		if (c->opts[i] == o)
			return true;
	return false;
}

/* ---- bash ---- */

static const char bash_head[] =
	"# bash completion for @P@, written by `@P@ completion bash` from its\n"
	"# table of commands and options: regenerate it when they change.\n"
	"# Revision targets are asked of @P@ itself (`@P@ @T@`),\n"
	"# for the project the line names (-c, -n); it reads only revision files.\n";

static const char bash_body[] =
	"\n"
	"# _@P@_dequote WORD: the word as the shell will pass it, for the usual\n"
	"# cases: quotes around it, a backslash before a blank, ~/ in front.\n"
	"_@P@_dequote() {\n"
	"\tlocal v=$1\n"
	"\tcase $v in\n"
	"\t\\'?*\\') v=${v:1:${#v}-2} ;;\n"
	"\t\\\"?*\\\") v=${v:1:${#v}-2} ;;\n"
	"\t*) v=${v//\\\\ / } ;;\n"
	"\tesac\n"
	"\t[[ $v == \"~/\"* ]] && v=$HOME/${v:2}\n"
	"\tprintf '%s\\n' \"$v\"\n"
	"}\n"
	"\n"
	"# _@P@_match CUR WORD...: the words that begin with CUR, to COMPREPLY.\n"
	"_@P@_match() {\n"
	"\tlocal cur=$1 w\n"
	"\tshift\n"
	"\tfor w; do\n"
	"\t\t[[ $w == \"$cur\"* ]] && COMPREPLY+=(\"$w\")\n"
	"\tdone\n"
	"\treturn 0\n"
	"}\n"
	"\n"
	"# _@P@_reply KIND CUR PROG ARGS...: COMPREPLY for a word of KIND (as\n"
	"# _@P@_value says); targets are PROG's, ARGS naming the project.\n"
	"_@P@_reply() {\n"
	"\tlocal kind=$1 cur=$2 prog pre= w\n"
	"\tprog=$(_@P@_dequote \"$3\")\n"
	"\tshift 3\n"
	"\tcase $kind in\n"
	"\tfile)\n"
	"\t\tcompopt -o filenames 2>/dev/null\n"
	"\t\tmapfile -t COMPREPLY < <(compgen -f -- \"$cur\") ;;\n"
	"\tdir)\n"
	"\t\tcompopt -o filenames 2>/dev/null\n"
	"\t\tmapfile -t COMPREPLY < <(compgen -d -- \"$cur\") ;;\n"
	"\ttarget)\n"
	"\t\t# a range FROM:TO that ':' did not split: complete its TO\n"
	"\t\tif [[ $cur == *:* ]]; then\n"
	"\t\t\tpre=${cur%:*}:\n"
	"\t\t\tcur=${cur##*:}\n"
	"\t\tfi\n"
	"\t\twhile IFS= read -r w; do\n"
	"\t\t\t[[ $w == \"$cur\"* ]] && COMPREPLY+=(\"$pre$w\")\n"
	"\t\tdone < <(\"$prog\" \"$@\" @T@ 2>/dev/null </dev/null) ;;\n"
	"\tcommand) _@P@_match \"$cur\" $_@P@_commands ;;\n"
	"\tshell) _@P@_match \"$cur\" $_@P@_shells ;;\n"
	"\twords\\ *) _@P@_match \"$cur\" ${kind#words } ;;\n"
	"\tesac\n"
	"\treturn 0\n"
	"}\n"
	"\n"
	"# The line up to the word being completed, read as @P@ reads its\n"
	"# arguments: the command, how many arguments follow it, the option\n"
	"# whose value this word is, the options naming the project.\n"
	"_@P@() {\n"
	"\tlocal words=(\"${COMP_WORDS[@]}\") cur=${COMP_WORDS[COMP_CWORD]}\n"
	"\tlocal s=$COMP_CWORD i w name val want= cmd= n=0 only_args= ctx=()\n"
	"\tCOMPREPLY=()\n"
	"\t# bash splits FROM:TO and --name=VALUE into words where\n"
	"\t# COMP_WORDBREAKS holds ':' and '=', and puts a reply after the ':' or\n"
	"\t# '=': the word starts where its range does, and only its last part\n"
	"\t# is completed\n"
	"\t[[ $cur == [:=] ]] && cur=\n"
	"\twhile ((s > 1)) && [[ ${words[s-1]} == : ||\n"
	"\t\t( ${words[s]} == : && ${words[s-1]} != -* ) ]]; do\n"
	"\t\t((s--))\n"
	"\tdone\n"
	"\tfor ((i = 1; i < s; i++)); do\n"
	"\t\tw=${words[i]}\n"
	"\t\tif [[ -n $want ]]; then\n"
	"\t\t\t[[ $w == = ]] && continue\n"
	"\t\t\t[[ \" $_@P@_context \" == *\" $want \"* ]] &&\n"
	"\t\t\t\tctx+=(\"$want\" \"$(_@P@_dequote \"$w\")\")\n"
	"\t\t\twant=\n"
	"\t\telif [[ $w == [:=] ]]; then\n"
	"\t\t\t((i++))\t# the rest of a word split at ':' or '='\n"
	"\t\telif [[ -z $only_args && $w == -?* && $w != -[0-9]* ]]; then\n"
	"\t\t\tcase $w in\n"
	"\t\t\t--) only_args=1; continue ;;\n"
	"\t\t\t--*=*) name=${w%%=*} val=${w#*=} ;;\n"
	"\t\t\t--*) name=$w val= ;;\n"
	"\t\t\t*) name=${w:0:2} val=${w:2} ;;\n"
	"\t\t\tesac\n"
	"\t\t\t[[ -n $(_@P@_value \"$name\") ]] || continue\n"
	"\t\t\tif [[ -z $val ]]; then\n"
	"\t\t\t\twant=$name\n"
	"\t\t\telif [[ \" $_@P@_context \" == *\" $name \"* ]]; then\n"
	"\t\t\t\tctx+=(\"$name\" \"$(_@P@_dequote \"$val\")\")\n"
	"\t\t\tfi\n"
	"\t\telif [[ -z $cmd ]]; then\n"
	"\t\t\tcmd=$w\n"
	"\t\telse\n"
	"\t\t\t((n++))\n"
	"\t\tfi\n"
	"\tdone\n"
	"\t# after KEY= of a value no list holds: nothing\n"
	"\t[[ -z $want && ( ${words[COMP_CWORD]} == = || ${words[COMP_CWORD-1]} == = ) ]] &&\n"
	"\t\treturn 0\n"
	"\tif [[ -n $want ]]; then\n"
	"\t\t_@P@_reply \"$(_@P@_value \"$want\")\" \"$cur\" \"${words[0]}\" \"${ctx[@]}\"\n"
	"\telif [[ -z $only_args && $cur == -* && $cur != -[0-9]* ]]; then\n"
	"\t\t_@P@_match \"$cur\" $_@P@_globals $(_@P@_options \"$cmd\")\n"
	"\telif [[ -z $cmd ]]; then\n"
	"\t\t_@P@_match \"$cur\" $_@P@_commands\n"
	"\telse\n"
	"\t\t_@P@_reply \"$(_@P@_args \"$cmd\" \"$n\")\" \"$cur\" \"${words[0]}\" \"${ctx[@]}\"\n"
	"\tfi\n"
	"}\n"
	"\n"
	"complete -F _@P@ @P@\n";

/* What bash's script calls a kind: the first word of what _P_value and
 * _P_args print. */
static void bash_add_kind(struct sbuf *sb, enum complete_kind k, const char *words)
{
	switch (k) {
	case COMPLETE_NOTHING:
		sbuf_adds(sb, "none");
		return;
	case COMPLETE_FILE:
		sbuf_adds(sb, "file");
		return;
	case COMPLETE_DIR:
		sbuf_adds(sb, "dir");
		return;
	case COMPLETE_TARGET:
		sbuf_adds(sb, "target");
		return;
	case COMPLETE_COMMAND:
		sbuf_adds(sb, "command");
		return;
	case COMPLETE_SHELL:
		sbuf_adds(sb, "shell");
		return;
	case COMPLETE_WORDS:
		sbuf_adds(sb, "words ");
		complete_add_words(sb, words ? words : "");
		return;
	}
	UNREACHABLE();
}

/* A variable holding a blank-separated list. */
static void bash_add_list(struct sbuf *sb, const struct complete_spec *s, const char *var,
			  const char *comment, const char *words)
{
	sbuf_addf(sb, "\n# %s\n_%s_%s=", comment, s->prog, var);
	complete_add_squoted(sb, words);
	sbuf_addc(sb, '\n');
}

static void bash_add_lists(struct sbuf *sb, const struct complete_spec *s)
{
	struct sbuf w = SBUF_INIT;
	size_t i;

	for (i = 0; i < s->ncmds; i++)
		sbuf_addf(&w, "%s%s", i ? " " : "", s->cmds[i].name);
	bash_add_list(sb, s, "commands", "the commands", sbuf_str(&w));
	sbuf_reset(&w);
	for (i = 0; i < s->nopts; i++)
		if (s->opts[i].global)
			sbuf_addf(&w, "%s%s", w.len ? " " : "", s->opts[i].name);
	bash_add_list(sb, s, "globals", "the options every command takes", sbuf_str(&w));
	sbuf_reset(&w);
	for (i = 0; i < s->nopts; i++)
		if (s->opts[i].context)
			sbuf_addf(&w, "%s%s", w.len ? " " : "", s->opts[i].name);
	bash_add_list(sb, s, "context", "the options that name the project, passed on for "
		      "its targets", sbuf_str(&w));
	bash_add_list(sb, s, "shells", "the shells `completion` writes for", complete_shells);
	sbuf_release(&w);
}

/* _P_value OPTION: what its value is; nothing for a flag. */
static void bash_add_values(struct sbuf *sb, const struct complete_spec *s)
{
	size_t i;

	sbuf_addf(sb, "\n# _%s_value OPTION: what its value is (a kind, as _%s_reply takes "
		  "it);\n# nothing for a flag or an unknown option.\n_%s_value() {\n\tcase $1 in\n",
		  s->prog, s->prog, s->prog);
	for (i = 0; i < s->nopts; i++) {
		const struct complete_opt *o = &s->opts[i];
		if (!o->takes_value)
			continue;
		sbuf_addf(sb, "\t%s) echo ", o->name);
		bash_add_kind(sb, o->value, o->words);
		sbuf_adds(sb, " ;;\n");
	}
	sbuf_adds(sb, "\tesac\n}\n");
}

/* _P_options COMMAND: its own options; _P_args COMMAND N: what its next
 * argument is after N, nothing when it takes no more. */
static void bash_add_commands(struct sbuf *sb, const struct complete_spec *s)
{
	size_t i, j;

	sbuf_addf(sb, "\n# _%s_options COMMAND: the options it takes beyond the global "
		  "ones.\n_%s_options() {\n\tcase $1 in\n", s->prog, s->prog);
	for (i = 0; i < s->ncmds; i++) {
		const struct complete_cmd *c = &s->cmds[i];
		if (!c->nopts)
			continue;
		sbuf_addf(sb, "\t%s) echo", c->name);
		for (j = 0; j < c->nopts; j++)
			sbuf_addf(sb, " %s", c->opts[j]->name);
		sbuf_adds(sb, " ;;\n");
	}
	sbuf_adds(sb, "\tesac\n}\n");
	sbuf_addf(sb, "\n# _%s_args COMMAND N: what its argument after N others is; nothing "
		  "when\n# it takes no more.\n_%s_args() {\n\tcase $1 in\n", s->prog, s->prog);
	for (i = 0; i < s->ncmds; i++) {
		const struct complete_cmd *c = &s->cmds[i];
		if (c->args == COMPLETE_NOTHING || !c->max_args)
			continue;
		sbuf_addf(sb, "\t%s) ", c->name);
		if (c->max_args != SIZE_MAX)
			sbuf_addf(sb, "(($2 < %zu)) && ", c->max_args);
		sbuf_adds(sb, "echo ");
		bash_add_kind(sb, c->args, NULL);
		sbuf_adds(sb, " ;;\n");
	}
	sbuf_adds(sb, "\tesac\n}\n");
}

static void bash_write(const struct complete_spec *s, struct sbuf *out)
{
	complete_add_text(out, s, bash_head);
	bash_add_lists(out, s);
	bash_add_values(out, s);
	bash_add_commands(out, s);
	complete_add_text(out, s, bash_body);
}

/* ---- zsh ---- */

static const char zsh_head[] =
	"#compdef @P@\n"
	"# zsh completion for @P@, written by `@P@ completion zsh` from its\n"
	"# table of commands and options: regenerate it when they change.\n"
	"# Revision targets are asked of @P@ itself (`@P@ @T@`),\n"
	"# for the project the line names (-c, -n); it reads only revision files.\n"
	"\n"
	"# The targets of the project the line names; in a range FROM:TO, its TO.\n"
	"_@P@_targets() {\n"
	"\tlocal -a ctx targets\n"
	"\tlocal i w want= prog=${(Q)_@P@_line[1]}\n"
	"\tprog=${prog/#\\~\\//$HOME/}\n"
	"\tfor ((i = 2; i < _@P@_current; i++)); do\n"
	"\t\tw=${(Q)_@P@_line[i]}\n"
	"\t\tw=${w/#\\~\\//$HOME/}\n"
	"\t\tif [[ -n $want ]]; then\n"
	"\t\t\tctx+=($want $w)\n"
	"\t\t\twant=\n"
	"\t\t\tcontinue\n"
	"\t\tfi\n"
	"\t\tcase $w in\n";

static const char zsh_mid[] =
	"\t\tesac\n"
	"\tdone\n"
	"\ttargets=(${(f)\"$($prog $ctx @T@ 2>/dev/null </dev/null)\"})\n"
	"\tcompset -P '*:'\n"
	"\t_wanted targets expl 'revision target' compadd -a targets\n"
	"}\n";

static const char zsh_tail[] =
	"\n"
	"if [[ $funcstack[1] == _@P@ ]]; then\n"
	"\t_@P@ \"$@\"\n"
	"else\n"
	"\tcompdef _@P@ @P@\n"
	"fi\n";

/* text escaped for a spec of _arguments: a backslash before each of
 * special and before a backslash. */
static void zsh_add_escaped(struct sbuf *sb, const char *text, const char *special)
{
	for (; *text; text++) {
		if (*text == '\\' || strchr(special, *text))
			sbuf_addc(sb, '\\');
		sbuf_addc(sb, *text);
	}
}

/* ":MESSAGE:ACTION" for a value or an argument of kind k. */
static void zsh_add_action(struct sbuf *sb, const struct complete_spec *s, enum complete_kind k,
			   const char *words, const char *help)
{
	switch (k) {
	case COMPLETE_NOTHING:
		sbuf_addc(sb, ':');
		zsh_add_escaped(sb, help && *help ? help : "value", ":");
		sbuf_adds(sb, ": ");
		return;
	case COMPLETE_FILE:
		sbuf_adds(sb, ":file:_files");
		return;
	case COMPLETE_DIR:
		sbuf_adds(sb, ":folder:_files -/");
		return;
	case COMPLETE_TARGET:
		sbuf_addf(sb, ":revision:_%s_targets", s->prog);
		return;
	case COMPLETE_COMMAND:
		sbuf_addf(sb, ":command:_%s_commands", s->prog);
		return;
	case COMPLETE_SHELL:
		sbuf_adds(sb, ":shell:(");
		sbuf_adds(sb, complete_shells);
		sbuf_addc(sb, ')');
		return;
	case COMPLETE_WORDS:
		sbuf_adds(sb, ":value:(");
		complete_add_words(sb, words ? words : "");
		sbuf_addc(sb, ')');
		return;
	}
	UNREACHABLE();
}

/* One option's spec for _arguments, quoted, between indent and end. */
static void zsh_add_opt(struct sbuf *sb, const struct complete_spec *s,
			const struct complete_opt *o, const char *indent, const char *end)
{
	struct sbuf spec = SBUF_INIT;

	if (o->repeats)
		sbuf_addc(&spec, '*');
	sbuf_adds(&spec, o->name);
	if (o->takes_value)
		sbuf_adds(&spec, o->name[1] == '-' ? "=" : "+");
	if (o->help) {
		sbuf_addc(&spec, '[');
		zsh_add_escaped(&spec, o->help, "]");
		sbuf_addc(&spec, ']');
	}
	if (o->takes_value)
		zsh_add_action(&spec, s, o->value, o->words, o->help);
	sbuf_adds(sb, indent);
	complete_add_squoted(sb, sbuf_str(&spec));
	sbuf_adds(sb, end);
	sbuf_release(&spec);
}

/* The case arms of _P_targets that pick out the options naming the
 * project: OPT VALUE, --opt=VALUE, -oVALUE. */
static void zsh_add_context(struct sbuf *sb, const struct complete_spec *s)
{
	size_t i;
	bool any = false;

	sbuf_adds(sb, "\t\t(");
	for (i = 0; i < s->nopts; i++)
		if (s->opts[i].context && s->opts[i].takes_value) {
			sbuf_addf(sb, "%s%s", any ? "|" : "", s->opts[i].name);
			any = true;
		}
	sbuf_adds(sb, ") want=$w ;;\n\t\t(");
	any = false;
	for (i = 0; i < s->nopts; i++)
		if (s->opts[i].context && s->opts[i].takes_value) {
			sbuf_addf(sb, "%s%s%s", any ? "|" : "", s->opts[i].name,
				  s->opts[i].name[1] == '-' ? "=*" : "?*");
			any = true;
		}
	sbuf_adds(sb, ") ctx+=($w) ;;\n");
}

static void zsh_add_commands(struct sbuf *sb, const struct complete_spec *s)
{
	size_t i;

	sbuf_addf(sb, "\n_%s_commands() {\n\tlocal -a cmds=(\n", s->prog);
	for (i = 0; i < s->ncmds; i++) {
		struct sbuf item = SBUF_INIT;
		zsh_add_escaped(&item, s->cmds[i].name, ":");
		sbuf_addc(&item, ':');
		sbuf_adds(&item, s->cmds[i].summary);
		sbuf_adds(sb, "\t\t");
		complete_add_squoted(sb, sbuf_str(&item));
		sbuf_addc(sb, '\n');
		sbuf_release(&item);
	}
	sbuf_addf(sb, "\t)\n\t_describe -t commands '%s command' cmds\n}\n", s->prog);
}

/* The arguments' spec of a command, or nothing. */
static void zsh_add_args(struct sbuf *sb, const struct complete_spec *s,
			 const struct complete_cmd *c)
{
	struct sbuf spec = SBUF_INIT;

	if (c->args == COMPLETE_NOTHING || !c->max_args)
		return;
	sbuf_adds(&spec, c->max_args > 1 ? "*" : c->min_args ? "1" : ":");
	zsh_add_action(&spec, s, c->args, NULL, NULL);
	sbuf_adds(sb, "\t\t\t");
	complete_add_squoted(sb, sbuf_str(&spec));
	sbuf_adds(sb, " \\\n");
	sbuf_release(&spec);
}

static void zsh_add_main(struct sbuf *sb, const struct complete_spec *s)
{
	size_t i, j;

	sbuf_addf(sb, "\n_%s() {\n"
		  "\t# the whole line, for _%s_targets: _arguments narrows words to the\n"
		  "\t# command's\n"
		  "\tlocal -a _%s_line=(\"${words[@]}\")\n"
		  "\tlocal _%s_current=$CURRENT\n"
		  "\tlocal curcontext=$curcontext state state_descr line ret=1\n"
		  "\ttypeset -A opt_args\n"
		  "\tlocal -a globals=(\n", s->prog, s->prog, s->prog, s->prog);
	for (i = 0; i < s->nopts; i++)
		if (s->opts[i].global)
			zsh_add_opt(sb, s, &s->opts[i], "\t\t", "\n");
	sbuf_addf(sb, "\t)\n"
		  "\t_arguments -C -S $globals ': :_%s_commands' '*:: :->args' && ret=0\n"
		  "\t[[ $state == args ]] || return ret\n"
		  "\tcurcontext=${curcontext%%:*:*}:%s-$words[1]:\n"
		  "\tcase $words[1] in\n", s->prog, s->prog);
	for (i = 0; i < s->ncmds; i++) {
		const struct complete_cmd *c = &s->cmds[i];
		sbuf_addf(sb, "\t(%s)\n\t\t_arguments -S $globals \\\n", c->name);
		for (j = 0; j < c->nopts; j++)
			zsh_add_opt(sb, s, c->opts[j], "\t\t\t", " \\\n");
		zsh_add_args(sb, s, c);
		sbuf_adds(sb, "\t\t\t&& ret=0 ;;\n");
	}
	sbuf_adds(sb, "\tesac\n\treturn ret\n}\n");
}

static void zsh_write(const struct complete_spec *s, struct sbuf *out)
{
	complete_add_text(out, s, zsh_head);
	zsh_add_context(out, s);
	complete_add_text(out, s, zsh_mid);
	zsh_add_commands(out, s);
	zsh_add_main(out, s);
	complete_add_text(out, s, zsh_tail);
}

/* ---- fish ---- */

static const char fish_head[] =
	"# fish completion for @P@, written by `@P@ completion fish` from its\n"
	"# table of commands and options: regenerate it when they change.\n"
	"# Revision targets are asked of @P@ itself (`@P@ @T@`),\n"
	"# for the project the line names (-c, -n); it reads only revision files.\n"
	"\n"
	"# The command on the line (the first word neither an option nor an\n"
	"# option's value) and how many arguments follow it, a line each;\n"
	"# false while there is no command.\n"
	"function __@P@_parse\n"
	"\tset -l tokens (commandline -opc)\n"
	"\tset -e tokens[1]\n"
	"\tset -l want 0\n"
	"\tset -l only 0\n"
	"\tset -l n 0\n"
	"\tset -l cmd\n"
	"\tfor t in $tokens\n"
	"\t\tif test $want = 1\n"
	"\t\t\tset want 0\n"
	"\t\telse if test $only = 0; and string match -qr -- '^-[^0-9]' $t\n"
	"\t\t\ttest $t = --; and set only 1\n"
	"\t\t\tcontains -- $t $__@P@_valued; and set want 1\n"
	"\t\telse if set -q cmd[1]\n"
	"\t\t\tset n (math $n + 1)\n"
	"\t\telse\n"
	"\t\t\tset cmd $t\n"
	"\t\tend\n"
	"\tend\n"
	"\tset -q cmd[1]; or return 1\n"
	"\tprintf '%s\\n' $cmd $n\n"
	"end\n"
	"\n"
	"function __@P@_needs_command\n"
	"\tnot __@P@_parse >/dev/null\n"
	"end\n"
	"\n"
	"# __@P@_takes MAX COMMAND...: the line's command is one of them, and\n"
	"# fewer than MAX arguments follow it (MAX 0: any number).\n"
	"function __@P@_takes\n"
	"\tset -l p (__@P@_parse); or return 1\n"
	"\tcontains -- $p[1] $argv[2..-1]; or return 1\n"
	"\ttest $argv[1] = 0; or test $p[2] -lt $argv[1]\n"
	"end\n"
	"\n"
	"# The targets of the project the line names; in a range FROM:TO, its TO.\n"
	"function __@P@_targets\n"
	"\tset -l tokens (commandline -opc)\n"
	"\tset -l prog (string replace -r '^~/' \"$HOME/\" -- $tokens[1])\n"
	"\tset -e tokens[1]\n"
	"\tset -l ctx\n"
	"\tset -l want\n"
	"\tfor t in (string replace -r '^~/' \"$HOME/\" -- $tokens)\n"
	"\t\tif set -q want[1]\n"
	"\t\t\tset -a ctx $want $t\n"
	"\t\t\tset -e want\n"
	"\t\telse if contains -- $t $__@P@_context\n"
	"\t\t\tset want $t\n"
	"\t\telse if string match -qr -- $__@P@_context_glued $t\n"
	"\t\t\tset -a ctx $t\n"
	"\t\tend\n"
	"\tend\n"
	"\tset -l pre (string match -r -- '^.*:' (commandline -ct))\n"
	"\t$prog $ctx @T@ 2>/dev/null </dev/null | string replace -r -- '^' \"$pre\"\n"
	"end\n";

/* The complete flags for a value or an argument of kind k. */
static void fish_add_kind(struct sbuf *sb, const struct complete_spec *s, enum complete_kind k,
			  const char *words)
{
	size_t i;

	switch (k) {
	case COMPLETE_NOTHING:
		return;
	case COMPLETE_FILE:
		sbuf_adds(sb, " -F");
		return;
	case COMPLETE_DIR:
		sbuf_adds(sb, " -a '(__fish_complete_directories (commandline -ct))'");
		return;
	case COMPLETE_TARGET:
		sbuf_addf(sb, " -a '(__%s_targets)'", s->prog);
		return;
	case COMPLETE_COMMAND:
		sbuf_adds(sb, " -a '");
		for (i = 0; i < s->ncmds; i++)
			sbuf_addf(sb, "%s%s", i ? " " : "", s->cmds[i].name);
		sbuf_addc(sb, '\'');
		return;
	case COMPLETE_SHELL:
		sbuf_addf(sb, " -a '%s'", complete_shells);
		return;
	case COMPLETE_WORDS:
		sbuf_adds(sb, " -a '");
		complete_add_words(sb, words ? words : "");
		sbuf_addc(sb, '\'');
		return;
	}
	UNREACHABLE();
}

/* The lists the functions above read. */
static void fish_add_lists(struct sbuf *sb, const struct complete_spec *s)
{
	size_t i;
	bool any = false;

	sbuf_addf(sb, "\n# the options that take a value\nset -g __%s_valued", s->prog);
	for (i = 0; i < s->nopts; i++)
		if (s->opts[i].takes_value)
			sbuf_addf(sb, " %s", s->opts[i].name);
	sbuf_addf(sb, "\n# the options that name the project, passed on for its targets, "
		  "and their\n# forms with the value in the same word\nset -g __%s_context",
		  s->prog);
	for (i = 0; i < s->nopts; i++)
		if (s->opts[i].context)
			sbuf_addf(sb, " %s", s->opts[i].name);
	sbuf_addf(sb, "\nset -g __%s_context_glued '^(", s->prog);
	for (i = 0; i < s->nopts; i++)
		if (s->opts[i].context) {
			sbuf_addf(sb, "%s%s%s", any ? "|" : "", s->opts[i].name,
				  s->opts[i].name[1] == '-' ? "=" : ".");
			any = true;
		}
	sbuf_adds(sb, ")'\n");
}

/* One complete line for an option; cond: its -n, or NULL. */
static void fish_add_opt(struct sbuf *sb, const struct complete_spec *s,
			 const struct complete_opt *o, const char *cond)
{
	sbuf_addf(sb, "complete -c %s", s->prog);
	if (cond) {
		sbuf_adds(sb, " -n ");
		complete_add_fish_quoted(sb, cond);
	}
	if (o->name[1] == '-')
		sbuf_addf(sb, " -l %s", o->name + 2);
	else
		sbuf_addf(sb, " -s %s", o->name + 1);
	if (o->takes_value) {
		sbuf_adds(sb, o->value == COMPLETE_FILE ? " -r" : " -x");
		fish_add_kind(sb, s, o->value, o->words);
	}
	if (o->help) {
		sbuf_adds(sb, " -d ");
		complete_add_fish_quoted(sb, o->help);
	}
	sbuf_addc(sb, '\n');
}

static void fish_add_commands(struct sbuf *sb, const struct complete_spec *s)
{
	struct sbuf cond = SBUF_INIT;
	size_t i, j;

	sbuf_addf(sb, "\ncomplete -c %s -f\n\n# the commands\n", s->prog);
	for (i = 0; i < s->ncmds; i++) {
		sbuf_addf(sb, "complete -c %s -n __%s_needs_command -a %s -d ", s->prog,
			  s->prog, s->cmds[i].name);
		complete_add_fish_quoted(sb, s->cmds[i].summary);
		sbuf_addc(sb, '\n');
	}
	sbuf_adds(sb, "\n# their arguments\n");
	for (i = 0; i < s->ncmds; i++) {
		const struct complete_cmd *c = &s->cmds[i];
		if (c->args == COMPLETE_NOTHING || !c->max_args)
			continue;
		sbuf_addf(sb, "complete -c %s -n '__%s_takes %zu %s'", s->prog, s->prog,
			  c->max_args == SIZE_MAX ? 0 : c->max_args, c->name);
		fish_add_kind(sb, s, c->args, NULL);
		sbuf_addc(sb, '\n');
	}
	sbuf_adds(sb, "\n# the options of every command\n");
	for (i = 0; i < s->nopts; i++)
		if (s->opts[i].global)
			fish_add_opt(sb, s, &s->opts[i], NULL);
	sbuf_adds(sb, "\n# the options of some\n");
	for (i = 0; i < s->nopts; i++) {
		const struct complete_opt *o = &s->opts[i];
		if (o->global)
			continue;
		sbuf_reset(&cond);
		sbuf_addf(&cond, "__%s_takes 0", s->prog);
		for (j = 0; j < s->ncmds; j++)
			if (complete_cmd_takes(&s->cmds[j], o))
				sbuf_addf(&cond, " %s", s->cmds[j].name);
		fish_add_opt(sb, s, o, sbuf_str(&cond));
	}
	sbuf_release(&cond);
}

static void fish_write(const struct complete_spec *s, struct sbuf *out)
{
	complete_add_text(out, s, fish_head);
	fish_add_lists(out, s);
	fish_add_commands(out, s);
}

bool complete_write(const char *shell, const struct complete_spec *s, struct sbuf *out)
{
	if (strcmp(shell, "bash") == 0)
		bash_write(s, out);
	else if (strcmp(shell, "zsh") == 0)
		zsh_write(s, out);
	else if (strcmp(shell, "fish") == 0)
		fish_write(s, out);
	else
		return false;
	return true;
}
