#!/usr/bin/env bash
# Benchmarks the analyst search of a RUNNING tracker over loopback with wrk, warm, and prints
# Markdown tables to stdout (progress goes to stderr).
#
# Usage: scripts/bench-search.sh [BASE_URL]        (default http://127.0.0.1:8090)
#
# Start the app on a generated database first, for example:
#   scripts/generate-data.sh 1000000 tenders_bench
#   DB_URL=jdbc:postgresql://127.0.0.1:5432/tenders_bench java -Xmx1g -jar target/nhs-tender-tracker-*.jar --server.port=8090
#
# It measures:
#   1. throughput of a filtered list page as a ratio to /actuator/health/liveness, same run;
#   2. p50/p95/p99 latency of filtered lists, keyword searches, and page 1 against a deep page
#      (the cursor for page DEEP_PAGE is found by following "next" in /api/tenders);
#   3. the CSV export of every tender: time, bytes, rows, and the app's peak heap meanwhile;
#   4. p50/p95/p99 latency of the Atom feed of a search (/events.atom) over a grid of filters;
#   5. p50/p95/p99 latency of the bid deadline and contract end filters and sorts over a grid of
#      windows (near and far, wide and narrow) crossed with common and rare other filters.
#
# Environment (all optional):
#   SECONDS_PER_RUN  measured seconds per URL (10)      WARMUP_SECONDS  warm-up per URL (3)
#   LATENCY_CONNECTIONS  connections for latency runs (1: one analyst at a time)
#   LOAD_CONNECTIONS     connections for the throughput runs (8), LOAD_THREADS (2)
#   COMMISSIONER, BIDDER  ids for the commissioner and bidder filters; by default the busiest,
#                         looked up in the database named by DB_URL (as the app's) with psql
#   DB_URL, DB_USER, DB_PASSWORD   as for the app (default jdbc:postgresql://127.0.0.1:5432/tenders_bench)
#   DEEP_PAGE (1000), DEEP_QUERY (query string of the list paged deeply; default: all tenders)
#   APP_PID  the app's process id (default: the process listening on BASE_URL's port)
#   CSV_PATH (default /tenders.csv), SKIP_CSV=1 to leave out the export
#   FEED_ONLY=1  measure only the feeds (section 4), for a short run
#   DUE_ONLY=1   measure only the deadline and end filters and sorts (section 5)
# Exit status: 0 when every endpoint answered 200, 1 otherwise (the tables still print, marked).
# Needs curl, wrk and jq; jstat (from the JDK) for the heap.
set -euo pipefail

base="${1:-http://127.0.0.1:8090}"
base="${base%/}"
seconds="${SECONDS_PER_RUN:-10}"
warmup="${WARMUP_SECONDS:-3}"
lat_conns="${LATENCY_CONNECTIONS:-1}"
load_conns="${LOAD_CONNECTIONS:-8}"
load_threads="${LOAD_THREADS:-2}"
deep_page="${DEEP_PAGE:-1000}"
deep_query="${DEEP_QUERY:-}"
db_url="${DB_URL:-jdbc:postgresql://127.0.0.1:5432/tenders_bench}"
csv_path="${CSV_PATH:-/tenders.csv}"
failures=0

say() { printf 'bench-search: %s\n' "$*" >&2; }
die() { printf 'bench-search: ERROR: %s\n' "$*" >&2; exit 1; }

for tool in curl wrk jq; do
	command -v "$tool" >/dev/null 2>&1 || die "$tool is not installed (apt-get install -y $tool)"
done
for n in "$seconds" "$warmup" "$lat_conns" "$load_conns" "$load_threads" "$deep_page"; do
	[[ "$n" =~ ^[0-9]+$ ]] || die "numeric settings must be whole numbers, not '$n'"
done
((lat_conns >= 1 && load_conns >= load_threads && load_threads >= 1 && seconds >= 1 && deep_page >= 2)) ||
	die "need LATENCY_CONNECTIONS >= 1, LOAD_CONNECTIONS >= LOAD_THREADS >= 1, SECONDS_PER_RUN >= 1, DEEP_PAGE >= 2"

