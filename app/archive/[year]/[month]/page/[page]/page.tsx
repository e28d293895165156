import type { Metadata } from 'next';
import { archiveListing } from '@/lib/site/listings';
import { parseLaterPage } from '@/lib/site/paginate';
import { listingMetadata } from '@/lib/seo/listing-metadata';
import { ListingRoute } from '@/components/ListingRoute';

type Props = { params: Promise<{ year: string; month: string; page: string }> };

// Only first pages are prerendered (at the list's own address); /page/N renders on
// first request and is cached. A page past the end, /page/1 or a malformed number
// answers 404 (ListingRoute).
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const route = await params;
  return listingMetadata(archiveListing(route.year, route.month), parseLaterPage(route.page));
}

export default async function Page({ params }: Props) {
  const route = await params;
  return <ListingRoute listing={archiveListing(route.year, route.month)} page={parseLaterPage(route.page)} />;
}
