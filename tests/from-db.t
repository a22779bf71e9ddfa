#!/usr/bin/env bash
# Introspection on real databases: SQLite (a file), and the PostgreSQL 15
# and MariaDB servers this script starts.  For each, a handful of golden
# cases and the example project are applied with `retort upgrade head`, and
# `retort schema --from-db --format mig` (the database read back as a
# schema file) must be the same schema as `retort schema head --format
# mig` (the model): the same tables, columns, constraints and indexes, once
# both are put in one canonical form (tests/from-db.t's normalise, which
# says line by line what a database cannot remember).  A view and a trigger
# made by hand are not part of the model, and each must be one warning.
# shellcheck source-path=SCRIPTDIR
. "$(dirname "${BASH_SOURCE[0]}")/lib/pg.sh"
. "$(dirname "${BASH_SOURCE[0]}")/lib/maria.sh"

TIMEOUT=${RETORT_TEST_TIMEOUT:-120}
SQLITE_RUN=$(abspath "${RETORT_SQLITE_RUN:-$RETORT_ROOT/build/tests/sqlite_run}")
GOLDEN=$RETORT_ROOT/golden
mktempdir tmp
[ "$(id -u)" -ne 0 ] || chmod 755 "$tmp"

CASES="op_create_table op_create_index op_enum op_create_foreign_key op_table_comment
	types_all auto_constraint_names examples"
PG_CASES="op_sequence $CASES"	# sequences are PostgreSQL's (examples stays last)

# r ARGS...: retort; stdout, stderr and status in $tmp/out, $tmp/err, $rc.
r() {
	rc=0
	(cd "$tmp" && run_limited "$TIMEOUT" "$RETORT" "$@") </dev/null >"$tmp/out" 2>"$tmp/err" || rc=$?
}

# check NAME COND...: one TAP line; on failure the last command's output.
check() {
	local name=$1
	shift
	if "$@"; then
		ok "$name"
	else
		diag "last command: exit $rc"
		diag "stdout:"
		diag_file "$tmp/out"
		diag "stderr:"
		diag_file "$tmp/err"
		not_ok "$name"
	fi
}

# The project of a case, as a config file in $tmp.
ini_for() {
	local loc=$GOLDEN/$1
	[ "$1" != examples ] || loc=$RETORT_ROOT/examples/shop
	printf '[retort]\nscript_location = %s\n' "$loc" >"$tmp/$1.ini"
	printf '%s\n' "$tmp/$1.ini"
}

