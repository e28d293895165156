/**
 * Case pages on a phone, with JavaScript off: the first 390×844 screen answers what
 * happened, where it was stopped and what to do now, with the hotline one tap away;
 * the facts are as the seed has them (余, the report's own time words, the victim's
 * words quoted as his); aggregates say what their numbers are.
 */
import { expect, test, type Locator } from '@playwright/test';
import { readingMinutes } from '../../lib/content/text';
import { formatAmount } from '../../lib/format/number';
import { site } from '../../lib/site/config';
import { content, published } from './content';

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

  test(`/cases/${fraudCase.slug} shows what the real institution never does for its type`, async ({ page }) => {
    const scamType = content.scamTypes.find((t) => t.slug === fraudCase.scamType)!;
    expect(scamType.neverDo.length).toBeGreaterThan(0);
    await page.goto(`/cases/${fraudCase.slug}`);
    await expect(page.locator('.never-do h2')).toHaveText('记住：真正的机构绝不会');
    await expect(page.locator('.never-do li')).toHaveText(scamType.neverDo);
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
