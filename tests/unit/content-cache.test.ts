/**
 * The content cache (lib/content/cached-loader.ts over lib/content/file-cache.ts),
 * tested directly: each "process" is a new loader over the same cache folder. What
 * comes out of the cache must equal what parsing gives; anything wrong with the cache
 * is a parse, logged once, never a wrong or missing record.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { CachedFileLoader, entryKey } from '@/lib/content/cached-loader';
import { FileCache } from '@/lib/content/file-cache';
import { digest } from '@/lib/content/file-hashes';
import { shownPath } from '@/lib/content/files';
import { loadContent, type LoadResult } from '@/lib/content/load';
import { pipelineSources, versionFromSources } from '@/lib/content/pipeline-version';
import { resetWarnings } from '@/lib/content/log-once';
import { editValid, makeContent } from '../helpers/content-fixture';

const PIPELINE = 'pipeline-a';
const PHOTO = path.join(process.cwd(), 'tests/fixtures/images/community-hall.jpg');
/** A 1×1 PNG: another image, other bytes. */
const DOT = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  resetWarnings();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => warn.mockRestore());

/** A content folder whose story has a lead image and a repeated tag (a warning). */
function content(): string {
  const dir = makeContent({
    ...editValid('stories/sample-story.md', 'tags: [反诈]', 'tags: [反诈, 反诈]\nimage:\n  src: ../images/photo.jpg\n  alt: 社区服务中心外景'),
  });
  fs.mkdirSync(path.join(dir, 'images'));
  fs.copyFileSync(PHOTO, path.join(dir, 'images', 'photo.jpg'));
  return dir;
}

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'content-cache-'));
}

/** One process's load of the folder through the cache. */
function load(dir: string, cacheDir: string, pipeline = PIPELINE): LoadResult {
  const loader = new CachedFileLoader(pipeline, new FileCache(cacheDir));
  const result = loadContent(dir, { files: loader });
  loader.finishPass();
  return result;
}

/** Everything loaded, as data: bodies read, images listed. */
function asData({ content, problems }: LoadResult) {
  const records = <T extends { body: { read(): unknown } }>(list: readonly T[]) => list.map((record) => ({ ...record, body: record.body.read() }));
  return { stories: records(content.stories), cases: records(content.cases), scamTypes: records(content.scamTypes), media: [...content.media], problems };
}

