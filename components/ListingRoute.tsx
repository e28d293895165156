import { notFound } from 'next/navigation';
import { listingPage, type Listing } from '@/lib/site/listings';
import { ListingPage } from './ListingPage';

/** Page `page` of a listing, or the 404 page when either does not exist. */
export function ListingRoute({ listing, page }: { listing: Listing | undefined; page: number | undefined }) {
  const paged = listingPage(listing, page);
  if (!listing || !paged) notFound();
  return <ListingPage title={listing.title} description={listing.description} crumbs={listing.crumbs} basePath={listing.basePath} paged={paged} />;
}
