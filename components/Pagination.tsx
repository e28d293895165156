import { PageLink } from '@/components/PageLink';
import { pageWindow } from '@/lib/site/paginate';

/**
 * Page links with rel prev/next, the current page marked for screen readers.
 * `href` gives each page's address, so lists (/page/N) and search (?page=N) share it.
 */
export function Pagination({ page, pages, href, label = '分页' }: { page: number; pages: number; href: (page: number) => string; label?: string }) {
  if (pages <= 1) return null;
  const numbers = pageWindow(page, pages);
  return (
    <nav className="pagination" aria-label={label}>
      <ul>
        {page > 1 ? (
          <li>
            <PageLink href={href(page - 1)} rel="prev">
              上一页
            </PageLink>
          </li>
        ) : null}
        {numbers.map((number, index) => (
          <li key={number}>
            {index > 0 && number - numbers[index - 1]! > 1 ? <span aria-hidden="true">… </span> : null}
            {number === page ? (
              <span aria-current="page" className="pagination__current">
                <span className="visually-hidden">第</span>
                {number}
                <span className="visually-hidden">页（当前）</span>
              </span>
            ) : (
              <PageLink href={href(number)} aria-label={`第 ${number} 页`}>
                {number}
              </PageLink>
            )}
          </li>
        ))}
        {page < pages ? (
          <li>
            <PageLink href={href(page + 1)} rel="next">
              下一页
            </PageLink>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
