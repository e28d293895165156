/**
 * Sends every HTML page sealed (lib/server/seal-scripts.ts): its Content-Security-Policy
 * allows the page's own inline scripts by their hashes, and no other inline script.
 *
 * The policy is a header, sent before the body, so the page is held back until Next has
 * written all of it. That delays nothing today: Next sends a static page whole from its
 * cache, and renders every dynamic page (search, the helper, /cases, errors) in one pass,
 * since no page has a Suspense boundary to stream. A page larger than MAX_HELD_BYTES is
 * let through as it comes with the policy Next gave it (a nonce page keeps its nonce
 * policy; any other page then runs no inline script: fail closed), and logged.
 *
 *   - A static page's bytes are left as they are, so Next's Content-Length and ETag stay
 *     valid; its policy is remembered by ETag (lib/server/sealed-policies.ts), so the next
 *     answer with that ETag passes straight through, and a HEAD or a 304 gets it too.
 *   - A nonce page (search, the helper) loses its nonce: its length and ETag are dropped.
 *   - A 304 whose policy is not known carries none: a browser keeps the stored page's
 *     policy, while a different one would replace it (Chrome updates stored headers from a
 *     304, CSP included).
 *   - Everything else (RSC payloads, feeds, JSON, files) passes straight through.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { policyNonce, sealScripts } from './seal-scripts';
import { knownPolicy, rememberPolicy } from './sealed-policies';

type Callback = (error?: Error | null) => void;

/** Far above any page (Markdown bodies are capped at 512 KB): a bound on memory, not a size pages reach. */
export const MAX_HELD_BYTES = 8 * 1024 * 1024;

const CSP = 'Content-Security-Policy';

function toBuffer(chunk: unknown, encoding?: BufferEncoding): Buffer {
  if (typeof chunk === 'string') return Buffer.from(chunk, encoding);
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  throw new TypeError('unexpected response chunk');
}

/** Each refused script once per process: a bug in the content's sanitizing, or a Next upgrade (lib/server/render-scripts.ts). */
const reported = new Set<string>();
function reportRefused(url: string | undefined, hashes: readonly string[]): void {
  for (const hash of hashes) {
    if (reported.has(hash) || reported.size >= 1000) continue;
    reported.add(hash);
    console.warn(`CSP: an inline script on ${url} is not one the render writes; its hash ${hash} is left out of the page's policy, so browsers refuse it.`);
  }
}

interface Held {
  nonce: string | undefined;
  chunks: Buffer[];
  bytes: number;
}

/** Call before Next writes to `res` (and after compression wraps it, so the sealed page is compressed). */
export function sealPages(request: IncomingMessage, res: ServerResponse): void {
  if (request.method !== 'GET' && request.method !== 'HEAD') return;
  const write = res.write.bind(res);
  const end = res.end.bind(res);
  const flushHeaders = res.flushHeaders.bind(res);
  let held: Held | undefined;
  let decided = false;

  // Decided when Next first sends anything: by then its status and headers are set.
  const decide = (): Held | undefined => {
    if (decided) return held;
    decided = true;
    if (res.headersSent) return undefined;
    const etag = String(res.getHeader('etag') ?? '');
    const known = etag ? knownPolicy(etag) : undefined;
    if (res.statusCode === 304) {
      if (known) res.setHeader(CSP, known);
      else res.removeHeader(CSP);
      return undefined;
    }
    if (!String(res.getHeader('content-type') ?? '').startsWith('text/html')) return undefined;
    const nonce = policyNonce(String(res.getHeader(CSP) ?? ''));
    if (!nonce && known) {
      res.setHeader(CSP, known);
      return undefined;
    }
    // A HEAD answer has no body to hash; a browser never renders it.
    if (request.method === 'HEAD') return undefined;
    held = { nonce, chunks: [], bytes: 0 };
    return held;
  };

  // Too large to hold: send what is held and the rest as it comes, under Next's own policy.
  const release = (page: Held) => {
    held = undefined;
    console.warn(`CSP: ${request.url} is over ${MAX_HELD_BYTES} bytes; sent unsealed under its original policy.`);
    for (const chunk of page.chunks) write(chunk);
  };

  res.flushHeaders = () => {
    if (!decide()) flushHeaders();
  };
  res.write = function (chunk: unknown, encodingOrCallback?: BufferEncoding | Callback, callback?: Callback): boolean {
    const page = decide();
    const encoding = typeof encodingOrCallback === 'string' ? encodingOrCallback : undefined;
    const done = typeof encodingOrCallback === 'function' ? encodingOrCallback : callback;
    if (page) {
      const buffer = toBuffer(chunk, encoding);
      if (page.bytes + buffer.byteLength <= MAX_HELD_BYTES) {
        page.chunks.push(buffer);
        page.bytes += buffer.byteLength;
        done?.();
        return true;
      }
      release(page);
    }
    return encoding ? write(chunk, encoding, done) : write(chunk, done);
  } as ServerResponse['write'];
  res.end = function (chunk?: unknown, encodingOrCallback?: BufferEncoding | Callback, callback?: Callback): ServerResponse {
    const page = decide();
    const encoding = typeof encodingOrCallback === 'string' ? encodingOrCallback : undefined;
    const done = typeof encodingOrCallback === 'function' ? encodingOrCallback : typeof chunk === 'function' ? (chunk as Callback) : callback;
    const last = typeof chunk === 'function' ? undefined : chunk;
    if (page && last !== undefined && last !== null) {
      const buffer = toBuffer(last, encoding);
      if (page.bytes + buffer.byteLength > MAX_HELD_BYTES) {
        release(page);
        return end(buffer, done);
      }
      page.chunks.push(buffer);
    }
    if (!page) return last === undefined || last === null ? end(done) : encoding ? end(last, encoding, done) : end(last, done);
    const body = Buffer.concat(page.chunks);
    const sealed = sealScripts(body.toString('utf8'), page.nonce);
    reportRefused(request.url, sealed.refused);
    res.setHeader(CSP, sealed.policy);
    if (page.nonce) {
      // The body changed: any length or validator Next computed is stale.
      res.removeHeader('Content-Length');
      res.removeHeader('ETag');
      return end(sealed.html, 'utf8', done);
    }
    const etag = res.getHeader('etag');
    if (typeof etag === 'string') rememberPolicy(etag, sealed.policy);
    return end(body, done);
  } as ServerResponse['end'];
}
