#!/usr/bin/env bash
# The runner on real databases: SQLite (a file), and the PostgreSQL 15 and
# MariaDB servers this script starts.  For each: upgrade, current,
# history -i, downgrade, stamp; what runs is what --sql prints (-v shows
# each statement before it runs); a refused statement stops the run with
# exit 3, the server's words, the statement, the op's file:line, a
# rollback where the database has transactional DDL (whole run, or one
# revision with transaction_per_migration) and the state it is left in; a
# migration error runs nothing; a database Alembic made is taken over; a
# revision the checkout lacks is refused; a COMMIT that fails is said to
# have ended the transaction; passwords are never printed.
# shellcheck source-path=SCRIPTDIR
. "$(dirname "${BASH_SOURCE[0]}")/lib/pg.sh"
. "$(dirname "${BASH_SOURCE[0]}")/lib/maria.sh"

RETORT=$(abspath "${RETORT:-$RETORT_ROOT/build/retort}")
TIMEOUT=${RETORT_TEST_TIMEOUT:-60}
mktempdir tmp
[ "$(id -u)" -ne 0 ] || chmod 755 "$tmp"

# ---- the project: three good revisions, and a fourth that fails on the
# server (a table the database does not have) after one statement ran ----
mkdir -p "$tmp/p/versions" "$tmp/bad"
cat >"$tmp/p/versions/aaaa00000001_create_author.mig" <<'EOF'
revision 'aaaa00000001';
revises base;
message 'create author';

upgrade {
    create_table author (
        id    integer     primary key,
        name  string(40)  not null
    );
}

downgrade {
    drop_table author;
}
EOF
cat >"$tmp/p/versions/aaaa00000002_create_book.mig" <<'EOF'
revision 'aaaa00000002';
revises 'aaaa00000001';
message 'create book';

upgrade {
    create_table book (
        id         integer     primary key,
        author_id  integer     not null references author (id),
        title      string(80)  not null
    );
    create_index ix_book_title on book (title);
}

downgrade {
    drop_table book;
}
EOF
cat >"$tmp/p/versions/aaaa00000003_author_note.mig" <<'EOF'
revision 'aaaa00000003';
revises 'aaaa00000002';
message 'author note';

upgrade {
    add_column author note string(100);
}

downgrade {
    drop_column author note;
}
EOF
cat >"$tmp/bad/aaaa00000004_refused.mig" <<'EOF'
revision 'aaaa00000004';
revises 'aaaa00000003';
message 'refused';

upgrade {
    create_table shelf (id integer primary key);
    execute 'INSERT INTO no_such_table VALUES (1)';
}

downgrade {
    drop_table shelf;
}
EOF
printf '[retort]\nscript_location = p\n' >"$tmp/retort.ini"
printf '[retort]\nscript_location = p\ntransaction_per_migration = true\n' >"$tmp/per.ini"
HEAD=aaaa00000003

# r ARGS...: retort in the project folder; stdout, stderr, status in $tmp/out,
# $tmp/err, $rc.
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

has() { grep -qF -- "$1" "$2"; }
# quiet_ok: the last command succeeded and printed nothing.
quiet_ok() { [ "$rc" -eq 0 ] && [ ! -s "$tmp/out" ]; }
# exit_has N TEXT: the last command exited N and said TEXT on stderr.
exit_has() { [ "$rc" -eq "$1" ] && has "$2" "$tmp/err"; }

# The statements of a script, without comments and blank lines.
statements() { grep -v -e '^--' -e '^$' -e '^Running ' "$1" || true; }

