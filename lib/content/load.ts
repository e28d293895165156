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
import { loadKinds, loadKindsSteps, type FileLoader } from './load-kinds';
import type { MediaFile } from './media';
import { errorsOf, type ContentProblem } from './problems';
import type { Content } from './records';
import { checkReferences } from './references';
import { compileGlossary, formsOf } from './glossary';
import { glossaryEntry, glossaryFile, sectionsFile, surestSignsFile, type GlossaryEntry, type Section } from './schema';
import { normalize } from '../text/normalize';
import { isSurestSign } from './surest-signs';
import { validate } from './validate';
import { runNow, type Steps } from '../work/steps';

export const SECTIONS_FILE = 'sections.yml';
/** The scam's own moves that raise the helper's alarm and mark red flags. */
export const SUREST_SIGNS_FILE = 'surest-signs.yml';
/** Words explained in place on the pages; optional (no file: nothing is explained). */
export const GLOSSARY_FILE = 'glossary.yml';
/** Every top-level list file, for content:check and the editor guide. */
export const LIST_FILES = [SECTIONS_FILE, SUREST_SIGNS_FILE, GLOSSARY_FILE] as const;

export interface LoadResult {
  content: Content;
  problems: ContentProblem[];
}

export interface LoadOptions {
  /** How a content file becomes its record: parsed every time unless the content cache is given */
  files?: FileLoader;
}

interface ListFile<T> {
  name: string;
  schema: z.ZodType<T[], unknown>;
  /** With it, the items that pass are kept when others fail (their errors are reported all the same) */
  itemSchema?: z.ZodType<T, unknown>;
  /** Why the file is needed, for a missing one; none: the file is optional */
  missing?: string;
  /** What an item is called, and the keys that must be unique across items (a slug; a term and its aliases) */
  item: string;
  keys(item: T): readonly { field: string; value: string }[];
}

/** A YAML list file at the top of the content folder (sections.yml, surest-signs.yml, glossary.yml), validated, keys unique. */
function loadListFile<T>(contentDir: string, list: ListFile<T>, problems: ContentProblem[]): T[] {
  const file = path.join(/*turbopackIgnore: true*/ contentDir, list.name);
  const shown = shownPath(file);
  if (!fs.existsSync(file)) {
    if (list.missing) problems.push({ severity: 'error', file: shown, message: `缺少文件 ${list.name}（${list.missing}）` });
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
  const data: unknown = doc.toJS({ maxAliasCount: 50 }) ?? [];
  const { value: checked, problems: found } = validate(list.schema, data, shown, lineOf);
  problems.push(...found);
  const { itemSchema } = list;
  const value = checked ?? (itemSchema && Array.isArray(data) ? data.flatMap((item) => itemSchema.safeParse(item).data ?? []) : undefined);
  if (!value) return [];
  const seen = new Map<string, number>();
  for (const [index, item] of value.entries()) {
    for (const { field, value: key } of list.keys(item)) {
      const earlier = seen.get(normalize(key));
      if (earlier !== undefined && earlier !== index) {
        problems.push({
          severity: 'error',
          file: shown,
          field: `（第 ${index + 1} 项）.${field}`,
          line: lineOf([index, field]),
          message: `${list.item}“${key}”重复（第 ${earlier + 1} 项已经有了）`,
        });
      } else seen.set(normalize(key), index);
    }
  }
  return value;
}

const SECTIONS: ListFile<Section> = {
  name: SECTIONS_FILE,
  schema: sectionsFile,
  missing: '每个栏目写 slug、name、description',
  item: '栏目 slug ',
  keys: (section) => [{ field: 'slug', value: section.slug }],
};

const GLOSSARY: ListFile<GlossaryEntry> = {
  name: GLOSSARY_FILE,
  schema: glossaryFile,
  // A bad entry does not take the others with it: words marked [[…]] elsewhere stay defined.
  itemSchema: glossaryEntry,
  item: '术语',
  // A word may stand for one entry only, as term or alias.
  keys: (entry) => formsOf(entry).map((form, index) => ({ field: index === 0 ? 'term' : 'aliases', value: form })),
};

export function loadContent(contentDir: string, options: LoadOptions = {}): LoadResult {
  return runNow(loadContentSteps(contentDir, options));
}

/** loadContent, in steps (lib/work/steps.ts): live publishing reads the folder on a server that keeps answering. */
export function* loadContentSteps(contentDir: string, options: LoadOptions = {}): Steps<LoadResult> {
  const problems: ContentProblem[] = [];
  if (!fs.existsSync(contentDir) || !fs.statSync(contentDir).isDirectory()) {
    problems.push({
      severity: 'error',
      file: shownPath(contentDir),
      message: '找不到内容目录；请在项目根目录运行，或用 CONTENT_DIR 指向内容目录',
    });
    // Every kind's collection, empty: there is no folder to find files in.
    const empty = loadKinds(CONTENT_KINDS, [], { contentDir, media: new Map() }).collections;
    return { content: { ...empty, sections: [], surestSigns: [], glossary: [], media: new Map() }, problems };
  }

  const sections = loadListFile(contentDir, SECTIONS, problems);
  const surestSigns = loadListFile(
    contentDir,
    {
      name: SUREST_SIGNS_FILE,
      schema: surestSignsFile,
      missing: '“我该怎么办”的警报规则：每条写 slug、sign、why、triggers',
      item: '信号 slug ',
      keys: (sign) => [{ field: 'slug', value: sign.slug }],
    },
    problems,
  );
  const glossary = loadListFile(contentDir, GLOSSARY, problems);
  const media = new Map<string, MediaFile>();
  const rules = { isSurestSign: (text: string) => isSurestSign(text, surestSigns), glossary: compileGlossary(glossary) };
  // Cached records were made with these rules: a changed sign or glossary entry re-parses every file.
  const rulesVersion = digest(JSON.stringify([surestSigns, glossary]));
  const kinds = yield* loadKindsSteps(CONTENT_KINDS, problems, { contentDir, media, rules, rulesVersion, files: options.files });
  const content: Content = { ...kinds.collections, sections, surestSigns, glossary, media };
  // A file that exists but failed validation has its own error; references to it are not also called missing.
  problems.push(...checkReferences(content, kinds));
  return { content, problems };
}

export function hasErrors(result: LoadResult): boolean {
  return errorsOf(result.problems).length > 0;
}
