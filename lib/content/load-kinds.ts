/**
 * The records of every kind in a kinds table (kinds.ts): each kind's Markdown files
 * are found, their front matter validated with the kind's schema, their bodies
 * rendered, and each checked file converted by the kind's `toRecord`, collecting
 * every problem on the way. A file with an error gives no record.
 */
import fs from 'node:fs';
import path from 'node:path';
import { listFiles, shownPath } from './files';
import { EMPTY_GLOSSARY } from './glossary';
import type { BaseRecord, Collections, ContentRules, KindDefinition, KindTable } from './kind';
import { IMAGE_FORMATS, isImageFile, resolveImage, type ImageReader, type MediaFile } from './media';
import { parseFile, type LineOf, type MediaEntry, type ParseEnvironment } from './parse-file';
import type { ContentProblem } from './problems';
import { SLUG_HINT, SLUG_PATTERN } from './schema';
import { runNow, type Steps } from '../work/steps';

/** Where a record came from, for problems found after loading (cross-record rules). */
export interface Located {
  file: string;
  lineOf: LineOf;
}

/** One content file to load. */
export interface FileToLoad {
  kind: string;
  definition: KindDefinition;
  slug: string;
  /** Absolute path */
  file: string;
}

/** What loading one file gives: its record (none when it has an error), its problems and images. */
export interface LoadedFile {
  record?: BaseRecord;
  problems: readonly ContentProblem[];
  media: readonly MediaEntry[];
  lineOf: LineOf;
}

/** The file-reading environment of one load: the folder, and the rules from its list files. */
export interface LoadContext {
  contentDir: string;
  rules: ContentRules;
  /** Identifies the rules: an outcome that used them is parsed again when they change */
  rulesVersion: string;
  /** The message for `::cases` in a kind that may not use it */
  casesNotAllowed: string;
}

/** Reads a file into its record: parsing it (below), or from the content cache (cached-loader.ts). */
export interface FileLoader {
  load(file: FileToLoad, context: LoadContext): LoadedFile;
}

/** What parseFile needs for `file`; `read` fetches images (the content cache notes what it read). */
export function parseEnvironment(file: string, context: LoadContext, read?: ImageReader): ParseEnvironment {
  return {
    resolveImage: (src) => resolveImage(src, file, context.contentDir, read),
    rules: context.rules,
    casesNotAllowed: context.casesNotAllowed,
  };
}

/** Reads and parses every file, every time. */
export const PARSE_EVERY_FILE: FileLoader = {
  load({ definition, slug, file }, context) {
    const source = fs.readFileSync(file, 'utf8');
    return parseFile({ definition, slug, shown: shownPath(file), source }, parseEnvironment(file, context));
  },
};

export interface LoadKindsOptions {
  contentDir: string;
  /** Receives every image the records use, by its /media/… URL */
  media: Map<string, MediaFile>;
  /** Rules from the list files (surest signs); without them nothing is recognised */
  rules?: ContentRules;
  /** Identifies the rules (see LoadContext) */
  rulesVersion?: string;
  /** How a file becomes its record; parsing it, unless the content cache is used */
  files?: FileLoader;
}

export interface LoadedKinds<T extends KindTable> {
  collections: Collections<T>;
  /** Where a loaded record's file is */
  locate(kind: keyof T & string, slug: string): Located | undefined;
  /** Whether the kind has a file of this slug, even one that failed to load */
  exists(kind: keyof T & string, slug: string): boolean;
}

/** Markdown files of one kind, with problems for files that would be ignored. */
function markdownFiles(folder: string, problems: ContentProblem[]): { slug: string; file: string }[] {
  const found: { slug: string; file: string }[] = [];
  const seen = new Map<string, string>();
  for (const file of listFiles(folder)) {
    const name = path.basename(file);
    // Images sit beside the Markdown; they are read when a record names them.
    if (isImageFile(name)) continue;
    if (!name.endsWith('.md')) {
      problems.push({
        severity: 'error',
        file: shownPath(file),
        message: `不是 .md 文件，不会被发布；内容文件的扩展名必须是小写的 .md，放在旁边的图片只能是 ${IMAGE_FORMATS}`,
      });
      continue;
    }
    const slug = name.slice(0, -'.md'.length);
    if (!SLUG_PATTERN.test(slug)) {
      problems.push({ severity: 'error', file: shownPath(file), field: '文件名', message: `“${slug}”不能作为网址：文件名${SLUG_HINT}` });
      continue;
    }
    const earlier = seen.get(slug);
    if (earlier) {
      problems.push({
        severity: 'error',
        file: shownPath(file),
        field: '文件名',
        message: `slug “${slug}”重复：${earlier} 已经使用了这个文件名，同类内容的文件名必须唯一`,
      });
      continue;
    }
    seen.set(slug, shownPath(file));
    found.push({ slug, file });
  }
  return found;
}

export function loadKinds<T extends KindTable>(table: T, problems: ContentProblem[], options: LoadKindsOptions): LoadedKinds<T> {
  return runNow(loadKindsSteps(table, problems, options));
}

/** Files loaded between two chances for the event loop to run (lib/work/steps.ts). */
const FILES_PER_STEP = 256;

/** loadKinds, in steps: live publishing reads 100,000 files again on a server that keeps answering. */
export function* loadKindsSteps<T extends KindTable>(table: T, problems: ContentProblem[], options: LoadKindsOptions): Steps<LoadedKinds<T>> {
  const located = new Map<string, Located>();
  const files = new Set<string>();
  const key = (kind: string, slug: string) => `${kind}:${slug}`;
  const embedding = Object.values(table).filter((definition) => definition.embedsCases);
  const context: LoadContext = {
    contentDir: options.contentDir,
    rules: options.rules ?? { isSurestSign: () => false, glossary: EMPTY_GLOSSARY },
    rulesVersion: options.rulesVersion ?? '',
    casesNotAllowed: embedding.length
      ? `只有${embedding.map((definition) => `${definition.label}（${definition.folder}）`).join('、')}的正文可以使用 ::cases`
      : '正文不能使用 ::cases',
  };
  const loader = options.files ?? PARSE_EVERY_FILE;
  const collections: (readonly [string, BaseRecord[]])[] = [];
  for (const [kind, definition] of Object.entries(table)) {
    const records: BaseRecord[] = [];
    for (const [index, { slug, file }] of markdownFiles(path.join(/*turbopackIgnore: true*/ options.contentDir, definition.folder), problems).entries()) {
      if (index % FILES_PER_STEP === FILES_PER_STEP - 1) yield;
      files.add(key(kind, slug));
      const loaded = loader.load({ kind, definition, slug, file }, context);
      problems.push(...loaded.problems);
      for (const [url, media] of loaded.media) options.media.set(url, media);
      if (!loaded.record) continue;
      located.set(key(kind, slug), { file: loaded.record.file, lineOf: loaded.lineOf });
      records.push(loaded.record);
    }
    yield;
    collections.push([definition.collection, records.sort((a, b) => definition.compare(a, b))]);
  }
  return {
    // Object.fromEntries types its keys as string; each entry is one kind's collection.
    collections: Object.fromEntries(collections) as Collections<T>,
    locate: (kind, slug) => located.get(key(kind, slug)),
    exists: (kind, slug) => files.has(key(kind, slug)),
  };
}
