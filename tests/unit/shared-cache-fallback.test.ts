/**
 * The shared page cache's fallback (lib/shared-cache/fallback-handler.ts) with a Redis
 * that can be switched off: pages keep being served from the process's own memory, the
 * outage is logged once, and revalidations made meanwhile reach Redis before it is used
 * again, so no page older than them comes back from it. The local cache is the
 * library's own (local-lru); Redis is a stand-in with redis-strings' semantics
 * (tests/integration/shared-cache-redis.test.ts runs the real one).
 */
import createLocalHandler from '@fortedigital/nextjs-cache-handler/local-lru';
import type { CacheHandlerValue, Handler } from '@fortedigital/nextjs-cache-handler/cache-handler.types';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FallbackHandler, PING_TIMEOUT_MS, RETRY_MS, TIMEOUT_MS } from '@/lib/shared-cache/fallback-handler';

const LAYOUT = '_N_T_/layout';
const NO_TAGS = { implicitTags: [] };

/** A page entry as the library stores it (Next types `kind` as a const enum, which isolated modules cannot name). */
function page(html: string, lastModified = Date.now()): CacheHandlerValue {
  return {
    lastModified,
    lifespan: null,
    tags: [LAYOUT, '_N_T_/news/layout'],
    value: { kind: 'APP_PAGE', html, rscData: undefined, status: 200, postponed: undefined, headers: {}, segmentData: undefined },
  } as CacheHandlerValue;
}

/** The HTML of a page entry. */
const html = (entry: CacheHandlerValue | null | undefined) => (entry?.value && 'html' in entry.value ? entry.value.html : undefined);

/** Redis as redis-strings uses it: entries by key, a revalidation deletes those with the tag; every call fails while it is down. */
class FakeRedis {
  down = false;
  /** Stopped, not gone: commands are taken and never answered (a hung server, a lost network) */
  hung = false;
  readonly entries = new Map<string, CacheHandlerValue>();
  readonly revalidated: string[] = [];
  calls = 0;

  /** `work`'s result, an ECONNREFUSED while down, or never while hung. */
  private answer<T>(work: () => T): Promise<T> {
    this.calls++;
    if (this.hung) return new Promise<T>(() => undefined);
    if (this.down) return Promise.reject(new Error('connect ECONNREFUSED /run/redis.sock'));
    return Promise.resolve(work());
  }

  readonly handler: Handler = {
    name: 'fake-redis',
    get: (key) => this.answer(() => this.entries.get(key) ?? null),
    set: (key, value) => this.answer(() => void this.entries.set(key, value)),
    revalidateTag: (tag) =>
      this.answer(() => {
        this.revalidated.push(tag);
        for (const [key, entry] of this.entries) if (entry.tags.includes(tag)) this.entries.delete(key);
      }),
  };

  ping = (): Promise<void> => this.answer(() => undefined);
}

let redis: FakeRedis;
let logs: string[];
let handler: FallbackHandler;

function start(): FallbackHandler {
  handler = new FallbackHandler({
    where: '/run/redis.sock',
    shared: redis.handler,
    ping: redis.ping,
    local: () => createLocalHandler(),
    log: (message) => void logs.push(message),
  });
  return handler;
}

/** Let the handler's retries run (fake timers: no real waiting). */
const retry = () => vi.advanceTimersByTimeAsync(RETRY_MS);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  redis = new FakeRedis();
  logs = [];
});

afterEach(() => {
  handler.close();
  vi.useRealTimers();
});

describe('the shared page cache with Redis up', () => {
  it('reads and writes Redis once it answers, and says so once', async () => {
    start();
    await retry();
    expect(handler.shared).toBe(true);
    await handler.set('/news/a', page('v1'));
    expect(html(redis.entries.get('/news/a'))).toBe('v1');
    expect(html(await handler.get('/news/a', NO_TAGS))).toBe('v1');
    await handler.revalidateTag(LAYOUT);
    expect(redis.revalidated).toEqual([LAYOUT]);
    expect(await handler.get('/news/a', NO_TAGS)).toBeNull();
    expect(logs).toEqual(["[shared-cache] Next's page cache is shared with every instance through Redis (/run/redis.sock)."]);
  });
});

