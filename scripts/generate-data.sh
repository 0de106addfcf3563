#!/usr/bin/env bash
# Fills a separate database with synthetic but realistic NHS tenders, for benchmarks.
#
# Usage: scripts/generate-data.sh [--fresh] [N] [DB_NAME]
#   N        tenders to generate (default 1000000)
#   DB_NAME  database to fill (default tenders_bench); never the app's own database
#   --fresh  drop DB_NAME first (as the PostgreSQL superuser) and start again
#
# Steps: create the role and database (scripts/local-db.sh), migrate it by running the packaged
# app once without a web server (building the jar if target/ has none), generate the data in
# server-side SQL (scripts/generate-data.sql, one transaction, checked before it commits), then
# VACUUM (FREEZE, ANALYZE) and print a summary. The eight seeded tenders stay.
#
# Environment: JAR (the app jar to migrate with; default the newest target/nhs-tender-tracker-*.jar),
# SEED (for setseed, default 0.42), AS_OF (the data's "today", default 2026-11-01),
# DB_USER / DB_PASSWORD (default tenders / tenders).
set -euo pipefail

usage() { sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'; }
log() { printf '%s\n' "$*"; }
die() { printf 'generate-data: ERROR: %s\n' "$*" >&2; exit 1; }

fresh=false
positional=()
for arg in "$@"; do
	case "$arg" in
		--fresh) fresh=true ;;
		-h | --help) usage; exit 0 ;;
		-*) usage >&2; die "unknown option $arg" ;;
		*) positional+=("$arg") ;;
	esac
