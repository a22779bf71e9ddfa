# tests/lib/golden.sh: the one golden-test runner, shared by golden.t (the
# normal build), golden-asan.t (the sanitized build), harness.t (which checks
# that the runner can fail), golden-update.sh and postgres.t (which read the
# same cases).  The case layout is a contract; see golden_main below.
# shellcheck shell=bash source-path=SCRIPTDIR

. "$(dirname "${BASH_SOURCE[0]}")/common.sh"

GOLDEN_DIR=$(abspath "${RETORT_GOLDEN_DIR:-$RETORT_ROOT/golden}")
# Every dialect a case may run on; RETORT_GOLDEN_DIALECTS narrows a run.
GOLDEN_ALL_DIALECTS="mysql postgresql sqlite"
GOLDEN_DIALECTS=${RETORT_GOLDEN_DIALECTS:-$GOLDEN_ALL_DIALECTS}
GOLDEN_TIMEOUT=${RETORT_TEST_TIMEOUT:-120}

# How expected files are named in messages: relative to the repository when
# they are inside it.
golden_label() {
	case $1 in
	"$RETORT_ROOT"/*) printf '%s\n' "${1#"$RETORT_ROOT"/}" ;;
	*) printf '%s\n' "$1" ;;
	esac
}

# The case directories, sorted (LC_ALL=C), one a line.  RETORT_GOLDEN_CASES
# (space-separated names or shell patterns, e.g. 'op_* literals') narrows the
# list while working on a few cases.
golden_cases() {
	local d name want IFS=' '
	for d in "$GOLDEN_DIR"/*/; do
		[ -d "$d" ] || continue
		name=$(basename "$d")
		if [ -z "${RETORT_GOLDEN_CASES:-}" ]; then
			printf '%s\n' "$name"
			continue
		fi
		set -f
		for want in $RETORT_GOLDEN_CASES; do
			# shellcheck disable=SC2254 # a pattern on purpose
			case $name in
			$want)
				printf '%s\n' "$name"
				break
				;;
			esac
		done
		set +f
	done
}

# The ini file a case runs with: its own, else the shared one.
golden_ini() {
	if [ -f "$GOLDEN_DIR/$1/retort.ini" ]; then
		printf '%s\n' "$GOLDEN_DIR/$1/retort.ini"
	else
		printf '%s\n' "$GOLDEN_DIR/retort.ini"
	fi
}

