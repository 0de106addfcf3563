#!/usr/bin/env bash
# Measures latency and throughput of the main pages of a running tracker over loopback with wrk.
# Usage: scripts/bench-pages.sh [BASE_URL] [SECONDS]   (default http://127.0.0.1:8080, 10 s per page)
# Needs wrk (apt-get install -y wrk). Warms each page first, then reports wrk's latency distribution.
set -euo pipefail

base=${1:-http://127.0.0.1:8080}
seconds=${2:-10}
command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install -y wrk" >&2; exit 1; }
case "$base" in
	http://127.*|http://localhost*) ;;
	*) echo "Refusing to load-test $base: benchmarks only run against this machine." >&2; exit 1 ;;
esac

pages=("/actuator/health" "/" "/tenders" "/tenders?sort=value&dir=desc" "/tenders/8" "/tenders/6" "/sources/3" "/api/tenders/8")
printf '| Page | Requests/s | p50 | p90 | p99 |\n|---|---|---|---|---|\n'
for page in "${pages[@]}"; do
	wrk -t1 -c4 -d2s "$base$page" >/dev/null
	out=$(wrk -t2 -c8 -d"${seconds}s" --latency "$base$page")
	rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
	p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
	p90=$(awk '$1 == "90%" {print $2}' <<<"$out")
	p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
	printf '| `%s` | %s | %s | %s | %s |\n' "$page" "$rps" "$p50" "$p90" "$p99"
done
