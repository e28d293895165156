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
  /** The logo is public/logo.png (made by scripts/make-logo.tsx), at this size */
  publisher: { name: '市报社', url: '/', logo: { width: 600, height: 160 } },
  hotline: { number: '96110', label: '反诈专线' },
  emergency: '110',
  get url(): string {
    return siteUrl();
  },
} as const;

/** Absolute URL for a site path, for canonical links, feeds and structured data. */
export function absoluteUrl(pathname: string): string {
  return new URL(pathname, `${site.url}/`).toString();
}
