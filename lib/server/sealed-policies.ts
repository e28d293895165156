/**
 * The sealed policy of each static page this process has sent, by the page's ETag. Next
 * computes the ETag from the page's bytes, and a static page is sealed without changing
 * them (lib/server/seal-scripts.ts), so the ETag names the body the policy was computed
 * from: a later answer with that ETag (a cache hit, a HEAD, a 304) gets the policy
 * without holding back and scanning the page again. Each page is thus hashed once, when
 * it is first sent after Next rendered or stored it (at build, on first request, on
 * revalidation), not on every request.
 */

/** About one entry a page of a large site (10,000 stories and their lists); ~700 bytes each. */
const LIMIT = 20_000;

const policies = new Map<string, string>();

export function rememberPolicy(etag: string, policy: string): void {
  policies.delete(etag);
  policies.set(etag, policy);
  // A Map iterates in insertion order: the first key is the least recently used.
  if (policies.size > LIMIT) {
    const oldest = policies.keys().next();
    if (!oldest.done) policies.delete(oldest.value);
  }
}

export function knownPolicy(etag: string): string | undefined {
  const policy = policies.get(etag);
  if (policy !== undefined) rememberPolicy(etag, policy);
  return policy;
}
