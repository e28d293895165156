/**
 * A page rendered under the nonce policy, sealed for sharing (lib/server/seal-scripts.ts
 * and lib/server/seal-response.ts): the scripts the render wrote are allowed by their
 * hashes, nothing else is, and no nonce is left to share.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import compression from 'compression';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealNoncePages } from '@/lib/server/seal-response';
import { policyNonce, sealScripts } from '@/lib/server/seal-scripts';
import { noncePolicy, scriptHash } from '@/lib/site/security-headers';
import { READER_PREFS_BOOT_SCRIPT } from '@/lib/site/reader-prefs';

const NONCE = 'cmVuZGVyLW5vbmNlLTEyMw==';
const FLIGHT = 'self.__next_f.push([1,"0:{\\u003cb\\u003e}"])';
const PAGE = [
  '<!DOCTYPE html><html lang="zh-CN"><head>',
  `<link rel="stylesheet" href="/_next/static/a.css" nonce="${NONCE}"/>`,
  `<script src="/_next/static/chunks/main.js" async="" nonce="${NONCE}"></script>`,
  `<script>${READER_PREFS_BOOT_SCRIPT}</script>`,
  '</head><body><h1>“&lt;script&gt;alert(1)&lt;/script&gt;”的搜索结果</h1>',
  '<script type="application/ld+json">{"@type":"WebSite"}</script>',
  `<script nonce="${NONCE}">(self.__next_f=self.__next_f||[]).push([0])</script>`,
  `<script nonce="${NONCE}">${FLIGHT}</script>`,
  // What an injection would look like: without the render's nonce, or with a guess.
  '<script>alert("injected")</script>',
  '<script nonce="guess">alert("guessed")</script>',
  '</body></html>',
].join('');

const scriptSrc = (policy: string) => /script-src ([^;]+)/.exec(policy)?.[1]?.split(' ') ?? [];

describe('sealing a nonce page', () => {
  it('allows exactly the inline scripts that carried the nonce, plus the boot script and the build’s files', () => {
    const { policy } = sealScripts(PAGE, NONCE);
    expect(scriptSrc(policy).sort()).toEqual(
      ["'self'", scriptHash(READER_PREFS_BOOT_SCRIPT), scriptHash('(self.__next_f=self.__next_f||[]).push([0])'), scriptHash(FLIGHT)].sort(),
    );
    expect(policy).not.toContain(scriptHash('alert("injected")'));
    expect(policy).not.toContain(scriptHash('alert("guessed")'));
    expect(scriptSrc(policy).join(' ')).not.toMatch(/unsafe-inline|nonce-|strict-dynamic/);
    // The other directives stay as strict as the nonce policy's.
    expect(policy.replace(/script-src [^;]+/, '')).toBe(noncePolicy(NONCE).replace(/script-src [^;]+/, ''));
  });

  it('leaves no trace of the nonce, and changes nothing else', () => {
    const { html } = sealScripts(PAGE, NONCE);
    expect(html).not.toContain(NONCE);
    expect(html).toBe(PAGE.replaceAll(` nonce="${NONCE}"`, ''));
  });

  it('finds the nonce of a nonce policy only', () => {
    expect(policyNonce(noncePolicy(NONCE))).toBe(NONCE);
    expect(policyNonce("default-src 'self'; script-src 'self' 'unsafe-inline'")).toBeUndefined();
  });
});

describe('the server seals nonce pages as Next sends them, compressed or not', () => {
  let server: http.Server;
  let base: string;
  beforeAll(async () => {
    // As server.ts, but compressing even this small page.
    const compress = compression({ threshold: 0 });
    server = http.createServer((request, response) => {
      compress(request, response, () => {
        sealNoncePages(request, response);
        // As Next does: headers set, flushed, then the body in chunks.
        response.statusCode = 200;
        response.setHeader('Content-Type', request.url === '/json' ? 'application/json' : 'text/html; charset=utf-8');
        if (request.url !== '/static') response.setHeader('Content-Security-Policy', noncePolicy(NONCE));
        response.flushHeaders();
        const half = Math.floor(PAGE.length / 2);
        response.write(new TextEncoder().encode(PAGE.slice(0, half)));
        response.end(PAGE.slice(half));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('a nonce page leaves sealed, with brotli or gzip or neither', async () => {
    const sealed = sealScripts(PAGE, NONCE);
    for (const encoding of ['br', 'gzip', 'identity']) {
      const response = await fetch(`${base}/page`, { headers: { 'accept-encoding': encoding } });
      expect(response.headers.get('content-encoding') ?? 'identity', encoding).toBe(encoding);
      expect(response.headers.get('content-security-policy')).toBe(sealed.policy);
      expect(await response.text()).toBe(sealed.html);
    }
  });

  it('HEAD, other types and pages without a nonce pass through untouched', async () => {
    const head = await fetch(`${base}/page`, { method: 'HEAD' });
    expect(head.headers.get('content-security-policy')).toBe(noncePolicy(NONCE));
    const json = await fetch(`${base}/json`);
    expect(json.headers.get('content-security-policy')).toBe(noncePolicy(NONCE));
    expect(await json.text()).toBe(PAGE);
    const plain = await fetch(`${base}/static`);
    expect(plain.headers.get('content-security-policy')).toBeNull();
    expect(await plain.text()).toBe(PAGE);
  });
});