# Only this machine may be load-tested.
[[ "$base" =~ ^http://(localhost|127\.[0-9]+\.[0-9]+\.[0-9]+|\[::1\])(:([0-9]+))?$ ]] ||
	die "refusing to load-test '$base': give http://127.0.0.1:PORT, http://localhost:PORT or http://[::1]:PORT (no path)"
port="${BASH_REMATCH[3]:-80}"

work="$(mktemp -d -t bench-search.XXXXXX)"
sampler=""
cleanup() {
	if [[ -n "$sampler" ]]; then kill "$sampler" 2>/dev/null || true; fi
	rm -rf "$work"
}
trap cleanup EXIT

# wrk reports p50/p75/p90/p99 only; this script makes it print p50, p95 and p99 too.
cat >"$work/report.lua" <<'LUA'
done = function(summary, latency, requests)
	local e = summary.errors
	io.write(string.format("RESULT %d %.2f %.2f %.2f %.2f %.2f %d %d\n",
		summary.requests, summary.requests / (summary.duration / 1e6),
		latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
		latency.max / 1000, e.status, e.connect + e.read + e.write + e.timeout))
end
LUA

# GET a path; fail clearly unless it answers 200. Prints the body to $2 (a file).
fetch() { # path outfile
	local code
	code="$(curl -sS -o "$2" -w '%{http_code}' --max-time 120 "$base$1")" || die "GET $base$1 failed (is the app running?)"
	if [[ "$code" != 200 ]]; then
		failures=$((failures + 1))
		say "GET $1 answered HTTP $code:"
		head -c 600 "$2" >&2 || true
		printf '\n' >&2
		return 1
	fi
}

# Runs wrk warm-up then measurement; sets RUN_* variables. Args: path connections threads
run_wrk() {
	local path="$1" conns="$2" threads="$3" out line
	wrk -t"$threads" -c"$conns" -d"${warmup}s" --timeout 60s "$base$path" >/dev/null 2>&1 || true
	out="$(wrk -t"$threads" -c"$conns" -d"${seconds}s" --timeout 60s -s "$work/report.lua" "$base$path" 2>&1)" ||
		die "wrk failed on $path: $out"
	line="$(grep '^RESULT ' <<<"$out")" || die "wrk gave no result for $path: $out"
	read -r _ RUN_REQUESTS RUN_RPS RUN_P50 RUN_P95 RUN_P99 RUN_MAX RUN_NON2XX RUN_SOCKET_ERRORS <<<"$line"
	((RUN_REQUESTS >= 20)) || few_runs=$((few_runs + 1))
	if ((RUN_NON2XX > 0 || RUN_SOCKET_ERRORS > 0)); then
		say "warning: $path had $RUN_NON2XX non-2xx answers and $RUN_SOCKET_ERRORS socket errors/timeouts under load"
	fi
}

# Latency cells of the last run: p50 | p95 | p99, or a note when too few requests finished.
few_runs=0
latency_cells() {
	if ((RUN_REQUESTS == 0)); then
		printf 'none finished in %s s | | ' "$seconds"
	elif ((RUN_REQUESTS < 20)); then
		printf '%s ms | %s ms\\* | %s ms\\*' "$RUN_P50" "$RUN_P95" "$RUN_P99"
	else
		printf '%s ms | %s ms | %s ms' "$RUN_P50" "$RUN_P95" "$RUN_P99"
	fi
}

# How many tenders a query matches, from the JSON twin ("10,000+" when the count is capped).
matches() { # query string (may be empty)
	local q="$1" file="$work/count.json"
	if fetch "/api/tenders?${q:+$q&}size=25" "$file" 2>/dev/null; then
		jq -er 'if (.count.value | type) != "number" then error("no count")
		        elif .count.exact then (.count.value | tostring)
		        elif .count.estimated then "about \(.count.value)"
		        elif .count.value < 0 then "not counted" else "\(.count.value)+" end' "$file" 2>/dev/null || echo "?"
	else
		echo "n/a"
	fi
}

# Busy commissioner and bidder ids: from the environment, or the busiest in the database.
# db_query runs one query against the database DB_URL names, if psql is there.
db_query() { # sql
	local host port_db name
	[[ "$db_url" =~ ^jdbc:postgresql://([^/:]+)(:([0-9]+))?/([A-Za-z0-9_]+) ]] || return 1
	host="${BASH_REMATCH[1]}" port_db="${BASH_REMATCH[3]:-5432}" name="${BASH_REMATCH[4]}"
	command -v psql >/dev/null 2>&1 || return 1
	PGPASSWORD="${DB_PASSWORD:-tenders}" psql -X -q -At -h "$host" -p "$port_db" -U "${DB_USER:-tenders}" -d "$name" \
		-c "$1" 2>/dev/null
}
commissioner="${COMMISSIONER:-}"
bidder="${BIDDER:-}"
if [[ -z "$commissioner" ]]; then
	commissioner="$(db_query "select commissioner_id from tender_commissioner group by 1 order by count(*) desc limit 1")" ||
		die "set COMMISSIONER=<id> (could not look up the busiest commissioner in $db_url)"
fi
if [[ -z "$bidder" ]]; then
	bidder="$(db_query "select bidder_id from bid group by 1 order by count(*) desc limit 1")" ||
		die "set BIDDER=<id> (could not look up the busiest bidder in $db_url)"
fi
[[ "$commissioner" =~ ^[0-9]+$ && "$bidder" =~ ^[0-9]+$ ]] || die "COMMISSIONER and BIDDER must be ids"

# The app's process, for the heap during the export.
app_pid="${APP_PID:-}"
if [[ -z "$app_pid" ]] && command -v ss >/dev/null 2>&1; then
	app_pid="$(ss -Hltnp "sport = :$port" 2>/dev/null | grep -o 'pid=[0-9]*' | head -n 1 | cut -d= -f2 || true)"
fi
if [[ -z "$app_pid" ]]; then
	app_pid="$(pgrep -f -- "nhs-tender-tracker.*--server.port=$port" | head -n 1 || true)"
fi

say "target $base; commissioner $commissioner, bidder $bidder; app pid ${app_pid:-unknown}"
say "each URL: ${warmup}s warm-up, then ${seconds}s measured"

# Fail early if the app is not there at all.
fetch "/actuator/health" "$work/health.json" || die "$base/actuator/health is not 200: is the app up and healthy?"

printf '## Analyst search benchmark\n\n'
printf -- '- Target: `%s`, measured %s; %s cores.\n' "$base" "$(date -u '+%Y-%m-%d %H:%M UTC')" "$(nproc)"
tenders="$(db_query "select count(*) from tender" || true)"
[[ -n "$tenders" ]] || tenders="$(matches "")"
printf -- '- Data: %s tenders; commissioner %s and bidder %s are the busiest.\n' "$tenders" "$commissioner" "$bidder"
printf -- '- Each URL warmed for %s s, then measured for %s s with wrk.\n\n' "$warmup" "$seconds"

# 4. Atom feeds of searches --------------------------------------------------------------------------
# /events.atom takes the list's filters and gives the newest events of the matching tenders: one
# statement joining tender_event to the filtered tenders. Entries counts the <entry> elements.
feed_table() { # query strings for /events.atom
	local q path entries
	printf '### Atom feed of a search (`/events.atom`, %s connection%s)\n\n' "$lat_conns" "$([[ $lat_conns == 1 ]] || echo s)"
	printf '| Query | Tenders matching | Entries | Requests | p50 | p95 | p99 |\n|---|---:|---:|---:|---:|---:|---:|\n'
	for q in "$@"; do
		path="/events.atom${q:+?$q}"
		if ! fetch "$path" "$work/feed.xml"; then
			printf '| `%s` | | | not 200 | | | |\n' "${q:-(none)}"
			continue
		fi
		entries="$(grep -o '<entry>' "$work/feed.xml" | wc -l)"
		say "latency: $path"
		run_wrk "$path" "$lat_conns" 1
		printf '| `%s` | %s | %s | %s | %s |\n' "${q:-(none)}" "$(matches "${q//limit=200/}")" "$entries" "$RUN_REQUESTS" \
			"$(latency_cells)"
	done
	printf '\n'
}
feeds() {
	feed_table "" "limit=200" \
		"region=london" \
		"region=midlands&status=awarded&minValue=1000000" \
		"status=collapsed" \
		"status=paused&status=delayed&limit=200" \
		"serviceArea=cancer&valueBasis=annual&minValue=100000" \
		"event=collapse" \
		"commissioner=$commissioner" \
		"bidder=$bidder" \
		"from=2015-01-01&to=2016-12-31&region=north-west" \
		"itl=TLG&maxValue=5000000" \
		"q=services" \
		"q=audiology" \
		"q=%22patient+transport%22&region=london"
}
if [[ "${FEED_ONLY:-0}" == 1 ]]; then
	feeds
	exit $((failures > 0))
fi

# 5. Bid deadline and contract end filters and sorts ------------------------------------------------
# Windows near today and far from it, wide and narrow, alone and with a common or a rare filter,
# and the two sorts over everything (where tenders without the date sort last).
due_table() { # query strings for /tenders
	local q path
	printf '### Bid deadline and contract end (`/tenders`, %s connection%s)\n\n' "$lat_conns" "$([[ $lat_conns == 1 ]] || echo s)"
	printf '| Query | Tenders matching | Requests | p50 | p95 | p99 |\n|---|---:|---:|---:|---:|---:|\n'
	for q in "$@"; do
		path="/tenders?$q"
		say "latency: $path"
		run_wrk "$path" "$lat_conns" 1
		printf '| `%s` | %s | %s | %s |\n' "$q" "$(matches "$q")" "$RUN_REQUESTS" "$(latency_cells)"
	done
	printf '\n'
}
dues() {
	local today soon year later
	today="$(date -u +%Y-%m-%d)"
	soon="$(date -u -d '+30 days' +%Y-%m-%d)"
	year="$(date -u -d '+1 year' +%Y-%m-%d)"
	later="$(date -u -d '+2 years' +%Y-%m-%d)"
	due_table "sort=deadline" "sort=deadline&dir=desc" "sort=end" "sort=end&dir=desc" \
		"status=open&deadlineFrom=$today&deadlineTo=$soon&sort=deadline" \
		"deadlineFrom=$today&deadlineTo=$soon" \
		"deadlineFrom=2019-01-01&deadlineTo=2019-01-31&sort=deadline" \
		"deadlineFrom=2010-01-01&deadlineTo=2025-12-31" \
		"deadlineFrom=$today&region=london&sort=deadline" \
		"deadlineFrom=2020-01-01&deadlineTo=2020-12-31&status=cancelled" \
		"status=awarded&endFrom=$today&endTo=$year&sort=end" \
		"endFrom=$today&endTo=$later" \
		"endFrom=$today&endTo=$later&serviceArea=cancer&sort=end" \
		"endFrom=2030-01-01&endTo=2030-03-31&region=north-west" \
		"endFrom=2040-01-01&sort=end" \
		"endFrom=$today&endTo=$year&minValue=10000000&sort=value" \
		"q=services&deadlineFrom=2018-01-01&deadlineTo=2018-12-31"
}
if [[ "${DUE_ONLY:-0}" == 1 ]]; then
	dues
	exit $((failures > 0))
fi

# 1. Throughput: filtered list against the trivial endpoint ----------------------------------------
trivial="/actuator/health/liveness"
if [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 "$base$trivial")" != 200 ]]; then
	say "$trivial is not 200 (probes off?); using /actuator/health as the trivial endpoint"
	trivial="/actuator/health"
fi
list="/tenders?region=midlands&status=awarded&minValue=1000000"
printf '### Throughput (%s connections, %s threads)\n\n' "$load_conns" "$load_threads"
printf '| Endpoint | Requests/s | p50 | p95 | p99 |\n|---|---:|---:|---:|---:|\n'
declare -A rps=()
for path in "$trivial" "$list"; do
	if ! fetch "$path" "$work/page.out"; then
		printf '| `%s` | not 200 | | | |\n' "$path"
		continue
	fi
	say "throughput: $path"
	run_wrk "$path" "$load_conns" "$load_threads"
	rps[$path]="$RUN_RPS"
	printf '| `%s` | %s | %s |\n' "$path" "$RUN_RPS" "$(latency_cells)"
done
if [[ -n "${rps[$trivial]:-}" && -n "${rps[$list]:-}" ]]; then
	printf '\nFiltered list / trivial endpoint: **%s** (%s / %s requests/s).\n\n' \
		"$(awk -v a="${rps[$list]}" -v b="${rps[$trivial]}" 'BEGIN { printf "%.3f", a / b }')" "${rps[$list]}" "${rps[$trivial]}"
else
	printf '\nFiltered list / trivial endpoint: not measured (an endpoint was not 200).\n\n'
fi

# 2. Latency ---------------------------------------------------------------------------------------
latency_table() { # title, then query strings for /tenders
	local title="$1" q path count
	shift
	printf '### %s (%s connection%s)\n\n' "$title" "$lat_conns" "$([[ $lat_conns == 1 ]] || echo s)"
	printf '| Query | Matches | Requests | p50 | p95 | p99 |\n|---|---:|---:|---:|---:|---:|\n'
	for q in "$@"; do
		path="/tenders?$q"
		if ! fetch "$path" "$work/page.out"; then
			printf '| `%s` | | not 200 | | | |\n' "$q"
			continue
		fi
		count="$(matches "$q")"
		say "latency: $path"
		run_wrk "$path" "$lat_conns" 1
		printf '| `%s` | %s | %s | %s |\n' "$q" "$count" "$RUN_REQUESTS" "$(latency_cells)"
	done
	printf '\n'
}

latency_table "Filtered lists" \
	"region=london&status=awarded&minValue=1000000" \
	"serviceArea=cancer&valueBasis=annual&minValue=100000" \
	"status=paused&status=delayed&status=collapsed" \
	"event=collapse" \
	"commissioner=$commissioner" \
	"bidder=$bidder" \
	"from=2015-01-01&to=2016-12-31&region=north-west" \
	"itl=TLG&maxValue=5000000"

latency_table "Keyword search" \
	"q=services" \
	"q=audiology" \
	"q=%22patient+transport%22"

feeds
dues

# 2b. Summaries of large results -------------------------------------------------------------------
# /tenders/summary reads every match the first time (the page's script fetches it after the list);
# the app then keeps it until the data changes. The first request is timed once with curl, so run
# this on an app that has not summarised these filters since it started or the data last changed.
printf '### Summary of a large result (`/tenders/summary`)\n\n'
printf '| Query | Exact count | First request | Then (kept; %s connection): p50 | p95 |\n|---|---:|---:|---:|---:|\n' "$lat_conns"
for q in "region=london&status=awarded&minValue=1000000" "q=services" "from=2015-01-01&to=2016-12-31&region=north-west"; do
	path="/tenders/summary?$q"
	say "summary: $path"
	first="$(curl -sS -o "$work/summary.out" -w '%{http_code} %{time_total}' --max-time 120 "$base$path")" || first="000 0"
	if [[ "${first%% *}" != 200 ]]; then
		printf '| `%s` | | %s (HTTP %s) | | |\n' "$q" "${first#* }" "${first%% *}"
		failures=$((failures + 1))
		continue
	fi
	exact="$(tr -s ' \n' ' ' <"$work/summary.out" | grep -o 'data-summary-part="count"> <strong>[0-9,]*' |
		grep -o '[0-9,]*$' || echo "?")"
	run_wrk "$path" "$lat_conns" 1
	printf '| `%s` | %s | %.0f ms | %s ms | %s ms |\n' "$q" "$exact" \
		"$(awk -v t="${first#* }" 'BEGIN { print t * 1000 }')" "$RUN_P50" "$RUN_P95"
done
printf '\n'

# 3. Page 1 against a deep page ------------------------------------------------------------------------
# Follow "next" in the JSON twin: 100 rows a step while a whole step fits, then 25 a step, until
# the cursor stands after row (DEEP_PAGE - 1) * 25. That cursor opens page DEEP_PAGE of 25 rows.
skip=$(((deep_page - 1) * 25))
say "deep page: following next links to skip $skip rows"
url="/api/tenders?${deep_query:+$deep_query&}size=100"
seen=0
steps=0
next=""
deep_error=""
while ((seen < skip)); do
	if ((skip - seen < 100)) && [[ "$url" == *size=100* ]]; then
		url="${url//size=100/size=25}"
	fi
	if ! fetch "$url" "$work/step.json"; then
		deep_error="GET \`$url\` was not 200"
		break
	fi
	if ! n="$(jq -e '.items | length' "$work/step.json" 2>/dev/null)" || ! jq -e 'has("next")' "$work/step.json" >/dev/null 2>&1; then
		deep_error="GET \`$url\` did not return JSON with \`items\` and \`next\`"
		failures=$((failures + 1))
		break
	fi
	next="$(jq -r '.next // empty' "$work/step.json")"
	seen=$((seen + n))
	steps=$((steps + 1))
	if ((n == 0)) || [[ -z "$next" ]]; then
		next=""
		break
	fi
	if [[ "$next" != /api/tenders\?* ]]; then
		deep_error="unexpected \`next\` link: \`$next\`"
		failures=$((failures + 1))
		break
	fi
	url="$next"
done
printf '### Page 1 against page %s (25 rows a page, %s connection%s)\n\n' "$deep_page" "$lat_conns" "$([[ $lat_conns == 1 ]] || echo s)"
if [[ -n "$deep_error" ]]; then
	say "deep page not measured: $deep_error"
	printf 'Not measured: %s.\n\n' "$deep_error"
elif ((seen < skip)) || [[ -z "$next" ]]; then
	printf 'Not measured: the list ended (no `next` link) after %s rows, before page %s.\n\n' "$seen" "$deep_page"
else
	deep_path="${next#/api}"
	deep_path="${deep_path//size=100/size=25}"
	[[ "$deep_path" == *size=25* ]] || deep_path="$deep_path&size=25"
	say "deep cursor found after $steps JSON pages ($seen rows)"
	printf '| Page | Requests | p50 | p95 | p99 |\n|---|---:|---:|---:|---:|\n'
	for path in "/tenders?${deep_query:+$deep_query&}size=25" "$deep_path"; do
		label="page 1"
		[[ "$path" == "$deep_path" ]] && label="page $deep_page (\`after\` cursor; $steps JSON page$([[ $steps == 1 ]] || echo s) followed to find it)"
		if ! fetch "$path" "$work/page.out"; then
			printf '| %s | not 200 | | | |\n' "$label"
			continue
		fi
		say "latency: $path"
		run_wrk "$path" "$lat_conns" 1
		printf '| %s | %s | %s |\n' "$label" "$RUN_REQUESTS" "$(latency_cells)"
	done
	printf '\n'
fi

if ((few_runs > 0)); then
	printf '\\* Fewer than 20 requests finished in the %s s run, so p95 and p99 are close to the slowest request; raise SECONDS_PER_RUN for a steadier figure.\n\n' "$seconds"
fi

# 4. CSV export of every tender ----------------------------------------------------------------------
if [[ "${SKIP_CSV:-0}" == 1 ]]; then
	say "CSV export skipped (SKIP_CSV=1)"
	exit $((failures > 0))
fi
printf '### CSV export of all tenders (`%s`, no filter)\n\n' "$csv_path"
heap_note="not sampled (no app pid; set APP_PID)"
if [[ -n "$app_pid" ]] && command -v jstat >/dev/null 2>&1 && jstat -gc "$app_pid" >/dev/null 2>&1; then
	# Heap in use = survivor + eden + old (KB), every 0.5 s while the export runs.
	jstat -gc "$app_pid" 500 >"$work/jstat.out" 2>/dev/null &
	sampler=$!
elif [[ -n "$app_pid" ]]; then
	heap_note="not sampled (jstat cannot attach to pid $app_pid)"
fi
say "CSV export: GET $csv_path"
start_ns=$(date +%s%N)
code="$(curl -sS -o "$work/all.csv" -w '%{http_code} %{time_starttransfer}' --max-time 3600 "$base$csv_path")" ||
	die "GET $base$csv_path failed"
end_ns=$(date +%s%N)
if [[ -n "$sampler" ]]; then
	sleep 0.6
	kill "$sampler" 2>/dev/null || true
	wait "$sampler" 2>/dev/null || true
	sampler=""
	heap_note="$(awk '
		NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
		$1 ~ /^[0-9.]+$/ {
			used = $col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"]
			cap = $col["S0C"] + $col["S1C"] + $col["EC"] + $col["OC"]
			if (used > peak) peak = used
			if (cap > capmax) capmax = cap
			if (n == 0) { ygc0 = $col["YGC"]; fgc0 = $col["FGC"] }
			ygc = $col["YGC"]; fgc = $col["FGC"]; n++
		}
		END {
			if (n == 0) { print "not sampled (jstat gave no samples)"; exit }
			printf "%.0f MB peak in use (of %.0f MB committed), %d samples; %d young and %d full GCs meanwhile",
				peak / 1024, capmax / 1024, n, ygc - ygc0, fgc - fgc0
		}' "$work/jstat.out")"
fi
read -r http_code first_byte <<<"$code"
if [[ "$http_code" != 200 ]]; then
	say "GET $csv_path answered HTTP $http_code:"
	head -c 600 "$work/all.csv" >&2 || true
	printf '\n' >&2
	printf 'Not measured: `%s` answered HTTP %s.\n\n' "$csv_path" "$http_code"
	exit 1
fi
bytes=$(stat -c %s "$work/all.csv")
lines=$(wc -l <"$work/all.csv")
total_s=$(awk -v a="$start_ns" -v b="$end_ns" 'BEGIN { printf "%.1f", (b - a) / 1e9 }')
printf '| Total time | First byte | Bytes | Rows (lines − header) | Rate | App heap during export |\n'
printf '|---:|---:|---:|---:|---:|---|\n'
printf '| %s s | %.2f s | %s (%s MB) | %s | %s rows/s | %s |\n' "$total_s" "$first_byte" "$bytes" \
	"$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1048576 }')" "$((lines - 1))" \
	"$(awk -v r="$((lines - 1))" -v t="$total_s" 'BEGIN { printf "%.0f", (t > 0) ? r / t : 0 }')" "$heap_note"
printf '\n'
exit $((failures > 0))
