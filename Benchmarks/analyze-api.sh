#!/usr/bin/env bash
# POST /api/v1/analyze (or, with ENDPOINT=preview, /api/v1/preview, which also renders the text as
# readers see it) with a 1,000-word article, against a knowledge base holding the demo and
# every name of ../shared/data (kpopnet.json and the Korean Wikipedia drama list): latency with
# one editor at a time and under load, the time the first request spends building the mention
# index, and the server's resident memory. Needs: wrk (Debian package), a release build
# (`swift build -c release --product hallyu`), and the shared data beside the project.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${HALLYU_BIN:-.build/release/hallyu}
DATA=${HALLYU_SHARED_DATA:-../shared/data}
PORT=${PORT:-8183}
DURATION=${DURATION:-15s}
ENDPOINT=${ENDPOINT:-analyze}
WORK=$(mktemp -d)
cleanup() {
  [ -n "${SERVER:-}" ] && kill "$SERVER" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

export DATABASE_URL="sqlite:$WORK/hallyu.sqlite" HALLYU_MEDIA_DIR="$WORK/media" LOG_LEVEL=warning
"$BIN" demo >/dev/null
echo "== import kpopnet: $( { /usr/bin/time -f '%e s' "$BIN" import kpopnet "$DATA/kpopnet/kpopnet.json" >/dev/null; } 2>&1 | tail -1)"
echo "== import kowiki-dramas: $( { /usr/bin/time -f '%e s' "$BIN" import kowiki-dramas "$DATA/maybes-dramadatabase/kowiki_dramas_with_cast.csv" >/dev/null; } 2>&1 | tail -1)"
"$BIN" serve --env production --hostname 127.0.0.1 --port "$PORT" >"$WORK/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 50); do curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break; sleep 0.2; done
echo "== resident memory before the index is built: $(awk '/VmRSS/ {print $2, $3}' /proc/$SERVER/status)"

# The first 1,000 words of the demo articles' bodies, as the analyze body.
python3 - "$WORK/body.json" <<'PY'
import glob, json, sys
bodies = []
for path in sorted(glob.glob("Sources/HallyuApp/Resources/Demo/articles/*.md")):
    text = open(path, encoding="utf-8").read()
    parts = text.split("\n---\n", 1)
    bodies.append(parts[1] if len(parts) > 1 else text)
words = " ".join(bodies).split(" ")
words = [w for w in words if w][:1000]
json.dump({"text": " ".join(words)}, open(sys.argv[1], "w"))
PY
cat >"$WORK/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local file = io.open("$WORK/body.json", "rb")
wrk.body = file:read("*a")
file:close()
LUA
URL="http://127.0.0.1:$PORT/api/v1/$ENDPOINT"
echo "== first request (builds the mention index): $(curl -s -o "$WORK/first.json" -w '%{time_total} s, HTTP %{http_code}' -H 'Content-Type: application/json' --data-binary @"$WORK/body.json" "$URL")"
python3 -c "import json,sys; d=json.load(open('$WORK/first.json')); print('== answer:', len(d['mentions']), 'mentions,', len(d['warnings']), 'warnings')"
echo "== resident memory with the index: $(awk '/VmRSS/ {print $2, $3}' /proc/$SERVER/status)"
echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(date -u +%F)"
echo "== one editor at a time (wrk -t1 -c1)"
wrk -t1 -c1 -d"$DURATION" --latency -s "$WORK/post.lua" "$URL" | grep -E "Requests/sec|Latency|50%|90%|99%|requests in|Non-2xx"
echo "== under load (wrk -t2 -c8)"
wrk -t2 -c8 -d"$DURATION" --latency -s "$WORK/post.lua" "$URL" | grep -E "Requests/sec|Latency|50%|90%|99%|requests in|Non-2xx"
echo "== resident memory after the runs: $(awk '/VmRSS/ {print $2, $3}' /proc/$SERVER/status)"
