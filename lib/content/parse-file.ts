/**
 * One content file → its record: front matter validated with its kind's schema, body
 * rendered, checked file converted by the kind's `toRecord`. A function of the file's
 * text and of what it is given (image lookup, rules), so the content cache can keep
 * its outcome keyed by the file's bytes and replay it. A file with an error gives no
 * record, only its problems.
 */
import { bodyInMemory } from './body';
import { readFrontMatter } from './front-matter';
import type { BaseRecord, ContentRules, KindDefinition } from './kind';
import type { RenderedBody } from './markdown';
import { renderMarkdown } from './markdown';
import type { MediaFile, MediaImage, ResolvedImage } from './media';
import { fieldLabel, type ContentProblem } from './problems';
import { validate } from './validate';

export type LineOf = (path: readonly PropertyKey[]) => number | undefined;

/** An image a record uses: its /media/… URL and where it is. */
export type MediaEntry = readonly [url: string, media: MediaFile];

export interface ParseEnvironment {
  /** Finds an image named in the file (relative to it); reading it is the caller's business */
  resolveImage(src: string): ResolvedImage;
  /** Rules from the list files (surest signs, glossary) */
  rules: ContentRules;
  /** The message for `::cases` in a kind that may not use it */
  casesNotAllowed: string;
}

export interface ParsedFile {
  /** The record (its body in memory), or undefined when the file has an error */
  record?: BaseRecord;
  /** The rendered body, when there is a record */
  rendered?: RenderedBody;
  problems: ContentProblem[];
  media: MediaEntry[];
  /** 1-based line of a front-matter field; nothing when the front matter did not parse */
  lineOf: LineOf;
}

export interface FileToParse {
  definition: KindDefinition;
  slug: string;
  /** As problems name it (relative to where the command runs) */
  shown: string;
  /** The file's text */
  source: string;
}

export function parseFile({ definition, slug, shown, source }: FileToParse, environment: ParseEnvironment): ParsedFile {
  const problems: ContentProblem[] = [];
  const media: MediaEntry[] = [];
  const front = readFrontMatter(source);
  if (!front.ok) {
    problems.push({ severity: 'error', file: shown, line: front.line, message: front.message });
    return { problems, media, lineOf: () => undefined };
  }
  const checked = validate(definition.schema, front.data, shown, front.lineOf);
  problems.push(...checked.problems);
  if (!checked.value) return { problems, media, lineOf: front.lineOf };
  const findImage = (src: string) => {
    const resolved = environment.resolveImage(src);
    if (resolved.ok) media.push([resolved.image.url, resolved.media]);
    return resolved;
  };
  const { body: rendered, issues } = renderMarkdown(front.body, {
    leadIn: definition.leadIn?.(checked.value),
    resolveImage: findImage,
    glossary: { glossary: environment.rules.glossary, ...definition.glossaryText?.(checked.value) },
  });
  if (rendered.hasCasesMarker && !definition.embedsCases) issues.push({ message: environment.casesNotAllowed });
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
    body: bodyInMemory(rendered),
    rendered,
    lineOf: front.lineOf,
    image,
    report: (found) => problems.push(...found),
    rules: environment.rules,
  });
  return { record, rendered, problems, media, lineOf: front.lineOf };
}
