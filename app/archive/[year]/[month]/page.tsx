import { firstPageRoute } from '@/components/ListingRoute';
import { archiveListing, archiveParams } from '@/lib/site/listings';
import { prerenderedStories } from '@/lib/site/prerender';

const route = firstPageRoute(({ year, month }: { year: string; month: string }) => archiveListing(year, month));

// Months of the newest PRERENDER_STORIES stories (as for story pages) are prerendered;
// older months render on first request and are cached. A month without stories, or a
// malformed one, answers 404.
export const dynamicParams = true;

export function generateStaticParams() {
  const recent = new Set(prerenderedStories().map((story) => story.date.day.slice(0, 7)));
  return archiveParams().filter(({ year, month }) => recent.has(`${year}-${month}`));
}

export const generateMetadata = route.generateMetadata;
export default route.Page;
