/**
 * The content cache on disk: what loading one content file gave, one file per entry,
 *   <dir>/<key[0..2]>/<key>.bin = "MNC1" · header length (u32) · v8(header) · v8(body)
 * The header is the record without its body, the file's problems, the images it uses
 * and what the outcome depends on besides the file's own bytes; the body is read only
 * when a page asks for it (body.ts). An entry is named by its key (cached-loader.ts: a
 * hash of the file's bytes, its path and the pipeline version), so it is never updated
 * in place. It is written under a temporary name and renamed: a reader sees a whole
 * entry or none. Whatever cannot be read is a miss, logged once; whatever cannot be
 * written is logged once and only costs the next process a parse.
 */
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import type { BaseRecord } from './kind';
import { warnOnce } from './log-once';
import type { RenderedBody } from './markdown';
import type { ContentProblem } from './problems';

const MAGIC = Buffer.from('MNC1');
const PREFIX = MAGIC.length + 4;

/** A record as the cache keeps it: everything but the body, and whether the body places cases. */
export type StoredRecord = Omit<BaseRecord, 'body'> & { hasCasesMarker: boolean };

/** An image the file named, by its path in the content folder, and a hash of its bytes (null: missing). */
export interface ImageDependency {
  path: string;
  hash: string | null;
}

/** An image the record uses: its URL, its path in the content folder, its type. */
export interface StoredMedia {
  url: string;
  path: string;
  contentType: string;
}

export interface CacheEntry {
  key: string;
  /** Absent when the file has an error */
  record?: StoredRecord;
  problems: ContentProblem[];
  media: StoredMedia[];
  /** Every image the file named, found or not: the outcome changes when one does */
  images: ImageDependency[];
  /** The version of the content folder's rules, when the record used them (surest signs) */
  rules?: string;
}

function isCacheEntry(value: unknown, key: string): value is CacheEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry: { [field: string]: unknown } = { ...value };
  return (
    entry.key === key &&
    Array.isArray(entry.problems) &&
    Array.isArray(entry.media) &&
    Array.isArray(entry.images) &&
    (entry.record === undefined || (typeof entry.record === 'object' && entry.record !== null))
  );
}

function isRenderedBody(value: unknown): value is RenderedBody {
  if (typeof value !== 'object' || value === null) return false;
  const body: { [field: string]: unknown } = { ...value };
  return Array.isArray(body.segments) && typeof body.html === 'string' && typeof body.plainText === 'string';
}

/** Why a cache file is unusable, for the log. */
class Unreadable extends Error {}

export class FileCache {
  /** Recently read bodies: a page reads its body more than once while rendering. */
  private readonly recent = new Map<string, RenderedBody>();

  constructor(readonly dir: string) {}

  fileOf(key: string): string {
    return path.join(/*turbopackIgnore: true*/ this.dir, key.slice(0, 2), `${key}.bin`);
  }

  /** The entry's header, or undefined (missing, unreadable, or not this key's). */
  read(key: string): CacheEntry | undefined {
    return this.attempt(key, (fd, headerLength) => {
      const header: unknown = v8.deserialize(readExactly(fd, PREFIX, headerLength));
      if (!isCacheEntry(header, key)) throw new Unreadable('it holds another entry or an unknown shape');
      return header;
    });
  }

  /** The entry's rendered body, or undefined (missing or unreadable). */
  readBody(key: string): RenderedBody | undefined {
    const hit = this.recent.get(key);
    if (hit) return hit;
    const body = this.attempt(key, (fd, headerLength) => {
      const rest = fs.fstatSync(fd).size - PREFIX - headerLength;
      if (rest <= 0) throw new Unreadable('it has no body');
      const value: unknown = v8.deserialize(readExactly(fd, PREFIX + headerLength, rest));
      if (!isRenderedBody(value)) throw new Unreadable('its body has an unknown shape');
      return value;
    });
    if (body) {
      this.recent.set(key, body);
      if (this.recent.size > 64) this.recent.delete(this.recent.keys().next().value as string);
    }
    return body;
  }

  /** Store an entry (and the record's body); false when it could not be written. */
  write(entry: CacheEntry, body: RenderedBody | undefined): boolean {
    const file = this.fileOf(entry.key);
    const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    let created = false;
    try {
      const header = v8.serialize(entry);
      const length = Buffer.alloc(4);
      length.writeUInt32LE(header.length);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      created = true;
      fs.writeFileSync(temporary, Buffer.concat([MAGIC, length, header, ...(body ? [v8.serialize(body)] : [])]));
      fs.renameSync(temporary, file);
      return true;
    } catch (error) {
      if (created) fs.rmSync(temporary, { force: true });
      warnOnce(`write:${this.dir}`, `cannot write the content cache in ${this.dir} (${(error as Error).message}); content is parsed without it, and every new process parses again`);
      return false;
    }
  }

  /** Open the entry, check its prefix and run `use`; a missing file is a quiet miss, anything else a logged one. */
  private attempt<T>(key: string, use: (fd: number, headerLength: number) => T): T | undefined {
    const file = this.fileOf(key);
    let fd: number;
    try {
      fd = fs.openSync(file, 'r');
    } catch (error) {
      // No such entry (or no such folder: the write that fails will say why).
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') warnOnce(`read:${this.dir}`, `cannot read the content cache in ${this.dir} (${(error as Error).message}); parsing instead`);
      return undefined;
    }
    try {
      const prefix = readExactly(fd, 0, PREFIX);
      if (!prefix.subarray(0, MAGIC.length).equals(MAGIC)) throw new Unreadable('it is not a content cache file');
      // eslint-disable-next-line react-hooks/rules-of-hooks -- `use` is this reader's callback, not React's hook
      return use(fd, prefix.readUInt32LE(MAGIC.length));
    } catch (error) {
      warnOnce(`corrupt:${this.dir}`, `content cache file ${file} is unusable (${(error as Error).message}); parsing its content file again (further ones are not logged)`);
      return undefined;
    } finally {
      fs.closeSync(fd);
    }
  }
}

function readExactly(fd: number, position: number, length: number): Buffer {
  const bytes = Buffer.allocUnsafe(length);
  let read = 0;
  while (read < length) {
    const n = fs.readSync(fd, bytes, read, length - read, position + read);
    if (n === 0) throw new Unreadable('it is truncated');
    read += n;
  }
  return bytes;
}
