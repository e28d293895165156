import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { errorsOf, formatProblem, type ContentProblem } from '@/lib/content/problems';
import { NO_LINES, THIN_FIRST_PARAGRAPH, collectWarnings, tagKey } from '@/lib/content/warnings';
import { CLEAN_FILES, VALID_FILES, editClean, makeContent } from '../helpers/content-fixture';
import { SEED_CONTENT_PATH } from '../helpers/seed-content';

const root = fileURLToPath(new URL('../..', import.meta.url));
const story = 'stories/sample-story.md';
const fraudCase = 'cases/sample-case.md';
/** Long after every fixture date, so no date counts as "in the future" unless a test says so. */
const NOW = new Date('2030-01-01T00:00:00+08:00');

function storyWith(frontMatter: string, body = '这是另一篇稿件的第一段，写得足够长，不会触发摘要提醒。'): string {
  return `---\ntitle: 另一篇稿件\ndate: 2022-06-11\nsection: law\n${frontMatter}\n---\n\n${body}\n`;
}

/** Warnings for the clean fixture with some files changed; the content itself must be valid. */
function warningsFor(files: Record<string, string>, now: Date = NOW): ContentProblem[] {
  const { content, problems } = loadContent(makeContent({ ...CLEAN_FILES, ...files }));
  expect(errorsOf(problems).map(formatProblem)).toEqual([]);
  return collectWarnings(content, now);
}

const fileIs = (name: string) => (p: ContentProblem) => p.file.endsWith(name);

