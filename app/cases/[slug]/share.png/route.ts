import { getCase, listCases } from '@/lib/content/queries';
import { caseCard } from '@/lib/share/cards';
import { noImage } from '@/lib/share/png';
import { shareCardImage } from '@/lib/share/share-card';

type Context = { params: Promise<{ slug: string }> };

// Drawn at build with the case pages.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return listCases().map((fraudCase) => ({ slug: fraudCase.slug }));
}

export async function GET(_request: Request, { params }: Context) {
  const fraudCase = getCase((await params).slug);
  return fraudCase ? shareCardImage(caseCard(fraudCase)) : noImage();
}
