import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { errorsOf, formatProblem, type ContentProblem } from '@/lib/content/problems';
import { editValid, makeContent } from '../helpers/content-fixture';

function problemsFor(overrides: Record<string, string | null>): ContentProblem[] {
  return errorsOf(loadContent(makeContent(overrides)).problems);
}

const story = 'stories/sample-story.md';
const fraudCase = 'cases/sample-case.md';
const scamType = 'scam-types/sample-type.md';

describe('bad content gives a clear error naming file, field and what was expected', () => {
  it('accepts the valid fixture', () => {
    expect(loadContent(makeContent()).problems).toEqual([]);
  });

  it.each<[string, Record<string, string | null>, { file: string; field?: string; line?: number; message: RegExp }]>([
    ['a missing required field', editValid(story, 'title: 示例稿件\n', ''), { file: story, field: 'title', message: /缺少必填字段/ }],
    [
      'a number written as words',
      editValid(fraudCase, 'outcome: prevented', 'outcome: prevented\namountAtRisk: 六万元'),
      { file: fraudCase, field: 'amountAtRisk', line: 8, message: /^金额写数字（元）.*15万余元.*approx: true.*实际为文本 "六万元"/ },
    ],
    ['a list written as text', editValid(fraudCase, 'channels: [phone]', 'channels: phone'), { file: fraudCase, field: 'channels', message: /应为列表/ }],
    ['an impossible date', editValid(story, 'date: 2022-06-11', 'date: 2022-02-30'), { file: story, field: 'date', line: 4, message: /不是真实存在的日期/ }],
    ['a date in words', editValid(story, 'date: 2022-06-11', 'date: 6月11日'), { file: story, field: 'date', message: /YYYY-MM-DD/ }],
    ['a misspelt key', editValid(story, 'title:', 'tittle:'), { file: story, field: 'tittle', line: 2, message: /未知字段 tittle，是不是想写 title/ }],
    ['a misspelt nested key', editValid(story, 'role: 记者', 'rol: 记者'), { file: story, field: 'authors（第 1 项）.rol', message: /是不是想写 role/ }],
    [
      'a value outside an enum',
      editValid(fraudCase, 'outcome: prevented', 'outcome: stopped'),
      { file: fraudCase, field: 'outcome', message: /应为以下之一：prevented、lost、recovered、partly-recovered/ },
    ],
    [
      'an unknown channel',
      editValid(fraudCase, 'channels: [phone]', 'channels: [phone, fax]'),
      { file: fraudCase, field: 'channels（第 2 项）', message: /应为以下之一/ },
    ],
    [
      'no red flags',
      editValid(fraudCase, 'redFlags: [对方要求转账]', 'redFlags: []'),
      { file: fraudCase, field: 'redFlags', message: /至少需要写一条危险信号/ },
    ],
    ['a non-boolean draft', editValid(story, 'section: law', 'section: law\ndraft: yes'), { file: story, field: 'draft', message: /布尔值/ }],
    ['a bad slug in the file name', { 'stories/Bad_Slug.md': '---\ntitle: x\n---\n' }, { file: 'stories/Bad_Slug.md', field: '文件名', message: /slug/ }],
    [
      'a bad slug in a reference',
      editValid(fraudCase, 'scamType: sample-type', 'scamType: Sample Type'),
      { file: fraudCase, field: 'scamType', message: /slug/ },
    ],
    [
      'a case with an unknown scam type',
      editValid(fraudCase, 'scamType: sample-type', 'scamType: no-such-type'),
      { file: fraudCase, field: 'scamType', line: 3, message: /诈骗类型“no-such-type”不存在/ },
    ],
    [
      'a case with an unknown story',
      editValid(fraudCase, 'story: sample-story', 'story: no-such-story'),
      { file: fraudCase, field: 'story', message: /稿件“no-such-story”不存在/ },
    ],
    [
      'a story linking an unknown case',
      editValid(story, 'cases: [sample-case]', 'cases: [sample-case, missing-case]'),
      { file: story, field: 'cases（第 2 项）', message: /案例“missing-case”不存在/ },
    ],
    ['a story in an unknown section', editValid(story, 'section: law', 'section: sports'), { file: story, field: 'section', message: /栏目“sports”不存在/ }],
    [
      'a duplicate slug in another folder',
      { 'stories/2023/sample-story.md': '---\ntitle: 又一篇\ndate: 2023-01-01\nsection: law\n---\n正文\n' },
      { file: 'stories/sample-story.md', field: '文件名', message: /重复/ },
    ],
    [
      'updated before date',
      editValid(story, 'section: law', 'section: law\nupdated: 2022-06-01'),
      { file: story, field: 'updated', line: 6, message: /不能早于 date/ },
    ],
    ['malformed YAML', editValid(story, 'tags: [反诈]', 'tags: [反诈'), { file: story, message: /YAML 格式有误/ }],
    ['a key written twice', editValid(story, 'kicker: 引题', 'kicker: 引题\nkicker: 又一个'), { file: story, line: 4, message: /同一个字段写了两次/ }],
    ['a custom YAML tag', editValid(story, 'kicker: 引题', 'kicker: !!js/function "x"'), { file: story, message: /不支持以 ! 开头/ }],
    [
      'a loss on a prevented case',
      editValid(fraudCase, 'outcome: prevented', 'outcome: prevented\namountLost: 100'),
      { file: fraudCase, field: 'amountLost', message: /损失应为 0/ },
    ],
    ['a non-Markdown file', { 'cases/notes.txt': 'x' }, { file: 'cases/notes.txt', message: /不是 \.md 文件/ }],
    ['a # heading in a body', editValid(story, '第一段正文。', '# 第二个标题'), { file: story, field: '正文', line: 14, message: /一级标题/ }],
    ['::cases in a case body', editValid(fraudCase, '案例经过。', '::cases'), { file: fraudCase, field: '正文', message: /只有稿件/ }],
    [
      'a scam type without sources',
      editValid(scamType, 'sources: [本报示例报道]\n', ''),
      { file: scamType, field: 'sources', message: /^缺少必填字段（资料来源：写明本类型的文字依据哪些资料/ },
    ],
    [
      'a scam type with an empty sources list',
      editValid(scamType, 'sources: [本报示例报道]', 'sources: []'),
      { file: scamType, field: 'sources', line: 6, message: /至少需要写一条资料来源/ },
    ],
    [
      'a source with a date in words',
      editValid(scamType, 'sources: [本报示例报道]', 'sources:\n  - publisher: 公安部\n    title: 十大高发电信网络诈骗类型\n    date: 2023年6月'),
      { file: scamType, field: 'sources（第 1 项）.date', line: 9, message: /2023、2023-06 或 2023-06-15/ },
    ],
    [
      'a source citing an unknown story',
      editValid(scamType, 'sources: [本报示例报道]', 'sources:\n  - publisher: 本报\n    title: 示例稿件\n    story: no-such-story'),
      { file: scamType, field: 'sources（第 1 项）.story', line: 9, message: /稿件“no-such-story”不存在/ },
    ],
  ])('%s', (_name, overrides, expected) => {
    const problems = problemsFor(overrides);
    const match = problems.find((p) => p.file.endsWith(expected.file) && expected.message.test(p.message));
    expect(match, problems.map(formatProblem).join('\n')).toBeDefined();
    expect(path.isAbsolute(match!.file)).toBe(false);
    if (expected.field) expect(match!.field).toBe(expected.field);
    if (expected.line) expect(match!.line).toBe(expected.line);
  });

  it('reports a missing content folder clearly', () => {
    const problems = errorsOf(loadContent('/nonexistent/content').problems);
    expect(problems[0]?.message).toMatch(/找不到内容目录/);
  });

  it('collects every error in one pass, across files', () => {
    const problems = problemsFor({
      ...editValid(story, 'title: 示例稿件\n', ''),
      ...editValid(fraudCase, 'outcome: prevented', 'outcome: maybe'),
      'scam-types/sample-type.md': '---\nname: 示例类型\n---\n',
    });
    const files = new Set(problems.map((p) => p.file.split('/').slice(-2).join('/')));
    expect(files).toEqual(new Set([story, fraudCase, 'scam-types/sample-type.md']));
    // The scam type misses summary, signs, actions and sources: four errors, not one.
    expect(
      problems
        .filter((p) => p.file.endsWith('sample-type.md'))
        .map((p) => p.field)
        .sort(),
    ).toEqual(['actions', 'signs', 'sources', 'summary']);
  });

  it('treats an empty key as not given', () => {
    const { problems } = loadContent(makeContent(editValid(story, 'kicker: 引题', 'kicker:\nsubtitle:')));
    expect(problems).toEqual([]);
  });

  it('formats a problem as file:line → field：message', () => {
    const [problem] = problemsFor(editValid(story, 'title:', 'tittle:')).filter((p) => p.field === 'tittle');
    expect(formatProblem(problem!)).toMatch(/^.*stories\/sample-story\.md:2 → tittle：未知字段 tittle，是不是想写 title？$/);
  });
});
