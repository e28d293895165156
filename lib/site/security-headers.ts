/**
 * Security headers for every response (wired in next.config.ts).
 *
 * Content-Security-Policy: everything is same-origin; no plugins, no framing, no
 * <base> tricks, forms post only here. Scripts are 'self' plus 'unsafe-inline'
 * because Next streams each page's data as inline <script> pushes that differ per
 * page: nonces would force every page to render per request (no static HTML, no
 * CDN caching) and hashes cannot be known for pages rendered on demand. Content
 * is sanitized at build time and every reflected query is escaped by React, which
 * the hostile-input tests check; revisit if Next ships hash-based CSP for flight data.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
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
].join('; ');

export const SECURITY_HEADERS: { key: string; value: string }[] = [
  { key: 'Content-Security-Policy', value: CONTENT_SECURITY_POLICY },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];
