import { SOUGHT_EXPLAINED, TOTAL_LABELS, type CaseTotals } from '@/lib/fraud/aggregates';
import { formatAmount } from '@/lib/format/number';

/** A scam type's cases on this site, in four figures, each saying what it counts. */
export function ScamTypeTotals({ totals }: { totals: CaseTotals }) {
  return (
    <dl className="facts totals">
      <div>
        <dt>{TOTAL_LABELS.cases}</dt>
        <dd>{totals.cases} 个</dd>
      </div>
      <div>
        <dt>{TOTAL_LABELS.sought}</dt>
        <dd>
          {formatAmount(totals.sought)}
          <span className="totals__note">{SOUGHT_EXPLAINED}</span>
        </dd>
      </div>
      <div>
        <dt>{TOTAL_LABELS.prevented}</dt>
        <dd>{totals.prevented} 个案例</dd>
      </div>
      <div>
        <dt>{TOTAL_LABELS.lost}</dt>
        <dd>{formatAmount(totals.lost)}</dd>
      </div>
    </dl>
  );
}
