/**
 * The records of every kind in a kinds table (kinds.ts): each kind's Markdown files
 * are found, their front matter validated with the kind's schema, their bodies
 * rendered, and each checked file converted by the kind's `toRecord`, collecting
 * every problem on the way. A file with an error gives no record.
 */
import fs from 'node:fs';
import path from 'node:path';
import { listFiles, shownPath } from './files';
import { readFrontMatter } from './front-matter';
import { EMPTY_GLOSSARY } from './glossary';
import type { BaseRecord, Collections, ContentRules, KindDefinition, KindTable } from './kind';
import { renderMarkdown, type RenderedBody } from './markdown';
import { IMAGE_FORMATS, isImageFile, resolveImage, type MediaFile, type MediaImage } from './media';
import { fieldLabel, type ContentProblem } from './problems';
import { SLUG_HINT, SLUG_PATTERN } from './schema';
import { validate } from './validate';

type LineOf = (path: readonly PropertyKey[]) => number | undefined;

/** Where a record came from, for problems found after loading (cross-record rules). */
export interface Located {
  file: string;
  lineOf: LineOf;
}

export interface LoadKindsOptions<T extends KindTable> {
  contentDir: string;
  /** Receives every image the records use, by its /media/… URL */
  media: Map<string, MediaFile>;
  /**
   * Per kind: receives each record's rendered body once everything derived from it has
   * been computed, and returns what the record keeps (the production store keeps story
   * bodies on disk, so a process holding 100,000 stories does not hold their HTML).
   */
  keepBody?: { readonly [K in keyof T]?: (body: RenderedBody) => RenderedBody };
  /** Rules from the list files (surest signs, glossary); without them nothing is recognised or explained */
  rules?: ContentRules;
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

interface KindContext {
  contentDir: string;
  media: Map<string, MediaFile>;
  problems: ContentProblem[];
  /** The message for `::cases` in a kind that may not use it */
  casesNotAllowed: string;
  rules: ContentRules;
}

/** One file → its record, or undefined when it has an error (reported). */
function loadFile(definition: KindDefinition, slug: string, file: string, context: KindContext): { record: BaseRecord; lineOf: LineOf } | undefined {
  const { problems } = context;
  const shown = shownPath(file);
  const front = readFrontMatter(fs.readFileSync(file, 'utf8'));
  if (!front.ok) {
    problems.push({ severity: 'error', file: shown, line: front.line, message: front.message });
    return undefined;
  }
  const checked = validate(definition.schema, front.data, shown, front.lineOf);
  problems.push(...checked.problems);
  if (!checked.value) return undefined;
  const findImage = (src: string) => {
    const resolved = resolveImage(src, file, context.contentDir);
    if (resolved.ok) context.media.set(resolved.image.url, resolved.media);
    return resolved;
  };
  const { body, issues } = renderMarkdown(front.body, {
    leadIn: definition.leadIn?.(checked.value),
    resolveImage: findImage,
    glossary: { glossary: context.rules.glossary, ...definition.glossaryText?.(checked.value) },
  });
  if (body.hasCasesMarker && !definition.embedsCases) issues.push({ message: context.casesNotAllowed });
  for (const issue of issues) {
    problems.push({
      severity: 'error',
      file: shown,
      field: '正文',
      line: issue.line === undefined ? undefined : issue.line + front.bodyStartLine - 1,
      message: issue.message,
    });
  }
  const image = (src: string, field: readonly PropertyKey[]): MediaImage | undefined => {
    const resolved = findImage(src);
    if (resolved.ok) return resolved.image;
    problems.push({ severity: 'error', file: shown, field: fieldLabel(field), line: front.lineOf(field), message: resolved.message });
    return undefined;
  };
  const record = definition.toRecord({
    slug,
    file: shown,
    front: checked.value,
    body,
    lineOf: front.lineOf,
    image,
    report: (found) => problems.push(...found),
    rules: context.rules,
  });
  return { record, lineOf: front.lineOf };
}

export function loadKinds<T extends KindTable>(table: T, problems: ContentProblem[], options: LoadKindsOptions<T>): LoadedKinds<T> {
  const located = new Map<string, Located>();
  const files = new Set<string>();
  const key = (kind: string, slug: string) => `${kind}:${slug}`;
  const embedding = Object.values(table).filter((definition) => definition.embedsCases);
  const context: KindContext = {
    contentDir: options.contentDir,
    media: options.media,
    problems,
    rules: options.rules ?? { isSurestSign: () => false, glossary: EMPTY_GLOSSARY },
    casesNotAllowed: embedding.length
      ? `只有${embedding.map((definition) => `${definition.label}（${definition.folder}）`).join('、')}的正文可以使用 ::cases`
      : '正文不能使用 ::cases',
  };
  const collections = Object.entries(table).map(([kind, definition]) => {
    const keep = options.keepBody?.[kind];
    const records: BaseRecord[] = [];
    for (const { slug, file } of markdownFiles(path.join(/*turbopackIgnore: true*/ options.contentDir, definition.folder), problems)) {
      files.add(key(kind, slug));
      const loaded = loadFile(definition, slug, file, context);
      if (!loaded) continue;
      located.set(key(kind, slug), { file: loaded.record.file, lineOf: loaded.lineOf });
      if (keep) loaded.record.body = keep(loaded.record.body);
      records.push(loaded.record);
    }
    return [definition.collection, records.sort((a, b) => definition.compare(a, b))] as const;
  });
  return {
    // Object.fromEntries types its keys as string; each entry is one kind's collection.
    collections: Object.fromEntries(collections) as Collections<T>,
    locate: (kind, slug) => located.get(key(kind, slug)),
    exists: (kind, slug) => files.has(key(kind, slug)),
  };
}
