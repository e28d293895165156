/**
 * The one place the site gets content from. The folder is read and validated once
 * per server process (or build worker) and kept in memory; requests never touch
 * the file system. Invalid content throws with every problem listed, so a build
 * fails with the same messages as `npm run content:check`.
 */
import path from 'node:path';
import { loadContent, hasErrors, type LoadResult } from './load';
import { ContentValidationError } from './problems';
import type { Content } from './records';

/** The content folder: `CONTENT_DIR` (relative to the project) or ./content. */
export function contentDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.CONTENT_DIR || 'content');
}

let cached: { dir: string; result: LoadResult } | undefined;

export function getContent(): Content {
  const dir = contentDir();
  if (!cached || cached.dir !== dir) cached = { dir, result: loadContent(dir) };
  if (hasErrors(cached.result)) throw new ContentValidationError(cached.result.problems);
  return cached.result.content;
}
