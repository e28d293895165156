/**
 * The Redis connection of one server process. It never holds a request up: while the
 * connection is down, commands fail at once instead of queueing (no offline queue), and
 * the client keeps reconnecting in the background. What to serve meanwhile is
 * fallback-handler.ts's business, which is also where outages are logged.
 */
import { createClient, type RedisClientOptions } from '@redis/client';

/** Longest pause between two reconnection attempts: a returning Redis is used again within about a second. */
const RECONNECT_MAX_MS = 1_000;
const CONNECT_TIMEOUT_MS = 2_000;
/** How long a health check waits for the connection. */
const READY_TIMEOUT_MS = 2_000;

/** node-redis options for a REDIS_URL (lib/site/config.ts): unix:///path/redis.sock is a local socket, redis:// and rediss:// node-redis reads itself. */
export function clientOptions(url: string): RedisClientOptions {
  const reconnectStrategy = (retries: number) => Math.min(100 * (retries + 1), RECONNECT_MAX_MS);
  const parsed = new URL(url);
  if (parsed.protocol === 'unix:') {
    return { disableOfflineQueue: true, socket: { path: decodeURIComponent(parsed.pathname), connectTimeout: CONNECT_TIMEOUT_MS, reconnectStrategy } };
  }
  return { url, disableOfflineQueue: true, socket: { connectTimeout: CONNECT_TIMEOUT_MS, reconnectStrategy } };
}

export type SharedRedis = ReturnType<typeof connectRedis>;

/** A client that connects now and reconnects forever; connection errors are left to the health check. */
export function connectRedis(url: string) {
  const client = createClient(clientOptions(url));
  // An 'error' event without a listener would end the process; each failed reconnection emits one.
  client.on('error', () => undefined);
  // Stays pending while Redis is unreachable (the client retries by itself); commands fail meanwhile.
  client.connect().catch(() => undefined);
  return client;
}

/** Resolves once Redis answers PING, waiting up to READY_TIMEOUT_MS for the connection; rejects when there is none (the caller bounds the wait for PONG). */
export async function ping(client: SharedRedis): Promise<void> {
  if (!client.isReady) {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        client.off('ready', ready);
        reject(new Error(`no connection within ${READY_TIMEOUT_MS} ms`));
      }, READY_TIMEOUT_MS);
      const ready = () => {
        clearTimeout(timer);
        resolve();
      };
      client.once('ready', ready);
    });
  }
  await client.ping();
}
