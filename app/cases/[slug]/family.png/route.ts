import { getCase } from '@/lib/content/queries';
import { familyCard } from '@/lib/share/cards';
import { cardRoute } from '@/lib/share/card-route';
import { familyCardImage } from '@/lib/share/family-card';
import { prerenderNone } from '@/lib/site/prerender';

// Drawn on first request, then cached: at 1080×1350 a card takes a few hundred ms to
// draw, too much to add for every case to the build (bench/RESULTS.md).
export const dynamic = 'force-static';
export const dynamicParams = true;
export const generateStaticParams = prerenderNone;
export const GET = cardRoute(({ slug }: { slug: string }) => getCase(slug), familyCard, familyCardImage);
