/**
 * The reader's own settings: text size (字号) and the 长辈版 (elder) mode.
 *
 * They live in cookies, not localStorage, so that they work without JavaScript:
 *   - with JavaScript, the boot script below copies them onto <html> as attributes
 *     before first paint, and app/reader-modes.css styles those attributes;
 *   - without it, the page's <noscript> stylesheet /noscript.css (app/noscript.css)
 *     is that same CSS with the reader's own attribute selectors made unconditional.
 * Either way every page stays static HTML, identical for every reader.
 * The controls set them through /prefs (app/prefs), a plain GET form, or in place with JavaScript.
 */

export const FONT_SIZES = [
  { id: 'standard', label: '标准' },
  { id: 'large', label: '大' },
  { id: 'larger', label: '特大' },
] as const;

export const READER_MODES = [
  { id: 'standard', label: '标准版' },
  { id: 'elder', label: '长辈版' },
] as const;

export type FontSizeId = (typeof FONT_SIZES)[number]['id'];
export type ReaderModeId = (typeof READER_MODES)[number]['id'];

export interface ReaderPrefs {
  fontSize: FontSizeId;
  mode: ReaderModeId;
}

/** Each setting: its cookie (also the /prefs query parameter), the <html> attribute it sets, its values. */
export const PREFS = {
  fontSize: { cookie: 'font-size', attribute: 'data-font-size', values: FONT_SIZES.map((size) => size.id) },
  mode: { cookie: 'reader-mode', attribute: 'data-mode', values: READER_MODES.map((mode) => mode.id) },
} as const;

export type PrefName = keyof typeof PREFS;
const PREF_NAMES = Object.keys(PREFS) as PrefName[];

/** The first value of each setting is its default, written as no attribute and no cookie. */
export const DEFAULT_PREFS: ReaderPrefs = { fontSize: 'standard', mode: 'standard' };

/** Where the controls send a setting: /prefs?font-size=large, /prefs?reader-mode=elder. */
export const PREFS_PATH = '/prefs';

/** A year: a reader who chose 特大 should not have to choose it again. */
const COOKIE_MAX_AGE = 365 * 24 * 60 * 60;

export function isPrefValue<N extends PrefName>(name: N, value: string | null | undefined): value is ReaderPrefs[N] {
  return (PREFS[name].values as readonly string[]).includes(value ?? '');
}

/** The settings in a cookie jar (anything unknown or missing reads as the default). */
export function readPrefs(cookie: (name: string) => string | undefined): ReaderPrefs {
  const fontSize = cookie(PREFS.fontSize.cookie);
  const mode = cookie(PREFS.mode.cookie);
  return {
    fontSize: isPrefValue('fontSize', fontSize) ? fontSize : DEFAULT_PREFS.fontSize,
    mode: isPrefValue('mode', mode) ? mode : DEFAULT_PREFS.mode,
  };
}

/** The attribute selectors (`[data-mode="elder"]`) that these settings switch on. */
export function activeScopes(prefs: ReaderPrefs): string[] {
  return PREF_NAMES.filter((name) => prefs[name] !== DEFAULT_PREFS[name]).map((name) => `[${PREFS[name].attribute}="${prefs[name]}"]`);
}

/**
 * The cookie that stores one setting, for Set-Cookie and for document.cookie alike.
 * Not HttpOnly: the boot script reads it. The default deletes the cookie.
 */
export function prefCookie<N extends PrefName>(name: N, value: ReaderPrefs[N], secure: boolean): string {
  const maxAge = value === DEFAULT_PREFS[name] ? 0 : COOKIE_MAX_AGE;
  return `${PREFS[name].cookie}=${value}; Path=/; Max-Age=${maxAge}; SameSite=Lax${secure ? '; Secure' : ''}`;
}

/**
 * Runs in <head> before first paint, so a remembered setting never makes the page jump.
 * It must stay one constant string (the strict CSP allows it by its hash).
 */
export const READER_PREFS_BOOT_SCRIPT = `(function(){try{var d=document.documentElement,c='; '+document.cookie+';',p=${JSON.stringify(
  PREF_NAMES.map((name) => [PREFS[name].cookie, PREFS[name].attribute, PREFS[name].values.filter((value) => value !== DEFAULT_PREFS[name])]),
)};for(var i=0;i<p.length;i++){var v=c.split('; '+p[i][0]+'=')[1];v=v&&v.split(';')[0];if(p[i][2].indexOf(v)>=0)d.setAttribute(p[i][1],v)}}catch(e){}})();`;

/** In the browser: apply a setting to this page at once and remember it. */
export function applyPref<N extends PrefName>(name: N, value: ReaderPrefs[N]): void {
  const root = document.documentElement;
  if (value === DEFAULT_PREFS[name]) root.removeAttribute(PREFS[name].attribute);
  else root.setAttribute(PREFS[name].attribute, value);
  document.cookie = prefCookie(name, value, location.protocol === 'https:');
}

/** In the browser: the setting this page shows. */
export function appliedPref<N extends PrefName>(name: N): ReaderPrefs[N] {
  const value = document.documentElement.getAttribute(PREFS[name].attribute);
  return isPrefValue(name, value) ? value : DEFAULT_PREFS[name];
}
