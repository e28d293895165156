/**
 * The two editor-extensible kinds of issue 13: after-care pages (content/help/<slug>.md)
 * and the glossary (content/glossary.yml) — what the check refuses, with file, line and
 * field, and how the glossary explains words in place at load time.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileGlossary } from '@/lib/content/glossary';
import { loadContent } from '@/lib/content/load';
import { renderMarkdown } from '@/lib/content/markdown';
import { errorsOf, formatProblem } from '@/lib/content/problems';
import { editValid, makeContent } from '../helpers/content-fixture';

const HELP_PAGE = `---
title: 验证码告诉了别人
when: 把短信验证码念给了对方。
triggers:
  - "验证码 + 告诉|念"
steps:
  - 马上打银行卡背面的客服电话。
  - 修改密码。
sources: [示例资料]
---

[[验证码]]要保密。
`;

const GLOSSARY = `- term: 征信
  aliases: [个人征信]
  definition: 个人的信用记录。
- term: 征信修复
  definition: 收费“修复”征信是骗局。
- term: 验证码
  definition: 发到手机上的几位数字。
- term: 作饵
  definition: 当作诱饵。
- term: 屏幕共享
  aliases: [共享屏幕]
  definition: 让对方看到您的手机屏幕。
`;

/** Every error of a content folder, as the check prints them, with paths relative to the folder. */
function errors(overrides: Record<string, string | null>): string[] {
  const dir = makeContent({ 'glossary.yml': GLOSSARY, 'help/code-given.md': HELP_PAGE, ...overrides });
  return errorsOf(loadContent(dir).problems).map((p) => formatProblem({ ...p, file: path.relative(dir, path.resolve(p.file)) }));
}

const edit = (text: string, from: string, to: string) => {
  if (!text.includes(from)) throw new Error(`no ${from}`);
  return text.replace(from, to);
};

/** The after-care page of the fixture with `from` replaced by `to`. */
const editHelpPage = (from: string, to: string) => ({ 'help/code-given.md': edit(HELP_PAGE, from, to) });

describe('content:check on after-care pages, the glossary and their references', () => {
  it('accepts a valid page and glossary', () => {
    expect(errors({})).toEqual([]);
  });

  it.each<[string, Record<string, string | null>, string]>([
    [
      'a trigger with an empty word',
      editHelpPage('"验证码 + 告诉|念"', '"验证码 + 告诉||念"'),
      'help/code-given.md:5 → triggers（第 1 项）：第 2 组词里有空词（检查是否多写了“|”或“+”）',
    ],
    [
      'a page with no triggers',
      editHelpPage('triggers:\n  - "验证码 + 告诉|念"', 'triggers: []'),
      'help/code-given.md:4 → triggers：至少需要一条触发词（居民会怎么说这件事）',
    ],
    [
      'a page with no steps',
      editHelpPage('steps:\n  - 马上打银行卡背面的客服电话。\n  - 修改密码。', 'steps: []'),
      'help/code-given.md:6 → steps：至少需要写一步怎么做',
    ],
    [
      'a page without sources',
      editHelpPage('sources: [示例资料]\n', ''),
      'help/code-given.md → sources：缺少必填字段（资料来源：写明这些做法依据哪些资料，如公安机关、银行或支付平台公开的提醒，或法律法规）',
    ],
    [
      'a page naming a related page that does not exist',
      editHelpPage('sources:', 'related: [no-such-page]\nsources:'),
      'help/code-given.md:9 → related（第 1 项）：应对指南“no-such-page”不存在（应为 content/help/ 下某个文件名，不含 .md）；现有：code-given',
    ],
    [
      'a case naming an after-care page that does not exist',
      editValid('cases/sample-case.md', 'redFlags: [对方要求转账]', 'redFlags: [对方要求转账]\nsituations: [code-given, money-gone]'),
      'cases/sample-case.md:9 → situations（第 2 项）：应对指南“money-gone”不存在（应为 content/help/ 下某个文件名，不含 .md）；现有：code-given',
    ],
    [
      'a glossary entry without a definition',
      { 'glossary.yml': `${GLOSSARY}- term: 对公账户\n` },
      'glossary.yml:13 → （第 6 项）.definition：缺少必填字段（缺少解释：每个术语都要写 definition（一两句通俗的解释））',
    ],
    [
      'a glossary entry with an empty definition',
      { 'glossary.yml': `${GLOSSARY}- term: 对公账户\n  definition: "  "\n` },
      'glossary.yml:14 → （第 6 项）.definition：解释不能为空：每个术语都要写一两句通俗的解释',
    ],
    [
      'a word defined twice',
      { 'glossary.yml': `${GLOSSARY}- term: 共享屏幕\n  definition: 又一个解释。\n` },
      'glossary.yml:13 → （第 6 项）.term：术语“共享屏幕”重复（第 5 项已经有了）',
    ],
    [
      'a word marked in a body that the glossary does not define',
      editValid('cases/sample-case.md', '案例经过。', '案例经过。\n\n对方说要[[代理业务]]。'),
      'cases/sample-case.md:15 → 正文：标出的术语“代理业务”在 glossary.yml 里没有解释：请在 content/glossary.yml 里加上“代理业务”和它的解释（definition），或者去掉两边的 [[ ]]',
    ],
  ])('refuses %s', (_what, overrides, expected) => {
    expect(errors(overrides)).toEqual([expected]);
  });

  it('loads the page into its collection, in the editors’ order', () => {
    const second = edit(HELP_PAGE, 'title: 验证码告诉了别人', 'title: 钱转走了\norder: 1');
    const { content, problems } = loadContent(makeContent({ 'glossary.yml': GLOSSARY, 'help/code-given.md': HELP_PAGE, 'help/money-gone.md': second }));
    expect(errorsOf(problems)).toEqual([]);
    expect(content.situations.map((s) => [s.slug, s.kind, s.steps.length])).toEqual([
      ['money-gone', 'help', 2],
      ['code-given', 'help', 2],
    ]);
    expect(content.glossary.map((entry) => entry.term)).toEqual(['征信', '征信修复', '验证码', '作饵', '屏幕共享']);
  });

  it('needs no glossary file: without one nothing is explained', () => {
    const { content, problems } = loadContent(makeContent());
    expect(problems).toEqual([]);
    expect(content.glossary).toEqual([]);
  });
});

