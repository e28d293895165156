/**
 * Read the content folder once, validate every file and cross-check references,
 * collecting every problem in one pass. A record with an error is never returned
 * as if it were fine: callers publish only when there are no errors.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isNode, LineCounter, parseDocument } from 'yaml';
import type * as z from 'zod';
import { digest } from './file-hashes';
import { shownPath } from './files';
import { CONTENT_KINDS } from './kinds';
import { loadKinds, type FileLoader } from './load-kinds';
import type { MediaFile } from './media';
import { errorsOf, type ContentProblem } from './problems';
import type { Content } from './records';
import { checkReferences } from './references';
import { sectionsFile, surestSignsFile } from './schema';
import { isSurestSign } from './surest-signs';
import { validate } from './validate';

export const SECTIONS_FILE = 'sections.yml';
/** The scam's own moves that raise the helper's alarm and mark red flags. */
export const SUREST_SIGNS_FILE = 'surest-signs.yml';
/** Every top-level list file, for content:check and the editor guide. */
export const LIST_FILES = [SECTIONS_FILE, SUREST_SIGNS_FILE] as const;

export interface LoadResult {
  content: Content;
  problems: ContentProblem[];
}

export interface LoadOptions {
  /** How a content file becomes its record: parsed every time unless the content cache is given */
  files?: FileLoader;
}

/** A YAML list file at the top of the content folder (sections.yml, surest-signs.yml), validated, slugs unique. */
function loadListFile<T extends { slug: string }>(
  contentDir: string,
  name: string,
  schema: z.ZodType<T[], unknown>,
  what: { missing: string; item: string },
  problems: ContentProblem[],
): T[] {
  const file = path.join(/*turbopackIgnore: true*/ contentDir, name);
  const shown = shownPath(file);
  if (!fs.existsSync(file)) {
    problems.push({ severity: 'error', file: shown, message: `缺少文件 ${name}（${what.missing}）` });
    return [];
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(fs.readFileSync(file, 'utf8'), { uniqueKeys: true, prettyErrors: true, lineCounter });
  const yamlError = doc.errors[0] ?? doc.warnings[0];
  if (yamlError) {
    problems.push({ severity: 'error', file: shown, line: yamlError.linePos?.[0]?.line, message: `YAML 格式有误：${yamlError.message.split('\n')[0]}` });
    return [];
  }
  const lineOf = (at: readonly PropertyKey[]): number | undefined => {
    const node: unknown = doc.getIn(at.map((key) => (typeof key === 'number' ? key : String(key))), true);
    return isNode(node) && node.range ? lineCounter.linePos(node.range[0]).line : undefined;
  };
  const { value, problems: found } = validate(schema, doc.toJS({ maxAliasCount: 50 }), shown, lineOf);
  problems.push(...found);
  if (!value) return [];
  const seen = new Set<string>();
  for (const [index, item] of value.entries()) {
    if (seen.has(item.slug)) {
      problems.push({ severity: 'error', file: shown, field: `（第 ${index + 1} 项）.slug`, message: `${what.item} slug “${item.slug}”重复` });
    }
    seen.add(item.slug);
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
    return { content: { ...empty, sections: [], surestSigns: [], media: new Map() }, problems };
  }

  const sections = loadListFile(contentDir, SECTIONS_FILE, sectionsFile, { missing: '每个栏目写 slug、name、description', item: '栏目' }, problems);
  const surestSigns = loadListFile(contentDir, SUREST_SIGNS_FILE, surestSignsFile, { missing: '“我该怎么办”的警报规则：每条写 slug、sign、why、triggers', item: '信号' }, problems);
  const media = new Map<string, MediaFile>();
  const rules = { isSurestSign: (text: string) => isSurestSign(text, surestSigns) };
  const rulesVersion = digest(JSON.stringify(surestSigns));
  const kinds = loadKinds(CONTENT_KINDS, problems, { contentDir, media, rules, rulesVersion, files: options.files });
  const content: Content = { ...kinds.collections, sections, surestSigns, media };
  // A file that exists but failed validation has its own error; references to it are not also called missing.
  problems.push(...checkReferences(content, kinds));
  return { content, problems };
}

export function hasErrors(result: LoadResult): boolean {
  return errorsOf(result.problems).length > 0;
}
