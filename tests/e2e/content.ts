/** The content the server under test was built from, loaded the same way the site loads it. */
import path from 'node:path';
import { loadContent } from '../../lib/content/load';

export const { content } = loadContent(path.resolve(process.env.CONTENT_DIR || 'content'));

export function published<T extends { draft?: boolean }>(records: readonly T[]): T[] {
  return records.filter((record) => !record.draft);
}