# golden_ini_get CASE KEY: KEY's value in the [retort] section of the case's
# ini ('' when unset), with inih's rules: ';' or '#' comment lines, inline
# ' ;' comments, whitespace trimmed.
golden_ini_get() {
	local ini
	ini=$(golden_ini "$1")
	[ -f "$ini" ] || return 0
	awk -v key="$2" '
		/^[ \t]*[;#]/ { next }
		/^[ \t]*\[/ { sect = $0; gsub(/^[ \t]*\[[ \t]*|[ \t]*\].*$/, "", sect); next }
		sect == "retort" {
			line = $0
			sub(/[ \t];.*$/, "", line)
			eq = index(line, "="); if (!eq) eq = index(line, ":")
			if (!eq) next
			k = substr(line, 1, eq - 1); v = substr(line, eq + 1)
			gsub(/^[ \t]+|[ \t]+$/, "", k); gsub(/^[ \t]+|[ \t]+$/, "", v)
			if (k == key) val = v
		}
		END { printf "%s", val }
	' "$ini"
}

# golden_heads CASE: the revision ids `upgrade heads` leaves in the version
# table, sorted, one a line.  That is every revision no other revision names
# in 'revises' or 'depends_on': Alembic merges a dependency that is a head
# into the row of the revision depending on it.  Only the header (what
# precedes the first '{') is read, with the DSL's comment and quoting rules.
golden_heads() {
	local files=()
	local f
	for f in "$GOLDEN_DIR/$1"/versions/*.mig; do
		[ -f "$f" ] && files+=("$f")
	done
	[ "${#files[@]}" -gt 0 ] || return 0
	perl -e '
		use strict; use warnings;
		my (%rev, %ref, %label, @refs);
		for my $file (@ARGV) {
			open my $fh, "<", $file or die "$file: $!\n";
			local $/; my $s = <$fh>; close $fh;
			my (@stmts, @cur);
			for (;;) {
				if ($s =~ /\G\s+/gc) { next }
				if ($s =~ /\G--[^\n]*/gc) { next }
				if ($s =~ m{\G/\*.*?\*/}gcs) { next }
				if ($s =~ /\G\x27((?:[^\x27]|\x27\x27)*)\x27/gc) {
					(my $v = $1) =~ s/\x27\x27/\x27/g; push @cur, ["str", $v]; next }
				if ($s =~ /\G"((?:[^"]|"")*)"/gc) {
					(my $v = $1) =~ s/""/"/g; push @cur, ["str", $v]; next }
				if ($s =~ /\G(\$[A-Za-z0-9_]*\$)/gc) {
					my $t = $1; $s =~ /\G.*?\Q$t\E/gcs; next }
				if ($s =~ /\G;/gc) { push @stmts, [@cur]; @cur = (); next }
				if ($s =~ /\G\{/gc) { last }
				if ($s =~ /\G([A-Za-z_][A-Za-z0-9_\$]*)/gc) { push @cur, ["word", $1]; next }
				if ($s =~ /\G./gcs) { next }
				last;
			}
			my ($id, @mine, @labels);
			for my $st (@stmts) {
				next unless @$st && $st->[0][0] eq "word";
				my ($kw, @v) = @$st;
				my $k = lc $kw->[1];
				my @vals = map { $_->[1] }
					grep { $_->[0] eq "str" || lc($_->[1]) ne "base" } @v;
				if ($k eq "revision") { $id = $vals[0] }
				elsif ($k eq "revises" || $k eq "depends_on") { push @mine, @vals }
				elsif ($k eq "branch_labels") { push @labels, @vals }
			}
			defined $id or die "$file: no revision line\n";
			$rev{$id} = 1;
			$label{$_} = $id for @labels;
			push @refs, @mine;
		}
		for my $r (@refs) {
			my $to = exists $rev{$r} ? $r : $label{$r};
			if (!defined $to) {	# a unique prefix, as Alembic allows
				my @m = grep { index($_, $r) == 0 } keys %rev;
				$to = $m[0] if @m == 1;
			}
			$ref{defined $to ? $to : $r} = 1;
		}
		print "$_\n" for sort grep { !$ref{$_} } keys %rev;
	' "${files[@]}"
}

# golden_invoke BIN CASE OUT ERR ARGS...: runs BIN ARGS in the case directory
# (adding -c ../retort.ini when the case has no retort.ini and ARGS name no
# config of their own), stdout to OUT, stderr to ERR; sets g_rc.
golden_invoke() {
	local bin=$1 case=$2 out=$3 err=$4
	shift 4
	local cfg=() a
	if [ ! -f "$GOLDEN_DIR/$case/retort.ini" ]; then
		cfg=(-c ../retort.ini)
		for a in "$@"; do
			case $a in
			-c | --config | --config=*) cfg=() ;;
			esac
		done
	fi
	local owd=$PWD
	g_rc=0
	# cd here, not in a subshell, so that run_limited's child is ours to stop
	cd "$GOLDEN_DIR/$case" || bail_out "cannot cd to $GOLDEN_DIR/$case"
	run_limited "$GOLDEN_TIMEOUT" "$bin" "${cfg[@]}" "$@" >"$out" 2>"$err" </dev/null || g_rc=$?
	cd "$owd" || bail_out "cannot cd back to $owd"
}

# Set by golden-asan.t: any sanitizer report fails the comparison it
# happened in, even when the expected file was written with it.
GOLDEN_SANITIZER=${GOLDEN_SANITIZER:-0}
golden_sanitizer_report() {
	[ "$GOLDEN_SANITIZER" = 1 ] || return 1
	grep -Eq 'ERROR: (Address|Leak|Memory|Thread|UndefinedBehavior)Sanitizer|SUMMARY: [A-Za-z]+Sanitizer|runtime error: ' "$1"
}

