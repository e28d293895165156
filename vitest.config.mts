import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    // The content store defaults to ./content, which editors change daily: every test
    // that does not choose a folder itself reads the frozen seed copy instead
    // (SEED_CONTENT_DIR in tests/helpers/seed-content.ts; seed-content.test.ts checks they agree).
    // The content cache stays off: a test that wants it gives it a folder of its own.
    env: { CONTENT_DIR: fileURLToPath(new URL('tests/fixtures/seed-content', import.meta.url)), CONTENT_CACHE: 'off' },
  },
});
