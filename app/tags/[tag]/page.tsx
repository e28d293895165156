import { firstPageRoute } from '@/components/ListingRoute';
import { tagListing, tagParams } from '@/lib/site/listings';
import { prerenderedStories } from '@/lib/site/prerender';

const route = firstPageRoute(({ tag }: { tag: string }) => tagListing(tag));

// Tags of the newest PRERENDER_STORIES stories (as for story pages) are prerendered; any
// other tag renders on first request and is cached. A tag no visible story has answers
// 404 (tagListing is undefined).
export const dynamicParams = true;

export function generateStaticParams() {
  const recent = new Set(prerenderedStories().flatMap((story) => story.tags));
  return tagParams().filter(({ tag }) => recent.has(tag));
}

export const generateMetadata = route.generateMetadata;
export default route.Page;
