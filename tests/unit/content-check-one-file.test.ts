import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLEAN_FILES, VALID_FILES, editClean, editValid, makeContent } from '../helpers/content-fixture';
import { PROJECT_ROOT as root, runScript } from '../helpers/run-script';

interface Run {
  dir: string;
  status: number;
  /** stdout + stderr, with the fixture folder shown as `content`, as an editor sees it */
  output: string;
}

/** `npm run content:check -- <args>` from the project root on a fixture folder (CONTENT_DIR). */
async function startCheck(files: Record<string, string>, args: (dir: string) => string[] = () => []): Promise<Run> {
  const dir = makeContent(files);
  const { status, output } = await runScript('scripts/content-check.ts', args(dir), dir);
  return { dir, status, output: output.replaceAll(path.relative(root, dir), 'content') };
}

/** The run's output, once its exit status is `status`. */
async function outputOf(run: Promise<Run>, status: number): Promise<string> {
  const { status: actual, output } = await run;
  expect(actual).toBe(status);
  return output;
}

/** A file of the fixture, as a path from the project root (how an editor types it). */
function inFixture(dir: string, name: string): string {
  return path.join(path.relative(root, dir), name);
}

const story = 'stories/sample-story.md';
const fraudCase = 'cases/sample-case.md';

function broken(name: string, from: string, to: string): Record<string, string> {
  return { ...CLEAN_FILES, ...editClean(name, from, to) };
}

describe('npm run content:check -- <file>', { timeout: 60_000 }, () => {
  const withOthersBroken = startCheck(
    {
      ...broken(fraudCase, 'outcome: prevented', 'outcome: stopped'),
      'stories/other.md': '---\ntittle: 别的稿件\ndate: 2022-06-11\nsection: law\n---\n\n这是另一篇稿件的第一段，写得足够长，不会触发摘要提醒。\n',
    },
    (dir) => [inFixture(dir, fraudCase)],
  );
  const goodFileBrokenCase = startCheck(broken(fraudCase, 'outcome: prevented', 'outcome: stopped'), (dir) => [inFixture(dir, story)]);
  const clean = startCheck(CLEAN_FILES, (dir) => [inFixture(dir, fraudCase)]);
  // The plain fixture case has no steps: a warning, not an error.
  const warnedOnly = startCheck({ ...CLEAN_FILES, [fraudCase]: VALID_FILES[fraudCase]! }, (dir) => [inFixture(dir, fraudCase)]);
  const badReference = startCheck(broken(fraudCase, 'scamType: sample-type', 'scamType: no-such-type'), (dir) => [inFixture(dir, fraudCase)]);
  const folder = startCheck(
    { ...broken(fraudCase, 'outcome: prevented', 'outcome: stopped'), 'cases/2022/old-case.md': '---\ntitle: 旧案例\n---\n' },
    (dir) => [inFixture(dir, 'cases')],
  );
  const missing = startCheck({ ...CLEAN_FILES, 'cases/2022/old-case.md': CLEAN_FILES[fraudCase]! }, (dir) => [inFixture(dir, 'cases/old-case.md')]);
  const outside = startCheck(CLEAN_FILES, () => ['package.json']);
  const notContent = startCheck({ ...CLEAN_FILES, 'README.md': '# 说明\n' }, (dir) => [inFixture(dir, 'README.md')]);

  it('reports only the problems of that file, with a count for the others, and fails on its errors', async () => {
    const output = await outputOf(withOthersBroken, 1);
    expect(output).toContain('content/cases/sample-case.md:7 → outcome：应为以下之一');
    expect(output).not.toContain('other.md');
    expect(output).toContain('content/cases/sample-case.md 发现 1 个错误。');
    expect(output).toContain('（其他文件还有 1 个错误，运行 npm run content:check 可以查看全部。）');
  });

  it('passes a good file even when other files have errors', async () => {
    expect(await outputOf(goodFileBrokenCase, 0)).toBe(
      'content/stories/sample-story.md 检查通过，没有发现问题。\n（其他文件还有 1 个错误，运行 npm run content:check 可以查看全部。）\n',
    );
  });

  it('passes a clean folder without a note about other files', async () => {
    expect(await outputOf(clean, 0)).toBe('content/cases/sample-case.md 检查通过，没有发现问题。\n');
  });

  it('shows the warnings of that file without failing', async () => {
    const output = await outputOf(warnedOnly, 0);
    expect(output).toMatch(/^\[提醒\] content\/cases\/sample-case\.md → steps：没有写 steps/m);
    expect(output).toContain('content/cases/sample-case.md 没有错误；有 1 个提醒（不影响发布，建议看一看）。');
  });

  it('reports the problems a reference check puts on that file', async () => {
    expect(await outputOf(badReference, 1)).toContain('content/cases/sample-case.md:3 → scamType：诈骗类型“no-such-type”不存在');
  });

  it('checks a folder: every file under it', async () => {
    const output = await outputOf(folder, 1);
    expect(output).toContain('content/cases/sample-case.md:7 → outcome');
    expect(output).toContain('content/cases/2022/old-case.md → scamType：缺少必填字段');
    expect(output).not.toContain('content/stories/');
  });

  it('refuses a path that does not exist, suggesting the file of that name', async () => {
    const output = await outputOf(missing, 1);
    expect(output).toMatch(/^找不到“content\/cases\/old-case\.md”，是不是 content\/cases\/2022\/old-case\.md？/);
    expect(output).not.toMatch(/at .*\.ts:\d+/);
  });

  it('refuses a path outside the content folder', async () => {
    expect(await outputOf(outside, 1)).toBe('“package.json”不在内容目录 content/ 里；content:check 只检查内容目录里的文件\n');
  });

  it('refuses a file in the content folder that is not checked', async () => {
    expect(await outputOf(notContent, 1)).toMatch(/^“content\/README\.md”不是内容文件，不会被检查/);
  });
});

