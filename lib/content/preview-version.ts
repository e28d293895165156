/**
 * The editors' preview (`next dev`) reloads a page when a content file changes: this
 * is the cheap change detector it polls (app/api/dev/content-version) and the store
 * checks before answering. Paths, sizes and modification times only: it says whether
 * to look again, never what the content is (the content cache keys by bytes).
 */
import fs from 'node:fs';
import path from 'node:path';
import { runNow, type Steps } from '../work/steps';

/** Changes whenever a file in the folder is added, removed, renamed or edited. */
export function folderStamp(dir: string): string {
  return runNow(folderStampSteps(dir));
}

/** Files looked at between two chances for the event loop to run (lib/work/steps.ts). */
const FILES_PER_STEP = 2048;

/** folderStamp, in steps: live publishing takes it of 100,000 files on a server that keeps answering. */
export function* folderStampSteps(dir: string): Steps<string> {
  const parts = yield* fileStamps(dir);
  parts.sort();
  return `${parts.length}:${hashOf(parts.join('\n'))}`;
}

/** path:size:mtime of every file in the folder, subfolders included. */
function* fileStamps(dir: string): Steps<string[]> {
  const parts: string[] = [];
  const folders = fs.existsSync(dir) ? [dir] : [];
  for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      // Removed while being walked: it has no files. Anything else is a real problem.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    for (const entry of entries) {
      const full = path.join(/*turbopackIgnore: true*/ folder, entry.name);
      if (entry.isDirectory()) folders.push(full);
      else {
        const stat = fs.statSync(full, { throwIfNoEntry: false });
        if (stat) parts.push(`${full}:${stat.size}:${stat.mtimeMs}`);
        if (parts.length % FILES_PER_STEP === 0) yield;
      }
    }
  }
  return parts;
}

function hashOf(text: string): string {
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return (hash >>> 0).toString(36);
}
