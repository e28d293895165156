/**
 * schema.org structured data as plain objects, so search engines read a story's
 * headline, dates and byline the same way the page shows them. Builders are pure;
 * components/JsonLd.tsx puts them into the page.
 */
import { lastModified } from '@/lib/content/dates';
import type { Story } from '@/lib/content/records';
import { absoluteUrl, site } from '@/lib/site/config';
import { paths } from '@/lib/site/urls';

const CONTEXT = 'https://schema.org';

/** Any schema.org node: what JsonLd accepts. */
export type JsonLdNode = { readonly '@type': string; readonly [property: string]: unknown };

export type PersonJsonLd = {
  '@type': 'Person';
  name: string;
  /** The byline role, e.g. 记者 or 通讯员 */
  jobTitle: string;
};

export type NewsMediaOrganizationJsonLd = {
  '@type': 'NewsMediaOrganization';
  name: string;
  url: string;
};

export type NewsArticleJsonLd = {
  '@context': typeof CONTEXT;
  '@type': 'NewsArticle';
  headline: string;
  description: string;
  /** ISO 8601 with the +08:00 offset */
  datePublished: string;
  /** ISO 8601 with the +08:00 offset; the publication date when never updated */
  dateModified: string;
  author: PersonJsonLd[];
  publisher: NewsMediaOrganizationJsonLd;
  articleSection: string;
  keywords: string[];
  inLanguage: typeof site.locale;
  mainEntityOfPage: string;
  url: string;
  /** Absolute URL of the lead image, when the story has one */
  image?: string[];
};

export type ListItemJsonLd = {
  '@type': 'ListItem';
  /** 1-based, as schema.org requires */
  position: number;
  name: string;
  item: string;
};

export type BreadcrumbListJsonLd = {
  '@context': typeof CONTEXT;
  '@type': 'BreadcrumbList';
  itemListElement: ListItemJsonLd[];
};

export type SearchActionJsonLd = {
  '@type': 'SearchAction';
  target: string;
  'query-input': string;
};

export type WebSiteJsonLd = {
  '@context': typeof CONTEXT;
  '@type': 'WebSite';
  name: string;
  description: string;
  url: string;
  inLanguage: typeof site.locale;
  potentialAction: SearchActionJsonLd;
};

export function publisherJsonLd(): NewsMediaOrganizationJsonLd {
  return { '@type': 'NewsMediaOrganization', name: site.publisher.name, url: absoluteUrl(site.publisher.url) };
}

export function newsArticleJsonLd(story: Story, { sectionName }: { sectionName: string }): NewsArticleJsonLd {
  const url = absoluteUrl(paths.story(story.slug));
  return {
    '@context': CONTEXT,
    '@type': 'NewsArticle',
    headline: story.title,
    description: story.summary,
    datePublished: story.date.iso,
    dateModified: lastModified(story).iso,
    author: story.authors.map(({ name, role }) => ({ '@type': 'Person', name, jobTitle: role })),
    publisher: publisherJsonLd(),
    articleSection: sectionName,
    keywords: [...story.tags],
    inLanguage: site.locale,
    mainEntityOfPage: url,
    url,
    ...(story.image ? { image: [absoluteUrl(story.image.url)] } : {}),
  };
}

/** The trail from the home page to the current page, in order. */
export function breadcrumbJsonLd(items: readonly { name: string; path: string }[]): BreadcrumbListJsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: items.map(({ name, path }, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name,
      item: absoluteUrl(path),
    })),
  };
}

/** The placeholder search engines substitute with the reader's query. */
const SEARCH_TERM = 'search_term_string';

export function webSiteJsonLd(): WebSiteJsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'WebSite',
    name: site.name,
    description: site.description,
    url: absoluteUrl(paths.home()),
    inLanguage: site.locale,
    potentialAction: {
      '@type': 'SearchAction',
      // Built by hand around paths.search(): encoding the placeholder would hide its braces.
      target: `${absoluteUrl(paths.search())}?q={${SEARCH_TERM}}`,
      'query-input': `required name=${SEARCH_TERM}`,
    },
  };
}

/**
 * JSON for inside a <script> element. JSON.stringify leaves `</script>` and `<!--`
 * intact, which would end the script (or change how the HTML parser reads it), so
 * every `<`, `>` and `&` becomes a \u escape — still the same JSON value. U+2028 and
 * U+2029 are escaped too, since older JavaScript parsers treat them as line ends.
 */
export function serializeJsonLd(data: JsonLdNode | readonly JsonLdNode[]): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