describe('npm run content:check (whole folder) with warnings', { timeout: 60_000 }, () => {
  // The plain fixture with a tag listed twice: three warnings (no steps, the repeated tag,
  // short first paragraph) and no errors.
  const plain = startCheck(editValid(story, 'tags: [反诈]', 'tags: [反诈, 反诈]'));

  it('prints the warnings and passes when there are no errors', async () => {
    expect(await outputOf(plain, 0)).toBe(
      [
        '[提醒] content/cases/sample-case.md → steps：没有写 steps（作案步骤）：案例页不会显示作案经过的时间线，危险信号也无法对应到步骤；报道里写了骗子怎样一步步行骗的，请按先后顺序列出',
        '[提醒] content/stories/sample-story.md:6 → tags（第 2 项）：标签“反诈”和第 1 项重复；网站只显示一次，请删掉这一项',
        '[提醒] content/stories/sample-story.md:14 → summary：没有写 summary，正文第一段只有 6 个字（“第一段正文。”）：列表页和搜索结果里自动生成的摘要会太短；请在文件头写一句 summary，或把第一段写完整',
        '',
        '内容检查通过：1 篇稿件、1 个案例、1 个骗局类型、0 篇应对指南、2 个栏目，没有错误；有 3 个提醒（不影响发布，建议看一看）。',
        '',
      ].join('\n'),
    );
  });
});

/**
 * The exact output for three typical mistakes, whole folder and one file, so it can
 * be quoted (and any change to it is deliberate).
 */
describe('exact output for three broken files', { timeout: 60_000 }, () => {
  const ADVICE = '请按上面的提示修改后再发布（字段说明见 content/README.md）。';
  const examples: [string, Record<string, string>, string, string[], string][] = [
    [
      'a misspelt key',
      broken(story, 'title:', 'tittle:'),
      story,
      ['content/stories/sample-story.md:2 → tittle：未知字段 tittle，是不是想写 title？'],
      '1 个错误',
    ],
    [
      'an invalid enum value',
      broken(fraudCase, 'outcome: prevented', 'outcome: stopped'),
      fraudCase,
      ['content/cases/sample-case.md:7 → outcome：应为以下之一：prevented、lost、recovered、partly-recovered；实际为文本 "stopped"'],
      '1 个错误',
    ],
    [
      'malformed YAML',
      broken(story, 'tags: [反诈]', 'tags: [反诈'),
      story,
      [
        'content/stories/sample-story.md:7 → front matter 的 YAML 格式有误：方括号 [ 没有用 ] 闭合（请检查这一行或上一行的列表）（Flow sequence in block collection must be sufficiently indented and end with a ]）',
      ],
      '1 个错误',
    ],
  ];
  const runs = examples.map(([, files, file]) => Promise.all([startCheck(files), startCheck(files, (dir) => [inFixture(dir, file)])]));

  it.each(examples.map((example, index) => [...example, index] as const))('%s', async (_name, _files, file, lines, counted, index) => {
    const [all, one] = await runs[index]!;
    expect(all.status).toBe(1);
    expect(all.output).toBe([...lines, '', `内容检查发现 ${counted}。${ADVICE}`, ''].join('\n'));
    expect(one.status).toBe(1);
    expect(one.output).toBe([...lines, '', `content/${file} 发现 ${counted}。${ADVICE}`, ''].join('\n'));
  });
});
