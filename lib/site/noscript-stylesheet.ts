/**
 * /noscript.css: the stylesheet of a browser without JavaScript, linked from every
 * page inside <noscript> (so browsers with JavaScript never fetch it). Pages are static
 * and identical for everyone; this small per-reader response is what carries the
 * reader's 字号 and 长辈版 choice to them.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { activeScopes, type ReaderPrefs } from './reader-prefs';

export const NOSCRIPT_STYLESHEET_PATH = '/noscript.css';

/** The rules of the settings (also bundled into the site's CSS for browsers with JavaScript). */
export const READER_MODES_CSS_FILE = path.join(process.cwd(), 'app', 'reader-modes.css');

/** Controls that only work with JavaScript (read-aloud): hidden rather than dead. */
const WITHOUT_SCRIPT_CSS = '.read-aloud { display: none; }\n';

/**
 * app/reader-modes.css with the reader's own selectors made unconditional:
 * `[data-mode="elder"]` becomes `:root` (same specificity), so `html[data-mode="elder"] p`
 * applies as `html:root p`. Rules of settings not chosen keep selectors that never match.
 */
export function activateScopes(css: string, prefs: ReaderPrefs): string {
  return activeScopes(prefs).reduce((text, scope) => text.replaceAll(scope, ':root'), css);
}

let readerModesCss: string | undefined;

export function noscriptStylesheet(prefs: ReaderPrefs): { body: string; etag: string } {
  readerModesCss ??= fs.readFileSync(READER_MODES_CSS_FILE, 'utf8');
  const scopes = activeScopes(prefs);
  const body = WITHOUT_SCRIPT_CSS + (scopes.length ? activateScopes(readerModesCss, prefs) : '');
  return { body, etag: `"${crypto.createHash('sha256').update(body).digest('base64url').slice(0, 22)}"` };
}
