#!/usr/bin/env bash
# Everything the tests need, on a fresh machine, then every test: content check,
# linters, unit and integration (vitest), a production build, browser tests (Playwright in
# Debian's Chromium). Set SKIP_INSTALL=1 to reuse node_modules while iterating.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

if [ "${SKIP_INSTALL:-}" != 1 ]; then
  echo "==> npm ci (packages from package-lock.json)"
  npm ci --no-audit --no-fund
fi

# Debian's chromium for the browser tests, nginx for the production-topology test (deploy/),
# redis-server for the shared cache of several instances (lib/shared-cache/, deploy/redis.sh).
missing=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
command -v nginx >/dev/null 2>&1 || missing+=(nginx)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
if [ ${#missing[@]} -gt 0 ]; then
  echo "==> Installing Debian's ${missing[*]} (Playwright cannot download browsers here)"
  sudo_cmd=""
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}"
fi

reports=$(mktemp -d)
trap 'rm -rf "$reports"' EXIT

# content/ belongs to the editors: only this check reads it (and tests/unit/content-pack.test.ts,
# which asserts nothing about what is in it); every other test reads tests/fixtures/seed-content.
echo "==> Content check"
npm run --silent content:check

echo "==> Lint: ESLint, Prettier, knip (npm run lint)"
npm run --silent lint

echo "==> Unit and integration tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile.json="$reports/vitest.json"

echo "==> Production build of the e2e content (frozen seed in tests/fixtures/seed-content + paging fixtures + drafts)"
npx tsx tests/e2e/make-fixture-content.ts
CONTENT_DIR=.e2e-content NEXT_DIST_DIR=.next-e2e npx next build

echo "==> Browser tests (Playwright, Debian Chromium)"
PLAYWRIGHT_JSON_OUTPUT_NAME="$reports/playwright.json" CONTENT_DIR=.e2e-content NEXT_DIST_DIR=.next-e2e npx playwright test

node scripts/test-summary.mjs "$reports/vitest.json" "$reports/playwright.json"
