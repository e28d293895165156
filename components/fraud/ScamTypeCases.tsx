import type { FraudCase } from '@/lib/content/records';
import { CaseList } from '../CaseList';

/** The cases of one scam type, with their count. */
export function ScamTypeCases({ cases }: { cases: readonly FraudCase[] }) {
  return (
    <section aria-labelledby="cases-heading">
      <h2 id="cases-heading">本类案例（{cases.length}）</h2>
      {cases.length ? <CaseList cases={cases} /> : <p>暂无案例。</p>}
    </section>
  );
}