# normalise DIALECT < schema-file: the schema in one canonical form, one
# fact a line, sorted.  Each rule is something the database does not keep
# (or keeps in its own words), so that what is left must be equal:
#  - every dialect: comments, blank lines, table options, DEFAULT NULL,
#    INITIALLY IMMEDIATE, the spelling of numbers, ASC, the aliases the
#    dialect spells alike (unicode is string), a raw SQL default that is
#    one literal (the server keeps the literal);
#  - postgresql: float is double precision, char is char(1), numeric(p) is
#    numeric(p, 0), NO ACTION and btree are the defaults, NULLS LAST is
#    ASC's own, a sequence's options are what the server would choose;
#  - sqlite: no comments, no enum types (an enum by name is its values),
#    the type affinities (timestamptz, interval are DATETIME, jsonb JSON,
#    uuid CHAR(32)), an autoincrement key is INTEGER PRIMARY KEY and SQLite
#    cannot tell it from one that is not, now() is CURRENT_TIMESTAMP;
#  - mysql: no enum types, the type affinities as SQLite's, numeric is
#    decimal(10, 0), a primary key is always PRIMARY, RESTRICT is the
#    unsaid action and SET DEFAULT is not kept, a unique index on columns
#    is a unique constraint;
#  - postgresql and mysql: the text of an expression (CHECK, WHERE, sql
#    defaults and index elements) is the server's rewrite of it, and
#    becomes <expr>.
normalise() {
	perl -e '
use strict; use warnings;
my $d = shift;
my $str = q{(?:\x27(?:[^\x27]|\x27\x27)*\x27)};
local $/; my $text = <STDIN>;
my %enum;
while ($text =~ /^create_enum (\S+) (\(.*\));$/mg) { $enum{$1} = $2; }
my @out; my $table;
sub expr {
	my ($kw, $s) = @_;
	if ($kw eq "sql") {
		(my $body = substr($s, 1, -1)) =~ s/\x27\x27/\x27/g;
		return $body if $body =~ /^$str$/;	# one literal: a value
		$body = "CURRENT_TIMESTAMP" if $d eq "sqlite" && $body eq "now()";
		return "sql " . ($d eq "sqlite" ? "\x27" . ($body =~ s/\x27/\x27\x27/gr) . "\x27" : "<expr>");
	}
	return "$kw " . ($d eq "sqlite" ? $s : "<expr>");
}
sub common {
	my ($l) = @_;
	$l =~ s/\b(sql|check|where) ($str)/expr($1, $2)/ge;
	$l =~ s/ default null\b//;
	$l =~ s/ initially immediate//;
	$l =~ s/ default (-?[0-9][0-9.]*(?:[eE][-+]?[0-9]+)?)\b/" default " . (0 + $1)/e;
	$l =~ s/ comment $str// if $d eq "sqlite";
	if ($d eq "postgresql") {
		$l =~ s/ on (delete|update) no action//g;
	} elsif ($d eq "mysql") {
		$l =~ s/ on (delete|update) (restrict|set default)//g;
		$l =~ s/^constraint \S+ primary key/primary key/;
	}
	return $l;
}
sub type {
	my ($t, $auto) = @_;
	$t =~ s/^unicode\b/string/;
	$t = "text" if $t eq "unicode_text";
	if ($d eq "postgresql") {
		$t = "double" if $t eq "float";
		$t = "char(1)" if $t eq "char";
		$t =~ s/^numeric\((\d+)\)$/numeric($1, 0)/;
	} else {
		$t = "datetime" if $t eq "timestamptz" || $t eq "interval";
		$t = "json" if $t eq "jsonb";
		$t = "char(32)" if $t eq "uuid";
		$t = "enum $enum{$1}" if $t =~ /^enum (\S+)$/ && $enum{$1};
	}
	if ($d eq "mysql") {
		$t = "char(1)" if $t eq "char";
		$t = "numeric(10, 0)" if $t eq "numeric";
		$t =~ s/^numeric\((\d+)\)$/numeric($1, 0)/;
	}
	$t = "integer" if $d eq "sqlite" && $auto && $t =~ /^(bigint|smallint)$/;
	return $t;
}
sub column {
	my ($l) = @_;
	return $l if $l =~ /^(constraint|primary key|unique|foreign key|check|exclude) /;
	my ($name, $t, $rest) = $l =~ /^("(?:[^"]|"")*"|\S+) (raw $str|enum \((?:[^()\x27]|$str)*\)|enum \S+|[a-z_]+(?:\([^)]*\))?)(.*)$/
		or return $l;
	my $auto = $rest =~ / autoincrement/;
	$rest =~ s/ autoincrement// if $d eq "sqlite";
	return "$name " . type($t, $auto) . $rest;
}
sub elems {
	my ($list) = @_;
	my @e = $list =~ /((?:[^,\x27]|$str)+)/g;
	for (@e) {
		s/^\s+//;
		s/ asc\b//;
		s/ desc nulls first$/ desc/;
		s/ nulls last$// unless / desc /;
	}
	return @e;
}
sub index_line {
	my ($l) = @_;
	my ($name, $t, $list, $rest) = $l =~ /^create_index (\S+) on (\S+) \(((?:[^()\x27]|$str|\([^()]*\))*)\)(.*);$/
		or return $l;
	my @e = elems($list);
	$rest =~ s/ using btree//i;
	if ($d eq "mysql" && $rest eq " unique" && !grep { / |^sql / } @e) {
		return "$t: constraint $name unique (" . join(", ", @e) . ")";
	}
	return "create_index $name on $t (" . join(", ", @e) . ")$rest";
}
sub sequence {
	my ($name, $opts) = @_;
	my %o;
	$o{$1} = $2 while $opts =~ /\b(start|increment|minvalue|maxvalue|cache) (?:with |by )?(-?\d+)/g;
	my $inc = $o{increment} // 1;
	$o{increment} = $inc;
	$o{minvalue} //= $inc > 0 ? 1 : "-9223372036854775808";
	$o{maxvalue} //= $inc > 0 ? "9223372036854775807" : -1;
	$o{start} //= $inc > 0 ? $o{minvalue} : $o{maxvalue};
	$o{cache} //= 1;
	my $cycle = $opts =~ /(?<!no )\bcycle\b/ ? " cycle" : "";
	return "create_sequence $name" . join("", map { " $_ $o{$_}" }
		qw(start increment minvalue maxvalue cache)) . $cycle;
}
for my $l (split /\n/, $text) {
	next if $l =~ /^\s*(--.*)?$/;
	if ($l =~ /^create_table (.+) \($/) { $table = $1; push @out, "table $1"; next; }
	if (defined $table && $l =~ /^\)(.*);$/) {
		my $tail = common($1);
		$tail =~ s/ with \(.*\)$//;
		push @out, "$table:$tail" if $tail ne "";
		undef $table;
		next;
	}
	if (defined $table) {
		$l =~ s/^\s+//; $l =~ s/,$//;
		push @out, "$table: " . column(common($l));
		next;
	}
	next if $l =~ /^create_enum / && $d ne "postgresql";
	if ($l =~ /^create_sequence (\S+)(.*);$/) { push @out, sequence($1, $2); next; }
	push @out, index_line(common($l));
}
print "$_\n" for sort @out;
' "$1"
}

