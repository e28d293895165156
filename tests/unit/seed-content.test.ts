import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { formatProblem } from '@/lib/content/problems';
import { contentDir } from '@/lib/content/store';
import { formatContentDate } from '@/lib/format/date';
import { SEED_CONTENT_DIR } from '../helpers/seed-content';

// The frozen copy of the seed (tests/fixtures/seed-content), not content/: editors
// change content/ every day, and these tests check the transcription of the seed.
const { content, problems } = loadContent(SEED_CONTENT_DIR);
const seed = fs.readFileSync(path.join(process.cwd(), 'tests/fixtures/seed.txt'), 'utf8');

/** The nine places where the print layout cut a sentence across paragraphs. */
const BREAKS: [string, string][] = [
  ['增强了群众参', '与防范'],
  ['一大批案', '件'],
  ['就在准备', '告知'],
  ['不要接听', '96110'],
  ['找一', '处'],
  ['发现了几', '点疑惑'],
  ['被送往', '医院'],
  ['维', '权困难'],
  ['高额医疗', '费'],
];

/** The seed's paragraphs with the layout breaks mended and heading marks removed. */
function seedParagraphs(): { paragraphs: string[]; joins: number } {
  const lines = seed
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const paragraphs: string[] = [];
  let joins = 0;
  for (const line of lines) {
    const previous = paragraphs[paragraphs.length - 1];
    if (previous && BREAKS.some(([tail, head]) => previous.endsWith(tail) && line.startsWith(head))) {
      paragraphs[paragraphs.length - 1] = previous + line;
      joins++;
    } else {
      paragraphs.push(line.replace(/^#+\s*/, ''));
    }
  }
  return { paragraphs, joins };
}

describe('the seed content', () => {
  it('is what the content store reads in unit tests (vitest.config.mts), not content/', () => {
    expect(contentDir()).toBe(SEED_CONTENT_DIR);
    expect(contentDir()).not.toBe(path.join(process.cwd(), 'content'));
  });

  it('loads without any problem', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('has exactly 3 stories, 5 cases, 12 scam types and the law and livelihood sections', () => {
    expect(content.stories).toHaveLength(3);
    expect(content.cases).toHaveLength(5);
    expect(content.scamTypes).toHaveLength(12);
    expect(content.sections.map((s) => [s.slug, s.name])).toEqual(
      expect.arrayContaining([
        ['law', '政法'],
        ['livelihood', '民生'],
      ]),
    );
  });

  it('uses the agreed scam-type slugs', () => {
    expect(content.scamTypes.map((t) => [t.slug, t.name]).sort()).toEqual(
      [
        ['fake-credit-record', '虚假征信类'],
        ['fake-customer-service', '冒充电商物流客服类'],
        ['fake-debt-collection', '冒充催收类'],
        ['impersonating-authorities', '冒充公检法类'],
        ['sextortion', '裸聊敲诈类'],
        ['fake-game-trade', '网络游戏产品虚假交易类'],
        ['fake-investment', '虚假网络投资理财类'],
        ['fake-loan', '虚假网络贷款类'],
        ['fake-shopping-service', '虚假购物服务类'],
        ['impersonating-acquaintance', '冒充领导熟人类'],
        ['online-romance-scam', '网络婚恋交友类'],
        ['task-rebate-scam', '刷单返利类'],
      ].sort(),
    );
  });

  it('dates every story 2022-06-11 and shows it as that day in Beijing', () => {
    for (const story of content.stories) {
      expect(story.date.day).toBe('2022-06-11');
      expect(formatContentDate(story.date)).toBe('2022年6月11日');
    }
  });

  it('mends all nine print-layout breaks, each into one paragraph', () => {
    const { joins } = seedParagraphs();
    expect(joins).toBe(9);
    const bodies = [...content.stories, ...content.cases].map((r) => r.body.read().plainText).join('\n');
    for (const [tail, head] of BREAKS) {
      const paragraph = seedParagraphs().paragraphs.find((p) => p.includes(tail + head));
      expect(paragraph, `${tail}+${head}`).toBeDefined();
      expect(bodies).toContain(paragraph);
    }
  });

  it('transcribes every seed paragraph, heading, kicker and byline', () => {
    const published = [
      ...content.stories.flatMap((s) => [s.title, s.kicker ?? '', ...s.tags, s.body.read().plainText]),
      ...content.cases.flatMap((c) => [c.title, c.body.read().plainText]),
    ].join('\n');
    const missing = seedParagraphs().paragraphs.filter((p) => !published.includes(p));
    expect(missing).toEqual([]);
  });

  it('adds no text of its own to story and case bodies', () => {
    const mended = seedParagraphs().paragraphs.join('\n');
    const lines = [...content.stories, ...content.cases].flatMap((r) => r.body.read().plainText.split('\n'));
    expect(lines.filter((line) => !mended.includes(line))).toEqual([]);
  });

  it('titles the five cases by their subheadings, in the second story in the seed order', () => {
    const story = content.stories.find((s) => s.title === '发布反诈典型案例 增强全民反诈意识');
    expect(story).toBeDefined();
    const titles = story!.cases.map((slug) => content.cases.find((c) => c.slug === slug)?.title);
    expect(titles).toEqual(['影响个人征信作饵', '冒充购物客服诈骗', '冒充公检法人员诈骗', '浑水摸鱼催贷诈骗', '设置裸聊陷阱敲诈']);
    // Introduction, the cases, the closing quote.
    expect(story!.body.read().segments.map((s) => s.kind)).toEqual(['html', 'cases', 'html']);
    expect(story!.body.read().plainText).not.toContain('刘女士');
  });

  it('renders the dateline and byline as the newspaper did', () => {
    const worker = content.stories.find((s) => s.title === '受伤瘫痪农民工收到司法救助金');
    expect(worker?.body.read().plainText).toContain('本报讯(记者 刘友旺 通讯员 郎亚群 李海军)四川籍农民工刘某');
    expect(worker?.authors).toEqual([
      { name: '刘友旺', role: '记者' },
      { name: '郎亚群', role: '通讯员' },
      { name: '李海军', role: '通讯员' },
    ]);
  });

  it('links every case to an existing scam type and the reporting story', () => {
    for (const fraudCase of content.cases) {
      expect(content.scamTypes.some((t) => t.slug === fraudCase.scamType)).toBe(true);
      expect(content.stories.some((s) => s.slug === fraudCase.story)).toBe(true);
    }
  });
});