describe('the shared page cache without Redis', () => {
  it('serves from the process’s own cache when Redis never answered, and logs it once', async () => {
    redis.down = true;
    start();
    await retry();
    for (let i = 0; i < 20; i++) {
      await handler.set(`/news/${i}`, page(`story ${i}`));
      expect(html(await handler.get(`/news/${i}`, NO_TAGS))).toBe(`story ${i}`);
      await retry();
    }
    expect(handler.shared).toBe(false);
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatch(/^\[shared-cache\] Redis \(\/run\/redis\.sock\) does not answer: connect ECONNREFUSED/);
  });

  it('falls back when Redis goes away mid-run, from a cache of its own that starts empty, and logs it once', async () => {
    start();
    await retry();
    await handler.set('/news/a', page('rendered while Redis was up'));
    redis.down = true;
    // The first failure is a miss (Next renders the page), not an error.
    expect(await handler.get('/news/a', NO_TAGS)).toBeNull();
    await handler.set('/news/a', page('rendered during the outage'));
    for (let i = 0; i < 20; i++) {
      expect(html(await handler.get('/news/a', NO_TAGS))).toBe('rendered during the outage');
      await retry();
    }
    expect(logs).toHaveLength(2);
    expect(logs[1]).toMatch(/^\[shared-cache\] Redis \(\/run\/redis\.sock\) failed: connect ECONNREFUSED .*own memory cache/);
  });

  it('does not wait for a Redis that takes commands and never answers: the request is served, the outage logged once', async () => {
    start();
    await retry();
    await handler.set('/news/a', page('rendered while Redis was up'));
    redis.hung = true;
    const answer = handler.get('/news/a', NO_TAGS);
    await vi.advanceTimersByTimeAsync(TIMEOUT_MS);
    expect(await answer).toBeNull();
    await handler.set('/news/a', page('rendered during the outage'));
    const revalidation = handler.revalidateTag(LAYOUT); // goes to the fallback at once
    await revalidation;
    expect(await handler.get('/news/a', NO_TAGS)).toBeNull();
    for (let i = 0; i < 10; i++) await vi.advanceTimersByTimeAsync(PING_TIMEOUT_MS + RETRY_MS);
    expect(handler.shared).toBe(false);
    expect(logs).toHaveLength(2);
    expect(logs[1]).toMatch(/failed: no answer within 1000 ms\. This server now serves from its own memory cache/);
    redis.hung = false;
    await vi.advanceTimersByTimeAsync(PING_TIMEOUT_MS + RETRY_MS);
    expect(handler.shared).toBe(true);
    expect(redis.revalidated).toEqual([LAYOUT]);
    expect(redis.entries.has('/news/a')).toBe(false);
  });

  it('honours revalidations in its own cache while Redis is away', async () => {
    redis.down = true;
    start();
    await retry();
    await handler.set('/news/a', page('before the change', Date.now() - 1000));
    await handler.revalidateTag(LAYOUT);
    expect(await handler.get('/news/a', NO_TAGS)).toBeNull();
  });
});

describe('Redis coming back', () => {
  it('gets the revalidations made without it before it is read again, so no older page comes back from it', async () => {
    start();
    await retry();
    await handler.set('/news/a', page('old story'));
    redis.down = true;
    await handler.revalidateTag(LAYOUT); // a publish during the outage
    await handler.revalidateTag(LAYOUT); // and its second pass: replayed once
    expect(redis.entries.has('/news/a')).toBe(true);
    redis.down = false;
    await retry();
    expect(redis.revalidated).toEqual([LAYOUT]);
    expect(redis.entries.has('/news/a')).toBe(false);
    expect(handler.shared).toBe(true);
    expect(await handler.get('/news/a', NO_TAGS)).toBeNull();
    expect(logs.at(-1)).toBe(
      '[shared-cache] Redis (/run/redis.sock) answers again; 1 revalidation made meanwhile replayed into it: pages are shared with every instance again.',
    );
  });

  it('leaves the outage’s own cache behind: pages are read from Redis again', async () => {
    start();
    await retry();
    redis.down = true;
    await handler.get('/news/a', NO_TAGS);
    await handler.set('/news/a', page('rendered during the outage'));
    redis.down = false;
    await retry();
    expect(await handler.get('/news/a', NO_TAGS)).toBeNull();
    await handler.set('/news/a', page('rendered after'));
    expect(html(redis.entries.get('/news/a'))).toBe('rendered after');
  });

  it('keeps retrying while Redis stays away, quietly', async () => {
    start();
    await retry();
    redis.down = true;
    await handler.get('/news/a', NO_TAGS);
    const before = redis.calls;
    for (let i = 0; i < 10; i++) await retry();
    expect(redis.calls - before).toBeGreaterThanOrEqual(10);
    expect(handler.shared).toBe(false);
    expect(logs).toHaveLength(2);
  });
});
