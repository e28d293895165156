import { imageSize } from 'image-size';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadContent } from '@/lib/content/load';
import type { FraudCase, RedFlag } from '@/lib/content/records';
import { surestSignsFirst } from '@/lib/fraud/case-signs';
import { caseCard, familyCard, familyCardAlt, scamTypeCard, shareCardAlt, siteCard, storyCard, type ShareCard } from '@/lib/share/cards';
import { familyCardImage } from '@/lib/share/family-card';
import { cardFont } from '@/lib/share/font';
import { cardText, MISSING_GLYPH } from '@/lib/share/fit-text';
import { familyImage, shareImages } from '@/lib/share/images';
import { shareCardImage } from '@/lib/share/share-card';
import { SEED_CONTENT_DIR } from '../helpers/seed-content';

const { content } = loadContent(SEED_CONTENT_DIR);
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const MAX_BYTES = 100 * 1024;

/** The response's PNG: its signature checked, its size read from the header. */
async function png(response: Response) {
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('image/png');
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect([...bytes.slice(0, 8)]).toEqual(PNG_SIGNATURE);
  const { width, height, type } = imageSize(bytes);
  return { width, height, type, bytes: bytes.length };
}

const HOSTILE_TITLES = {
  '200 characters': '市反诈中心提醒：冒充公检法诈骗又出新花样，接到“涉嫌洗钱”电话请立即挂断并拨打96110咨询。'.repeat(5).slice(0, 200),
  'an emoji': '注意😀这种电话🚨👨‍👩‍👧一律挂断',
  'a rare character beyond the font': '𠮷野家老板娘险被骗走𠮷祥积蓄',
  'a right-to-left mark': '\u200f右到左\u202e标记混在标题里\u200e',
  'a long Latin word': 'https://phishing.example.com/verify-your-account-immediately-or-be-arrested',
};

describe('the card font (Noto Sans SC from node_modules)', () => {
  it('draws common Chinese, Latin and punctuation, and not what it lacks', async () => {
    const font = await cardFont(['市报新闻网96110Aa，“”…□𠮷😀']);
    for (const char of '市报新闻网96110Aa，“”…□') expect(font.hasGlyph(char.codePointAt(0) ?? 0)).toBe(true);
    expect(font.hasGlyph('𠮷'.codePointAt(0) ?? 0)).toBe(false);
    expect(font.hasGlyph('😀'.codePointAt(0) ?? 0)).toBe(false);
    expect(cardText('𠮷😀', font.hasGlyph)).toBe(MISSING_GLYPH + MISSING_GLYPH);
  });

  it('measures a Chinese character 1 em wide and bold Latin narrower', async () => {
    const font = await cardFont(['市i']);
    expect(font.measure('市', 700)).toBeCloseTo(1, 2);
    expect(font.measure('i', 700)).toBeLessThan(0.5);
    expect(font.measure('市市', 400)).toBeCloseTo(2, 2);
  });

  it('instances every slice at both weights and names them for satori', async () => {
    const font = await cardFont(['市A']);
    expect(new Set(font.fonts.map((entry) => entry.weight))).toEqual(new Set([400, 700]));
    for (const entry of font.fonts) expect(entry.name).toMatch(/^Noto Sans SC /);
  });
});

// A glyph the font lacks would make satori fetch a font or an emoji from the network:
// no test here may make a request. (Its layout engine loads its own WebAssembly from a
// data: URL, which is no request.)
const fetchSpy = vi.spyOn(globalThis, 'fetch');
const requests = () => fetchSpy.mock.calls.map(([input]) => String(input instanceof Request ? input.url : input)).filter((url) => !url.startsWith('data:'));
afterEach(() => {
  expect(requests()).toEqual([]);
  fetchSpy.mockClear();
});

