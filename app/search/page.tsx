import type { Metadata } from 'next';
import { DidYouMean } from '@/components/DidYouMean';
import { ActiveFilters } from '@/components/search/ActiveFilters';
import { EmptyState } from '@/components/search/EmptyState';
import { Pagination } from '@/components/Pagination';
import { SearchForm } from '@/components/SearchForm';
import { ScamTypeChips } from '@/components/search/ScamTypeChips';
import { SearchFilters } from '@/components/search/SearchFilters';
import { SearchResults } from '@/components/search/SearchResults';
import { MAX_QUERY_LENGTH, parseSearchRequest } from '@/lib/search/query';
import { getSearchIndex, popularScamTypes, searchSite } from '@/lib/search/store';
import { activeFilters, searchHref, withoutFilters } from '@/lib/search/view';
import styles from './page.module.css';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { request } = parseSearchRequest(await searchParams, (await getSearchIndex()).catalog);
  return {
    title: request.q ? `“${request.q}”的搜索结果` : '搜索',
    // Result pages are endless and thin: keep them out of search engines.
    robots: { index: false },
  };
}

export default async function SearchPage({ searchParams }: Props) {
  const { request, ignored, response, catalog } = await searchSite(await searchParams);
  const filters = activeFilters(request, catalog);
  const narrowing = filters.some((filter) => filter.name !== 'sort');
  const searching = Boolean(request.q) || narrowing;
  const popular = await popularScamTypes();

  return (
    <div className={styles.page}>
      <h1>{request.q ? `“${request.q}”的搜索结果` : searching ? '按条件浏览' : '搜索'}</h1>
      <SearchForm id="search-q" label="搜索条件" variant="page" defaultValue={request.q}>
        <SearchFilters request={request} catalog={catalog} />
      </SearchForm>
      {response.truncated ? <p className={styles.notice}>关键词太长，只搜索了前 {MAX_QUERY_LENGTH} 个字。</p> : null}
      {ignored.length ? (
        <p className={styles.notice}>
          已忽略无效的条件：{ignored.map((parameter) => `${parameter.name}=${parameter.value}（${parameter.reason}）`).join('；')}
        </p>
      ) : null}
      <ActiveFilters filters={filters} clearHref={withoutFilters(request)} />
      {response.suggestion ? <DidYouMean label={response.suggestion} href={searchHref({ ...request, q: response.suggestion })} /> : null}
      {!searching ? (
        <section aria-labelledby="popular-heading">
          <h2 id="popular-heading">常见骗局</h2>
          <ScamTypeChips types={popular} />
        </section>
      ) : response.total === 0 ? (
        <EmptyState query={request.q} clearHref={narrowing ? withoutFilters(request) : undefined} popular={popular} />
      ) : (
        <>
          <p className={styles.summary} role="status">
            找到 {response.total.toLocaleString('zh-CN')} 条结果
            {response.pages > 1 ? `，第 ${response.page} / ${response.pages} 页` : ''}
          </p>
          {response.fallback ? <p className={styles.notice}>没有找到与“{request.q}”完全一致的内容，下面是包含其中词语的结果。</p> : null}
          <SearchResults hits={response.results} start={(response.page - 1) * response.perPage + 1} />
          <Pagination page={response.page} pages={response.pages} href={(page) => searchHref(request, page)} label="搜索结果分页" />
        </>
      )}
    </div>
  );
}
