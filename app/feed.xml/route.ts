/** /feed.xml: RSS 2.0 of the newest visible stories, prerendered at build time. */
import { listSections, listStories } from '@/lib/content/queries';
import { buildRssFeed, FEED_CONTENT_TYPE } from '@/lib/seo/feed';

export const dynamic = 'force-static';

export function GET(): Response {
  return new Response(buildRssFeed(listStories(), listSections()), {
    headers: { 'Content-Type': FEED_CONTENT_TYPE },
  });
}
