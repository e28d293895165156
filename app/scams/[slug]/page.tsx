import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { casesOfType, getScamType, listScamTypes } from '@/lib/content/queries';
import { SanitizedHtml } from '@/components/SanitizedHtml';
import { HotlineCallout } from '@/components/HotlineCallout';
import { CaseList } from '@/components/CaseList';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { paths } from '@/lib/site/urls';
import { pageMetadata } from '@/lib/seo/metadata';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return listScamTypes().map((scamType) => ({ slug: scamType.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const scamType = getScamType((await params).slug);
  if (!scamType) return {};
  return pageMetadata({ title: `${scamType.name}骗局：怎样识别，怎么应对`, description: scamType.summary, path: paths.scamType(scamType.slug) });
}

export default async function ScamTypePage({ params }: Props) {
  const scamType = getScamType((await params).slug);
  if (!scamType) notFound();
  const cases = casesOfType(scamType.slug);
  const crumbs = [
    { name: '首页', path: paths.home() },
    { name: '反诈骗', path: paths.scamTypes() },
    { name: scamType.name, path: paths.scamType(scamType.slug) },
  ];
  return (
    <>
    <Breadcrumbs items={crumbs} />
    <article className="scam-type">
      <header>
        <p className="section-label">常见骗局</p>
        <h1>{scamType.name}</h1>
        <p className="lead">{scamType.summary}</p>
      </header>
      {scamType.body.html ? <SanitizedHtml html={scamType.body.html} /> : null}
      <h2>识别信号</h2>
      <ul className="red-flags">
        {scamType.signs.map((sign, index) => (
          <li key={index}>{sign}</li>
        ))}
      </ul>
      <h2>怎么办</h2>
      <ol className="actions">
        {scamType.actions.map((action, index) => (
          <li key={index}>{action}</li>
        ))}
      </ol>
      <HotlineCallout />
      <section aria-labelledby="cases-heading">
        <h2 id="cases-heading">本类案例（{cases.length}）</h2>
        {cases.length ? <CaseList cases={cases} /> : <p>暂无案例。</p>}
      </section>
    </article>
    </>
  );
}
