import type { ActiveFilter } from '@/lib/search/view';
import styles from './search.module.css';

/** The filters in force, each with a link to the same search without it. */
export function ActiveFilters({ filters, clearHref }: { filters: readonly ActiveFilter[]; clearHref: string }) {
  if (!filters.length) return null;
  return (
    <section className={styles.activeFilters} aria-labelledby="active-filters-heading">
      <h2 id="active-filters-heading" className={styles.smallHeading}>
        已选条件
      </h2>
      <ul className="chip-list">
        {filters.map((filter) => (
          <li key={filter.name}>
            <a href={filter.removeHref} aria-label={`去掉条件“${filter.label}”`}>
              {filter.label} <span aria-hidden="true">×</span>
            </a>
          </li>
        ))}
        {filters.length > 1 ? (
          <li>
            <a href={clearHref}>清除全部条件</a>
          </li>
        ) : null}
      </ul>
    </section>
  );
}