# backend NAME URL DIALECT FRESH QUERY: the checks on one database.  FRESH
# is a command that empties the database; QUERY SQL prints its rows.
backend() {
	local name=$1 url=$2 dialect=$3 fresh=$4 query=$5

	$fresh
	r --url "$url" upgrade head
	check "$name: upgrade head" [ "$rc" -eq 0 ]
	check "$name: progress names every revision" \
		[ "$(grep -c '^Running upgrade' "$tmp/out")" -eq 3 ]
	r --url "$url" current
	check "$name: current is the head" [ "$(cat "$tmp/out")" = "$HEAD (head)" ]
	check "$name: the version table holds the head" \
		[ "$($query 'SELECT version_num FROM alembic_version')" = "$HEAD" ]
	r --url "$url" history -i
	check "$name: history -i marks it" has "$HEAD (head) (current), author note" "$tmp/out"
	r --url "$url" upgrade head
	check "$name: at head, upgrade does nothing" quiet_ok
	r --url "$url" downgrade -1
	r --url "$url" current
	check "$name: downgrade -1" [ "$(cat "$tmp/out")" = "aaaa00000002" ]
	r --url "$url" downgrade base
	r --url "$url" current
	check "$name: downgrade base leaves no row" quiet_ok
	check "$name: and no table but the version table" \
		[ "$($query "SELECT count(*) FROM book")" = "" ]

	# what runs is what --sql prints: -v shows each statement as it runs
	$fresh
	r --url "$url" -v upgrade head
	statements "$tmp/out" >"$tmp/ran"
	r --dialect "$dialect" upgrade head --sql
	statements "$tmp/out" >"$tmp/printed"
	check "$name: the statements run are the ones --sql prints" cmp -s "$tmp/ran" "$tmp/printed"

	# stamp: only the version table
	$fresh
	r --url "$url" stamp aaaa00000002
	r --url "$url" current
	check "$name: stamp on an empty database" [ "$(cat "$tmp/out")" = "aaaa00000002" ]
	r --url "$url" stamp base
	r --url "$url" current
	check "$name: stamp base" quiet_ok

	# a refused statement
	cp "$tmp/bad/aaaa00000004_refused.mig" "$tmp/p/versions/"
	$fresh
	r --url "$url" upgrade head
	check "$name: a refused statement exits 3" [ "$rc" -eq 3 ]
	check "$name: with the server's words" has "refused a statement:" "$tmp/err"
	check "$name: the statement" has "the statement: INSERT INTO no_such_table VALUES (1)" "$tmp/err"
	check "$name: the revision and the op's file:line" \
		has "in upgrade aaaa00000003 -> aaaa00000004, refused; the op at p/versions/aaaa00000004_refused.mig:7; 1 of the revision's statements had run before it" "$tmp/err"
	check "$name: the progress up to it" has "Running upgrade aaaa00000003 -> aaaa00000004, refused" "$tmp/out"
	if [ "$dialect" = mysql ]; then
		# DDL commits as it goes: the three good revisions stay, and the
		# shelf table of the fourth, which the note says
		check "$name: the note says what stays" has "nothing to roll back: this database commits each DDL statement, so what ran of the revision stays; the database is at $HEAD" "$tmp/err"
		r --url "$url" current
		check "$name: at the last whole revision" [ "$(cat "$tmp/out")" = "$HEAD" ]
		check "$name: and what ran of the next stays, as said" \
			[ "$($query "SELECT count(*) FROM shelf")" = "0" ]
	else
		check "$name: the note says it rolled back" has "rolled back; the database is at base" "$tmp/err"
		r --url "$url" current
		check "$name: the whole run rolled back" quiet_ok
		check "$name: nothing of it is left" [ "$($query "SELECT count(*) FROM author")" = "" ]
		# one transaction per revision: the three good ones stay
		$fresh
		r -c per.ini --url "$url" upgrade head
		check "$name: per revision: exits 3" [ "$rc" -eq 3 ]
		check "$name: per revision: the note says where" \
			has "rolled back; the database is at $HEAD" "$tmp/err"
		r --url "$url" current
		check "$name: per revision: at the last whole revision" [ "$(cat "$tmp/out")" = "$HEAD" ]
		check "$name: per revision: the refused revision's table is gone" \
			[ "$($query "SELECT count(*) FROM shelf")" = "" ]
	fi
	rm "$tmp/p/versions/aaaa00000004_refused.mig"

	# a migration error: nothing runs
	$fresh
	cp "$tmp/p/versions/aaaa00000003_author_note.mig" "$tmp/keep.mig"
	sed -i 's/add_column author note/add_column writer note/' "$tmp/p/versions/aaaa00000003_author_note.mig"
	r --url "$url" upgrade head
	check "$name: an error in a migration exits 1" exit_has 1 "aaaa00000003_author_note.mig:6:"
	check "$name: and nothing ran" [ "$($query "SELECT count(*) FROM author")" = "" ]
	cp "$tmp/keep.mig" "$tmp/p/versions/aaaa00000003_author_note.mig"

	# a database whose version table names a revision this checkout lacks
	r --url "$url" stamp aaaa00000001
	$query "UPDATE alembic_version SET version_num = 'ffff00000009'" >/dev/null
	r --url "$url" upgrade head
	check "$name: an unknown revision in the database is refused" \
		exit_has 1 "is at revision 'ffff00000009', which is not in p"
}

# ---- SQLite ----
SQLITE_RUN=$(abspath "${RETORT_SQLITE_RUN:-$RETORT_ROOT/build/tests/sqlite_run}")
sq_fresh() { rm -f "$tmp/t.db"; }
sq_query() { "$SQLITE_RUN" "$tmp/t.db" query "$1" 2>/dev/null; }
backend sqlite "sqlite:///t.db" sqlite sq_fresh sq_query

