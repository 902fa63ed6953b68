#!/usr/bin/env bash
# Ten minutes of a busy site at CONNECTIONS (128) connections (Benchmarks/lua/soak.lua: every
# kind of reader page, feed and API read, searches, analyze and preview calls, an editor's
# saves, comments and votes), run as one-minute wrk runs back to back so each minute has its
# own p99, with the server's resident memory read every five seconds. It passes when no
# answer is a 5xx, no socket error or timeout happens, resident memory at the end is less than
# 10% above where it stood after the first two minutes (the warm-up: caches filled, pools
# open), and the last minute's p99 is within 1.5 times the second minute's.
# Needs: wrk, curl, python3 and a release build (`swift build -c release --product hallyu`).
# BACKEND=sqlite (default) uses a new file in a temporary folder; BACKEND=postgres a new schema
# in PG_URL (e.g. postgres://hallyu:hallyu@127.0.0.1:54329/hallyu?sslmode=disable), dropped at
# the end. MINUTES (10), CONNECTIONS (128), THREADS (2) and PORT (8187) may be set.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${HALLYU_BIN:-.build/release/hallyu}
BACKEND=${BACKEND:-sqlite}
PORT=${PORT:-8187}
MINUTES=${MINUTES:-10}
CONNECTIONS=${CONNECTIONS:-128}
THREADS=${THREADS:-2}
B="http://127.0.0.1:$PORT"

for tool in wrk curl python3; do
  command -v "$tool" >/dev/null || { echo "$tool is needed" >&2; exit 1; }
done
for n in MINUTES CONNECTIONS THREADS; do
  [[ ${!n} =~ ^[1-9][0-9]*$ ]] || { echo "$n must be a positive whole number" >&2; exit 1; }
done
[ "$MINUTES" -ge 3 ] || { echo "MINUTES must be at least 3: two to warm up, one to compare" >&2; exit 1; }
. Benchmarks/lib/demo-site.sh
site_prepare soak
# The metrics say what the memory holds: the page cache's bytes, and the SQLite readers' memory
# and connections.
export HALLYU_METRICS_TOKEN="soak-$(date +%s%N)"

echo "== machine: $(machine)"
echo "== backend: $BACKEND; $MINUTES minutes of wrk -t$THREADS -c$CONNECTIONS -s Benchmarks/lua/soak.lua"
site_start

export SOAK_TOKEN
SOAK_TOKEN=$(editor_token soak@news.test 'soak test password')
status=$(call GET "/api/v1/articles?per=3")
[ "$status" = 200 ] || die "GET /api/v1/articles answered $status"
export SOAK_COMMENT SOAK_SAVE SOAK_POLL SOAK_OPTIONS
SOAK_COMMENT=$(json 'j["items"][0]["slug"]')
SOAK_SAVE=$(json 'j["items"][2]["slug"]')
status=$(call POST /api/v1/polls -H "Authorization: Bearer $SOAK_TOKEN" -H 'Content-Type: application/json' \
  -d "{\"question\":\"Which drama of the year?\",\"options\":[\"A\",\"B\",\"C\"],\"article\":\"$SOAK_COMMENT\"}")
[ "$status" = 201 ] || die "POST /api/v1/polls answered $status: $(head -c 300 "$WORK/answer")"
SOAK_POLL=$(json 'j["id"]')
SOAK_OPTIONS=$(json '",".join(str(o["id"]) for o in j["options"])')
# Every address the mix reads must exist: a 404 would hide a missing page kind.
for path in $(sed -n '/^local reads = {/,/^}/p' Benchmarks/lua/soak.lua | grep -o '"/[^"]*"' | tr -d '"' | grep -v '[^/]/$') \
  "/articles/$SOAK_COMMENT" "/articles/$SOAK_SAVE" "/api/v1/articles/$SOAK_COMMENT" "/polls/$SOAK_POLL" "/api/v1/polls/$SOAK_POLL"; do
  status=$(call GET "$path")
  [ "$status" = 200 ] || die "GET $path answered $status"
done
echo "== articles: comments on $SOAK_COMMENT, saves to $SOAK_SAVE; poll $SOAK_POLL"

# Resident memory (kB) every five seconds: "seconds-since-start kB".
START=$SECONDS
(
  while kill -0 "$SERVER" 2>/dev/null; do
    echo "$((SECONDS - START)) $(awk '/^VmRSS:/ {print $2}' "/proc/$SERVER/status")"
    sleep 5
  done
) >"$WORK/rss.txt" &
BACKGROUND+=("$!")