done
((${#positional[@]} <= 2)) || { usage >&2; die "too many arguments"; }
N="${positional[0]:-1000000}"
DB="${positional[1]:-tenders_bench}"
SEED="${SEED:-0.42}"
AS_OF="${AS_OF:-2026-11-01}"
DB_USER="${DB_USER:-tenders}"
DB_PASSWORD="${DB_PASSWORD:-tenders}"

[[ "$N" =~ ^[1-9][0-9]{0,7}$ ]] || die "N must be a whole number from 1 to 99999999, not '$N'"
[[ "$DB" =~ ^[a-z_][a-z0-9_]{0,62}$ ]] || die "DB_NAME must be lower-case letters, digits and _, not '$DB'"
case "$DB" in
	tenders | tenders_test | postgres | template0 | template1)
		die "refusing to fill '$DB': it is the app's own, the tests' or a system database; pick another name" ;;
esac
[[ "$SEED" =~ ^-?(0(\.[0-9]+)?|1(\.0+)?|\.[0-9]+)$ ]] || die "SEED must be a number from -1 to 1, not '$SEED'"
[[ "$AS_OF" =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}$ ]] || die "AS_OF must be a date like 2026-11-01, not '$AS_OF'"

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
url="jdbc:postgresql://127.0.0.1:5432/$DB"

# shellcheck source=scripts/pg-super.sh
source "$(dirname "${BASH_SOURCE[0]}")/pg-super.sh"
# psql as the app's role over TCP, as the app connects.
psql_app() {
	PGPASSWORD="$DB_PASSWORD" psql -X -q -At -v ON_ERROR_STOP=1 -h 127.0.0.1 -p 5432 -U "$DB_USER" -d "$DB" "$@"
}

now() { date +%s.%N; }
started=$(now)
phase_start=$started
phase_done() { # label
	local t
	t=$(now)
	awk -v l="$1" -v a="$phase_start" -v b="$t" 'BEGIN { printf "%-40s %7.1f s\n", l, b - a }'
	phase_start=$t
}

log "Generating $N synthetic tenders into database '$DB' (seed $SEED, as of $AS_OF)"

# 1. Database ------------------------------------------------------------------------------------
"$root/scripts/local-db.sh" "$DB" "$DB_USER" "$DB_PASSWORD"
if $fresh; then
	psql_super -d postgres -v db="$DB" <<<"select format('drop database %I with (force)', :'db') \gexec"
	log "local-db: dropped database $DB (--fresh)"
	"$root/scripts/local-db.sh" "$DB" "$DB_USER" "$DB_PASSWORD"
fi
has_tender="$(psql_app -c "select to_regclass('public.tender') is not null")"
if [[ "$has_tender" == t ]]; then
	count="$(psql_app -c "select count(*) from tender")"
	if ((count > 8)); then
		die "database '$DB' already has $count tenders. Pick a fresh name (scripts/generate-data.sh $N OTHER_NAME) or drop and refill it: scripts/generate-data.sh --fresh $N $DB"
	fi
fi
phase_done "database ready"

# 2. Schema: the app's own Flyway migrations -----------------------------------------------------
jar="${JAR:-}"
if [[ -z "$jar" ]]; then
	jar="$(ls -t "$root"/target/nhs-tender-tracker-*.jar 2>/dev/null | grep -v -- '-plain\.jar$' | head -n 1 || true)"
	if [[ -z "$jar" ]]; then
		log "no jar in target/: building it (./mvnw -B -ntp -q -DskipTests package)"
		(cd "$root" && ./mvnw -B -ntp -q -DskipTests package)
		jar="$(ls -t "$root"/target/nhs-tender-tracker-*.jar | grep -v -- '-plain\.jar$' | head -n 1)"
	fi
fi
[[ -f "$jar" ]] || die "jar not found: $jar"
migrate_log="$(mktemp -t generate-data-migrate.XXXXXX.log)"
# Lazy initialisation: Flyway still migrates at start-up, but beans that need a web server
# (the security filter chain) are never created, so the app starts without one and exits.
if ! java -jar "$jar" --spring.main.web-application-type=none --spring.main.lazy-initialization=true \
	--spring.main.banner-mode=off --spring.datasource.url="$url" \
	--spring.datasource.username="$DB_USER" --spring.datasource.password="$DB_PASSWORD" >"$migrate_log" 2>&1; then
	tail -n 30 "$migrate_log" >&2
	die "migrating '$DB' with $jar failed (full log: $migrate_log)"
fi
failed="$(psql_app -c "select count(*) from flyway_schema_history where not success")"
[[ "$failed" == 0 ]] || die "flyway_schema_history of '$DB' has $failed failed migrations (log: $migrate_log)"
has_columns="$(psql_app -c "select count(*) from information_schema.columns where table_name = 'tender' and column_name in ('search_vector', 'latest_event_date', 'total_low')")"
[[ "$has_columns" == 3 ]] || die "'$DB' lacks the V9 search columns on tender: is $jar older than V9?"
rm -f "$migrate_log"
log "migrated with $jar to schema v$(psql_app -c "select max(version::int) from flyway_schema_history where success and version is not null")"
phase_done "migrated"

# 3. Data ---------------------------------------------------------------------------------------
log "generating (one transaction; rows and seconds per step):"
psql_super -d "$DB" -v n="$N" -v seed="$SEED" -v asof="$AS_OF" -f "$root/scripts/generate-data.sql" ||
	die "generation failed; the transaction was rolled back, so '$DB' holds only the seed data"
phase_done "generated and checked"

# 4. Vacuum --------------------------------------------------------------------------------------
psql_super -d "$DB" -c "vacuum (freeze, analyze)"
phase_done "vacuum (freeze, analyze)"

# 5. Summary -------------------------------------------------------------------------------------
total=$(awk -v a="$started" -v b="$(now)" 'BEGIN { printf "%d", b - a }')
log ""
log "Summary for '$DB' ($url):"
psql_super -d "$DB" -c "
select '| Table | Rows | Size (with indexes) |' union all select '|---|---:|---:|'
union all
select * from (
    select format('| %s | %s | %s |', t, to_char(n, 'FM999,999,999,990'), pg_size_pretty(pg_total_relation_size(t::regclass)))
    from (values
        ('tender', (select count(*) from tender)), ('tender_event', (select count(*) from tender_event)),
        ('tender_event_source', (select count(*) from tender_event_source)), ('bid', (select count(*) from bid)),
        ('tender_source', (select count(*) from tender_source)), ('tender_service_area', (select count(*) from tender_service_area)),
        ('tender_commissioner', (select count(*) from tender_commissioner)), ('reported_figure', (select count(*) from reported_figure)),
        ('bidder', (select count(*) from bidder)), ('bidder_member', (select count(*) from bidder_member)),
        ('commissioner', (select count(*) from commissioner)), ('source', (select count(*) from source))
    ) v(t, n) order by pg_total_relation_size(t::regclass) desc) x
union all
select format('| **database** | | **%s** |', pg_size_pretty(pg_database_size(current_database())))"
log ""
psql_super -d "$DB" -c "
select 'Statuses: ' || string_agg(format('%s %s', status, to_char(n, 'FM999,999,990')), ', ' order by n desc)
from (select status, count(*) as n from tender group by status) s"
psql_super -d "$DB" -c "
select format('Busiest commissioner: id %s (%s, %s tenders); busiest bidder: id %s (%s, %s bids)',
              c.commissioner_id, cm.name, c.n, b.bidder_id, bd.name, b.n)
from (select commissioner_id, count(*) as n from tender_commissioner group by 1 order by 2 desc limit 1) c
join commissioner cm on cm.id = c.commissioner_id
cross join (select bidder_id, count(*) as n from bid group by 1 order by 2 desc limit 1) b
join bidder bd on bd.id = b.bidder_id"
printf 'Total time: %d s (%d min %02d s)\n' "$total" "$((total / 60))" "$((total % 60))"
