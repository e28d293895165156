/**
 * Next's `cacheHandler` when REDIS_URL is set (next.config.ts): the server loads this
 * file itself, by its path, once per process. @fortedigital/nextjs-cache-handler turns
 * Next's calls into cache entries with their tags and lifetimes and stores them in Redis
 * (its redis-strings handler); fallback-handler.ts keeps serving when Redis is away.
 *
 * Two gaps of the library (3.3.0) are closed here:
 *   - its open issue #231: a cached route handler is stored without tags, so revalidatePath
 *     never reaches it; Next writes them into the entry's x-next-cache-tags header.
 *   - Next 16 reads an entry's lifetime (cacheControl) from the handler; the library drops
 *     it, so an instance serving a page another one rendered sent it without Cache-Control
 *     and took it for stale after 1 s (x-nextjs-cache: STALE and a re-render, as in
 *     vercel/next.js#72020).
 */
import { CacheHandler } from '@fortedigital/nextjs-cache-handler';
import type { CacheHandlerValue, Handler } from '@fortedigital/nextjs-cache-handler/cache-handler.types';
import createLocalHandler from '@fortedigital/nextjs-cache-handler/local-lru';
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings';
import { settings } from '../site/config';
import { FallbackHandler } from './fallback-handler';
import { connectRedis, ping } from './redis-client';

/** Redis commands that take longer fail, and the process falls back. */
const COMMAND_TIMEOUT_MS = 1_000;
/** Entries that are never revalidated by time are still dropped after a month (and a half), so keys of old builds do not pile up. */
const STALE_AGE_SECONDS = 30 * 24 * 60 * 60;

type StoredValue = NonNullable<CacheHandlerValue['value']>;
type SetArguments = Parameters<CacheHandler['set']>;

/** Where a REDIS_URL points, without its password, for the log. */
function describeRedis(url: string): string {
  const parsed = new URL(url);
  return parsed.protocol === 'unix:' ? decodeURIComponent(parsed.pathname) : `${parsed.protocol}//${parsed.host}`;
}

/** The cache tags Next wrote into a page's or route's headers. */
function headerTags(value: StoredValue | null): string[] {
  const header = value && 'headers' in value ? value.headers?.['x-next-cache-tags'] : undefined;
  if (Array.isArray(header)) return header;
  return typeof header === 'string' && header ? header.split(',') : [];
}

/** Each stored value's lifetime, from set() to the handler that stores it: the library passes the value on, not Next's context. */
const lifetimes = new WeakMap<StoredValue, NonNullable<CacheHandlerValue['cacheControl']>>();

/** Stores every entry with its lifetime, so that any instance serves it as the one that rendered it. */
function withLifetimes(handler: Handler): Handler {
  return {
    name: handler.name,
    get: (key, meta) => handler.get(key, meta),
    set: (key, entry, ctx) => {
      const cacheControl = entry.value ? lifetimes.get(entry.value) : undefined;
      return handler.set(key, cacheControl ? { ...entry, cacheControl } : entry, ctx);
    },
    revalidateTag: (tag) => handler.revalidateTag(tag),
  };
}

CacheHandler.onCreation(({ buildId }) => {
  const url = settings().REDIS_URL;
  if (!url) throw new Error('REDIS_URL is not set: next.config.ts names this cache handler only when it is');
  const client = connectRedis(url);
  const shared = createRedisHandler({
    client,
    // One build's pages never reach another build's servers (they name its scripts).
    keyPrefix: `municipal-news:${buildId ?? 'unbuilt'}:`,
    timeoutMs: COMMAND_TIMEOUT_MS,
  });
  const handler = new FallbackHandler({
    where: describeRedis(url),
    shared,
    ping: () => ping(client),
    local: () => createLocalHandler(),
    log: (message) => console.warn(message),
  });
  return { handlers: [withLifetimes(handler)], ttl: { defaultStaleAge: STALE_AGE_SECONDS } };
});

export default class SharedCacheHandler extends CacheHandler {
  override async set(...[key, value, ctx]: SetArguments): Promise<void> {
    if (value && 'cacheControl' in ctx && ctx.cacheControl) lifetimes.set(value, ctx.cacheControl);
    // Route handlers' tags (#231): the library takes them from ctx.tags, which Next leaves
    // empty for pages and routes (for pages the library reads the header itself).
    await super.set(key, value, { ...ctx, tags: ctx.tags ?? headerTags(value) });
  }
}
