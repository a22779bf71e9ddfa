#!/usr/bin/env bash
# Shell completion: the scripts `retort completion bash|zsh|fish` writes
# from the command table, each run by its own shell as the shell runs it
# (bash: the function with COMP_WORDS set; zsh: the line editor driven on
# a pseudo-terminal; fish: complete -C), on a copy of examples/ and on a
# second project named by -c and -n.  Then the hidden command the scripts
# ask for targets, and what make install puts where.
# shellcheck source-path=SCRIPTDIR
. "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

mktempdir work
cp -R "$RETORT_ROOT/examples" "$work/ex"
# the scripts run "retort" from PATH, as a person's shell would
mkdir "$work/bin"
ln -s "$RETORT" "$work/bin/retort"
PATH=$work/bin:$PATH
# a second project: its own ids and label, and a second section (-n)
mkdir "$work/other"
if ! (cd "$work/other" && retort -q init mig && retort -q revision -m one --rev-id abc123 \
	--branch-label side && mkdir -p two/versions && cp mig/script.mig.tmpl two/ &&
	printf '[two]\nscript_location = %%(here)s/two\n' >>retort.ini &&
	retort -q -n two revision -m first --rev-id fed987) >"$work/setup.out" 2>&1; then
	diag_file "$work/setup.out"
	bail_out "cannot make the second project"
fi
for sh in bash zsh fish; do
	if ! retort completion "$sh" >"$work/retort.$sh" 2>"$work/gen.err" || [ -s "$work/gen.err" ]; then
		diag_file "$work/gen.err"
		bail_out "retort completion $sh failed"
	fi
done
cd "$work/ex" || bail_out "cannot cd to $work/ex"

# expect NAME FILE [+WORD | -WORD | =WORDS]...: FILE (one candidate a
# line) holds each +WORD, lacks each -WORD, and is exactly WORDS (blank-
# separated, in any order) for =WORDS; one test.
expect() {
	local name=$1 file=$2 w bad=
	shift 2
	for w; do
		case $w in
		+*) grep -qxF -- "${w:1}" "$file" || bad="$bad missing '${w:1}';" ;;
		-*) ! grep -qxF -- "${w:1}" "$file" || bad="$bad has '${w:1}';" ;;
		=*) [ "$(sort -u "$file" | tr '\n' ' ')" = "$(tr ' ' '\n' <<<"${w:1}" | sed '/^$/d' |
			sort -u | tr '\n' ' ')" ] || bad="$bad not exactly '${w:1}';" ;;
		esac
	done
	if [ -z "$bad" ]; then
		ok "$name"
	else
		diag "$bad" "offered: $(tr '\n' ' ' <"$file")"
		not_ok "$name"
	fi
}

# ---- bash: the function, as bash calls it

