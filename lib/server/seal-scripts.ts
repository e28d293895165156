/**
 * Turns a page rendered under the nonce policy into one that any number of visitors
 * can share from a cache (nginx keeps search and helper answers a few seconds), with a
 * policy that still refuses injected script:
 *
 *   - Next rendered the page with a fresh nonce N on each of its own scripts. N exists
 *     only inside this server, so a script that carries it was written by the render,
 *     never injected through the query the page echoes.
 *   - Each inline script carrying N is allowed by the SHA-256 of its text instead; N is
 *     removed from the page. External scripts are the build's own files ('self').
 *   - The result: `script-src 'self' <hashes>`: no nonce to share, no 'unsafe-inline';
 *     an inline script the render did not write matches no hash and is blocked.
 *
 * The HTML is React's own output, so a pattern is enough to find its scripts: React
 * writes attributes in double quotes, and Next escapes `<` inside inline script text,
 * so no script ends early. Scripts without N (the boot script, allowed by its hash in
 * the nonce policy already; JSON-LD, which is data) are left as they are.
 */
import { hashedPolicy, scriptHash } from '../site/security-headers';

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;

export interface SealedPage {
  html: string;
  policy: string;
}

/** The nonce a policy names, if it is a nonce policy. */
export function policyNonce(policy: string): string | undefined {
  return /'nonce-([^']+)'/.exec(policy)?.[1];
}

export function sealScripts(html: string, nonce: string): SealedPage {
  const nonceAttribute = ` nonce="${nonce}"`;
  const hashes = new Set<string>();
  for (const [, attributes = '', text = ''] of html.matchAll(SCRIPT)) {
    if (attributes.includes(nonceAttribute) && !/\bsrc=/.test(attributes)) hashes.add(scriptHash(text));
  }
  return { html: html.replaceAll(nonceAttribute, ''), policy: hashedPolicy([...hashes]) };
}
