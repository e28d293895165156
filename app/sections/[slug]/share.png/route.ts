import { listingCard } from '@/lib/share/cards';
import { noImage } from '@/lib/share/png';
import { shareCardImage } from '@/lib/share/share-card';
import { sectionListing, sectionParams } from '@/lib/site/listings';

type Context = { params: Promise<{ slug: string }> };

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return sectionParams();
}

export async function GET(_request: Request, { params }: Context) {
  const listing = sectionListing((await params).slug);
  return listing ? shareCardImage(listingCard(listing)) : noImage();
}
