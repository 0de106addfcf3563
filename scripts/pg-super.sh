# Sourced by scripts that set up PostgreSQL. Defines psql_super: psql as the postgres superuser
# over the local Unix socket, on port ${PG_PORT:-5432}. Without -d it connects to the postgres
# database (the superuser's own).
psql_super() {
	local -a as_postgres
	if [[ "$(id -un)" == postgres ]]; then
		as_postgres=()
	elif [[ "$(id -u)" -eq 0 ]]; then
		as_postgres=(runuser -u postgres --)
	else
		as_postgres=(sudo -n -u postgres --)
	fi
	# cd /tmp avoids "could not change directory" warnings; drop PG* variables so the
	# caller's settings cannot send this connection over TCP or to another database.
	(cd /tmp && "${as_postgres[@]}" env -u PGHOST -u PGHOSTADDR -u PGUSER -u PGPASSWORD \
		-u PGDATABASE -u PGSERVICE -u PGPORT psql -X -q -At -v ON_ERROR_STOP=1 -p "${PG_PORT:-5432}" "$@")
}
