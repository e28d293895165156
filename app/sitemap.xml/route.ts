/** /sitemap.xml (lib/seo/sitemap.ts), with validators so crawlers refetch only what changed. */
import { SITEMAP_CONTENT_TYPE, sitemapEntries, sitemapLastModified, sitemapXml } from '@/lib/seo/sitemap';
import { conditionalResponse, perContent, representation } from '@/lib/site/conditional-response';

const sitemap = perContent(() => {
  const entries = sitemapEntries();
  return representation(sitemapXml(entries), SITEMAP_CONTENT_TYPE, sitemapLastModified(entries));
});

export function GET(request: Request): Response {
  return conditionalResponse(request, sitemap());
}
