import type { ReactNode } from 'react';
import type { Story } from '@/lib/content/records';
import type { Paged } from '@/lib/site/paginate';
import { pagedPath } from '@/lib/site/urls';
import { Breadcrumbs, type Crumb } from './Breadcrumbs';
import { Pagination } from './Pagination';
import { StoryList } from './StoryList';

/** A section, tag or archive list: heading, one page of stories, page links. */
export function ListingPage({
  title,
  description,
  trail,
  basePath,
  paged,
  children,
}: {
  title: string;
  description?: ReactNode;
  trail: Crumb[];
  basePath: string;
  paged: Paged<Story>;
  children?: ReactNode;
}) {
  return (
    <div className="listing">
      <Breadcrumbs trail={trail} />
      <h1>
        {title}
        {paged.page > 1 ? <span className="listing__page">（第 {paged.page} 页）</span> : null}
      </h1>
      {description ? <p className="lead">{description}</p> : null}
      <p className="meta">共 {paged.total} 篇</p>
      {paged.total ? <StoryList stories={paged.items} /> : <p>这里暂时还没有稿件。</p>}
      <Pagination page={paged.page} pages={paged.pages} href={(page) => pagedPath(basePath, page)} />
      {children}
    </div>
  );
}
