/**
 * The one place the site gets content from. In production the folder is read and
 * validated once per server process (or build worker) and kept in memory;
 * requests never touch the file system, and invalid content throws with every
 * problem listed, so a build fails with the same messages as `npm run content:check`.
 *
 * In development (`next dev`, the editors' preview) the folder is re-read when a
 * file changes, and a broken file does not take the site down: its record is left
 * out, and its problems are shown on every page (see components/DevContentProblems).
 *
 * Parsing is the expensive part (Markdown rendering: a few milliseconds a file, so
 * minutes for 100,000 stories), so in production it happens once per build:
 *   - once per process: the result is kept on globalThis, because a bundler may
 *     instantiate this module more than once in one process (route bundles);
 *   - once per build: the first process writes the result (content and problems,
 *     exactly as loadContent returned them) to <distDir>/content-cache/, keyed by a
 *     SHA-256 of every file's path, size and modification time; the build's other
 *     workers and `next start` read it instead of parsing. `next build` empties the
 *     dist folder (all but cache/) when it starts, so a cache never outlives the
 *     code that wrote it. CONTENT_CACHE=off turns the file off.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { settings } from '../site/config';
import { loadContent, hasErrors, type LoadResult } from './load';
import { ContentValidationError, type ContentProblem } from './problems';
import type { Content } from './records';
import { collectWarnings } from './warnings';
import type { RenderedBody } from './markdown';

/** The content folder: `CONTENT_DIR` (relative to the project) or ./content. */
export function contentDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), settings().CONTENT_DIR);
}

export function isPreview(): boolean {
  return process.env.NODE_ENV === 'development';
}

interface Cached {
  dir: string;
  version: string;
  result: LoadResult;
}

/** One per process, shared by every copy of this module the bundler made. */
const processCache = ((globalThis as { [key: symbol]: { current?: Cached } })[Symbol.for('municipal-news.content')] ??= {});

/** Changes whenever a file in the folder is added, removed, renamed or edited. */
export function contentVersion(dir = contentDir()): string {
  const parts = fileStamps(dir);
  return `${parts.length}:${hashOf(parts.sort().join('\n'))}`;
}

/** path:size:mtime of every file in the folder, subfolders included. */
function fileStamps(dir: string): string[] {
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
  return parts;
}

function hashOf(text: string): string {
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return (hash >>> 0).toString(36);
}

/** Bump when the cache files change shape (the dist folder is emptied by every build anyway). */
const CACHE_FORMAT = 2;

/** Where this folder's parsed content is cached (…/<key>.v8 and …/<key>.bodies), or undefined outside a production build or server. */
function cacheBase(dir: string): string | undefined {
  if (process.env.NODE_ENV !== 'production' || settings().CONTENT_CACHE === 'off') return undefined;
  const distDir = path.resolve(/*turbopackIgnore: true*/ process.cwd(), settings().NEXT_DIST_DIR);
  if (!fs.existsSync(distDir)) return undefined;
  const hash = crypto.createHash('sha256').update(`${CACHE_FORMAT}\n${dir}\n`);
  for (const stamp of fileStamps(dir).sort()) hash.update(`${stamp}\n`);
  return path.join(/*turbopackIgnore: true*/ distDir, 'content-cache', hash.digest('hex').slice(0, 32));
}

/** Where a story body lives in the bodies file. */
interface BodyRef {
  offset: number;
  length: number;
  hasCasesMarker: boolean;
}

/** The bodies file of one cache, read through a descriptor; recently read bodies are kept. */
class BodyFile {
  private readonly recent = new Map<number, RenderedBody>();

  /** `fd`: a descriptor already open on the file (it stays valid when the file is renamed). */
  constructor(
    private readonly file: string,
    private fd?: number,
  ) {}

  read(ref: BodyRef): RenderedBody {
    const hit = this.recent.get(ref.offset);
    if (hit) {
      this.recent.delete(ref.offset);
      this.recent.set(ref.offset, hit);
      return hit;
    }
    this.fd ??= fs.openSync(this.file, 'r');
    const bytes = Buffer.allocUnsafe(ref.length);
    fs.readSync(this.fd, bytes, 0, ref.length, ref.offset);
    const body = v8.deserialize(bytes) as RenderedBody;
    this.recent.set(ref.offset, body);
    if (this.recent.size > 64) this.recent.delete(this.recent.keys().next().value as number);
    return body;
  }
}

/** A story body read from the bodies file when a page uses it; hasCasesMarker stays in memory. */
class LazyBody implements RenderedBody {
  readonly hasCasesMarker: boolean;

  constructor(
    private readonly source: BodyFile,
    private readonly ref: BodyRef,
  ) {
    this.hasCasesMarker = ref.hasCasesMarker;
  }

