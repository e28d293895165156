import type { Metadata } from 'next';
import { listStories } from '@/lib/content/queries';
import { settings } from '@/lib/site/config';
import { tagListing, tagParams } from '@/lib/site/listings';
import { listingMetadata } from '@/lib/seo/listing-metadata';
import { ListingRoute } from '@/components/ListingRoute';

type Props = { params: Promise<{ tag: string }> };

// Tags of the newest PRERENDER_STORIES stories (as for story pages) are prerendered; any
// other tag renders on first request and is cached. A tag no visible story has answers
// 404 (tagListing is undefined).
export const dynamicParams = true;

export function generateStaticParams() {
  const recent = new Set(
    listStories()
      .slice(0, settings().PRERENDER_STORIES)
      .flatMap((story) => story.tags),
  );
  return tagParams().filter(({ tag }) => recent.has(tag));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const route = await params;
  return listingMetadata(tagListing(route.tag), 1);
}

export default async function Page({ params }: Props) {
  const route = await params;
  return <ListingRoute listing={tagListing(route.tag)} page={1} />;
}
