/**
 * The one place the site gets content from. In production the folder is read and
 * validated once per server process (or build worker) and kept in memory;
 * requests never touch the file system, and invalid content throws with every
 * problem listed, so a build fails with the same messages as `npm run content:check`.
 *
 * In development (`next dev`, the editors' preview) the folder is re-read when a
 * file changes, and a broken file does not take the site down: its record is left
 * out, and its problems are shown on every page (see components/DevContentProblems).
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadContent, hasErrors, type LoadResult } from './load';
import { ContentValidationError, type ContentProblem } from './problems';
import type { Content } from './records';

/** The content folder: `CONTENT_DIR` (relative to the project) or ./content. */
export function contentDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.CONTENT_DIR || 'content');
}

export function isPreview(): boolean {
  return process.env.NODE_ENV === 'development';
}

let cached: { dir: string; version: string; result: LoadResult } | undefined;

/** Changes whenever a file in the folder is added, removed, renamed or edited. */
export function contentVersion(dir = contentDir()): string {
  const parts: string[] = [];
  const walk = (folder: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(/*turbopackIgnore: true*/ folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const stat = fs.statSync(full, { throwIfNoEntry: false });
        if (stat) parts.push(`${full}:${stat.size}:${stat.mtimeMs}`);
      }
    }
  };
  walk(dir);
  return `${parts.length}:${hashOf(parts.sort().join('\n'))}`;
}

function hashOf(text: string): string {
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return (hash >>> 0).toString(36);
}

function current(): LoadResult {
  const dir = contentDir();
  const preview = isPreview();
  // Production never re-reads: the version is only computed for previews.
  const version = preview ? contentVersion(dir) : '';
  if (!cached || cached.dir !== dir || (preview && cached.version !== version)) {
    cached = { dir, version, result: loadContent(dir) };
  }
  return cached.result;
}

export function getContent(): Content {
  const result = current();
  if (hasErrors(result) && !isPreview()) throw new ContentValidationError(result.problems);
  return result.content;
}

/** Problems to show editors in the preview; always empty in production (a build with errors fails). */
export function previewProblems(): ContentProblem[] {
  return isPreview() ? current().problems : [];
}
