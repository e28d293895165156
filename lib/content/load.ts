/**
 * Read the content folder once, validate every file and cross-check references,
 * collecting every problem in one pass. A record with an error is never returned
 * as if it were fine: callers publish only when there are no errors.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readFrontMatter } from './front-matter';
import { renderMarkdown, type RenderedBody } from './markdown';
import { errorsOf, type ContentProblem } from './problems';
import {
  caseFrontMatter,
  scamTypeFrontMatter,
  sectionsFile,
  SLUG_HINT,
  SLUG_PATTERN,
  storyFrontMatter,
  type RedFlagInput,
  type Section,
} from './schema';
import { isAntiIntervention } from '../fraud/anti-intervention';
import { deriveSummary, formatDateline, readingMinutes } from './text';
import { validate } from './validate';
import { parseDocument } from 'yaml';
import type { Content, FraudCase, RedFlag, ScamType, Story, StoryImage } from './records';
import { resolveImage, type MediaFile, type ResolvedImage } from './media';

export const CONTENT_FOLDERS = { story: 'stories', case: 'cases', 'scam-type': 'scam-types' } as const;
export const SECTIONS_FILE = 'sections.yml';
/** Files an editor may keep beside the Markdown (read by later features, not here). */
const COMPANION_FILE = /\.(png|jpe?g|gif|webp|avif|svg)$/i;

export interface LoadResult {
  content: Content;
  problems: ContentProblem[];
}

export interface LoadOptions {
  /**
   * Receives each story's rendered body once everything derived from it (summary,
   * reading time, problems) has been computed, and returns what the record keeps.
   * The production store hands back a body that is read from disk when a page asks
   * for it, so a process holding 100,000 stories does not hold their HTML.
   */
  keepStoryBody?: (body: RenderedBody) => RenderedBody;
}

type LineOf = (path: readonly PropertyKey[]) => number | undefined;

interface Located {
  file: string;
  lineOf: LineOf;
}

function relative(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

function listFiles(folder: string): string[] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.'))
    .flatMap((entry) => {
      const full = path.join(/*turbopackIgnore: true*/ folder, entry.name);
      return entry.isDirectory() ? listFiles(full) : [full];
    })
    .sort();
}

/** Markdown files of one kind, with problems for files that would be ignored. */
function markdownFiles(folder: string, problems: ContentProblem[]): { slug: string; file: string }[] {
  const found: { slug: string; file: string }[] = [];
  const seen = new Map<string, string>();
  for (const file of listFiles(folder)) {
    const name = path.basename(file);
    if (COMPANION_FILE.test(name)) continue;
    if (!name.endsWith('.md')) {
      problems.push({
        severity: 'error',
        file: relative(file),
        message: '不是 .md 文件，不会被发布；内容文件的扩展名必须是小写的 .md',
      });
      continue;
    }
    const slug = name.slice(0, -'.md'.length);
    if (!SLUG_PATTERN.test(slug)) {
      problems.push({ severity: 'error', file: relative(file), field: '文件名', message: `“${slug}”不能作为网址：文件名${SLUG_HINT}` });
      continue;
    }
    const earlier = seen.get(slug);
    if (earlier) {
      problems.push({
        severity: 'error',
        file: relative(file),
        field: '文件名',
        message: `slug “${slug}”重复：${earlier} 已经使用了这个文件名，同类内容的文件名必须唯一`,
      });
      continue;
    }
    seen.set(slug, relative(file));
    found.push({ slug, file });
  }
  return found;
}

