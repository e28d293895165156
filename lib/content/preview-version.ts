/**
 * The editors' preview (`next dev`) reloads a page when a content file changes: this
 * is the cheap change detector it polls (app/api/dev/content-version) and the store
 * checks before answering. Paths, sizes and modification times only: it says whether
 * to look again, never what the content is (the content cache keys by bytes).
 */
import fs from 'node:fs';
import path from 'node:path';

/** Changes whenever a file in the folder is added, removed, renamed or edited. */
export function folderStamp(dir: string): string {
  const parts = fileStamps(dir).sort();
  return `${parts.length}:${hashOf(parts.join('\n'))}`;
}

/** path:size:mtime of every file in the folder, subfolders included. */
function fileStamps(dir: string): string[] {
  const parts: string[] = [];
  const walk = (folder: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      // Removed while being walked: it has no files. Anything else is a real problem.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
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
  if (fs.existsSync(dir)) walk(dir);
  return parts;
}

function hashOf(text: string): string {
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return (hash >>> 0).toString(36);
}