function entries(cacheDir: string): string[] {
  if (!fs.existsSync(cacheDir)) return [];
  return fs.readdirSync(cacheDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.bin'));
}

function keyOf(dir: string, kind: string, file: string, pipeline = PIPELINE): string {
  const full = path.join(dir, file);
  return entryKey(pipeline, kind, shownPath(full), digest(fs.readFileSync(full)));
}

/** Rewrite a cache entry's record title: a record that shows it came from the cache. */
function tamper(cacheDir: string, key: string, title: string): void {
  const cache = new FileCache(cacheDir);
  const entry = cache.read(key);
  const body = cache.readBody(key);
  if (!entry?.record) throw new Error('no entry to tamper with');
  expect(cache.write({ ...entry, record: Object.assign({}, entry.record, { title }) }, body)).toBe(true);
}

const titleOf = (result: LoadResult) => result.content.stories[0]?.title;

/** A new folder loaded once through a new cache: its entries written, and what parsing gives. */
function primedCache() {
  const dir = content();
  const cacheDir = tempDir();
  const truth = asData(load(dir, cacheDir));
  return { dir, cacheDir, cache: new FileCache(cacheDir), truth };
}

describe('content cache', () => {
  it('round trip: a new process gets the same records, problems, images and bodies from the cache, without parsing', () => {
    const dir = content();
    const cacheDir = tempDir();
    const truth = asData(loadContent(dir));
    expect(truth.problems.map((problem) => problem.severity)).toEqual(['warning']); // the repeated tag
    expect(asData(load(dir, cacheDir))).toEqual(truth);
    expect(entries(cacheDir)).toHaveLength(3);

    expect(asData(load(dir, cacheDir))).toEqual(truth);
    tamper(cacheDir, keyOf(dir, 'story', 'stories/sample-story.md'), '来自缓存');
    expect(titleOf(load(dir, cacheDir))).toBe('来自缓存');
    expect(entries(cacheDir)).toHaveLength(3);
    expect(warn).not.toHaveBeenCalled();
  });

  it('a changed file is the only one parsed again, in a new process and in a running one', () => {
    const dir = content();
    const cacheDir = tempDir();
    const running = new CachedFileLoader(PIPELINE, new FileCache(cacheDir));
    loadContent(dir, { files: running });
    running.finishPass();
    const before = new Set(entries(cacheDir));
    tamper(cacheDir, keyOf(dir, 'story', 'stories/sample-story.md'), '来自缓存');

    fs.writeFileSync(path.join(dir, 'cases/sample-case.md'), fs.readFileSync(path.join(dir, 'cases/sample-case.md'), 'utf8').replace('示例案例', '改过的案例'));
    const reloaded = loadContent(dir, { files: running });
    running.finishPass();
    expect(reloaded.content.cases[0]?.title).toBe('改过的案例');
    const added = entries(cacheDir).filter((name) => !before.has(name));
    expect(added).toEqual([path.join(keyOf(dir, 'case', 'cases/sample-case.md').slice(0, 2), `${keyOf(dir, 'case', 'cases/sample-case.md')}.bin`)]);

    const fresh = load(dir, cacheDir);
    expect(fresh.content.cases[0]?.title).toBe('改过的案例');
    expect(titleOf(fresh)).toBe('来自缓存'); // the story was not parsed again
    expect(entries(cacheDir)).toHaveLength(4);
  });

  it('a corrupt or truncated cache file is a miss: logged once, parsed again, rewritten', () => {
    const { dir, cacheDir, cache, truth } = primedCache();
    const storyKey = keyOf(dir, 'story', 'stories/sample-story.md');
    const caseKey = keyOf(dir, 'case', 'cases/sample-case.md');
    fs.writeFileSync(cache.fileOf(storyKey), 'not a cache file');
    const whole = fs.readFileSync(cache.fileOf(caseKey));
    fs.writeFileSync(cache.fileOf(caseKey), whole.subarray(0, whole.length / 2));

    expect(asData(load(dir, cacheDir))).toEqual(truth);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/content cache file .* is unusable/);
    expect(cache.read(storyKey)?.record?.slug).toBe('sample-story');
    expect(cache.read(caseKey)?.record?.slug).toBe('sample-case');
  });

  it('a stale key is never served: an entry under another key, or the entry of a file since edited', () => {
    const { dir, cacheDir, cache, truth } = primedCache();
    const storyKey = keyOf(dir, 'story', 'stories/sample-story.md');
    // An entry copied under another key's name (a botched sync, a hash collision) is not that key's.
    fs.copyFileSync(cache.fileOf(keyOf(dir, 'case', 'cases/sample-case.md')), cache.fileOf(storyKey));
    expect(cache.read(storyKey)).toBeUndefined();
    expect(asData(load(dir, cacheDir))).toEqual(truth);

    tamper(cacheDir, storyKey, '旧版本的缓存');
    const storyFile = path.join(dir, 'stories/sample-story.md');
    const original = fs.readFileSync(storyFile, 'utf8');
    fs.writeFileSync(storyFile, original.replace('title: 示例稿件', 'title: 新标题'));
    expect(titleOf(load(dir, cacheDir))).toBe('新标题');
    // Back to the old bytes, back to the old entry.
    fs.writeFileSync(storyFile, original);
    expect(titleOf(load(dir, cacheDir))).toBe('旧版本的缓存');
  });

  it('a failed write: everything loads, bodies stay in memory, the failure is logged once', () => {
    const dir = content();
    const blocker = path.join(tempDir(), 'a-file');
    fs.writeFileSync(blocker, '');
    const cacheDir = path.join(blocker, 'cache'); // under a file: cannot be created
    expect(asData(load(dir, cacheDir))).toEqual(asData(loadContent(dir)));
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/cannot write the content cache/);
  });

  it('a pipeline change parses everything again, and leaves the other pipeline’s entries alone', () => {
    const { dir, cacheDir, truth } = primedCache();
    tamper(cacheDir, keyOf(dir, 'story', 'stories/sample-story.md'), '旧流水线的缓存');
    expect(asData(load(dir, cacheDir, 'pipeline-b'))).toEqual(truth);
    expect(entries(cacheDir)).toHaveLength(6);
    expect(titleOf(load(dir, cacheDir))).toBe('旧流水线的缓存');
  });

  it('a replaced image or changed rules parse again the records that used them', () => {
    const dir = content();
    const cacheDir = tempDir();
    const cache = new FileCache(cacheDir);
    const entryBytes = (kind: string, file: string) => fs.readFileSync(cache.fileOf(keyOf(dir, kind, file)));
    const first = load(dir, cacheDir);
    const before = first.content.stories[0]?.image;
    expect(before).toMatchObject({ width: 960, height: 540 });
    const caseEntry = entryBytes('case', 'cases/sample-case.md');

    // Same Markdown, same key: the entry is parsed again and rewritten.
    fs.writeFileSync(path.join(dir, 'images', 'photo.jpg'), DOT);
    const replaced = load(dir, cacheDir);
    expect(replaced.content.stories[0]?.image).toMatchObject({ width: 1, height: 1 });
    expect(replaced.content.stories[0]?.image?.url).not.toBe(before?.url);
    expect([...replaced.content.media.keys()]).toEqual([replaced.content.stories[0]?.image?.url]);
    expect(asData(replaced)).toEqual(asData(loadContent(dir)));
    expect(entryBytes('case', 'cases/sample-case.md')).toEqual(caseEntry);
    const storyEntry = entryBytes('story', 'stories/sample-story.md');

    // The case's red flag 对方要求转账 becomes one of the surest signs. Every body is annotated
    // from the glossary, so every record depends on the rules and is parsed again.
    expect(replaced.content.cases[0]?.flags[0]?.antiIntervention).toBe(false);
    fs.appendFileSync(path.join(dir, 'surest-signs.yml'), '    - 要求转账\n');
    const ruled = load(dir, cacheDir);
    expect(ruled.content.cases[0]?.flags[0]?.antiIntervention).toBe(true);
    expect(asData(ruled)).toEqual(asData(loadContent(dir)));
    expect(fs.existsSync(cache.fileOf(keyOf(dir, 'case', 'cases/sample-case.md')))).toBe(true);
    expect(storyEntry.length).toBeGreaterThan(0);
  });

  it('a body gone from the cache is rendered from its file again, logged once', () => {
    const dir = content();
    const cacheDir = tempDir();
    const loaded = load(dir, cacheDir);
    const expected = loadContent(dir).content.stories[0]?.body.read();
    fs.rmSync(cacheDir, { recursive: true });
    expect(loaded.content.stories[0]?.body.read()).toEqual(expected);
    expect(loaded.content.cases[0]?.body.read().plainText).toBe('案例经过。');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/missing from the content cache/);
  });
});

