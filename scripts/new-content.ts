/**
 * npm run new -- <kind> <slug> — create a content file from a template that explains
 * every field (lib/content/templates.ts). The kinds, their folders, names and page
 * paths come from the kinds table (lib/content/kinds.ts). An unknown kind, a bad slug
 * or a slug the kind already uses (in any subfolder) is refused and nothing is written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { fromInstant } from '../lib/content/dates';
import { CONTENT_KINDS, CONTENT_KIND_LIST, isContentKind, type ContentKind } from '../lib/content/kinds';
import { SECTIONS_FILE } from '../lib/content/load';
import { SLUG_HINT, SLUG_PATTERN } from '../lib/content/schema';
import { contentDir } from '../lib/content/store';
import { nearest } from '../lib/content/suggest';
import { renderTemplate, type TemplateContext } from '../lib/content/templates';
import { settings, SettingsError } from '../lib/site/config';

const USAGE = `Usage: npm run new -- ${CONTENT_KIND_LIST.join('|')} <slug>`;
const KIND_LIST = CONTENT_KIND_LIST.map((kind) => `${kind}（${CONTENT_KINDS[kind].label}）`).join('、');

function fail(message: string): void {
  console.error(`${message}\n${USAGE}`);
  process.exitCode = 1;
}

/** Relative to where the command runs when inside it, so it can be pasted into the next command. */
function shown(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

/** A plausible slug for what the editor typed (Fake_Police → fake-police), if there is one. */
function slugLike(raw: string): string | undefined {
  const guess = raw
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return guess && guess !== raw && SLUG_PATTERN.test(guess) ? guess : undefined;
}

function filesUnder(folder: string): string[] {
  if (!fs.existsSync(folder)) return [];
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/** Files of this kind already named <slug>.md: slugs are unique per kind across subfolders. */
function existingFiles(folder: string, slug: string): string[] {
  return filesUnder(folder).filter((file) => path.basename(file).toLowerCase() === `${slug}.md`);
}

/** Sections and scam types that exist, for the hints in the template; a broken file just gives fewer hints. */
function readContext(dir: string): TemplateContext {
  let sections: TemplateContext['sections'] = [];
  try {
    const parsed: unknown = parseYaml(fs.readFileSync(path.join(dir, SECTIONS_FILE), 'utf8'));
    if (Array.isArray(parsed)) {
      sections = parsed.flatMap((item: unknown) => {
        if (!item || typeof item !== 'object') return [];
        const { slug, name } = item as Record<string, unknown>;
        return typeof slug === 'string' && typeof name === 'string' ? [{ slug, name }] : [];
      });
    }
  } catch {
    // sections.yml missing or malformed: content:check reports that; the hint says "no sections".
  }
  const slugsOf = (kind: ContentKind) =>
    filesUnder(path.join(dir, CONTENT_KINDS[kind].folder))
      .map((file) => path.basename(file))
      .filter((name) => name.endsWith('.md'))
      .map((name) => name.slice(0, -'.md'.length))
      .filter((slug) => SLUG_PATTERN.test(slug))
      .sort();
  return { today: fromInstant(Date.now()).day, sections, scamTypes: slugsOf('scam-type'), situations: slugsOf('help') };
}

function nextSteps(kind: ContentKind, slug: string, file: string): string {
  const { label, schema, url } = CONTENT_KINDS[kind];
  // Kinds whose schema has `draft` start as drafts (see templates.ts); the others publish once checked.
  const hasDrafts = 'draft' in schema.shape;
  const publish = hasDrafts
    ? '  4. 确认无误后删掉 draft: true 这一行（或改成 draft: false），再提交发布。'
    : `  4. ${label}没有草稿：必填字段填好、检查通过后提交，就会发布。`;
  return [
    `已新建${label}：${shown(file)}`,
    '',
    '接下来：',
    '  1. 打开这个文件，按每个字段上方的说明填写；【必填】字段空着时检查会报错。',
    `  2. 检查这个文件：npm run content:check -- ${shown(file)}`,
    `  3. 预览：运行 npm run dev，在浏览器打开 http://localhost:${settings().PORT}${url(slug)}${hasDrafts ? '（草稿也能看到，标“草稿”）' : ''}`,
    publish,
  ].join('\n');
}

function main(args: readonly string[]): void {
  const [kind, slug] = args;
  if (kind === undefined || slug === undefined) {
    fail(`请写明要新建的内容类型和 slug（文件名，不含 .md），类型可以是：${KIND_LIST}。例如：npm run new -- story flood-relief-2022`);
    return;
  }
  if (args.length > 2) {
    fail(`参数太多：${args.join(' ')}。slug 里不能有空格，单词之间用连字符 - 连接，例如 fake-police-investigation`);
    return;
  }
  if (!isContentKind(kind)) {
    const guess = nearest(kind, CONTENT_KIND_LIST);
    fail(`不认识的内容类型“${kind}”${guess ? `，是不是想写 ${guess}？` : '。'}类型只能是：${KIND_LIST}`);
    return;
  }
  if (!SLUG_PATTERN.test(slug)) {
    const guess = slugLike(slug);
    fail(`“${slug}”不能作为文件名：${SLUG_HINT}${guess ? `。可以改成：${guess}` : ''}`);
    return;
  }
  const dir = contentDir();
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    fail(`找不到内容目录 ${shown(dir)}；请在项目根目录运行，或用 CONTENT_DIR 指向内容目录`);
    return;
  }
  const folder = path.join(dir, CONTENT_KINDS[kind].folder);
  const existing = existingFiles(folder, slug);
  if (existing.length) {
    fail(`slug “${slug}”已经被使用：${existing.map(shown).join('、')}。同一类内容的文件名不能重复（子文件夹里的也算），请换一个 slug，或直接修改已有的文件`);
    return;
  }
  const file = path.join(folder, `${slug}.md`);
  fs.mkdirSync(folder, { recursive: true });
  // 'wx': never overwrite, even if a file appeared since the check above.
  fs.writeFileSync(file, renderTemplate(CONTENT_KINDS[kind], readContext(dir)), { flag: 'wx' });
  console.log(nextSteps(kind, slug, file));
}

try {
  main(process.argv.slice(2));
} catch (error) {
  // A bad environment setting is the operator's to fix: its message, not a stack trace.
  if (!(error instanceof SettingsError)) throw error;
  fail(error.message);
}
