#!/usr/bin/env bash
# Measures the OCDS importer through its command line: a first import of a folder into the
# database (every release new), then a second import of the same folder (every release
# already seen). Prints each run's releases, seconds and releases a second, read from the
# import_run table, so start-up time is left out.
#
# Usage: scripts/bench-import.sh DB_NAME [PATH]
#   PATH defaults to ../shared/data/ocds. Build the jar first (./mvnw -DskipTests package).
#
# It writes: DB_NAME is dropped and made again first. Never point it at a database people use.
set -euo pipefail

db=${1:?usage: bench-import.sh DB_NAME [PATH]}
path=${2:-../shared/data/ocds}
case "$db" in
	tenders) echo "Refusing to benchmark into the development database 'tenders'." >&2; exit 1 ;;
esac
cd "$(dirname "${BASH_SOURCE[0]}")/.."
jar=$(ls target/nhs-tender-tracker-*.jar | head -n 1)

(cd /tmp && runuser -u postgres -- psql -X -q -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE);")
scripts/local-db.sh "$db" tenders tenders >/dev/null

for run in first second; do
	DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" java -jar "$jar" import "$path" >/dev/null 2>&1
done

PGPASSWORD=tenders psql -X -h 127.0.0.1 -U tenders -d "$db" -c "
select id as run, releases_read as releases, created, updated, unchanged, skipped,
       round(extract(epoch from finished_at - started_at)::numeric, 1) as seconds,
       round(releases_read / nullif(extract(epoch from finished_at - started_at), 0)::numeric, 1) as per_second
from import_run order by id"
