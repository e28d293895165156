import { listingCard } from '@/lib/share/cards';
import { noImage } from '@/lib/share/png';
import { shareCardImage } from '@/lib/share/share-card';
import { tagListing } from '@/lib/site/listings';

type Context = { params: Promise<{ tag: string }> };

// Drawn on first request, then cached (there are hundreds of tags).
export const dynamic = 'force-static';
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: Context) {
  const listing = tagListing((await params).tag);
  return listing ? shareCardImage(listingCard(listing)) : noImage();
}
