/** /sitemap.xml (lib/seo/sitemap.ts), with validators so crawlers refetch only what changed. */
import { SITEMAP_CONTENT_TYPE, sitemapEntrySteps, sitemapLastModified, sitemapXmlSteps } from '@/lib/seo/sitemap';
import { conditionalResponse, perContent, representation, type Representation } from '@/lib/site/conditional-response';
import { runSliced, type Steps } from '@/lib/work/steps';

function* sitemapSteps(): Steps<Representation> {
  const entries = yield* sitemapEntrySteps();
  return representation(yield* sitemapXmlSteps(entries), SITEMAP_CONTENT_TYPE, sitemapLastModified(entries));
}

// Made in slices (130,000 entries at 100,000 stories): the server answers other requests meanwhile.
const sitemap = perContent(() => runSliced(sitemapSteps()));

export async function GET(request: Request): Promise<Response> {
  return conditionalResponse(request, await sitemap());
}
