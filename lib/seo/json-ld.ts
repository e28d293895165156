/**
 * schema.org structured data as plain objects, so search engines read a story's
 * headline, dates and byline the same way the page shows them. Builders are pure;
 * components/JsonLd.tsx puts them into the page. Each builder's object is checked
 * against the schema.org vocabulary at compile time (`satisfies` a schema-dts type),
 * and tests run a structured-data validator over the pages.
 */
import type {
  Article,
  BreadcrumbList,
  ImageObject,
  NewsArticle,
  NewsMediaOrganization,
  Person,
  SearchAction,
  WebPage,
  WebSite,
  WithActionConstraints,
  WithContext,
} from 'schema-dts';
import { lastModified } from '@/lib/content/dates';
import type { FraudCase, ScamType, Story } from '@/lib/content/records';
import type { CardImage } from '@/lib/share/images';
import { absoluteUrl, site } from '@/lib/site/config';
import { paths } from '@/lib/site/urls';

const CONTEXT = 'https://schema.org';

/** Any schema.org node: what JsonLd accepts. */
export type JsonLdNode = { readonly '@type': string; readonly [property: string]: unknown };

/** A size in pixels (E37 is UN/CEFACT's code for a pixel), as schema.org wants `width` and `height`. */
export type PixelsJsonLd = { '@type': 'QuantitativeValue'; value: number; unitCode: 'E37' };

export type ImageObjectJsonLd = {
  '@type': 'ImageObject';
  url: string;
  width: PixelsJsonLd;
  height: PixelsJsonLd;
};

export type PersonJsonLd = {
  '@type': 'Person';
  name: string;
  /** The byline role, e.g. 记者 or 通讯员 */
  jobTitle: string;
};

export type NewsMediaOrganizationJsonLd = {
  '@type': 'NewsMediaOrganization';
  /** One identity for the paper on every page, so author and publisher are the same node */
  '@id': string;
  name: string;
  url: string;
  logo: ImageObjectJsonLd;
};

type Dates = {
  /** ISO 8601 with the +08:00 offset */
  datePublished: string;
  /** ISO 8601 with the +08:00 offset; the publication date when never updated */
  dateModified: string;
};

type ArticleCommon = Dates & {
  '@context': typeof CONTEXT;
  headline: string;
  description: string;
  /** The bylined reporters; the paper itself when the story names nobody */
  author: (PersonJsonLd | NewsMediaOrganizationJsonLd)[];
  publisher: NewsMediaOrganizationJsonLd;
  articleSection: string;
  inLanguage: typeof site.locale;
  mainEntityOfPage: string;
  url: string;
  /** Absolute URLs: the share card (1200×630) first, then the lead photo or other cards */
  image: string[];
};

export type NewsArticleJsonLd = ArticleCommon & {
  '@type': 'NewsArticle';
  keywords: string[];
};

export type ThingJsonLd = { '@type': 'Thing'; name: string; description?: string; alternateName?: string[] };

/** A case explainer: an article about one reported case of a kind of scam. */
export type CaseArticleJsonLd = ArticleCommon & {
  '@type': 'Article';
  about: ThingJsonLd;
  /** The news story the case was reported in */
  isBasedOn?: string;
};

