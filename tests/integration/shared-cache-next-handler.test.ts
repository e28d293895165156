/**
 * The class Next loads as its cacheHandler (lib/shared-cache/next-cache-handler.ts), on a
 * redis-server of its own, called the way Next's incremental cache calls it: an entry
 * comes back with the lifetime it was stored with (so another instance serves it as the
 * one that rendered it), and a route handler's entry carries the tags of its
 * x-next-cache-tags header (fortedigital/nextjs-cache-handler#231), so revalidatePath
 * reaches it.
 */
import path from 'node:path';
import type { CacheHandler } from '@fortedigital/nextjs-cache-handler';
import { nodeFs } from 'next/dist/server/lib/node-fs-methods';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { testRedis, until, type TestRedis } from '../helpers/redis-server';

type Value = Parameters<CacheHandler['set']>[1];

let redis: TestRedis;
let handler: CacheHandler;
/** An answer from Redis, not from the fallback: the handler's keys are in it. */
const stored = (key: string) => redis.cli('EXISTS', `municipal-news:unbuilt:${key}`) === '1';

beforeAll(async () => {
  redis = testRedis();
  await redis.start();
  vi.stubEnv('REDIS_URL', redis.url);
  const { default: SharedCacheHandler } = await import('@/lib/shared-cache/next-cache-handler');
  // As Next's server makes it; the build folder is not needed (no build: keys say "unbuilt").
  handler = new SharedCacheHandler({ fs: nodeFs, serverDistDir: path.join(redis.socket, '..', 'server'), revalidatedTags: [], _requestHeaders: {} });
});

afterAll(() => {
  vi.unstubAllEnvs();
  redis.remove();
});

/** Stores until the entry is in Redis (the process uses its own memory until Redis first answers). */
async function store(key: string, value: Value, ctx: Parameters<CacheHandler['set']>[2]): Promise<void> {
  await until(async () => (await handler.set(key, value, ctx), stored(key)), `${key} to reach Redis`);
}

// Next types `kind` as a const enum, which isolated modules cannot name.
const page = {
  kind: 'APP_PAGE',
  html: '<p>story</p>',
  rscData: Buffer.from('rsc'),
  status: 200,
  postponed: undefined,
  segmentData: undefined,
  headers: { 'x-next-cache-tags': '_N_T_/layout,_N_T_/news/layout,_N_T_/news/story' },
} as Value;
const feed = {
  kind: 'APP_ROUTE',
  body: Buffer.from('<rss/>'),
  status: 200,
  headers: { 'content-type': 'application/rss+xml', 'x-next-cache-tags': '_N_T_/layout,_N_T_/feed.xml/layout,_N_T_/feed.xml/route,_N_T_/feed.xml' },
} as Value;

describe('the shared cacheHandler', () => {
  it('gives an entry back with the lifetime it was stored with', async () => {
    const cacheControl = { revalidate: 60, expire: 3600 };
    await store('/news/story', page, { cacheControl });
    const entry = await handler.get('/news/story', { kind: 'APP_PAGE', isFallback: false } as Parameters<CacheHandler['get']>[1]);
    expect(entry?.cacheControl).toEqual(cacheControl);
    expect(entry?.value && 'html' in entry.value && entry.value.html).toBe('<p>story</p>');
  });

  it('drops a route handler’s entry when its path is revalidated', async () => {
    await store('/feed.xml', feed, { cacheControl: { revalidate: false, expire: undefined } });
    await handler.revalidateTag('_N_T_/layout');
    expect(stored('/feed.xml')).toBe(false);
    expect(stored('/news/story')).toBe(false);
  });
});
