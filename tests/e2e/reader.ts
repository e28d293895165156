/**
 * Helpers for the reader's settings (字号, 长辈版) in browser tests: open a page with
 * settings chosen (as cookies, the way /prefs stores them), and measure what the reader
 * sees from the page's computed styles.
 */
import type { Browser, BrowserContext, Locator, Page } from '@playwright/test';
import { PREFS, type ReaderPrefs } from '../../lib/site/reader-prefs';

export const PAGES = {
  home: '/',
  story: '/news/telecom-fraud-crackdown',
  fraudCase: '/cases/credit-record-bait',
  scamType: '/scams/impersonating-authorities',
  help: `/help?q=${encodeURIComponent('对方自称公安局，让我视频配合调查')}`,
  statement: '/accessibility',
  search: `/search?q=${encodeURIComponent('公检法')}`,
} as const;

/** The pages with running text: stories, cases, scam types, the statement. */
export const TEXT_PAGES = [PAGES.story, PAGES.fraudCase, PAGES.scamType, PAGES.statement] as const;

export interface ReaderOptions {
  prefs?: Partial<ReaderPrefs>;
  javaScript?: boolean;
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
}

export async function setPrefs(context: BrowserContext, baseURL: string, prefs: Partial<ReaderPrefs>): Promise<void> {
  const cookies = [];
  if (prefs.fontSize) cookies.push({ name: PREFS.fontSize.cookie, value: prefs.fontSize, url: baseURL });
  if (prefs.mode) cookies.push({ name: PREFS.mode.cookie, value: prefs.mode, url: baseURL });
  await context.addCookies(cookies);
}

/** A fresh context with these settings; close it with `page.context().close()`. */
export async function readerPage(browser: Browser, baseURL: string, options: ReaderOptions = {}): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    javaScriptEnabled: options.javaScript ?? true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1280, height: 720 },
  });
  await setPrefs(context, baseURL, options.prefs ?? {});
  return context.newPage();
}

export const ELDER_NO_JS: ReaderOptions = { prefs: { mode: 'elder' }, javaScript: false };

/**
 * Press a control that goes through /prefs and back (a full page load, even to the same
 * address), and wait for the new page and its stylesheets.
 */
export async function pressAndReload(page: Page, control: Locator): Promise<void> {
  const navigated = page.waitForEvent('framenavigated', (frame) => frame === page.mainFrame());
  await control.click();
  await navigated;
  await page.waitForLoadState('load');
}

/** The root font size in px (what rem means on the page). */
export function rootFontSize(page: Page): Promise<number> {
  return page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
}

export interface ParagraphMetrics {
  text: string;
  fontSize: number;
  lineHeight: number;
  /** Gap to the next paragraph sibling, if it is one */
  gapToNext?: number;
  nextLineHeight?: number;
}

/** Every visible paragraph of the page's main content, with its size, line height and the space to the next. */
export function paragraphMetrics(page: Page): Promise<ParagraphMetrics[]> {
  return page.evaluate(() => {
    const visible = (el: Element) => el.getClientRects().length > 0 && !el.closest('.visually-hidden');
    return [...document.querySelectorAll('main p')].filter(visible).map((p) => {
      const style = getComputedStyle(p);
      const next = p.nextElementSibling;
      const metrics: { text: string; fontSize: number; lineHeight: number; gapToNext?: number; nextLineHeight?: number } = {
        text: (p.textContent ?? '').trim().slice(0, 30),
        fontSize: parseFloat(style.fontSize),
        lineHeight: parseFloat(style.lineHeight),
      };
      // Paragraphs stacked one above the other (not side by side in a row, like a byline and a date).
      const stacked = next && next.getBoundingClientRect().top > p.getBoundingClientRect().top + 1;
      if (next instanceof HTMLParagraphElement && stacked && visible(next) && (next.textContent ?? '').trim()) {
        metrics.gapToNext = next.getBoundingClientRect().top - p.getBoundingClientRect().bottom;
        metrics.nextLineHeight = parseFloat(getComputedStyle(next).lineHeight);
      }
      return metrics;
    });
  });
}

export interface TextContrast {
  text: string;
  ratio: number;
  color: string;
  background: string;
}

