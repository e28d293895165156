import { PageLink } from '@/components/PageLink';
import type { Metadata } from 'next';
import { listCases, listScamTypes } from '@/lib/content/queries';
import { describeTotals, rankTypesByCases, TOTAL_LABELS, totalsOf } from '@/lib/fraud/aggregates';
import { formatAmount, formatQuantity } from '@/lib/format/number';
import { paths } from '@/lib/site/urls';
import { pageMetadata } from '@/lib/seo/metadata';
import { shareImages } from '@/lib/share/images';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { HotlineCallout } from '@/components/HotlineCallout';
import { BarChart } from '@/components/charts/BarChart';

export const metadata: Metadata = pageMetadata({
  title: '常见骗局',
  description: '按骗局类型看懂诈骗套路：识别信号、应对办法和真实案例。',
  path: paths.scamTypes(),
  image: shareImages.scamTypes(),
});

export default function ScamTypesPage() {
  const cases = listCases();
  const ranked = rankTypesByCases(listScamTypes(), cases);
  const totals = totalsOf(cases);
  const rows = ranked.filter((entry) => entry.cases > 0);
  return (
    <>
      <Breadcrumbs trail={[{ name: '反诈骗', path: paths.scamTypes() }]} />
      <h1>常见骗局</h1>
      <p className="lead">{describeTotals(totals)}</p>
      <HotlineCallout />
      <ol className="scam-index">
        {ranked.map(({ scamType, cases: count }) => (
          <li key={scamType.slug}>
            <h2>
              <PageLink href={paths.scamType(scamType.slug)}>{scamType.name}</PageLink>
            </h2>
            <p>{scamType.summary}</p>
            <p className="meta">案例 {count} 个</p>
          </li>
        ))}
      </ol>
      {rows.length ? (
        <section aria-labelledby="charts-heading" className="charts">
          <h2 id="charts-heading">数据一览</h2>
          <BarChart
            id="cases-by-type"
            title="各类骗局的案例数"
            series={[{ name: '案例数', className: 'bar--cases' }]}
            rows={rows.map((row) => ({ label: row.scamType.name, values: [{ value: row.cases, text: formatQuantity(row.cases, '个') }] }))}
          />
          <BarChart
            id="amounts-by-type"
            title={`各类骗局中${TOTAL_LABELS.sought}与${TOTAL_LABELS.lost}`}
            series={[
              { name: TOTAL_LABELS.soughtShort, className: 'bar--risk' },
              { name: TOTAL_LABELS.lost, className: 'bar--lost' },
            ]}
            rows={rows.map((row) => ({
              label: row.scamType.name,
              values: [row.sought, row.lost].map((amount) => ({ value: amount.value, text: formatAmount(amount) })),
            }))}
          />
        </section>
      ) : null}
    </>
  );
}
