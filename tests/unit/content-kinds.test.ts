/**
 * Content kinds come from one table (lib/content/kinds.ts). A made-up kind, a glossary,
 * shows what adding a kind takes: a schema and one entry; the loader and the templates
 * need nothing else. The real table is checked against the real content.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { defineKind, defineKinds } from '@/lib/content/kind';
import { CONTENT_KINDS, CONTENT_KIND_LIST } from '@/lib/content/kinds';
import { loadContent } from '@/lib/content/load';
import { loadKinds } from '@/lib/content/load-kinds';
import { formatProblem, type ContentProblem } from '@/lib/content/problems';
import { renderTemplate, type TemplateContext } from '@/lib/content/templates';
import { KIND_LABELS } from '@/lib/search/labels';
import { SEED_CONTENT_DIR } from '../helpers/seed-content';

const glossaryEntry = z.strictObject({
  term: z.string().trim().min(1, { error: '不能为空' }),
  aliases: z.array(z.string()).default([]),
});

const GLOSSARY = defineKinds({
  glossary: defineKind({
    folder: 'glossary',
    collection: 'terms',
    label: '术语',
    counter: '条',
    url: (slug) => `/glossary/${slug}`,
    schema: glossaryEntry,
    template: {
      fields: {
        term: { meaning: '术语', example: 'term: "跑分"' },
        aliases: { meaning: '别的说法', example: 'aliases: ["洗钱跑分"]', skeleton: 'aliases:\n  - ""' },
      },
      body: '\n<!-- 用一两段话解释这个术语。 -->\n',
    },
    toRecord: ({ front, slug, file, body }) => ({ ...front, kind: 'glossary' as const, slug, file, body }),
    compare: (a, b) => a.slug.localeCompare(b.slug),
  }),
});

function folderWith(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinds-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const CONTEXT: TemplateContext = { today: '2022-06-11', sections: [], scamTypes: [], situations: [] };

describe('a new kind is a schema and one table entry', () => {
  const dir = folderWith({
    'glossary/xi-qian.md': '---\nterm: 洗钱\n---\n\n把赃款“洗白”。\n',
    'glossary/2022/pao-fen.md': '---\nterm: 跑分\naliases: [跑分平台]\n---\n\n用自己的账户替人收转钱款。\n',
    'glossary/empty.md': '---\nterm: ""\n---\n',
    'glossary/cases-marker.md': '---\nterm: 案例\n---\n\n::cases\n',
  });
  const problems: ContentProblem[] = [];
  const loaded = loadKinds(GLOSSARY, problems, { contentDir: dir, media: new Map() });

  it('loads its files, subfolders included, into its collection, in its order', () => {
    // A body problem is reported (below) without losing the record; front-matter errors leave it out.
    expect(loaded.collections.terms.map(({ slug, term, aliases, kind }) => ({ slug, term, aliases, kind }))).toEqual([
      { slug: 'cases-marker', term: '案例', aliases: [], kind: 'glossary' },
      { slug: 'pao-fen', term: '跑分', aliases: ['跑分平台'], kind: 'glossary' },
      { slug: 'xi-qian', term: '洗钱', aliases: [], kind: 'glossary' },
    ]);
    expect(loaded.collections.terms[2]?.body.read().plainText).toBe('把赃款“洗白”。');
  });

  it('checks them against its schema and the body rules, with file, field and line', () => {
    expect(problems.map((p) => formatProblem({ ...p, file: path.relative(dir, path.resolve(p.file)) }))).toEqual([
      'glossary/cases-marker.md → 正文：正文不能使用 ::cases',
      'glossary/empty.md:2 → term：不能为空',
    ]);
    // A file that failed still exists (a reference to it is not also "missing"); only loaded ones are located.
    expect(loaded.exists('glossary', 'empty')).toBe(true);
    expect(loaded.locate('glossary', 'empty')).toBeUndefined();
    expect(loaded.locate('glossary', 'pao-fen')?.lineOf(['aliases'])).toBe(3);
  });

  it('gets a template that the loader accepts once its required field is filled in', () => {
    const text = renderTemplate(GLOSSARY.glossary, CONTEXT);
    expect(text).toMatch(/^---\n# 术语的文件头：/);
    expect(text).toMatch(/^term:$/m);
    expect(text).toMatch(/^# aliases:$/m);
    expect(text.endsWith('<!-- 用一两段话解释这个术语。 -->\n')).toBe(true);
    const filled = folderWith({ 'glossary/new-term.md': text.replace(/^term:$/m, 'term: 新术语') });
    const found: ContentProblem[] = [];
    const { collections } = loadKinds(GLOSSARY, found, { contentDir: filled, media: new Map() });
    expect(found).toEqual([]);
    expect(collections.terms.map((record) => [record.slug, record.term, record.body.read().plainText])).toEqual([['new-term', '新术语', '']]);
  });
});

describe('the content kinds table', () => {
  const { content } = loadContent(SEED_CONTENT_DIR);

  it('names each kind once, with its own folder, collection and label', () => {
    const entries = CONTENT_KIND_LIST.map((kind) => CONTENT_KINDS[kind]);
    expect(CONTENT_KIND_LIST).toEqual(['story', 'case', 'scam-type', 'help']);
    for (const field of ['folder', 'collection', 'label'] as const) {
      expect(new Set(entries.map((entry) => entry[field])).size).toBe(entries.length);
    }
    // The search shows the same names the editors' tools use.
    expect(KIND_LABELS).toEqual({ story: '稿件', case: '案例', 'scam-type': '骗局类型', help: '应对指南' });
  });

  it('loads every kind of the seed content into its collection, each record marked with its kind', () => {
    for (const kind of CONTENT_KIND_LIST) {
      const records: readonly { kind: string }[] = content[CONTENT_KINDS[kind].collection];
      expect(records.length, kind).toBeGreaterThan(0);
      expect(
        records.every((record) => record.kind === kind),
        kind,
      ).toBe(true);
    }
  });
});
