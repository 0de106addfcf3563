#!/usr/bin/env bash
# Measures the admin side of a running tracker over loopback: signing in (bcrypt), adding a
# tender through the form, its check page and the save, and the audit page with and
# without filters.
#
# Usage: scripts/bench-admin.sh USERNAME PASSWORD [BASE_URL] [RUNS]
#   BASE_URL defaults to http://127.0.0.1:8080, RUNS to 20. Needs curl.
#
# It writes: each run adds one tender (titled "Benchmark tender <n> <time>") and its audit
# records. Run it against a benchmark database, never one people use. To measure the audit
# page on a large audit, fill one first with scripts/generate-audit.sql.
set -euo pipefail

user=${1:?usage: bench-admin.sh USERNAME PASSWORD [BASE_URL] [RUNS]}
password=${2:?usage: bench-admin.sh USERNAME PASSWORD [BASE_URL] [RUNS]}
base=${3:-http://127.0.0.1:8080}
runs=${4:-20}
case "$base" in
	http://127.*|http://localhost*) ;;
	*) echo "Refusing to benchmark $base: benchmarks only run against this machine." >&2; exit 1 ;;
esac

jar=$(mktemp)
trap 'rm -f "$jar" "$jar".*' EXIT

# The CSRF token of the form on a page, from the cookie-jar session.
token() {
	curl -s -b "$jar" -c "$jar" "$base$1" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//;s/"$//'
}

# Milliseconds a request takes, failing on an unexpected status.
timed() {
	local expect=$1
	shift
	local out
	out=$(curl -s -o /dev/null -b "$jar" -c "$jar" -w '%{http_code} %{time_total}' "$@")
	[[ ${out%% *} == "$expect" ]] || { echo "expected HTTP $expect, got ${out%% *} for $*" >&2; exit 1; }
	awk -v s="${out#* }" 'BEGIN { printf "%.1f\n", s * 1000 }'
}

# p50, p95 and max of the numbers on stdin.
percentiles() {
	sort -n | awk '{ v[NR] = $1 } END {
		p50 = v[int((NR + 1) * 0.50)]; p95 = v[int((NR * 0.95) + 0.999)]; if (p95 == "") p95 = v[NR]
		printf "%s | %s | %s", p50, p95, v[NR] }'
}

row() {
	printf '| %s | %s | %s |\n' "$1" "$runs" "$(percentiles <"$2")"
}

sign_in=$(mktemp --tmpdir="$(dirname "$jar")")
for _ in $(seq "$runs"); do
	rm -f "$jar"
	t=$(token /sign-in)
	timed 302 --data-urlencode "username=$user" --data-urlencode "password=$password" --data-urlencode "_csrf=$t" \
		"$base/sign-in" >>"$sign_in"
done

commissioner=$(curl -s -b "$jar" "$base/admin/tenders/new" | tr '\n' ' ' \
	| grep -o 'name="commissionerIds"[^>]*value="[0-9]*"' | head -n 1 | grep -o 'value="[0-9]*"' | tr -dc '0-9' || true)
[[ -n $commissioner ]] || { echo "No commissioner to choose on /admin/tenders/new: is $user an editor?" >&2; exit 1; }

check=$(mktemp --tmpdir="$(dirname "$jar")")
save=$(mktemp --tmpdir="$(dirname "$jar")")
stamp=$(date +%s)
for n in $(seq "$runs"); do
	fields=(--data-urlencode "title=Benchmark tender $n $stamp" --data-urlencode "description=Added by the admin benchmark."
		--data-urlencode "commissionerIds=$commissioner" --data-urlencode "value=£3.4bn to £5.4bn"
		--data-urlencode "duration=3 to 5 years")
	t=$(token /admin/tenders/new)
	timed 200 "${fields[@]}" --data-urlencode "_csrf=$t" "$base/admin/tenders/new" >>"$check"
	timed 302 "${fields[@]}" --data-urlencode "_csrf=$t" "$base/admin/tenders" >>"$save"
done

audit_pages=("/admin/audit" "/admin/audit?action=CREATE" "/admin/audit?type=TENDER&text=benchmark"
	"/admin/audit?page=100" "/admin")
printf '| Step | Runs | p50 ms | p95 ms | max ms |\n|---|---|---|---|---|\n'
row "Sign in (bcrypt check, new session)" "$sign_in"
row "Add a tender: form to check page" "$check"
row "Add a tender: save with audit" "$save"
for page in "${audit_pages[@]}"; do
	times=$(mktemp --tmpdir="$(dirname "$jar")")
	for _ in 1 2 3 4 5; do curl -s -o /dev/null -b "$jar" "$base$page"; done
	for _ in $(seq "$runs"); do timed 200 "$base$page" >>"$times"; done
	row "\`$page\`" "$times"
done
