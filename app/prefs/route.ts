import type { NextRequest } from 'next/server';
import { site } from '@/lib/site/config';
import { isPrefValue, PREFS, PREFS_PATH, prefCookie, type PrefName } from '@/lib/site/reader-prefs';
import { safeReturnPath } from '@/lib/site/return-path';

/**
 * GET /prefs?font-size=large or ?reader-mode=elder: the 字号 and 长辈版 controls' plain
 * form, so they work without JavaScript. Remembers the choice in a cookie and sends the
 * reader back to the page they were on (303, never cached).
 */
export function GET(request: NextRequest) {
  const headers = new Headers({ 'Cache-Control': 'no-store' });
  const secure = request.nextUrl.protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https';
  for (const name of Object.keys(PREFS) as PrefName[]) {
    const value = request.nextUrl.searchParams.get(PREFS[name].cookie);
    if (isPrefValue(name, value)) headers.append('Set-Cookie', prefCookie(name, value, secure));
  }
  const hosts = [request.headers.get('host') ?? request.nextUrl.host, new URL(site.url).host];
  headers.set('Location', safeReturnPath(request.headers.get('referer'), hosts, PREFS_PATH));
  return new Response(null, { status: 303, headers });
}
