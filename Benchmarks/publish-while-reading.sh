#!/usr/bin/env bash
# Reading while publishing: CONNECTIONS readers (wrk) on the home page and the lead article for
# the whole run while an editor, once a second for EDITS seconds, edits the lead's dek through
# the write API with a marker of its own (and every tenth second unpublishes or publishes
# another story). After each acknowledged write, the home page and the article are fetched
# through the readers' address and must show that write: the marker, and the other story's
# presence. Fails on any stale answer, any reader error or 5xx.
# BACKEND=sqlite (default): one server on a new file. BACKEND=postgres: two servers on a new
# schema of PG_URL behind nginx (round robin); the editor writes to the first, readers and the
# checks go through nginx, so half the checks ask the server that did not take the write.
# Needs: wrk, curl, nginx (for postgres), psql (for postgres), a release build.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${HALLYU_BIN:-.build/release/hallyu}
BACKEND=${BACKEND:-sqlite}
PORT=${PORT:-8196}
EDITS=${EDITS:-60}
CONNECTIONS=${CONNECTIONS:-64}
LEAD=${LEAD:-han-so-hee-and-song-kang-nevertheless}
OTHER=${OTHER:-sweet-home-netflix-monster-series}
WORK=$(mktemp -d)
SCHEMA=""
SERVERS=()
cleanup() {
  [ -n "${WRK_PID:-}" ] && kill "$WRK_PID" 2>/dev/null || true
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  for pid in "${SERVERS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${SERVERS[@]}"; do
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$pid" 2>/dev/null || true
  done
  if [ -n "$SCHEMA" ]; then
    psql "$PSQL_URL" -qX -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE" >/dev/null 2>&1 || echo "could not drop schema $SCHEMA" >&2
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

case "$BACKEND" in
  sqlite) export DATABASE_URL="sqlite:$WORK/hallyu.sqlite"; INSTANCES=1 ;;
  postgres)
    : "${PG_URL:?set PG_URL, e.g. postgres://hallyu:hallyu@127.0.0.1:54329/hallyu?sslmode=disable}"
    PSQL_URL=${PG_URL%%\?*}
    SCHEMA=bench_publishing_$$
    psql "$PSQL_URL" -qX -v ON_ERROR_STOP=1 -c "CREATE SCHEMA $SCHEMA" >/dev/null
    case "$PG_URL" in *\?*) export DATABASE_URL="$PG_URL&search_path=$SCHEMA" ;; *) export DATABASE_URL="$PG_URL?search_path=$SCHEMA" ;; esac
    INSTANCES=2
    ;;
  *) echo "BACKEND must be sqlite or postgres" >&2; exit 1 ;;
esac
export HALLYU_MEDIA_DIR="$WORK/media" LOG_LEVEL=warning

"$BIN" demo >/dev/null
for i in $(seq 1 "$INSTANCES"); do
  "$BIN" serve --env production --hostname 127.0.0.1 --port $((PORT + i)) >"$WORK/server$i.log" 2>&1 &
  SERVERS+=($!)
done
for i in $(seq 1 "$INSTANCES"); do
  for _ in $(seq 1 300); do curl -fs "http://127.0.0.1:$((PORT + i))/healthz" >/dev/null 2>&1 && break; sleep 0.2; done
done
WRITE="http://127.0.0.1:$((PORT + 1))"
if [ "$INSTANCES" -gt 1 ]; then
  cat >"$WORK/nginx.conf" <<NGINX
