#!/usr/bin/env bash
# Reader pages from the page cache against nginx serving the very same bytes from files, in one
# run on loopback, page by page (Hallyu, then nginx). Prints wrk's summaries, the ratio of each
# pair and the server's resident memory. `HALLYU_CACHE_MB=0 Benchmarks/page-cache.sh` measures
# the same pages with the cache off (the cold path). Needs: wrk and nginx (Debian packages) and
# a release build (`swift build -c release --product hallyu`).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${HALLYU_BIN:-.build/release/hallyu}
PORT=${PORT:-8191}
NGINX_PORT=${NGINX_PORT:-8192}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-64}
PAGES=${PAGES:-"/articles/han-so-hee-and-song-kang-nevertheless / /people/song-kang /feed.xml"}
WORK=$(mktemp -d)
cleanup() {
  [ -n "${SERVER:-}" ] && kill "$SERVER" 2>/dev/null || true
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

export DATABASE_URL=${DATABASE_URL:-"sqlite:$WORK/hallyu.sqlite"} HALLYU_MEDIA_DIR="$WORK/media" LOG_LEVEL=warning
"$BIN" demo >/dev/null
"$BIN" serve --env production --hostname 127.0.0.1 --port "$PORT" >"$WORK/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break; sleep 0.2; done

# The bytes Hallyu answers, as files nginx serves with the same type.
mkdir -p "$WORK/www"
n=0
for page in $PAGES; do
  n=$((n + 1))
  curl -fs "http://127.0.0.1:$PORT$page" >"$WORK/www/page$n"
done
chmod 755 "$WORK" "$WORK/www"
chmod 644 "$WORK"/www/*
cat >"$WORK/nginx.conf" <<NGINX
worker_processes 2;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  default_type text/html;
  server { listen 127.0.0.1:$NGINX_PORT; root $WORK/www; }
}
NGINX
nginx -c "$WORK/nginx.conf"
sleep 0.5

summary() { grep -E "Requests/sec|Latency  |99%|requests in|Non-2xx|Socket errors"; }
rate() { awk '/Requests\/sec/ {print $2}'; }
echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(date -u +%F); cache ${HALLYU_CACHE_MB:-default} MB"
echo "== wrk -t2 -c$CONNECTIONS -d$DURATION --latency"
n=0
for page in $PAGES; do
  n=$((n + 1))
  echo "== $page ($(wc -c <"$WORK/www/page$n") bytes)"
  hallyu=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$PORT$page")
  echo "-- hallyu"; echo "$hallyu" | summary
  static=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$NGINX_PORT/page$n")
  echo "-- nginx, the same bytes from a file"; echo "$static" | summary
  echo "-- ratio: $(awk -v a="$(echo "$hallyu" | rate)" -v b="$(echo "$static" | rate)" 'BEGIN {printf "%.3f", a / b}')x nginx"
done
echo "== hallyu resident memory after the run: $(awk '/VmRSS/ {print $2, $3}' /proc/$SERVER/status)"
