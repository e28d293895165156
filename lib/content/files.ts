/** Files of the content folder, as the loader walks and names them. */
import fs from 'node:fs';
import path from 'node:path';

/** A path as problems show it: relative to where the command runs. */
export function shownPath(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

/** Every file under `folder`, subfolders included, hidden ones left out, sorted; none when it is missing. */
export function listFiles(folder: string): string[] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.'))
    .flatMap((entry) => {
      const full = path.join(/*turbopackIgnore: true*/ folder, entry.name);
      return entry.isDirectory() ? listFiles(full) : [full];
    })
    .sort();
}