# Alembic's own table, made the way Alembic makes it, at a revision whose
# schema is there: retort goes on from it.
sq_fresh
r --dialect sqlite schema aaaa00000002
cp "$tmp/out" "$tmp/schema.sql"
cat >>"$tmp/schema.sql" <<'EOF'
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL,
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO alembic_version (version_num) VALUES ('aaaa00000002');
EOF
"$SQLITE_RUN" "$tmp/t.db" exec "$tmp/schema.sql" >/dev/null 2>&1
r --url "sqlite:///t.db" upgrade head
check "sqlite: a database Alembic made is taken over" \
	[ "$rc:$(cat "$tmp/out")" = "0:Running upgrade aaaa00000002 -> aaaa00000003, author note" ]

# reading does not make a database of a mistyped path
r --url "sqlite:///no-such.db" current
check "sqlite: current on a missing file exits 3 and says so" exit_has 3 "no database file no-such.db"
check "sqlite: and does not create it" [ ! -e "$tmp/no-such.db" ]
# the dialect must agree with the database
r --dialect postgresql --url "sqlite:///t.db" upgrade head
check "--dialect that contradicts the URL is refused" \
	exit_has 2 "--dialect postgresql, but the URL is a sqlite database"
# a password in a query parameter is hidden too
r --url "postgresql://u@/x?host=$tmp/nowhere&password=s3cr3tpw" current
check "a password= parameter is shown as ***" exit_has 3 "&password=***"
check "and not printed" bash -c "! grep -q s3cr3tpw '$tmp/err' '$tmp/out'"
# current -v names the database, without its password
r --url "sqlite:///t.db" -v current
check "current -v names the database" has "Current revision(s) for sqlite:///t.db:" "$tmp/out"

# ---- PostgreSQL ----
if pg_start; then
	PGURL="postgresql://postgres@/rt?host=$PGHOST&port=$PGPORT"
	pg_fresh() { psql -qX -d postgres -c 'DROP DATABASE IF EXISTS rt' -c 'CREATE DATABASE rt' >/dev/null 2>&1; }
	pg_query() { psql -qXAt -d rt -c "$1" 2>/dev/null; }
	backend postgresql "$PGURL" postgresql pg_fresh pg_query
	# a transactional false revision runs outside any transaction
	pg_fresh
	mkdir -p "$tmp/q/versions"
	cat >"$tmp/q/versions/bbbb00000001_concurrently.mig" <<'EOF'
revision 'bbbb00000001';
revises base;
message 'index concurrently';
transactional false;

upgrade {
    create_table t (id integer primary key, v integer);
    create_index ix_t_v on t (v) concurrently;
}

downgrade {
    drop_index ix_t_v on t concurrently;
    drop_table t;
}
EOF
	printf '[retort]\nscript_location = q\n' >"$tmp/q.ini"
	r -c q.ini --url "$PGURL" upgrade head
	check "postgresql: a transactional false revision (CREATE INDEX CONCURRENTLY)" [ "$rc" -eq 0 ]
	r -c q.ini --url "$PGURL" downgrade base
	check "postgresql: and its downgrade" [ "$rc" -eq 0 ]
	# a COMMIT that fails (a deferred key): the note says the transaction
	# ended, not that the revision ran outside one
	pg_fresh
	mkdir -p "$tmp/cf/versions"
	cat >"$tmp/cf/versions/cccc00000001_deferred.mig" <<'EOF'
revision 'cccc00000001';
revises base;
message 'a key checked at COMMIT';

upgrade {
    create_table parent (id integer primary key);
    create_table child (id integer primary key,
        parent_id integer references parent (id) deferrable initially deferred);
    bulk_insert child (id, parent_id) values (1, 42);
}

downgrade {
    drop_table child;
    drop_table parent;
}
EOF
	printf '[retort]\nscript_location = cf\n' >"$tmp/cf.ini"
	r -c cf.ini --url "$PGURL" upgrade head
	check "postgresql: a failed COMMIT exits 3, naming the statement" exit_has 3 "the statement: COMMIT"
	check "postgresql: ... says the transaction ended with it" \
		exit_has 3 "the transaction ended with the failure"
	check "postgresql: ... and not that it ran outside a transaction" \
		bash -c "! grep -q 'transactional false' '$tmp/err'"
	check "postgresql: ... the database is at base" has "the database is at base" "$tmp/err"
	# a connection lost in the middle of a revision: what ran is gone with
	# the transaction, and the state is read on a new connection
	pg_fresh
	mkdir -p "$tmp/lost/versions"
	cat >"$tmp/lost/versions/cccc00000001_first.mig" <<'EOF'
revision 'cccc00000001';
revises base;
message 'a table';

