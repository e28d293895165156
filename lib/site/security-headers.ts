/**
 * Security headers for every response (wired in next.config.ts and proxy.ts).
 *
 * Content-Security-Policy: everything is same-origin; no plugins, no framing, no
 * <base> tricks, forms post only here. Two script policies:
 *
 *   - Pages rendered per request — search and the helper, the only pages that echo
 *     what a visitor typed — get a strict policy: a fresh nonce per response (set by
 *     proxy.ts; Next puts it on each of its scripts), the hash of our one inline
 *     script (the reader-settings boot script), 'strict-dynamic', no 'unsafe-inline'.
 *     The production server (server.ts) then trades the nonce for the hashes of the
 *     scripts that carried it (lib/server/seal-scripts.ts), so the answer can be
 *     shared from a cache for a few seconds: 'self', those hashes, no 'unsafe-inline'.
 *   - Every other page is static HTML built once and cached (by Next, nginx or a
 *     CDN), so it cannot carry a per-request nonce, and Next streams each page's data
 *     as inline <script> pushes whose hashes are unknown for pages rendered on first
 *     request. Those pages keep 'self' 'unsafe-inline'. They echo nothing from the
 *     request, and their content is sanitized at build time (hostile-content tests).
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

/** For static pages (see above). */
export const CONTENT_SECURITY_POLICY = policy("'self' 'unsafe-inline'");

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
