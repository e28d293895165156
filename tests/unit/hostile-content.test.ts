/**
 * Content as untrusted input: each hostile file either renders harmless or fails
 * the content check with a clear message — and none crashes the loader.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { errorsOf, formatProblem } from '@/lib/content/problems';
import { editValid, makeContent, VALID_FILES } from '../helpers/content-fixture';

const STORY = 'stories/sample-story.md';
const withBody = (body: string) => ({ [STORY]: VALID_FILES[STORY]!.replace('第一段正文。', body) });

/** Markup that must never reach a reader's browser in any form. */
const EXECUTABLE = /<script|<iframe|<object|<embed|<svg|<style|<form|\son[a-z]+=|javascript:|vbscript:|data:text|style=/i;

function html(dir: string): string {
  const { content } = loadContent(dir);
  return content.stories.flatMap((s) => s.body.read().segments.map((seg) => (seg.kind === 'html' ? seg.html : ''))).join('\n');
}

describe('hostile Markdown bodies are reported, and rendered harmless', () => {
  it.each([
    ['a script tag', '<script>alert(document.cookie)</script>', /<script>/],
    ['an event handler', '<img src="x.png" onerror="alert(1)">', /onerror=/],
    ['an event handler in mixed case', '<a href="#" OnMouseOver="alert(1)">悬停</a>', /onmouseover=/i],
    ['a javascript: link', '[点我](javascript:alert(1))', /javascript: 协议/],
    ['a javascript: link in an HTML anchor with entities', '<a href="jav&#x61;script:alert(1)">x</a>', /javascript: 协议/],
    ['a data: link', '[下载](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)', /data: 协议/],
    ['a data: image', '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)', /data: 协议|找不到图片|外部网址/],
    ['a vbscript: link', '<a href="vbscript:msgbox(1)">x</a>', /vbscript: 协议/],
    ['an iframe', '<iframe src="https://evil.example/"></iframe>', /<iframe>/],
    ['an object', '<object data="evil.swf"></object>', /<object>/],
    ['an embed', '<embed src="evil.swf">', /<embed>/],
    ['an SVG with script', '<svg onload="alert(1)"><script>alert(1)</script></svg>', /<svg>/],
    ['CSS injection through style', '<p style="background:url(javascript:alert(1));position:fixed;top:0">覆盖</p>', /style=/],
    ['a style element', '<style>body{display:none}</style>', /<style>/],
    ['a form', '<form action="https://evil.example"><input name="pw"></form>', /<form>/],
    ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example">', /<meta>/],
    ['a base tag', '<base href="https://evil.example/">', /<base>/],
  ])('%s', (_name, body, reported) => {
    const dir = makeContent(withBody(body));
    const problems = errorsOf(loadContent(dir).problems);
    expect(problems.map((p) => p.message).join('\n')).toMatch(reported);
    expect(problems.every((p) => p.file.endsWith(STORY) && p.field === '正文')).toBe(true);
    expect(html(dir)).not.toMatch(EXECUTABLE);
  });

  it('drops markup hidden in HTML comments without complaint', () => {
    const dir = makeContent(withBody('正文<!-- <script>alert(1)</script> --><!--[if IE]><script>x</script><![endif]-->'));
    expect(loadContent(dir).problems).toEqual([]);
    expect(html(dir)).not.toMatch(EXECUTABLE);
    expect(html(dir)).not.toContain('<!--');
  });

  it('handles an extremely long line', () => {
    const dir = makeContent(withBody('长'.repeat(150_000)));
    expect(loadContent(dir).problems).toEqual([]);
    expect(html(dir)).toContain('长'.repeat(1000));
  });

  it('refuses a 5 MB file with a clear message instead of choking on it', () => {
    const dir = makeContent(withBody('这是一段正文。'.repeat(260_000)));
    const [problem] = errorsOf(loadContent(dir).problems);
    expect(problem?.message).toMatch(/正文过大（\d+ KB），单篇正文不能超过 512 KB/);
  });

  it.each([
    ['indented lists', Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- 第${i}层`).join('\n')],
    ['list markers chained on one line', `${'- '.repeat(5000)}x`],
    ['block quotes', `${'>'.repeat(10_000)} 引用`],
  ])('refuses deeply nested %s without crashing', (_name, body) => {
    const [problem] = errorsOf(loadContent(makeContent(withBody(body))).problems);
    expect(problem?.message).toMatch(/嵌套过深/);
  });
});

describe('hostile front matter', () => {
  it.each([
    ['a zero-width space in a title', 'title: 示例稿件', 'title: "示例\u200b稿件"', 'title'],
    ['a right-to-left override in a title', 'title: 示例稿件', 'title: "示例\u202e件稿"', 'title'],
    ['a bidi isolate in a tag', 'tags: [反诈]', 'tags: ["反\u2067诈"]', 'tags（第 1 项）'],
  ])('refuses %s', (_name, from, to, field) => {
    const problems = errorsOf(loadContent(makeContent(editValid(STORY, from, to))).problems);
    const match = problems.find((p) => p.field === field);
    expect(match, problems.map(formatProblem).join('\n')).toBeDefined();
    expect(match!.message).toMatch(/看不见的控制字符/);
  });

  it('refuses a YAML alias bomb', () => {
    const bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (const [i, name] of ['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].entries()) {
      const previous = i === 0 ? 'a' : ['b', 'c', 'd', 'e', 'f', 'g', 'h'][i - 1];
      bomb.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
    }
    const dir = makeContent({ [STORY]: `---\n${bomb.join('\n')}\ntitle: 炸弹\n---\n正文\n` });
    const started = Date.now();
    const problems = errorsOf(loadContent(dir).problems);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(problems.map((p) => p.message).join('\n')).toMatch(/别名|alias/i);
  });

  it.each([
    ['!!js/function', 'kicker: !!js/function "function(){ return process.exit(1) }"'],
    ['!!js/regexp', 'kicker: !!js/regexp /x/'],
    ['a custom local tag', 'kicker: !include /etc/passwd'],
    ['!!binary', 'kicker: !!binary aGVsbG8='],
  ])('refuses the YAML tag %s', (_name, line) => {
    const problems = errorsOf(loadContent(makeContent(editValid(STORY, 'kicker: 引题', line))).problems);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]!.file.endsWith(STORY)).toBe(true);
  });
});

describe('slugs never reach the file system', () => {
  it.each(['../../package', '..', '%2e%2e', 'a/b', 'C:\\\\x', '.hidden'])('a reference to %j is just an unknown slug', (ref) => {
    const dir = makeContent(editValid(STORY, 'cases: [sample-case]', `cases: [sample-case, ${JSON.stringify(ref)}]`));
    const problems = errorsOf(loadContent(dir).problems);
    expect(problems.some((p) => p.field === 'cases（第 2 项）')).toBe(true);
  });

  it('ignores dot-files and refuses file names that are not slugs', () => {
    const dir = makeContent({ 'stories/.secret.md': '---\ntitle: x\n---\n', 'stories/..md': 'x', 'stories/Ab%2e.md': 'x' });
    const { content, problems } = loadContent(dir);
    expect(content.stories.map((s) => s.slug)).toEqual(['sample-story']);
    expect(errorsOf(problems).map((p) => p.file.split('/').pop())).toEqual(['Ab%2e.md']);
  });
});
