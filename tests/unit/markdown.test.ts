import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '@/lib/content/markdown';

const html = (source: string) => renderMarkdown(source).body.html;
const issues = (source: string) => renderMarkdown(source).issues.map((i) => i.message);

describe('Markdown is rendered to sanitized HTML', () => {
  it.each([
    ['a script tag', '正文<script>alert(1)</script>', /<script/i, /<script>/],
    ['an onerror attribute', '<img src="x.png" onerror="alert(1)">', /onerror/i, /onerror=/],
    ['a javascript: link', '[点我](javascript:alert(1))', /javascript:/i, /javascript: 协议/],
    ['a javascript: link hidden by whitespace', '<a href="java\tscript:alert(1)">x</a>', /script:/i, /javascript: 协议/],
    ['an iframe', '<iframe src="https://example.com"></iframe>', /<iframe/i, /<iframe>/],
    ['a style attribute', '<p style="position:fixed">x</p>', /style=/i, /style=/],
    ['an svg with script', '<svg><script>alert(1)</script></svg>', /<svg|<script/i, /<svg>/],
    ['a data: image', '![x](data:image/svg+xml;base64,PHN2Zz4=)', /data:/i, /data: 协议/],
  ])('removes %s and reports it', (_name, source, forbidden, reported) => {
    expect(html(source)).not.toMatch(forbidden);
    expect(issues(source).join('\n')).toMatch(reported);
  });

  it('reports the line of the unsafe markup', () => {
    const { issues: found } = renderMarkdown('第一段\n\n第二段\n\n<script>x</script>');
    expect(found[0]?.line).toBe(5);
  });

  it('keeps GFM tables, footnotes, tel: links and plain HTML that is safe, without complaint', () => {
    const source = '| 甲 | 乙 |\n|---|---|\n| 1 | 2 |\n\n注释[^1]，热线 [96110](tel:96110)，<sup>上标</sup>\n\n[^1]: 说明\n';
    const result = renderMarkdown(source);
    expect(result.issues).toEqual([]);
    expect(result.body.html).toContain('<table>');
    expect(result.body.html).toContain('href="tel:96110"');
    expect(result.body.html).toContain('<sup>上标</sup>');
    // One clobber prefix, so the footnote link reaches its target.
    expect(result.body.html).toContain('href="#user-content-fn-1"');
    expect(result.body.html).toContain('id="user-content-fn-1"');
  });

  it('gives Chinese headings readable ids, and punctuation-only headings a fallback', () => {
    const { body } = renderMarkdown('## 综合治理——构建“新格局”\n\n## ——\n\n## 综合治理——构建“新格局”');
    expect(body.headings.map((h) => h.id)).toEqual(['综合治理构建新格局', 'section-2', '综合治理构建新格局-1']);
    expect(body.html).toContain('<h2 id="综合治理构建新格局">');
  });

  it('keeps text that merely looks like a directive', () => {
    expect(html('提示:abc 与 比分3:2')).toContain('提示:abc 与 比分3:2');
    expect(issues('提示:abc')).toEqual([]);
  });

  it('splits a story body at ::cases', () => {
    const { body } = renderMarkdown('导语\n\n::cases\n\n结尾');
    expect(body.segments.map((s) => s.kind)).toEqual(['html', 'cases', 'html']);
    expect(body.hasCasesMarker).toBe(true);
  });

  it('reports an unknown directive instead of dropping it', () => {
    const { body, issues: found } = renderMarkdown('::video{src=x}');
    expect(found[0]?.message).toMatch(/无法识别的指令/);
    expect(body.plainText).toContain('::video');
  });

  it('puts the dateline at the start of the first paragraph, outside the summary text', () => {
    const { body } = renderMarkdown('6月10日,发布会召开。\n\n第二段', { leadIn: '本报讯(记者 杨沫)' });
    expect(body.html).toMatch(/^<p><strong class="dateline">本报讯\(记者 杨沫\)<\/strong>6月10日/);
    expect(body.firstParagraph).toBe('6月10日,发布会召开。');
  });
});