/** A visible element with text of its own: the text's start, its size and colour, and the first opaque background behind it. */
interface ShownText {
  text: string;
  size: number;
  color: string;
  background: string;
}

/** Every visible element with text of its own under the elements matching `scope`, except inside `skip`. */
function shownTexts(page: Page, scope: string, skip: string): Promise<ShownText[]> {
  return page.evaluate(
    ({ scope, skip }) => {
      const backgroundOf = (el: Element | null): string => {
        for (let node = el; node; node = node.parentElement) {
          const background = getComputedStyle(node).backgroundColor;
          const [, , , alpha = 1] = (background.match(/[\d.]+/g) ?? []).map(Number);
          if (alpha > 0 && background !== 'transparent') return background;
        }
        return getComputedStyle(document.documentElement).backgroundColor || 'rgb(255, 255, 255)';
      };
      const texts: ShownText[] = [];
      for (const root of document.querySelectorAll(scope)) {
        for (const el of [root, ...root.querySelectorAll('*')]) {
          if (el.closest(skip) || el.getClientRects().length === 0) continue;
          const ownText = [...el.childNodes]
            .filter((node) => node.nodeType === Node.TEXT_NODE)
            .map((node) => node.textContent ?? '')
            .join('')
            .trim();
          if (!ownText) continue;
          const style = getComputedStyle(el);
          texts.push({ text: ownText.slice(0, 20), size: parseFloat(style.fontSize), color: style.color, background: backgroundOf(el) });
        }
      }
      return texts;
    },
    { scope, skip },
  );
}

/** Relative luminance of a computed `rgb(…)` colour, by the WCAG formula. */
function luminance(color: string): number {
  const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).map(Number);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/**
 * The contrast of every visible piece of text on the page (elements with text of their
 * own, outside SVG drawings), from the computed colour and the first opaque background
 * behind it, by the WCAG formula.
 */
export async function textContrasts(page: Page, scope = 'body'): Promise<TextContrast[]> {
  return (await shownTexts(page, scope, 'svg, .visually-hidden, script, style, noscript')).map(({ text, color, background }) => {
    const [l1 = 0, l2 = 0] = [luminance(color), luminance(background)].sort((a, b) => b - a);
    return { text, ratio: (l1 + 0.05) / (l2 + 0.05), color, background };
  });
}

/** Font sizes of every visible piece of text under `scope` (outside SVG drawings). */
export async function textSizes(page: Page, scope: string): Promise<{ text: string; size: number }[]> {
  return (await shownTexts(page, scope, 'svg, .visually-hidden')).map(({ text, size }) => ({ text, size }));
}

/**
 * Controls under `scope` smaller than 48 × 48 px (长辈版's target size), described; links
 * inside running text are text, not targets, and a tick box is pressed through its row.
 */
export function smallTargets(page: Page, scope = 'body'): Promise<string[]> {
  return page.evaluate((scopeSelector) => {
    const targets = [...document.querySelectorAll<HTMLElement>(scopeSelector)]
      .flatMap((root) => [...root.querySelectorAll<HTMLElement>('button, input, select, textarea, a:not(:is(p, .prose, td, dd) a)')])
      .filter((el) => el.getClientRects().length > 0 && !el.classList.contains('skip-link'))
      .map((el) => (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio') ? (el.closest('label') ?? el) : el));
    return targets
      .map((el) => ({ el: el.outerHTML.slice(0, 60), box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 48 - 0.5 || box.height < 48 - 0.5)
      .map(({ el, box }) => `${el} ${box.width.toFixed(0)}×${box.height.toFixed(0)}`);
  }, scope);
}

/** Sum of the page's layout shifts so far (the CLS score's raw material). */
export function layoutShift(page: Page): Promise<number> {
  return page.evaluate(() => {
    const observer = new PerformanceObserver(() => {});
    // With `buffered`, observe() fills the observer's buffer with every earlier shift at once.
    observer.observe({ type: 'layout-shift', buffered: true });
    const total = observer.takeRecords().reduce((sum, entry) => sum + (entry as PerformanceEntry & { value: number }).value, 0);
    observer.disconnect();
    return total;
  });
}
