/**
 * The production topology (deploy/start.sh: nginx in front of next start) serves the
 * same pages with the same headers as Next alone: prerendered pages straight from the
 * build's files, everything else through Next, never a per-visitor page from a cache.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';

const NGINX_PORT = 3190;
const NGINX = `http://127.0.0.1:${NGINX_PORT}`;
const HEADERS = ['content-security-policy', 'x-content-type-options', 'x-frame-options', 'referrer-policy', 'permissions-policy', 'cross-origin-opener-policy'];

let stack: ChildProcess | undefined;
let output = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'deploy-e2e-'));
  stack = spawn('bash', ['deploy/start.sh'], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PORT: String(NGINX_PORT), NEXT_PORT: String(NGINX_PORT + 1), RUN_DIR: runDir },
  });
  stack.stdout?.on('data', (chunk) => (output += chunk));
  stack.stderr?.on('data', (chunk) => (output += chunk));
  const until = Date.now() + 100_000;
  for (;;) {
    try {
      if ((await fetch(`${NGINX}/robots.txt`)).ok) break;
    } catch {
      // not up yet
    }
    if (stack.exitCode !== null || Date.now() > until) throw new Error(`deploy/start.sh did not come up:\n${output.slice(-3000)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
});

test.afterAll(() => {
  if (stack?.pid) process.kill(-stack.pid, 'SIGTERM');
});

test('a prerendered story comes from the build file, byte for byte what Next sends, with the same security headers', async ({ request }) => {
  const direct = await request.get('/news/telecom-fraud-crackdown');
  const viaNginx = await request.get(`${NGINX}/news/telecom-fraud-crackdown`);
  expect(viaNginx.status()).toBe(200);
  expect(viaNginx.headers()['x-cache']).toBe('PRERENDERED');
  expect(await viaNginx.text()).toBe(await direct.text());
  for (const name of HEADERS) expect(viaNginx.headers()[name], name).toBe(direct.headers()[name]);
  expect(viaNginx.headers()['x-powered-by']).toBeUndefined();
  const gzipped = await request.get(`${NGINX}/news/telecom-fraud-crackdown`, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(gzipped.headers()['content-encoding']).toBe('gzip');
});

test('search goes through Next every time: each visitor gets a fresh nonce, never a cached page', async ({ request }) => {
  const nonces = new Set<string>();
  for (let i = 0; i < 3; i++) {
    const response = await request.get(`${NGINX}/search?q=${encodeURIComponent('公检法')}`);
    expect(response.status()).toBe(200);
    const policy = response.headers()['content-security-policy'] ?? '';
    expect(policy).toContain("'strict-dynamic'");
    nonces.add(/'nonce-([^']+)'/.exec(policy)?.[1] ?? '');
    expect(response.headers()['x-cache']).not.toBe('HIT');
  }
  expect(nonces.size).toBe(3);
});

test('the reader’s settings are never cached: each reader gets the no-script stylesheet of their own cookie', async ({ request }) => {
  for (const cookie of ['reader-mode=elder', '', 'reader-mode=elder; font-size=larger', '']) {
    const response = await request.get(`${NGINX}/noscript.css`, { headers: cookie ? { cookie } : {} });
    expect(response.status()).toBe(200);
    expect(response.headers()['x-cache']).not.toBe('HIT');
    expect(response.headers()['cache-control']).toBe('private, no-cache');
    const css = await response.text();
    if (cookie.includes('elder')) expect(css).toContain('html:root p');
    else expect(css).not.toContain('html:root');
    if (cookie.includes('larger')) expect(css).toContain('html:root:root { font-size: 162.5%; }');
  }
  for (let i = 0; i < 2; i++) {
    const response = await request.get(`${NGINX}/prefs?reader-mode=elder`, { maxRedirects: 0, headers: { referer: `${NGINX}/scams` } });
    expect(response.status()).toBe(303);
    expect(response.headers()['location']).toBe('/scams');
    expect(response.headers()['set-cookie']).toContain('reader-mode=elder');
    expect(response.headers()['x-cache']).not.toBe('HIT');
  }
});

test('other methods are refused, unknown pages are 404, assets are immutable', async ({ request }) => {
  for (const url of ['/news/telecom-fraud-crackdown', '/search?q=x']) {
    const response = await request.fetch(`${NGINX}${url}`, { method: 'POST', data: 'x=1' });
    expect(response.status(), url).toBe(405);
  }
  expect((await request.get(`${NGINX}/news/no-such-story`)).status()).toBe(404);
  const html = await (await request.get(`${NGINX}/`)).text();
  const asset = /<script[^>]+src="(\/_next\/static\/[^"]+)"/.exec(html)?.[1];
  expect(asset).toBeDefined();
  const response = await request.get(`${NGINX}${asset}`);
  expect(response.status()).toBe(200);
  expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
});
