/**
 * Feed, sitemap, robots.txt and manifest answer conditional requests
 * (lib/site/conditional-response.ts): validators on every 200, 304 when the client's
 * copy is current, the full document otherwise.
 */
import { describe, expect, it } from 'vitest';
import { GET as feed } from '@/app/feed.xml/route';
import { GET as manifest } from '@/app/manifest.webmanifest/route';
import { GET as robots } from '@/app/robots.txt/route';
import { GET as sitemap } from '@/app/sitemap.xml/route';
import { conditionalResponse, representation } from '@/lib/site/conditional-response';

const CHANGED = new Date('2022-06-11T08:30:15.500Z');
const doc = representation('<rss/>', 'application/rss+xml; charset=utf-8', CHANGED);
const get = (headers: Record<string, string> = {}) => conditionalResponse(new Request('http://localhost/feed.xml', { headers }), doc);

describe('conditional responses', () => {
  it('a plain request gets the document with its type, ETag and Last-Modified', async () => {
    const response = get();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    expect(response.headers.get('etag')).toMatch(/^"[\w-]{32}"$/);
    expect(response.headers.get('last-modified')).toBe('Sat, 11 Jun 2022 08:30:15 GMT');
    expect(response.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    expect(await response.text()).toBe('<rss/>');
  });

  it('the same ETag, or a copy as new as the document, gets 304 without a body', async () => {
    const etag = get().headers.get('etag')!;
    const cases: Record<string, string>[] = [
      { 'if-none-match': etag },
      { 'if-none-match': `"other", ${etag}` },
      { 'if-modified-since': 'Sat, 11 Jun 2022 08:30:15 GMT' },
      { 'if-modified-since': 'Sun, 12 Jun 2022 00:00:00 GMT' },
    ];
    for (const headers of cases) {
      const response = get(headers);
      expect(response.status, JSON.stringify(headers)).toBe(304);
      expect(response.headers.get('etag')).toBe(etag);
      expect(await response.text()).toBe('');
    }
  });

  it('another ETag or an older copy gets the document; If-None-Match outranks If-Modified-Since', () => {
    expect(get({ 'if-none-match': '"stale"' }).status).toBe(200);
    expect(get({ 'if-modified-since': 'Sat, 11 Jun 2022 08:30:14 GMT' }).status).toBe(200);
    expect(get({ 'if-none-match': '"stale"', 'if-modified-since': 'Sun, 12 Jun 2022 00:00:00 GMT' }).status).toBe(200);
  });

  it('every document route declares its charset and revalidates', async () => {
    const routes = [
      [feed, '/feed.xml', 'application/rss+xml; charset=utf-8', true],
      [sitemap, '/sitemap.xml', 'application/xml; charset=utf-8', true],
      [robots, '/robots.txt', 'text/plain; charset=utf-8', false],
      [manifest, '/manifest.webmanifest', 'application/manifest+json; charset=utf-8', false],
    ] as const;
    for (const [route, path, type, dated] of routes) {
      const first = await route(new Request(`http://localhost${path}`));
      expect(first.headers.get('content-type'), path).toBe(type);
      expect(first.headers.has('last-modified'), path).toBe(dated);
      const etag = first.headers.get('etag')!;
      expect((await route(new Request(`http://localhost${path}`, { headers: { 'if-none-match': etag } }))).status, path).toBe(304);
      if (dated) {
        const since = first.headers.get('last-modified')!;
        expect((await route(new Request(`http://localhost${path}`, { headers: { 'if-modified-since': since } }))).status, path).toBe(304);
      }
    }
  });
});
