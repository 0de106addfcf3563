#!/usr/bin/env bash
# Measures the OCDS importer through its command line: a first import of a file or folder
# (every release new), then a second import of the same (every release already seen).
# Prints each run's releases, seconds and releases a second, read from the import_run
# table, so start-up time is left out, and each run's largest heap after a collection,
# read from the JVM's GC log (the heap the import keeps, not what it allocates).
#
# Usage: scripts/bench-import.sh [--existing] DB_NAME [PATH]
#   PATH        defaults to ../shared/data/ocds; a generated file is made by
#               scripts/generate-releases.py N FILE.jsonl
#   --existing  import into DB_NAME as it is (say, the million-tender database of
#               scripts/generate-data.sh) instead of dropping and making it first
#   Build the jar first (./mvnw -DskipTests package). JAVA_OPTS is passed to java.
#
# It writes: without --existing, DB_NAME is dropped and made again first. Never point it
# at a database people use.
set -euo pipefail

existing=false
if [[ "${1:-}" == "--existing" ]]; then
	existing=true
	shift
fi
db=${1:?usage: bench-import.sh [--existing] DB_NAME [PATH]}
path=${2:-../shared/data/ocds}
case "$db" in
	tenders) echo "Refusing to benchmark into the development database 'tenders'." >&2; exit 1 ;;
esac
cd "$(dirname "${BASH_SOURCE[0]}")/.."
jar=$(ls target/nhs-tender-tracker-*.jar | head -n 1)
logs=$(mktemp -d)

if ! $existing; then
	(cd /tmp && runuser -u postgres -- psql -X -q -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE);")
	scripts/local-db.sh "$db" tenders tenders >/dev/null
fi
before=$(PGPASSWORD=tenders psql -X -h 127.0.0.1 -U tenders -d "$db" -tA -c "select coalesce(max(id), 0) from import_run" 2>/dev/null || echo 0)

for run in first second; do
	# shellcheck disable=SC2086
	DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" java ${JAVA_OPTS:-} "-Xlog:gc:file=$logs/$run.gc.log" \
		-jar "$jar" import "$path" >"$logs/$run.out" 2>&1
	heap=$(grep -oE '[0-9]+M->[0-9]+M' "$logs/$run.gc.log" | sed -E 's/.*->([0-9]+)M/\1/' | sort -n | tail -n 1)
	echo "$run import: largest heap after a collection ${heap:-?} MB"
done

PGPASSWORD=tenders psql -X -h 127.0.0.1 -U tenders -d "$db" -c "
select id as run, releases_read as releases, created, updated, unchanged, skipped,
       round(extract(epoch from finished_at - started_at)::numeric, 1) as seconds,
       round(releases_read / nullif(extract(epoch from finished_at - started_at), 0)::numeric, 1) as per_second
from import_run where id > $before order by id"
rm -rf "$logs"
