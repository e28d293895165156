import { getStory } from '@/lib/content/queries';
import { storyCard } from '@/lib/share/cards';
import { noImage } from '@/lib/share/png';
import { shareCardImage } from '@/lib/share/share-card';

type Context = { params: Promise<{ slug: string }> };

// Drawn on first request, then cached like a prerendered file: drawing the newest
// stories' cards at build would add more than 10% to it (bench/RESULTS.md).
export const dynamic = 'force-static';
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: Context) {
  const story = getStory((await params).slug);
  return story ? shareCardImage(storyCard(story)) : noImage();
}
