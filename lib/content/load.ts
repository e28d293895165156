/**
 * Read the content folder once, validate every file and cross-check references,
 * collecting every problem in one pass. A record with an error is never returned
 * as if it were fine: callers publish only when there are no errors.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { shownPath } from './files';
import { CONTENT_KINDS } from './kinds';
import { loadKinds, type LoadKindsOptions } from './load-kinds';
import type { MediaFile } from './media';
import { errorsOf, type ContentProblem } from './problems';
import type { Content } from './records';
import { checkReferences } from './references';
import { sectionsFile, type Section } from './schema';
import { validate } from './validate';

export const SECTIONS_FILE = 'sections.yml';

export interface LoadResult {
  content: Content;
  problems: ContentProblem[];
}

export type LoadOptions = Pick<LoadKindsOptions<typeof CONTENT_KINDS>, 'keepBody'>;

function loadSections(contentDir: string, problems: ContentProblem[]): Section[] {
  const file = path.join(/*turbopackIgnore: true*/ contentDir, SECTIONS_FILE);
  const shown = shownPath(file);
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

export function loadContent(contentDir: string, options: LoadOptions = {}): LoadResult {
  const problems: ContentProblem[] = [];
  if (!fs.existsSync(contentDir) || !fs.statSync(contentDir).isDirectory()) {
    problems.push({
      severity: 'error',
      file: shownPath(contentDir),
      message: '找不到内容目录；请在项目根目录运行，或用 CONTENT_DIR 指向内容目录',
    });
    // Every kind's collection, empty: there is no folder to find files in.
    const empty = loadKinds(CONTENT_KINDS, [], { contentDir, media: new Map() }).collections;
    return { content: { ...empty, sections: [], media: new Map() }, problems };
  }

  const sections = loadSections(contentDir, problems);
  const media = new Map<string, MediaFile>();
  const kinds = loadKinds(CONTENT_KINDS, problems, { contentDir, media, keepBody: options.keepBody });
  const content: Content = { ...kinds.collections, sections, media };
  // A file that exists but failed validation has its own error; references to it are not also called missing.
  problems.push(...checkReferences(content, kinds));
  return { content, problems };
}

export function hasErrors(result: LoadResult): boolean {
  return errorsOf(result.problems).length > 0;
}
