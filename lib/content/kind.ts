/**
 * What a content kind is made of: the shape of one entry of the kinds table
 * (kinds.ts), and the types derived from a table. Generic, so the loader and the
 * templates work for any table, including a test's made-up kind.
 */
import type * as z from 'zod';
import type { Body } from './body';
import type { Glossary } from './glossary';
import type { RenderedBody } from './markdown';
import type { MediaImage } from './media';
import type { ContentProblem } from './problems';
import type { FieldDocs } from './templates';

/** What every record has, whatever its kind. */
export interface BaseRecord {
  kind: string;
  slug: string;
  /** Source file, relative to the project root */
  file: string;
  body: Body;
}

/** One checked file, as the loader hands it to its kind's `toRecord`. */
export interface RecordSource<Front> {
  slug: string;
  /** The file as problems name it, relative to the project root */
  file: string;
  /** The front matter, validated by the kind's schema */
  front: Front;
  /** The body to keep on the record (read on demand) */
  body: Body;
  /** The rendered body, to derive fields from (summary, reading time); its problems are already reported */
  rendered: RenderedBody;
  /** 1-based line of a front-matter field */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  /** Resolve an image the front matter names; a bad one is reported on `field` and gives undefined. */
  image: (src: string, field: readonly PropertyKey[]) => MediaImage | undefined;
  /** Report problems found while converting (warnings: the record still loads). */
  report: (problems: readonly ContentProblem[]) => void;
  /** Rules from the content folder's list files, loaded before any record */
  rules: ContentRules;
}

/** Editor-owned rules a record's conversion may apply (content/surest-signs.yml, content/glossary.yml). */
export interface ContentRules {
  /** Whether a text shows one of the surest signs of a scam */
  isSurestSign(text: string): boolean;
  /** The terms explained in place on the pages (glossary.ts) */
  glossary: Glossary;
}

/** Any front-matter schema: a zod object, so its keys can be listed for the template. */
export type FrontMatterSchema = z.ZodObject<z.ZodRawShape, z.core.$ZodObjectConfig>;

/**
 * One kind of content. Methods rather than function properties, so a table of
 * different kinds can be typed as a table of definitions.
 */
export interface KindDefinition<
  Schema extends FrontMatterSchema = FrontMatterSchema,
  Rec extends BaseRecord = BaseRecord,
  Collection extends string = string,
> {
  /** The kind's folder in the content folder: content/<folder>/…/<slug>.md */
  folder: string;
  /** Where the loaded records are kept in Content (content.<collection>) */
  collection: Collection;
  /** What editors and readers call it, e.g. 稿件 */
  label: string;
  /** The measure word for counting it: 3 篇稿件, 5 个案例 */
  counter: string;
  /** Site path of a record's page */
  url: (slug: string) => string;
  /** The front-matter contract */
  schema: Schema;
  /** What `npm run new` writes: one documented line per schema key, then a guiding body */
  template: { fields: FieldDocs<Schema['shape']>; body: string };
  /** Bold text put before the body's first paragraph (a story's dateline) */
  leadIn?(front: z.output<Schema>): string | undefined;
  /** Whether the body may place the record's linked cases with `::cases` */
  embedsCases?: boolean;
  /**
   * The text the record's page shows besides its body, for the glossary (glossary.ts):
   * `header`, shown above the body, has its terms explained under the page's header;
   * `rest` (lists) adds the terms the body does not explain. Without it only the body's
   * terms are explained.
   */
  glossaryText?(front: z.output<Schema>): { header: readonly string[]; rest: readonly string[] };
  /** A checked file → the record the site uses */
  toRecord(source: RecordSource<z.output<Schema>>): Rec;
  /** The order of content.<collection> */
  compare(a: Rec, b: Rec): number;
}

/** Keeps each entry's own schema, record and collection types (a plain object literal would widen them). */
export function defineKind<Schema extends FrontMatterSchema, Rec extends BaseRecord, const Collection extends string>(
  definition: KindDefinition<Schema, Rec, Collection>,
): KindDefinition<Schema, Rec, Collection> {
  return definition;
}

export type KindTable = Readonly<Record<string, KindDefinition>>;

/** A table whose records carry their own key as `kind` (a story record says kind: 'story'). */
export function defineKinds<T extends { readonly [K in keyof T]: KindDefinition<FrontMatterSchema, BaseRecord & { kind: K }> }>(table: T): T {
  return table;
}

/** The record type a definition produces. */
export type RecordOf<D extends KindDefinition> = ReturnType<D['toRecord']>;

/** A table's records, under each kind's collection name: { stories: Story[], … }. */
export type Collections<T extends KindTable> = { [K in keyof T as T[K]['collection']]: RecordOf<T[K]>[] };