function loadSections(contentDir: string, problems: ContentProblem[]): Section[] {
  const file = path.join(/*turbopackIgnore: true*/ contentDir, SECTIONS_FILE);
  const shown = relative(file);
  if (!fs.existsSync(file)) {
    problems.push({ severity: 'error', file: shown, message: `缺少栏目文件 ${SECTIONS_FILE}（每个栏目写 slug、name、description）` });
    return [];
  }
  const doc = parseDocument(fs.readFileSync(file, 'utf8'), { uniqueKeys: true, prettyErrors: true });
  const yamlError = doc.errors[0] ?? doc.warnings[0];
  if (yamlError) {
    problems.push({ severity: 'error', file: shown, line: yamlError.linePos?.[0]?.line, message: `YAML 格式有误：${yamlError.message.split('\n')[0]}` });
    return [];
  }
  const { value, problems: found } = validate(sectionsFile, doc.toJS({ maxAliasCount: 50 }), shown, () => undefined);
  problems.push(...found);
  if (!value) return [];
  const seen = new Set<string>();
  for (const [index, section] of value.entries()) {
    if (seen.has(section.slug)) {
      problems.push({ severity: 'error', file: shown, field: `（第 ${index + 1} 项）.slug`, message: `栏目 slug “${section.slug}”重复` });
    }
    seen.add(section.slug);
  }
  return value;
}

interface MediaContext {
  contentDir: string;
  media: Map<string, MediaFile>;
}

function findImage(src: string, file: string, context: MediaContext): ResolvedImage {
  const resolved = resolveImage(src, file, context.contentDir);
  if (resolved.ok) context.media.set(resolved.image.url, resolved.media);
  return resolved;
}

function readMarkdownRecord(file: string, problems: ContentProblem[], context: MediaContext) {
  const shown = relative(file);
  const front = readFrontMatter(fs.readFileSync(file, 'utf8'));
  if (!front.ok) {
    problems.push({ severity: 'error', file: shown, line: front.line, message: front.message });
    return undefined;
  }
  const render = (options: { leadIn?: string; allowCases: boolean }): RenderedBody => {
    const { body, issues } = renderMarkdown(front.body, {
      leadIn: options.leadIn,
      resolveImage: (src) => findImage(src, file, context),
    });
    if (body.hasCasesMarker && !options.allowCases) {
      issues.push({ message: '只有稿件（stories）的正文可以使用 ::cases' });
    }
    for (const issue of issues) {
      problems.push({
        severity: 'error',
        file: shown,
        field: '正文',
        line: issue.line === undefined ? undefined : issue.line + front.bodyStartLine - 1,
        message: issue.message,
      });
    }
    return body;
  };
  return { shown, data: front.data, lineOf: front.lineOf, render, file };
}

