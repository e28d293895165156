import { listingCard } from '@/lib/share/cards';
import { cardRoute } from '@/lib/share/card-route';
import { shareCardImage } from '@/lib/share/share-card';
import { sectionListing, sectionParams } from '@/lib/site/listings';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = sectionParams;
export const GET = cardRoute(({ slug }: { slug: string }) => sectionListing(slug), listingCard, shareCardImage);
