#!/usr/bin/env bash
# npm run stop:cluster [-- --clean]: stops every piece of the loopback cluster (the app first,
# then the proxy, PgBouncer, Redis and PostgreSQL). --clean also deletes .data/cluster.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
export PATH="/usr/sbin:$PG_BIN:$PATH"

stop_pid() { # name [signal]
  local name=$1 pid
  pid=$(live_pid "$STATE/run/$name.pid") || { rm -f "$STATE/run/$name.pid"; return 0; }
  kill -TERM "$pid" 2>/dev/null
  for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
  rm -f "$STATE/run/$name.pid"
  log "stopped $name"
}

for name in haproxy web-1 web-2 realtime-1 realtime-2 partner-feed $(seq -f "worker-%g" 1 "$WORKERS"); do stop_pid "$name"; done
stop_pid pgbouncer
for name in sentinel-1 sentinel-2 sentinel-3 redis-replica redis-primary; do stop_pid "$name"; done
for dir in "$STATE/pg/replica" "$STATE/pg/primary"; do
  if [ -f "$dir/postmaster.pid" ]; then
    as_pg "$PG_BIN/pg_ctl" -D "$dir" -m fast -w stop >/dev/null 2>&1 && log "stopped postgres $(basename "$dir")"
  fi
done
if [ "${1:-}" = "--clean" ]; then
  rm -rf "$STATE"
  log "deleted $STATE"
fi
