/** The story lists behind section, tag and archive pages, shared by their
 *  first-page and /page/N routes and by the sitemap. */
import { getSection, listArchiveMonths, listSections, listTags, storiesInMonth, storiesInSection, storiesWithTag } from '../content/queries';
import type { Story } from '../content/records';
import { paginate, type Paged } from './paginate';
import { paths } from './urls';

export interface Crumb {
  name: string;
  path: string;
}

export interface Listing {
  title: string;
  description?: string;
  basePath: string;
  stories: readonly Story[];
  /** Breadcrumbs below the home page */
  trail: Crumb[];
}

export function sectionListing(slug: string): Listing | undefined {
  const section = getSection(slug);
  if (!section) return undefined;
  const basePath = paths.section(slug);
  return {
    title: section.name,
    description: section.description,
    basePath,
    stories: storiesInSection(slug),
    trail: [{ name: section.name, path: basePath }],
  };
}

/** Route params may arrive percent-encoded or decoded; accept both, reject malformed. */
export function decodeParam(raw: string): string | undefined {
  try {
    return raw.includes('%') ? decodeURIComponent(raw) : raw;
  } catch {
    return undefined;
  }
}

export function tagListing(rawTag: string): Listing | undefined {
  const tag = decodeParam(rawTag);
  if (tag === undefined) return undefined;
  const stories = storiesWithTag(tag);
  if (stories.length === 0) return undefined;
  const basePath = paths.tag(tag);
  return { title: `标签：${tag}`, basePath, stories, trail: [{ name: `标签：${tag}`, path: basePath }] };
}

export function archiveListing(yearParam: string, monthParam: string): Listing | undefined {
  if (!/^\d{4}$/.test(yearParam) || !/^(0[1-9]|1[0-2])$/.test(monthParam)) return undefined;
  const [year, month] = [Number(yearParam), Number(monthParam)];
  const stories = storiesInMonth(year, month);
  if (stories.length === 0) return undefined;
  const basePath = paths.archiveMonth(year, month);
  const title = `${year}年${month}月`;
  return {
    title: `${title}稿件`,
    basePath,
    stories,
    trail: [
      { name: '往期', path: paths.archive() },
      { name: title, path: basePath },
    ],
  };
}

/** Page `page` of a listing; undefined when either does not exist (the route answers 404). */
export function listingPage(listing: Listing | undefined, page: number | undefined): Paged<Story> | undefined {
  return listing && page !== undefined ? paginate(listing.stories, page) : undefined;
}

export function sectionParams() {
  return listSections().map((section) => ({ slug: section.slug }));
}

export function tagParams() {
  return listTags().map(({ tag }) => ({ tag }));
}

export function archiveParams() {
  return listArchiveMonths().map(({ year, month }) => ({ year: String(year), month: String(month).padStart(2, '0') }));
}