export function loadContent(contentDir: string, options: LoadOptions = {}): LoadResult {
  const problems: ContentProblem[] = [];
  const empty: Content = { sections: [], stories: [], cases: [], scamTypes: [], media: new Map() };
  if (!fs.existsSync(contentDir) || !fs.statSync(contentDir).isDirectory()) {
    problems.push({
      severity: 'error',
      file: relative(contentDir),
      message: '找不到内容目录；请在项目根目录运行，或用 CONTENT_DIR 指向内容目录',
    });
    return { content: empty, problems };
  }

  const sections = loadSections(contentDir, problems);
  const located = new Map<string, Located>();
  const key = (kind: string, slug: string) => `${kind}:${slug}`;
  const mediaContext: MediaContext = { contentDir, media: new Map() };
  const files = new Set<string>();

  const stories: Story[] = [];
  for (const { slug, file } of markdownFiles(path.join(/*turbopackIgnore: true*/ contentDir, CONTENT_FOLDERS.story), problems)) {
    files.add(key('story', slug));
    const read = readMarkdownRecord(file, problems, mediaContext);
    if (!read) continue;
    const { value } = collect(validate(storyFrontMatter, read.data, read.shown, read.lineOf), problems);
    if (!value) continue;
    const body = read.render({ leadIn: formatDateline(value.source, value.authors), allowCases: true });
    located.set(key('story', slug), { file: read.shown, lineOf: read.lineOf });
    let image: StoryImage | undefined;
    if (value.image) {
      const resolved = findImage(value.image.src, read.file, mediaContext);
      if (resolved.ok) image = { ...resolved.image, alt: value.image.alt, caption: value.image.caption, credit: value.image.credit };
      else problems.push({ severity: 'error', file: read.shown, field: 'image.src', line: read.lineOf(['image', 'src']), message: resolved.message });
    }
    stories.push({
      ...value,
      image,
      kind: 'story',
      slug,
      file: read.shown,
      body: options.keepStoryBody ? options.keepStoryBody(body) : body,
      summary: value.summary ?? deriveSummary(body.firstParagraph),
      readingMinutes: readingMinutes(body.plainText),
    });
  }

  const cases: FraudCase[] = [];
  for (const { slug, file } of markdownFiles(path.join(/*turbopackIgnore: true*/ contentDir, CONTENT_FOLDERS.case), problems)) {
    files.add(key('case', slug));
    const read = readMarkdownRecord(file, problems, mediaContext);
    if (!read) continue;
    const { value } = collect(validate(caseFrontMatter, read.data, read.shown, read.lineOf), problems);
    if (!value) continue;
    const body = read.render({ allowCases: false });
    located.set(key('case', slug), { file: read.shown, lineOf: read.lineOf });
    const flags = value.redFlags.map(toRedFlag);
    cases.push({
      ...value,
      kind: 'case',
      slug,
      file: read.shown,
      body,
      summary: deriveSummary(body.firstParagraph),
      redFlags: flags.map((flag) => flag.text),
      flags,
    });
  }

  const scamTypes: ScamType[] = [];
  for (const { slug, file } of markdownFiles(path.join(/*turbopackIgnore: true*/ contentDir, CONTENT_FOLDERS['scam-type']), problems)) {
    files.add(key('scam-type', slug));
    const read = readMarkdownRecord(file, problems, mediaContext);
    if (!read) continue;
    const { value } = collect(validate(scamTypeFrontMatter, read.data, read.shown, read.lineOf), problems);
    if (!value) continue;
    const body = read.render({ allowCases: false });
    located.set(key('scam-type', slug), { file: read.shown, lineOf: read.lineOf });
    scamTypes.push({ ...value, kind: 'scam-type', slug, file: read.shown, body });
  }

  const byNewest = (a: { date: { epochMs: number }; slug: string }, b: { date: { epochMs: number }; slug: string }) =>
    b.date.epochMs - a.date.epochMs || a.slug.localeCompare(b.slug);
  stories.sort((a, b) => b.date.epochMs - a.date.epochMs || Number(b.featured) - Number(a.featured) || a.slug.localeCompare(b.slug));
  cases.sort(byNewest);
  scamTypes.sort((a, b) => a.slug.localeCompare(b.slug));

  const content: Content = { sections, stories, cases, scamTypes, media: mediaContext.media };
  problems.push(
    ...checkReferences(content, {
      locate: (kind, slug) => located.get(key(kind, slug)),
      // A file that exists but failed validation has its own error; do not also call it missing.
      exists: (kind, slug) => files.has(key(kind, slug)),
    }),
  );
  return { content, problems };
}

function toRedFlag(input: RedFlagInput): RedFlag {
  if (typeof input === 'string') return { text: input, antiIntervention: isAntiIntervention(input) };
  return { text: input.text, step: input.step, antiIntervention: input.antiIntervention ?? isAntiIntervention(input.text) };
}

function collect<T>(result: { value?: T; problems: ContentProblem[] }, problems: ContentProblem[]): { value?: T } {
  problems.push(...result.problems);
  return result;
}

/** Cross-record rules: references exist, are not drafts when the referrer is published, dates are ordered. */
type Kind = 'story' | 'case' | 'scam-type';

