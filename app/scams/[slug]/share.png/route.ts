import { getScamType, listScamTypes } from '@/lib/content/queries';
import { scamTypeCard } from '@/lib/share/cards';
import { noImage } from '@/lib/share/png';
import { shareCardImage } from '@/lib/share/share-card';

type Context = { params: Promise<{ slug: string }> };

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return listScamTypes().map((scamType) => ({ slug: scamType.slug }));
}

export async function GET(_request: Request, { params }: Context) {
  const scamType = getScamType((await params).slug);
  return scamType ? shareCardImage(scamTypeCard(scamType)) : noImage();
}
