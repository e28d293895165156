/**
 * Where /prefs sends the reader back to: the page they came from, only if it is a
 * page of this site. Anything else (another site, //host, /\host, javascript:, a
 * missing or malformed Referer, /prefs itself) sends them home, so the route can never
 * be used as an open redirect. The answer is always a path on this site, never a URL.
 */
const HOME = '/';

/**
 * `siteHosts`: this site's host names with port (the request's Host, the configured
 * SITE_URL's). The scheme is not compared: behind a TLS proxy the server sees http
 * while the browser's Referer says https.
 */
export function safeReturnPath(referer: string | null | undefined, siteHosts: readonly string[], ownPath: string): string {
  if (!referer) return HOME;
  let url: URL;
  try {
    url = new URL(referer);
  } catch {
    return HOME;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !siteHosts.includes(url.host)) return HOME;
  // A same-site URL can still have a path like //host (from /.//host): one leading slash only.
  const pathname = `/${url.pathname.replace(/^\/+/, '')}`;
  if (pathname === ownPath) return HOME;
  return `${pathname}${url.search}`;
}