/** A scam type's page: a guide about that kind of scam (no publication date of its own). */
export type ScamTypePageJsonLd = {
  '@context': typeof CONTEXT;
  '@type': 'WebPage';
  name: string;
  description: string;
  about: ThingJsonLd;
  publisher: NewsMediaOrganizationJsonLd;
  primaryImageOfPage: ImageObjectJsonLd;
  inLanguage: typeof site.locale;
  url: string;
  /** The newest case of the type, when it has any */
  dateModified?: string;
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

function pixels(value: number): PixelsJsonLd {
  return { '@type': 'QuantitativeValue', value, unitCode: 'E37' };
}

function imageObject(image: { url: string; width: number; height: number }): ImageObjectJsonLd {
  return { '@type': 'ImageObject', url: absoluteUrl(image.url), width: pixels(image.width), height: pixels(image.height) } satisfies ImageObject;
}

export function publisherJsonLd(): NewsMediaOrganizationJsonLd {
  return {
    '@type': 'NewsMediaOrganization',
    '@id': `${absoluteUrl(site.publisher.url)}#publisher`,
    name: site.publisher.name,
    url: absoluteUrl(site.publisher.url),
    logo: imageObject({ url: paths.logo(), ...site.publisher.logo }),
  } satisfies NewsMediaOrganization;
}

function personJsonLd({ name, role }: { name: string; role: string }): PersonJsonLd {
  return { '@type': 'Person', name, jobTitle: role } satisfies Person;
}

export function newsArticleJsonLd(story: Story, { sectionName, image }: { sectionName: string; image: CardImage }): NewsArticleJsonLd {
  const url = absoluteUrl(paths.story(story.slug));
  return {
    '@context': CONTEXT,
    '@type': 'NewsArticle',
    headline: story.title,
    description: story.summary,
    datePublished: story.date.iso,
    dateModified: lastModified(story).iso,
    author: story.authors.length ? story.authors.map(personJsonLd) : [publisherJsonLd()],
    publisher: publisherJsonLd(),
    articleSection: sectionName,
    keywords: [...story.tags],
    inLanguage: site.locale,
    mainEntityOfPage: url,
    url,
    image: [absoluteUrl(image.url), ...(story.image ? [absoluteUrl(story.image.url)] : [])],
  } satisfies WithContext<NewsArticle>;
}

export function caseArticleJsonLd(
  fraudCase: FraudCase,
  { scamType, story, images }: { scamType?: ScamType; story?: Story; images: readonly CardImage[] },
): CaseArticleJsonLd {
  const url = absoluteUrl(paths.fraudCase(fraudCase.slug));
  return {
    '@context': CONTEXT,
    '@type': 'Article',
    headline: fraudCase.title,
    description: fraudCase.summary,
    datePublished: fraudCase.date.iso,
    dateModified: fraudCase.date.iso,
    author: [publisherJsonLd()],
    publisher: publisherJsonLd(),
    articleSection: '反诈案例',
    about: { '@type': 'Thing', name: scamType ? `${scamType.name}诈骗` : '电信网络诈骗' },
    ...(story ? { isBasedOn: absoluteUrl(paths.story(story.slug)) } : {}),
    inLanguage: site.locale,
    mainEntityOfPage: url,
    url,
    image: images.map((image) => absoluteUrl(image.url)),
  } satisfies WithContext<Article>;
}

export function scamTypeJsonLd(scamType: ScamType, { image, lastCase }: { image: CardImage; lastCase?: string }): ScamTypePageJsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'WebPage',
    name: `${scamType.name}骗局：怎样识别，怎么应对`,
    description: scamType.summary,
    about: {
      '@type': 'Thing',
      name: `${scamType.name}诈骗`,
      description: scamType.summary,
      ...(scamType.aliases.length ? { alternateName: [...scamType.aliases] } : {}),
    },
    publisher: publisherJsonLd(),
    primaryImageOfPage: imageObject(image),
    inLanguage: site.locale,
    url: absoluteUrl(paths.scamType(scamType.slug)),
    ...(lastCase ? { dateModified: lastCase } : {}),
  } satisfies WithContext<WebPage>;
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
  } satisfies WithContext<BreadcrumbList>;
}

/** The placeholder search engines substitute with the reader's query. */
const SEARCH_TERM = 'search_term_string';

export function webSiteJsonLd(): WebSiteJsonLd {
  const search = {
    '@type': 'SearchAction',
    // Built by hand around paths.search(): encoding the placeholder would hide its braces.
    target: `${absoluteUrl(paths.search())}?q={${SEARCH_TERM}}`,
    'query-input': `required name=${SEARCH_TERM}`,
  } satisfies WithActionConstraints<SearchAction>;
  return {
    '@context': CONTEXT,
    '@type': 'WebSite',
    name: site.name,
    description: site.description,
    url: absoluteUrl(paths.home()),
    inLanguage: site.locale,
    potentialAction: search,
  } satisfies WithContext<WebSite>;
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
