import { getCase } from '@/lib/content/queries';
import { caseCard } from '@/lib/share/cards';
import { noImage } from '@/lib/share/png';
import { shareCardImage } from '@/lib/share/share-card';

type Context = { params: Promise<{ slug: string }> };

// Drawn on first request, then cached: drawing every case's card at build would add
// more than 10% to it (bench/RESULTS.md).
export const dynamic = 'force-static';
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: Context) {
  const fraudCase = getCase((await params).slug);
  return fraudCase ? shareCardImage(caseCard(fraudCase)) : noImage();
}
