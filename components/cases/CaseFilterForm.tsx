import { PageLink } from '@/components/PageLink';
import { caseIndexHref, hasFilters, type CaseFilters, type FilterOption } from '@/lib/fraud/case-index';
import { paths } from '@/lib/site/urls';

function Select({
  name,
  label,
  all,
  value,
  options,
}: {
  name: keyof CaseFilters;
  label: string;
  all: string;
  value: string;
  options: readonly FilterOption[];
}) {
  return (
    <div className="case-filters__field">
      <label htmlFor={`cases-${name}`}>{label}</label>
      <select id={`cases-${name}`} name={name} defaultValue={value}>
        <option value="">{all}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}（{option.count}）
          </option>
        ))}
      </select>
    </div>
  );
}

/** The /cases filters: a plain GET form, so it works without JavaScript and every result has its own address. */
export function CaseFilterForm({ filters, options }: { filters: CaseFilters; options: Record<'scam' | 'outcome' | 'year', readonly FilterOption[]> }) {
  return (
    <form className="case-filters" method="get" action={paths.cases()} aria-label="筛选案例">
      <Select name="scam" label="骗局类型" all="全部类型" value={filters.scam ?? ''} options={options.scam} />
      <Select name="outcome" label="结果" all="全部结果" value={filters.outcome ?? ''} options={options.outcome} />
      <Select name="year" label="年份" all="全部年份" value={filters.year === undefined ? '' : String(filters.year)} options={options.year} />
      <div className="case-filters__actions">
        <button type="submit">筛选</button>
        {hasFilters(filters) ? <PageLink href={caseIndexHref({})}>看全部案例</PageLink> : null}
      </div>
    </form>
  );
}
