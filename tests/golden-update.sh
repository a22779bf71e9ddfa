#!/usr/bin/env bash
# make golden-update: rewrites golden/*/ expected files from what the current
# build/retort (or $RETORT) prints, with the runner's own invocation, so that
# a deliberate output change is one command.  It cannot know whether the new
# output is right: read every changed line (git diff golden/) before
# committing.  Exit statuses other than 0 and 1 (usage errors, crashes,
# timeouts) are reported and never written down as expected.
# shellcheck source-path=SCRIPTDIR
. "$(dirname "${BASH_SOURCE[0]}")/lib/golden.sh"

refused=0
changed=0

say() { printf '%s\n' "$*"; }

# put SRC DEST: DEST becomes a copy of SRC; untouched when already equal.
put() {
	if [ -e "$2" ] && cmp -s "$1" "$2"; then
		return 0
	fi
	if [ -e "$2" ]; then say "updated  $(golden_label "$2")"; else say "created  $(golden_label "$2")"; fi
	cp "$1" "$2"
	changed=$((changed + 1))
}

drop() {
	local f
	for f in "$@"; do
		if [ -e "$f" ]; then
			rm -f "$f"
			say "removed  $(golden_label "$f")"
			changed=$((changed + 1))
		fi
	done
}

# update_step CASE STEP DIALECT ARGS...: returns 0 when the step succeeded.
update_step() {
	local case=$1 step=$2 d=$3
	shift 3
	local p="$GOLDEN_DIR/$case/$step.$d"
	golden_invoke "$RETORT" "$case" "$g_tmp/out" "$g_tmp/err" "$@"
	case $g_rc in
	0)
		rm -f "$g_tmp/fail.$step.$d"
		put "$g_tmp/out" "$p.sql"
		if [ -s "$g_tmp/err" ]; then put "$g_tmp/err" "$p.warn"; else drop "$p.warn"; fi
		drop "$p.err"
		return 0
		;;
	1)
		# where it goes (its own file or the case's shared one) is for
		# settle_errors to say, once every dialect has run
		cp "$g_tmp/err" "$g_tmp/fail.$step.$d"
		drop "$p.sql" "$p.warn"
		if [ -s "$g_tmp/out" ]; then
			say "warning: $case: retort $* exited 1 but printed to stdout; the golden test will fail"
		fi
		return 1
		;;
	*)
		refused=$((refused + 1))
		say "error: $case: retort $* exited $g_rc; $(golden_label "$p").* left as they were; stderr:"
		sed 's/^/    /' "$g_tmp/err"
		return 2
		;;
	esac
}

# settle_errors CASE STEP PARTIAL: the STEP errors of the case's dialects
# (each in $g_tmp/fail.STEP.D) into files: the text two or more dialects
# give, the most of them, in the shared STEP.err; every other one in its
# own STEP.D.err.  PARTIAL (some dialect not run, or refused): the shared
# file is left as it is, and a text it says needs no file of its own.
settle_errors() {
	local case=$1 step=$2 partial=$3 dir="$GOLDEN_DIR/$1" d e n best= bestn=0
	local -a failed=()
	for d in $(golden_case_dialects "$case"); do
		[ -e "$g_tmp/fail.$step.$d" ] && failed+=("$d")
	done
	if [ "$partial" -eq 0 ]; then
		for d in "${failed[@]}"; do
			n=0
			for e in "${failed[@]}"; do
				cmp -s "$g_tmp/fail.$step.$d" "$g_tmp/fail.$step.$e" && n=$((n + 1))
			done
			if [ "$n" -gt "$bestn" ]; then
				best=$d bestn=$n
			fi
		done
		if [ "$bestn" -ge 2 ]; then
			put "$g_tmp/fail.$step.$best" "$dir/$step.err"
		else
			drop "$dir/$step.err"
		fi
	fi
	for d in "${failed[@]}"; do
		if [ -e "$dir/$step.err" ] && cmp -s "$g_tmp/fail.$step.$d" "$dir/$step.err"; then
			drop "$dir/$step.$d.err"
		else
			put "$g_tmp/fail.$step.$d" "$dir/$step.$d.err"
		fi
		rm -f "$g_tmp/fail.$step.$d"
	done
}

if [ ! -x "$RETORT" ]; then
	say "error: $RETORT: not found or not executable (run make first)" >&2
	exit 2
fi
mktempdir g_tmp

ncases=0
while IFS= read -r case; do
	ncases=$((ncases + 1))
	dir="$GOLDEN_DIR/$case"
	# every dialect the case has, or the shared files cannot be settled
	partial=0
	[ "$(golden_case_dialects "$case")" = "$(GOLDEN_DIALECTS=$GOLDEN_ALL_DIALECTS \
		golden_case_dialects "$case")" ] || partial=1
	down_partial=$partial
	for d in $(golden_case_dialects "$case"); do
		rc=0
		update_step "$case" upgrade "$d" --dialect "$d" upgrade heads --sql || rc=$?
		if [ "$rc" -eq 0 ]; then
			update_step "$case" downgrade "$d" --dialect "$d" downgrade heads:base --sql ||
				[ $? -le 1 ] || down_partial=1
		elif [ "$rc" -eq 1 ]; then
			# The golden test runs no downgrade after a failed upgrade.
			drop "$dir/downgrade.$d.sql" "$dir/downgrade.$d.err" "$dir/downgrade.$d.warn"
		else
			partial=1 down_partial=1
		fi
	done
	settle_errors "$case" upgrade "$partial"
	settle_errors "$case" downgrade "$down_partial"

	golden_read_commands "$case"
	declare -A named=()
	for i in "${!g_cmd_n[@]}"; do
		name=${g_cmd_name[i]}
		if [ -z "$name" ]; then
			refused=$((refused + 1))
			say "error: $(golden_label "$dir/commands"):${g_cmd_n[i]}: bad line: ${g_cmd_text[i]}"
			continue
		fi
		named[$name]=1
		golden_cmd_words "$i"
		golden_invoke "$RETORT" "$case" "$g_tmp/out" "$g_tmp/err" "${g_words[@]}"
		{ cat "$g_tmp/out" "$g_tmp/err"; printf '[exit %d]\n' "$g_rc"; } >"$g_tmp/actual"
		put "$g_tmp/actual" "$dir/$name.out"
	done
	# .out files of commands that are gone
	for f in "$dir"/*.out; do
		[ -f "$f" ] || continue
		name=$(basename "$f" .out)
		[ -n "${named[$name]:-}" ] || drop "$f"
	done
	unset named
done < <(golden_cases)

say "$ncases cases, $changed files changed, $refused not updated"
if git -C "$GOLDEN_DIR" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
	say ""
	git -C "$GOLDEN_DIR" --no-pager diff --stat -- . || true
	git -C "$GOLDEN_DIR" status --short --untracked-files=all -- . | grep '^??' || true
	say ""
	say "Read every changed line before committing: git diff golden/ (and the new files above)."
	say "An expected file is only as right as the eyes that read it."
fi
[ "$refused" -eq 0 ]
