import { DateTime } from '@/components/DateTime';
import { paths } from '@/lib/site/urls';
import type { SearchHit } from '@/lib/search/types';
import { Highlight } from '@/components/Highlight';
import styles from './search.module.css';

/** One result: kind, linked title, date, section or scam type, highlighted snippet. */
function SearchResult({ hit }: { hit: SearchHit }) {
  return (
    <li className={styles.result}>
      <p className={`meta ${styles.resultMeta}`}>
        <span className={styles.kind}>{hit.kindLabel}</span>
        {hit.dateTime ? (
          <span>
            {hit.kind === 'scam-type' ? '最新案例 ' : null}
            <DateTime date={hit.dateTime} />
          </span>
        ) : null}
        {hit.section ? <span>栏目：{hit.section.name}</span> : null}
        {hit.scamType ? (
          <span>
            诈骗类型：<a href={paths.scamType(hit.scamType.slug)}>{hit.scamType.name}</a>
          </span>
        ) : null}
      </p>
      <h2 className={styles.resultTitle}>
        <a href={hit.url}>
          <Highlight segments={hit.titleSegments} />
        </a>
      </h2>
      {hit.snippet.length ? (
        <p className={styles.snippet}>
          <Highlight segments={hit.snippet} />
        </p>
      ) : null}
    </li>
  );
}

export function SearchResults({ hits, start }: { hits: readonly SearchHit[]; start: number }) {
  return (
    <ol className={styles.results} start={start} aria-label="搜索结果">
      {hits.map((hit) => (
        <SearchResult key={hit.url} hit={hit} />
      ))}
    </ol>
  );
}
