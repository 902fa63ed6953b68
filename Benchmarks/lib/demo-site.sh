# Sourced by the load scripts (community-load.sh, soak.sh): the demo site on a release build,
# on a new SQLite file or a new PostgreSQL schema, and the helpers that ask it things. The
# caller sets BIN, BACKEND, PORT and B first; `site_prepare` makes $WORK and arranges that the
# server, any process listed in BACKGROUND, the schema and $WORK are gone when the script ends.

BACKGROUND=()

# site_prepare NAME: checks the build and the port, makes $WORK, and exports DATABASE_URL for
# BACKEND (with T, the prefix that names a table in SQL: the schema's, on PostgreSQL).
site_prepare() {
  [ -x "$BIN" ] || { echo "no executable at $BIN: swift build -c release --product hallyu" >&2; exit 1; }
  # Something else answering on the port would be measured instead of this server.
  if curl -s --max-time 2 -o /dev/null "$B/healthz"; then echo "something already answers on port $PORT; set PORT" >&2; exit 1; fi
  WORK=$(mktemp -d)
  SCHEMA=""
  trap site_cleanup EXIT
  case "$BACKEND" in
    sqlite)
      DATABASE_URL="sqlite:$WORK/hallyu.sqlite"
      T=""
      ;;
    postgres)
      command -v psql >/dev/null || { echo "psql is needed for BACKEND=postgres" >&2; exit 1; }
      : "${PG_URL:?set PG_URL, e.g. postgres://hallyu:hallyu@127.0.0.1:54329/hallyu?sslmode=disable}"
      # psql is given the URL without its query: the app's parameters are not all libpq's.
      PSQL_URL=${PG_URL%%\?*}
      SCHEMA="bench_$1_$$"
      psql "$PSQL_URL" -qX -v ON_ERROR_STOP=1 -c "CREATE SCHEMA $SCHEMA" >/dev/null
      case "$PG_URL" in
        *\?*) DATABASE_URL="$PG_URL&search_path=$SCHEMA" ;;
        *) DATABASE_URL="$PG_URL?search_path=$SCHEMA" ;;
      esac
      T="$SCHEMA."
      ;;
    *) echo "BACKEND must be sqlite or postgres" >&2; exit 1 ;;
  esac
  # The loopback is the trusted proxy, so X-Forwarded-For names each request's client.
  export DATABASE_URL HALLYU_TRUSTED_PROXIES=127.0.0.1 LOG_LEVEL=warning HALLYU_MEDIA_DIR="$WORK/media"
}

site_cleanup() {
  for pid in "${BACKGROUND[@]}"; do kill "$pid" 2>/dev/null || true; done
  if [ -n "${SERVER:-}" ]; then
    kill "$SERVER" 2>/dev/null || true
    # The schema cannot be dropped while the server still holds connections in it.
    for _ in $(seq 1 100); do kill -0 "$SERVER" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$SERVER" 2>/dev/null || true
    wait "$SERVER" 2>/dev/null || true
  fi
  if [ -n "${SCHEMA:-}" ]; then
    psql "$PSQL_URL" -qX -v ON_ERROR_STOP=1 -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE" >/dev/null \
      || echo "could not drop schema $SCHEMA" >&2
  fi
  rm -rf "$WORK"
}

# site_start: serves the demo (migrating and loading it first; on PostgreSQL that takes a while).
site_start() {
  "$BIN" serve --env production --demo --hostname 127.0.0.1 --port "$PORT" >"$WORK/server.log" 2>&1 &
  SERVER=$!
  for _ in $(seq 1 600); do
    curl -fs --max-time 2 "$B/healthz" >/dev/null 2>&1 && return 0
    kill -0 "$SERVER" 2>/dev/null || die "the server stopped while starting"
    sleep 0.2
  done
  die "the server did not answer /healthz within 120 s"
}

# editor_token EMAIL PASSWORD: adds an editor and prints a new API token of theirs.
editor_token() {
  printf '%s\n' "$2" | "$BIN" user add --email "$1" --name "Load Editor" --role editor >/dev/null
  local status
  status=$(call POST /api/v1/auth/tokens -H 'Content-Type: application/json' \
    -d "{\"email\":\"$1\",\"password\":\"$2\",\"name\":\"load\"}")
  [ "$status" = 201 ] || die "POST /api/v1/auth/tokens answered $status: $(head -c 300 "$WORK/answer")"
  json 'j["token"]' || die "no token in: $(head -c 300 "$WORK/answer")"
}

# call METHOD PATH [curl options]: prints the status; the body is left in $WORK/answer.
call() {
  local method=$1 path=$2
  shift 2
  curl -s -o "$WORK/answer" -w '%{http_code}' -X "$method" "$@" "$B$path"
}

# json EXPRESSION: evaluates EXPRESSION on the last answer's JSON (bound to `j`) and prints it.
json() {
  python3 -c 'import json, sys; j = json.load(open(sys.argv[1])); print(eval(sys.argv[2]))' "$WORK/answer" "$1"
}

server_log() {
  echo "   server log (last 20 lines):" >&2
  tail -20 "$WORK/server.log" | sed 's/^/   | /' >&2
}

die() {
  echo "$*" >&2
  [ -f "${WORK:-}/server.log" ] && server_log
  exit 1
}

machine() { echo "$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(date -u '+%F %H:%M') UTC"; }
