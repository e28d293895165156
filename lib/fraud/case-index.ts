/**
 * /cases: every published case, filtered by scam type, outcome and year through a GET
 * form (no JavaScript), 20 a page. The URL's parameters are parsed defensively, like
 * the search's: a value that names nothing is left out and said so, never an error.
 *
 *   scam     a scam type's slug
 *   outcome  prevented | lost | recovered | partly-recovered
 *   year     a year some case happened in (Beijing calendar)
 *   page     2, 3 …; past the last page shows the last
 */
import { OUTCOME_LABELS } from '@/lib/content/labels';
import type { FraudCase, ScamType } from '@/lib/content/records';
import { OUTCOMES, type Outcome } from '@/lib/content/schema';
import { pageCount, paginate, PAGE_SIZE, type Paged } from '@/lib/site/paginate';
import { paths } from '@/lib/site/urls';

export type CaseIndexParams = Readonly<Record<string, string | readonly string[] | undefined>>;

export interface CaseFilters {
  scam?: string;
  outcome?: Outcome;
  year?: number;
}

export interface FilterOption {
  value: string;
  label: string;
  /** Cases with this value, among all published ones */
  count: number;
}

export interface IgnoredFilter {
  name: string;
  value: string;
  reason: string;
}

export interface CaseIndex {
  filters: CaseFilters;
  ignored: IgnoredFilter[];
  /** One page of the matching cases, newest first */
  paged: Paged<FraudCase>;
  options: { scam: FilterOption[]; outcome: FilterOption[]; year: FilterOption[] };
}

function first(params: CaseIndexParams, name: string): string {
  const value = params[name];
  return (typeof value === 'string' ? value : (value?.[0] ?? '')).trim();
}

/** The Beijing-calendar year a case happened in. */
export function yearOf(fraudCase: Pick<FraudCase, 'date'>): number {
  return Number(fraudCase.date.day.slice(0, 4));
}

function countBy<T>(cases: readonly FraudCase[], key: (fraudCase: FraudCase) => T): Map<T, number> {
  const counts = new Map<T, number>();
  for (const fraudCase of cases) counts.set(key(fraudCase), (counts.get(key(fraudCase)) ?? 0) + 1);
  return counts;
}

export function matchesFilters(fraudCase: FraudCase, filters: CaseFilters): boolean {
  return (
    (filters.scam === undefined || fraudCase.scamType === filters.scam) &&
    (filters.outcome === undefined || fraudCase.outcome === filters.outcome) &&
    (filters.year === undefined || yearOf(fraudCase) === filters.year)
  );
}

/** `cases`: the published cases, newest first; `scamTypes`: every type, for names. */
export function caseIndex(cases: readonly FraudCase[], scamTypes: readonly Pick<ScamType, 'slug' | 'name'>[], params: CaseIndexParams): CaseIndex {
  const byType = countBy(cases, (fraudCase) => fraudCase.scamType);
  const byOutcome = countBy(cases, (fraudCase) => fraudCase.outcome);
  const byYear = countBy(cases, yearOf);
  const options = {
    scam: scamTypes.filter((type) => byType.has(type.slug)).map((type) => ({ value: type.slug, label: type.name, count: byType.get(type.slug) ?? 0 })),
    outcome: OUTCOMES.filter((outcome) => byOutcome.has(outcome)).map((outcome) => ({
      value: outcome,
      label: OUTCOME_LABELS[outcome],
      count: byOutcome.get(outcome) ?? 0,
    })),
    year: [...byYear].sort(([a], [b]) => b - a).map(([year, count]) => ({ value: String(year), label: `${year}年`, count })),
  };

  const filters: CaseFilters = {};
  const ignored: IgnoredFilter[] = [];
  const scam = first(params, 'scam');
  if (scam) {
    if (options.scam.some((option) => option.value === scam)) filters.scam = scam;
    else ignored.push({ name: 'scam', value: scam, reason: '没有这个骗局类型的案例' });
  }
  const outcome = first(params, 'outcome');
  if (outcome) {
    const known = OUTCOMES.find((value) => value === outcome);
    if (known) filters.outcome = known;
    else ignored.push({ name: 'outcome', value: outcome, reason: '没有这种结果' });
  }
  const year = first(params, 'year');
  if (year) {
    if (options.year.some((option) => option.value === year)) filters.year = Number(year);
    else ignored.push({ name: 'year', value: year, reason: '这一年没有案例' });
  }

  const matching = cases.filter((fraudCase) => matchesFilters(fraudCase, filters));
  const pages = pageCount(matching.length);
  const asked = /^[1-9]\d{0,5}$/.test(first(params, 'page')) ? Number(first(params, 'page')) : 1;
  // paginate accepts every page from 1 to `pages`, and there is always at least one.
  const paged = paginate(matching, Math.min(asked, pages), PAGE_SIZE) ?? { items: [], page: 1, pages: 1, total: 0 };
  return { filters, ignored, paged, options };
}

/** The address of a filtered list's page: the form's parameters, then the page after the first. */
export function caseIndexHref(filters: CaseFilters, page = 1): string {
  const query = new URLSearchParams();
  if (filters.scam) query.set('scam', filters.scam);
  if (filters.outcome) query.set('outcome', filters.outcome);
  if (filters.year !== undefined) query.set('year', String(filters.year));
  if (page > 1) query.set('page', String(page));
  const search = query.toString();
  return search ? `${paths.cases()}?${search}` : paths.cases();
}

export function hasFilters(filters: CaseFilters): boolean {
  return filters.scam !== undefined || filters.outcome !== undefined || filters.year !== undefined;
}
