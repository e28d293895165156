#!/usr/bin/env bash
# Production on one machine: NEXT_INSTANCES × the portal's server (server.ts, Next's
# handler with brotli and sealed pages) on loopback behind nginx
# (deploy/nginx.conf: proxy cache for pages, pre-compressed static files).
#
#   npm ci && npm run build && bash deploy/start.sh      → http://127.0.0.1:8080/
#
# Settings (environment):
#   PORT            nginx's port on 127.0.0.1 (default 8080)
#   NEXT_PORT       first Next port (default 3000; instance i listens on NEXT_PORT+i)
#   NEXT_INSTANCES  how many server processes (default 1; stateless, so scale freely)
#   NEXT_DIST_DIR   the build to serve (default .next), CONTENT_DIR as for the build
#   RUN_DIR         nginx's pid, logs, temp files and page cache (default $NEXT_DIST_DIR/nginx)
#   REDIS_URL       the Redis the instances share Next's cache through; unset with
#                   NEXT_INSTANCES > 1: a local redis-server (deploy/redis.sh)
#
# Needs Debian's nginx (installed here with apt-get when missing and running as root);
# the `brotli` tool is optional (static files are then served as gzip only).
# Runs in the foreground; Ctrl-C or SIGTERM stops nginx and every Next instance.
set -euo pipefail
cd "$(dirname "$0")/.."
source deploy/redis.sh
export NODE_ENV=production NEXT_TELEMETRY_DISABLED=1

PORT="${PORT:-8080}"
NEXT_PORT="${NEXT_PORT:-3000}"
NEXT_INSTANCES="${NEXT_INSTANCES:-1}"
export NEXT_DIST_DIR="${NEXT_DIST_DIR:-.next}"
DIST="$(pwd)/$NEXT_DIST_DIR"
RUN_DIR="${RUN_DIR:-$DIST/nginx}"

if ! command -v nginx >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "==> nginx is missing: installing Debian's nginx"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx
  else
    echo "nginx is missing: sudo apt-get install nginx (optional: brotli)" >&2
    exit 1
  fi
fi
if [ ! -f "$DIST/BUILD_ID" ]; then
  echo "No build in $NEXT_DIST_DIR: run npm run build first (with the same NEXT_DIST_DIR and CONTENT_DIR)." >&2
  exit 1
fi

echo "==> Pre-compressing static files in $NEXT_DIST_DIR/static"
# Only what is missing or older than its source, so a restart is quick.
find "$DIST/static" -type f \( -name '*.js' -o -name '*.css' -o -name '*.json' -o -name '*.svg' -o -name '*.txt' \) -print0 |
  while IFS= read -r -d '' file; do
    [ "$file.gz" -nt "$file" ] || gzip -9 -k -f -n "$file"
    if command -v brotli >/dev/null 2>&1; then
      [ "$file.br" -nt "$file" ] || brotli -q 11 -k -f "$file"
    fi
  done
echo "==> Pre-compressing prerendered pages in $NEXT_DIST_DIR/server/app"
find "$DIST/server/app" -type f -name '*.html' -print0 |
  while IFS= read -r -d '' file; do
    [ "$file.gz" -nt "$file" ] || gzip -6 -k -f -n "$file"
  done
if ! command -v brotli >/dev/null 2>&1; then
  echo "    (brotli tool not installed: gzip only; apt-get install brotli adds .br files)"
  # Without .br twins, never rewrite to them.
  br_off=1
fi

