import { getScamType, listScamTypes } from '@/lib/content/queries';
import { scamTypeCard } from '@/lib/share/cards';
import { cardRoute } from '@/lib/share/card-route';
import { shareCardImage } from '@/lib/share/share-card';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return listScamTypes().map((scamType) => ({ slug: scamType.slug }));
}

export const GET = cardRoute(({ slug }: { slug: string }) => getScamType(slug), scamTypeCard, shareCardImage);
