/**
 * What content `next build` prerendered its pages from, and when: written by the
 * build's first content load to <distDir>/content-build.json. A server starting later
 * compares it with the content it loads (publisher.ts): if files changed or a
 * scheduled record went public since, the prerendered pages are out of date and are
 * revalidated; otherwise they are served as built.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as z from 'zod';
import { settings } from '../site/config';
import { warnOnce } from './log-once';

const buildRecord = z.object({
  /** The content version (store.ts) the pages were rendered from */
  version: z.string(),
  /** When the build first loaded it: scheduled records released after this are not in the pages */
  loadedAt: z.number(),
});

export type BuildRecord = z.output<typeof buildRecord>;

function recordFile(): string {
  return path.join(/*turbopackIgnore: true*/ process.cwd(), settings().NEXT_DIST_DIR, 'content-build.json');
}

export function isBuilding(): boolean {
  return process.env.NEXT_PHASE === 'phase-production-build';
}

/** Note the build's content; the first build process to load it wins (the build empties the folder first). */
export function recordBuild(record: BuildRecord): void {
  const file = recordFile();
  if (readBuildRecord()?.version === record.version) return;
  try {
    fs.writeFileSync(file, JSON.stringify(record));
  } catch (error) {
    warnOnce('build-record', `cannot write ${file} (${(error as Error).message}); servers will revalidate every prerendered page once at start`);
  }
}

/** The build's record, or undefined (none, or unreadable: then nothing can be assumed about the pages). */
export function readBuildRecord(): BuildRecord | undefined {
  let text: string;
  try {
    text = fs.readFileSync(recordFile(), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') warnOnce('build-record-read', `cannot read ${recordFile()} (${(error as Error).message})`);
    return undefined;
  }
  const parsed = buildRecord.safeParse(JSON.parse(text));
  return parsed.success ? parsed.data : undefined;
}
