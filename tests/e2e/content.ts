/** The content the server under test was built from, loaded the same way the site loads it. */
import path from 'node:path';
import { loadContent } from '../../lib/content/load';
import { SEED_CONTENT_DIR } from '../helpers/seed-content';

// playwright.config.ts sets CONTENT_DIR; never fall back to content/, which editors change.
export const { content } = loadContent(process.env.CONTENT_DIR ? path.resolve(process.env.CONTENT_DIR) : SEED_CONTENT_DIR);

export function published<T extends { draft?: boolean }>(records: readonly T[]): T[] {
  return records.filter((record) => !record.draft);
}
