import { getCase } from '@/lib/content/queries';
import { caseCard } from '@/lib/share/cards';
import { cardRoute } from '@/lib/share/card-route';
import { shareCardImage } from '@/lib/share/share-card';
import { prerenderNone } from '@/lib/site/prerender';

// Drawn on first request, then cached: drawing every case's card at build would add
// more than 10% to it (bench/RESULTS.md).
export const dynamic = 'force-static';
export const dynamicParams = true;
export const generateStaticParams = prerenderNone;
export const GET = cardRoute(({ slug }: { slug: string }) => getCase(slug), caseCard, shareCardImage);
