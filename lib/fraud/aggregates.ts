/** Figures computed from case records, never typed in by hand. */
import type { FraudCase, ScamType } from '../content/records';

export interface CaseTotals {
  cases: number;
  /** Sum of amountAtRisk over cases that state it */
  atRisk: number;
  /** amountAtRisk of cases stopped before any money left */
  prevented: number;
  /** Sum of amountLost */
  lost: number;
}

export function totalsOf(cases: readonly FraudCase[]): CaseTotals {
  return cases.reduce<CaseTotals>(
    (totals, fraudCase) => ({
      cases: totals.cases + 1,
      atRisk: totals.atRisk + (fraudCase.amountAtRisk ?? 0),
      prevented: totals.prevented + (fraudCase.outcome === 'prevented' ? (fraudCase.amountAtRisk ?? 0) : 0),
      lost: totals.lost + fraudCase.amountLost,
    }),
    { cases: 0, atRisk: 0, prevented: 0, lost: 0 },
  );
}

export interface TypeTotals extends CaseTotals {
  scamType: ScamType;
}

/** Each type with its totals, most cases first (then most money at risk, then name). */
export function rankTypesByCases(scamTypes: readonly ScamType[], cases: readonly FraudCase[]): TypeTotals[] {
  return scamTypes
    .map((scamType) => ({ scamType, ...totalsOf(cases.filter((fraudCase) => fraudCase.scamType === scamType.slug)) }))
    .sort((a, b) => b.cases - a.cases || b.atRisk - a.atRisk || a.scamType.name.localeCompare(b.scamType.name, 'zh-CN'));
}
