import { ScamTypeChips } from './ScamTypeChips';
import styles from './search.module.css';

export interface EmptyStateProps {
  query: string;
  /** Link to the same search without filters, when filters are set */
  clearHref?: string;
  popular: readonly { name: string; url: string }[];
}

/** No results: say so, suggest what to try, and offer the most reported scam types. */
export function EmptyState({ query, clearHref, popular }: EmptyStateProps) {
  return (
    <section className={styles.empty} aria-labelledby="empty-heading">
      <h2 id="empty-heading">{query ? `没有找到与“${query}”相关的内容` : '没有符合条件的内容'}</h2>
      <ul>
        <li>检查有没有错别字</li>
        <li>减少关键词，或换一个说法（如“假警察”“冒充公安”）</li>
        {clearHref ? (
          <li>
            <a href={clearHref}>去掉筛选条件再搜索</a>
          </li>
        ) : null}
      </ul>
      {popular.length ? (
        <>
          <h3>常见骗局</h3>
          <ScamTypeChips types={popular} />
        </>
      ) : null}
    </section>
  );
}
