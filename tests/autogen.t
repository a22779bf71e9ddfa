#!/usr/bin/env bash
# Autogenerate and check, offline.  First every golden case: its schema at
# head, written as a schema file, must give `check` = 0 on each of its
# dialects (the writer and the loader agree with the model).  Then the
# project in tests/fixtures/autogen: what autogenerate writes for a schema
# file with every kind of change (compared with expected/changes.mig,
# read and run), that the result checks and verifies, and the refusals:
# nothing to do, an unnamed constraint, a bad schema file, a missing one,
# a template without ${upgrades}.  Then tests/fixtures/autogen-renamed: a
# table renamed and an index only PostgreSQL has, for every dialect.  Last,
# a revision's error as check and autogenerate say it, at its line.
# shellcheck source-path=SCRIPTDIR
. "$(dirname "${BASH_SOURCE[0]}")/lib/golden.sh"

FIX=$RETORT_ROOT/tests/fixtures/autogen
TIMEOUT=${RETORT_TEST_TIMEOUT:-120}
tmp=
mktempdir tmp

# run OUT ARGS...: retort in the current directory; stdout to OUT.out,
# stderr to OUT.err, the status in rc.
run() {
	local out=$1
	shift
	rc=0
	run_limited "$TIMEOUT" "$RETORT" "$@" >"$tmp/$out.out" 2>"$tmp/$out.err" </dev/null || rc=$?
}

# expect_rc NAME WANT OUT: ok when the last run exited WANT.
expect_rc() {
	if [ "$rc" -eq "$2" ]; then
		ok "$1"
	else
		diag "exit $rc, expected $2"
		diag_file "$tmp/$3.out"
		diag_file "$tmp/$3.err"
		not_ok "$1"
	fi
}

# ------------------------------------------------ golden cases round trip

# check_clean CASE DIALECT FILE WHAT: check of the case at head against
# the schema file FILE (check.ini names it) finds nothing; else says so
# with WHAT and fails.
check_clean() {
	sed -i "s|^schema = .*|schema = $3|" "$tmp/check.ini"
	golden_invoke "$RETORT" "$1" "$tmp/c.out" "$tmp/c.err" -c "$tmp/check.ini" \
		--dialect "$2" check
	if [ "$g_rc" -eq 0 ] && grep -q '^No new upgrade operations detected' "$tmp/c.out"; then
		return 0
	fi
	diag "$1 ($2): check exited $g_rc on the schema written from head$4"
	diag_file "$3"
	diag_file "$tmp/c.out"
	diag_file "$tmp/c.err"
	not_ok "$1 ($2): schema head --format mig$4, then check"
	return 1
}

checked=0 pairs=0 reversed=0
while IFS= read -r case; do
	case $case in err_*) continue ;; esac
	for d in $(golden_case_dialects "$case"); do
		ini=$(golden_ini "$case")
		golden_invoke "$RETORT" "$case" "$tmp/s.mig" "$tmp/s.err" -c "$ini" \
			--dialect "$d" schema --format mig
		pairs=$((pairs + 1))
		if [ "$g_rc" -ne 0 ]; then
			diag_file "$tmp/s.err"
			not_ok "$case ($d): schema head --format mig"
			continue
		fi
		{
			cat "$ini"
			printf 'schema = %s\n' "$tmp/s.mig"
		} | sed 's/^dialects *=.*//' >"$tmp/check.ini"
		check_clean "$case" "$d" "$tmp/s.mig" "" && checked=$((checked + 1))
		# The same statements, last first: indexes, views and foreign
		# keys before the tables they name, types after the tables
		# that use them (check loads a schema file a statement at a
		# time where it can, and whole where it cannot).
		awk 'BEGIN { RS = "" } { p[NR] = $0 } END { for (i = NR; i > 0; i--) print p[i] "\n" }' \
			"$tmp/s.mig" >"$tmp/r.mig"
		check_clean "$case" "$d" "$tmp/r.mig" ", reversed" && reversed=$((reversed + 1))
	done
done < <(golden_cases)
if [ "$checked" -eq "$pairs" ] && [ "$pairs" -ge 100 ]; then
	ok "check = 0 for the schema at head of all $pairs golden case/dialect pairs"
else
	not_ok "check = 0 for the schema at head of $checked of $pairs golden case/dialect pairs"
fi
if [ "$reversed" -eq "$pairs" ] && [ "$pairs" -ge 100 ]; then
	ok "check = 0 for the same schemas with their statements in reverse order"
else
	not_ok "check = 0 for $reversed of $pairs schemas with their statements in reverse order"
fi

