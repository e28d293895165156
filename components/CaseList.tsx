import { PageLink } from '@/components/PageLink';
import type { FraudCase } from '@/lib/content/records';
import { OUTCOME_LABELS } from '@/lib/content/labels';
import { CaseDate } from './fraud/CaseDate';
import { PublicationBadge } from './PublicationBadge';
import { paths } from '@/lib/site/urls';

export function CaseList({ cases }: { cases: readonly FraudCase[] }) {
  return (
    <ul className="case-list">
      {cases.map((fraudCase) => (
        <li key={fraudCase.slug}>
          <PageLink href={paths.fraudCase(fraudCase.slug)}>{fraudCase.title}</PageLink> <PublicationBadge record={fraudCase} />
          <span className="meta">
            {' '}
            · <CaseDate fraudCase={fraudCase} /> · {OUTCOME_LABELS[fraudCase.outcome]}
          </span>
        </li>
      ))}
    </ul>
  );
}
