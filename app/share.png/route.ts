import { siteCard } from '@/lib/share/cards';
import { shareCardImage } from '@/lib/share/share-card';

/** The home page's share card, also used by pages without one of their own; drawn at build. */
export const dynamic = 'force-static';

export function GET() {
  return shareCardImage(siteCard());
}