# ------------------------------------------------ the fixture project

proj=$tmp/proj
new_project() {
	rm -rf "$proj"
	mkdir -p "$proj"
	cp -R "$FIX/versions" "$FIX/script.mig.tmpl" "$FIX/retort.ini" "$proj/"
	cd "$proj" || bail_out "cannot cd to $proj"
}

# nothing to do: head written out
new_project
run schema schema --format mig
cp "$tmp/schema.out" schema.mig
run same check
expect_rc "check: head against itself exits 0" 0 same
run same_rev revision --autogenerate -m same --rev-id a9
if [ "$rc" -eq 0 ] && grep -q '^No changes in schema detected' "$tmp/same_rev.out" &&
	[ "$(find versions -name 'a9*' | wc -l)" -eq 0 ]; then
	ok "revision --autogenerate with nothing to do says so and writes no file"
else
	diag_file "$tmp/same_rev.out"
	diag_file "$tmp/same_rev.err"
	not_ok "revision --autogenerate with nothing to do says so and writes no file"
fi

# every kind of change
cp "$FIX/schemas/changes.mig" schema.mig
run pending check
expect_rc "check: a changed schema file exits 4 (drift, not breakage)" 4 pending
if grep -q '^New upgrade operations detected' "$tmp/pending.out" &&
	grep -q 'create_table tag' "$tmp/pending.out"; then
	ok "check prints the pending ops"
else
	diag_file "$tmp/pending.out"
	not_ok "check prints the pending ops"
fi
run gen revision --autogenerate -m "all changes" --rev-id a2
expect_rc "revision --autogenerate writes the revision" 0 gen
if diff -u "$FIX/expected/changes.mig" versions/a2_all_changes.mig >"$tmp/gen.diff"; then
	ok "the generated revision is expected/changes.mig"
else
	diag_file "$tmp/gen.diff"
	not_ok "the generated revision is expected/changes.mig"
fi
if grep -q "rename_column account legacy to retired" "$tmp/gen.err" &&
	grep -q "rename_table old_log to log" "$tmp/gen.err"; then
	ok "the rename suggestions are said on stderr too"
else
	diag_file "$tmp/gen.err"
	not_ok "the rename suggestions are said on stderr too"
fi
run after check
expect_rc "check after autogenerate: head is the schema file" 0 after
run verify verify
expect_rc "verify: the generated downgrade restores the schema on every dialect" 0 verify
for d in mysql postgresql sqlite; do
	run "sql_$d" --dialect "$d" upgrade head --sql
	expect_rc "the generated revision lowers for $d" 0 "sql_$d"
	run "sqld_$d" --dialect "$d" downgrade head:base --sql
	expect_rc "the generated downgrade lowers for $d" 0 "sqld_$d"
done

# the same from a folder of schema files, in an order that names tables
# before the file that makes them
new_project
sed -i 's|^schema = .*|schema = schemas|' retort.ini
mkdir schemas
cp "$FIX/schemas/split/"*.mig schemas/
run folder revision --autogenerate -m "all changes" --rev-id a2
expect_rc "a folder of schema files" 0 folder
if diff -u "$FIX/expected/changes.mig" versions/a2_all_changes.mig >"$tmp/folder.diff"; then
	ok "the folder gives the same revision as the one file"
else
	diag_file "$tmp/folder.diff"
	not_ok "the folder gives the same revision as the one file"
fi

# two new tables whose foreign keys point at each other, then gone again:
# the cycle is broken by a create_foreign_key (and a drop_constraint first)
new_project
cp "$FIX/schemas/cycle.mig" schema.mig
run cycle revision --autogenerate -m cycle --rev-id c1
expect_rc "a foreign-key cycle among new tables" 0 cycle
if grep -q 'create_foreign_key fk_a_b on a (b_id) references b (id);' versions/c1_cycle.mig &&
	grep -q 'drop_constraint fk_a_b on a type foreign_key;' versions/c1_cycle.mig; then
	ok "the cycle's first table gets its key after the second is made"
else
	diag_file versions/c1_cycle.mig
	not_ok "the cycle's first table gets its key after the second is made"
fi
sed '/^create_table a (/,$d' "$FIX/schemas/cycle.mig" >schema.mig
run uncycle revision --autogenerate -m uncycle --rev-id c2
expect_rc "dropping the two tables of a cycle" 0 uncycle
run cycle_check check
expect_rc "check after both revisions" 0 cycle_check
run cycle_verify verify
expect_rc "verify: both revisions' downgrades restore the schema" 0 cycle_verify

