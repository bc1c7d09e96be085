#!/usr/bin/env bash
# npm run status:cluster [-- --wait SECONDS]: checks every piece of the loopback cluster and
# prints one line each; exits 0 only when all are healthy (with --wait: once they are, or 1
# when SECONDS pass first).
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
export PATH="/usr/sbin:$PG_BIN:$PATH"

wait_s=0
[ "${1:-}" = "--wait" ] && wait_s=${2:-120}

http_ok() { curl -fsS -o /dev/null --max-time 3 "$1"; }
sql() { psql -h 127.0.0.1 -p "$1" -U postgres -d swifteats -qAt -c "$2" 2>/dev/null; }

check_all() {
  local failed=0 line
  check() { # label command…
    local label=$1; shift
    if "$@" >/dev/null 2>&1; then line="ok    $label"; else line="DOWN  $label"; failed=1; fi
    lines+=("$line")
  }
  lines=()
  check "postgres primary :$PG_PRIMARY_PORT" bash -c "[ \"\$(psql -h 127.0.0.1 -p $PG_PRIMARY_PORT -U postgres -d swifteats -qAt -c 'SELECT pg_is_in_recovery()')\" = f ]"
  check "postgres replica :$PG_REPLICA_PORT (streaming)" bash -c "[ \"\$(psql -h 127.0.0.1 -p $PG_PRIMARY_PORT -U postgres -d swifteats -qAt -c \"SELECT count(*) FROM pg_stat_replication WHERE state = 'streaming'\")\" -ge 1 ] && [ \"\$(psql -h 127.0.0.1 -p $PG_REPLICA_PORT -U postgres -d swifteats -qAt -c 'SELECT pg_is_in_recovery()')\" = t ]"
  check "pgbouncer :$PGBOUNCER_PORT" sql "$PGBOUNCER_PORT" "SELECT 1"
  check "redis primary (sentinel's view)" bash -c "redis-cli -p ${SENTINEL_PORTS[0]} sentinel get-master-addr-by-name swifteats | head -1 | grep -q 127.0.0.1"
  for port in "${SENTINEL_PORTS[@]}"; do
    check "sentinel :$port (sees 2 sentinels, 1 replica)" bash -c "redis-cli -p $port sentinel master swifteats | paste - - | awk '\$1==\"num-other-sentinels\"{s=\$2} \$1==\"num-slaves\"{r=\$2} END{exit !(s>=2 && r>=1)}'"
  done
  for port in "${WEB_PORTS[@]}"; do check "web :$port /api/health" http_ok "http://127.0.0.1:$port/api/health"; done
  for port in "${REALTIME_PORTS[@]}"; do check "realtime :$port /health" http_ok "http://127.0.0.1:$port/health"; done
  for i in $(seq 1 "$WORKERS"); do check "worker-$i" live_pid "$STATE/run/worker-$i.pid"; done
  check "haproxy :$PROXY_PORT → web" http_ok "http://127.0.0.1:$PROXY_PORT/api/health"
  check "haproxy :$PROXY_PORT → realtime" http_ok "http://127.0.0.1:$PROXY_PORT/socket.io/?EIO=4&transport=polling"
  return $failed
}

deadline=$((SECONDS + wait_s))
while :; do
  if check_all; then printf '%s\n' "${lines[@]}"; exit 0; fi
  if [ $SECONDS -ge $deadline ]; then printf '%s\n' "${lines[@]}"; exit 1; fi
  sleep 2
done
