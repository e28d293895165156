import type { NextRequest } from 'next/server';
import { noscriptStylesheet } from '@/lib/site/noscript-stylesheet';
import { readPrefs } from '@/lib/site/reader-prefs';

/**
 * Per reader, so private and revalidated on every use (a 304 when the settings did not
 * change); Vary: Cookie in case anything between ignores `private`. deploy/nginx.conf
 * never caches it either.
 */
export function GET(request: NextRequest) {
  const { body, etag } = noscriptStylesheet(readPrefs((name) => request.cookies.get(name)?.value));
  const headers = { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'private, no-cache', Vary: 'Cookie', ETag: etag };
  if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
  return new Response(body, { headers });
}