golden_exit_diag() {
	case $1 in
	124) diag "timed out after ${GOLDEN_TIMEOUT}s (RETORT_TEST_TIMEOUT)" ;;
	12[6-7]) diag "could not run the binary (exit $1)" ;;
	*) [ "$1" -gt 128 ] && diag "killed by signal $(($1 - 128))" ;;
	esac
	return 0
}

# golden_diff EXPECTED ACTUAL: silent and 0 when byte-equal; else the
# unified diff as diagnostics.
golden_diff() {
	if cmp -s "$1" "$2"; then
		return 0
	fi
	diff -u --label "$(golden_label "$1")" --label actual "$1" "$2" >"$g_tmp/diff" || true
	diag_file "$g_tmp/diff" "${RETORT_DIAG_LINES:-300}"
	return 1
}

# golden_err_file CASE STEP DIALECT: the error a failing step must print,
# one path or nothing: the dialect's own STEP.DIALECT.err, else the case's
# shared STEP.err where the dialect has no STEP.DIALECT.sql either.
golden_err_file() {
	local dir="$GOLDEN_DIR/$1"
	if [ -e "$dir/$2.$3.err" ]; then
		printf '%s\n' "$dir/$2.$3.err"
	elif [ -e "$dir/$2.err" ] && [ ! -e "$dir/$2.$3.sql" ]; then
		printf '%s\n' "$dir/$2.err"
	fi
}

# golden_shared CASE: the rules for a case's shared STEP.err files, one
# test each that has one: no dialect's own STEP.DIALECT.err may say the
# same (it would hide nothing but say it twice), and some dialect must use
# it (else a difference it stood for is gone unseen).  Every dialect the
# case has counts, not only those this run narrows to.
golden_shared() {
	local case=$1 dir="$GOLDEN_DIR/$1" step d bad users
	for step in upgrade downgrade; do
		[ -e "$dir/$step.err" ] || continue
		bad=0 users=0
		for d in $(GOLDEN_DIALECTS=$GOLDEN_ALL_DIALECTS golden_case_dialects "$case"); do
			if [ -e "$dir/$step.$d.err" ] && cmp -s "$dir/$step.err" "$dir/$step.$d.err"; then
				diag "$(golden_label "$dir/$step.$d.err") says what $step.err says: remove it"
				bad=1
			fi
			[ "$(golden_err_file "$case" "$step" "$d")" = "$dir/$step.err" ] && users=$((users + 1))
		done
		if [ "$users" -eq 0 ]; then
			diag "$(golden_label "$dir/$step.err") is no dialect's: each has a file of its own"
			bad=1
		fi
		tap_result "$bad" "$case/$step.err is shared"
	done
}