# bash_complete WORD...: _retort's replies for the last WORD (the one
# being completed), the words as bash splits the line (at ':' and '='
# too), to $work/out; what it wrote on stderr to $work/err.
bash_complete() {
	bash --noprofile --norc -c '
		source "$1" || exit 2
		shift
		COMP_WORDS=("$@")
		COMP_CWORD=$(($# - 1))
		COMP_LINE="$*"
		COMP_POINT=${#COMP_LINE}
		COMPREPLY=()
		_retort || exit 3
		for r in "${COMPREPLY[@]}"; do printf "%s\n" "$r"; done' \
		bash "$work/retort.bash" "$@" >"$work/out" 2>"$work/err"
}

# b NAME WORDS CHECKS...: bash_complete on the blank-separated WORDS (a
# final blank: an empty word to complete), then expect, and nothing on
# stderr.
b() {
	local name=$1 words
	read -ra words <<<"$2"
	[[ $2 == *' ' ]] && words+=("")
	shift 2
	bash_complete "${words[@]}"
	[ ! -s "$work/err" ] || set -- "$@" "+stderr: $(tr '\n' ' ' <"$work/err")"
	expect "bash: $name" "$work/out" "$@"
}

b "a prefix completes the command" "retort up" "=upgrade"
b "no command yet: every command the table shows, not the hidden one" "retort " \
	+init +upgrade +merge +completion +help -__complete_targets
b "upgrade's options and the global ones, none it does not take" "retort upgrade --" \
	+--sql +--plan +--config +--name +--no-annotate -"--message" -"--purge" \
	-"--autogenerate" -"--check"
b "stamp takes --purge" "retort stamp --p" "=--purge"
b "a target: heads, head, base, every revision, labels" "retort upgrade " \
	+heads +head +base +1a2b3c4d5e6f +708192a3b4c5 +orders +orders@head +loyalty@base
b "a target from a prefix" "retort show 3c" "=3c4d5e6f7081"
b "upgrade takes one target: none after it" "retort upgrade head " "="
b "merge takes many" "retort merge -m m heads 4d" "=4d5e6f708192"
b "--head's value is a target" "retort revision --head " +heads +5e6f708192a3 +orders
b "--depends-on's value is a target" "retort revision -m x --depends-on 4d" "=4d5e6f708192"
b "-r's value is a target" "retort history -r " +base +6f708192a3b4
b "a message is not a target" "retort revision -m " "="
# --format offers what some command takes (the commands say which)
b "--format's values" "retort schema --format " "=text json sql mig dot mermaid"
b "help's argument is a command" "retort help hi" "=history"
b "graph is a command" "retort gra" "=graph"
b "history takes --graph" "retort history --gr" "=--graph"
b "graph takes --format, not --graph" "retort graph --" +--format -"--graph" -"--sql"
b "completion's argument is a shell" "retort completion " "=bash zsh fish"
b "-c's value is a file" "retort -c ret" "=retort.ini"
b "init's argument is a folder" "retort init sh" "=shop"
# the range FROM:TO, split at ':' as bash splits it: the TO alone
bash_complete retort upgrade --sql 3c4d5e6f7081 : 70
expect "bash: the TO of a range split at ':'" "$work/out" "=708192a3b4c5"
bash_complete retort history -r 1a2b3c4d5e6f :
expect "bash: ... and just after the ':'" "$work/out" +heads +708192a3b4c5
bash_complete retort upgrade --sql 3c4d5e6f7081:70
expect "bash: a range ':' did not split keeps its FROM" "$work/out" "=3c4d5e6f7081:708192a3b4c5"
bash_complete retort revision --head = 2b
expect "bash: --head=VALUE, split at '='" "$work/out" "=2b3c4d5e6f70"
bash_complete retort -x env = dev upgrade 3c
expect "bash: -x KEY=VALUE, split at '=', is not taken for the command" "$work/out" "=3c4d5e6f7081"
# another project on the line
o=$work/other/retort.ini
b "-c names the project the targets come from" "retort -c $o show " \
	+abc123 +side +side@head +heads -708192a3b4c5 -orders
b "... --config too, after the command" "retort show --config $o s" "=side side@head side@base"
b "... and -cFILE" "retort -c$o upgrade a" "=abc123"
bash_complete retort --config = "$o" upgrade ''
expect "bash: ... and --config=FILE, split at '='" "$work/out" +abc123 -708192a3b4c5
bash_complete retort -c "'$o'" upgrade a
expect "bash: ... and a quoted FILE" "$work/out" "=abc123"
b "-n picks the section" "retort -c $o -n two upgrade " +fed987 -abc123
b "no project: no target, and nothing on stderr" "retort -c $work/none.ini upgrade " "="
(cd "$work" && bash_complete retort upgrade '')
expect "bash: ... nor without -c where there is no retort.ini" "$work/out" "="
[ ! -s "$work/err" ]
tap_result $? "bash: ... and quietly"

# every option `retort help COMMAND` lists is completed for it: the
# script and the help are the one table
missing=
for c in $(sed -n 's/^_retort_commands=.\(.*\).$/\1/p' "$work/retort.bash"); do
	bash_complete retort "$c" -
	for opt in $(retort help "$c" | sed -n 's/^  \(-[a-z]\), .*/\1/p; s/^  \(--[a-z-]*\) .*/\1/p'); do
		grep -qxF -- "$opt" "$work/out" || missing="$missing $c $opt;"
	done
done
[ -z "$missing" ]
tap_result $? "bash: each command's options, as help lists them${missing:+ (missing:$missing)}"
listed=$(retort --help | sed -n '/^commands:/,/^$/s/^  \([a-z_]*\) .*/\1/p' | tr '\n' ' ')
bash_complete retort ''
[ "$(tr '\n' ' ' <"$work/out")" = "$listed" ]
tap_result $? "bash: the commands are the ones --help lists, in its order"

# ---- the hidden command the scripts ask

retort __complete_targets >"$work/out" 2>"$work/err"
tap_result $? "__complete_targets succeeds in a project"
expect "... one target a line" "$work/out" +heads +head +base +1a2b3c4d5e6f +2b3c4d5e6f70 \
	+3c4d5e6f7081 +4d5e6f708192 +5e6f708192a3 +6f708192a3b4 +708192a3b4c5 +orders +loyalty@head
rc=0
(cd "$work" && retort __complete_targets) >"$work/out" 2>"$work/err" || rc=$?
[ "$rc" -ne 0 ] && [ ! -s "$work/out" ] && [ ! -s "$work/err" ]
tap_result $? "... fails without a word where there is no project (exit $rc)"
mkdir -p "$work/broken/v" && printf '[retort]\nscript_location = v\n' >"$work/broken/retort.ini" &&
	mkdir -p "$work/broken/v/versions" && echo 'revision;' >"$work/broken/v/versions/a.mig"
rc=0
(cd "$work/broken" && retort __complete_targets) >"$work/out" 2>"$work/err" || rc=$?
[ "$rc" -ne 0 ] && [ ! -s "$work/err" ]
tap_result $? "... and where a revision file is broken (exit $rc)"
# it reads the revision files only: a URL that cannot be reached is not
# touched (a server there would be a test of its own)
rc=0
retort --url postgresql://nobody@127.0.0.1:1/none __complete_targets >"$work/out" 2>&1 || rc=$?
[ "$rc" -eq 0 ] && grep -qxF 708192a3b4c5 "$work/out"
tap_result $? "... and never connects to the database"
rc=0
retort completion ksh >"$work/out" 2>"$work/err" || rc=$?
[ "$rc" -eq 2 ] && [ ! -s "$work/out" ] && grep -q "no completion script for 'ksh' (the shells: bash zsh fish)" "$work/err"
tap_result $? "completion refuses a shell it does not know, naming those it does"

# ---- zsh: its line editor, driven on a pseudo-terminal

if ! command -v zsh >/dev/null 2>&1; then
	diag "zsh is not installed (apt-get install zsh; .ci/run installs it)"
	not_ok "zsh is there to drive"
else
	rc=0
	run_limited 120 zsh -f "$RETORT_ROOT/tests/tools/zsh-complete.zsh" "$work/retort.zsh" \
		"retort up" "retort upgrade --" "retort upgrade " "retort upgrade 3c4d5e6f7081:70" \
		"retort -c $o show " "retort revision --depends-on 4d" "retort schema --format " \
		"retort -c $work/none.ini upgrade " >"$work/zsh.out" 2>"$work/zsh.err" || rc=$?
	[ "$rc" -eq 0 ] || diag_file "$work/zsh.err"
	tap_result "$rc" "zsh: the script loads from fpath under compinit and completes"
	# zsh_part LINE: the matches of one line of the driver's output
	zsh_part() {
		awk -v l="-- $1" '$0 == l { on = 1; next } /^-- / { on = 0 } on' "$work/zsh.out" \
			>"$work/out"
	}
	zsh_part "retort up"
	expect "zsh: a prefix completes the command" "$work/out" "=upgrade"
	zsh_part "retort upgrade --"
	expect "zsh: upgrade's options and the global ones, none it does not take" "$work/out" \
		+--sql +--config +--no-annotate -"--message" -"--purge"
	zsh_part "retort upgrade "
	expect "zsh: a target" "$work/out" +heads +head +base +1a2b3c4d5e6f +orders@head
	zsh_part "retort upgrade 3c4d5e6f7081:70"
	expect "zsh: the TO of a range" "$work/out" "=708192a3b4c5"
	zsh_part "retort -c $o show "
	expect "zsh: -c names the project" "$work/out" +abc123 +side -708192a3b4c5
	zsh_part "retort revision --depends-on 4d"
	expect "zsh: --depends-on's value is a target" "$work/out" "=4d5e6f708192"
	zsh_part "retort schema --format "
	expect "zsh: --format's values" "$work/out" "=text json sql mig dot mermaid"
	zsh_part "retort -c $work/none.ini upgrade "
	expect "zsh: no project, no target" "$work/out" "="
fi

# ---- fish: complete -C

if ! command -v fish >/dev/null 2>&1; then
	diag "fish is not installed (apt-get install fish; .ci/run installs it)"
	not_ok "fish is there to ask"
else
	# f NAME LINE CHECKS...: fish's candidates for LINE, without their
	# descriptions, then expect, and nothing on stderr
	f() {
		local name=$1 line=$2
		shift 2
		fish --no-config -c 'source $argv[1]; and complete -C $argv[2]' "$work/retort.fish" \
			"$line" 2>"$work/err" | cut -f1 >"$work/out"
		[ ! -s "$work/err" ] || set -- "$@" "+stderr: $(tr '\n' ' ' <"$work/err")"
		expect "fish: $name" "$work/out" "$@"
	}
	f "a prefix completes the command" "retort up" "=upgrade"
	f "no command yet: the commands, not the hidden one" "retort " +init +completion \
		-__complete_targets
	f "upgrade's options and the global ones, none it does not take" "retort upgrade --" \
		+--sql +--config +--no-annotate -"--message" -"--purge"
	f "a target" "retort upgrade " +heads +head +base +708192a3b4c5 +orders +loyalty@head
	f "upgrade takes one target" "retort upgrade head " "="
	f "the TO of a range" "retort upgrade 3c4d5e6f7081:70" "=3c4d5e6f7081:708192a3b4c5"
	f "--head's value is a target" "retort revision --head 5e" "=5e6f708192a3"
	f "-c names the project" "retort -c $o show " +abc123 +side -708192a3b4c5
	f "... and -n the section" "retort -c $o -n two show " +fed987 -abc123
	f "--format's values" "retort schema --format " "=text json sql mig dot mermaid"
	f "no project, no target" "retort -c $work/none.ini upgrade " "="
	f "graph is a command" "retort gra" "=graph"
fi

# ---- make install puts each script where its shell looks

rc=0
run_limited 600 make -s -C "$RETORT_ROOT" install DESTDIR="$work/inst" PREFIX=/usr \
	>"$work/install.out" 2>&1 || rc=$?
[ "$rc" -eq 0 ] || diag_file "$work/install.out"
tap_result "$rc" "make install DESTDIR=... PREFIX=/usr"
for pair in bash:bash-completion/completions/retort zsh:zsh/site-functions/_retort \
	fish:fish/vendor_completions.d/retort.fish; do
	sh=${pair%%:*}
	"$RETORT_ROOT/build/retort" completion "$sh" >"$work/want.$sh"
	cmp -s "$work/want.$sh" "$work/inst/usr/share/${pair#*:}"
	tap_result $? "make install: the $sh script in /usr/share/${pair#*:}"
done

tap_done