  private get loaded(): RenderedBody {
    return this.source.read(this.ref);
  }
  get segments() {
    return this.loaded.segments;
  }
  get html() {
    return this.loaded.html;
  }
  get headings() {
    return this.loaded.headings;
  }
  get plainText() {
    return this.loaded.plainText;
  }
  get firstParagraph() {
    return this.loaded.firstParagraph;
  }
  toJSON(): RenderedBody {
    return { ...this.loaded, hasCasesMarker: this.hasCasesMarker };
  }
}

/** The cached LoadResult: records as loaded, with each story body replaced by its BodyRef. */
interface CacheFile {
  result: LoadResult;
}

function readCache(base: string): LoadResult | undefined {
  try {
    // Opened now: the process keeps its bodies even if the file is replaced or removed later.
    const fd = fs.openSync(`${base}.bodies`, 'r');
    const cached = v8.deserialize(fs.readFileSync(`${base}.v8`)) as CacheFile;
    const bodies = new BodyFile(`${base}.bodies`, fd);
    for (const story of cached.result.content.stories) story.body = new LazyBody(bodies, story.body as unknown as BodyRef);
    return cached.result;
  } catch {
    return undefined; // missing or unreadable: parse instead
  }
}

/**
 * Parses the folder, writing each story body to the bodies file as soon as it is
 * rendered (so even the parsing process never holds them all), then the rest.
 * Files are written under temporary names and renamed, the index last: a reader
 * sees a complete cache or none.
 */
function parseAndCache(dir: string, base: string): LoadResult {
  const temporary = `${base}.${process.pid}.tmp`;
  let fd: number | undefined;
  try {
    fs.mkdirSync(path.dirname(base), { recursive: true });
    fd = fs.openSync(`${temporary}.bodies`, 'w');
  } catch {
    return loadContent(dir); // a read-only or full disk only costs the next process a parse
  }
  const bodies = new BodyFile(`${base}.bodies`, fs.openSync(`${temporary}.bodies`, 'r'));
  const refs = new Map<LazyBody, BodyRef>();
  let offset = 0;
  let failed = false;
  const result = loadContent(dir, {
    keepBody: {
      story: (body) => {
        if (failed) return body;
        try {
          const bytes = v8.serialize(body);
          fs.writeSync(fd, bytes);
          const ref = { offset, length: bytes.length, hasCasesMarker: body.hasCasesMarker };
          offset += bytes.length;
          const lazy = new LazyBody(bodies, ref);
          refs.set(lazy, ref);
          return lazy;
        } catch {
          failed = true;
          return body;
        }
      },
    },
  });
  fs.closeSync(fd);
  const written = !failed && result.content.stories.every((story) => refs.has(story.body as LazyBody));
  if (!written) {
    // Keep what is in memory; put the bodies back so nothing points at an unwritten file.
    for (const story of result.content.stories) if (story.body instanceof LazyBody) story.body = story.body.toJSON();
    fs.rmSync(`${temporary}.bodies`, { force: true });
    return result;
  }
  try {
    const stories = result.content.stories.map((story) => ({ ...story, body: refs.get(story.body as LazyBody) as unknown as RenderedBody }));
    const index: CacheFile = { result: { ...result, content: { ...result.content, stories } } };
    fs.writeFileSync(`${temporary}.v8`, v8.serialize(index));
    fs.renameSync(`${temporary}.bodies`, `${base}.bodies`);
    fs.renameSync(`${temporary}.v8`, `${base}.v8`);
    // Other caches in the folder are left alone: another server may be reading one right
    // now (same build, other content), and `next build` empties the folder anyway.
  } catch {
    for (const story of result.content.stories) story.body = (story.body as LazyBody).toJSON();
    fs.rmSync(`${temporary}.bodies`, { force: true });
    fs.rmSync(`${temporary}.v8`, { force: true });
  }
  return result;
}

/** Production: the build's cache files, else parse (and write them). */
function loadOnce(dir: string): LoadResult {
  const base = cacheBase(dir);
  if (!base) return loadContent(dir);
  return readCache(base) ?? parseAndCache(dir, base);
}

function current(): LoadResult {
  const dir = contentDir();
  const preview = isPreview();
  // Production never re-reads: the version is only computed for previews.
  const version = preview ? contentVersion(dir) : '';
  const cached = processCache.current;
  if (!cached || cached.dir !== dir || (preview && cached.version !== version)) {
    processCache.current = { dir, version, result: preview ? loadContent(dir) : loadOnce(dir) };
  }
  return (processCache.current as Cached).result;
}

export function getContent(): Content {
  const result = current();
  if (hasErrors(result) && !isPreview()) throw new ContentValidationError(result.problems);
  return result.content;
}

/** Problems to show editors in the preview; always empty in production (a build with errors fails). */
export function previewProblems(): ContentProblem[] {
  if (!isPreview()) return [];
  const result = current();
  return [...result.problems, ...collectWarnings(result.content)];
}
