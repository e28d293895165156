/**
 * The content kinds, in one table. Each entry says where the kind's files live, the
 * schema they are checked against, what editors and readers call it, where its pages
 * are, how a checked file becomes a record, how the records are ordered, and the
 * template `npm run new` writes. The loader, the content check, the scaffolder, the
 * templates and the search read kinds from here and nowhere else.
 *
 * Adding a kind (as after-care situations, content/help/<slug>.md, were added) takes:
 *   1. its front-matter schema, in schema.ts;
 *   2. its entry below, with its template's field descriptions and body in
 *      templates.ts (the compiler asks for a description of every schema key).
 * The loader then reads, checks and orders its files into content.<collection>;
 * `npm run content:check` checks and counts them; `npm run new -- <kind> <slug>` writes
 * its template; the search offers it as a type. The compiler then points at the two
 * things only a person can decide: which of its text the search weighs how
 * (lib/search/documents.ts), and the records the search gets when drafts are hidden
 * (lib/search/store.ts). Its page, at the entry's url, is a new route under app/.
 * tests/unit/content-kinds.test.ts loads a made-up kind from a table of its own.
 */
import { paths } from '../site/urls';
import { defineKind, defineKinds, type ContentRules, type KindDefinition } from './kind';
import type { FraudCase, RedFlag, ScamType, Situation, Story } from './records';
import { caseFrontMatter, helpFrontMatter, scamTypeFrontMatter, storyFrontMatter, type RedFlagInput } from './schema';
import { CASE_BODY, CASE_FIELDS, HELP_BODY, HELP_FIELDS, SCAM_TYPE_BODY, SCAM_TYPE_FIELDS, STORY_BODY, STORY_FIELDS } from './templates';
import { deriveSummary, formatDateline, readingCharacters } from './text';
import { duplicateTagWarnings } from './warnings';

/** An editor's explicit mark wins; otherwise the surest-sign rules (content/surest-signs.yml) decide. */
function toRedFlag(input: RedFlagInput, rules: ContentRules): RedFlag {
  if (typeof input === 'string') return { text: input, antiIntervention: rules.isSurestSign(input) };
  return { text: input.text, step: input.step, antiIntervention: input.antiIntervention ?? rules.isSurestSign(input.text) };
}

export const CONTENT_KINDS = defineKinds({
  story: defineKind({
    folder: 'stories',
    collection: 'stories',
    label: '稿件',
    counter: '篇',
    url: paths.story,
    schema: storyFrontMatter,
    template: { fields: STORY_FIELDS, body: STORY_BODY },
    leadIn: (front) => formatDateline(front.source, front.authors),
    embedsCases: true,
    toRecord({ front, slug, file, body, rendered, lineOf, image, report }): Story {
      // A tag listed twice would show twice; keep the first and tell the editor.
      report(duplicateTagWarnings(file, front.tags, lineOf));
      const lead = front.image && image(front.image.src, ['image', 'src']);
      return {
        ...front,
        kind: 'story',
        slug,
        file,
        body,
        tags: [...new Set(front.tags)],
        image: front.image && lead ? { ...lead, alt: front.image.alt, caption: front.image.caption, credit: front.image.credit } : undefined,
        summary: front.summary ?? deriveSummary(rendered.firstParagraph),
        characters: readingCharacters(rendered.plainText),
      };
    },
    // Newest first; among stories of the same time, featured ones first.
    compare: (a, b) => b.date.epochMs - a.date.epochMs || Number(b.featured) - Number(a.featured) || a.slug.localeCompare(b.slug),
  }),
  case: defineKind({
    folder: 'cases',
    collection: 'cases',
    label: '案例',
    counter: '个',
    url: paths.fraudCase,
    schema: caseFrontMatter,
    template: { fields: CASE_FIELDS, body: CASE_BODY },
    // The headline's idioms (作饵, 浑水摸鱼) are explained under it; the narrative explains the rest.
    glossaryText: (front) => ({
      header: [front.title],
      rest: [front.impersonates ?? '', front.stoppedBy ?? '', front.advice ?? '', ...front.steps, ...front.redFlags.map((flag) => (typeof flag === 'string' ? flag : flag.text))],
    }),
    toRecord({ front, slug, file, body, rendered, rules }): FraudCase {
      const flags = front.redFlags.map((flag) => toRedFlag(flag, rules));
      return {
        ...front,
        kind: 'case',
        slug,
        file,
        body,
        summary: deriveSummary(rendered.firstParagraph),
        characters: readingCharacters(front.title, rendered.plainText),
        redFlags: flags.map((flag) => flag.text),
        flags,
      };
    },
    compare: (a, b) => b.date.epochMs - a.date.epochMs || a.slug.localeCompare(b.slug),
  }),
  'scam-type': defineKind({
    folder: 'scam-types',
    collection: 'scamTypes',
    label: '骗局类型',
    counter: '个',
    url: paths.scamType,
    schema: scamTypeFrontMatter,
    template: { fields: SCAM_TYPE_FIELDS, body: SCAM_TYPE_BODY },
    glossaryText: (front) => ({ header: [front.name, front.summary, ...front.stages], rest: [...front.signs, ...front.neverDo, ...front.actions] }),
    toRecord: ({ front, slug, file, body }): ScamType => ({ ...front, kind: 'scam-type', slug, file, body }),
    compare: (a, b) => a.slug.localeCompare(b.slug),
  }),
  help: defineKind({
    folder: 'help',
    collection: 'situations',
    label: '应对指南',
    counter: '篇',
    url: paths.situation,
    schema: helpFrontMatter,
    template: { fields: HELP_FIELDS, body: HELP_BODY },
    glossaryText: (front) => ({ header: [front.title, front.when], rest: front.steps }),
    toRecord: ({ front, slug, file, body }): Situation => ({ ...front, kind: 'help', slug, file, body }),
    // The editors' order on /help; pages without one last, by slug.
    compare: (a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || a.slug.localeCompare(b.slug),
  }),
});

export type ContentKind = keyof typeof CONTENT_KINDS;

/** Every kind, in table order. */
export const CONTENT_KIND_LIST: readonly ContentKind[] = Object.keys(CONTENT_KINDS).filter(isContentKind);

export function isContentKind(value: string): value is ContentKind {
  return Object.hasOwn(CONTENT_KINDS, value);
}

/** The same thing for every kind, taken from its entry: byKind((kind) => kind.label) → { story: '稿件', … }. */
export function byKind<V>(pick: (definition: KindDefinition, kind: ContentKind) => V): Record<ContentKind, V> {
  const entries = CONTENT_KIND_LIST.map((kind) => [kind, pick(CONTENT_KINDS[kind], kind)] as const);
  // Object.fromEntries types its keys as string; CONTENT_KIND_LIST holds every kind.
  return Object.fromEntries(entries) as Record<ContentKind, V>;
}
