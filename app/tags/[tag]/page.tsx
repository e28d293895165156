import type { Metadata } from 'next';
import { tagListing, tagParams } from '@/lib/site/listings';
import { listingMetadata } from '@/lib/seo/listing-metadata';
import { ListingRoute } from '@/components/ListingRoute';

type Props = { params: Promise<{ tag: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return tagParams();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const route = await params;
  return listingMetadata(tagListing(route.tag), 1);
}

export default async function Page({ params }: Props) {
  const route = await params;
  return <ListingRoute listing={tagListing(route.tag)} page={1} />;
}
