import type { Outcome } from '@/lib/content/schema';
import { OUTCOME_LABELS } from '@/lib/content/labels';

/** Outcome in words, with a shape-and-colour cue that never carries meaning alone. */
const ICONS: Record<Outcome, string> = { prevented: '✓', recovered: '↺', 'partly-recovered': '◐', lost: '✕' };

export function OutcomeBadge({ outcome }: { outcome: Outcome }) {
  return (
    <span className={`outcome outcome--${outcome}`}>
      <span className="outcome__icon" aria-hidden="true">
        {ICONS[outcome]}
      </span>{' '}
      {OUTCOME_LABELS[outcome]}
    </span>
  );
}
