/**
 * One address per answer for the pages that answer a typed query (search, its JSON API,
 * the helper). Shared caches (nginx's short-lived cache in deploy/nginx.conf) key pages
 * by their address, so queries that differ only in spacing, full-width characters,
 * traditional characters, parameter order, percent-encoding or unknown parameters (share
 * links gain tracking parameters) are redirected to one canonical address by proxy.ts.
 *
 * The canonical address renders exactly the page its variants would have: the routes
 * read only the parameters listed here, take the first value of a single-valued one,
 * and normalise the text the same way before matching (lib/search/normalize.ts).
 */
import { canonicalText } from '../text/normalize';

/** text: typed text, normalised; one: the first value as sent; many: every value as sent. */
export type ParameterKind = 'text' | 'one' | 'many';

/** The parameters a route reads, in their canonical order. */
export type QuerySpec = readonly (readonly [name: string, kind: ParameterKind])[];

/** The canonical query string (without `?`) for the parameters a route was sent. */
export function canonicalQueryString(params: URLSearchParams, spec: QuerySpec): string {
  const canonical = new URLSearchParams();
  for (const [name, kind] of spec) {
    const values = params.getAll(name);
    if (kind === 'many') {
      for (const value of values) canonical.append(name, value);
    } else if (values[0] !== undefined) {
      canonical.append(name, kind === 'text' ? canonicalText(values[0]) : values[0]);
    }
  }
  return canonical.toString();
}

/**
 * The canonical form of `url`'s query for a route that reads `spec`, or undefined when
 * the URL already is canonical.
 */
export function canonicalRedirect(url: URL, spec: QuerySpec): URL | undefined {
  const query = canonicalQueryString(url.searchParams, spec);
  if (query === url.search.slice(1)) return undefined;
  const target = new URL(url);
  target.search = query;
  return target;
}
