/**
 * Next's page cache shared through Redis, which keeps the site up when Redis is away.
 *
 *   Redis answers       → every read, write and revalidation goes to Redis, so a page one
 *                         instance rendered or revalidated is what every instance serves.
 *   Redis fails         → logged once; this process serves from a memory cache of its own,
 *                         new and empty (what it held before may predate revalidations other
 *                         instances made in Redis), and remembers every tag revalidated meanwhile.
 *   Redis answers again → those revalidations are replayed into Redis first, so no page
 *                         rendered before them comes back from it; then Redis is used again,
 *                         and that is logged once too.
 *
 * Until Redis first answers (at start) the process serves the same way, without calling it an outage.
 */
import type { CacheHandlerValue, Handler, HandlerGetMeta, SetContext } from '@fortedigital/nextjs-cache-handler/cache-handler.types';

export const RETRY_MS = 500;
/** How long a read or a write may take before Redis counts as gone. */
export const TIMEOUT_MS = 1_000;
/** A health check may first wait for the connection. */
export const PING_TIMEOUT_MS = 3_000;
/** A revalidation scans every entry's tags: allowed longer. */
export const REVALIDATE_TIMEOUT_MS = 30_000;

export interface FallbackOptions {
  /** Where Redis is, for the log */
  where: string;
  /** The Redis handler */
  shared: Handler;
  /** Resolves when Redis answers, rejects when it does not */
  ping(): Promise<void>;
  /** A new, empty cache of this process's own */
  local(): Handler;
  log(message: string): void;
}

type Mode = 'starting' | 'shared' | 'local';

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Redis's answer, or a rejection once it has taken `ms`: node-redis cannot take back a
 * command already sent, so a Redis that hangs (rather than closing the connection) would
 * hold the request forever.
 */
function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

export class FallbackHandler implements Handler {
  readonly name = 'redis-or-local';
  private mode: Mode = 'starting';
  private local: Handler;
  /** Tags revalidated while Redis could not be told */
  private readonly pending = new Set<string>();
  private retry?: NodeJS.Timeout;
  private closed = false;

  constructor(private readonly options: FallbackOptions) {
    this.local = options.local();
    void this.reconnect();
  }

  /** Whether reads and writes go to Redis now. */
  get shared(): boolean {
    return this.mode === 'shared';
  }

  async get(key: string, meta: HandlerGetMeta): Promise<CacheHandlerValue | null | undefined> {
    if (this.mode === 'shared') {
      try {
        return await within(TIMEOUT_MS, this.options.shared.get(key, meta));
      } catch (error) {
        this.fallBack(error);
      }
    }
    return this.local.get(key, meta);
  }

  async set(key: string, value: CacheHandlerValue, ctx?: SetContext): Promise<void> {
    if (this.mode === 'shared') {
      try {
        return await within(TIMEOUT_MS, this.options.shared.set(key, value, ctx));
      } catch (error) {
        this.fallBack(error);
      }
    }
    return this.local.set(key, value, ctx);
  }

  async revalidateTag(tag: string): Promise<void> {
    if (this.mode === 'shared') {
      try {
        return await within(REVALIDATE_TIMEOUT_MS, this.options.shared.revalidateTag(tag));
      } catch (error) {
        this.fallBack(error);
      }
    }
    this.pending.add(tag);
    await this.local.revalidateTag(tag);
  }

  /** Stop retrying (tests). */
  close(): void {
    this.closed = true;
    clearTimeout(this.retry);
  }

  private fallBack(error: unknown): void {
    if (this.mode !== 'shared') return;
    this.mode = 'local';
    this.local = this.options.local();
    this.options.log(
      `[shared-cache] Redis (${this.options.where}) failed: ${reason(error)}. This server now serves from its own memory cache until Redis answers again.`,
    );
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.closed) return;
    clearTimeout(this.retry);
    this.retry = setTimeout(() => void this.reconnect(), RETRY_MS);
    this.retry.unref();
  }

  /** Use Redis again once it answers and knows every revalidation made without it. */
  private async reconnect(): Promise<void> {
    const replayed = new Set<string>();
    try {
      await within(PING_TIMEOUT_MS, this.options.ping());
      // Revalidations made while replaying join the queue: Redis is used only once it is empty.
      while (this.pending.size > 0) {
        for (const tag of [...this.pending]) {
          await within(REVALIDATE_TIMEOUT_MS, this.options.shared.revalidateTag(tag));
          this.pending.delete(tag);
          replayed.add(tag);
        }
      }
    } catch (error) {
      if (this.mode === 'starting') {
        this.mode = 'local';
        this.options.log(
          `[shared-cache] Redis (${this.options.where}) does not answer: ${reason(error)}. This server serves from its own memory cache until it does.`,
        );
      }
      return this.scheduleReconnect();
    }
    const outage = this.mode === 'local';
    this.mode = 'shared';
    this.local = this.options.local(); // nothing from the outage is kept: Redis holds the shared truth again
    const replay = replayed.size > 0 ? `; ${replayed.size} revalidation${replayed.size > 1 ? 's' : ''} made meanwhile replayed into it` : '';
    this.options.log(
      outage
        ? `[shared-cache] Redis (${this.options.where}) answers again${replay}: pages are shared with every instance again.`
        : `[shared-cache] Next's page cache is shared with every instance through Redis (${this.options.where}).`,
    );
  }
}
