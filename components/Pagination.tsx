import { PageLink } from '@/components/PageLink';
import { pagedPath } from '@/lib/site/urls';

/** Page links with rel prev/next, the current page marked for screen readers. */
export function Pagination({ basePath, page, pages }: { basePath: string; page: number; pages: number }) {
  if (pages <= 1) return null;
  const numbers = Array.from({ length: pages }, (_, i) => i + 1).filter((n) => n === 1 || n === pages || Math.abs(n - page) <= 2);
  return (
    <nav className="pagination" aria-label="分页">
      <ul>
        {page > 1 ? (
          <li>
            <PageLink href={pagedPath(basePath, page - 1)} rel="prev">
              上一页
            </PageLink>
          </li>
        ) : null}
        {numbers.map((n, index) => (
          <li key={n}>
            {index > 0 && n - numbers[index - 1]! > 1 ? <span aria-hidden="true">… </span> : null}
            {n === page ? (
              <span aria-current="page" className="pagination__current">
                <span className="visually-hidden">第</span>
                {n}
                <span className="visually-hidden">页（当前）</span>
              </span>
            ) : (
              <PageLink href={pagedPath(basePath, n)} aria-label={`第 ${n} 页`}>
                {n}
              </PageLink>
            )}
          </li>
        ))}
        {page < pages ? (
          <li>
            <PageLink href={pagedPath(basePath, page + 1)} rel="next">
              下一页
            </PageLink>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
