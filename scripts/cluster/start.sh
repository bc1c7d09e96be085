#!/usr/bin/env bash
# npm run start:cluster — the scale-out topology on one machine (loopback), from deploy/:
#   HAProxy :4400 → web ×2 (:4410, :4411) and realtime ×2 (:4420, :4421), workers ×2,
#   PgBouncer :55403 (transaction mode) → PostgreSQL primary :55401, streaming replica :55402,
#   Redis primary :55411 + replica :55412 + Sentinels :55421-55423.
# State (data directories, logs, pid files) lives in .data/cluster (git-ignored). Installs the
# Debian packages it needs when they are missing (as root). Idempotent: running pieces are kept.
# npm run stop:cluster stops everything (-- --clean also deletes the state).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$ROOT"

# --- packages ------------------------------------------------------------------------------
missing=()
command -v haproxy >/dev/null 2>&1 || [ -x /usr/sbin/haproxy ] || missing+=(haproxy)
command -v pgbouncer >/dev/null 2>&1 || [ -x /usr/sbin/pgbouncer ] || missing+=(pgbouncer)
command -v redis-sentinel >/dev/null 2>&1 || missing+=(redis-sentinel)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
[ -x "$PG_BIN/pg_basebackup" ] || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  [ "$(id -u)" = 0 ] || { echo "missing packages: ${missing[*]} (apt-get install them, or run as root)" >&2; exit 1; }
  log "installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq "${missing[@]}" >/dev/null
  PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
fi
export PATH="/usr/sbin:$PG_BIN:$PATH"

mkdir -p "$STATE/logs" "$STATE/run"
if [ "$(id -u)" = 0 ]; then
  install -d -o postgres -g postgres "$STATE/pg"
  chown postgres:postgres "$STATE/logs"
else
  mkdir -p "$STATE/pg"
fi

# --- PostgreSQL primary and streaming replica -----------------------------------------------
pg_up() { as_pg "$PG_BIN/pg_ctl" -D "$1" status >/dev/null 2>&1; }
pg_start() { pg_up "$1" || as_pg "$PG_BIN/pg_ctl" -D "$1" -l "$STATE/logs/$2.log" -w -t 60 start >/dev/null; }
psql_primary() { "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PRIMARY_PORT" -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }

primary="$STATE/pg/primary" replica="$STATE/pg/replica"
if [ ! -f "$primary/PG_VERSION" ]; then
  log "initdb primary"
  as_pg "$PG_BIN/initdb" -D "$primary" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  echo "include '$ROOT/deploy/postgres/primary.conf'" | as_pg tee -a "$primary/postgresql.conf" >/dev/null
fi
pg_start "$primary" pg-primary
psql_primary -d postgres -c "SELECT 1 FROM pg_database WHERE datname = 'swifteats'" | grep -q 1 ||
  psql_primary -d postgres -c "CREATE DATABASE swifteats"
# PgBouncer cannot pass statement_timeout at connect: the database sets it for every session.
psql_primary -d postgres -c "ALTER DATABASE swifteats SET statement_timeout = '15s'"

if [ ! -f "$replica/PG_VERSION" ]; then
  log "pg_basebackup replica"
  psql_primary -d postgres -c "SELECT pg_drop_replication_slot('replica1') FROM pg_replication_slots WHERE slot_name = 'replica1'" >/dev/null
  as_pg "$PG_BIN/pg_basebackup" -h 127.0.0.1 -p "$PG_PRIMARY_PORT" -U postgres -D "$replica" -R -X stream -S replica1 -C
  echo "include '$ROOT/deploy/postgres/replica.conf'" | as_pg tee -a "$replica/postgresql.conf" >/dev/null
fi
pg_start "$replica" pg-replica

# Schema and demo data, on the primary directly (the replica follows).
log "migrations and demo seed"
DATABASE_URL="postgresql://postgres@127.0.0.1:$PG_PRIMARY_PORT/swifteats" node_modules/.bin/tsx prisma/seed/index.ts >"$STATE/logs/seed.log" 2>&1 ||
  { cat "$STATE/logs/seed.log" >&2; exit 1; }

# --- PgBouncer ----------------------------------------------------------------------------
if ! live_pid "$STATE/run/pgbouncer.pid" >/dev/null; then
  # exec all the way down: the pid recorded is PgBouncer's own.
  (
    if [ "$(id -u)" = 0 ]; then
      exec setpriv --reuid=postgres --regid=postgres --init-groups -- setsid nohup pgbouncer "$ROOT/deploy/pgbouncer/pgbouncer.ini"
    else
      exec setsid nohup pgbouncer "$ROOT/deploy/pgbouncer/pgbouncer.ini"
    fi
  ) >>"$STATE/logs/pgbouncer.log" 2>&1 </dev/null &
  echo $! >"$STATE/run/pgbouncer.pid"
fi

