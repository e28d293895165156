import { KIND_LABELS, SORT_LABELS } from '@/lib/search/labels';
import { SEARCH_KINDS, type Catalog, type SearchRequest } from '@/lib/search/types';
import styles from './search.module.css';

type Option = { value: string; label: string };

function SelectField({
  name,
  label,
  value,
  options,
}: {
  name: 'type' | 'section' | 'scam' | 'sort';
  label: string;
  value: string;
  options: readonly Option[];
}) {
  return (
    <div className={styles.field}>
      <label htmlFor={`search-${name}`}>{label}</label>
      <select id={`search-${name}`} name={name} defaultValue={value}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function DateField({ name, label, value }: { name: 'from' | 'to'; label: string; value: string }) {
  return (
    <div className={styles.field}>
      <label htmlFor={`search-${name}`}>{label}</label>
      <input id={`search-${name}`} type="date" name={name} defaultValue={value} />
    </div>
  );
}

/** The search page's filters and sort, inside its SearchForm. */
export function SearchFilters({ request, catalog }: { request: SearchRequest; catalog: Catalog }) {
  const hasFilters = Boolean(request.type || request.section || request.scam || request.from || request.to || request.sort !== 'relevance');
  return (
    // Folded away unless in use, so results come first on a phone; <details> needs no script.
    <details className={styles.filters} open={hasFilters}>
      <summary>筛选与排序</summary>
      <fieldset className={styles.filterGrid}>
        <legend className="visually-hidden">筛选与排序</legend>
        <SelectField
          name="type"
          label="类型"
          value={request.type ?? ''}
          options={[{ value: '', label: '全部' }, ...SEARCH_KINDS.map((kind) => ({ value: kind, label: KIND_LABELS[kind] }))]}
        />
        <SelectField
          name="section"
          label="栏目"
          value={request.section ?? ''}
          options={[{ value: '', label: '全部栏目' }, ...catalog.sections.map((section) => ({ value: section.slug, label: section.name }))]}
        />
        <SelectField
          name="scam"
          label="诈骗类型"
          value={request.scam ?? ''}
          options={[{ value: '', label: '全部类型' }, ...catalog.scamTypes.map((type) => ({ value: type.slug, label: type.name }))]}
        />
        <DateField name="from" label="起始日期" value={request.from ?? ''} />
        <DateField name="to" label="截止日期" value={request.to ?? ''} />
        <SelectField
          name="sort"
          label="排序"
          value={request.sort}
          options={(['relevance', 'newest'] as const).map((sort) => ({ value: sort, label: SORT_LABELS[sort] }))}
        />
        <div className={styles.apply}>
          <button type="submit" className="button">
            应用筛选
          </button>
        </div>
      </fieldset>
    </details>
  );
}
