#!/usr/bin/env bash
# Article page throughput: the release build of Hallyu serving the demo's lead article, against
# nginx serving the same HTML from a file, in one run on loopback. Prints wrk's summaries and the
# server's resident memory. Needs: wrk and nginx (Debian packages), a release build
# (`swift build -c release`).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${HALLYU_BIN:-.build/release/hallyu}
PORT=${PORT:-8181}
NGINX_PORT=${NGINX_PORT:-8182}
ARTICLE=${ARTICLE:-/articles/han-so-hee-and-song-kang-nevertheless}
DURATION=${DURATION:-10s}
WORK=$(mktemp -d)
cleanup() {
  [ -n "${SERVER:-}" ] && kill "$SERVER" 2>/dev/null || true
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

export DATABASE_URL="sqlite:$WORK/hallyu.sqlite" HALLYU_MEDIA_DIR="$WORK/media" LOG_LEVEL=warning
"$BIN" demo >/dev/null
"$BIN" serve --env production --hostname 127.0.0.1 --port "$PORT" >"$WORK/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 50); do curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break; sleep 0.2; done

mkdir -p "$WORK/www"
curl -fs "http://127.0.0.1:$PORT$ARTICLE" >"$WORK/www/article.html"
# nginx's workers run as an unprivileged user: let them read the page.
chmod 755 "$WORK" "$WORK/www"
chmod 644 "$WORK/www/article.html"
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

echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(date -u +%F)"
echo "== page size: $(wc -c <"$WORK/www/article.html") bytes"
echo "== hallyu $ARTICLE"
wrk -t2 -c64 -d"$DURATION" --latency "http://127.0.0.1:$PORT$ARTICLE" | grep -E "Requests/sec|Latency|99%|requests in|Non-2xx"
echo "== hallyu resident memory after the run: $(awk '/VmRSS/ {print $2, $3}' /proc/$SERVER/status)"
echo "== nginx, same HTML from a file"
wrk -t2 -c64 -d"$DURATION" --latency "http://127.0.0.1:$NGINX_PORT/article.html" | grep -E "Requests/sec|Latency|99%|requests in|Non-2xx"
