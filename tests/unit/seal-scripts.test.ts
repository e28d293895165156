/**
 * Sealed pages (lib/server/seal-scripts.ts and lib/server/seal-response.ts): the scripts
 * the render wrote are allowed by their hashes, nothing else inline is; a static page
 * leaves byte for byte as Next wrote it, and a nonce page with no nonce left to share.
 */
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import compression from 'compression';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isRenderScript } from '@/lib/server/render-scripts';
import { MAX_HELD_BYTES, sealPages } from '@/lib/server/seal-response';
import { policyNonce, sealScripts } from '@/lib/server/seal-scripts';
import { CONTENT_SECURITY_POLICY, noncePolicy } from '@/lib/site/security-headers';
import { READER_PREFS_BOOT_SCRIPT } from '@/lib/site/reader-prefs';

/** What the browser compares: the SHA-256 of the script's exact text. */
const sha256 = (text: string) => `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const scriptSrc = (policy: string) => /script-src ([^;]+)/.exec(policy)?.[1]?.split(' ') ?? [];
const otherDirectives = (policy: string) => policy.replace(/script-src [^;]+/, '');

const NONCE = 'cmVuZGVyLW5vbmNlLTEyMw==';
const FLIGHT_START = '(self.__next_f=self.__next_f||[]).push([0])';
const FLIGHT = 'self.__next_f.push([1,"0:{\\u003cb\\u003e反诈 \\u2028}"])';
const FLIGHT_BINARY = 'self.__next_f.push([3,"AAEC/w=="])';
const TURBOPACK = [
  '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/a.js"],"runtimeModuleIds":[94553]});',
  '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[],"runtimeModuleIds":[1]});',
].join('\n');

/** Inline scripts no render writes: as an injection (or content that escaped sanitizing) would put them. */
const FOREIGN = [
  'alert("injected")',
  'self.__next_f.push([1,"x"]);alert(1)',
  'self.__next_f.push(alert(1))',
  `${FLIGHT_START};alert(1)`,
  '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(alert(1));',
  `${READER_PREFS_BOOT_SCRIPT}alert(1)`,
];

const NONCE_PAGE = [
  '<!DOCTYPE html><html lang="zh-CN"><head>',
  `<link rel="stylesheet" href="/_next/static/a.css" nonce="${NONCE}"/>`,
  `<script src="/_next/static/chunks/main.js" async="" nonce="${NONCE}"></script>`,
  `<script>${READER_PREFS_BOOT_SCRIPT}</script>`,
  '</head><body><h1>“&lt;script&gt;alert(1)&lt;/script&gt;”的搜索结果</h1>',
  '<script type="application/ld+json">{"@type":"WebSite"}</script>',
  `<script nonce="${NONCE}">${FLIGHT_START}</script>`,
  `<script nonce="${NONCE}">${FLIGHT}</script>`,
  // What an injection would look like: without the render's nonce, or with a guess.
  '<script>alert("injected")</script>',
  '<script nonce="guess">alert("guessed")</script>',
  '</body></html>',
].join('');

const STATIC_PAGE = [
  '<!DOCTYPE html><html lang="zh-CN"><head><meta charSet="utf-8"/>',
  '<script src="/_next/static/chunks/main.js" async=""></script>',
  `<script>${READER_PREFS_BOOT_SCRIPT}</script>`,
  '</head><body><h1>为群众追赃挽损两千余万元</h1><p>文中写到 &lt;script&gt; 也只是文字。</p>',
  '<script type="application/ld+json">{"@type":"NewsArticle","headline":"\\u003c/script\\u003e"}</script>',
  `<script id="_R_">${TURBOPACK}</script>`,
  `<script>${FLIGHT_START}</script>`,
  `<script>${FLIGHT}</script>`,
  `<script>${FLIGHT_BINARY}</script>`,
  ...FOREIGN.map((text) => `<script>${text}</script>`),
  '</body></html>',
].join('');

const OWN_STATIC_SCRIPTS = [READER_PREFS_BOOT_SCRIPT, TURBOPACK, FLIGHT_START, FLIGHT, FLIGHT_BINARY];

describe('sealing a nonce page', () => {
  it('allows exactly the inline scripts that carried the nonce, plus the boot script and the build’s files', () => {
    const { policy, refused } = sealScripts(NONCE_PAGE, NONCE);
    expect(scriptSrc(policy).sort()).toEqual(["'self'", sha256(READER_PREFS_BOOT_SCRIPT), sha256(FLIGHT_START), sha256(FLIGHT)].sort());
    expect(refused.sort()).toEqual([sha256('alert("injected")'), sha256('alert("guessed")')].sort());
    expect(scriptSrc(policy).join(' ')).not.toMatch(/unsafe-inline|nonce-|strict-dynamic/);
    // The other directives stay as strict as the nonce policy's.
    expect(otherDirectives(policy)).toBe(otherDirectives(noncePolicy(NONCE)));
  });

  it('leaves no trace of the nonce, and changes nothing else', () => {
    const { html } = sealScripts(NONCE_PAGE, NONCE);
    expect(html).not.toContain(NONCE);
    expect(html).toBe(NONCE_PAGE.replaceAll(` nonce="${NONCE}"`, ''));
  });

  it('finds the nonce of a nonce policy only', () => {
    expect(policyNonce(noncePolicy(NONCE))).toBe(NONCE);
    expect(policyNonce(CONTENT_SECURITY_POLICY)).toBeUndefined();
  });
});

describe('sealing a static page', () => {
  it('allows every inline script the render wrote, each by the hash of its exact text, and no other', () => {
    const { policy, refused } = sealScripts(STATIC_PAGE);
    expect(scriptSrc(policy)).toEqual(["'self'", ...OWN_STATIC_SCRIPTS.map(sha256)]);
    expect(refused).toEqual(FOREIGN.map(sha256));
    // JSON-LD is data, never run: no hash needed.
    expect(policy).not.toContain(sha256('{"@type":"NewsArticle","headline":"\\u003c/script\\u003e"}'));
    expect(otherDirectives(policy)).toBe(otherDirectives(CONTENT_SECURITY_POLICY));
  });

  it('leaves the page exactly as it was', () => {
    expect(sealScripts(STATIC_PAGE).html).toBe(STATIC_PAGE);
  });

  it('knows the render’s scripts by shape, and nothing that merely starts like one', () => {
    for (const text of OWN_STATIC_SCRIPTS) expect(isRenderScript(text), text).toBe(true);
    expect(isRenderScript(`${FLIGHT_START};self.__next_f.push([2,{"form":1}])`)).toBe(true);
    for (const text of [...FOREIGN, '', 'self.__next_f.push([1,"x"]', 'self.__next_f.push({"a":1})', `${TURBOPACK}\nalert(1)`]) {
      expect(isRenderScript(text), text).toBe(false);
    }
  });
});

/** As Next answers: a static page whole with its ETag (and 304 or no body where due); a dynamic one flushed, then in chunks. */
function fakeNext(request: http.IncomingMessage, response: http.ServerResponse): void {
  const url = request.url ?? '/';
  response.statusCode = 200;
  response.setHeader('Content-Type', url === '/json' ? 'application/json' : 'text/html; charset=utf-8');
  response.setHeader('Content-Security-Policy', url === '/nonce' ? noncePolicy(NONCE) : CONTENT_SECURITY_POLICY);
  if (url === '/static' || url === '/unknown-etag') {
    const etag = url === '/static' ? `"${crypto.createHash('sha1').update(STATIC_PAGE).digest('base64url')}"` : '"not-sent-before"';
    response.setHeader('ETag', etag);
    if (request.headers['if-none-match'] === etag) {
      response.statusCode = 304;
      response.end();
      return;
    }
    response.setHeader('Content-Length', Buffer.byteLength(STATIC_PAGE));
    response.end(request.method === 'HEAD' ? null : STATIC_PAGE);
    return;
  }
  const page = url === '/nonce' ? NONCE_PAGE : url === '/huge' ? STATIC_PAGE.replace('<h1>', `<h1>${'长'.repeat(MAX_HELD_BYTES / 3)}`) : STATIC_PAGE;
  response.flushHeaders();
  const half = Math.floor(page.length / 2);
  response.write(new TextEncoder().encode(page.slice(0, half)));
  response.end(page.slice(half));
}

describe('the server seals every page as Next sends it, compressed or not', () => {
  let server: http.Server;
  let base: string;
  beforeAll(async () => {
    // As server.ts, but compressing even a small page.
    const compress = compression({ threshold: 0 });
    server = http.createServer((request, response) => {
      compress(request, response, () => {
        sealPages(request, response);
        fakeNext(request, response);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('a nonce page leaves sealed, with brotli or gzip or neither', async () => {
    const sealed = sealScripts(NONCE_PAGE, NONCE);
    for (const encoding of ['br', 'gzip', 'identity']) {
      const response = await fetch(`${base}/nonce`, { headers: { 'accept-encoding': encoding } });
      expect(response.headers.get('content-encoding') ?? 'identity', encoding).toBe(encoding);
      expect(response.headers.get('content-security-policy')).toBe(sealed.policy);
      expect(await response.text()).toBe(sealed.html);
    }
  });

  it('a static page leaves unchanged with its length and ETag, under its sealed policy, streamed or whole', async () => {
    const { policy } = sealScripts(STATIC_PAGE);
    for (const encoding of ['br', 'identity']) {
      for (const url of ['/static', '/stream', '/static']) {
        const response = await fetch(`${base}${url}`, { headers: { 'accept-encoding': encoding } });
        expect(response.headers.get('content-security-policy'), url).toBe(policy);
        expect(await response.text(), url).toBe(STATIC_PAGE);
      }
    }
    const whole = await fetch(`${base}/static`, { headers: { 'accept-encoding': 'identity' } });
    expect(whole.headers.get('content-length')).toBe(String(Buffer.byteLength(STATIC_PAGE)));
    expect(whole.headers.get('etag')).toMatch(/^"/);
  });

  it('a HEAD and a 304 of a page sent before carry its sealed policy; a 304 of an unknown page carries none', async () => {
    const { policy } = sealScripts(STATIC_PAGE);
    const etag = (await fetch(`${base}/static`)).headers.get('etag') ?? '';
    const head = await fetch(`${base}/static`, { method: 'HEAD' });
    expect(head.headers.get('content-security-policy')).toBe(policy);
    const notModified = await fetch(`${base}/static`, { headers: { 'if-none-match': etag } });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get('content-security-policy')).toBe(policy);
    // Any policy here would replace the one the browser stored with the page.
    const unknown = await fetch(`${base}/unknown-etag`, { headers: { 'if-none-match': '"not-sent-before"' } });
    expect(unknown.status).toBe(304);
    expect(unknown.headers.get('content-security-policy')).toBeNull();
  });

  it('other types pass through untouched, and a page too large to hold leaves whole under Next’s policy', async () => {
    const json = await fetch(`${base}/json`);
    expect(json.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await json.text()).toBe(STATIC_PAGE);
    const huge = await fetch(`${base}/huge`);
    expect(huge.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const text = await huge.text();
    expect(Buffer.byteLength(text)).toBeGreaterThan(MAX_HELD_BYTES);
    expect(text.endsWith('</body></html>')).toBe(true);
  });
});
