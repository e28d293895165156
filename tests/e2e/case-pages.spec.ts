/**
 * Case pages on a phone, with JavaScript off: the first 390×844 screen answers what
 * happened, where it was stopped and what to do now, with the hotline one tap away, in
 * 标准版 and in 长辈版 (there above its floating 96110 button, with its text sizes,
 * spacing, contrast and 48 px targets); the facts are as the seed has them (余, the
 * report's own time words, the victim's words quoted as his); aggregates say what their
 * numbers are.
 */
import { expect, test, type Locator } from '@playwright/test';
import { readingMinutes } from '../../lib/content/text';
import { formatAmount } from '../../lib/format/number';
import { site } from '../../lib/site/config';
import { content, published } from './content';
import { paragraphMetrics, rootFontSize, setPrefs, smallTargets, textContrasts } from './reader';

const PHONE = { width: 390, height: 844 };
const cases = published(content.cases);

test.use({ javaScriptEnabled: false, viewport: PHONE });

/** The element's box lies wholly inside the first screen (the page is not scrolled). */
async function onFirstScreen(locator: Locator): Promise<void> {
  await expect(locator).toBeVisible();
  const box = await locator.boundingBox();
  expect(box, 'no box').not.toBeNull();
  expect(box!.width).toBeGreaterThan(0);
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height).toBeLessThanOrEqual(PHONE.height);
}

type Box = { x: number; y: number; width: number; height: number };

/** The two boxes share no pixel (one lies wholly above, below, left or right of the other). */
function apart(a: Box, b: Box): boolean {
  return a.y + a.height <= b.y || b.y + b.height <= a.y || a.x + a.width <= b.x || b.x + b.width <= a.x;
}

test('the e2e content has cases to check', () => {
  expect(cases.length).toBeGreaterThanOrEqual(5);
});