worker_processes 2;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 4096; }
http {
  access_log off;
  upstream hallyu { server 127.0.0.1:$((PORT + 1)); server 127.0.0.1:$((PORT + 2)); keepalive 64; }
  server {
    listen 127.0.0.1:$PORT;
    location / { proxy_pass http://hallyu; proxy_http_version 1.1; proxy_set_header Connection ""; }
  }
}
NGINX
  nginx -c "$WORK/nginx.conf"
  READ="http://127.0.0.1:$PORT"
  sleep 0.5
else
  READ=$WRITE
fi

printf 'benchmark password\n' | "$BIN" user add --email bench@news.test --name "Bench Editor" --role editor >/dev/null
TOKEN=$(curl -fs "$WRITE/api/v1/auth/tokens" -H 'Content-Type: application/json' \
  -d '{"email":"bench@news.test","password":"benchmark password","name":"bench"}' | grep -o '"token":"[^"]*"' | cut -d'"' -f4)
[ -n "$TOKEN" ] || { echo "no API token" >&2; exit 1; }

echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(date -u +%F); $BACKEND, $INSTANCES instance(s)"
cat >"$WORK/readers.lua" <<LUA
local paths = {"/", "/articles/$LEAD"}
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", paths[(n % 2) + 1])
end
LUA
wrk -t2 -c"$CONNECTIONS" -d$((EDITS + 5))s --latency -s "$WORK/readers.lua" "$READ" >"$WORK/wrk.txt" 2>&1 &
WRK_PID=$!
sleep 2

stale=0 checks=0 writes=0 slowest=0 listed=1
for i in $(seq 1 "$EDITS"); do
  second_start=$(date +%s%N)
  marker="Marker $i-$RANDOM"
  start=$(date +%s%N)
  status=$(curl -s -o /dev/null -w '%{http_code}' -X PATCH "$WRITE/api/v1/articles/$LEAD" -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: application/json' -d "{\"dek\": \"A look back, $marker.\"}")
  took=$((($(date +%s%N) - start) / 1000000))
  [ "$status" = 200 ] || { echo "edit $i answered $status" >&2; exit 1; }
  [ "$took" -gt "$slowest" ] && slowest=$took
  writes=$((writes + 1))
  if [ $((i % 10)) = 0 ]; then
    step=$([ "$listed" = 1 ] && echo unpublish || echo publish)
    status=$(curl -s -o /dev/null -w '%{http_code}' -X POST "$WRITE/api/v1/articles/$OTHER/$step" -H "Authorization: Bearer $TOKEN")
    [ "$status" = 200 ] || { echo "$step answered $status" >&2; exit 1; }
    listed=$([ "$listed" = 1 ] && echo 0 || echo 1)
    writes=$((writes + 1))
  fi
  # Both servers behind the balancer, twice each page.
  for _ in 1 2; do
    for path in / "/articles/$LEAD"; do
      body=$(curl -s --compressed "$READ$path")
      checks=$((checks + 1))
      if ! grep -q "$marker" <<<"$body"; then stale=$((stale + 1)); echo "stale: $path after edit $i" >&2; fi
    done
    home=$(curl -s --compressed "$READ/")
    checks=$((checks + 1))
    shown=$(grep -c "/articles/$OTHER\"" <<<"$home" || true)
    if { [ "$listed" = 1 ] && [ "$shown" = 0 ]; } || { [ "$listed" = 0 ] && [ "$shown" != 0 ]; }; then
      stale=$((stale + 1)); echo "stale: / lists $OTHER $shown times, expected listed=$listed" >&2
    fi
  done
  rest=$((1000 - ($(date +%s%N) - second_start) / 1000000))
  [ "$rest" -gt 0 ] && sleep "$(awk -v ms="$rest" 'BEGIN {printf "%.3f", ms / 1000}')"
done
wait "$WRK_PID" || true
WRK_PID=""
echo "== readers (wrk -t2 -c$CONNECTIONS, home page and the lead article)"
grep -E "Requests/sec|Latency  |99%|requests in|Non-2xx|Socket errors" "$WORK/wrk.txt"
echo "== $writes acknowledged writes (slowest answered in $slowest ms), $checks checks after them, $stale stale"
for i in $(seq 1 "$INSTANCES"); do
  errors=$(grep -ciE "error|critical" "$WORK/server$i.log" || true)
  echo "== server $i: $errors error lines in its log; resident memory $(awk '/VmRSS/ {print $2, $3}' "/proc/${SERVERS[$((i - 1))]}/status")"
done
if grep -qE "Non-2xx|Socket errors" "$WORK/wrk.txt"; then echo "FAILED: readers saw errors" >&2; exit 1; fi
[ "$stale" = 0 ] || { echo "FAILED: $stale stale answers" >&2; exit 1; }
echo "== passed"
