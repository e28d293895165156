import { PageLink } from '@/components/PageLink';
import type { Metadata } from 'next';
import { listArchiveMonths } from '@/lib/content/queries';
import { paths } from '@/lib/site/urls';
import { pageMetadata } from '@/lib/seo/metadata';
import { Breadcrumbs } from '@/components/Breadcrumbs';

export const metadata: Metadata = pageMetadata({ title: '往期稿件', description: '按月份浏览全部稿件。', path: paths.archive() });

export default function ArchivePage() {
  const months = listArchiveMonths();
  const years = [...new Set(months.map((m) => m.year))];
  return (
    <>
      <Breadcrumbs trail={[{ name: '往期', path: paths.archive() }]} />
      <h1>往期稿件</h1>
      {years.map((year) => (
        <section key={year} aria-labelledby={`year-${year}`}>
          <h2 id={`year-${year}`}>{year}年</h2>
          <ul className="chip-list">
            {months
              .filter((m) => m.year === year)
              .map((m) => (
                <li key={m.month}>
                  <PageLink href={paths.archiveMonth(m.year, m.month)}>
                    {m.month}月（{m.count} 篇）
                  </PageLink>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </>
  );
}
