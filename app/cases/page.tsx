import type { Metadata } from 'next';
import { listCases, listScamTypes } from '@/lib/content/queries';
import { caseIndex, caseIndexHref, hasFilters, type CaseIndexParams } from '@/lib/fraud/case-index';
import { pageMetadata } from '@/lib/seo/metadata';
import { paths } from '@/lib/site/urls';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { CaseList } from '@/components/CaseList';
import { HotlineCallout } from '@/components/HotlineCallout';
import { Pagination } from '@/components/Pagination';
import { CaseFilterForm } from '@/components/cases/CaseFilterForm';

type Props = { searchParams: Promise<CaseIndexParams> };

// Filtered by the request's parameters; the records themselves are parsed once per process.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = pageMetadata({
  title: '反诈案例',
  description: '本报报道过的全部反诈案例，可以按骗局类型、结果和年份筛选。',
  path: paths.cases(),
});

export default async function CasesPage({ searchParams }: Props) {
  const { filters, ignored, paged, options } = caseIndex(listCases(), listScamTypes(), await searchParams);
  return (
    <div className="listing case-index">
      <Breadcrumbs trail={[{ name: '反诈案例', path: paths.cases() }]} />
      <h1>
        反诈案例
        {paged.page > 1 ? <span className="listing__page">（第 {paged.page} 页）</span> : null}
      </h1>
      <p className="lead">本报报道过的反诈案例，每个案例都写明骗子怎么骗、在哪一步被识破、遇到了该怎么办。</p>
      <CaseFilterForm filters={filters} options={options} />
      {ignored.length ? <p className="help-note">{ignored.map((item) => `“${item.value}”${item.reason}`).join('；')}，已忽略。</p> : null}
      <p className="meta">{hasFilters(filters) ? `符合条件的案例 ${paged.total} 个` : `共 ${paged.total} 个案例`}</p>
      {paged.total ? <CaseList cases={paged.items} /> : <p>没有符合条件的案例，换个条件试试。</p>}
      <Pagination page={paged.page} pages={paged.pages} href={(page) => caseIndexHref(filters, page)} label="案例分页" />
      <HotlineCallout />
    </div>
  );
}
