/**
 * /sitemap.xml: every public page with when it last changed, prerendered at build
 * time. lastmod values are the records' ISO strings with +08:00, which the
 * sitemaps.org schema accepts as xsd:dateTime (Next writes strings as given).
 */
import type { MetadataRoute } from 'next';
import { lastModified, type ContentDate } from '@/lib/content/dates';
import {
  casesOfType,
  listArchiveMonths,
  listCases,
  listScamTypes,
  listSections,
  listStories,
  listTags,
  storiesInMonth,
  storiesInSection,
  storiesWithTag,
} from '@/lib/content/queries';
import type { Story } from '@/lib/content/records';
import { absoluteUrl } from '@/lib/site/config';
import { pageCount } from '@/lib/site/paginate';
import { pagedPath, paths } from '@/lib/site/urls';

export const dynamic = 'force-static';

/** The newest lastmod among records; undefined for a page listing nothing yet. */
function newest(records: readonly Parameters<typeof lastModified>[0][]): string | undefined {
  let latest: ContentDate | undefined;
  for (const record of records) {
    const changed = lastModified(record);
    if (!latest || changed.epochMs > latest.epochMs) latest = changed;
  }
  return latest?.iso;
}

function entry(path: string, lastmod: string | undefined): MetadataRoute.Sitemap[number] {
  return lastmod ? { url: absoluteUrl(path), lastModified: lastmod } : { url: absoluteUrl(path) };
}

/**
 * A story list and its /page/N continuations. Every page shares the list's lastmod:
 * a new story shifts all pages after it, so they all change together.
 */
function listEntries(basePath: string, stories: readonly Story[]): MetadataRoute.Sitemap {
  const lastmod = newest(stories);
  return Array.from({ length: pageCount(stories.length) }, (_, index) => entry(pagedPath(basePath, index + 1), lastmod));
}

export default function sitemap(): MetadataRoute.Sitemap {
  const stories = listStories();
  const cases = listCases();
  const scamTypes = listScamTypes();
  // A scam-type page changes when a case of that type is added or edited.
  const scamTypePages = scamTypes.map((scamType) => entry(paths.scamType(scamType.slug), newest(casesOfType(scamType.slug))));

  return [
    entry(paths.home(), newest([...stories, ...cases])),
    ...stories.map((story) => entry(paths.story(story.slug), lastModified(story).iso)),
    ...cases.map((fraudCase) => entry(paths.fraudCase(fraudCase.slug), lastModified(fraudCase).iso)),
    entry(paths.scamTypes(), newest(scamTypes.flatMap((scamType) => casesOfType(scamType.slug)))),
    ...scamTypePages,
    ...listSections().flatMap((section) => listEntries(paths.section(section.slug), storiesInSection(section.slug))),
    ...listTags().flatMap(({ tag }) => listEntries(paths.tag(tag), storiesWithTag(tag))),
    entry(paths.archive(), newest(stories)),
    ...listArchiveMonths().flatMap(({ year, month }) => listEntries(paths.archiveMonth(year, month), storiesInMonth(year, month))),
    // Not content: no record dates it.
    entry(paths.accessibility(), undefined),
  ];
}
