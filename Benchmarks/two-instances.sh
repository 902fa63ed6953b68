#!/usr/bin/env bash
# Two instances against one: the setup of .ci/multi-instance (a PostgreSQL primary and a
# streaming replica, two Hallyu instances, nginx balancing them), under readers at c64 going
# round the demo's pages while readers comment and vote, for DURATION seconds; then the same
# load through the same nginx with one instance. Prints each phase's throughput, p99 and errors,
# overall (wrk) and per instance (nginx's log of which instance answered).
# Needs: wrk, and what .ci/cluster.sh installs; a release build (swift build -c release).
set -euo pipefail
cd "$(dirname "$0")/.."
export HALLYU_BIN=${HALLYU_BIN:-.build/release/hallyu}
DURATION=${DURATION:-20}
command -v wrk >/dev/null || { echo "two-instances: wrk is needed (apt-get install wrk)" >&2; exit 1; }
source .ci/cluster.sh
LUA=Benchmarks/lua

echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(date -u +%F); $HALLYU_BIN"

# An API token, and for each phase a story to comment on and a poll on it to vote in: the
# commenters' addresses and texts come round again in the second phase, which would make its
# comments repeats and its votes pass the cap of one address in one poll.
curl -sS -o "$WORK/token.json" -H 'Content-Type: application/json' \
  -d "{\"email\":\"$ADMIN_EMAIL\",\"password\":\"$ADMIN_PASSWORD\",\"name\":\"bench\"}" "$LB/api/v1/auth/tokens"
TOKEN=$(jq -r .token "$WORK/token.json")
poll_on() { # slug: prints "poll-id option,ids"
  curl -sS -o "$WORK/poll.json" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d "{\"question\":\"Which scene stayed with you?\",\"options\":[\"A\",\"B\",\"C\",\"D\"],\"article\":\"$1\"}" \
    "$LB/api/v1/polls"
  local id
  id=$(jq -r .id "$WORK/poll.json")
  [ -n "$id" ] && [ "$id" != null ] || { echo "two-instances: no poll on $1: $(cat "$WORK/poll.json")" >&2; exit 1; }
  echo "$id $(jq -r '[.options[].id] | join(",")' "$WORK/poll.json")"
}

# One phase: readers, commenters and voters at once, through nginx; then the figures.
phase() { # name story
  local name=$1 slug=$2 out="$WORK/${1// /-}" poll options
  read -r poll options <<<"$(poll_on "$slug")"
  [ -n "$poll" ] || exit 1
  mkdir -p "$out"
  : >"$NG/access.log"
  kill -USR1 "$NGINX_PID" # reopen the log just emptied
  sleep 0.5
  wrk -t2 -c64 -d"${DURATION}s" --timeout 10s --latency -s "$LUA/reader-mix.lua" "$LB" >"$out/reads.txt" 2>&1 &
  local reads=$!
  # More than the run can send, within the addresses one wrk thread has.
  LOAD_TOTAL=150000 LOAD_THREADS=1 LOAD_SLUG=$slug \
    wrk -t1 -c4 -d"${DURATION}s" --timeout 10s --latency -s "$LUA/comments.lua" "$LB" >"$out/comments.txt" 2>&1 &
  local comments=$!
  LOAD_TOTAL=150000 LOAD_THREADS=1 LOAD_POLL=$poll LOAD_OPTIONS=$options \
    wrk -t1 -c4 -d"${DURATION}s" --timeout 10s --latency -s "$LUA/votes.lua" "$LB" >"$out/votes.txt" 2>&1 &
  local votes=$!
  wait $reads $comments $votes || true
  sleep 0.5
  echo "== $name"
  printf '   reads    %10s req/s  p99 %8s  non-2xx/3xx %s  %s\n' \
    "$(awk '/^Requests\/sec/ {print $2}' "$out/reads.txt")" "$(awk '$1 == "99%" {print $2}' "$out/reads.txt")" \
    "$(awk '/Non-2xx or 3xx/ {print $5}' "$out/reads.txt" | grep . || echo 0)" \
    "$(grep -o 'Socket errors:.*' "$out/reads.txt" || echo 'no socket errors')"
  for kind in comments votes; do
    if grep -q '^RESULT ' "$out/$kind.txt"; then
      grep -E '^   [^ ]' "$out/$kind.txt" | sed "s/^   /   $kind: /"
    else
      echo "   $kind: wrk reported no result:"
      head -n 20 "$out/$kind.txt" | sed 's/^/   | /'
    fi
  done
  # Per instance, from nginx's log: answers, 5xx, and the p99 of its GETs and of its POSTs.
  local upstream line count
  for upstream in $(awk '{print $1}' "$NG/access.log" | sort -u); do
    line=$(awk -v u="$upstream" -v s="$DURATION" '$1 == u {n++; if ($2 >= 500) e++}
      END {printf "%8d answers (%6.0f/s), 5xx %d", n, n / s, e}' "$NG/access.log")
    for method in GET POST; do
      count=$(awk -v u="$upstream" -v m="$method" '$1 == u && $4 == m' "$NG/access.log" | wc -l)
      [ "$count" -gt 0 ] || continue
      line+=", $method p99 $(awk -v u="$upstream" -v m="$method" '$1 == u && $4 == m {print $3 * 1000}' "$NG/access.log" |
        sort -n | sed -n "$(((count * 99 + 99) / 100))p") ms"
    done
    echo "   instance $upstream: $line"
  done
}

phase "two instances behind nginx" sweet-home-netflix-monster-series

# The same load with instance B stopped and nginx reloaded with A alone.
kill "$PID_B"
wait "$PID_B" 2>/dev/null || true
forget_instance "$PID_B"
sed -i "/server 127.0.0.1:$PORT_B /d" "$NG/nginx.conf"
kill -HUP "$NGINX_PID"
sleep 1
phase "one instance behind nginx" song-kang-career-profile
