/** Where content and its cache live, and whether this process is the editors' preview. */
import os from 'node:os';
import path from 'node:path';
import { settings } from '../site/config';

/** The content folder: `CONTENT_DIR` (relative to the project) or ./content. */
export function contentDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), settings().CONTENT_DIR);
}

/** `next dev`: drafts and scheduled items show, broken files are shown instead of failing. */
export function isPreview(): boolean {
  return process.env.NODE_ENV === 'development';
}

/**
 * The parsed-content cache: CONTENT_CACHE_DIR, else the user's cache folder
 * ($XDG_CACHE_HOME or ~/.cache). Outside the project on purpose: `next build` empties
 * its output folder and `npm ci` its node_modules, and a fresh clone on the same
 * machine should start warm. Entries are keyed by file bytes and pipeline version,
 * so clones and branches can share it; deleting it only costs a parse.
 */
export function contentCacheDir(): string | undefined {
  const { CONTENT_CACHE, CONTENT_CACHE_DIR } = settings();
  if (CONTENT_CACHE === 'off') return undefined;
  if (CONTENT_CACHE_DIR) return path.resolve(/*turbopackIgnore: true*/ process.cwd(), CONTENT_CACHE_DIR);
  const base = process.env.XDG_CACHE_HOME || path.join(/*turbopackIgnore: true*/ os.homedir(), '.cache');
  return path.join(/*turbopackIgnore: true*/ base, 'municipal-news-portal', 'content');
}