# compare NAME DIALECT URL CONFIG: the database read back is the model.
compare() {
	local name=$1 dialect=$2 url=$3 ini=$4
	r -c "$ini" schema --format mig --dialect "$dialect"
	normalise "$dialect" <"$tmp/out" >"$tmp/model"
	r -c "$ini" --url "$url" schema --from-db --format mig
	if [ "$rc" -ne 0 ]; then
		check "$name: schema --from-db --format mig" false
		return
	fi
	normalise "$dialect" <"$tmp/out" >"$tmp/db"
	if ! diff -u "$tmp/model" "$tmp/db" >"$tmp/diff"; then
		diag "model (-) and database (+), normalised:"
		diag_file "$tmp/diff"
		not_ok "$name: the database read back is the model"
		return
	fi
	if grep -q . "$tmp/err"; then
		diag "warnings where none were due:"
		diag_file "$tmp/err"
		not_ok "$name: the database read back is the model"
		return
	fi
	ok "$name: the database read back is the model"
}

# The example project and one more revision, which makes a view and a
# trigger the model knows nothing of (execute is opaque to it).
mkdir -p "$tmp/shop/versions"
cp "$RETORT_ROOT"/examples/shop/versions/*.mig "$tmp/shop/versions/"
cat >"$tmp/shop/versions/f0f0f0f0f0f0_unmodelled.mig" <<'EOF'
revision 'f0f0f0f0f0f0';
revises '708192a3b4c5';
message 'a view and a trigger';

upgrade {
    execute 'CREATE VIEW v_from_db AS SELECT 1 AS one';
    execute sqlite $$CREATE TRIGGER tr_from_db AFTER INSERT ON customer
        BEGIN SELECT 1; END$$;
    execute postgresql $$CREATE FUNCTION f_from_db() RETURNS trigger LANGUAGE plpgsql
        AS 'BEGIN RETURN NEW; END'$$;
    execute postgresql $$CREATE TRIGGER tr_from_db BEFORE INSERT ON customer
        FOR EACH ROW EXECUTE FUNCTION f_from_db()$$;
    execute mysql $$CREATE TRIGGER tr_from_db BEFORE INSERT ON customer
        FOR EACH ROW SET @x = 1$$;
}

downgrade {
    execute 'DROP VIEW v_from_db';
    execute sqlite, mysql 'DROP TRIGGER tr_from_db';
    execute postgresql 'DROP TRIGGER tr_from_db ON customer';
    execute postgresql 'DROP FUNCTION f_from_db()';
}
EOF
printf '[retort]\nscript_location = %s\n' "$tmp/shop" >"$tmp/unmodelled.ini"

# backend DIALECT FRESH URL-OF CASES: for each case, a fresh database
# (FRESH NAME), upgrade head, compare; then, on the example project's, the
# view and the trigger, each a warning.
backend() {
	local dialect=$1 fresh=$2 urlof=$3 cases=$4 c ini url
	for c in $cases; do
		ini=$(ini_for "$c")
		$fresh "$c"
		url=$($urlof "$c")
		r -c "$ini" --url "$url" upgrade head
		if [ "$rc" -ne 0 ]; then
			check "$dialect $c: upgrade head" false
			continue
		fi
		compare "$dialect $c" "$dialect" "$url" "$ini"
	done
	# what the language has no words for: said, not dropped
	r -c "$tmp/unmodelled.ini" --url "$url" upgrade head
	check "$dialect: a view and a trigger made by execute" [ "$rc" -eq 0 ]
	r -c "$tmp/unmodelled.ini" --url "$url" schema --from-db --format mig
	check "$dialect: schema --from-db still succeeds" [ "$rc" -eq 0 ]
	check "$dialect: the view is a warning" \
		grep -qF "view 'v_from_db' is not part of the model; left out" "$tmp/err"
	check "$dialect: the trigger is a warning" \
		grep -qF "trigger 'tr_from_db' on 'customer' is not part of the model; left out" "$tmp/err"
	check "$dialect: neither is in the schema file" \
		bash -c "! grep -q -e v_from_db -e tr_from_db '$tmp/out'"
	# `retort check --from-db` goes here once it exists: it exits 0 on this
	# database, the view and the trigger being warnings only.
}

# odd DIALECT URL: a database made by hand (each backend's, below) read
# back: a foreign key to a table that is not emitted is a warning, not a
# schema the model cannot load; the caller checks the rest.  The config
# names the version table in capitals (SQLite's is alembic_version).
printf '[retort]\nscript_location = %s\nversion_table = ALEMBIC_VERSION\n' \
	"$GOLDEN/op_create_table" >"$tmp/odd.ini"
odd() {
	r -c "$tmp/odd.ini" --url "$2" schema --from-db --format mig
	check "$1 odd: schema --from-db succeeds" [ "$rc" -eq 0 ]
}

# has FILE LINE: FILE has the line LINE (\t for a tab), less its comma.
has() {
	sed 's/,$//' "$1" | grep -qxF "$(printf "$2")"
}

# ---- SQLite ----
sq_fresh() { rm -f "$tmp/$1.db"; }
sq_url() { printf 'sqlite:///%s/%s.db\n' "$tmp" "$1"; }
backend sqlite sq_fresh sq_url "$CASES"

# Names are the same in any case: REFERENCES PARENT is Parent's key, an
# index ON CHILD is child's.  A CONSTRAINT name is its own clause's only.
sq_fresh odd
cat >"$tmp/odd.sql" <<'EOF'
CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY);
CREATE TABLE Parent (id INTEGER PRIMARY KEY);
CREATE TABLE child (id INTEGER PRIMARY KEY,
	pid INTEGER CONSTRAINT nn NOT NULL REFERENCES PARENT,
	qid INTEGER CONSTRAINT d DEFAULT 0 UNIQUE);
CREATE INDEX ix_child_pid ON CHILD (pid);
CREATE TABLE orphan (id INTEGER PRIMARY KEY, gid INTEGER REFERENCES gone (id));
EOF
if "$SQLITE_RUN" "$tmp/odd.db" exec "$tmp/odd.sql" >"$tmp/out" 2>"$tmp/err"; then
	odd sqlite "$(sq_url odd)"
	check "sqlite odd: REFERENCES PARENT is Parent's, and NOT NULL's name not its" \
		has "$tmp/out" '\tforeign key (pid) references Parent (id)'
	check "sqlite odd: DEFAULT's name is not UNIQUE's" has "$tmp/out" '\tunique (qid)'
	check "sqlite odd: a key to a table that is not there is a warning" \
		grep -qF "foreign key (gid) on 'orphan' references a table outside the model ('gone'); left out" "$tmp/err"
	check "sqlite odd: an index ON CHILD is child's" \
		has "$tmp/out" 'create_index ix_child_pid on child (pid);'
	check "sqlite odd: the version table, named in another case, is left out" \
		bash -c "grep -q 'create_table Parent' '$tmp/out' && ! grep -qi alembic_version '$tmp/out'"
else
	check "sqlite odd: the database made by hand" false
fi

# ---- PostgreSQL ----
if pg_start; then
	pg_fresh() {
		pg_psql -d postgres -c "DROP DATABASE IF EXISTS fromdb_$1" \
			-c "CREATE DATABASE fromdb_$1" >/dev/null 2>&1
	}
	pg_url() { printf 'postgresql://postgres@/fromdb_%s?host=%s&port=%s\n' "$1" "$PGHOST" "$PGPORT"; }
	backend postgresql pg_fresh pg_url "$PG_CASES"

	# A key to a partitioned table (the server copies it for each
	# partition) is one key; a key to another schema's table is a
	# warning; so is an identity column, of either kind, with its options.
	pg_fresh odd
	if pg_psql -d fromdb_odd >"$tmp/out" 2>"$tmp/err" <<'EOF'
CREATE SCHEMA other;
CREATE TABLE other.ext (id integer PRIMARY KEY);
CREATE TABLE part (id integer PRIMARY KEY) PARTITION BY RANGE (id);
CREATE TABLE part_1 PARTITION OF part FOR VALUES FROM (0) TO (100);
CREATE TABLE part_2 PARTITION OF part FOR VALUES FROM (100) TO (200);
CREATE TABLE child (id integer PRIMARY KEY, pid integer REFERENCES part,
	eid integer CONSTRAINT child_ext REFERENCES other.ext,
	n integer GENERATED BY DEFAULT AS IDENTITY (START WITH 5 INCREMENT BY 2));
EOF
	then
		odd postgresql "$(pg_url odd)"
		check "postgresql odd: the key to the partitioned table is one key" \
			[ "$(grep -c 'foreign key' "$tmp/out")" -eq 1 ]
		check "postgresql odd: ... and it is part's" \
			has "$tmp/out" '\tforeign key (pid) references part (id)'
		check "postgresql odd: the key to another schema's table is a warning" \
			grep -qF "foreign key 'child_ext' on 'child' references a table outside the model ('other.ext'); left out" "$tmp/err"
		check "postgresql odd: no other key is a warning" \
			[ "$(grep -c 'foreign key' "$tmp/err")" -eq 1 ]
		check "postgresql odd: a BY DEFAULT identity is a warning, with its options" \
			grep -qF "column 'child.n' is GENERATED BY DEFAULT AS IDENTITY (START WITH 5 INCREMENT BY 2 MINVALUE 1 MAXVALUE 2147483647 CACHE 1); it is left as autoincrement" "$tmp/err"
	else
		check "postgresql odd: the database made by hand" false
	fi
else
	diag "$PG_ERROR"
	not_ok "PostgreSQL 15 started"
fi

# ---- MariaDB ----
if maria_start; then
	my_fresh() {
		printf 'DROP DATABASE IF EXISTS fromdb_%s; CREATE DATABASE fromdb_%s;\n' "$1" "$1" |
			maria_sql "" >/dev/null
	}
	my_url() { printf 'mysql://root@localhost/fromdb_%s?unix_socket=%s\n' "$1" "$MARIA_SOCKET"; }
	backend mysql my_fresh my_url "$CASES"

	# Two tables whose names differ in case only, with their keys and
	# indexes (information_schema sorts and joins without case); a key to
	# another database's table; a name with a backquote in a CHECK.
	my_fresh odd
	if maria_sql fromdb_odd >"$tmp/out" 2>"$tmp/err" <<'EOF'
DROP DATABASE IF EXISTS fromdb_other;
CREATE DATABASE fromdb_other;
CREATE TABLE fromdb_other.ext (id int PRIMARY KEY);
CREATE TABLE p (id int PRIMARY KEY);
CREATE TABLE t (id int PRIMARY KEY, a int, b int, KEY ix (a, b),
	CONSTRAINT fk_lower FOREIGN KEY (a) REFERENCES p (id));
CREATE TABLE T (id int PRIMARY KEY, c int, d int, KEY IX (c, d),
	CONSTRAINT fk_upper FOREIGN KEY (c) REFERENCES p (id));
CREATE TABLE child (id int PRIMARY KEY, eid int,
	CONSTRAINT fk_ext FOREIGN KEY (eid) REFERENCES fromdb_other.ext (id));
CREATE TABLE bq (`a``b` int, c int, CONSTRAINT bq_c CHECK (`a``b` > c));
EOF
	then
		odd mysql "$(my_url odd)"
		check "mysql odd: t's index is t's" has "$tmp/out" 'create_index ix on t (a, b);'
		check "mysql odd: T's index is T's" has "$tmp/out" 'create_index IX on T (c, d);'
		check "mysql odd: t and T have a key each" \
			[ "$(grep -c 'foreign key' "$tmp/out")" -eq 2 ]
		check "mysql odd: ... t's" has "$tmp/out" '\tconstraint fk_lower foreign key (a) references p (id)'
		check "mysql odd: ... T's" has "$tmp/out" '\tconstraint fk_upper foreign key (c) references p (id)'
		check "mysql odd: the key to another database's table is a warning" \
			grep -qF "foreign key 'fk_ext' on 'child' references a table outside the model ('fromdb_other.ext'); left out" "$tmp/err"
		check "mysql odd: ... and the index the server made for it an index" \
			has "$tmp/out" 'create_index fk_ext on child (eid);'
		check "mysql odd: a name with a backquote keeps its backquotes in a CHECK" \
			grep -qF 'check '"'"'`a``b` > c'"'" "$tmp/out"
	else
		check "mysql odd: the database made by hand" false
	fi
else
	diag "$MARIA_ERROR"
	not_ok "MariaDB started"
fi

tap_done
