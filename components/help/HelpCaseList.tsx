import { PageLink } from '@/components/PageLink';
import type { CaseMatch } from '@/lib/fraud/help';
import { OUTCOME_LABELS } from '@/lib/content/labels';
import { paths } from '@/lib/site/urls';
import { CaseDate } from '@/components/fraud/CaseDate';
import { Highlight } from '@/components/Highlight';

/** Real cases with their outcome, and the red flags that match what the resident said. */
export function HelpCaseList({ cases }: { cases: readonly CaseMatch[] }) {
  return (
    <ul className="case-list help-cases">
      {cases.map(({ fraudCase, matchedFlags }) => (
        <li key={fraudCase.slug}>
          <PageLink href={paths.fraudCase(fraudCase.slug)}>{fraudCase.title}</PageLink>
          {/* .meta is a flex row: date and outcome sit on their own line under the title */}
          <span className="meta">
            <CaseDate fraudCase={fraudCase} />
            <span className={`outcome outcome--${fraudCase.outcome}`}>{OUTCOME_LABELS[fraudCase.outcome]}</span>
          </span>
          {matchedFlags.length ? (
            <ul className="red-flags help-flags">
              {matchedFlags.map((segments, index) => (
                <li key={index}>
                  <Highlight segments={segments} />
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
