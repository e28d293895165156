/**
 * One shape of page metadata for every route: canonical URL, the RSS feed link,
 * Open Graph and Twitter cards with the page's share card (a link without a picture
 * gets skipped in chat apps). Next replaces (does not merge) `alternates` and
 * `openGraph` of the layout, so each page gets the complete set from here.
 */
import type { Metadata } from 'next';
import { shareImages, type CardImage } from '@/lib/share/images';
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
  /** The page's share card (lib/share/images.ts); pages without one of their own show the site's */
  image?: CardImage;
}

/** Open Graph wants the locale with an underscore. */
const OPEN_GRAPH_LOCALE = site.locale.replace('-', '_');

export function pageMetadata(input: PageMetadataInput): Metadata {
  const { title, description, path } = input;
  const url = absoluteUrl(path);
  const images = shareImageMetadata(input.image ?? shareImages.site());
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
    twitter: { card: 'summary_large_image', title, description, images },
  };
}

/** og:image and twitter:image with size, type and alt text. */
export function shareImageMetadata(image: CardImage) {
  return [{ url: absoluteUrl(image.url), width: image.width, height: image.height, alt: image.alt, type: 'image/png' }];
}
