/**
 * Whether an inline script is one the render itself writes into a page, told by its shape.
 * A static page has no nonce to prove where a script came from, and hashing whatever
 * inline script the HTML holds would also bless one that reached it through content
 * (should sanitizing ever fail). Only these shapes are hashed; any other inline script is
 * refused by the browser, and the server says so in its log (lib/server/seal-response.ts).
 *
 *   - the reader-settings boot script (app/layout.tsx), exactly;
 *   - Next's RSC data: `self.__next_f.push(<JSON>)`, the first one prefixed with the
 *     array's creation (node_modules/next/dist/server/app-render/use-flight-response.js);
 *   - Turbopack's chunk bootstrap: one `(globalThis[<JSON>] || (globalThis[<JSON>] =
 *     [])).push(<JSON>);` a line (node_modules/next/dist/server/get-page-files.js).
 *
 * The JSON parts are checked with JSON.parse: data, never code. A Next upgrade that adds a
 * kind of inline script shows as refused scripts in the log and fails the browser tests
 * (tests/e2e/http.spec.ts counts CSP violations); add its shape here.
 */
import { READER_PREFS_BOOT_SCRIPT } from '../site/reader-prefs';

function isJson(text: string, kind: 'array' | 'object' | 'string'): boolean {
  try {
    const value: unknown = JSON.parse(text);
    if (kind === 'array') return Array.isArray(value);
    if (kind === 'object') return typeof value === 'object' && value !== null && !Array.isArray(value);
    return typeof value === 'string';
  } catch {
    return false;
  }
}

/** `before<JSON of kind>after`, exactly. */
function wraps(text: string, before: string, after: string, kind: 'array' | 'object'): boolean {
  return (
    text.length >= before.length + after.length &&
    text.startsWith(before) &&
    text.endsWith(after) &&
    isJson(text.slice(before.length, text.length - after.length), kind)
  );
}

const FLIGHT_START = '(self.__next_f=self.__next_f||[]).push([0])';
const FLIGHT_PUSH = 'self.__next_f.push(';

function isFlightScript(text: string): boolean {
  if (text === FLIGHT_START) return true;
  if (text.startsWith(FLIGHT_START)) return wraps(text.slice(FLIGHT_START.length), `;${FLIGHT_PUSH}`, ')', 'array');
  return wraps(text, FLIGHT_PUSH, ')', 'array');
}

const TURBOPACK_LINE = /^\(globalThis\[("(?:[^"\\]|\\.)*")\] \|\| \(globalThis\[\1\] = \[\]\)\)\.push\(([\s\S]*)\);$/;

function isTurbopackBootstrap(text: string): boolean {
  return text.split('\n').every((line) => {
    const [, name = '', params = ''] = TURBOPACK_LINE.exec(line) ?? [];
    return isJson(name, 'string') && isJson(params, 'object');
  });
}

export function isRenderScript(text: string): boolean {
  return text === READER_PREFS_BOOT_SCRIPT || isFlightScript(text) || isTurbopackBootstrap(text);
}