# an unnamed constraint for a table that exists: refused, no file
new_project
cp "$FIX/schemas/unnamed.mig" schema.mig
run unnamed revision --autogenerate -m unnamed --rev-id a3
if [ "$rc" -eq 1 ] && grep -q "unnamed unique constraint (nick) on 'account'.*give it one" \
	"$tmp/unnamed.err" && [ "$(find versions -name 'a3*' | wc -l)" -eq 0 ]; then
	ok "an unnamed constraint for an existing table: exit 1, said, no file"
else
	diag "exit $rc"
	diag_file "$tmp/unnamed.err"
	not_ok "an unnamed constraint for an existing table: exit 1, said, no file"
fi

# a schema file with errors: each at its place
cp "$FIX/schemas/bad.mig" schema.mig
run bad check
if [ "$rc" -eq 1 ] && grep -q "^schema.mig:5:1: error: 'drop_table' " "$tmp/bad.err"; then
	ok "a schema file with a drop_table: error at file:line:col, exit 1"
else
	diag "exit $rc"
	diag_file "$tmp/bad.err"
	not_ok "a schema file with a drop_table: error at file:line:col, exit 1"
fi
cp "$FIX/schemas/bad_ref.mig" schema.mig
run bad_ref check
if [ "$rc" -eq 1 ] && grep -q "^schema.mig:7:.*'acount'" "$tmp/bad_ref.err" &&
	grep -q "did you mean 'account'" "$tmp/bad_ref.err"; then
	ok "a schema file naming an unknown table: error at file:line:col, exit 1"
else
	diag "exit $rc"
	diag_file "$tmp/bad_ref.err"
	not_ok "a schema file naming an unknown table: error at file:line:col, exit 1"
fi

# no schema file
rm schema.mig
run missing check
if [ "$rc" -eq 2 ] && grep -q "cannot read the schema file 'schema.mig'" "$tmp/missing.err"; then
	ok "no schema file: exit 2, named"
else
	diag "exit $rc"
	diag_file "$tmp/missing.err"
	not_ok "no schema file: exit 2, named"
fi

# a template with nowhere to put the ops
cp "$FIX/schemas/changes.mig" schema.mig
sed -i 's/\${upgrades}//; s/\${downgrades}//' script.mig.tmpl
run tmpl revision --autogenerate -m x --rev-id a4
if [ "$rc" -ne 0 ] && grep -q 'has no \${upgrades}' "$tmp/tmpl.err" &&
	[ "$(find versions -name 'a4*' | wc -l)" -eq 0 ]; then
	ok "a template without \${upgrades}: refused, no file"
else
	diag "exit $rc"
	diag_file "$tmp/tmpl.err"
	not_ok "a template without \${upgrades}: refused, no file"
fi

# an enum loses a value the start uses at once (a default): the downgrade
# would add it back and use it in one transaction, which PostgreSQL
# refuses, so the enum is made anew both ways instead
new_project
sed -i "s/tier enum tier,/tier enum tier default 'legacy',/" versions/a1_accounts.mig
run back_schema schema --format mig
sed "s/create_enum tier ('basic', 'legacy', 'pro')/create_enum tier ('basic', 'pro')/; s/tier enum tier default 'legacy'/tier enum tier/" \
	"$tmp/back_schema.out" >schema.mig
run back revision --autogenerate -m back --rev-id a5
run back_sql --dialect postgresql downgrade a5:a1 --sql
if [ "$rc" -eq 0 ] && ! grep -q 'alter_enum tier' versions/a5_back.mig &&
	grep -q "create_enum tier ('basic', 'legacy', 'pro')" versions/a5_back.mig; then
	ok "a lost value the downgrade uses at once: the enum is made anew, and the downgrade lowers"
else
	diag "exit $rc"
	diag_file versions/a5_back.mig
	diag_file "$tmp/back_sql.err"
	not_ok "a lost value the downgrade uses at once: the enum is made anew, and the downgrade lowers"
fi
# A project for every dialect (no dialects key) whose history renamed a
# table (PostgreSQL keeps orders_pkey, MySQL renames orders_ibfk_1) and
# made an index in `only postgresql`; the schema file leaves constraints
# unnamed, the index in an only block.  Whatever --dialect says, the
# revision is for every dialect and holds the new table alone.
REN=$RETORT_ROOT/tests/fixtures/autogen-renamed
rm -rf "$proj"
mkdir -p "$proj"
cp -R "$REN/versions" "$REN/script.mig.tmpl" "$REN/retort.ini" "$proj/"
cd "$proj" || bail_out "cannot cd to $proj"
cp "$REN/schemas/notes.mig" schema.mig
run ren --dialect sqlite revision --autogenerate -m notes --rev-id b3
expect_rc "renamed table, dialect-only index: revision --autogenerate" 0 ren
ops=$(grep -Ec '^[[:space:]]+(drop|create|only)[a-z_]* ' versions/b3_notes.mig 2>/dev/null)
if grep -q '^	create_table notes ($' versions/b3_notes.mig &&
	grep -q '^	drop_table notes;$' versions/b3_notes.mig && [ "$ops" -eq 2 ]; then
	ok "... its ops are the new table's, for every dialect: no inherited name remade, no index dropped"