describe('share cards (1200×630 PNG, at most 100 KB)', () => {
  const cards: Record<string, () => ShareCard> = {
    site: siteCard,
    story: () => storyCard(content.stories[0]!),
    case: () => caseCard(content.cases[0]!),
    'scam type': () => scamTypeCard(content.scamTypes[0]!),
  };
  for (const [name, card] of Object.entries(cards)) {
    it(`draws the ${name} card`, async () => {
      expect(await png(await shareCardImage(card()))).toMatchObject({ type: 'png', width: 1200, height: 630, bytes: expect.any(Number) as number });
      expect((await png(await shareCardImage(card()))).bytes).toBeLessThanOrEqual(MAX_BYTES);
    });
  }

  for (const [what, title] of Object.entries(HOSTILE_TITLES)) {
    it(`still draws a card for a headline with ${what}`, async () => {
      const image = await png(await shareCardImage({ label: '反诈案例', title, subtitle: title, footer: title, hotline: true }));
      expect(image).toMatchObject({ width: 1200, height: 630 });
      expect(image.bytes).toBeLessThanOrEqual(MAX_BYTES);
    });
  }
});

describe('the family card (1080×1350 PNG, at most 100 KB)', () => {
  it('draws every seed case', async () => {
    for (const fraudCase of content.cases) {
      const image = await png(await familyCardImage(familyCard(fraudCase)));
      expect(image).toMatchObject({ width: 1080, height: 1350 });
      expect(image.bytes).toBeLessThanOrEqual(MAX_BYTES);
    }
  });

  it('still draws a card when the title and every sign are hostile', async () => {
    const texts = Object.values(HOSTILE_TITLES);
    const image = await png(await familyCardImage({ title: texts[0]!, signs: texts.slice(1, 4) }));
    expect(image).toMatchObject({ width: 1080, height: 1350 });
    expect(image.bytes).toBeLessThanOrEqual(MAX_BYTES);
  });
});

describe('what the cards say', () => {
  const flag = (text: string, antiIntervention: boolean): RedFlag => ({ text, antiIntervention });

  it('lists a case’s anti-intervention flags first, then the others, three at most, each group in order', () => {
    const flags = [flag('自称客服', false), flag('让你别告诉家人', true), flag('要求共享屏幕', false), flag('先转小钱再退回', true)];
    expect(surestSignsFirst(flags, 3)).toEqual(['让你别告诉家人', '先转小钱再退回', '自称客服']);
    expect(surestSignsFirst(flags.slice(0, 1), 3)).toEqual(['自称客服']);
  });

  it('builds the family card of a seed case from its title and surest signs, and says it all in the alt text', () => {
    const fraudCase: FraudCase = content.cases.find((record) => record.flags.some((f) => f.antiIntervention)) ?? content.cases[0]!;
    const card = familyCard(fraudCase);
    expect(card.title).toBe(fraudCase.title);
    expect(card.signs).toEqual(surestSignsFirst(fraudCase.flags, 3));
    const alt = familyCardAlt(card);
    expect(alt).toContain(fraudCase.title);
    for (const sign of card.signs) expect(alt).toContain(sign);
    expect(alt).toContain('96110');
  });

  it('puts the hotline on anti-fraud cards and the headline in every alt text', () => {
    const story = content.stories.find((record) => record.cases.length > 0)!;
    expect(storyCard(story).hotline).toBe(true);
    expect(caseCard(content.cases[0]!).hotline).toBe(true);
    expect(shareCardAlt(storyCard(story))).toContain(story.title);
    expect(shareCardAlt(caseCard(content.cases[0]!))).toContain('96110');
  });
});

describe('share image addresses', () => {
  beforeAll(() => {
    expect(process.env.CONTENT_DIR).toBe(SEED_CONTENT_DIR);
  });

  it('sit beside the page with a version that changes with what the card says', () => {
    const story = content.stories[0]!;
    const image = shareImages.story(story);
    expect(image).toMatchObject({ width: 1200, height: 630 });
    expect(image.url).toMatch(new RegExp(`^/news/${story.slug}/share\\.png\\?v=[\\w-]{10}$`));
    expect(shareImages.story(story).url).toBe(image.url);
    expect(shareImages.story({ ...story, title: `${story.title}（更正）` }).url).not.toBe(image.url);
    expect(shareImages.site().url).toMatch(/^\/share\.png\?v=/);
    const fraudCase = content.cases[0]!;
    expect(familyImage(fraudCase)).toMatchObject({
      width: 1080,
      height: 1350,
      url: expect.stringMatching(new RegExp(`^/cases/${fraudCase.slug}/family\\.png\\?v=`)) as string,
    });
  });
});
