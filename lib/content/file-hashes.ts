/**
 * Hashes of files' bytes, remembered per process by their stat (size, times, inode)
 * so that a reload of 100,000 unchanged files does not read them all again. A stat is
 * trusted only for a file last changed well before it was hashed: file times are as
 * coarse as the kernel's tick, and a second write in the same tick with the same size
 * would otherwise look unchanged (git calls such entries "racily clean").
 */
import crypto from 'node:crypto';
import fs from 'node:fs';

/** Older than this when hashed, a file's stat identifies its bytes. */
const SETTLED_MS = 2_000;

export function digest(bytes: Buffer | string): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}

interface Known {
  stamp: string;
  hash: string;
}

export interface HashedFile {
  hash: string;
  /** The bytes, when they were read to hash them */
  bytes?: Buffer;
}

export class FileHashes {
  private known = new Map<string, Known>();
  private seen = new Set<string>();

  constructor(private readonly now: () => number = Date.now) {}

  /** The file's hash (and its bytes when read), or undefined when it is missing. */
  of(file: string): HashedFile | undefined {
    this.seen.add(file);
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (!stat?.isFile()) {
      this.known.delete(file);
      return undefined;
    }
    const stamp = `${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}:${stat.ino}`;
    const known = this.known.get(file);
    if (known?.stamp === stamp) return { hash: known.hash };
    const bytes = fs.readFileSync(file);
    const hash = digest(bytes);
    if (Math.max(stat.mtimeMs, stat.ctimeMs) < this.now() - SETTLED_MS) this.known.set(file, { stamp, hash });
    else this.known.delete(file);
    return { hash, bytes };
  }

  /** Forget files not asked about since the last call (deleted ones). */
  forgetUnseen(): void {
    for (const file of this.known.keys()) if (!this.seen.has(file)) this.known.delete(file);
    this.seen = new Set();
  }
}
