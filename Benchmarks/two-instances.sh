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

# An API token and a poll on a demo story, for the voters.
curl -sS -o "$WORK/token.json" -H 'Content-Type: application/json' \
  -d "{\"email\":\"$ADMIN_EMAIL\",\"password\":\"$ADMIN_PASSWORD\",\"name\":\"bench\"}" "$LB/api/v1/auth/tokens"
TOKEN=$(jq -r .token "$WORK/token.json")
SLUG=sweet-home-netflix-monster-series
curl -sS -o "$WORK/poll.json" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d "{\"question\":\"Which monster was the scariest?\",\"options\":[\"A\",\"B\",\"C\",\"D\"],\"article\":\"$SLUG\"}" \
  "$LB/api/v1/polls"
POLL=$(jq -r .id "$WORK/poll.json")
OPTIONS=$(jq -r '[.options[].id] | join(",")' "$WORK/poll.json")
[ -n "$POLL" ] && [ "$POLL" != null ] || { echo "two-instances: no poll: $(cat "$WORK/poll.json")" >&2; exit 1; }

# One phase: readers, commenters and voters at once, through nginx; then the figures.
phase() { # name
  local name=$1 out="$WORK/$1"
  mkdir -p "$out"
  : >"$NG/access.log"
  kill -USR1 "$NGINX_PID" # reopen the log just emptied
  sleep 0.5
  wrk -t2 -c64 -d"${DURATION}s" --timeout 10s --latency -s "$LUA/reader-mix.lua" "$LB" >"$out/reads.txt" 2>&1 &
  local reads=$!
  LOAD_TOTAL=1000000 LOAD_THREADS=1 LOAD_SLUG=$SLUG \
    wrk -t1 -c4 -d"${DURATION}s" --timeout 10s --latency -s "$LUA/comments.lua" "$LB" >"$out/comments.txt" 2>&1 &
  local comments=$!
  LOAD_TOTAL=1000000 LOAD_THREADS=1 LOAD_POLL=$POLL LOAD_OPTIONS=$OPTIONS \
    wrk -t1 -c4 -d"${DURATION}s" --timeout 10s --latency -s "$LUA/votes.lua" "$LB" >"$out/votes.txt" 2>&1 &
  local votes=$!
  wait $reads $comments $votes || true
  sleep 0.5
  echo "== $name"
  for kind in reads comments votes; do
    printf '   %-8s %10s req/s  p99 %8s  non-2xx/3xx %s  socket errors %s\n' "$kind" \
      "$(awk '/^Requests\/sec/ {print $2}' "$out/$kind.txt")" \
      "$(awk '$1 == "99%" {print $2}' "$out/$kind.txt")" \
      "$(awk '/Non-2xx or 3xx/ {print $5}' "$out/$kind.txt" | grep . || echo 0)" \
      "$(grep -o 'Socket errors:.*' "$out/$kind.txt" || echo none)"
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

phase "two instances behind nginx"

# The same load with instance B stopped and nginx reloaded with A alone.
kill "$PID_B"
wait "$PID_B" 2>/dev/null || true
sed -i "/server 127.0.0.1:$PORT_B /d" "$NG/nginx.conf"
kill -HUP "$NGINX_PID"
sleep 1
phase "one instance behind nginx"
