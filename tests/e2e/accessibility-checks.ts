/**
 * The browser checks behind the claims of /accessibility (lib/site/accessibility-claims.ts),
 * one function per CheckId. tests/e2e/accessibility.spec.ts runs each once, for every
 * claim that names it; the Record type makes a claim's new check impossible to forget.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Browser, type Page } from '@playwright/test';
import { READ_ALOUD_TARGETS } from '../../lib/read-aloud/targets';
import type { CheckId } from '../../lib/site/accessibility-claims';
import { site } from '../../lib/site/config';
import { FIXTURE } from './fixture-content';
import { highlighted, shownText, spoken, squash, stubSpeech } from './speech-stub';
import {
  ELDER_NO_JS,
  PAGES,
  paragraphMetrics,
  pressAndReload,
  readerPage,
  rootFontSize,
  smallTargets,
  textContrasts,
  textSizes,
  TEXT_PAGES,
  type ReaderOptions,
} from './reader';

export interface CheckContext {
  browser: Browser;
  baseURL: string;
}

type Check = (context: CheckContext) => Promise<void>;

const SAMPLE_PAGES = Object.values(PAGES);
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** Open a page with these settings, run `body` on it, close it. */
async function onPage(context: CheckContext, options: ReaderOptions, body: (page: Page) => Promise<void>): Promise<void> {
  const page = await readerPage(context.browser, context.baseURL, options);
  try {
    await body(page);
  } finally {
    await page.context().close();
  }
}

const MODES: { name: string; options: ReaderOptions }[] = [
  { name: '标准版', options: {} },
  { name: '长辈版', options: { prefs: { mode: 'elder' } } },
];

function noHorizontalScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/**
 * Tab through every visible control; each must be reached once, in order, with a focus ring
 * at least `ring` px wide. Returns how many controls there are.
 */
export async function tabThrough(page: Page, ring: number): Promise<number> {
  const controls = await page.evaluate(
    () =>
      [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea')].filter(
        (el) => el.getClientRects().length > 0 || el.classList.contains('skip-link'),
      ).length,
  );
  expect(controls).toBeGreaterThan(5);
  const reached: number[] = [];
  for (let i = 0; i < controls; i++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const el = document.activeElement;
      if (!(el instanceof HTMLElement) || el === document.body) return null;
      const style = getComputedStyle(el);
      return {
        index: [...document.querySelectorAll('*')].indexOf(el),
        tag: el.outerHTML.slice(0, 60),
        ring: style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth),
      };
    });
    expect(focus, `focus lost after ${i + 1} presses of Tab`).not.toBeNull();
    expect(focus!.ring, focus!.tag).toBeGreaterThanOrEqual(ring);
    reached.push(focus!.index);
  }
  // Every control once, in document order; and Tab goes on out of the last one (no trap).
  expect(new Set(reached).size).toBe(controls);
  expect(reached).toEqual([...reached].sort((a, b) => a - b));
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => [...document.querySelectorAll('*')].indexOf(document.activeElement!))).not.toBe(reached[reached.length - 1]);
  return controls;
}

