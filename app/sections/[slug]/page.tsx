import type { Metadata } from 'next';
import { sectionListing, sectionParams } from '@/lib/site/listings';
import { listingMetadata } from '@/lib/seo/listing-metadata';
import { ListingRoute } from '@/components/ListingRoute';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return sectionParams();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const route = await params;
  return listingMetadata(sectionListing(route.slug), 1);
}

export default async function Page({ params }: Props) {
  const route = await params;
  return <ListingRoute listing={sectionListing(route.slug)} page={1} />;
}