mkdir -p "$RUN_DIR"
# nginx started as root runs its workers as an unprivileged user: they must reach the
# page cache and temp folders inside RUN_DIR (a mktemp -d folder is 0700).
chmod 755 "$RUN_DIR"
rm -rf "$RUN_DIR/page-cache" "$RUN_DIR/query-cache" # pages of an earlier build must never be served
# The headers Next adds to every page (lib/site/security-headers.ts), for the pages nginx sends itself.
node_modules/.bin/tsx -e "
import { STATIC_PAGE_HEADERS } from './lib/site/security-headers';
// Files nginx would send itself get Next's base policy, which runs no inline script: serving
// them needs each file's script hashes (see static_pages_off below).
for (const { key, value } of STATIC_PAGE_HEADERS) console.log('add_header ' + key + ' ' + JSON.stringify(value) + ' always;');
" >"$RUN_DIR/page-headers.conf" || {
  echo "    (could not read lib/site/security-headers.ts: every page goes through Next)" >&2
  : >"$RUN_DIR/page-headers.conf"
  static_pages_off=1
}
# How nginx sends a prerendered page: as Next would (same headers, gzip twin, cacheable).
cat >"$RUN_DIR/prerendered.conf" <<EOF
gzip_static on;
charset utf-8;
etag off;
include $RUN_DIR/page-headers.conf;
add_header Cache-Control "s-maxage=31536000" always;
add_header Vary "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch" always;
add_header X-Cache PRERENDERED always;
EOF
upstreams=""
for ((i = 0; i < NEXT_INSTANCES; i++)); do
  upstreams+="        server 127.0.0.1:$((NEXT_PORT + i)) max_fails=0;"$'\n'
done
sed -e "s#@RUN_DIR@#$RUN_DIR#g" -e "s#@DIST_DIR@#$DIST#g" -e "s#@PORT@#$PORT#g" deploy/nginx.conf |
  awk -v servers="$upstreams" '{ if ($0 == "@UPSTREAM_SERVERS@") printf "%s", servers; else print }' >"$RUN_DIR/nginx.conf"
if [ "$(id -u)" -eq 0 ]; then
  # Started as root, nginx runs its workers as an unprivileged user, which may not be
  # able to read a build inside a private home folder: run them as the build's owner.
  sed -i "1i user $(stat -c %U "$DIST") $(stat -c %G "$DIST");" "$RUN_DIR/nginx.conf"
fi
if [ "${br_off:-}" = 1 ]; then
  sed -i -e 's#"br";#"";#' "$RUN_DIR/nginx.conf"
fi
# Live publishing (lib/publish/publisher.ts): the servers apply content changes without a
# build, so the build's prerendered HTML files go out of date; every page goes through Next
# (and nginx's short page cache) instead of being sent from the build's files. Next (server.ts)
# also seals each page with its inline scripts' hashes (lib/server/seal-response.ts): sending
# the files again would need those hashes computed from the files here, per file, for nginx.
static_pages_off=1
if [ "${static_pages_off:-}" = 1 ]; then
  sed -i -e 's#"" ".html";#"" ".no-static-pages";#' "$RUN_DIR/nginx.conf"
fi
nginx -t -q -c "$RUN_DIR/nginx.conf" -p "$RUN_DIR" -e "$RUN_DIR/error.log"

pids=()
stop() {
  trap - INT TERM EXIT
  [ -f "$RUN_DIR/nginx.pid" ] && kill "$(cat "$RUN_DIR/nginx.pid")" 2>/dev/null || true
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  stop_shared_cache
  wait 2>/dev/null || true
}
trap stop INT TERM EXIT
start_shared_cache

for ((i = 0; i < NEXT_INSTANCES; i++)); do
  port=$((NEXT_PORT + i))
  echo "==> server.ts on 127.0.0.1:$port"
  node_modules/.bin/tsx server.ts -p "$port" -H 127.0.0.1 &
  pids+=("$!")
done
for ((i = 0; i < NEXT_INSTANCES; i++)); do
  port=$((NEXT_PORT + i))
  for _ in $(seq 1 600); do
    if curl -s -o /dev/null "http://127.0.0.1:$port/robots.txt"; then break; fi
    if ! kill -0 "${pids[$i]}" 2>/dev/null; then echo "server.ts on port $port exited" >&2; exit 1; fi
    sleep 0.2
  done
done

echo "==> nginx on http://127.0.0.1:$PORT/ (config: $RUN_DIR/nginx.conf)"
nginx -c "$RUN_DIR/nginx.conf" -p "$RUN_DIR" -e "$RUN_DIR/error.log" -g 'daemon off;' &
pids+=("$!")
wait -n "${pids[@]}"
