# Sourced by deploy/start.sh: the Redis that several instances share Next's page cache
# and its revalidations through (lib/shared-cache/).
#
#   REDIS_URL set                → the instances use it (several machines share one Redis)
#   NEXT_INSTANCES > 1, no URL   → a local Debian redis-server (installed with apt-get when
#                                  missing and running as root) on a socket in
#                                  $RUN_DIR/redis: a cache only, nothing saved to disk,
#                                  stopped with the rest
#   one instance, no URL         → no Redis: Next's own file-system cache
#
# REDIS_MAXMEMORY caps the local one (default 1gb); when full it drops the pages used
# least, never its bookkeeping (which has no expiry: volatile-lru).
# Killing the local redis-server does not stop the site: each instance serves from its own
# memory until it is back (`redis-server $RUN_DIR/redis/redis.conf` starts it again).

start_shared_cache() {
  if [ -n "${REDIS_URL:-}" ]; then
    echo "==> Instances share Next's cache through REDIS_URL"
    return
  fi
  [ "$NEXT_INSTANCES" -gt 1 ] || return 0
  if ! command -v redis-server >/dev/null 2>&1; then
    if [ "$(id -u)" -eq 0 ]; then
      echo "==> redis-server is missing: installing Debian's redis-server"
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server
    else
      echo "redis-server is missing: sudo apt-get install redis-server (or set REDIS_URL)" >&2
      exit 1
    fi
  fi
  local dir="$RUN_DIR/redis"
  mkdir -p "$dir"
  local socket="$dir/redis.sock"
  # A Unix socket path has at most 107 bytes.
  if [ "${#socket}" -gt 100 ]; then socket="$(mktemp -d)/redis.sock"; fi
  cat >"$dir/redis.conf" <<EOF
port 0
unixsocket $socket
unixsocketperm 700
save ""
appendonly no
dir $dir
pidfile $dir/redis.pid
logfile $dir/redis.log
maxmemory ${REDIS_MAXMEMORY:-1gb}
maxmemory-policy volatile-lru
EOF
  echo "==> redis-server on $socket (shared cache of $NEXT_INSTANCES instances)"
  rm -f "$dir/redis.pid"
  redis-server "$dir/redis.conf" &
  for _ in $(seq 1 100); do
    if [ "$(redis-cli -s "$socket" ping 2>/dev/null)" = PONG ]; then break; fi
    sleep 0.1
  done
  [ "$(redis-cli -s "$socket" ping 2>/dev/null)" = PONG ] || {
    echo "redis-server did not start: see $dir/redis.log" >&2
    exit 1
  }
  export REDIS_URL="unix://$socket"
  shared_cache_pidfile="$dir/redis.pid"
}

# Whichever redis-server holds the pid file now: the one started above, or one started again by hand.
stop_shared_cache() {
  if [ -n "${shared_cache_pidfile:-}" ] && [ -f "$shared_cache_pidfile" ]; then
    kill "$(cat "$shared_cache_pidfile")" 2>/dev/null || true
  fi
}
