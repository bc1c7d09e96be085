# Shared by start.sh, stop.sh and status.sh: where the loopback cluster keeps its state, and
# its ports (the same as in deploy/*; change both together).
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
STATE="${CLUSTER_DIR:-$ROOT/.data/cluster}"
PG_BIN="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}"
PG_PRIMARY_PORT=55401 PG_REPLICA_PORT=55402 PGBOUNCER_PORT=55403
REDIS_PRIMARY_PORT=55411 REDIS_REPLICA_PORT=55412 SENTINEL_PORTS=(55421 55422 55423)
PROXY_PORT=4400 WEB_PORTS=(4410 4411) REALTIME_PORTS=(4420 4421) WORKERS=2 PARTNER_FEED_PORT=4430

# PostgreSQL and PgBouncer refuse to run as root: as root, they run as the postgres user.
as_pg() {
  if [ "$(id -u)" = 0 ]; then setpriv --reuid=postgres --regid=postgres --init-groups -- "$@"; else "$@"; fi
}

log() { printf '[cluster] %s\n' "$*"; }

# pid from a pid file, if that process is alive.
live_pid() {
  local file=$1 pid
  [ -f "$file" ] || return 1
  pid=$(cat "$file" 2>/dev/null) || return 1
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && echo "$pid"
}
