/** Every public path of the site is built here, so links, sitemap, feed and
 *  structured data can never disagree. */

export const paths = {
  home: () => '/',
  story: (slug: string) => `/news/${slug}`,
  fraudCase: (slug: string) => `/cases/${slug}`,
  cases: () => '/cases',
  scamType: (slug: string) => `/scams/${slug}`,
  scamTypes: () => '/scams',
  section: (slug: string) => `/sections/${slug}`,
  /** Chinese tags are percent-encoded once, as UTF-8 */
  tag: (tag: string) => `/tags/${encodeURIComponent(tag)}`,
  archiveMonth: (year: number, month: number) => `/archive/${year}/${String(month).padStart(2, '0')}`,
  /** URLSearchParams spelling (space as +), as the search form sends it: one address per query */
  search: (query?: string) => (query ? `/search?${new URLSearchParams({ q: query })}` : '/search'),
  searchApi: () => '/api/search',
  archive: () => '/archive',
  help: () => '/help',
  /** An after-care page (content/help/<slug>.md); /help itself is the helper */
  situation: (slug: string) => `/help/${slug}`,
  feed: () => '/feed.xml',
  accessibility: () => '/accessibility',
  /** The page's share card (og:image): `share.png` beside the page, /share.png for the home page */
  shareCard: (pagePath: string) => `${pagePath === '/' ? '' : pagePath}/share.png`,
  /** A case's large-print card for family */
  familyCard: (slug: string) => `/cases/${slug}/family.png`,
  /** The publisher's logo, for structured data */
  logo: () => '/logo.png',
} as const;

/** Lists are paged in the path (/sections/law/page/2) so every page can be prerendered. */
export function pagedPath(path: string, page: number): string {
  return page > 1 ? `${path}/page/${page}` : path;
}

/** Add ?page=N for pages after the first (for pages that depend on a query, like search). */
export function withPage(path: string, page: number): string {
  return page > 1 ? `${path}${path.includes('?') ? '&' : '?'}page=${page}` : path;
}
