/**
 * Loads content files through the content cache. A file is parsed again only when
 * its outcome could differ: its bytes, its path or the pipeline changed (the key), or
 * an image it names or the rules it used changed (checked on every load). Outcomes
 * are kept in memory between reloads of the same folder (live publishing re-reads
 * only what changed) and on disk between processes (file-cache.ts: a build's workers,
 * the next build, `next start`). Cross-record checks are never cached: loadContent
 * runs them over the whole set every time.
 */
import fs from 'node:fs';
import path from 'node:path';
import { bodyInMemory, type Body } from './body';
import type { FileCache, CacheEntry, ImageDependency, StoredRecord } from './file-cache';
import { digest, FileHashes } from './file-hashes';
import { shownPath } from './files';
import { readFrontMatter } from './front-matter';
import type { BaseRecord, ContentRules } from './kind';
import { parseEnvironment, type FileLoader, type FileToLoad, type LoadContext, type LoadedFile } from './load-kinds';
import { warnOnce } from './log-once';
import { readImageFile, type ImageReader } from './media';
import { parseFile, type LineOf } from './parse-file';

interface Remembered {
  loaded: LoadedFile;
  images: ImageDependency[];
  rules?: string;
}

/** The key of a file's outcome: what it is, where it is, its bytes, and the code that reads it. */
export function entryKey(pipeline: string, kind: string, shown: string, hash: string): string {
  return digest(`${pipeline}\n${kind}\n${shown}\n${hash}`);
}

/** An image path as dependencies name it: relative to the content folder, with forward slashes. */
function imagePath(contentDir: string, absolute: string): string {
  return path.relative(contentDir, absolute).split(path.sep).join('/');
}

export class CachedFileLoader implements FileLoader {
  private readonly hashes: FileHashes;
  private memory = new Map<string, Remembered>();
  private used = new Map<string, Remembered>();
  private passDigest: string[] = [];

  constructor(
    private readonly pipeline: string,
    /** The disk cache; without one, outcomes are only kept in memory */
    private readonly disk?: FileCache,
    now?: () => number,
  ) {
    this.hashes = new FileHashes(now);
  }

  load(request: FileToLoad, context: LoadContext): LoadedFile {
    const shown = shownPath(request.file);
    const hashed = this.hashes.of(request.file);
    if (!hashed) throw new Error(`${shown} disappeared while loading`);
    const key = entryKey(this.pipeline, request.kind, shown, hashed.hash);
    const remembered = this.fresh(this.memory.get(key), context) ?? this.fromDisk(key, request, context) ?? this.parse(key, request, context, hashed.bytes);
    this.used.set(key, remembered);
    this.passDigest.push(key, JSON.stringify(remembered.images), remembered.rules ?? '');
    return remembered.loaded;
  }

  /**
   * Ends a load of the whole folder: outcomes of files that were not loaded are
   * dropped from memory, and the digest of what was loaded (identical in every process
   * that loads the same files with the same code) is returned.
   */
  finishPass(): string {
    this.memory = this.used;
    this.used = new Map();
    this.hashes.forgetUnseen();
    const passDigest = digest(this.passDigest.join('\n'));
    this.passDigest = [];
    return passDigest;
  }

  /** The outcome if what it depends on besides the file is unchanged. */
  private fresh(remembered: Remembered | undefined, context: LoadContext): Remembered | undefined {
    if (!remembered) return undefined;
    if (remembered.rules !== undefined && remembered.rules !== context.rulesVersion) return undefined;
    for (const image of remembered.images) {
      if ((this.hashes.of(path.join(context.contentDir, image.path))?.hash ?? null) !== image.hash) return undefined;
    }
    return remembered;
  }

