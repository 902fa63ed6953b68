#!/usr/bin/env bash
# Reader pages at 100,000 articles: a copy of the corpus (`hallyu bench corpus`, kept in
# Benchmarks/.corpus by Benchmarks/discovery.sh) served by the release build, with the server's
# resident memory at each step. One article read again and again (the page cache's best case,
# and the cold path's with HALLYU_CACHE_MB=0), then readers spread over the whole archive, each
# request a different article (Benchmarks/lua/distinct-articles.lua), which nothing kept in
# memory can answer. Needs: wrk (Debian package), a release build
# (`swift build -c release --product hallyu`) and the corpus.
# ARTICLES (default 100000) names the corpus; HALLYU_CACHE_MB is passed to the server.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${HALLYU_BIN:-.build/release/hallyu}
ARTICLES=${ARTICLES:-100000}
PORT=${PORT:-8193}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-64}
CORPUS=Benchmarks/.corpus/hallyu-$ARTICLES.sqlite
if [ ! -f "$CORPUS" ]; then
  echo "no corpus at $CORPUS: make it with 'hallyu bench corpus --articles $ARTICLES --entities 20000' (about half an hour)"
  exit 0
fi
WORK=$(mktemp -d)
cleanup() {
  if [ -n "${SERVER:-}" ] && kill "$SERVER" 2>/dev/null; then
    status=0
    wait "$SERVER" || status=$?
    [ "$status" -eq 0 ] || { echo "== the server exited with status $status on SIGTERM; its log ends:"; tail -40 "$WORK/server.log"; }
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT
cp "$CORPUS" "$WORK/corpus.sqlite"
export DATABASE_URL="sqlite:$WORK/corpus.sqlite" HALLYU_MEDIA_DIR="$WORK/media" LOG_LEVEL=warning
"$BIN" serve --env production --hostname 127.0.0.1 --port "$PORT" >"$WORK/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 300); do curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break; sleep 0.2; done
memory() { awk '/VmRSS|RssAnon|RssFile/ {printf "%s %s MB  ", $1, int($2 / 1024)}' "/proc/$SERVER/status"; echo; }
summary() { grep -E "Requests/sec|Latency  |99%|Non-2xx|Socket errors"; }

echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(date -u +%F); $ARTICLES articles; cache ${HALLYU_CACHE_MB:-default} MB"
echo "== resident memory when /healthz answers: $(memory)"
echo "== first article page (builds the name index): $(curl -s -o /dev/null -w '%{http_code} in %{time_total} s' "http://127.0.0.1:$PORT/articles/bench-77")"
echo "== resident memory with the name index: $(memory)"
echo "== one article again and again: wrk -t2 -c$CONNECTIONS -d$DURATION --latency /articles/bench-77"
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$PORT/articles/bench-77" | summary
echo "== a different article each request: LOAD_ARTICLES=$ARTICLES wrk -t2 -c$CONNECTIONS -d$DURATION --latency -s Benchmarks/lua/distinct-articles.lua"
LOAD_ARTICLES=$ARTICLES wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s Benchmarks/lua/distinct-articles.lua "http://127.0.0.1:$PORT" | summary
echo "== resident memory after both: $(memory)"
echo "== the same again, 60 s, to fill the caches (resident memory read every 2 s)"
LOAD_ARTICLES=$ARTICLES wrk -t2 -c"$CONNECTIONS" -d60s -s Benchmarks/lua/distinct-articles.lua "http://127.0.0.1:$PORT" | summary &
LOAD=$!
while kill -0 "$LOAD" 2>/dev/null; do awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$SERVER/status" >>"$WORK/rss"; sleep 2; done
echo "== resident memory during it: $(sort -n "$WORK/rss" | awk '{a[NR] = $1} END {printf "lowest %d MB, median %d MB, highest %d MB", a[1], a[int((NR + 1) / 2)], a[NR]}')"
echo "== resident memory after it: $(memory)"
echo "== $(grep -ciE 'error|critical' "$WORK/server.log" || true) error lines in the server's log"
