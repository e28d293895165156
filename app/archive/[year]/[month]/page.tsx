import type { Metadata } from 'next';
import { archiveListing, archiveParams } from '@/lib/site/listings';
import { listingMetadata } from '@/lib/seo/listing-metadata';
import { ListingRoute } from '@/components/ListingRoute';

type Props = { params: Promise<{ year: string; month: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return archiveParams();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const route = await params;
  return listingMetadata(archiveListing(route.year, route.month), 1);
}

export default async function Page({ params }: Props) {
  const route = await params;
  return <ListingRoute listing={archiveListing(route.year, route.month)} page={1} />;
}
