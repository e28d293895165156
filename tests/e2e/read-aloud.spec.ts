/**
 * 朗读 in Chromium with a stubbed speechSynthesis (a test machine has no voices): it
 * speaks the page's main text in order, highlights the sentence being spoken, pauses,
 * resumes and stops; it says so when there is no Chinese voice; its code loads only
 * when pressed; without JavaScript it is not shown.
 */
import zlib from 'node:zlib';
import { expect, test } from '@playwright/test';
import { READ_ALOUD_TARGETS } from '../../lib/read-aloud/targets';
import { PAGES } from './reader';
import { highlighted, shownText, spoken, squash, stubSpeech } from './speech-stub';

const { story: STORY_TEXT, fraudCase: CASE_TEXT } = READ_ALOUD_TARGETS;

test('reads a story from its headline to its last sentence, in order, and says when it is done', async ({ page }) => {
  await page.addInitScript(stubSpeech, { auto: true, voices: ['en-US', 'zh-CN'] });
  await page.goto(PAGES.story);
  await page.getByRole('button', { name: '朗读' }).click();
  await expect(page.getByRole('status').filter({ hasText: '朗读完毕' })).toBeVisible();
  const sentences = await spoken(page);
  expect(sentences.length).toBeGreaterThan(10);
  expect(sentences[0]).toBe((await page.locator('.story__header .kicker').innerText()).trim());
  expect(squash(sentences)).toBe(await shownText(page, STORY_TEXT));
  // Finished: nothing is highlighted any more and the button offers to start again.
  expect(await highlighted(page)).toBeNull();
  await expect(page.getByRole('button', { name: '朗读' })).toBeVisible();
});

test('highlights the sentence being read; pause, resume and stop work', async ({ page }) => {
  await page.addInitScript(stubSpeech, { auto: false, voices: ['zh-CN'] });
  await page.goto(PAGES.fraudCase);
  const main = page.locator('.read-aloud__main');
  await main.click();
  await expect.poll(() => spoken(page)).toHaveLength(1);
  const [first] = await spoken(page);
  expect(first).toBe((await page.locator('.case h1').innerText()).trim());
  expect(await highlighted(page)).toBe(first);

  await page.evaluate(() => window.__finishUtterance());
  await expect.poll(() => spoken(page)).toHaveLength(2);
  const second = (await spoken(page))[1]!;
  expect(await highlighted(page)).toBe(second);
  // What follows the title on the page.
  expect((await shownText(page, CASE_TEXT)).startsWith(squash([first!, second]))).toBe(true);

  // Pause: the sentence is cancelled and nothing more is said.
  await expect(main).toHaveText(/暂停/);
  await main.click();
  await expect(page.getByRole('status')).toHaveText('已暂停。');
  await expect(main).toHaveText(/继续/);
  expect(await page.evaluate(() => window.__speech.cancels)).toBeGreaterThanOrEqual(2);
  expect(await page.evaluate(() => window.__speech.pending)).toBeNull();
  expect(await spoken(page)).toHaveLength(2);
  // Focus stayed on the button that was pressed.
  await expect(main).toBeFocused();

  // Resume: the paused sentence again, from its start, then on.
  await main.click();
  await expect.poll(() => spoken(page)).toHaveLength(3);
  expect((await spoken(page))[2]).toBe(second);
  await page.evaluate(() => window.__finishUtterance());
  await expect.poll(() => spoken(page)).toHaveLength(4);

  // Stop: silence, no highlight, and back to the start.
  await page.getByRole('button', { name: '停止' }).click();
  await expect(page.getByRole('status')).toHaveText('已停止朗读。');
  expect(await page.evaluate(() => window.__speech.pending)).toBeNull();
  expect(await highlighted(page)).toBeNull();
  await expect(page.locator('.read-aloud-current')).toHaveCount(0);
  await expect(main).toHaveText(/朗读/);
  expect(await spoken(page)).toHaveLength(4);
});

for (const [name, url, target, first] of [
  ['a scam type', PAGES.scamType, READ_ALOUD_TARGETS.scamType, '.scam-type .section-label'],
  ['the helper’s result', `${PAGES.help}#result`, READ_ALOUD_TARGETS.helpResult, '#result-heading'],
] as const) {
  test(`reads ${name}'s main text in order`, async ({ page }) => {
    await page.addInitScript(stubSpeech, { auto: true, voices: ['cmn-Hans-CN'] });
    await page.goto(url);
    await page.getByRole('button', { name: '朗读' }).click();
    await expect(page.getByRole('status').filter({ hasText: '朗读完毕' })).toBeVisible();
    const sentences = await spoken(page);
    expect(sentences[0]).toBe((await page.locator(first).innerText()).trim());
    // The read-aloud control itself is never read.
    expect(squash(sentences)).toBe(await shownText(page, target));
  });
}

test('says plainly when the device has no Chinese voice, or no speech at all', async ({ browser, baseURL }) => {
  for (const [voices, message] of [
    [['en-US', 'zh-HK'], '这台设备没有中文（普通话）语音，无法朗读。'],
    [[], '这台设备没有中文（普通话）语音，无法朗读。'],
    [null, '这个浏览器不支持朗读。'],
  ] as const) {
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    await page.addInitScript(stubSpeech, { auto: true, voices: voices === null ? null : [...voices] });
    await page.goto(PAGES.story);
    await page.getByRole('button', { name: '朗读' }).click();
    await expect(page.getByRole('status')).toContainText(message);
    await expect(page.getByRole('button', { name: '朗读' })).toBeVisible();
    await context.close();
  }
});

test('its code loads only when pressed, and is small', async ({ page }) => {
  await page.addInitScript(stubSpeech, { auto: true, voices: ['zh-CN'] });
  const scripts: string[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.url());
  });
  await page.goto(PAGES.story);
  await page.waitForLoadState('networkidle');
  const before = new Set(scripts);
  await page.getByRole('button', { name: '朗读' }).click();
  await expect(page.getByRole('status').filter({ hasText: '朗读完毕' })).toBeVisible();
  const loaded = scripts.filter((url) => !before.has(url));
  expect(loaded.length).toBeGreaterThan(0);
  let gzipped = 0;
  for (const url of loaded) {
    const body = await (await page.request.get(url)).body();
    gzipped += zlib.gzipSync(body, { level: 9 }).length;
  }
  // The whole reader, loaded on demand (the button itself is measured in the build report).
  expect(gzipped).toBeLessThanOrEqual(4 * 1024);
  // Before the press, no page script contained the reader.
  for (const url of before) expect(await (await page.request.get(url)).text()).not.toContain('read-aloud-current');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the 朗读 button is not shown (it would do nothing)', async ({ page }) => {
    for (const url of [PAGES.story, PAGES.fraudCase, PAGES.scamType, PAGES.help]) {
      await page.goto(url);
      await expect(page.locator('.read-aloud')).toHaveCount(1);
      await expect(page.locator('.read-aloud')).toBeHidden();
    }
  });
});
