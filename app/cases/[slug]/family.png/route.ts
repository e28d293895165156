import { getCase } from '@/lib/content/queries';
import { familyCard } from '@/lib/share/cards';
import { familyCardImage } from '@/lib/share/family-card';
import { noImage } from '@/lib/share/png';

type Context = { params: Promise<{ slug: string }> };

// Drawn on first request, then cached: at 1080×1350 a card takes a few hundred ms to
// draw, too much to add for every case to the build (bench/RESULTS.md).
export const dynamic = 'force-static';
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: Context) {
  const fraudCase = getCase((await params).slug);
  return fraudCase ? familyCardImage(familyCard(fraudCase)) : noImage();
}