describe('content warnings', () => {
  it('finds nothing in a clean, seed-like folder', () => {
    expect(warningsFor({}).map(formatProblem)).toEqual([]);
  });

  it('are not part of loadContent, but for duplicate tags (the site behaves the same)', () => {
    const { problems } = loadContent(makeContent());
    expect(problems).toEqual([]);
    expect(collectWarnings(loadContent(makeContent()).content, NOW)).toHaveLength(2);
  });

  describe('a story without summary and a thin first paragraph', () => {
    it('warns, with the line of the paragraph', () => {
      const [warning, ...rest] = warningsFor(editClean(story, '6月10日，市政府新闻办举行新闻发布会，通报近期反诈中心民警成功劝阻的典型案例。', '第一段正文。'));
      expect(rest).toEqual([]);
      expect(warning).toMatchObject({ severity: 'warning', field: 'summary', line: 14 });
      expect(warning!.file.endsWith(story)).toBe(true);
      expect(warning!.message).toBe(
        '没有写 summary，正文第一段只有 6 个字（“第一段正文。”）：列表页和搜索结果里自动生成的摘要会太短；请在文件头写一句 summary，或把第一段写完整',
      );
    });

    it('counts characters: just under the limit warns, the limit does not', () => {
      const paragraph = (n: number) => Array.from({ length: n }, (_, i) => '反诈宣传进社区'[i % 7]).join('');
      expect(warningsFor({ 'stories/short.md': storyWith('', paragraph(THIN_FIRST_PARAGRAPH - 1)) }).filter(fileIs('short.md'))).toHaveLength(1);
      expect(warningsFor({ 'stories/short.md': storyWith('', paragraph(THIN_FIRST_PARAGRAPH)) }).filter(fileIs('short.md'))).toEqual([]);
    });

    it('says so when the body is empty', () => {
      const [warning] = warningsFor({ 'stories/empty.md': storyWith('', '<!-- 还没写 -->') });
      expect(warning?.message).toMatch(/^没有写 summary，正文还没有文字/);
      expect(warning?.line).toBeUndefined();
    });

    it('does not warn when the editor wrote a summary', () => {
      expect(warningsFor({ 'stories/short.md': storyWith('summary: 一句手写的摘要，说明这篇稿件讲了什么。', '短。') })).toEqual([]);
    });
  });

  describe('a case without steps', () => {
    it('warns when steps are left out', () => {
      const warnings = warningsFor({ [fraudCase]: VALID_FILES[fraudCase]! });
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatchObject({ severity: 'warning', field: 'steps', line: undefined });
      expect(warnings[0]!.message).toMatch(/^没有写 steps（作案步骤）/);
    });

    it('points at an empty steps list', () => {
      const warnings = warningsFor(editClean(fraudCase, 'steps: [对方来电要求转账。]', 'steps: []'));
      expect(warnings).toMatchObject([{ field: 'steps', line: 9 }]);
    });
  });

  describe('tags that differ only by width or traditional/simplified form', () => {
    it.each<[string, string, string, string]>([
      ['traditional characters', '反詐', '反诈', '繁体/简体'],
      ['full-width digits', '９６１１０', '96110', '全角/半角'],
      ['full-width letters and traditional characters', 'ＡＰＰ詐騙', 'APP诈骗', '全角/半角和繁体/简体'],
      ['a Hong Kong variant', '保衞', '保卫', '繁体/简体'],
      ['a Taiwan variant', '著裝', '着装', '繁体/简体'],
    ])('warns about %s, naming both spellings and the files', (_name, variant, standard, how) => {
      const warnings = warningsFor({
        ...editClean(story, 'tags: [反诈]', 'tags: [示例]'),
        'stories/a.md': storyWith(`tags: ["${standard}"]`),
        'stories/b.md': storyWith(`tags: [其他, "${variant}"]`),
      });
      expect(warnings).toHaveLength(1);
      const [warning] = warnings;
      expect(warning).toMatchObject({ severity: 'warning', field: 'tags（第 2 项）', line: 5 });
      expect(warning!.file.endsWith('stories/b.md')).toBe(true);
      const shown = (name: string) => path.relative(process.cwd(), path.join(path.dirname(path.dirname(warning!.file)), name));
      expect(warning!.message).toBe(
        `标签“${variant}”和“${standard}”只差${how}，网站会把它们当成两个不同的标签：` +
          `“${variant}”见 ${shown('stories/b.md')}，“${standard}”见 ${shown('stories/a.md')}；请统一成一种写法（建议“${standard}”）`,
      );
    });

    it('suggests the simplified spelling even when more files use the other', () => {
      const warnings = warningsFor({
        'stories/a.md': storyWith('tags: [反詐]'),
        'stories/b.md': storyWith('tags: [反詐]'),
      });
      // sample-story.md uses 反诈: the two traditional uses are the ones to change.
      expect(warnings.map((w) => path.basename(w.file)).sort()).toEqual(['a.md', 'b.md']);
      expect(warnings[0]!.message).toMatch(/建议“反诈”/);
      expect(warnings[0]!.message).toMatch(/“反詐”见 \S*stories\/a\.md、\S*stories\/b\.md/);
    });

    it('does not warn about different tags or the same spelling in many files', () => {
      expect(
        warningsFor({
          'stories/a.md': storyWith('tags: [反诈, 反诈宣传, 电信网络诈骗]'),
          'stories/b.md': storyWith('tags: [反诈, 电信诈骗, APP, app]'),
        }),
      ).toEqual([]);
    });

    it('gives no false alarms on the seed content', () => {
      const { content, problems } = loadContent(path.join(root, SEED_CONTENT_PATH));
      expect(errorsOf(problems)).toEqual([]);
      const tags = new Set(content.stories.flatMap((s) => s.tags));
      // Not vacuous: the seed stories share and differ in several tags.
      expect(tags.size).toBeGreaterThanOrEqual(8);
      expect(collectWarnings(content, new Date()).filter((w) => w.field?.startsWith('tags'))).toEqual([]);
      // Every seed tag is already in the form variants are compared in.
      for (const tag of tags) expect(tagKey(tag)).toBe(tag);
    });
  });

  describe('a tag listed twice in one story', () => {
    const files = { 'stories/twice.md': storyWith('tags:\n  - 反诈\n  - 养老\n  - 反诈\n  - 养老\n  - 反诈') };

    it('is loaded once, in the order first written, with a warning on each later copy', () => {
      const { content, problems } = loadContent(makeContent({ ...CLEAN_FILES, ...files }));
      expect(content.stories.find((s) => s.slug === 'twice')?.tags).toEqual(['反诈', '养老']);
      expect(problems.map((p) => ({ ...p, file: path.basename(p.file) }))).toEqual([
        { severity: 'warning', file: 'twice.md', field: 'tags（第 3 项）', line: 8, message: '标签“反诈”和第 1 项重复；网站只显示一次，请删掉这一项' },
        { severity: 'warning', file: 'twice.md', field: 'tags（第 4 项）', line: 9, message: '标签“养老”和第 2 项重复；网站只显示一次，请删掉这一项' },
        { severity: 'warning', file: 'twice.md', field: 'tags（第 5 项）', line: 10, message: '标签“反诈”和第 1 项重复；网站只显示一次，请删掉这一项' },
      ]);
    });

    it('leaves nothing for the other tag rules to report twice', () => {
      expect(warningsFor(files)).toEqual([]);
    });
  });

  describe('dates in the future', () => {
    const beijing = (text: string) => new Date(`${text}+08:00`);

    it('does not warn about a story scheduled within a year (content:check lists it instead)', () => {
      expect(warningsFor({}, beijing('2022-06-10T23:59:00'))).toEqual([]);
    });

    it('warns about a publication date more than a year ahead', () => {
      const late = warningsFor({}, beijing('2021-06-09T23:59:00'));
      expect(late.filter(fileIs(story))).toMatchObject([{ severity: 'warning', field: 'date', line: 4 }]);
      expect(late[0]!.message).toBe('date 是 2022-06-11，比现在（北京时间 2021-06-09 23:59）晚一年多；是不是年份写错了？这条内容要等到那时才会发布');
      expect(warningsFor({}, beijing('2021-06-11T00:00:00'))).toEqual([]);
    });

    it('warns about updated after now', () => {
      const warnings = warningsFor(editClean(story, 'section: law', 'section: law\nupdated: 2022-06-20'), beijing('2022-06-15T12:00:00'));
      expect(warnings).toMatchObject([{ field: 'updated', line: 6 }]);
      expect(warnings[0]!.message).toMatch(/^updated 是 2022-06-20，晚于现在（北京时间 2022-06-15 12:00）；.*不会推迟发布/);
    });

    it('compares a case date-time a year ahead to the minute', () => {
      const files = editClean(fraudCase, 'date: 2022-06-01', 'date: "2022-06-01T03:00"');
      const early = warningsFor(files, beijing('2021-05-31T02:59:00')).filter(fileIs(fraudCase));
      expect(early).toMatchObject([{ field: 'date', line: 5 }]);
      expect(early[0]!.message).toMatch(/^date 是 2022-06-01 03:00，比现在/);
      expect(warningsFor(files, beijing('2021-05-31T03:00:00')).filter(fileIs(fraudCase))).toEqual([]);
    });

    it('uses the real clock when no time is given', () => {
      const { content } = loadContent(makeContent({ ...CLEAN_FILES, ...editClean(story, 'date: 2022-06-11', 'date: 2999-01-01') }));
      expect(collectWarnings(content).map((w) => w.field)).toEqual(['date']);
    });
  });

  it('can leave out line numbers (NO_LINES), for callers without the files', () => {
    const { content } = loadContent(makeContent());
    const warnings = collectWarnings(content, NOW, NO_LINES);
    expect(warnings.map((w) => w.field).sort()).toEqual(['steps', 'summary']);
    expect(warnings.every((w) => w.line === undefined)).toBe(true);
  });
});
