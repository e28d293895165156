import { notFound } from 'next/navigation';
import type { Listing } from '@/lib/site/listings';
import { paginate } from '@/lib/site/paginate';
import { ListingPage } from './ListingPage';

/** Page `page` of a listing, or the 404 page when either does not exist. */
export function ListingRoute({ listing, page }: { listing: Listing | undefined; page: number | undefined }) {
  const paged = listing && page !== undefined ? paginate(listing.stories, page) : undefined;
  if (!listing || !paged) notFound();
  return <ListingPage title={listing.title} description={listing.description} crumbs={listing.crumbs} basePath={listing.basePath} paged={paged} />;
}
