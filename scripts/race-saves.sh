#!/usr/bin/env bash
# Sends many saves of one version of one tender's edit form at once, as people editing
# the same tender at the same moment would, and counts how each ended. One should be
# saved (302) and every other refused with the conflict page (409); any 500 is lost work.
#
# Usage: scripts/race-saves.sh USERNAME PASSWORD [BASE_URL] [SAVES]
#   BASE_URL defaults to http://127.0.0.1:8080, SAVES to 20. Needs curl.
#
# It writes: it adds one tender ("Race test <time>") and saves it once. Run it against a
# benchmark database, never one people use.
set -euo pipefail

user=${1:?usage: race-saves.sh USERNAME PASSWORD [BASE_URL] [SAVES]}
password=${2:?usage: race-saves.sh USERNAME PASSWORD [BASE_URL] [SAVES]}
base=${3:-http://127.0.0.1:8080}
saves=${4:-20}
case "$base" in
	http://127.*|http://localhost*) ;;
	*) echo "Refusing to send saves to $base: this only runs against this machine." >&2; exit 1 ;;
esac

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
jar="$work/cookies"

token() {
	curl -s -b "$jar" -c "$jar" "$base$1" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//;s/"$//'
}

t=$(token /sign-in)
curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "username=$user" --data-urlencode "password=$password" \
	--data-urlencode "_csrf=$t" "$base/sign-in"

title="Race test $(date +%s%N)"
t=$(token /admin/tenders/new)
location=$(curl -s -o /dev/null -b "$jar" -c "$jar" -w '%{redirect_url}' --data-urlencode "title=$title" \
	--data-urlencode "description=Saved by many people at once." --data-urlencode "commissionerIds=8" \
	--data-urlencode "_csrf=$t" "$base/admin/tenders")
id=${location##*/}
[[ $id =~ ^[0-9]+$ ]] || { echo "Could not add the tender (got '$location')" >&2; exit 1; }

page=$(curl -s -b "$jar" -c "$jar" "$base/admin/tenders/$id/edit")
t=$(grep -o 'name="_csrf" value="[^"]*"' <<<"$page" | head -n 1 | sed 's/.*value="//;s/"$//')
version=$(grep -o 'name="version" value="[^"]*"' <<<"$page" | head -n 1 | sed 's/.*value="//;s/"$//')

for n in $(seq "$saves"); do
	curl -s -o /dev/null -b "$jar" -w '%{http_code} %{time_total}\n' --data-urlencode "_csrf=$t" \
		--data-urlencode "version=$version" --data-urlencode "title=$title" \
		--data-urlencode "description=Typed by person $n" --data-urlencode "commissionerIds=8" \
		"$base/admin/tenders/$id/edit" >"$work/save-$n" &
done
wait

printf 'Tender %s, %s saves of version %s sent at once:\n' "$id" "$saves" "$version"
cat "$work"/save-* | awk '{ n[$1]++; if ($2 > slowest) slowest = $2 }
	END { for (s in n) printf "  HTTP %s: %d\n", s, n[s]; printf "  slowest answer: %.0f ms\n", slowest * 1000 }'
