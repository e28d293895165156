/**
 * First look at every request, before routing: refuse what no page can answer,
 * cleanly, instead of letting it reach the router (where a malformed
 * percent-escape in the path would surface as a 500).
 */
import { NextResponse, type NextRequest } from 'next/server';
import { newNonce, noncePolicy, STATIC_PAGE_HEADERS, usesNoncePolicy } from './lib/site/security-headers';

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
  if (usesNoncePolicy(pathname)) return withNonce(request);
  return NextResponse.next();
}

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
