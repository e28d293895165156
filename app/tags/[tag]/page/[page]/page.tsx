import type { Metadata } from 'next';
import { tagListing, tagParams, extraPages } from '@/lib/site/listings';
import { parsePageParam } from '@/lib/site/paginate';
import { listingMetadata } from '@/lib/seo/listing-metadata';
import { ListingRoute } from '@/components/ListingRoute';

type Props = { params: Promise<{ tag: string; page: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return tagParams().flatMap((list) => extraPages(tagListing(list.tag)?.stories.length ?? 0).map((page) => ({ ...list, ...page })));
}

/** Page 1 lives at the list's own address, so /page/1 is not a page. */
function pageNumber(value: string): number | undefined {
  const page = parsePageParam(value);
  return page !== undefined && page > 1 ? page : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const route = await params;
  return listingMetadata(tagListing(route.tag), pageNumber(route.page));
}

export default async function Page({ params }: Props) {
  const route = await params;
  return <ListingRoute listing={tagListing(route.tag)} page={pageNumber(route.page)} />;
}