describe('pipeline version', () => {
  /** A copy of the loader's sources and the lock file, to edit. */
  function copyOfSources(): string {
    const root = tempDir();
    for (const file of [...pipelineSources(process.cwd()), 'package-lock.json', 'lib/search/rank.ts']) {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.copyFileSync(path.join(process.cwd(), file), path.join(root, file));
    }
    return root;
  }

  it('covers the loader, the Markdown pipeline, the schemas and the cache itself', () => {
    const sources = pipelineSources(process.cwd());
    for (const file of ['lib/content/load.ts', 'lib/content/markdown.ts', 'lib/content/schema.ts', 'lib/content/kinds.ts', 'lib/content/file-cache.ts']) {
      expect(sources).toContain(file);
    }
    expect(sources).not.toContain('lib/search/rank.ts');
  });

  it('changes with any of its sources or a locked package, and with nothing else', () => {
    const root = copyOfSources();
    const version = versionFromSources(root);
    fs.appendFileSync(path.join(root, 'lib/search/rank.ts'), '\n// unrelated\n');
    expect(versionFromSources(root)).toBe(version);
    fs.appendFileSync(path.join(root, 'lib/content/markdown.ts'), '\n// a pipeline change\n');
    const changed = versionFromSources(root);
    expect(changed).not.toBe(version);
    fs.appendFileSync(path.join(root, 'package-lock.json'), ' ');
    expect(versionFromSources(root)).not.toBe(changed);
  });
});
