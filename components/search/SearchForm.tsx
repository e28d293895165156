import { paths } from '@/lib/site/urls';
import { KIND_LABELS, SORT_LABELS } from '@/lib/search/labels';
import { MAX_QUERY_LENGTH } from '@/lib/search/query';
import { SEARCH_KINDS, type Catalog, type SearchRequest } from '@/lib/search/types';
import styles from './search.module.css';

/**
 * The search form with its filters: a plain GET form, so it works with JavaScript off.
 * Not role="search": the site header already has the search landmark.
 */
export function SearchForm({ request, catalog }: { request: SearchRequest; catalog: Catalog }) {
  const hasFilters = Boolean(request.type || request.section || request.scam || request.from || request.to || request.sort !== 'relevance');
  return (
    <form className={styles.form} action={paths.search()} method="get" aria-label="搜索条件">
      <div className={styles.queryRow}>
        <label htmlFor="search-q">关键词</label>
        <input id="search-q" name="q" type="search" defaultValue={request.q} maxLength={MAX_QUERY_LENGTH} placeholder="如：冒充公检法、征信、96110" autoComplete="off" />
        <button type="submit">搜索</button>
      </div>
      {/* Folded away unless in use, so results come first on a phone; <details> needs no script. */}
      <details className={styles.filters} open={hasFilters}>
        <summary>筛选与排序</summary>
        <fieldset className={styles.filterGrid}>
          <legend className="visually-hidden">筛选与排序</legend>
          <div className={styles.field}>
            <label htmlFor="search-type">类型</label>
            <select id="search-type" name="type" defaultValue={request.type ?? ''}>
              <option value="">全部</option>
              {SEARCH_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {KIND_LABELS[kind]}
                </option>
              ))}
            </select>
          </div>
          <div className={styles.field}>
            <label htmlFor="search-section">栏目</label>
            <select id="search-section" name="section" defaultValue={request.section ?? ''}>
              <option value="">全部栏目</option>
              {catalog.sections.map((section) => (
                <option key={section.slug} value={section.slug}>
                  {section.name}
                </option>
              ))}
            </select>
          </div>
          <div className={styles.field}>
            <label htmlFor="search-scam">诈骗类型</label>
            <select id="search-scam" name="scam" defaultValue={request.scam ?? ''}>
              <option value="">全部类型</option>
              {catalog.scamTypes.map((type) => (
                <option key={type.slug} value={type.slug}>
                  {type.name}
                </option>
              ))}
            </select>
          </div>
          <div className={styles.field}>
            <label htmlFor="search-from">起始日期</label>
            <input id="search-from" type="date" name="from" defaultValue={request.from ?? ''} />
          </div>
          <div className={styles.field}>
            <label htmlFor="search-to">截止日期</label>
            <input id="search-to" type="date" name="to" defaultValue={request.to ?? ''} />
          </div>
          <div className={styles.field}>
            <label htmlFor="search-sort">排序</label>
            <select id="search-sort" name="sort" defaultValue={request.sort}>
              {(['relevance', 'newest'] as const).map((sort) => (
                <option key={sort} value={sort}>
                  {SORT_LABELS[sort]}
                </option>
              ))}
            </select>
          </div>
          <div className={styles.apply}>
            <button type="submit">应用筛选</button>
          </div>
        </fieldset>
      </details>
    </form>
  );
}
