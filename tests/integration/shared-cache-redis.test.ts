/**
 * Two "instances" (two clients, each with the library's redis-strings handler behind
 * lib/shared-cache/fallback-handler.ts) on a real Debian redis-server, on a Unix socket of
 * their own: what one stores or revalidates the other sees; when redis-server is killed
 * both keep answering from their own memory and log it once; when it starts again (empty,
 * as deploy/redis.sh runs it) both use it again. Cut off from a Redis that keeps its
 * entries, a revalidation one of them made meanwhile reaches Redis before either reads it
 * again. Polls with deadlines, no timing assertions.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import type { CacheHandlerValue } from '@fortedigital/nextjs-cache-handler/cache-handler.types';
import createLocalHandler from '@fortedigital/nextjs-cache-handler/local-lru';
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FallbackHandler } from '@/lib/shared-cache/fallback-handler';
import { connectRedis, ping, type SharedRedis } from '@/lib/shared-cache/redis-client';
import { testRedis, until, type TestRedis } from '../helpers/redis-server';

const LAYOUT = '_N_T_/layout';
const NO_TAGS = { implicitTags: [] };

let redis: TestRedis;
let socket = '';
const redisAnswers = () => redis.cli('ping') === 'PONG';

interface Instance {
  client: SharedRedis;
  handler: FallbackHandler;
  logs: string[];
}

function instance(): Instance {
  const client = connectRedis(`unix://${socket}`);
  const logs: string[] = [];
  const handler = new FallbackHandler({
    where: socket,
    shared: createRedisHandler({ client, keyPrefix: 'test:', timeoutMs: 1_000 }),
    ping: () => ping(client),
    local: () => createLocalHandler(),
    log: (message) => void logs.push(message),
  });
  return { client, handler, logs };
}

/** A page entry as the library stores it (Next types `kind` as a const enum, which isolated modules cannot name). */
function page(html: string): CacheHandlerValue {
  return {
    lastModified: Date.now(),
    lifespan: null,
    tags: [LAYOUT, '_N_T_/news/layout'],
    value: { kind: 'APP_PAGE', html, rscData: Buffer.from(`rsc of ${html}`), status: 200, postponed: undefined, headers: {}, segmentData: undefined },
  } as CacheHandlerValue;
}

/** The HTML of a page entry. */
const html = (entry: CacheHandlerValue | null | undefined) => (entry?.value && 'html' in entry.value ? entry.value.html : undefined);

let a: Instance;
let b: Instance;

beforeAll(async () => {
  redis = testRedis();
  socket = redis.socket;
  await redis.start();
  a = instance();
  b = instance();
  await until(() => a.handler.shared && b.handler.shared, 'both instances to use Redis');
});

afterAll(() => {
  for (const { client, handler } of [a, b]) {
    handler.close();
    client.destroy();
  }
  redis.remove();
});

describe('two instances sharing one redis-server', () => {
  it('see each other’s pages and revalidations', async () => {
    await a.handler.set('/news/a', page('version 1'));
    const seen = await b.handler.get('/news/a', NO_TAGS);
    expect(html(seen)).toBe('version 1');
    expect(seen?.value && 'rscData' in seen.value && seen.value.rscData?.toString()).toBe('rsc of version 1');
    await b.handler.revalidateTag(LAYOUT);
    expect(await a.handler.get('/news/a', NO_TAGS)).toBeNull();
    await b.handler.set('/news/a', page('version 2'));
    expect(html(await a.handler.get('/news/a', NO_TAGS))).toBe('version 2');
    expect(a.logs).toEqual([`[shared-cache] Next's page cache is shared with every instance through Redis (${socket}).`]);
  });

  it('cut off from a Redis that keeps its pages: a revalidation made meanwhile reaches it before either reads it again', async () => {
    await a.handler.set('/news/c', page('before the change'));
    expect(html(await b.handler.get('/news/c', NO_TAGS))).toBe('before the change');
    // Both lose Redis (connections dropped, socket gone); Redis keeps every entry.
    fs.renameSync(socket, `${socket}.away`);
    expect(spawnSync('redis-cli', ['-s', `${socket}.away`, 'CLIENT', 'KILL', 'TYPE', 'normal']).status).toBe(0);
    await until(
      async () => (await a.handler.get('/news/c', NO_TAGS), await b.handler.get('/news/c', NO_TAGS), !a.handler.shared && !b.handler.shared),
      'both to fall back',
    );
    await a.handler.revalidateTag(LAYOUT); // a publish that only `a` makes
    fs.renameSync(`${socket}.away`, socket);
    await until(() => a.handler.shared && b.handler.shared, 'both instances to use Redis again');
    // `b` never revalidated: only the replay keeps the entry from before the change away from it.
    expect(await b.handler.get('/news/c', NO_TAGS)).toBeNull();
    expect(a.logs.at(-1)).toContain('1 revalidation made meanwhile replayed into it');
    expect(b.logs.at(-1)).toContain('answers again');
  });

  it('keep answering when redis-server is killed, log it once, and share again when it is back', async () => {
    const before = a.logs.length;
    expect(b.logs).toHaveLength(before);
    await a.handler.set('/news/b', page('before the outage'));
    redis.kill();
    await until(() => !redisAnswers(), 'redis-server to die');

    for (const { handler } of [a, b]) {
      for (let i = 0; i < 10; i++) {
        // A miss, never an error: Next renders the page.
        expect(await handler.get('/news/b', NO_TAGS)).toBeNull();
      }
      await handler.set('/news/b', page('rendered during the outage'));
      expect(html(await handler.get('/news/b', NO_TAGS))).toBe('rendered during the outage');
    }
    await a.handler.revalidateTag(LAYOUT); // a publish while Redis is away
    expect(await a.handler.get('/news/b', NO_TAGS)).toBeNull();
    for (const { logs } of [a, b]) {
      expect(logs).toHaveLength(before + 1);
      expect(logs.at(-1)).toContain('failed');
    }

    await redis.start();
    await until(() => a.handler.shared && b.handler.shared, 'both instances to use Redis again');
    expect(a.logs.at(-1)).toContain('1 revalidation made meanwhile replayed into it');
    expect(b.logs.at(-1)).toContain('answers again');
    expect(a.logs).toHaveLength(before + 2);
    expect(b.logs).toHaveLength(before + 2);
    // Each instance's outage pages stay its own; Redis is shared again.
    expect(await b.handler.get('/news/b', NO_TAGS)).toBeNull();
    await b.handler.set('/news/b', page('after the outage'));
    expect(html(await a.handler.get('/news/b', NO_TAGS))).toBe('after the outage');
  });
});
