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
		put "$g_tmp/out" "$p.sql"
		if [ -s "$g_tmp/err" ]; then put "$g_tmp/err" "$p.warn"; else drop "$p.warn"; fi
		drop "$p.err"
		return 0
		;;
	1)
		put "$g_tmp/err" "$p.err"
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

if [ ! -x "$RETORT" ]; then
	say "error: $RETORT: not found or not executable (run make first)" >&2
	exit 2
fi
mktempdir g_tmp

ncases=0
while IFS= read -r case; do
	ncases=$((ncases + 1))
	dir="$GOLDEN_DIR/$case"
	for d in $(golden_case_dialects "$case"); do
		rc=0
		update_step "$case" upgrade "$d" --dialect "$d" upgrade heads --sql || rc=$?
		if [ "$rc" -eq 0 ]; then
			update_step "$case" downgrade "$d" --dialect "$d" downgrade heads:base --sql || true
		elif [ "$rc" -eq 1 ]; then
			# The golden test runs no downgrade after a failed upgrade.
			drop "$dir/downgrade.$d.sql" "$dir/downgrade.$d.err" "$dir/downgrade.$d.warn"
		fi
	done

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