for (const fraudCase of cases) {
  test(`the first screen of /cases/${fraudCase.slug} holds its plain account, its stop point and a tel:${site.hotline.number} link`, async ({ page }) => {
    await page.goto(`/cases/${fraudCase.slug}`);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const answer = page.locator('.case-answer');

    const account = answer.locator('.case-answer__what dd');
    await expect(account).toHaveText(fraudCase.whatHappened);
    await onFirstScreen(account);

    const stop = answer.locator('.case-answer__stop dd');
    if (fraudCase.stoppedBy) await expect(stop).toContainText(fraudCase.stoppedBy);
    if (fraudCase.stoppedAtStep) {
      const stepLink = stop.getByRole('link', { name: `第 ${fraudCase.stoppedAtStep} 步` });
      await expect(stepLink).toHaveAttribute('href', `#step-${fraudCase.stoppedAtStep}`);
      await expect(page.locator(`#step-${fraudCase.stoppedAtStep}`)).toHaveClass(/timeline__step--stopped/);
    }
    await onFirstScreen(stop);

    const call = answer.locator(`a[href="tel:${site.hotline.number}"]`);
    await expect(call).toHaveCount(1);
    await onFirstScreen(call);

    // What to do if money already went is linked from the first screen.
    await expect(answer.locator(`a[href="tel:${site.emergency}"]`)).toHaveCount(1);
    await expect(answer.locator('a[href="#if-paid-heading"]')).toHaveCount(1);
    await expect(page.locator('#if-paid-heading')).toHaveCount(1);

    // The fact box comes after the answer, no longer first.
    const answerBox = await answer.boundingBox();
    const factsBox = await page.locator('.glance').boundingBox();
    expect(factsBox!.y).toBeGreaterThan(answerBox!.y + answerBox!.height);
  });

  test(`长辈版: the first screen of /cases/${fraudCase.slug} holds its plain account, its stop point and a tel:${site.hotline.number} link, above the floating 96110 button`, async ({
    page,
    context,
    baseURL,
  }) => {
    await setPrefs(context, baseURL!, { mode: 'elder' });
    await page.goto(`/cases/${fraudCase.slug}`);
    expect(await rootFontSize(page)).toBe(20);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);

    // The hotline floats at the bottom of the screen; nothing of the answer hides under it.
    const hotline = page.locator(`header a.hotline-link[href="tel:${site.hotline.number}"]`);
    await expect(hotline).toHaveCSS('position', 'fixed');
    await onFirstScreen(hotline);
    const floating = (await hotline.boundingBox())!;

    const answer = page.locator('.case-answer');
    const account = answer.locator('.case-answer__what dd');
    await expect(account).toHaveText(fraudCase.whatHappened);
    const stop = answer.locator('.case-answer__stop dd');
    const call = answer.locator(`a.case-answer__tel[href="tel:${site.hotline.number}"]`);
    for (const [name, part] of [
      ['account', account],
      ['stop point', stop],
      ['call', call],
    ] as const) {
      await onFirstScreen(part);
      expect(apart((await part.boundingBox())!, floating), `${name} under the floating hotline`).toBe(true);
    }

    // Tighter, never below 长辈版's own requirements: text ≥ 20 px, line height ≥ 1.3,
    // paragraph spacing ≥ 1.3 × line height, contrast ≥ 7:1, targets ≥ 48 px.
    for (const text of [account, stop]) {
      const { size, lineHeight } = await text.evaluate((el) => ({
        size: parseFloat(getComputedStyle(el).fontSize),
        lineHeight: parseFloat(getComputedStyle(el).lineHeight),
      }));
      expect(size).toBeGreaterThanOrEqual(20);
      expect(lineHeight / size).toBeGreaterThanOrEqual(1.3);
    }
    for (const p of await paragraphMetrics(page)) {
      expect(p.fontSize, p.text).toBeGreaterThanOrEqual(20);
      expect(p.lineHeight / p.fontSize, p.text).toBeGreaterThanOrEqual(1.3);
      if (p.gapToNext !== undefined) expect(p.gapToNext, p.text).toBeGreaterThanOrEqual(1.3 * Math.max(p.lineHeight, p.nextLineHeight!) - 0.5);
    }
    for (const scope of ['body > header', '.breadcrumbs', '.case > header', '.case-answer']) {
      const low = (await textContrasts(page, scope)).filter((text) => text.ratio < 7).map((text) => `${text.text}: ${text.ratio.toFixed(2)}`);
      expect(low, scope).toEqual([]);
    }
    expect(await smallTargets(page, 'body > header, .breadcrumbs, .case-answer')).toEqual([]);
    expect((await call.boundingBox())!.height).toBeGreaterThanOrEqual(48);
    // Still the way up: the scam type's page is linked above the title.
    await expect(page.locator('.breadcrumbs').getByRole('link').filter({ visible: true })).not.toHaveCount(0);
  });

  test(`/cases/${fraudCase.slug} shows what the real institution never does for its type`, async ({ page }) => {
    const scamType = content.scamTypes.find((t) => t.slug === fraudCase.scamType)!;
    expect(scamType.neverDo.length).toBeGreaterThan(0);
    await page.goto(`/cases/${fraudCase.slug}`);
    await expect(page.locator('.never-do h2')).toHaveText('记住：真正的机构绝不会');
    await expect(page.locator('.never-do li')).toHaveText(scamType.neverDo);
  });
}

for (const fontSize of ['large', 'larger'] as const) {
  test(`长辈版 with text size ${fontSize}: the first screen still holds each case's plain account, uncovered, and the floating tel:${site.hotline.number} button`, async ({
    page,
    context,
    baseURL,
  }) => {
    // Text chosen larger still than 长辈版's own does not leave room for the whole answer
    // on a phone; the account and the call do fit, and the rest is one scroll away.
    await setPrefs(context, baseURL!, { mode: 'elder', fontSize });
    for (const fraudCase of cases) {
      await page.goto(`/cases/${fraudCase.slug}`);
      expect(await rootFontSize(page)).toBe(fontSize === 'large' ? 23 : 26);
      const hotline = page.locator(`header a.hotline-link[href="tel:${site.hotline.number}"]`);
      await onFirstScreen(hotline);
      const account = page.locator('.case-answer__what dd');
      await expect(account).toHaveText(fraudCase.whatHappened);
      await onFirstScreen(account);
      expect(apart((await account.boundingBox())!, (await hotline.boundingBox())!), fraudCase.slug).toBe(true);
    }
  });
}

