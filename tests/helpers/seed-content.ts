/**
 * The frozen copy of the newspaper's content that tests read instead of content/.
 * content/ belongs to the editors and changes every day; a test that counted or
 * ranked it would fail on an editor's valid commit. content/ itself is covered by
 * `npm run content:check` (scripts/test-all.sh) alone.
 *
 * Resolved from the project root, not import.meta: Playwright loads this file as
 * CommonJS. vitest.config.mts points CONTENT_DIR at the same folder.
 */
import path from 'node:path';

/** The fixture folder, relative to the project root. */
export const SEED_CONTENT_PATH = 'tests/fixtures/seed-content';

/** The fixture folder as an absolute path (tests run from the project root). */
export const SEED_CONTENT_DIR = path.resolve(process.cwd(), SEED_CONTENT_PATH);
