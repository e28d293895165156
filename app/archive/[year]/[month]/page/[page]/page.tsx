import type { Metadata } from 'next';
import { archiveListing, archiveParams, extraPages } from '@/lib/site/listings';
import { parsePageParam } from '@/lib/site/paginate';
import { listingMetadata } from '@/lib/seo/listing-metadata';
import { ListingRoute } from '@/components/ListingRoute';

type Props = { params: Promise<{ year: string; month: string; page: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return archiveParams().flatMap((list) => extraPages(archiveListing(list.year, list.month)?.stories.length ?? 0).map((page) => ({ ...list, ...page })));
}

/** Page 1 lives at the list's own address, so /page/1 is not a page. */
function pageNumber(value: string): number | undefined {
  const page = parsePageParam(value);
  return page !== undefined && page > 1 ? page : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const route = await params;
  return listingMetadata(archiveListing(route.year, route.month), pageNumber(route.page));
}

export default async function Page({ params }: Props) {
  const route = await params;
  return <ListingRoute listing={archiveListing(route.year, route.month)} page={pageNumber(route.page)} />;
}