# --- Redis primary, replica, three Sentinels ----------------------------------------------
# Redis and Sentinel rewrite their configuration files (a failover changes who replicates whom),
# so each runs on a copy in $STATE. With no Sentinel running the cluster starts afresh from
# deploy/'s files; otherwise a restarted Redis keeps the role the Sentinels last gave it.
fresh=1
for port in "${SENTINEL_PORTS[@]}"; do redis-cli -p "$port" ping >/dev/null 2>&1 && fresh=0; done
redis_start() { # name conf port
  local name=$1 conf=$2 port=$3
  redis-cli -p "$port" ping >/dev/null 2>&1 && return 0
  mkdir -p "$STATE/$name"
  [ "$fresh" = 1 ] || [ ! -f "$STATE/$name/redis.conf" ] && cp "$conf" "$STATE/$name/redis.conf"
  redis-server "$STATE/$name/redis.conf" --dir "$STATE/$name" --logfile "$STATE/logs/$name.log" --pidfile "$STATE/run/$name.pid"
}
redis_start redis-primary "$ROOT/deploy/redis/primary.conf" "$REDIS_PRIMARY_PORT"
redis_start redis-replica "$ROOT/deploy/redis/replica.conf" "$REDIS_REPLICA_PORT"
for i in 0 1 2; do
  port=${SENTINEL_PORTS[$i]} name="sentinel-$((i + 1))"
  if ! redis-cli -p "$port" ping >/dev/null 2>&1; then
    mkdir -p "$STATE/$name"
    [ "$fresh" = 1 ] || [ ! -f "$STATE/$name/sentinel.conf" ] && cp "$ROOT/deploy/redis/sentinel.conf" "$STATE/$name/sentinel.conf"
    redis-sentinel "$STATE/$name/sentinel.conf" --port "$port" --dir "$STATE/$name" \
      --logfile "$STATE/logs/$name.log" --pidfile "$STATE/run/$name.pid"
  fi
done

# --- the app: a production build, then web ×2, realtime ×2, workers ×2, partner feed ------
if [ ! -f .next/BUILD_ID ] || ! node_modules/.bin/tsx -e 'import { buildIsStale } from "./server/start/build-freshness.ts"; process.exit(buildIsStale() ? 1 : 0)'; then
  log "building the web app (next build)…"
  NEXT_TELEMETRY_DISABLED=1 node_modules/.bin/next build >"$STATE/logs/build.log" 2>&1 || { tail -40 "$STATE/logs/build.log" >&2; exit 1; }
fi
if node_modules/.bin/tsx -e 'import { serverBuildIsStale } from "./server/start/server-build.ts"; process.exit(serverBuildIsStale() ? 0 : 1)'; then
  log "compiling the server processes (esbuild)…"
  npm run --silent build:server >>"$STATE/logs/build.log" 2>&1 || { tail -40 "$STATE/logs/build.log" >&2; exit 1; }
fi
[ -f "$STATE/auth-secret" ] || head -c 32 /dev/urandom | base64 | tr -d '\n=' >"$STATE/auth-secret"

app_start() { # name entry (server/start/server-build.ts) [VAR=value…]
  local name=$1 entry=$2; shift 2
  live_pid "$STATE/run/$name.pid" >/dev/null && return 0
  (
    set -a
    source "$ROOT/deploy/cluster.env"
    set +a
    export NEXTAUTH_SECRET="$(cat "$STATE/auth-secret")" SERVICE_NAME="$name" "$@"
    # One node process per instance running its compiled bundle, so its pid is the instance's.
    exec setsid nohup node --enable-source-maps ".server-build/$entry.mjs" >>"$STATE/logs/$name.log" 2>&1 </dev/null
  ) &
  echo $! >"$STATE/run/$name.pid"
}
for i in 0 1; do
  app_start "web-$((i + 1))" web PORT="${WEB_PORTS[$i]}"
  app_start "realtime-$((i + 1))" realtime REALTIME_PORT="${REALTIME_PORTS[$i]}"
done
# Workers one after another: pg-boss creates its schema on first start, and two doing that at
# once deadlock (the loser exits). Afterwards they share the queue.
for i in $(seq 1 "$WORKERS"); do
  live_pid "$STATE/run/worker-$i.pid" >/dev/null && continue
  # Lines already in its log (none on a fresh cluster: no file yet, which must not stop the script).
  seen=0
  [ -f "$STATE/logs/worker-$i.log" ] && seen=$(wc -l <"$STATE/logs/worker-$i.log")
  app_start "worker-$i" worker
  for _ in $(seq 1 60); do tail -n +"$((seen + 1))" "$STATE/logs/worker-$i.log" 2>/dev/null | grep -q '"worker started"' && break; sleep 1; done
done
app_start partner-feed partner-feed

# --- HAProxy ------------------------------------------------------------------------------
if ! live_pid "$STATE/run/haproxy.pid" >/dev/null; then
  haproxy -c -q -f "$ROOT/deploy/haproxy/haproxy.cfg"
  haproxy -D -f "$ROOT/deploy/haproxy/haproxy.cfg" -p "$STATE/run/haproxy.pid"
fi

# --- everything answers? ------------------------------------------------------------------
log "waiting for every piece to answer"
if ! "$ROOT/scripts/cluster/status.sh" --wait "${CLUSTER_START_TIMEOUT:-180}"; then
  echo "the cluster did not come up; logs in $STATE/logs" >&2
  exit 1
fi
log "up: http://127.0.0.1:$PROXY_PORT (logs in $STATE/logs; npm run stop:cluster stops it)"
