/**
 * Responses that feed readers, crawlers and browsers can revalidate: an ETag (a hash of
 * the body) and, when the document knows when it last changed, Last-Modified; a request
 * whose copy is still current (If-None-Match / If-Modified-Since, judged by `fresh`, the
 * check Express uses) gets 304 with no body. For the feed, sitemap, robots.txt and the
 * web manifest, which Next's file conventions would send without validators.
 */
import crypto from 'node:crypto';
import fresh from 'fresh';
import { publishedView, type PublishedView } from '../content/queries';

export interface Representation {
  body: string;
  /** With its charset, e.g. application/xml; charset=utf-8 */
  contentType: string;
  etag: string;
  lastModified?: Date;
}

/** Clients may keep a copy but must ask whether it is current (cheap: a 304). */
const CACHE_CONTROL = 'public, max-age=0, must-revalidate';

/** A document and its validators (the ETag hashes the body: build it once, see perContent). */
export function representation(body: string, contentType: string, lastModified?: Date): Representation {
  const etag = `"${crypto.createHash('sha256').update(body, 'utf8').digest('base64url').slice(0, 32)}"`;
  return { body, contentType, etag, lastModified };
}

export function conditionalResponse(request: Request, representation: Representation): Response {
  const headers: Record<string, string> = {
    'Content-Type': representation.contentType,
    'Cache-Control': CACHE_CONTROL,
    ETag: representation.etag,
  };
  // HTTP dates have whole seconds; a finer time would never compare equal.
  if (representation.lastModified) headers['Last-Modified'] = new Date(Math.floor(representation.lastModified.getTime() / 1000) * 1000).toUTCString();
  const requestHeaders = {
    'if-none-match': request.headers.get('if-none-match') ?? undefined,
    'if-modified-since': request.headers.get('if-modified-since') ?? undefined,
  };
  if (fresh(requestHeaders, { etag: headers.ETag, 'last-modified': headers['Last-Modified'] })) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(representation.body, { headers });
}

/**
 * `build` run once per published view (a new one appears whenever the content changes
 * or a scheduled record goes public), so a conditional request costs a hash lookup, not
 * a rebuild.
 */
export function perContent<T>(build: () => T): () => T {
  const cache = new WeakMap<PublishedView, T>();
  return () => {
    const view = publishedView();
    let value = cache.get(view);
    if (value === undefined) {
      value = build();
      cache.set(view, value);
    }
    return value;
  };
}
