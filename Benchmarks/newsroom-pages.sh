#!/usr/bin/env bash
# The newsroom's pages at the size of the discovery corpus: the article list (all, one state, a
# deep page), the editor, and saving a published article (which records its mentions, refreshes
# "You might like" and the search entry, and writes a revision). Signs in an editor with curl,
# then times each page with wrk (GET) or curl (saves). Needs: wrk, curl, python3, a release build,
# and the corpus Benchmarks/discovery.sh makes (Benchmarks/.corpus/hallyu-100000.sqlite), which is
# copied so the original stays as it is.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${HALLYU_BIN:-.build/release/hallyu}
CORPUS=${CORPUS:-Benchmarks/.corpus/hallyu-100000.sqlite}
PORT=${PORT:-8184}
DURATION=${DURATION:-10s}
WORK=$(mktemp -d)
cleanup() {
  [ -n "${SERVER:-}" ] && kill "$SERVER" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
[ -f "$CORPUS" ] || { echo "no corpus at $CORPUS: run Benchmarks/discovery.sh first" >&2; exit 1; }
cp "$CORPUS" "$WORK/hallyu.sqlite"
export DATABASE_URL="sqlite:$WORK/hallyu.sqlite" HALLYU_MEDIA_DIR="$WORK/media" LOG_LEVEL=warning
"$BIN" serve --env production --hostname 127.0.0.1 --port "$PORT" >"$WORK/server.log" 2>&1 &
SERVER=$!
B="http://127.0.0.1:$PORT"
for _ in $(seq 1 300); do curl -fs "$B/healthz" >/dev/null 2>&1 && break; sleep 0.2; done
printf 'benchmark password\n' | "$BIN" user add --email bench@news.test --name "Bench Editor" --role editor >/dev/null
JAR="$WORK/jar"
TOKEN=$(curl -s -c "$JAR" -b "$JAR" "$B/admin/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
curl -s -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "_csrf=$TOKEN" --data-urlencode "email=bench@news.test" \
  --data-urlencode "password=benchmark password" "$B/admin/login"
# curl writes HttpOnly cookies (the session) on lines starting "#HttpOnly_".
COOKIE=$(awk '(!/^#/ || /^#HttpOnly_/) && NF >= 7 {printf "%s=%s; ", $6, $7}' "$JAR")
echo "== articles: $(curl -s "$B/api/v1/articles?per=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])') published"
echo "== first newsroom page (builds the mention index): $(curl -s -o /dev/null -b "$JAR" -w '%{time_total} s' "$B/admin/articles/new")"
echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(date -u +%F)"
ID=$(curl -s -b "$JAR" "$B/admin/articles?status=published" | grep -o '/admin/articles/[0-9A-F-]*/edit' | sed -n 5p | cut -d/ -f4)
for path in "/admin/articles" "/admin/articles?status=published" "/admin/articles?page=2000" "/admin/articles/new" "/admin/articles/$ID/edit"; do
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $COOKIE" "$B$path")
  [ "$status" = 200 ] || { echo "GET $path answered $status, not 200" >&2; exit 1; }
  echo "== GET $path (wrk -t1 -c1)"
  wrk -t1 -c1 -d"$DURATION" --latency -H "Cookie: $COOKIE" "$B$path" | grep -E "Requests/sec|50%|90%|99%|Non-2xx"
done
echo "== saving a published article, 20 times (curl)"
curl -s -b "$JAR" "$B/admin/articles/$ID/edit" >"$WORK/edit.html"
python3 - "$WORK/edit.html" "$B/admin/articles/$ID/edit" "$JAR" <<'PY'
import html, re, statistics, subprocess, sys, time, urllib.parse
page = open(sys.argv[1]).read()
def value(pattern):
    found = re.search(pattern, page, re.S)
    return html.unescape(found.group(1)) if found else ""
fields = {name: value(r'<input id="%s" name="%s" value="([^"]*)"' % (name, name)) for name in ["title", "slug", "tags"]}
fields.update({name: value(r'<textarea id="%s" name="%s"[^>]*>(.*?)</textarea>' % (name, name)) for name in ["dek", "body", "subjects"]})
csrf = value(r'name="_csrf" value="([^"]*)"')
base = int(value(r'name="base" value="([^"]*)"') or 0)
times = []
for i in range(20):
    data = dict(fields, _csrf=csrf, base=str(base + i), action="save", body=fields["body"] + "\n\nAn added line %d." % i)
    start = time.time()
    code = subprocess.run(["curl", "-s", "-o", "/dev/null", "-w", "%{http_code}", "-b", sys.argv[3], "--data",
                           urllib.parse.urlencode(data), sys.argv[2]], capture_output=True, text=True).stdout
    times.append(time.time() - start)
    assert code == "303", "save %d answered %s" % (i, code)
times.sort()
print("   p50 %.1f ms, p95 %.1f ms, max %.1f ms" % (1000 * statistics.median(times), 1000 * times[18], 1000 * times[-1]))
PY
