/**
 * /sitemap.xml (app/sitemap.xml/route.ts): every public page with when it last changed.
 * lastmod values are the records' ISO strings with +08:00, which the sitemaps.org
 * schema accepts as xsd:dateTime.
 */
import XMLBuilder from 'fast-xml-builder';
import { lastModified, type ContentDate } from '@/lib/content/dates';
import {
  casesOfType,
  listArchiveMonths,
  listCases,
  listScamTypes,
  listSections,
  listSituations,
  listStories,
  listTags,
  publishedView,
  storiesInMonth,
  storiesInSection,
  storiesWithTag,
} from '@/lib/content/queries';
import type { Story } from '@/lib/content/records';
import { runNow, type Steps } from '@/lib/work/steps';
import { site } from '@/lib/site/config';
import { pageCount } from '@/lib/site/paginate';
import { pagedPath, paths } from '@/lib/site/urls';

export interface SitemapEntry {
  url: string;
  lastModified?: string;
}

/** The newest lastmod among records; undefined for a page listing nothing yet. */
function newest(records: readonly Parameters<typeof lastModified>[0][]): string | undefined {
  let latest: ContentDate | undefined;
  for (const record of records) {
    const changed = lastModified(record);
    if (!latest || changed.epochMs > latest.epochMs) latest = changed;
  }
  return latest?.iso;
}

/** absoluteUrl for every path of one sitemap: the settings are read once, not per entry (100,000 stories). */
type AbsoluteUrl = (path: string) => string;

function entry(url: AbsoluteUrl, path: string, lastmod: string | undefined): SitemapEntry {
  return lastmod ? { url: url(path), lastModified: lastmod } : { url: url(path) };
}

/**
 * A story list and its /page/N continuations. Every page shares the list's lastmod:
 * a new story shifts all pages after it, so they all change together.
 */
function listEntries(url: AbsoluteUrl, basePath: string, stories: readonly Story[]): SitemapEntry[] {
  const lastmod = newest(stories);
  return Array.from({ length: pageCount(stories.length) }, (_, index) => entry(url, pagedPath(basePath, index + 1), lastmod));
}

/** Entries (or lists, or XML elements) between two chances for the event loop to run (lib/work/steps.ts). */
const ENTRIES_PER_STEP = 2000;
const LISTS_PER_STEP = 50;

export function sitemapEntries(): SitemapEntry[] {
  return runNow(sitemapEntrySteps());
}

/**
 * sitemapEntries in steps: 100,000 stories make a sitemap of 130,000 entries, seconds of
 * work for a server that must keep answering. The event loop runs between steps, and
 * live publishing may change the content meanwhile: then the entries are made again,
 * so that all of them come from one version.
 */
export function* sitemapEntrySteps(): Steps<SitemapEntry[]> {
  for (;;) {
    const view = publishedView();
    const entries = yield* entriesOfPublished();
    if (publishedView() === view) return entries;
  }
}

function* entriesOfPublished(): Steps<SitemapEntry[]> {
  // What absoluteUrl does, with the site's address read once.
  const base = `${site.url}/`;
  const url: AbsoluteUrl = (path) => new URL(path, base).toString();
  const stories = listStories();
  const cases = listCases();
  const scamTypes = listScamTypes();
  const entries = [entry(url, paths.home(), newest([...stories, ...cases]))];
  for (const [index, story] of stories.entries()) {
    entries.push(entry(url, paths.story(story.slug), lastModified(story).iso));
    if (index % ENTRIES_PER_STEP === ENTRIES_PER_STEP - 1) yield;
  }
  entries.push(
    entry(url, paths.cases(), newest(cases)),
    ...cases.map((fraudCase) => entry(url, paths.fraudCase(fraudCase.slug), lastModified(fraudCase).iso)),
    entry(url, paths.scamTypes(), newest(scamTypes.flatMap((scamType) => casesOfType(scamType.slug)))),
    // A scam-type page changes when a case of that type is added or edited.
    ...scamTypes.map((scamType) => entry(url, paths.scamType(scamType.slug), newest(casesOfType(scamType.slug)))),
    // The helper's signs and cases come from the scam types and cases.
    entry(url, paths.help(), newest(cases)),
    // After-care pages have no date of their own.
    ...listSituations().map((situation) => entry(url, paths.situation(situation.slug), undefined)),
  );
  yield;
  for (const section of listSections()) entries.push(...listEntries(url, paths.section(section.slug), storiesInSection(section.slug)));
  yield;
  for (const [index, { tag }] of listTags().entries()) {
    entries.push(...listEntries(url, paths.tag(tag), storiesWithTag(tag)));
    if (index % LISTS_PER_STEP === LISTS_PER_STEP - 1) yield;
  }
  entries.push(entry(url, paths.archive(), newest(stories)));
  for (const [index, { year, month }] of listArchiveMonths().entries()) {
    entries.push(...listEntries(url, paths.archiveMonth(year, month), storiesInMonth(year, month)));
    if (index % LISTS_PER_STEP === LISTS_PER_STEP - 1) yield;
  }
  // Not content: no record dates it.
  entries.push(entry(url, paths.accessibility(), undefined));
  return entries;
}

export const SITEMAP_CONTENT_TYPE = 'application/xml; charset=utf-8';

const SITEMAP_NAMESPACE = 'http://www.sitemaps.org/schemas/sitemap/0.9';

/** The sitemaps.org 0.9 document; the builder escapes what XML needs escaped. */
export function sitemapXml(entries: readonly SitemapEntry[]): string {
  return runNow(sitemapXmlSteps(entries));
}

/**
 * sitemapXml in steps. The builder works in one go (half a second for 130,000 entries),
 * so it is given the entries in parts, and each part's <url> elements are taken from
 * between its <urlset> tags: the same document, indented alike.
 */
export function* sitemapXmlSteps(entries: readonly SitemapEntry[]): Steps<string> {
  const builder = new XMLBuilder({ ignoreAttributes: false, format: true, suppressEmptyNode: true });
  const document = (part: readonly SitemapEntry[]): string =>
    builder.build({
      '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
      urlset: {
        '@_xmlns': SITEMAP_NAMESPACE,
        url: part.map((item) => (item.lastModified ? { loc: item.url, lastmod: item.lastModified } : { loc: item.url })),
      },
    });
  if (entries.length <= ENTRIES_PER_STEP) return document(entries);
  let head = '';
  let tail = '';
  const elements: string[] = [];
  for (let start = 0; start < entries.length; start += ENTRIES_PER_STEP) {
    const whole = document(entries.slice(start, start + ENTRIES_PER_STEP));
    // After "<urlset …>" and its line break; up to "</urlset>".
    const open = whole.indexOf('>', whole.indexOf('<urlset')) + 2;
    const close = whole.lastIndexOf('</urlset>');
    if (start === 0) {
      head = whole.slice(0, open);
      tail = whole.slice(close);
    }
    elements.push(whole.slice(open, close));
    yield;
  }
  return head + elements.join('') + tail;
}

/** The newest lastmod of all: when the sitemap as a whole last changed. */
export function sitemapLastModified(entries: readonly SitemapEntry[]): Date | undefined {
  // A loop, not Math.max(...times): 100,000 stories are more arguments than a call takes.
  let latest: number | undefined;
  for (const item of entries) {
    const time = item.lastModified ? Date.parse(item.lastModified) : undefined;
    if (time !== undefined && (latest === undefined || time > latest)) latest = time;
  }
  return latest === undefined ? undefined : new Date(latest);
}
