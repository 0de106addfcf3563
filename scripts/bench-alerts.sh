#!/usr/bin/env bash
# Times one run of the daily alert digest for many subscriptions, against a counting SMTP sink.
#
# Usage: scripts/bench-alerts.sh [SUBSCRIPTIONS] [EVENTS] [DB_NAME]
#   SUBSCRIPTIONS  confirmed subscriptions to add (default 10000), spread over about 200 searches
#   EVENTS         new events to record on random tenders before the run (default 2000)
#   DB_NAME        a database filled by scripts/generate-data.sh (default tenders_bench)
#
# Steps: add the subscriptions (addresses @bench.invalid, up to date with every event so far),
# record EVENTS new events, start scripts/smtp-sink.py and the packaged app with the digest due
# every 30 seconds, wait for the first run that sends, print its log line and what the sink got,
# then stop both and delete the subscriptions again. The app's log is left in $TMPDIR/bench-alerts-app.log.
#
# Environment: JAR (default the newest target/nhs-tender-tracker-*.jar), DB_USER / DB_PASSWORD
# (default tenders / tenders), SMTP_PORT (default 2526), PORT (the app's, default 18089).
set -euo pipefail

subscriptions=${1:-10000}
events=${2:-2000}
db=${3:-tenders_bench}
user=${DB_USER:-tenders}
export PGPASSWORD=${DB_PASSWORD:-tenders}
smtp_port=${SMTP_PORT:-2526}
port=${PORT:-18089}
here=$(cd "$(dirname "$0")" && pwd)
jar=${JAR:-$(ls -t "$here"/../target/nhs-tender-tracker-*.jar | grep -v plain | head -1)}
work=$(mktemp -d)
psql_db() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U "$user" -d "$db" "$@"; }

cleanup() {
	[[ -n ${app_pid:-} ]] && kill "$app_pid" 2>/dev/null || true
	[[ -n ${sink_pid:-} ]] && kill "$sink_pid" 2>/dev/null || true
	psql_db -c "delete from alert_subscription where email like '%@bench.invalid'" || true
	cp "$work/app.log" "${TMPDIR:-/tmp}/bench-alerts-app.log" 2>/dev/null || true
	rm -rf "$work"
}
trap cleanup EXIT

echo "Adding $subscriptions subscriptions and $events new events to $db"
psql_db -v subs="$subscriptions" -v events="$events" <<'SQL'
create temporary table bench_search (n serial, query text);
insert into bench_search (query)
select 'region=' || r || '&status=' || s
from unnest(array['north-east-and-yorkshire','north-west','midlands','east-of-england','london','south-east',
    'south-west']) r,
     unnest(array['planned','open','awaiting-award','preferred-bidder','awarded','ended','paused','delayed',
    'collapsed','cancelled']) s;
insert into bench_search (query)
select 'status=' || s || '&serviceArea=' || a
from unnest(array['planned','open','awarded','collapsed']) s,
     unnest(array['older-people','community','musculoskeletal','cancer','end-of-life','integrated-care',
    'primary-care','maternity','mental-health','other']) a;
insert into bench_search (query)
select 'q=' || w from unnest(array['community','mental','cancer','care','dental','services','hospital','health',
    'diagnostic','therapy']) w;
insert into bench_search (query) values ('');
insert into bench_search (query) select 'region=' || r from unnest(array['london','midlands','north-west']) r;
insert into alert_subscription (email, query, confirmed_at, last_happened)
select 'reader' || i || '@bench.invalid', (select query from bench_search where n = 1 + i % (select count(*) from bench_search)),
    now(), (select coalesce(max(happened_seq), 0) from tender_event)
from generate_series(1, :subs) i;
insert into tender_event (tender_id, type, event_date, date_precision, date_qualifier, expected, description, version)
select t.id, 'AMENDMENT', date '2026-11-01', 'DAY', 'ON', false, 'Benchmark event', 0
from (select id from tender order by random() limit :events) t;
select count(distinct query) as searches, count(*) as subscriptions from alert_subscription
where email like '%@bench.invalid';
SQL

"$here"/smtp-sink.py "$smtp_port" "$work/count" &
sink_pid=$!
echo "Starting $jar"
DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" DB_USER=$user DB_PASSWORD=$PGPASSWORD SERVER_PORT=$port \
	SMTP_HOST=127.0.0.1 SMTP_PORT=$smtp_port SMTP_STARTTLS=false ALERTS_SCHEDULE='0/30 * * * * *' \
	java -jar "$jar" > "$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 300); do
	if grep -q 'Alert digest: [1-9]' "$work/app.log" || ! kill -0 "$app_pid" 2>/dev/null; then
		break
	fi
	sleep 1
done
grep -o 'Alert digest: .*' "$work/app.log" | head -3 || echo "No digest finished; see the app's log"
echo "The SMTP sink received $(cat "$work/count" 2>/dev/null || echo 0) e-mails"