else
	diag_file versions/b3_notes.mig
	not_ok "... its ops are the new table's, for every dialect: no inherited name remade, no index dropped"
fi
run ren_check check
expect_rc "... check on every dialect is 0 after it" 0 ren_check
run ren_verify verify
expect_rc "... and verify passes on every dialect" 0 ren_verify
rm -f rt.db
run ren_up --url sqlite:///rt.db upgrade head
run ren_db --url sqlite:///rt.db check --from-db
expect_rc "... check --from-db on a SQLite database at head is 0" 0 ren_db

# MySQL renames a key named TABLE_ibfk_N with its table (MariaDB refused
# DROP FOREIGN KEY orders_ibfk_1 after the rename): the model does too
cat >versions/b9_fk.mig <<'EOF2'
revision 'b9';
revises 'b3';
message 'the renamed key, by name';
upgrade {
    only mysql {
        drop_constraint purchases_ibfk_1 on purchases type foreign_key;
    }
}
downgrade {
    only mysql {
        create_foreign_key purchases_ibfk_1 on purchases (customer_id) references customers (id);
    }
}
EOF2
run ren_ibfk --dialect mysql verify
expect_rc "MySQL: after rename_table, orders_ibfk_1 is purchases_ibfk_1" 0 ren_ibfk
rm versions/b9_fk.mig

# schema --format mig leaves what the database named unnamed
run ren_schema --dialect postgresql schema --format mig
if [ "$rc" -eq 0 ] && ! grep -q 'orders_' "$tmp/ren_schema.out" &&
	grep -q '^	primary key (id),$' "$tmp/ren_schema.out"; then
	ok "schema --format mig writes no inherited constraint name"
else
	diag_file "$tmp/ren_schema.out"
	not_ok "schema --format mig writes no inherited constraint name"
fi
# PostgreSQL's schema holds its partial index plainly: for MySQL that is
# an error at the line, with what to do
cp "$tmp/ren_schema.out" schema.mig
line=$(grep -n '^create_index ix_purchases_big' schema.mig | cut -d: -f1)
run ren_pg check
if [ "$rc" -eq 1 ] &&
	grep -q "^schema.mig:$line:1: error: a partial index is not supported by mysql" "$tmp/ren_pg.err" &&
	grep -q 'goes in an `only` block' "$tmp/ren_pg.err"; then
	ok "a schema file with what MySQL cannot make: error at its line, exit 1"
else
	diag "exit $rc (line $line)"
	diag_file "$tmp/ren_pg.err"
	not_ok "a schema file with what MySQL cannot make: error at its line, exit 1"
fi
sed -i "s/^create_index ix_purchases_big.*/only postgresql {\n&\n}/" schema.mig
run ren_pg_only check
expect_rc "... in an only block, check on every dialect is 0" 0 ren_pg_only

# without the index, it is dropped where it is, in an only block
grep -v 'ix_purchases_big\|^only\|^}' "$REN/schemas/notes.mig" >schema.mig
run ren_drop revision --autogenerate -m unindex --rev-id b4
if [ "$rc" -eq 0 ] && grep -A2 '^	only postgresql {$' versions/b4_unindex.mig |
	grep -q 'drop_index ix_purchases_big on purchases;'; then
	ok "an index only some dialects have, gone from the file: dropped in their only block"
else
	diag "exit $rc"
	diag_file versions/b4_unindex.mig
	diag_file "$tmp/ren_drop.err"
	not_ok "an index only some dialects have, gone from the file: dropped in their only block"
fi
run ren_drop_verify verify
expect_rc "... and verify passes" 0 ren_drop_verify

# an only block in a schema file is checked as in a revision
cp "$REN/schemas/bad_only.mig" schema.mig
run bad_only check
if [ "$rc" -eq 1 ] && grep -q "^schema.mig:4:6: error: unknown dialect 'postgres'" "$tmp/bad_only.err"; then
	ok "a schema file's only block naming an unknown dialect: error at the name, exit 1"
