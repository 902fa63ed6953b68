#!/usr/bin/env bash
# Readers at a busy moment: COMMENTS comments on one article, then VOTES votes in a poll on it,
# each sent by wrk over CONNECTIONS connections as fast as the server answers, from client
# addresses spread wide enough (X-Forwarded-For through a trusted proxy) that the per-address
# limits are not what is measured. Every request is counted by status, and afterwards the
# database must hold exactly the comments and votes the server accepted: a comment or vote lost
# or written twice under load fails the run, as does a 5xx, a socket error, or fewer than 95%
# of either accepted.
# Needs: wrk, curl, python3, a release build (`swift build -c release --product hallyu`), and
# sqlite3 or psql for the count.
# BACKEND=sqlite (default) uses a new file in a temporary folder; BACKEND=postgres uses a new
# schema in PG_URL (e.g. postgres://hallyu:hallyu@127.0.0.1:54329/hallyu?sslmode=disable),
# dropped at the end. COMMENTS, VOTES (10000 each), CONNECTIONS (64), THREADS (2), PORT (8186)
# and DURATION (120s, wrk's -d: an upper bound, since each phase ends once all its requests are
# answered) may be set in the environment.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${HALLYU_BIN:-.build/release/hallyu}
BACKEND=${BACKEND:-sqlite}
PORT=${PORT:-8186}
COMMENTS=${COMMENTS:-10000}
VOTES=${VOTES:-10000}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
DURATION=${DURATION:-120s}
LUA=Benchmarks/lua
B="http://127.0.0.1:$PORT"

for tool in wrk curl python3; do
  command -v "$tool" >/dev/null || { echo "$tool is needed" >&2; exit 1; }
done
for n in COMMENTS VOTES CONNECTIONS THREADS; do
  [[ ${!n} =~ ^[1-9][0-9]*$ ]] || { echo "$n must be a positive whole number" >&2; exit 1; }
done
# exact-posts.lua gives each thread its own block of client addresses, 64 blocks in all.
[ "$THREADS" -le 64 ] || { echo "THREADS must be 64 or fewer" >&2; exit 1; }
[ "$CONNECTIONS" -ge "$THREADS" ] || { echo "CONNECTIONS must be at least THREADS" >&2; exit 1; }
if [ "$BACKEND" = sqlite ]; then command -v sqlite3 >/dev/null || { echo "sqlite3 is needed to count the stored rows" >&2; exit 1; }; fi
. Benchmarks/lib/demo-site.sh
site_prepare community

# query SQL: one value from the database the server writes to, read beside it.
query() {
  if [ "$BACKEND" = sqlite ]; then
    sqlite3 -cmd ".timeout 10000" "$WORK/hallyu.sqlite" "$1"
  else
    psql "$PSQL_URL" -qtAX -v ON_ERROR_STOP=1 -c "$1"
  fi
}

echo "== machine: $(machine)"
echo "== backend: $BACKEND; $COMMENTS comments, then $VOTES votes; wrk -t$THREADS -c$CONNECTIONS"

site_start

status=$(call GET "/api/v1/articles?per=1")
[ "$status" = 200 ] || die "GET /api/v1/articles?per=1 answered $status"
SLUG=$(json 'j["items"][0]["slug"]') || die "no published article in: $(head -c 300 "$WORK/answer")"
echo "== article: $SLUG"

TOKEN=$(editor_token bench@news.test 'benchmark password')
status=$(call POST /api/v1/polls -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d "{\"question\":\"Who is the best on-screen couple of the year?\",\"options\":[\"A\",\"B\",\"C\",\"D\"],\"article\":\"$SLUG\"}")
[ "$status" = 201 ] || die "POST /api/v1/polls answered $status: $(head -c 300 "$WORK/answer")"
POLL=$(json 'j["id"]') || die "no poll id in: $(head -c 300 "$WORK/answer")"
OPTIONS=$(json '",".join(str(o["id"]) for o in j["options"])') || die "no option ids in: $(head -c 300 "$WORK/answer")"
[ "$(echo "$OPTIONS" | tr ',' '\n' | grep -c .)" = 4 ] || die "the poll came back with options $OPTIONS, not four"
echo "== poll: $POLL, options $OPTIONS"