upgrade {
    create_table kept (id integer primary key);
}

downgrade {
    drop_table kept;
}
EOF
	cat >"$tmp/lost/versions/cccc00000002_lost.mig" <<'EOF'
revision 'cccc00000002';
revises 'cccc00000001';
message 'the connection dies';

upgrade {
    create_table gone (id integer primary key);
    execute 'SELECT pg_terminate_backend(pg_backend_pid())';
}

downgrade {
    drop_table gone;
}
EOF
	printf '[retort]\nscript_location = lost\ntransaction_per_migration = true\n' >"$tmp/lost.ini"
	r -c lost.ini --url "$PGURL" upgrade head
	check "postgresql: a lost connection exits 3" exit_has 3 "the transaction ended with the failure"
	check "postgresql: ... the state is read on a new connection: at the first revision" \
		has "read on a new one, the database is at cccc00000001" "$tmp/err"
	check "postgresql: ... where the second revision's table is not" \
		[ "$(printf 'SELECT count(*) FROM pg_tables WHERE tablename = %s;\n' "'gone'" | pg_psql -d rt -At)" = 0 ]
	# passwords: never printed, whatever fails
	r --url "postgresql://someone:s3cr3tpw@/rt?host=$PGHOST&port=$PGPORT" current
	check "postgresql: a refused login exits 3, its URL shown with ***" exit_has 3 "someone:***@"
	check "postgresql: the password is not" bash -c "! grep -q s3cr3tpw '$tmp/err' '$tmp/out'"
else
	diag "$PG_ERROR"
	not_ok "PostgreSQL 15 started"
fi

# ---- MariaDB ----
if maria_start; then
	MYURL="mysql://root@localhost/rt?unix_socket=$MARIA_SOCKET"
	my_fresh() { printf 'DROP DATABASE IF EXISTS rt; CREATE DATABASE rt;\n' | maria_sql "" >/dev/null; }
	my_query() { printf '%s\n' "$1" | maria_sql rt 2>/dev/null; }
	backend mysql "$MYURL" mysql my_fresh my_query
	r --url "mysql://root:s3cr3tpw@localhost/rt?unix_socket=$MARIA_SOCKET" current
	check "mysql: a refused login exits 3, its URL shown with ***" exit_has 3 "root:***@"
	check "mysql: the password is not printed" bash -c "! grep -q s3cr3tpw '$tmp/err' '$tmp/out'"
	# a server in NO_BACKSLASH_ESCAPES and ANSI_QUOTES mode: the runner's
	# session leaves them, so a backslash is stored once, as written
	my_fresh
	echo "SET GLOBAL sql_mode = CONCAT(@@GLOBAL.sql_mode, ',NO_BACKSLASH_ESCAPES,ANSI_QUOTES');" |
		maria_sql "" >/dev/null
	mkdir -p "$tmp/bs/versions"
	cat >"$tmp/bs/versions/dddd00000001_backslash.mig" <<'EOF'
revision 'dddd00000001';
revises base;
message 'a backslash';

upgrade {
    create_table t (id integer primary key, v string(20) default 'a\b' comment 'c\d');
    bulk_insert t (id) values (1);
}

downgrade {
    drop_table t;
}
EOF
	printf '[retort]\nscript_location = bs\n' >"$tmp/bs.ini"
	r -c bs.ini --url "$MYURL" upgrade head
	check "mysql: NO_BACKSLASH_ESCAPES on the server: the upgrade runs" [ "$rc" -eq 0 ]
	check "mysql: ... the default is a\\b, one backslash" \
		[ "$(echo 'SELECT v FROM t WHERE id = 1' | maria_sql rt --raw)" = 'a\b' ]
	check "mysql: ... and the comment c\\d" \
		[ "$(echo "SELECT column_comment FROM information_schema.columns WHERE table_schema = 'rt' AND table_name = 't' AND column_name = 'v'" | maria_sql rt --raw)" = 'c\d' ]
	# ... and so does the script --sql writes, piped to the mariadb client
	my_fresh
	r -c bs.ini --dialect mysql upgrade head --sql
	(maria_sql rt <"$tmp/out") >"$tmp/pipe.err" 2>&1
	check "mysql: ... the script, through the client, stores a\\b too" \
		[ "$(echo 'SELECT v FROM t WHERE id = 1' | maria_sql rt --raw)" = 'a\b' ]
	echo "SET GLOBAL sql_mode = REPLACE(REPLACE(@@GLOBAL.sql_mode, ',NO_BACKSLASH_ESCAPES', ''), ',ANSI_QUOTES', '');" |
		maria_sql "" >/dev/null
else
	diag "$MARIA_ERROR"
	not_ok "MariaDB started"
fi

tap_done
