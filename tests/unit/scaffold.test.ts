import fs from 'node:fs';
import path from 'node:path';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { fromInstant } from '@/lib/content/dates';
import { loadContent } from '@/lib/content/load';
import { errorsOf, formatProblem } from '@/lib/content/problems';
import { caseFrontMatter, helpFrontMatter, scamTypeFrontMatter, storyFrontMatter } from '@/lib/content/schema';
import type { Body } from '@/lib/content/body';
import { CONTENT_KINDS, type ContentKind } from '@/lib/content/kinds';
import {
  CASE_FIELDS,
  HELP_FIELDS,
  SCAM_TYPE_FIELDS,
  STORY_FIELDS,
  isRequired,
  renderTemplate,
  type FieldDoc,
  type TemplateContext,
} from '@/lib/content/templates';
import { VALID_FILES, makeContent } from '../helpers/content-fixture';
import { runScript } from '../helpers/run-script';

interface Run {
  dir: string;
  /** The folder before the command ran */
  before: Record<string, string>;
  status: number;
  output: string;
}

/** `npm run new -- <args>` in a fresh fixture folder (CONTENT_DIR), from the project root. */
async function startNew(overrides: Record<string, string>, ...args: string[]): Promise<Run> {
  const dir = makeContent(overrides);
  const before = snapshot(dir);
  return { dir, before, ...(await runScript('scripts/new-content.ts', args, dir)) };
}

/** Every file of a folder with its text, to prove a refused command wrote nothing. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else files[path.relative(dir, full)] = fs.readFileSync(full, 'utf8');
    }
  };
  walk(dir);
  return files;
}

const KINDS: { kind: ContentKind; folder: string; preview: string; shape: Record<string, z.ZodType>; docs: Record<string, FieldDoc> }[] = [
  { kind: 'story', folder: 'stories', preview: '/news/', shape: storyFrontMatter.shape, docs: STORY_FIELDS },
  { kind: 'case', folder: 'cases', preview: '/cases/', shape: caseFrontMatter.shape, docs: CASE_FIELDS },
  { kind: 'scam-type', folder: 'scam-types', preview: '/scams/', shape: scamTypeFrontMatter.shape, docs: SCAM_TYPE_FIELDS },
  { kind: 'help', folder: 'help', preview: '/help/', shape: helpFrontMatter.shape, docs: HELP_FIELDS },
];

const CONTEXT: TemplateContext = {
  today: '2022-06-11',
  sections: [{ slug: 'law', name: '政法' }],
  scamTypes: ['sample-type'],
  situations: ['sample-situation'],
};

/** Values a test editor types into the empty required fields, matching the fixture folder. */
const FILL: Record<string, string> = {
  title: '"测试标题"',
  section: 'law',
  scamType: 'sample-type',
  whatHappened: '"有人冒充客服打电话，要求转账。"',
  dateIs: 'occurred',
  channels: '[phone]',
  outcome: 'prevented',
  redFlags: '[对方要求转账]',
  name: '"测试类型"',
  summary: '"一句话说明这种骗局。"',
  signs: '[可疑信号]',
  actions: '[拨打96110]',
  sources: '[示例资料]',
  when: '"把验证码告诉了别人。"',
  triggers: '["验证码 + 告诉"]',
  steps: '[马上打银行的客服电话]',
};

/** Keys with an empty value (`title:`): the required placeholders. */
function placeholders(text: string): string[] {
  const front = text.split('\n---\n')[0]!;
  return [...front.matchAll(/^(\w+):[ \t]*$/gm)].map((m) => m[1]!);
}

function fill(text: string): string {
  return text.replace(/^(\w+):[ \t]*$/gm, (_line, key: string) => {
    const value = FILL[key];
    if (value === undefined) throw new Error(`the test has no value for the required placeholder ${key}`);
    return `${key}: ${value}`;
  });
}

/** Keys of objects nested in a field (authors[].role, image.alt, redFlags[].step …). */
function nestedKeys(schema: z.ZodType): string[] {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault) return nestedKeys(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodPipe) return nestedKeys(schema.in as z.ZodType);
  if (schema instanceof z.ZodArray) return nestedKeys(schema.element as z.ZodType);
  if (schema instanceof z.ZodUnion) return (schema.options as z.ZodType[]).flatMap(nestedKeys);
  if (schema instanceof z.ZodObject) {
    return Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([key, value]) => [key, ...nestedKeys(value)]);
  }
  return [];
}

