/** /feed.xml: RSS 2.0 of the newest visible stories, with validators (ETag, Last-Modified) so readers refetch only what changed. */
import { listSections, listStories } from '@/lib/content/queries';
import { buildRssFeed, FEED_CONTENT_TYPE, feedLastModified } from '@/lib/seo/feed';
import { conditionalResponse, perContent, representation } from '@/lib/site/conditional-response';

const feed = perContent(() => representation(buildRssFeed(listStories(), listSections()), FEED_CONTENT_TYPE, feedLastModified(listStories())));

export function GET(request: Request): Response {
  return conditionalResponse(request, feed());
}
