/**
 * Holds back the HTML of a page rendered under the nonce policy and sends it sealed
 * (lib/server/seal-scripts.ts): the same page, its nonce traded for the hashes of the
 * scripts that carried it, so caches may share it. Only the nonce pages are buffered
 * (search and the helper: rendered whole, not streamed in parts); every other response
 * passes straight through.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { policyNonce, sealScripts } from './seal-scripts';

type Callback = (error?: Error | null) => void;

function toBuffer(chunk: unknown, encoding?: BufferEncoding): Buffer {
  if (typeof chunk === 'string') return Buffer.from(chunk, encoding);
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  throw new TypeError('unexpected response chunk');
}

/** Call before Next writes to `res` (and after compression wraps it, so the sealed page is compressed). */
export function sealNoncePages(request: IncomingMessage, res: ServerResponse): void {
  // A HEAD answer has no scripts to hash; a browser never renders it.
  if (request.method !== 'GET') return;
  const write = res.write.bind(res);
  const end = res.end.bind(res);
  const flushHeaders = res.flushHeaders.bind(res);
  let held: { nonce: string; chunks: Buffer[] } | undefined;
  let decided = false;
  // Decided when Next first sends anything: by then its status and headers are set.
  const holding = () => {
    if (!decided) {
      decided = true;
      const nonce = policyNonce(String(res.getHeader('content-security-policy') ?? ''));
      const html = String(res.getHeader('content-type') ?? '').startsWith('text/html');
      if (nonce && html && !res.headersSent) held = { nonce, chunks: [] };
    }
    return held;
  };

  res.flushHeaders = () => {
    if (!holding()) flushHeaders();
  };
  res.write = function (chunk: unknown, encodingOrCallback?: BufferEncoding | Callback, callback?: Callback): boolean {
    const page = holding();
    const encoding = typeof encodingOrCallback === 'string' ? encodingOrCallback : undefined;
    const done = typeof encodingOrCallback === 'function' ? encodingOrCallback : callback;
    if (!page) return encoding ? write(chunk, encoding, done) : write(chunk, done);
    page.chunks.push(toBuffer(chunk, encoding));
    done?.();
    return true;
  } as ServerResponse['write'];
  res.end = function (chunk?: unknown, encodingOrCallback?: BufferEncoding | Callback, callback?: Callback): ServerResponse {
    const page = holding();
    const encoding = typeof encodingOrCallback === 'string' ? encodingOrCallback : undefined;
    const done = typeof encodingOrCallback === 'function' ? encodingOrCallback : typeof chunk === 'function' ? (chunk as Callback) : callback;
    const last = typeof chunk === 'function' ? undefined : chunk;
    if (!page) return last === undefined || last === null ? end(done) : encoding ? end(last, encoding, done) : end(last, done);
    if (last !== undefined && last !== null) page.chunks.push(toBuffer(last, encoding));
    const sealed = sealScripts(Buffer.concat(page.chunks).toString('utf8'), page.nonce);
    res.setHeader('Content-Security-Policy', sealed.policy);
    // The body changed: any length or validator Next computed is stale.
    res.removeHeader('Content-Length');
    res.removeHeader('ETag');
    return end(sealed.html, 'utf8', done);
  } as ServerResponse['end'];
}