# golden_step BIN CASE STEP DIALECT ARGS...: one `upgrade`/`downgrade` run,
# checked against STEP.DIALECT.{err,sql,warn} (an error also against the
# shared STEP.err, see golden_err_file).  Returns 0 when the step
# succeeded (an expected error is not a success), so that the caller knows
# whether a downgrade should follow.
golden_step() {
	local bin=$1 case=$2 step=$3 d=$4
	shift 4
	local dir="$GOLDEN_DIR/$case" base="$step.$d" bad=0 errf name
	local out="$g_tmp/out" err="$g_tmp/err"
	golden_invoke "$bin" "$case" "$out" "$err" "$@"

	errf=$(golden_err_file "$case" "$step" "$d")
	if [ -n "$errf" ]; then
		name="$case/$base.err"
		[ "$errf" = "$dir/$base.err" ] || name="$case/$step.err ($d)"
		if [ "$g_rc" -ne 1 ]; then
			bad=1
			diag "exit status $g_rc, expected 1: retort $*"
			golden_exit_diag "$g_rc"
		fi
		if [ -s "$out" ]; then
			bad=1
			diag "stdout should be empty; it is:"
			diag_file "$out"
		fi
		golden_diff "$errf" "$err" || bad=1
		if golden_sanitizer_report "$err"; then
			bad=1
			diag "sanitizer report in stderr"
		fi
		tap_result "$bad" "$name"
		return 1
	fi

	if [ -e "$dir/$base.sql" ]; then
		if [ "$g_rc" -ne 0 ]; then
			bad=1
			diag "exit status $g_rc, expected 0: retort $*"
			golden_exit_diag "$g_rc"
		fi
		golden_diff "$dir/$base.sql" "$out" || bad=1
		if [ ! -e "$dir/$base.warn" ]; then
			if [ -s "$err" ]; then
				bad=1
				diag "stderr should be empty (no $base.warn); it is:"
				diag_file "$err"
			fi
			if golden_sanitizer_report "$err"; then
				diag "sanitizer report in stderr"
			fi
		fi
		tap_result "$bad" "$case/$base.sql"
		if [ -e "$dir/$base.warn" ]; then
			bad=0
			golden_diff "$dir/$base.warn" "$err" || bad=1
			if golden_sanitizer_report "$err"; then
				bad=1
				diag "sanitizer report in stderr"
			fi
			tap_result "$bad" "$case/$base.warn"
		fi
		return "$g_rc"
	fi

	diag "missing expected file: neither $(golden_label "$dir/$base.sql") nor $base.err nor $step.err exists" \
		"(make golden-update writes it; read it before committing)" \
		"retort $* exited $g_rc; stdout:"
	diag_file "$out" 40
	diag "stderr:"
	diag_file "$err" 40
	not_ok "$case/$base.sql"
	return "$g_rc"
}

golden_shellwords_pl='
	my @w = shellwords($ARGV[0]);
	exit 1 unless @w;
	print map { "$_\0" } @w;
'

