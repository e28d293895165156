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
  storiesInMonth,
  storiesInSection,
  storiesWithTag,
} from '@/lib/content/queries';
import type { Story } from '@/lib/content/records';
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

export function sitemapEntries(): SitemapEntry[] {
  // What absoluteUrl does, with the site's address read once.
  const base = `${site.url}/`;
  const url: AbsoluteUrl = (path) => new URL(path, base).toString();
  const stories = listStories();
  const cases = listCases();
  const scamTypes = listScamTypes();
  // A scam-type page changes when a case of that type is added or edited.
  const scamTypePages = scamTypes.map((scamType) => entry(url, paths.scamType(scamType.slug), newest(casesOfType(scamType.slug))));

  return [
    entry(url, paths.home(), newest([...stories, ...cases])),
    ...stories.map((story) => entry(url, paths.story(story.slug), lastModified(story).iso)),
    entry(url, paths.cases(), newest(cases)),
    ...cases.map((fraudCase) => entry(url, paths.fraudCase(fraudCase.slug), lastModified(fraudCase).iso)),
    entry(url, paths.scamTypes(), newest(scamTypes.flatMap((scamType) => casesOfType(scamType.slug)))),
    ...scamTypePages,
    // The helper's signs and cases come from the scam types and cases.
    entry(url, paths.help(), newest(cases)),
    // After-care pages have no date of their own.
    ...listSituations().map((situation) => entry(url, paths.situation(situation.slug), undefined)),
    ...listSections().flatMap((section) => listEntries(url, paths.section(section.slug), storiesInSection(section.slug))),
    ...listTags().flatMap(({ tag }) => listEntries(url, paths.tag(tag), storiesWithTag(tag))),
    entry(url, paths.archive(), newest(stories)),
    ...listArchiveMonths().flatMap(({ year, month }) => listEntries(url, paths.archiveMonth(year, month), storiesInMonth(year, month))),
    // Not content: no record dates it.
    entry(url, paths.accessibility(), undefined),
  ];
}

export const SITEMAP_CONTENT_TYPE = 'application/xml; charset=utf-8';

const SITEMAP_NAMESPACE = 'http://www.sitemaps.org/schemas/sitemap/0.9';

/** The sitemaps.org 0.9 document; the builder escapes what XML needs escaped. */
export function sitemapXml(entries: readonly SitemapEntry[]): string {
  const builder = new XMLBuilder({ ignoreAttributes: false, format: true, suppressEmptyNode: true });
  return builder.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    urlset: {
      '@_xmlns': SITEMAP_NAMESPACE,
      url: entries.map((item) => (item.lastModified ? { loc: item.url, lastmod: item.lastModified } : { loc: item.url })),
    },
  });
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
