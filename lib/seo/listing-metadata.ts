import type { Metadata } from 'next';
import type { Listing } from '../site/listings';
import { pagedPath } from '../site/urls';
import { shareImages } from '../share/images';
import { pageMetadata } from './metadata';

export function listingMetadata(listing: Listing | undefined, page: number | undefined): Metadata {
  if (!listing || page === undefined) return {};
  return pageMetadata({
    title: page > 1 ? `${listing.title}（第 ${page} 页）` : listing.title,
    description: listing.description ?? `${listing.title}：共 ${listing.stories.length} 篇稿件`,
    path: pagedPath(listing.basePath, page),
    image: shareImages.listing(listing),
  });
}
