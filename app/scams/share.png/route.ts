import { scamTypesCard } from '@/lib/share/cards';
import { shareCardImage } from '@/lib/share/share-card';

export const dynamic = 'force-static';

export function GET() {
  return shareCardImage(scamTypesCard());
}
