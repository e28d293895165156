/**
 * Security headers for every response (wired in next.config.ts and proxy.ts).
 *
 * Content-Security-Policy: everything is same-origin; no plugins, no framing, no
 * <base> tricks, forms post only here. No page allows 'unsafe-inline' scripts: the
 * production server (server.ts) seals every HTML page before it leaves
 * (lib/server/seal-response.ts): `script-src 'self' <hashes>`, the SHA-256 of each
 * inline script the render wrote, so an inline script it did not write is refused.
 *
 *   - Static pages (prerendered at build, or rendered on first request and stored) are
 *     the same HTML for everyone, cached by Next and nginx, so they cannot carry a
 *     per-request nonce: their own scripts are told by shape (Next's data pushes, the
 *     reader-settings boot script; lib/server/render-scripts.ts) and the page is hashed
 *     once per version (lib/server/sealed-policies.ts). Next's headers give them
 *     `script-src 'self'` (CONTENT_SECURITY_POLICY), the policy anything unsealed keeps:
 *     non-HTML answers, a HEAD, a page too large to hold back.
 *   - Search and the helper, the only pages that echo what a visitor typed, are rendered
 *     with a fresh nonce per response (proxy.ts; Next puts it on each of its scripts), the
 *     boot script's hash and 'strict-dynamic'; the seal trades the nonce for the hashes of
 *     the scripts that carried it, so nginx can share the answer for a few seconds.
 *   - `next dev` serves pages unsealed, so its static pages keep 'unsafe-inline'.
 */
import crypto from 'node:crypto';
import { READER_PREFS_BOOT_SCRIPT } from './reader-prefs';

/** Routes rendered per request, which get the nonce policy: the exact path (pages below
 *  one, like the after-care pages /help/<slug>, are static and keep the static policy). */
export const NONCE_ROUTES = ['/search', '/help'] as const;

export function usesNoncePolicy(pathname: string): boolean {
  return NONCE_ROUTES.some((route) => pathname === route || pathname === `${route}/`);
}

/** next.config `source` for every path except the NONCE_ROUTES (they get their policy from proxy.ts). */
export const STATIC_POLICY_SOURCE = `/((?!(?:${NONCE_ROUTES.map((route) => route.slice(1)).join('|')})/?$).*)`;

/** CSP source expression for an inline script's exact text. */
export function scriptHash(script: string): string {
  return `'sha256-${crypto.createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

const OTHER_DIRECTIVES = [
  // React style attributes cannot carry a nonce; styles cannot run code.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "manifest-src 'self'",
];

const policy = (scriptSrc: string) => ["default-src 'self'", `script-src ${scriptSrc}`, ...OTHER_DIRECTIVES].join('; ');

/** Next's policy for every response but the nonce pages; server.ts replaces it on each HTML page (see above). */
export const CONTENT_SECURITY_POLICY = policy(process.env.NODE_ENV === 'development' ? "'self' 'unsafe-inline'" : "'self'");

/** Our one inline script, allowed by its hash under the nonce policy (computed once). */
const BOOT_SCRIPT_HASH = scriptHash(READER_PREFS_BOOT_SCRIPT);

/** For pages rendered per request; `nonce` must be fresh and unguessable for each response. */
export function noncePolicy(nonce: string): string {
  // React's development build evaluates code for its debugging aids (next dev only).
  const devEval = process.env.NODE_ENV === 'development' ? " 'unsafe-eval'" : '';
  return policy(`'nonce-${nonce}' ${BOOT_SCRIPT_HASH} 'strict-dynamic'${devEval}`);
}

/**
 * For a page whose own inline scripts are known (lib/server/seal-scripts.ts): each by its
 * hash, the build's script files by origin. Without 'strict-dynamic', which would
 * ignore 'self' and refuse those files.
 */
export function hashedPolicy(inlineScriptHashes: readonly string[]): string {
  return policy(["'self'", BOOT_SCRIPT_HASH, ...inlineScriptHashes.filter((hash) => hash !== BOOT_SCRIPT_HASH)].join(' '));
}

export function newNonce(): string {
  return crypto.randomBytes(16).toString('base64');
}

/** Everything but the CSP, identical on every response. */
export const SECURITY_HEADERS: { key: string; value: string }[] = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/** Every header of a response that is not one of the nonce pages: static pages, and plain answers like 405. */
export const STATIC_PAGE_HEADERS: { key: string; value: string }[] = [...SECURITY_HEADERS, { key: 'Content-Security-Policy', value: CONTENT_SECURITY_POLICY }];