else
	diag "exit $rc"
	diag_file "$tmp/bad_only.err"
	not_ok "a schema file's only block naming an unknown dialect: error at the name, exit 1"
fi
cp "$REN/schemas/bad_only_op.mig" schema.mig
run bad_only_op check
if [ "$rc" -eq 1 ] && grep -q "^schema.mig:5:5: error: 'drop_table' in a schema file" "$tmp/bad_only_op.err"; then
	ok "a drop_table in a schema file's only block: error at it, exit 1"
else
	diag "exit $rc"
	diag_file "$tmp/bad_only_op.err"
	not_ok "a drop_table in a schema file's only block: error at it, exit 1"
fi

# check and autogenerate let the revisions' texts go once their headers
# are read, and read them again to replay them: a revision's error still
# comes at its line, quoting it, and autogenerate writes nothing
mkdir -p "$tmp/texts/versions"
cd "$tmp/texts" || bail_out "cannot cd to $tmp/texts"
printf '[retort]\nscript_location = .\ndialect = postgresql\nschema = schema.mig\n' >retort.ini
cp "$REN/script.mig.tmpl" .
printf 'create_table t (\n\tid bigint primary key\n);\n' >schema.mig
cat >versions/r1_t.mig <<'EOF2'
revision 'r1';
revises base;
message 't';
upgrade {
    create_table t (id bigint primary key);
}
downgrade {
    drop_table t;
}
EOF2
cat >versions/r2_bad.mig <<'EOF2'
revision 'r2';
revises 'r1';
message 'a column that is not there';
upgrade {
    alter_column t nosuch comment 'x';
}
downgrade {
    alter_column t nosuch comment 'y';
}
EOF2
for cmd in check "revision --autogenerate -m x --rev-id r3"; do
	# shellcheck disable=SC2086
	run texts $cmd
	if [ "$rc" -eq 1 ] &&
		grep -qx "versions/r2_bad.mig:5:20: error: table 't' has no column 'nosuch'" "$tmp/texts.err" &&
		grep -qx "    alter_column t nosuch comment 'x';" "$tmp/texts.err" &&
		[ ! -e versions/r3_x.mig ]; then
		ok "${cmd%% *}: a revision's error at its line, the line quoted from the text read again"
	else
		diag "exit $rc"
		diag_file "$tmp/texts.err"
		not_ok "${cmd%% *}: a revision's error at its line, the line quoted from the text read again"
	fi
done

# A schema file is read through the scanner's buffer a block at a time
# (16 KB): one of 400 tables, with a comment longer than a block, makes
# every table of the revision autogenerate writes, each name whole, and the
# long comment whole, whatever the blocks cut.
mkdir -p "$tmp/big/versions"
cd "$tmp/big" || bail_out "cannot cd to $tmp/big"
printf '[retort]\nscript_location = .\ndialects = sqlite\nschema = schema.mig\n' >retort.ini
cp "$REN/script.mig.tmpl" .
long=$(awk 'BEGIN { for (i = 0; i < 2000; i++) printf "comment%03d ", i % 1000 }')
awk -v long="$long" 'BEGIN {
	printf "-- a schema file of 400 tables\n"
	for (i = 1; i <= 400; i++) {
		printf "create_table table_%03d (\n\tid integer primary key,\n", i
		printf "\tnote_%03d text comment \047the note of table %03d\047\n", i, i
		printf ")%s;\n\n", i == 200 ? " comment \047" long "\047" : ""
	}
}' >schema.mig
run big revision --autogenerate -m big --rev-id b1
made=$(grep -c '^	create_table table_[0-9][0-9][0-9] ($' versions/b1_big.mig 2>/dev/null)
whole=$(awk '/^\tcreate_table table_[0-9]+ \($/ { n++; t = $2 }
	/^\t\tnote_[0-9]+ text comment .the note of table [0-9]+.,?$/ &&
	$1 == "note_" substr(t, 7) && $NF ~ substr(t, 7) { c++ }
	END { print (n == 400 && c == 400) ? "yes" : "no" }' versions/b1_big.mig 2>/dev/null)
if [ "$rc" -eq 0 ] && [ "$(wc -c <schema.mig)" -gt 50000 ] && [ "$made" -eq 400 ] &&
	[ "$whole" = yes ] && grep -qF "$long" versions/b1_big.mig; then
	ok "a schema file of 400 tables, read a block at a time: every table and name whole"
else
	diag "exit $rc, $made tables, names whole: $whole"
	diag_file "$tmp/big.err"
	not_ok "a schema file of 400 tables, read a block at a time: every table and name whole"
fi

cd "$RETORT_ROOT" || true

tap_done
