# Sourced by .ci/multi-instance and Benchmarks/two-instances.sh: starts, on loopback, a
# PostgreSQL primary with a streaming replica (pg_basebackup -R), the schema, the demo newsroom
# and an admin, two Hallyu instances (A and B) reading from the replica, and nginx balancing
# between them. Everything lives in one temporary folder ($WORK) that is removed, with every
# process started here, when the sourcing script exits. The sourcing script sets `set -euo
# pipefail` and runs from the repository's root; HALLYU_BIN names the binary (the debug build
# by default) and the MI_* variables move the ports.

PG_PORT=${MI_PG_PORT:-55432}
PG_PORT2=${MI_PG_PORT2:-55433}
PORT_A=${MI_PORT_A:-18081}
PORT_B=${MI_PORT_B:-18082}
LB_PORT=${MI_LB_PORT:-18080}
HALLYU_BIN=${HALLYU_BIN:-.build/debug/hallyu}
case $HALLYU_BIN in /*) ;; *) HALLYU_BIN="$PWD/$HALLYU_BIN" ;; esac

A="http://127.0.0.1:$PORT_A"
B="http://127.0.0.1:$PORT_B"
LB="http://127.0.0.1:$LB_PORT"
ADMIN_EMAIL=admin@news.test
ADMIN_PASSWORD='correct horse battery'

# ---------------------------------------------------------------------------------------------
# Packages

export DEBIAN_FRONTEND=noninteractive
need=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need+=(nginx)
command -v jq >/dev/null 2>&1 || need+=(jq)
command -v curl >/dev/null 2>&1 || need+=(curl)
command -v wrk >/dev/null 2>&1 || need+=(wrk)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n1)

if [ ! -x "$HALLYU_BIN" ]; then
  echo "multi-instance: no app binary at $HALLYU_BIN (set HALLYU_BIN)" >&2
  exit 1
fi

# Refuse to start over something already listening: the checks would talk to it instead.
for port in "$PG_PORT" "$PG_PORT2" "$PORT_A" "$PORT_B" "$LB_PORT"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "multi-instance: 127.0.0.1:$port is already in use" >&2
    exit 1
  fi
done

# ---------------------------------------------------------------------------------------------
# The temporary folder and its teardown

WORK=$(mktemp -d)
chmod 755 "$WORK" # the postgres user reaches its clusters through it
PRIMARY="$WORK/pg-primary"
REPLICA="$WORK/pg-replica"
MEDIA="$WORK/media"
mkdir -p "$PRIMARY/sock" "$REPLICA/sock" "$MEDIA" "$WORK/nginx" "$WORK/out"
chown -R postgres:postgres "$PRIMARY" "$REPLICA"

HALLYU_PIDS=()
NGINX_PID=""
PG_STARTED=()

teardown() {
  set +e
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null
  for pid in "${HALLYU_PIDS[@]}"; do kill "$pid" 2>/dev/null; done
  # serve drains for up to 10 seconds on SIGTERM; do not wait longer than that.
  for _ in $(seq 1 100); do
    alive=0
    for pid in "${HALLYU_PIDS[@]}" $NGINX_PID; do kill -0 "$pid" 2>/dev/null && alive=1; done
    [ $alive = 0 ] && break
    sleep 0.1
  done
  for pid in "${HALLYU_PIDS[@]}" $NGINX_PID; do kill -9 "$pid" 2>/dev/null; done
  for data in "${PG_STARTED[@]}"; do
    runuser -u postgres -- "$PGBIN/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1
  done
  if [ -n "${MI_KEEP_DIR:-}" ]; then echo "multi-instance: kept $WORK"; else rm -rf "$WORK"; fi
}
trap teardown EXIT

# ---------------------------------------------------------------------------------------------
# PostgreSQL: a primary and a streaming replica

pg_start() { # data-dir port socket-dir log
  # Listed first: a start that times out may leave a server running, which teardown must stop.
  PG_STARTED+=("$1")
  runuser -u postgres -- env PGPASSFILE="$WORK/pgpass" "$PGBIN/pg_ctl" -D "$1" -l "$4" -w -t 60 \
    -o "-p $2 -k $3" start >/dev/null
}
# psql as the superuser over the cluster's own socket: primary or replica, then psql arguments.
psql_on() {
  local sock port
  if [ "$1" = primary ]; then sock="$PRIMARY/sock" port=$PG_PORT; else sock="$REPLICA/sock" port=$PG_PORT2; fi
  shift
  runuser -u postgres -- psql -h "$sock" -p "$port" -U postgres -v ON_ERROR_STOP=1 -qtA "$@"
}

echo "== PostgreSQL primary on 127.0.0.1:$PG_PORT, replica on 127.0.0.1:$PG_PORT2"
REPL_PASSWORD=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
# The replica's base backup and its WAL receiver both read the password from here.
printf '127.0.0.1:%s:*:replicator:%s\n' "$PG_PORT" "$REPL_PASSWORD" >"$WORK/pgpass"
chown postgres:postgres "$WORK/pgpass"
chmod 600 "$WORK/pgpass"

runuser -u postgres -- "$PGBIN/initdb" -D "$PRIMARY/data" -U postgres -E UTF8 --locale=C.UTF-8 \
  --auth-local=trust --auth-host=scram-sha-256 >"$PRIMARY/initdb.log"
cat >>"$PRIMARY/data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
wal_level = replica
max_wal_senders = 5
max_connections = 300
fsync = off
EOF
# First matching line wins, so the replication line goes on top.
{ echo "host replication replicator 127.0.0.1/32 scram-sha-256"; cat "$PRIMARY/data/pg_hba.conf"; } \
  >"$PRIMARY/pg_hba.conf.new"
mv "$PRIMARY/pg_hba.conf.new" "$PRIMARY/data/pg_hba.conf"
chown postgres:postgres "$PRIMARY/data/pg_hba.conf"
pg_start "$PRIMARY/data" "$PG_PORT" "$PRIMARY/sock" "$PRIMARY/server.log"
psql_on primary -c "CREATE ROLE replicator REPLICATION LOGIN PASSWORD '$REPL_PASSWORD'" \
  -c "CREATE ROLE hallyu LOGIN PASSWORD 'hallyu'" -c "CREATE DATABASE hallyu OWNER hallyu"

runuser -u postgres -- env PGPASSFILE="$WORK/pgpass" "$PGBIN/pg_basebackup" -h 127.0.0.1 -p "$PG_PORT" \
  -U replicator -w -D "$REPLICA/data" -R -X stream >"$REPLICA/basebackup.log" 2>&1 || {
  cat "$REPLICA/basebackup.log" >&2
  exit 1
}
pg_start "$REPLICA/data" "$PG_PORT2" "$REPLICA/sock" "$REPLICA/server.log"

# The replica must be a standby, and must be receiving what the primary writes.
psql_on primary -d hallyu -c "CREATE TABLE replication_probe (token text)" \
  -c "INSERT INTO replication_probe VALUES ('probe-$$')"
replicated=no
for _ in $(seq 1 100); do
  if [ "$(psql_on replica -c 'SELECT pg_is_in_recovery()' 2>/dev/null)" = t ] &&
    [ "$(psql_on replica -d hallyu -c "SELECT count(*) FROM replication_probe WHERE token = 'probe-$$'" 2>/dev/null)" = 1 ]; then
    replicated=yes
    break
  fi
  sleep 0.2
done
if [ $replicated != yes ]; then
  echo "multi-instance: the replica did not catch up with the primary" >&2
  tail -n 20 "$REPLICA/server.log" >&2
  exit 1
fi
psql_on primary -d hallyu -c "DROP TABLE replication_probe"

# ---------------------------------------------------------------------------------------------
# The app: schema, demo newsroom, an admin, two instances

export DATABASE_URL="postgres://hallyu:hallyu@127.0.0.1:$PG_PORT/hallyu?sslmode=disable"
export DATABASE_READ_URLS="postgres://hallyu:hallyu@127.0.0.1:$PG_PORT2/hallyu?sslmode=disable"
export HALLYU_MEDIA_DIR="$MEDIA"
HALLYU_SECRET=$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n') # 64 characters
export HALLYU_SECRET
export HALLYU_TRUSTED_PROXIES=127.0.0.1
export HALLYU_PUBLIC_URL="$LB"
export LOG_LEVEL=notice

# The demo newsroom and an admin, once the instances have made the schema.
load_newsroom() {
  "$HALLYU_BIN" demo >"$WORK/demo.log" 2>&1 || { cat "$WORK/demo.log" >&2; exit 1; }
  printf '%s\n' "$ADMIN_PASSWORD" | "$HALLYU_BIN" user add --email "$ADMIN_EMAIL" --name Admin --role admin \
    >"$WORK/user.log" 2>&1 || { cat "$WORK/user.log" >&2; exit 1; }
}

# An instance stopped on purpose: teardown must not signal its number, which may be reused.
forget_instance() { # pid
  local kept=() pid
  for pid in "${HALLYU_PIDS[@]}"; do [ "$pid" = "$1" ] || kept+=("$pid"); done
  HALLYU_PIDS=("${kept[@]}")
}

start_instance() { # name port [serve options]
  "$HALLYU_BIN" serve --env production --hostname 127.0.0.1 --port "$2" "${@:3}" >>"$WORK/$1.log" 2>&1 &
  HALLYU_PIDS+=($!)
  printf -v "PID_$1" '%s' "$!"
}
wait_healthy() { # name port pid
  local deadline=$((SECONDS + 240)) # migrating an empty database comes first
  while [ $SECONDS -lt $deadline ]; do
    if ! kill -0 "$3" 2>/dev/null; then
      echo "multi-instance: instance $1 exited while starting" >&2
      tail -n 40 "$WORK/$1.log" >&2
      exit 1
    fi
    [ "$(curl -sS --max-time 10 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$2/healthz" 2>/dev/null)" = 200 ] && return 0
    sleep 0.5
  done
  echo "multi-instance: instance $1 did not answer /healthz with 200 within 240 s" >&2
  tail -n 40 "$WORK/$1.log" >&2
  exit 1
}

echo "== instances on 127.0.0.1:$PORT_A (A) and 127.0.0.1:$PORT_B (B), started together on an empty database"
# Both at the same moment on the empty database, each asked to migrate: one migrates under the
# advisory lock, the other waits for it, and both serve.
start_instance A "$PORT_A" --migrate
start_instance B "$PORT_B" --migrate
wait_healthy A "$PORT_A" "$PID_A"
wait_healthy B "$PORT_B" "$PID_B"
echo "== hallyu demo, user add"
load_newsroom

# ---------------------------------------------------------------------------------------------
# nginx in front of both

echo "== nginx on 127.0.0.1:$LB_PORT"
NG="$WORK/nginx"
mkdir -p "$NG/client_body" "$NG/proxy" "$NG/fastcgi" "$NG/uwsgi" "$NG/scgi"
cat >"$NG/nginx.conf" <<EOF
user root;
worker_processes 1;
daemon off;
pid $NG/nginx.pid;
error_log $NG/error.log warn;
events { worker_connections 256; }
http {
  # Which instance answered, its status and time: the benchmark's per-instance figures.
  log_format upstream '\$upstream_addr \$status \$upstream_response_time \$request_method';
  access_log $NG/access.log upstream;
  client_body_temp_path $NG/client_body;
  proxy_temp_path $NG/proxy;
  fastcgi_temp_path $NG/fastcgi;
  uwsgi_temp_path $NG/uwsgi;
  scgi_temp_path $NG/scgi;
  client_max_body_size 20m;

  upstream hallyu {
    server 127.0.0.1:$PORT_A max_fails=1 fail_timeout=5s;
    server 127.0.0.1:$PORT_B max_fails=1 fail_timeout=5s;
    keepalive 16; # reused connections, as a production balancer would keep them
  }
  server {
    listen 127.0.0.1:$LB_PORT;
    location / {
      proxy_pass http://hallyu;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header Host \$host;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      # Retries go to the other instance only for requests not sent yet: nginx never resends
      # a POST it has handed over, so a write is never made twice.
      proxy_next_upstream error timeout http_502;
    }
  }
}
EOF
"$NGINX" -p "$NG" -c "$NG/nginx.conf" -e "$NG/error.log" &
NGINX_PID=$!
for _ in $(seq 1 50); do
  [ "$(curl -sS --max-time 10 -o /dev/null -w '%{http_code}' "$LB/healthz" 2>/dev/null)" = 200 ] && break
  sleep 0.2
done
[ "$(curl -sS --max-time 10 -o /dev/null -w '%{http_code}' "$LB/healthz" 2>/dev/null)" = 200 ] || {
  echo "multi-instance: nginx does not answer" >&2
  cat "$NG/error.log" >&2
  exit 1
}
