/** One site configuration: everything that names or locates the site. */
const DEFAULT_SITE_URL = 'http://localhost:3000';

function siteUrl(): string {
  const raw = process.env.SITE_URL?.trim() || DEFAULT_SITE_URL;
  try {
    return new URL(raw).toString().replace(/\/$/, '');
  } catch {
    throw new Error(`SITE_URL “${raw}” is not an absolute URL (e.g. https://news.example.gov.cn)`);
  }
}

export const site = {
  name: '市报新闻网',
  description: '本市新闻与反诈骗案例解读：看懂骗局，守好钱袋子。',
  locale: 'zh-CN',
  publisher: { name: '市报社', url: '/' },
  hotline: { number: '96110', label: '反诈专线' },
  emergency: '110',
  get url(): string {
    return siteUrl();
  },
} as const;

/**
 * What to tell whoever builds for production without SITE_URL: every absolute URL the
 * build writes (canonical links, sitemap, feed, robots.txt, structured data) would
 * point at localhost. Undefined when SITE_URL is set.
 */
export function siteUrlWarning(): string | undefined {
  if (process.env.SITE_URL?.trim()) return undefined;
  return [
    '',
    `⚠ SITE_URL is not set: canonical links, the sitemap, the feed, robots.txt and structured data will all point at ${DEFAULT_SITE_URL}.`,
    '  Set the public address for the build and the server, e.g.:  export SITE_URL=https://news.example.gov.cn',
    '',
  ].join('\n');
}

/** Absolute URL for a site path, for canonical links, feeds and structured data. */
export function absoluteUrl(pathname: string): string {
  return new URL(pathname, `${site.url}/`).toString();
}
