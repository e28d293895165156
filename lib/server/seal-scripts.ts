/**
 * Seals a page: its script policy allows exactly the inline scripts the render wrote, each
 * by its SHA-256, plus the build's script files ('self'); no 'unsafe-inline', no nonce.
 * A sealed page holds no secret, so any number of visitors can share it from a cache,
 * and an inline script the render did not write matches no hash: the browser refuses it.
 *
 * Which scripts the render wrote:
 *
 *   - a page rendered under the nonce policy (search, the helper): the scripts carrying
 *     its nonce N. N exists only inside this server, so a script that carries it was
 *     written by the render, never injected through the query the page echoes. N is
 *     then removed from the page.
 *   - any other page (static, cached by Next and nginx): the scripts of the shapes Next
 *     and the layout write (lib/server/render-scripts.ts). The page is left unchanged.
 *
 * The boot script is always allowed (its hash is part of every policy); JSON-LD is data,
 * never run, and needs no hash (lib/server/inline-scripts.ts).
 */
import { hashedPolicy, scriptHash } from '../site/security-headers';
import { inlineScripts } from './inline-scripts';
import { isRenderScript } from './render-scripts';

export interface SealedPage {
  html: string;
  policy: string;
  /** Hashes of inline scripts the render did not write: refused by the policy. */
  refused: string[];
}

/** The nonce a policy names, if it is a nonce policy. */
export function policyNonce(policy: string): string | undefined {
  return /'nonce-([^']+)'/.exec(policy)?.[1];
}

export function sealScripts(html: string, nonce?: string): SealedPage {
  const allowed = new Set<string>();
  const refused = new Set<string>();
  for (const script of inlineScripts(html)) {
    const own = nonce === undefined ? isRenderScript(script.text) : script.nonce === nonce;
    (own ? allowed : refused).add(scriptHash(script.text));
  }
  const policy = hashedPolicy([...allowed]);
  return {
    html: nonce === undefined ? html : html.replaceAll(` nonce="${nonce}"`, ''),
    policy,
    refused: [...refused].filter((hash) => !policy.includes(hash)),
  };
}
