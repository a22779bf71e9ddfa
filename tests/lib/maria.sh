# tests/lib/maria.sh: a throwaway MariaDB server for tests (Debian's
# mariadb-server, 10.11), so that the MySQL SQL we print is run by a real
# server.  maria_start makes a data directory in a fresh temporary
# directory, owned by an unprivileged user when we are root, and starts the
# server on a unix socket there only (no TCP); maria_stop (also run at exit,
# on failure and on Ctrl-C, through common.sh's at_exit) stops it and
# removes the directory.
# shellcheck shell=bash source-path=SCRIPTDIR

. "$(dirname "${BASH_SOURCE[0]}")/common.sh"

MARIA_DIR=
MARIA_RUNAS=
MARIA_PID=

# maria_as CMD...: CMD as the server's owner, from inside its directory.
maria_as() {
	if [ -n "$MARIA_RUNAS" ]; then
		(cd "$MARIA_DIR" && runuser -u "$MARIA_RUNAS" -- "$@")
	else
		(cd "$MARIA_DIR" && "$@")
	fi
}

# maria_start: starts the server; sets MARIA_SOCKET for maria_sql.  On
# failure it returns non-zero with the reason in $MARIA_ERROR.
maria_start() {
	local i base=${TMPDIR:-/tmp}
	MARIA_ERROR=
	MARIA_BIN=${RETORT_MARIADBD:-/usr/sbin/mariadbd}
	if [ ! -x "$MARIA_BIN" ] || ! command -v mariadb-install-db >/dev/null 2>&1 ||
		! command -v mariadb >/dev/null 2>&1; then
		MARIA_ERROR="no MariaDB server (mariadbd, mariadb-install-db, mariadb): install mariadb-server"
		return 1
	fi
	# A unix socket path has a limit of about 107 bytes.
	[ "${#base}" -le 60 ] || base=/tmp
	MARIA_DIR=$(mktemp -d "$base/retort-maria.XXXXXX") || {
		MARIA_ERROR="mktemp -d failed in $base"
		return 1
	}
	at_exit maria_stop
	if [ "$(id -u)" -eq 0 ]; then
		MARIA_RUNAS=${RETORT_MARIA_RUNAS:-nobody}
		if ! chown "$MARIA_RUNAS:" "$MARIA_DIR" || ! runuser -u "$MARIA_RUNAS" -- test -w "$MARIA_DIR"; then
			MARIA_ERROR="running as root: user '$MARIA_RUNAS' cannot own and write $MARIA_DIR"
			return 1
		fi
	fi
	chmod 700 "$MARIA_DIR"
	MARIA_SOCKET="$MARIA_DIR/mysqld.sock"
	if ! maria_as mariadb-install-db --no-defaults --datadir="$MARIA_DIR/data" \
		--auth-root-authentication-method=normal --skip-test-db \
		${MARIA_RUNAS:+--user="$MARIA_RUNAS"} >"$MARIA_DIR/install.log" 2>&1; then
		MARIA_ERROR="mariadb-install-db failed:"$'\n'"$(tail -n 20 "$MARIA_DIR/install.log")"
		return 1
	fi
	# Its temporary tables in a folder of its own, not the shared /tmp,
	# where another run's cleaning could take one away mid-query.
	maria_as mkdir "$MARIA_DIR/tmp"
	# In a session of its own, so that a Ctrl-C reaches only us.
	maria_as setsid "$MARIA_BIN" --no-defaults --datadir="$MARIA_DIR/data" \
		--tmpdir="$MARIA_DIR/tmp" \
		--socket="$MARIA_SOCKET" --skip-networking --pid-file="$MARIA_DIR/mysqld.pid" \
		--log-error="$MARIA_DIR/server.log" --innodb-flush-log-at-trx-commit=0 \
		--innodb-buffer-pool-size=32M --character-set-server=utf8mb4 \
		--collation-server=utf8mb4_general_ci \
		${MARIA_RUNAS:+--user="$MARIA_RUNAS"} </dev/null >/dev/null 2>&1 &
	for ((i = 0; i < 300; i++)); do
		if mariadb-admin --no-defaults -S "$MARIA_SOCKET" -u root ping >/dev/null 2>&1; then
			MARIA_PID=$(cat "$MARIA_DIR/mysqld.pid" 2>/dev/null)
			return 0
		fi
		sleep 0.1
	done
	MARIA_ERROR="the server did not answer within 30 s:"$'\n'"$(tail -n 30 "$MARIA_DIR/server.log" 2>/dev/null)"
	return 1
}

# maria_sql DB [ARGS...]: the client, on our socket, as root, stopping at the
# first error; the SQL on stdin.
maria_sql() {
	local db=$1
	shift
	mariadb --no-defaults -S "$MARIA_SOCKET" -u root --batch --skip-column-names \
		${db:+"$db"} "$@"
}

# maria_stop: stops the server and removes its directory; safe to call twice.
maria_stop() {
	local pid i
	[ -n "$MARIA_DIR" ] || return 0
	pid=${MARIA_PID:-$(cat "$MARIA_DIR/mysqld.pid" 2>/dev/null)}
	if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
		kill -TERM "$pid" 2>/dev/null || true
		for ((i = 0; i < 100; i++)); do
			kill -0 "$pid" 2>/dev/null || break
			sleep 0.1
		done
		kill -KILL "$pid" 2>/dev/null || true
	fi
	rm -rf "$MARIA_DIR"
	MARIA_DIR=
}
