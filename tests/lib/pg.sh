# tests/lib/pg.sh: a throwaway PostgreSQL 15 server for tests, so that the
# SQL we print is run by a real server and not only compared with text.
# pg_start makes a cluster in a fresh temporary directory, owned by an
# unprivileged user when we are root (postgres refuses to run as root; CI is
# root), listening on a unix socket in that directory only (no TCP, so it
# cannot meet any other server), fsync off.  pg_stop (also run at exit, on
# failure and on Ctrl-C, through common.sh's at_exit) stops it and removes
# the directory.
# shellcheck shell=bash source-path=SCRIPTDIR

. "$(dirname "${BASH_SOURCE[0]}")/common.sh"

PG_DIR=
PG_RUNAS=
PG_PORT=${RETORT_PG_PORT:-54329}

# The server's binaries: Debian's PostgreSQL 15, else whatever pg_config
# names.  RETORT_PG_BINDIR overrides both.
pg_find_bindir() {
	local d
	for d in "${RETORT_PG_BINDIR:-}" /usr/lib/postgresql/15/bin "$(pg_config --bindir 2>/dev/null)"; do
		if [ -n "$d" ] && [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && [ -x "$d/psql" ]; then
			printf '%s\n' "$d"
			return 0
		fi
	done
	return 1
}

# pg_as CMD...: CMD as the server's owner, from inside the server's
# directory (the owner may not be able to enter the current one).
pg_as() {
	if [ -n "$PG_RUNAS" ]; then
		(cd "$PG_DIR" && runuser -u "$PG_RUNAS" -- "$@")
	else
		(cd "$PG_DIR" && "$@")
	fi
}

# pg_conf_str S: S as a postgresql.conf string literal.
pg_conf_str() {
	printf "'%s'" "${1//\'/\'\'}"
}

# pg_start: starts the server and exports PGHOST, PGPORT, PGUSER,
# PGDATABASE and PG_BINDIR for psql and friends.  On failure it returns
# non-zero with the reason in $PG_ERROR (and the server log in $PG_LOG).
pg_start() {
	PG_ERROR=
	if [ -n "$PG_DIR" ]; then
		PG_ERROR="pg_start: already started"
		return 1
	fi
	if ! PG_BINDIR=$(pg_find_bindir); then
		PG_ERROR="no PostgreSQL server binaries (initdb, pg_ctl, psql) in /usr/lib/postgresql/15/bin or pg_config --bindir; set RETORT_PG_BINDIR"
		return 1
	fi
	export PG_BINDIR

	local base=${TMPDIR:-/tmp}
	# A unix socket path has a limit of about 107 bytes.
	[ "${#base}" -le 60 ] || base=/tmp
	PG_DIR=$(mktemp -d "$base/retort-pg.XXXXXX") || {
		PG_ERROR="mktemp -d failed in $base"
		return 1
	}
	at_exit pg_stop
	PG_LOG="$PG_DIR/server.log"

	if [ "$(id -u)" -eq 0 ]; then
		PG_RUNAS=${RETORT_PG_RUNAS:-nobody}
		if ! command -v runuser >/dev/null 2>&1; then
			PG_ERROR="running as root, and runuser (util-linux) is missing: cannot drop privileges for postgres"
			return 1
		fi
		if ! chown "$PG_RUNAS:" "$PG_DIR" || ! runuser -u "$PG_RUNAS" -- test -w "$PG_DIR"; then
			PG_ERROR="running as root: user '$PG_RUNAS' cannot own and write $PG_DIR (set RETORT_PG_RUNAS to another unprivileged user)"
			return 1
		fi
	fi
	chmod 700 "$PG_DIR"

	if ! pg_as "$PG_BINDIR/initdb" -D "$PG_DIR/data" -U postgres -A trust -E UTF8 \
		--locale=C --no-sync >"$PG_DIR/initdb.log" 2>&1; then
		PG_ERROR="initdb failed:"$'\n'"$(cat "$PG_DIR/initdb.log")"
		return 1
	fi
	# Written to the config file rather than passed with pg_ctl -o, which
	# goes through a shell and would split a path with a space in it.
	cat >>"$PG_DIR/data/postgresql.conf" <<-EOF

		# retort tests (tests/lib/pg.sh)
		listen_addresses = ''
		unix_socket_directories = $(pg_conf_str "$PG_DIR")
		port = $PG_PORT
		fsync = off
		synchronous_commit = off
		full_page_writes = off
		max_connections = 20
		shared_buffers = 16MB
		log_min_messages = warning
		log_line_prefix = '%m [%p] %q%u@%d '
	EOF
	# More settings from the caller (bench/runner.sh: more locks, for a
	# chain of a thousand tables made in one transaction).
	if [ -n "${RETORT_PG_CONF:-}" ]; then
		printf '%s\n' "$RETORT_PG_CONF" >>"$PG_DIR/data/postgresql.conf"
	fi
	# postgres exec'd by pg_ctl runs in its own session (setsid), so a
	# Ctrl-C at the terminal reaches only us; pg_stop then stops it.
	if ! pg_as "$PG_BINDIR/pg_ctl" -D "$PG_DIR/data" -l "$PG_LOG" -w -t 60 -s start \
		>"$PG_DIR/pg_ctl.log" 2>&1; then
		PG_ERROR="pg_ctl start failed: $(cat "$PG_DIR/pg_ctl.log")"$'\n'"$(tail -n 30 "$PG_LOG" 2>/dev/null)"
		return 1
	fi

	# The golden SQL is UTF-8 whatever the locale (tests run with LC_ALL=C).
	export PGHOST="$PG_DIR" PGPORT="$PG_PORT" PGUSER=postgres PGDATABASE=postgres \
		PGCLIENTENCODING=UTF8
	# Nothing from the caller's environment may send psql elsewhere.
	unset PGHOSTADDR PGSERVICE PGSERVICEFILE PGOPTIONS PGPASSWORD PGPASSFILE \
		PGSSLMODE PGREQUIRESSL PGTARGETSESSIONATTRS PGCONNECT_TIMEOUT
	if ! "$PG_BINDIR/psql" -X -q -At -c 'SELECT 1' >/dev/null 2>"$PG_DIR/psql.log"; then
		PG_ERROR="server started but psql cannot connect: $(cat "$PG_DIR/psql.log")"
		return 1
	fi
}

# pg_stop: stops the server (immediately: its data is thrown away) and
# removes its directory.  Safe to call twice, or when pg_start failed
# half-way, or when the server is already gone.
pg_stop() {
	local pid i
	[ -n "$PG_DIR" ] || return 0
	if [ -f "$PG_DIR/data/postmaster.pid" ]; then
		pid=$(head -n 1 "$PG_DIR/data/postmaster.pid" 2>/dev/null)
		pg_as "$PG_BINDIR/pg_ctl" -D "$PG_DIR/data" -m immediate -w -t 30 -s stop \
			>/dev/null 2>&1 || true
		# pg_ctl could not stop it: the postmaster we started, by its id.
		if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null &&
			[ "$(cat "/proc/$pid/comm" 2>/dev/null)" = postgres ]; then
			kill -KILL "$pid" 2>/dev/null || true
			for ((i = 0; i < 50; i++)); do
				kill -0 "$pid" 2>/dev/null || break
				sleep 0.1
			done
		fi
	fi
	rm -rf "$PG_DIR"
	PG_DIR=
}

# pg_psql ARGS...: the server's psql, no ~/.psqlrc, stop at the first error.
pg_psql() {
	"$PG_BINDIR/psql" -X -q -v ON_ERROR_STOP=1 "$@"
}