  private fromDisk(key: string, request: FileToLoad, context: LoadContext): Remembered | undefined {
    const entry = this.disk?.read(key);
    if (!entry) return undefined;
    const disk = this.disk as FileCache;
    const loaded: LoadedFile = {
      record: entry.record && withBody(entry.record, this.diskBody(disk, key, entry.record.hasCasesMarker, request, context)),
      problems: entry.problems,
      media: entry.media.map(({ url, path: file, contentType }) => [url, { file: path.join(context.contentDir, file), contentType }] as const),
      lineOf: linesFromFile(request.file),
    };
    return this.fresh({ loaded, images: entry.images, rules: entry.rules }, context);
  }

  private parse(key: string, request: FileToLoad, context: LoadContext, bytes: Buffer | undefined): Remembered {
    const images: ImageDependency[] = [];
    const read: ImageReader = (absolute) => {
      const found = this.hashes.of(absolute);
      images.push({ path: imagePath(context.contentDir, absolute), hash: found?.hash ?? null });
      return found ? (found.bytes ?? readImageFile(absolute)) : undefined;
    };
    let usedRules = false;
    const rules: ContentRules = {
      isSurestSign: (text) => {
        usedRules = true;
        return context.rules.isSurestSign(text);
      },
      // Every body is annotated from the glossary: reading it ties the outcome to the rules.
      get glossary() {
        usedRules = true;
        return context.rules.glossary;
      },
    };
    const source = (bytes ?? fs.readFileSync(request.file)).toString('utf8');
    const environment = { ...parseEnvironment(request.file, context, read), rules };
    const parsed = parseFile({ definition: request.definition, slug: request.slug, shown: shownPath(request.file), source }, environment);
    const rulesVersion = usedRules ? context.rulesVersion : undefined;
    const entry: CacheEntry = {
      key,
      record: parsed.record && stored(parsed.record),
      problems: parsed.problems,
      media: parsed.media.map(([url, media]) => ({ url, path: imagePath(context.contentDir, media.file), contentType: media.contentType })),
      images,
      rules: rulesVersion,
    };
    const written = this.disk?.write(entry, parsed.rendered) ?? false;
    const record =
      parsed.record && parsed.rendered && written
        ? withBody(stored(parsed.record), this.diskBody(this.disk as FileCache, key, parsed.rendered.hasCasesMarker, request, context))
        : parsed.record;
    return { loaded: { record, problems: parsed.problems, media: parsed.media, lineOf: parsed.lineOf }, images, rules: rulesVersion };
  }

  /** A body read from the cache file; should that go missing, the file is parsed again (logged once). */
  private diskBody(disk: FileCache, key: string, hasCasesMarker: boolean, request: FileToLoad, context: LoadContext): Body {
    return {
      hasCasesMarker,
      read: () => {
        const body = disk.readBody(key);
        if (body) return body;
        warnOnce(`body:${disk.dir}`, `a story body is missing from the content cache in ${disk.dir}; rendering it from its file again`);
        const source = fs.readFileSync(request.file, 'utf8');
        const rendered = parseFile({ definition: request.definition, slug: request.slug, shown: shownPath(request.file), source }, parseEnvironment(request.file, context)).rendered;
        if (!rendered) throw new Error(`${shownPath(request.file)} no longer loads; its page is served again once the content reloads`);
        return bodyInMemory(rendered).read();
      },
    };
  }
}

/** The record without its body, as the cache keeps it. */
function stored(record: BaseRecord): StoredRecord {
  const { body, ...fields } = record;
  return { ...fields, hasCasesMarker: body.hasCasesMarker };
}

function withBody(record: StoredRecord, body: Body): BaseRecord {
  const fields: Omit<StoredRecord, 'hasCasesMarker'> & { hasCasesMarker?: boolean } = { ...record };
  delete fields.hasCasesMarker;
  return { ...fields, body };
}

/** Front-matter lines for a record from the cache, read from its file only if a cross-record problem needs one. */
function linesFromFile(file: string): LineOf {
  let lineOf: LineOf | undefined;
  return (fieldPath) => {
    if (!lineOf) {
      const front = readFrontMatter(fs.readFileSync(file, 'utf8'));
      lineOf = front.ok ? front.lineOf : () => undefined;
    }
    return lineOf(fieldPath);
  };
}
