/**
 * Telling Next that every page is out of date. revalidatePath works only inside a
 * request, and the publisher runs beside the server, so it asks its own server: the
 * route app/api/publish/revalidate answers only requests carrying this process's token
 * (random, never leaves the process; every other caller gets a 404) and calls
 * revalidatePath('/', 'layout'), after which every page, list, feed and sitemap is
 * rendered again on its next request.
 */
import crypto from 'node:crypto';

export const REVALIDATE_PATH = '/api/publish/revalidate';
export const TOKEN_HEADER = 'x-publish-token';

const slot = ((globalThis as { [key: symbol]: { token: string } | undefined })[Symbol.for('municipal-news.publish-token')] ??= {
  token: crypto.randomBytes(24).toString('hex'),
});

/** Whether a request comes from this process's publisher. */
export function isOwnRequest(token: string | null): boolean {
  const expected = Buffer.from(slot.token);
  const given = Buffer.from(token ?? '');
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}

/** Where this server listens: server.ts (and `next start`) set __NEXT_PRIVATE_ORIGIN and PORT. */
function ownOrigin(): string | undefined {
  return process.env.__NEXT_PRIVATE_ORIGIN || (process.env.PORT ? `http://127.0.0.1:${process.env.PORT}` : undefined);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Ask this server to revalidate every page. Retries while the server is not listening
 * yet (at start) for up to `patienceMs`; throws if it never answers.
 */
export async function revalidateEverything(patienceMs = 60_000): Promise<void> {
  const deadline = performance.now() + patienceMs;
  for (;;) {
    const origin = ownOrigin();
    try {
      if (origin) {
        const response = await fetch(`${origin}${REVALIDATE_PATH}`, { headers: { [TOKEN_HEADER]: slot.token }, cache: 'no-store' });
        if (response.ok) return;
        throw new Error(`${REVALIDATE_PATH} answered ${response.status}`);
      }
      if (performance.now() > deadline) throw new Error('the server has not said where it listens');
    } catch (error) {
      if (performance.now() > deadline) throw error;
    }
    await sleep(250);
  }
}