export function checkReferences(
  content: Content,
  { locate, exists }: { locate: (kind: Kind, slug: string) => Located | undefined; exists: (kind: Kind, slug: string) => boolean },
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const sectionSlugs = new Set(content.sections.map((s) => s.slug));
  const stories = new Map(content.stories.map((s) => [s.slug, s]));
  const cases = new Map(content.cases.map((c) => [c.slug, c]));
  const scamTypes = new Set(content.scamTypes.map((t) => t.slug));

  const report = (kind: Kind, slug: string, field: readonly PropertyKey[], fieldText: string, message: string) => {
    const where = locate(kind, slug);
    problems.push({ severity: 'error', file: where?.file ?? slug, field: fieldText, line: where?.lineOf(field), message });
  };

  for (const story of content.stories) {
    if (!sectionSlugs.has(story.section)) {
      report('story', story.slug, ['section'], 'section', `栏目“${story.section}”不存在；content/sections.yml 中的栏目有：${[...sectionSlugs].join('、') || '（无）'}`);
    }
    story.cases.forEach((caseSlug, index) => {
      const linked = cases.get(caseSlug);
      const field = `cases（第 ${index + 1} 项）`;
      if (!linked) {
        if (exists('case', caseSlug)) return;
        report('story', story.slug, ['cases', index], field, `案例“${caseSlug}”不存在（应为 content/cases/ 下某个文件名，不含 .md）`);
      } else if (linked.draft && !story.draft) {
        report('story', story.slug, ['cases', index], field, `案例“${caseSlug}”仍是草稿（draft: true），已发布的稿件不能引用草稿`);
      }
    });
    if (new Set(story.cases).size !== story.cases.length) {
      report('story', story.slug, ['cases'], 'cases', '同一个案例列出了不止一次');
    }
    if (story.body.hasCasesMarker && story.cases.length === 0) {
      report('story', story.slug, ['cases'], '正文', '正文里有 ::cases，但 front matter 没有列出 cases');
    }
    if (story.updated && story.updated.epochMs < story.date.epochMs) {
      report('story', story.slug, ['updated'], 'updated', `更新时间 ${story.updated.day} 早于发布时间 ${story.date.day}；updated 不能早于 date`);
    }
    story.corrections.forEach((correction, index) => {
      if (correction.date.epochMs < story.date.epochMs) {
        report('story', story.slug, ['corrections', index, 'date'], `corrections（第 ${index + 1} 项）.date`, `更正日期 ${correction.date.day} 早于发布时间 ${story.date.day}`);
      }
    });
  }

  for (const fraudCase of content.cases) {
    if (!scamTypes.has(fraudCase.scamType) && !exists('scam-type', fraudCase.scamType)) {
      report('case', fraudCase.slug, ['scamType'], 'scamType', `诈骗类型“${fraudCase.scamType}”不存在；可用的有：${[...scamTypes].join('、') || '（无）'}`);
    }
    if (fraudCase.story) {
      const story = stories.get(fraudCase.story);
      if (!story) {
        if (exists('story', fraudCase.story)) continue;
        report('case', fraudCase.slug, ['story'], 'story', `稿件“${fraudCase.story}”不存在（应为 content/stories/ 下某个文件名，不含 .md）`);
      } else if (story.draft && !fraudCase.draft) {
        report('case', fraudCase.slug, ['story'], 'story', `稿件“${fraudCase.story}”仍是草稿（draft: true），已发布的案例不能引用草稿`);
      }
    }
  }

  for (const scamType of content.scamTypes) {
    scamType.sources.forEach((source, index) => {
      if (typeof source === 'string' || !source.story) return;
      const field = `sources（第 ${index + 1} 项）.story`;
      const story = stories.get(source.story);
      if (!story) {
        if (exists('story', source.story)) return;
        report('scam-type', scamType.slug, ['sources', index, 'story'], field, `稿件“${source.story}”不存在（应为 content/stories/ 下某个文件名，不含 .md）`);
      } else if (story.draft) {
        report('scam-type', scamType.slug, ['sources', index, 'story'], field, `稿件“${source.story}”仍是草稿（draft: true），骗局类型不能引用草稿`);
      }
    });
  }
  return problems;
}

export function hasErrors(result: LoadResult): boolean {
  return errorsOf(result.problems).length > 0;
}
