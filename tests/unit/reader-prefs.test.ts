// The reader's settings (字号, 长辈版): cookies, the boot script, /prefs and /noscript.css.
import fs from 'node:fs';
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { GET as prefsRoute } from '@/app/prefs/route';
import { GET as noscriptRoute } from '@/app/noscript.css/route';
import { activateScopes, noscriptStylesheet, READER_MODES_CSS_FILE } from '@/lib/site/noscript-stylesheet';
import { activeScopes, DEFAULT_PREFS, PREFS, prefCookie, READER_PREFS_BOOT_SCRIPT, readPrefs } from '@/lib/site/reader-prefs';
import { safeReturnPath } from '@/lib/site/return-path';

const jar = (cookies: Record<string, string>) => (name: string) => cookies[name];

/** Runs the boot script against a document with these cookies; returns the attributes it set. */
function boot(cookie: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  const document = { cookie, documentElement: { setAttribute: (name: string, value: string) => (attributes[name] = value) } };
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- runs the very string pages inline, as the browser would
  (new Function('document', READER_PREFS_BOOT_SCRIPT) as (doc: typeof document) => void)(document);
  return attributes;
}

describe('reader settings', () => {
  it('read from cookies, anything unknown as the default', () => {
    expect(readPrefs(jar({}))).toEqual(DEFAULT_PREFS);
    expect(readPrefs(jar({ 'font-size': 'larger', 'reader-mode': 'elder' }))).toEqual({ fontSize: 'larger', mode: 'elder' });
    expect(readPrefs(jar({ 'font-size': 'huge', 'reader-mode': '<script>' }))).toEqual(DEFAULT_PREFS);
  });

  it('name the attribute selectors they switch on', () => {
    expect(activeScopes(DEFAULT_PREFS)).toEqual([]);
    expect(activeScopes({ fontSize: 'large', mode: 'elder' })).toEqual(['[data-font-size="large"]', '[data-mode="elder"]']);
  });

  it('are stored for a year site-wide, and the default deletes the cookie', () => {
    expect(prefCookie('mode', 'elder', false)).toBe('reader-mode=elder; Path=/; Max-Age=31536000; SameSite=Lax');
    expect(prefCookie('fontSize', 'standard', true)).toBe('font-size=standard; Path=/; Max-Age=0; SameSite=Lax; Secure');
  });

  it('are put on <html> by the boot script before paint, only for known values', () => {
    expect(boot('')).toEqual({});
    expect(boot('a=1; font-size=larger; reader-mode=elder; b=2')).toEqual({ 'data-font-size': 'larger', 'data-mode': 'elder' });
    expect(boot('reader-mode=elder')).toEqual({ 'data-mode': 'elder' });
    // Look-alike names and unknown values are ignored.
    expect(boot('xfont-size=large; font-size=standard; reader-mode=elderly')).toEqual({});
  });
});

describe('app/reader-modes.css and /noscript.css', () => {
  const css = fs.readFileSync(READER_MODES_CSS_FILE, 'utf8');

  it('has rules for every setting other than the default, in the exact selector form the stylesheet rewrites', () => {
    for (const pref of Object.values(PREFS)) {
      for (const value of pref.values.slice(1)) expect(css).toContain(`html[${pref.attribute}="${value}"]`);
    }
  });

  it('makes the chosen settings unconditional and leaves the others inert', () => {
    const elder = activateScopes(css, { fontSize: 'standard', mode: 'elder' });
    expect(elder).not.toContain('[data-mode="elder"]');
    expect(elder).toContain('html:root {');
    expect(elder).toContain('html:root p { margin-block: 2.1em; }');
    // The elder-and-large rule waits for a size the reader did not choose.
    expect(elder).toContain('html:root[data-font-size="large"]');
    const both = activateScopes(css, { fontSize: 'larger', mode: 'elder' });
    expect(both).toContain('html:root:root { font-size: 162.5%; }');
    expect(both).toContain('html[data-font-size="large"] { font-size: 131.25%; }');
  });

  it('gives a reader with no settings only the rule that hides script-only controls', () => {
    expect(noscriptStylesheet(DEFAULT_PREFS).body).toBe('.read-aloud { display: none; }\n');
  });

  it('is private, revalidated, and answers 304 when the settings have not changed', async () => {
    const request = (cookie: string, etag?: string) =>
      new NextRequest('http://localhost/noscript.css', { headers: { cookie, ...(etag ? { 'if-none-match': etag } : {}) } });
    const elder = noscriptRoute(request('reader-mode=elder'));
    expect(elder.status).toBe(200);
    expect(elder.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(elder.headers.get('cache-control')).toBe('private, no-cache');
    expect(elder.headers.get('vary')).toBe('Cookie');
    expect(await elder.text()).toContain('html:root p');
    const etag = elder.headers.get('etag')!;
    expect(noscriptRoute(request('reader-mode=elder', etag)).status).toBe(304);
    // Another reader, another answer.
    const plain = noscriptRoute(request('', etag));
    expect(plain.status).toBe(200);
    expect(await plain.text()).not.toContain('html:root');
  });
});

describe('/prefs', () => {
  const visit = (query: string, referer?: string) =>
    prefsRoute(new NextRequest(`http://news.test/prefs${query}`, { headers: { host: 'news.test', ...(referer ? { referer } : {}) } }));

  it('remembers the choice and goes back to the page it came from, never cached', () => {
    const response = visit('?reader-mode=elder', 'http://news.test/news/x?y=1');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/news/x?y=1');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('set-cookie')).toBe('reader-mode=elder; Path=/; Max-Age=31536000; SameSite=Lax');
  });

  it('sets a size, ignores unknown values, and goes home without a usable Referer', () => {
    const response = visit('?font-size=larger&reader-mode=nonsense');
    expect(response.headers.get('set-cookie')).toBe('font-size=larger; Path=/; Max-Age=31536000; SameSite=Lax');
    expect(response.headers.get('location')).toBe('/');
    expect(visit('?font-size=gigantic').headers.get('set-cookie')).toBeNull();
  });

  it('marks the cookie Secure behind an https proxy', () => {
    const response = prefsRoute(new NextRequest('http://news.test/prefs?reader-mode=standard', { headers: { 'x-forwarded-proto': 'https' } }));
    expect(response.headers.get('set-cookie')).toBe('reader-mode=standard; Path=/; Max-Age=0; SameSite=Lax; Secure');
  });
});

describe('safeReturnPath: /prefs is never an open redirect', () => {
  const hosts = ['news.test', 'news.test:8443'];
  it.each([
    ['http://news.test/sections/law', '/sections/law'],
    ['https://news.test:8443/search?q=%E5%85%AC', '/search?q=%E5%85%AC'],
    ['http://news.test/.//evil.example/x', '/evil.example/x'],
    ['http://news.test//evil.example', '/evil.example'],
    ['http://news.test/prefs', '/'],
    ['https://evil.example/news/x', '/'],
    ['http://news.test.evil.example/', '/'],
    ['//evil.example/', '/'],
    ['/\\evil.example/', '/'],
    ['javascript:alert(1)', '/'],
    ['not a url', '/'],
    ['', '/'],
  ])('%s → %s', (referer, expected) => {
    expect(safeReturnPath(referer, hosts, '/prefs')).toBe(expected);
  });

  it('always answers a path with one leading slash', () => {
    for (const referer of ['http://news.test/', 'http://news.test/a/../..//b', 'http://news.test/%2F%2Fevil']) {
      expect(safeReturnPath(referer, hosts, '/prefs')).toMatch(/^\/(?!\/)/);
    }
  });
});
