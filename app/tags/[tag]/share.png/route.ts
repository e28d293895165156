import { listingCard } from '@/lib/share/cards';
import { cardRoute } from '@/lib/share/card-route';
import { shareCardImage } from '@/lib/share/share-card';
import { tagListing } from '@/lib/site/listings';
import { prerenderNone } from '@/lib/site/prerender';

// Drawn on first request, then cached (there are hundreds of tags).
export const dynamic = 'force-static';
export const dynamicParams = true;
export const generateStaticParams = prerenderNone;
export const GET = cardRoute(({ tag }: { tag: string }) => tagListing(tag), listingCard, shareCardImage);