describe('glossary terms are explained where first used, at load time', () => {
  const glossary = compileGlossary([
    { term: '征信', aliases: ['个人征信'], definition: '个人的信用记录。' },
    { term: '征信修复', aliases: [], definition: '收费“修复”征信是骗局。' },
    { term: '验证码', aliases: [], definition: '发到手机上的几位数字。' },
    { term: '屏幕共享', aliases: ['共享屏幕'], definition: '让对方看到您的手机屏幕。' },
  ]);
  const render = (markdown: string, header: string[] = [], rest: string[] = []) => renderMarkdown(markdown, { glossary: { glossary, header, rest } });
  const details = (word: string, definition: string) =>
    `<details class="gloss"><summary>“${word}”是什么意思？</summary><p><dfn>${word}</dfn>：${definition}</p></details>`;

  it('marks the first use and puts a <details> after its paragraph; later uses stay plain', () => {
    const { body, issues } = render('骗子说会影响征信。\n\n征信不会因此改变。');
    expect(issues).toEqual([]);
    expect(body.html).toBe(`<p>骗子说会影响<span class="gloss-term">征信</span>。</p>${details('征信', '个人的信用记录。')}\n<p>征信不会因此改变。</p>`);
    // Summaries, search and reading time read the text without the definitions.
    expect(body.plainText).toBe('骗子说会影响征信。\n征信不会因此改变。');
  });

  it('reads the longest term, and an alias as written, traditional characters too', () => {
    expect(render('别信征信修复。').body.html).toContain(details('征信修复', '收费“修复”征信是骗局。'));
    expect(render('他让我共享屏幕。').body.html).toContain(details('共享屏幕', '让对方看到您的手机屏幕。'));
    expect(render('不要說出驗證碼。').body.html).toContain('<span class="gloss-term">驗證碼</span>');
  });

  it('explains a word in a list item inside the item, and never inside links, headings or code', () => {
    const html = render('## 征信\n\n- 不说**验证码**\n- 看[征信](https://example.org)\n\n`验证码` 和 征信').body.html;
    expect(html).toContain(`<li>不说<strong><span class="gloss-term">验证码</span></strong>${details('验证码', '发到手机上的几位数字。')}</li>`);
    expect(html).toContain('<h2 id="征信">征信</h2>');
    expect(html).toContain('<a href="https://example.org">征信</a>');
    expect(html).toContain(`<p><code>验证码</code> 和 <span class="gloss-term">征信</span></p>${details('征信', '个人的信用记录。')}`);
  });

  it('explains at an editor’s [[…]] mark rather than at an earlier plain use, brackets removed', () => {
    const { body } = render('先说征信。\n\n这里解释[[征信]]。');
    expect(body.html).toBe(`<p>先说征信。</p>\n<p>这里解释<span class="gloss-term">征信</span>。</p>${details('征信', '个人的信用记录。')}`);
    expect(body.firstParagraph).toBe('先说征信。');
    expect(body.plainText).not.toContain('[[');
  });

  it('explains a word once in a body split by ::cases', () => {
    const { body } = render('一段讲征信。\n\n::cases\n\n又讲征信。');
    expect(body.segments).toHaveLength(3);
    expect(body.html.match(/<details/g)).toHaveLength(1);
  });

  it('explains the header’s words, and list words the body lacks, in notes under the header', () => {
    const { body } = render('正文讲验证码。', ['影响个人征信作饵'], ['不开共享屏幕', '不说验证码']);
    // 个人征信 from the header, 共享屏幕 from the lists, in one line; 验证码 is explained in the body.
    expect(body.glossaryNotes).toBe(
      '<details class="gloss gloss--notes"><summary>词语解释：个人征信、共享屏幕</summary><dl>' +
        '<div><dt><dfn>个人征信</dfn></dt><dd>个人的信用记录。</dd></div>' +
        '<div><dt><dfn>共享屏幕</dfn></dt><dd>让对方看到您的手机屏幕。</dd></div></dl></details>',
    );
    expect(body.html).toBe(`<p>正文讲<span class="gloss-term">验证码</span>。</p>${details('验证码', '发到手机上的几位数字。')}`);
    // A header word is not explained again in the body.
    expect(render('也讲征信。', ['征信']).body.html).toBe('<p>也讲征信。</p>');
    expect(render('没有术语。').body.glossaryNotes).toBe('');
  });

  it('gives case pages their headline idioms and narrative words from the real glossary (seed fixture)', () => {
    const { content } = loadContent(path.join(process.cwd(), 'tests/fixtures/seed-content'));
    const credit = content.cases.find((c) => c.slug === 'credit-record-bait');
    expect(credit?.body.read().glossaryNotes).toContain('<summary>词语解释：个人征信、作饵</summary>');
    expect(credit?.body.read().html).toContain('<summary>“屏幕共享”是什么意思？</summary>');
    const debt = content.cases.find((c) => c.slug === 'fake-debt-collection-link');
    expect(debt?.body.read().glossaryNotes).toContain('<summary>词语解释：浑水摸鱼</summary>');
    expect(debt?.body.read().html).toContain('<summary>“对公账户”是什么意思？</summary>');
  });
});