test('the sextortion case tells when he called for help in the report’s words, and quotes him as himself', async ({ page }) => {
  const sextortion = cases.find((c) => c.slug === 'sextortion-video-chat')!;
  await page.goto(`/cases/${sextortion.slug}`);
  const facts = page.locator('.glance');
  await expect(facts.locator('dt')).toContainText(['求助时间']);
  await expect(facts.locator('dt', { hasText: '案发时间' })).toHaveCount(0);
  await expect(facts.locator('time[datetime="2022-05-21"]')).toHaveText('2022年5月21日凌晨3时许');
  await expect(page.locator('main')).not.toContainText('03:00');

  const quote = page.locator('figure.case-quote');
  await expect(quote.locator('blockquote')).toHaveText(sextortion.quote!.text);
  await expect(quote.locator('figcaption')).toHaveText(`——${sextortion.quote!.who}`);
  await expect(page.locator('.advice')).toHaveCount(0);
  await expect(page.locator('main')).not.toContainText('提示：');
});

test('a case dated by the scam says 案发时间; lists say which day a date is', async ({ page }) => {
  await page.goto('/cases/credit-record-bait');
  await expect(page.locator('.glance dt', { hasText: '案发时间' })).toHaveCount(1);
  await expect(page.locator('.glance time[datetime="2022-06-01"]')).toHaveText('2022年6月1日');
  await page.goto('/scams/impersonating-authorities');
  await expect(page.locator('.case-list .case-date').first()).toHaveText('2022年5月11日求助');
});

test('the 15万余元 keeps its 余 in the fact box, the type totals and the charts', async ({ page }) => {
  const police = cases.find((c) => c.slug === 'fake-police-investigation')!;
  expect(formatAmount(police.amountAtRisk!)).toBe('15万余元');
  await page.goto(`/cases/${police.slug}`);
  await expect(page.locator('.glance')).toContainText('骗子索要或企图骗取的金额15万余元');
  await page.goto('/scams/impersonating-authorities');
  await expect(page.locator('.totals')).toContainText('15万余元');
  await page.goto('/scams');
  await expect(page.locator('#amounts-by-type-title ~ table')).toContainText('15万余元');
  await expect(page.locator('#amounts-by-type-title ~ svg')).toContainText('15万余元');
});

test('the scam index says its sum is what the scammers sought, not money stopped in transit', async ({ page }) => {
  await page.goto('/scams');
  const lead = page.locator('p.lead');
  await expect(lead).toContainText('骗子索要或企图骗取的金额合计');
  await expect(lead).toContainText('不等于已经转出或被拦下的钱');
  await expect(page.locator('main')).not.toContainText('在转出前被拦下');
  await expect(page.locator('main')).not.toContainText('成功拦下');
});

test('a story’s reading time counts the cases it shows', async ({ page }) => {
  const story = content.stories.find((s) => s.slug === 'typical-anti-fraud-cases')!;
  const shown = cases.filter((c) => story.cases.includes(c.slug));
  const minutes = readingMinutes(shown.reduce((total, c) => total + c.characters, story.characters));
  expect(minutes).toBeGreaterThan(readingMinutes(story.characters));
  await page.goto(`/news/${story.slug}`);
  await expect(page.locator('.story__meta')).toContainText(`阅读约 ${minutes} 分钟`);
});

test('a helper result shows its type’s “真正的机构绝不会” list', async ({ page }) => {
  const type = content.scamTypes.find((t) => t.slug === 'sextortion')!;
  await page.goto(`/help?q=${encodeURIComponent('美女加我QQ视频聊天，然后威胁我要把视频发给通讯录')}`);
  const item = page.locator('.help-types > li').filter({ has: page.getByRole('link', { name: type.name, exact: true }) });
  await expect(item.locator('.never-do .help-subhead')).toHaveText('记住：真正的机构绝不会');
  await expect(item.locator('.never-do li')).toHaveText(type.neverDo);
});