# run_phase NAME TOTAL [VARIABLE=VALUE...]: runs Benchmarks/lua/NAME.lua for TOTAL POSTs and
# prints what it measured; its RESULT line is left in $WORK/NAME.out.
run_phase() {
  local name=$1 total=$2
  shift 2
  local done_dir="$WORK/$name.done"
  mkdir -p "$done_dir"
  echo "== $name: $total POSTs (wrk -t$THREADS -c$CONNECTIONS, at most $DURATION)"
  # An answer slower than 10 s counts as one of wrk's timeouts, so fails the run.
  env "$@" LOAD_TOTAL="$total" LOAD_THREADS="$THREADS" LOAD_DONE="$done_dir" \
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency -s "$LUA/$name.lua" "$B" \
    >"$WORK/$name.out" 2>&1 &
  WRK_PID=$!
  BACKGROUND+=("$WRK_PID")
  # wrk's main thread sleeps through the whole -d even once every thread has stopped; SIGINT
  # ends the sleep. It is sent again until wrk exits, in case the first came before wrk was
  # listening for it.
  while kill -0 "$WRK_PID" 2>/dev/null; do
    if [ "$(find "$done_dir" -type f | wc -l)" -ge "$THREADS" ]; then kill -INT "$WRK_PID" 2>/dev/null || true; fi
    sleep 0.05
  done
  local code=0
  wait "$WRK_PID" || code=$?
  WRK_PID=""
  if [ "$code" != 0 ] || ! grep -q '^RESULT ' "$WORK/$name.out"; then
    cat "$WORK/$name.out" >&2
    die "wrk failed for $name (exit status $code)"
  fi
  grep -E '^   [^ ]' "$WORK/$name.out"
}

# field PHASE KEY: one value from the phase's RESULT line.
field() {
  grep '^RESULT ' "$WORK/$1.out" | tr ' ' '\n' | sed -n "s/^$2=//p"
}

FAILED=0
# check DESCRIPTION TEST...: prints PASS or FAIL for the test (a `test` expression).
check() {
  local description=$1
  shift
  if test "$@"; then echo "PASS $description"; else echo "FAIL $description"; FAILED=1; fi
}

# The demo's own comments on the article are there before the run and are not counted.
COMMENTS_BEFORE=$(query "SELECT count(*) FROM ${T}comments WHERE article_id = (SELECT id FROM ${T}articles WHERE slug = '$SLUG')") \
  || die "could not count the article's comments before the run"
echo "== comments on the article before the run: $COMMENTS_BEFORE"
run_phase comments "$COMMENTS" LOAD_SLUG="$SLUG"
run_phase votes "$VOTES" LOAD_POLL="$POLL" LOAD_OPTIONS="$OPTIONS"

echo "== checks"
# Rows are counted only now: every POST has been answered, so every accepted one is written.
# A count that cannot be read ("?") fails its check below rather than ending the script here.
STORED_COMMENTS=$(query "SELECT count(*) - $COMMENTS_BEFORE FROM ${T}comments WHERE article_id = (SELECT id FROM ${T}articles WHERE slug = '$SLUG')") \
  || STORED_COMMENTS="?"
if [ "$BACKEND" = sqlite ]; then
  # Ids are written as text; a 16-byte blob would match by its hex instead.
  POLL_MATCH="(upper(poll_id) = upper('$POLL') OR hex(poll_id) = upper(replace('$POLL', '-', '')))"
else
  POLL_MATCH="lower(poll_id::text) = lower('$POLL')"
fi
STORED_VOTES=$(query "SELECT count(*) FROM ${T}poll_votes WHERE $POLL_MATCH") || STORED_VOTES="?"

for phase in comments votes; do
  posted=$(field $phase posted)
  answered=$(field $phase answered)
  total=$([ $phase = comments ] && echo "$COMMENTS" || echo "$VOTES")
  if [ $phase = comments ]; then
    # 202: accepted and held for a moderator; it is stored all the same.
    accepted=$(($(field $phase s201) + $(field $phase s202)))
    stored=$STORED_COMMENTS
  else
    accepted=$(field $phase s201)
    stored=$STORED_VOTES
  fi
  echo "   $phase: RESULT $(grep '^RESULT ' "$WORK/$phase.out" | cut -d' ' -f2-)"
  check "$phase: $posted of $total POSTs sent" "$posted" -eq "$total"
  check "$phase: $answered of $posted answered" "$answered" -eq "$posted"
  check "$phase: $accepted of $total accepted (95% needed)" $((100 * accepted)) -ge $((95 * total))
  check "$phase: $(field $phase s5xx) answers 5xx" "$(field $phase s5xx)" -eq 0
  check "$phase: $(field $phase errors) socket errors" "$(field $phase errors)" -eq 0
  check "$phase: $stored stored, $accepted accepted" "$stored" = "$accepted"
done

status=$(call GET "/api/v1/polls/$POLL")
check "GET /api/v1/polls/$POLL answers $status after the votes" "$status" = 200
if [ "$status" = 200 ]; then
  # A reader who has not voted (no cookie here) is shown no totals.
  echo "   the poll's total as this reader sees it: $(json 'j.get("totalVotes", "not shown")')"
fi
if kill -0 "$SERVER" 2>/dev/null; then alive=yes; else alive=no; fi
check "the server is still running" "$alive" = yes
echo "== server resident memory: $(awk '/VmRSS/ {print $2, $3}' "/proc/$SERVER/status" 2>/dev/null || echo unknown)"

if [ "$FAILED" != 0 ]; then
  server_log
  echo "FAIL community load ($BACKEND)"
  exit 1
fi
echo "PASS community load ($BACKEND)"