# golden_read_commands CASE: parses golden/CASE/commands into g_cmd_n (line
# numbers), g_cmd_name ("" for a bad line), g_cmd_text, and the arguments
# (g_cmd_count[i] words from g_cmd_flat[g_cmd_start[i]]; see golden_cmd_words).
# Blank and #-lines are skipped.  Words are shell words
# without the shell: quotes and backslashes are honoured, nothing is
# expanded or run.  A bad line: no words, unbalanced quotes, a NAME that is
# not [A-Za-z0-9_.-] or that repeats.
golden_read_commands() {
	local file="$GOLDEN_DIR/$1/commands" line n=0 words name
	local -A seen=()
	g_cmd_n=() g_cmd_name=() g_cmd_text=() g_cmd_start=() g_cmd_count=() g_cmd_flat=()
	[ -f "$file" ] || return 0
	while IFS= read -r line || [ -n "$line" ]; do
		n=$((n + 1))
		case $line in
		*[![:space:]]*) ;;
		*) continue ;;
		esac
		[[ $line =~ ^[[:space:]]*# ]] && continue
		words=()
		mapfile -d "" words < <(perl -MText::ParseWords -e "$golden_shellwords_pl" "$line")
		name=${words[0]:-}
		if [ "${#words[@]}" -eq 0 ] || ! [[ $name =~ ^[A-Za-z0-9_][A-Za-z0-9_.-]*$ ]] ||
			[ -n "${seen[$name]:-}" ]; then
			name=
		else
			seen[$name]=1
		fi
		g_cmd_n+=("$n")
		g_cmd_name+=("$name")
		g_cmd_text+=("$line")
		g_cmd_start+=("${#g_cmd_flat[@]}")
		g_cmd_count+=("$((${#words[@]} > 0 ? ${#words[@]} - 1 : 0))")
		g_cmd_flat+=("${words[@]:1}")
	done <"$file"
}

# golden_cmd_words I: the arguments of command I into g_words.
golden_cmd_words() {
	g_words=("${g_cmd_flat[@]:${g_cmd_start[$1]}:${g_cmd_count[$1]}}")
}

# golden_commands BIN CASE: the case's `commands` file, one test per line.
golden_commands() {
	local bin=$1 case=$2 i name bad
	local dir="$GOLDEN_DIR/$case"
	golden_read_commands "$case"
	for i in "${!g_cmd_n[@]}"; do
		name=${g_cmd_name[i]}
		if [ -z "$name" ]; then
			diag "bad line ${g_cmd_n[i]} in $(golden_label "$dir/commands"): ${g_cmd_text[i]}" \
				"want: NAME ARGS... (NAME unique, [A-Za-z0-9_.-]; unbalanced quotes?)"
			not_ok "$case/commands:${g_cmd_n[i]}"
			continue
		fi
		golden_cmd_words "$i"
		golden_invoke "$bin" "$case" "$g_tmp/out" "$g_tmp/err" "${g_words[@]}"
		{ cat "$g_tmp/out" "$g_tmp/err"; printf '[exit %d]\n' "$g_rc"; } >"$g_tmp/actual"
		bad=0
		if [ ! -e "$dir/$name.out" ]; then
			bad=1
			diag "missing expected file: $(golden_label "$dir/$name.out")" \
				"(make golden-update writes it; read it before committing); actual:"
			diag_file "$g_tmp/actual" 40
		else
			golden_diff "$dir/$name.out" "$g_tmp/actual" || bad=1
		fi
		golden_exit_diag "$g_rc"
		if golden_sanitizer_report "$g_tmp/err"; then
			bad=1
			diag "sanitizer report in stderr"
		fi
		tap_result "$bad" "$case/$name.out"
	done
}

# golden_case_dialects CASE: the dialects of $GOLDEN_DIALECTS the case runs
# on, one a line: those its `dialects` file names (a case whose setting only
# some dialects can have, with the reason in the file), else all of them.
golden_case_dialects() {
	local f="$GOLDEN_DIR/$1/dialects" d
	for d in $GOLDEN_DIALECTS; do
		if [ ! -f "$f" ] || sed 's/#.*//' "$f" | tr -s ' \t,' '\n' | grep -qxF "$d"; then
			printf '%s\n' "$d"
		fi
	done
}

# golden_main BIN: the whole golden suite against BIN, as TAP.
# For each case directory golden/<case>/ and each dialect D in
# $RETORT_GOLDEN_DIALECTS (default mysql, postgresql and sqlite), in the case directory:
# (D: those of golden_case_dialects)
#   retort --dialect D upgrade heads --sql        vs upgrade.D.{err | sql [+ warn]},
#                                                 or the shared upgrade.err
#   retort --dialect D downgrade heads:base --sql vs downgrade.D.*, the same
#                                                 way, when the upgrade succeeded
#   each `NAME ARGS...` line of golden/<case>/commands:
#   retort ARGS                                   vs NAME.out = stdout, stderr, "[exit N]"
# A missing expected file is a failure.
golden_main() {
	local bin=$1 case d ncases=0
	mktempdir g_tmp
	if [ ! -x "$bin" ]; then
		diag "$bin: not found or not executable (run make first)"
		not_ok "binary $(golden_label "$bin") exists"
		tap_done
		return
	fi
	if [ ! -d "$GOLDEN_DIR" ]; then
		diag "$GOLDEN_DIR: no such directory"
		not_ok "golden directory exists"
		tap_done
		return
	fi
	while IFS= read -r case; do
		ncases=$((ncases + 1))
		if [ ! -f "$GOLDEN_DIR/$case/retort.ini" ] && [ ! -f "$GOLDEN_DIR/retort.ini" ]; then
			diag "note: $case has no retort.ini and $(golden_label "$GOLDEN_DIR/retort.ini") does not exist"
		fi
		for d in $(golden_case_dialects "$case"); do
			if golden_step "$bin" "$case" upgrade "$d" --dialect "$d" upgrade heads --sql; then
				golden_step "$bin" "$case" downgrade "$d" --dialect "$d" downgrade heads:base --sql ||
					true
			fi
		done
		golden_shared "$case"
		golden_commands "$bin" "$case"
	done < <(golden_cases)
	if [ "$ncases" -eq 0 ]; then
		diag "no case directories in $GOLDEN_DIR${RETORT_GOLDEN_CASES:+ matching RETORT_GOLDEN_CASES}"
		not_ok "golden cases found"
	fi
	tap_done
}
