import { SituationList } from '@/components/help/SituationList';
import type { Situation } from '@/lib/content/records';

/** A case's after-care pages (its `situations`): what to do if the same happened to you. */
export function CaseSituations({ situations }: { situations: readonly Situation[] }) {
  return (
    <SituationList
      id="case-situations-heading"
      title="如果您也遇到了这些情况"
      intro="已经发生了也不要慌，按下面的做法一步一步来："
      items={situations.map((situation) => ({ situation }))}
    />
  );
}
