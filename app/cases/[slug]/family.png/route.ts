import { getCase, listCases } from '@/lib/content/queries';
import { familyCard } from '@/lib/share/cards';
import { familyCardImage } from '@/lib/share/family-card';
import { noImage } from '@/lib/share/png';

type Context = { params: Promise<{ slug: string }> };

// Drawn at build with the case pages.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return listCases().map((fraudCase) => ({ slug: fraudCase.slug }));
}

export async function GET(_request: Request, { params }: Context) {
  const fraudCase = getCase((await params).slug);
  return fraudCase ? familyCardImage(familyCard(fraudCase)) : noImage();
}
