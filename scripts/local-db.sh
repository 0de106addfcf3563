#!/usr/bin/env bash
# Sets up a local PostgreSQL for NHS Tender Tracker on a machine without Docker.
#
# Usage: scripts/local-db.sh [DB_NAME [DB_USER [DB_PASSWORD]]]
#   Defaults come from the environment variables DB_NAME, DB_USER and DB_PASSWORD,
#   each defaulting to "tenders".
#
# Safe to run again and again: it starts the local cluster if it is down, creates or
# updates the login role, and creates the database (owned by that role) only if it is
# missing. With Docker instead, use: docker compose up -d db
set -euo pipefail

DB_NAME="${1:-${DB_NAME:-tenders}}"
DB_USER="${2:-${DB_USER:-tenders}}"
DB_PASSWORD="${3:-${DB_PASSWORD:-tenders}}"
PG_HOST=127.0.0.1
PG_PORT=5432
WAIT_SECONDS=30

log() { printf 'local-db: %s\n' "$*"; }
die() { printf 'local-db: ERROR: %s\n' "$*" >&2; exit 1; }

not_installed() {
	cat >&2 <<MSG
local-db: PostgreSQL is not installed on this machine ($1).
local-db: Install it with:   apt-get install -y postgresql
local-db: or, with Docker:   docker compose up -d db
MSG
	exit 1
}

for tool in psql pg_isready pg_lsclusters pg_ctlcluster; do
	command -v "$tool" >/dev/null 2>&1 || not_installed "no '$tool' command"
done
[[ -d /etc/postgresql ]] || not_installed "no /etc/postgresql"

# shellcheck source=scripts/pg-super.sh
source "$(dirname "${BASH_SOURCE[0]}")/pg-super.sh"

is_ready() {
	pg_isready -q -h "$PG_HOST" -p "$PG_PORT" >/dev/null 2>&1
}

# Finds the cluster serving port 5432 among those configured under /etc/postgresql,
# preferring the newest version. Prints "VERSION CLUSTER".
find_cluster() {
	local conf version cluster port found=""
	while IFS= read -r conf; do
		cluster="$(basename "$(dirname "$conf")")"
		version="$(basename "$(dirname "$(dirname "$conf")")")"
		port="$(sed -nE 's/^[[:space:]]*port[[:space:]]*=[[:space:]]*([0-9]+).*/\1/p' "$conf" | tail -n 1)"
		if [[ "${port:-5432}" == "$PG_PORT" ]]; then
			found="$version $cluster"
		fi
	done < <(find /etc/postgresql -mindepth 3 -maxdepth 3 -name postgresql.conf 2>/dev/null | sort -V)
	[[ -n "$found" ]] || return 1
	printf '%s\n' "$found"
}

server_action="PostgreSQL already running"
if ! is_ready; then
	cluster_id="$(find_cluster)" || die "no PostgreSQL cluster on port $PG_PORT under /etc/postgresql (see pg_lsclusters; create one with: pg_createcluster VERSION main)"
	read -r pg_version pg_cluster <<<"$cluster_id"
	rc=0
	pg_ctlcluster --skip-systemctl-redirect "$pg_version" "$pg_cluster" start || rc=$?
	# Exit code 2 means "already running": fine, we only need to wait for it.
	if [[ "$rc" -ne 0 && "$rc" -ne 2 ]]; then
		die "pg_ctlcluster $pg_version $pg_cluster start failed (exit $rc); see /var/log/postgresql/postgresql-$pg_version-$pg_cluster.log"
	fi
	server_action="started PostgreSQL $pg_version/$pg_cluster"
	deadline=$((SECONDS + WAIT_SECONDS))
	until is_ready; do
		if ((SECONDS >= deadline)); then
			die "PostgreSQL $pg_version/$pg_cluster did not accept connections on $PG_HOST:$PG_PORT within ${WAIT_SECONDS}s; see /var/log/postgresql/postgresql-$pg_version-$pg_cluster.log"
		fi
		sleep 0.5
	done
fi

# Values travel as psql variables (quoted by psql with :'name'), never spliced into SQL
# by the shell. A DO block cannot see psql variables, so they are handed over as
# session settings and read back with current_setting().
result="$(psql_super -v db_name="$DB_NAME" -v db_user="$DB_USER" -v db_password="$DB_PASSWORD" -f - <<'SQL'
SELECT (SELECT count(*) FROM pg_roles WHERE rolname = :'db_user')
	|| ' ' || (SELECT count(*) FROM pg_database WHERE datname = :'db_name');
SET local_db.role_name TO :'db_user';
SET local_db.role_password TO :'db_password';
DO $do$
DECLARE
	role_name text := current_setting('local_db.role_name');
	role_password text := current_setting('local_db.role_password');
BEGIN
	IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = role_name) THEN
		EXECUTE format('ALTER ROLE %I WITH LOGIN PASSWORD %L', role_name, role_password);
	ELSE
		EXECUTE format('CREATE ROLE %I WITH LOGIN PASSWORD %L', role_name, role_password);
	END IF;
END
$do$;
RESET local_db.role_password;
SELECT format('CREATE DATABASE %I OWNER %I', :'db_name', :'db_user')
	WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db_name')
\gexec
SQL
)" || die "could not create role '$DB_USER' or database '$DB_NAME' (psql failed)"

read -r role_count db_count <<<"$result"
if [[ "$role_count" == 0 ]]; then role_action="created role $DB_USER"; else role_action="role $DB_USER present (login, password set)"; fi
if [[ "$db_count" == 0 ]]; then db_action="created database $DB_NAME"; else db_action="database $DB_NAME present"; fi
log "$server_action; $role_action; $db_action (jdbc:postgresql://$PG_HOST:$PG_PORT/$DB_NAME)"
