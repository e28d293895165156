import type { Metadata } from 'next';
import { listStories } from '@/lib/content/queries';
import { settings } from '@/lib/site/config';
import { archiveListing, archiveParams } from '@/lib/site/listings';
import { listingMetadata } from '@/lib/seo/listing-metadata';
import { ListingRoute } from '@/components/ListingRoute';

type Props = { params: Promise<{ year: string; month: string }> };

// Months of the newest PRERENDER_STORIES stories (as for story pages) are prerendered;
// older months render on first request and are cached. A month without stories, or a
// malformed one, answers 404.
export const dynamicParams = true;

export function generateStaticParams() {
  const recent = new Set(
    listStories()
      .slice(0, settings().PRERENDER_STORIES)
      .map((story) => story.date.day.slice(0, 7)),
  );
  return archiveParams().filter(({ year, month }) => recent.has(`${year}-${month}`));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const route = await params;
  return listingMetadata(archiveListing(route.year, route.month), 1);
}

export default async function Page({ params }: Props) {
  const route = await params;
  return <ListingRoute listing={archiveListing(route.year, route.month)} page={1} />;
}
