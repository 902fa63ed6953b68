#!/usr/bin/env bash
# Discovery at newsroom scale: a deterministic corpus (`hallyu bench corpus`, kept in
# Benchmarks/.corpus so later runs reuse it), the time to publish 1,000 more articles on top of
# it (writing each with its search entry and mentions, then refreshing related articles), then
# search latency with wrk (p50/p95/p99 over a rotation of names, Hangul, initials and words)
# and the time to generate every sitemap file.
# Publishing is measured apart from the corpus's making, so a busy machine while the corpus was
# made does not count: on SQLite on a copy of the corpus file (101,000 articles for a corpus of
# 100,000), on PostgreSQL as the corpus's last 1,000 articles.
# Needs: wrk (Debian package) and a release build (`swift build -c release --product hallyu`).
# ARTICLES (default 100000) and ENTITIES (default 20000) set the size; DATABASE_URL may name a
# PostgreSQL database instead of the SQLite file.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${HALLYU_BIN:-.build/release/hallyu}
ARTICLES=${ARTICLES:-100000}
ENTITIES=${ENTITIES:-20000}
PORT=${PORT:-8184}
DURATION=${DURATION:-15s}
mkdir -p Benchmarks/.corpus
export DATABASE_URL=${DATABASE_URL:-sqlite:Benchmarks/.corpus/hallyu-$ARTICLES.sqlite}
export HALLYU_MEDIA_DIR=${HALLYU_MEDIA_DIR:-Benchmarks/.corpus/media} LOG_LEVEL=warning
WORK=$(mktemp -d)
cleanup() { [ -n "${SERVER:-}" ] && kill "$SERVER" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(date -u +%F)"
echo "== corpus: $ARTICLES articles, $ENTITIES entities"
case "$DATABASE_URL" in
  sqlite:*)
    /usr/bin/time -f "   (%e s)" "$BIN" bench corpus --articles "$ARTICLES" --entities "$ENTITIES" | tail -3
    echo "== publishing 1,000 more articles (on a copy of the corpus)"
    cp "${DATABASE_URL#sqlite:}" "$WORK/publish.sqlite"
    DATABASE_URL="sqlite:$WORK/publish.sqlite" "$BIN" bench corpus --articles $((ARTICLES + 1000)) --entities "$ENTITIES" | tail -2
    rm -f "$WORK/publish.sqlite"
    ;;
  *)
    /usr/bin/time -f "   (%e s)" "$BIN" bench corpus --articles $((ARTICLES - 1000)) --entities "$ENTITIES" | tail -3
    echo "== publishing the corpus's last 1,000 articles"
    "$BIN" bench corpus --articles "$ARTICLES" --entities "$ENTITIES" | tail -2
    ;;
esac
"$BIN" serve --env production --hostname 127.0.0.1 --port "$PORT" >"$WORK/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break; sleep 0.2; done
# The first search builds the mention index; it is not part of the measurement.
curl -fs "http://127.0.0.1:$PORT/api/v1/search?q=warmup" >/dev/null

cat >"$WORK/search.lua" <<'LUA'
local queries = {"Kim%20Min-seo", "%EA%B9%80%EB%AF%BC%EC%84%9C", "%E3%84%B1%E3%85%81%E3%85%85", "Secret%20Garden",
  "premiere", "soundtrack%20charts", "Lee%20Ji-hyun", "Kim%20Minseo", "Park%20Seo-jun", "ratings", "Palace%20Moon", "behind"}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/api/v1/search?q=" .. queries[(i % #queries) + 1])
end
done = function(summary, latency, requests)
  io.write(string.format("   p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, %d requests, %.0f requests/s\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests, summary.requests / (summary.duration / 1e6)))
end
LUA
# Unmeasured: the server's caches fill as a running site's would (the copy made for publishing
# has just pushed much of the corpus out of the operating system's cache).
wrk -t1 -c1 -d5s -s "$WORK/search.lua" "http://127.0.0.1:$PORT" >/dev/null
echo "== search, one reader at a time (wrk -t1 -c1)"
wrk -t1 -c1 -d"$DURATION" -s "$WORK/search.lua" "http://127.0.0.1:$PORT" | tail -1
echo "== search, eight at once (wrk -t2 -c8)"
wrk -t2 -c8 -d"$DURATION" -s "$WORK/search.lua" "http://127.0.0.1:$PORT" | tail -1

# The first round reads the database's pages into the server's cache; crawlers come back all
# day, so the later rounds are the steady state.
for round in first second third; do
  start=$(date +%s.%N)
  curl -fs "http://127.0.0.1:$PORT/sitemap.xml" >"$WORK/sitemap.xml"
  count=1
  for part in $(grep -o 'http://[^<]*/sitemaps/[^<]*' "$WORK/sitemap.xml" | sed "s#^http://[^/]*##"); do
    curl -fs "http://127.0.0.1:$PORT$part" >/dev/null
    count=$((count + 1))
  done
  end=$(date +%s.%N)
  echo "== every sitemap file, $round round: $count files in $(echo "$end - $start" | bc) s"
done
echo "== resident memory: $(awk '/VmRSS/ {print $2, $3}' /proc/$SERVER/status)"
