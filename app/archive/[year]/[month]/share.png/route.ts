import { listingCard } from '@/lib/share/cards';
import { noImage } from '@/lib/share/png';
import { shareCardImage } from '@/lib/share/share-card';
import { archiveListing } from '@/lib/site/listings';

type Context = { params: Promise<{ year: string; month: string }> };

// Drawn on first request, then cached (one card a month over the years).
export const dynamic = 'force-static';
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: Context) {
  const { year, month } = await params;
  const listing = archiveListing(year, month);
  return listing ? shareCardImage(listingCard(listing)) : noImage();
}
