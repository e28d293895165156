import fs from 'node:fs';
import { defineConfig } from '@playwright/test';
import { E2E_CONTENT_DIR, E2E_DIST_DIR } from './tests/e2e/fixture-content';
import { SEED_CONTENT_PATH } from './tests/helpers/seed-content';

const port = Number(process.env.E2E_PORT || 3100);

// Debian's Chromium: `npx playwright install` cannot download browsers here.
// The flags keep it from reaching for the network at start.
export const chromiumLaunch = {
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};

// The tests read the same content folder the server was built from: the e2e fixture
// (tests/e2e/make-fixture-content.ts), else the frozen seed; never content/, which editors change.
process.env.CONTENT_DIR ||= fs.existsSync(E2E_CONTENT_DIR) ? E2E_CONTENT_DIR : SEED_CONTENT_PATH;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: chromiumLaunch,
  },
  webServer: {
    // The production server (server.ts, as `npm start`) on the build scripts/test-all.sh makes from the e2e content.
    command: `node_modules/.bin/tsx server.ts -p ${port} -H 127.0.0.1`,
    env: {
      NODE_ENV: 'production',
      CONTENT_DIR: process.env.CONTENT_DIR,
      NEXT_DIST_DIR: process.env.NEXT_DIST_DIR || E2E_DIST_DIR,
      ENABLE_TEST_CRASH_ROUTE: '1',
    },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
