/**
 * One shape of page metadata for every route: canonical URL, the RSS feed link,
 * Open Graph and Twitter cards. Next replaces (does not merge) `alternates` and
 * `openGraph` of the layout, so each page gets the complete set from here.
 */
import type { Metadata } from 'next';
import { absoluteUrl, site } from '@/lib/site/config';
import { paths } from '@/lib/site/urls';

export interface PageMetadataInput {
  /** The page's own title; the layout's template adds the site name */
  title: string;
  description: string;
  /** Site path from lib/site/urls.ts `paths`, e.g. paths.story(slug) */
  path: string;
  type?: 'website' | 'article';
  /** ISO 8601 (the records' `date.iso`), for articles */
  publishedTime?: string;
  /** ISO 8601 (the records' `updated.iso`), for articles */
  modifiedTime?: string;
  /** Author names, for articles */
  authors?: readonly string[];
  /** Section name in Chinese, for articles */
  section?: string;
  tags?: readonly string[];
  /** Lead image (site path and size), shown in link previews */
  image?: { url: string; width: number; height: number; alt: string };
}

/** Open Graph wants the locale with an underscore. */
const OPEN_GRAPH_LOCALE = site.locale.replace('-', '_');

export function pageMetadata(input: PageMetadataInput): Metadata {
  const { title, description, path } = input;
  const url = absoluteUrl(path);
  const images = input.image ? [{ url: absoluteUrl(input.image.url), width: input.image.width, height: input.image.height, alt: input.image.alt }] : undefined;
  const common = { title, description, url, siteName: site.name, locale: OPEN_GRAPH_LOCALE, images };
  const openGraph: Metadata['openGraph'] =
    input.type === 'article'
      ? {
          ...common,
          type: 'article',
          publishedTime: input.publishedTime,
          modifiedTime: input.modifiedTime,
          authors: input.authors ? [...input.authors] : undefined,
          section: input.section,
          tags: input.tags ? [...input.tags] : undefined,
        }
      : { ...common, type: 'website' };
  return {
    // The home page is titled with the site name alone: the template would repeat it.
    title: title === site.name ? { absolute: title } : title,
    description,
    alternates: {
      canonical: url,
      types: { 'application/rss+xml': [{ url: absoluteUrl(paths.feed()), title: `${site.name} - 最新稿件` }] },
    },
    openGraph,
    twitter: images ? { card: 'summary_large_image', title, description, images } : { card: 'summary', title, description },
  };
}
