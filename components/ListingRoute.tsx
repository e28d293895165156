import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { listingMetadata } from '@/lib/seo/listing-metadata';
import { listingPage, type Listing } from '@/lib/site/listings';
import { parseLaterPage } from '@/lib/site/paginate';
import { ListingPage } from './ListingPage';

/** Page `page` of a listing, or the 404 page when either does not exist. */
function ListingRoute({ listing, page }: { listing: Listing | undefined; page: number | undefined }) {
  const paged = listingPage(listing, page);
  if (!listing || !paged) notFound();
  return <ListingPage title={listing.title} description={listing.description} trail={listing.trail} basePath={listing.basePath} paged={paged} />;
}

type RouteProps<Params> = { params: Promise<Params> };

/** A listing route's generateMetadata and page: the listing its params name, at the page they name. */
function listingRoute<Params>(find: (params: Params) => Listing | undefined, pageOf: (params: Params) => number | undefined) {
  return {
    generateMetadata: async ({ params }: RouteProps<Params>): Promise<Metadata> => {
      const route = await params;
      return listingMetadata(find(route), pageOf(route));
    },
    Page: async ({ params }: RouteProps<Params>) => {
      const route = await params;
      return <ListingRoute listing={find(route)} page={pageOf(route)} />;
    },
  };
}

/** A list's own address: its first page. */
export function firstPageRoute<Params>(find: (params: Params) => Listing | undefined) {
  return listingRoute(find, () => 1);
}

/** Its /page/N addresses; /page/1 and a malformed number are no page (404). */
export function laterPagesRoute<Params>(find: (params: Params) => Listing | undefined) {
  return listingRoute<Params & { page: string }>(find, ({ page }) => parseLaterPage(page));
}
