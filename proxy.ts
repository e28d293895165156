/**
 * First look at every request, before routing: refuse what no page can answer,
 * cleanly, instead of letting it reach the router (where a malformed
 * percent-escape in the path would surface as a 500); send typed queries to their
 * one canonical address (lib/site/canonical-query.ts); answer addresses that name
 * nothing with the full not-found page (lib/site/missing-page.ts); give the pages
 * that echo input their nonce policy.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { HELP_QUERY } from './lib/fraud/help-request';
import { SEARCH_QUERY } from './lib/search/query';
import { canonicalRedirect, type QuerySpec } from './lib/site/canonical-query';
import { namesNothing } from './lib/site/missing-page';
import { newNonce, noncePolicy, STATIC_PAGE_HEADERS, usesNoncePolicy } from './lib/site/security-headers';
import { paths } from './lib/site/urls';

/** Longer paths are not links anyone follows; reject before decoding them. */
export const MAX_PATH_LENGTH = 2048;

function refuse(status: number, message: string, extra: Record<string, string> = {}): NextResponse {
  const response = new NextResponse(`${message}\n`, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...extra },
  });
  for (const { key, value } of STATIC_PAGE_HEADERS) response.headers.set(key, value);
  return response;
}

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  // Pages are read-only: only the helper and search forms exist, and they use GET.
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return refuse(405, '405 Method Not Allowed：本站页面只支持 GET 和 HEAD 请求。', { Allow: 'GET, HEAD' });
  }
  if (pathname.length > MAX_PATH_LENGTH) return refuse(414, '414 URI Too Long：网址过长。');
  try {
    decodeURIComponent(pathname);
  } catch {
    return refuse(400, '400 Bad Request：网址中的百分号编码无效。');
  }
  const spec = QUERY_ROUTES.get(pathname);
  // Client-side navigations (RSC requests) carry Next's own parameters: leave them be.
  const canonical = spec && !request.headers.has('rsc') ? canonicalRedirect(request.nextUrl, spec) : undefined;
  if (canonical) return NextResponse.redirect(canonical, 308);
  if (namesNothing(pathname)) return NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url));
  if (usesNoncePolicy(pathname)) return withNonce(request);
  return NextResponse.next();
}

/** Routes that answer a typed query, and the parameters each reads (lib/site/canonical-query.ts). */
const QUERY_ROUTES = new Map<string, QuerySpec>([
  [paths.search(), SEARCH_QUERY],
  [paths.searchApi(), SEARCH_QUERY],
  [paths.help(), HELP_QUERY],
]);

/**
 * No route can ever answer here (app/ folders starting with _ are private), so Next sends
 * its full not-found page (app/not-found.tsx) with status 404 and `Cache-Control:
 * private, no-store`. (Rewritten to Next's own /_not-found route instead, the 404 would
 * be marked `s-maxage=31536000`; a proxy cannot shorten that: Next overrides it.)
 */
const NOT_FOUND_PATH = '/_missing';

/**
 * Pages that echo the visitor's input get a strict script policy with a fresh nonce.
 * Next reads the nonce from the request's CSP header and puts it on its scripts.
 */
function withNonce(request: NextRequest): NextResponse {
  const policy = noncePolicy(newNonce());
  const headers = new Headers(request.headers);
  headers.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  // Static assets are files: nothing here applies to them, so skip the work.
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