describe('npm run new — creating a content file', { timeout: 60_000 }, () => {
  const created = Object.fromEntries(KINDS.map(({ kind }) => [kind, startNew({}, kind, 'fresh-item')])) as Record<ContentKind, Promise<Run>>;

  it.each(KINDS)('creates a $kind from the template and says what to do next', async ({ kind, folder, preview }) => {
    const { dir, status, output } = await created[kind];
    expect(status, output).toBe(0);
    const file = path.join(dir, folder, 'fresh-item.md');
    const text = fs.readFileSync(file, 'utf8');
    expect(output).toContain(file);
    expect(output).toContain(`npm run content:check -- ${file}`);
    expect(output).toContain('npm run dev');
    expect(output).toContain(`${preview}fresh-item`);
    if (kind === 'story' || kind === 'case') {
      // Today in Beijing.
      expect(text).toMatch(new RegExp(`^date: ${fromInstant(Date.now()).day}$`, 'm'));
      expect(text).toMatch(/^draft: true$/m);
    }
    // Only that one file was added.
    expect(Object.keys(snapshot(dir)).sort()).toEqual([...Object.keys(VALID_FILES), `${folder}/fresh-item.md`].sort());
  });

  it('fills the hints from the folder (existing sections and scam types)', async () => {
    const [story, fraudCase] = await Promise.all([created.story, created.case]);
    expect(fs.readFileSync(path.join(story.dir, 'stories', 'fresh-item.md'), 'utf8')).toContain('现有栏目：law（政法）、livelihood（民生）');
    expect(fs.readFileSync(path.join(fraudCase.dir, 'cases', 'fresh-item.md'), 'utf8')).toContain('现有类型：sample-type');
  });

  it.each(KINDS)('an untouched $kind fails the check on its empty required fields only', async ({ kind, folder, shape, docs }) => {
    const { dir } = await created[kind];
    const errors = errorsOf(loadContent(dir).problems);
    const expected = Object.entries(shape)
      .filter(([key, schema]) => isRequired(schema) && !docs[key]?.preset)
      .map(([key]) => key)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(
      errors.every((p) => p.file.endsWith(`${folder}/fresh-item.md`)),
      errors.map(formatProblem).join('\n'),
    ).toBe(true);
    expect(errors.map((p) => p.field).sort()).toEqual(expected);
    expect(placeholders(fs.readFileSync(path.join(dir, folder, 'fresh-item.md'), 'utf8')).sort()).toEqual(expected);
  });

  it.each(KINDS)('a $kind with its placeholders filled in loads with no errors', async ({ kind, folder }) => {
    const { dir: scaffolded } = await created[kind];
    const filled = fill(fs.readFileSync(path.join(scaffolded, folder, 'fresh-item.md'), 'utf8'));
    const { content, problems } = loadContent(makeContent({ [`${folder}/filled-in.md`]: filled }));
    expect(errorsOf(problems).map(formatProblem)).toEqual([]);
    const records: readonly { slug: string; body: Body }[] = content[CONTENT_KINDS[kind].collection];
    const record = records.find((r) => r.slug === 'filled-in');
    expect(record).toBeDefined();
    // Stories and cases stay drafts until the editor deletes `draft: true`.
    if ('draft' in record!) expect(record.draft).toBe(true);
    // The body is guidance in an HTML comment: nothing of it is published.
    expect(record!.body.read().plainText).toBe('');
  });

  const refusals: [string, Record<string, string>, string[], RegExp][] = [
    ['an existing slug', {}, ['story', 'sample-story'], /slug “sample-story”已经被使用：.*stories\/sample-story\.md/],
    [
      'an existing slug in a subfolder',
      { 'cases/2022/old-case.md': '---\ntitle: 旧案例\n---\n' },
      ['case', 'old-case'],
      /slug “old-case”已经被使用：.*cases\/2022\/old-case\.md.*子文件夹里的也算/,
    ],
    ['a slug with capitals and an underscore', {}, ['story', 'Bad_Slug'], /“Bad_Slug”不能作为文件名：.*可以改成：bad-slug/],
    ['a slug in Chinese', {}, ['story', '冒充公安'], /“冒充公安”不能作为文件名/],
    ['a slug with a leading hyphen', {}, ['case', '-news'], /“-news”不能作为文件名/],
    ['a misspelt kind', {}, ['storey', 'x'], /不认识的内容类型“storey”，是不是想写 story？/],
    ['an unknown kind', {}, ['article', 'x'], /不认识的内容类型“article”。类型只能是：story（稿件）、case（案例）、scam-type（骗局类型）/],
    ['a missing slug', {}, ['story'], /请写明要新建的内容类型和 slug/],
    ['a slug with a space', {}, ['story', 'two', 'words'], /slug 里不能有空格/],
  ];
  const refused = refusals.map(([, overrides, args]) => startNew(overrides, ...args));

  it.each(refusals.map((refusal, index) => [...refusal, index] as const))(
    'refuses %s, with the usage line, and writes nothing',
    async (_name, _overrides, _args, message, index) => {
      const { dir, before, status, output } = await refused[index]!;
      expect(status).toBe(1);
      expect(output).toMatch(message);
      expect(output).toContain('Usage: npm run new -- story|case|scam-type|help <slug>');
      expect(output).not.toMatch(/at .*\.ts:\d+/);
      expect(snapshot(dir)).toEqual(before);
    },
  );

  const otherKind = startNew({}, 'case', 'sample-story');

  it('allows a slug another kind already uses (slugs are unique per kind)', async () => {
    const { dir, status } = await otherKind;
    expect(status).toBe(0);
    expect(fs.existsSync(path.join(dir, 'cases', 'sample-story.md'))).toBe(true);
  });
});

describe('templates follow the contract', () => {
  it.each(KINDS)('the $kind template writes every schema field, required ones empty and optional ones commented out', ({ kind, shape, docs }) => {
    const text = renderTemplate(CONTENT_KINDS[kind], CONTEXT);
    for (const [key, schema] of Object.entries(shape)) {
      const line = docs[key]?.preset ? new RegExp(`^${key}: \\S`, 'm') : isRequired(schema) ? new RegExp(`^${key}:$`, 'm') : new RegExp(`^# ${key}:`, 'm');
      expect(text, `field ${key}`).toMatch(line);
      expect(text, `field ${key} is labelled`).toMatch(new RegExp(`【${isRequired(schema) ? '必填' : '可选'}】\\n(#.*\\n)*#? ?${key}:`));
      for (const nested of nestedKeys(schema)) expect(text, `field ${key}.${nested}`).toContain(`${nested}:`);
    }
    // Nothing but schema keys is written uncommented.
    const written = [...text.split('\n---\n')[0]!.matchAll(/^(\w+):/gm)].map((m) => m[1]!);
    for (const key of written) expect(Object.keys(shape)).toContain(key);
  });

  it('documents exactly the schema keys', () => {
    for (const { shape, docs } of KINDS) expect(Object.keys(docs).sort()).toEqual(Object.keys(shape).sort());
  });
});