p99_ms() { # wrk output: its 99th percentile in milliseconds
  awk '$1 == "99%" { v = $2; if (v ~ /us$/) print v / 1000; else if (v ~ /ms$/) print v + 0; else if (v ~ /m$/) print v * 60000; else print v * 1000 }' "$1" | sed 's/[a-z]//g'
}
rss_now() { awk '/^VmRSS:/ {print $2}' "/proc/$SERVER/status"; }

metric() { # NAME: its value in this moment's /metrics
  curl -s -H "Authorization: Bearer $HALLYU_METRICS_TOKEN" "$B/metrics" | awk -v name="$1" '$1 == name { print $2 }'
}

# SQLite's write-ahead log: readers that never stop can keep a checkpoint from starting it over.
wal_mb() { [ -f "$WORK/hallyu.sqlite-wal" ] && awk -v b="$(stat -c %s "$WORK/hallyu.sqlite-wal")" 'BEGIN { print b / 1048576 }' || echo -; }

printf '%-7s %10s %8s %8s %8s %8s %9s %10s %10s %10s %9s %8s\n' minute requests 2xx 4xx 5xx errors "p99 ms" "RSS MB" "cache MB" "readers MB" \
  "readers" "WAL MB"
FIVES=0 ERRORS=0
for minute in $(seq 1 "$MINUTES"); do
  out="$WORK/minute-$minute.txt"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d60s --timeout 10s --latency -s Benchmarks/lua/soak.lua "$B" >"$out" 2>&1 \
    || die "wrk failed in minute $minute: $(tail -5 "$out")"
  kill -0 "$SERVER" 2>/dev/null || die "the server stopped in minute $minute"
  result=$(grep '^RESULT ' "$out") || die "no RESULT in minute $minute: $(tail -5 "$out")"
  value() { echo "$result" | tr ' ' '\n' | sed -n "s/^$1=//p"; }
  errors=$(awk '/Socket errors/ { gsub(",", ""); print $4 + $6 + $8 + $10 }' "$out")
  errors=${errors:-0}
  requests=$(awk '/requests in/ {print $1}' "$out")
  p99=$(p99_ms "$out")
  rss=$(rss_now)
  cache=$(metric hallyu_page_cache_bytes)
  sqlite=$(metric hallyu_sqlite_reader_memory_bytes)
  readers=$(metric 'hallyu_db_pool_connections{database="sqlite-reader",state="idle"}')
  printf '%-7s %10s %8s %8s %8s %8s %9s %10.1f %10.1f %10s %9s %8s\n' "$minute" "$requests" "$(value s2xx)" "$(value s4xx)" "$(value s5xx)" \
    "$errors" "$p99" "$(awk -v kb="$rss" 'BEGIN { print kb / 1024 }')" "$(awk -v b="${cache:-0}" 'BEGIN { print b / 1048576 }')" \
    "$([ -n "$sqlite" ] && awk -v b="$sqlite" 'BEGIN { printf "%.1f", b / 1048576 }' || echo -)" "${readers:--}" "$(wal_mb)"
  FIVES=$((FIVES + $(value s5xx)))
  ERRORS=$((ERRORS + errors))
  eval "P99_$minute=$p99 RSS_$minute=$rss"
done

FAILED=0
verdict() { # description condition-exit-status
  if [ "$2" = 0 ]; then echo "PASS  $1"; else echo "FAIL  $1"; FAILED=1; fi
}
verdict "no 5xx answer ($FIVES)" "$([ "$FIVES" = 0 ]; echo $?)"
verdict "no socket error or timeout ($ERRORS)" "$([ "$ERRORS" = 0 ]; echo $?)"
rss_last=$(eval echo "\$RSS_$MINUTES")
growth=$(python3 -c "import sys; print(f'{(int(sys.argv[1]) / int(sys.argv[2]) - 1) * 100:.1f}')" "$rss_last" "$RSS_2")
verdict "resident memory grew $growth% after the warm-up (limit 10%)" "$(python3 -c "import sys; sys.exit(0 if float('$growth') < 10 else 1)"; echo $?)"
last=$(eval echo "\$P99_$MINUTES")
ratio=$(python3 -c "print(f'{$last / $P99_2:.2f}')")
verdict "last minute's p99 ($last ms) is $ratio times the second minute's ($P99_2 ms) (limit 1.5)" "$(python3 -c "import sys; sys.exit(0 if $ratio <= 1.5 else 1)"; echo $?)"
echo "== server: $(grep -c . "$WORK/rss.txt") memory readings; the log's warnings and errors: $(grep -ciE 'warning|error' "$WORK/server.log" || true)"
grep -iE 'warning|error' "$WORK/server.log" | sort | uniq -c | sort -rn | head -5 | sed 's/^/   | /' || true
exit $FAILED
