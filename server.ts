/**
 * The production server: `npm start`, deploy/start.sh and the browser tests all run it.
 * It is Next's own request handler (the same one `next start` uses) with two things
 * `next start` cannot do, the way Next's documentation says to change them (a custom
 * server, `compress: false` in next.config.ts):
 *
 *   - compression with brotli where the client accepts it, else gzip (`compression`,
 *     the Express middleware; Next's built-in one is gzip only);
 *   - every HTML page leaves sealed: its script policy names the page's own inline
 *     scripts by their hashes, with no 'unsafe-inline' (static pages), and no nonce
 *     (search and the helper, so nginx can share an answer for a few seconds):
 *     lib/server/seal-response.ts.
 *
 *   npm start [-- -p 3000] [-- -H 127.0.0.1]      (PORT also sets the port)
 */
import http from 'node:http';
import zlib from 'node:zlib';
import { parseArgs } from 'node:util';
import compression from 'compression';
import next from 'next';
import { SERVER_KEEP_ALIVE_MS } from './lib/server/keep-alive';
import { sealPages } from './lib/server/seal-response';

const { values } = parseArgs({
  options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname;
// Where this server can reach itself, as `next start` says it: live publishing asks its own
// server to revalidate (lib/publish/revalidation.ts).
const anyAddress = hostname === undefined || hostname === '0.0.0.0' || hostname === '::';
const ownHost = anyAddress ? '127.0.0.1' : hostname.includes(':') ? `[${hostname}]` : hostname;
process.env.PORT = String(port);
process.env.__NEXT_PRIVATE_ORIGIN = `http://${ownHost}:${port}`;

// Brotli quality 5: about gzip's speed with smaller output, for pages compressed per response.
const compress = compression({ brotli: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } } });

// Next's proxy.ts request URLs (NextURL) name every loopback address "localhost", and its
// router compares a rewrite's origin with the hostname given here: given 127.0.0.1, every
// rewrite to the not-found page looked external, and Next fetched it from itself over HTTP
// (an extra hop per 404, and a 500 whenever that connection was reset).
const LOOPBACK = /^(127(\.\d{1,3}){3}|::1|\[::1\]|localhost)$/;
const nextHostname = hostname !== undefined && LOOPBACK.test(hostname) ? 'localhost' : hostname;

async function main() {
  const app = next({ dev: false, dir: process.cwd(), port, hostname: nextHostname });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = http.createServer((request, response) => {
    compress(request, response, () => {
      sealPages(request, response);
      void handle(request, response);
    });
  });
  server.keepAliveTimeout = SERVER_KEEP_ALIVE_MS;
  server.listen(port, hostname, () => console.log(`Ready on http://${hostname ?? 'localhost'}:${port}`));
  const stop = () => server.close(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
