import { listingCard } from '@/lib/share/cards';
import { cardRoute } from '@/lib/share/card-route';
import { shareCardImage } from '@/lib/share/share-card';
import { archiveListing } from '@/lib/site/listings';
import { prerenderNone } from '@/lib/site/prerender';

// Drawn on first request, then cached (one card a month over the years).
export const dynamic = 'force-static';
export const dynamicParams = true;
export const generateStaticParams = prerenderNone;
export const GET = cardRoute(({ year, month }: { year: string; month: string }) => archiveListing(year, month), listingCard, shareCardImage);
