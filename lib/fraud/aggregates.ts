/** Figures computed from case records, never typed in by hand, and the words that say what they are. */
import { AMOUNT_LABELS } from '../content/labels';
import type { FraudCase, ScamType } from '../content/records';
import type { Amount } from '../content/schema';
import { formatAmount } from '../format/number';

export interface CaseTotals {
  cases: number;
  /** What the scammers asked for or tried to take (amountAtRisk) over the cases that state it:
   *  savings they wanted moved, loans they steered residents into, ransom they demanded.
   *  Not money that was stopped in transit: most of it never left anyone's account. */
  sought: Amount;
  /** Cases stopped before anything was lost (outcome prevented) */
  prevented: number;
  /** Sum of amountLost */
  lost: Amount;
}

const NONE: Amount = { value: 0, approx: false };

/** A sum of amounts is approximate (余) when any of them is. */
export function addAmounts(a: Amount, b: Amount): Amount {
  return { value: a.value + b.value, approx: a.approx || b.approx };
}

export function totalsOf(cases: readonly FraudCase[]): CaseTotals {
  return cases.reduce<CaseTotals>(
    (totals, fraudCase) => ({
      cases: totals.cases + 1,
      sought: addAmounts(totals.sought, fraudCase.amountAtRisk ?? NONE),
      prevented: totals.prevented + (fraudCase.outcome === 'prevented' ? 1 : 0),
      lost: addAmounts(totals.lost, fraudCase.amountLost),
    }),
    { cases: 0, sought: NONE, prevented: 0, lost: NONE },
  );
}

/** What the totals are, in the words every page uses for them. */
export const TOTAL_LABELS = {
  cases: '本站案例',
  sought: AMOUNT_LABELS.atRisk,
  /** Short, for a chart's legend */
  soughtShort: AMOUNT_LABELS.atRiskShort,
  prevented: '成功劝阻',
  lost: AMOUNT_LABELS.lost,
} as const;

/** Why the sought sum is not money saved: said wherever the sum is shown. */
export const SOUGHT_EXPLAINED = '即骗子要求转账、诱导贷款或敲诈索要的数目，不等于已经转出或被拦下的钱';

/** The sentence the scam index opens with. */
export function describeTotals(totals: CaseTotals): string {
  return [
    `本站收录 ${totals.cases} 个反诈案例。`,
    `${TOTAL_LABELS.sought}合计 ${formatAmount(totals.sought)}（${SOUGHT_EXPLAINED}）。`,
    `其中 ${totals.prevented} 个案例${TOTAL_LABELS.prevented}，没有造成损失；${TOTAL_LABELS.lost}合计 ${formatAmount(totals.lost)}。`,
  ].join('');
}

export interface TypeTotals extends CaseTotals {
  scamType: ScamType;
}

/** Each type with its totals, most cases first (then the largest sum sought, then name). */
export function rankTypesByCases(scamTypes: readonly ScamType[], cases: readonly FraudCase[]): TypeTotals[] {
  return scamTypes
    .map((scamType) => ({ scamType, ...totalsOf(cases.filter((fraudCase) => fraudCase.scamType === scamType.slug)) }))
    .sort((a, b) => b.cases - a.cases || b.sought.value - a.sought.value || a.scamType.name.localeCompare(b.scamType.name, 'zh-CN'));
}
