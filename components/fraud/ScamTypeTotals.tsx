import type { CaseTotals } from '@/lib/fraud/aggregates';
import { formatYuan } from '@/lib/format/number';

/** A scam type's cases on this site, in four figures. */
export function ScamTypeTotals({ totals }: { totals: CaseTotals }) {
  return (
    <dl className="facts totals">
      <div>
        <dt>本站案例</dt>
        <dd>{totals.cases} 个</dd>
      </div>
      <div>
        <dt>涉及金额</dt>
        <dd>{formatYuan(totals.atRisk)}</dd>
      </div>
      <div>
        <dt>成功拦下</dt>
        <dd>{formatYuan(totals.prevented)}</dd>
      </div>
      <div>
        <dt>实际损失</dt>
        <dd>{formatYuan(totals.lost)}</dd>
      </div>
    </dl>
  );
}