export const CHECKS: Record<CheckId, Check> = {
  async 'elder-switch'(context) {
    await onPage(context, { javaScript: false }, async (page) => {
      for (const url of SAMPLE_PAGES) {
        await page.goto(url);
        await expect(page.locator('header').getByRole('button', { name: '长辈版', exact: true }), url).toBeVisible();
      }
      await page.goto(PAGES.story);
      await pressAndReload(page, page.getByRole('button', { name: '长辈版', exact: true }));
      expect(await rootFontSize(page)).toBe(20);
      await page.goto(PAGES.statement);
      await page.reload();
      expect(await rootFontSize(page)).toBe(20);
      await pressAndReload(page, page.getByRole('button', { name: '退出长辈版' }));
      expect(await rootFontSize(page)).toBe(18);
    });
  },

  async 'font-size'(context) {
    for (const javaScript of [false, true]) {
      await onPage(context, { javaScript }, async (page) => {
        await page.goto(PAGES.story);
        const larger = page.getByRole('group', { name: '文字大小' }).getByRole('button', { name: '特大' });
        if (javaScript) await larger.click();
        else await pressAndReload(page, larger);
        expect(await rootFontSize(page)).toBe(24);
        await page.goto(PAGES.fraudCase);
        expect(await rootFontSize(page)).toBe(24);
      });
    }
  },

  async 'elder-text-size'(context) {
    await onPage(context, ELDER_NO_JS, async (page) => {
      for (const url of SAMPLE_PAGES) {
        await page.goto(url);
        const small = (await textSizes(page, 'main, footer')).filter((text) => text.size < 20);
        expect(small, url).toEqual([]);
      }
    });
    await onPage(context, { ...ELDER_NO_JS, prefs: { mode: 'elder', fontSize: 'larger' } }, async (page) => {
      await page.goto(PAGES.story);
      expect(await rootFontSize(page)).toBe(26);
    });
  },

  async 'elder-spacing'(context) {
    for (const fontSize of ['standard', 'large', 'larger'] as const) {
      await onPage(context, { ...ELDER_NO_JS, prefs: { mode: 'elder', fontSize } }, async (page) => {
        for (const url of TEXT_PAGES) {
          await page.goto(url);
          for (const p of await paragraphMetrics(page)) {
            expect(p.lineHeight / p.fontSize, p.text).toBeCloseTo(1.6, 2);
            if (p.gapToNext !== undefined) expect(p.gapToNext / Math.max(p.lineHeight, p.nextLineHeight!), p.text).toBeGreaterThanOrEqual(1.3 - 0.01);
          }
        }
      });
    }
    await onPage(context, {}, async (page) => {
      await page.goto(PAGES.story);
      for (const p of await paragraphMetrics(page)) expect(p.lineHeight / p.fontSize, p.text).toBeCloseTo(1.8, 2);
    });
  },

  async 'elder-contrast'(context) {
    for (const colorScheme of ['light', 'dark'] as const) {
      await onPage(context, { ...ELDER_NO_JS, colorScheme }, async (page) => {
        for (const url of [PAGES.story, PAGES.statement]) {
          await page.goto(url);
          const low = (await textContrasts(page, 'main')).filter((text) => text.ratio < 7);
          expect(low, `${colorScheme} ${url}`).toEqual([]);
        }
      });
    }
  },

  async 'not-color-alone'(context) {
    await onPage(context, {}, async (page) => {
      await page.goto(PAGES.fraudCase);
      const links = await page.evaluate(() => [...document.querySelectorAll('.prose a, main p a')].map((a) => getComputedStyle(a).textDecorationLine));
      expect(links.length).toBeGreaterThan(0);
      for (const line of links) expect(line).toContain('underline');
      // The outcome is written out, beside its coloured icon.
      await expect(page.locator('.outcome').first()).toHaveText(/[\u4e00-\u9fff]{2,}/);
      // Warnings say “警告” to screen readers, not just a red “!”.
      await expect(page.locator('.warning-text').first()).toContainText('警告：');
    });
  },

  async keyboard(context) {
    for (const { options, ring } of [
      { options: {}, ring: 3 },
      { options: { prefs: { mode: 'elder' as const } }, ring: 4 },
    ]) {
      await onPage(context, options, async (page) => {
        await page.goto(PAGES.story);
        await tabThrough(page, ring);
      });
    }
  },

  async 'elder-cursor'(context) {
    await onPage(context, ELDER_NO_JS, async (page) => {
      await page.goto(PAGES.story);
      const cursors = await page.evaluate(() => ({
        body: getComputedStyle(document.querySelector('main p')!).cursor,
        link: getComputedStyle(document.querySelector('nav a')!).cursor,
        button: getComputedStyle(document.querySelector('header button')!).cursor,
      }));
      expect(cursors.body).toContain('/cursors/arrow.svg');
      expect(cursors.link).toContain('/cursors/hand.svg');
      expect(cursors.button).toContain('/cursors/hand.svg');
      for (const name of ['arrow', 'hand']) {
        const response = await page.request.get(`/cursors/${name}.svg`);
        expect(response.headers()['content-type']).toContain('image/svg+xml');
        expect(await response.text()).toMatch(/<svg[^>]+width="64" height="64"/);
      }
    });
    await onPage(context, {}, async (page) => {
      await page.goto(PAGES.story);
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('main p')!).cursor)).toBe('auto');
    });
  },

  async 'read-aloud'(context) {
    const pages = [
      [PAGES.story, READ_ALOUD_TARGETS.story],
      [PAGES.fraudCase, READ_ALOUD_TARGETS.fraudCase],
      [PAGES.scamType, READ_ALOUD_TARGETS.scamType],
      [PAGES.help, READ_ALOUD_TARGETS.helpResult],
    ] as const;
    await onPage(context, {}, async (page) => {
      await page.addInitScript(stubSpeech, { auto: true, voices: ['zh-CN'] });
      for (const [url, target] of pages) {
        await page.goto(url);
        await page.getByRole('group', { name: '朗读正文' }).getByRole('button', { name: '朗读' }).click();
        await expect(page.getByRole('status').filter({ hasText: '朗读完毕' }), url).toBeVisible();
        expect(squash(await spoken(page)), url).toBe(await shownText(page, target));
      }
    });
    await onPage(context, {}, async (page) => {
      await page.addInitScript(stubSpeech, { auto: false, voices: ['zh-CN'] });
      await page.goto(PAGES.story);
      const main = page.locator('.read-aloud__main');
      await main.click();
      await expect.poll(() => spoken(page)).toHaveLength(1);
      expect(await highlighted(page)).toBe((await spoken(page))[0]);
      await main.click();
      await expect(page.getByRole('status')).toHaveText('已暂停。');
      await main.click();
      await expect.poll(() => spoken(page)).toHaveLength(2);
      await page.getByRole('button', { name: '停止' }).click();
      await expect(page.getByRole('status')).toHaveText('已停止朗读。');
      expect(await highlighted(page)).toBeNull();
    });
    await onPage(context, { javaScript: false }, async (page) => {
      for (const [url] of pages) {
        await page.goto(url);
        await expect(page.locator('.read-aloud'), url).toBeHidden();
      }
    });
  },

  async 'elder-targets'(context) {
    await onPage(context, ELDER_NO_JS, async (page) => {
      for (const url of [PAGES.story, PAGES.help, PAGES.search, `/sections/${FIXTURE.pagedSection}`]) {
        await page.goto(url);
        expect(await smallTargets(page), url).toEqual([]);
      }
    });
  },

  async 'elder-hotline'(context) {
    await onPage(context, { ...ELDER_NO_JS, viewport: { width: 390, height: 700 } }, async (page) => {
      for (const url of [PAGES.story, PAGES.statement]) {
        await page.goto(url);
        const hotline = page.locator('header a.hotline-link');
        await expect(hotline).toHaveAttribute('href', `tel:${site.hotline.number}`);
        await expect(hotline).toHaveCSS('position', 'fixed');
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
        await expect(hotline).toBeInViewport();
      }
    });
  },

  async 'elder-header'(context) {
    await onPage(context, ELDER_NO_JS, async (page) => {
      await page.goto(PAGES.story);
      const nav = page.getByRole('navigation', { name: '主导航' });
      await expect(nav.getByRole('link')).toHaveText(['首页', '反诈骗', '反诈案例', '我该怎么办', '往期', '搜索']);
      await expect(page.locator('header form[role="search"]')).toBeHidden();
      await expect(page.getByRole('button', { name: '退出长辈版' })).toBeVisible();
    });
    // On a phone: the crumbs between home and the page itself, and a case's answer on the first screen.
    await onPage(context, { ...ELDER_NO_JS, viewport: { width: 390, height: 844 } }, async (page) => {
      await page.goto(PAGES.fraudCase);
      await expect(page.locator('.breadcrumbs li').filter({ visible: true })).toHaveText(['反诈骗', '虚假征信类']);
      for (const part of ['.case-answer__what dd', '.case-answer__stop dd', `.case-answer a[href="tel:${site.hotline.number}"]`]) {
        await expect(page.locator(part)).toBeInViewport({ ratio: 1 });
      }
    });
    await onPage(context, { javaScript: false }, async (page) => {
      await page.goto(PAGES.story);
      await expect(page.locator('header form[role="search"]')).toBeVisible();
      expect(await page.getByRole('navigation', { name: '主导航' }).getByRole('link').count()).toBeGreaterThan(5);
    });
  },

  async 'no-popups'(context) {
    for (const { options } of MODES) {
      await onPage(context, options, async (page) => {
        await page.addInitScript(() => {
          window.open = () => {
            document.documentElement.dataset.openedWindow = 'yes';
            return null;
          };
        });
        for (const url of SAMPLE_PAGES) {
          await page.goto(url);
          await page.mouse.move(300, 300);
          const found = await page.evaluate(() => ({
            frames: document.querySelectorAll('iframe, frame, dialog, [role="dialog"], [role="alertdialog"], [popover]').length,
            // Apps and files to install; saving one of the site's own pictures (a case's 转给家人看 card) is not one.
            downloads: [...document.querySelectorAll('a[href]')].filter((a) => {
              const href = a.getAttribute('href') ?? '';
              const ownPicture = /^\/[^?#]*\.(?:png|jpe?g)(?:[?#]|$)/.test(href);
              return (a.hasAttribute('download') && !ownPicture) || /\.apk$|apps\.apple\.com|itunes\.apple\.com/.test(href);
            }).length,
            // Nothing floats over the page but 长辈版's hotline button.
            fixed: [...document.querySelectorAll('body *')].filter(
              (el) => ['fixed', 'sticky'].includes(getComputedStyle(el).position) && !el.classList.contains('hotline-link'),
            ).length,
            opened: document.documentElement.dataset.openedWindow ?? 'no',
          }));
          expect(found, url).toEqual({ frames: 0, downloads: 0, fixed: 0, opened: 'no' });
        }
      });
    }
  },

  async 'no-media'(context) {
    await onPage(context, {}, async (page) => {
      for (const url of SAMPLE_PAGES) {
        await page.goto(url);
        expect(await page.locator('video, audio, embed, object, [autoplay]').count(), url).toBe(0);
      }
    });
  },

  async 'no-motion'(context) {
    await onPage(context, {}, async (page) => {
      for (const url of SAMPLE_PAGES) {
        await page.goto(url);
        const moving = await page.evaluate(() => ({
          animations: document.getAnimations().length,
          animated: [...document.querySelectorAll('*')].filter((el) => getComputedStyle(el).animationName !== 'none').length,
          marquees: document.querySelectorAll('marquee, blink').length,
        }));
        expect(moving, url).toEqual({ animations: 0, animated: 0, marquees: 0 });
      }
    });
  },

  async 'no-login'(context) {
    await onPage(context, {}, async (page) => {
      for (const url of [...SAMPLE_PAGES, '/help']) {
        await page.goto(url);
        const personal = await page.evaluate(
          () =>
            [...document.querySelectorAll('input, textarea')].filter(
              (el) =>
                ['password', 'email', 'tel'].includes(el.getAttribute('type') ?? '') ||
                /name|tel|email|captcha|验证码/i.test(`${el.getAttribute('autocomplete') ?? ''} ${el.getAttribute('name') ?? ''} ${el.id}`),
            ).length,
        );
        expect(personal, url).toBe(0);
      }
    });
  },

  async axe(context) {
    // Every route type in both modes and both colour schemes: tests/e2e/a11y.spec.ts. Here, the statement itself.
    for (const { options } of MODES) {
      for (const colorScheme of ['light', 'dark'] as const) {
        await onPage(context, { ...options, colorScheme }, async (page) => {
          await page.goto(PAGES.statement);
          const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
          expect(results.violations.map((v) => v.id)).toEqual([]);
        });
      }
    }
  },

  async 'images-alt'(context) {
    await onPage(context, {}, async (page) => {
      await page.goto(`/news/${FIXTURE.illustratedStory}`);
      const images = await page.evaluate(() => [...document.querySelectorAll('main img')].map((img) => img.getAttribute('alt')));
      expect(images.length).toBeGreaterThan(1);
      for (const alt of images) expect(alt?.trim()).toBeTruthy();
      // Charts: the drawing is hidden from screen readers, the table beside it carries the figures.
      await page.goto(PAGES.scamType);
      for (const svg of await page.locator('svg.chart__svg').all()) await expect(svg).toHaveAttribute('aria-hidden', 'true');
    });
  },

  async 'reading-order'(context) {
    await onPage(context, {}, async (page) => {
      for (const url of SAMPLE_PAGES) {
        await page.goto(url);
        const order = await page.evaluate(() => {
          const all = [...document.querySelectorAll('*')];
          const at = (selector: string) => all.indexOf(document.querySelector(selector)!);
          return {
            header: at('body > header'),
            main: at('main'),
            footer: at('body > footer'),
            firstHeading: document.querySelector('main :is(h1, h2, h3)')?.tagName,
          };
        });
        expect(order.header, url).toBeLessThan(order.main);
        expect(order.main, url).toBeLessThan(order.footer);
        expect(order.firstHeading, url).toBe('H1');
      }
    });
  },

  async orientation(context) {
    for (const viewport of [
      { width: 360, height: 740 },
      { width: 740, height: 360 },
    ]) {
      await onPage(context, { viewport }, async (page) => {
        for (const url of [PAGES.story, PAGES.help]) {
          await page.goto(url);
          expect(await noHorizontalScroll(page), `${url} ${viewport.width}×${viewport.height}`).toBeLessThanOrEqual(0);
        }
      });
    }
  },

  async 'text-resize'(context) {
    // The largest size is 150% of the browser's; with 200% browser zoom a 1280 px window is 640 px wide.
    await onPage(context, { prefs: { fontSize: 'larger' }, viewport: { width: 640, height: 720 } }, async (page) => {
      for (const url of [PAGES.story, PAGES.home, PAGES.help]) {
        await page.goto(url);
        expect(await rootFontSize(page)).toBe(24);
        expect(await noHorizontalScroll(page), url).toBeLessThanOrEqual(0);
      }
    });
  },

  async reflow(context) {
    for (const { name, options } of MODES) {
      await onPage(context, { ...options, viewport: { width: 320, height: 640 } }, async (page) => {
        for (const url of SAMPLE_PAGES) {
          await page.goto(url);
          expect(await noHorizontalScroll(page), `${name} ${url}`).toBeLessThanOrEqual(0);
        }
      });
    }
  },

  async 'text-spacing'(context) {
    await onPage(context, { viewport: { width: 390, height: 800 } }, async (page) => {
      for (const url of [PAGES.story, PAGES.fraudCase, PAGES.help]) {
        await page.goto(url);
        // WCAG 1.4.12's spacing, as a reader's own style sheet would set it.
        await page.addStyleTag({
          content:
            '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }',
        });
        expect(await noHorizontalScroll(page), url).toBeLessThanOrEqual(0);
        const clipped = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('body *')]
            .filter((el) => !el.closest('.visually-hidden, .skip-link, svg') && el.getClientRects().length > 0)
            .filter((el) => {
              const style = getComputedStyle(el);
              const hides = (value: string) => value === 'hidden' || value === 'clip';
              return (hides(style.overflowX) && el.scrollWidth > el.clientWidth + 1) || (hides(style.overflowY) && el.scrollHeight > el.clientHeight + 1);
            })
            .map((el) => el.outerHTML.slice(0, 60)),
        );
        expect(clipped, url).toEqual([]);
      }
    });
  },

  async 'no-shortcuts'(context) {
    await onPage(context, {}, async (page) => {
      await page.goto(PAGES.story);
      for (const key of ['s', 'j', 'k', '/', '?', 'f', 'g', '1']) await page.keyboard.press(key);
      expect(new URL(page.url()).pathname).toBe(PAGES.story);
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
    });
  },

  async 'no-refresh'(context) {
    await onPage(context, {}, async (page) => {
      for (const url of SAMPLE_PAGES) {
        const response = await page.goto(url);
        expect(response?.headers()['refresh'], url).toBeUndefined();
        expect(await page.locator('meta[http-equiv="refresh" i]').count(), url).toBe(0);
      }
    });
  },

  async 'skip-link'(context) {
    for (const { options } of MODES) {
      await onPage(context, options, async (page) => {
        for (const url of [PAGES.story, PAGES.statement]) {
          await page.goto(url);
          await page.keyboard.press('Tab');
          const skip = page.getByRole('link', { name: '跳到正文' });
          await expect(skip).toBeFocused();
          await expect(skip).toBeInViewport();
          await page.keyboard.press('Enter');
          await expect(page.locator('main')).toBeFocused();
        }
      });
    }
  },

  async 'page-titles'(context) {
    await onPage(context, {}, async (page) => {
      const titles = new Set<string>();
      for (const url of SAMPLE_PAGES) {
        await page.goto(url);
        const title = await page.title();
        if (url === PAGES.home) expect(title).toBe(site.name);
        else {
          expect(title, url).toMatch(new RegExp(` - ${site.name}$`));
          expect(title.length, url).toBeGreaterThan(` - ${site.name}`.length + 1);
        }
        titles.add(title);
      }
      expect(titles.size).toBe(SAMPLE_PAGES.length);
      await page.goto(PAGES.story);
      expect(await page.title()).toContain((await page.locator('h1').innerText()).trim());
    });
  },

  async 'multiple-ways'(context) {
    for (const { options } of MODES) {
      await onPage(context, { ...options, javaScript: false }, async (page) => {
        for (const url of [PAGES.story, PAGES.fraudCase]) {
          await page.goto(url);
          const nav = page.getByRole('navigation', { name: '主导航' });
          await expect(nav.getByRole('link', { name: '往期' })).toBeVisible();
          await expect(nav.getByRole('link', { name: '反诈骗' })).toBeVisible();
          // Search: the box in the header, or in 长辈版 a link to the search page.
          const searchBox = page.locator('header form[role="search"]');
          if (await searchBox.isVisible()) await expect(searchBox.getByRole('searchbox')).toBeVisible();
          else await expect(nav.getByRole('link', { name: '搜索' })).toHaveAttribute('href', '/search');
        }
      });
    }
  },

  async 'headings-labels'(context) {
    await onPage(context, {}, async (page) => {
      for (const url of [...SAMPLE_PAGES, '/help']) {
        await page.goto(url);
        await expect(page.locator('h1'), url).toHaveCount(1);
        const unlabelled = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLInputElement>('input, select, textarea')]
            .filter((el) => el.type !== 'hidden' && !el.labels?.length && !el.getAttribute('aria-label') && !el.getAttribute('aria-labelledby'))
            .map((el) => el.outerHTML.slice(0, 60)),
        );
        expect(unlabelled, url).toEqual([]);
      }
      await page.goto('/help');
      await expect(page.getByLabel('对方是怎么说的？')).toHaveAttribute('aria-describedby', 'help-q-hint');
    });
  },

  async language(context) {
    await onPage(context, { javaScript: false }, async (page) => {
      for (const url of SAMPLE_PAGES) {
        await page.goto(url);
        await expect(page.locator('html'), url).toHaveAttribute('lang', 'zh-CN');
      }
    });
  },

  async 'no-context-change'(context) {
    await onPage(context, {}, async (page) => {
      await page.goto('/help');
      const box = page.locator('.help-option input[type="checkbox"]').first();
      await box.focus();
      await page.keyboard.press('Space');
      await expect(box).toBeChecked();
      await page.getByLabel('对方是怎么说的？').fill('对方说是客服');
      expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/help');
      await page.goto(PAGES.search);
      await page.locator('.search-page-form summary').click();
      const select = page.locator('.search-page-form select').first();
      await select.focus();
      await select.selectOption({ index: 1 });
      expect(page.url()).toContain(PAGES.search);
      // Focusing the header's search box goes nowhere either.
      await page.locator('#site-search').focus();
      expect(page.url()).toContain(PAGES.search);
    });
  },

  async 'consistent-nav'(context) {
    await onPage(context, {}, async (page) => {
      const seen = new Set<string>();
      for (const url of SAMPLE_PAGES) {
        await page.goto(url);
        const frame = await page.evaluate(() => ({
          nav: [...document.querySelectorAll('header nav a')].map((a) => `${a.textContent}→${a.getAttribute('href')}`),
          hotline: document.querySelector('header .hotline-link')?.textContent,
          controls: [...document.querySelectorAll('header button')].map((b) => b.textContent),
          footer: [...document.querySelectorAll('footer a')].map((a) => `${a.textContent}→${a.getAttribute('href')}`),
        }));
        seen.add(JSON.stringify(frame));
      }
      expect(seen.size).toBe(1);
    });
  },

  async 'errors-in-text'(context) {
    await onPage(context, { javaScript: false }, async (page) => {
      await page.goto(`/search?q=${'骗'.repeat(250)}`);
      await expect(page.getByText('关键词太长，只搜索了前 200 个字。')).toBeVisible();
      await page.goto(`/search?q=${encodeURIComponent('齉龘齉龘')}`);
      await expect(page.getByRole('heading', { name: '没有找到与“齉龘齉龘”相关的内容' })).toBeVisible();
      await expect(page.getByText('检查有没有错别字')).toBeVisible();
      const notFound = await page.goto('/no/such/page');
      expect(notFound?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面没有找到');
      await expect(page.locator('main form[role="search"]')).toBeVisible();
    });
  },

  async 'get-forms-only'(context) {
    await onPage(context, { javaScript: false }, async (page) => {
      for (const url of [...SAMPLE_PAGES, '/help']) {
        await page.goto(url);
        const methods = await page.evaluate(() => [...document.forms].map((form) => form.method));
        expect(methods.length, url).toBeGreaterThan(0);
        for (const method of methods) expect(method, url).toBe('get');
      }
    });
  },

  async 'unique-ids'(context) {
    await onPage(context, {}, async (page) => {
      for (const url of SAMPLE_PAGES) {
        await page.goto(url);
        const duplicates = await page.evaluate(() => {
          const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
          return ids.filter((id, index) => ids.indexOf(id) !== index);
        });
        expect(duplicates, url).toEqual([]);
      }
    });
  },

  async 'status-messages'(context) {
    await onPage(context, {}, async (page) => {
      await page.goto(PAGES.search);
      await expect(page.getByRole('status').filter({ hasText: /找到 \d+ 条结果/ })).toBeVisible();
      await page.goto(PAGES.story);
      await expect(page.getByRole('group', { name: '朗读正文' }).getByRole('status')).toHaveCount(1);
    });
  },
};
