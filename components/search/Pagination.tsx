import type { Pagination as PaginationModel } from '@/lib/search/view';

/** Same look and markup as the site's list pagination (components/Pagination.tsx), with query-string links. */
export function Pagination({ pagination }: { pagination: PaginationModel }) {
  if (pagination.items.length <= 1) return null;
  return (
    <nav className="pagination" aria-label="搜索结果分页">
      <ul>
        {pagination.previous ? (
          <li>
            <a href={pagination.previous} rel="prev">
              上一页
            </a>
          </li>
        ) : null}
        {pagination.items.map((item, index) =>
          'gap' in item ? (
            <li key={`gap-${index}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={item.page}>
              {item.current ? (
                <span aria-current="page" className="pagination__current">
                  <span className="visually-hidden">第</span>
                  {item.page}
                  <span className="visually-hidden">页（当前）</span>
                </span>
              ) : (
                <a href={item.href} aria-label={`第 ${item.page} 页`}>
                  {item.page}
                </a>
              )}
            </li>
          ),
        )}
        {pagination.next ? (
          <li>
            <a href={pagination.next} rel="next">
              下一页
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
