/** /robots.txt (app/robots.txt/route.ts): crawl everything; where the sitemap is. */
import { absoluteUrl } from '@/lib/site/config';

export const ROBOTS_CONTENT_TYPE = 'text/plain; charset=utf-8';

/** Served by app/sitemap.xml/route.ts. */
const SITEMAP_PATH = '/sitemap.xml';

export function robotsTxt(): string {
  return ['User-Agent: *', 'Allow: /', '', `Sitemap: ${absoluteUrl(SITEMAP_PATH)}`, ''].join('\n');
}
